"""A slot holder with only their own passphrase cannot quietly shorten or rewrite the log.

Every attack here uses nothing but what such a user has: their passphrase, hence the
database key, their own signing key, and write access to the vault folder. Each one is
found by ``log verify``, by the next unlock of someone else (a loud warning, logged), or by
an anchor kept outside the vault.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from supervisor_app import cli
from supervisor_app.domain.people import RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session, unlock
from supervisor_app.services.witnesses import HeadProblem
from supervisor_app.vault import audit, keyslots, signing
from supervisor_app.vault.db import Connection, transaction
from supervisor_app.vault.errors import DamagedVault
from supervisor_app.vault.keyslots import SLOTS_FILE
from supervisor_app.vault.signing import Signer
from supervisor_app.vault.vault import LockedVault, UnlockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE

BRAM = ("bram", "stille-uil-telt-sterren-bram")
LISTENS = 3


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Path:
    """Admin adds bram (team lead); bram listens three times; admin works after him, locks."""
    people = PeopleService(admin_session)
    people.add_team("Team Noord")
    people.add_user(BRAM[0], [RoleGrant(Role.TEAM_LEAD, people.team("Team Noord").id)], BRAM[1])
    folder = admin_session.vault.folder
    bram = unlock(folder, *BRAM)
    for n in range(LISTENS):
        with transaction(bram.conn):
            bram.record("listen_started", f"recording:{n + 1}", {"purpose": "training"})
    bram.lock()
    for n in range(3):
        people.add_team(f"Team {n}")
    admin_session.lock()
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    return folder


def log_verify(folder: Path, tmp_path: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    out = io.StringIO()
    args = ["log", "verify", "--vault", str(folder), "--user", ADMIN, "--json"]
    code = cli.main(
        [*args, "--passphrase-file", str(tmp_path / "admin.pw"), *extra],
        stdin=io.StringIO(""),
        out=out,
    )
    return code, json.loads(out.getvalue())


class Insider:
    """bram at his own keyboard: his passphrase opens the key, and his slot his signing key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.vault = LockedVault.open(folder).unlock(*BRAM)
        self.signer = self.vault.signer
        self.conn: Connection = self.vault.connect()

    def rows(self) -> list[tuple[Any, ...]]:
        return self.conn.execute(
            "SELECT seq, at, actor, action, subject, details, signer, signature FROM audit_log"
            " ORDER BY seq"
        ).fetchall()

    def rewrite(
        self, keep: Callable[[tuple[Any, ...]], bool], sign_all_as_me: bool = False
    ) -> None:
        """Drop entries, renumber and re-chain the rest, re-signing what his key can sign."""
        kept = [r for r in self.rows() if keep(r)]
        with transaction(self.conn):
            self.conn.execute("DELETE FROM audit_log")
            prev = audit.GENESIS_HASH
            for seq, (_, at, actor, action, subject, details, signer, sig) in enumerate(kept, 1):
                digest = audit.entry_hash(prev, seq, at, actor, action, subject, details)
                if signer == self.signer.key_id or sign_all_as_me:
                    signer = self.signer.key_id
                    sig = self.signer.sign(signing.entry_message(digest))
                self.conn.execute(
                    "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (seq, at, actor, action, subject, details, prev, digest, signer, sig),
                )
                prev = digest
        # He also moves his own witness to the new head: that much his key can sign.
        self.vault.update_witness(*audit.head(self.conn))

    def close(self) -> None:
        self.conn.close()
        self.vault.lock()


def is_listen(row: tuple[Any, ...]) -> bool:
    return bool(row[3] == "listen_started")


def test_an_untouched_log_verifies_with_every_signature(vault: Path, tmp_path: Path) -> None:
    code, report = log_verify(vault, tmp_path)
    assert code == 0, report
    assert report["intact"] and report["signed"] == report["entries"]
    assert report["heads_not_extended"] == []


def test_bram_removing_his_listens_and_rechaining_is_found(vault: Path, tmp_path: Path) -> None:
    insider = Insider(vault)
    insider.rewrite(lambda r: not is_listen(r))
    insider.close()

    code, report = log_verify(vault, tmp_path)
    assert code == 1
    # The first entry after the cut that someone else signed no longer carries a good signature.
    assert report["problem"] == "its signature does not match"
    # And the administrator's slot remembers a longer, different log.
    assert [w["user"] for w in report["heads_not_extended"]] == [ADMIN]


def test_bram_signing_everything_himself_is_found(vault: Path, tmp_path: Path) -> None:
    insider = Insider(vault)
    insider.rewrite(lambda r: not is_listen(r), sign_all_as_me=True)
    insider.close()
    code, report = log_verify(vault, tmp_path)
    assert code == 1
    # His key is not registered until the entry that added him, nor ever for anyone else.
    assert report["first_bad_seq"] == 1
    assert "key" in report["problem"]


def test_the_next_unlock_says_loudly_and_logs_it_once(vault: Path, tmp_path: Path) -> None:
    insider = Insider(vault)
    insider.rewrite(lambda r: not is_listen(r))
    insider.close()

    session = unlock(vault, ADMIN, ADMIN_PASSPHRASE)
    try:
        [warning] = session.head_warnings
        assert warning.problem in (HeadProblem.MISSING, HeadProblem.REWRITTEN)
        assert warning.user == ADMIN
        assert "Tell the privacy officer" in warning.sentence()
        logged = [e for e in audit.entries(session.conn) if e.action == "log_head_not_extended"]
        assert len(logged) == 1 and logged[0].details == warning.details()
    finally:
        session.lock()
    # The administrator has now seen the log as it is: their own slot vouches for it again.
    again = unlock(vault, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert again.head_warnings == ()
    finally:
        again.lock()


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(lambda rows: rows[:-3], id="last-three"),
        pytest.param(lambda rows: [r for r in rows if r[0] < 5], id="from-a-listen-on"),
        pytest.param(lambda rows: [], id="everything"),
    ],
)
def test_truncating_the_log_is_found(
    vault: Path, tmp_path: Path, cut: Callable[[list[Any]], list[Any]]
) -> None:
    insider = Insider(vault)
    keep = {r[0] for r in cut(insider.rows())}
    with transaction(insider.conn):
        insider.conn.execute(
            f"DELETE FROM audit_log WHERE seq NOT IN ({','.join(map(str, keep)) or '0'})"
        )
    insider.close()

    code, report = log_verify(vault, tmp_path)
    assert code == 1
    problems = {w["problem"] for w in report["heads_not_extended"]}
    # With every entry gone, the log does not even know the administrator's key any more.
    assert problems & {"missing", "rewritten", "unknown_key"}


def test_a_whole_new_log_with_new_keys_for_everyone_is_found(vault: Path, tmp_path: Path) -> None:
    # bram invents a key for every user and writes a log that holds together on its own.
    insider = Insider(vault)
    fakes: dict[str, Signer] = {}
    rows = [r for r in insider.rows() if not is_listen(r)]
    with transaction(insider.conn):
        insider.conn.execute("DELETE FROM audit_log")
        for _, _at, actor, action, subject, details, _, _ in rows:
            signer = fakes.setdefault(actor.casefold(), Signer.generate(actor))
            parsed = json.loads(details)
            parsed.pop(audit.REGISTRATION_FIELD, None)
            if action in ("vault_created", "user_added"):
                users = [actor] if action == "vault_created" else [subject]
                for user in users:
                    fake = fakes.setdefault(user.casefold(), Signer.generate(user))
                    parsed.setdefault(audit.REGISTRATION_FIELD, []).append(fake.registration())
            audit.append(insider.conn, actor, action, subject, parsed, signer=signer)
    insider.close()

    # The log verifies on its own, but the administrator's slot key is not the one it names.
    code, _ = log_verify_as_recovery_free(vault, tmp_path)
    assert code == 1
    with pytest.raises(DamagedVault, match="old copy"):
        unlock(vault, ADMIN, ADMIN_PASSPHRASE)


def log_verify_as_recovery_free(vault: Path, tmp_path: Path) -> tuple[int, str]:
    """log verify as the administrator, who can no longer start a session: exit and stderr."""
    out = io.StringIO()
    code = cli.main(
        [
            "log",
            "verify",
            "--vault",
            str(vault),
            "--user",
            ADMIN,
            "--passphrase-file",
            str(tmp_path / "admin.pw"),
        ],
        stdin=io.StringIO(""),
        out=out,
    )
    return code, out.getvalue()


def test_a_forged_witness_is_found(vault: Path, tmp_path: Path) -> None:
    doc = json.loads((vault / SLOTS_FILE).read_bytes())
    admin_slot = next(s for s in doc["slots"] if s["name"] == ADMIN)
    admin_slot["witness"]["seq"] -= 2  # point it at an older entry, with the old signature
    (vault / SLOTS_FILE).write_text(json.dumps(doc))
    code, report = log_verify(vault, tmp_path)
    assert code == 1
    assert [w["problem"] for w in report["heads_not_extended"]] == ["forged"]


def test_a_removed_witness_is_found(vault: Path, tmp_path: Path) -> None:
    doc = json.loads((vault / SLOTS_FILE).read_bytes())
    next(s for s in doc["slots"] if s["name"] == BRAM[0]).pop("witness")
    (vault / SLOTS_FILE).write_text(json.dumps(doc))
    code, report = log_verify(vault, tmp_path)
    assert code == 1
    assert [(w["user"], w["problem"]) for w in report["heads_not_extended"]] == [
        (BRAM[0], "removed")
    ]


# --- anchors ---------------------------------------------------------------------------------


def anchor(folder: Path, tmp_path: Path, target: Path) -> int:
    out = io.StringIO()
    args = ["log", "anchor", str(target), "--vault", str(folder), "--user", ADMIN]
    return cli.main(
        [*args, "--passphrase-file", str(tmp_path / "admin.pw")], stdin=io.StringIO(""), out=out
    )


def test_an_anchor_holds_until_the_log_is_cut_below_it(vault: Path, tmp_path: Path) -> None:
    target = tmp_path / "anchor.json"
    assert anchor(vault, tmp_path, target) == 0
    code, report = log_verify(vault, tmp_path, "--anchor", str(target))
    assert code == 0 and report["anchors"][0]["ok"]

    insider = Insider(vault)
    anchored = json.loads(target.read_text())["seq"]
    with transaction(insider.conn):
        insider.conn.execute("DELETE FROM audit_log WHERE seq >= ?", (anchored - 1,))
    # He even restores every slot's witness to a copy from before: only the anchor is left.
    insider.close()
    code, report = log_verify(vault, tmp_path, "--anchor", str(target))
    assert code == 1
    [result] = report["anchors"]
    # Shortened, then extended again by the verifying command's own unlock: not the entry anchored.
    assert not result["ok"]
    assert "shortened" in result["result"] or "rewritten" in result["result"]


def test_an_anchor_finds_a_rewritten_entry(vault: Path, tmp_path: Path) -> None:
    target = tmp_path / "anchor.json"
    assert anchor(vault, tmp_path, target) == 0
    insider = Insider(vault)
    insider.rewrite(lambda r: not is_listen(r))
    insider.close()
    code, report = log_verify(vault, tmp_path, "--anchor", str(target))
    assert code == 1
    assert not report["anchors"][0]["ok"]


def test_an_altered_anchor_is_refused(vault: Path, tmp_path: Path) -> None:
    target = tmp_path / "anchor.json"
    assert anchor(vault, tmp_path, target) == 0
    doc = json.loads(target.read_text())
    doc["seq"] -= 1
    target.write_text(json.dumps(doc))
    code, report = log_verify(vault, tmp_path, "--anchor", str(target))
    assert code == 1
    assert "altered" in report["anchors"][0]["result"]


def test_a_file_that_is_no_anchor_is_wrong_input(vault: Path, tmp_path: Path) -> None:
    (tmp_path / "nonsense.json").write_text("[" * 100_000)
    out = io.StringIO()
    code = cli.main(
        [
            "log",
            "verify",
            "--anchor",
            str(tmp_path / "nonsense.json"),
            "--vault",
            str(vault),
            "--user",
            ADMIN,
            "--passphrase-file",
            str(tmp_path / "admin.pw"),
        ],
        stdin=io.StringIO(""),
        out=out,
    )
    assert code == 2


# --- old copies of slots -------------------------------------------------------------------


def test_an_old_copy_of_a_replaced_slot_cannot_start_a_session(vault: Path) -> None:
    old = (vault / SLOTS_FILE).read_bytes()
    admin = unlock(vault, ADMIN, ADMIN_PASSPHRASE)
    PeopleService(admin).set_passphrase(BRAM[0], "nieuwe-rode-vos-zwemt-snel")
    admin.lock()
    current = keyslots.read(vault)
    old_bram = keyslots.from_json(old).find(BRAM[0])
    keyslots.write(vault, current.without(BRAM[0]).with_slot(old_bram))
    with pytest.raises(DamagedVault, match="old copy"):
        unlock(vault, *BRAM)


def test_a_removed_users_old_slot_cannot_act_for_a_new_user_of_that_name(vault: Path) -> None:
    old = keyslots.from_json((vault / SLOTS_FILE).read_bytes()).find(BRAM[0])
    admin = unlock(vault, ADMIN, ADMIN_PASSPHRASE)
    people = PeopleService(admin)
    people.remove_user(BRAM[0], rekey=False)
    team = people.team("Team Noord").id
    people.add_user(BRAM[0], [RoleGrant(Role.TEAM_LEAD, team)], "andere-bram-fietst-naar-huis")
    admin.lock()
    current = keyslots.read(vault)
    keyslots.write(vault, current.without(BRAM[0]).with_slot(old))
    with pytest.raises(DamagedVault, match="old copy"):
        unlock(vault, *BRAM)


def test_a_second_verify_checks_only_new_signatures_until_the_log_changes(
    vault: Path, tmp_path: Path
) -> None:
    code, first = log_verify(vault, tmp_path)
    assert code == 0 and first["signed"] == first["entries"]
    code, second = log_verify(vault, tmp_path)
    # The lock and unlock since the first check, and nothing before the head it checked.
    assert code == 0 and 0 < second["signed"] < 5 < second["entries"]
    insider = Insider(vault)
    insider.rewrite(lambda r: not is_listen(r))
    insider.close()
    code, third = log_verify(vault, tmp_path)
    assert code == 1
    assert third["problem"] == "its signature does not match"


class _Killed(BaseException):
    """The process dying at that moment (a BaseException, as SIGKILL spares no handler)."""


def test_a_crash_after_a_first_unlock_commits_leaves_no_false_warning(
    admin_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first unlock's entries are signed; a crash before the witness after them is harmless.

    The slot vouches for the head it found before it signed anything, so the next unlock finds
    a witness that the log extends rather than signed entries without one.
    """
    people = PeopleService(admin_session)
    people.add_team("Team Noord")
    people.add_user(BRAM[0], [RoleGrant(Role.TEAM_LEAD, people.team("Team Noord").id)], BRAM[1])
    folder = admin_session.vault.folder
    seen_before = audit.head(admin_session.conn)[0]
    admin_session.lock()
    real = UnlockedVault.update_witness

    def dies_after_the_commit(self: UnlockedVault, seq: int, head_hash: str) -> None:
        if seq > seen_before:  # the head that includes this unlock's own entries
            raise _Killed
        real(self, seq, head_hash)

    monkeypatch.setattr(UnlockedVault, "update_witness", dies_after_the_commit)
    with pytest.raises(_Killed):
        unlock(folder, *BRAM)
    monkeypatch.setattr(UnlockedVault, "update_witness", real)

    for name, passphrase in (BRAM, (ADMIN, ADMIN_PASSPHRASE)):
        session = unlock(folder, name, passphrase)
        assert session.head_warnings == (), name
        session.lock()

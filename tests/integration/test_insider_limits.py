"""What a slot holder with copies of the vault folder can still do, and what shows it.

The README's threat model names these limits; each test here shows one exactly as stated,
and what does find it: another user's unlock, an anchor kept outside the vault, or a
receipt the agent holds. Team lead bram has only his own passphrase and sqlcipher3.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from supervisor_app import cli
from supervisor_app.services.notifications import NotificationService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit
from supervisor_app.vault.db import transaction
from supervisor_app.vault.keyslots import SLOTS_FILE
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_insider_records import BRAM_PW, listen_through
from tests.integration.test_listen import Vault, build_vault


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    """Everyone but bram has locked; bram is still unlocked, about to listen."""
    built = build_vault(admin_session, tmp_path)
    built.coach.lock()
    built.admin.lock()
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    return built


def cli_json(folder: Path, tmp_path: Path, *args: str) -> tuple[int, dict[str, Any]]:
    out = io.StringIO()
    base = ["--json", "--vault", str(folder), "--user", ADMIN]
    code = cli.main(
        [*args, *base, "--passphrase-file", str(tmp_path / "admin.pw")],
        stdin=io.StringIO(""),
        out=out,
    )
    return code, json.loads(out.getvalue())


def anchor(folder: Path, tmp_path: Path) -> Path:
    target = tmp_path / "anchor.json"
    out = io.StringIO()
    args = ["log", "anchor", str(target), "--vault", str(folder), "--user", ADMIN]
    code = cli.main(
        [*args, "--passphrase-file", str(tmp_path / "admin.pw")], stdin=io.StringIO(""), out=out
    )
    assert code == 0
    return target


def receipt_of_listen(folder: Path) -> str:
    """The receipt code the agent's notice of bram's listen carries."""
    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        [notice] = [n for n in NotificationService(session).items() if n.listen_session_id]
        return notice.receipt
    finally:
        session.lock()


def cut_back_to(folder: Path, seq: int) -> None:
    """bram removes every entry after seq, his listen's session and notice, re-signs his head."""
    vault = LockedVault.open(folder).unlock("bram", BRAM_PW)
    conn = vault.connect()
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        with transaction(conn):
            conn.execute("DELETE FROM audit_log WHERE seq > ?", (seq,))
            conn.execute(
                "DELETE FROM notification_lines WHERE notification_id IN"
                " (SELECT id FROM notifications WHERE listen_session_id IS NOT NULL)"
            )
            conn.execute("DELETE FROM notifications WHERE listen_session_id IS NOT NULL")
            conn.execute("DELETE FROM listen_sessions")
        vault.update_witness(*audit.head(conn))
    finally:
        conn.close()
        vault.lock()


def test_the_last_user_alone_can_cut_their_own_listen_until_someone_else_unlocks(
    vault: Vault, tmp_path: Path
) -> None:
    folder = vault.admin.vault.folder
    seen_by_others = audit.head(vault.lead.conn)[0]
    listen_through(vault.lead, vault.noord)
    vault.lead.lock()
    cut_back_to(folder, seen_by_others)

    # Nothing inside the vault can show it: nobody else saw those entries.
    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    assert session.head_warnings == ()
    session.lock()
    code, report = cli_json(folder, tmp_path, "log", "verify")
    assert code == 0 and report["records_not_as_logged"] == []


def test_another_user_s_unlock_after_the_listen_shows_the_cut(vault: Vault, tmp_path: Path) -> None:
    folder = vault.admin.vault.folder
    seen_by_others = audit.head(vault.lead.conn)[0]
    listen_through(vault.lead, vault.noord)
    vault.lead.lock()
    receipt = receipt_of_listen(folder)  # the administrator's unlock, e.g. a nightly task
    cut_back_to(folder, seen_by_others)

    code, report = cli_json(folder, tmp_path, "log", "verify")
    assert code == 1
    assert [w["user"] for w in report["heads_not_extended"]] == [ADMIN]
    # And the agent's receipt, had it been sent, no longer matches anything.
    code, check = cli_json(folder, tmp_path, "receipt", "check", receipt)
    assert not check["matches"]


def test_an_old_copy_of_keyslots_json_hides_the_cut_from_the_unlock_but_not_the_anchor(
    vault: Vault, tmp_path: Path
) -> None:
    folder = vault.admin.vault.folder
    old_slots = (folder / SLOTS_FILE).read_bytes()  # bram's copy, from before his listen
    seen_by_others = audit.head(vault.lead.conn)[0]
    listen_through(vault.lead, vault.noord)
    vault.lead.lock()
    target = anchor(folder, tmp_path)  # the privacy officer's visit: an anchor, taken away
    cut_back_to(folder, seen_by_others)
    # The administrator's witness of the visit goes back to the old copy's.
    (folder / SLOTS_FILE).write_bytes(old_slots)

    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    assert session.head_warnings == ()  # the limit the README names
    session.lock()
    code, report = cli_json(folder, tmp_path, "log", "verify", "--anchor", str(target))
    assert code == 1
    assert report["heads_not_extended"] == []
    assert not report["anchors"][0]["ok"]


def test_rolling_the_whole_folder_back_shows_only_against_an_anchor(
    vault: Vault, tmp_path: Path
) -> None:
    folder = vault.admin.vault.folder
    vault.lead.lock()
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("vault.lock"))
    bram = unlock(folder, "bram", BRAM_PW)
    listen_through(bram, vault.noord)
    bram.lock()
    target = anchor(folder, tmp_path)
    # bram puts his laptop's copy of the whole folder back.
    shutil.rmtree(folder)
    shutil.copytree(copy, folder)

    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    assert session.head_warnings == ()
    session.lock()
    code, report = cli_json(folder, tmp_path, "log", "verify")
    assert code == 0
    code, report = cli_json(folder, tmp_path, "log", "verify", "--anchor", str(target))
    assert code == 1
    # Shortened, or shortened and written on by the command's own unlock.
    assert not report["anchors"][0]["ok"]

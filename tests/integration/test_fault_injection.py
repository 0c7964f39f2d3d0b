"""SIGKILL at random moments of every command that writes, then the vault is checked whole.

After each kill the vault opens (finishing an interrupted rekey), PRAGMA integrity_check and
cipher_integrity_check pass, every audit entry's hash and signature verify, no slot's
witness is left behind, and running the command again completes it. See fault_harness.py;
adding an operation is an entry in OPERATIONS.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from supervisor_app.domain.people import RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services import recovery_key, setup
from supervisor_app.services.imports import ImportService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session, unlock, unlock_with_recovery_key
from supervisor_app.vault import audit, keyslots
from supervisor_app.vault.db import DB_FILE, connect
from supervisor_app.vault.errors import DamagedVault
from supervisor_app.vault.keyslots import RECOVERY_SLOT, SLOTS_FILE
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, FAST_KDF
from tests.integration import fault_harness
from tests.integration.fault_harness import Operation
from tests.integration.test_import_pipeline import (
    EVERYTHING,
    MONDAY,
    Call,
    prepare_vault,
    write_export,
)

pytestmark = pytest.mark.slow

EVA = ("eva", "stille-uil-telt-sterren-eva")
BRAM = ("bram", "stille-uil-telt-sterren-bram")
NEW_PASSPHRASE = "blauwe-walvis-leest-kranten"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A locked vault with people, a policy, published documents, recordings and notices."""
    root = tmp_path_factory.mktemp("fault-template")
    folder = root / "vault"
    session, recovery = setup.create(folder, ADMIN, ADMIN_PASSPHRASE, kdf=FAST_KDF)
    (root / "recovery.key").write_text(recovery + "\n")
    prepare_vault(session, EVERYTHING)
    people = PeopleService(session)
    people.add_user(EVA[0], [RoleGrant(Role.AUDITOR)], EVA[1])
    noord = people.team("Team Noord").id
    people.add_user(BRAM[0], [RoleGrant(Role.TEAM_LEAD, noord)], BRAM[1])
    first = [Call("queue", "201", MONDAY, 30.0), Call("queue", "202", MONDAY, 20.0)]
    monitor, cdr, _ = write_export(root / "first", first)
    assert ImportService(session).run("freepbx", monitor, cdr).imported == 2
    later = MONDAY.replace(day=17)
    more = [Call("queue", f"20{n % 3 + 1}", later.replace(hour=9 + n), 40.0) for n in range(6)]
    write_export(root / "second", more)
    session.lock()
    for name, phrase in (("admin", ADMIN_PASSPHRASE), EVA, BRAM, ("new", NEW_PASSPHRASE)):
        (root / f"{name}.pw").write_text(phrase + "\n")
    return folder


def pw(template: Path, name: str) -> str:
    return str(template.parent / f"{name}.pw")


def first_id(template: Path, sql: str) -> str:
    session = unlock(template, ADMIN, ADMIN_PASSPHRASE)
    try:
        return str(session.conn.execute(sql).fetchone()[0])
    finally:
        session.lock()


def eva_cannot_open(folder: Path, old_slots: bytes) -> None:
    """The removed user's old copy of keyslots.json opens nothing any more."""
    old = keyslots.from_json(old_slots)
    key = keyslots.open_slot(old.find(EVA[0]), old.vault_id, EVA[1].encode())[0]
    with pytest.raises(DamagedVault):
        connect(folder / DB_FILE, key)


def operations(template: Path) -> dict[str, Operation]:
    admin = ("admin", pw(template, "admin"))
    old_slots = (template / SLOTS_FILE).read_bytes()
    notice = first_id(template, "SELECT min(id) FROM notifications WHERE state = 'pending'")
    recording = first_id(template, "SELECT min(id) FROM recordings")
    second = template.parent / "second"

    def removed(folder: Path, session: Session) -> None:
        eva_cannot_open(folder, old_slots)
        assert keyslots.read(folder).rekey is None
        # Exactly one key opens the database: the one every slot now holds.
        assert all(len(s.sealed_keys) == 1 for s in keyslots.read(folder).slots)
        rekeys = session.conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'vault_rekeyed'"
        ).fetchone()[0]
        assert rekeys == 1

    def rekey_interrupted_or_done(folder: Path, session: Session) -> None:
        # The unlock that followed the kill finished any rekey that had begun.
        assert keyslots.read(folder).rekey is None
        if not keyslots.read(folder).has(EVA[0]):
            eva_cannot_open(folder, old_slots)

    old_recovery = (template.parent / "recovery.key").read_text().strip()
    old_recovery_slot = keyslots.from_json(old_slots).find(RECOVERY_SLOT).slot_id

    def recovery_replaced_or_not(folder: Path, session: Session) -> None:
        # Killed before the new slot was written, the old recovery key still opens the vault
        # (whatever the log already says); after it, the replacement is in the log.
        actions = {e.action for e in audit.entries(session.conn)}
        if keyslots.read(folder).find(RECOVERY_SLOT).slot_id == old_recovery_slot:
            assert recovery_key.ACTIVATED not in actions
            session.lock()
            unlock_with_recovery_key(folder, old_recovery).lock()
        else:
            assert recovery_key.REPLACED in actions

    def imported(folder: Path, session: Session) -> None:
        batches = session.conn.execute(
            "SELECT count(*) FROM import_batches WHERE finished_at IS NULL"
        ).fetchone()[0]
        assert batches == 0, "a batch stays unfinished after the rerun"
        missing = session.conn.execute(
            "SELECT count(*) FROM import_candidates c WHERE c.selected = 1 AND NOT EXISTS"
            " (SELECT 1 FROM recordings r WHERE r.fingerprint = c.fingerprint)"
        ).fetchone()[0]
        assert missing == 0, "a selected call was never stored"

    return {
        "rekey": Operation(
            "rekey",
            lambda f: ["user", "remove", EVA[0]],
            admin,
            rerun_codes=frozenset({0, 2}),  # 2: eva was removed before the kill
            after_kill=rekey_interrupted_or_done,
            after_rerun=removed,
            kills=10,
        ),
        "passphrase": Operation(
            "passphrase",
            lambda f: ["user", "passwd", BRAM[0], "--new-passphrase-file", pw(template, "new")],
            admin,
            kills=4,  # each run calibrates Argon2id for the new slot: a few seconds
        ),
        "publish": Operation("publish", lambda f: ["documents", "publish"], admin),
        "recovery-key": Operation(
            "recovery-key",
            lambda f: ["recovery-key", "replace", "--yes"],
            admin,
            after_kill=recovery_replaced_or_not,
        ),
        "notice": Operation(
            "notice",
            lambda f: ["notifications", "mark-sent", notice, "--channel", "outside", "--note", "x"],
            admin,
            rerun_codes=frozenset({0, 2}),  # 2: it was recorded as sent before the kill
        ),
        "import": Operation(
            "import",
            lambda f: [
                "import",
                "--source",
                "freepbx",
                str(second / "monitor"),
                "--cdr",
                str(second / "cdr.csv"),
            ],
            admin,
            after_rerun=imported,
        ),
        "listen": Operation(
            "listen",
            lambda f: [
                "listen",
                recording,
                "--purpose",
                "training",
                "--reason",
                "Coaching on greeting callers",
                "--sink",
                "null",
            ],
            (BRAM[0], pw(template, "bram")),
        ),
    }


@pytest.mark.parametrize(
    "name", ["rekey", "passphrase", "recovery-key", "publish", "notice", "import", "listen"]
)
def test_killed_at_random_moments_the_vault_stays_whole(
    template: Path, tmp_path: Path, name: str
) -> None:
    op = operations(template)[name]
    fault_harness.exercise(template, tmp_path, op, (ADMIN, ADMIN_PASSPHRASE))

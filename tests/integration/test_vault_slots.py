"""Slot management on a real vault: passphrase change, removal, recovery key and rekey."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from supervisor_app.domain.errors import AccessDenied
from supervisor_app.domain.people import Language, RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.recovery_key import RecoveryKeyService
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, keyslots
from supervisor_app.vault.db import DB_FILE, connect
from supervisor_app.vault.errors import DamagedVault, UnknownUser, VaultError, WrongPassphrase
from supervisor_app.vault.keyslots import RECOVERY_SLOT, SLOTS_FILE, SlotFile
from supervisor_app.vault.vault import LockedVault, UnlockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE

EVA = ("eva", "stille-uil-telt-sterren")
DIRK = ("dirk", "oranje-molen-draait-langzaam")
NEW_PASSPHRASE = "blauwe-walvis-leest-kranten"


def slot_docs(folder: Path) -> dict[str, dict[str, Any]]:
    """The slots in keyslots.json as parsed JSON, by name."""
    doc = json.loads((folder / SLOTS_FILE).read_bytes())
    return {s["name"]: s for s in doc["slots"]}


def unlock(folder: Path, name: str, passphrase: str) -> UnlockedVault:
    """Unlock as name and check the key really opens the database."""
    vault = LockedVault.open(folder).unlock(name, passphrase)
    vault.connect().close()
    return vault


def unlock_with_recovery(folder: Path, recovery: str) -> UnlockedVault:
    """Unlock with the recovery key and check the key opens the database."""
    vault = LockedVault.open(folder).unlock_with_recovery_key(recovery)
    vault.connect().close()
    return vault


@pytest.fixture
def people(admin_session: Session) -> PeopleService:
    """A vault with two more users, a team and an agent, managed by its administrator."""
    service = PeopleService(admin_session)
    service.add_team("Team Noord")
    service.add_agent("Fatima El Amrani", ["201"], "Team Noord", "fatima@example.org", Language.EN)
    for name, phrase in (EVA, DIRK):
        service.add_user(name, [RoleGrant(Role.AUDITOR)], phrase)
    return service


# --- passphrase change --------------------------------------------------------------------


def test_a_passphrase_change_rewraps_only_that_slot(
    people: PeopleService, vault_dir: Path, new_vault: tuple[Session, str]
) -> None:
    before = slot_docs(vault_dir)
    people.set_passphrase(EVA[0], NEW_PASSPHRASE)
    after = slot_docs(vault_dir)

    assert after.keys() == before.keys()
    for name in (ADMIN, DIRK[0], RECOVERY_SLOT):
        assert after[name] == before[name], f"{name}'s slot was rewritten"
    assert after[EVA[0]]["id"] != before[EVA[0]]["id"]
    assert after[EVA[0]]["salt"] != before[EVA[0]]["salt"]

    people.session.lock()
    unlock(vault_dir, EVA[0], NEW_PASSPHRASE).lock()
    with pytest.raises(WrongPassphrase):
        unlock(vault_dir, *EVA)
    unlock(vault_dir, *DIRK).lock()
    unlock(vault_dir, ADMIN, ADMIN_PASSPHRASE).lock()
    unlock_with_recovery(vault_dir, new_vault[1]).lock()


def test_a_passphrase_change_is_in_the_audit_log(people: PeopleService) -> None:
    people.set_passphrase(EVA[0], NEW_PASSPHRASE)
    last = audit.entries(people.session.conn, limit=1)[0]
    assert (last.actor, last.action, last.subject) == (ADMIN, "passphrase_changed", EVA[0])
    assert NEW_PASSPHRASE not in json.dumps(last.details)


def test_the_recovery_key_resets_a_forgotten_passphrase(
    people: PeopleService, new_vault: tuple[Session, str], vault_dir: Path
) -> None:
    people.session.lock()
    recovered = Session.start(unlock_with_recovery(vault_dir, new_vault[1]))
    try:
        PeopleService(recovered).set_passphrase(ADMIN, NEW_PASSPHRASE)
        last = audit.entries(recovered.conn, limit=1)[0]
        assert (last.actor, last.action) == (RECOVERY_SLOT, "passphrase_changed")
    finally:
        recovered.lock()
    unlock(vault_dir, ADMIN, NEW_PASSPHRASE).lock()


def test_a_new_recovery_key_replaces_the_old_one(
    admin_session: Session, new_vault: tuple[Session, str], vault_dir: Path
) -> None:
    before = slot_docs(vault_dir)
    fresh = RecoveryKeyService(admin_session).replace(rekey=False)
    after = slot_docs(vault_dir)
    assert fresh != new_vault[1]
    assert after[ADMIN] == before[ADMIN]
    assert after[RECOVERY_SLOT] != before[RECOVERY_SLOT]
    admin_session.lock()
    unlock_with_recovery(vault_dir, fresh).lock()
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery(vault_dir, new_vault[1])


def test_the_recovery_slot_cannot_be_removed(admin_session: Session, vault_dir: Path) -> None:
    before = (vault_dir / SLOTS_FILE).read_bytes()
    for name in (RECOVERY_SLOT, "Recovery"):
        with pytest.raises(VaultError, match="recovery key"):
            admin_session.vault.remove_slot(name)
    assert (vault_dir / SLOTS_FILE).read_bytes() == before


# --- removing a user ----------------------------------------------------------------------


def test_removing_a_user_deletes_only_their_slot(
    people: PeopleService, vault_dir: Path, new_vault: tuple[Session, str]
) -> None:
    before = slot_docs(vault_dir)
    people.remove_user(EVA[0], rekey=False)
    after = slot_docs(vault_dir)
    assert after == {name: slot for name, slot in before.items() if name != EVA[0]}
    assert [u.name for u in people.users()] == [ADMIN, DIRK[0]]
    last = audit.entries(people.session.conn, limit=1)[0]
    assert (last.action, last.subject, last.details) == ("user_removed", EVA[0], {"rekey": False})

    people.session.lock()
    with pytest.raises(UnknownUser):
        LockedVault.open(vault_dir).unlock(*EVA)
    unlock(vault_dir, *DIRK).lock()
    unlock_with_recovery(vault_dir, new_vault[1]).lock()


def test_without_a_rekey_the_old_database_key_still_opens(
    people: PeopleService, vault_dir: Path
) -> None:
    # This is why removal offers a rekey: a removed user may have kept the key.
    old_key = people.session.vault._require_key()
    people.remove_user(EVA[0], rekey=False)
    connect(vault_dir / DB_FILE, old_key).close()


def test_removing_rekeys_by_default(people: PeopleService, vault_dir: Path) -> None:
    old_key = people.session.vault._require_key()
    people.remove_user(EVA[0])
    with pytest.raises(DamagedVault):
        connect(vault_dir / DB_FILE, old_key)
    assert keyslots.read(vault_dir).rekey is None


# --- rekey --------------------------------------------------------------------------------


def test_rekey_after_removal_locks_out_the_old_key_and_keeps_everything_else(
    people: PeopleService, vault_dir: Path, new_vault: tuple[Session, str]
) -> None:
    session = people.session
    old_key = session.vault._require_key()
    agents_before = people.agents()
    before = slot_docs(vault_dir)

    people.remove_user(EVA[0], rekey=True)

    new_key = session.vault._require_key()
    assert new_key != old_key
    assert people.agents() == agents_before  # the session's own connection goes on working
    actions = [e.action for e in audit.entries(session.conn, limit=2)]
    assert actions == ["vault_rekeyed", "user_removed"]
    after = slot_docs(vault_dir)
    assert sorted(after) == sorted([ADMIN, DIRK[0], RECOVERY_SLOT])
    for name, slot in after.items():
        assert len(slot["db_keys"]) == 1, "the old key is still sealed in the slot file"
        # Only the sealed keys change: nobody's passphrase was needed.
        assert {k: v for k, v in slot.items() if k != "db_keys"} == {
            k: v for k, v in before[name].items() if k != "db_keys"
        }
    session.lock()

    with pytest.raises(DamagedVault):
        connect(vault_dir / DB_FILE, old_key)
    assert not (vault_dir / f"{DB_FILE}-wal").exists()
    for vault in (
        unlock(vault_dir, ADMIN, ADMIN_PASSPHRASE),
        unlock(vault_dir, *DIRK),
        unlock_with_recovery(vault_dir, new_vault[1]),
    ):
        assert vault._require_key() == new_key
        vault.lock()
    reopened = Session.start(unlock(vault_dir, ADMIN, ADMIN_PASSPHRASE))
    try:
        assert PeopleService(reopened).agents() == agents_before
        assert audit.verify(reopened.conn).intact
    finally:
        reopened.lock()


def test_only_administrators_rekey(people: PeopleService, vault_dir: Path) -> None:
    people.session.lock()
    eva = Session.start(unlock(vault_dir, *EVA))
    try:
        before = (vault_dir / SLOTS_FILE).read_bytes()
        with pytest.raises(AccessDenied, match="administrator"):
            PeopleService(eva).rekey()
        assert (vault_dir / SLOTS_FILE).read_bytes() == before
    finally:
        eva.lock()


# --- an interrupted rekey still unlocks ---------------------------------------------------


def _both_keys(vault: UnlockedVault, keys: list[bytes]) -> SlotFile:
    vid = vault.vault_id
    return SlotFile(
        vid,
        vault.slot_file.kdf,
        tuple(keyslots.reseal(s, vid, keys) for s in vault.slot_file.slots),
    )


@pytest.mark.parametrize("rekeyed", [False, True], ids=["before-pragma", "after-pragma"])
@pytest.mark.parametrize("new_first", [False, True], ids=["old-first", "new-first"])
def test_a_rekey_interrupted_with_both_keys_in_the_file_still_unlocks(
    people: PeopleService,
    vault_dir: Path,
    new_vault: tuple[Session, str],
    rekeyed: bool,
    new_first: bool,
) -> None:
    session = people.session
    agents_before = people.agents()
    old_key = session.vault._require_key()
    new_key = bytes(reversed(old_key))
    keys = [new_key, old_key] if new_first else [old_key, new_key]
    # The first half of UnlockedVault.rekey: the slot file holds both keys ...
    keyslots.write(vault_dir, _both_keys(session.vault, keys))
    session.lock()
    if rekeyed:
        # ... and the database may or may not have been rekeyed when the crash came.
        conn = connect(vault_dir / DB_FILE, old_key)
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    expected = new_key if rekeyed else old_key

    for vault in (
        unlock(vault_dir, ADMIN, ADMIN_PASSPHRASE),
        unlock(vault_dir, *EVA),
        unlock_with_recovery(vault_dir, new_vault[1]),
    ):
        assert vault._require_key() == expected
        vault.lock()

    # Finishing the job leaves one key per slot and a working vault.
    admin = Session.start(unlock(vault_dir, ADMIN, ADMIN_PASSPHRASE))
    try:
        service = PeopleService(admin)
        assert service.agents() == agents_before
        service.rekey()
        assert all(len(s["db_keys"]) == 1 for s in slot_docs(vault_dir).values())
    finally:
        admin.lock()
    unlock(vault_dir, *DIRK).lock()

"""Replacing the recovery key on a real vault: logged, signed, rekeyed, and the old key dead."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from supervisor_app.domain.errors import AccessDenied
from supervisor_app.domain.people import RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as service_codes
from supervisor_app.services import recovery_key
from supervisor_app.services.people import PeopleService
from supervisor_app.services.recovery_key import RecoveryKeyService
from supervisor_app.services.session import Session, unlock, unlock_with_recovery_key
from supervisor_app.vault import audit, keyslots
from supervisor_app.vault import error_codes as vault_codes
from supervisor_app.vault.db import DB_FILE, connect
from supervisor_app.vault.errors import DamagedVault, VaultError, WrongPassphrase
from supervisor_app.vault.keyslots import RECOVERY_SLOT, SLOTS_FILE
from supervisor_app.vault.vault import UnlockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE

EVA = ("eva", "stille-uil-telt-sterren")
KEES = ("kees", "oranje-molen-draait-langzaam")


@pytest.fixture
def folder(admin_session: Session) -> Path:
    """A vault with a second administrator (kees) and an auditor (eva)."""
    people = PeopleService(admin_session)
    people.add_user(KEES[0], [RoleGrant(Role.ADMINISTRATOR)], KEES[1])
    people.add_user(EVA[0], [RoleGrant(Role.AUDITOR)], EVA[1])
    return admin_session.vault.folder


def entries_after(session: Session, seq: int) -> list[audit.AuditEntry]:
    return [e for e in reversed(audit.entries(session.conn)) if e.seq > seq]


def assert_log_whole(session: Session) -> None:
    report = audit.verify(session.conn)
    assert report.intact, report.problem
    assert report.signed == report.count


def test_the_replacement_is_logged_and_signed_and_never_names_the_key(
    admin_session: Session, folder: Path
) -> None:
    start = audit.head(admin_session.conn)[0]
    key = RecoveryKeyService(admin_session).replace()

    written = entries_after(admin_session, start)
    actions = [(e.actor, e.action) for e in written]
    assert actions == [
        (ADMIN, recovery_key.REPLACED),
        (ADMIN, "vault_rekeyed"),
        (RECOVERY_SLOT, recovery_key.ACTIVATED),
    ]
    replaced = written[0]
    assert replaced.subject == RECOVERY_SLOT
    assert replaced.details["rekey"] is True
    # It registers the new slot's signing key: the log knows the slot before it exists.
    new_slot = keyslots.read(folder).find(RECOVERY_SLOT)
    assert replaced.details[audit.REGISTRATION_FIELD] == [keyslots.registration(new_slot)]
    text = json.dumps([e.details for e in written])
    for form in (key, key.replace("-", ""), keyslots.normalise_recovery_key(key).decode()):
        assert form not in text
    assert_log_whole(admin_session)
    # The new recovery key is now the log's; the admin's next unlock finds nothing amiss.
    registry = audit.key_registry(admin_session.conn)
    current = registry.current_key(RECOVERY_SLOT)
    assert current is not None
    assert current.key_id == keyslots.registration(new_slot)["key_id"]
    admin_session.lock()
    again = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    assert again.head_warnings == ()
    again.lock()


def test_the_old_key_stops_working_and_the_new_one_opens_everything(
    admin_session: Session, new_vault: tuple[Session, str], folder: Path
) -> None:
    old = new_vault[1]
    new = RecoveryKeyService(admin_session).replace()
    assert new != old
    admin_session.lock()

    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(folder, old)
    recovered = unlock_with_recovery_key(folder, new)
    try:
        assert recovered.is_recovery
        assert recovered.head_warnings == ()
        # What the recovery key is for: a forgotten administrator passphrase is reset.
        PeopleService(recovered).set_passphrase(ADMIN, "blauwe-walvis-leest-kranten")
        assert_log_whole(recovered)
    finally:
        recovered.lock()
    for name, phrase in (("admin", "blauwe-walvis-leest-kranten"), KEES, EVA):
        session = unlock(folder, name, phrase)
        assert session.head_warnings == ()
        session.lock()


def test_after_a_rekey_an_old_key_file_and_the_old_key_open_no_later_copy(
    admin_session: Session, new_vault: tuple[Session, str], folder: Path, tmp_path: Path
) -> None:
    old_slots = keyslots.read(folder)
    old_db_key = keyslots.open_slot(
        old_slots.find(RECOVERY_SLOT),
        old_slots.vault_id,
        keyslots.normalise_recovery_key(new_vault[1]),
    )[0]

    RecoveryKeyService(admin_session).replace()
    admin_session.lock()
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy2(folder / DB_FILE, copy / DB_FILE)
    with pytest.raises(DamagedVault):
        connect(copy / DB_FILE, old_db_key)


def test_without_a_rekey_the_database_key_stays_and_only_the_slot_changes(
    admin_session: Session, new_vault: tuple[Session, str], folder: Path
) -> None:
    # What --no-rekey leaves: an old copy of keyslots.json with the old key still opens the
    # database (the CLI and the dialog warn about it), but the log no longer accepts its
    # signing key, and the current key file does not know the old key at all.
    before = (folder / SLOTS_FILE).read_bytes()
    old_slots = keyslots.from_json(before)
    # The old recovery key was used once, so its signing key is the log's recovery key.
    admin_session.lock()
    unlock_with_recovery_key(folder, new_vault[1]).lock()
    admin = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    key_before = admin.vault._require_key()
    start = audit.head(admin.conn)[0]
    new = RecoveryKeyService(admin).replace(rekey=False)
    assert admin.vault._require_key() == key_before
    assert [e.action for e in entries_after(admin, start)] == [
        recovery_key.REPLACED,
        recovery_key.ACTIVATED,
    ]
    assert entries_after(admin, start)[0].details["rekey"] is False
    assert_log_whole(admin)
    admin.lock()

    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(folder, new_vault[1])
    # The old slot put back from a copy opens the database, but may not act: its key retired.
    after = (folder / SLOTS_FILE).read_bytes()
    (folder / SLOTS_FILE).write_bytes(before)
    with pytest.raises(DamagedVault) as refused:
        unlock_with_recovery_key(folder, new_vault[1])
    assert refused.value.code == service_codes.SIGNING_KEY_UNKNOWN
    assert (
        old_slots.find(RECOVERY_SLOT).slot_id
        != keyslots.from_json(after).find(RECOVERY_SLOT).slot_id
    )
    (folder / SLOTS_FILE).write_bytes(after)
    unlock_with_recovery_key(folder, new).lock()


def test_a_used_recovery_key_is_replaced_and_the_new_one_is_accepted(
    admin_session: Session, new_vault: tuple[Session, str], folder: Path
) -> None:
    # The old recovery key signed entries (its key is the log's); the new one must still be
    # accepted at its first unlock, and the old key's signatures stay valid in the chain.
    admin_session.lock()
    unlock_with_recovery_key(folder, new_vault[1]).lock()
    admin = unlock(folder, *KEES)
    new = RecoveryKeyService(admin).replace()
    admin.lock()
    recovered = unlock_with_recovery_key(folder, new)
    try:
        assert recovered.head_warnings == ()
        assert_log_whole(recovered)
    finally:
        recovered.lock()


def test_only_an_administrator_may_replace_it(admin_session: Session, folder: Path) -> None:
    admin_session.lock()
    before = (folder / SLOTS_FILE).read_bytes()
    eva = unlock(folder, *EVA)
    try:
        head = audit.head(eva.conn)
        with pytest.raises(AccessDenied, match="Only an administrator"):
            RecoveryKeyService(eva).replace()
        assert audit.head(eva.conn) == head
    finally:
        eva.lock()
    after = keyslots.from_json((folder / SLOTS_FILE).read_bytes())
    assert after.find(RECOVERY_SLOT) == keyslots.from_json(before).find(RECOVERY_SLOT)


def test_a_session_opened_with_the_recovery_key_cannot_replace_it(
    admin_session: Session, new_vault: tuple[Session, str], folder: Path
) -> None:
    admin_session.lock()
    recovered = unlock_with_recovery_key(folder, new_vault[1])
    try:
        slot = keyslots.read(folder).find(RECOVERY_SLOT)
        head = audit.head(recovered.conn)
        with pytest.raises(AccessDenied, match="unlock as an administrator"):
            RecoveryKeyService(recovered).replace()
        assert audit.head(recovered.conn) == head
        assert keyslots.read(folder).find(RECOVERY_SLOT).slot_id == slot.slot_id
    finally:
        recovered.lock()


@pytest.mark.parametrize("rekey", [True, False], ids=["rekey", "no-rekey"])
def test_a_failed_slot_write_logs_nothing_more_and_the_old_key_still_opens(
    admin_session: Session,
    new_vault: tuple[Session, str],
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    rekey: bool,
) -> None:
    def refuse(*_args: object) -> None:
        raise VaultError(vault_codes.LOCKED)  # any error the slot write may raise

    monkeypatch.setattr(UnlockedVault, "put_recovery_slot", refuse)
    start = audit.head(admin_session.conn)[0]
    with pytest.raises(VaultError):
        RecoveryKeyService(admin_session).replace(rekey=rekey)
    expected = [recovery_key.REPLACED, *(["vault_rekeyed"] if rekey else [])]
    assert [e.action for e in entries_after(admin_session, start)] == expected
    assert_log_whole(admin_session)
    admin_session.lock()
    monkeypatch.undo()

    old = unlock_with_recovery_key(folder, new_vault[1])
    try:
        assert old.head_warnings == ()
        assert_log_whole(old)
    finally:
        old.lock()
    for name, phrase in ((ADMIN, ADMIN_PASSPHRASE), KEES, EVA):
        unlock(folder, name, phrase).lock()

"""Unlocking a real vault, and every kind of bad input refused with one sentence and no change."""

from __future__ import annotations

import base64
import errno
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from supervisor_app.domain.people import RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services import setup
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, keyslots
from supervisor_app.vault.backoff import BACKOFF_FILE
from supervisor_app.vault.db import DB_FILE, connect
from supervisor_app.vault.errors import (
    DamagedVault,
    NewerVault,
    NotAVault,
    UnknownUser,
    VaultError,
    WrongPassphrase,
)
from supervisor_app.vault.keyslots import SLOTS_FILE
from supervisor_app.vault.migrations import LATEST
from supervisor_app.vault.vault import FAILED_UNLOCKS_FILE, LockedVault, create_vault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, FAST_KDF

Snapshot = dict[str, tuple[bytes, int]]


def snapshot(folder: Path) -> Snapshot:
    """Every file in folder with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}


def assert_sentence(exc: BaseException) -> None:
    """A message a user can read: one line that ends with a full stop, no exception dump."""
    text = str(exc)
    assert text, "empty message"
    assert "\n" not in text
    assert text.endswith("."), text
    assert "Traceback" not in text and "Error(" not in text


def assert_unchanged(before: Snapshot, folder: Path) -> None:
    """The vault's own files are as they were (failed-unlock notes and counts may be added)."""
    after = snapshot(folder)
    notes = (FAILED_UNLOCKS_FILE, BACKOFF_FILE)
    after = {k: v for k, v in after.items() if k not in notes}
    before = {k: v for k, v in before.items() if k not in notes}
    assert after.keys() == before.keys()
    for name, (data, mtime) in before.items():
        assert after[name][0] == data, f"{name} changed"
        assert after[name][1] == mtime, f"{name} was rewritten"


def edit_slots(folder: Path, change: Callable[[dict[str, Any]], object]) -> None:
    """Rewrite keyslots.json with change applied to its parsed document."""
    path = folder / SLOTS_FILE
    doc = json.loads(path.read_bytes())
    change(doc)
    path.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def flip_b64(text: str) -> str:
    """The base64 text of the same bytes with one bit of the first byte flipped."""
    raw = bytearray(base64.b64decode(text))
    raw[0] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


@pytest.fixture
def locked(new_vault: tuple[Session, str], vault_dir: Path) -> Path:
    """A vault folder whose administrator session has been locked again."""
    new_vault[0].lock()
    return vault_dir


def _unlock(folder: Path, name: str = ADMIN, passphrase: str = ADMIN_PASSPHRASE) -> None:
    vault = LockedVault.open(folder).unlock(name, passphrase)
    vault.lock()


# --- the happy paths ----------------------------------------------------------------------


def test_unlock_opens_the_database_of_this_vault(locked: Path) -> None:
    locked_vault = LockedVault.open(locked)
    assert locked_vault.user_names == [ADMIN]
    vault = locked_vault.unlock(ADMIN.upper(), ADMIN_PASSPHRASE)
    assert vault.unlocked_as == ADMIN
    conn = vault.connect()
    try:
        row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        assert row[0] == vault.vault_id
        assert [e.action for e in audit.entries(conn)][-1] == "vault_created"
    finally:
        conn.close()
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultError, match="locked"):
        vault.connect()


def test_the_vault_folder_holds_only_the_two_vault_files(locked: Path) -> None:
    assert sorted(p.name for p in locked.iterdir()) == [SLOTS_FILE, DB_FILE]
    if os.name == "posix":  # Windows keeps a user's files private by the profile's ACLs
        assert (locked.stat().st_mode & 0o777) == 0o700


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param(lambda k: k, id="as-printed"),
        pytest.param(lambda k: k.lower().replace("-", " "), id="lower-with-spaces"),
        pytest.param(lambda k: k.replace("-", ""), id="run-together"),
        pytest.param(lambda k: "  " + k.lower().replace("-", " - ") + "\n", id="padded"),
    ],
)
def test_the_recovery_key_unlocks_however_it_is_typed(
    new_vault: tuple[Session, str], vault_dir: Path, typed: Callable[[str], str]
) -> None:
    session, recovery = new_vault
    session.lock()
    vault = LockedVault.open(vault_dir).unlock_with_recovery_key(typed(recovery))
    recovered = Session.start(vault)
    try:
        assert recovered.is_recovery
        assert recovered.user.is_administrator
        last = audit.entries(recovered.conn, limit=1)[0]
        assert (last.action, last.details) == ("unlock", {"recovery_key": True})
    finally:
        recovered.lock()


def test_a_wrong_recovery_key_is_refused(new_vault: tuple[Session, str], vault_dir: Path) -> None:
    session, recovery = new_vault
    session.lock()
    before = snapshot(vault_dir)
    wrong = ("B" if recovery[0] != "B" else "C") + recovery[1:]
    with pytest.raises(WrongPassphrase, match="recovery key") as caught:
        LockedVault.open(vault_dir).unlock_with_recovery_key(wrong)
    assert_sentence(caught.value)
    assert_unchanged(before, vault_dir)


# --- wrong passphrase and unknown user ----------------------------------------------------


def test_a_wrong_passphrase_is_refused_and_changes_nothing(locked: Path) -> None:
    before = snapshot(locked)
    with pytest.raises(WrongPassphrase) as caught:
        LockedVault.open(locked).unlock(ADMIN, "paarse-olifant-fietst-morgen!")
    assert ADMIN in str(caught.value)
    assert_sentence(caught.value)
    assert_unchanged(before, locked)
    _unlock(locked)


def test_an_unknown_user_is_refused_and_changes_nothing(locked: Path) -> None:
    before = snapshot(locked)
    with pytest.raises(UnknownUser, match="nobody") as caught:
        LockedVault.open(locked).unlock("nobody", ADMIN_PASSPHRASE)
    assert_sentence(caught.value)
    assert_unchanged(before, locked)


def test_the_recovery_slot_is_not_a_user_name_on_the_unlock_screen(locked: Path) -> None:
    assert keyslots.RECOVERY_SLOT not in LockedVault.open(locked).user_names


# --- slots from elsewhere do not open -----------------------------------------------------


@pytest.fixture
def two_vaults(tmp_path: Path) -> tuple[Path, Path]:
    """Two separate vaults, locked, whose administrators share a name but not a passphrase."""
    folders = (tmp_path / "one", tmp_path / "two")
    for folder, phrase in zip(folders, (ADMIN_PASSPHRASE, "stille-uil-telt-sterren"), strict=True):
        session, _ = setup.create(folder, ADMIN, phrase, kdf=FAST_KDF)
        session.lock()
    return folders


def test_a_slot_file_copied_from_another_vault_does_not_open_its_database(
    two_vaults: tuple[Path, Path],
) -> None:
    one, two = two_vaults
    shutil.copyfile(one / SLOTS_FILE, two / SLOTS_FILE)
    before = snapshot(two)
    # The copied slot still opens (it is one's own key), but that key is not two's database key.
    with pytest.raises(DamagedVault) as caught:
        LockedVault.open(two).unlock(ADMIN, ADMIN_PASSPHRASE)
    assert_sentence(caught.value)
    assert_unchanged(before, two)


def test_a_slot_carried_into_another_vault_file_does_not_open(
    two_vaults: tuple[Path, Path],
) -> None:
    one, two = two_vaults
    foreign = json.loads((one / SLOTS_FILE).read_bytes())["slots"][0]
    edit_slots(two, lambda doc: doc["slots"].__setitem__(0, foreign))
    with pytest.raises(WrongPassphrase):
        LockedVault.open(two).unlock(ADMIN, ADMIN_PASSPHRASE)


def test_a_slot_file_given_another_vault_id_does_not_open(two_vaults: tuple[Path, Path]) -> None:
    one, two = two_vaults
    other_id = json.loads((two / SLOTS_FILE).read_bytes())["vault_id"]
    edit_slots(one, lambda doc: doc.update(vault_id=other_id))
    with pytest.raises(WrongPassphrase):
        LockedVault.open(one).unlock(ADMIN, ADMIN_PASSPHRASE)


def test_a_slot_renamed_to_another_user_does_not_open(locked: Path) -> None:
    edit_slots(locked, lambda doc: doc["slots"][0].update(name="bram"))
    with pytest.raises(WrongPassphrase):
        LockedVault.open(locked).unlock("bram", ADMIN_PASSPHRASE)


# --- a tampered slot file -----------------------------------------------------------------


def test_a_flipped_bit_in_the_sealed_database_key_is_called_altered(locked: Path) -> None:
    edit_slots(
        locked,
        lambda doc: doc["slots"][0]["db_keys"][0].update(
            ct=flip_b64(doc["slots"][0]["db_keys"][0]["ct"])
        ),
    )
    before = snapshot(locked)
    with pytest.raises(DamagedVault, match="altered") as caught:
        LockedVault.open(locked).unlock(ADMIN, ADMIN_PASSPHRASE)
    assert "recovery key" in str(caught.value)
    assert_sentence(caught.value)
    assert_unchanged(before, locked)


def test_a_flipped_bit_in_the_wrapped_private_key_is_refused(locked: Path) -> None:
    edit_slots(
        locked,
        lambda doc: doc["slots"][0]["private_key"].update(
            ct=flip_b64(doc["slots"][0]["private_key"]["ct"])
        ),
    )
    before = snapshot(locked)
    with pytest.raises(WrongPassphrase) as caught:
        LockedVault.open(locked).unlock(ADMIN, ADMIN_PASSPHRASE)
    assert_sentence(caught.value)
    assert_unchanged(before, locked)


@pytest.mark.parametrize(("field", "value"), [("t", 2), ("m", 16 * 1024), ("p", 2)])
def test_changed_kdf_parameters_are_refused(locked: Path, field: str, value: int) -> None:
    edit_slots(locked, lambda doc: doc["slots"][0]["kdf"].update({field: value}))
    before = snapshot(locked)
    with pytest.raises(WrongPassphrase) as caught:
        LockedVault.open(locked).unlock(ADMIN, ADMIN_PASSPHRASE)
    assert_unchanged(before, locked)
    assert_sentence(caught.value)


def test_absurd_kdf_parameters_are_a_damaged_file_not_a_crash(locked: Path) -> None:
    edit_slots(locked, lambda doc: doc["slots"][0]["kdf"].update(m=1 << 33))
    with pytest.raises(DamagedVault, match=r"keyslots\.json"):
        LockedVault.open(locked)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated-half"),
        pytest.param(lambda data: data[:-40], id="truncated-end"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: bytes(len(data)), id="zeroed"),
        pytest.param(lambda data: os.urandom(len(data)), id="random"),
        pytest.param(lambda data: data.replace(b'"slots"', b'"slotz"'), id="renamed-key"),
    ],
)
def test_a_damaged_slot_file_is_one_sentence_and_left_alone(
    locked: Path, damage: Callable[[bytes], bytes]
) -> None:
    path = locked / SLOTS_FILE
    path.write_bytes(damage(path.read_bytes()))
    before = snapshot(locked)
    with pytest.raises(DamagedVault, match=r"keyslots\.json") as caught:
        LockedVault.open(locked)
    assert_sentence(caught.value)
    assert_unchanged(before, locked)


# --- folders that are not vaults ----------------------------------------------------------


def test_an_empty_folder_is_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(NotAVault, match=r"keyslots\.json") as caught:
        LockedVault.open(tmp_path)
    assert_sentence(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(NotAVault) as caught:
        LockedVault.open(tmp_path / "nowhere")
    assert_sentence(caught.value)
    assert not (tmp_path / "nowhere").exists()


def test_a_file_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with pytest.raises(NotAVault):
        LockedVault.open(path)


def test_a_folder_of_other_json_is_not_a_vault(tmp_path: Path) -> None:
    (tmp_path / SLOTS_FILE).write_text('{"name": "my-npm-package"}')
    (tmp_path / DB_FILE).write_bytes(b"")
    with pytest.raises(NotAVault, match="does not belong"):
        LockedVault.open(tmp_path)


def test_a_missing_vault_db_is_named(locked: Path) -> None:
    (locked / DB_FILE).unlink()
    before = snapshot(locked)
    with pytest.raises(NotAVault, match=re.escape(DB_FILE)) as caught:
        LockedVault.open(locked)
    assert_sentence(caught.value)
    assert_unchanged(before, locked)


def test_a_vault_db_removed_while_unlocked_is_named(locked: Path) -> None:
    vault = LockedVault.open(locked).unlock(ADMIN, ADMIN_PASSPHRASE)
    (locked / DB_FILE).unlink()
    with pytest.raises(VaultError, match=re.escape(DB_FILE)) as caught:
        vault.connect()
    assert_sentence(caught.value)
    assert not (locked / DB_FILE).exists()


def _plain_sqlite(path: Path) -> bytes:
    path.unlink()
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE vault_meta (key TEXT, value TEXT)")
    plain.commit()
    plain.close()
    return path.read_bytes()


@pytest.mark.parametrize(
    "replace",
    [
        pytest.param(lambda p: p.write_bytes(os.urandom(64 * 1024)), id="random-bytes"),
        pytest.param(_plain_sqlite, id="plain-sqlite"),
        pytest.param(lambda p: p.write_bytes(b"SQLite format 3\x00" + bytes(4080)), id="header"),
        pytest.param(lambda p: p.write_bytes(b""), id="empty"),
        pytest.param(lambda p: p.write_bytes(b"x"), id="one-byte"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[:100]), id="truncated"),
    ],
)
def test_a_vault_db_that_is_not_ours_is_refused_and_left_alone(
    locked: Path, replace: Callable[[Path], object]
) -> None:
    replace(locked / DB_FILE)
    before = snapshot(locked)
    with pytest.raises(DamagedVault, match=re.escape(DB_FILE)) as caught:
        LockedVault.open(locked).unlock(ADMIN, ADMIN_PASSPHRASE)
    assert_sentence(caught.value)
    assert_unchanged(before, locked)


def test_a_new_vault_is_not_made_over_another_folder(locked: Path, tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="already holds a vault"):
        create_vault(locked, ADMIN, ADMIN_PASSPHRASE, kdf=FAST_KDF)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "thesis.docx").write_bytes(b"...")
    with pytest.raises(VaultError, match="not empty"):
        create_vault(busy, ADMIN, ADMIN_PASSPHRASE, kdf=FAST_KDF)
    assert [p.name for p in busy.iterdir()] == ["thesis.docx"]


# --- a vault from a newer version ---------------------------------------------------------


def test_a_newer_slot_file_version_is_refused(locked: Path) -> None:
    edit_slots(locked, lambda doc: doc.update(version=keyslots.VERSION + 1))
    before = snapshot(locked)
    with pytest.raises(NewerVault, match="newer version") as caught:
        LockedVault.open(locked)
    assert_sentence(caught.value)
    assert_unchanged(before, locked)


def test_a_newer_schema_is_refused_and_not_touched(
    new_vault: tuple[Session, str], vault_dir: Path
) -> None:
    session = new_vault[0]
    conn = connect(vault_dir / DB_FILE, session.vault._require_key())
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    session.lock()
    before = snapshot(vault_dir)
    with pytest.raises(NewerVault) as caught:
        LockedVault.open(vault_dir).unlock(ADMIN, ADMIN_PASSPHRASE)
    assert_sentence(caught.value)
    assert_unchanged(before, vault_dir)


# --- read-only folder and full disk while writing the slot file ---------------------------


def _fail(code: int) -> Callable[..., Any]:
    def raise_os_error(*args: object, **kwargs: object) -> Any:
        raise OSError(code, os.strerror(code))

    return raise_os_error


@pytest.mark.parametrize(
    ("where", "code", "words"),
    [
        ("open", errno.EROFS, "read-only"),
        ("open", errno.EACCES, "read-only"),
        ("fsync", errno.ENOSPC, "disk is full"),
        ("replace", errno.EROFS, "read-only"),
        ("replace", errno.EIO, "could not be saved"),
    ],
)
def test_a_slot_write_that_fails_keeps_the_old_file(
    admin_session: Session,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    code: int,
    words: str,
) -> None:
    old_file = (vault_dir / SLOTS_FILE).read_bytes()
    old_slots = admin_session.vault.slot_file
    if where == "open":
        monkeypatch.setattr(keyslots, "open", _fail(code), raising=False)
    else:
        monkeypatch.setattr(os, where, _fail(code))  # the os module keyslots uses
    with pytest.raises(VaultError, match=words) as caught:
        admin_session.vault.set_passphrase(ADMIN, "stille-uil-telt-sterren")
    monkeypatch.undo()
    assert_sentence(caught.value)
    assert "Nothing was changed" in str(caught.value)
    assert (vault_dir / SLOTS_FILE).read_bytes() == old_file
    assert admin_session.vault.slot_file is old_slots
    assert sorted(p.name for p in vault_dir.iterdir() if p.name.endswith(".tmp")) == []
    admin_session.lock()
    _unlock(vault_dir)
    with pytest.raises(WrongPassphrase):
        _unlock(vault_dir, ADMIN, "stille-uil-telt-sterren")


def test_a_failed_slot_write_rolls_back_the_new_user(
    admin_session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = PeopleService(admin_session)
    log_before = audit.entries(admin_session.conn)
    monkeypatch.setattr(os, "fsync", _fail(errno.ENOSPC))
    with pytest.raises(VaultError, match="disk is full"):
        people.add_user("eva", [RoleGrant(Role.AUDITOR)], "stille-uil-telt-sterren")
    monkeypatch.undo()
    assert [u.name for u in people.users()] == [ADMIN]
    assert audit.entries(admin_session.conn) == log_before
    assert not admin_session.vault.has_slot("eva")
    assert not json.loads((vault_dir / SLOTS_FILE).read_bytes())["slots"][2:]


# --- failed attempts reach the audit log, never the passphrase ----------------------------


def test_failed_unlocks_are_logged_at_the_next_unlock_without_the_passphrase(
    locked: Path,
) -> None:
    typed = "Geheime-Poging-Nummer-Een-42"
    for name, phrase in ((ADMIN, typed), ("Mallory-Typo", typed)):
        with pytest.raises((WrongPassphrase, UnknownUser)):
            LockedVault.open(locked).unlock(name, phrase)
    with pytest.raises(WrongPassphrase):
        LockedVault.open(locked).unlock_with_recovery_key("AAAA-BBBB")
    for path in locked.iterdir():
        data = path.read_bytes()
        assert typed.encode() not in data and typed.encode("utf-16-le") not in data
        assert b"Mallory" not in data  # an unknown name might be a mistyped passphrase

    session = Session.start(LockedVault.open(locked).unlock(ADMIN, ADMIN_PASSPHRASE))
    try:
        newest_first = audit.entries(session.conn)
        failed = [e for e in newest_first if e.action == "unlock_failed"]
        assert [(e.actor, e.details["reason"]) for e in reversed(failed)] == [
            (ADMIN, "WrongPassphrase"),
            ("(unknown user)", "unknown user"),
            (keyslots.RECOVERY_SLOT, "WrongPassphrase"),
        ]
        assert newest_first[0].action == "unlock"
        assert audit.verify(session.conn).intact
    finally:
        session.lock()
    assert not (locked / FAILED_UNLOCKS_FILE).exists()
    for path in locked.iterdir():
        assert typed.encode() not in path.read_bytes()

"""A vault folder: create it, unlock it with a passphrase or the recovery key, manage slots.

``LockedVault`` knows only the slot file; ``UnlockedVault`` holds the database key and hands
out one connection per caller (SQLCipher connections must never cross threads).
"""

from __future__ import annotations

import json
import os
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from supervisor_app import __version__
from supervisor_app.vault import backoff, instance_lock, keyslots
from supervisor_app.vault import error_codes as codes
from supervisor_app.vault.backoff import Backoff
from supervisor_app.vault.db import DB_FILE, Connection, connect, connect_copy, transaction
from supervisor_app.vault.errors import (
    FOLDER_WRITE,
    DamagedVault,
    NotAVault,
    UnknownUser,
    VaultError,
    WrongPassphrase,
    from_os_error,
)
from supervisor_app.vault.keyslots import (
    RECOVERY_SLOT,
    KdfParams,
    OpenedSlot,
    RekeyJournal,
    Slot,
    SlotFile,
)
from supervisor_app.vault.migrations import migrate
from supervisor_app.vault.signing import Signer

FAILED_UNLOCKS_FILE: Final = "failed-unlocks.jsonl"


def is_vault(folder: Path) -> bool:
    """Whether folder looks like a vault (both files present)."""
    return (folder / DB_FILE).is_file() and (folder / keyslots.SLOTS_FILE).is_file()


@dataclass(frozen=True, slots=True)
class FailedUnlock:
    """A failed attempt, kept outside the database until someone unlocks it."""

    at: str
    user: str
    reason: str


class LockedVault:
    """A vault whose slot file has been read but whose database is still closed.

    ``clock`` and ``sleep`` drive the wait after wrong passphrases (vault/backoff.py).
    """

    def __init__(
        self,
        folder: Path,
        slot_file: SlotFile,
        *,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.folder = folder
        self.slot_file = slot_file
        self.backoff = Backoff(folder, clock or (lambda: time.time()))
        self.sleep = sleep or (lambda seconds: time.sleep(seconds))

    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> LockedVault:
        """Read the slot file of the vault in folder; raise a VaultError if it is no vault."""
        folder = Path(folder)
        if not folder.is_dir():
            raise NotAVault(codes.NO_FOLDER, folder=folder)
        slot_file = keyslots.read(folder)
        if not (folder / DB_FILE).is_file():
            raise NotAVault(codes.NO_DATABASE, folder=folder)
        return cls(folder, slot_file, clock=clock, sleep=sleep)

    def unlock_delay(self, name: str) -> float:
        """Seconds an unlock as name will wait first, after wrong passphrases in a row."""
        bucket = name if self.slot_file.has(name) else backoff.UNKNOWN
        return self.backoff.remaining(bucket)

    @property
    def user_names(self) -> list[str]:
        """Names that have a slot, for the unlock screen (the recovery slot excluded)."""
        return sorted((s.name for s in self.slot_file.slots if not s.is_recovery), key=str.casefold)

    def unlock(self, name: str, passphrase: str) -> UnlockedVault:
        """Unlock as a user; a failure is remembered for the audit log, then re-raised.

        After wrong passphrases in a row for this user, it first waits (vault/backoff.py).
        """
        bucket = name if self.slot_file.has(name) else backoff.UNKNOWN
        self._wait(bucket)
        try:
            slot = self.slot_file.find(name)
            opened = keyslots.unlock_slot(slot, self.slot_file.vault_id, passphrase.encode())
        except UnknownUser:
            # What was typed might be a mistyped passphrase; never write it down.
            self._remember_failure("(unknown user)", "unknown user")
            self.backoff.failed(bucket)
            raise
        except VaultError as exc:
            self._remember_failure(name, type(exc).__name__)
            if isinstance(exc, WrongPassphrase):
                self.backoff.failed(bucket)
            raise
        vault = self._open_with(opened, slot)
        self.backoff.succeeded(bucket)
        return vault

    def _wait(self, bucket: str) -> None:
        delay = self.backoff.remaining(bucket)
        if delay > 0:
            self.sleep(delay)

    def unlock_with_recovery_key(self, recovery_key: str) -> UnlockedVault:
        """Unlock with the printed recovery key (to reset a forgotten passphrase)."""
        slot = self.slot_file.find(RECOVERY_SLOT)
        secret = keyslots.normalise_recovery_key(recovery_key)
        self._wait(RECOVERY_SLOT)
        try:
            opened = keyslots.unlock_slot(slot, self.slot_file.vault_id, secret)
        except VaultError as exc:
            self._remember_failure(RECOVERY_SLOT, type(exc).__name__)
            if isinstance(exc, WrongPassphrase):
                self.backoff.failed(RECOVERY_SLOT)
            raise
        vault = self._open_with(opened, slot)
        self.backoff.succeeded(RECOVERY_SLOT)
        return vault

    def _open_with(self, opened: OpenedSlot, slot: Slot) -> UnlockedVault:
        # Another program that has this vault open keeps it; taken before any database work.
        held = instance_lock.acquire(self.folder)
        try:
            return self._open_locked(opened, slot, held)
        except BaseException:
            instance_lock.release(held)
            raise

    def _open_locked(self, opened: OpenedSlot, slot: Slot, held: Path) -> UnlockedVault:
        # More than one key only after an interrupted rekey: the database accepts one of them.
        last_error: VaultError | None = None
        for key in opened.keys:
            try:
                conn = connect(self.folder / DB_FILE, key)
            except DamagedVault as exc:
                last_error = exc
                continue
            try:
                migrate(conn)
                _check_vault_id(conn, self.slot_file.vault_id)
            finally:
                conn.close()
            keyslots.remove_stale_temp_files(self.folder)
            vault = UnlockedVault(self.folder, self.slot_file, bytearray(key), slot.name)
            vault._keys = list(opened.keys)
            vault._instance = held
            signer = opened.signer
            if signer is None:
                # A slot from before signing keys: it gets one now, while the passphrase key
                # is at hand. The session registers it in the log (services/session.py).
                upgraded, signer = keyslots.add_signing_key(
                    slot, self.slot_file.vault_id, opened.kek
                )
                vault._update(lambda f, slot=upgraded: f.with_slot(slot))  # type: ignore[misc]
            vault._set_signer(signer, slot.slot_id)
            return vault
        assert last_error is not None
        raise last_error

    def _remember_failure(self, user: str, reason: str) -> None:
        line = json.dumps({"at": _now_iso(), "user": user, "reason": reason})
        try:
            with open(self.folder / FAILED_UNLOCKS_FILE, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")
        except OSError:
            # A read-only vault can still be unlocked; the attempt then goes unrecorded.
            pass


def _check_vault_id(conn: Connection, vault_id: str) -> None:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
    if row is None or row[0] != vault_id:
        raise DamagedVault(codes.DIFFERENT_VAULTS)


class UnlockedVault:
    """An unlocked vault: holds the database key until ``lock`` drops it."""

    def __init__(self, folder: Path, slot_file: SlotFile, key: bytearray, unlocked_as: str):
        self.folder = folder
        self._slot_file = slot_file
        self._key: bytearray | None = key
        self.unlocked_as = unlocked_as
        self._signer: Signer | None = None
        self._slot_id = ""
        # Every key the unlocking slot held: two while a rekey is under way (old, new).
        self._keys: list[bytes] = [bytes(key)]
        self._instance: Path | None = None  # the vault.lock this object holds a use of

    def _set_signer(self, signer: Signer, slot_id: str) -> None:
        self._signer = signer
        self._slot_id = slot_id

    @property
    def signer(self) -> Signer:
        """The signing key of the user who unlocked, for every audit entry they write."""
        if self._signer is None or self._key is None:
            raise VaultError(codes.LOCKED)
        return self._signer

    @property
    def own_slot(self) -> Slot:
        """The slot this vault was unlocked with (as the file holds it now)."""
        for slot in self._slot_file.slots:
            if slot.slot_id == self._slot_id:
                return slot
        raise VaultError(codes.OWN_KEY_REMOVED)

    @property
    def vault_id(self) -> str:
        """The random id that binds the slot file to this database."""
        return self._slot_file.vault_id

    @property
    def slot_file(self) -> SlotFile:
        """The current slot file (read-only view)."""
        return self._slot_file

    @property
    def is_locked(self) -> bool:
        """Whether lock() has dropped the key."""
        return self._key is None

    def _require_key(self) -> bytes:
        if self._key is None:
            raise VaultError(codes.LOCKED)
        return bytes(self._key)

    def connect(self) -> Connection:
        """A new connection for the calling thread; the caller closes it."""
        return connect(self.folder / DB_FILE, self._require_key())

    def connect_copy(self, path: Path, *, create: bool = False) -> Connection:
        """A connection to a copy of vault.db elsewhere (a backup), under this vault's key."""
        return connect_copy(path, self._require_key(), create=create)

    def lock(self) -> None:
        """Forget the database key (overwritten in memory as far as Python allows)."""
        self._keys = []
        if self._instance is not None:
            instance_lock.release(self._instance)
            self._instance = None
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = None
        self._signer = None

    def pending_failed_unlocks(self) -> tuple[list[FailedUnlock], bytes]:
        """Failed attempts since the last unlock, and the file's bytes they were read from.

        Nothing is removed here: ``forget_failed_unlocks`` does that once the entries that
        record them are committed, so a failure in between loses none of them.
        """
        path = self.folder / FAILED_UNLOCKS_FILE
        try:
            data = path.read_bytes()
        except OSError:
            return [], b""
        found = []
        # Only whole lines: one cut short by a crash is skipped, and stays out of `data`.
        whole = data[: data.rfind(b"\n") + 1]
        for line in whole.decode("utf-8", errors="replace").splitlines():
            try:
                raw = json.loads(line)
                found.append(FailedUnlock(str(raw["at"]), str(raw["user"]), str(raw["reason"])))
            except (json.JSONDecodeError, KeyError, TypeError):
                continue
        return found, whole

    def forget_failed_unlocks(self, read: bytes) -> None:
        """Remove the attempts that were read (as ``read``) and are now in the audit log.

        Attempts appended since (by another window) stay for the next unlock.
        """
        if not read:
            return
        path = self.folder / FAILED_UNLOCKS_FILE
        try:
            data = path.read_bytes()
            rest = data[len(read) :] if data.startswith(read) else data
            if rest:
                tmp = path.with_name(f".{FAILED_UNLOCKS_FILE}.{secrets.token_hex(4)}.tmp")
                tmp.write_bytes(rest)
                os.replace(tmp, path)
            else:
                path.unlink(missing_ok=True)
        except OSError:
            pass  # read-only: they are logged again next time, which says no more than once

    def take_failed_unlocks(self) -> list[FailedUnlock]:
        """Failed attempts since the last unlock, removed from disk once read (no log)."""
        found, read = self.pending_failed_unlocks()
        self.forget_failed_unlocks(read)
        return found

    # --- slots ----------------------------------------------------------------------------

    def has_slot(self, name: str) -> bool:
        """Whether a user of that name has a slot."""
        return self._slot_file.has(name)

    def prepare_slot(
        self, name: str, passphrase: str, kdf: KdfParams | None = None
    ) -> tuple[Slot, Signer]:
        """A new slot for name (not yet saved) and its signing key, to register it first."""
        return keyslots.make_slot_with_signer(
            self.vault_id,
            name,
            passphrase.encode(),
            self._require_key(),
            kdf or self._slot_file.kdf,
        )

    def put_slot(self, slot: Slot, signer: Signer | None = None) -> None:
        """Save slot, replacing any old slot of its name; signer when it is one's own."""
        self._update(lambda f: f.with_slot(slot))
        if signer is not None:
            self._set_signer(signer, slot.slot_id)

    def set_passphrase(self, name: str, passphrase: str) -> Signer:
        """Give name a slot for passphrase, replacing any old slot of that name only."""
        slot, signer = self.prepare_slot(name, passphrase)
        own = name.strip().casefold() == self.unlocked_as.casefold()
        self.put_slot(slot, signer if own else None)
        return signer

    def remove_slot(self, name: str) -> None:
        """Delete name's slot; the database key itself stays the same until rekey()."""
        if name.strip().casefold() == RECOVERY_SLOT:
            raise VaultError(codes.RECOVERY_SLOT_KEPT)
        self._update(lambda f: f.without(name))

    def prepare_recovery_slot(self) -> tuple[Slot, Signer, str]:
        """A new recovery slot (not yet saved), its signing key, and the key to show once.

        Nothing is written: the replacement is logged first, with the new signing key, and
        the slot saved last with ``put_recovery_slot`` (services/recovery_key.py).
        """
        key = keyslots.new_recovery_key()
        slot, signer = keyslots.make_slot_with_signer(
            self.vault_id,
            RECOVERY_SLOT,
            keyslots.normalise_recovery_key(key),
            self._require_key(),
            self._slot_file.kdf,
        )
        return slot, signer, key

    def put_recovery_slot(self, slot: Slot, signer: Signer, seq: int, head_hash: str) -> None:
        """Save a prepared recovery slot in place of the old one.

        It is sealed again to the key(s) that open vault.db now, since a rekey may have run
        since it was prepared, and it vouches, signed with its own key, for the log head
        (seq, head_hash) the replacement reached.
        """
        if not slot.is_recovery:
            raise ValueError("not a recovery slot")
        # Both keys only while a rekey is under way, as every other slot then holds.
        keys = list(self._keys) if self.rekey_pending is not None else [self._require_key()]
        vid = self.vault_id

        def change(current: SlotFile) -> SlotFile:
            sealed = keyslots.reseal(slot, vid, keys)
            return current.with_slot(keyslots.sign_witness(sealed, vid, signer, seq, head_hash))

        self._update(change)

    def update_verified(self, seq: int, head_hash: str) -> None:
        """Remember, signed in one's own slot, that every signature up to seq checked out."""
        signer, slot_id, vault_id = self.signer, self._slot_id, self.vault_id

        def change(current: SlotFile) -> SlotFile:
            slots = tuple(
                keyslots.sign_verified(s, vault_id, signer, seq, head_hash)
                if s.slot_id == slot_id
                else s
                for s in current.slots
            )
            return replace(current, slots=slots)

        self._update(change)

    def update_witness(self, seq: int, head_hash: str) -> None:
        """Remember in one's own slot, signed, that the log reached (seq, head_hash)."""
        signer, slot_id, vault_id = self.signer, self._slot_id, self.vault_id

        def change(current: SlotFile) -> SlotFile:
            slots = tuple(
                keyslots.sign_witness(s, vault_id, signer, seq, head_hash)
                if s.slot_id == slot_id
                else s
                for s in current.slots
            )
            return replace(current, slots=slots)

        self._update(change)

    @property
    def rekey_pending(self) -> RekeyJournal | None:
        """The journal of a rekey that has not finished (after a crash, or begun just now)."""
        return self._slot_file.rekey

    def begin_rekey(self, started_by: str, removing: str = "") -> None:
        """Write the rekey's journal: a fresh key sealed next to the old one in every slot.

        The same atomic write removes the slot of the user whose removal asked for the rekey,
        so from here on the rekey ends whatever happens: this process finishes it with
        ``finish_rekey``, or, after a crash, whoever unlocks next does.
        """
        old = self._require_key()
        new = secrets.token_bytes(keyslots.KEY_BYTES)
        vid = self.vault_id
        journal = RekeyJournal(_now_iso(), started_by, removing)

        def change(current: SlotFile) -> SlotFile:
            gone = removing and current.has(removing)
            slots = current.without(removing).slots if gone else current.slots
            return replace(
                current,
                slots=tuple(keyslots.reseal(s, vid, [old, new]) for s in slots),
                rekey=journal,
            )

        if removing and removing.strip().casefold() == RECOVERY_SLOT:
            raise VaultError(codes.RECOVERY_SLOT_KEPT)
        self._update(change)
        self._keys = [old, new]

    def rekey_database(self, conn: Connection) -> None:
        """Re-encrypt vault.db under the journal's new key, unless that already happened.

        conn must be the only open connection. SQLCipher rewrites every page in one
        transaction: a crash before its commit leaves the old key, after it the new one.
        """
        if self._slot_file.rekey is None:
            raise VaultError(codes.NO_REKEY)
        new = self._keys[-1]
        if self._require_key() != new:
            conn.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
            # Fold the WAL into the main file so no page under the old key stays behind.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._key = bytearray(new)

    def end_rekey(self) -> None:
        """Drop the old key from every slot and clear the journal (after rekey_database)."""
        new = self._require_key()
        vid = self.vault_id

        def change(current: SlotFile) -> SlotFile:
            slots = tuple(keyslots.reseal(s, vid, [new]) for s in current.slots)
            return replace(current, slots=slots, rekey=None)

        self._update(change)
        self._keys = [new]

    def rekey(self, conn: Connection) -> None:
        """Re-encrypt the whole database under a fresh key and reseal it to every slot.

        conn must be the only open connection. The services log the rekey between
        rekey_database and end_rekey (services/people.py); this is the bare sequence.
        """
        self.begin_rekey(self.unlocked_as)
        self.rekey_database(conn)
        self.end_rekey()

    def _save(self, slot_file: SlotFile) -> None:
        keyslots.write(self.folder, slot_file)
        self._slot_file = slot_file

    def _update(self, change: Callable[[SlotFile], SlotFile]) -> None:
        # Change the file as it is on disk now, not as this process read it at unlock:
        # another session may have saved a slot or a witness since.
        current = keyslots.read(self.folder)
        if current.vault_id != self.vault_id:
            raise DamagedVault(codes.KEY_FILE_REPLACED)
        self._save(change(current))


def create_vault(
    folder: Path, admin_name: str, passphrase: str, *, kdf: KdfParams | None = None
) -> tuple[UnlockedVault, str]:
    """Create a vault in folder (new or empty) with a first slot and a recovery key.

    Returns the unlocked vault and the recovery key, which is shown once and never stored.
    The caller adds the administrator's user row and first audit entry (services/setup.py).
    """
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        if is_vault(folder):
            raise VaultError(codes.FOLDER_HOLDS_VAULT, folder=folder)
        raise VaultError(codes.FOLDER_NOT_EMPTY, folder=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise from_os_error(exc, FOLDER_WRITE) from None
    kdf = kdf or KdfParams.calibrate()
    vault_id = uuid.uuid4().hex
    db_key = secrets.token_bytes(keyslots.KEY_BYTES)
    recovery = keyslots.new_recovery_key()
    try:
        conn = connect(folder / DB_FILE, db_key, create=True)
        try:
            migrate(conn)
            with transaction(conn):
                conn.executemany(
                    "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                    [
                        ("vault_id", vault_id),
                        ("created_at", _now_iso()),
                        ("created_by_version", __version__),
                    ],
                )
        finally:
            conn.close()
        admin_slot, signer = keyslots.make_slot_with_signer(
            vault_id, admin_name, passphrase.encode(), db_key, kdf
        )
        recovery_slot = keyslots.make_slot(
            vault_id, RECOVERY_SLOT, keyslots.normalise_recovery_key(recovery), db_key, kdf
        )
        slot_file = SlotFile(vault_id, kdf, (admin_slot, recovery_slot))
        keyslots.write(folder, slot_file)
    except BaseException:
        # A vault that failed half-way is useless and holds nothing yet: leave an empty folder.
        for name in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", keyslots.SLOTS_FILE):
            (folder / name).unlink(missing_ok=True)
        raise
    vault = UnlockedVault(folder, slot_file, bytearray(db_key), admin_name)
    vault._set_signer(signer, admin_slot.slot_id)
    vault._instance = instance_lock.acquire(folder)
    return vault, recovery


def _now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

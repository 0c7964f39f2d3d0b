"""Backup copies of a vault folder: made while the vault is in use, checked, and copied back.

A backup is a folder holding ``vault.db``, ``keyslots.json`` and ``backup.json``. The
database is copied with SQLite's online backup API from inside one read transaction, so
the copy is the database as it was at one moment, whatever other connections commit
meanwhile (an import stores each recording in a transaction of its own: the copy holds
whole recordings only). The copy stays encrypted under the vault's own key, so the same
passphrases and recovery key open it, and it is checked by opening it with that key and
running ``PRAGMA cipher_integrity_check`` and ``PRAGMA integrity_check``. It is written
under a hidden ``.partial`` name and renamed only once checked: a backup folder that
exists is whole.

``backup.json`` is plain text and holds nothing personal: the vault's id, when the backup
was made and by whom, the audit log's head at that moment and the database's SHA-256.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, cast

from supervisor_app import __version__
from supervisor_app.domain.backups import BackupEntry
from supervisor_app.domain.errors import os_reason
from supervisor_app.vault import audit, keyslots
from supervisor_app.vault import error_codes as codes
from supervisor_app.vault.db import DB_FILE, Connection, DatabaseError
from supervisor_app.vault.errors import (
    BACKUP_WRITE,
    RESTORE_WRITE,
    DamagedVault,
    VaultError,
    WriteCodes,
    from_os_error,
    from_sqlite_error,
)
from supervisor_app.vault.vault import UnlockedVault

MANIFEST: Final = "backup.json"
FORMAT: Final = "supervisor-app/backup"
FORMAT_VERSION: Final = 1
PARTIAL: Final = ".partial"
# Pages copied per step of the backup API (16 KiB each): about 4 MiB between progress reports.
PAGES_PER_STEP: Final = 256
COPY_CHUNK: Final = 4 * 1024 * 1024
_TIME: Final = "%Y-%m-%dT%H:%M:%SZ"

Progress = Callable[[int, int], None]  # (done, total) in pages or bytes
Cancel = Callable[[], bool]


class Cancelled(VaultError):
    """The user stopped the backup or the restore; nothing was left behind."""

    def __init__(self) -> None:
        super().__init__(codes.BACKUP_STOPPED)


@dataclass(frozen=True, slots=True)
class Manifest:
    """What backup.json says of a backup."""

    vault_id: str
    made_at: dt.datetime
    made_by: str
    head_seq: int
    head_hash: str
    database_sha256: str
    keep_days: int
    app_version: str = __version__

    def to_json(self) -> dict[str, Any]:
        """The manifest as written to backup.json."""
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "made_at": self.made_at.strftime(_TIME),
            "made_by": self.made_by,
            "audit_head": {"seq": self.head_seq, "hash": self.head_hash},
            "database_sha256": self.database_sha256,
            "keep_days": self.keep_days,
            "app_version": self.app_version,
        }


def make(
    vault: UnlockedVault,
    folder: Path,
    name: str,
    *,
    made_by: str,
    made_at: dt.datetime,
    keep_days: int,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> tuple[Path, Manifest]:
    """Copy the vault into folder/name, check the copy, and return its path and manifest."""
    _make_folder(folder)
    slots_text = _read_slots(vault)
    partial = folder / f".{name}{PARTIAL}"
    final = _free_name(folder, name)
    try:
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(mode=0o700)
        head = _copy_database(vault, partial / DB_FILE, progress, cancel)
        _write_file(partial / keyslots.SLOTS_FILE, slots_text, BACKUP_WRITE)
        check(vault, partial, head)
        manifest = Manifest(
            vault_id=vault.vault_id,
            made_at=made_at,
            made_by=made_by,
            head_seq=head[0],
            head_hash=head[1],
            database_sha256=file_sha256(partial / DB_FILE),
            keep_days=keep_days,
        )
        manifest_bytes = json.dumps(manifest.to_json(), indent=2).encode("utf-8") + b"\n"
        _write_file(partial / MANIFEST, manifest_bytes, BACKUP_WRITE)
        _fsync_folder(partial)
        os.replace(partial, final)
        _fsync_folder(folder)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise from_os_error(exc, BACKUP_WRITE) from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final, manifest


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise from_os_error(exc, BACKUP_WRITE) from None
    if not folder.is_dir():
        raise VaultError(codes.BACKUP_FOLDER_NOT_FOLDER, folder=folder)


def _read_slots(vault: UnlockedVault) -> bytes:
    # Read before the database is copied: a witness in a slot then never names a log head
    # that the copied log does not reach.
    path = vault.folder / keyslots.SLOTS_FILE
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise VaultError(codes.KEY_FILE_UNREADABLE, reason=os_reason(exc)) from None
    slot_file = keyslots.from_json(data)
    if slot_file.vault_id != vault.vault_id:
        raise DamagedVault(codes.KEY_FILE_OTHER_VAULT)
    if slot_file.rekey is not None:
        raise VaultError(codes.REKEY_UNDER_WAY)
    return data


def _free_name(folder: Path, name: str) -> Path:
    final = folder / name
    number = 2
    while final.exists():
        final = folder / f"{name}-{number}"
        number += 1
    return final


def _copy_database(
    vault: UnlockedVault, target: Path, progress: Progress | None, cancel: Cancel | None
) -> tuple[int, str]:
    """Copy vault.db into target as it is at one moment; return the audit head of that moment."""
    source = vault.connect()
    try:
        # The read transaction pins one snapshot for every step of the copy: commits by
        # other connections meanwhile go to the write-ahead log and are not in the copy.
        source.execute("BEGIN")
        head = audit.head(source)
        copy = vault.connect_copy(target, create=True)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if cancel is not None and cancel():
                    raise Cancelled()
                if progress is not None:
                    progress(total - remaining, total)

            try:
                cast(Any, source).backup(copy, pages=PAGES_PER_STEP, progress=step)
            except DatabaseError as exc:
                raise from_sqlite_error(exc) or VaultError(codes.BACKUP_NOT_COPIED) from None
            # One file, no write-ahead log: the copy is only ever read until it is restored.
            copy.execute("PRAGMA journal_mode = DELETE").fetchall()
        finally:
            copy.close()
    finally:
        if source.in_transaction:
            source.execute("ROLLBACK")
        source.close()
    return head


def check(vault: UnlockedVault, folder: Path, head: tuple[int, str] | None = None) -> None:
    """Open a backup's database with the vault's key and check every page; DamagedVault if not.

    With ``head``, the copied audit log must end exactly there.
    """
    conn = vault.connect_copy(folder / DB_FILE)
    try:
        check_connection(conn, vault.vault_id, head)
    finally:
        conn.close()


def check_connection(conn: Connection, vault_id: str, head: tuple[int, str] | None) -> None:
    """The checks of ``check`` on an open connection to a copy."""
    try:
        broken = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        copied_head = audit.head(conn)
    except DatabaseError as exc:
        raise DamagedVault(codes.BACKUP_DATABASE_DAMAGED) from exc
    if broken or [r[0] for r in integrity] != ["ok"]:
        raise DamagedVault(codes.BACKUP_DATABASE_DAMAGED)
    if row is None or row[0] != vault_id:
        raise DamagedVault(codes.BACKUP_DATABASE_OTHER_VAULT)
    if head is not None and copied_head != head:
        raise DamagedVault(codes.BACKUP_LOG_ALTERED, found=copied_head[0], described=head[0])


# --- the backups in a folder ---------------------------------------------------------------------


def read_manifest(folder: Path) -> Manifest:
    """What a backup folder's backup.json says; VaultError when it is no backup."""
    not_a_backup = VaultError(codes.NOT_A_BACKUP, folder=folder)
    try:
        raw = json.loads((folder / MANIFEST).read_bytes()[:65536].decode("utf-8"))
    except (OSError, ValueError):
        raise not_a_backup from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise not_a_backup
    try:
        if int(raw["version"]) > FORMAT_VERSION:
            raise VaultError(codes.BACKUP_FROM_NEWER_VERSION)
        head = raw["audit_head"]
        return Manifest(
            vault_id=str(raw["vault_id"]),
            made_at=dt.datetime.strptime(str(raw["made_at"]), _TIME).replace(tzinfo=dt.UTC),
            made_by=str(raw["made_by"]),
            head_seq=int(head["seq"]),
            head_hash=str(head["hash"]),
            database_sha256=str(raw["database_sha256"]),
            keep_days=int(raw["keep_days"]),
            app_version=str(raw.get("app_version", "")),
        )
    except (KeyError, TypeError, ValueError):
        raise not_a_backup from None


def backups_of(folder: Path, vault_id: str) -> list[BackupEntry]:
    """The finished backups of one vault in a folder (others' backups are left alone)."""
    found = []
    with contextlib.suppress(OSError):
        for item in folder.iterdir():
            if not item.is_dir() or item.name.startswith("."):
                continue
            try:
                manifest = read_manifest(item)
            except VaultError:
                continue
            if manifest.vault_id == vault_id:
                found.append(BackupEntry(item.name, manifest.made_at))
    return found


def delete(folder: Path, name: str) -> None:
    """Delete one backup folder (its files are encrypted; deleting them is enough)."""
    try:
        shutil.rmtree(folder / name)
    except OSError as exc:
        raise VaultError(codes.OLD_BACKUP_NOT_DELETED, name=name, reason=os_reason(exc)) from None


def remove_partials(folder: Path, vault_id: str) -> None:
    """Delete unfinished backups of this vault that a crash or kill left behind."""
    with contextlib.suppress(OSError):
        for item in folder.glob(f".vault-{vault_id[:8]}-*{PARTIAL}"):
            shutil.rmtree(item, ignore_errors=True)


# --- copying a backup back ---------------------------------------------------------------------


def stage(
    backup: Path,
    staging: Path,
    manifest: Manifest,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> None:
    """Copy a backup's vault.db and keyslots.json into a new folder, checking the database.

    The copy's SHA-256 must be the one backup.json names, so a damaged or altered backup is
    refused before anything replaces the vault.
    """
    source = backup / DB_FILE
    try:
        total = source.stat().st_size
        staging.mkdir(mode=0o700)
        digest = hashlib.sha256()
        done = 0
        with source.open("rb") as src, (staging / DB_FILE).open("xb") as dst:
            while chunk := src.read(COPY_CHUNK):
                if cancel is not None and cancel():
                    raise Cancelled()
                dst.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            dst.flush()
            os.fsync(dst.fileno())
        slots = (backup / keyslots.SLOTS_FILE).read_bytes()
        _write_file(staging / keyslots.SLOTS_FILE, slots, RESTORE_WRITE)
        _fsync_folder(staging)
    except FileNotFoundError:
        raise VaultError(codes.BACKUP_INCOMPLETE, name=backup.name) from None
    except OSError as exc:
        raise from_os_error(exc, RESTORE_WRITE) from None
    if digest.hexdigest() != manifest.database_sha256:
        raise DamagedVault(codes.BACKUP_FILE_ALTERED, name=backup.name)
    if keyslots.from_json(slots).vault_id != manifest.vault_id:
        raise DamagedVault(codes.BACKUP_KEY_FILE_OTHER_VAULT, name=backup.name)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(COPY_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def set_aside_name(target: Path, now: dt.datetime) -> Path:
    """Where the vault a restore replaces is kept: next to it, named with the moment."""
    return target.with_name(f"{target.name}.replaced-{now.astimezone(dt.UTC):%Y-%m-%d-%H%M%S}")


def staging_name(target: Path) -> Path:
    """The hidden folder a restore copies into before it takes the vault's place."""
    return target.with_name(f".{target.name}.restoring-{secrets.token_hex(4)}")


def _write_file(path: Path, data: bytes, what: WriteCodes) -> None:
    try:
        with path.open("xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise from_os_error(exc, what) from None


def _fsync_folder(folder: Path) -> None:
    # Make renames inside the folder durable; folders cannot be opened this way on Windows.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

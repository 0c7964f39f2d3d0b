"""Backups that forget too: make, rotate and restore copies of the vault.

A backup is made while the vault is in use (vault/backup.py: one consistent moment, still
encrypted, checked with the key), after a purge, so it never holds a recording already past
its retention. Each backup then deletes the older backups of the same vault that are past
the rotation period (domain/backups.py), so no recording outlives its retention in a backup
by more than that period. Both are logged.

A restore copies a backup into place (the vault it replaces is kept next to it, renamed),
logs the restore with the backup's audit head, and at once purges what expired since the
backup was made: a restored vault forgets on the same day as the original would have.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from supervisor_app.domain import backups
from supervisor_app.domain.backups import KeepDays
from supervisor_app.domain.errors import AccessDenied, InputError, UserFacingError, os_reason
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as codes
from supervisor_app.services.retention import PurgeReport, RetentionService
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, instance_lock, keyslots, people_repo, policy_repo
from supervisor_app.vault import backup as vault_backup
from supervisor_app.vault.backup import Cancelled as Cancelled  # re-exported for ui/ and cli
from supervisor_app.vault.backup import Manifest as Manifest  # re-exported for ui/
from supervisor_app.vault.db import transaction
from supervisor_app.vault.errors import DamagedVault
from supervisor_app.vault.vault import LockedVault, UnlockedVault, is_vault

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True, slots=True)
class BackupProgress:
    """How far a backup or restore is, in parts of the database (pages or bytes)."""

    done: int
    total: int


@dataclass(frozen=True, slots=True)
class BackupReport:
    """What a backup did: where the copy is, the log head it holds, and what rotation deleted."""

    path: Path
    manifest: Manifest
    keep_days: int
    deleted: tuple[str, ...]
    purged: int  # recordings the purge before the copy deleted


class BackupService:
    """Use cases of File → Back up vault… and ``supervisor-app backup``."""

    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        self.session = session
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def now(self) -> dt.datetime:
        """The service's current time (injectable for tests)."""
        return self._clock()

    def keep_days(self) -> KeepDays:
        """How long backups are kept by default, and at most (from the policy's retention)."""
        return backups.keep_days(policy_repo.latest_policy(self.session.conn))

    def make(
        self,
        folder: Path,
        keep_days: int | None = None,
        *,
        progress: Callable[[BackupProgress], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> BackupReport:
        """Purge, copy the vault into a dated folder inside folder, check it, then rotate.

        Administrators and auditors (a scheduled task's least-privileged user) may back up.
        ``cancel`` is asked between steps of the copy; a cancelled backup leaves nothing.
        """
        user = self.session.user
        if not (user.has(Role.ADMINISTRATOR) or user.has(Role.AUDITOR)):
            raise AccessDenied(codes.ONLY_ADMIN_OR_AUDITOR_BACKUP)
        keep = backups.check_keep_days(keep_days, policy_repo.latest_policy(self.session.conn))
        folder = Path(folder).expanduser()
        if _inside(folder, self.session.vault.folder):
            raise InputError(codes.BACKUP_INSIDE_VAULT)
        # Forget first: what is past its retention must not live on in the copy.
        purged = RetentionService(self.session, self._clock).purge()
        vault = self.session.vault
        made_at = self.now().replace(microsecond=0)
        vault_backup.remove_partials(folder, vault.vault_id)

        def step(done: int, total: int) -> None:
            if progress is not None:
                progress(BackupProgress(done, total))

        path, manifest = vault_backup.make(
            vault,
            folder,
            backups.backup_name(vault.vault_id, made_at),
            made_by=user.name,
            made_at=made_at,
            keep_days=keep,
            progress=step,
            cancel=cancel,
        )
        deleted = self._rotate(folder, keep, keep_only=path.name)
        with transaction(self.session.conn):
            self.session.record(
                "vault_backed_up",
                path.name,
                {
                    "backup": path.name,
                    "head_seq": manifest.head_seq,
                    "head_hash": manifest.head_hash,
                    "database_sha256": manifest.database_sha256,
                    "keep_days": keep,
                    "deleted": list(deleted),
                },
            )
        return BackupReport(path, manifest, keep, deleted, len(purged.purged))

    def _rotate(self, folder: Path, keep: int, *, keep_only: str) -> tuple[str, ...]:
        """Delete this vault's backups past the rotation period (never the one just made)."""
        found = vault_backup.backups_of(folder, self.session.vault.vault_id)
        due = [b for b in backups.due_for_deletion(found, self.now(), keep) if b.name != keep_only]
        deleted = []
        for entry in due:
            vault_backup.delete(folder, entry.name)
            deleted.append(entry.name)
        return tuple(deleted)


def _inside(folder: Path, vault_folder: Path) -> bool:
    try:
        folder.resolve().relative_to(vault_folder.resolve())
    except ValueError:
        return False
    return True


# --- restoring ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Restored:
    """A restored vault, open: the session, the backup it came from and what happened."""

    session: Session
    manifest: Manifest
    backup_name: str
    set_aside: Path | None  # where the vault it replaced is kept, if there was one
    purge: PurgeReport


@dataclass(frozen=True, slots=True)
class BackupDescription:
    """What the restore dialog shows of a backup before anything is done."""

    manifest: Manifest
    users: tuple[str, ...]  # who has a key in it (the recovery key aside)
    same_vault: bool | None  # whether it is a backup of the vault in the target; None: no vault


def describe_backup(backup: Path, target: Path) -> BackupDescription:
    """Read a backup's description and key file (nothing is opened or written)."""
    backup, target = Path(backup).expanduser(), Path(target).expanduser()
    manifest = vault_backup.read_manifest(backup)
    users = tuple(LockedVault.open(backup).user_names)
    same = None
    if is_vault(target):
        same = keyslots.read(target).vault_id == manifest.vault_id
    return BackupDescription(manifest, users, same)


def restore(
    backup: Path,
    target: Path,
    *,
    user: str,
    secret: str,
    recovery: bool = False,
    replace: bool = False,
    progress: Callable[[BackupProgress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    clock: Clock | None = None,
) -> Restored:
    """Put a backup in place of the vault in target, log it and purge what expired since.

    The user must be an administrator in the backup (or use its recovery key), with the
    passphrase they had when it was made. The backup is copied and checked beside the vault
    first; only then is the old vault renamed aside (``replace`` must allow that) and the
    copy moved into place, so a failure before that leaves the old vault as it was.
    """
    clock = clock or (lambda: dt.datetime.now(dt.UTC))
    backup, target = Path(backup).expanduser(), Path(target).expanduser()
    manifest = vault_backup.read_manifest(backup)
    replacing = is_vault(target)
    if replacing and not replace:
        raise InputError(codes.RESTORE_TARGET_HOLDS_VAULT, folder=target)
    if not replacing and target.exists() and any(target.iterdir()):
        raise InputError(codes.RESTORE_TARGET_NOT_EMPTY, folder=target)
    target.parent.mkdir(parents=True, exist_ok=True)
    held = instance_lock.acquire_alone(target) if replacing else None
    staging = vault_backup.staging_name(target)
    set_aside: Path | None = None
    try:

        def step(done: int, total: int) -> None:
            if progress is not None:
                progress(BackupProgress(done, total))

        vault_backup.stage(backup, staging, manifest, progress=step, cancel=cancel)
        _check_staged(staging, manifest, user, secret, recovery)
        set_aside = _swap(target, staging, clock())
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if held is not None:
            instance_lock.release(held)
    if set_aside is not None:
        # The lock this restore held moved along with the old vault.
        with contextlib.suppress(OSError):
            (set_aside / instance_lock.LOCK_FILE).unlink()
    session = Session.start(_unlock(target, user, secret, recovery))
    try:
        with transaction(session.conn):
            session.record(
                "vault_restored",
                "vault",
                {
                    "backup": backup.name,
                    "made_at": manifest.made_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "made_by": manifest.made_by,
                    "backup_head": {"seq": manifest.head_seq, "hash": manifest.head_hash},
                    "replaced": set_aside.name if set_aside else None,
                },
            )
        # Whatever expired between the backup and now goes at once (R12).
        purge = RetentionService(session, clock).purge()
    except BaseException:
        session.lock()
        raise
    log.info("vault restored from a backup; %d recordings purged since", len(purge.purged))
    return Restored(session, manifest, backup.name, set_aside, purge)


def _unlock(folder: Path, user: str, secret: str, recovery: bool) -> UnlockedVault:
    locked = LockedVault.open(folder)
    if recovery:
        return locked.unlock_with_recovery_key(secret)
    return locked.unlock(user, secret)


def _check_staged(
    staging: Path, manifest: Manifest, user: str, secret: str, recovery: bool
) -> None:
    """Open the copy with the user's key: the database, its log and the user's rights."""
    vault = _unlock(staging, user, secret, recovery)
    try:
        conn = vault.connect()
        try:
            vault_backup.check_connection(
                conn, manifest.vault_id, (manifest.head_seq, manifest.head_hash)
            )
            if not audit.verify(conn).intact:
                raise DamagedVault(codes.BACKUP_LOG_DOES_NOT_VERIFY)
            if not recovery:
                found = people_repo.user_by_name(conn, user)
                if found is None or not found.is_administrator:
                    raise AccessDenied(codes.ONLY_ADMIN_RESTORE)
        finally:
            conn.close()
    finally:
        vault.lock()


def _swap(target: Path, staging: Path, now: dt.datetime) -> Path | None:
    """Move the old vault aside (if any) and the checked copy into its place."""
    set_aside = None
    try:
        if target.exists() and not any(target.iterdir()):
            target.rmdir()  # an empty folder: nothing to keep
        if target.exists():
            set_aside = vault_backup.set_aside_name(target, now)
            os.replace(target, set_aside)
        try:
            os.replace(staging, target)
        except OSError:
            if set_aside is not None:
                os.replace(set_aside, target)  # put the old vault back as it was
            raise
    except OSError as exc:
        raise UserFacingError(
            codes.VAULT_NOT_REPLACED, folder=target, reason=os_reason(exc)
        ) from None
    return set_aside

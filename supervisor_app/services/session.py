"""A signed-in session: who unlocked which vault, with a connection for the calling thread.

Starting a session is where the log's witnesses are checked (services/witnesses.py): the
unlocking user's own key must be the one the log knows for them, and every slot's last-seen
head must still be in the log. A head that is not is shown loudly and logged once. After
the unlock entry commits, and again after the lock entry, the user's own slot remembers
the head they saw.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from supervisor_app.domain.errors import AccessDenied, ErrorCode
from supervisor_app.domain.people import RoleGrant, User
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as codes
from supervisor_app.services import rekey as rekeying
from supervisor_app.services import witnesses
from supervisor_app.services.witnesses import HeadProblem, HeadWarning
from supervisor_app.vault import audit, keyslots, listen_repo, people_repo
from supervisor_app.vault.audit import KeyRegistry
from supervisor_app.vault.db import Connection, cipher_version, transaction
from supervisor_app.vault.errors import DamagedVault, VaultError
from supervisor_app.vault.keyslots import RECOVERY_SLOT, RekeyJournal
from supervisor_app.vault.signing import Signer
from supervisor_app.vault.vault import LockedVault, UnlockedVault

log = logging.getLogger(__name__)

# Unlocking with the recovery key acts as an administrator, so a forgotten passphrase
# can be reset; every step it takes is logged under this name.
RECOVERY_USER = User(
    id=0,
    name=RECOVERY_SLOT,
    display_name="Recovery key",
    grants=frozenset({RoleGrant(Role.ADMINISTRATOR)}),
)


class Session:
    """An unlocked vault and the user who unlocked it.

    The connection belongs to the thread that created the session. The GUI runs
    ``Session.start`` on its vault worker (ui/core/tasks.py), which then does all the session's
    work; other threads that need the vault open their own with ``vault.connect()``.
    """

    def __init__(
        self,
        vault: UnlockedVault,
        user: User,
        conn: Connection,
        head_warnings: tuple[HeadWarning, ...] = (),
        finished_rekey: RekeyJournal | None = None,
    ) -> None:
        self.vault = vault
        self.user = user
        self.conn = conn
        # Heads some slot vouches for that the log no longer extends, found at unlock.
        self.head_warnings = head_warnings
        # A rekey a crash had interrupted, which this unlock finished.
        self.finished_rekey = finished_rekey

    @classmethod
    def start(cls, vault: UnlockedVault) -> Session:
        """Open the connection, find the user, check the witnesses, log the unlock.

        Also ends listens a crash left open. Raises VaultError when the slot used is not
        the one the log knows for its user (an old copy of a replaced or removed slot).
        """
        conn = vault.connect()
        try:
            if vault.unlocked_as == RECOVERY_SLOT:
                user = RECOVERY_USER
            else:
                found = people_repo.user_by_name(conn, vault.unlocked_as)
                if found is None:
                    raise VaultError(codes.NO_LONGER_A_USER, name=vault.unlocked_as)
                user = found
            registry = audit.key_registry(conn)
            own_registration = _own_key_registration(vault, user, registry)
            interrupted = vault.rekey_pending
            if interrupted is not None:
                if own_registration is not None:
                    raise VaultError(codes.REKEY_INTERRUPTED)
                # A crash interrupted a rekey: finish it now, before anything else is written.
                rekeying.finish(conn, vault, user.name, interrupted=True)
                registry = audit.key_registry(conn)
            warnings = witnesses.check_slots(vault.slot_file, conn, registry)
            clock = witnesses.check_clock(conn, user.name, datetime.now(UTC))
            if clock is not None:
                warnings.append(clock)
            if vault.own_slot.witness is None:
                # A slot's first unlock: vouch for the head as found before signing anything,
                # so a crash between the commit below and the witness after it leaves a slot
                # whose witness the log still extends, not one whose signed entries have none.
                vault.update_witness(*audit.head(conn))
            signer = vault.signer
            failures, failures_read = vault.pending_failed_unlocks()
            with transaction(conn):
                for failure in failures:
                    audit.append(
                        conn,
                        failure.user,
                        "unlock_failed",
                        failure.user,
                        {"at": failure.at, "reason": failure.reason},
                        signer=signer,
                    )
                details: dict[str, Any] = {"recovery_key": user is RECOVERY_USER}
                if own_registration is not None:
                    details[audit.REGISTRATION_FIELD] = [own_registration]
                audit.append(conn, user.name, "unlock", user.name, details, signer=signer)
                for warning in warnings:
                    if warning.problem is HeadProblem.CLOCK_BEHIND:
                        # Logged at every unlock under a wrong clock: each is its own event.
                        audit.append(
                            conn,
                            user.name,
                            witnesses.CLOCK_ACTION,
                            user.name,
                            warning.details(),
                            signer=signer,
                        )
                    elif not witnesses.already_logged(conn, warning):
                        audit.append(
                            conn,
                            user.name,
                            witnesses.LOG_ACTION,
                            warning.user,
                            warning.details(),
                            signer=signer,
                        )
                _write_pending_audit(conn, user, signer)
                _interrupt_left_open(conn, user, signer)
            # Only now that their entries are committed may the failed attempts go.
            vault.forget_failed_unlocks(failures_read)
            vault.update_witness(*audit.head(conn))
        except BaseException:
            conn.close()
            vault.lock()
            raise
        version = ".".join(str(p) for p in cipher_version(conn))
        log.info("vault unlocked; SQLCipher %s", version)
        for warning in warnings:
            log.warning("audit log head not extended: %s at %s", warning.problem, warning.seq)
        if interrupted is not None:
            log.warning("an interrupted rekey was finished at this unlock")
        return cls(vault, user, conn, tuple(warnings), interrupted)

    @property
    def is_recovery(self) -> bool:
        """Whether this session was opened with the recovery key."""
        return self.user is RECOVERY_USER

    def require(self, role: Role, denied: ErrorCode) -> None:
        """Raise AccessDenied with the sentence denied unless the user holds role."""
        if not self.user.has(role):
            raise AccessDenied(denied)

    def record(
        self, action: str, subject: str = "", details: Mapping[str, Any] | None = None
    ) -> None:
        """Append an audit entry, signed with the user's key, in the caller's transaction."""
        audit.append(self.conn, self.user.name, action, subject, details, signer=self.vault.signer)

    @contextmanager
    def on_this_thread(self) -> Iterator[Session]:
        """The same user and key with a connection of the calling thread's own.

        SQLCipher connections must stay in the thread that opened them, so a worker thread
        uses this instead of ``self``; the connection is closed when the block ends.
        """
        conn = self.vault.connect()
        try:
            yield Session(self.vault, self.user, conn, self.head_warnings, self.finished_rekey)
        finally:
            conn.close()

    def refresh_user(self) -> None:
        """Reload the user's roles after they were changed."""
        if not self.is_recovery:
            found = people_repo.user_by_name(self.conn, self.user.name)
            if found is not None:
                self.user = found

    def lock(self) -> None:
        """Log the lock, close the connection and drop the key."""
        if self.vault.is_locked:
            return
        try:
            with transaction(self.conn):
                self.record("lock", self.user.name)
            self.vault.update_witness(*audit.head(self.conn))
        except VaultError:
            pass  # the key goes regardless; a read-only disk must not keep the vault open
        finally:
            self.conn.close()
            self.vault.lock()
        log.info("vault locked")


def _own_key_registration(
    vault: UnlockedVault, user: User, registry: KeyRegistry
) -> dict[str, str] | None:
    """Check the unlocking slot's key against the log; its registration if it needs one.

    A key the log retired belongs to a slot that was replaced or removed: an old copy of the
    key file, which must not act in the user's name. A key the log never saw is registered
    by the unlock itself, but only for a user who has no key yet (a slot from before signing
    keys); otherwise it is a slot the log cannot vouch for.
    """
    signer = vault.signer
    info = registry.keys.get(signer.key_id)
    if info is not None and info.user == user.name.casefold() and info.state != "retired":
        return None
    refused = DamagedVault(codes.SIGNING_KEY_UNKNOWN, name=user.name)
    if info is not None or registry.current_key(user.name) is not None:
        raise refused
    return keyslots.registration(vault.own_slot)


# The entries schema migrations leave in pending_audit (vault/migrations.py). A step that
# writes another action must add it here: anything else found there was put in by hand.
MIGRATION_ACTIONS: Final = frozenset({"retention_recomputed"})
PENDING_REFUSED: Final = "pending_audit_refused"


def _write_pending_audit(conn: Connection, user: User, signer: Signer) -> None:
    """Log what a schema migration did (it ran before anyone could sign for it), then forget it.

    The unlocking user signs these entries, like every other entry of their unlock. Anyone
    who holds the database key can add rows to pending_audit, so only a migration's own
    actions are written, and never one that registers a signing key: otherwise a slot
    holder could have the next user sign a forged event, or a key in someone else's name.
    What is refused is logged by its action and subject only, and dropped.
    """
    rows = conn.execute("SELECT id, action, subject, details FROM pending_audit ORDER BY id")
    for row_id, action, subject, details in rows.fetchall():
        parsed = _json_object(details)
        if action in MIGRATION_ACTIONS and parsed is not None:
            if audit.REGISTRATION_FIELD not in parsed:
                audit.append(
                    conn, user.name, action, subject, {**parsed, "by": "migration"}, signer=signer
                )
                conn.execute("DELETE FROM pending_audit WHERE id = ?", (row_id,))
                continue
            reason = "it registers a signing key"
        else:
            reason = "not an entry a schema migration writes"
        log.warning("a row in pending_audit was refused: %s", reason)
        audit.append(
            conn,
            user.name,
            PENDING_REFUSED,
            str(action)[:100],
            {"action": str(action)[:100], "subject": str(subject)[:100], "reason": reason},
            signer=signer,
        )
        conn.execute("DELETE FROM pending_audit WHERE id = ?", (row_id,))


def _json_object(text: object) -> dict[str, Any] | None:
    """text parsed as a JSON object, or None."""
    try:
        parsed = json.loads(text) if isinstance(text, str) else None
    except (ValueError, RecursionError):
        return None
    return parsed if isinstance(parsed, dict) else None


def _interrupt_left_open(conn: Connection, user: User, signer: Signer) -> None:
    """Close the listen sessions a crashed or killed run left open, and log each one.

    Run at unlock, before this process can have opened a session of its own. The entry
    holds what a listen_ended entry would, as far as it was flushed before the end.
    """
    for row in listen_repo.interrupt_open_sessions(conn):
        audit.append(
            conn,
            user.name,
            "listen_interrupted",
            f"recording:{row.recording_id}",
            signer=signer,
            details={
                "session": row.id,
                "purpose": row.purpose_id,
                "intervals_s": [
                    [round(s / row.samplerate, 3), round(e / row.samplerate, 3)]
                    for s, e in row.intervals
                ],
                "seconds_heard": round(row.seconds_heard, 3),
                "state": row.state,
            },
        )


# --- unlocking: the one way in, for the desktop app and the command line ------------------------


def unlock(folder: Path, name: str, passphrase: str) -> Session:
    """Open the vault in folder as name (Argon2 runs here: call it off the GUI thread)."""
    return Session.start(LockedVault.open(folder).unlock(name, passphrase))


def unlock_with_recovery_key(folder: Path, recovery_key: str) -> Session:
    """Open the vault in folder with its recovery key, acting as an administrator."""
    return Session.start(LockedVault.open(folder).unlock_with_recovery_key(recovery_key))


def user_names(folder: Path) -> list[str]:
    """Who has a key slot in the vault in folder (read from keyslots.json, no key needed)."""
    return LockedVault.open(folder).user_names


def unlock_delay(folder: Path, name: str) -> float:
    """Seconds the next try for name waits after several wrong passphrases (0 if none)."""
    return LockedVault.open(folder).unlock_delay(name)

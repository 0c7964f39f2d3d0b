"""A signed-in session: who unlocked which vault, with a connection for the calling thread."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from supervisor_app.domain.errors import AccessDenied
from supervisor_app.domain.people import RoleGrant, User
from supervisor_app.domain.roles import Role
from supervisor_app.vault import audit, listen_repo, people_repo
from supervisor_app.vault.db import Connection, cipher_version, transaction
from supervisor_app.vault.errors import VaultError
from supervisor_app.vault.keyslots import RECOVERY_SLOT
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

    The connection belongs to the thread that created the session; workers on other
    threads open their own with ``vault.connect()``.
    """

    def __init__(self, vault: UnlockedVault, user: User, conn: Connection) -> None:
        self.vault = vault
        self.user = user
        self.conn = conn

    @classmethod
    def start(cls, vault: UnlockedVault) -> Session:
        """Open the connection, find the user, log the unlock; end listens a crash left open."""
        conn = vault.connect()
        try:
            if vault.unlocked_as == RECOVERY_SLOT:
                user = RECOVERY_USER
            else:
                found = people_repo.user_by_name(conn, vault.unlocked_as)
                if found is None:
                    raise VaultError(
                        f"“{vault.unlocked_as}” has a key but is no longer a user of this vault; "
                        "ask an administrator."
                    )
                user = found
            with transaction(conn):
                for failure in vault.take_failed_unlocks():
                    audit.append(
                        conn,
                        failure.user,
                        "unlock_failed",
                        failure.user,
                        {"at": failure.at, "reason": failure.reason},
                    )
                audit.append(
                    conn, user.name, "unlock", user.name, {"recovery_key": user is RECOVERY_USER}
                )
                _write_pending_audit(conn, user)
                _interrupt_left_open(conn, user)
        except BaseException:
            conn.close()
            vault.lock()
            raise
        version = ".".join(str(p) for p in cipher_version(conn))
        log.info("vault unlocked; SQLCipher %s", version)
        return cls(vault, user, conn)

    @property
    def is_recovery(self) -> bool:
        """Whether this session was opened with the recovery key."""
        return self.user is RECOVERY_USER

    def require(self, role: Role, action: str) -> None:
        """Raise AccessDenied unless the user holds role; action completes the sentence."""
        if not self.user.has(role):
            raise AccessDenied(f"Only {_role_phrase(role)} can {action}.")

    def record(
        self, action: str, subject: str = "", details: Mapping[str, Any] | None = None
    ) -> None:
        """Append an audit entry in the caller's transaction."""
        audit.append(self.conn, self.user.name, action, subject, details)

    @contextmanager
    def on_this_thread(self) -> Iterator[Session]:
        """The same user and key with a connection of the calling thread's own.

        SQLCipher connections must stay in the thread that opened them, so a worker thread
        uses this instead of ``self``; the connection is closed when the block ends.
        """
        conn = self.vault.connect()
        try:
            yield Session(self.vault, self.user, conn)
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
        except VaultError:
            pass  # the key goes regardless; a read-only disk must not keep the vault open
        finally:
            self.conn.close()
            self.vault.lock()
        log.info("vault locked")


def _write_pending_audit(conn: Connection, user: User) -> None:
    """Log what a schema migration did (it ran before anyone could sign for it), then forget it."""
    rows = conn.execute("SELECT id, action, subject, details FROM pending_audit ORDER BY id")
    for row_id, action, subject, details in rows.fetchall():
        audit.append(conn, user.name, action, subject, {**json.loads(details), "by": "migration"})
        conn.execute("DELETE FROM pending_audit WHERE id = ?", (row_id,))


def _interrupt_left_open(conn: Connection, user: User) -> None:
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
            {
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


def unlock(folder: Path, name: str, passphrase: str) -> Session:
    """Open the vault in folder as name (Argon2 runs here: call it off the GUI thread)."""
    return Session.start(LockedVault.open(folder).unlock(name, passphrase))


def _role_phrase(role: Role) -> str:
    return {
        Role.ADMINISTRATOR: "an administrator",
        Role.TEAM_LEAD: "a team lead",
        Role.QUALITY_COACH: "a quality coach",
        Role.AUDITOR: "an auditor",
    }[role]

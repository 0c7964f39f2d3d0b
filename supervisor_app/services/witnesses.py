"""Witnesses of the audit log: the heads each slot vouches for, checked at every unlock.

Each key slot remembers, signed with its user's key, the last log head (seq and hash) that
user saw. If the log no longer holds that entry, or holds a different one there, someone
shortened or rewrote it after that user looked: no one can make the signature of a witness
in someone else's name, and rewriting the log cannot keep another user's head in place.
The same goes for anchors, signed heads kept outside the vault (services/anchors.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from supervisor_app.vault import audit
from supervisor_app.vault.audit import KeyRegistry
from supervisor_app.vault.db import Connection
from supervisor_app.vault.keyslots import Slot, SlotFile, witness_is_signed
from supervisor_app.vault.signing import key_id


class HeadProblem(StrEnum):
    """What is wrong with a head a witness or an anchor vouches for."""

    MISSING = "missing"  # the log ends before the entry the head names
    REWRITTEN = "rewritten"  # the log holds another entry at that place
    FORGED = "forged"  # the witness's signature does not hold
    UNKNOWN_KEY = "unknown_key"  # the key file holds a signing key the log never registered
    REMOVED = "removed"  # a user who signed entries has no witness any more
    CLOCK_BEHIND = "clock_behind"  # the computer's clock is earlier than the log's newest entry


@dataclass(frozen=True, slots=True)
class HeadWarning:
    """One head that the log no longer extends, and whose it was."""

    problem: HeadProblem
    user: str
    seq: int
    expected_hash: str = ""
    found_hash: str = ""
    log_length: int = 0
    # For CLOCK_BEHIND: when the newest entry was written, and what the clock says now.
    written_at: str = ""
    clock_at: str = ""

    def sentence(self) -> str:
        """The warning in English, for the command line and the app log of the UI."""
        match self.problem:
            case HeadProblem.MISSING:
                return (
                    f"The audit log was shortened: {self.user} saw it reach entry {self.seq}, "
                    f"but it now ends at entry {self.log_length}. Tell the privacy officer."
                )
            case HeadProblem.REWRITTEN:
                return (
                    f"The audit log was rewritten: entry {self.seq} is not the one {self.user} "
                    "saw there. Tell the privacy officer."
                )
            case HeadProblem.FORGED:
                return (
                    f"The last log head recorded for {self.user} in keyslots.json is not signed "
                    "by their key: the key file was altered. Tell the privacy officer."
                )
            case HeadProblem.UNKNOWN_KEY:
                return (
                    f"The key of {self.user} in keyslots.json is not the one the audit log "
                    "registered for them: the key file was altered. Tell the privacy officer."
                )
            case HeadProblem.CLOCK_BEHIND:
                return (
                    f"This computer's clock says {self.clock_at}, but audit log entry {self.seq} "
                    f"was written at {self.written_at}: the clock was set back. Deadlines and "
                    "deletions go by the wrong date until it is right. Correct the clock and "
                    "tell the privacy officer."
                )
            case HeadProblem.REMOVED:
                return (
                    f"The last log head {self.user} saw is missing from keyslots.json: the key "
                    "file was altered or restored from an old copy. Tell the privacy officer."
                )
        raise AssertionError(self.problem)  # pragma: no cover

    def details(self) -> dict[str, Any]:
        """What the audit entry that records the warning holds."""
        if self.problem is HeadProblem.CLOCK_BEHIND:
            return {
                "problem": self.problem.value,
                "user": self.user,
                "seq": self.seq,
                "written_at": self.written_at,
                "clock_at": self.clock_at,
            }
        return {
            "problem": self.problem.value,
            "user": self.user,
            "seq": self.seq,
            "expected_hash": self.expected_hash,
            "found_hash": self.found_hash,
        }


def check_head(user: str, seq: int, expected_hash: str, conn: Connection) -> HeadWarning | None:
    """Whether the log still holds entry seq with expected_hash; the warning if not."""
    found = audit.hash_at(conn, seq)
    if found == expected_hash:
        return None
    if found is None:
        length = audit.head(conn)[0]
        if seq > length:
            return HeadWarning(HeadProblem.MISSING, user, seq, expected_hash, "", length)
    return HeadWarning(HeadProblem.REWRITTEN, user, seq, expected_hash, found or "")


def check_slots(
    slot_file: SlotFile, conn: Connection, registry: KeyRegistry | None = None
) -> list[HeadWarning]:
    """Check the head every slot of the vault vouches for against the log."""
    registry = registry if registry is not None else audit.key_registry(conn)
    warnings: list[HeadWarning] = []
    for slot in slot_file.slots:
        warning = check_slot(slot, slot_file.vault_id, conn, registry)
        if warning is not None:
            warnings.append(warning)
    return warnings


def check_slot(
    slot: Slot, vault_id: str, conn: Connection, registry: KeyRegistry
) -> HeadWarning | None:
    """The warning for one slot's witness, or None when the log extends it."""
    if slot.signing is None:
        return None  # a slot from before signing keys vouches for nothing yet
    kid = key_id(slot.signing.public_key)
    info = registry.keys.get(kid)
    witness = slot.witness
    if info is None and registry.current_key(slot.name) is None:
        # An old slot given its key at an unlock that has not registered it yet: it vouches at
        # most for the head that unlock found, written before its registering entry commits.
        if witness is None:
            return None
        if not witness_is_signed(slot, vault_id):
            return HeadWarning(HeadProblem.FORGED, slot.name, witness.seq)
        return (
            None
            if witness.seq == 0
            else check_head(slot.name, witness.seq, witness.head_hash, conn)
        )
    if info is None or info.user != slot.name.casefold():
        return HeadWarning(HeadProblem.UNKNOWN_KEY, slot.name, 0)
    if witness is None:
        # Every unlock leaves a witness, so a user whose key has signed has one.
        if kid in registry.used:
            return HeadWarning(HeadProblem.REMOVED, slot.name, 0)
        return None
    if not witness_is_signed(slot, vault_id):
        return HeadWarning(HeadProblem.FORGED, slot.name, witness.seq)
    if witness.seq == 0:
        return None
    return check_head(slot.name, witness.seq, witness.head_hash, conn)


def check_clock(conn: Connection, user: str, now: datetime) -> HeadWarning | None:
    """A warning when now is clearly earlier than one of the newest entries of the log.

    Entries are written with the clock of the moment, so a clock behind the newest one was
    set back (by mistake, or to keep a recording past its deletion, or a deadline from
    passing). A few minutes of drift between computers are allowed for.
    """
    # The latest time among the newest entries (their times are fixed-width ISO text, so
    # text order is time order): a clock set back during a session wrote some of them.
    row = conn.execute(
        "SELECT seq, at FROM (SELECT seq, at FROM audit_log ORDER BY seq DESC LIMIT ?)"
        " ORDER BY at DESC LIMIT 1",
        (CLOCK_WINDOW,),
    ).fetchone()
    if row is None:
        return None
    try:
        written = datetime.strptime(str(row[1]), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None  # an entry's time in another form: the chain check names an edited entry
    if now >= written - CLOCK_TOLERANCE:
        return None
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    return HeadWarning(
        HeadProblem.CLOCK_BEHIND,
        user,
        int(row[0]),
        written_at=written.strftime(stamp),
        clock_at=now.astimezone(UTC).strftime(stamp),
    )


def already_logged(conn: Connection, warning: HeadWarning) -> bool:
    """Whether an earlier unlock logged this very warning (it is logged once, shown always)."""
    row = conn.execute(
        "SELECT 1 FROM audit_log WHERE action = ? AND subject = ? AND details = ? LIMIT 1",
        (LOG_ACTION, warning.user, audit.canonical_details(warning.details())),
    ).fetchone()
    return row is not None


LOG_ACTION = "log_head_not_extended"
CLOCK_ACTION = "clock_behind_log"
CLOCK_TOLERANCE = timedelta(minutes=10)
CLOCK_WINDOW = 1000  # newest entries whose times are compared with the clock

"""Whether the vault's records still say what the audit log says about them.

The signed log cannot stop a slot holder from editing the tables beside it: deleting the
notice of their own listen so the agent is never told, marking it sent without sending it,
deleting the listen session so the Listen log and the transparency report no longer count
it, or shortening the intervals it heard. Each of those leaves the log intact, so the log is
read back against the tables: every listen it records must still have its session, with the
same recording, listener, purpose and intervals; every event an agent is told about must
still have its notice; and a notice may only be sent or acknowledged if the log says so.
What a migration logged (``"by": "migration"``) vouches for nothing here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from supervisor_app.vault.db import Connection

LISTEN_START: Final = "listen_started"
LISTEN_ENDS: Final = ("listen_ended", "listen_interrupted")
# Events the agent is told about (services/notifications.py EVENT_ACTIONS); each one's entry
# is the audit_seq of a notice or of a digest's line.
NOTICE_EVENTS: Final = (
    "recording_imported",
    "listen_started",
    "private_call_destroyed",
    "recording_erased",
)
SENT: Final = "notification_sent"
SHEET_SENT: Final = "feedback_sheet_sent"
ACKNOWLEDGED: Final = "notification_acknowledged"
_ACTIONS: Final = (*NOTICE_EVENTS, *LISTEN_ENDS, SENT, SHEET_SENT, ACKNOWLEDGED)


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """One record that no longer agrees with the log entry about it."""

    seq: int  # the log entry that says otherwise (0: a record the log never mentions)
    record: str  # e.g. "listen_session:4", "notification:7"
    problem: str  # missing, altered, unlogged_state, unknown

    def sentence(self) -> str:
        """The finding in English, for the command line."""
        match self.problem:
            case "missing":
                what = f"{self.record} that audit log entry {self.seq} records is missing"
            case "altered":
                what = f"{self.record} no longer says what audit log entry {self.seq} records"
            case "unlogged_state":
                what = f"{self.record} is marked sent or acknowledged, but the log never says so"
            case _:
                what = f"{self.record} is not in the audit log"
        return (
            f"A record was changed outside the app: {what}. The agent may not have been told. "
            "Tell the privacy officer."
        )

    def to_json(self) -> dict[str, Any]:
        """As ``log verify --json`` prints it."""
        return {"seq": self.seq, "record": self.record, "problem": self.problem}


def check(conn: Connection) -> list[RecordProblem]:
    """Every record the log speaks of that is missing, altered or changed without it."""
    return list(_problems(conn))


def _entries(conn: Connection) -> Iterator[tuple[int, str, str, str, dict[str, Any]]]:
    marks = ",".join("?" * len(_ACTIONS))
    cursor = conn.execute(
        f"SELECT seq, actor, action, subject, details FROM audit_log WHERE action IN ({marks})"
        " ORDER BY seq",
        _ACTIONS,
    )
    for seq, actor, action, subject, details in cursor:
        try:
            parsed = json.loads(details)
        except (TypeError, ValueError):
            continue  # the chain check names an entry whose contents are not JSON
        if isinstance(parsed, dict) and parsed.get("by") != "migration":
            yield int(seq), str(actor), str(action), str(subject), parsed


def _problems(conn: Connection) -> Iterator[RecordProblem]:
    sessions = {
        int(r[0]): r[1:]
        for r in conn.execute(
            "SELECT id, recording_id, user_name, purpose_id, samplerate, intervals, state"
            " FROM listen_sessions"
        )
    }
    noticed = {
        int(r[0])
        for r in conn.execute(
            "SELECT audit_seq FROM notifications UNION SELECT audit_seq FROM notification_lines"
        )
    }
    listen_notices = {
        int(r[0]): int(r[1])
        for r in conn.execute(
            "SELECT listen_session_id, audit_seq FROM notifications"
            " WHERE kind = 'listened' AND listen_session_id IS NOT NULL"
        )
    }
    logged_sessions: set[int] = set()
    sent: set[int] = set()
    acknowledged: set[int] = set()
    for seq, actor, action, subject, details in _entries(conn):
        if action in NOTICE_EVENTS and action != LISTEN_START and seq not in noticed:
            yield RecordProblem(seq, f"notice of entry {seq}", "missing")
        if action == LISTEN_START:
            session_id = _int(details.get("session"))
            if session_id is None:
                continue
            logged_sessions.add(session_id)
            row = sessions.get(session_id)
            name = f"listen_session:{session_id}"
            if row is None:
                yield RecordProblem(seq, name, "missing")
            elif (f"recording:{row[0]}", row[1].casefold(), row[2]) != (
                subject,
                actor.casefold(),
                details.get("purpose"),
            ):
                yield RecordProblem(seq, name, "altered")
            notice = listen_notices.get(session_id)
            if notice != seq:
                yield RecordProblem(
                    seq, f"notice of {name}", "missing" if notice is None else "altered"
                )
        elif action in LISTEN_ENDS:
            session_id = _int(details.get("session"))
            row = sessions.get(session_id) if session_id is not None else None
            if row is not None and _heard(row[3], row[4]) != details.get("intervals_s"):
                yield RecordProblem(seq, f"listen_session:{session_id}", "altered")
        elif action in (SENT, ACKNOWLEDGED):
            item = _int(subject.removeprefix("notification:"))
            if item is not None:
                (sent if action == SENT else acknowledged).add(item)
        elif action == SHEET_SENT:
            marked = details.get("notices_marked_sent")
            if isinstance(marked, list):
                sent.update(i for i in marked if isinstance(i, int))
    for session_id in sessions.keys() - logged_sessions:
        yield RecordProblem(0, f"listen_session:{session_id}", "unknown")
    for item, state in conn.execute(
        "SELECT id, state FROM notifications WHERE state <> 'pending' ORDER BY id"
    ):
        if int(item) not in sent or (state == "acknowledged" and int(item) not in acknowledged):
            yield RecordProblem(0, f"notification:{item}", "unlogged_state")


def _heard(samplerate: Any, intervals: Any) -> list[list[float]] | None:
    """A session row's intervals in seconds, as its end entry states them."""
    try:
        frames = json.loads(intervals)
        return [[round(s / samplerate, 3), round(e / samplerate, 3)] for s, e in frames]
    except (TypeError, ValueError, ZeroDivisionError):
        return None


def _int(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None

"""Whether the vault's records still say what the audit log says about them.

The signed log cannot stop a slot holder from editing the tables beside it: deleting the
notice of their own listen so the agent is never told, marking it sent without sending it,
deleting the listen session so the Listen log and the transparency report no longer count
it, or shortening the intervals it heard. Each of those leaves the log intact, so the log is
read back against the tables: every listen it records must still have its session, with the
same recording, listener, purpose and intervals; every event an agent is told about must
still have its notice; and a notice may only be sent or acknowledged if the log says so.
Likewise every imported recording must still be the agent's and team's the import logged,
kept for the purposes it logged: moving a call into one's own team would open it to the
access gate and send its notice to the wrong agent; and every evidence hold, which keeps a
recording past its deletion, must be one the log placed and has not released. What a
migration logged
(``"by": "migration"``) vouches for nothing here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from supervisor_app.vault.db import Connection

IMPORTED: Final = "recording_imported"
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
HOLD_PLACED: Final = "hold_placed"
HOLD_RELEASED: Final = "hold_released"
SENT: Final = "notification_sent"
SHEET_SENT: Final = "feedback_sheet_sent"
ACKNOWLEDGED: Final = "notification_acknowledged"
_ACTIONS: Final = (
    *NOTICE_EVENTS,
    *LISTEN_ENDS,
    SENT,
    SHEET_SENT,
    ACKNOWLEDGED,
    HOLD_PLACED,
    HOLD_RELEASED,
)


class Problem(StrEnum):
    """How a record disagrees with the log."""

    MISSING = "missing"  # the log records it; the vault no longer holds it
    ALTERED = "altered"  # it no longer says what the log records
    UNLOGGED_STATE = "unlogged_state"  # a notice sent or acknowledged without a log entry
    UNKNOWN = "unknown"  # a listen session or evidence hold the log never recorded


class Record(StrEnum):
    """Which kind of record: its ``ident`` is the id (or entry) named with it."""

    LISTEN_SESSION = "listen_session"  # ident: the session's id
    LISTEN_NOTICE = "listen_notice"  # the notice of a listen; ident: the session's id
    EVENT_NOTICE = "event_notice"  # the notice of another event; ident: its entry's seq
    NOTIFICATION = "notification"  # ident: the notice's id
    RECORDING = "recording"  # its agent, team or purposes; ident: the recording's id
    HOLD = "hold"  # an evidence hold, which keeps a recording past its deletion; ident: its id


_NAMES: Final = {
    Record.LISTEN_SESSION: "listen session {ident}",
    Record.LISTEN_NOTICE: "the notice of listen session {ident}",
    Record.EVENT_NOTICE: "the notice of the event in audit log entry {ident}",
    Record.NOTIFICATION: "notice {ident}",
    Record.RECORDING: "recording {ident}",
    Record.HOLD: "evidence hold {ident}",
}


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """One record that no longer agrees with the log entry about it."""

    seq: int  # the log entry that says otherwise (0: none does)
    record: Record
    ident: int
    problem: Problem

    def sentence(self) -> str:
        """The finding in English, for the command line."""
        name = _NAMES[self.record].format(ident=self.ident)
        match self.problem:
            case Problem.MISSING:
                what = f"{name}, which audit log entry {self.seq} records, is missing"
            case Problem.ALTERED:
                what = f"{name} no longer says what audit log entry {self.seq} records"
            case Problem.UNLOGGED_STATE:
                what = f"{name} is marked sent or acknowledged, but the log never says so"
            case _:
                what = f"{name} is not in the audit log"
        return (
            f"A record was changed outside the app: {what}. The agent may not have been told. "
            "Tell the privacy officer."
        )

    def to_json(self) -> dict[str, Any]:
        """As ``log verify --json`` prints it."""
        return {
            "seq": self.seq,
            "record": f"{self.record.value}:{self.ident}",
            "problem": self.problem.value,
        }


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
    # Whose call a recording is and what it is kept for decide who may hear it (the access
    # gate), and which agent is told: the app never changes them after the import.
    recordings = {
        int(r[0]): (r[1], r[2])
        for r in conn.execute("SELECT id, agent_id, team_id FROM recordings")
    }
    purposes: dict[int, set[str]] = {}
    for recording_id, purpose_id in conn.execute(
        "SELECT recording_id, purpose_id FROM recording_purposes"
    ):
        purposes.setdefault(int(recording_id), set()).add(str(purpose_id))
    # A hold keeps a recording from its deletion: one the log never placed, or that the log
    # released, must not keep anything.
    holds = {
        int(r[0]): (f"recording:{r[1]}", r[2], r[3], r[4] is not None)
        for r in conn.execute(
            "SELECT id, recording_id, purpose_id, until, released_at FROM recording_holds"
        )
    }
    placed: set[int] = set()
    logged_sessions: set[int] = set()
    sent: set[int] = set()
    acknowledged: set[int] = set()
    for seq, actor, action, subject, details in _entries(conn):
        if action in NOTICE_EVENTS and action != LISTEN_START and seq not in noticed:
            yield RecordProblem(seq, Record.EVENT_NOTICE, seq, Problem.MISSING)
        if action == IMPORTED:
            recording_id = _int(subject.removeprefix("recording:"))
            if recording_id is None:
                continue
            facts = recordings.get(recording_id)
            logged = details.get("purposes")
            if facts is None:
                yield RecordProblem(seq, Record.RECORDING, recording_id, Problem.MISSING)
            elif facts != (details.get("agent"), details.get("team")) or (
                isinstance(logged, list) and purposes.get(recording_id, set()) != set(logged)
            ):
                yield RecordProblem(seq, Record.RECORDING, recording_id, Problem.ALTERED)
        elif action == LISTEN_START:
            session_id = _int(details.get("session"))
            if session_id is None:
                continue
            logged_sessions.add(session_id)
            row = sessions.get(session_id)
            if row is None:
                yield RecordProblem(seq, Record.LISTEN_SESSION, session_id, Problem.MISSING)
            elif (f"recording:{row[0]}", row[1].casefold(), row[2]) != (
                subject,
                actor.casefold(),
                details.get("purpose"),
            ):
                yield RecordProblem(seq, Record.LISTEN_SESSION, session_id, Problem.ALTERED)
            notice = listen_notices.get(session_id)
            if notice != seq:
                problem = Problem.MISSING if notice is None else Problem.ALTERED
                yield RecordProblem(seq, Record.LISTEN_NOTICE, session_id, problem)
        elif action in LISTEN_ENDS:
            session_id = _int(details.get("session"))
            if session_id is None:
                continue
            row = sessions.get(session_id)
            if row is not None and _heard(row[3], row[4]) != details.get("intervals_s"):
                yield RecordProblem(seq, Record.LISTEN_SESSION, session_id, Problem.ALTERED)
        elif action in (HOLD_PLACED, HOLD_RELEASED):
            hold_id = _int(details.get("hold"))
            if hold_id is None:
                continue
            hold = holds.get(hold_id)
            if action == HOLD_PLACED:
                placed.add(hold_id)
                if hold is None:
                    yield RecordProblem(seq, Record.HOLD, hold_id, Problem.MISSING)
                elif hold[:3] != (subject, details.get("purpose"), details.get("until")):
                    yield RecordProblem(seq, Record.HOLD, hold_id, Problem.ALTERED)
            elif hold is not None and not hold[3]:  # released in the log, active in the vault
                yield RecordProblem(seq, Record.HOLD, hold_id, Problem.ALTERED)
        elif action in (SENT, ACKNOWLEDGED):
            item = _int(subject.removeprefix("notification:"))
            if item is not None:
                (sent if action == SENT else acknowledged).add(item)
        elif action == SHEET_SENT:
            marked = details.get("notices_marked_sent")
            if isinstance(marked, list):
                sent.update(i for i in marked if isinstance(i, int))
    for session_id in sorted(sessions.keys() - logged_sessions):
        yield RecordProblem(0, Record.LISTEN_SESSION, session_id, Problem.UNKNOWN)
    for hold_id in sorted(holds.keys() - placed):
        yield RecordProblem(0, Record.HOLD, hold_id, Problem.UNKNOWN)
    for item, state in conn.execute(
        "SELECT id, state FROM notifications WHERE state <> 'pending' ORDER BY id"
    ):
        if int(item) not in sent or (state == "acknowledged" and int(item) not in acknowledged):
            yield RecordProblem(0, Record.NOTIFICATION, int(item), Problem.UNLOGGED_STATE)


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

"""Rows for listening: listen sessions with their heard intervals."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Final, cast

from supervisor_app.vault.db import Connection
from supervisor_app.vault.recordings_repo import from_text, to_text

OPEN: Final = "open"
CLOSED: Final = "closed"
PRIVATE_DESTROYED: Final = "private_destroyed"
# Found still open at an unlock: the app that played it crashed or was killed.
INTERRUPTED: Final = "interrupted"


@dataclass(frozen=True, slots=True)
class NewListen:
    """A listen session as written before the first sample plays."""

    recording_id: int
    user_id: int
    user_name: str
    role: str
    purpose_id: str
    reason: str
    samplerate: int
    started_at: dt.datetime
    case_reference: str | None = None  # for a purpose that allows evidence holds (a dispute)


@dataclass(frozen=True, slots=True)
class ListenRow:
    """A stored listen session, with the recording's agent and team for the listen log."""

    id: int
    recording_id: int
    agent_id: int
    agent_name: str
    team_id: int
    user_name: str
    role: str
    purpose_id: str
    reason: str
    samplerate: int
    started_at: dt.datetime
    ended_at: dt.datetime | None
    intervals: tuple[tuple[int, int], ...]
    state: str
    case_reference: str | None = None
    recording_status: str = "held"  # purged, erased or private_destroyed once the audio is gone
    audio_deleted_at: dt.datetime | None = None  # when, from its tombstone

    @property
    def seconds_heard(self) -> float:
        """Seconds of distinct audio heard (intervals are stored merged)."""
        return sum(e - s for s, e in self.intervals) / self.samplerate


@dataclass(frozen=True, slots=True)
class ListenFilter:
    """Which sessions the listen log shows; None means no restriction."""

    agent_id: int | None = None
    user_name: str | None = None
    purpose_id: str | None = None
    started_from: dt.datetime | None = None
    started_before: dt.datetime | None = None
    recording_id: int | None = None


# --- sessions ----------------------------------------------------------------------------------


def add_session(conn: Connection, new: NewListen) -> int:
    """Insert an open session; returns its id."""
    cur = conn.execute(
        "INSERT INTO listen_sessions (recording_id, user_id, user_name, role, purpose_id, reason,"
        " samplerate, started_at, case_reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new.recording_id,
            new.user_id,
            new.user_name,
            new.role,
            new.purpose_id,
            new.reason,
            new.samplerate,
            to_text(new.started_at),
            new.case_reference,
        ),
    )
    return int(cast(int, cur.lastrowid))


def save_intervals(conn: Connection, session_id: int, intervals: Sequence[tuple[int, int]]) -> None:
    """Replace an open session's intervals (one autocommitted statement, so it is durable)."""
    conn.execute(
        "UPDATE listen_sessions SET intervals = ? WHERE id = ? AND state = ?",
        (_intervals_text(intervals), session_id, OPEN),
    )


def end_session(
    conn: Connection,
    session_id: int,
    intervals: Sequence[tuple[int, int]],
    ended_at: dt.datetime,
    state: str = CLOSED,
) -> None:
    """Write the final intervals and close the session."""
    conn.execute(
        "UPDATE listen_sessions SET intervals = ?, ended_at = ?, state = ? WHERE id = ?",
        (_intervals_text(intervals), to_text(ended_at), state, session_id),
    )


def interrupt_open_sessions(conn: Connection) -> list[ListenRow]:
    """Mark every open session interrupted, keeping the intervals it flushed; oldest first.

    Only for an unlock: no player of this process can be running yet, so a session still
    open was left by an app that crashed or was killed. Its end is not known: ended_at
    stays empty. Returns the sessions as they are now.
    """
    found = _select(conn, " WHERE l.state = ?", [OPEN], -1, 0)
    conn.executemany(
        "UPDATE listen_sessions SET state = ? WHERE id = ? AND state = ?",
        [(INTERRUPTED, row.id, OPEN) for row in found],
    )
    return sorted((replace(row, state=INTERRUPTED) for row in found), key=lambda r: r.id)


def session(conn: Connection, session_id: int) -> ListenRow | None:
    """One session, or None."""
    rows = _select(conn, " WHERE l.id = ?", [session_id], 1, 0)
    return rows[0] if rows else None


def sessions(
    conn: Connection, filters: ListenFilter, limit: int = 1000, offset: int = 0
) -> list[ListenRow]:
    """Sessions matching the filter, newest first."""
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (
        ("r.agent_id", filters.agent_id),
        ("l.user_name", filters.user_name),
        ("l.purpose_id", filters.purpose_id),
        ("l.recording_id", filters.recording_id),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if filters.started_from is not None:
        clauses.append("l.started_at >= ?")
        params.append(to_text(filters.started_from))
    if filters.started_before is not None:
        clauses.append("l.started_at < ?")
        params.append(to_text(filters.started_before))
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return _select(conn, where, params, limit, offset)


def listeners(conn: Connection) -> list[str]:
    """Everyone who has listened, by name (walks the listener index)."""
    rows = conn.execute("SELECT DISTINCT user_name FROM listen_sessions ORDER BY user_name")
    return sorted((r[0] for r in rows.fetchall()), key=str.casefold)


def agents(conn: Connection) -> list[tuple[str, int]]:
    """The agents whose calls were listened to: (name, id), by name."""
    rows = conn.execute(
        "SELECT a.name, a.id FROM agents a WHERE EXISTS (SELECT 1 FROM listen_sessions l"
        " JOIN recordings r ON r.id = l.recording_id WHERE r.agent_id = a.id)"
    ).fetchall()
    return sorted(((r[0], int(r[1])) for r in rows), key=lambda a: a[0].casefold())


def purposes(conn: Connection) -> list[str]:
    """The purposes listened for (walks the purpose index)."""
    rows = conn.execute("SELECT DISTINCT purpose_id FROM listen_sessions ORDER BY purpose_id")
    return [r[0] for r in rows.fetchall()]


def _select(
    conn: Connection, where: str, params: list[Any], limit: int, offset: int
) -> list[ListenRow]:
    rows = conn.execute(
        "SELECT l.id, l.recording_id, r.agent_id, a.name, r.team_id, l.user_name, l.role,"
        " l.purpose_id, l.reason, l.samplerate, l.started_at, l.ended_at, l.intervals, l.state,"
        " l.case_reference, r.status,"
        " (SELECT t.destroyed_at FROM recording_tombstones t WHERE t.recording_id = l.recording_id)"
        " FROM listen_sessions l JOIN recordings r ON r.id = l.recording_id"
        f" JOIN agents a ON a.id = r.agent_id{where}"
        " ORDER BY l.started_at DESC, l.id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [
        ListenRow(
            id=int(r[0]),
            recording_id=int(r[1]),
            agent_id=int(r[2]),
            agent_name=r[3],
            team_id=int(r[4]),
            user_name=r[5],
            role=r[6],
            purpose_id=r[7],
            reason=r[8],
            samplerate=int(r[9]),
            started_at=from_text(r[10]),
            ended_at=from_text(r[11]) if r[11] else None,
            intervals=tuple((int(s), int(e)) for s, e in json.loads(r[12])),
            state=r[13],
            case_reference=r[14],
            recording_status=r[15],
            audio_deleted_at=from_text(r[16]) if r[16] else None,
        )
        for r in rows
    ]


def _intervals_text(intervals: Sequence[tuple[int, int]]) -> str:
    return json.dumps([[int(s), int(e)] for s, e in intervals], separators=(",", ":"))

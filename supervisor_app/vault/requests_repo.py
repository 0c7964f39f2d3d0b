"""Rows for answering people: the register of requests, and agents' objections to sampling."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, cast

from supervisor_app.domain.requests import RequestKind, RequestState, SubjectKind
from supervisor_app.vault.db import Connection
from supervisor_app.vault.recordings_repo import from_text, to_text

_COLUMNS: Final = (
    "q.id, q.kind, q.subject_kind, q.agent_id, a.name, a.team_id, q.number, q.received_on,"
    " q.verification, q.note, q.deadline, q.state, q.extension_reason, q.extended_by,"
    " q.extended_at, q.outcome_note, q.closed_by, q.closed_at, q.closed_on, q.created_by,"
    " q.created_at"
)
_FROM: Final = " FROM subject_requests q LEFT JOIN agents a ON a.id = q.agent_id"


# --- requests ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewRequest:
    """A request as registered when it arrives."""

    kind: RequestKind
    subject_kind: SubjectKind
    agent_id: int | None
    number: str | None  # E.164, for a caller
    received_on: dt.date
    verification: str
    note: str
    deadline: dt.date
    created_by: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class RequestRow:
    """A request as stored, with its agent's name and team when it is an agent's."""

    id: int
    kind: RequestKind
    subject_kind: SubjectKind
    agent_id: int | None
    agent_name: str | None
    team_id: int | None
    number: str | None
    received_on: dt.date
    verification: str
    note: str
    deadline: dt.date
    state: RequestState
    extension_reason: str | None
    extended_by: str | None
    extended_at: dt.datetime | None
    outcome_note: str | None
    closed_by: str | None
    closed_at: dt.datetime | None
    closed_on: dt.date | None  # the local day it was closed, for "answered in time"
    created_by: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class RequestFilter:
    """Which requests to list; None means no restriction."""

    open_only: bool = False
    kind: RequestKind | None = None
    subject_kind: SubjectKind | None = None
    agent_id: int | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None  # inclusive


def add_request(conn: Connection, new: NewRequest) -> int:
    """Register a request; returns its id. Run in the caller's transaction."""
    cur = conn.execute(
        "INSERT INTO subject_requests (kind, subject_kind, agent_id, number, received_on,"
        " verification, note, deadline, created_by, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new.kind.value,
            new.subject_kind.value,
            new.agent_id,
            new.number,
            new.received_on.isoformat(),
            new.verification,
            new.note,
            new.deadline.isoformat(),
            new.created_by,
            to_text(new.created_at),
        ),
    )
    return int(cast(int, cur.lastrowid))


def extend(
    conn: Connection, request_id: int, deadline: dt.date, reason: str, by: str, at: dt.datetime
) -> bool:
    """Give an open request its extended deadline; False when it was not open any more."""
    cur = conn.execute(
        "UPDATE subject_requests SET state = ?, deadline = ?, extension_reason = ?,"
        " extended_by = ?, extended_at = ? WHERE id = ? AND state = ?",
        (
            RequestState.EXTENDED.value,
            deadline.isoformat(),
            reason,
            by,
            to_text(at),
            request_id,
            RequestState.OPEN.value,
        ),
    )
    return cur.rowcount == 1


def close(
    conn: Connection,
    request_id: int,
    state: RequestState,
    note: str,
    by: str,
    at: dt.datetime,
    on: dt.date,
) -> bool:
    """Close an open or extended request; False when it was closed already."""
    cur = conn.execute(
        "UPDATE subject_requests SET state = ?, outcome_note = ?, closed_by = ?, closed_at = ?,"
        " closed_on = ? WHERE id = ? AND state IN (?, ?)",
        (
            state.value,
            note,
            by,
            to_text(at),
            on.isoformat(),
            request_id,
            RequestState.OPEN.value,
            RequestState.EXTENDED.value,
        ),
    )
    return cur.rowcount == 1


def request(conn: Connection, request_id: int) -> RequestRow | None:
    """One request, or None."""
    row = conn.execute(f"SELECT {_COLUMNS}{_FROM} WHERE q.id = ?", (request_id,)).fetchone()
    return _row(row) if row else None


def requests(conn: Connection, filters: RequestFilter | None = None) -> list[RequestRow]:
    """Requests matching the filter, by deadline (the service orders them for a list)."""
    f = filters or RequestFilter()
    clauses: list[str] = []
    params: list[Any] = []
    if f.open_only:
        clauses.append("q.state IN (?, ?)")
        params += [RequestState.OPEN.value, RequestState.EXTENDED.value]
    for column, value in (
        ("q.kind", f.kind.value if f.kind else None),
        ("q.subject_kind", f.subject_kind.value if f.subject_kind else None),
        ("q.agent_id", f.agent_id),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if f.received_from is not None:
        clauses.append("q.received_on >= ?")
        params.append(f.received_from.isoformat())
    if f.received_to is not None:
        clauses.append("q.received_on <= ?")
        params.append(f.received_to.isoformat())
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(f"SELECT {_COLUMNS}{_FROM}{where} ORDER BY q.deadline, q.id", params)
    return [_row(r) for r in rows.fetchall()]


def count_open_due_by(conn: Connection, last_day: dt.date) -> int:
    """Open requests whose deadline is on or before last_day (the (state, deadline) index)."""
    row = conn.execute(
        "SELECT count(*) FROM subject_requests WHERE state IN (?, ?) AND deadline <= ?",
        (RequestState.OPEN.value, RequestState.EXTENDED.value, last_day.isoformat()),
    ).fetchone()
    return int(row[0])


def _row(r: Sequence[Any]) -> RequestRow:
    return RequestRow(
        id=int(r[0]),
        kind=RequestKind(r[1]),
        subject_kind=SubjectKind(r[2]),
        agent_id=int(r[3]) if r[3] is not None else None,
        agent_name=r[4],
        team_id=int(r[5]) if r[5] is not None else None,
        number=r[6],
        received_on=dt.date.fromisoformat(r[7]),
        verification=r[8],
        note=r[9],
        deadline=dt.date.fromisoformat(r[10]),
        state=RequestState(r[11]),
        extension_reason=r[12],
        extended_by=r[13],
        extended_at=from_text(r[14]) if r[14] else None,
        outcome_note=r[15],
        closed_by=r[16],
        closed_at=from_text(r[17]) if r[17] else None,
        closed_on=dt.date.fromisoformat(r[18]) if r[18] else None,
        created_by=r[19],
        created_at=from_text(r[20]),
    )


# --- objections --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ObjectionRow:
    """An agent's objection to being sampled: set with a reason, lifted with another."""

    id: int
    agent_id: int
    request_id: int | None
    reason: str
    set_by: str
    set_at: dt.datetime
    lifted_by: str | None
    lifted_at: dt.datetime | None
    lift_reason: str | None

    @property
    def active(self) -> bool:
        """Whether it still keeps the agent's calls out of imports."""
        return self.lifted_at is None


def add_objection(
    conn: Connection,
    agent_id: int,
    request_id: int | None,
    reason: str,
    by: str,
    at: dt.datetime,
) -> int:
    """Record an objection; the unique index refuses a second active one for the agent."""
    cur = conn.execute(
        "INSERT INTO agent_objections (agent_id, request_id, reason, set_by, set_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (agent_id, request_id, reason, by, to_text(at)),
    )
    return int(cast(int, cur.lastrowid))


def lift_objection(conn: Connection, agent_id: int, reason: str, by: str, at: dt.datetime) -> int:
    """Lift the agent's active objection; returns its id, or 0 when there was none."""
    found = active_objection(conn, agent_id)
    if found is None:
        return 0
    conn.execute(
        "UPDATE agent_objections SET lifted_by = ?, lifted_at = ?, lift_reason = ?"
        " WHERE id = ? AND lifted_at IS NULL",
        (by, to_text(at), reason, found.id),
    )
    return found.id


def active_objection(conn: Connection, agent_id: int) -> ObjectionRow | None:
    """The agent's objection in force, if any."""
    found = objections(conn, agent_id=agent_id, active_only=True)
    return found[0] if found else None


def objecting_agents(conn: Connection) -> frozenset[int]:
    """Every agent with an objection in force: the scope keeps their calls out."""
    rows = conn.execute("SELECT agent_id FROM agent_objections WHERE lifted_at IS NULL")
    return frozenset(int(r[0]) for r in rows.fetchall())


def objections(
    conn: Connection, *, agent_id: int | None = None, active_only: bool = False
) -> list[ObjectionRow]:
    """Objections, newest first."""
    clauses: list[str] = []
    params: list[Any] = []
    if agent_id is not None:
        clauses.append("agent_id = ?")
        params.append(agent_id)
    if active_only:
        clauses.append("lifted_at IS NULL")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        "SELECT id, agent_id, request_id, reason, set_by, set_at, lifted_by, lifted_at,"
        f" lift_reason FROM agent_objections{where} ORDER BY id DESC",
        params,
    ).fetchall()
    return [
        ObjectionRow(
            id=int(r[0]),
            agent_id=int(r[1]),
            request_id=int(r[2]) if r[2] is not None else None,
            reason=r[3],
            set_by=r[4],
            set_at=from_text(r[5]),
            lifted_by=r[6],
            lifted_at=from_text(r[7]) if r[7] else None,
            lift_reason=r[8],
        )
        for r in rows
    ]


# --- what an erasure answered ------------------------------------------------------------------


def erased_for(conn: Connection, request_id: int) -> list[int]:
    """The recordings erased to answer a request, by id."""
    rows = conn.execute(
        "SELECT recording_id FROM recording_tombstones WHERE request_id = ? ORDER BY recording_id",
        (request_id,),
    ).fetchall()
    return [int(r[0]) for r in rows]

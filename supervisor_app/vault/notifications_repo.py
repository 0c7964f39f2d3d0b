"""Rows for notices to agents: items with their state, and one line per reported event."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, cast

from supervisor_app.domain.notifications import Channel, Due, Item, Kind, State
from supervisor_app.vault.audit import AuditEntry, entry_hash
from supervisor_app.vault.db import Connection
from supervisor_app.vault.recordings_repo import from_text, to_text

_COLUMNS: Final = (
    "n.id, n.kind, n.agent_id, a.name, n.team_id, n.listen_session_id, n.digest_week,"
    " n.created_at, n.due_on, n.due_at, n.state, n.channel, n.sent_by, n.sent_at, n.note,"
    " n.acknowledged_at, n.audit_seq, n.receipt,"
    " (SELECT group_concat(recording_id) FROM (SELECT recording_id FROM notification_lines l"
    "   WHERE l.notification_id = n.id ORDER BY l.audit_seq))"
)
_FROM: Final = " FROM notifications n JOIN agents a ON a.id = n.agent_id"


@dataclass(frozen=True, slots=True)
class NewItem:
    """A notice as queued in the transaction of the event it reports."""

    kind: Kind
    agent_id: int
    team_id: int
    recording_id: int
    audit_seq: int  # the event's audit entry
    receipt: str  # the receipt code of that entry
    created_at: dt.datetime
    due: Due
    listen_session_id: int | None = None
    digest_week: str | None = None


@dataclass(frozen=True, slots=True)
class Line:
    """One reported event of an item: the recording, its log entry and receipt."""

    recording_id: int
    audit_seq: int
    receipt: str
    added_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ItemFilter:
    """Which items to list; None means no restriction.

    ``team_ids`` is how the services scope a user to their teams: an empty set lists nothing.
    ``overdue_at`` keeps only items pending past their deadline at that time.
    """

    item_id: int | None = None
    states: frozenset[State] | None = None
    team_ids: frozenset[int] | None = None
    agent_id: int | None = None
    kind: Kind | None = None
    overdue_at: dt.datetime | None = None
    listen_session_id: int | None = None
    receipt: str | None = None


def add_item(conn: Connection, new: NewItem) -> int:
    """Insert an item with its first line; returns its id. Run in the event's transaction."""
    cur = conn.execute(
        "INSERT INTO notifications (kind, agent_id, team_id, listen_session_id, digest_week,"
        " created_at, due_on, due_at, audit_seq, receipt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new.kind.value,
            new.agent_id,
            new.team_id,
            new.listen_session_id,
            new.digest_week,
            to_text(new.created_at),
            new.due.on.isoformat(),
            to_text(new.due.overdue_from),
            new.audit_seq,
            new.receipt,
        ),
    )
    item_id = int(cast(int, cur.lastrowid))
    _insert_line(conn, item_id, new)
    return item_id


def pending_digest(conn: Connection, agent_id: int, week: str) -> int | None:
    """The agent's digest for an ISO week that has not been sent yet, if any."""
    row = conn.execute(
        "SELECT id FROM notifications WHERE agent_id = ? AND digest_week = ? AND state = ?"
        " ORDER BY id DESC LIMIT 1",
        (agent_id, week, State.PENDING.value),
    ).fetchone()
    return int(row[0]) if row else None


def add_line(conn: Connection, item_id: int, new: NewItem) -> None:
    """Add an event to a pending digest: the receipt moves to it, the deadline only earlier."""
    _insert_line(conn, item_id, new)
    conn.execute(
        "UPDATE notifications SET audit_seq = ?, receipt = ? WHERE id = ? AND state = ?",
        (new.audit_seq, new.receipt, item_id, State.PENDING.value),
    )
    conn.execute(
        "UPDATE notifications SET due_on = ?, due_at = ? WHERE id = ? AND due_at > ?",
        (
            new.due.on.isoformat(),
            to_text(new.due.overdue_from),
            item_id,
            to_text(new.due.overdue_from),
        ),
    )


def _insert_line(conn: Connection, item_id: int, new: NewItem) -> None:
    conn.execute(
        "INSERT INTO notification_lines (notification_id, recording_id, audit_seq, receipt,"
        " added_at) VALUES (?, ?, ?, ?, ?)",
        (item_id, new.recording_id, new.audit_seq, new.receipt, to_text(new.created_at)),
    )


def set_sent(
    conn: Connection, item_id: int, channel: Channel, by: str, at: dt.datetime, note: str
) -> bool:
    """Mark a pending item sent; False when it was not pending (nothing changed)."""
    cur = conn.execute(
        "UPDATE notifications SET state = ?, channel = ?, sent_by = ?, sent_at = ?, note = ?"
        " WHERE id = ? AND state = ?",
        (State.SENT.value, channel.value, by, to_text(at), note, item_id, State.PENDING.value),
    )
    return cur.rowcount == 1


def set_acknowledged(conn: Connection, item_id: int, by: str, at: dt.datetime, note: str) -> bool:
    """Mark a sent item acknowledged by the agent; False when it was not sent."""
    cur = conn.execute(
        "UPDATE notifications SET state = ?, acknowledged_by = ?, acknowledged_at = ?,"
        " note = CASE WHEN ? = '' THEN note WHEN note = '' THEN ? ELSE note || ' · ' || ? END"
        " WHERE id = ? AND state = ?",
        (
            State.ACKNOWLEDGED.value,
            by,
            to_text(at),
            note,
            note,
            note,
            item_id,
            State.SENT.value,
        ),
    )
    return cur.rowcount == 1


def item(conn: Connection, item_id: int) -> Item | None:
    """One item, or None."""
    found = _select(conn, " WHERE n.id = ?", [item_id], 1, 0)
    return found[0] if found else None


def items(
    conn: Connection, filters: ItemFilter, limit: int = 10_000, offset: int = 0
) -> list[Item]:
    """Items matching the filter, the earliest deadline first."""
    where, params = _where(filters)
    return _select(conn, where, params, limit, offset)


def count(conn: Connection, filters: ItemFilter) -> int:
    """How many items match (the overdue count is answered from the (state, due_at) index)."""
    where, params = _where(filters)
    return int(conn.execute("SELECT count(*) FROM notifications n" + where, params).fetchone()[0])


def lines(conn: Connection, item_id: int) -> list[Line]:
    """An item's lines, oldest event first."""
    rows = conn.execute(
        "SELECT recording_id, audit_seq, receipt, added_at FROM notification_lines"
        " WHERE notification_id = ? ORDER BY audit_seq",
        (item_id,),
    ).fetchall()
    return [Line(int(r[0]), int(r[1]), r[2], from_text(r[3])) for r in rows]


def lines_for_receipt(conn: Connection, receipt: str) -> list[tuple[int, Line]]:
    """(item id, line) for every line that carries this receipt code."""
    rows = conn.execute(
        "SELECT notification_id, recording_id, audit_seq, receipt, added_at"
        " FROM notification_lines WHERE receipt = ? ORDER BY audit_seq",
        (receipt,),
    ).fetchall()
    return [(int(r[0]), Line(int(r[1]), int(r[2]), r[3], from_text(r[4]))) for r in rows]


def _where(filters: ItemFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []

    def among(column: str, values: Sequence[Any]) -> None:
        clauses.append(f"{column} IN ({','.join('?' * len(values))})" if values else "0")
        params.extend(values)

    if filters.states is not None:
        among("n.state", sorted(s.value for s in filters.states))
    if filters.team_ids is not None:
        among("n.team_id", sorted(filters.team_ids))
    for column, value in (
        ("n.id", filters.item_id),
        ("n.agent_id", filters.agent_id),
        ("n.kind", filters.kind.value if filters.kind else None),
        ("n.listen_session_id", filters.listen_session_id),
        ("n.receipt", filters.receipt),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if filters.overdue_at is not None:
        clauses.append("n.state = ? AND n.due_at <= ?")
        params += [State.PENDING.value, to_text(filters.overdue_at)]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _select(conn: Connection, where: str, params: list[Any], limit: int, offset: int) -> list[Item]:
    rows = conn.execute(
        f"SELECT {_COLUMNS}{_FROM}{where} ORDER BY n.due_at, n.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [
        Item(
            id=int(r[0]),
            kind=Kind(r[1]),
            agent_id=int(r[2]),
            agent_name=r[3],
            team_id=int(r[4]),
            listen_session_id=int(r[5]) if r[5] is not None else None,
            digest_week=r[6],
            created_at=from_text(r[7]),
            due_on=dt.date.fromisoformat(r[8]),
            overdue_from=from_text(r[9]),
            state=State(r[10]),
            channel=Channel(r[11]) if r[11] else None,
            sent_by=r[12],
            sent_at=from_text(r[13]) if r[13] else None,
            note=r[14],
            acknowledged_at=from_text(r[15]) if r[15] else None,
            audit_seq=int(r[16]),
            receipt=r[17],
            recording_ids=tuple(int(x) for x in (r[18] or "").split(",") if x),
        )
        for r in rows
    ]


def entries_by_hash_prefix(conn: Connection, prefix: str) -> list[tuple[AuditEntry, bool]]:
    """Audit entries whose stored hash starts with prefix (lowercase hex), oldest first.

    Each comes with whether its contents still hash to the stored hash given the stored
    previous hash (the rest of the chain is audit.verify's job). A range on the unique hash
    index finds them without reading the log.
    """
    rows = conn.execute(
        "SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log"
        " WHERE hash >= ? AND hash < ? ORDER BY seq",
        (prefix, prefix + "g"),  # "g" sorts after every hex digit
    ).fetchall()
    found: list[tuple[AuditEntry, bool]] = []
    for seq, at, actor, action, subject, details, prev_hash, digest in rows:
        try:
            intact = entry_hash(prev_hash, seq, at, actor, action, subject, details) == digest
            parsed = json.loads(details)
        except (json.JSONDecodeError, TypeError):
            intact, parsed = False, {}
        if not isinstance(parsed, dict):
            intact, parsed = False, {}
        entry = AuditEntry(seq, at, actor, action, subject, parsed, prev_hash, digest)
        found.append((entry, intact))
    return found

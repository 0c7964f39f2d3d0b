"""Rows for forgetting: deadlines, evidence holds, purge runs, tombstones and freed space."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final, cast

from supervisor_app.domain.access import Hold
from supervisor_app.domain.retention import PurposeDeadline
from supervisor_app.vault import coaching_repo
from supervisor_app.vault.db import Connection
from supervisor_app.vault.recordings_repo import from_text, to_text

HELD: Final = "held"
PURGED: Final = "purged"
_IN_LIMIT: Final = 500


# --- deadlines ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeptRecording:
    """A recording that still holds audio: when the call began and each purpose's deadline."""

    id: int
    started_at: dt.datetime
    purposes: tuple[PurposeDeadline, ...]


def kept_recordings(conn: Connection) -> Iterator[KeptRecording]:
    """Every recording that still holds audio, with its purposes' deadlines, by id."""
    rows = conn.execute(
        "SELECT r.id, r.started_at, p.purpose_id, p.retain_until FROM recordings r"
        " JOIN recording_purposes p ON p.recording_id = r.id"
        " WHERE r.status = ? ORDER BY r.id, p.rowid",
        (HELD,),
    )
    current: tuple[int, str] | None = None
    purposes: list[PurposeDeadline] = []
    for rec_id, started, purpose_id, until in rows:
        key = (int(rec_id), str(started))
        if current is not None and key[0] != current[0]:
            yield KeptRecording(current[0], from_text(current[1]), tuple(purposes))
            purposes = []
        current = key
        purposes.append(PurposeDeadline(purpose_id, from_text(until)))
    if current is not None:
        yield KeptRecording(current[0], from_text(current[1]), tuple(purposes))


def set_deadlines(conn: Connection, changed: Iterable[tuple[int, PurposeDeadline]]) -> int:
    """Store new purpose deadlines and refresh each recording's own; returns how many changed."""
    pairs = list(changed)
    conn.executemany(
        "UPDATE recording_purposes SET retain_until = ? WHERE recording_id = ? AND purpose_id = ?",
        [(to_text(p.retain_until), rec_id, p.purpose_id) for rec_id, p in pairs],
    )
    refresh_deadlines(conn, {rec_id for rec_id, _ in pairs})
    return len(pairs)


def refresh_deadlines(conn: Connection, recording_ids: Iterable[int]) -> None:
    """Set each recording's deadline to the latest of its purposes' deadlines."""
    conn.executemany(
        "UPDATE recordings SET retain_until = (SELECT max(p.retain_until)"
        " FROM recording_purposes p WHERE p.recording_id = recordings.id) WHERE id = ?",
        [(rec_id,) for rec_id in sorted(recording_ids)],
    )


def _not_held_sql(alias: str) -> str:
    # An active hold: not released, and its last day (local date text) not yet behind us.
    return (
        "NOT EXISTS (SELECT 1 FROM recording_holds h WHERE h.recording_id = "
        f"{alias}.id AND h.released_at IS NULL AND (h.until IS NULL OR h.until >= ?))"
    )


def due(conn: Connection, now: dt.datetime, today: dt.date, limit: int = -1) -> list[int]:
    """Recordings past their deadline at now and under no active hold, oldest deadline first.

    ``today`` is now's date in the policy's time zone (a hold's last day is a local date).
    The status/deadline index gives the candidates; only those are checked for holds.
    """
    rows = conn.execute(
        "SELECT r.id FROM recordings r WHERE r.status = ? AND r.retain_until <= ? AND "
        + _not_held_sql("r")
        + " ORDER BY r.retain_until, r.id LIMIT ?",
        (HELD, to_text(now), today.isoformat(), limit),
    ).fetchall()
    return [int(r[0]) for r in rows]


def count_due(conn: Connection, now: dt.datetime, today: dt.date) -> int:
    """How many recordings ``due`` would return."""
    row = conn.execute(
        "SELECT count(*) FROM recordings r WHERE r.status = ? AND r.retain_until <= ? AND "
        + _not_held_sql("r"),
        (HELD, to_text(now), today.isoformat()),
    ).fetchone()
    return int(row[0])


def next_deadline(conn: Connection, now: dt.datetime, today: dt.date) -> dt.datetime | None:
    """The earliest deadline after now of a recording that no hold keeps."""
    row = conn.execute(
        "SELECT min(r.retain_until) FROM recordings r WHERE r.status = ? AND r.retain_until > ?"
        " AND " + _not_held_sql("r"),
        (HELD, to_text(now), today.isoformat()),
    ).fetchone()
    return from_text(row[0]) if row and row[0] else None


def count_due_between(
    conn: Connection, start: dt.datetime, end: dt.datetime, today: dt.date
) -> int:
    """How many unheld recordings reach their deadline in [start, end)."""
    row = conn.execute(
        "SELECT count(*) FROM recordings r WHERE r.status = ? AND r.retain_until >= ?"
        " AND r.retain_until < ? AND " + _not_held_sql("r"),
        (HELD, to_text(start), to_text(end), today.isoformat()),
    ).fetchone()
    return int(row[0])


# --- holds -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HoldRow:
    """An evidence hold as stored, with the recording's agent and team for lists."""

    id: int
    recording_id: int
    agent_id: int
    team_id: int
    purpose_id: str
    case_reference: str
    reason: str
    until: dt.date | None
    placed_by: str
    placed_at: dt.datetime
    released_by: str | None
    released_at: dt.datetime | None
    release_reason: str | None

    def active(self, today: dt.date) -> bool:
        """Whether it still keeps the recording on the local day today."""
        return self.released_at is None and (self.until is None or self.until >= today)


@dataclass(frozen=True, slots=True)
class NewHold:
    """A hold as placed."""

    recording_id: int
    purpose_id: str
    case_reference: str
    reason: str
    until: dt.date | None
    placed_by: str
    placed_at: dt.datetime


def add_hold(conn: Connection, hold: NewHold) -> int:
    """Place a hold; returns its id."""
    cur = conn.execute(
        "INSERT INTO recording_holds (recording_id, purpose_id, case_reference, reason, until,"
        " placed_by, placed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            hold.recording_id,
            hold.purpose_id,
            hold.case_reference,
            hold.reason,
            hold.until.isoformat() if hold.until else None,
            hold.placed_by,
            to_text(hold.placed_at),
        ),
    )
    return int(cast(int, cur.lastrowid))


def release_hold(conn: Connection, hold_id: int, by: str, at: dt.datetime, reason: str) -> bool:
    """Release a hold that is not released yet; False if there was none to release."""
    cur = conn.execute(
        "UPDATE recording_holds SET released_by = ?, released_at = ?, release_reason = ?"
        " WHERE id = ? AND released_at IS NULL",
        (by, to_text(at), reason, hold_id),
    )
    return cur.rowcount == 1


_HOLD_COLUMNS: Final = (
    "h.id, h.recording_id, r.agent_id, r.team_id, h.purpose_id, h.case_reference, h.reason,"
    " h.until, h.placed_by, h.placed_at, h.released_by, h.released_at, h.release_reason"
    " FROM recording_holds h JOIN recordings r ON r.id = h.recording_id"
)


def hold(conn: Connection, hold_id: int) -> HoldRow | None:
    """One hold, or None."""
    row = conn.execute(f"SELECT {_HOLD_COLUMNS} WHERE h.id = ?", (hold_id,)).fetchone()
    return _hold(row) if row else None


def holds(
    conn: Connection,
    *,
    recording_ids: Sequence[int] | None = None,
    team_ids: frozenset[int] | None = None,
    unreleased_only: bool = False,
) -> list[HoldRow]:
    """Holds, newest first, narrowed to recordings and teams when given."""
    clauses: list[str] = []
    params: list[Any] = []
    if recording_ids is not None:
        ids = sorted(set(recording_ids))[:_IN_LIMIT]
        clauses.append(f"h.recording_id IN ({','.join('?' * len(ids))})" if ids else "0")
        params += ids
    if team_ids is not None:
        teams = sorted(team_ids)
        clauses.append(f"r.team_id IN ({','.join('?' * len(teams))})" if teams else "0")
        params += teams
    if unreleased_only:
        clauses.append("h.released_at IS NULL")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(f"SELECT {_HOLD_COLUMNS}{where} ORDER BY h.id DESC", params).fetchall()
    return [_hold(r) for r in rows]


def active_holds(conn: Connection, recording_id: int, today: dt.date) -> tuple[Hold, ...]:
    """The holds that keep a recording on the local day today, as the access gate sees them."""
    return tuple(
        Hold(h.purpose_id, h.case_reference)
        for h in reversed(holds(conn, recording_ids=[recording_id], unreleased_only=True))
        if h.active(today)
    )


def _hold(r: Sequence[Any]) -> HoldRow:
    return HoldRow(
        id=int(r[0]),
        recording_id=int(r[1]),
        agent_id=int(r[2]),
        team_id=int(r[3]),
        purpose_id=r[4],
        case_reference=r[5],
        reason=r[6],
        until=dt.date.fromisoformat(r[7]) if r[7] else None,
        placed_by=r[8],
        placed_at=from_text(r[9]),
        released_by=r[10],
        released_at=from_text(r[11]) if r[11] else None,
        release_reason=r[12],
    )


# --- purge runs --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PurgeRun:
    """One run of the purge: who started it, when, under which policy, what it removed."""

    id: int
    started_at: dt.datetime
    started_by: str
    policy_version: int
    finished_at: dt.datetime | None
    purged: int


def start_run(conn: Connection, by: str, at: dt.datetime, policy_version: int) -> int:
    """Record that a purge run starts; returns its id."""
    cur = conn.execute(
        "INSERT INTO purge_runs (started_at, started_by, policy_version) VALUES (?, ?, ?)",
        (to_text(at), by, policy_version),
    )
    return int(cast(int, cur.lastrowid))


def finish_run(conn: Connection, run_id: int, at: dt.datetime) -> int | None:
    """Close a run with the number of tombstones it left; that number, or None if closed.

    None means another run (a second window, or the next run after a crash) closed it first.
    """
    purged = int(
        conn.execute(
            "SELECT count(*) FROM recording_tombstones WHERE purge_run = ?", (run_id,)
        ).fetchone()[0]
    )
    cur = conn.execute(
        "UPDATE purge_runs SET finished_at = ?, purged = ? WHERE id = ? AND finished_at IS NULL",
        (to_text(at), purged, run_id),
    )
    return purged if cur.rowcount == 1 else None


def unfinished_runs(conn: Connection) -> list[PurgeRun]:
    """Runs a crash or a lock stopped before they were closed, oldest first."""
    return _runs(conn, "WHERE finished_at IS NULL ORDER BY id")


def last_run(conn: Connection) -> PurgeRun | None:
    """The newest finished run."""
    found = _runs(conn, "WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1")
    return found[0] if found else None


def _runs(conn: Connection, tail: str) -> list[PurgeRun]:
    rows = conn.execute(
        "SELECT id, started_at, started_by, policy_version, finished_at, purged FROM purge_runs "
        + tail
    ).fetchall()
    return [
        PurgeRun(
            id=int(r[0]),
            started_at=from_text(r[1]),
            started_by=r[2],
            policy_version=int(r[3]),
            finished_at=from_text(r[4]) if r[4] else None,
            purged=int(r[5]),
        )
        for r in rows
    ]


def run_recordings(conn: Connection, run_id: int) -> list[int]:
    """The recordings a run purged, by id."""
    rows = conn.execute(
        "SELECT recording_id FROM recording_tombstones WHERE purge_run = ? ORDER BY recording_id",
        (run_id,),
    ).fetchall()
    return [int(r[0]) for r in rows]


# --- tombstones and destroying audio -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tombstone:
    """Proof that a recording's audio was destroyed: what it was, when, why and by whom."""

    recording_id: int
    kind: str  # private_call, purged or erased
    reason: str
    destroyed_by: str
    destroyed_at: dt.datetime
    agent_id: int
    started_at: dt.datetime
    stored_at: dt.datetime
    purposes: tuple[tuple[str, str], ...]  # (purpose id, retain_until text) as they were
    audio_sha256: str
    audio_size: int
    team_id: int | None = None
    retain_until: dt.datetime | None = None  # the deadline it had (purges)
    purge_run: int | None = None
    request_id: int | None = None  # the request an erasure answered


def destroy_audio(conn: Connection, tombstone: Tombstone, status: str) -> int:
    """Delete a recording's audio and what was derived from or written about it; keep a tombstone.

    Run inside the caller's transaction; the connection has secure_delete on, so the freed
    pages are overwritten. Returns how many chunks were deleted.
    """
    deleted = conn.execute(
        "DELETE FROM audio_chunks WHERE recording_id = ?", (tombstone.recording_id,)
    ).rowcount
    # The waveform and the other party's number come from the call itself: they go too.
    conn.execute("DELETE FROM recording_peaks WHERE recording_id = ?", (tombstone.recording_id,))
    # So do the scores, comments and notes about the call: they follow its retention.
    coaching_repo.delete_for_recording(conn, tombstone.recording_id)
    conn.execute(
        "UPDATE recordings SET status = ?, remote_number = NULL WHERE id = ?",
        (status, tombstone.recording_id),
    )
    t = tombstone
    conn.execute(
        "INSERT INTO recording_tombstones (recording_id, kind, reason, destroyed_by,"
        " destroyed_at, agent_id, started_at, stored_at, purposes, audio_sha256, audio_size,"
        " team_id, retain_until, purge_run, request_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            t.recording_id,
            t.kind,
            t.reason,
            t.destroyed_by,
            to_text(t.destroyed_at),
            t.agent_id,
            to_text(t.started_at),
            to_text(t.stored_at),
            json.dumps([list(p) for p in t.purposes], separators=(",", ":")),
            t.audio_sha256,
            t.audio_size,
            t.team_id,
            to_text(t.retain_until) if t.retain_until else None,
            t.purge_run,
            t.request_id,
        ),
    )
    return int(deleted)


_TOMBSTONE_COLUMNS: Final = (
    "recording_id, kind, reason, destroyed_by, destroyed_at, agent_id, started_at, stored_at,"
    " purposes, audio_sha256, audio_size, team_id, retain_until, purge_run, request_id"
)


def tombstone(conn: Connection, recording_id: int) -> Tombstone | None:
    """A recording's tombstone, if its audio was destroyed."""
    found = tombstones(conn, [recording_id])
    return found.get(recording_id)


def tombstones(conn: Connection, recording_ids: Sequence[int]) -> dict[int, Tombstone]:
    """The tombstones of the given recordings that have one."""
    found: dict[int, Tombstone] = {}
    ids = list(dict.fromkeys(recording_ids))
    for start in range(0, len(ids), _IN_LIMIT):
        part = ids[start : start + _IN_LIMIT]
        rows = conn.execute(
            f"SELECT {_TOMBSTONE_COLUMNS} FROM recording_tombstones"
            f" WHERE recording_id IN ({','.join('?' * len(part))})",
            part,
        )
        for r in rows:
            stone = _tombstone(r)
            found[stone.recording_id] = stone
    return found


def _tombstone(r: Sequence[Any]) -> Tombstone:
    return Tombstone(
        recording_id=int(r[0]),
        kind=r[1],
        reason=r[2],
        destroyed_by=r[3],
        destroyed_at=from_text(r[4]),
        agent_id=int(r[5]),
        started_at=from_text(r[6]),
        stored_at=from_text(r[7]),
        purposes=tuple((str(p[0]), str(p[1])) for p in json.loads(r[8])),
        audio_sha256=r[9],
        audio_size=int(r[10]),
        team_id=int(r[11]) if r[11] is not None else None,
        retain_until=from_text(r[12]) if r[12] else None,
        purge_run=int(r[13]) if r[13] is not None else None,
        request_id=int(r[14]) if r[14] is not None else None,
    )


def reclaim_space(conn: Connection) -> None:
    """Give freed pages back to the file system, so destroyed audio leaves no free pages.

    A vault made before incremental auto-vacuum existed is switched to it on the first call
    (a one-time full VACUUM); later calls only release the free pages. The WAL is then
    folded in and truncated, so no copy of the old pages stays in it. Run it outside a
    transaction, with no reader of the deleted rows left open.
    """
    if int(conn.execute("PRAGMA auto_vacuum").fetchone()[0]) != 2:
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute("VACUUM")
    else:
        conn.execute("PRAGMA incremental_vacuum").fetchall()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def free_pages(conn: Connection) -> int:
    """Pages the file holds that no table uses (what reclaim_space gives back)."""
    return int(conn.execute("PRAGMA freelist_count").fetchone()[0])

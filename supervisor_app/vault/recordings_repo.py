"""Imported recordings in the vault: batches, drawn calls, recordings, purposes, FLAC chunks."""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final, Protocol, cast

from supervisor_app.domain.retention import PurposeDeadline
from supervisor_app.vault.db import Connection
from supervisor_app.vault.migrations import sort_name

CHUNK_SIZE: Final = 256 * 1024  # a few hundred KB: small enough to stream, few rows per call
_IN_LIMIT: Final = 500  # fingerprints per IN (...) query, well under SQLite's variable limit
_TIME_FORMAT: Final = "%Y-%m-%dT%H:%M:%SZ"  # fixed width, so text order is time order


def to_text(moment: dt.datetime) -> str:
    """An aware time as the vault stores it: UTC, ISO 8601, to the second."""
    return moment.astimezone(dt.UTC).strftime(_TIME_FORMAT)


def from_text(text: str) -> dt.datetime:
    """A stored time back as an aware UTC datetime."""
    return dt.datetime.strptime(text, _TIME_FORMAT).replace(tzinfo=dt.UTC)


# --- batches -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewBatch:
    """What a batch records before any audio is stored: how it drew, and from what."""

    source: str
    mode: str
    seed: str
    policy_version: int
    imported_by: str
    started_at: dt.datetime
    sampling: Mapping[str, Any]
    candidates: Sequence[tuple[str, str]]  # (fingerprint, stratum text), sorted by fingerprint
    selected: frozenset[str]


@dataclass(frozen=True, slots=True)
class BatchRow:
    """A stored batch, as verification and reports read it."""

    id: int
    source: str
    mode: str
    seed: str
    policy_version: int
    imported_by: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    counts: dict[str, Any]
    sampling: dict[str, Any]
    candidates: list[tuple[str, str]]
    selected: list[str]


def add_batch(conn: Connection, batch: NewBatch) -> int:
    """Store a batch and mark each candidate as drawn (selected or not); returns its id."""
    cur = conn.execute(
        "INSERT INTO import_batches (source, mode, seed, policy_version, imported_by,"
        " started_at, candidates, selected, sampling) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            batch.source,
            batch.mode,
            batch.seed,
            batch.policy_version,
            batch.imported_by,
            to_text(batch.started_at),
            _compact([list(c) for c in sorted(batch.candidates)]),
            _compact(sorted(batch.selected)),
            _compact(batch.sampling),
        ),
    )
    batch_id = int(cast(int, cur.lastrowid))
    conn.executemany(
        "INSERT INTO import_candidates (fingerprint, batch_id, selected) VALUES (?, ?, ?)",
        [(fp, batch_id, int(fp in batch.selected)) for fp, _ in batch.candidates],
    )
    return batch_id


def batch_digests(candidates: Sequence[tuple[str, str]], selected: Iterable[str]) -> dict[str, str]:
    """SHA-256 of a batch's candidates and selection as stored, for the audit log."""
    return {
        "candidates_sha256": sha256(_compact([list(c) for c in sorted(candidates)]).encode()),
        "selected_sha256": sha256(_compact(sorted(selected)).encode()),
    }


def sha256(data: bytes) -> str:
    """SHA-256 hex of bytes."""
    return hashlib.sha256(data).hexdigest()


def finish_batch(
    conn: Connection, batch_id: int, counts: Mapping[str, Any], finished_at: dt.datetime | None
) -> None:
    """Store a run's counts; finished_at stays empty for a run that was cancelled."""
    conn.execute(
        "UPDATE import_batches SET counts = ?, finished_at = ? WHERE id = ?",
        (_compact(counts), to_text(finished_at) if finished_at else None, batch_id),
    )


def batch(conn: Connection, batch_id: int) -> BatchRow | None:
    """One batch with its candidates and selection, or None."""
    row = conn.execute(
        "SELECT id, source, mode, seed, policy_version, imported_by, started_at, finished_at,"
        " counts, sampling, candidates, selected FROM import_batches WHERE id = ?",
        (batch_id,),
    ).fetchone()
    if row is None:
        return None
    return BatchRow(
        id=int(row[0]),
        source=row[1],
        mode=row[2],
        seed=row[3],
        policy_version=int(row[4]),
        imported_by=row[5],
        started_at=from_text(row[6]),
        finished_at=from_text(row[7]) if row[7] else None,
        counts=json.loads(row[8]),
        sampling=json.loads(row[9]),
        candidates=[(str(c[0]), str(c[1])) for c in json.loads(row[10])],
        selected=[str(s) for s in json.loads(row[11])],
    )


def drawn(conn: Connection, fingerprints: Iterable[str]) -> dict[str, tuple[int, bool]]:
    """For each fingerprint already drawn in some batch: (batch id, whether it was selected)."""
    found: dict[str, tuple[int, bool]] = {}
    for part in _parts(fingerprints):
        rows = conn.execute(
            "SELECT fingerprint, batch_id, selected FROM import_candidates"
            f" WHERE fingerprint IN ({','.join('?' * len(part))})",
            part,
        )
        found.update({r[0]: (int(r[1]), bool(r[2])) for r in rows})
    return found


def stored(conn: Connection, fingerprints: Iterable[str]) -> dict[str, str]:
    """For each fingerprint with a recording (whatever its status): the source file's SHA-256."""
    found: dict[str, str] = {}
    for part in _parts(fingerprints):
        rows = conn.execute(
            "SELECT fingerprint, source_sha256 FROM recordings"
            f" WHERE fingerprint IN ({','.join('?' * len(part))})",
            part,
        )
        found.update({r[0]: r[1] for r in rows})
    return found


def find(conn: Connection, source: str, call_id: str, source_sha256: str) -> int | None:
    """The recording imported from this call and file, if any (the idempotency key)."""
    row = conn.execute(
        "SELECT id FROM recordings WHERE source = ? AND call_id = ? AND source_sha256 = ?",
        (source, call_id, source_sha256),
    ).fetchone()
    return int(row[0]) if row else None


def unstored_selection(conn: Connection, batch_id: int) -> int:
    """How many calls the batch selected have no recording in the vault (yet)."""
    row = conn.execute(
        "SELECT count(*) FROM import_candidates c WHERE c.batch_id = ? AND c.selected = 1"
        " AND NOT EXISTS (SELECT 1 FROM recordings r WHERE r.fingerprint = c.fingerprint)",
        (batch_id,),
    ).fetchone()
    return int(row[0])


def batch_recordings(conn: Connection, batch_id: int) -> dict[int, str]:
    """Recording id → fingerprint for every recording a batch stored."""
    rows = conn.execute("SELECT id, fingerprint FROM recordings WHERE batch_id = ?", (batch_id,))
    return {int(r[0]): r[1] for r in rows}


# --- storing a recording -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewRecording:
    """The facts of one recording as imported; the audio comes separately."""

    batch_id: int
    source: str
    call_id: str
    fingerprint: str
    source_sha256: str
    agent_id: int
    team_id: int
    started_at: dt.datetime
    direction: str | None
    remote_number: str | None
    queue: str | None
    campaign: str | None
    samplerate: int
    channels: int
    frames: int
    audio_sha256: str
    peaks: bytes

    @property
    def duration_s(self) -> float:
        """Length in seconds."""
        return self.frames / self.samplerate


def add_recording(
    conn: Connection,
    recording: NewRecording,
    flac: bytes,
    deadlines: Sequence[PurposeDeadline],
    stored_at: dt.datetime,
) -> int:
    """Store a recording, the purposes it is held for until when, and its audio in chunks.

    Returns its id. Run it inside the caller's transaction: the rows only make sense together.
    """
    r = recording
    last = max((d.retain_until for d in deadlines), default=None)
    names = conn.execute(
        "SELECT a.name, t.name FROM agents a, teams t WHERE a.id = ? AND t.id = ?",
        (r.agent_id, r.team_id),
    ).fetchone()
    agent_sort, team_sort = (sort_name(names[0]), sort_name(names[1])) if names else ("", "")
    cur = conn.execute(
        "INSERT INTO recordings (batch_id, source, call_id, fingerprint, source_sha256,"
        " agent_id, team_id, started_at, direction, remote_number, queue, campaign, duration_s,"
        " samplerate, channels, frames, audio_size, audio_sha256, stored_at, retain_until,"
        " agent_sort, team_sort)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            r.batch_id,
            r.source,
            r.call_id,
            r.fingerprint,
            r.source_sha256,
            r.agent_id,
            r.team_id,
            to_text(r.started_at),
            r.direction,
            r.remote_number,
            r.queue,
            r.campaign,
            r.duration_s,
            r.samplerate,
            r.channels,
            r.frames,
            len(flac),
            r.audio_sha256,
            to_text(stored_at),
            to_text(last) if last else None,
            agent_sort,
            team_sort,
        ),
    )
    recording_id = int(cast(int, cur.lastrowid))
    if r.peaks:
        conn.execute(
            "INSERT INTO recording_peaks (recording_id, peaks) VALUES (?, ?)",
            (recording_id, r.peaks),
        )
    conn.executemany(
        "INSERT INTO recording_purposes (recording_id, purpose_id, retain_until) VALUES (?, ?, ?)",
        [(recording_id, d.purpose_id, to_text(d.retain_until)) for d in deadlines],
    )
    _write_chunks(conn, recording_id, flac)
    return recording_id


def _write_chunks(conn: Connection, recording_id: int, flac: bytes) -> None:
    """Store the FLAC in CHUNK_SIZE pieces, each written into its row through a blob handle.

    Why not bind the bytes to the INSERT: SQLite would copy every chunk into memory of its
    own, and with cipher_memory_security on, SQLCipher overwrites each such copy with random
    bytes when it is freed, which cost as much CPU as encrypting the audio. A zeroblob row
    filled through the handle goes straight into the (encrypted) pages.
    """
    view = memoryview(flac)  # slices without copying the FLAC again
    blob_conn = cast(_BlobConnection, conn)
    for seq, start in enumerate(range(0, len(flac), CHUNK_SIZE)):
        piece = view[start : start + CHUNK_SIZE]
        cur = conn.execute(
            "INSERT INTO audio_chunks (recording_id, seq, data) VALUES (?, ?, zeroblob(?))",
            (recording_id, seq, len(piece)),
        )
        blob = blob_conn.open_blob("audio_chunks", "data", int(cast(int, cur.lastrowid)))
        try:
            blob.write(piece)
        finally:
            blob.close()


# --- listing -----------------------------------------------------------------------------------


class SortKey(StrEnum):
    """Columns the recordings list can be sorted on."""

    STARTED_AT = "started_at"
    AGENT = "agent"
    TEAM = "team"
    DURATION = "duration"
    DIRECTION = "direction"
    RETENTION = "retention"


# Each expression is never NULL and has an index per status and one across all (migrations
# step 10), so a page is an index walk that starts right after the last row shown (keyset
# paging). Every index ends in the team, and ties are broken by team, then id, in that order:
# a team lead's list checks the team in the index itself while it walks, without reading
# the rows of other teams.
_TIES: Final = "r.team_id, r.id"
_ORDER: Final = {
    SortKey.STARTED_AT: "r.started_at",
    SortKey.AGENT: "r.agent_sort",
    SortKey.TEAM: "r.team_sort",
    SortKey.DURATION: "r.duration_s",
    SortKey.DIRECTION: "ifnull(r.direction, '')",
    SortKey.RETENTION: "ifnull(r.retain_until, '')",
}


@dataclass(frozen=True, slots=True)
class RecordingFilter:
    """Which recordings to list; None means no restriction on that field.

    ``team_ids`` is how the services scope a user to their teams: an empty set lists nothing.
    """

    team_ids: frozenset[int] | None = None
    agent_ids: frozenset[int] | None = None
    started_from: dt.datetime | None = None
    started_before: dt.datetime | None = None
    direction: str | None = None
    purpose_id: str | None = None
    batch_id: int | None = None
    status: str | None = "held"
    on_hold: bool = False  # only recordings an unreleased evidence hold keeps


@dataclass(frozen=True, slots=True)
class PurposeHold:
    """A purpose a recording is held for, and until when."""

    purpose_id: str
    retain_until: dt.datetime


@dataclass(frozen=True, slots=True)
class RecordingSummary:
    """One line of the recordings list: facts about the call, no audio and no number."""

    id: int
    batch_id: int
    agent_id: int
    agent_name: str
    team_id: int
    team_name: str
    started_at: dt.datetime
    duration_s: float
    direction: str | None
    queue: str | None
    campaign: str | None
    status: str
    stored_at: dt.datetime
    retain_until: dt.datetime | None  # when the last purpose ends: purged then, unless held
    on_hold: bool = False  # an unreleased evidence hold names it
    purposes: tuple[PurposeHold, ...] = field(default=())
    sort_value: Any = None  # the value the list was sorted on (where the next page starts)

    def key(self) -> PageKey:
        """Where a page after (or before) this row starts, in the order it was listed in."""
        return PageKey(self.sort_value, self.team_id, self.id)


@dataclass(frozen=True, slots=True)
class PageKey:
    """A row's place in a sorted list: its sort value and, to break ties, its team and id.

    The team comes before the id because every sort index ends in the team (see _ORDER).
    """

    value: Any
    team_id: int
    id: int


@dataclass(frozen=True, slots=True)
class RecordingDetail:
    """Everything stored about one recording except the audio itself."""

    summary: RecordingSummary
    source: str
    call_id: str
    fingerprint: str
    source_sha256: str
    remote_number: str | None
    samplerate: int
    channels: int
    frames: int
    audio_size: int
    audio_sha256: str
    peaks: bytes


_SUMMARY_COLUMNS: Final = (
    "r.id, r.batch_id, r.agent_id, a.name, r.team_id, t.name, r.started_at, r.duration_s,"
    " r.direction, r.queue, r.campaign, r.status, r.stored_at, r.retain_until,"
    " EXISTS (SELECT 1 FROM recording_holds h WHERE h.recording_id = r.id"
    " AND h.released_at IS NULL)"
)
_FROM: Final = (
    " FROM recordings r JOIN agents a ON a.id = r.agent_id JOIN teams t ON t.id = r.team_id"
)


def _where(filters: RecordingFilter, *, in_order: bool = False) -> tuple[str, list[Any]]:
    """The WHERE clause; every condition is on an indexed column of recordings.

    ``in_order`` is for a list that walks its sort index: a user's teams are then checked
    on each row rather than looked up (the unary ``+`` keeps SQLite from starting at the
    teams' index and sorting all their rows, seconds at 100,000 recordings).
    """
    clauses: list[str] = []
    params: list[Any] = []

    def among(column: str, values: frozenset[int]) -> None:
        ordered = sorted(values)
        clauses.append(f"{column} IN ({','.join('?' * len(ordered))})" if ordered else "0")
        params.extend(ordered)

    if filters.team_ids is not None:
        among("+r.team_id" if in_order else "r.team_id", filters.team_ids)
    if filters.agent_ids is not None:
        among("r.agent_id", filters.agent_ids)
    if filters.status is not None:
        clauses.append("r.status = ?")
        params.append(filters.status)
    if filters.started_from is not None:
        clauses.append("r.started_at >= ?")
        params.append(to_text(filters.started_from))
    if filters.started_before is not None:
        clauses.append("r.started_at < ?")
        params.append(to_text(filters.started_before))
    if filters.direction is not None:
        # The same expression as the direction index (a missing direction sorts as '').
        clauses.append("ifnull(r.direction, '') = ?")
        params.append(filters.direction)
    if filters.batch_id is not None:
        clauses.append("r.batch_id = ?")
        params.append(filters.batch_id)
    if filters.purpose_id is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM recording_purposes p"
            " WHERE p.recording_id = r.id AND p.purpose_id = ?)"
        )
        params.append(filters.purpose_id)
    if filters.on_hold:
        clauses.append(
            "EXISTS (SELECT 1 FROM recording_holds h"
            " WHERE h.recording_id = r.id AND h.released_at IS NULL)"
        )
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _walks_in_order(filters: RecordingFilter) -> bool:
    """Whether a page walks its sort index: with a status or across all, but not one agent's."""
    return filters.agent_ids is None and filters.batch_id is None


def count(conn: Connection, filters: RecordingFilter) -> int:
    """How many recordings match (answered from indexes for the usual filters)."""
    where, params = _where(filters)
    return int(conn.execute("SELECT count(*) FROM recordings r" + where, params).fetchone()[0])


def page(
    conn: Connection,
    offset: int,
    limit: int,
    sort: SortKey = SortKey.STARTED_AT,
    descending: bool = True,
    filters: RecordingFilter | None = None,
    *,
    after: PageKey | None = None,
    before: PageKey | None = None,
    from_end: bool = False,
) -> list[RecordingSummary]:
    """One page of the list, sorted; the id breaks ties so pages never overlap.

    Where the page starts: right after the row ``after`` or right before the row ``before``
    (keyset paging: an index walk from there, as fast at row 90,000 as at row 1), the last
    ``limit`` rows when ``from_end``, else ``offset`` rows in (which must skip them one by
    one: only for a jump into the middle).
    """
    filters = filters or RecordingFilter()
    where, params = _where(filters, in_order=_walks_in_order(filters))
    order = _ORDER[sort]
    # Walking backwards (before a row, or from the end) reverses the order; the rows are
    # turned round again below.
    backwards = before is not None or from_end
    forward_desc = descending != backwards
    direction = "DESC" if forward_desc else "ASC"
    edge = after or before
    if edge is not None:
        beyond = "<" if forward_desc else ">"
        where += (" AND " if where else " WHERE ") + f"({order}, {_TIES}) {beyond} (?, ?, ?)"
        params += [edge.value, edge.team_id, edge.id]
    sql = (
        f"SELECT {_SUMMARY_COLUMNS}, {order}{_FROM}{where}"
        f" ORDER BY {order} {direction}, r.team_id {direction}, r.id {direction}"
        " LIMIT ? OFFSET ?"
    )
    skip = 0 if edge is not None or from_end else offset
    rows = conn.execute(sql, [*params, limit, skip]).fetchall()
    if backwards:
        rows.reverse()
    holds = _purposes(conn, [int(r[0]) for r in rows])
    return [_summary(r, holds.get(int(r[0]), ()), sort_value=r[15]) for r in rows]


def position(
    conn: Connection,
    recording_id: int,
    sort: SortKey = SortKey.STARTED_AT,
    descending: bool = True,
    filters: RecordingFilter | None = None,
) -> int | None:
    """The row a recording has in the sorted, filtered list, or None when it is not listed.

    Lets a list that starts over (after a change) keep the row the user had chosen.
    """
    filters = filters or RecordingFilter()
    where, params = _where(filters, in_order=_walks_in_order(filters))
    order = _ORDER[sort]
    found = conn.execute(
        f"SELECT {order}, r.team_id{_FROM}{where}{' AND' if where else ' WHERE'} r.id = ?",
        [*params, recording_id],
    ).fetchone()
    if found is None:
        return None
    # The rows listed before it: larger keys when the list runs high to low.
    ahead = ">" if descending else "<"
    where += (" AND " if where else " WHERE ") + f"({order}, {_TIES}) {ahead} (?, ?, ?)"
    key = [found[0], found[1], recording_id]
    counted = conn.execute(f"SELECT count(*){_FROM}{where}", [*params, *key])
    return int(counted.fetchone()[0])


def recording(conn: Connection, recording_id: int) -> RecordingDetail | None:
    """One recording's stored facts and peaks (not its audio), or None."""
    row = conn.execute(
        f"SELECT {_SUMMARY_COLUMNS}, r.source, r.call_id, r.fingerprint, r.source_sha256,"
        " r.remote_number, r.samplerate, r.channels, r.frames, r.audio_size, r.audio_sha256,"
        " ifnull((SELECT k.peaks FROM recording_peaks k WHERE k.recording_id = r.id), x'')"
        f"{_FROM} WHERE r.id = ?",
        (recording_id,),
    ).fetchone()
    if row is None:
        return None
    summary = _summary(row, _purposes(conn, [recording_id]).get(recording_id, ()))
    rest = row[15:]
    return RecordingDetail(
        summary,
        source=rest[0],
        call_id=rest[1],
        fingerprint=rest[2],
        source_sha256=rest[3],
        remote_number=rest[4],
        samplerate=int(rest[5]),
        channels=int(rest[6]),
        frames=int(rest[7]),
        audio_size=int(rest[8]),
        audio_sha256=rest[9],
        peaks=bytes(rest[10]),
    )


def _summary(
    row: Sequence[Any], purposes: tuple[PurposeHold, ...], sort_value: Any = None
) -> RecordingSummary:
    return RecordingSummary(
        id=int(row[0]),
        batch_id=int(row[1]),
        agent_id=int(row[2]),
        agent_name=row[3],
        team_id=int(row[4]),
        team_name=row[5],
        started_at=from_text(row[6]),
        duration_s=float(row[7]),
        direction=row[8],
        queue=row[9],
        campaign=row[10],
        status=row[11],
        stored_at=from_text(row[12]),
        retain_until=from_text(row[13]) if row[13] else None,
        on_hold=bool(row[14]),
        purposes=purposes,
        sort_value=sort_value,
    )


def _purposes(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[PurposeHold, ...]]:
    found: dict[int, list[PurposeHold]] = {}
    for start in range(0, len(ids), _IN_LIMIT):
        part = ids[start : start + _IN_LIMIT]
        rows = conn.execute(
            "SELECT recording_id, purpose_id, retain_until FROM recording_purposes"
            f" WHERE recording_id IN ({','.join('?' * len(part))}) ORDER BY rowid",
            part,
        )
        for rec_id, purpose_id, until in rows:
            found.setdefault(int(rec_id), []).append(PurposeHold(purpose_id, from_text(until)))
    return {k: tuple(v) for k, v in found.items()}


# --- reading audio -----------------------------------------------------------------------------


class _Blob(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...
    def write(self, data: bytes | memoryview, /) -> None: ...
    def seek(self, offset: int, origin: int = 0, /) -> None: ...
    def close(self) -> None: ...


class _BlobConnection(Protocol):
    # sqlcipher3 keeps pysqlite's name open_blob (the stdlib's is blobopen).
    def open_blob(
        self, table: str, column: str, row: int, readonly: bool = ..., dbname: str = ...
    ) -> _Blob: ...


class ChunkReader(io.RawIOBase):
    """A read-only, seekable file over a recording's FLAC chunks, streamed with blob I/O.

    soundfile decodes from it directly, so audio never passes through a temporary file.
    Use it on the thread that owns the connection, and close it before the connection.
    """

    def __init__(self, conn: Connection, recording_id: int) -> None:
        super().__init__()
        self._conn = cast(_BlobConnection, conn)
        rows = conn.execute(
            "SELECT rowid, length(data) FROM audio_chunks WHERE recording_id = ? ORDER BY seq",
            (recording_id,),
        ).fetchall()
        if not rows:
            raise LookupError(f"recording {recording_id} has no audio in the vault")
        self._rowids = [int(r[0]) for r in rows]
        self._starts: list[int] = []
        total = 0
        for _, size in rows:
            self._starts.append(total)
            total += int(size)
        self._size = total
        self._pos = 0
        self._blob: _Blob | None = None
        self._blob_index = -1

    @property
    def size(self) -> int:
        """Length of the FLAC stream in bytes."""
        return self._size

    def readable(self) -> bool:
        """Always readable."""
        return True

    def seekable(self) -> bool:
        """Always seekable."""
        return True

    def tell(self) -> int:
        """The current position."""
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Move to offset from the start, the current position or the end."""
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def readinto(self, buffer: Any) -> int:
        """Fill buffer from the current position, crossing into the next chunk as needed."""
        target = memoryview(buffer).cast("B")
        filled = 0
        while filled < len(target) and self._pos < self._size:
            index = bisect.bisect_right(self._starts, self._pos) - 1
            blob = self._open(index)
            chunk_end = self._starts[index + 1] if index + 1 < len(self._starts) else self._size
            want = min(len(target) - filled, chunk_end - self._pos)
            blob.seek(self._pos - self._starts[index])
            data = blob.read(want)
            target[filled : filled + len(data)] = data
            filled += len(data)
            self._pos += len(data)
        return filled

    def _open(self, index: int) -> _Blob:
        if self._blob is None or self._blob_index != index:
            if self._blob is not None:
                self._blob.close()
            self._blob = self._conn.open_blob(
                "audio_chunks", "data", self._rowids[index], readonly=True
            )
            self._blob_index = index
        return self._blob

    def close(self) -> None:
        """Release the open blob handle."""
        if self._blob is not None:
            self._blob.close()
            self._blob = None
        super().close()


def _parts(fingerprints: Iterable[str]) -> Iterable[list[str]]:
    items = list(dict.fromkeys(fingerprints))
    for start in range(0, len(items), _IN_LIMIT):
        yield items[start : start + _IN_LIMIT]


def _compact(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """A batch's times and counts, without its (possibly 100,000-long) candidate list."""

    batch_id: int
    started_at: dt.datetime
    finished_at: dt.datetime | None
    counts: dict[str, Any]

    @property
    def cancelled(self) -> bool:
        """Whether its last run was cancelled (or stopped) before it finished."""
        return self.finished_at is None


def latest_batch_summary(conn: Connection) -> BatchSummary | None:
    """The newest import batch, read without its candidates."""
    row = conn.execute(
        "SELECT id, started_at, finished_at, counts FROM import_batches ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return BatchSummary(
        batch_id=int(row[0]),
        started_at=from_text(row[1]),
        finished_at=from_text(row[2]) if row[2] else None,
        counts=json.loads(row[3] or "{}"),
    )

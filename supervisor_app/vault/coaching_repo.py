"""Rows for coaching: scorecards with their criteria and notes, and feedback sheets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final, cast

from supervisor_app.domain.coaching import (
    Criterion,
    Note,
    Outcome,
    Scorecard,
    ScorecardState,
    SheetState,
)
from supervisor_app.domain.notifications import Channel
from supervisor_app.domain.texts import LocalText
from supervisor_app.vault.db import Connection
from supervisor_app.vault.recordings_repo import from_text, to_text

_HELD: Final = "held"
_IN_LIMIT: Final = 500

# --- scorecards --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewScorecard:
    """A scorecard as started: whose call, whose judgement, against which protocol."""

    recording_id: int
    listen_session_id: int
    agent_id: int
    team_id: int
    author_id: int
    author_name: str
    author_role: str
    purpose_id: str
    protocol_version: int
    call_started_at: dt.datetime
    created_at: dt.datetime
    criteria: Sequence[Criterion]


@dataclass(frozen=True, slots=True)
class ScorecardRow:
    """One line of a list of scorecards: no criteria texts, notes or comments."""

    id: int
    recording_id: int
    agent_id: int
    agent_name: str
    team_id: int
    author_id: int
    author_name: str
    purpose_id: str
    call_started_at: dt.datetime
    state: ScorecardState
    shared_at: dt.datetime | None
    criteria: int
    judged: int  # criteria with an outcome
    notes: int


@dataclass(frozen=True, slots=True)
class ScorecardFilter:
    """Which scorecards to list; None means no restriction.

    ``author_id`` and ``shared_in_teams`` together are what a user may see: their own
    (drafts too), and the shared ones of the teams they lead. With neither, everything.
    """

    author_id: int | None = None
    shared_in_teams: frozenset[int] | None = None
    agent_id: int | None = None
    state: ScorecardState | None = None
    started_from: dt.datetime | None = None
    started_before: dt.datetime | None = None


def add_scorecard(conn: Connection, new: NewScorecard) -> int:
    """Store a draft scorecard with its criteria; returns its id."""
    stamp = to_text(new.created_at)
    cur = conn.execute(
        "INSERT INTO scorecards (recording_id, listen_session_id, agent_id, team_id, author_id,"
        " author_name, author_role, purpose_id, protocol_version, call_started_at, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new.recording_id,
            new.listen_session_id,
            new.agent_id,
            new.team_id,
            new.author_id,
            new.author_name,
            new.author_role,
            new.purpose_id,
            new.protocol_version,
            to_text(new.call_started_at),
            stamp,
            stamp,
        ),
    )
    scorecard_id = int(cast(int, cur.lastrowid))
    conn.executemany(
        "INSERT INTO scorecard_criteria (scorecard_id, position, text_nl, text_en, outcome,"
        " comment) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                scorecard_id,
                c.position,
                c.text.nl,
                c.text.en,
                c.outcome.value if c.outcome else None,
                c.comment,
            )
            for c in new.criteria
        ],
    )
    return scorecard_id


_CARD_COLUMNS: Final = (
    "s.id, s.recording_id, s.listen_session_id, s.agent_id, a.name, s.team_id, s.author_name,"
    " s.author_role, s.purpose_id, s.protocol_version, s.call_started_at, s.state, s.created_at,"
    " s.shared_at, r.status, s.author_id, a.language FROM scorecards s"
    " JOIN agents a ON a.id = s.agent_id"
    " JOIN recordings r ON r.id = s.recording_id"
)


@dataclass(frozen=True, slots=True)
class StoredScorecard:
    """A scorecard as stored, with its author's user id and whether its audio still exists."""

    card: Scorecard
    author_id: int
    audio_kept: bool


def scorecard(conn: Connection, scorecard_id: int) -> StoredScorecard | None:
    """One scorecard with its criteria and notes, or None."""
    row = conn.execute(f"SELECT {_CARD_COLUMNS} WHERE s.id = ?", (scorecard_id,)).fetchone()
    if row is None:
        return None
    return StoredScorecard(_card(conn, row), int(row[15]), row[14] == _HELD)


def scorecard_of(conn: Connection, recording_id: int, author_id: int) -> int | None:
    """The id of an author's scorecard of a recording (each author has one per recording)."""
    row = conn.execute(
        "SELECT id FROM scorecards WHERE recording_id = ? AND author_id = ?",
        (recording_id, author_id),
    ).fetchone()
    return int(row[0]) if row else None


def _card(conn: Connection, r: Sequence[Any]) -> Scorecard:
    scorecard_id = int(r[0])
    criteria = conn.execute(
        "SELECT position, text_nl, text_en, outcome, comment FROM scorecard_criteria"
        " WHERE scorecard_id = ? ORDER BY position",
        (scorecard_id,),
    ).fetchall()
    return Scorecard(
        id=scorecard_id,
        recording_id=int(r[1]),
        listen_session_id=int(r[2]),
        agent_id=int(r[3]),
        agent_name=r[4],
        team_id=int(r[5]),
        author_name=r[6],
        author_role=r[7],
        purpose_id=r[8],
        protocol_version=int(r[9]),
        call_started_at=from_text(r[10]),
        state=ScorecardState(r[11]),
        criteria=tuple(
            Criterion(int(c[0]), LocalText(nl=c[1], en=c[2]), Outcome(c[3]) if c[3] else None, c[4])
            for c in criteria
        ),
        notes=tuple(notes(conn, scorecard_id)),
        created_at=from_text(r[12]),
        shared_at=from_text(r[13]) if r[13] else None,
        agent_language=r[16],
    )


def notes(conn: Connection, scorecard_id: int) -> list[Note]:
    """A scorecard's notes in the order of the call."""
    rows = conn.execute(
        "SELECT id, at_ms, text, created_at FROM coaching_notes WHERE scorecard_id = ?"
        " ORDER BY at_ms, id",
        (scorecard_id,),
    ).fetchall()
    return [Note(int(r[0]), int(r[1]), r[2], from_text(r[3])) for r in rows]


def note_owner(conn: Connection, note_id: int) -> int | None:
    """The scorecard a note belongs to."""
    row = conn.execute("SELECT scorecard_id FROM coaching_notes WHERE id = ?", (note_id,))
    found = row.fetchone()
    return int(found[0]) if found else None


def _touch(conn: Connection, scorecard_id: int, at: dt.datetime) -> bool:
    """Mark a draft changed now; False when it is not a draft (nothing may change then)."""
    cur = conn.execute(
        "UPDATE scorecards SET updated_at = ? WHERE id = ? AND state = ?",
        (to_text(at), scorecard_id, ScorecardState.DRAFT.value),
    )
    return cur.rowcount == 1


def set_outcome(
    conn: Connection, scorecard_id: int, position: int, outcome: Outcome | None, at: dt.datetime
) -> bool:
    """Set one criterion's outcome on a draft; False when there is no such draft criterion."""
    if not _touch(conn, scorecard_id, at):
        return False
    cur = conn.execute(
        "UPDATE scorecard_criteria SET outcome = ? WHERE scorecard_id = ? AND position = ?",
        (outcome.value if outcome else None, scorecard_id, position),
    )
    return cur.rowcount == 1


def set_comment(
    conn: Connection, scorecard_id: int, position: int, comment: str, at: dt.datetime
) -> bool:
    """Set one criterion's comment on a draft; False when there is no such draft criterion."""
    if not _touch(conn, scorecard_id, at):
        return False
    cur = conn.execute(
        "UPDATE scorecard_criteria SET comment = ? WHERE scorecard_id = ? AND position = ?",
        (comment, scorecard_id, position),
    )
    return cur.rowcount == 1


def add_note(conn: Connection, scorecard_id: int, at_ms: int, text: str, at: dt.datetime) -> int:
    """Add a note to a draft; returns its id (the caller checked it is a draft)."""
    _touch(conn, scorecard_id, at)
    stamp = to_text(at)
    cur = conn.execute(
        "INSERT INTO coaching_notes (scorecard_id, at_ms, text, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (scorecard_id, at_ms, text, stamp, stamp),
    )
    return int(cast(int, cur.lastrowid))


def edit_note(conn: Connection, note_id: int, text: str, at: dt.datetime) -> bool:
    """Change a note's text."""
    cur = conn.execute(
        "UPDATE coaching_notes SET text = ?, updated_at = ? WHERE id = ?",
        (text, to_text(at), note_id),
    )
    return cur.rowcount == 1


def delete_note(conn: Connection, note_id: int) -> bool:
    """Delete a note."""
    return conn.execute("DELETE FROM coaching_notes WHERE id = ?", (note_id,)).rowcount == 1


def share(conn: Connection, scorecard_id: int, at: dt.datetime) -> bool:
    """Share a draft: it is fixed from now on. False when it was not a draft."""
    stamp = to_text(at)
    cur = conn.execute(
        "UPDATE scorecards SET state = ?, shared_at = ?, updated_at = ? WHERE id = ? AND state = ?",
        (ScorecardState.SHARED.value, stamp, stamp, scorecard_id, ScorecardState.DRAFT.value),
    )
    return cur.rowcount == 1


def scorecards(
    conn: Connection, filters: ScorecardFilter, limit: int = 10_000
) -> list[ScorecardRow]:
    """Scorecards matching the filter, the newest call first."""
    where, params = _where(filters)
    rows = conn.execute(
        "SELECT s.id, s.recording_id, s.agent_id, a.name, s.team_id, s.author_id, s.author_name,"
        " s.purpose_id, s.call_started_at, s.state, s.shared_at,"
        " (SELECT count(*) FROM scorecard_criteria c WHERE c.scorecard_id = s.id),"
        " (SELECT count(*) FROM scorecard_criteria c WHERE c.scorecard_id = s.id"
        "   AND c.outcome IS NOT NULL),"
        " (SELECT count(*) FROM coaching_notes n WHERE n.scorecard_id = s.id)"
        f" FROM scorecards s JOIN agents a ON a.id = s.agent_id{where}"
        " ORDER BY s.call_started_at DESC, s.id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [
        ScorecardRow(
            id=int(r[0]),
            recording_id=int(r[1]),
            agent_id=int(r[2]),
            agent_name=r[3],
            team_id=int(r[4]),
            author_id=int(r[5]),
            author_name=r[6],
            purpose_id=r[7],
            call_started_at=from_text(r[8]),
            state=ScorecardState(r[9]),
            shared_at=from_text(r[10]) if r[10] else None,
            criteria=int(r[11]),
            judged=int(r[12]),
            notes=int(r[13]),
        )
        for r in rows
    ]


def full_scorecards(conn: Connection, ids: Iterable[int]) -> list[Scorecard]:
    """The scorecards with these ids, with criteria and notes, in the order given."""
    found = []
    for scorecard_id in ids:
        row = conn.execute(f"SELECT {_CARD_COLUMNS} WHERE s.id = ?", (scorecard_id,)).fetchone()
        if row is not None:
            found.append(_card(conn, row))
    return found


def _where(filters: ScorecardFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    seen: list[str] = []
    if filters.author_id is not None:
        seen.append("s.author_id = ?")
        params.append(filters.author_id)
    if filters.shared_in_teams is not None:
        teams = sorted(filters.shared_in_teams)
        if teams:
            seen.append(f"(s.state = ? AND s.team_id IN ({','.join('?' * len(teams))}))")
            params += [ScorecardState.SHARED.value, *teams]
    if filters.author_id is not None or filters.shared_in_teams is not None:
        clauses.append("(" + " OR ".join(seen) + ")" if seen else "0")
    if filters.agent_id is not None:
        clauses.append("s.agent_id = ?")
        params.append(filters.agent_id)
    if filters.state is not None:
        clauses.append("s.state = ?")
        params.append(filters.state.value)
    if filters.started_from is not None:
        clauses.append("s.call_started_at >= ?")
        params.append(to_text(filters.started_from))
    if filters.started_before is not None:
        clauses.append("s.call_started_at < ?")
        params.append(to_text(filters.started_before))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def scored_agents(conn: Connection, filters: ScorecardFilter) -> list[tuple[str, int]]:
    """The agents with scorecards the filter lets through: (name, id), by name."""
    where, params = _where(filters)
    rows = conn.execute(
        "SELECT DISTINCT a.name, a.id FROM scorecards s JOIN agents a ON a.id = s.agent_id" + where,
        params,
    ).fetchall()
    return sorted(((r[0], int(r[1])) for r in rows), key=lambda a: a[0].casefold())


def for_agent(conn: Connection, agent_id: int) -> list[Scorecard]:
    """Every scorecard about an agent's calls, drafts too (their access export)."""
    rows = conn.execute(
        "SELECT id FROM scorecards WHERE agent_id = ? ORDER BY call_started_at, id", (agent_id,)
    ).fetchall()
    return full_scorecards(conn, [int(r[0]) for r in rows])


def delete_for_recording(conn: Connection, recording_id: int) -> tuple[int, int]:
    """Delete the scorecards (criteria, comments, notes) of a recording whose audio goes.

    Run in the transaction that destroys the audio: scores follow the recording's retention.
    A feedback sheet stays as the record that the agent was told, but its free summary goes
    once no recording it covers is left. Returns (scorecards, notes) deleted.
    """
    notes_deleted = conn.execute(
        "DELETE FROM coaching_notes WHERE scorecard_id IN"
        " (SELECT id FROM scorecards WHERE recording_id = ?)",
        (recording_id,),
    ).rowcount
    conn.execute(
        "DELETE FROM scorecard_criteria WHERE scorecard_id IN"
        " (SELECT id FROM scorecards WHERE recording_id = ?)",
        (recording_id,),
    )
    deleted = conn.execute(
        "DELETE FROM scorecards WHERE recording_id = ?", (recording_id,)
    ).rowcount
    conn.execute(
        "UPDATE feedback_sheets SET summary = '' WHERE summary <> '' AND id IN"
        " (SELECT sheet_id FROM feedback_sheet_lines WHERE recording_id = ?)"
        " AND NOT EXISTS (SELECT 1 FROM feedback_sheet_lines l JOIN recordings r"
        "   ON r.id = l.recording_id WHERE l.sheet_id = feedback_sheets.id"
        "   AND l.recording_id <> ? AND r.status = ?)",
        (recording_id, recording_id, _HELD),
    )
    return int(deleted), int(notes_deleted)


def delete_past_purpose(conn: Connection, now: dt.datetime) -> list[int]:
    """Delete scorecards whose own purpose's deadline has passed; returns their ids.

    A recording also kept for another purpose (evidence in a dispute, for longer) keeps its
    audio, but what was written for coaching goes when coaching's deadline does (R5, R12).
    """
    ids = [
        int(r[0])
        for r in conn.execute(
            "SELECT s.id FROM scorecards s JOIN recording_purposes p"
            " ON p.recording_id = s.recording_id AND p.purpose_id = s.purpose_id"
            " WHERE p.retain_until <= ? ORDER BY s.id",
            (to_text(now),),
        ).fetchall()
    ]
    for start in range(0, len(ids), _IN_LIMIT):
        chunk = ids[start : start + _IN_LIMIT]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM coaching_notes WHERE scorecard_id IN ({marks})", chunk)
        conn.execute(f"DELETE FROM scorecard_criteria WHERE scorecard_id IN ({marks})", chunk)
        conn.execute(f"DELETE FROM scorecards WHERE id IN ({marks})", chunk)
    return ids


# --- feedback sheets ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SheetLine:
    """A listen a sheet covers: the recording, and the scorecard while it exists."""

    listen_session_id: int
    recording_id: int
    scorecard_id: int | None


@dataclass(frozen=True, slots=True)
class NewSheet:
    """A feedback sheet as made (pending), with the listens it covers."""

    agent_id: int
    team_id: int
    period_from: dt.date
    period_to: dt.date
    language: str
    summary: str
    created_by: str
    created_at: dt.datetime
    lines: Sequence[SheetLine]


@dataclass(frozen=True, slots=True)
class SheetRow:
    """A stored feedback sheet, like a notice: state, channel, who sent it, its receipt."""

    id: int
    agent_id: int
    agent_name: str
    team_id: int
    period_from: dt.date
    period_to: dt.date
    language: str
    summary: str
    created_by: str
    created_at: dt.datetime
    state: SheetState
    channel: Channel | None
    sent_by: str | None
    sent_at: dt.datetime | None
    note: str
    withdrawn_at: dt.datetime | None
    audit_seq: int
    receipt: str
    lines: tuple[SheetLine, ...]

    @property
    def recording_ids(self) -> tuple[int, ...]:
        """The recordings of the calls it covers, each once."""
        return tuple(dict.fromkeys(line.recording_id for line in self.lines))

    @property
    def scorecard_ids(self) -> tuple[int, ...]:
        """The scorecards it covers that still exist, each once."""
        return tuple(
            dict.fromkeys(ln.scorecard_id for ln in self.lines if ln.scorecard_id is not None)
        )


def add_sheet(conn: Connection, new: NewSheet) -> int:
    """Store a pending sheet and its lines; the caller sets its receipt (set_receipt)."""
    cur = conn.execute(
        "INSERT INTO feedback_sheets (agent_id, team_id, period_from, period_to, language,"
        " summary, created_by, created_at, audit_seq, receipt)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, '')",
        (
            new.agent_id,
            new.team_id,
            new.period_from.isoformat(),
            new.period_to.isoformat(),
            new.language,
            new.summary,
            new.created_by,
            to_text(new.created_at),
        ),
    )
    sheet_id = int(cast(int, cur.lastrowid))
    conn.executemany(
        "INSERT INTO feedback_sheet_lines (sheet_id, listen_session_id, recording_id,"
        " scorecard_id) VALUES (?, ?, ?, ?)",
        [(sheet_id, ln.listen_session_id, ln.recording_id, ln.scorecard_id) for ln in new.lines],
    )
    return sheet_id


def set_receipt(conn: Connection, sheet_id: int, audit_seq: int, receipt: str) -> None:
    """Give a new sheet the receipt of the audit entry that recorded it."""
    conn.execute(
        "UPDATE feedback_sheets SET audit_seq = ?, receipt = ? WHERE id = ?",
        (audit_seq, receipt, sheet_id),
    )


def set_sheet_sent(
    conn: Connection, sheet_id: int, channel: Channel, by: str, at: dt.datetime, note: str
) -> bool:
    """Mark a pending sheet sent; False when it was not pending."""
    cur = conn.execute(
        "UPDATE feedback_sheets SET state = ?, channel = ?, sent_by = ?, sent_at = ?, note = ?"
        " WHERE id = ? AND state = ?",
        (SheetState.SENT.value, channel.value, by, to_text(at), note, sheet_id, "pending"),
    )
    return cur.rowcount == 1


def set_sheet_withdrawn(conn: Connection, sheet_id: int, by: str, at: dt.datetime) -> bool:
    """Withdraw a pending sheet (never sent); False when it was not pending."""
    cur = conn.execute(
        "UPDATE feedback_sheets SET state = ?, withdrawn_by = ?, withdrawn_at = ?"
        " WHERE id = ? AND state = ?",
        (SheetState.WITHDRAWN.value, by, to_text(at), sheet_id, SheetState.PENDING.value),
    )
    return cur.rowcount == 1


_SHEET_COLUMNS: Final = (
    "f.id, f.agent_id, a.name, f.team_id, f.period_from, f.period_to, f.language, f.summary,"
    " f.created_by, f.created_at, f.state, f.channel, f.sent_by, f.sent_at, f.note,"
    " f.withdrawn_at, f.audit_seq, f.receipt FROM feedback_sheets f"
    " JOIN agents a ON a.id = f.agent_id"
)


def sheet(conn: Connection, sheet_id: int) -> SheetRow | None:
    """One sheet, or None."""
    found = _sheets(conn, " WHERE f.id = ?", [sheet_id])
    return found[0] if found else None


def sheets(
    conn: Connection,
    *,
    team_ids: frozenset[int] | None = None,
    agent_id: int | None = None,
    created_by: str | None = None,
) -> list[SheetRow]:
    """Sheets of these teams (or made by this user), newest first; None: no restriction."""
    clauses: list[str] = []
    params: list[Any] = []
    scope: list[str] = []
    if team_ids is not None:
        teams = sorted(team_ids)
        if teams:
            scope.append(f"f.team_id IN ({','.join('?' * len(teams))})")
            params += teams
    if created_by is not None:
        scope.append("f.created_by = ?")
        params.append(created_by)
    if team_ids is not None or created_by is not None:
        clauses.append("(" + " OR ".join(scope) + ")" if scope else "0")
    if agent_id is not None:
        clauses.append("f.agent_id = ?")
        params.append(agent_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return _sheets(conn, where, params)


def _sheets(conn: Connection, where: str, params: list[Any]) -> list[SheetRow]:
    rows = conn.execute(
        f"SELECT {_SHEET_COLUMNS}{where} ORDER BY f.created_at DESC, f.id DESC", params
    ).fetchall()
    found = []
    for r in rows:
        lines = conn.execute(
            "SELECT listen_session_id, recording_id, scorecard_id FROM feedback_sheet_lines"
            " WHERE sheet_id = ? ORDER BY recording_id, listen_session_id",
            (int(r[0]),),
        ).fetchall()
        found.append(
            SheetRow(
                id=int(r[0]),
                agent_id=int(r[1]),
                agent_name=r[2],
                team_id=int(r[3]),
                period_from=dt.date.fromisoformat(r[4]),
                period_to=dt.date.fromisoformat(r[5]),
                language=r[6],
                summary=r[7],
                created_by=r[8],
                created_at=from_text(r[9]),
                state=SheetState(r[10]),
                channel=Channel(r[11]) if r[11] else None,
                sent_by=r[12],
                sent_at=from_text(r[13]) if r[13] else None,
                note=r[14],
                withdrawn_at=from_text(r[15]) if r[15] else None,
                audit_seq=int(r[16]),
                receipt=r[17],
                lines=tuple(
                    SheetLine(int(x[0]), int(x[1]), int(x[2]) if x[2] is not None else None)
                    for x in lines
                ),
            )
        )
    return found


def sheets_sent_between(conn: Connection, lo: str, hi: str) -> list[tuple[int, int]]:
    """(team, count) of sheets sent in [lo, hi), for the transparency report."""
    rows = conn.execute(
        "SELECT team_id, count(*) FROM feedback_sheets WHERE sent_at >= ? AND sent_at < ?"
        " GROUP BY team_id",
        (lo, hi),
    ).fetchall()
    return [(int(r[0]), int(r[1])) for r in rows]

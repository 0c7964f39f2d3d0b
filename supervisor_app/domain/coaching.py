"""Coaching: a call scored against the protocol the agent received, notes at moments, trends.

A scorecard's criteria are the expectations of the agent protocol in the version the agent
had received on the day of the call (R8: judged only by what they were told beforehand),
copied into the scorecard in both languages when it is started. Each criterion is met,
partly met, not met or not applicable, with an optional comment; notes sit at a moment of
the call. A scorecard is its author's draft until it is shared; then it is fixed, and the
agent's team lead sees it and can send it in a feedback sheet.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from supervisor_app.domain import error_codes as codes
from supervisor_app.domain.errors import InputError
from supervisor_app.domain.texts import LocalText

MAX_COMMENT_CHARS: Final = 1000
MAX_NOTE_CHARS: Final = 1000
MAX_SUMMARY_CHARS: Final = 4000


class Outcome(StrEnum):
    """How a call did on one expectation of the protocol."""

    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"  # the call gave no occasion for it


class ScorecardState(StrEnum):
    """A draft (its author's alone, editable) or shared (fixed, seen by the team lead)."""

    DRAFT = "draft"
    SHARED = "shared"


class SheetState(StrEnum):
    """A feedback sheet made and waiting to be sent, sent to the agent, or withdrawn unsent."""

    PENDING = "pending"
    SENT = "sent"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, slots=True)
class Criterion:
    """One expectation of the protocol as a line of a scorecard."""

    position: int  # 1-based, the expectation's place in the protocol
    text: LocalText  # the expectation in each language, as the protocol version had it
    outcome: Outcome | None = None
    comment: str = ""


@dataclass(frozen=True, slots=True)
class Note:
    """A remark at a moment of the call (milliseconds from its start)."""

    id: int
    at_ms: int
    text: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Scorecard:
    """A scorecard with its criteria and notes, as its author or the team lead sees it.

    ``id`` is None for a scorecard not started yet: the criteria are those it would get,
    and the first outcome, comment or note stores it.
    """

    id: int | None
    recording_id: int
    listen_session_id: int
    agent_id: int
    agent_name: str
    team_id: int
    author_name: str
    author_role: str
    purpose_id: str
    protocol_version: int
    call_started_at: dt.datetime
    state: ScorecardState
    criteria: tuple[Criterion, ...]
    notes: tuple[Note, ...] = ()
    created_at: dt.datetime | None = None
    shared_at: dt.datetime | None = None
    editable: bool = False  # the signed-in user's own draft, of a recording that still exists
    # The criteria are shown in the agent's language: the protocol as the agent received it.
    agent_language: str = "nl"

    @property
    def is_shared(self) -> bool:
        """Whether it was shared (and so can no longer change)."""
        return self.state is ScorecardState.SHARED

    def counts(self) -> dict[str, int]:
        """How many criteria have each outcome (and ``open`` for not yet scored)."""
        found = Counter(c.outcome.value if c.outcome else "open" for c in self.criteria)
        return {key: found[key] for key in (*(o.value for o in Outcome), "open")}


def clean_comment(text: str) -> str:
    """A criterion's comment on one line; InputError when too long."""
    cleaned = " ".join(text.split())
    if len(cleaned) > MAX_COMMENT_CHARS:
        raise InputError(codes.COMMENT_TOO_LONG, limit=MAX_COMMENT_CHARS)
    return cleaned


def clean_note(text: str) -> str:
    """A note's text (line breaks kept, spaces trimmed); InputError when empty or too long."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    cleaned = "\n".join(lines).strip()
    if not cleaned:
        raise InputError(codes.NOTE_EMPTY)
    if len(cleaned) > MAX_NOTE_CHARS:
        raise InputError(codes.NOTE_TOO_LONG, limit=MAX_NOTE_CHARS)
    return cleaned


def clean_summary(text: str) -> str:
    """A feedback sheet's free summary (paragraphs kept); InputError when too long."""
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    cleaned = "\n\n".join(p for p in paragraphs if p)
    if len(cleaned) > MAX_SUMMARY_CHARS:
        raise InputError(codes.SUMMARY_TOO_LONG, limit=MAX_SUMMARY_CHARS)
    return cleaned


def protocol_version_for_call(
    acknowledgements: Iterable[tuple[int, dt.date]], call_day: dt.date
) -> int | None:
    """The newest protocol version the agent had received on the (local) day of the call.

    A version received that same day counts, as it does for the import's date gate; one
    received later does not: the call is judged by what the agent knew when they made it.
    """
    versions = [version for version, received in acknowledgements if received <= call_day]
    return max(versions, default=None)


def criteria_from_protocol(
    expectations_nl: Sequence[str], expectations_en: Sequence[str]
) -> tuple[Criterion, ...]:
    """One criterion per expectation; both languages list them in the same order."""
    count = max(len(expectations_nl), len(expectations_en))
    return tuple(
        Criterion(
            position=n + 1,
            text=LocalText(
                nl=expectations_nl[n] if n < len(expectations_nl) else "",
                en=expectations_en[n] if n < len(expectations_en) else "",
            ),
        )
        for n in range(count)
    )


# --- trends ------------------------------------------------------------------------------------


class PeriodKind(StrEnum):
    """The periods a trend is counted in."""

    WEEK = "week"
    MONTH = "month"


def period_of(moment: dt.datetime, zone: dt.tzinfo, kind: PeriodKind) -> str:
    """The period a moment falls in, in the policy's time zone: ``2026-W47`` or ``2026-11``."""
    local = moment.astimezone(zone)
    if kind is PeriodKind.WEEK:
        year, week, _ = local.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{local.year}-{local.month:02d}"


def last_periods(now: dt.datetime, zone: dt.tzinfo, kind: PeriodKind, count: int) -> list[str]:
    """The ``count`` periods up to and including now's, oldest first."""
    local = now.astimezone(zone)
    found: list[str] = []
    if kind is PeriodKind.WEEK:
        day = local.date()
        for back in range(count):
            year, week, _ = (day - dt.timedelta(weeks=back)).isocalendar()
            found.append(f"{year}-W{week:02d}")
    else:
        year, month = local.year, local.month
        for _ in range(count):
            found.append(f"{year}-{month:02d}")
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(found))


@dataclass(frozen=True, slots=True)
class Scored:
    """One criterion's outcome on one scored call, keyed by the criterion's text."""

    criterion: str
    period: str
    outcome: Outcome | None


@dataclass(frozen=True, slots=True)
class TrendCell:
    """A criterion in one period: how often each outcome was given."""

    met: int = 0
    partly: int = 0
    not_met: int = 0
    not_applicable: int = 0

    @property
    def scored(self) -> int:
        """Calls on which the criterion was judged (not applicable ones left out)."""
        return self.met + self.partly + self.not_met

    @property
    def score(self) -> float | None:
        """Share of the criterion met, 0 to 1 (partly counts half); None when never judged."""
        if not self.scored:
            return None
        return (self.met + 0.5 * self.partly) / self.scored


@dataclass(frozen=True, slots=True)
class TrendRow:
    """One criterion across the periods, oldest first."""

    criterion: str
    cells: tuple[TrendCell, ...]


def agent_trend(scores: Iterable[Scored], periods: Sequence[str]) -> list[TrendRow]:
    """Each criterion over the periods (outcomes outside them are left out), in first-seen order."""
    index = {p: i for i, p in enumerate(periods)}
    counts: dict[str, list[Counter[Outcome]]] = {}
    for s in scores:
        if s.period not in index:
            continue
        row = counts.setdefault(s.criterion, [Counter() for _ in periods])
        if s.outcome is not None:
            row[index[s.period]][s.outcome] += 1
    return [TrendRow(criterion, tuple(_cell(c) for c in row)) for criterion, row in counts.items()]


@dataclass(frozen=True, slots=True)
class MissRow:
    """How often a criterion was not met across a team's scored calls."""

    criterion: str
    scored: int  # judged: met, partly or not met
    partly: int
    not_met: int

    @property
    def not_met_share(self) -> float:
        """Share of the judged calls that did not meet it, 0 to 1."""
        return self.not_met / self.scored if self.scored else 0.0


def team_misses(scores: Iterable[Scored]) -> list[MissRow]:
    """Criteria by how often they were not met (share, then count), the most missed first."""
    totals: dict[str, Counter[Outcome]] = {}
    for s in scores:
        bucket = totals.setdefault(s.criterion, Counter())
        if s.outcome is not None:
            bucket[s.outcome] += 1
    rows = [
        MissRow(
            criterion,
            c[Outcome.MET] + c[Outcome.PARTLY] + c[Outcome.NOT_MET],
            c[Outcome.PARTLY],
            c[Outcome.NOT_MET],
        )
        for criterion, c in totals.items()
    ]
    return sorted(rows, key=lambda r: (-r.not_met_share, -r.not_met, r.criterion.casefold()))


def _cell(counter: Counter[Outcome]) -> TrendCell:
    return TrendCell(
        counter[Outcome.MET],
        counter[Outcome.PARTLY],
        counter[Outcome.NOT_MET],
        counter[Outcome.NOT_APPLICABLE],
    )


@dataclass(frozen=True, slots=True)
class OutcomeTally:
    """Counts per outcome, for the audit entry of a shared scorecard (no texts)."""

    counts: dict[str, int] = field(default_factory=dict)
    comments: int = 0
    notes: int = 0


def tally(scorecard: Scorecard) -> OutcomeTally:
    """What a scorecard holds, counted: outcomes, comments written, notes."""
    return OutcomeTally(
        scorecard.counts(),
        sum(1 for c in scorecard.criteria if c.comment),
        len(scorecard.notes),
    )

"""Coaching as a use case: the scorecard beside the player, notes on the call, sharing, trends.

Only a listen for a purpose the policy marks as coaching can be scored (R5: a dispute listen
has none), and only by the person who listened. The criteria are the expectations of the
protocol version the agent had received by the day of the call, not the newest (R8). The
first outcome, comment or note starts the scorecard (``start``); until it is shared it is
its author's draft and nobody else sees it, notes included; once shared it is fixed and the
team lead of the call's team sees it. Scores, comments and notes are deleted with the
recording's audio (vault/retention_repo.destroy_audio).

The audit log records that a scorecard was started and shared, with counts only: what the
listener wrote is personal data that must go when the recording goes, and the log is never
edited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from supervisor_app.domain import retention
from supervisor_app.domain.coaching import (
    MissRow,
    Note,
    Outcome,
    PeriodKind,
    Scorecard,
    ScorecardState,
    Scored,
    TrendRow,
    agent_trend,
    clean_comment,
    clean_note,
    criteria_from_protocol,
    last_periods,
    period_of,
    protocol_version_for_call,
    tally,
    team_misses,
)
from supervisor_app.domain.errors import AccessDenied, InputError, NotFound
from supervisor_app.domain.people import Team
from supervisor_app.domain.policy import Policy, Purpose
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalText
from supervisor_app.services import error_codes as codes
from supervisor_app.services.session import Session
from supervisor_app.vault import (
    coaching_repo,
    listen_repo,
    people_repo,
    policy_repo,
    recordings_repo,
)
from supervisor_app.vault.coaching_repo import NewScorecard, ScorecardFilter, StoredScorecard
from supervisor_app.vault.coaching_repo import ScorecardRow as ScorecardRow  # for ui/
from supervisor_app.vault.db import transaction

Clock = Callable[[], dt.datetime]
HELD = "held"
# How many periods a trend shows by default: two months of weeks, or half a year of months.
DEFAULT_PERIODS = {PeriodKind.WEEK: 8, PeriodKind.MONTH: 6}


@dataclass(frozen=True, slots=True)
class AgentTrend:
    """Each criterion of an agent's scored calls over the last periods (oldest first)."""

    agent_id: int
    kind: PeriodKind
    periods: tuple[str, ...]
    rows: tuple[TrendRow, ...]
    calls: int  # scored calls counted


@dataclass(frozen=True, slots=True)
class TeamMisses:
    """Which criteria a team's shared scorecards most often found not met."""

    team_id: int
    since: dt.date
    rows: tuple[MissRow, ...]
    calls: int


class CoachingService:
    """Use cases of the player's scorecard panel and the Coaching page."""

    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        self.session = session
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def now(self) -> dt.datetime:
        """The service's current time (injectable for tests)."""
        return self._clock()

    def _policy(self) -> Policy:
        return policy_repo.latest_policy(self.session.conn) or Policy.empty()

    def _zone(self, policy: Policy | None = None) -> dt.tzinfo:
        return retention.zone((policy or self._policy()).scope.timezone)

    # --- who may do what ----------------------------------------------------------------------

    def _visible(self) -> ScorecardFilter:
        """Own scorecards (drafts too), and the shared ones of the teams one leads."""
        user = self.session.user
        return ScorecardFilter(author_id=user.id, shared_in_teams=user.teams_for(Role.TEAM_LEAD))

    def _may_see(self, stored: StoredScorecard) -> bool:
        card = stored.card
        if stored.author_id == self.session.user.id:
            return True
        return card.is_shared and card.team_id in self.session.user.teams_for(Role.TEAM_LEAD)

    def _coaching_purpose(self, purpose_id: str, policy: Policy | None = None) -> Purpose:
        """The purpose, if the policy marks it as coaching; AccessDenied otherwise (R5)."""
        purpose = (policy or self._policy()).purpose(purpose_id)
        if purpose is None or not purpose.coaching:
            name = purpose.names if purpose is not None else purpose_id
            raise AccessDenied(codes.NOT_A_COACHING_PURPOSE, purpose=name)
        return purpose

    def _own_listen(self, listen_session_id: int) -> listen_repo.ListenRow:
        row = listen_repo.session(self.session.conn, listen_session_id)
        if row is None:
            raise NotFound(codes.NO_LISTEN_SESSION, session=listen_session_id)
        if row.user_name.casefold() != self.session.user.name.casefold():
            raise AccessDenied(codes.ONLY_LISTENER_SCORES)
        self._coaching_purpose(row.purpose_id)
        if row.recording_status != HELD:
            raise InputError(codes.SCORED_AUDIO_DELETED, recording=row.recording_id)
        return row

    def _draft(self, scorecard_id: int) -> StoredScorecard:
        """The user's own draft, for a change; a sentence that says why not otherwise."""
        stored = coaching_repo.scorecard(self.session.conn, scorecard_id)
        if stored is None or not self._may_see(stored):
            raise NotFound(codes.NO_SCORECARD, scorecard=scorecard_id)
        if stored.author_id != self.session.user.id:
            raise AccessDenied(codes.ONLY_AUTHOR_CHANGES)
        if stored.card.is_shared:
            raise InputError(codes.SCORECARD_SHARED, scorecard=scorecard_id)
        self._coaching_purpose(stored.card.purpose_id)
        return stored

    def _view(self, stored: StoredScorecard) -> Scorecard:
        editable = (
            stored.author_id == self.session.user.id
            and not stored.card.is_shared
            and stored.audio_kept
        )
        return replace(stored.card, editable=editable)

    # --- reading -----------------------------------------------------------------------------

    def for_listen(self, listen_session_id: int) -> Scorecard:
        """The scorecard beside a player: the user's own of this recording, or a fresh one.

        A fresh one (``id`` None) shows the criteria it would get; ``start`` stores it.
        Raises AccessDenied for a purpose that is not coaching, or another user's listen.
        """
        row = self._own_listen(listen_session_id)
        conn = self.session.conn
        existing = coaching_repo.scorecard_of(conn, row.recording_id, self.session.user.id)
        if existing is not None:
            stored = coaching_repo.scorecard(conn, existing)
            assert stored is not None  # found a moment ago on the same connection
            return self._view(stored)
        return self._fresh(row)

    def scorecard(self, scorecard_id: int) -> Scorecard:
        """One scorecard the user may see, with criteria and notes."""
        stored = coaching_repo.scorecard(self.session.conn, scorecard_id)
        if stored is None or not self._may_see(stored):
            raise NotFound(codes.NO_SCORECARD, scorecard=scorecard_id)
        return self._view(stored)

    def scorecards(
        self, *, state: ScorecardState | None = None, agent_id: int | None = None
    ) -> list[ScorecardRow]:
        """The scorecards the user may see: their own and the shared ones of teams they lead."""
        filters = replace(self._visible(), state=state, agent_id=agent_id)
        return coaching_repo.scorecards(self.session.conn, filters)

    def scored_agents(self) -> list[tuple[str, int]]:
        """Agents with a scorecard the user may see: (name, id), by name."""
        return coaching_repo.scored_agents(self.session.conn, self._visible())

    def lead_teams(self) -> list[Team]:
        """The teams the user leads (whose shared scorecards and sheets they handle)."""
        led = self.session.user.teams_for(Role.TEAM_LEAD)
        return [t for t in people_repo.teams(self.session.conn) if t.id in led]

    # --- changing ----------------------------------------------------------------------------

    def start(self, listen_session_id: int) -> Scorecard:
        """The user's scorecard of this listen's recording, stored as a draft if it was not yet.

        One per author and recording: listening again continues the same draft.
        """
        row = self._own_listen(listen_session_id)
        conn = self.session.conn
        user = self.session.user
        with transaction(conn):
            existing = coaching_repo.scorecard_of(conn, row.recording_id, user.id)
            if existing is None:
                fresh = self._fresh(row)
                existing = coaching_repo.add_scorecard(
                    conn,
                    NewScorecard(
                        recording_id=row.recording_id,
                        listen_session_id=row.id,
                        agent_id=fresh.agent_id,
                        team_id=fresh.team_id,
                        author_id=user.id,
                        author_name=user.name,
                        author_role=row.role,
                        purpose_id=row.purpose_id,
                        protocol_version=fresh.protocol_version,
                        call_started_at=fresh.call_started_at,
                        created_at=self.now(),
                        criteria=fresh.criteria,
                    ),
                )
                self.session.record(
                    "scorecard_started",
                    f"recording:{row.recording_id}",
                    {
                        "scorecard": existing,
                        "session": row.id,
                        "agent": fresh.agent_id,
                        "team": fresh.team_id,
                        "purpose": row.purpose_id,
                        "protocol_version": fresh.protocol_version,
                    },
                )
        stored = coaching_repo.scorecard(conn, existing)
        assert stored is not None
        return self._view(stored)

    def set_outcome(self, scorecard_id: int, position: int, outcome: Outcome | None) -> Scorecard:
        """Judge one criterion of the user's draft (None clears it)."""
        conn = self.session.conn
        with transaction(conn):
            self._draft(scorecard_id)
            if not coaching_repo.set_outcome(conn, scorecard_id, position, outcome, self.now()):
                raise NotFound(codes.NO_CRITERION, scorecard=scorecard_id, position=position)
        return self.scorecard(scorecard_id)

    def set_comment(self, scorecard_id: int, position: int, comment: str) -> Scorecard:
        """Write (or clear) the comment on one criterion of the user's draft."""
        cleaned = clean_comment(comment)
        conn = self.session.conn
        with transaction(conn):
            self._draft(scorecard_id)
            if not coaching_repo.set_comment(conn, scorecard_id, position, cleaned, self.now()):
                raise NotFound(codes.NO_CRITERION, scorecard=scorecard_id, position=position)
        return self.scorecard(scorecard_id)

    def add_note(self, scorecard_id: int, at_ms: int, text: str) -> Note:
        """A note at a moment of the call (milliseconds from its start) on the user's draft."""
        cleaned = _note_text(text)
        conn = self.session.conn
        with transaction(conn):
            stored = self._draft(scorecard_id)
            detail = recordings_repo.recording(conn, stored.card.recording_id)
            length_ms = round(detail.frames * 1000 / detail.samplerate) if detail else 0
            if not 0 <= at_ms <= length_ms:
                raise InputError(codes.NOTE_OUTSIDE_CALL)
            note_id = coaching_repo.add_note(conn, scorecard_id, int(at_ms), cleaned, self.now())
        return next(n for n in coaching_repo.notes(conn, scorecard_id) if n.id == note_id)

    def edit_note(self, note_id: int, text: str) -> Note:
        """Change the text of a note on the user's draft."""
        cleaned = _note_text(text)
        conn = self.session.conn
        with transaction(conn):
            scorecard_id = self._note_draft(note_id)
            coaching_repo.edit_note(conn, note_id, cleaned, self.now())
        return next(n for n in coaching_repo.notes(conn, scorecard_id) if n.id == note_id)

    def delete_note(self, note_id: int) -> None:
        """Delete a note from the user's draft."""
        conn = self.session.conn
        with transaction(conn):
            self._note_draft(note_id)
            coaching_repo.delete_note(conn, note_id)

    def _note_draft(self, note_id: int) -> int:
        scorecard_id = coaching_repo.note_owner(self.session.conn, note_id)
        if scorecard_id is None:
            raise NotFound(codes.NO_NOTE, note=note_id)
        self._draft(scorecard_id)
        return scorecard_id

    def share(self, scorecard_id: int) -> Scorecard:
        """Share the user's draft with the team lead; it is fixed from then on.

        Every criterion must be judged first (not applicable is a judgement).
        """
        conn = self.session.conn
        with transaction(conn):
            card = self._draft(scorecard_id).card
            open_ = sum(1 for c in card.criteria if c.outcome is None)
            if open_:
                raise InputError(codes.CRITERIA_OPEN, open=open_)
            coaching_repo.share(conn, scorecard_id, self.now())
            counted = tally(card)
            self.session.record(
                "scorecard_shared",
                f"recording:{card.recording_id}",
                {
                    "scorecard": scorecard_id,
                    "agent": card.agent_id,
                    "team": card.team_id,
                    "purpose": card.purpose_id,
                    "protocol_version": card.protocol_version,
                    "outcomes": counted.counts,
                    "comments": counted.comments,
                    "notes": counted.notes,
                },
            )
        return self.scorecard(scorecard_id)

    # --- trends ------------------------------------------------------------------------------

    def agent_trend(
        self,
        agent_id: int,
        kind: PeriodKind = PeriodKind.WEEK,
        count: int | None = None,
        *,
        language: str = "en",
    ) -> AgentTrend:
        """Each criterion of the agent's visible scorecards over the last periods.

        Criteria are matched by their text in ``language`` (the screen's), so one that kept
        its wording across protocol versions is one line.
        """
        periods = last_periods(self.now(), self._zone(), kind, count or DEFAULT_PERIODS[kind])
        start = _period_start(periods[0], kind, self._zone())
        rows = coaching_repo.scorecards(
            self.session.conn, replace(self._visible(), agent_id=agent_id, started_from=start)
        )
        cards = coaching_repo.full_scorecards(self.session.conn, [r.id for r in rows])
        zone = self._zone()
        scored = [
            Scored(
                _criterion_key(c.text, language),
                period_of(card.call_started_at, zone, kind),
                c.outcome,
            )
            for card in cards
            for c in card.criteria
        ]
        return AgentTrend(
            agent_id, kind, tuple(periods), tuple(agent_trend(scored, periods)), len(cards)
        )

    def team_misses(
        self,
        team_id: int,
        kind: PeriodKind = PeriodKind.WEEK,
        count: int | None = None,
        *,
        language: str = "en",
    ) -> TeamMisses:
        """Which criteria the team's shared scorecards most often found not met (team leads)."""
        if team_id not in self.session.user.teams_for(Role.TEAM_LEAD):
            raise AccessDenied(codes.ONLY_TEAM_LEAD_TRENDS)
        zone = self._zone()
        periods = last_periods(self.now(), zone, kind, count or DEFAULT_PERIODS[kind])
        start = _period_start(periods[0], kind, zone)
        rows = coaching_repo.scorecards(
            self.session.conn,
            ScorecardFilter(
                shared_in_teams=frozenset({team_id}),
                state=ScorecardState.SHARED,
                started_from=start,
            ),
        )
        cards = coaching_repo.full_scorecards(self.session.conn, [r.id for r in rows])
        scored = [
            Scored(_criterion_key(c.text, language), "", c.outcome)
            for card in cards
            for c in card.criteria
        ]
        return TeamMisses(
            team_id, start.astimezone(zone).date(), tuple(team_misses(scored)), len(cards)
        )

    # --- helpers -----------------------------------------------------------------------------

    def _fresh(self, row: listen_repo.ListenRow) -> Scorecard:
        """The scorecard a listen would start: criteria from the protocol the agent had."""
        conn = self.session.conn
        detail = recordings_repo.recording(conn, row.recording_id)
        if detail is None:
            raise NotFound(codes.SCORED_NO_RECORDING, recording=row.recording_id)
        s = detail.summary
        day = retention.local_date(s.started_at, self._zone())
        version = protocol_version_for_call(policy_repo.acknowledgements(conn, s.agent_id), day)
        if version is None:
            raise InputError(codes.NO_PROTOCOL_RECEIVED)
        source = policy_repo.protocol_policy_version(conn, version)
        published = policy_repo.policy_version(conn, source) if source is not None else None
        if published is None:
            raise InputError(codes.PROTOCOL_NOT_PUBLISHED, version=version)
        expectations = published.protocol.expectations
        agent = people_repo.agent_by_id(conn, s.agent_id)
        return Scorecard(
            id=None,
            recording_id=s.id,
            listen_session_id=row.id,
            agent_id=s.agent_id,
            agent_name=s.agent_name,
            team_id=s.team_id,
            author_name=self.session.user.name,
            author_role=row.role,
            purpose_id=row.purpose_id,
            protocol_version=version,
            call_started_at=s.started_at,
            state=ScorecardState.DRAFT,
            criteria=criteria_from_protocol(expectations.get("nl"), expectations.get("en")),
            editable=True,
            agent_language=agent.language.value if agent is not None else "nl",
        )


def _note_text(text: str) -> str:
    return clean_note(text)


def _criterion_key(text: LocalText, language: str) -> str:
    """A criterion's wording in the screen's language, or the other one's if it has none."""
    return text.get(language) or text.first()


def _period_start(period: str, kind: PeriodKind, zone: dt.tzinfo) -> dt.datetime:
    """The first moment of a period (``2026-W47`` or ``2026-11``) in zone, as UTC."""
    if kind is PeriodKind.WEEK:
        year, week = period.split("-W")
        day = dt.date.fromisocalendar(int(year), int(week), 1)
    else:
        year, month = period.split("-")
        day = dt.date(int(year), int(month), 1)
    return dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC)

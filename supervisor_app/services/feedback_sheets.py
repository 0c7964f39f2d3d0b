"""Feedback sheets as a use case: an agent's shared scorecards of a period, sent like a notice.

The agent's team lead previews the sheet (agent, period of call days, a short summary), then
makes it: the sheet is recorded, pending, with the receipt code of its audit entry, and its
text carries that code. Sending goes through the notices' channels (mail client, .eml, PDF,
copy, outside the app) and is recorded as for a notice. A sent sheet counts as telling the
agent of each listen it covers (R7): in the same transaction the pending listen notices of
those listens are marked sent, by the sheet's channel, under the sheet's one receipt.

The sheet gives the call's day and time, never the other party's number. Its record stays
after the scorecards are deleted with their recordings; its free summary goes once no
recording it covers is left (vault/coaching_repo.delete_for_recording).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from supervisor_app.domain import retention
from supervisor_app.domain.coaching import Scorecard, ScorecardState, SheetState, clean_summary
from supervisor_app.domain.errors import AccessDenied, InputError, NotFound
from supervisor_app.domain.feedback_sheet import (
    ComposedSheet,
    SheetCall,
    SheetCriterion,
    SheetFacts,
    SheetListen,
    SheetNote,
    compose,
)
from supervisor_app.domain.notifications import (
    Channel,
    Kind,
    Listener,
    PurposeFacts,
    State,
    check_note,
    receipt_code,
)
from supervisor_app.domain.people import Agent
from supervisor_app.domain.policy import Policy
from supervisor_app.domain.roles import Role, parse_role
from supervisor_app.services import error_codes as codes
from supervisor_app.services.documents import load_templates
from supervisor_app.services.files import write_bytes
from supervisor_app.services.letters import Letter, eml_bytes, mailto_url
from supervisor_app.services.session import Session
from supervisor_app.vault import (
    audit,
    coaching_repo,
    listen_repo,
    notifications_repo,
    people_repo,
    policy_repo,
    recordings_repo,
)
from supervisor_app.vault.coaching_repo import NewSheet, ScorecardFilter, SheetLine
from supervisor_app.vault.coaching_repo import SheetRow as SheetRow  # for ui/
from supervisor_app.vault.db import transaction
from supervisor_app.vault.listen_repo import ListenFilter
from supervisor_app.vault.notifications_repo import ItemFilter

Clock = Callable[[], dt.datetime]
EML_KIND = "feedback-sheet"


@dataclass(frozen=True, slots=True)
class SheetPreview:
    """What a sheet would hold now: the scorecards it covers and its text (no receipt yet)."""

    agent_id: int
    agent_name: str
    language: str
    scorecards: tuple[int, ...]
    sheet: ComposedSheet


class FeedbackSheetService:
    """Use cases of the Coaching page's sheets and ``supervisor-app coaching``."""

    def __init__(self, session: Session, templates: Mapping[str, str] | None = None) -> None:
        self.session = session
        self._templates = templates
        self._clock: Clock = lambda: dt.datetime.now(dt.UTC)

    def now(self) -> dt.datetime:
        """The service's current time."""
        return self._clock()

    def _policy(self) -> Policy:
        return policy_repo.latest_policy(self.session.conn) or Policy.empty()

    def _require_lead(self, team_id: int) -> None:
        if team_id not in self.session.user.teams_for(Role.TEAM_LEAD):
            raise AccessDenied(codes.ONLY_TEAM_LEAD_SHEETS)

    def _agent(self, agent_id: int) -> Agent:
        agent = people_repo.agent_by_id(self.session.conn, agent_id)
        if agent is None:
            raise NotFound(codes.NO_AGENT, agent=agent_id)
        return agent

    # --- choices -----------------------------------------------------------------------------

    def agents(self) -> list[Agent]:
        """The agents of the teams the user leads: whom they can send a sheet."""
        led = self.session.user.teams_for(Role.TEAM_LEAD)
        return people_repo.agents(self.session.conn, frozenset(led))

    def agent_by_extension(self, extension: str) -> Agent:
        """The agent with an extension (the command line names agents so)."""
        found = people_repo.extension_owner(self.session.conn, extension.strip())
        if found is None:
            raise NotFound(codes.NO_AGENT_WITH_EXTENSION, extension=extension.strip())
        return self._agent(found)

    # --- making ------------------------------------------------------------------------------

    def preview(
        self, agent_id: int, period_from: dt.date, period_to: dt.date, summary: str = ""
    ) -> SheetPreview:
        """The sheet as it would be made now, in the agent's language (its receipt follows)."""
        agent = self._agent(agent_id)
        self._require_lead(agent.team_id)
        cleaned = _summary(summary)
        cards = self._covered(agent, period_from, period_to)
        sheet = self._compose(agent, cards, period_from, period_to, cleaned, None)
        return SheetPreview(
            agent.id,
            agent.name,
            agent.language.value,
            tuple(c.id for c in cards if c.id is not None),
            sheet,
        )

    def create(
        self, agent_id: int, period_from: dt.date, period_to: dt.date, summary: str = ""
    ) -> SheetRow:
        """Record a pending sheet of the agent's shared scorecards in the period, with a receipt.

        Raises InputError when no shared scorecard falls in the period.
        """
        agent = self._agent(agent_id)
        self._require_lead(agent.team_id)
        cleaned = _summary(summary)
        conn = self.session.conn
        with transaction(conn):
            cards = self._covered(agent, period_from, period_to)
            if not cards:
                raise InputError(
                    codes.NOTHING_TO_SEND, agent=agent.name, start=period_from, end=period_to
                )
            lines = [
                SheetLine(listen.id, card.recording_id, card.id)
                for card in cards
                for listen in self._listens(card)
            ]
            sheet_id = coaching_repo.add_sheet(
                conn,
                NewSheet(
                    agent_id=agent.id,
                    team_id=agent.team_id,
                    period_from=period_from,
                    period_to=period_to,
                    language=agent.language.value,
                    summary=cleaned,
                    created_by=self.session.user.name,
                    created_at=self.now(),
                    lines=lines,
                ),
            )
            self.session.record(
                "feedback_sheet_created",
                f"agent:{agent.id}",
                {
                    "sheet": sheet_id,
                    "agent": agent.id,
                    "team": agent.team_id,
                    "from": period_from.isoformat(),
                    "to": period_to.isoformat(),
                    "scorecards": [c.id for c in cards],
                    "recordings": [c.recording_id for c in cards],
                    "listen_sessions": [line.listen_session_id for line in lines],
                },
            )
            # The entry just written is the head (the transaction holds the write lock).
            entry = audit.entries(conn, limit=1)[0]
            coaching_repo.set_receipt(conn, sheet_id, entry.seq, receipt_code(entry.hash))
        return self.sheet(sheet_id)

    def for_period(
        self, agent_id: int, period_from: dt.date, period_to: dt.date, summary: str = ""
    ) -> SheetRow:
        """The pending sheet of exactly this agent, period, summary and scorecards, else a new one.

        Writing a sheet out again (the command line does) then gives the same receipt instead
        of a new sheet each time; once a scorecard is added or the sheet was sent, it is new.
        """
        preview = self.preview(agent_id, period_from, period_to, summary)
        cleaned = _summary(summary)
        for row in self.sheets(agent_id):
            if (
                row.state is SheetState.PENDING
                and (row.period_from, row.period_to) == (period_from, period_to)
                and row.summary == cleaned
                and sorted(row.scorecard_ids) == sorted(preview.scorecards)
            ):
                return row
        return self.create(agent_id, period_from, period_to, summary)

    # --- reading -----------------------------------------------------------------------------

    def sheets(self, agent_id: int | None = None) -> list[SheetRow]:
        """Sheets the user may see: of the teams they lead, or made by them (all for admins)."""
        user = self.session.user
        conn = self.session.conn
        if user.is_administrator or user.has(Role.AUDITOR):
            return coaching_repo.sheets(conn, agent_id=agent_id)
        return coaching_repo.sheets(
            conn,
            team_ids=frozenset(user.teams_for(Role.TEAM_LEAD)),
            agent_id=agent_id,
            created_by=user.name,
        )

    def sheet(self, sheet_id: int) -> SheetRow:
        """One sheet the user may see."""
        found = coaching_repo.sheet(self.session.conn, sheet_id)
        user = self.session.user
        visible = found is not None and (
            user.is_administrator
            or user.has(Role.AUDITOR)
            or found.team_id in user.teams_for(Role.TEAM_LEAD)
            or found.created_by == user.name
        )
        if found is None or not visible:
            raise NotFound(codes.NO_SHEET, sheet=sheet_id)
        return found

    def letter(self, sheet_id: int) -> Letter:
        """The sheet ready to send, in its agent's language, with its receipt."""
        row = self.sheet(sheet_id)
        self._require_lead(row.team_id)
        agent = self._agent(row.agent_id)
        if any(line.scorecard_id is None for line in row.lines):
            raise InputError(codes.SHEET_CALL_DELETED, sheet=sheet_id)
        cards = coaching_repo.full_scorecards(self.session.conn, row.scorecard_ids)
        composed = self._compose(
            agent, cards, row.period_from, row.period_to, row.summary, row.receipt
        )
        return Letter(
            item_id=row.id,
            language=composed.language,
            agent_name=agent.name,
            to=agent.email,
            subject=composed.subject,
            text=composed.text,
            html=composed.html,
            receipt=row.receipt,
        )

    def mailto(self, sheet_id: int) -> str:
        """A ``mailto:`` link with the sheet's address, subject and text."""
        letter = self.letter(sheet_id)
        return mailto_url(letter.to, letter.subject, letter.text)

    def eml(self, sheet_id: int, *, now: dt.datetime | None = None) -> bytes:
        """The sheet as an e-mail message (.eml), opened by mail programs as a draft."""
        letter = self.letter(sheet_id)
        sender = self._policy().organisation.contact
        return eml_bytes(letter, sender=sender, now=now, kind=EML_KIND)

    def write_eml(self, sheet_id: int, path: Path) -> Path:
        """Save the sheet as .eml where the user chose (atomically); then mark it sent."""
        write_bytes(Path(path), self.eml(sheet_id))
        return Path(path)

    # --- sending -----------------------------------------------------------------------------

    def mark_sent(
        self,
        sheet_id: int,
        channel: Channel | str,
        note: str = "",
        *,
        expected_receipt: str | None = None,
    ) -> SheetRow:
        """Record that a pending sheet reached the agent, and the listens it covers with it.

        The pending listen notices of the covered listens are marked sent in the same
        transaction, by the sheet's channel, with a note naming the sheet and its receipt;
        the one audit entry lists them. Raises InputError for an unknown channel, a missing
        note for ``outside``, a sheet that is not pending, or one whose receipt is not the
        one the user sent.
        """
        try:
            chosen = Channel(channel)
        except ValueError:
            valid = ", ".join(c.value for c in Channel)
            raise InputError(codes.SHEET_UNKNOWN_CHANNEL, channel=channel, valid=valid) from None
        cleaned = check_note(chosen, note)
        conn, user = self.session.conn, self.session.user.name
        with transaction(conn):
            row = self.sheet(sheet_id)
            self._require_lead(row.team_id)
            if row.state is not SheetState.PENDING:
                raise _already(sheet_id, row.state)
            if expected_receipt is not None and expected_receipt != row.receipt:
                raise InputError(codes.SHEET_NOT_SHOWN, sheet=sheet_id)
            if any(line.scorecard_id is None for line in row.lines):
                raise InputError(codes.SHEET_CALL_DELETED_WITHDRAW, sheet=sheet_id)
            now = self.now()
            coaching_repo.set_sheet_sent(conn, sheet_id, chosen, user, now, cleaned)
            told = f"feedback sheet {sheet_id}, receipt {row.receipt}"
            marked: list[int] = []
            overdue: list[int] = []
            for line in row.lines:
                notices = notifications_repo.items(
                    conn, ItemFilter(listen_session_id=line.listen_session_id, kind=Kind.LISTENED)
                )
                for item in notices:
                    if item.state is not State.PENDING:
                        continue
                    if notifications_repo.set_sent(conn, item.id, chosen, user, now, told):
                        marked.append(item.id)
                        if item.is_overdue(now):
                            overdue.append(item.id)
            self.session.record(
                "feedback_sheet_sent",
                f"feedback_sheet:{sheet_id}",
                {
                    "sheet": sheet_id,
                    "agent": row.agent_id,
                    "team": row.team_id,
                    "channel": chosen.value,
                    "note": cleaned,
                    "receipt": row.receipt,
                    "notices_marked_sent": marked,
                    "overdue": overdue,
                },
            )
        return self.sheet(sheet_id)

    def withdraw(self, sheet_id: int) -> SheetRow:
        """Withdraw a sheet that was made but never sent (it stays on record as withdrawn)."""
        conn = self.session.conn
        with transaction(conn):
            row = self.sheet(sheet_id)
            self._require_lead(row.team_id)
            if not coaching_repo.set_sheet_withdrawn(
                conn, sheet_id, self.session.user.name, self.now()
            ):
                raise _already(sheet_id, row.state)
            self.session.record(
                "feedback_sheet_withdrawn",
                f"feedback_sheet:{sheet_id}",
                {"sheet": sheet_id, "agent": row.agent_id, "receipt": row.receipt},
            )
        return self.sheet(sheet_id)

    # --- gathering ---------------------------------------------------------------------------

    def _covered(self, agent: Agent, period_from: dt.date, period_to: dt.date) -> list[Scorecard]:
        """The agent's shared scorecards of calls in the period (local days, both included)."""
        if period_to < period_from:
            raise InputError(codes.PERIOD_BACKWARDS)
        zone = retention.zone(self._policy().scope.timezone)
        start = dt.datetime.combine(period_from, dt.time(), zone).astimezone(dt.UTC)
        end = dt.datetime.combine(period_to + dt.timedelta(days=1), dt.time(), zone)
        rows = coaching_repo.scorecards(
            self.session.conn,
            ScorecardFilter(
                shared_in_teams=frozenset(self.session.user.teams_for(Role.TEAM_LEAD)),
                agent_id=agent.id,
                state=ScorecardState.SHARED,
                started_from=start,
                started_before=end.astimezone(dt.UTC),
            ),
        )
        cards = coaching_repo.full_scorecards(self.session.conn, [r.id for r in rows])
        return sorted(cards, key=lambda c: (c.call_started_at, c.id or 0))

    def _listens(self, card: Scorecard) -> list[listen_repo.ListenRow]:
        """The author's listens to the scored recording for the scorecard's purpose."""
        rows = listen_repo.sessions(
            self.session.conn,
            ListenFilter(
                recording_id=card.recording_id,
                user_name=card.author_name,
                purpose_id=card.purpose_id,
            ),
            limit=-1,
        )
        return sorted(rows, key=lambda r: (r.started_at, r.id))

    def _compose(
        self,
        agent: Agent,
        cards: Sequence[Scorecard],
        period_from: dt.date,
        period_to: dt.date,
        summary: str,
        receipt: str | None,
    ) -> ComposedSheet:
        policy = self._policy()
        language = agent.language.value
        org = policy.organisation
        facts = SheetFacts(
            agent_name=agent.name,
            organisation=org.name,
            contact=org.contact,
            timezone=policy.scope.timezone,
            period_from=period_from,
            period_to=period_to,
            summary=summary,
            calls=tuple(self._call(card, policy, language) for card in cards),
            receipt=receipt,
            sheet_date=retention.local_date(self.now(), retention.zone(policy.scope.timezone)),
            privacy_officer=org.privacy_officer,
            privacy_officer_is_dpo=org.privacy_officer_is_dpo,
            privacy_officer_contact=org.privacy_officer_contact,
        )
        templates = self._templates if self._templates is not None else load_templates()
        try:
            return compose(facts, language, templates)
        except ValueError as exc:  # a broken template is a bug of the installation
            raise RuntimeError(f"the feedback sheet cannot be written: {exc}") from exc

    def _call(self, card: Scorecard, policy: Policy, language: str) -> SheetCall:
        conn = self.session.conn
        detail = recordings_repo.recording(conn, card.recording_id)
        purpose = policy.purpose(card.purpose_id)
        disclose = purpose.disclose_listener_name if purpose is not None else False
        title = purpose.name_in(language) if purpose is not None else card.purpose_id
        basis = purpose.legal_basis if purpose is not None else None
        held = detail.summary.purposes if detail is not None else ()
        until = next((p.retain_until for p in held if p.purpose_id == card.purpose_id), None)
        listens = []
        for row in self._listens(card):
            notice = notifications_repo.items(
                conn, ItemFilter(listen_session_id=row.id, kind=Kind.LISTENED), 1
            )
            listens.append(
                SheetListen(
                    listened_at=row.started_at,
                    listener=self._listener(row.user_name, row.role, disclose),
                    purpose=PurposeFacts(title, basis, until or row.started_at),
                    reason=row.reason,
                    receipt=notice[0].receipt if notice else "",
                )
            )
        return SheetCall(
            started_at=card.call_started_at,
            direction=detail.summary.direction if detail is not None else None,
            protocol_version=card.protocol_version,
            scored_by=self._listener(card.author_name, card.author_role, disclose),
            criteria=tuple(
                SheetCriterion(c.text.get(language) or c.text.first(), c.outcome, c.comment)
                for c in card.criteria
            ),
            notes=tuple(SheetNote(n.at_ms, n.text) for n in card.notes),
            listens=tuple(listens),
        )

    def _listener(self, user_name: str, role: str, disclose: bool) -> Listener:
        """Who listened or judged: their name where the purpose discloses it, else the role."""
        try:
            parsed = parse_role(role)
        except ValueError:
            parsed = None
        if not disclose:
            return Listener(role=parsed)
        user = people_repo.user_by_name(self.session.conn, user_name)
        name = (user.display_name or user.name) if user is not None else user_name
        return Listener(name=name, role=parsed)


def _summary(text: str) -> str:
    return clean_summary(text)


def _already(sheet_id: int, state: SheetState) -> InputError:
    """A sheet that was sent or withdrawn before cannot be sent or withdrawn again."""
    if state is SheetState.WITHDRAWN:
        return InputError(codes.SHEET_ALREADY_WITHDRAWN, sheet=sheet_id)
    return InputError(codes.SHEET_ALREADY_SENT, sheet=sheet_id)

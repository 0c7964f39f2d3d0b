"""The register of requests from agents and callers (R15, R16), with their art. 12(3) deadlines.

Administrators register, extend and close requests; auditors read them. Every change is one
transaction with its audit entry. The log names the request, its kind and, for an agent,
the agent's id, never a caller's number: the number lives only in the register row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from supervisor_app.domain import requests as rules
from supervisor_app.domain import retention
from supervisor_app.domain.errors import AccessDenied, ErrorCode, InputError, NotFound
from supervisor_app.domain.requests import Outcome, RequestKind, RequestState, SubjectKind
from supervisor_app.domain.roles import Role
from supervisor_app.ingest import phone
from supervisor_app.services import error_codes as codes
from supervisor_app.services.session import Session
from supervisor_app.vault import people_repo, policy_repo, requests_repo
from supervisor_app.vault.db import transaction
from supervisor_app.vault.requests_repo import NewRequest, RequestFilter
from supervisor_app.vault.requests_repo import RequestRow as RequestRow  # re-exported for ui/

Clock = Callable[[], dt.datetime]
MAX_VERIFICATION_CHARS: Final = 500
SOON_DAYS: Final = 7  # "due soon" on the Dashboard card


@dataclass(frozen=True, slots=True)
class RequestView:
    """A request as a list shows it: the row, and where it stands today."""

    row: RequestRow
    overdue: bool
    days_left: int  # 0 on the last day, negative once overdue

    def to_json(self) -> dict[str, Any]:
        """The request as ``request list --json`` prints it."""
        r = self.row
        return {
            "id": r.id,
            "kind": r.kind.value,
            "subject": r.subject_kind.value,
            "agent": r.agent_id,
            "agent_name": r.agent_name,
            "number": r.number,
            "received_on": r.received_on.isoformat(),
            "verification": r.verification,
            "note": r.note,
            "deadline": r.deadline.isoformat(),
            "state": r.state.value,
            "overdue": self.overdue,
            "days_left": self.days_left if r.state.is_open else None,
            "extension_reason": r.extension_reason,
            "outcome_note": r.outcome_note,
            "closed_by": r.closed_by,
            "closed_on": r.closed_on.isoformat() if r.closed_on else None,
            "answered_in_time": (
                rules.answered_in_time(r.deadline, r.closed_on) if not r.state.is_open else None
            ),
        }


@dataclass(frozen=True, slots=True)
class RequestCounts:
    """What a Dashboard card says about requests."""

    open: int
    overdue: int
    due_soon: int  # open, not overdue, due within SOON_DAYS days
    next_deadline: dt.date | None  # the earliest deadline of an open request


def caller_number(text: str) -> str:
    """A caller's number as the vault stores it (E.164); InputError when it is not one.

    ``+31 6 1234 5678``, ``0612345678`` and ``0031612345678`` all give ``+31612345678``.
    """
    found = phone.normalise(text)
    if found is None:
        raise InputError(codes.NOT_A_PHONE_NUMBER, number=text.strip())
    return found


def require_reader(session: Session, denied: ErrorCode) -> None:
    """Administrators and auditors may read requests, exports' logs and reports."""
    user = session.user
    if not (user.has(Role.ADMINISTRATOR) or user.has(Role.AUDITOR)):
        raise AccessDenied(denied)


class RequestsService:
    """Use cases of the Requests page, its Dashboard card and the ``request`` commands."""

    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        self.session = session
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def now(self) -> dt.datetime:
        """The service's current time (injectable for tests)."""
        return self._clock()

    def today(self) -> dt.date:
        """Today in the policy's time zone: deadlines are local days."""
        policy = policy_repo.latest_policy(self.session.conn)
        tz = retention.zone(policy.scope.timezone if policy else "")
        return retention.local_date(self.now(), tz)

    # --- reading -------------------------------------------------------------------------------

    def list(
        self,
        *,
        open_only: bool = False,
        kind: RequestKind | None = None,
        subject_kind: SubjectKind | None = None,
        agent_id: int | None = None,
    ) -> list[RequestView]:
        """Requests, overdue first, then open ones by deadline, then closed ones newest first."""
        require_reader(self.session, codes.ONLY_READER_REQUESTS)
        rows = requests_repo.requests(
            self.session.conn,
            RequestFilter(
                open_only=open_only, kind=kind, subject_kind=subject_kind, agent_id=agent_id
            ),
        )
        today = self.today()
        by_id = {r.id: r for r in rows}
        order = rules.ordered((rules.DeadlineView(r.id, r.state, r.deadline) for r in rows), today)
        return [self._view(by_id[i], today) for i in order]

    def get(self, request_id: int) -> RequestView:
        """One request; NotFound when there is none with that id."""
        require_reader(self.session, codes.ONLY_READER_REQUESTS)
        row = requests_repo.request(self.session.conn, request_id)
        if row is None:
            raise NotFound(codes.NO_REQUEST, request=request_id)
        return self._view(row, self.today())

    def counts(self) -> RequestCounts:
        """Open, overdue and soon-due requests, and the next deadline."""
        require_reader(self.session, codes.ONLY_READER_REQUESTS)
        conn = self.session.conn
        today = self.today()
        open_rows = requests_repo.requests(conn, RequestFilter(open_only=True))
        overdue = requests_repo.count_open_due_by(conn, today - dt.timedelta(days=1))
        soon = requests_repo.count_open_due_by(conn, today + dt.timedelta(days=SOON_DAYS))
        return RequestCounts(
            open=len(open_rows),
            overdue=overdue,
            due_soon=soon - overdue,
            next_deadline=min((r.deadline for r in open_rows), default=None),
        )

    def _view(self, row: RequestRow, today: dt.date) -> RequestView:
        return RequestView(
            row,
            rules.is_overdue(row.state, row.deadline, today),
            rules.days_left(row.deadline, today),
        )

    # --- changes -------------------------------------------------------------------------------

    def add(
        self,
        kind: RequestKind | str,
        *,
        received_on: dt.date,
        agent_extension: str | None = None,
        agent_id: int | None = None,
        number: str | None = None,
        verification: str = "",
        note: str = "",
    ) -> RequestView:
        """Register a request that arrived on ``received_on``, from an agent or a caller.

        The agent is named by extension or id, the caller by phone number in any usual
        spelling. The deadline is one month after receipt.
        """
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_REGISTER_REQUESTS)
        chosen = _kind(kind)
        conn = self.session.conn
        named = [x for x in (agent_extension, agent_id, number) if x not in (None, "")]
        if len(named) != 1:
            raise InputError(codes.NAME_SUBJECT_ONCE)
        subject, stored_number, agent = SubjectKind.CALLER, None, None
        if number:
            stored_number = caller_number(number)
        else:
            subject = SubjectKind.AGENT
            if agent_extension:
                agent = people_repo.extension_owner(conn, agent_extension.strip())
                if agent is None:
                    raise NotFound(codes.NO_AGENT_WITH_EXTENSION, extension=agent_extension.strip())
            else:
                agent = agent_id
                if agent is None or people_repo.agent_by_id(conn, agent) is None:
                    raise NotFound(codes.NO_AGENT, agent=str(agent_id))
        rules.check_received(received_on, self.today())
        verification = " ".join(verification.split())
        note = note.strip()
        if len(verification) > MAX_VERIFICATION_CHARS or len(note) > rules.MAX_NOTE_CHARS:
            raise InputError(
                codes.REQUEST_TEXT_TOO_LONG,
                verification=MAX_VERIFICATION_CHARS,
                note=rules.MAX_NOTE_CHARS,
            )
        due = rules.deadline(received_on)
        now = self.now()
        with transaction(conn):
            request_id = requests_repo.add_request(
                conn,
                NewRequest(
                    kind=chosen,
                    subject_kind=subject,
                    agent_id=agent,
                    number=stored_number,
                    received_on=received_on,
                    verification=verification,
                    note=note,
                    deadline=due,
                    created_by=self.session.user.name,
                    created_at=now,
                ),
            )
            self.session.record(
                "request_registered",
                f"request:{request_id}",
                {
                    "request": request_id,
                    "kind": chosen.value,
                    "subject": subject.value,
                    "agent": agent,
                    "received_on": received_on.isoformat(),
                    "deadline": due.isoformat(),
                    "verified": bool(verification),
                },
            )
        return self.get(request_id)

    def extend(self, request_id: int, reason: str) -> RequestView:
        """Extend an open request by two months (once, within its first month, with a reason)."""
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_EXTEND_REQUESTS)
        conn = self.session.conn
        with transaction(conn):
            row = self.get(request_id).row
            cleaned = rules.check_extension(row.state, row.received_on, self.today(), reason)
            due = rules.deadline(row.received_on, extended=True)
            requests_repo.extend(conn, request_id, due, cleaned, self.session.user.name, self.now())
            self.session.record(
                "request_extended",
                f"request:{request_id}",
                {
                    "request": request_id,
                    "deadline": due.isoformat(),
                    "previous_deadline": row.deadline.isoformat(),
                    "reason": cleaned,
                },
            )
        return self.get(request_id)

    def close(self, request_id: int, outcome: Outcome | str, note: str) -> RequestView:
        """Close a request as answered or refused; the note says how, or why not."""
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_CLOSE_REQUESTS)
        chosen = _outcome(outcome)
        conn = self.session.conn
        with transaction(conn):
            view = self.get(request_id)
            row = view.row
            cleaned = rules.check_closing(row.state, chosen, note)
            today = self.today()
            state = RequestState(chosen.value)
            requests_repo.close(
                conn, request_id, state, cleaned, self.session.user.name, self.now(), today
            )
            self.session.record(
                "request_closed",
                f"request:{request_id}",
                {
                    "request": request_id,
                    "kind": row.kind.value,
                    "outcome": chosen.value,
                    "note": cleaned,
                    "deadline": row.deadline.isoformat(),
                    "in_time": rules.answered_in_time(row.deadline, today),
                },
            )
        return self.get(request_id)


def _kind(value: RequestKind | str) -> RequestKind:
    try:
        return RequestKind(value)
    except ValueError:
        valid = ", ".join(k.value for k in RequestKind)
        raise InputError(codes.UNKNOWN_REQUEST_KIND, kind=str(value), valid=valid) from None


def _outcome(value: Outcome | str) -> Outcome:
    try:
        return Outcome(value)
    except ValueError:
        raise InputError(codes.UNKNOWN_OUTCOME, outcome=str(value)) from None

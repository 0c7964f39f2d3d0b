"""Requests from data subjects (R15, R16): kinds, states, and the one-month deadline of art. 12(3).

A request is answered within one month of its receipt. When that is not enough (many or
complex requests) the deadline may be extended by two further months, once, with a reason,
and the subject must be told within the first month; so an extension is refused once the
first month is over. Months are calendar months, counted from the day of receipt as the
EU rules on periods do (Regulation 1182/71, art. 3): a request received on 15 January is due
on 15 February; one received on 31 January is due on the last day of February (28 or 29),
since February has no 31st; extended, it is due three months after receipt, on 30 April.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from supervisor_app.domain import error_codes as codes
from supervisor_app.domain.errors import InputError

FIRST_PERIOD_MONTHS: Final = 1
EXTENSION_MONTHS: Final = 2
MIN_REASON_CHARS: Final = 10
MAX_NOTE_CHARS: Final = 2000


class RequestKind(StrEnum):
    """What the subject asks for."""

    ACCESS = "access"  # art. 15: a copy of their data
    ERASURE = "erasure"  # art. 17: delete their recordings
    OBJECTION = "objection"  # art. 21: stop processing (sampling) on legitimate interest
    RESTRICTION = "restriction"  # art. 18: keep, but do not use, while something is settled


class SubjectKind(StrEnum):
    """Whose request it is: an agent of the vault, or a caller known by a phone number."""

    AGENT = "agent"
    CALLER = "caller"


class RequestState(StrEnum):
    """Where a request stands; answered and refused are final."""

    OPEN = "open"
    EXTENDED = "extended"  # still open, with the two extra months
    ANSWERED = "answered"
    REFUSED = "refused"

    @property
    def is_open(self) -> bool:
        """Whether the request still waits for an answer."""
        return self in (RequestState.OPEN, RequestState.EXTENDED)


class Outcome(StrEnum):
    """How a request is closed."""

    ANSWERED = "answered"
    REFUSED = "refused"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` later; the month's last day if it has no such day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def deadline(received_on: dt.date, *, extended: bool = False) -> dt.date:
    """The last day to answer: one month after receipt, three when extended."""
    months = FIRST_PERIOD_MONTHS + (EXTENSION_MONTHS if extended else 0)
    return add_months(received_on, months)


def check_received(received_on: dt.date, today: dt.date) -> None:
    """A request cannot arrive in the future; raise InputError with the sentence to show."""
    if received_on > today:
        raise InputError(codes.REQUEST_RECEIVED_IN_FUTURE, date=received_on)


def check_extension(state: RequestState, received_on: dt.date, today: dt.date, reason: str) -> str:
    """The cleaned reason for extending, or InputError saying why it cannot be extended.

    Only an open request that was not extended before, within its first month, with a reason
    of at least MIN_REASON_CHARS characters.
    """
    cleaned = " ".join(reason.split())
    if state is RequestState.EXTENDED:
        raise InputError(codes.REQUEST_ALREADY_EXTENDED)
    _check_open(state)
    if today > deadline(received_on):
        raise InputError(codes.REQUEST_FIRST_MONTH_PASSED)
    if len(cleaned) < MIN_REASON_CHARS:
        raise InputError(codes.REQUEST_EXTENSION_REASON, least=MIN_REASON_CHARS)
    return cleaned


def check_closing(state: RequestState, outcome: Outcome, note: str) -> str:
    """The cleaned closing note, or InputError: only open requests close, always with a note."""
    cleaned = " ".join(note.split())
    _check_open(state)
    if outcome is Outcome.REFUSED and len(cleaned) < MIN_REASON_CHARS:
        raise InputError(codes.REQUEST_REFUSAL_NOTE, least=MIN_REASON_CHARS)
    if not cleaned:
        raise InputError(codes.REQUEST_ANSWER_NOTE)
    if len(cleaned) > MAX_NOTE_CHARS:
        raise InputError(codes.REQUEST_NOTE_TOO_LONG, limit=MAX_NOTE_CHARS)
    return cleaned


def _check_open(state: RequestState) -> None:
    """A closed request cannot change any more."""
    if state is RequestState.ANSWERED:
        raise InputError(codes.REQUEST_ALREADY_ANSWERED)
    if not state.is_open:
        raise InputError(codes.REQUEST_ALREADY_REFUSED)


@dataclass(frozen=True, slots=True)
class DeadlineView:
    """The part of a request that its order in a list depends on."""

    id: int
    state: RequestState
    deadline: dt.date


def is_overdue(state: RequestState, due: dt.date, today: dt.date) -> bool:
    """Whether an open request's last day has passed (the deadline day itself is still in time)."""
    return state.is_open and today > due


def days_left(due: dt.date, today: dt.date) -> int:
    """Days until the deadline: 0 on the day itself, negative once overdue."""
    return (due - today).days


def answered_in_time(due: dt.date, closed_on: dt.date | None) -> bool:
    """Whether a closed request was closed on or before its deadline."""
    return closed_on is not None and closed_on <= due


def ordered(requests: Iterable[DeadlineView], today: dt.date) -> list[int]:
    """Ids in the order a list shows them: overdue first, then open by deadline, then closed.

    Among closed requests the newest deadline comes first; ties break on the id.
    """
    items = list(requests)
    overdue = [r for r in items if is_overdue(r.state, r.deadline, today)]
    waiting = [r for r in items if r.state.is_open and r not in overdue]
    closed = [r for r in items if not r.state.is_open]
    return (
        [r.id for r in sorted(overdue, key=lambda r: (r.deadline, r.id))]
        + [r.id for r in sorted(waiting, key=lambda r: (r.deadline, r.id))]
        + [r.id for r in sorted(closed, key=lambda r: (r.deadline, r.id), reverse=True)]
    )

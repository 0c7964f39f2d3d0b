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
    """A request cannot arrive in the future; raise ValueError with the sentence to show."""
    if received_on > today:
        raise ValueError(
            f"The day of receipt {received_on.isoformat()} lies in the future; "
            "enter the day the request arrived."
        )


def check_extension(state: RequestState, received_on: dt.date, today: dt.date, reason: str) -> str:
    """The cleaned reason for extending, or ValueError saying why it cannot be extended.

    Only an open request that was not extended before, within its first month, with a reason
    of at least MIN_REASON_CHARS characters.
    """
    cleaned = " ".join(reason.split())
    if state is RequestState.EXTENDED:
        raise ValueError("This request was already extended; the law allows one extension.")
    if not state.is_open:
        raise ValueError(f"This request was already {state.value}.")
    if today > deadline(received_on):
        raise ValueError(
            "The first month has passed, so the deadline can no longer be extended: the "
            "subject must be told of an extension within that month. Answer it now."
        )
    if len(cleaned) < MIN_REASON_CHARS:
        raise ValueError(
            f"Write why two more months are needed, in at least {MIN_REASON_CHARS} characters; "
            "the subject is told this reason."
        )
    return cleaned


def check_closing(state: RequestState, outcome: Outcome, note: str) -> str:
    """The cleaned closing note, or ValueError: only open requests close, always with a note."""
    cleaned = " ".join(note.split())
    if not state.is_open:
        raise ValueError(f"This request was already {state.value}.")
    least = MIN_REASON_CHARS if outcome is Outcome.REFUSED else 1
    if len(cleaned) < least:
        what = "why the request is refused" if outcome is Outcome.REFUSED else "how it was answered"
        raise ValueError(f"Write {what}, in at least {least} characters.")
    if len(cleaned) > MAX_NOTE_CHARS:
        raise ValueError(f"Keep the note under {MAX_NOTE_CHARS} characters.")
    return cleaned


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

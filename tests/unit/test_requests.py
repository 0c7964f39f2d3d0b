"""The requests register's rules (R15, R16): art. 12(3) deadlines in calendar months, states."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supervisor_app.domain.errors import InputError
from supervisor_app.domain.requests import (
    DeadlineView,
    Outcome,
    RequestState,
    add_months,
    answered_in_time,
    check_closing,
    check_extension,
    check_received,
    days_left,
    deadline,
    is_overdue,
    ordered,
)

D = dt.date


@pytest.mark.parametrize(
    ("received", "due", "extended_due"),
    [
        (D(2026, 1, 15), D(2026, 2, 15), D(2026, 4, 15)),
        # February has no 31st: the month's last day, in a common and in a leap year.
        (D(2026, 1, 31), D(2026, 2, 28), D(2026, 4, 30)),
        (D(2028, 1, 31), D(2028, 2, 29), D(2028, 4, 30)),
        (D(2026, 1, 29), D(2026, 2, 28), D(2026, 4, 29)),
        (D(2026, 3, 31), D(2026, 4, 30), D(2026, 6, 30)),
        (D(2026, 5, 31), D(2026, 6, 30), D(2026, 8, 31)),
        # Across the year's end.
        (D(2026, 12, 31), D(2027, 1, 31), D(2027, 3, 31)),
        (D(2026, 11, 30), D(2026, 12, 30), D(2027, 2, 28)),
        (D(2026, 2, 28), D(2026, 3, 28), D(2026, 5, 28)),
    ],
)
def test_deadlines_count_calendar_months_from_receipt(
    received: dt.date, due: dt.date, extended_due: dt.date
) -> None:
    assert deadline(received) == due
    # Extended: three months counted from receipt, not two months added to the first deadline
    # (which would give 28 April for a request of 31 January).
    assert deadline(received, extended=True) == extended_due


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(9000, 12, 31)), st.integers(0, 36))
def test_adding_months_keeps_the_day_or_takes_the_last_one(day: dt.date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    if later.day != day.day:
        assert later.day < day.day and (later + dt.timedelta(days=1)).day == 1
    assert later >= day


def test_overdue_is_the_day_after_the_deadline_and_only_while_open() -> None:
    due = D(2026, 2, 28)
    assert not is_overdue(RequestState.OPEN, due, D(2026, 2, 28))
    assert is_overdue(RequestState.OPEN, due, D(2026, 3, 1))
    assert is_overdue(RequestState.EXTENDED, due, D(2026, 3, 1))
    assert not is_overdue(RequestState.ANSWERED, due, D(2026, 3, 1))
    assert (days_left(due, D(2026, 2, 27)), days_left(due, D(2026, 3, 2))) == (1, -2)
    assert answered_in_time(due, D(2026, 2, 28)) and not answered_in_time(due, D(2026, 3, 1))
    assert not answered_in_time(due, None)


def test_an_extension_needs_a_reason_an_open_request_and_the_first_month() -> None:
    received = D(2026, 1, 31)
    reason = "Many recordings to review  for this agent"
    assert check_extension(RequestState.OPEN, received, D(2026, 2, 28), reason) == (
        "Many recordings to review for this agent"
    )
    with pytest.raises(InputError, match="first month has passed"):
        check_extension(RequestState.OPEN, received, D(2026, 3, 1), reason)
    with pytest.raises(InputError, match="already extended"):
        check_extension(RequestState.EXTENDED, received, D(2026, 2, 1), reason)
    with pytest.raises(InputError, match="already answered"):
        check_extension(RequestState.ANSWERED, received, D(2026, 2, 1), reason)
    with pytest.raises(InputError, match="at least 10"):
        check_extension(RequestState.OPEN, received, D(2026, 2, 1), "busy")


def test_closing_needs_an_open_request_and_a_note_a_refusal_a_reason() -> None:
    assert check_closing(RequestState.EXTENDED, Outcome.ANSWERED, " sent  by post ") == (
        "sent by post"
    )
    with pytest.raises(InputError, match="how the request was answered"):
        check_closing(RequestState.OPEN, Outcome.ANSWERED, "  ")
    with pytest.raises(InputError, match="why the request is refused"):
        check_closing(RequestState.OPEN, Outcome.REFUSED, "no")
    with pytest.raises(InputError, match="already refused"):
        check_closing(RequestState.REFUSED, Outcome.ANSWERED, "again")


def test_a_request_cannot_be_received_in_the_future() -> None:
    check_received(D(2026, 3, 1), D(2026, 3, 1))
    with pytest.raises(InputError, match="future"):
        check_received(D(2026, 3, 2), D(2026, 3, 1))


def test_lists_show_overdue_first_then_open_by_deadline_then_closed() -> None:
    today = D(2026, 3, 10)
    rows = [
        DeadlineView(1, RequestState.ANSWERED, D(2026, 2, 1)),
        DeadlineView(2, RequestState.OPEN, D(2026, 3, 20)),
        DeadlineView(3, RequestState.OPEN, D(2026, 3, 5)),
        DeadlineView(4, RequestState.EXTENDED, D(2026, 3, 9)),
        DeadlineView(5, RequestState.OPEN, D(2026, 3, 10)),
        DeadlineView(6, RequestState.REFUSED, D(2026, 3, 1)),
    ]
    assert ordered(rows, today) == [3, 4, 5, 2, 6, 1]

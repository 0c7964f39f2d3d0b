"""Notice rules (R7): deadlines in local days, overdue instants across DST, receipts, states."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supervisor_app.domain.errors import InputError
from supervisor_app.domain.notifications import (
    Channel,
    Kind,
    State,
    can_move,
    check_note,
    deadline_days,
    due,
    is_overdue,
    iso_week,
    parse_week,
    receipt_code,
    receipt_prefix,
    zone,
)
from supervisor_app.domain.policy import Notification

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
UTC = dt.UTC
POLICY = Notification(deadline_days_after_listen=5, deadline_days_after_sampling=7)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=UTC)


# --- deadlines from the policy -----------------------------------------------------------------


def test_each_kind_takes_its_deadline_from_the_policy() -> None:
    assert deadline_days(Kind.LISTENED, POLICY) == 5
    assert deadline_days(Kind.SAMPLED, POLICY) == 7
    # No deadline of their own: the shorter of the two, so the agent is told sooner.
    assert deadline_days(Kind.PRIVATE_CALL_DESTROYED, POLICY) == 5
    assert deadline_days(Kind.RECORDING_ERASED, Notification(9, 3)) == 3
    assert deadline_days(Kind.RECORDING_ERASED, Notification(0, 4)) == 4
    assert deadline_days(Kind.LISTENED, Notification()) == 0  # not set: the same day


def test_a_deadline_counts_whole_local_days_and_ends_at_local_midnight() -> None:
    # Monday 16 November 2026, 15:00 in Amsterdam (CET, UTC+1).
    d = due(utc(2026, 11, 16, 14, 0), 5, AMSTERDAM)
    assert d.on == dt.date(2026, 11, 21)  # on time through Saturday
    assert d.overdue_from == utc(2026, 11, 21, 23, 0)  # Sunday 00:00 local
    assert d.overdue_from.astimezone(AMSTERDAM).time() == dt.time(0)


def test_the_local_day_counts_not_the_utc_day() -> None:
    # 23:30 UTC on the 16th is already 00:30 on the 17th in Amsterdam.
    d = due(utc(2026, 11, 16, 23, 30), 0, AMSTERDAM)
    assert d.on == dt.date(2026, 11, 17)
    assert d.overdue_from == utc(2026, 11, 17, 23, 0)
    # And a day boundary the other way round: 23:30 in New York is the next UTC day.
    d = due(utc(2026, 11, 17, 4, 30), 0, ZoneInfo("America/New_York"))
    assert d.on == dt.date(2026, 11, 16)
    assert d.overdue_from == utc(2026, 11, 17, 5, 0)


def test_overdue_starts_exactly_at_local_midnight() -> None:
    d = due(utc(2026, 11, 16, 14, 0), 0, AMSTERDAM)
    assert d.overdue_from == utc(2026, 11, 16, 23, 0)
    just_before = d.overdue_from - dt.timedelta(seconds=1)
    assert not is_overdue(State.PENDING, d.overdue_from, just_before)
    assert is_overdue(State.PENDING, d.overdue_from, d.overdue_from)
    assert is_overdue(State.PENDING, d.overdue_from, d.overdue_from + dt.timedelta(days=30))
    # A sent or acknowledged notice is never overdue.
    assert not is_overdue(State.SENT, d.overdue_from, d.overdue_from + dt.timedelta(days=1))
    assert not is_overdue(State.ACKNOWLEDGED, d.overdue_from, d.overdue_from)


@pytest.mark.parametrize(
    ("event", "days", "due_on", "overdue_from"),
    [
        # Autumn: clocks go back on Sunday 25 October 2026 (CEST → CET).
        (utc(2026, 10, 23, 8, 0), 1, dt.date(2026, 10, 24), utc(2026, 10, 24, 22, 0)),
        (utc(2026, 10, 22, 8, 0), 5, dt.date(2026, 10, 27), utc(2026, 10, 27, 23, 0)),
        (utc(2026, 10, 24, 21, 30), 0, dt.date(2026, 10, 24), utc(2026, 10, 24, 22, 0)),
        # Spring: clocks go forward on Sunday 29 March 2026 (CET → CEST).
        (utc(2026, 3, 27, 11, 0), 1, dt.date(2026, 3, 28), utc(2026, 3, 28, 23, 0)),
        (utc(2026, 3, 27, 11, 0), 2, dt.date(2026, 3, 29), utc(2026, 3, 29, 22, 0)),
        (utc(2026, 3, 28, 23, 30), 0, dt.date(2026, 3, 29), utc(2026, 3, 29, 22, 0)),
    ],
)
def test_deadlines_across_dst_end_at_local_midnight(
    event: dt.datetime, days: int, due_on: dt.date, overdue_from: dt.datetime
) -> None:
    d = due(event, days, AMSTERDAM)
    assert (d.on, d.overdue_from) == (due_on, overdue_from)
    assert d.overdue_from.astimezone(AMSTERDAM).replace(tzinfo=None) == dt.datetime.combine(
        due_on + dt.timedelta(days=1), dt.time(0)
    )


ZONES = ["Europe/Amsterdam", "America/New_York", "Pacific/Auckland", "Asia/Kolkata", "UTC"]


@given(
    st.datetimes(
        min_value=dt.datetime(2000, 1, 1),
        max_value=dt.datetime(2090, 1, 1),
        timezones=st.just(UTC),
    ),
    st.integers(min_value=0, max_value=120),
    st.sampled_from(ZONES),
)
def test_any_deadline_is_whole_local_days_after_the_event(
    event: dt.datetime, days: int, name: str
) -> None:
    tz = ZoneInfo(name)
    d = due(event, days, tz)
    local_event = event.astimezone(tz)
    assert (d.on - local_event.date()).days == days
    local_end = d.overdue_from.astimezone(tz)
    assert local_end.date() == d.on + dt.timedelta(days=1) and local_end.time() == dt.time(0)
    assert d.overdue_from > event
    assert not is_overdue(State.PENDING, d.overdue_from, event)


def test_a_naive_time_is_refused_and_an_unknown_zone_means_utc() -> None:
    with pytest.raises(ValueError, match="aware"):
        due(dt.datetime(2026, 11, 16, 9, 0), 5, AMSTERDAM)
    assert zone("") == ZoneInfo("UTC") and zone("Mars/Olympus") == ZoneInfo("UTC")
    assert zone("Europe/Amsterdam") == AMSTERDAM


# --- weeks -------------------------------------------------------------------------------------


def test_the_digest_week_is_the_local_iso_week() -> None:
    assert iso_week(utc(2026, 11, 16, 9, 0), AMSTERDAM) == "2026-W47"
    # Sunday 23:30 UTC is Monday 00:30 in Amsterdam: the next week.
    assert iso_week(utc(2026, 11, 22, 23, 30), AMSTERDAM) == "2026-W48"
    assert iso_week(utc(2026, 11, 22, 23, 30), ZoneInfo("UTC")) == "2026-W47"
    # 2026 has 53 ISO weeks; 1 January 2027 still belongs to it.
    assert iso_week(utc(2027, 1, 1, 12, 0), AMSTERDAM) == "2026-W53"
    assert parse_week("2026-W53") == (2026, 53)
    with pytest.raises(ValueError):
        parse_week("2026-53")


# --- receipts ----------------------------------------------------------------------------------


def test_a_receipt_is_the_first_twelve_hex_digits_in_groups_of_four() -> None:
    digest = "3f9a0c12be47" + "0" * 52
    assert receipt_code(digest) == "3f9a-0c12-be47"
    assert receipt_code(digest.upper()) == "3f9a-0c12-be47"
    with pytest.raises(ValueError):
        receipt_code("xyz")


@pytest.mark.parametrize(
    "typed", ["3f9a-0c12-be47", "3F9A 0C12 BE47", " 3f9a0c12be47 ", "3f9a–0c12–be47"]
)
def test_a_typed_receipt_is_read_whatever_the_spacing_and_case(typed: str) -> None:
    assert receipt_prefix(typed) == "3f9a0c12be47"


@pytest.mark.parametrize("typed", ["", "3f9a-0c12", "3f9a-0c12-be47-00", "3f9a-0c12-be4g"])
def test_what_is_not_a_receipt_is_refused_with_a_sentence(typed: str) -> None:
    with pytest.raises(InputError, match="not a receipt code"):
        receipt_prefix(typed)


# --- states and channels -----------------------------------------------------------------------


def test_states_only_move_forward_one_step() -> None:
    assert can_move(State.PENDING, State.SENT)
    assert can_move(State.SENT, State.ACKNOWLEDGED)
    for current, target in [
        (State.PENDING, State.ACKNOWLEDGED),
        (State.SENT, State.PENDING),
        (State.SENT, State.SENT),
        (State.ACKNOWLEDGED, State.SENT),
        (State.ACKNOWLEDGED, State.PENDING),
    ]:
        assert not can_move(current, target)


def test_sent_outside_the_app_needs_a_note() -> None:
    with pytest.raises(InputError, match="outside the app"):
        check_note(Channel.OUTSIDE, "   ")
    assert check_note(Channel.OUTSIDE, " handed  over\nin person ") == "handed over in person"
    assert check_note(Channel.MAIL, "") == ""

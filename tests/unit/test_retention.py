"""Deadlines counted from the call (R12): calendar days across DST, shorter-never-longer, holds."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supervisor_app.domain.retention import (
    HoldPeriod,
    PurposeDeadline,
    deadline,
    effective_deadlines,
    is_due,
    local_date,
    longest_deadline,
    on_or_after,
    recording_deadline,
    zone,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
UTC = dt.UTC


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    """An Amsterdam wall-clock time as an aware UTC datetime."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=AMSTERDAM).astimezone(UTC)


# --- the deadline ------------------------------------------------------------------------------


def test_the_deadline_is_the_calls_wall_clock_time_that_many_days_later() -> None:
    call = local(2026, 11, 18, 10, 30)
    assert deadline(call, 30, AMSTERDAM) == local(2026, 12, 18, 10, 30)
    # Counted from the call, never from when it was imported.
    assert deadline(call, 30, AMSTERDAM) - call == dt.timedelta(days=30)


def test_across_the_spring_clock_change_a_day_is_a_calendar_day() -> None:
    # 20 March at 10:00 CET (09:00 UTC) + 30 days = 19 April at 10:00 CEST (08:00 UTC).
    call = local(2026, 3, 20, 10, 0)
    end = deadline(call, 30, AMSTERDAM)
    assert end == local(2026, 4, 19, 10, 0)
    assert end.astimezone(AMSTERDAM).hour == 10
    assert end - call == dt.timedelta(days=30, hours=-1)  # 23-hour day on 29 March


def test_across_the_autumn_clock_change_a_day_is_a_calendar_day() -> None:
    call = local(2026, 10, 20, 10, 0)
    end = deadline(call, 30, AMSTERDAM)
    assert end == local(2026, 11, 19, 10, 0)
    assert end - call == dt.timedelta(days=30, hours=1)  # 25-hour day on 25 October


def test_a_wall_clock_time_the_spring_skip_removes_still_gives_a_deadline() -> None:
    # 02:30 on 29 March 2026 does not exist in Amsterdam: read with the winter offset, it is
    # 01:30 UTC, which is 03:30 summer time.
    call = local(2026, 2, 27, 2, 30)
    end = deadline(call, 30, AMSTERDAM)
    assert end == dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert end.astimezone(AMSTERDAM).strftime("%H:%M") == "03:30"


def test_the_deadline_in_utc_for_a_zone_the_policy_does_not_name() -> None:
    call = dt.datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
    assert zone("") is UTC and zone("Europe/Atlantis") is UTC
    assert deadline(call, 1, zone("")) == dt.datetime(2026, 3, 21, 9, 0, tzinfo=UTC)


def test_a_naive_call_time_is_refused() -> None:
    with pytest.raises(ValueError):
        deadline(dt.datetime(2026, 3, 20, 9, 0), 30, AMSTERDAM)


def test_the_recordings_deadline_is_its_last_purposes() -> None:
    call = local(2026, 11, 18, 10, 0)
    purposes = [
        PurposeDeadline("training", deadline(call, 30, AMSTERDAM)),
        PurposeDeadline("dispute", deadline(call, 90, AMSTERDAM)),
    ]
    assert recording_deadline(purposes) == local(2027, 2, 16, 10, 0)
    assert recording_deadline([]) is None
    assert longest_deadline(call, [30, 90], AMSTERDAM) == local(2027, 2, 16, 10, 0)
    assert longest_deadline(call, [], AMSTERDAM) is None


# --- a later policy: shorter applies, longer never -------------------------------------------


def test_a_shorter_retention_moves_the_deadline_forward() -> None:
    call = local(2026, 11, 18, 10, 0)
    stored = [PurposeDeadline("training", deadline(call, 30, AMSTERDAM))]
    now = effective_deadlines(call, stored, {"training": 14}, AMSTERDAM)
    assert now == (PurposeDeadline("training", local(2026, 12, 2, 10, 0)),)


def test_a_longer_retention_never_extends_what_was_stored() -> None:
    call = local(2026, 11, 18, 10, 0)
    stored = [PurposeDeadline("training", deadline(call, 30, AMSTERDAM))]
    assert effective_deadlines(call, stored, {"training": 365}, AMSTERDAM) == tuple(stored)


def test_a_purpose_the_policy_dropped_keeps_nothing() -> None:
    call = local(2026, 11, 18, 10, 0)
    stored = [PurposeDeadline("dispute", deadline(call, 90, AMSTERDAM))]
    assert effective_deadlines(call, stored, {"training": 30}, AMSTERDAM) == (
        PurposeDeadline("dispute", call),
    )


@given(
    days_then=st.integers(1, 3650),
    days_now=st.integers(0, 3650),
    minute=st.integers(0, 60 * 24 * 365),
)
def test_the_effective_deadline_is_never_later_than_the_stored_one(
    days_then: int, days_now: int, minute: int
) -> None:
    call = dt.datetime(2026, 1, 1, tzinfo=UTC) + dt.timedelta(minutes=minute)
    stored = [PurposeDeadline("p", deadline(call, days_then, AMSTERDAM))]
    (now,) = effective_deadlines(call, stored, {"p": days_now}, AMSTERDAM)
    assert now.retain_until <= stored[0].retain_until
    assert now.retain_until == min(stored[0].retain_until, deadline(call, days_now, AMSTERDAM))


# --- holds -------------------------------------------------------------------------------------


END = local(2026, 12, 18, 10, 0)


def test_a_recording_is_due_once_its_deadline_has_passed() -> None:
    assert not is_due(END, [], END - dt.timedelta(seconds=1), AMSTERDAM)
    assert is_due(END, [], END, AMSTERDAM)
    assert not is_due(None, [], END, AMSTERDAM)


def test_an_active_hold_keeps_it_and_a_released_one_does_not() -> None:
    placed = END - dt.timedelta(days=5)
    later = END + dt.timedelta(days=3)
    assert not is_due(END, [HoldPeriod(placed)], later, AMSTERDAM)
    released = HoldPeriod(placed, released_at=END + dt.timedelta(days=1))
    assert is_due(END, [released], later, AMSTERDAM)
    # Released only after now: still held now.
    assert not is_due(END, [released], END + dt.timedelta(hours=1), AMSTERDAM)


def test_a_hold_holds_through_its_last_day_in_the_policys_zone() -> None:
    hold = HoldPeriod(END - dt.timedelta(days=5), until=dt.date(2026, 12, 20))
    last_minute = local(2026, 12, 20, 23, 59)
    next_morning = local(2026, 12, 21, 0, 0)
    assert hold.active(last_minute, AMSTERDAM) and not hold.active(next_morning, AMSTERDAM)
    assert not is_due(END, [hold], last_minute, AMSTERDAM)
    assert is_due(END, [hold], next_morning, AMSTERDAM)


# --- the date gates' day -----------------------------------------------------------------------


def test_a_gate_day_counts_from_that_local_day_on() -> None:
    day = dt.date(2026, 3, 12)
    # 23:30 UTC on 11 March is 00:30 on 12 March in Amsterdam: on the day.
    assert on_or_after(dt.datetime(2026, 3, 11, 23, 30, tzinfo=UTC), day, AMSTERDAM)
    assert not on_or_after(dt.datetime(2026, 3, 11, 22, 59, tzinfo=UTC), day, AMSTERDAM)
    assert on_or_after(local(2026, 3, 12, 0, 0), day, AMSTERDAM)
    assert not on_or_after(local(2026, 3, 11, 23, 59), day, AMSTERDAM)
    assert not on_or_after(local(2030, 1, 1, 9, 0), None, AMSTERDAM)
    assert local_date(local(2026, 3, 12, 0, 30), AMSTERDAM) == day

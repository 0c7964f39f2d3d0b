"""Coaching rules: the protocol version a call is judged by, clean texts, trends per period."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supervisor_app.domain.coaching import (
    Outcome,
    PeriodKind,
    Scored,
    agent_trend,
    clean_comment,
    clean_note,
    criteria_from_protocol,
    last_periods,
    period_of,
    protocol_version_for_call,
    team_misses,
)
from supervisor_app.domain.errors import InputError

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DAY = dt.date(2026, 11, 16)


def test_a_call_is_judged_by_the_newest_version_received_by_its_day() -> None:
    received = [(1, dt.date(2026, 1, 5)), (2, DAY), (3, DAY + dt.timedelta(days=1))]
    assert protocol_version_for_call(received, DAY) == 2  # the same day counts
    assert protocol_version_for_call(received, DAY - dt.timedelta(days=1)) == 1
    assert protocol_version_for_call(received, dt.date(2025, 12, 31)) is None
    assert protocol_version_for_call([], DAY) is None


@given(
    st.lists(st.tuples(st.integers(1, 20), st.dates(dt.date(2025, 1, 1), dt.date(2027, 1, 1)))),
    st.dates(dt.date(2025, 1, 1), dt.date(2027, 1, 1)),
)
def test_never_a_version_received_after_the_call(
    received: list[tuple[int, dt.date]], day: dt.date
) -> None:
    version = protocol_version_for_call(received, day)
    known = [v for v, on in received if on <= day]
    assert version == (max(known) if known else None)


def test_criteria_pair_the_two_languages_in_order() -> None:
    criteria = criteria_from_protocol(
        ("Wees beleefd.", "Vloek nooit."), ("Be polite.", "Never swear.")
    )
    assert [(c.position, c.text.nl, c.text.en) for c in criteria] == [
        (1, "Wees beleefd.", "Be polite."),
        (2, "Vloek nooit.", "Never swear."),
    ]
    assert all(c.outcome is None and c.comment == "" for c in criteria)


def test_texts_are_cleaned_and_bounded() -> None:
    assert clean_comment("  too   quick \n here ") == "too quick here"
    assert clean_note(" line one \n\n  line   two ") == "line one\n\nline two"
    with pytest.raises(InputError, match="empty note"):
        clean_note("  \n ")
    with pytest.raises(InputError, match="at most 1000"):
        clean_comment("x" * 1001)


def test_periods_are_local_weeks_and_months() -> None:
    # Sunday 23:30 UTC is already Monday in Amsterdam: the next ISO week.
    late = dt.datetime(2026, 11, 22, 23, 30, tzinfo=dt.UTC)
    assert period_of(late, AMSTERDAM, PeriodKind.WEEK) == "2026-W48"
    assert period_of(late, dt.UTC, PeriodKind.WEEK) == "2026-W47"
    assert period_of(late, AMSTERDAM, PeriodKind.MONTH) == "2026-11"
    now = dt.datetime(2026, 1, 10, 12, tzinfo=dt.UTC)
    assert last_periods(now, AMSTERDAM, PeriodKind.MONTH, 3) == ["2025-11", "2025-12", "2026-01"]
    assert last_periods(now, AMSTERDAM, PeriodKind.WEEK, 2) == ["2026-W01", "2026-W02"]


def test_an_agents_trend_counts_each_criterion_per_period() -> None:
    periods = ["2026-W46", "2026-W47"]
    scores = [
        Scored("Be polite.", "2026-W46", Outcome.MET),
        Scored("Be polite.", "2026-W47", Outcome.NOT_MET),
        Scored("Be polite.", "2026-W47", Outcome.PARTLY),
        Scored("Never swear.", "2026-W47", Outcome.NOT_APPLICABLE),
        Scored("Never swear.", "2026-W40", Outcome.NOT_MET),  # outside the periods
    ]
    rows = agent_trend(scores, periods)
    assert [r.criterion for r in rows] == ["Be polite.", "Never swear."]
    polite, swear = rows
    assert [c.score for c in polite.cells] == [1.0, 0.25]
    assert [c.scored for c in swear.cells] == [0, 0]
    assert swear.cells[1].not_applicable == 1 and swear.cells[1].score is None


def test_a_teams_most_missed_criteria_come_first() -> None:
    scores = [
        Scored("Be polite.", "", Outcome.MET),
        Scored("Be polite.", "", Outcome.NOT_MET),
        Scored("Confirm the amount.", "", Outcome.NOT_MET),
        Scored("Confirm the amount.", "", Outcome.NOT_MET),
        Scored("Confirm the amount.", "", Outcome.MET),
        Scored("Never swear.", "", Outcome.MET),
        Scored("Never swear.", "", Outcome.NOT_APPLICABLE),
    ]
    rows = team_misses(scores)
    assert [(r.criterion, r.not_met, r.scored) for r in rows] == [
        ("Confirm the amount.", 2, 3),
        ("Be polite.", 1, 2),
        ("Never swear.", 0, 1),
    ]

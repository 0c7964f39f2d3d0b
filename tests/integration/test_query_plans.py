"""The lists' queries use indexes for every sort and filter the pages offer (EXPLAIN QUERY PLAN).

Each repository call is run on a real vault with SQLite's trace on, and every SELECT it ran is
explained. A plan may not read a whole table row by row (``SCAN x`` without an index), and a
list that walks its sort order may not sort in a temporary B-tree: at 100,000 recordings that
is the difference between milliseconds and seconds (bench/scale.py measures it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from supervisor_app.domain.notifications import Kind, State
from supervisor_app.services.session import Session
from supervisor_app.vault import listen_repo, notifications_repo, recordings_repo
from supervisor_app.vault.db import Connection
from supervisor_app.vault.listen_repo import ListenFilter
from supervisor_app.vault.notifications_repo import ItemFilter
from supervisor_app.vault.recordings_repo import PageKey, RecordingFilter, SortKey

DAY = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)
# The Notifications page's tabs: every notice, by state, and the overdue ones.
TABS = [
    ItemFilter(),
    ItemFilter(states=frozenset({State.PENDING})),
    ItemFilter(states=frozenset({State.SENT})),
    ItemFilter(states=frozenset({State.ACKNOWLEDGED})),
    ItemFilter(overdue_at=DAY),
]
TEAMS = frozenset({1, 2, 3})
STATUSES = ("held", "purged", None)  # the Show choices: kept, deleted, all


def plans(conn: Connection, call: Callable[[], object]) -> Iterator[tuple[str, list[str]]]:
    """Each SELECT the call ran, with the lines of its query plan.

    Lines of the statement itself start with "0:"; a subquery's (a notice's few lines in
    order, say) with its own number.
    """
    ran: list[str] = []
    traced: Any = conn  # sqlite3's own method, not part of the vault's Connection type
    traced.set_trace_callback(ran.append)
    try:
        call()
    finally:
        traced.set_trace_callback(None)
    for sql in ran:
        if sql.lstrip().upper().startswith(("SELECT", "WITH")):
            explained = conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
            yield sql, [f"{r[1]}:{r[3]}" for r in explained]


def no_table_scan(conn: Connection, call: Callable[[], object]) -> list[str]:
    """The plan lines of the call's queries; fails on a full scan of a table."""
    lines: list[str] = []
    for sql, plan in plans(conn, call):
        for line in plan:
            text = line.partition(":")[2]
            # "SCAN (subquery-1)" reads a subquery's own few rows, not a table.
            scans_table = text.startswith("SCAN ") and "INDEX" not in text and "(" not in text
            assert not scans_table, (line, sql)
        lines += plan
    return lines


def sorted_by_index(lines: list[str]) -> bool:
    """Whether the statements themselves walk their order (subqueries may sort a few rows)."""
    return not any(line == "0:USE TEMP B-TREE FOR ORDER BY" for line in lines)


@pytest.mark.parametrize(
    ("sort", "status", "descending"),
    list(itertools.product(SortKey, STATUSES, (True, False))),
)
def test_every_sort_of_the_recordings_walks_an_index(
    admin_session: Session, sort: SortKey, status: str | None, descending: bool
) -> None:
    conn = admin_session.conn
    filters = RecordingFilter(status=status)
    after = PageKey("x", 1, 10)

    def calls() -> None:
        recordings_repo.count(conn, filters)
        recordings_repo.page(conn, 0, 200, sort, descending, filters)
        recordings_repo.page(conn, 0, 200, sort, descending, filters, after=after)
        recordings_repo.page(conn, 0, 200, sort, descending, filters, before=after)
        recordings_repo.page(conn, 0, 200, sort, descending, filters, from_end=True)
        recordings_repo.position(conn, 10, sort, descending, filters)

    assert sorted_by_index(no_table_scan(conn, calls))


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(
    "narrowed",
    [
        RecordingFilter(agent_ids=frozenset({4})),
        RecordingFilter(started_from=DAY, started_before=DAY + dt.timedelta(days=7)),
        RecordingFilter(direction="outbound"),
        RecordingFilter(purpose_id="dispute"),
        RecordingFilter(on_hold=True),
        RecordingFilter(batch_id=2),
    ],
    ids=["agent", "dates", "direction", "purpose", "on hold", "batch"],
)
def test_every_filter_of_the_recordings_uses_an_index(
    admin_session: Session, narrowed: RecordingFilter, status: str | None
) -> None:
    conn = admin_session.conn
    filters = dataclasses.replace(narrowed, status=status)

    def calls() -> None:
        recordings_repo.count(conn, filters)
        recordings_repo.page(conn, 0, 200, SortKey.STARTED_AT, True, filters)

    no_table_scan(conn, calls)


def test_a_team_lead_s_list_walks_the_sort_order_and_checks_their_teams_on_the_way(
    admin_session: Session,
) -> None:
    """Scoped to three teams, a page still walks its sort index (count uses the teams')."""
    conn = admin_session.conn
    for sort, status in itertools.product(SortKey, STATUSES):
        filters = RecordingFilter(team_ids=TEAMS, status=status)
        page = functools.partial(recordings_repo.page, conn, 0, 200, sort, True, filters)
        lines = no_table_scan(conn, page)
        assert sorted_by_index(lines), (sort, status, lines)
        counted = no_table_scan(conn, functools.partial(recordings_repo.count, conn, filters))
        assert any("recordings_team_list" in line for line in counted), counted


@pytest.mark.parametrize(
    "filters",
    [
        ListenFilter(),
        ListenFilter(agent_id=4),
        ListenFilter(user_name="bram"),
        ListenFilter(purpose_id="training"),
        ListenFilter(started_from=DAY, started_before=DAY + dt.timedelta(days=7)),
        ListenFilter(recording_id=12),
    ],
    ids=["all", "agent", "listener", "purpose", "dates", "recording"],
)
def test_every_filter_of_the_listen_log_uses_an_index(
    admin_session: Session, filters: ListenFilter
) -> None:
    conn = admin_session.conn
    no_table_scan(conn, lambda: listen_repo.sessions(conn, filters, 1000))


@pytest.mark.parametrize(
    "filters",
    [
        *TABS,
        ItemFilter(states=frozenset({State.PENDING}), team_ids=TEAMS),
        ItemFilter(states=frozenset({State.PENDING}), agent_id=4),
        ItemFilter(kind=Kind.LISTENED),
        ItemFilter(receipt="0" * 32),
        ItemFilter(listen_session_id=3),
    ],
    ids=[
        "all",
        "pending",
        "sent",
        "acknowledged",
        "overdue",
        "team",
        "agent",
        "kind",
        "receipt",
        "listen",
    ],
)
def test_every_tab_and_filter_of_the_notifications_uses_an_index(
    admin_session: Session, filters: ItemFilter
) -> None:
    conn = admin_session.conn

    def calls() -> None:
        notifications_repo.count(conn, filters)
        notifications_repo.items(conn, filters, 1000)

    lines = no_table_scan(conn, calls)
    # The tabs list many notices by deadline; the other filters find a few, or one.
    if filters in TABS:
        assert sorted_by_index(lines), lines

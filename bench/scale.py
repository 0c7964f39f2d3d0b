"""Scale: the real pages on a vault of 100,000 recordings, against the raw SQL of the same query.

Builds a vault (or reuses the one --keep left) with --recordings recordings, each with the
peaks of a --minutes call (50 values a second) in its own table, 200 agents in 20 teams,
--listens listen sessions with a notice each, and --audit audit entries. The rows are
written inside SQLite (INSERT … SELECT): an import of 100,000 calls would take hours and
measure the import, not the lists.

Then it drives the real Recordings, Listen log and Notifications pages offscreen through
the operations layer, as an administrator and as a team lead of three teams: every sort
both ways, every filter, a jump to row 40,000 and to the last row. For each action it
prints the longest time the GUI thread was blocked (the longest gap between the ticks of
a 2 ms timer on the GUI thread), the time until the rows were on screen, and the time of
the same query run straight through the repository on a connection of its own (the raw
SQL baseline of the same run). Aim: no block over 50 ms, rows within 200 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox

from supervisor_app import paths
from supervisor_app.domain.roles import Role
from supervisor_app.services import session as session_service
from supervisor_app.services import setup
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.notifications import NotificationService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.registry import Services
from supervisor_app.services.session import Session
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.core.tasks import TaskRunner
from supervisor_app.ui.dialogs.notice_actions import NoticeSender
from supervisor_app.ui.models.recordings_model import SORT_KEYS, Column
from supervisor_app.ui.pages.listen_log_page import SHOWN_LIMIT as LISTENS_SHOWN
from supervisor_app.ui.pages.listen_log_page import ListenLogPage
from supervisor_app.ui.pages.notifications_page import SHOWN_LIMIT as NOTICES_SHOWN
from supervisor_app.ui.pages.notifications_page import NotificationsPage
from supervisor_app.ui.pages.recordings_page import RecordingsPage
from supervisor_app.vault import recordings_repo
from supervisor_app.vault.db import Connection, transaction
from supervisor_app.vault.keyslots import KdfParams
from supervisor_app.vault.listen_repo import ListenFilter
from supervisor_app.vault.recordings_repo import RecordingFilter, SortKey, to_text

ADMIN, LEAD = "bench", "lead"
PASSPHRASE = "bench-paarse-olifant-fietst-morgen"
BENCH_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
TEAMS, AGENTS = 20, 200
LEAD_TEAMS = 3
PEAKS_PER_SECOND = 50
AIM_BLOCK_MS, AIM_SHOWN_MS = 50.0, 200.0
_ORDER_WORD = {Qt.SortOrder.AscendingOrder: "up", Qt.SortOrder.DescendingOrder: "down"}
FIRST_NAMES = [
    "Fatima",
    "Ivo",
    "Kofi",
    "Hannah",
    "Gert",
    "Sanne",
    "Daan",
    "Noor",
    "Lucas",
    "Emma",
    "Mohammed",
    "Julia",
    "Sem",
    "Lotte",
    "Finn",
    "Saar",
    "Milan",
    "Yara",
    "Bram",
    "Anouk",
]
SURNAMES = [
    "de Vries",
    "Jansen",
    "El Amrani",
    "Mensah",
    "Visser",
    "van Dijk",
    "Bakker",
    "Smit",
    "Meijer",
    "de Boer",
]


# --- building the vault -------------------------------------------------------------------------


def build(folder: Path, recordings: int, minutes: float, listens: int, audit: int) -> None:
    """A vault with the people, recordings, listens, notices and audit entries of the bench."""
    session, _ = setup.create(folder, ADMIN, PASSPHRASE, kdf=BENCH_KDF)
    try:
        people = PeopleService(session)
        teams = [people.add_team(f"Team {n:02d}") for n in range(1, TEAMS + 1)]
        agents = []
        for n in range(AGENTS):
            name = f"{FIRST_NAMES[n % len(FIRST_NAMES)]} {SURNAMES[n // len(FIRST_NAMES)]}"
            team = teams[n % TEAMS].name
            agents.append(people.add_agent(name, [str(2000 + n)], team))
        lead_grants = people.grants_for([Role.TEAM_LEAD], [t.name for t in teams[:LEAD_TEAMS]])
        people.add_user(LEAD, lead_grants, PASSPHRASE)
        PolicyService(session).import_file(paths.resources_dir() / "policy.example.toml")
        conn = session.conn
        _fill_recordings(conn, recordings, minutes, [(a.id, a.team_id) for a in agents])
        _fill_listens(conn, recordings, listens)
        _fill_audit(conn, audit)
        conn.execute("ANALYZE")
    finally:
        session.lock()


def _numbers(count: int) -> str:
    return f"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {count - 1})"


def _fill_recordings(
    conn: Connection, count: int, minutes: float, agents: list[tuple[int, int]]
) -> None:
    """Recordings over the last three weeks, newest last; 1 in 20 deleted, 1 in 1000 held."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    first = now - dt.timedelta(days=21)
    step = max(1, int(21 * 86_400 / count))
    keep = to_text(now + dt.timedelta(days=30))
    peaks = int(minutes * 60 * PEAKS_PER_SECOND)
    conn.execute("CREATE TEMP TABLE bench_agents (n INTEGER PRIMARY KEY, id, team_id, name, team)")
    conn.executemany(
        "INSERT INTO bench_agents SELECT ?, a.id, a.team_id, a.name, t.name"
        " FROM agents a JOIN teams t ON t.id = a.team_id WHERE a.id = ?",
        [(n, agent_id) for n, (agent_id, _team) in enumerate(agents)],
    )
    with transaction(conn):
        batch = recordings_repo_batch(conn, now)
        conn.execute(
            f"{_numbers(count)} INSERT INTO recordings (id, batch_id, source, call_id,"
            " fingerprint, source_sha256, agent_id, team_id, agent_sort, team_sort, started_at,"
            " direction, duration_s, samplerate, channels, frames, audio_size, audio_sha256,"
            " stored_at, retain_until, status)"
            " SELECT i + 1, ?, 'manifest', 'call-' || i, printf('%064x', i), '', b.id, b.team_id,"
            " lower(b.name), lower(b.team),"
            " strftime('%Y-%m-%dT%H:%M:%SZ', ?, '+' || (i * ?) || ' seconds'),"
            " iif(i % 3, 'inbound', 'outbound'), (i * 7919) % 900, 8000, 1, 8000, 0, '', ?, ?,"
            " iif(i % 20 = 7, 'purged', 'held')"
            f" FROM n JOIN bench_agents b ON b.n = i % {len(agents)}",
            (batch, to_text(first), step, to_text(now), keep),
        )
        conn.execute(
            f"{_numbers(count)} INSERT INTO recording_purposes (recording_id, purpose_id,"
            " retain_until) SELECT i + 1, 'training', ? FROM n",
            (keep,),
        )
        conn.execute(
            f"{_numbers(count)} INSERT INTO recording_purposes (recording_id, purpose_id,"
            " retain_until) SELECT i + 1, 'dispute', ? FROM n WHERE i % 3 = 0",
            (keep,),
        )
    # Peaks in slices: one transaction of a gigabyte would hold it all in the WAL.
    for start in range(0, count, 10_000):
        with transaction(conn):
            conn.execute(
                "INSERT INTO recording_peaks (recording_id, peaks)"
                " SELECT id, randomblob(?) FROM recordings"
                " WHERE id > ? AND id <= ? AND status = 'held'",
                (peaks, start, start + 10_000),
            )
    with transaction(conn):
        conn.execute(
            "INSERT INTO recording_holds (recording_id, purpose_id, case_reference, reason,"
            " placed_by, placed_at) SELECT id, 'dispute', 'DOS-' || id, 'bench hold reason text',"
            " ?, ? FROM recordings WHERE id % 1000 = 3 AND status = 'held'",
            (ADMIN, to_text(now)),
        )


def recordings_repo_batch(conn: Connection, now: dt.datetime) -> int:
    """One import batch for every recording."""
    cursor = conn.execute(
        "INSERT INTO import_batches (source, mode, seed, policy_version, imported_by,"
        " started_at) VALUES ('manifest', 'source', ?, 1, ?, ?)",
        ("00" * 16, ADMIN, to_text(now)),
    )
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def _fill_listens(conn: Connection, recordings: int, count: int) -> None:
    """Listen sessions spread over the recordings, each with its notice to the agent."""
    user_ids = [int(r[0]) for r in conn.execute("SELECT id FROM users ORDER BY id")]
    names = {int(r[0]): r[1] for r in conn.execute("SELECT id, name FROM users")}
    conn.execute("CREATE TEMP TABLE bench_users (n INTEGER PRIMARY KEY, id, name)")
    conn.executemany(
        "INSERT INTO bench_users VALUES (?, ?, ?)",
        [(n, uid, names[uid]) for n, uid in enumerate(user_ids)],
    )
    with transaction(conn):
        conn.execute(
            f"{_numbers(count)} INSERT INTO listen_sessions (id, recording_id, user_id,"
            " user_name, role, purpose_id, reason, samplerate, started_at, ended_at, intervals,"
            " state)"
            " SELECT i + 1, r.id, u.id, u.name, 'team_lead', iif(i % 4, 'training', 'dispute'),"
            " 'Coaching on how the agent handled the objection', 8000, r.started_at,"
            " r.started_at, '[[0, 8000]]', 'closed'"
            f" FROM n JOIN recordings r ON r.id = 1 + (i * 37) % {recordings}"
            f" JOIN bench_users u ON u.n = i % {len(user_ids)}",
        )
        conn.execute(
            "INSERT INTO notifications (kind, agent_id, team_id, listen_session_id, created_at,"
            " due_on, due_at, state, audit_seq, receipt)"
            " SELECT 'listened', r.agent_id, r.team_id, l.id, l.started_at, date(l.started_at),"
            " l.started_at, iif(l.id % 5, 'sent', 'pending'), 1, printf('%032x', l.id)"
            " FROM listen_sessions l JOIN recordings r ON r.id = l.recording_id"
        )


def _fill_audit(conn: Connection, count: int) -> None:
    """Copies of the newest entry up to count entries (volume, not a valid chain)."""
    columns = [r[1] for r in conn.execute("PRAGMA table_info(audit_log)")]
    start = int(conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0])
    override = {
        "seq": f"{start} + 1 + i",
        "hash": f"printf('%064x', {start} + 1 + i)",
        "prev_hash": f"printf('%064x', {start} + i)",
    }
    chosen = ", ".join(override.get(c, c) for c in columns)
    with transaction(conn):
        conn.execute(
            f"{_numbers(count - start)} INSERT INTO audit_log ({', '.join(columns)})"
            f" SELECT {chosen} FROM n JOIN audit_log a ON a.seq = {start}"
        )


# --- measuring ----------------------------------------------------------------------------------


class BlockMeter(QObject):
    """A 2 ms timer on the GUI thread: the longest gap between its ticks is the longest block."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(2)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.longest


@dataclass
class Result:
    page: str
    who: str
    action: str
    block_ms: float
    shown_ms: float
    raw_ms: float


def wait_until(app: QApplication, done: Callable[[], bool], limit_s: float = 120.0) -> None:
    started = time.perf_counter()
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
        if time.perf_counter() - started > limit_s:
            raise TimeoutError("the page did not show its rows in time")


def raw_ms(query: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of a few runs of the query straight on a connection (the baseline)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        query()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


class Driver:
    """Performs an action on a page and measures it, with its raw SQL baseline."""

    def __init__(self, app: QApplication, ops: Ops, raw: Session, who: str) -> None:
        self.app = app
        self.ops = ops
        self.raw = raw
        self.who = who
        self.meter = BlockMeter()
        self.results: list[Result] = []

    def measure(
        self,
        page: str,
        action: str,
        act: Callable[[], None],
        shown: Callable[[], bool],
        baseline: Callable[[], object],
    ) -> None:
        wait_until(self.app, lambda: not self.ops.busy)
        self.meter.start()
        started = time.perf_counter()
        act()
        wait_until(self.app, lambda: not self.ops.busy and shown())
        took = (time.perf_counter() - started) * 1000
        block = self.meter.stop() * 1000
        self.results.append(Result(page, self.who, action, block, took, raw_ms(baseline)))
        print(f"  {page:<13} {action:<34} {block:7.1f} {took:8.1f} {self.results[-1].raw_ms:8.1f}")


def visible_rows_read(page: RecordingsPage) -> bool:
    """Whether every row in view shows its recording (its page has been read)."""
    view, model = page.view, page.model
    if model.loading:
        return False
    if model.total == 0:
        return True
    top = max(view.rowAt(0), 0)
    bottom = view.rowAt(view.viewport().height() - 1)
    bottom = model.total - 1 if bottom < 0 else bottom
    return all(model.summary_at(row) is not None for row in range(top, bottom + 1))


def drive_recordings(driver: Driver, scope: RecordingFilter) -> None:
    """Every sort both ways, every filter and two jumps on the Recordings page."""
    made: list[RecordingsPage] = []

    def open_page() -> None:
        made.append(RecordingsPage(driver.ops, may_import=True))
        made[0].resize(1180, 640)
        made[0].show()

    conn = driver.raw.conn
    size = 200

    def first(sort: SortKey, descending: bool, filters: RecordingFilter) -> Callable[[], object]:
        scoped = _scoped(filters, scope)
        return lambda: (
            recordings_repo.count(conn, scoped),
            recordings_repo.page(conn, 0, size, sort, descending, scoped),
        )

    kept = RecordingFilter(status="held")
    driver.measure(
        "Recordings",
        "open, newest first",
        open_page,
        lambda: bool(made) and visible_rows_read(made[0]),
        first(SortKey.STARTED_AT, True, kept),
    )
    page = made[0]
    header = page.view.horizontalHeader()
    for column, key in SORT_KEYS.items():
        if page.view.isColumnHidden(column):
            continue
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            driver.measure(
                "Recordings",
                f"sort by {column.name.lower()} {_ORDER_WORD[order]}",
                functools.partial(header.setSortIndicator, column, order),
                lambda: visible_rows_read(page),
                first(key, order == Qt.SortOrder.DescendingOrder, kept),
            )
    header.setSortIndicator(Column.STARTED, Qt.SortOrder.DescendingOrder)
    wait_until(driver.app, lambda: visible_rows_read(page))

    def choose(combo: QComboBox, index: int) -> Callable[[], None]:
        return lambda: combo.setCurrentIndex(index)

    filters: list[tuple[str, QComboBox, int]] = [
        ("agent", page.agent_combo, 1),
        ("team", page.team_combo, 1),
        ("purpose", page.purpose_combo, page.purpose_combo.findData("dispute")),
        ("direction", page.direction_combo, 2),
        ("show deleted", page.show_combo, page.show_combo.findData("deleted")),
        ("show on hold", page.show_combo, page.show_combo.findData("on_hold")),
        ("show all", page.show_combo, page.show_combo.findData("all")),
    ]
    for name, combo, index in filters:
        if not combo.isVisibleTo(page) or index < 1:
            continue
        driver.measure(
            "Recordings",
            f"filter: {name}",
            choose(combo, index),
            lambda: visible_rows_read(page),
            lambda: (
                recordings_repo.count(conn, _scoped(page.current_filters(), scope)),
                recordings_repo.page(
                    conn, 0, size, SortKey.STARTED_AT, True, _scoped(page.current_filters(), scope)
                ),
            ),
        )
        page.clear_filters()
        wait_until(driver.app, lambda: visible_rows_read(page))
    total = page.model.total
    for name, row in (
        ("jump to row 40,000", min(40_000, total - 1)),
        ("jump to the last row", total - 1),
    ):
        driver.measure(
            "Recordings",
            name,
            functools.partial(scroll_to, page, row),
            lambda: visible_rows_read(page),
            functools.partial(
                recordings_repo.page,
                conn,
                row - row % size,
                size,
                SortKey.STARTED_AT,
                True,
                _scoped(kept, scope),
            ),
        )
    page.close()
    page.deleteLater()


def scroll_to(page: RecordingsPage, row: int) -> None:
    """Jump the table to a row, as dragging the scroll bar there does."""
    page.view.scrollTo(page.model.index(row, 0))


def _scoped(filters: RecordingFilter, scope: RecordingFilter) -> RecordingFilter:
    if scope.team_ids is None:
        return filters
    wanted = scope.team_ids if filters.team_ids is None else filters.team_ids & scope.team_ids
    return replace(filters, team_ids=wanted)


def drive_listen_log(driver: Driver) -> None:
    """The listen log: opening it and each of its filters."""
    made: list[ListenLogPage] = []

    def open_page() -> None:
        made.append(ListenLogPage(driver.ops))
        made[0].resize(1180, 640)
        made[0].show()

    driver.measure(
        "Listen log",
        "open, newest first",
        open_page,
        lambda: bool(made) and made[0].model.rowCount() > 0,
        lambda: ListeningService(driver.raw).sessions(ListenFilter(), LISTENS_SHOWN),
    )
    page = made[0]
    for combo in page.findChildren(QComboBox):
        if combo.count() < 2 or not combo.isVisibleTo(page):
            continue
        name = combo.accessibleName() or combo.toolTip() or "choice"
        driver.measure(
            "Listen log",
            f"filter: {name.lower()}",
            choose_index(combo, 1),
            lambda: not driver.ops.busy,
            lambda: ListeningService(driver.raw).sessions(page.current_filter(), LISTENS_SHOWN),
        )
        combo.setCurrentIndex(0)
        wait_until(driver.app, lambda: not driver.ops.busy)
    page.close()
    page.deleteLater()


def choose_index(combo: QComboBox, index: int) -> Callable[[], None]:
    return lambda: combo.setCurrentIndex(index)


def drive_notifications(driver: Driver) -> None:
    """The notifications page: opening it, each tab and each filter."""
    made: list[NotificationsPage] = []

    def open_page() -> None:
        made.append(NotificationsPage(driver.ops, NoticeSender(driver.ops), []))
        made[0].resize(1180, 640)
        made[0].show()

    notices = NotificationService(driver.raw)

    def baseline() -> object:
        chosen = made[0].current_filter(notices.now())
        return notices.items(chosen, NOTICES_SHOWN), notices.overdue_count()

    driver.measure("Notifications", "open", open_page, lambda: not driver.ops.busy, baseline)
    page = made[0]
    for tab in range(page.tabs.count()):
        driver.measure(
            "Notifications",
            f"tab: {page.tabs.tabText(tab).replace('&', '').lower()}",
            functools.partial(page.tabs.setCurrentIndex, tab),
            lambda: not driver.ops.busy,
            baseline,
        )
    for combo in page.findChildren(QComboBox):
        if combo.count() < 2 or not combo.isVisibleTo(page):
            continue
        name = combo.accessibleName() or combo.toolTip() or "choice"
        driver.measure(
            "Notifications",
            f"filter: {name.lower()}",
            choose_index(combo, 1),
            lambda: not driver.ops.busy,
            baseline,
        )
        combo.setCurrentIndex(0)
        wait_until(driver.app, lambda: not driver.ops.busy)
    page.close()
    page.deleteLater()


@contextmanager
def operations(folder: Path, name: str) -> Iterator[Ops]:
    """A session unlocked on its own vault worker, as the app does it."""
    runner = TaskRunner()
    session = runner.run_blocking(lambda: session_service.unlock(folder, name, PASSPHRASE))
    try:
        yield Ops(runner, Services.for_session(session))
    finally:
        runner.run_blocking(session.lock)
        runner.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recordings", type=int, default=100_000)
    parser.add_argument("--minutes", type=float, default=4.0, help="peaks per recording")
    parser.add_argument("--listens", type=int, default=20_000)
    parser.add_argument("--audit", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="build the vault here once and reuse it")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch) / "vault"
        if not (folder / "vault.db").exists():
            started = time.perf_counter()
            print(
                f"building {args.recordings:,} recordings ({args.minutes:g}-minute peaks), "
                f"{args.listens:,} listens, {args.audit:,} audit entries…",
                flush=True,
            )
            build(folder, args.recordings, args.minutes, args.listens, args.audit)
            size = (folder / "vault.db").stat().st_size / 1e6
            print(f"built in {time.perf_counter() - started:.0f} s, {size:,.0f} MB")
        print(f"  {'page':<13} {'action':<34} {'block ms':>7} {'shown ms':>8} {'raw SQL':>8}")
        results: list[Result] = []
        for who in (ADMIN, LEAD):
            print(f"as {'the administrator' if who == ADMIN else 'a team lead of 3 teams'}:")
            raw = session_service.unlock(folder, who, PASSPHRASE)
            try:
                with operations(folder, who) as ops:
                    visible = raw.user.visible_team_ids()
                    scope = RecordingFilter(
                        team_ids=frozenset(visible) if visible is not None else None
                    )
                    driver = Driver(app, ops, raw, who)
                    drive_recordings(driver, scope)
                    drive_listen_log(driver)
                    drive_notifications(driver)
                    results += driver.results
            finally:
                raw.lock()
    worst_block = max(r.block_ms for r in results)
    worst_shown = max(r.shown_ms for r in results)
    ratio = statistics.median(r.shown_ms / max(r.raw_ms, 0.1) for r in results)
    print(
        f"longest GUI-thread block {worst_block:.1f} ms (aim ≤ {AIM_BLOCK_MS:.0f}); "
        f"slowest rows {worst_shown:.0f} ms (aim ≤ {AIM_SHOWN_MS:.0f}); "
        f"median shown / raw SQL {ratio:.1f}×"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

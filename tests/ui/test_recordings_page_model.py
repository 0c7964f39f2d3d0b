"""The recordings model at 100,000 recordings: pages read on the worker only as they are shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from supervisor_app.domain.roles import Role
from supervisor_app.services import session as session_service
from supervisor_app.services import setup
from supervisor_app.services.people import PeopleService
from supervisor_app.services.recordings import RecordingFilter
from supervisor_app.services.registry import Services
from supervisor_app.services.session import Session
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.core.tasks import TaskRunner
from supervisor_app.ui.models.recordings_model import (
    MAX_PAGES,
    PAGE_SIZE,
    RECORDING_ID_ROLE,
    Column,
    RecordingsModel,
)
from supervisor_app.ui.pages.recordings_page import RecordingsPage
from supervisor_app.vault.db import transaction
from supervisor_app.vault.recordings_repo import to_text
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, FAST_KDF, STRONG_PASSPHRASE
from tests.ui.conftest import settle

MANY = 100_000
LEAD = "bram"
# The agents' and teams' sort names as an import would store them (odd rows, even rows).
SORT_NAMES = ("ivo de boer", "fatima el amrani", "team zuid", "team noord")


def _add_rows(session: Session, agents: tuple[tuple[int, int], tuple[int, int]]) -> None:
    """MANY recordings with no audio, straight into the tables (an import would take hours).

    The rows are generated inside SQLite: binding 100,000 rows from Python costs half a
    minute on a connection with SQLCipher's memory wiping on, one INSERT … SELECT a few seconds.
    Even rows belong to the first agent, odd rows to the second; every third is outbound.
    """
    (first, first_team), (second, second_team) = agents
    conn = session.conn
    stored = to_text(dt.datetime(2026, 6, 1, tzinfo=dt.UTC))
    keep = to_text(dt.datetime(2026, 7, 1, tzinfo=dt.UTC))
    numbers = (
        f"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {MANY - 1})"
    )
    with transaction(conn):
        batch = conn.execute(
            "INSERT INTO import_batches (source, mode, seed, policy_version, imported_by,"
            " started_at) VALUES ('manifest', 'source', ?, 1, 'admin', ?)",
            ("00" * 16, stored),
        ).lastrowid
        conn.execute(
            f"{numbers} INSERT INTO recordings (id, batch_id, source, call_id, fingerprint,"
            " source_sha256, agent_id, team_id, agent_sort, team_sort, started_at, direction,"
            " duration_s, samplerate, channels, frames, audio_size, audio_sha256, stored_at,"
            " retain_until)"
            " SELECT i + 1, ?, 'manifest', 'call-' || i, printf('%064x', i), '',"
            " iif(i % 2, ?, ?), iif(i % 2, ?, ?), iif(i % 2, ?, ?), iif(i % 2, ?, ?),"
            " strftime('%Y-%m-%dT%H:%M:%SZ', '2026-01-05 08:00:00', '+' || i || ' minutes'),"
            " iif(i % 3, 'inbound', 'outbound'), i % 600, 8000, 1, 8000, 0, '', ?, ? FROM n",
            (
                batch,
                second,
                first,
                second_team,
                first_team,
                *SORT_NAMES,
                stored,
                keep,
            ),
        )
        conn.execute(
            f"{numbers} INSERT INTO recording_purposes (recording_id, purpose_id, retain_until)"
            " SELECT i + 1, 'training', ? FROM n",
            (keep,),
        )


@pytest.fixture(scope="module")
def many_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A vault folder holding MANY recordings, half in each of two teams (built once)."""
    folder = tmp_path_factory.mktemp("many") / "vault"
    session, _ = setup.create(folder, ADMIN, ADMIN_PASSPHRASE, kdf=FAST_KDF)
    people = PeopleService(session)
    people.add_team("Team Noord")
    people.add_team("Team Zuid")
    people.add_user(LEAD, people.grants_for([Role.TEAM_LEAD], ["Team Noord"]), STRONG_PASSPHRASE)
    noord = people.add_agent("Fatima El Amrani", ["201"], "Team Noord")
    zuid = people.add_agent("Ivo de Boer", ["204"], "Team Zuid")
    _add_rows(session, ((noord.id, noord.team_id), (zuid.id, zuid.team_id)))
    session.lock()
    yield folder


def _ops_for(folder: Path, name: str, passphrase: str) -> Iterator[Ops]:
    """Operations on a session unlocked on its own vault worker, as the app does it."""
    runner = TaskRunner()
    session = runner.run_blocking(lambda: session_service.unlock(folder, name, passphrase))
    ops = Ops(runner, Services.for_session(session))
    yield ops
    runner.run_blocking(session.lock)
    runner.shutdown()


@pytest.fixture
def admin(many_vault: Path) -> Iterator[Ops]:
    """The administrator's operations on the big vault."""
    yield from _ops_for(many_vault, ADMIN, ADMIN_PASSPHRASE)


@pytest.fixture
def lead(many_vault: Path) -> Iterator[Ops]:
    """A team lead of Team Noord on the big vault."""
    yield from _ops_for(many_vault, LEAD, STRONG_PASSPHRASE)


def _model(qtbot: QtBot, ops: Ops, max_pages: int = MAX_PAGES) -> RecordingsModel:
    model = RecordingsModel(ops, dt.UTC, {"training": "Training"}, max_pages=max_pages)
    model.reload()
    settle(qtbot, ops)
    return model


def _id(model: RecordingsModel, row: int) -> int | None:
    value = model.data(model.index(row, 0), RECORDING_ID_ROLE)
    return int(value) if value is not None else None


def _shown(qtbot: QtBot, ops: Ops, model: RecordingsModel, row: int) -> int:
    """The recording on row once its page has been read (asking for it, as painting does)."""
    model.data(model.index(row, 0))
    settle(qtbot, ops)
    found = _id(model, row)
    assert found is not None, f"row {row} was not read"
    return found


def test_every_row_is_counted_but_only_the_first_page_is_read(qtbot: QtBot, admin: Ops) -> None:
    model = _model(qtbot, admin)
    assert model.total == model.rowCount() == MANY  # the scroll bar is true from the start
    assert model.pages_fetched == 1
    ids = [_id(model, r) for r in range(PAGE_SIZE)]
    assert ids == list(range(MANY, MANY - PAGE_SIZE, -1))  # newest call first
    assert model.data(model.index(0, Column.PURPOSES)) == "Training"
    # A row not read yet shows empty, and showing it asks for its page.
    assert model.data(model.index(PAGE_SIZE, 0)) is None
    assert model.loading
    settle(qtbot, admin)
    assert [_id(model, r) for r in range(PAGE_SIZE, 2 * PAGE_SIZE)] == list(
        range(MANY - PAGE_SIZE, MANY - 2 * PAGE_SIZE, -1)
    )  # the next page follows on without overlap or gap
    assert model.pages_fetched == 2


def test_a_jump_to_the_last_row_reads_only_the_last_page(qtbot: QtBot, admin: Ops) -> None:
    model = _model(qtbot, admin)
    assert _shown(qtbot, admin, model, MANY - 1) == 1  # the oldest call, read from the end
    assert model.pages_fetched == 2
    # Into the middle, then the page after it (by key) and the one before it (by key).
    middle = MANY // 2 + 17
    assert _shown(qtbot, admin, model, middle) == MANY - middle
    assert _shown(qtbot, admin, model, middle + PAGE_SIZE) == MANY - middle - PAGE_SIZE
    assert _shown(qtbot, admin, model, middle - PAGE_SIZE) == MANY - middle + PAGE_SIZE
    assert model.pages_fetched == 5


def test_the_pages_held_are_bounded(qtbot: QtBot, admin: Ops) -> None:
    model = _model(qtbot, admin, max_pages=3)
    for page in range(6):
        _shown(qtbot, admin, model, page * PAGE_SIZE)
    assert sum(model.summary_at(p * PAGE_SIZE) is not None for p in range(6)) == 3
    assert model.summary_at(0) is None  # the farthest page was forgotten…
    assert _shown(qtbot, admin, model, 0) == MANY  # …and is read again when shown


def test_the_model_passes_the_qt_model_tester(
    qtbot: QtBot, admin: Ops, qtmodeltester: ModelTester
) -> None:
    model = _model(qtbot, admin)
    qtmodeltester.check(model)
    settle(qtbot, admin)
    # The tester looks at a few rows; it never gets near reading the whole table.
    assert model.pages_fetched < 5


def test_sorting_and_filtering_start_over_and_keep_the_old_rows_meanwhile(
    qtbot: QtBot, admin: Ops
) -> None:
    model = _model(qtbot, admin)
    newest = _id(model, 0)
    model.sort(Column.DURATION, Qt.SortOrder.AscendingOrder)
    # Until the worker answers, the table still shows what it showed.
    assert model.loading and _id(model, 0) == newest
    settle(qtbot, admin)
    assert model.pages_fetched == 1
    durations = [s.duration_s for s in map(model.summary_at, range(PAGE_SIZE)) if s]
    assert len(durations) == PAGE_SIZE and durations == sorted(durations)
    assert durations[0] == 0.0
    # Every sort continues by key, also backwards from the end.
    assert model.summary_at(0) is not None
    last = _shown(qtbot, admin, model, MANY - 1)
    longest = max(i % 600 for i in range(MANY))
    found = admin.runner.run_blocking(lambda: admin.services.recordings.detail(last))
    assert found is not None and found.summary.duration_s == longest

    model.sort(Column.PURPOSES, Qt.SortOrder.AscendingOrder)  # not sortable: nothing happens
    assert not model.loading

    # Two questions in a row: only the answer to the last one is shown.
    model.set_filters(RecordingFilter(direction="inbound"))
    model.set_filters(RecordingFilter(direction="outbound"))
    settle(qtbot, admin)
    assert model.total == len(range(0, MANY, 3))
    assert {s.direction for s in map(model.summary_at, range(PAGE_SIZE)) if s} == {"outbound"}


def test_a_team_lead_counts_and_pages_only_their_team(qtbot: QtBot, lead: Ops) -> None:
    model = _model(qtbot, lead)
    assert model.total == MANY // 2
    teams = {model.data(model.index(r, Column.TEAM)) for r in range(PAGE_SIZE)}
    assert teams == {"Team Noord"}
    _shown(qtbot, lead, model, MANY // 2 - 1)
    assert model.data(model.index(MANY // 2 - 1, Column.TEAM)) == "Team Noord"


def test_the_page_reads_what_is_scrolled_into_view_and_keeps_the_chosen_row(
    qtbot: QtBot, admin: Ops
) -> None:
    page = RecordingsPage(admin, may_import=True)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, admin)
    model = page.model
    assert model.pages_fetched == 1
    assert page.count_label.text() == "100000 recordings"

    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: _id(model, MANY - 1) == 1)
    settle(qtbot, admin)
    assert model.pages_fetched == 2  # the first page and the last: nothing in between

    row = MANY - 150
    page.view.selectRow(row)
    chosen = page.selected_recording_id()
    assert chosen == 150
    settle(qtbot, admin)
    assert page.details.recording_id == chosen
    # Something changed the recordings: the list starts over and finds the chosen one again.
    admin.announce(Change.RECORDINGS)
    settle(qtbot, admin)
    assert page.selected_recording_id() == chosen
    assert page.view.selectionModel().selectedRows()[0].row() == row
    assert page.details.recording_id == chosen

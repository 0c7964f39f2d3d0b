"""The lazy recordings model at 100,000 recordings: it reads only the pages that are shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from supervisor_app.domain.roles import Role
from supervisor_app.services import session as session_service
from supervisor_app.services import setup
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.recordings import RecordingsService
from supervisor_app.services.retention import RetentionService
from supervisor_app.services.session import Session
from supervisor_app.ui.recordings_model import PAGE_SIZE, Column, RecordingsModel
from supervisor_app.ui.recordings_page import RecordingsPage
from supervisor_app.vault.db import transaction
from supervisor_app.vault.recordings_repo import RecordingFilter, to_text
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, FAST_KDF, STRONG_PASSPHRASE

MANY = 100_000
LEAD = "bram"


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
            " source_sha256, agent_id, team_id, started_at, direction, duration_s, samplerate,"
            " channels, frames, audio_size, audio_sha256, peaks, stored_at)"
            " SELECT i + 1, ?, 'manifest', 'call-' || i, printf('%064x', i), '',"
            " iif(i % 2, ?, ?), iif(i % 2, ?, ?),"
            " strftime('%Y-%m-%dT%H:%M:%SZ', '2026-01-05 08:00:00', '+' || i || ' minutes'),"
            " iif(i % 3, 'inbound', 'outbound'), i % 600, 8000, 1, 8000, 0, '', x'', ? FROM n",
            (batch, second, first, second_team, first_team, stored),
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


@pytest.fixture
def admin(many_vault: Path) -> Iterator[Session]:
    """The administrator's session on the big vault."""
    session = session_service.unlock(many_vault, ADMIN, ADMIN_PASSPHRASE)
    yield session
    session.lock()


def _model(session: Session) -> RecordingsModel:
    model = RecordingsModel(RecordingsService(session), dt.UTC, {"training": "Training"})
    model.reload()
    return model


def test_the_model_reads_one_page_and_grows_with_fetch_more(admin: Session) -> None:
    model = _model(admin)
    assert model.total == MANY
    assert model.rowCount() == PAGE_SIZE
    assert model.pages_fetched == 1
    assert model.canFetchMore(QModelIndex())

    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    assert model.pages_fetched == 2
    ids = [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole + 1) for r in range(400)]
    assert len(set(ids)) == 2 * PAGE_SIZE  # pages follow on without overlap
    assert ids[0] == MANY  # newest call first
    assert model.data(model.index(0, Column.PURPOSES)) == "Training"


def test_the_model_passes_the_qt_model_tester(admin: Session, qtmodeltester: ModelTester) -> None:
    model = _model(admin)
    qtmodeltester.check(model)
    # The tester fetches a couple of pages itself; it never gets near the whole table.
    assert model.rowCount() == model.pages_fetched * PAGE_SIZE
    assert model.pages_fetched < 5


def test_sorting_and_filtering_start_over_in_the_database(admin: Session) -> None:
    model = _model(admin)
    model.fetchMore(QModelIndex())
    model.sort(Column.DURATION, Qt.SortOrder.AscendingOrder)
    assert model.pages_fetched == 1
    assert model.rowCount() == PAGE_SIZE
    durations = [s.duration_s for s in map(model.summary_at, range(PAGE_SIZE)) if s]
    assert durations == sorted(durations)
    assert durations[0] == 0.0

    model.sort(Column.PURPOSES, Qt.SortOrder.AscendingOrder)  # not sortable: nothing happens
    assert model.pages_fetched == 1

    model.set_filters(RecordingFilter(direction="outbound"))
    assert model.total == len(range(0, MANY, 3))
    assert model.rowCount() == PAGE_SIZE


def test_a_team_lead_counts_and_pages_only_their_team(many_vault: Path) -> None:
    session = session_service.unlock(many_vault, LEAD, STRONG_PASSPHRASE)
    try:
        model = _model(session)
        assert model.total == MANY // 2
        teams = {model.data(model.index(r, Column.TEAM)) for r in range(model.rowCount())}
        assert teams == {"Team Noord"}
    finally:
        session.lock()


def test_the_page_fetches_more_only_when_scrolled_to_the_end(qtbot: QtBot, admin: Session) -> None:
    page = RecordingsPage(
        RecordingsService(admin),
        PeopleService(admin),
        PolicyService(admin),
        RetentionService(admin),
        may_import=True,
    )
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    model = page.model
    assert model.pages_fetched == 1
    assert model.rowCount() == PAGE_SIZE
    assert page.count_label.text() == "100000 recordings"

    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
    assert model.pages_fetched == 2

"""The Recordings page with the demo export: scoped to the user's teams, sorted and filtered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from supervisor_app.services.demo import demo_shift
from supervisor_app.services.session import Session
from supervisor_app.ui.models.recordings_model import Column
from supervisor_app.ui.pages.recordings_page import RecordingsPage
from supervisor_app.ui.session.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.ui.conftest import MakeController, settle, unlock
from tests.ui.test_import_wizard import (
    EVERY_CALL,
    PASSPHRASE,
    TEAM_LEAD,
    add_demo_people,
    complete_policy,
    import_demo,
)


@pytest.fixture
def imported_vault(admin_session: Session, demo_export: tuple[Path, Path]) -> Path:
    """The demo's people and export with every business call stored: 14 recordings.

    Every call rather than a random sample, so each test knows exactly which calls it sees.
    """
    complete_policy(admin_session, add_demo_people(admin_session), EVERY_CALL)
    assert import_demo(admin_session, demo_export).imported == 14
    folder = admin_session.vault.folder
    admin_session.lock()
    return folder


def open_page(
    qtbot: QtBot, make_controller: MakeController, folder: Path, name: str, passphrase: str
) -> tuple[MainWindow, RecordingsPage]:
    """Unlock as name and show the Recordings page."""
    controller = make_controller(folder)
    controller.start()
    main = unlock(qtbot, controller, name, passphrase)
    main.show_page(main.recordings_page)
    settle(qtbot, main)
    return main, main.recordings_page


def shown(qtbot: QtBot, page: RecordingsPage) -> None:
    """Wait for a typed filter's pause and for the worker's rows."""
    qtbot.waitUntil(lambda: not page.filter_timer.isActive())
    settle(qtbot, page.ops)


def column(page: RecordingsPage, which: Column) -> list[str]:
    """The texts of one column, top to bottom."""
    model = page.model
    return [model.data(model.index(row, which)) for row in range(model.rowCount())]


def click_header(qtbot: QtBot, page: RecordingsPage, which: Column) -> None:
    """Click a column header as the user would."""
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(which) + header.sectionSize(which) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    shown(qtbot, page)


def choose(qtbot: QtBot, page: RecordingsPage, combo: QComboBox, text: str) -> None:
    """Pick the entry with this text and wait for the rows."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(index)
    shown(qtbot, page)


def test_team_lead_sees_only_recordings_of_their_team(
    qtbot: QtBot, make_controller: MakeController, imported_vault: Path
) -> None:
    _main, page = open_page(qtbot, make_controller, imported_vault, TEAM_LEAD, PASSPHRASE)
    assert page.model.total == 8
    assert set(column(page, Column.TEAM)) == {"Team Noord"}
    assert set(column(page, Column.AGENT)) == {
        "Fatima El Amrani",
        "Gert van Dijk",
        "Hannah Visser",
    }
    agents = [page.agent_combo.itemText(i) for i in range(1, page.agent_combo.count())]
    assert agents == ["Fatima El Amrani", "Gert van Dijk", "Hannah Visser"]
    assert page.team_combo.isHidden()  # one team: nothing to choose
    assert page.count_label.text() == "8 recordings"


def test_admin_sorts_by_clicking_the_headers(
    qtbot: QtBot, make_controller: MakeController, imported_vault: Path
) -> None:
    _main, page = open_page(qtbot, make_controller, imported_vault, ADMIN, ADMIN_PASSPHRASE)
    assert page.model.total == 14
    # Newest call first until the user chooses otherwise.
    starts = [s.started_at for s in map(page.model.summary_at, range(14)) if s]
    assert starts == sorted(starts, reverse=True)

    click_header(qtbot, page, Column.AGENT)
    names = column(page, Column.AGENT)
    assert names == sorted(names, key=str.casefold)
    click_header(qtbot, page, Column.AGENT)
    assert column(page, Column.AGENT) == sorted(names, key=str.casefold, reverse=True)

    click_header(qtbot, page, Column.DURATION)
    durations = [s.duration_s for s in map(page.model.summary_at, range(14)) if s]
    assert durations == sorted(durations)

    # The purposes column has no order: the table keeps its last sort, and so does the header.
    click_header(qtbot, page, Column.PURPOSES)
    assert page.view.horizontalHeader().sortIndicatorSection() == Column.DURATION
    assert [s.duration_s for s in map(page.model.summary_at, range(14)) if s] == durations


def test_filters_narrow_the_table_and_clear_again(
    qtbot: QtBot, make_controller: MakeController, imported_vault: Path
) -> None:
    _main, page = open_page(qtbot, make_controller, imported_vault, ADMIN, ADMIN_PASSPHRASE)
    choose(qtbot, page, page.direction_combo, "Outbound")
    assert page.model.total == 3
    assert set(column(page, Column.DIRECTION)) == {"Outbound"}

    choose(qtbot, page, page.purpose_combo, "Evidence in disputes with donors")
    assert page.model.total == 3  # the donor campaign's calls are the outbound ones
    choose(qtbot, page, page.direction_combo, "Inbound")
    assert page.model.total == 0
    assert page.empty_label.text() == "No recording matches these filters."

    page.clear_filters()
    shown(qtbot, page)
    assert page.model.total == 14
    choose(qtbot, page, page.team_combo, "Team Zuid")
    assert page.model.total == 6
    assert set(column(page, Column.TEAM)) == {"Team Zuid"}
    choose(qtbot, page, page.agent_combo, "Kofi Mensah")
    assert column(page, Column.AGENT) == ["Kofi Mensah", "Kofi Mensah"]

    page.clear_filters()
    # One day in the telephone system's time zone (Amsterdam), both ends included.
    thursday = dt.date(2026, 11, 19) + demo_shift()  # the demo's calls, dated to last week
    page.from_edit.setDate(QDate(thursday.year, thursday.month, thursday.day))
    page.to_edit.setDate(QDate(thursday.year, thursday.month, thursday.day))
    # A typed date waits for a pause in typing before it queries.
    assert page.model.filters.started_from is None
    shown(qtbot, page)
    assert sorted(column(page, Column.AGENT)) == ["Gert van Dijk", "Ivo de Boer", "Kofi Mensah"]
    zone = page.model_zone()
    days = {s.started_at.astimezone(zone).date() for s in map(page.model.summary_at, range(3)) if s}
    assert days == {thursday}


def test_selecting_a_row_shows_its_details_and_activating_asks_to_listen(
    qtbot: QtBot, make_controller: MakeController, imported_vault: Path
) -> None:
    _main, page = open_page(qtbot, make_controller, imported_vault, ADMIN, ADMIN_PASSPHRASE)
    assert not page.details.placeholder.isHidden()
    page.clear_filters()
    shown(qtbot, page)
    choose(qtbot, page, page.agent_combo, "Kofi Mensah")
    choose(qtbot, page, page.purpose_combo, "Evidence in disputes with donors")
    page.view.selectRow(0)
    settle(qtbot, page.ops)
    summary = page.model.summary_at(0)
    assert summary is not None
    assert page.selected_recording_id() == summary.id
    assert page.details.recording_id == summary.id
    form = page.details.form

    def text(row: int, role: QFormLayout.ItemRole) -> str:
        item = form.itemAt(row, role)
        label = item.widget() if item is not None else None
        assert isinstance(label, QLabel), (row, role)
        return label.text()

    texts = {
        text(row, QFormLayout.ItemRole.LabelRole): text(row, QFormLayout.ItemRole.FieldRole)
        for row in range(form.rowCount())
    }
    assert texts["Import batch:"] == "1"
    assert texts["Campaign:"] == "donor-2026"
    lines = texts["Kept for:"].split("\n")
    assert lines[0] == "Training and coaching:"
    assert lines[1].startswith("until ")
    assert lines[2] == "Evidence in disputes with donors:"
    assert lines[3].endswith(" days)")
    assert texts["Audio:"] == "FLAC, 8000 Hz, mono"
    assert texts["Size:"].endswith(" MB")

    with qtbot.waitSignal(page.listen_requested) as asked:
        page.view.activated.emit(page.model.index(0, 0))
    assert asked.args == [summary.id]

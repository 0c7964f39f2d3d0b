"""The Recordings page's columns at 1024×700 and at the default size; a layout kept for later."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from supervisor_app import paths
from supervisor_app.domain.policy import Purpose
from supervisor_app.domain.texts import LocalText
from supervisor_app.ui.core.i18n import install_translators
from supervisor_app.ui.core.layout_memory import LAYOUT_FILE
from supervisor_app.ui.models.recordings_model import Column
from supervisor_app.ui.pages.recordings_page import _PURPOSES_MAX, RecordingsPage
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.ui.conftest import MakeController, settle, unlock
from tests.ui.test_import_wizard import PASSPHRASE, TEAM_LEAD
from tests.ui.test_recordings_page import imported_vault  # noqa: F401  (a fixture)

SMALL = (1024, 700)


@pytest.fixture(autouse=True)
def clock_of_the_telephone_system(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The usual desk: the computer's clock is the policy's, so times name no zone.

    Where they differ, the start column widens for the zone's name and the purposes column
    gives way (tests/ui/test_one_clock.py shows the times).
    """
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


DEFAULT = (1180, 720)  # the main window's first size


def _page_at(
    qtbot: QtBot,
    make_controller: MakeController,
    folder: Path,
    who: tuple[str, str],
    size: tuple[int, int],
) -> RecordingsPage:
    controller = make_controller(folder)
    controller.start()
    main = unlock(qtbot, controller, *who)
    main.resize(*size)
    main.show_page(main.recordings_page)
    settle(qtbot, main)
    page = main.recordings_page
    page.view.selectRow(0)
    settle(qtbot, main)
    qtbot.wait(50)  # the layout settles after the resize
    return page


def _full_dates(page: RecordingsPage) -> bool:
    metrics = page.view.fontMetrics()
    model = page.model
    width = page.view.columnWidth(Column.STARTED)
    texts = [str(model.data(model.index(row, Column.STARTED))) for row in range(model.rowCount())]
    return all(width > metrics.horizontalAdvance(text) for text in texts)


def _full_title(page: RecordingsPage) -> bool:
    title = "Training and coaching"  # the demo policy's first purpose
    return page.view.columnWidth(Column.PURPOSES) > page.view.fontMetrics().horizontalAdvance(title)


def _agent_takes_the_rest(page: RecordingsPage) -> bool:
    shown = sum(page.view.columnWidth(c) for c in Column if not page.view.isColumnHidden(c))
    return abs(shown - page.view.viewport().width()) <= 2


def test_a_team_lead_at_1024_by_700_sees_whole_dates_and_titles_without_a_scroll_bar(
    qtbot: QtBot,
    make_controller: MakeController,
    imported_vault: Path,  # noqa: F811
) -> None:
    page = _page_at(qtbot, make_controller, imported_vault, (TEAM_LEAD, PASSPHRASE), SMALL)
    assert page.view.isColumnHidden(Column.TEAM)  # one team
    assert not page.view.horizontalScrollBar().isVisible()
    assert _full_dates(page) and _full_title(page) and _agent_takes_the_rest(page)
    assert page.view.columnWidth(Column.AGENT) >= page.view.fontMetrics().horizontalAdvance(
        "Hannah Visser"
    )


def test_an_administrator_sees_every_team_and_the_purposes_give_way_first(
    qtbot: QtBot,
    make_controller: MakeController,
    imported_vault: Path,  # noqa: F811
) -> None:
    page = _page_at(qtbot, make_controller, imported_vault, (ADMIN, ADMIN_PASSPHRASE), SMALL)
    assert not page.view.isColumnHidden(Column.TEAM)
    assert not page.view.horizontalScrollBar().isVisible()
    assert _full_dates(page) and _agent_takes_the_rest(page) and _room_for_names(page)
    squeezed = page.view.columnWidth(Column.PURPOSES)
    # At the window's default size the title shows whole again.
    window = page.window()
    window.resize(*DEFAULT)
    qtbot.waitUntil(lambda: page.view.columnWidth(Column.PURPOSES) > squeezed)
    assert _full_title(page) and _full_dates(page) and _agent_takes_the_rest(page)
    assert not page.view.horizontalScrollBar().isVisible()


def _room_for_names(page: RecordingsPage) -> bool:
    return page.view.columnWidth(Column.AGENT) >= page.view.fontMetrics().horizontalAdvance(
        "Hannah Visser"
    )


def test_where_even_a_squeezed_purposes_column_leaves_names_no_room_it_steps_aside(
    qtbot: QtBot,
    make_controller: MakeController,
    imported_vault: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A computer on another clock than the policy's: every time names its zone, the start
    # column widens, and an administrator's Team column is there too.
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    page = _page_at(qtbot, make_controller, imported_vault, (ADMIN, ADMIN_PASSPHRASE), SMALL)
    assert page.view.isColumnHidden(Column.PURPOSES)
    assert _room_for_names(page) and _full_dates(page) and _agent_takes_the_rest(page)
    assert not page.view.horizontalScrollBar().isVisible()
    # Room again: the purposes come back, and remain the table's to fit (not a user's width).
    page.window().resize(*DEFAULT)
    qtbot.waitUntil(lambda: not page.view.isColumnHidden(Column.PURPOSES))
    assert page._purposes_auto and _room_for_names(page) and _agent_takes_the_rest(page)


def test_a_layout_remembered_in_a_narrow_window_gives_the_purposes_back_in_a_wide_one(
    qtbot: QtBot,
    make_controller: MakeController,
    imported_vault: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    controller = make_controller(imported_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    main.resize(*SMALL)
    main.show_page(main.recordings_page)
    settle(qtbot, main)
    assert main.recordings_page.view.isColumnHidden(Column.PURPOSES)
    controller.lock_now()
    qtbot.waitUntil(lambda: controller.main_window is None)

    again = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    again.resize(*DEFAULT)
    again.show_page(again.recordings_page)
    settle(qtbot, again)
    page = again.recordings_page
    qtbot.waitUntil(lambda: not page.view.isColumnHidden(Column.PURPOSES))
    assert page._purposes_auto and _room_for_names(page)


def test_the_purposes_column_is_sized_for_the_titles_in_the_interface_language(
    qtbot: QtBot,
    qapp: QApplication,
    make_controller: MakeController,
    imported_vault: Path,  # noqa: F811
) -> None:
    install_translators(qapp, "nl")
    try:
        page = _page_at(qtbot, make_controller, imported_vault, (TEAM_LEAD, PASSPHRASE), DEFAULT)
        dutch = "Bewijs bij geschillen met donateurs over een toezegging"
        page._widen_for_titles([Purpose(id="dispute", title=LocalText(nl=dutch, en="Disputes"))])
        # The Dutch title the column shows, not the short English one.
        assert page._purposes_wanted >= min(page._fits(dutch), _PURPOSES_MAX)
        assert page._purposes_wanted > page._fits("Disputes")
    finally:
        install_translators(qapp, "en")


def test_window_size_splitter_and_column_widths_are_kept_for_the_next_session(
    qtbot: QtBot,
    make_controller: MakeController,
    imported_vault: Path,  # noqa: F811
) -> None:
    controller = make_controller(imported_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    # Within the offscreen test screen, so the size comes back exactly.
    main.resize(860, 740)
    main.show_page(main.recordings_page)
    settle(qtbot, main)
    page = main.recordings_page
    page.view.setColumnWidth(Column.DURATION, 97)
    splitter = page.findChild(QSplitter)
    assert splitter is not None
    splitter.setSizes([300, 380])
    sizes = splitter.sizes()
    controller.lock_now()
    qtbot.waitUntil(lambda: controller.main_window is None)
    assert (paths.config_dir() / LAYOUT_FILE).is_file()

    again = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    again.show_page(again.recordings_page)
    settle(qtbot, again)
    assert (again.width(), again.height()) == (860, 740)
    assert again.recordings_page.view.columnWidth(Column.DURATION) == 97
    kept = again.recordings_page.findChild(QSplitter)
    assert kept is not None and kept.sizes() == sizes


def test_an_unreadable_layout_file_means_the_default_layout(
    qtbot: QtBot,
    make_controller: MakeController,
    imported_vault: Path,  # noqa: F811
) -> None:
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    (paths.config_dir() / LAYOUT_FILE).write_text("{not json", encoding="utf-8")
    controller = make_controller(imported_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    main.show_page(main.recordings_page)
    settle(qtbot, main)
    assert main.recordings_page.model.total == 14

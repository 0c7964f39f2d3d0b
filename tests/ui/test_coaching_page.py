"""The Coaching page for a team lead: an agent's criteria per period and the team's misses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from supervisor_app.domain.coaching import Outcome, SheetState
from supervisor_app.domain.notifications import Channel, Kind, State
from supervisor_app.services.coaching import CoachingService
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.session import Session
from supervisor_app.ui.coaching.coaching_page import CoachingPage, period_label
from supervisor_app.ui.session.main_window import MainWindow
from tests.integration.test_access_export import People, build
from tests.integration.test_import_pipeline import MONDAY, iso_week
from tests.integration.test_listen import REASON
from tests.ui.conftest import MakeController, on_worker, settle
from tests.ui.requests_fixtures import LEAD, as_admin, sign_in, speaking

# Criterion 4 of the example protocol, per language: the one the team misses.
FOURTH = {
    "en": "Confirm a donation amount and frequency out loud before ending the call.",
    "nl": "Herhaal het bedrag en hoe vaak de gift wordt afgeschreven voordat je afsluit.",
}


def text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def nav_names(main: MainWindow) -> list[str]:
    return [main.nav.item(i).text() for i in range(main.nav.count())]


def header(table: QTableWidget, column: int) -> str:
    item = table.horizontalHeaderItem(column)
    assert item is not None
    return item.text()


def score(lead: Session, listen_id: int, fourth: Outcome) -> None:
    service = CoachingService(lead)
    card = service.start(listen_id)
    assert card.id is not None
    for criterion in card.criteria:
        service.set_outcome(card.id, criterion.position, Outcome.MET)
    service.set_outcome(card.id, 4, fourth)
    service.share(card.id)


@pytest.fixture
def people(admin_session: Session, tmp_path: Path) -> People:
    """Two of Fatima's calls scored and shared by bram: criterion 4 not met, then partly."""
    found = build(admin_session, tmp_path)
    score(found.lead, found.listen_id, Outcome.NOT_MET)
    second = ListeningService(found.lead).open(found.by_agent[found.fatima][1], "training", REASON)
    second.close()
    score(found.lead, second.id, Outcome.PARTLY)
    admin_session.lock()
    return found


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_team_lead_sees_the_trends_as_chart_and_table(
    qtbot: QtBot, make_controller: MakeController, people: People, language: str, tmp_path: Path
) -> None:
    with speaking(language):
        main = sign_in(qtbot, make_controller, people, LEAD)
        page = main.coaching_page
        assert isinstance(page, CoachingPage)
        nav = nav_names(main)
        assert "Coaching" in nav
        main.resize(1100, 820)
        main.show_page(page)
        settle(qtbot, main)

        assert page.agent_combo.currentText() == "Fatima El Amrani"
        trend = page.agent_trend
        assert trend is not None and trend.calls == 2
        week = period_label(iso_week(MONDAY))
        assert week == f"Week {int(iso_week(MONDAY)[-2:])}"  # the same word in Dutch
        column = 1 + list(trend.periods).index(iso_week(MONDAY))
        table = page.trend_table
        assert table.rowCount() == 5
        assert header(table, column) == week
        fourth = next(r for r in range(5) if text(table, r, 0) == FOURTH[language])
        # Not met once, partly once: a quarter met.
        expected = "25% met (2 judged)" if language == "en" else "25% voldaan (2 beoordeeld)"
        assert text(table, fourth, column) == expected
        assert text(table, 0, column).startswith("100%")

        page.tabs.setCurrentIndex(1)
        misses = page.miss_table
        assert page.team_box.isVisible()
        assert text(misses, 0, 0) == FOURTH[language]  # the most missed first
        assert [text(misses, 0, c) for c in (1, 2, 3)] == ["2", "1", "1 (50%)"]
        main.grab().save(str(tmp_path / f"coaching-team-{language}.png"))
        page.tabs.setCurrentIndex(0)
        main.grab().save(str(tmp_path / f"coaching-agent-{language}.png"))

        # Months instead of weeks: the same calls, counted per month.
        page.period_combo.setCurrentIndex(1)
        page.period_combo.activated.emit(1)
        settle(qtbot, main)
        assert page.agent_trend is not None and page.agent_trend.calls == 2
        assert all("-W" not in p for p in page.agent_trend.periods)


def test_an_administrator_has_no_coaching_page(
    qtbot: QtBot, make_controller: MakeController, people: People
) -> None:
    main = as_admin(qtbot, make_controller, people)
    assert main.coaching_page is None
    assert "Coaching" not in nav_names(main)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_team_lead_makes_and_sends_a_sheet_from_the_page(
    qtbot: QtBot, make_controller: MakeController, people: People, language: str, tmp_path: Path
) -> None:
    with speaking(language):
        main = sign_in(qtbot, make_controller, people, LEAD)
        page = main.coaching_page
        assert isinstance(page, CoachingPage)
        main.show_page(page)
        page.tabs.setCurrentIndex(2)
        settle(qtbot, main)
        tab = page.sheets
        assert tab.table.rowCount() == 0 and tab.new_button.isEnabled()
        dialog = tab.open_new()
        dialog.agent_combo.setCurrentIndex(dialog.agent_combo.findText("Fatima El Amrani"))
        day = MONDAY.date()
        dialog.from_edit.setDate(QDate(day.year, day.month, day.day))
        dialog.to_edit.setDate(QDate(day.year, day.month, day.day).addDays(1))
        qtbot.keyClicks(dialog.summary_edit, "Two good calls; keep confirming amounts.")
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
        settle(qtbot, main)
        assert dialog.preview_result is not None and len(dialog.preview_result.scorecards) == 2
        assert "Niet voldaan" in dialog.preview.toHtml()  # the agent reads Dutch
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        settle(qtbot, main)
        assert dialog.sheet is not None and dialog.letter is not None
        assert dialog.send_box.isVisible() and dialog.letter.receipt in dialog.receipt_label.text()
        dialog.grab().save(str(tmp_path / f"sheet-dialog-{language}.png"))

        target = tmp_path / "sheet.pdf"
        dialog.save_pdf(target)
        settle(qtbot, main)
        assert target.read_bytes().startswith(b"%PDF")
        assert dialog.sheet.state is SheetState.SENT and dialog.sheet.channel is Channel.PDF
        dialog.reject()
        settle(qtbot, main)
        assert [text(tab.table, 0, c) for c in (0, 4)] == [
            "Fatima El Amrani",
            dialog.letter.receipt,
        ]

    # Both of bram's listens to the scored calls count as told, with the sheet's receipt.
    listened = on_worker(
        main, lambda s: [i for i in s.notifications.items() if i.kind is Kind.LISTENED]
    )
    assert len(listened) == 2
    assert all(i.state is State.SENT and dialog.letter.receipt in i.note for i in listened)


def test_a_copied_sheet_is_recorded_only_when_the_lead_says_it_was_sent(
    qtbot: QtBot, make_controller: MakeController, people: People
) -> None:
    main = sign_in(qtbot, make_controller, people, LEAD)
    page = main.coaching_page
    assert isinstance(page, CoachingPage)
    main.show_page(page)
    page.tabs.setCurrentIndex(2)
    settle(qtbot, main)
    made = on_worker(
        main,
        lambda s: s.feedback_sheets.create(people.fatima, MONDAY.date(), MONDAY.date()),
    )
    page.sheets.refresh()
    settle(qtbot, main)
    page.sheets.table.selectRow(0)
    dialog = page.sheets.open_selected()
    assert dialog is not None
    settle(qtbot, main)
    assert dialog.letter is not None and not dialog.choose.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard().text()
    assert made.receipt in clipboard and "Beste Fatima El Amrani" in clipboard
    # Copying sends nothing: the sheet waits for the answer.
    assert on_worker(main, lambda s: s.feedback_sheets.sheet(made.id)).state is SheetState.PENDING
    assert dialog.yes_button.isVisible()
    qtbot.mouseClick(dialog.yes_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main)
    sent = on_worker(main, lambda s: s.feedback_sheets.sheet(made.id))
    assert sent.state is SheetState.SENT and sent.channel is Channel.COPY
    dialog.reject()

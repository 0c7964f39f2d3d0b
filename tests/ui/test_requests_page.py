"""The Requests page and its register dialogs: add, extend, close; overdue first; who sees it.

Driven through the real windows on a real vault, in English and in Dutch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from supervisor_app.domain import requests as rules
from supervisor_app.domain.requests import RequestState
from supervisor_app.services.session import Session
from supervisor_app.ui.core.operations import Change
from supervisor_app.ui.dialogs.request_dialogs import (
    AddRequestDialog,
    CloseRequestDialog,
    ExtendRequestDialog,
)
from supervisor_app.ui.pages.requests_page import Show
from supervisor_app.ui.words.notice_labels import OVERDUE_COLOUR, OVERDUE_STYLE
from tests.integration.test_access_export import People
from tests.ui.conftest import MakeController, on_worker, settle
from tests.ui.requests_fixtures import (
    AUDITOR,
    LEAD,
    as_admin,
    opened,
    prepare,
    register,
    requests_page,
    select,
    sign_in,
    speaking,
)

CALLER = "+31 6 1234 5678"
EXTEND_REASON = "Recordings of two teams must be reviewed first"
REFUSAL = "The caller could not prove the number is theirs"


@pytest.fixture
def people(admin_session: Session, tmp_path: Path) -> People:
    return prepare(admin_session, tmp_path)


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    with speaking(str(request.param)) as chosen:
        yield chosen


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_request_is_added_extended_and_closed_through_the_dialogs(
    qtbot: QtBot, make_controller: MakeController, people: People, language: str
) -> None:
    main = as_admin(qtbot, make_controller, people)
    nav = [main.nav.item(i).text() for i in range(main.nav.count())]
    assert ("Verzoeken" if language == "nl" else "Requests") in nav
    page = requests_page(qtbot, main)
    assert page.model.rowCount() == 0

    click(qtbot, page.add_button)
    dialog = opened(qtbot, main, page)
    assert isinstance(dialog, AddRequestDialog)
    assert dialog.ok_button.text() == ("&Registreren" if language == "nl" else "&Register")
    received = dt.date.today() - dt.timedelta(days=3)
    dialog.caller_radio.setChecked(True)
    dialog.number_edit.setText(CALLER)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("access"))
    dialog.received_edit.setDate(QDate(received.year, received.month, received.day))
    dialog.verified_edit.setText("Called back on the number")
    dialog.note_edit.setPlainText("Asked by phone for the recordings")
    click(qtbot, dialog.ok_button)
    settle(qtbot, main)
    assert dialog.added is not None and not dialog.isVisible()
    request_id = dialog.added.row.id
    assert dialog.added.row.number == "+31612345678"
    assert dialog.added.row.deadline == rules.deadline(received)
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    assert "Called back on the number" in page.details.text()
    assert page.export_button.isEnabled() and not page.erase_button.isEnabled()

    # Extend: the deadline moves to three months after receipt, with the reason kept.
    click(qtbot, page.extend_button)
    extend = opened(qtbot, main, page)
    assert isinstance(extend, ExtendRequestDialog)
    assert not extend.ok_button.isEnabled()  # a reason first
    extend.reason_edit.setPlainText(EXTEND_REASON)
    click(qtbot, extend.ok_button)
    settle(qtbot, main)
    assert extend.extended is not None
    assert extend.extended.row.state is RequestState.EXTENDED
    assert extend.extended.row.deadline == rules.deadline(received, extended=True)
    select(qtbot, main, page, request_id)
    assert EXTEND_REASON in page.details.text()
    assert not page.extend_button.isEnabled()  # the law allows one extension

    # Close as refused: a refusal needs its reason; the request leaves the Open list.
    click(qtbot, page.close_button)
    close = opened(qtbot, main, page)
    assert isinstance(close, CloseRequestDialog)
    close.refused_radio.setChecked(True)
    close.note_edit.setPlainText("too short")
    assert not close.ok_button.isEnabled()
    close.note_edit.setPlainText(REFUSAL)
    click(qtbot, close.ok_button)
    settle(qtbot, main)
    assert close.closed is not None and close.closed.row.state is RequestState.REFUSED
    assert page.model.rowCount() == 0
    page.set_filter(Show.REFUSED)
    settle(qtbot, main)
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    assert REFUSAL in page.details.text()
    assert not page.close_button.isEnabled()
    stored = on_worker(main, lambda s: s.requests.get(request_id))
    assert stored.row.outcome_note == REFUSAL and stored.row.extension_reason == EXTEND_REASON


def test_a_wrong_number_is_one_sentence_in_the_dialog_and_nothing_is_registered(
    qtbot: QtBot, make_controller: MakeController, people: People
) -> None:
    main = as_admin(qtbot, make_controller, people)
    page = requests_page(qtbot, main)
    click(qtbot, page.add_button)
    dialog = opened(qtbot, main, page)
    assert isinstance(dialog, AddRequestDialog)
    dialog.caller_radio.setChecked(True)
    dialog.number_edit.setText("not a number")
    click(qtbot, dialog.ok_button)
    settle(qtbot, main)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "is not a telephone number" in dialog.error.text()
    assert dialog.error.text().count(".") == 1  # one sentence
    assert on_worker(main, lambda s: s.requests.list()) == []


def test_overdue_requests_come_first_in_red_and_the_dashboard_card_leads_there(
    qtbot: QtBot, make_controller: MakeController, people: People
) -> None:
    main = as_admin(qtbot, make_controller, people)
    fresh = register(main, "access", agent_extension="201")
    late = register(
        main, "erasure", number="0687654321", received=dt.date.today() - dt.timedelta(days=70)
    )
    main.ops.announce(Change.REQUESTS)  # set up behind the window's back: pages read again
    main.show_page(main.dashboard_page)
    settle(qtbot, main)
    card = main.requests_card
    assert card is not None
    assert card.headline.text() == "1 request is overdue."
    assert card.headline.styleSheet() == OVERDUE_STYLE
    assert "2 requests are open." in card.detail.text()

    click(qtbot, card.open_button)
    settle(qtbot, main)
    page = main.requests_page
    assert page is not None and main.stack.currentWidget() is page
    assert page.state_filter is Show.OVERDUE
    assert [page.model.view_at(r).row.id for r in range(page.model.rowCount())] == [late.row.id]
    page.set_filter(Show.OPEN)
    settle(qtbot, main)
    assert [page.model.view_at(r).row.id for r in range(2)] == [late.row.id, fresh.row.id]
    colour = page.model.data(page.model.index(0, 5), Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == OVERDUE_COLOUR
    assert page.model.data(page.model.index(1, 5), Qt.ItemDataRole.ForegroundRole) is None
    assert "Overdue by" in page.model.data(page.model.index(0, 5))
    page.view.selectRow(0)
    assert not page.extend_button.isEnabled()  # past the first month: answer, don't extend


def test_an_auditor_reads_the_register_and_a_team_lead_does_not_see_it(
    qtbot: QtBot, make_controller: MakeController, people: People
) -> None:
    main = sign_in(qtbot, make_controller, people, AUDITOR)
    page = requests_page(qtbot, main)
    assert main.reports_page is not None and main.requests_card is not None
    for button in (page.add_button, page.extend_button, page.close_button, page.export_button):
        assert not button.isVisible()
    assert page.read_only_note.isVisible()
    main.lock_requested.emit()
    qtbot.waitUntil(lambda: main.isHidden())


def test_a_team_lead_sees_neither_requests_nor_reports(
    qtbot: QtBot, make_controller: MakeController, people: People
) -> None:
    main = sign_in(qtbot, make_controller, people, LEAD)
    nav = [main.nav.item(i).text() for i in range(main.nav.count())]
    assert "Requests" not in nav and "Reports" not in nav
    assert main.requests_page is None and main.reports_page is None
    assert main.requests_card is None

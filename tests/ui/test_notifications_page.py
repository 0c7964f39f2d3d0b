"""The Notifications page: tabs, overdue in red, filters, bulk actions, receipts, unlock."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from supervisor_app.domain.notifications import Channel, State
from supervisor_app.domain.roles import Role
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.notifications import NotificationService
from supervisor_app.services.session import Session
from supervisor_app.ui.dialogs.notice_actions import NoticeSender
from supervisor_app.ui.dialogs.receipt_dialog import ReceiptDialog
from supervisor_app.ui.models.notifications_model import STATE_COLUMN
from supervisor_app.ui.pages.listen_log_page import GREEN_STYLE, RED_STYLE
from supervisor_app.ui.pages.notifications_page import NotificationsPage, View
from supervisor_app.ui.words.notice_labels import OVERDUE_COLOUR
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_import_pipeline import MONDAY
from tests.integration.test_listen import REASON, Vault, as_user, build_vault
from tests.ui.conftest import MakeController, settle, unlock
from tests.ui.test_listen_log_page import Worker, choose

_YEAR, _WEEK, _ = MONDAY.isocalendar()
DIGEST_TITLE = f"Weekly digest, week {_WEEK} of {_YEAR}"  # the test vault's calls' week


def listen_days_ago(vault: Vault, days: int) -> int:
    """The team lead listened to Fatima's call ``days`` ago; returns the notice's id."""
    at = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    listen = ListeningService(vault.lead, clock=lambda: at).open(vault.noord, "training", REASON)
    listen.close()
    item = NotificationService(vault.admin).for_listen_session(listen.id)
    assert item is not None
    return item.id


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    """Two weekly digests (Fatima, Ivo), and a listen notice ten days old: overdue."""
    return build_vault(admin_session, tmp_path)


@pytest.fixture
def worker() -> Iterator[Worker]:
    """The vault worker the pages use."""
    made = Worker()
    yield made
    made.close()


def make_page(qtbot: QtBot, worker: Worker, session: Session) -> NotificationsPage:
    """The page as session's user, on the vault worker, with what it read first shown."""
    ops = worker.ops(session)
    page = NotificationsPage(ops, NoticeSender(ops))
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    settle(qtbot, ops)
    return page


def show_view(qtbot: QtBot, page: NotificationsPage, view: View) -> None:
    """Switch tabs and wait for the notices."""
    page.show_view(view)
    settle(qtbot, page.ops)


def rows(page: NotificationsPage) -> list[tuple[str, str, str]]:
    """(notice, agent, state) of every row shown."""
    model = page.model
    return [
        tuple(str(model.data(model.index(r, c))) for c in (0, 1, STATE_COLUMN))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def test_tabs_show_pending_and_overdue_in_red(qtbot: QtBot, vault: Vault, worker: Worker) -> None:
    overdue = listen_days_ago(vault, 10)
    page = make_page(qtbot, worker, vault.admin)

    assert page.tabs.currentIndex() == View.PENDING
    assert rows(page) == [
        ("Call listened to", "Fatima El Amrani", "Overdue"),  # earliest deadline first
        (DIGEST_TITLE, "Fatima El Amrani", "Pending"),
        (DIGEST_TITLE, "Ivo de Boer", "Pending"),
    ]
    model = page.model
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) == QColor(OVERDUE_COLOUR)
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert page.tabs.tabText(View.OVERDUE) == "Overdue (1)"
    assert page.tabs.tabTextColor(View.OVERDUE) == QColor(OVERDUE_COLOUR)

    show_view(qtbot, page, View.OVERDUE)
    assert [page.model.item_at(r).id for r in range(page.model.rowCount())] == [overdue]
    assert page.count_label.text() == "1 notice"
    show_view(qtbot, page, View.SENT)
    assert rows(page) == [] and page.count_label.text() == "No notice matches."


def test_filters_by_agent_and_team(qtbot: QtBot, vault: Vault, worker: Worker) -> None:
    listen_days_ago(vault, 10)
    page = make_page(qtbot, worker, vault.admin)
    choose(qtbot, page.ops, page.agent_combo, "Ivo de Boer")
    assert [r[1] for r in rows(page)] == ["Ivo de Boer"]
    page.clear_filters()
    choose(qtbot, page.ops, page.team_combo, "Team Noord")
    assert [r[1] for r in rows(page)] == ["Fatima El Amrani", "Fatima El Amrani"]
    show_view(qtbot, page, View.ALL)
    choose(qtbot, page.ops, page.team_combo, "Team Zuid")
    assert [r[1] for r in rows(page)] == ["Ivo de Boer"]


def test_mark_outside_then_acknowledged_with_notes(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    overdue = listen_days_ago(vault, 10)
    page = make_page(qtbot, worker, vault.admin)
    page.select_ids([overdue])
    assert page.send_button.isEnabled() and page.outside_button.isEnabled()
    assert not page.digests_button.isEnabled()  # not a digest
    assert not page.acknowledged_button.isEnabled()  # not sent yet

    dialog = page.mark_outside_selected()
    assert dialog is not None
    dialog.buttons.accepted.emit()  # no note: refused
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.note_edit.setText("told in person at the coaching talk")
    with qtbot.waitSignal(dialog.accepted):  # closes once the worker recorded it
        dialog.buttons.accepted.emit()
    settle(qtbot, page.ops)
    service = NotificationService(vault.admin)
    sent = service.item(overdue)
    assert (sent.state, sent.channel, sent.note, sent.sent_by) == (
        State.SENT,
        Channel.OUTSIDE,
        "told in person at the coaching talk",
        ADMIN,
    )
    assert page.tabs.tabText(View.OVERDUE) == "Overdue"  # nothing is late any more

    show_view(qtbot, page, View.SENT)
    assert rows(page) == [("Call listened to", "Fatima El Amrani", "Sent")]
    assert page.model.data(page.model.index(0, 4)) == "Outside the app"
    page.select_ids([overdue])
    acknowledged = page.mark_acknowledged_selected()
    assert acknowledged is not None
    acknowledged.note_edit.setText("signed copy in the personnel file")
    with qtbot.waitSignal(acknowledged.accepted):
        acknowledged.buttons.accepted.emit()
    settle(qtbot, page.ops)
    assert service.item(overdue).state is State.ACKNOWLEDGED
    show_view(qtbot, page, View.ACKNOWLEDGED)
    assert [r[2] for r in rows(page)] == ["Acknowledged"]


def test_bulk_saves_each_digest_as_eml_and_marks_them_sent(
    qtbot: QtBot, vault: Vault, worker: Worker, tmp_path: Path
) -> None:
    page = make_page(qtbot, worker, vault.admin)
    digests = [i.id for i in NotificationService(vault.admin).items() if i.is_digest]
    assert len(digests) == 2
    page.select_ids(digests)
    assert page.digests_button.isEnabled() and not page.send_button.isEnabled()
    folder = tmp_path / "out"
    folder.mkdir()

    page.save_digests_selected(folder)
    settle(qtbot, page.ops)

    files = sorted(folder.glob("*.eml"))
    assert [f.name.split(" ")[0] for f in files] == ["Fatima", "Ivo"]
    for file in files:
        message = email.message_from_bytes(file.read_bytes(), policy=email.policy.default)
        assert message["Subject"] and message["X-Unsent"] == "1"
    service = NotificationService(vault.admin)
    assert {(service.item(i).state, service.item(i).channel) for i in digests} == {
        (State.SENT, Channel.EML)
    }
    assert "Saved 2 digests" in page.saved_label.text()
    assert rows(page) == []  # the Pending tab is empty now


def test_who_sees_which_buttons(qtbot: QtBot, vault: Vault, worker: Worker) -> None:
    auditor = as_user(vault.admin, "olga", Role.AUDITOR, [])
    page = make_page(qtbot, worker, auditor)
    assert len(rows(page)) == 2  # auditors see every team's notices
    assert page.receipt_button.isVisible()
    assert not page.send_button.isVisible() and not page.outside_button.isVisible()
    lead = make_page(qtbot, worker, vault.lead)
    assert [r[1] for r in rows(lead)] == ["Fatima El Amrani"]  # Team Noord only
    assert lead.send_button.isVisible() and not lead.receipt_button.isVisible()


def test_receipt_check_is_green_then_red_after_tampering(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    item_id = listen_days_ago(vault, 1)
    item = NotificationService(vault.admin).item(item_id)
    page = make_page(qtbot, worker, vault.admin)
    dialog = page.check_receipt()
    assert isinstance(dialog, ReceiptDialog)

    dialog.code_edit.setText(item.receipt.upper().replace("-", " "))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.ops)
    text = dialog.result_label.text()
    assert dialog.result_label.styleSheet() == GREEN_STYLE
    assert text.startswith(f"✔ Receipt {item.receipt} checks: log entry {item.audit_seq} is")
    assert "What it records: Call listened to · " in text and " · Fatima El Amrani · " in text
    assert f"recording {vault.noord}" in text

    raw = vault.admin.vault.connect()  # nothing but the key: no app code, no audit entry
    try:
        raw.execute(
            "UPDATE audit_log SET details = replace(details, 'greeting', 'greetings')"
            " WHERE seq = ?",
            (item.audit_seq,),
        )
    finally:
        raw.close()
    dialog.check()
    settle(qtbot, page.ops)
    assert dialog.result_label.styleSheet() == RED_STYLE
    assert dialog.result_label.text().startswith("✘")
    assert f"broken at entry {item.audit_seq}" in dialog.result_label.text()

    dialog.code_edit.setText("not a code")
    dialog.check()
    settle(qtbot, page.ops)
    assert dialog.result_label.styleSheet() == RED_STYLE and dialog.last_check is None


def test_unlocking_with_an_overdue_notice_opens_it_first(
    qtbot: QtBot, make_controller: MakeController, admin_session: Session, tmp_path: Path
) -> None:
    vault = build_vault(admin_session, tmp_path)
    overdue = listen_days_ago(vault, 10)
    folder = admin_session.vault.folder
    admin_session.lock()
    controller = make_controller(folder)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    settle(qtbot, main)

    page = main.notifications_page
    assert main.stack.currentWidget() is page
    assert main.nav.currentRow() == main.stack.indexOf(page)
    assert page.tabs.currentIndex() == View.OVERDUE
    assert [page.model.item_at(r).id for r in range(page.model.rowCount())] == [overdue]

    # The Dashboard's card is on top, red, and leads back to the overdue tab.
    main.show_page(main.dashboard_page)
    settle(qtbot, main)
    card = main.notifications_card
    first = main.dashboard_page.cards.itemAt(0)
    assert first is not None and first.widget() is card
    assert card.overdue == 1 and "1 notice to an agent is overdue" in card.headline.text()
    assert OVERDUE_COLOUR in card.headline.styleSheet()
    show_view(qtbot, page, View.SENT)
    main.show_page(main.dashboard_page)
    settle(qtbot, main)
    card.open_button.click()
    settle(qtbot, main)
    assert main.stack.currentWidget() is page and page.tabs.currentIndex() == View.OVERDUE


def test_unlocking_without_overdue_notices_opens_the_dashboard(
    qtbot: QtBot, make_controller: MakeController, admin_session: Session, tmp_path: Path
) -> None:
    vault = build_vault(admin_session, tmp_path)
    listen_days_ago(vault, 1)  # due in days: pending, not overdue
    folder = admin_session.vault.folder
    admin_session.lock()
    controller = make_controller(folder)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    settle(qtbot, main)
    assert main.stack.currentWidget() is main.dashboard_page
    card = main.notifications_card
    assert card.overdue == 0 and "No notice to an agent is overdue" in card.headline.text()
    assert "3 notices wait" in card.detail.text()


def test_send_opens_the_letter_and_the_sent_notice_leaves_the_pending_tab(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    item_id = listen_days_ago(vault, 1)
    page = make_page(qtbot, worker, vault.lead)
    page.select_ids([item_id])
    page.send_selected()
    settle(qtbot, page.ops)
    dialog = page.send_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Fatima El Amrani" in dialog.windowTitle()
    qtbot.mouseClick(dialog.panel.copy_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.ops)
    assert dialog.isVisible() and dialog.sent_item is None  # copied is not sent
    assert NotificationService(vault.lead).item(item_id).state is State.PENDING
    qtbot.mouseClick(dialog.panel.yes_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.ops)

    assert dialog.sent_item is not None and dialog.sent_item.channel is Channel.COPY
    qtbot.waitUntil(
        lambda: item_id not in [i.id for i in page.selected()] and page.model.rowCount() == 1
    )
    assert [r[0] for r in rows(page)] == [DIGEST_TITLE]

"""The post-listen prompt: no way out without a choice; Later defers; sending is recorded.

Saving and printing mark the notice sent; the mail program and a copy only once the user
confirms the message was sent ("No" records nothing).
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from supervisor_app.domain.notifications import Channel, State
from supervisor_app.domain.people import Language
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.notifications import NotificationService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.dialogs.notice_actions import NoticeSender
from supervisor_app.ui.dialogs.notice_panel import NoticePanel
from supervisor_app.ui.dialogs.notify_prompt import Choice, NotifyPrompt
from supervisor_app.vault import audit
from tests.integration.test_listen import REASON, Vault, build_vault
from tests.ui.conftest import settle
from tests.ui.test_documents_pdf import page_count
from tests.ui.test_listen_dialog import worker_ops

EMAIL = "fatima@example.org"


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    """Three recordings; Fatima (Team Noord, Dutch) has an e-mail address."""
    built = build_vault(admin_session, tmp_path)
    PeopleService(admin_session).update_agent(
        1, "Fatima El Amrani", ["201"], "Team Noord", EMAIL, Language.NL
    )
    return built


def listened(vault: Vault) -> int:
    """The team lead listens to Fatima's call; returns the listen session's id."""
    listen = ListeningService(vault.lead).open(vault.noord, "training", REASON)
    listen.close()
    return listen.id


@pytest.fixture
def lead_ops(vault: Vault) -> Iterator[Ops]:
    """The team lead's operations on a vault worker of their own, as after an unlock."""
    with worker_ops(vault.lead) as ops:
        yield ops


@pytest.fixture
def prompt(qtbot: QtBot, vault: Vault, lead_ops: Ops) -> NotifyPrompt:
    """The prompt for the team lead's listen, shown."""
    item = NotificationService(vault.lead).for_listen_session(listened(vault))
    assert item is not None and item.state is State.PENDING
    shown = NotifyPrompt(NoticeSender(lead_ops), item)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def clicked(qtbot: QtBot, ops: Ops, button: QPushButton) -> None:
    """Click, and wait for what the click asked of the vault worker."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)


def actions(session: Session, name: str) -> list[audit.AuditEntry]:
    return [e for e in audit.entries(session.conn) if e.action == name]


def state(vault: Vault, prompt: NotifyPrompt) -> tuple[State, Channel | None, str]:
    item = NotificationService(vault.admin).item(prompt.item.id)
    return item.state, item.channel, item.note


def panel_of(qtbot: QtBot, ops: Ops, prompt: NotifyPrompt) -> NoticePanel:
    """Notify now: the letter is written on the worker, then the panel shows it."""
    prompt.notify_now()
    settle(qtbot, ops)
    panel = prompt.panel
    assert panel is not None and panel.isVisible()
    return panel


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )


def test_the_prompt_cannot_be_closed_without_a_choice(
    qtbot: QtBot, vault: Vault, prompt: NotifyPrompt, lead_ops: Ops
) -> None:
    assert prompt.isModal()
    assert not prompt.windowFlags() & Qt.WindowType.WindowCloseButtonHint
    assert "Fatima El Amrani" in prompt.now_button.text()
    assert prompt.later_button.text().startswith("&Later (due ")

    prompt.reject()
    assert prompt.isVisible()
    assert not prompt.close()
    assert prompt.isVisible()
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    assert prompt.isVisible()
    panel_of(qtbot, lead_ops, prompt)  # the letter's page has no way out either
    prompt.reject()
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    assert prompt.isVisible() and prompt.choice is None
    assert state(vault, prompt) == (State.PENDING, None, "")
    assert actions(vault.admin, "notification_deferred") == []


def test_later_defers_and_logs_the_deadline(
    qtbot: QtBot, vault: Vault, prompt: NotifyPrompt, lead_ops: Ops
) -> None:
    clicked(qtbot, lead_ops, prompt.later_button)

    assert not prompt.isVisible() and prompt.choice is Choice.LATER
    assert state(vault, prompt) == (State.PENDING, None, "")
    [deferred] = actions(vault.admin, "notification_deferred")
    assert deferred.actor == "bram" and deferred.subject == f"notification:{prompt.item.id}"
    assert deferred.details["due_on"] == prompt.item.due_on.isoformat()


def test_notify_now_shows_the_letter_in_the_agents_language_with_its_receipt(
    qtbot: QtBot, prompt: NotifyPrompt, lead_ops: Ops
) -> None:
    panel = panel_of(qtbot, lead_ops, prompt)
    assert panel.letter.language == "nl"
    assert "Beste Fatima El Amrani" in panel.preview.toPlainText()
    assert prompt.item.receipt in panel.receipt_label.text()
    assert EMAIL in panel.address_label.text()


def test_save_eml_writes_a_message_and_marks_sent(
    qtbot: QtBot,
    vault: Vault,
    prompt: NotifyPrompt,
    lead_ops: Ops,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = panel_of(qtbot, lead_ops, prompt)
    target = tmp_path / "notice"  # no suffix typed: .eml is added
    save_to(monkeypatch, target)
    clicked(qtbot, lead_ops, panel.eml_button)

    saved = target.with_suffix(".eml")
    message = email.message_from_bytes(saved.read_bytes(), policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == EMAIL
    assert message["Subject"] == panel.letter.subject
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and prompt.item.receipt in body.get_content()
    assert state(vault, prompt) == (State.SENT, Channel.EML, "")
    assert prompt.choice is Choice.SENT and not prompt.isVisible()


def test_pdf_letter_renders_and_marks_sent(
    qtbot: QtBot,
    vault: Vault,
    prompt: NotifyPrompt,
    lead_ops: Ops,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = panel_of(qtbot, lead_ops, prompt)
    target = tmp_path / "letter.pdf"
    save_to(monkeypatch, target)
    clicked(qtbot, lead_ops, panel.pdf_button)

    data = target.read_bytes()
    assert data.startswith(b"%PDF") and page_count(data) >= 1
    assert state(vault, prompt) == (State.SENT, Channel.PDF, "")
    [sent] = actions(vault.admin, "notification_sent")
    assert sent.actor == "bram" and sent.details["channel"] == "pdf"


@pytest.fixture
def mail_client(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Stands in for the system's mail program: the links it was given; nothing opens."""
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return opened


def test_mail_client_opens_with_the_notice_and_asks_before_marking_sent(
    qtbot: QtBot, vault: Vault, prompt: NotifyPrompt, lead_ops: Ops, mail_client: list[QUrl]
) -> None:
    panel = panel_of(qtbot, lead_ops, prompt)
    assert not panel.confirm_box.isVisible()
    clicked(qtbot, lead_ops, panel.mail_button)

    [url] = mail_client
    assert url.scheme() == "mailto" and url.path() == EMAIL
    assert prompt.item.receipt in url.query(QUrl.ComponentFormattingOption.FullyDecoded)
    # The mail program is open, nothing is sent yet: the panel asks.
    assert panel.confirm_box.isVisible()
    assert "Did you send the message in your mail program?" in panel.confirm_question.text()
    assert state(vault, prompt) == (State.PENDING, None, "")
    assert actions(vault.admin, "notification_sent") == []
    assert prompt.isVisible() and prompt.choice is None

    clicked(qtbot, lead_ops, panel.yes_button)
    assert state(vault, prompt) == (State.SENT, Channel.MAIL, "")
    [sent] = actions(vault.admin, "notification_sent")
    assert sent.actor == "bram" and sent.details["channel"] == "mail"
    assert sent.details["receipt"] == prompt.item.receipt
    assert prompt.choice is Choice.SENT and not prompt.isVisible()


def test_mail_not_sent_records_nothing_and_the_prompt_still_needs_a_choice(
    qtbot: QtBot, vault: Vault, prompt: NotifyPrompt, lead_ops: Ops, mail_client: list[QUrl]
) -> None:
    panel = panel_of(qtbot, lead_ops, prompt)
    before = len(audit.entries(vault.admin.conn))
    clicked(qtbot, lead_ops, panel.mail_button)
    assert panel.confirm_box.isVisible()

    # While the question is open, the prompt still cannot be closed without a choice.
    prompt.reject()
    assert not prompt.close()
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    assert prompt.isVisible() and prompt.choice is None

    clicked(qtbot, lead_ops, panel.no_button)
    assert not panel.confirm_box.isVisible() and panel.not_sent_label.isVisible()
    assert state(vault, prompt) == (State.PENDING, None, "")
    assert len(audit.entries(vault.admin.conn)) == before  # not even a failed attempt
    assert prompt.isVisible() and prompt.choice is None
    prompt.reject()
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    assert prompt.isVisible()

    # Every other way is still at hand, Later included.
    assert all(b.isEnabled() for b in (panel.mail_button, panel.eml_button, panel.copy_button))
    shown = prompt.stack.currentWidget()
    assert shown is not None
    [later] = [b for b in shown.findChildren(QPushButton) if b.text() == prompt.later_button.text()]
    clicked(qtbot, lead_ops, later)
    assert prompt.choice is Choice.LATER and not prompt.isVisible()
    assert state(vault, prompt) == (State.PENDING, None, "")
    assert actions(vault.admin, "notification_sent") == []
    assert len(actions(vault.admin, "notification_deferred")) == 1


def test_no_mail_program_shows_an_error_and_asks_nothing(
    qtbot: QtBot, vault: Vault, prompt: NotifyPrompt, lead_ops: Ops, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    panel = panel_of(qtbot, lead_ops, prompt)
    clicked(qtbot, lead_ops, panel.mail_button)
    assert panel.error_label.isVisible() and "No mail program" in panel.error_label.text()
    assert not panel.confirm_box.isVisible()
    assert state(vault, prompt) == (State.PENDING, None, "")


def test_copy_puts_the_text_on_the_clipboard_and_asks_before_marking_sent(
    qtbot: QtBot, vault: Vault, prompt: NotifyPrompt, lead_ops: Ops
) -> None:
    panel = panel_of(qtbot, lead_ops, prompt)
    QGuiApplication.clipboard().clear()
    clicked(qtbot, lead_ops, panel.copy_button)

    assert QGuiApplication.clipboard().text() == panel.letter.text
    assert prompt.item.receipt in QGuiApplication.clipboard().text()
    assert panel.confirm_box.isVisible()
    assert "Did you send the copied text to Fatima El Amrani?" in panel.confirm_question.text()
    assert state(vault, prompt) == (State.PENDING, None, "")
    assert prompt.isVisible() and prompt.choice is None

    clicked(qtbot, lead_ops, panel.yes_button)
    assert state(vault, prompt) == (State.SENT, Channel.COPY, "")
    assert prompt.choice is Choice.SENT and not prompt.isVisible()


def test_copy_not_sent_records_nothing(
    qtbot: QtBot, vault: Vault, prompt: NotifyPrompt, lead_ops: Ops
) -> None:
    panel = panel_of(qtbot, lead_ops, prompt)
    before = len(audit.entries(vault.admin.conn))
    clicked(qtbot, lead_ops, panel.copy_button)
    clicked(qtbot, lead_ops, panel.no_button)

    assert not panel.confirm_box.isVisible()
    assert state(vault, prompt) == (State.PENDING, None, "")
    assert len(audit.entries(vault.admin.conn)) == before
    assert prompt.isVisible() and prompt.choice is None


def test_done_outside_requires_a_note(
    qtbot: QtBot, vault: Vault, prompt: NotifyPrompt, lead_ops: Ops
) -> None:
    panel = panel_of(qtbot, lead_ops, prompt)
    assert not panel.outside_button.isEnabled()
    panel.note_edit.setText("   ")
    assert not panel.outside_button.isEnabled()
    panel.mark_outside()  # Enter in the empty field
    assert panel.error_label.isVisible() and prompt.isVisible()
    assert state(vault, prompt) == (State.PENDING, None, "")

    qtbot.keyClicks(panel.note_edit, "told at the coaching talk")
    clicked(qtbot, lead_ops, panel.outside_button)
    assert state(vault, prompt) == (State.SENT, Channel.OUTSIDE, "told at the coaching talk")
    assert prompt.choice is Choice.SENT

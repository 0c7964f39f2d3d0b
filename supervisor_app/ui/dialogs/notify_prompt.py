"""After a listen: notify the agent now or later; the prompt cannot be closed without a choice."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.notifications import Item, State
from supervisor_app.services.letters import Letter
from supervisor_app.services.notifications import SENDER_ROLES
from supervisor_app.services.registry import Services
from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.dialogs.notice_actions import NoticeSender
from supervisor_app.ui.dialogs.notice_panel import NoticePanel
from supervisor_app.ui.policy.policy_fields import note_label
from supervisor_app.ui.words.error_text import error_text
from supervisor_app.ui.words.notice_labels import due_text


class Choice(StrEnum):
    """How the prompt ended."""

    SENT = "sent"  # the notice left the app (or was marked as sent outside it)
    LATER = "later"  # deferred: it stays pending and shows up until sent
    LOCKED = "locked"  # the vault locked first; the notice stays pending, nothing is logged


class NotifyPrompt(QDialog):
    """Notify <agent> now, or Later (due <date>); nothing else closes it but a lock.

    The notice was queued in the vault with the listen itself, so closing on a lock loses
    nothing: it stays pending and comes back as pending or overdue.
    """

    def __init__(
        self,
        sender: NoticeSender,
        item: Item,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sender = sender
        self.item = item
        self.choice: Choice | None = None
        self.panel: NoticePanel | None = None
        self._may_close = False
        # No close button: the title bar offers no way around the choice.
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Tell {agent}").format(agent=item.agent_name))
        self.addActions(list(dialog_actions))
        self.setMinimumWidth(560)

        due = due_text(item)
        self.question = QLabel(
            self.tr(
                "You listened to a call of {agent}. The recording policy says {agent} must be "
                "told, by {date} at the latest: which call, why, who listened and how to object."
            ).format(agent=item.agent_name, date=due)
        )
        self.question.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Notify {agent} &now").format(agent=item.agent_name))
        self.now_button.setDefault(True)
        self.now_button.clicked.connect(self.notify_now)
        self.later_button = QPushButton(self.tr("&Later (due {date})").format(date=due))
        self.later_button.clicked.connect(self.later)
        later_note = note_label(
            self.tr(
                "Later keeps the notice on the Notifications page; from the day after {date} "
                "it shows as overdue on the Dashboard and at every unlock."
            ).format(date=due)
        )
        choice_page = QWidget()
        choice_layout = QVBoxLayout(choice_page)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(self.question)
        choice_layout.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.now_button)
        choice_layout.addLayout(buttons)
        choice_layout.addWidget(later_note)
        choice_layout.addStretch()

        self.stack = QStackedWidget()
        self.stack.addWidget(choice_page)
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error_label)

    # --- the two choices -----------------------------------------------------------------------

    def notify_now(self) -> None:
        """Show the letter with every way to send it (and Later still at hand).

        The letter is written on the vault worker; the panel appears when it is back.
        """
        if self.panel is not None:
            return
        self.now_button.setEnabled(False)
        self._sender.letter(self, self.item.id, self._show_letter)

    def _show_letter(self, letter: Letter) -> None:
        self.now_button.setEnabled(True)
        panel = NoticePanel(self._sender, self.item, letter)
        panel.sent.connect(self._sent)
        later = QPushButton(self.later_button.text())
        later.clicked.connect(self.later)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(panel, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(later)
        column.addLayout(row)
        self.panel = panel
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.resize(max(self.width(), 760), max(self.height(), 680))

    def later(self) -> None:
        """Defer: the notice stays pending until its deadline, and is logged as deferred."""
        item_id = self.item.id
        self._sender.ops.change(
            self,
            lambda s: s.notifications.defer(item_id),
            lambda _item: self._finish(Choice.LATER),
            changes={Change.NOTICES},
            failed=self._not_deferred,
        )

    def _not_deferred(self, exc: UserFacingError) -> None:
        item_id = self.item.id

        def answer(state: State | None) -> None:
            if state is State.PENDING:
                self._show_error(error_text(exc))
            else:
                # Somebody else sent it meanwhile: nothing is left to choose.
                self._finish(Choice.LATER)

        self._sender.ops.query(self, lambda s: _state_of(s, item_id), answer)

    def _sent(self, item: Item) -> None:
        self.item = item
        self._finish(Choice.SENT)

    def _finish(self, choice: Choice) -> None:
        self.choice = choice
        self._may_close = True
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- no way around the choice, except a lock --------------------------------------------

    def close_for_lock(self) -> None:
        """Close because the vault locks; the notice stays pending and nothing is logged."""
        self.choice = Choice.LOCKED
        self._may_close = True
        self.reject()

    def reject(self) -> None:
        """Refused (Escape, the window's close): only a choice or a lock closes the prompt."""
        if self._may_close:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Refuse closing the window without a choice."""
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape does nothing here; every other key as usual."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)


class NotifyPrompts(QObject):
    """One prompt at a time after each listen; a second listen's prompt waits for the first.

    Signals:
        handled(): a prompt closed with a choice; pages showing notices read again.
    """

    handled = Signal()

    def __init__(
        self,
        ops: Ops,
        sender: NoticeSender,
        window: QWidget,
        dialog_actions: Sequence[QAction] = (),
    ) -> None:
        super().__init__(window)
        self.ops = ops
        self._sender = sender
        self._window = window
        self._dialog_actions = list(dialog_actions)
        self._waiting: list[int] = []
        self._asking = False  # the worker is looking up a notice to prompt about
        self.current: NotifyPrompt | None = None

    def prompt(self, listen_session_id: int) -> None:
        """Ask about the notice of a listen session that just closed (if it is still pending)."""
        if self.current is not None or self._asking:
            self._waiting.append(listen_session_id)
            return
        user = self._sender.ops.services.session.user
        if not any(user.has(role) for role in SENDER_ROLES):
            return
        self._asking = True
        self._sender.ops.query(
            self,
            lambda s: s.notifications.for_listen_session(listen_session_id),
            self._show,
            failed=self._not_found,
        )

    def _not_found(self, _exc: UserFacingError) -> None:
        self._asking = False
        self._next()

    def _show(self, item: Item | None) -> None:
        self._asking = False
        if item is None or item.state is not State.PENDING:
            self._next()
            return
        prompt = NotifyPrompt(self._sender, item, self._dialog_actions, self._window)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.finished.connect(lambda _result: self._closed(prompt))
        self.current = prompt
        prompt.show()

    def close_all(self) -> None:
        """Close the open prompt before the vault locks; the notices stay pending."""
        self._waiting.clear()
        if self.current is not None:
            self.current.close_for_lock()

    def _closed(self, prompt: NotifyPrompt) -> None:
        if self.current is prompt:
            self.current = None
        if prompt.choice is Choice.LOCKED:
            return
        self.handled.emit()
        self._next()

    def _next(self) -> None:
        if self._waiting and self.current is None and not self._asking:
            self.prompt(self._waiting.pop(0))


def _state_of(services: Services, item_id: int) -> State | None:
    try:
        return services.notifications.item(item_id).state
    except UserFacingError:
        return None

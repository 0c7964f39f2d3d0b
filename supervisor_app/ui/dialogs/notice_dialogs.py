"""Small dialogs of the Notifications page: send one notice, and a note for several."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.notifications import Item
from supervisor_app.services.letters import Letter
from supervisor_app.ui.core.form_dialog import FormDialog
from supervisor_app.ui.dialogs.notice_actions import NoticeSender
from supervisor_app.ui.dialogs.notice_panel import NoticePanel
from supervisor_app.ui.words.error_text import UiError


class SendDialog(QDialog):
    """One notice with every way to send it; unlike the post-listen prompt it may be closed."""

    def __init__(
        self,
        sender: NoticeSender,
        item: Item,
        letter: Letter,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send the notice to {agent}").format(agent=item.agent_name))
        self.addActions(list(dialog_actions))
        self.sent_item: Item | None = None
        self.panel = NoticePanel(sender, item, letter)
        self.panel.sent.connect(self._sent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(760, 680)

    def _sent(self, item: Item) -> None:
        self.sent_item = item
        self.accept()


class NoteDialog(FormDialog):
    """Ask for one note, then apply it to the chosen notices (mark sent, acknowledged).

    ``action(note, done, failed)`` starts the work on the vault worker and calls one of
    the two when it is over; the dialog closes on success and shows the sentence otherwise.
    """

    def __init__(
        self,
        title: str,
        about: str,
        action: Callable[[str, Callable[[], None], Callable[[UserFacingError], None]], None],
        *,
        required: bool,
        ok_text: str,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._action = action
        self._required = required
        self.setWindowTitle(title)
        self.addActions(list(dialog_actions))
        text = QLabel(about)
        text.setWordWrap(True)
        self.note_edit = QLineEdit()
        self.note_edit.setMinimumWidth(360)
        self.form.addRow(text)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.ok_button.setText(ok_text)
        self.first_field = self.note_edit

    def submit(self) -> None:
        """Apply the note; an empty one is refused where a note is required."""
        note = self.note_edit.text()
        if self._required and not note.strip():
            raise UiError(self.tr("Say how the notices reached the agents."))
        self.set_busy(True)
        self._action(note, self.accept, self.show_error)

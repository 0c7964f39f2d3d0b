"""A dialog with a form, an inline error line and OK/Cancel; OK closes only on success."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.ui.core.focus_order import follow_layout
from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.core.sizing import grow_to_fit
from supervisor_app.ui.words.error_text import error_text


class FormDialog(QDialog):
    """Base for the small dialogs: subclasses fill ``form`` and override ``submit``.

    ``submit`` either finishes (calls ``accept``), starts worker-thread work (calls
    ``set_busy(True)`` and later ``done_ok``/``show_error``) or raises UserFacingError,
    whose sentence appears under the form so the user can correct it.

    Keyboard: Tab follows the form top to bottom, and the dialog opens in ``first_field``
    (a subclass names the field the user must fill first) or else the form's first field;
    Ctrl+Enter confirms from anywhere, also where Enter makes a new line (a reason box).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(460)
        self.fields = QWidget()
        self.form = QFormLayout(self.fields)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.error = error_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.first_field: QWidget | None = None
        self._keyboard_ready = False
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys),
                self,
                self._confirm_by_keyboard,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    @property
    def ok_button(self) -> QPushButton:
        """The primary button (its text names the action)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def submit(self) -> None:
        """Do the dialog's action; a form that only collects values simply closes on OK."""
        self.accept()

    def set_busy(self, busy: bool) -> None:
        """Show that worker-thread work runs; the dialog cannot be used meanwhile."""
        self.progress.setVisible(busy)
        self.buttons.setEnabled(not busy)
        self.fields.setEnabled(not busy)
        if busy:
            self.error.hide()

    def show_error(self, exc: UserFacingError) -> None:
        """Show the error's sentence under the form."""
        self.set_busy(False)
        self.show_error_text(error_text(exc))

    def show_error_text(self, text: str) -> None:
        """Show a sentence of our own under the form."""
        self.error.setText(text)
        self.error.show()
        grow_to_fit(self)

    def reject(self) -> None:
        """Close, unless worker-thread work for this dialog is still running."""
        if not self.progress.isVisible():
            super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: Tab in reading order, and the focus in the field to fill first."""
        super().showEvent(event)
        if self._keyboard_ready:
            return
        self._keyboard_ready = True
        order = follow_layout(self)
        fields = [w for w in order if w.isVisibleTo(self) and not isinstance(w, QPushButton)]
        chosen = self.focusWidget()  # a subclass may have called setFocus() itself
        if chosen is not None and not isinstance(chosen, QPushButton):
            fields.insert(0, chosen)
        target = self.first_field or (fields[0] if fields else None)
        if target is not None and target.isVisibleTo(self):
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm_by_keyboard(self) -> None:
        if self.ok_button.isVisible() and self.ok_button.isEnabled():
            self._submit()

    def _submit(self) -> None:
        try:
            self.submit()
        except UserFacingError as exc:
            self.show_error(exc)

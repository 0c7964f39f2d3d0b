"""Unlocking with the recovery key, then giving an administrator a new passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.people import User
from supervisor_app.services import session as session_service
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.ui.core.focus_order import follow_layout
from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.core.sizing import grow_to_fit
from supervisor_app.ui.core.tasks import TaskRunner
from supervisor_app.ui.session.passphrase_fields import NewPassphraseFields
from supervisor_app.ui.words.error_text import error_text


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


class RecoveryKeyDialog(QDialog):
    """Asks for the printed recovery key and opens the vault with it."""

    def __init__(self, folder: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._runner = runner
        self.session: Session | None = None
        self.setWindowTitle(self.tr("Use recovery key"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Type the recovery key from the printed page. Afterwards you choose a new "
                "passphrase for an administrator."
            )
        )
        intro.setWordWrap(True)
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.error = error_label()
        self.progress = _busy_bar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        self.buttons.accepted.connect(self._unlock)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Recovery &key:"), self.key_edit)
        form.addRow("", self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        follow_layout(self)
        self.key_edit.setFocus()

    def _unlock(self) -> None:
        text = self.key_edit.text()
        if not text.strip():
            self.error.setText(self.tr("Type the recovery key."))
            self.error.show()
            grow_to_fit(self)
            return
        folder = self._folder
        self._set_busy(True)
        self._runner.run(
            lambda: session_service.unlock_with_recovery_key(folder, text),
            self._opened,
            self._failed,
            owner=self,
        )

    def _opened(self, session: Session) -> None:
        self._set_busy(False)
        self.session = session
        self.accept()

    def _failed(self, exc: UserFacingError) -> None:
        self._set_busy(False)
        self.error.setText(error_text(exc))
        self.error.show()
        grow_to_fit(self)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.key_edit.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.error.hide()

    def reject(self) -> None:
        """Close, unless the key is being checked right now."""
        if not self.progress.isVisible():
            super().reject()


class ResetPassphraseDialog(QDialog):
    """After a recovery-key unlock: a new passphrase for one administrator."""

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.chosen_name = ""
        self.setWindowTitle(self.tr("Set a new passphrase"))
        self.setMinimumWidth(500)
        intro = QLabel(
            self.tr(
                "The recovery key opened the vault. Choose an administrator and give them a new "
                "passphrase; then unlock with it."
            )
        )
        intro.setWordWrap(True)
        self.user_combo = QComboBox()
        runner.run(
            lambda: [u for u in PeopleService(session).users() if u.is_administrator],
            self._show_administrators,
            owner=self,
        )
        self.passphrase = NewPassphraseFields(
            lambda: [str(self.user_combo.currentData() or "")], self
        )
        self.error = error_label()
        self.progress = _busy_bar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Set passphrase"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.changed.connect(
            lambda: self.ok_button.setEnabled(self.passphrase.is_acceptable())
        )
        form = QFormLayout()
        form.addRow(self.tr("&Administrator:"), self.user_combo)
        self.passphrase.add_rows(form)
        form.addRow("", self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        # The passphrase fields were parented before the administrator row above them.
        follow_layout(self)
        self.user_combo.setFocus()

    def _show_administrators(self, users: list[User]) -> None:
        for user in users:
            self.user_combo.addItem(f"{user.display_name} ({user.name})", user.name)
        self.passphrase.changed.emit()
        # Nothing to choose: the passphrase is the first thing to fill in. (focusWidget, not
        # hasFocus: the list may come before the dialog is the active window.)
        if len(users) == 1 and self.focusWidget() is self.user_combo:
            self.passphrase.first.setFocus()

    def _save(self) -> None:
        name = str(self.user_combo.currentData() or "")
        passphrase = self.passphrase.passphrase()
        session = self._session

        def work() -> None:
            # Argon2 runs here, on the vault worker that holds the session's connection.
            PeopleService(session).set_passphrase(name, passphrase)

        self.progress.show()
        self.buttons.setEnabled(False)
        self.error.hide()
        self._runner.run(work, lambda _: self._saved(name), self._failed, owner=self)

    def _saved(self, name: str) -> None:
        self.chosen_name = name
        self.progress.hide()
        self.passphrase.clear()
        self.accept()

    def _failed(self, exc: UserFacingError) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()
        grow_to_fit(self)

    def reject(self) -> None:
        """Close, unless the new passphrase is being saved right now."""
        if not self.progress.isVisible():
            super().reject()

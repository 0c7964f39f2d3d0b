"""The unlock screen: user and passphrase, with the recovery key and other vaults as ways out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervisor_app import APP_NAME
from supervisor_app.domain.errors import UserFacingError
from supervisor_app.services.session import Session
from supervisor_app.ui.banner import demo_banner
from supervisor_app.ui.passphrase_fields import ERROR_STYLE
from supervisor_app.ui.recovery_dialogs import RecoveryKeyDialog
from supervisor_app.ui.sizing import grow_to_fit
from supervisor_app.ui.tasks import TaskRunner
from supervisor_app.vault.errors import UnknownUser, WrongPassphrase
from supervisor_app.vault.vault import LockedVault, is_vault


class UnlockWindow(QWidget):
    """Asks who you are and your passphrase; Argon2 runs in the worker.

    Signals:
        unlocked(Session): a user unlocked the vault.
        recovery_unlocked(Session): the recovery key opened the vault.
        folder_changed(Path): the user switched to another vault folder.
        create_requested(Path): the user wants a new vault in that folder.
    """

    unlocked = Signal(object)
    recovery_unlocked = Signal(object)
    folder_changed = Signal(Path)
    create_requested = Signal(Path)

    def __init__(
        self,
        folder: Path,
        runner: TaskRunner,
        *,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._folder = folder
        self.setWindowTitle(self.tr("Unlock — {app}").format(app=APP_NAME))
        self.setMinimumWidth(460)

        title = QLabel(APP_NAME)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setWeight(QFont.Weight.DemiBold)
        title.setFont(title_font)
        intro = QLabel(self.tr("The vault is locked. Sign in to continue."))
        self.folder_label = QLabel()
        self.folder_label.setStyleSheet("color: palette(placeholder-text);")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.user_combo = QComboBox()
        self.user_combo.setEditable(True)
        self.user_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        # Keep the space so the window does not jump when unlocking starts.
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()

        form = QFormLayout()
        form.addRow(self.tr("&User:"), self.user_combo)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)

        # tr() outside the f-strings, where lupdate can find it.
        recovery_text = self.tr("Use recovery key…")
        other_text = self.tr("Open another vault…")
        self.recovery_link = QLabel(f"<a href='#'>{recovery_text}</a>")
        self.recovery_link.linkActivated.connect(self.use_recovery_key)
        self.other_link = QLabel(f"<a href='#'>{other_text}</a>")
        self.other_link.linkActivated.connect(self._open_other)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        links = QVBoxLayout()
        links.addWidget(self.recovery_link)
        links.addWidget(self.other_link)
        bottom = QHBoxLayout()
        bottom.addLayout(links)
        bottom.addStretch()
        bottom.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        if demo:
            layout.addWidget(demo_banner())
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        self.set_folder(folder)

    @property
    def folder(self) -> Path:
        """The vault folder this screen unlocks."""
        return self._folder

    def set_folder(self, folder: Path) -> None:
        """Unlock the vault in folder from now on; fill the user list from its slots."""
        self._folder = folder
        self.folder_label.setText(self.tr("Vault: {folder}").format(folder=folder))
        current = self.user_combo.currentText()
        self.user_combo.clear()
        try:
            names = LockedVault.open(folder).user_names
        except UserFacingError as exc:
            self._show_error(str(exc))
            return
        self.user_combo.addItems(names)
        self.select_user(current or (names[0] if len(names) == 1 else ""))

    def select_user(self, name: str) -> None:
        """Preselect name and put the cursor in the passphrase field."""
        self.user_combo.setCurrentText(name)
        self.passphrase_edit.setFocus()

    def show_message(self, text: str) -> None:
        """A calm note above the buttons, e.g. why the vault was locked."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        grow_to_fit(self)

    def unlock(self) -> None:
        """Unlock in the worker, then start the session on the GUI thread."""
        if self._runner.busy:
            return
        name = self.user_combo.currentText().strip()
        passphrase = self.passphrase_edit.text()
        if not name:
            self._show_error(self.tr("Enter your user name."))
            self.user_combo.setFocus()
            return
        if not passphrase:
            self._show_error(self.tr("Enter your passphrase."))
            self.passphrase_edit.setFocus()
            return
        folder = self._folder
        self._set_busy(True)
        # Argon2 and the session's connection both on the vault worker: the connection
        # belongs to that thread from now until the lock.
        self._runner.run(
            lambda: Session.start(LockedVault.open(folder).unlock(name, passphrase)),
            self._opened,
            lambda exc: self._failed(exc, name),
            owner=self,
        )

    def _opened(self, session: Session) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.error.hide()
        self.show_message("")
        self.unlocked.emit(session)

    def _failed(self, exc: UserFacingError, name: str) -> None:
        self._set_busy(False)
        # The two everyday mistakes get a translated sentence; rarer vault problems keep
        # the vault layer's own words.
        if isinstance(exc, WrongPassphrase):
            text = self.tr("The passphrase for “{name}” is not right; try again.").format(name=name)
        elif isinstance(exc, UnknownUser):
            text = self.tr(
                "There is no user called “{name}” in this vault; check the name."
            ).format(name=name)
        else:
            text = str(exc)
        self._show_error(text)
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        grow_to_fit(self)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (
            self.user_combo,
            self.passphrase_edit,
            self.unlock_button,
            self.recovery_link,
            self.other_link,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.error.hide()

    def use_recovery_key(self) -> RecoveryKeyDialog:
        """Ask for the recovery key; a successful unlock emits recovery_unlocked."""
        dialog = RecoveryKeyDialog(self._folder, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            if dialog.session is not None:
                self.recovery_unlocked.emit(dialog.session)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def _open_other(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the vault folder"), str(self._folder.parent)
        )
        if not chosen:
            return
        folder = Path(chosen)
        if is_vault(folder):
            self.set_folder(folder)
            self.folder_changed.emit(folder)
            return
        answer = QMessageBox.question(
            self,
            self.tr("No vault there"),
            self.tr("That folder holds no vault. Create a new vault there?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.create_requested.emit(folder)

"""The unlock screen: user and passphrase, with the recovery key and other vaults as ways out."""

from __future__ import annotations

import math
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
from supervisor_app.services import session as session_service
from supervisor_app.services.backup import Restored
from supervisor_app.services.session import Session
from supervisor_app.services.setup import is_vault
from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.core.sizing import grow_to_fit
from supervisor_app.ui.core.tasks import TaskRunner
from supervisor_app.ui.session.banner import demo_banner
from supervisor_app.ui.session.recovery_dialogs import RecoveryKeyDialog
from supervisor_app.ui.session.restore_dialog import RestoreDialog
from supervisor_app.ui.words.error_text import error_text
from supervisor_app.ui.words.log_findings import head_warning_text
from supervisor_app.ui.words.time_format import local_time


class UnlockWindow(QWidget):
    """Asks who you are and your passphrase; Argon2 runs in the worker.

    Signals:
        unlocked(Session): a user unlocked the vault.
        recovery_unlocked(Session): the recovery key opened the vault.
        folder_changed(Path): the user switched to another vault folder.
        create_requested(Path): the user wants a new vault in that folder.
        restored(Restored): a backup was restored and its vault opened.
    """

    unlocked = Signal(object)
    restored = Signal(object)
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
        self.notice_box: QMessageBox | None = None
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
        # Enter presses the button, so it is refused the same visible way while the button
        # is disabled.
        self.passphrase_edit.returnPressed.connect(self._return_pressed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.error = error_label()
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
        restore_text = self.tr("Restore from backup…")
        self.recovery_link = QLabel(f"<a href='#'>{recovery_text}</a>")
        self.recovery_link.linkActivated.connect(self.use_recovery_key)
        self.other_link = QLabel(f"<a href='#'>{other_text}</a>")
        self.other_link.linkActivated.connect(self._open_other)
        self.restore_link = QLabel(f"<a href='#'>{restore_text}</a>")
        self.restore_link.linkActivated.connect(self.restore_backup)
        self.restore_dialog: RestoreDialog | None = None
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        # The vault worker does one thing at a time; while it still works (a lock finishing,
        # say) the button waits disabled instead of swallowing a click.
        self._unlocking = False
        runner.busy_changed.connect(self._runner_busy)
        self._update_unlock_button()
        links = QVBoxLayout()
        links.addWidget(self.recovery_link)
        links.addWidget(self.other_link)
        links.addWidget(self.restore_link)
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
        # A problem with the folder shown before (the first run's folder, before the wizard
        # made it) is no longer true of this one.
        self._show_error("")
        current = self.user_combo.currentText()
        self.user_combo.clear()
        try:
            names = session_service.user_names(folder)
        except UserFacingError as exc:
            self._show_error(error_text(exc))
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
        """Unlock and start the session on the vault worker; the result comes back here."""
        if not self.unlock_button.isEnabled():
            return  # the worker is busy: the disabled button already says so
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
        try:
            delay = session_service.unlock_delay(folder, name)
        except UserFacingError:
            delay = 0.0
        if delay > 0:
            self.show_message(
                self.tr(
                    "After several wrong passphrases for “{name}”, this try waits {n} seconds "
                    "first."
                ).format(name=name, n=math.ceil(delay))
            )
        self._set_busy(True)
        # Argon2 and the session's connection both on the vault worker: the connection
        # belongs to that thread from now until the lock.
        self._runner.run(
            lambda: session_service.unlock(folder, name, passphrase),
            self._opened,
            lambda exc: self._failed(exc, name),
            owner=self,
        )

    def _opened(self, session: Session) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.error.hide()
        self.show_message("")
        self.notice_box = self.show_unlock_notices(session)
        self.unlocked.emit(session)

    def show_unlock_notices(self, session: Session) -> QMessageBox | None:
        """Say what the unlock found: a log not extending a head, or a rekey it finished."""
        lines = [head_warning_text(w) for w in session.head_warnings]
        if session.finished_rekey is not None:
            lines.append(
                self.tr(
                    "A re-encryption of the vault (rekey) was interrupted; it was finished now, "
                    "and the old key no longer opens the vault."
                )
            )
        if not lines:
            return None
        warning = bool(session.head_warnings)
        # No parent: the unlock screen hides once the main window shows, the box must not.
        box = QMessageBox(
            QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
            self.tr("The audit log was changed") if warning else self.tr("Rekey finished"),
            "\n\n".join(lines),
        )
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _failed(self, exc: UserFacingError, name: str) -> None:
        self._set_busy(False)
        self._show_error(error_text(exc))
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        grow_to_fit(self)

    def _return_pressed(self) -> None:
        self.unlock_button.click()  # does nothing while the button is disabled

    def _runner_busy(self, _busy: bool) -> None:
        self._update_unlock_button()

    def _update_unlock_button(self) -> None:
        self.unlock_button.setEnabled(not self._unlocking and not self._runner.busy)

    def _set_busy(self, busy: bool) -> None:
        self._unlocking = busy
        self.progress.setVisible(busy)
        for widget in (
            self.user_combo,
            self.passphrase_edit,
            self.recovery_link,
            self.other_link,
            self.restore_link,
        ):
            widget.setEnabled(not busy)
        self._update_unlock_button()
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

    def restore_backup(self) -> RestoreDialog:
        """Offer to put a backup in place of this vault; a restore opens the vault signed in."""
        dialog = RestoreDialog(self._folder, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def _restored(self, restored: Restored) -> None:
        self.set_folder(self._folder)
        self.passphrase_edit.clear()
        self.error.hide()
        self.notice_box = self.show_restore_notice(restored)
        self.restored.emit(restored)

    def show_restore_notice(self, restored: Restored) -> QMessageBox:
        """Say what the restore did: which backup, what it deleted, where the old vault is."""
        manifest = restored.manifest
        lines = [
            self.tr(
                "The vault was restored from the backup made on {when} (audit log entry {seq})."
            ).format(
                when=local_time(manifest.made_at.strftime("%Y-%m-%dT%H:%M:%SZ")),
                seq=manifest.head_seq,
            ),
            self.tr(
                "Recordings whose retention period ended since the backup, deleted at once: {n}."
            ).format(n=len(restored.purge.purged)),
        ]
        if restored.set_aside is not None:
            lines.append(
                self.tr(
                    "The vault that was here is kept in {folder}; delete that folder once you "
                    "have checked the restored vault."
                ).format(folder=restored.set_aside)
            )
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Backup restored"), "\n\n".join(lines)
        )
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

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

"""Restore from backup… on the unlock screen: put a backup in place of the vault.

Restoring needs an administrator's passphrase as it was when the backup was made, or the
recovery key. The copy, the checks, the swap and the purge of what expired since all run
on the vault worker, with progress (services/backup.py); the restored vault opens signed in.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import AccessDenied, UserFacingError
from supervisor_app.services.backup import (
    BackupDescription,
    BackupProgress,
    Cancelled,
    Restored,
    describe_backup,
    restore,
)
from supervisor_app.services.types import UnknownUser, WrongPassphrase
from supervisor_app.ui.core.sizing import grow_to_fit
from supervisor_app.ui.core.tasks import TaskRunner
from supervisor_app.ui.core.work_progress import WorkProgress, percent
from supervisor_app.ui.words.error_text import error_text
from supervisor_app.ui.words.time_format import local_time


class RestoreDialog(QDialog):
    """Choose a backup, say who restores it, and restore it with progress.

    Signals:
        progressed(BackupProgress): emitted on the worker thread, delivered queued.
        restored(Restored): the backup is in place and open.
    """

    progressed = Signal(object)
    restored = Signal(object)

    def __init__(self, target: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(560)
        self._target = target
        self._runner = runner
        self._cancel = threading.Event()
        self.description: BackupDescription | None = None
        self.running = False

        intro = QLabel(
            self.tr(
                "The backup takes the place of the vault in {folder}. A vault that is there "
                "now is kept next to it under another name, until you delete it. Recordings "
                "whose retention period ended since the backup was made are deleted at once."
            ).format(folder=target)
        )
        intro.setWordWrap(True)
        self.backup_edit = QLineEdit()
        self.backup_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self.choose_backup)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_edit, 1)
        backup_row.addWidget(self.choose_button)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.user_combo = QComboBox()
        self.user_combo.setEditable(True)
        self.recovery_check = QCheckBox(self.tr("Use the &recovery key instead"))
        self.recovery_check.toggled.connect(self._recovery_toggled)
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label = QLabel()
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        # A row of two widgets gets no buddy by itself: without one "&" shows as it is.
        backup_label = QLabel(self.tr("&Backup:"))
        backup_label.setBuddy(self.choose_button)
        form.addRow(backup_label, backup_row)
        form.addRow("", self.about)
        form.addRow(self.tr("&User:"), self.user_combo)
        form.addRow("", self.recovery_check)
        form.addRow(self.secret_label, self.secret_edit)
        self.secret_label.setBuddy(self.secret_edit)

        self.work = WorkProgress()
        self.error = self.work.error
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.work)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.progressed.connect(self._show_progress)
        self._recovery_toggled(False)

    def choose_backup(self) -> None:
        """Pick a backup folder (one made by File → Back up vault…)."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup"), str(self._target.parent)
        )
        if chosen:
            self.use_backup(Path(chosen))

    def use_backup(self, backup: Path) -> None:
        """Read what the backup holds (on the worker) and show it."""
        self.backup_edit.setText(str(backup))
        self.restore_button.setEnabled(False)
        self.error.hide()
        target = self._target
        self._runner.run(
            lambda: describe_backup(backup, target),
            self._described,
            self._not_a_backup,
            owner=self,
        )

    def _described(self, description: BackupDescription) -> None:
        self.description = description
        manifest = description.manifest
        text = self.tr("Made on {when} by {user}; its audit log ends at entry {seq}.").format(
            when=local_time(manifest.made_at.strftime("%Y-%m-%dT%H:%M:%SZ")),
            user=manifest.made_by,
            seq=manifest.head_seq,
        )
        if description.same_vault is False:
            text += " " + self.tr("It is a backup of another vault than the one in this folder.")
        self.about.setText(text)
        current = self.user_combo.currentText()
        self.user_combo.clear()
        self.user_combo.addItems(list(description.users))
        if current in description.users:
            self.user_combo.setCurrentText(current)
        self.restore_button.setEnabled(True)
        self.secret_edit.setFocus()
        grow_to_fit(self)

    def _not_a_backup(self, exc: UserFacingError) -> None:
        self.description = None
        self.about.clear()
        self.work.show_error(error_text(exc))

    def _recovery_toggled(self, recovery: bool) -> None:
        self.user_combo.setEnabled(not recovery)
        self.secret_label.setText(
            self.tr("Recovery &key:") if recovery else self.tr("&Passphrase then:")
        )
        self.secret_edit.setToolTip(
            "" if recovery else self.tr("The passphrase this user had when the backup was made.")
        )

    def start(self) -> None:
        """Restore on the vault worker; the result opens the restored vault."""
        if self.running or self.description is None:
            return
        recovery = self.recovery_check.isChecked()
        user = self.user_combo.currentText().strip()
        secret = self.secret_edit.text()
        if not recovery and not user:
            self.work.show_error(self.tr("Enter your user name."))
            return
        if not secret:
            self.work.show_error(
                self.tr("Enter the recovery key.")
                if recovery
                else self.tr("Enter your passphrase.")
            )
            return
        backup, target = Path(self.backup_edit.text()), self._target
        self._cancel = cancel = threading.Event()
        self.running = True
        self.fields.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.work.begin(self.tr("Copying the backup…"))
        progress = self.progressed.emit
        self._runner.run(
            lambda: restore(
                backup,
                target,
                user=user,
                secret=secret,
                recovery=recovery,
                replace=True,
                progress=progress,
                cancel=cancel.is_set,
            ),
            self._done,
            self._failed,
            owner=self,
        )

    def _show_progress(self, progress: BackupProgress) -> None:
        if not self.running:
            return
        done = percent(progress.done, progress.total)
        text = self.tr("Copying the backup… {percent} %").format(percent=done)
        self.work.advance(progress.done, progress.total, text)

    def _done(self, restored: Restored) -> None:
        self.running = False
        self.work.end()
        self.secret_edit.clear()
        self.restored.emit(restored)
        self.accept()

    def _failed(self, exc: UserFacingError) -> None:
        self.running = False
        self.work.end()
        self.fields.setEnabled(True)
        self.restore_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.work.show_error(self.tr("The restore was stopped; the vault was not changed."))
            return
        self.work.show_error(self._sentence(exc))
        self.secret_edit.selectAll()

    def _sentence(self, exc: UserFacingError) -> str:
        """Why the backup did not open, in the interface language where the cause is known."""
        name = self.user_combo.currentText().strip()
        if isinstance(exc, WrongPassphrase):
            if self.recovery_check.isChecked():
                return self.tr(
                    "That recovery key does not open this backup; check it against the "
                    "printed copy."
                )
            return self.tr(
                "The passphrase for “{name}” does not open this backup; use the passphrase "
                "you had when the backup was made."
            ).format(name=name)
        if isinstance(exc, UnknownUser):
            return self.tr(
                "There is no user called “{name}” in this backup; check the name."
            ).format(name=name)
        if isinstance(exc, AccessDenied):
            return self.tr(
                "Only an administrator of the vault, or its recovery key, can restore a "
                "backup; “{name}” is not an administrator in this backup."
            ).format(name=name)
        return error_text(exc)

    def reject(self) -> None:
        """Cancel stops a restore that is still copying; otherwise it closes."""
        if self.running:
            self._cancel.set()
            self.work.say(self.tr("Stopping…"))
            return
        super().reject()

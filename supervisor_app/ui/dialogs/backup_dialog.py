"""File → Back up vault…: a checked, encrypted copy of the vault, and old copies rotated away.

The copy is made on the vault worker with a progress bar and Cancel (services/backup.py);
the window stays usable. How long backups are kept defaults to the policy's shortest
retention and cannot be set beyond its longest.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.backups import KeepDays
from supervisor_app.domain.errors import UserFacingError
from supervisor_app.services.backup import BackupProgress, BackupReport, Cancelled
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.core.sizing import grow_to_fit
from supervisor_app.ui.core.work_progress import WorkProgress, percent
from supervisor_app.ui.words.error_text import error_text


def default_backup_folder(vault_folder: Path) -> Path:
    """Where backups go unless the user chooses: a folder next to the vault's."""
    return vault_folder.parent / f"{vault_folder.name}-backups"


class BackupDialog(QDialog):
    """Choose the folder and the rotation period, then back up with progress.

    Signals:
        progressed(BackupProgress): emitted on the worker thread, delivered queued.
        finished_backup(str): the backup is made; the sentence says where and what rotated.
    """

    progressed = Signal(object)
    finished_backup = Signal(str)

    def __init__(
        self,
        ops: Ops,
        vault_folder: Path,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up vault"))
        self.setMinimumWidth(560)
        self._ops = ops
        self._cancel = threading.Event()
        self.report: BackupReport | None = None
        self.running = False
        self.addActions(list(dialog_actions))

        intro = QLabel(
            self.tr(
                "A backup is a copy of the vault, encrypted like the vault itself: the same "
                "passphrases and the recovery key open it. Keep backups on another disk than "
                "the vault. Each new backup deletes this vault's backups that are older than "
                "the number of days below, so recordings do not outlive their retention period "
                "in a backup."
            )
        )
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(str(default_backup_folder(vault_folder)))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        self.keep_spin = QSpinBox()
        self.keep_spin.setSuffix(self.tr(" days"))
        self.keep_spin.setRange(1, 1)
        self.keep_note = QLabel()
        self.keep_note.setWordWrap(True)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        # A row of two widgets gets no buddy by itself: without one "&" shows as it is.
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Keep backups for:"), self.keep_spin)
        form.addRow("", self.keep_note)

        self.work = WorkProgress()
        self.error = self.work.error
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.backup_button = QPushButton(self.tr("&Back up"))
        self.backup_button.setDefault(True)
        self.backup_button.setEnabled(False)
        self.buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.backup_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.outcome)
        layout.addWidget(self.work)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.progressed.connect(self._show_progress)
        ops.query(self, lambda s: s.backups.keep_days(), self._show_keep_days)

    def _show_keep_days(self, bounds: KeepDays) -> None:
        self.keep_spin.setRange(1, bounds.maximum)
        self.keep_spin.setValue(bounds.default)
        self.keep_note.setText(
            self.tr(
                "The shortest retention period of the policy is {default} days; backups may be "
                "kept at most {maximum} days, the longest."
            ).format(default=bounds.default, maximum=bounds.maximum)
        )
        self.backup_button.setEnabled(True)
        grow_to_fit(self)

    def choose_folder(self) -> None:
        """Pick the folder that keeps the backups."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the backups"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def start(self) -> None:
        """Make the backup on the vault worker; Cancel stops it and leaves nothing."""
        if self.running or not self.backup_button.isEnabled():
            return
        text = self.folder_edit.text().strip()
        if not text:
            self.work.show_error(self.tr("Choose a folder for the backups."))
            return
        folder, keep = Path(text).expanduser(), self.keep_spin.value()
        self._cancel = cancel = threading.Event()
        self.running = True
        self.outcome.hide()
        self.fields.setEnabled(False)
        self.backup_button.setEnabled(False)
        self.work.begin(self.tr("Copying the vault…"))
        progress = self.progressed.emit
        self._ops.change(
            self,
            lambda s: s.backups.make(folder, keep, progress=progress, cancel=cancel.is_set),
            self._done,
            # The backup purges first: what it deleted shows at once.
            changes={Change.RECORDINGS, Change.LISTENS, Change.NOTICES},
            failed=self._failed,
            cancel=cancel,
        )

    def _show_progress(self, progress: BackupProgress) -> None:
        if not self.running:
            return
        done = percent(progress.done, progress.total)
        text = self.tr("Copying the vault… {percent} %").format(percent=done)
        self.work.advance(progress.done, progress.total, text)

    def _done(self, report: BackupReport) -> None:
        self._ended()
        self.report = report
        text = self.tr(
            "The backup is saved in {path} and was checked. Backups of this vault are kept "
            "{days} days; older backups deleted now: {deleted}."
        ).format(path=report.path, days=report.keep_days, deleted=len(report.deleted))
        self.outcome.setText(text)
        self.outcome.show()
        self.backup_button.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.finished_backup.emit(text)
        grow_to_fit(self)

    def _failed(self, exc: UserFacingError) -> None:
        self._ended()
        self.fields.setEnabled(True)
        self.backup_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.outcome.setText(self.tr("The backup was stopped; nothing was saved."))
            self.outcome.show()
            return
        self.work.show_error(error_text(exc))

    def _ended(self) -> None:
        self.running = False
        self.work.end()

    def cancel_backup(self) -> None:
        """Stop a running backup (nothing is kept), as locking the vault does."""
        if self.running:
            self._cancel.set()
            self.work.say(self.tr("Stopping…"))

    def reject(self) -> None:
        """Cancel stops a running backup (nothing is kept); otherwise it closes."""
        if self.running:
            self.cancel_backup()
            return
        super().reject()

"""Export a person's data for an access request (art. 15): where, which audio, then on the worker.

The export runs on the vault worker with a progress bar and Cancel; the service writes an
AES-256 encrypted ZIP with a passphrase made for it (shown once, afterwards, by the hand-over
dialog). A plain folder is possible only after a warning that the data then leave the vault
unencrypted.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.requests import SubjectKind
from supervisor_app.services.access_export import (
    ExportOptions,
    ExportProgress,
    ExportResult,
    Subject,
)
from supervisor_app.services.registry import Services
from supervisor_app.services.requests import RequestView
from supervisor_app.ui.core import worker_pdf
from supervisor_app.ui.core.form_dialog import FormDialog
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.policy.policy_fields import note_label
from supervisor_app.ui.words.error_text import UiError
from supervisor_app.ui.words.request_labels import subject_text


@dataclass(frozen=True, slots=True)
class FinishedExport:
    """What the export wrote, and the passphrase sheet to print (None for a plain folder)."""

    result: ExportResult
    sheet_html: str | None


def default_target(request_id: int, folder: bool) -> Path:
    """A place to save that names the request, never the person (the name may be seen)."""
    name = f"request-{request_id}-export"
    return Path.home() / (name if folder else f"{name}.zip")


class SubjectExportDialog(FormDialog):
    """Audio format, letter language (callers), destination; OK exports on the worker.

    Signals:
        progressed(ExportProgress): emitted on the worker thread, delivered queued.
    """

    progressed = Signal(object)

    def __init__(
        self,
        ops: Ops,
        view: RequestView,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.view = view
        self.finished_export: FinishedExport | None = None
        self.warning_box: QMessageBox | None = None
        self._cancel = threading.Event()
        row = view.row
        self.setWindowTitle(self.tr("Export data for request {n}").format(n=row.id))
        self.addActions(list(dialog_actions))

        about = QLabel(
            self.tr("Everything the vault holds about {who}, with a cover letter.").format(
                who=subject_text(row)
            )
        )
        about.setWordWrap(True)
        self.flac_radio = QRadioButton(self.tr("&FLAC (smaller, lossless)"))
        self.wav_radio = QRadioButton(self.tr("&WAV (plays everywhere)"))
        self.flac_radio.setChecked(True)
        audio = QButtonGroup(self)
        audio.addButton(self.flac_radio)
        audio.addButton(self.wav_radio)
        audio_row = QHBoxLayout()
        audio_row.addWidget(self.flac_radio)
        audio_row.addWidget(self.wav_radio)
        audio_row.addStretch()
        self.language_combo = QComboBox()
        # Language names in their own language: they name the letter's language.
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        self.path_edit = QLineEdit(str(default_target(row.id, folder=False)))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self.choose_target)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        self.folder_check = QCheckBox(
            self.tr("Write an &unencrypted folder instead (not recommended)")
        )
        self.folder_check.toggled.connect(self._folder_toggled)
        self.protection_note = note_label("")

        self.form.addRow(about)
        self.form.addRow(self.tr("Audio:"), audio_row)
        # Shown only once the worker has read that the policy lets callers learn the name.
        self.names_check = QCheckBox(
            self.tr("&Name the agent of each call by first name, as the policy allows")
        )
        self.names_check.setChecked(True)
        self.names_check.setToolTip(
            self.tr(
                "Clear it to leave the names out of this export, for instance to protect an agent."
            )
        )
        self.names_check.hide()
        if row.subject_kind is SubjectKind.CALLER:
            self.form.addRow(self.tr("&Letter in:"), self.language_combo)
            self.form.addRow(self.names_check)
            ops.query(
                self,
                lambda s: s.access_export.callers_may_learn_agent_names(),
                self._show_names_check,
            )
        else:
            self.language_combo.hide()
            self.form.addRow(self.tr("Letter in:"), QLabel(self.tr("the agent's own language")))
        save_label = QLabel(self.tr("&Save as:"))
        save_label.setBuddy(self.path_edit)
        self.form.addRow(save_label, path_row)
        self.form.addRow(self.folder_check)
        self.form.addRow(self.protection_note)
        self.progressed.connect(self._show_progress)
        self.ok_button.setText(self.tr("&Export"))
        self._folder_toggled(False)
        self.first_field = self.path_edit

    def _show_names_check(self, allowed: bool) -> None:
        self.names_check.setVisible(allowed)
        self.adjustSize()  # the row arrived after the dialog took its size

    # --- choosing ------------------------------------------------------------------------------

    @property
    def as_folder(self) -> bool:
        """Whether the user chose a plain folder over the encrypted ZIP."""
        return self.folder_check.isChecked()

    def _folder_toggled(self, folder: bool) -> None:
        text = self.path_edit.text().strip()
        if folder and text.endswith(".zip"):
            self.path_edit.setText(text.removesuffix(".zip"))
        elif not folder and text and not text.endswith(".zip"):
            self.path_edit.setText(f"{text}.zip")
        self.protection_note.setText(
            self.tr(
                "A new, empty folder. The files in it are NOT encrypted: anyone with access to "
                "the folder can read and play them."
            )
            if folder
            else self.tr(
                "An encrypted ZIP file (AES-256). Its passphrase is made for this export and "
                "shown once, when the file is ready: hand the two over by different routes."
            )
        )

    def choose_target(self) -> None:
        """Ask for the file (or folder) to write."""
        current = self.path_edit.text().strip() or str(
            default_target(self.view.row.id, self.as_folder)
        )
        if self.as_folder:
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Choose a new, empty folder"), str(Path(current).parent)
            )
        else:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the export as"),
                current,
                self.tr("Encrypted ZIP files (*.zip)"),
            )
        if name:
            self.path_edit.setText(name)

    def target(self) -> Path:
        """The chosen destination; InputError when there is none."""
        text = self.path_edit.text().strip()
        if not text:
            raise UiError(self.tr("Choose where to save the export."))
        path = Path(text).expanduser()
        if not self.as_folder and not path.suffix:
            path = path.with_suffix(".zip")
        return path

    # --- exporting -----------------------------------------------------------------------------

    def submit(self) -> None:
        """Export; a plain folder first needs the warning accepted."""
        path = self.target()
        if self.as_folder:
            self._warn_then_export(path)
            return
        self._start(path, plain=False)

    def _warn_then_export(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export without encryption?"),
            self.tr(
                "The data then leave the vault unencrypted: recordings, call details and the "
                "letter lie readable in {folder} for anyone with access to it. Prefer the "
                "encrypted ZIP file; if you continue, hand the folder over soon and delete it."
            ).format(folder=path),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        write = box.addButton(
            self.tr("Write &unencrypted folder"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.warning_box = box

        def answered() -> None:
            self.warning_box = None
            if box.clickedButton() is write:
                self._start(path, plain=True)

        box.finished.connect(answered)
        box.open()

    def _start(self, path: Path, *, plain: bool) -> None:
        row = self.view.row
        subject = (
            Subject(agent_id=row.agent_id)
            if row.subject_kind is SubjectKind.AGENT
            else Subject(number=row.number)
        )
        options = ExportOptions(
            audio="wav" if self.wav_radio.isChecked() else "flac",
            language=str(self.language_combo.currentData())
            if row.subject_kind is SubjectKind.CALLER
            else None,
            # The service names nobody unless the policy allows it; the box may only hold back.
            agent_first_name=self.names_check.isChecked(),
            plain_folder=plain,
            plain_warning_accepted=plain,
        )
        request_id = row.id
        self._cancel = cancel = threading.Event()
        progress = self.progressed.emit

        def work(s: Services) -> FinishedExport:
            # The cover letter's PDF is drawn here, on the worker (ui/core/worker_pdf.py).
            result = s.access_export.export(
                subject,
                path,
                lambda body, title: worker_pdf.pdf_bytes(body, title),
                request_id=request_id,
                options=options,
                progress=progress,
                cancel=cancel.is_set,
            )
            return FinishedExport(result, result.passphrase_sheet() if result.encrypted else None)

        self.set_busy(True)
        # Cancel stays usable while the export runs: it stops it (see reject).
        self.buttons.setEnabled(True)
        self.ok_button.setEnabled(False)
        self._ops.change(
            self,
            work,
            self._exported,
            changes=(),
            failed=self._failed,
            cancel=cancel,
        )

    def _show_progress(self, progress: ExportProgress) -> None:
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)

    def reject(self) -> None:
        """While exporting, Cancel stops the export (nothing is written); else it closes."""
        if self.progress.isVisible():
            self._cancel.set()
            self.buttons.setEnabled(False)
            return
        super().reject()

    def _exported(self, finished: FinishedExport) -> None:
        self.set_busy(False)
        self.finished_export = finished
        self.accept()

    def _failed(self, exc: UserFacingError) -> None:
        self.progress.setRange(0, 0)
        self.show_error(exc)

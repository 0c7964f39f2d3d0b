"""The Import calls wizard: source, preview, import with progress, summary; and its gatekeeping."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from supervisor_app.domain.policy import Policy
from supervisor_app.services.imports import IMPORTER_ROLES, ImportReport
from supervisor_app.services.policy import PolicyStatus
from supervisor_app.services.session import Session
from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.dialogs.import_pages import PreviewPage, RunPage, SummaryPage
from supervisor_app.ui.words.missing_text import missing_text
from supervisor_app.ui.words.recording_labels import SOURCE_ORDER, source_name

# Bound once so lupdate finds the calls in the functions below: it knows translate() by name.
translate = QCoreApplication.translate


def may_import(session: Session) -> bool:
    """Whether the signed-in user holds a role that may import calls."""
    return any(session.user.has(role) for role in IMPORTER_ROLES)


class _PathRow(QWidget):
    """A path field with a Choose… button that opens a folder or file picker."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.textChanged.connect(self.changed)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self._choose)
        self.want_file = False
        self.file_filter = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)

    def path(self) -> Path | None:
        """The path typed or chosen; None when empty."""
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def _choose(self) -> None:
        start = self.edit.text().strip()
        if self.want_file:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose a file"), start, self.file_filter
            )
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), start)
        if chosen:
            self.edit.setText(chosen)


class SourcePage(QWizardPage):
    """Which telephone system made the export, and where its files are."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where are the recordings?"))
        self.setSubTitle(
            self.tr(
                "Choose the export of your telephone system. The files are only read: nothing "
                "in the export is changed, and only business calls of the sample are stored."
            )
        )
        self.kind_combo = QComboBox()
        for kind in SOURCE_ORDER:
            self.kind_combo.addItem(source_name(kind), kind)
        self.path_row = _PathRow()
        self.cdr_row = _PathRow()
        self.cdr_row.want_file = True
        self.cdr_row.file_filter = self.tr("Call records (*.csv);;All files (*)")
        self.path_label = QLabel()
        self.cdr_label = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.error = error_label()
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Telephone system:"), self.kind_combo)
        self.form.addRow(self.path_label, self.path_row)
        self.form.addRow(self.cdr_label, self.cdr_row)
        self.form.addRow("", self.hint)
        self.form.addRow("", self.error)
        self.path_label.setBuddy(self.path_row.edit)
        self.cdr_label.setBuddy(self.cdr_row.edit)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.path_row.changed.connect(self.completeChanged)
        self._kind_changed()

    def kind(self) -> str:
        """The chosen source kind (a key of ingest.sources.SOURCE_KINDS)."""
        return str(self.kind_combo.currentData())

    def set_source(self, kind: str, path: Path, cdr: Path | None = None) -> None:
        """Fill the page (for tests and for a later "import again")."""
        self.kind_combo.setCurrentIndex(SOURCE_ORDER.index(kind))
        self.path_row.edit.setText(str(path))
        self.cdr_row.edit.setText(str(cdr) if cdr else "")

    def path(self) -> Path | None:
        """The recordings folder, or the manifest file."""
        return self.path_row.path()

    def cdr(self) -> Path | None:
        """The call-record file, when the source takes one and it was given."""
        return self.cdr_row.path() if self.kind() in ("freepbx", "asterisk") else None

    def isComplete(self) -> bool:
        """Whether the main path is given."""
        return self.path() is not None

    def validatePage(self) -> bool:
        """Refuse paths that do not exist, with a sentence naming which one."""
        path, cdr = self.path(), self.cdr()
        message = ""
        if self.kind() == "manifest":
            if path is None or not path.is_file():
                message = self.tr("The manifest file does not exist; choose the CSV file.")
        elif path is None or not path.is_dir():
            message = self.tr("The recordings folder does not exist; choose the folder.")
        if not message and cdr is not None and not cdr.is_file():
            message = self.tr("The call-record file does not exist; choose it or leave it empty.")
        self.error.setText(message)
        self.error.setVisible(bool(message))
        return not message

    def _kind_changed(self) -> None:
        kind = self.kind()
        manifest = kind == "manifest"
        self.path_row.want_file = manifest
        self.path_row.file_filter = self.tr("CSV files (*.csv);;All files (*)")
        self.path_label.setText(
            self.tr("&Manifest file:") if manifest else self.tr("&Recordings folder:")
        )
        takes_cdr = kind in ("freepbx", "asterisk")
        self.cdr_label.setText(
            self.tr("&Call records (optional):")
            if kind == "freepbx"
            else self.tr("&Call records (Master.csv):")
        )
        self.form.setRowVisible(self.cdr_row, takes_cdr)
        hints = {
            "freepbx": self.tr(
                "Choose the monitor folder of the FreePBX spool (with folders per year, month "
                "and day). The call records (Master.csv, or a CSV export of the cdr table) add "
                "whether and by whom a call was answered; without them the file names are used."
            ),
            "asterisk": self.tr(
                "Choose the folder with the MixMonitor recordings (subfolders are searched too). "
                "Leave the call records empty when that folder holds exactly one Master.csv."
            ),
            "3cx": self.tr(
                "Choose the folder with the 3CX recordings; subfolders are searched too."
            ),
            "manifest": self.tr(
                "A CSV file with a header row and the columns file, agent_extension, started_at "
                "(with time zone), direction, remote_number, queue and campaign."
            ),
        }
        self.hint.setText(hints.get(kind, ""))
        self.error.hide()
        self.completeChanged.emit()


class ImportWizard(QWizard):
    """Import calls from a telephone-system export into the vault.

    The preview and the import run on the vault worker; the wizard stays alive until that
    work is done, even when closed, so the worker never reports to a deleted object.

    Signals:
        imported(ImportReport): an import ran (also when cancelled): the lists may have changed.
    """

    imported = Signal(object)

    def __init__(
        self,
        ops: Ops,
        policy: Policy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import calls"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(700, 560)
        self.source_page = SourcePage()
        self.preview_page = PreviewPage(ops, policy)
        self.run_page = RunPage(ops, policy)
        self.summary_page = SummaryPage(ops)
        for page in (self.source_page, self.preview_page, self.run_page, self.summary_page):
            self.addPage(page)
        self.run_page.finished_run.connect(self._run_finished)
        self.finished.connect(self._closed)
        self._closed_while_busy = False
        for page in (self.preview_page, self.run_page):
            page.idle.connect(self._work_done)

    @property
    def busy(self) -> bool:
        """Whether a preview or an import is running on the worker."""
        return self.preview_page.busy or self.run_page.busy

    def cancel_import(self) -> None:
        """Stop a running import after the recording being stored (locking asks this)."""
        self.run_page.cancel()

    def reject(self) -> None:
        """Cancel: during an import, stop it after the current recording and stay open."""
        if self.run_page.busy:
            self.run_page.cancel()
            return
        super().reject()

    def _run_finished(self, report: ImportReport | None) -> None:
        if report is not None:
            self.imported.emit(report)
        if self.isVisible() and self.currentPage() is self.run_page:
            self.next()

    def _closed(self) -> None:
        if self.busy:
            self._closed_while_busy = True  # deleted once the worker has reported back
        else:
            self.deleteLater()

    def _work_done(self) -> None:
        if self._closed_while_busy and not self.busy and shiboken6.isValid(self):
            self.deleteLater()


def open_import(
    parent: QWidget,
    ops: Ops,
    opened: Callable[[QWidget], None],
    dialog_actions: Sequence[QAction] = (),
) -> None:
    """Open the wizard, or refuse with what the policy still lacks (or the role).

    The policy is read on the worker; ``opened`` gets the wizard or the refusal once shown.
    """
    if not may_import(ops.services.session):
        opened(
            _refuse(
                parent,
                translate("ImportWizard", "Only an administrator or a team lead can import calls."),
                "",
                dialog_actions,
            )
        )
        return

    def read(status: PolicyStatus) -> None:
        if not status.complete:
            items = "\n".join(f"• {missing_text(item, status.policy)}" for item in status.missing)
            text = translate(
                "ImportWizard",
                "The recording policy is not complete, so calls cannot be imported yet. "
                "Still to do:",
            )
            opened(_refuse(parent, text, items, dialog_actions))
            return
        wizard = ImportWizard(ops, status.policy, parent)
        wizard.addActions(list(dialog_actions))
        wizard.open()
        opened(wizard)

    ops.query(parent, lambda s: s.policy.status(), read)


def _refuse(
    parent: QWidget, text: str, details: str, dialog_actions: Sequence[QAction]
) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("ImportWizard", "Import calls"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    if details:
        box.setInformativeText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.addActions(list(dialog_actions))
    box.open()
    return box

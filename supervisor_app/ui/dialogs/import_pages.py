"""The import wizard's later pages: preview counts, the running import, and the summary."""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from supervisor_app.domain.calls import ParseProblem
from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.policy import Policy, SamplingMode
from supervisor_app.domain.scope import ExclusionReason
from supervisor_app.ingest.pipeline import EXPIRED, NO_PURPOSE
from supervisor_app.services.imports import (
    ImportPreview,
    ImportProgress,
    ImportReport,
)
from supervisor_app.services.policy import PolicyIncomplete
from supervisor_app.services.source_cleanup import DeletedSources, SourceCleanup
from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.core.progress import DelayedShow
from supervisor_app.ui.words.error_text import error_text as describe_error
from supervisor_app.ui.words.error_text import sentence
from supervisor_app.ui.words.missing_text import missing_text
from supervisor_app.ui.words.recording_labels import eta_text, megabytes, reason_label

# Every reason the preview and the report count, in the order the rules are applied.
REASONS = (*(r.value for r in ExclusionReason), NO_PURPOSE, EXPIRED)
# Unparsed rows named on the pages; the rest are counted.
_PROBLEMS_SHOWN = 20

# Bound once so lupdate finds the calls in the functions below: it knows translate() by name.
translate = QCoreApplication.translate


def _number(value: int) -> QLabel:
    label = QLabel(str(value))
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setMinimumWidth(60)
    return label


def error_text(exc: UserFacingError, policy: Policy) -> str:
    """The error in the interface language where we know it; else the service's sentence."""
    if isinstance(exc, PolicyIncomplete):
        # Someone changed the policy after the wizard opened: the same list as the refusal.
        lines = "\n".join(f"• {missing_text(item, policy)}" for item in exc.missing)
        head = translate(
            "ImportWizard",
            "The recording policy is not complete, so calls cannot be imported yet. Still to do:",
        )
        return f"{head}\n{lines}"
    return describe_error(exc)


class _WorkPage(QWizardPage):
    """A page that runs one piece of work on the vault worker at a time.

    ``policy`` is the policy as it was when the wizard opened (for the texts it shows).

    Signals:
        idle(): the work ended (its result was handled, or dropped as stale).
    """

    idle = Signal()

    def __init__(self, ops: Ops, policy: Policy) -> None:
        super().__init__()
        self.ops = ops
        self.policy = policy
        self._running = 0
        self._generation = 0

    @property
    def busy(self) -> bool:
        """Whether work started by this page has not reported back yet."""
        return self._running > 0

    def _source(self) -> tuple[str, Path, Path | None]:
        from supervisor_app.ui.dialogs.import_wizard import SourcePage  # the wizard imports us

        wizard = self.wizard()
        page = next(p for p in map(wizard.page, wizard.pageIds()) if isinstance(p, SourcePage))
        path = page.path()
        assert path is not None  # the source page is complete only with a path
        return page.kind(), path, page.cdr()

    def _start(self) -> int:
        self._running += 1
        self._generation += 1
        return self._generation

    def _after(self) -> None:
        # Runs on the GUI thread before the result callbacks, even if the page is gone.
        self._running -= 1
        if shiboken6.isValid(self):
            self.idle.emit()

    def _current(self, generation: int) -> bool:
        return generation == self._generation


class PreviewPage(_WorkPage):
    """Counts what the import would do; reads the export on the worker, writes nothing."""

    def __init__(self, ops: Ops, policy: Policy) -> None:
        super().__init__(ops, policy)
        self.setTitle(self.tr("What the export holds"))
        self.setSubTitle(
            self.tr(
                "Counted before anything is stored: nothing is written to the vault until you "
                "click Import."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.preview: ImportPreview | None = None

        self.status = QLabel(self.tr("Reading the export… A large export can take a while."))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self._delay = DelayedShow(self.status, self.busy_bar, parent=self)

        self.found = _number(0)
        self.in_scope = _number(0)
        self.excluded_total = _number(0)
        self.reasons = {reason: _number(0) for reason in REASONS}
        self.already_drawn = _number(0)
        self.to_sample = _number(0)
        self.size_label = QLabel()
        self.size_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counts = QWidget()
        form = QFormLayout(self.counts)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Calls found:"), self.found)
        form.addRow(self.tr("Business calls in scope:"), self.in_scope)
        form.addRow(self.tr("Left out, never opened or stored:"), self.excluded_total)
        for reason, label in self.reasons.items():
            form.addRow("      " + reason_label(reason), label)
        form.addRow(self.tr("Drawn by an earlier import:"), self.already_drawn)
        form.addRow(self.tr("<b>To be sampled and stored:</b>"), self.to_sample)
        form.addRow(self.tr("Size of those recordings:"), self.size_label)
        self.counts.hide()
        # Numbers next to their words, not at the far edge of a wide wizard.
        self.counts.setMaximumWidth(520)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(90)
        self.problems.hide()
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.note)
        layout.addWidget(self.problems)
        layout.addWidget(self.error)
        layout.addStretch()

    def initializePage(self) -> None:
        """Read the export on the worker; the counts appear when it is done."""
        kind, path, cdr = self._source()
        self.preview = None
        for widget in (self.counts, self.note, self.problems, self.error):
            widget.hide()
        generation = self._start()
        self._delay.start()
        self.completeChanged.emit()
        self.ops.query(
            self,
            lambda s: s.imports.preview(kind, path, cdr),
            lambda preview: self._done(generation, preview),
            failed=lambda exc: self._failed(generation, exc),
            after=self._after,
        )

    def isComplete(self) -> bool:
        """Import only what the preview found something to sample in."""
        return self.preview is not None and self.preview.to_sample > 0 and not self.busy

    def _done(self, generation: int, preview: ImportPreview) -> None:
        if not self._current(generation):
            return
        self._delay.stop()
        self.preview = preview
        self.found.setText(str(preview.found))
        self.in_scope.setText(str(preview.in_scope))
        self.excluded_total.setText(str(sum(preview.excluded.values())))
        for reason, label in self.reasons.items():
            label.setText(str(preview.excluded.get(reason, 0)))
        self.already_drawn.setText(str(preview.already_drawn))
        self.to_sample.setText(f"<b>{preview.to_sample}</b>")
        self.size_label.setText(megabytes(preview.sample_bytes))
        self.counts.show()
        self.note.setText(self._note(preview))
        self.note.show()
        if preview.problems:
            self.problems.setPlainText(_problem_lines(preview.unparsed_rows, preview.problems))
            self.problems.show()
        self.completeChanged.emit()

    def _note(self, preview: ImportPreview) -> str:
        if preview.in_scope == 0:
            return self.tr(
                "No call in this export is a business call that may be sampled, so there is "
                "nothing to import."
            )
        if preview.to_sample == 0:
            return self.tr(
                "Every business call in this export was drawn by an earlier import, so "
                "importing it again adds nothing."
            )
        sampling = self.policy.sampling
        if sampling.mode is SamplingMode.APP:
            return self.tr(
                "Import draws the sample afresh with a new random seed, so the number can "
                "differ by a few calls per agent and week, always within the policy's limits."
            )
        return self.tr(
            "The telephone system already drew the sample: every call in scope is stored."
        )

    def _failed(self, generation: int, exc: UserFacingError) -> None:
        if not self._current(generation):
            return
        self._delay.stop()
        self.error.setText(error_text(exc, self.policy))
        self.error.show()
        self.completeChanged.emit()


class RunPage(_WorkPage):
    """Stores the sample on the worker with a progress bar, time left and Cancel.

    Signals:
        finished_run(ImportReport | None): the import ended; None when it failed.
        progressed(ImportProgress): emitted on the worker thread, delivered queued.
    """

    finished_run = Signal(object)
    # Emitted on the worker thread; the page lives on the GUI thread, so it arrives queued.
    progressed = Signal(object)

    def __init__(self, ops: Ops, policy: Policy) -> None:
        super().__init__(ops, policy)
        self.setTitle(self.tr("Importing calls"))
        self.setSubTitle(
            self.tr(
                "Each recording is checked, compressed and stored encrypted. You can cancel at "
                "any time: recordings already stored stay in the vault, and importing the same "
                "export again finishes the rest."
            )
        )
        self.report: ImportReport | None = None
        self.error_text = ""
        self.cancel_requested = False
        self._cancel = threading.Event()
        self.status = QLabel(self.tr("Starting…"))
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self._delay = DelayedShow(self.status, self.bar, parent=self)
        self.stopping = QLabel(
            self.tr(
                "Stopping after the recording being stored. Recordings already stored stay "
                "in the vault."
            )
        )
        self.stopping.setWordWrap(True)
        self.stopping.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.stopping)
        layout.addStretch()
        self.progressed.connect(self._show_progress)

    def initializePage(self) -> None:
        """Start the import; the bar appears when it lasts more than a moment."""
        kind, path, cdr = self._source()
        self.report = None
        self.error_text = ""
        self.cancel_requested = False
        self._cancel = cancel = threading.Event()
        self.stopping.hide()
        self.bar.setRange(0, 0)
        generation = self._start()
        self._delay.start()
        self.completeChanged.emit()
        # The worker checks the event between recordings.
        progress = self.progressed.emit
        self.ops.change(
            self,
            lambda s: s.imports.run(kind, path, cdr, progress=progress, cancel=cancel.is_set),
            lambda report: self._done(generation, report),
            changes={Change.RECORDINGS, Change.NOTICES},
            failed=lambda exc: self._failed(generation, exc),
            cancel=cancel,
            after=self._after,
        )

    def isComplete(self) -> bool:
        """Next only after the import has ended (the wizard moves on by itself)."""
        return not self.busy

    def cancel(self) -> None:
        """Stop after the recording being stored; what is stored stays."""
        if not self.busy or self.cancel_requested:
            return
        self.cancel_requested = True
        self._cancel.set()
        self.stopping.show()
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)

    def _show_progress(self, progress: ImportProgress) -> None:
        if not self.busy:
            return
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)
        self.status.setText(
            self.tr("Stored {done} of {total} recordings · {eta}").format(
                done=progress.done, total=progress.total, eta=eta_text(progress.eta_s)
            )
        )

    def _done(self, generation: int, report: ImportReport) -> None:
        if not self._current(generation):
            return
        self._delay.stop()
        self.report = report
        self._ended()
        self.finished_run.emit(report)

    def _failed(self, generation: int, exc: UserFacingError) -> None:
        if not self._current(generation):
            return
        self._delay.stop()
        self.error_text = error_text(exc, self.policy)
        self._ended()
        self.finished_run.emit(None)

    def _ended(self) -> None:
        self.stopping.hide()
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.completeChanged.emit()


class SummaryPage(QWizardPage):
    """What the import did: batch, seed, counts, and every file that could not be stored.

    In sampling mode app it also offers to delete the export's files of the calls that were
    not kept: the telephone system would otherwise keep them, private calls included.
    """

    def __init__(self, ops: Ops) -> None:
        super().__init__()
        self.ops = ops
        self.cleanup: SourceCleanup | None = None
        self.deleted: DeletedSources | None = None
        self.confirm_box: QMessageBox | None = None
        self.setFinalPage(True)
        self.seed = QLabel()
        self.seed.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.seed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QWidget()
        self.form = QFormLayout(self.counts)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.hide()
        self.error = error_label()
        self.source_box = QGroupBox(self.tr("The telephone system's own copies"))
        self.source_text = QLabel()
        self.source_text.setWordWrap(True)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.ask_delete_sources)
        source_column = QVBoxLayout(self.source_box)
        source_column.addWidget(self.source_text)
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.delete_button)
        delete_row.addStretch()
        source_column.addLayout(delete_row)
        self.source_box.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.source_box)
        layout.addWidget(self.error)
        layout.addStretch()

    def initializePage(self) -> None:
        """Fill in from the run page's report (or its error)."""
        run = self._run_page()
        report = run.report
        while self.form.rowCount():
            self.form.removeRow(0)
        self.details.hide()
        self.error.hide()
        self.source_box.hide()
        self.cleanup = report.cleanup if report is not None else None
        self.deleted = None
        if report is None:
            self.setTitle(self.tr("The import failed"))
            self.setSubTitle(self.tr("Recordings stored before the error stay in the vault."))
            self.error.setText(run.error_text)
            self.error.show()
            self.counts.hide()
            return
        self.counts.show()
        if report.cancelled:
            self.setTitle(self.tr("Import cancelled"))
            self.setSubTitle(
                self.tr(
                    "The {n} recordings stored before you cancelled stay in the vault. Import "
                    "the same export again to store the rest of this sample."
                ).format(n=report.imported)
            )
        else:
            self.setTitle(self.tr("Import finished"))
            self.setSubTitle(
                self.tr(
                    "Keep the batch number and the sample seed: with them anyone, an auditor "
                    "too, can check later that the sample was random and within the policy."
                )
            )
        if report.batch is not None:
            self.form.addRow(self.tr("Batch:"), QLabel(str(report.batch)))
            self.seed.setText(report.seed)
            self.seed.setToolTip(
                self.tr(
                    "The random starting value the sample was drawn from. Drawing again from "
                    "the same calls with it gives the same sample, which shows it was random."
                )
            )
            self.form.addRow(self.tr("Sample seed:"), self.seed)
        else:
            self.form.addRow(self.tr("Batch:"), QLabel(self.tr("none (no new calls to draw from)")))
        self.form.addRow(self.tr("Calls found:"), QLabel(str(report.found)))
        self.form.addRow(self.tr("Business calls in scope:"), QLabel(str(report.in_scope)))
        self.form.addRow(self.tr("Sampled:"), QLabel(str(report.sampled)))
        self.form.addRow(self.tr("Imported:"), QLabel(f"<b>{report.imported}</b>"))
        self.form.addRow(self.tr("Already in the vault:"), QLabel(str(report.duplicates)))
        self.form.addRow(self.tr("Could not be stored:"), QLabel(str(len(report.failed))))
        self.form.addRow(
            self.tr("Unreadable rows in the export:"), QLabel(str(report.unparsed_rows))
        )
        lines = [
            self.tr("{file}: {reason}").format(file=f.source, reason=describe_error(f.error))
            for f in report.failed
        ]
        if report.problems:
            lines.append(_problem_lines(report.unparsed_rows, report.problems))
        if lines:
            self.details.setPlainText("\n".join(lines))
            self.details.show()
        self._show_cleanup()

    def _show_cleanup(self) -> None:
        cleanup = self.cleanup
        if cleanup is None or not cleanup.count:
            return
        self.source_box.show()
        self.delete_button.show()
        self.delete_button.setEnabled(True)
        self.source_text.setText(
            self.tr(
                "The export still holds {n} recording files of calls that were not kept: "
                "{sampled} business calls outside the sample and {excluded} calls that are "
                "out of scope (private, protected, internal and the like). The telephone "
                "system keeps them until someone removes them."
            ).format(n=cleanup.count, sampled=cleanup.not_sampled, excluded=cleanup.excluded)
        )
        self.delete_button.setText(
            self.tr("&Delete these {n} files from the export…").format(n=cleanup.count)
        )

    def ask_delete_sources(self) -> QMessageBox | None:
        """Name the count and the folder, and delete only after an explicit yes."""
        cleanup = self.cleanup
        if cleanup is None or not cleanup.count:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete recording files"),
            self.tr(
                "Delete {n} recording files of calls that were not kept from the folder "
                "{folder}? They cannot be restored. Files of the calls in the sample are not "
                "touched."
            ).format(n=cleanup.count, folder=cleanup.folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(
            self.tr("&Delete {n} files").format(n=cleanup.count)
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(result: int) -> None:
            self.confirm_box = None
            if result == QMessageBox.StandardButton.Yes:
                self._delete_sources(cleanup)

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    def _delete_sources(self, cleanup: SourceCleanup) -> None:
        self.delete_button.setEnabled(False)

        def done(result: DeletedSources) -> None:
            self.deleted = result
            self.delete_button.hide()
            text = self.tr("{n} files were deleted from the export; the audit log lists them.")
            lines = [text.format(n=result.deleted)]
            if result.failed:
                lines.append(
                    self.tr(
                        "{n} files could not be deleted; check the folder's permissions: {names}"
                    ).format(n=len(result.failed), names=", ".join(result.failed))
                )
            self.source_text.setText("\n".join(lines))

        def failed(exc: UserFacingError) -> None:
            self.delete_button.setEnabled(True)
            self.error.setText(describe_error(exc))
            self.error.show()

        # The export is outside the vault: no page shows it (the audit log records it).
        self.ops.change(
            self, lambda s: s.imports.delete_sources(cleanup), done, changes=(), failed=failed
        )

    def _run_page(self) -> RunPage:
        wizard = self.wizard()
        page = next(p for p in map(wizard.page, wizard.pageIds()) if isinstance(p, RunPage))
        return page


def _problem_lines(count: int, problems: tuple[ParseProblem, ...]) -> str:
    shown = [_problem_line(p) for p in problems[:_PROBLEMS_SHOWN]]
    if count > len(shown):
        shown.append(
            translate("ImportWizard", "… and {n} more unreadable rows").format(n=count - len(shown))
        )
    return "\n".join(shown)


def _problem_line(problem: ParseProblem) -> str:
    """A skipped row of the export: the file (and line), then why, in the interface language."""
    why = sentence(problem.code, problem.values)
    if problem.line is None:
        return translate("ImportWizard", "{file}: {reason}").format(
            file=problem.source_file.name, reason=why
        )
    return translate("ImportWizard", "{file}, line {line}: {reason}").format(
        file=problem.source_file.name, line=problem.line, reason=why
    )

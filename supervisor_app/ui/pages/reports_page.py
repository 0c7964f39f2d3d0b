"""The Reports page: the transparency report for the works council, and every other export.

The report (counts only, per team) is made on the vault worker for a period of local days,
shown as tables and saved as PDF (Dutch or English) or CSV; each saved report is logged.
The other exports (the audit log, the register entry, the policy, the documents) live on
their own pages; the buttons here lead there and start them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.services.files import write_bytes
from supervisor_app.services.registry import Services
from supervisor_app.services.transparency import TransparencyReport
from supervisor_app.ui.core import worker_pdf
from supervisor_app.ui.core.messages import show_error
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.core.tables import table_view
from supervisor_app.ui.dialogs.request_dialogs import to_date
from supervisor_app.ui.models.report_models import ListensModel, TeamCountsModel
from supervisor_app.ui.pages.listen_log_page import GREEN_STYLE, RED_STYLE
from supervisor_app.ui.policy.policy_fields import note_label
from supervisor_app.ui.session.passphrase_fields import OK_STYLE
from supervisor_app.ui.words.time_format import local_date, screen_day


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _save_report(
    services: Services, report: TransparencyReport, path: Path, fmt: str, language: str
) -> None:
    """Write the report as PDF or CSV and log that it was written (on the worker)."""
    if fmt == "pdf":
        worker_pdf.write_pdf(report.html(language), path, report.title(language), report.footer)
    else:
        write_bytes(path, report.to_csv().encode("utf-8"))
    services.transparency.log_written(report, path.name, fmt)


class ReportsPage(QWidget):
    """The transparency report for a period, and the way to the other exports.

    Signals:
        audit_log_export_requested(str): export the audit log as "csv" or "pdf".
        register_requested(): show the register entry (art. 30) on the Documents page.
        policy_export_requested(): export the recording policy as TOML.
        documents_requested(): open the Documents page.
    """

    audit_log_export_requested = Signal(str)
    register_requested = Signal()
    policy_export_requested = Signal()
    documents_requested = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.report: TransparencyReport | None = None

        title = self.tr("Reports")  # outside the f-string, where lupdate finds it
        heading = QLabel(f"<h2>{title}</h2>")
        column = QVBoxLayout()
        column.addWidget(self._transparency_box(), 1)
        column.addWidget(self._exports_box())
        holder = QWidget()
        holder.setLayout(column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        self._show_report(None)
        self._period_set = False

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the page shows, the period runs to today on the screen's clock.

        The window learns the policy's zone after the pages are made; near midnight the
        computer's date and the policy's differ, and the report counts the policy's days.
        """
        super().showEvent(event)
        if not self._period_set:
            self._period_set = True
            today = screen_day(dt.datetime.now(dt.UTC))
            self.to_edit.setDate(_qdate(today))
            self.from_edit.setDate(_qdate(dt.date(today.year, 1, 1)))

    # --- building ------------------------------------------------------------------------------

    def _transparency_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Transparency report for the works council"))
        about = note_label(
            self.tr(
                "Counts per team for a period: calls sampled and stored, listens per purpose "
                "and role, notices, deletions, holds, requests and failed unlocks. No names of "
                "agents, callers or users. Every report saved is logged."
            )
        )
        today = screen_day(dt.datetime.now(dt.UTC))  # set again when the page first shows
        self.from_edit = QDateEdit(_qdate(dt.date(today.year, 1, 1)))
        self.to_edit = QDateEdit(_qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._period_changed)
        self.make_button = QPushButton(self.tr("&Make report"))
        self.make_button.clicked.connect(self.make_report)
        period = QHBoxLayout()
        for text, edit in ((self.tr("&From:"), self.from_edit), (self.tr("&To:"), self.to_edit)):
            caption = QLabel(text)
            caption.setBuddy(edit)
            period.addWidget(caption)
            period.addWidget(edit)
        period.addWidget(self.make_button)
        period.addStretch()

        self.counts_model = TeamCountsModel()
        self.counts_view = table_view(self.counts_model)
        # The counts' names take what the numbers leave (elided, whole in the tooltip), so
        # every team and the total stay in view without scrolling sideways.
        header = self.counts_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.listens_model = ListensModel()
        self.listens_view = table_view(self.listens_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.counts_view, self.tr("Per team"))
        self.tabs.addTab(self.listens_view, self.tr("Listens per purpose and role"))
        self.tabs.setMinimumHeight(200)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.language_combo = QComboBox()
        # Language names in their own language: they name the PDF's language.
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        self.pdf_button = QPushButton(self.tr("Save P&DF…"))
        self.pdf_button.clicked.connect(lambda: self.ask_save("pdf"))
        self.csv_button = QPushButton(self.tr("Save &CSV…"))
        self.csv_button.clicked.connect(lambda: self.ask_save("csv"))
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.setStyleSheet(OK_STYLE)
        self.saved_label.hide()
        save = QHBoxLayout()
        caption = QLabel(self.tr("PDF &language:"))
        caption.setBuddy(self.language_combo)
        save.addWidget(caption)
        save.addWidget(self.language_combo)
        save.addStretch()
        save.addWidget(self.pdf_button)
        save.addWidget(self.csv_button)

        layout = QVBoxLayout(box)
        layout.addWidget(about)
        layout.addLayout(period)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addLayout(save)
        layout.addWidget(self.saved_label)
        return box

    def _exports_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Other exports"))
        self.audit_csv_button = QPushButton(self.tr("Audit log as CSV…"))
        self.audit_csv_button.clicked.connect(lambda: self.audit_log_export_requested.emit("csv"))
        self.audit_pdf_button = QPushButton(self.tr("Audit log as PDF…"))
        self.audit_pdf_button.clicked.connect(lambda: self.audit_log_export_requested.emit("pdf"))
        self.register_button = QPushButton(self.tr("Register entry…"))
        self.register_button.setToolTip(
            self.tr("The entry for the register of processing activities (art. 30 AVG)")
        )
        self.register_button.clicked.connect(self.register_requested)
        self.policy_button = QPushButton(self.tr("Policy as TOML…"))
        self.policy_button.clicked.connect(self.policy_export_requested)
        self.documents_button = QPushButton(self.tr("Documents…"))
        self.documents_button.setToolTip(
            self.tr("The staff regulation and the agent protocol, as PDF or HTML")
        )
        self.documents_button.clicked.connect(self.documents_requested)
        buttons = QHBoxLayout()
        for button in (
            self.audit_csv_button,
            self.audit_pdf_button,
            self.register_button,
            self.policy_button,
            self.documents_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(box)
        layout.addLayout(buttons)
        layout.addWidget(
            note_label(
                self.tr(
                    "Each opens the page that makes it: the audit log is verified and saved on "
                    "the Listen log page, the register entry and the documents on the Documents "
                    "page, the policy on the Policy page."
                )
            )
        )
        return box

    # --- the report ----------------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        """The chosen first and last day."""
        return to_date(self.from_edit.date()), to_date(self.to_edit.date())

    def _period_changed(self) -> None:
        self.to_edit.setMinimumDate(self.from_edit.date())  # a period cannot end before it starts
        # The tables show another period than the one chosen now: make it again first.
        if self.report is not None and (self.report.period_from, self.report.period_to) != (
            self.period()
        ):
            self._show_report(None)

    def make_report(self) -> None:
        """Count on the worker (the audit chain is verified too), then show the tables."""
        first, last = self.period()
        self.make_button.setEnabled(False)
        self.ops.query(
            self,
            lambda s: s.transparency.report(first, last),
            self._made,
            failed=self._failed,
        )

    def _made(self, report: TransparencyReport) -> None:
        self.make_button.setEnabled(True)
        self._show_report(report)

    def _failed(self, exc: UserFacingError) -> None:
        self.make_button.setEnabled(True)
        self._set_saving(False)
        show_error(self, exc)

    def _show_report(self, report: TransparencyReport | None) -> None:
        self.report = report
        self.counts_model.set_report(report)
        self.listens_model.set_report(report)
        self.pdf_button.setEnabled(report is not None)
        self.csv_button.setEnabled(report is not None)
        self.saved_label.hide()
        if report is None:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("Choose the period and make the report."))
            return
        totals = report.totals
        if report.chain_intact:
            audit = self.tr("The audit log verified: {n} entries, head hash {hash}.").format(
                n=report.audit_entries, hash=report.audit_head
            )
            self.summary.setStyleSheet(GREEN_STYLE)
        else:
            audit = self.tr(
                "The audit log did NOT verify: it is broken at entry {seq}. Report this to "
                "your privacy officer."
            ).format(seq=report.first_bad_seq)
            self.summary.setStyleSheet(RED_STYLE)
        self.summary.setText(
            self.tr(
                "{start} to {end}, policy version {version}. Failed unlock attempts: {failed}."
            ).format(
                start=local_date(report.period_from),
                end=local_date(report.period_to),
                version=report.policy_version,
                failed=totals["failed_unlocks"],
            )
            + "\n"
            + audit
        )

    # --- saving --------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The PDF's language."""
        return str(self.language_combo.currentData())

    def default_path(self, fmt: str) -> Path:
        """A file name that names the period."""
        first, last = self.period()
        return Path.home() / f"transparency-{first.isoformat()}-{last.isoformat()}.{fmt}"

    def ask_save(self, fmt: str) -> None:
        """Ask where, then save the report on show as PDF or CSV."""
        pattern = self.tr("PDF documents (*.pdf)") if fmt == "pdf" else self.tr("CSV files (*.csv)")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the transparency report"), str(self.default_path(fmt)), pattern
        )
        if name:
            path = Path(name)
            self.save(path if path.suffix else path.with_suffix(f".{fmt}"), fmt)

    def save(self, path: Path, fmt: str) -> None:
        """Write the report on show to path (on the worker) and log it."""
        report = self.report
        if report is None:
            return
        language = self.language
        self._set_saving(True)
        self.ops.change(
            self,
            lambda s: _save_report(s, report, path, fmt, language),
            lambda _none: self._saved(path),
            changes=(),
            failed=self._failed,
        )

    def _set_saving(self, saving: bool) -> None:
        ready = self.report is not None and not saving
        self.pdf_button.setEnabled(ready)
        self.csv_button.setEnabled(ready)

    def _saved(self, path: Path) -> None:
        self._set_saving(False)
        self.saved_label.setText(self.tr("Saved as {file}.").format(file=path))
        self.saved_label.show()

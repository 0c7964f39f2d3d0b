"""The Listen log page: who listened to which call, why and how long; verify and export the log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.policy import Purpose
from supervisor_app.domain.roles import Role
from supervisor_app.printing import documents_pdf
from supervisor_app.services.audit_log import Export, Verification
from supervisor_app.services.registry import Services
from supervisor_app.services.session import Session
from supervisor_app.services.types import ChainReport, ListenFilter, ListenRow
from supervisor_app.ui.core.i18n import interface_language
from supervisor_app.ui.core.messages import show_error
from supervisor_app.ui.core.operations import Change, Ops, follow_changes
from supervisor_app.ui.core.tables import table_view
from supervisor_app.ui.models.listen_log_model import ListenLogModel
from supervisor_app.ui.policy.policy_fields import NOTE_STYLE, OptionalDateEdit, note_label
from supervisor_app.ui.words.labels import purpose_title
from supervisor_app.ui.words.log_findings import head_warning_text, record_problem_text
from supervisor_app.ui.words.time_format import screen_zone

GREEN_STYLE: Final = (
    "QLabel { color: #0f5323; background: #dff3e4; border: 1px solid #1e7b34;"
    " border-radius: 4px; padding: 6px; font-weight: 600; }"
)
RED_STYLE: Final = (
    "QLabel { color: #7a1712; background: #fbe3e1; border: 1px solid #b3261e;"
    " border-radius: 4px; padding: 6px; font-weight: 600; }"
)
# Bound once so lupdate finds the calls: it knows translate() by name.
translate = QApplication.translate
# Agents (name, id), listeners and purposes that occur in the log.
_Choices = tuple[list[tuple[str, int]], list[str], list[str]]
SHOWN_LIMIT: Final = 1000  # the newest sessions; filters narrow the rest down


class ListenLogPage(QWidget):
    """Listen sessions with filters; administrators and auditors also verify and export.

    The service scopes the sessions: everything for administrators and auditors, one's
    own for team leads and coaches.
    """

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._purpose_titles: dict[str, str] = {}
        self.last_report: ChainReport | None = None

        title = self.tr("Listen log")  # outside the f-string, where lupdate finds it
        heading = QLabel(f"<h2>{title}</h2>")
        scope = note_label(
            self.tr("Every listen session, by everyone.")
            if self.is_reader
            else self.tr("Your own listen sessions. The privacy officer sees everyone's.")
        )
        self.agent_combo = QComboBox()
        self.listener_combo = QComboBox()
        self.purpose_combo = QComboBox()
        self.from_edit = OptionalDateEdit()
        self.to_edit = OptionalDateEdit()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        # Two rows, as on the Recordings page: in one, at 1024 pixels wide, the choices were
        # cut to "Alle med…" beside two date fields.
        who, when = QHBoxLayout(), QHBoxLayout()
        for row, text, widget in (
            (who, self.tr("A&gent:"), self.agent_combo),
            (who, self.tr("&Listener:"), self.listener_combo),
            (who, self.tr("&Purpose:"), self.purpose_combo),
            (when, self.tr("&From:"), self.from_edit),
            (when, self.tr("T&o:"), self.to_edit),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
            if widget is self.listener_combo and not self.is_reader:
                # Team leads and coaches see only their own sessions: one listener.
                caption.hide()
                widget.hide()
        when.addWidget(self.clear_button)
        bar = QVBoxLayout()
        for row in (who, when):
            row.setSpacing(6)
            row.addStretch()
            bar.addLayout(row)
        for combo in (self.agent_combo, self.listener_combo, self.purpose_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.reload)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.reload)

        self.model = ListenLogModel(self._purpose_name)
        self.view = table_view(self.model)
        self.view.setWordWrap(False)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(NOTE_STYLE)

        self.verify_button = QPushButton(self.tr("&Verify the audit log"))
        self.verify_button.clicked.connect(self.verify)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button = QPushButton(self.tr("Export P&DF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        log_row = QHBoxLayout()
        log_row.addWidget(self.verify_button)
        log_row.addStretch()
        log_row.addWidget(self.csv_button)
        log_row.addWidget(self.pdf_button)
        log_note = note_label(
            self.tr(
                "The audit log records every listen, denial, export and change as a hash "
                "chain: Verify checks that no entry was changed, removed or inserted since. "
                "Exports carry the log's head hash."
            )
        )
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet(NOTE_STYLE)
        self.saved_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scope)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        if self.is_reader:
            layout.addSpacing(6)
            layout.addWidget(log_note)
            layout.addLayout(log_row)
            layout.addWidget(self.result_label)
            layout.addWidget(self.saved_label)
        else:
            for hidden in (log_note, self.verify_button, self.csv_button, self.pdf_button):
                hidden.hide()
        follow_changes(ops, self, {Change.LISTENS, Change.POLICY, Change.RECORDINGS}, self.refresh)
        self.refresh()

    @property
    def session(self) -> Session:
        """The signed-in session (its user's roles; never its connection: that is the worker's)."""
        return self.ops.services.session

    @property
    def is_reader(self) -> bool:
        """Whether the user may verify and export the audit log."""
        user = self.session.user
        return user.has(Role.ADMINISTRATOR) or user.has(Role.AUDITOR)

    # --- the sessions ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Read again whenever the page comes into view: listens happen meanwhile."""
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the purposes and the filter choices again (on the vault worker), then sessions."""

        def read(s: Services) -> tuple[tuple[Purpose, ...], _Choices]:
            return tuple(s.policy.current().purposes), s.listening.log_choices()

        self.ops.query(self, read, self._show_choices)

    def _show_choices(self, found: tuple[tuple[Purpose, ...], _Choices]) -> None:
        purposes_of_policy, (agents, listeners, listened_for) = found
        # Titles in the interface's language, chosen here on the GUI thread.
        self._purpose_titles = {p.id: purpose_title(p) for p in purposes_of_policy}
        purposes = sorted(
            set(listened_for) | set(self._purpose_titles),
            key=lambda p: self._purpose_name(p).casefold(),
        )
        _fill(self.agent_combo, self.tr("All agents"), [(n, i) for n, i in agents])
        _fill(self.listener_combo, self.tr("All listeners"), [(n, n) for n in listeners])
        _fill(
            self.purpose_combo,
            self.tr("All purposes"),
            [(self._purpose_name(p), p) for p in purposes],
        )
        self.reload()

    def current_filter(self) -> ListenFilter:
        """The filter the bar describes; dates are whole local days."""
        start, end = self.from_edit.value(), self.to_edit.value()
        return ListenFilter(
            agent_id=self.agent_combo.currentData(),
            user_name=self.listener_combo.currentData(),
            purpose_id=self.purpose_combo.currentData(),
            started_from=_local_midnight(start) if start else None,
            started_before=_local_midnight(end + dt.timedelta(days=1)) if end else None,
        )

    def reload(self) -> None:
        """Show the sessions matching the filters (read on the vault worker)."""
        wanted = self.current_filter()
        self.ops.query(self, lambda s: s.listening.sessions(wanted, SHOWN_LIMIT), self._show)

    def _show(self, rows: list[ListenRow]) -> None:
        self.model.set_sessions(rows)
        count = len(rows)
        if count == 0:
            text = (
                self.tr("No listen session matches these filters.")
                if self.current_filter() != ListenFilter()
                else self.tr("Nobody has listened to a recording yet.")
            )
        elif count >= SHOWN_LIMIT:
            text = self.tr("The newest {n} sessions; narrow the filters to see older ones.").format(
                n=count
            )
        else:
            text = self.tr("{n} sessions").format(n=count) if count != 1 else self.tr("1 session")
        self.count_label.setText(text)

    def clear_filters(self) -> None:
        """Show every session again."""
        widgets = (self.agent_combo, self.listener_combo, self.purpose_combo)
        for widget in (*widgets, self.from_edit, self.to_edit):
            widget.blockSignals(True)
        for combo in widgets:
            combo.setCurrentIndex(0)
        self.from_edit.set_value(None)
        self.to_edit.set_value(None)
        for widget in (*widgets, self.from_edit, self.to_edit):
            widget.blockSignals(False)
        self.reload()

    def _purpose_name(self, purpose_id: str) -> str:
        return self._purpose_titles.get(purpose_id, purpose_id)

    # --- verifying and exporting -------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        # The busy indicator in the status bar shows the wait; the buttons only rest.
        for button in (self.verify_button, self.csv_button, self.pdf_button):
            button.setEnabled(not busy)

    def verify(self) -> None:
        """Check the chain, the slots' heads and the records in the worker; green or red."""
        self._set_busy(True)
        self.ops.query(
            self, lambda s: s.audit_log.verify_all(), self._verified, failed=self._failed
        )

    def _verified(self, result: Verification) -> None:
        self._set_busy(False)
        findings = [
            *(head_warning_text(w) for w in result.heads),
            *(record_problem_text(r) for r in result.records),
        ]
        self.show_report(result.chain, findings)

    def show_report(self, report: ChainReport, findings: Sequence[str] = ()) -> None:
        """Show a chain report: green when all holds, red naming what does not.

        findings are what else the check found (a head no longer extended, a record that
        disagrees with the log), each one sentence in the interface language.
        """
        self.last_report = report
        if report.intact and findings:
            text = "✘ " + self.tr(
                "The entries of the audit log link up and their signatures hold, but the log "
                "or the records beside it were changed outside the app: report this to your "
                "privacy officer."
            )
            text = "\n".join([text, *findings])
            style = RED_STYLE
        elif report.intact:
            text = "✔ " + self.tr("The audit log is intact: {n} entries, head hash {hash}.").format(
                n=report.count, hash=report.head_hash
            )
            style = GREEN_STYLE
        else:
            text = "✘ " + self.tr(
                "The audit log is broken at entry {seq}: {problem}. The {n} entries before "
                "it are intact. The log was changed outside the app: report this to your "
                "privacy officer."
            ).format(
                seq=report.first_bad_seq, problem=chain_problem(report.problem), n=report.count
            )
            text = "\n".join([text, *findings])
            style = RED_STYLE
        self.result_label.setStyleSheet(style)
        self.result_label.setText(text)
        self.result_label.show()

    def export(self, file_format: str) -> None:
        """Ask where, then write the whole audit log as CSV or PDF with its head hash."""
        suffix = "pdf" if file_format == "pdf" else "csv"
        pattern = (
            self.tr("PDF documents (*.pdf)") if suffix == "pdf" else self.tr("CSV files (*.csv)")
        )
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            str(Path.home() / f"audit-log-{dt.date.today().isoformat()}.{suffix}"),
            pattern,
        )
        if not name:
            return
        path = Path(name)
        # The export speaks the interface's language (QLocale's default follows it).
        language = interface_language()

        def work(s: Services) -> tuple[str, Export] | Export:
            return s.audit_log.html(language) if suffix == "pdf" else s.audit_log.export_csv(path)

        def done(result: tuple[str, Export] | Export) -> None:
            self._set_busy(False)
            if isinstance(result, tuple):
                body, export = result
                # QTextDocument and the PDF writer belong on the GUI thread.
                try:
                    documents_pdf.write_pdf(
                        body,
                        path,
                        self.tr("Audit log"),
                        self.tr("Head hash {hash}").format(hash=export.head_hash),
                    )
                except UserFacingError as exc:
                    show_error(self, exc)
                    return
                self.ops.change(
                    self,
                    lambda s: s.audit_log.log_pdf_export(path, export),
                    lambda _none: self._exported(export, path),
                    changes=(),
                )
            else:
                self._exported(result, path)

        self._set_busy(True)
        self.ops.change(self, work, done, changes=(), failed=self._failed)

    def _exported(self, export: Export, path: Path) -> None:
        self.show_report(export.report)
        self.saved_label.setText(
            self.tr("Saved {n} entries as {file}.").format(n=export.count, file=path.name)
        )
        self.saved_label.show()

    def _failed(self, exc: UserFacingError) -> None:
        self._set_busy(False)
        show_error(self, exc)


def chain_problem(problem: str) -> str:
    """The vault's words for a broken link, in the user's language."""
    known = {
        "an entry is missing before it": translate(
            "ListenLogPage", "an entry is missing before it"
        ),
        "out of order": translate("ListenLogPage", "it is out of order"),
        "it does not follow the entry before it": translate(
            "ListenLogPage", "it does not follow the entry before it"
        ),
        "its details are not valid JSON": translate(
            "ListenLogPage", "its details are not valid JSON"
        ),
        "its contents were changed after it was written": translate(
            "ListenLogPage", "its contents were changed after it was written"
        ),
        "its signature does not match": translate("ListenLogPage", "its signature does not match"),
        "it is not signed": translate("ListenLogPage", "it is not signed"),
        "it is signed with a key the log never registered for its author": translate(
            "ListenLogPage", "it is signed with a key the log never registered for its author"
        ),
        "it is signed with a key that was replaced or belongs to a removed user": translate(
            "ListenLogPage",
            "it is signed with a key that was replaced or belongs to a removed user",
        ),
        "it is signed with someone else's key": translate(
            "ListenLogPage", "it is signed with someone else's key"
        ),
        "its list of signing keys is malformed": translate(
            "ListenLogPage", "its list of signing keys is malformed"
        ),
    }
    return known.get(problem, problem)


def _fill(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
    """Refill a filter choice, keeping what was chosen when it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    found = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


def _local_midnight(day: dt.date) -> dt.datetime:
    # The start of that day on the screen's clock (the policy's zone, else the computer's).
    zone = screen_zone()
    if zone is None:
        return dt.datetime(day.year, day.month, day.day).astimezone()
    return dt.datetime(day.year, day.month, day.day, tzinfo=zone)

"""The Requests page: the register of requests from agents and callers, and answering them.

Overdue requests come first and in red, then open ones by deadline, then closed ones.
Administrators register, extend and close requests and answer them from here (export the
person's data, erase, record an objection); auditors read the register.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.people import Agent
from supervisor_app.domain.requests import RequestKind, RequestState
from supervisor_app.services.erasure import ObjectionRow
from supervisor_app.services.registry import Services
from supervisor_app.services.requests import RequestView
from supervisor_app.ui.core.operations import Change, Ops, follow_changes
from supervisor_app.ui.core.tables import table_view
from supervisor_app.ui.dialogs.erasure_dialog import ErasureDialog
from supervisor_app.ui.dialogs.handover_dialog import HandOverDialog
from supervisor_app.ui.dialogs.objection_dialog import ObjectionDialog
from supervisor_app.ui.dialogs.request_dialogs import (
    AddRequestDialog,
    CloseRequestDialog,
    ExtendRequestDialog,
)
from supervisor_app.ui.dialogs.subject_export_dialog import SubjectExportDialog
from supervisor_app.ui.models.requests_model import RequestsModel
from supervisor_app.ui.policy.policy_fields import NOTE_STYLE, note_label
from supervisor_app.ui.session.passphrase_fields import OK_STYLE
from supervisor_app.ui.words.request_labels import kind_name, subject_text
from supervisor_app.ui.words.time_format import local_date, local_time


class Show(Enum):
    """The filter by state; OPEN holds extended requests too (they are still open)."""

    OPEN = "open"
    OVERDUE = "overdue"
    EXTENDED = "extended"
    ANSWERED = "answered"
    REFUSED = "refused"
    ALL = "all"


def _listed(services: Services, show: Show) -> list[RequestView]:
    """The register filtered by state, in the service's order (on the worker)."""
    views = services.requests.list(open_only=show in (Show.OPEN, Show.OVERDUE, Show.EXTENDED))
    if show is Show.OVERDUE:
        return [v for v in views if v.overdue]
    if show in (Show.EXTENDED, Show.ANSWERED, Show.REFUSED):
        state = RequestState(show.value)
        return [v for v in views if v.row.state is state]
    return views


class RequestsPage(QWidget):
    """The requests register with a filter, the selected request's story, and the actions."""

    def __init__(
        self,
        ops: Ops,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._dialog_actions = list(dialog_actions)
        self.dialog: QDialog | None = None  # the dialog last opened (for tests and locking)
        self._wanted: int | None = None  # the request to select after the next load

        title = self.tr("Requests")  # outside the f-string, where lupdate finds it
        heading = QLabel(f"<h2>{title}</h2>")
        about = note_label(
            self.tr(
                "Requests from agents and callers to see, erase or stop the use of their data. "
                "Each must be answered within one month of receipt; overdue requests are red."
            )
        )
        self.show_combo = QComboBox()
        for show, text in (
            (Show.OPEN, self.tr("Open")),
            (Show.OVERDUE, self.tr("Overdue")),
            (Show.EXTENDED, self.tr("Extended")),
            (Show.ANSWERED, self.tr("Answered")),
            (Show.REFUSED, self.tr("Refused")),
            (Show.ALL, self.tr("All")),
        ):
            self.show_combo.addItem(text, show.value)
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.add_button = QPushButton(self.tr("&Add request…"))
        self.add_button.clicked.connect(self.add_request)
        bar = QHBoxLayout()
        caption = QLabel(self.tr("S&how:"))
        caption.setBuddy(self.show_combo)
        bar.addWidget(caption)
        bar.addWidget(self.show_combo)
        bar.addStretch()
        bar.addWidget(self.add_button)

        self.model = RequestsModel()
        self.view = table_view(self.model)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.count_label = QLabel()
        self.count_label.setStyleSheet(NOTE_STYLE)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(60)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(OK_STYLE)
        self.message.hide()

        self.extend_button = QPushButton(self.tr("E&xtend…"))
        self.extend_button.clicked.connect(self.extend_selected)
        self.close_button = QPushButton(self.tr("&Close…"))
        self.close_button.clicked.connect(self.close_selected)
        self.export_button = QPushButton(self.tr("&Export data…"))
        self.export_button.setToolTip(
            self.tr("Answer an access request: the person's data as an encrypted ZIP file")
        )
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button = QPushButton(self.tr("E&rase…"))
        self.erase_button.setToolTip(
            self.tr("Answer an erasure request or objection: see what goes, then erase")
        )
        self.erase_button.clicked.connect(self.erase_selected)
        self.objection_button = QPushButton(self.tr("&Objection…"))
        self.objection_button.setToolTip(
            self.tr("Keep an agent's calls out of every import, or lift that again")
        )
        self.objection_button.clicked.connect(self.open_objection)
        actions = QHBoxLayout()
        for button in (self.extend_button, self.close_button):
            actions.addWidget(button)
        actions.addStretch()
        for button in (self.export_button, self.erase_button, self.objection_button):
            actions.addWidget(button)
        self.read_only_note = note_label(
            self.tr("You can read the register; only an administrator changes it.")
        )

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("requests_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(self.read_only_note)

        admin = self.is_admin
        for button in (
            self.add_button,
            self.extend_button,
            self.close_button,
            self.export_button,
            self.erase_button,
            self.objection_button,
        ):
            button.setVisible(admin)
        self.read_only_note.setVisible(not admin)
        follow_changes(ops, self, {Change.REQUESTS, Change.PEOPLE}, self.refresh)
        self._selection_changed()

    @property
    def is_admin(self) -> bool:
        """Whether the signed-in user may change the register (auditors only read it)."""
        return self.ops.services.session.user.is_administrator

    @property
    def state_filter(self) -> Show:
        """The state filter chosen."""
        return Show(self.show_combo.currentData())

    def set_filter(self, show: Show) -> None:
        """Choose the state filter (the Dashboard's button opens Open)."""
        self.show_combo.setCurrentIndex(self.show_combo.findData(show.value))

    # --- loading -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Read the register whenever the page comes into view (days left change daily)."""
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the register on the worker, filtered by state."""
        show = self.state_filter
        self.ops.query(self, lambda s: _listed(s, show), self._show_requests)

    def _show_requests(self, views: list[RequestView]) -> None:
        selected = self.selected()
        keep = self._wanted if self._wanted is not None else (selected.row.id if selected else None)
        self._wanted = None
        self.model.set_requests(views)
        overdue = sum(1 for v in views if v.overdue)
        text = (
            self.tr("1 request")
            if len(views) == 1
            else self.tr("{n} requests").format(n=len(views))
        )
        if overdue:
            text += " · " + self.tr("{n} overdue").format(n=overdue)
        self.count_label.setText(text)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.view.selectRow(row)
        self._selection_changed()

    # --- the selection -------------------------------------------------------------------------

    def selected(self) -> RequestView | None:
        """The request of the selected row, if any."""
        rows = self.view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        return self.model.view_at(rows[0].row())

    def select_request(self, request_id: int) -> bool:
        """Select a request's row; False when the filter hides it."""
        row = self.model.row_of(request_id)
        if row is None:
            return False
        self.view.selectRow(row)
        return True

    def _selection_changed(self) -> None:
        view = self.selected()
        self.details.setText(self._describe(view) if view is not None else "")
        row = view.row if view is not None else None
        is_open = row is not None and row.state.is_open
        self.extend_button.setEnabled(
            row is not None and row.state is RequestState.OPEN and not view_overdue(view)
        )
        self.close_button.setEnabled(is_open)
        self.export_button.setEnabled(
            is_open and row is not None and row.kind is RequestKind.ACCESS
        )
        self.erase_button.setEnabled(
            is_open and row is not None and row.kind in (RequestKind.ERASURE, RequestKind.OBJECTION)
        )

    def _describe(self, view: RequestView) -> str:
        """The request's story: who, how verified, the note, extension and outcome."""
        r = view.row

        def line(label: str, value: str) -> str:
            return f"<b>{html.escape(label)}</b> {html.escape(value)}"

        lines = [
            line(
                self.tr("Request {n}:").format(n=r.id),
                self.tr("{kind} from {who}, received on {date}, registered by {user}.").format(
                    kind=kind_name(r.kind),
                    who=subject_text(r),
                    date=local_date(r.received_on),
                    user=r.created_by,
                ),
            ),
            line(self.tr("Identity checked:"), r.verification or self.tr("not recorded")),
        ]
        if r.note:
            lines.append(line(self.tr("Note:"), r.note))
        if r.extension_reason:
            lines.append(
                line(
                    self.tr("Extended:"),
                    self.tr("to {date} by {user}, because: {reason}").format(
                        date=local_date(r.deadline),
                        user=r.extended_by or "?",
                        reason=r.extension_reason,
                    ),
                )
            )
        if r.closed_at is not None:
            label = self.tr("Refused:") if r.state is RequestState.REFUSED else self.tr("Answered:")
            lines.append(
                line(
                    label,
                    self.tr("{when} by {user}: {note}").format(
                        when=local_time(r.closed_at.isoformat()),
                        user=r.closed_by or "?",
                        note=r.outcome_note or "",
                    ),
                )
            )
        return "<br>".join(lines)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- the register's own steps --------------------------------------------------------------

    def _open(self, dialog: QDialog, finished: Callable[[int], None]) -> None:
        self.dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()

    def add_request(self) -> None:
        """Read the agents on the worker, then ask for the request's details."""
        self.ops.query(self, lambda s: s.people.agents(), self._ask_new)

    def _ask_new(self, agents: list[Agent]) -> None:
        dialog = AddRequestDialog(self.ops, agents, self._dialog_actions, self)

        def finished(_result: int) -> None:
            if dialog.added is not None:
                added = dialog.added
                self._wanted = added.row.id
                self._say(
                    self.tr("Request {n} registered; it is due on {date}.").format(
                        n=added.row.id, date=local_date(added.row.deadline)
                    )
                )

        self._open(dialog, finished)

    def extend_selected(self) -> None:
        """Extend the selected request by two months, with a reason."""
        view = self.selected()
        if view is None:
            return
        dialog = ExtendRequestDialog(self.ops, view, self._dialog_actions, self)

        def finished(_result: int) -> None:
            if dialog.extended is not None:
                self._wanted = dialog.extended.row.id
                self._say(
                    self.tr("Request {n} extended; it is now due on {date}.").format(
                        n=dialog.extended.row.id, date=local_date(dialog.extended.row.deadline)
                    )
                )

        self._open(dialog, finished)

    def close_selected(self) -> None:
        """Close the selected request as answered or refused."""
        view = self.selected()
        if view is None:
            return
        dialog = CloseRequestDialog(self.ops, view, self._dialog_actions, self)

        def finished(_result: int) -> None:
            if dialog.closed is not None:
                self._say(self.tr("Request {n} closed.").format(n=dialog.closed.row.id))

        self._open(dialog, finished)

    # --- answering -----------------------------------------------------------------------------

    def export_selected(self) -> None:
        """Export the selected access request's data; then the passphrase and the hand-over."""
        view = self.selected()
        if view is None:
            return
        dialog = SubjectExportDialog(self.ops, view, self._dialog_actions, self)

        def finished(_result: int) -> None:
            if dialog.finished_export is not None:
                self._hand_over(dialog)

        self._open(dialog, finished)

    def _hand_over(self, export: SubjectExportDialog) -> None:
        assert export.finished_export is not None
        dialog = HandOverDialog(self.ops, export.finished_export, self._dialog_actions, self)
        path = export.finished_export.result.path

        def finished(_result: int) -> None:
            if dialog.closed_request is not None:
                self._say(
                    self.tr("Export saved as {file}; request {n} is answered.").format(
                        file=path.name, n=dialog.closed_request.row.id
                    )
                )
            else:
                self._say(
                    self.tr(
                        "Export saved as {file}. Close the request once the person has it."
                    ).format(file=path.name)
                )

        self._open(dialog, finished)

    def erase_selected(self) -> None:
        """Preview, confirm and erase for the selected erasure request or objection."""
        view = self.selected()
        if view is None:
            return
        dialog = ErasureDialog(self.ops, view, self._dialog_actions, self)

        def finished(_result: int) -> None:
            report = dialog.report
            if report is None:
                return
            text = (
                self.tr("1 recording erased.")
                if len(report.erased) == 1
                else self.tr("{n} recordings erased.").format(n=len(report.erased))
            )
            if report.blocked:
                text += " " + self.tr("{n} kept as evidence by a hold.").format(
                    n=len(report.blocked)
                )
            if report.cancelled:
                text += " " + self.tr("Stopped before the end: erase again for the rest.")
            else:
                text += " " + self.tr("Close the request once the person is told.")
            self._say(text)

        self._open(dialog, finished)

    def open_objection(self) -> None:
        """Record or lift an agent's objection (the selected request's agent, if any)."""
        request = self.selected()

        def read(s: Services) -> tuple[list[Agent], list[ObjectionRow]]:
            return s.people.agents(), s.erasure.objections(active_only=True)

        def ask(found: tuple[list[Agent], list[ObjectionRow]]) -> None:
            agents, objections = found
            dialog = ObjectionDialog(
                self.ops, agents, objections, request, self._dialog_actions, self
            )

            def finished(_result: int) -> None:
                saved = dialog.saved
                if saved is None:
                    return
                name = next((a.name for a in agents if a.id == saved.agent_id), "?")
                self._say(
                    self.tr("{name}'s objection is in force: their calls are not sampled.").format(
                        name=name
                    )
                    if saved.active
                    else self.tr(
                        "{name}'s objection is lifted: their calls may be sampled again."
                    ).format(name=name)
                )

            self._open(dialog, finished)

        self.ops.query(self, read, ask)

    def cancel_running_work(self) -> None:
        """Stop an export or erasure that is running (before a lock), between files."""
        dialog = self.dialog
        if isinstance(dialog, (SubjectExportDialog, ErasureDialog)) and dialog.isVisible():
            dialog.reject()


def view_overdue(view: RequestView | None) -> bool:
    """Whether a request is overdue (an overdue request can no longer be extended)."""
    return view is not None and view.overdue

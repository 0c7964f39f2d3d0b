"""The register's own dialogs: add a request, extend its deadline, close it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from supervisor_app.domain import requests as rules
from supervisor_app.domain.people import Agent
from supervisor_app.domain.requests import Outcome, RequestKind
from supervisor_app.services.requests import MAX_VERIFICATION_CHARS, RequestView
from supervisor_app.ui.core.form_dialog import FormDialog
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.player.listen_dialog import reason_length
from supervisor_app.ui.policy.policy_fields import note_label
from supervisor_app.ui.words.request_labels import kind_name, subject_text
from supervisor_app.ui.words.time_format import local_date


def text_box(height: int = 70) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on rather than typing a tab."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def to_date(day: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(day.year(), day.month(), day.day())


class AddRequestDialog(FormDialog):
    """Who asked (an agent from the list, or a caller's number), what, when, how verified."""

    def __init__(
        self,
        ops: Ops,
        agents: Sequence[Agent],
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.added: RequestView | None = None
        self.setWindowTitle(self.tr("Register a request"))
        self.addActions(list(dialog_actions))

        self.agent_radio = QRadioButton(self.tr("An &agent:"))
        self.caller_radio = QRadioButton(self.tr("A c&aller, by phone number:"))
        self._who = QButtonGroup(self)
        self._who.addButton(self.agent_radio)
        self._who.addButton(self.caller_radio)
        self.agent_combo = QComboBox()
        for agent in sorted(agents, key=lambda a: a.name.casefold()):
            extensions = ", ".join(agent.extensions)
            self.agent_combo.addItem(f"{agent.name} ({extensions}, {agent.team_name})", agent.id)
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("e.g. 06 1234 5678 or +31 6 1234 5678"))
        agent_row = QHBoxLayout()
        agent_row.addWidget(self.agent_radio)
        agent_row.addWidget(self.agent_combo, 1)
        caller_row = QHBoxLayout()
        caller_row.addWidget(self.caller_radio)
        caller_row.addWidget(self.number_edit, 1)

        self.kind_combo = QComboBox()
        for kind in RequestKind:
            self.kind_combo.addItem(kind_name(kind), kind.value)
        self.received_edit = QDateEdit()
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setMaximumDate(QDate.currentDate())
        self.received_edit.setDate(QDate.currentDate())
        self.deadline_label = QLabel()
        self.verified_edit = QLineEdit()
        self.verified_edit.setMaxLength(MAX_VERIFICATION_CHARS)
        self.verified_edit.setPlaceholderText(
            self.tr("e.g. called back on the number; ID shown at the desk")
        )
        self.note_edit = text_box()

        self.form.addRow(self.tr("From:"), agent_row)
        self.form.addRow("", caller_row)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow(self.tr("&Received on:"), self.received_edit)
        self.form.addRow(self.tr("Deadline:"), self.deadline_label)
        self.form.addRow(self.tr("&Identity checked:"), self.verified_edit)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.form.addRow(
            note_label(
                self.tr(
                    "The answer is due within one month of receipt (art. 12(3) AVG). Register "
                    "the request on the day it arrives, even when you answer it at once."
                )
            )
        )
        self.ok_button.setText(self.tr("&Register"))

        has_agents = self.agent_combo.count() > 0
        self.agent_radio.setEnabled(has_agents)
        (self.agent_radio if has_agents else self.caller_radio).setChecked(True)
        self._who.buttonToggled.connect(lambda _b, _on: self._changed())
        self.number_edit.textChanged.connect(self._changed)
        self.received_edit.dateChanged.connect(self._show_deadline)
        self._show_deadline()
        self._changed()
        self.first_field = self.agent_combo if has_agents else self.number_edit

    def _changed(self) -> None:
        by_agent = self.agent_radio.isChecked()
        self.agent_combo.setEnabled(by_agent)
        self.number_edit.setEnabled(not by_agent)
        self.ok_button.setEnabled(by_agent or bool(self.number_edit.text().strip()))

    def _show_deadline(self) -> None:
        due = rules.deadline(to_date(self.received_edit.date()))
        self.deadline_label.setText(local_date(due))

    def submit(self) -> None:
        """Register the request; the service says in one sentence what is wrong, if anything."""
        kind = str(self.kind_combo.currentData())
        received = to_date(self.received_edit.date())
        verified, note = self.verified_edit.text(), self.note_edit.toPlainText()
        agent_id: int | None = None
        number: str | None = None
        if self.agent_radio.isChecked():
            agent_id = int(self.agent_combo.currentData())
        else:
            number = self.number_edit.text()
        self.set_busy(True)
        self._ops.change(
            self,
            lambda s: s.requests.add(
                kind,
                received_on=received,
                agent_id=agent_id,
                number=number,
                verification=verified,
                note=note,
            ),
            self._added,
            changes={Change.REQUESTS},
            failed=self.show_error,
        )

    def _added(self, view: RequestView) -> None:
        self.set_busy(False)
        self.added = view
        self.accept()


class ExtendRequestDialog(FormDialog):
    """Two more months, once, within the first month, with the reason the person is told."""

    def __init__(
        self,
        ops: Ops,
        view: RequestView,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.request_id = view.row.id
        self.extended: RequestView | None = None
        self.setWindowTitle(self.tr("Extend request {n}").format(n=view.row.id))
        self.addActions(list(dialog_actions))
        row = view.row
        new_deadline = rules.deadline(row.received_on, extended=True)
        about = QLabel(
            self.tr("{kind} from {who}. The deadline moves from {old} to {new}.").format(
                kind=kind_name(row.kind),
                who=subject_text(row),
                old=local_date(row.deadline),
                new=local_date(new_deadline),
            )
        )
        about.setWordWrap(True)
        self.reason_edit = text_box()
        self.reason_edit.setPlaceholderText(
            self.tr("For example: recordings of three teams must be reviewed")
        )
        self.reason_edit.textChanged.connect(self._changed)
        self.form.addRow(about)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.form.addRow(
            note_label(
                self.tr(
                    "The law allows one extension of two months when a request is complex or "
                    "one of many. Tell the person within the first month, with this reason "
                    "(art. 12(3) AVG)."
                )
            )
        )
        self.ok_button.setText(self.tr("&Extend"))
        self._changed()
        self.first_field = self.reason_edit

    def _changed(self) -> None:
        self.ok_button.setEnabled(
            reason_length(self.reason_edit.toPlainText()) >= rules.MIN_REASON_CHARS
        )

    def submit(self) -> None:
        """Extend the request."""
        request_id, reason = self.request_id, self.reason_edit.toPlainText()
        self.set_busy(True)
        self._ops.change(
            self,
            lambda s: s.requests.extend(request_id, reason),
            self._extended,
            changes={Change.REQUESTS},
            failed=self.show_error,
        )

    def _extended(self, view: RequestView) -> None:
        self.set_busy(False)
        self.extended = view
        self.accept()


class CloseRequestDialog(FormDialog):
    """Answered (how) or refused (why); the note stays with the request."""

    def __init__(
        self,
        ops: Ops,
        view: RequestView,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.request_id = view.row.id
        self.closed: RequestView | None = None
        self.setWindowTitle(self.tr("Close request {n}").format(n=view.row.id))
        self.addActions(list(dialog_actions))
        about = QLabel(
            self.tr("{kind} from {who}, due {date}.").format(
                kind=kind_name(view.row.kind),
                who=subject_text(view.row),
                date=local_date(view.row.deadline),
            )
        )
        about.setWordWrap(True)
        self.answered_radio = QRadioButton(self.tr("&Answered"))
        self.refused_radio = QRadioButton(self.tr("Re&fused"))
        self.answered_radio.setChecked(True)
        outcome = QButtonGroup(self)
        outcome.addButton(self.answered_radio)
        outcome.addButton(self.refused_radio)
        outcome.buttonToggled.connect(lambda _b, _on: self._changed())
        choices = QHBoxLayout()
        choices.addWidget(self.answered_radio)
        choices.addWidget(self.refused_radio)
        choices.addStretch()
        self.note_edit = text_box()
        self.note_edit.textChanged.connect(self._changed)
        self.form.addRow(about)
        self.form.addRow(self.tr("Outcome:"), choices)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.hint = note_label("")
        self.form.addRow(self.hint)
        self.ok_button.setText(self.tr("&Close request"))
        self._changed()
        self.first_field = self.note_edit

    @property
    def outcome(self) -> Outcome:
        """The outcome chosen."""
        return Outcome.REFUSED if self.refused_radio.isChecked() else Outcome.ANSWERED

    def _changed(self) -> None:
        refused = self.outcome is Outcome.REFUSED
        least = rules.MIN_REASON_CHARS if refused else 1
        self.note_edit.setPlaceholderText(
            self.tr("Why the request is refused; the person is told this reason")
            if refused
            else self.tr("How it was answered, e.g. export handed over in person")
        )
        self.hint.setText(
            self.tr(
                "A refusal names its reason, and the person may complain to the Autoriteit "
                "Persoonsgegevens: tell them so."
            )
            if refused
            else self.tr("Close the request once the person has the answer.")
        )
        self.ok_button.setEnabled(reason_length(self.note_edit.toPlainText()) >= least)

    def submit(self) -> None:
        """Close the request."""
        request_id, outcome, note = self.request_id, self.outcome, self.note_edit.toPlainText()
        self.set_busy(True)
        self._ops.change(
            self,
            lambda s: s.requests.close(request_id, outcome, note),
            self._closed,
            changes={Change.REQUESTS},
            failed=self.show_error,
        )

    def _closed(self, view: RequestView) -> None:
        self.set_busy(False)
        self.closed = view
        self.accept()

"""Recording that agents received the agent protocol: one date for every selected agent."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from supervisor_app.domain.people import Agent
from supervisor_app.ui.core.focus_order import follow_layout
from supervisor_app.ui.core.form_dialog import FormDialog
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.policy.policy_fields import note_label


class AcknowledgeDialog(FormDialog):
    """Ask for the date the selected agents received the current protocol version."""

    def __init__(
        self,
        ops: Ops,
        agents: list[Agent],
        version: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._agents = agents
        self.version = version
        self.added = 0
        self.setWindowTitle(self.tr("Record receipt of the protocol"))
        names = ", ".join(a.name for a in agents[:5])
        if len(agents) > 5:
            names += " " + self.tr("and {n} more").format(n=len(agents) - 5)
        about = QLabel(
            self.tr(
                "Record that these agents received version {v} of the agent protocol: {names}."
            ).format(v=version, names=names)
        )
        about.setWordWrap(True)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())  # a receipt cannot lie ahead
        self.date_edit.setMinimumWidth(140)
        self.form.addRow(about)
        self.form.addRow(self.tr("&Received on:"), self.date_edit)
        self.form.addRow(
            note_label(
                self.tr(
                    "Use the day they really received it, even if that was before the app was "
                    "installed: calls from before the day an agent first received the protocol "
                    "are never sampled."
                )
            )
        )
        self.ok_button.setText(self.tr("&Record"))
        follow_layout(self)
        self.date_edit.setFocus()  # today is filled in; the real day is the one to check

    def submit(self) -> None:
        """Record the receipts on the vault worker (repeats are ignored by the service)."""
        day = self.date_edit.date()
        received = dt.date(day.year(), day.month(), day.day())
        ids, version = [a.id for a in self._agents], self.version
        self.set_busy(True)
        self._ops.change(
            self,
            lambda s: s.documents.acknowledge(ids, version=version, received_on=received),
            self._recorded,
            changes={Change.PEOPLE, Change.DOCUMENTS},
            failed=self.show_error,
        )

    def _recorded(self, added: int) -> None:
        self.set_busy(False)
        self.added = added
        self.accept()

"""The feedback sheets a team lead made: a list, a new one, sending one made before, withdrawing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.coaching import SheetState
from supervisor_app.domain.people import Agent
from supervisor_app.services.feedback_sheets import SheetRow
from supervisor_app.ui.coaching.sheet_dialog import SheetDialog
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.policy.policy_fields import note_label
from supervisor_app.ui.words.time_format import screen_day


def _day(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class SheetsTab(QWidget):
    """Feedback sheets of the teams the user leads, newest first."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.rows: list[SheetRow] = []
        self.agents: list[Agent] = []
        self.dialog: SheetDialog | None = None
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Agent"),
                self.tr("Calls from"),
                self.tr("Until"),
                self.tr("State"),
                self.tr("Receipt code"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.new_button = QPushButton(self.tr("&New feedback sheet…"))
        self.new_button.clicked.connect(self.open_new)
        self.send_button = QPushButton(self.tr("S&end…"))
        self.send_button.clicked.connect(self.open_selected)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"))
        self.withdraw_button.setToolTip(self.tr("A sheet made by mistake; it stays on record"))
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.send_button, self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "A feedback sheet gives an agent the scorecards shared with you of their "
                    "calls in a period. Sending it also tells them of the listens it covers."
                )
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._selected()

    def refresh(self) -> None:
        """Ask for the sheets and the agents one can make a sheet for."""
        self._ops.query(
            self,
            lambda s: (s.feedback_sheets.sheets(), s.feedback_sheets.agents()),
            self._show,
        )

    def _show(self, found: tuple[list[SheetRow], list[Agent]]) -> None:
        self.rows, self.agents = found
        self.table.setRowCount(len(self.rows))
        states = {
            SheetState.PENDING: self.tr("Not sent yet"),
            SheetState.SENT: self.tr("Sent"),
            SheetState.WITHDRAWN: self.tr("Withdrawn"),
        }
        for r, row in enumerate(self.rows):
            for c, text in enumerate(
                (
                    row.agent_name,
                    _day(row.period_from),
                    _day(row.period_to),
                    states[row.state],
                    row.receipt,
                )
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        self.new_button.setEnabled(bool(self.agents))
        self._selected()

    def selected(self) -> SheetRow | None:
        """The sheet selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selected(self) -> None:
        row = self.selected()
        pending = row is not None and row.state is SheetState.PENDING
        self.send_button.setEnabled(pending)
        self.withdraw_button.setEnabled(pending)

    def open_new(self) -> SheetDialog:
        """The dialog to make (and then send) a new sheet."""
        return self._open(None)

    def open_selected(self) -> SheetDialog | None:
        """The dialog to send the selected sheet, made before."""
        row = self.selected()
        if row is None or row.state is not SheetState.PENDING:
            return None
        return self._open(row)

    def _open(self, row: SheetRow | None) -> SheetDialog:
        dialog = SheetDialog(
            self._ops,
            self.agents,
            today=screen_day(dt.datetime.now(dt.UTC)),
            sheet=row,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def withdraw(self) -> None:
        """Withdraw the selected sheet that was never sent."""
        row = self.selected()
        if row is None:
            return
        sheet_id = row.id
        self._ops.change(
            self, lambda s: s.feedback_sheets.withdraw(sheet_id), changes={Change.COACHING}
        )

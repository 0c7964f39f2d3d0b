"""People → Import agents…: what an HR list adds, changes and no longer names, then import it.

The list is read and compared with the vault on the vault worker; nothing is written until
Import is pressed, and then all of it at once (services/agent_import.py). A list with a bad
line shows every bad line and cannot be imported. Agents the list no longer names are only
listed; a tick marks them as left. Ticking teams off leaves out their lines, for a vault
that serves only some of the organisation's teams.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.agent_roster import RosterPlan
from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.people import Agent
from supervisor_app.services.agent_import import AgentImportReport, AgentList
from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.core.sizing import grow_to_fit
from supervisor_app.ui.words.error_text import error_text, line_error_text
from supervisor_app.ui.words.labels import language_name

# Re-reading the list after a team is ticked waits this long for the next tick.
REPREVIEW_MS = 300


class AgentImportDialog(QDialog):
    """The preview of an agents list, and the one button that imports it.

    ``report`` holds what the import did once it is done.
    """

    def __init__(
        self,
        ops: Ops,
        agents: AgentList,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import agents"))
        # Wide enough for every tab title in Dutch as well.
        self.setMinimumSize(920, 540)
        self._ops = ops
        self._agents = agents
        self.plan: RosterPlan | None = None
        self.report: AgentImportReport | None = None
        self._teams_known = False
        self._busy = False
        self._writing = False
        self.addActions(list(dialog_actions))

        self.file_label = QLabel(self.tr("Agents list: {file}").format(file=agents.name))
        self.summary = QLabel(self.tr("Reading the list…"))
        self.summary.setWordWrap(True)
        self.error = error_label()

        self.teams_list = QListWidget()
        self.teams_list.setMaximumWidth(200)
        self.teams_list.itemChanged.connect(self._teams_changed)
        teams_title = QLabel(self.tr("Teams this vault serves:"))
        teams_title.setWordWrap(True)
        teams_column = QVBoxLayout()
        teams_column.addWidget(teams_title)
        teams_column.addWidget(self.teams_list, 1)

        self.added_table = _table(
            [self.tr("Extensions"), self.tr("Name"), self.tr("Team"), self.tr("Language")]
        )
        self.changed_table = _table(
            [self.tr("Extensions"), self.tr("Name"), self.tr("Team"), self.tr("What changes")]
        )
        self.unchanged_table = _table([self.tr("Extensions"), self.tr("Name"), self.tr("Team")])
        self.missing_table = _table(
            [self.tr("Mark as left"), self.tr("Extensions"), self.tr("Name"), self.tr("Team")]
        )
        self.errors_list = QListWidget()
        missing_note = QLabel(
            self.tr(
                "These agents are in the vault but not on the list. They are not deleted. Tick "
                "those who no longer work here to mark them as left: their recordings keep "
                "their retention period, and their new calls are no longer imported."
            )
        )
        missing_note.setWordWrap(True)
        missing_page = QWidget()
        missing_layout = QVBoxLayout(missing_page)
        missing_layout.addWidget(missing_note)
        missing_layout.addWidget(self.missing_table, 1)
        self.tabs = QTabWidget()
        self.errors_tab = self.tabs.addTab(self.errors_list, "")
        self.added_tab = self.tabs.addTab(self.added_table, "")
        self.changed_tab = self.tabs.addTab(self.changed_table, "")
        self.unchanged_tab = self.tabs.addTab(self.unchanged_table, "")
        self.missing_tab = self.tabs.addTab(missing_page, "")

        body = QHBoxLayout()
        body.addLayout(teams_column)
        body.addWidget(self.tabs, 1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.import_list)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(REPREVIEW_MS)
        self._again.timeout.connect(self.preview)
        self._set_busy(True)
        self.preview()

    # --- reading ------------------------------------------------------------------------

    def chosen_teams(self) -> list[str] | None:
        """The ticked teams, or None while every team of the list is ticked."""
        items = [self.teams_list.item(i) for i in range(self.teams_list.count())]
        ticked = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
        return None if len(ticked) == len(items) else ticked

    def preview(self) -> None:
        """Compare the list with the vault on the worker (nothing is written)."""
        agents, teams = self._agents, self.chosen_teams()
        self._set_busy(True)
        self._ops.query(
            self,
            lambda s: s.agent_import.preview(agents, teams),
            self._show,
            failed=self._failed,
        )

    def _show(self, plan: RosterPlan) -> None:
        self.plan = plan
        self._set_busy(False)
        self.error.hide()
        if not self._teams_known:
            self._teams_known = True
            self.teams_list.blockSignals(True)
            for team in plan.listed_teams:
                item = QListWidgetItem(team)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.teams_list.addItem(item)
            self.teams_list.blockSignals(False)
        _fill(
            self.added_table,
            [
                [", ".join(r.extensions), r.name, r.team, language_name(r.language)]
                for r in plan.added
            ],
        )
        _fill(
            self.changed_table,
            [
                [
                    ", ".join(u.row.extensions),
                    u.row.name,
                    u.row.team,
                    ", ".join(self._change_word(c) for c in u.changes),
                ]
                for u in plan.changed
            ],
        )
        _fill(
            self.unchanged_table,
            [[", ".join(a.extensions), a.name, a.team_name] for a in plan.unchanged],
        )
        self._fill_missing(plan.missing)
        self.errors_list.clear()
        self.errors_list.addItems([line_error_text(e) for e in plan.errors])
        tabs = self.tabs
        tabs.setTabText(self.errors_tab, self.tr("Errors ({n})").format(n=len(plan.errors)))
        tabs.setTabText(self.added_tab, self.tr("To add ({n})").format(n=len(plan.added)))
        tabs.setTabText(self.changed_tab, self.tr("To change ({n})").format(n=len(plan.changed)))
        tabs.setTabText(
            self.unchanged_tab, self.tr("Unchanged ({n})").format(n=len(plan.unchanged))
        )
        tabs.setTabText(
            self.missing_tab, self.tr("Not on the list ({n})").format(n=len(plan.missing))
        )
        tabs.setTabVisible(self.errors_tab, bool(plan.errors))
        if plan.errors:
            tabs.setCurrentIndex(self.errors_tab)
        elif self.tabs.currentIndex() == self.errors_tab:
            tabs.setCurrentIndex(self.added_tab)
        self.summary.setText(self._summary(plan))
        self._update_button()

    def _summary(self, plan: RosterPlan) -> str:
        if plan.errors:
            return self.tr(
                "Lines of the list that are wrong: {n}. Nothing can be imported until each is "
                "corrected in the list (see Errors); then import the list again."
            ).format(n=len(plan.errors))
        text = self.tr(
            "Agents to add: {added}, to change: {changed}, unchanged: {unchanged}. Agents of "
            "the vault not on the list: {missing}."
        ).format(
            added=len(plan.added),
            changed=len(plan.changed),
            unchanged=len(plan.unchanged),
            missing=len(plan.missing),
        )
        if plan.new_teams:
            text += " " + self.tr("Teams to create: {teams}.").format(
                teams=", ".join(plan.new_teams)
            )
        if plan.other_teams:
            text += " " + self.tr("Lines of other teams, left out: {n}.").format(n=plan.other_teams)
        return text

    def _change_word(self, change: str) -> str:
        words = {
            "name": self.tr("name"),
            "extensions": self.tr("extensions"),
            "team": self.tr("team"),
            "email": self.tr("e-mail"),
            "language": self.tr("language"),
            "returns": self.tr("works here again"),
        }
        return words.get(change, change)

    def _fill_missing(self, agents: Sequence[Agent]) -> None:
        table = self.missing_table
        table.setRowCount(0)
        table.setRowCount(len(agents))
        for row, agent in enumerate(agents):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, agent.id)
            table.setItem(row, 0, tick)
            for column, text in enumerate(
                (", ".join(agent.extensions), agent.name, agent.team_name), start=1
            ):
                table.setItem(row, column, _cell(text))
        table.resizeColumnsToContents()

    def marked_left(self) -> list[int]:
        """Ids of the agents ticked to be marked as left."""
        table = self.missing_table
        found = []
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return found

    # --- importing ------------------------------------------------------------------------

    def import_list(self) -> None:
        """Import the list (and mark the ticked agents as left) on the worker, all at once."""
        if not self.import_button.isEnabled():
            return
        agents, teams, leaving = self._agents, self.chosen_teams(), self.marked_left()
        self._writing = True
        self._set_busy(True)
        self._ops.change(
            self,
            lambda s: s.agent_import.apply(agents, teams=teams, mark_left=leaving),
            self._imported,
            changes={Change.PEOPLE},
            failed=self._failed,
        )

    def _imported(self, report: AgentImportReport) -> None:
        self.report = report
        self._writing = False
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: UserFacingError) -> None:
        self._writing = False
        self._set_busy(False)
        self.error.setText(error_text(exc))
        self.error.show()
        grow_to_fit(self)
        self._update_button()

    def _teams_changed(self) -> None:
        self._again.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.teams_list.setEnabled(not busy)
        self._busy = busy
        self._update_button()

    def _update_button(self) -> None:
        plan = self.plan
        ready = plan is not None and plan.importable and not self._busy
        something = plan is not None and (plan.changes_anything or bool(plan.missing))
        self.import_button.setEnabled(ready and something)

    def reject(self) -> None:
        """Close, unless the import is being written right now."""
        if not self._writing:
            super().reject()


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            table.setItem(row, column, _cell(text))
    table.resizeColumnsToContents()

"""Dialogs for agents and teams: add or edit an agent, add a team."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from supervisor_app.domain.people import Agent, Language, Team
from supervisor_app.ui.core.focus_order import follow_layout
from supervisor_app.ui.core.form_dialog import FormDialog
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.words.labels import language_name


class AgentDialog(FormDialog):
    """An agent's details; edits the given agent or adds a new one."""

    def __init__(
        self,
        ops: Ops,
        teams: list[Team],
        agent: Agent | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit agent") if agent else self.tr("Add agent"))
        self._ops = ops
        self._agent = agent
        self.name_edit = QLineEdit()
        self.extensions_edit = QLineEdit()
        self.extensions_edit.setPlaceholderText(self.tr("for example 201, 202"))
        self.team_combo = QComboBox()
        self.team_combo.addItems(sorted((t.name for t in teams), key=str.casefold))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("optional"))
        self.language_combo = QComboBox()
        for language in Language:
            self.language_combo.addItem(language_name(language), language)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("E&xtensions:"), self.extensions_edit)
        self.form.addRow(self.tr("&Team:"), self.team_combo)
        self.form.addRow(self.tr("&E-mail:"), self.email_edit)
        self.form.addRow(self.tr("&Language for notices:"), self.language_combo)
        self.ok_button.setText(self.tr("&Save") if agent else self.tr("&Add agent"))
        if agent is not None:
            self.name_edit.setText(agent.name)
            self.extensions_edit.setText(", ".join(agent.extensions))
            self.team_combo.setCurrentText(agent.team_name)
            self.email_edit.setText(agent.email or "")
            self.language_combo.setCurrentIndex(self.language_combo.findData(agent.language))
        follow_layout(self)
        self.name_edit.setFocus()

    def submit(self) -> None:
        """Save the agent on the vault worker."""
        if self.team_combo.count() == 0:
            self.show_error_text(self.tr("Add a team first: every agent belongs to a team."))
            return
        extensions = self.extensions_edit.text().replace(";", ",").split(",")
        language = Language(self.language_combo.currentData())
        args = (
            self.name_edit.text(),
            extensions,
            self.team_combo.currentText(),
            self.email_edit.text(),
            language,
        )
        agent = self._agent
        self.set_busy(True)
        self._ops.change(
            self,
            lambda s: (
                s.people.add_agent(*args)
                if agent is None
                else s.people.update_agent(agent.id, *args)
            ),
            lambda _agent: self.accept(),
            changes={Change.PEOPLE},
            failed=self.show_error,
        )


class TeamDialog(FormDialog):
    """A new team's name."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add team"))
        self._ops = ops
        self.name_edit = QLineEdit()
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.ok_button.setText(self.tr("&Add team"))
        follow_layout(self)
        self.name_edit.setFocus()

    def submit(self) -> None:
        """Add the team on the vault worker."""
        name = self.name_edit.text()
        self.set_busy(True)
        self._ops.change(
            self,
            lambda s: s.people.add_team(name),
            lambda _team: self.accept(),
            changes={Change.PEOPLE},
            failed=self.show_error,
        )

"""The People page: users, agents and teams; administrators change them, others look."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.people import Agent, Team, User
from supervisor_app.services.agent_import import AgentList
from supervisor_app.services.registry import Services
from supervisor_app.ui.core.operations import Change, Ops, follow_changes
from supervisor_app.ui.core.tables import table_view
from supervisor_app.ui.dialogs.agent_dialogs import AgentDialog, TeamDialog
from supervisor_app.ui.dialogs.agent_import_dialog import AgentImportDialog
from supervisor_app.ui.dialogs.recovery_key_dialog import NewRecoveryKeyDialog
from supervisor_app.ui.dialogs.user_dialogs import AddUserDialog, PassphraseDialog, RolesDialog
from supervisor_app.ui.models.people_models import AgentsModel, TeamsModel, UsersModel

_D = TypeVar("_D", bound=QDialog)


class _Tab(QWidget):
    """A table with a row of buttons under it."""

    def __init__(self, view: QTableView, buttons: list[QPushButton]) -> None:
        super().__init__()
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addLayout(row)


class PeoplePage(QWidget):
    """Users, agents and teams in three tabs.

    Signals:
        rekey_starting(): a rekey is about to run: players must close their connections.
        imported(str): an agents list was imported; the sentence says what it did.
    """

    rekey_starting = Signal()
    imported = Signal(str)

    def __init__(
        self,
        ops: Ops,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._teams: list[Team] = []
        # Actions whose shortcuts must work inside this page's dialogs too (Lock now).
        self._dialog_actions = list(dialog_actions)

        self.users_model = UsersModel()
        self.agents_model = AgentsModel()
        self.teams_model = TeamsModel()
        self.users_view = table_view(self.users_model)
        self.agents_view = table_view(self.agents_model)
        self.teams_view = table_view(self.teams_model)

        self.add_user_button = self._button(self.tr("&Add user…"), self.add_user)
        self.passphrase_button = self._button(
            self.tr("Change &passphrase…"), self.change_passphrase
        )
        self.roles_button = self._button(self.tr("Change &roles…"), self.change_roles)
        self.remove_user_button = self._button(self.tr("Re&move user…"), self.remove_user)
        self.recovery_key_button = self._button(
            self.tr("Replace recovery &key…"), self.replace_recovery_key
        )
        self.recovery_key_dialog: NewRecoveryKeyDialog | None = None
        self.add_agent_button = self._button(self.tr("&Add agent…"), self.add_agent)
        self.edit_agent_button = self._button(self.tr("&Edit agent…"), self.edit_agent)
        self.import_agents_button = self._button(self.tr("&Import agents…"), self.import_agents)
        self.import_dialog: AgentImportDialog | None = None
        self.add_team_button = self._button(self.tr("&Add team…"), self.add_team)
        self.agents_view.doubleClicked.connect(self._agent_double_clicked)

        self.read_only_note = QLabel(
            self.tr("You see the people of your own teams. Only administrators can make changes.")
        )
        self.read_only_note.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(
            _Tab(
                self.users_view,
                [
                    self.add_user_button,
                    self.passphrase_button,
                    self.roles_button,
                    self.remove_user_button,
                    self.recovery_key_button,
                ],
            ),
            self.tr("&Users"),
        )
        self.tabs.addTab(
            _Tab(
                self.agents_view,
                [self.add_agent_button, self.edit_agent_button, self.import_agents_button],
            ),
            self.tr("A&gents"),
        )
        self.tabs.addTab(_Tab(self.teams_view, [self.add_team_button]), self.tr("&Teams"))
        # tr() outside the f-string, where lupdate can find it.
        title = self.tr("People")
        heading = QLabel(f"<h2>{title}</h2>")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs)
        for view in (self.users_view, self.agents_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        follow_changes(ops, self, {Change.PEOPLE, Change.USER}, self.reload)
        self.reload()

    @property
    def is_admin(self) -> bool:
        """Whether the signed-in user may change people."""
        return self.ops.services.session.user.is_administrator

    def reload(self) -> None:
        """Read users, agents and teams again (only what the user may see), on the worker."""

        def read(s: Services) -> tuple[list[Team], list[Agent], list[User]]:
            return s.people.teams(), s.people.agents(), s.people.users()

        self.ops.query(self, read, self._show)

    def _show(self, found: tuple[list[Team], list[Agent], list[User]]) -> None:
        teams, agents, users = found
        self._teams = teams
        self.teams_model.set_teams(teams)
        self.agents_model.set_agents(agents)
        self.users_model.set_users(users, {t.id: t.name for t in teams})
        admin = self.is_admin
        for button in (
            self.add_user_button,
            self.roles_button,
            self.remove_user_button,
            self.add_agent_button,
            self.edit_agent_button,
            self.import_agents_button,
            self.add_team_button,
        ):
            button.setVisible(admin)
        self.read_only_note.setVisible(not admin)
        # Not in a session opened with the recovery key: that key cannot replace itself.
        self.recovery_key_button.setVisible(admin and not self.ops.services.session.is_recovery)
        self._update_buttons()

    # --- users --------------------------------------------------------------------------

    def selected_user(self) -> User | None:
        """The user selected in the Users tab."""
        rows = self.users_view.selectionModel().selectedRows()
        return self.users_model.row_at(rows[0].row()) if rows else None

    def selected_agent(self) -> Agent | None:
        """The agent selected in the Agents tab."""
        rows = self.agents_view.selectionModel().selectedRows()
        return self.agents_model.row_at(rows[0].row()) if rows else None

    def add_user(self) -> AddUserDialog:
        """Open the Add user dialog."""
        return self._open(AddUserDialog(self.ops, self._teams, self))

    def change_passphrase(self) -> PassphraseDialog | None:
        """Open the passphrase dialog for the selected user."""
        user = self.selected_user()
        if user is None:
            return None
        return self._open(PassphraseDialog(self.ops, user, self))

    def change_roles(self) -> RolesDialog | None:
        """Open the roles dialog for the selected user."""
        user = self.selected_user()
        if user is None:
            return None
        return self._open(RolesDialog(self.ops, self._teams, user, self))

    def remove_user(self) -> QMessageBox | None:
        """Ask, then remove the selected user (optionally re-encrypting the vault)."""
        user = self.selected_user()
        if user is None:
            return None
        return self._ask_with_rekey(
            self.tr("Remove user"),
            self.tr(
                "Remove {name}? They can no longer unlock the vault; what they did stays "
                "in the log."
            ).format(name=user.display_name),
            self.tr("&Remove"),
            lambda rekey: self._remove(user, rekey=rekey),
        )

    def _remove(self, user: User, *, rekey: bool) -> None:
        name = user.name
        if rekey:
            # Re-encrypting rewrites the whole database on the vault worker, which holds the
            # session's connection; players close theirs first (their closes are queued on
            # the worker before the rekey).
            self.rekey_starting.emit()
        # Always explicit: removing without a rekey must never fall back to the service's
        # default (which rekeys).
        self.ops.change(
            self,
            lambda s: s.people.remove_user(name, rekey=rekey),
            changes={Change.PEOPLE},
        )

    def replace_recovery_key(self) -> QMessageBox:
        """Ask, then replace the recovery key on the worker and show the new one once."""
        return self._ask_with_rekey(
            self.tr("Replace recovery key"),
            self.tr(
                "Make a new recovery key? The old key stops working at once, so have paper "
                "or a printer ready: the new key is shown only once, and you must print it or "
                "write it down now."
            ),
            self.tr("&Replace"),
            lambda rekey: self._replace_recovery_key(rekey=rekey),
            details=self.tr(
                "Re-encrypting the vault as well means that the old recovery key, with an old "
                "copy of the vault, opens nothing later."
            ),
        )

    def _ask_with_rekey(
        self,
        title: str,
        question: str,
        action: str,
        confirmed: Callable[[bool], None],
        *,
        details: str = "",
    ) -> QMessageBox:
        """A warning with Cancel as the default, a destructive button and a ticked rekey box.

        ``confirmed`` gets whether to re-encrypt, and only if the destructive button was
        clicked.
        """
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.Cancel, self
        )
        if details:
            box.setInformativeText(details)
        button = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        rekey = QCheckBox(
            self.tr("Also re-encrypt the vault (rekey), so an old copy of the key is useless")
        )
        rekey.setChecked(True)
        box.setCheckBox(rekey)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.addActions(self._dialog_actions)

        def answered() -> None:
            if box.clickedButton() is button:
                confirmed(rekey.isChecked())

        box.finished.connect(answered)
        box.open()
        return box

    def _replace_recovery_key(self, *, rekey: bool) -> None:
        if rekey:
            self.rekey_starting.emit()  # as for removing a user: players close first
        self.ops.change(
            self,
            lambda s: s.recovery_key.replace(rekey=rekey),
            lambda key: self._show_recovery_key(key, rekeyed=rekey),
            changes={Change.PEOPLE},
        )

    def _show_recovery_key(self, key: str, *, rekeyed: bool) -> None:
        self.recovery_key_dialog = self._open(
            NewRecoveryKeyDialog(key, rekeyed=rekeyed, parent=self)
        )

    # --- agents and teams ---------------------------------------------------------------

    def add_agent(self) -> AgentDialog:
        """Open the Add agent dialog."""
        return self._open(AgentDialog(self.ops, self._teams, None, self))

    def edit_agent(self) -> AgentDialog | None:
        """Open the agent dialog for the selected agent."""
        agent = self.selected_agent()
        if agent is None:
            return None
        return self._open(AgentDialog(self.ops, self._teams, agent, self))

    def import_agents(self) -> None:
        """Choose an agents list (CSV) and open its preview."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import agents"),
            str(Path.home()),
            self.tr("Agents list (*.csv *.txt);;All files (*)"),
        )
        if name:
            self.import_agents_from(Path(name))

    def import_agents_from(self, path: Path) -> None:
        """Read the list at path on the worker, then show what importing it would do."""
        self.ops.query(self, lambda s: s.agent_import.read_file(path), self._preview_agents)

    def _preview_agents(self, agents: AgentList) -> None:
        dialog = AgentImportDialog(self.ops, agents, self._dialog_actions, self)
        dialog.accepted.connect(lambda: self._agents_imported(dialog))
        self.import_dialog = self._open(dialog)

    def _agents_imported(self, dialog: AgentImportDialog) -> None:
        report = dialog.report
        if report is None:
            return
        text = self.tr(
            "The agents list was imported: {added} added, {changed} changed, {left} marked as left."
        ).format(added=report.added, changed=report.changed, left=report.marked_left)
        self.imported.emit(text)

    def add_team(self) -> TeamDialog:
        """Open the Add team dialog."""
        return self._open(TeamDialog(self.ops, self))

    # --- helpers ------------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        return button

    def _open(self, dialog: _D) -> _D:
        # open(), not exec(): no nested event loop, so locking can close it at any time.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.addActions(self._dialog_actions)
        dialog.open()
        return dialog

    def _agent_double_clicked(self, _index: QModelIndex) -> None:
        if self.is_admin:
            self.edit_agent()

    def _update_buttons(self) -> None:
        user = self.selected_user()
        me = self.ops.services.session.user
        self.passphrase_button.setEnabled(
            user is not None and (self.is_admin or user.name.casefold() == me.name.casefold())
        )
        self.roles_button.setEnabled(user is not None)
        self.remove_user_button.setEnabled(user is not None and user.name != me.name)
        self.edit_agent_button.setEnabled(self.selected_agent() is not None)

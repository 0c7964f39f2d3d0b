"""The People page: users, agents and teams; administrators change them, others look."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.people import Agent, User
from supervisor_app.services.people import PeopleService
from supervisor_app.ui.agent_dialogs import AgentDialog, TeamDialog
from supervisor_app.ui.messages import show_error
from supervisor_app.ui.people_models import AgentsModel, TeamsModel, UsersModel, _RowsModel
from supervisor_app.ui.tasks import TaskRunner, worker_session
from supervisor_app.ui.user_dialogs import AddUserDialog, PassphraseDialog, RolesDialog

_D = TypeVar("_D", bound=QDialog)


def _table(model: _RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


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
        user_changed(): the signed-in user's own roles may have changed.
    """

    user_changed = Signal()

    def __init__(
        self,
        people: PeopleService,
        runner: TaskRunner,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._runner = runner
        # Actions whose shortcuts must work inside this page's dialogs too (Lock now).
        self._dialog_actions = list(dialog_actions)

        self.users_model = UsersModel()
        self.agents_model = AgentsModel()
        self.teams_model = TeamsModel()
        self.users_view = _table(self.users_model)
        self.agents_view = _table(self.agents_model)
        self.teams_view = _table(self.teams_model)

        self.add_user_button = self._button(self.tr("&Add user…"), self.add_user)
        self.passphrase_button = self._button(
            self.tr("Change &passphrase…"), self.change_passphrase
        )
        self.roles_button = self._button(self.tr("Change &roles…"), self.change_roles)
        self.remove_user_button = self._button(self.tr("Re&move user…"), self.remove_user)
        self.add_agent_button = self._button(self.tr("&Add agent…"), self.add_agent)
        self.edit_agent_button = self._button(self.tr("&Edit agent…"), self.edit_agent)
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
                ],
            ),
            self.tr("&Users"),
        )
        self.tabs.addTab(
            _Tab(self.agents_view, [self.add_agent_button, self.edit_agent_button]),
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
        self.reload()

    @property
    def is_admin(self) -> bool:
        """Whether the signed-in user may change people."""
        return self._people.session.user.is_administrator

    def reload(self) -> None:
        """Read users, agents and teams again (only what the user may see)."""
        teams = self._people.teams()
        self.teams_model.set_teams(teams)
        self.agents_model.set_agents(self._people.agents())
        self.users_model.set_users(self._people.users(), {t.id: t.name for t in teams})
        admin = self.is_admin
        for button in (
            self.add_user_button,
            self.roles_button,
            self.remove_user_button,
            self.add_agent_button,
            self.edit_agent_button,
            self.add_team_button,
        ):
            button.setVisible(admin)
        self.read_only_note.setVisible(not admin)
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
        return self._open(AddUserDialog(self._people, self._runner, self))

    def change_passphrase(self) -> PassphraseDialog | None:
        """Open the passphrase dialog for the selected user."""
        user = self.selected_user()
        if user is None:
            return None
        return self._open(PassphraseDialog(self._people, self._runner, user, self))

    def change_roles(self) -> RolesDialog | None:
        """Open the roles dialog for the selected user."""
        user = self.selected_user()
        if user is None:
            return None
        dialog = RolesDialog(self._people, user, self)
        dialog.accepted.connect(self.user_changed)
        return self._open(dialog)

    def remove_user(self) -> QMessageBox | None:
        """Ask, then remove the selected user (optionally re-encrypting the vault)."""
        user = self.selected_user()
        if user is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove user"),
            self.tr(
                "Remove {name}? They can no longer unlock the vault; what they did stays "
                "in the log."
            ).format(name=user.display_name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        rekey = QCheckBox(
            self.tr("Also re-encrypt the vault (rekey), so an old copy of the key is useless")
        )
        rekey.setChecked(True)
        box.setCheckBox(rekey)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.addActions(self._dialog_actions)

        def answered() -> None:
            if box.clickedButton() is remove:
                self._remove(user, rekey=rekey.isChecked())

        box.finished.connect(answered)
        box.open()
        return box

    def _remove(self, user: User, *, rekey: bool) -> None:
        if not rekey:
            self._call(lambda: self._people.remove_user(user.name, rekey=False))
            return
        # Re-encrypting rewrites the whole database: worker thread, and the GUI's own
        # connection closed meanwhile, because the rekey needs the only open connection.
        session = self._people.session
        progress = QProgressDialog(self.tr("Re-encrypting the vault…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowTitle(self.tr("Remove user"))
        progress.setMinimumDuration(0)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.show()
        session.conn.close()

        def work() -> None:
            with worker_session(session) as own:
                PeopleService(own).remove_user(user.name, rekey=True)

        def reopen() -> None:
            session.conn = session.vault.connect()
            progress.close()

        def failed(exc: UserFacingError) -> None:
            show_error(self, exc)
            self.reload()

        self._runner.run(work, lambda _: self.reload(), failed, owner=self, after=reopen)

    # --- agents and teams ---------------------------------------------------------------

    def add_agent(self) -> AgentDialog:
        """Open the Add agent dialog."""
        return self._open(AgentDialog(self._people, None, self))

    def edit_agent(self) -> AgentDialog | None:
        """Open the agent dialog for the selected agent."""
        agent = self.selected_agent()
        if agent is None:
            return None
        return self._open(AgentDialog(self._people, agent, self))

    def add_team(self) -> TeamDialog:
        """Open the Add team dialog."""
        return self._open(TeamDialog(self._people, self))

    # --- helpers ------------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        return button

    def _open(self, dialog: _D) -> _D:
        # open(), not exec(): no nested event loop, so locking can close it at any time.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.addActions(self._dialog_actions)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def _call(self, action: Callable[[], object]) -> None:
        try:
            action()
        except UserFacingError as exc:
            show_error(self, exc)
        self.reload()

    def _agent_double_clicked(self, _index: QModelIndex) -> None:
        if self.is_admin:
            self.edit_agent()

    def _update_buttons(self) -> None:
        user = self.selected_user()
        me = self._people.session.user
        self.passphrase_button.setEnabled(
            user is not None and (self.is_admin or user.name.casefold() == me.name.casefold())
        )
        self.roles_button.setEnabled(user is not None)
        self.remove_user_button.setEnabled(user is not None and user.name != me.name)
        self.edit_agent_button.setEnabled(self.selected_agent() is not None)

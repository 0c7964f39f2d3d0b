"""Dialogs for users: add one, change their roles, change a passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.people import RoleGrant, Team, User
from supervisor_app.domain.roles import Role
from supervisor_app.services.registry import Services
from supervisor_app.ui.core.focus_order import follow_layout
from supervisor_app.ui.core.form_dialog import FormDialog
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.session.passphrase_fields import NewPassphraseFields
from supervisor_app.ui.words.labels import role_name


class RolesEditor(QWidget):
    """Checkboxes for the roles and a checkable list of teams for the team-bound roles."""

    def __init__(self, teams: list[Team], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checks: dict[Role, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for role in Role:
            box = QCheckBox(role_name(role))
            box.toggled.connect(self._update_teams_enabled)
            self.checks[role] = box
            layout.addWidget(box)
        self.teams_label = QLabel(self.tr("Teams (for team lead and quality coach):"))
        self.team_list = QListWidget()
        for team in sorted(teams, key=lambda t: t.name.casefold()):
            item = QListWidgetItem(team.name)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.team_list.addItem(item)
        # As tall as the teams need, up to six rows; a long list scrolls.
        rows = min(max(self.team_list.count(), 1), 6)
        frame = 2 * self.team_list.frameWidth()
        self.team_list.setFixedHeight(rows * (self.team_list.sizeHintForRow(0) + 2) + frame + 2)
        layout.addWidget(self.teams_label)
        layout.addWidget(self.team_list)
        if not teams:
            self.team_list.hide()
            self.teams_label.setText(self.tr("There are no teams yet; add them on the Teams tab."))
        self._update_teams_enabled()

    def set_grants(self, grants: frozenset[RoleGrant]) -> None:
        """Tick the roles and teams a user holds now."""
        team_ids = {g.team_id for g in grants if g.team_id is not None}
        for role, box in self.checks.items():
            box.setChecked(any(g.role == role for g in grants))
        for row in range(self.team_list.count()):
            item = self.team_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in team_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def roles(self) -> list[Role]:
        """The ticked roles."""
        return [role for role, box in self.checks.items() if box.isChecked()]

    def team_names(self) -> list[str]:
        """The ticked teams."""
        return [
            self.team_list.item(row).text()
            for row in range(self.team_list.count())
            if self.team_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def problem(self) -> str:
        """A sentence saying what is missing, or "" when the choice is complete."""
        roles = self.roles()
        if not roles:
            return self.tr("Give the user at least one role.")
        if any(r.team_scoped for r in roles) and not self.team_names():
            return self.tr(
                "Team leads and quality coaches work for chosen teams only; tick at least one team."
            )
        return ""

    def _update_teams_enabled(self) -> None:
        scoped = any(box.isChecked() for role, box in self.checks.items() if role.team_scoped)
        self.team_list.setEnabled(scoped)
        self.teams_label.setEnabled(scoped)


class AddUserDialog(FormDialog):
    """A new user: name, roles and their first passphrase."""

    def __init__(self, ops: Ops, teams: list[Team], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add user"))
        self._ops = ops
        self.name_edit = QLineEdit()
        self.display_edit = QLineEdit()
        self.roles = RolesEditor(teams)
        self.passphrase = NewPassphraseFields(
            lambda: [self.name_edit.text(), self.display_edit.text()], self
        )
        self.form.addRow(self.tr("&User name:"), self.name_edit)
        self.form.addRow(self.tr("&Display name:"), self.display_edit)
        self.form.addRow(self.tr("Roles:"), self.roles)
        self.passphrase.add_rows(self.form)
        self.ok_button.setText(self.tr("&Add user"))
        self.ok_button.setEnabled(False)
        self.passphrase.changed.connect(self._update_ok)
        self.name_edit.textChanged.connect(self._update_ok)
        follow_layout(self)
        self.name_edit.setFocus()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(
            bool(self.name_edit.text().strip()) and self.passphrase.is_acceptable()
        )

    def submit(self) -> None:
        """Add the user in the worker (wrapping their key slot runs Argon2)."""
        problem = self.roles.problem()
        if problem:
            self.show_error_text(problem)
            return
        roles, teams = self.roles.roles(), self.roles.team_names()
        name, display = self.name_edit.text(), self.display_edit.text()
        passphrase = self.passphrase.passphrase()

        def work(s: Services) -> User:
            grants = s.people.grants_for(roles, teams)
            return s.people.add_user(name, grants, passphrase, display)

        self.set_busy(True)
        self._ops.change(
            self,
            work,
            lambda _user: self._done(),
            changes={Change.PEOPLE},
            failed=self.show_error,
        )

    def _done(self) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.accept()


class RolesDialog(FormDialog):
    """Change which roles (and teams) a user holds."""

    def __init__(
        self, ops: Ops, teams: list[Team], user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roles of {name}").format(name=user.display_name))
        self._ops = ops
        self._user = user
        self.roles = RolesEditor(teams)
        self.roles.set_grants(user.grants)
        self.form.addRow(self.tr("Roles:"), self.roles)
        self.ok_button.setText(self.tr("&Save roles"))
        follow_layout(self)
        self.roles.checks[next(iter(Role))].setFocus()

    def submit(self) -> None:
        """Save the roles (quick: no key material involved)."""
        problem = self.roles.problem()
        if problem:
            self.show_error_text(problem)
            return
        roles, teams, name = self.roles.roles(), self.roles.team_names(), self._user.name

        def work(s: Services) -> None:
            s.people.set_roles(name, s.people.grants_for(roles, teams))

        self.set_busy(True)
        self._ops.change(
            self,
            work,
            lambda _none: self.accept(),
            # The signed-in user may have changed their own roles.
            changes={Change.PEOPLE, Change.USER},
            failed=self.show_error,
        )


class PassphraseDialog(FormDialog):
    """A new passphrase for a user (oneself, or anyone for an administrator)."""

    def __init__(self, ops: Ops, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase of {name}").format(name=user.display_name))
        self._ops = ops
        self._user = user
        note = QLabel(
            self.tr(
                "Only this user's passphrase changes; other users and the recovery key "
                "keep working as before."
            )
        )
        note.setWordWrap(True)
        self.passphrase = NewPassphraseFields(lambda: [user.name, user.display_name], self)
        self.form.addRow(note)
        self.passphrase.add_rows(self.form)
        self.ok_button.setText(self.tr("&Change passphrase"))
        self.ok_button.setEnabled(False)
        self.passphrase.changed.connect(
            lambda: self.ok_button.setEnabled(self.passphrase.is_acceptable())
        )
        follow_layout(self)
        self.passphrase.first.setFocus()

    def submit(self) -> None:
        """Rewrap the user's slot in the worker (Argon2)."""
        name, passphrase = self._user.name, self.passphrase.passphrase()
        self.set_busy(True)
        self._ops.change(
            self,
            lambda s: s.people.set_passphrase(name, passphrase),
            lambda _none: self._done(),
            changes={Change.PEOPLE},
            failed=self.show_error,
        )

    def _done(self) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.accept()

"""Table models for the People page: users, agents and teams."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from supervisor_app.domain.people import Agent, Team, User
from supervisor_app.ui.models.recordings_model import GONE_COLOUR
from supervisor_app.ui.words.labels import describe_grants, language_name
from supervisor_app.ui.words.time_format import local_date

_Index = QModelIndex | QPersistentModelIndex


class _RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows; subclasses name the columns and cells."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        """Column titles."""
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        """The text in one cell."""
        raise NotImplementedError

    def row_at(self, index: int) -> Any:
        """The object behind a row."""
        return self._rows[index]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Rows at the top level; a table has no children."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Columns at the top level."""
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text for display and tooltips."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(self._rows[index.row()], index.column())
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles; rows are unnumbered."""
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers())
        ):
            return self.headers()[section]
        return None

    def _replace(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()


class UsersModel(_RowsModel):
    """Users with their roles and teams."""

    def __init__(self) -> None:
        super().__init__()
        self._team_names: dict[int, str] = {}

    def set_users(self, users: Sequence[User], team_names: Mapping[int, str]) -> None:
        """Show users; team_names turns team ids in their grants into names."""
        self._team_names = dict(team_names)
        self._replace(sorted(users, key=lambda u: u.name.casefold()))

    def headers(self) -> list[str]:
        """Column titles."""
        return [self.tr("User name"), self.tr("Display name"), self.tr("Roles")]

    def cell(self, row: Any, column: int) -> str:
        """The text in one cell."""
        user: User = row
        if column == 0:
            return user.name
        if column == 1:
            return user.display_name
        return describe_grants(user.grants, self._team_names)


class AgentsModel(_RowsModel):
    """Agents: the people whose calls may be sampled."""

    def set_agents(self, agents: Sequence[Agent]) -> None:
        """Show agents, sorted by name."""
        self._replace(sorted(agents, key=lambda a: a.name.casefold()))

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("Name"),
            self.tr("Extensions"),
            self.tr("Team"),
            self.tr("E-mail"),
            self.tr("Language"),
            self.tr("Left"),
        ]

    def cell(self, row: Any, column: int) -> str:
        """The text in one cell."""
        agent: Agent = row
        values = (
            agent.name,
            ", ".join(agent.extensions),
            agent.team_name,
            agent.email or "",
            language_name(agent.language),
            self.tr("left on {date}").format(date=local_date(agent.left_on))
            if agent.left_on
            else "",
        )
        return values[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As every table, with agents who left greyed out."""
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.row() < len(self._rows)
            and self._rows[index.row()].has_left
        ):
            return QColor(GONE_COLOUR)
        return super().data(index, role)


class TeamsModel(_RowsModel):
    """Teams of agents."""

    def set_teams(self, teams: Sequence[Team]) -> None:
        """Show teams, sorted by name."""
        self._replace(sorted(teams, key=lambda t: t.name.casefold()))

    def headers(self) -> list[str]:
        """Column titles."""
        return [self.tr("Team")]

    def cell(self, row: Any, column: int) -> str:
        """The text in one cell."""
        team: Team = row
        return team.name

"""The listen log's table: one row per listen session, newest first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from supervisor_app.domain.errors import InputError
from supervisor_app.domain.roles import parse_role
from supervisor_app.services.types import ListenRow
from supervisor_app.ui.models.people_models import _Index, _RowsModel
from supervisor_app.ui.words.labels import role_name
from supervisor_app.ui.words.listen_labels import local_moment, seconds_heard, state_name
from supervisor_app.ui.words.time_format import shown_date

HEARD_COLUMN = 6
translate = QCoreApplication.translate  # bound once, so lupdate finds the calls by name


class ListenLogModel(_RowsModel):
    """Sessions with when, who, whose call, why and how much was heard."""

    def __init__(self, purpose_name: Callable[[str], str] = str) -> None:
        super().__init__()
        self._purpose_name = purpose_name

    def set_sessions(
        self, rows: Sequence[ListenRow], purpose_name: Callable[[str], str] | None = None
    ) -> None:
        """Show rows (kept in the service's order: newest first)."""
        if purpose_name is not None:
            self._purpose_name = purpose_name
        self._replace(rows)

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("When"),
            self.tr("Listener"),
            self.tr("Agent"),
            self.tr("Recording"),
            self.tr("Purpose"),
            self.tr("Reason"),
            self.tr("Heard"),
            self.tr("State"),
        ]

    def cell(self, row: Any, column: int) -> str:
        """The text in one cell."""
        listen: ListenRow = row
        values = (
            local_moment(listen.started_at),
            f"{listen.user_name} ({_role(listen.role)})",
            listen.agent_name,
            _recording(listen),
            self._purpose_name(listen.purpose_id),
            listen.reason,
            seconds_heard(listen.seconds_heard),
            state_name(listen.state),
        )
        return values[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Numbers right-aligned; the rest as the base model shows it."""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, HEARD_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


def _recording(listen: ListenRow) -> str:
    """The recording's id, and "deleted on <date>" once its audio is gone."""
    if listen.audio_deleted_at is None:
        return str(listen.recording_id)
    return translate("ListenLogModel", "{n}, deleted on {date}").format(
        n=listen.recording_id, date=shown_date(listen.audio_deleted_at)
    )


def _role(value: str) -> str:
    try:
        return role_name(parse_role(value))
    except InputError:
        return value  # a role an older version wrote; show it as stored

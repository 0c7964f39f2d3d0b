"""The Notifications page's table: one row per notice, overdue ones in red."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from supervisor_app.domain.notifications import Item
from supervisor_app.ui.models.people_models import _Index, _RowsModel
from supervisor_app.ui.words.listen_labels import local_moment
from supervisor_app.ui.words.notice_labels import (
    OVERDUE_COLOUR,
    channel_name,
    due_text,
    kind_name,
    state_name,
)

STATE_COLUMN = 3


class NotificationsModel(_RowsModel):
    """Notices with kind, agent, deadline, state, channel and receipt code."""

    def __init__(self) -> None:
        super().__init__()
        self._now = dt.datetime.now(dt.UTC)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(self, items: Sequence[Item], now: dt.datetime) -> None:
        """Show items (in the service's order: earliest deadline first) as they stand at now."""
        self._now = now
        self._replace(items)

    def item_at(self, row: int) -> Item:
        """The notice behind a row."""
        found: Item = self.row_at(row)
        return found

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("Notice"),
            self.tr("Agent"),
            self.tr("Due by"),
            self.tr("State"),
            self.tr("Channel"),
            self.tr("Sent"),
            self.tr("Receipt code"),
        ]

    def cell(self, row: Any, column: int) -> str:
        """The text in one cell."""
        item: Item = row
        values = (
            kind_name(item),
            item.agent_name,
            due_text(item),
            state_name(item, self._now),
            channel_name(item.channel),
            self._sent_text(item),
            item.receipt,
        )
        return values[column]

    def _sent_text(self, item: Item) -> str:
        if item.sent_at is None:
            return ""
        return self.tr("{when} by {who}").format(
            who=item.sent_by or "?",
            when=local_moment(item.sent_at),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Overdue rows red and bold; a tooltip with the note; the rest as the base shows it."""
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        item = self.item_at(index.row())
        if item.is_overdue(self._now):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and item.note:
            return self.tr("Note: {note}").format(note=item.note)
        return super().data(index, role)

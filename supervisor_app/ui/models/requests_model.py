"""The Requests page's table: one row per request, overdue ones first and in red."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from supervisor_app.services.requests import RequestView
from supervisor_app.ui.models.people_models import _Index, _RowsModel
from supervisor_app.ui.words.notice_labels import OVERDUE_COLOUR
from supervisor_app.ui.words.request_labels import kind_name, state_text, subject_text
from supervisor_app.ui.words.time_format import local_date

STATE_COLUMN = 5


class RequestsModel(_RowsModel):
    """Requests in the service's order: overdue, then open by deadline, then closed."""

    def __init__(self) -> None:
        super().__init__()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_requests(self, views: Sequence[RequestView]) -> None:
        """Show these requests, in the order given."""
        self._replace(views)

    def view_at(self, row: int) -> RequestView:
        """The request behind a row."""
        found: RequestView = self.row_at(row)
        return found

    def row_of(self, request_id: int) -> int | None:
        """The row that shows a request, if it is listed."""
        for n in range(self.rowCount()):
            if self.view_at(n).row.id == request_id:
                return n
        return None

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("No."),
            self.tr("Kind"),
            self.tr("From"),
            self.tr("Received"),
            self.tr("Deadline"),
            self.tr("State"),
        ]

    def cell(self, row: Any, column: int) -> str:
        """The text in one cell."""
        view: RequestView = row
        r = view.row
        values = (
            str(r.id),
            kind_name(r.kind),
            subject_text(r),
            local_date(r.received_on),
            local_date(r.deadline),
            state_text(view),
        )
        return values[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Overdue rows red and bold; the rest as the base shows them."""
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if self.view_at(index.row()).overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return super().data(index, role)

"""A lazy table of recordings: counts first, then fetches pages as the view scrolls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from enum import IntEnum
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from supervisor_app.services.recordings import RecordingsService
from supervisor_app.ui.recording_labels import (
    days_left,
    direction_label,
    duration_text,
    gone_label,
    zoned_date,
    zoned_time,
)
from supervisor_app.vault.recordings_repo import RecordingFilter, RecordingSummary, SortKey

_Index = QModelIndex | QPersistentModelIndex

# Enough to fill a tall window several times over, small enough to read in milliseconds.
PAGE_SIZE: Final = 200
RECORDING_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1
GONE_COLOUR: Final = "#7a7a7a"


class Column(IntEnum):
    """The table's columns, in order."""

    AGENT = 0
    TEAM = 1
    STARTED = 2
    DURATION = 3
    DIRECTION = 4
    PURPOSES = 5
    RETENTION = 6


# Sorting happens in the database; purposes are a list per row and have no order there.
SORT_KEYS: Final[Mapping[Column, SortKey]] = {
    Column.AGENT: SortKey.AGENT,
    Column.TEAM: SortKey.TEAM,
    Column.STARTED: SortKey.STARTED_AT,
    Column.DURATION: SortKey.DURATION,
    Column.DIRECTION: SortKey.DIRECTION,
    Column.RETENTION: SortKey.RETENTION,
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class RecordingsModel(QAbstractTableModel):
    """Recordings the user may see, one page at a time (``canFetchMore``/``fetchMore``).

    ``reload`` counts the matching recordings and reads the first page; the view asks for
    more as it scrolls. Sorting and filtering go to the database and start over, so the
    model never holds more rows than were scrolled past.
    """

    def __init__(
        self,
        service: RecordingsService,
        zone: dt.tzinfo,
        purpose_names: Mapping[str, str],
        *,
        page_size: int = PAGE_SIZE,
        now: Callable[[], dt.datetime] = _now,
    ) -> None:
        super().__init__()
        self._service = service
        self._zone = zone
        self._purpose_names = dict(purpose_names)
        self._page_size = page_size
        self._clock = now
        self._now = now()
        self._rows: list[RecordingSummary] = []
        self._total = 0
        self._filters = RecordingFilter()
        self._sort = SortKey.STARTED_AT
        self._descending = True
        self.pages_fetched = 0  # database reads of a page since the last reload (tests, logs)

    # --- what is shown ------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many recordings match, fetched or not."""
        return self._total

    @property
    def filters(self) -> RecordingFilter:
        """The filter in use."""
        return self._filters

    def set_filters(self, filters: RecordingFilter) -> None:
        """Show only recordings matching filters (the service adds the user's teams)."""
        self._filters = filters
        self.reload()

    def set_labels(self, zone: dt.tzinfo, purpose_names: Mapping[str, str]) -> None:
        """The time zone and purpose titles of the current policy."""
        self._zone = zone
        self._purpose_names = dict(purpose_names)

    def reload(self) -> None:
        """Count again and start over with the first page."""
        self.beginResetModel()
        self._now = self._clock()
        self._total = self._service.count(self._filters)
        self._rows = []
        self.pages_fetched = 0
        self._fetch()
        self.endResetModel()

    def summary_at(self, row: int) -> RecordingSummary | None:
        """The recording on a fetched row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def purpose_name(self, purpose_id: str) -> str:
        """A purpose's title in the current policy, else its id."""
        return self._purpose_names.get(purpose_id, purpose_id)

    # --- lazy fetching ------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        """Whether rows remain below the last fetched one."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        """Read the next page and append it."""
        if parent.isValid() or len(self._rows) >= self._total:
            return
        page = self._read_page()
        if not page:
            self._total = len(self._rows)  # some were purged since the count
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _fetch(self) -> None:
        # Inside a reset: no insert notifications.
        if self._total:
            self._rows.extend(self._read_page())

    def _read_page(self) -> list[RecordingSummary]:
        page = self._service.page(
            len(self._rows), self._page_size, self._sort, self._descending, self._filters
        )
        self.pages_fetched += 1
        if len(page) < self._page_size:
            self._total = len(self._rows) + len(page)  # fewer than counted: stop asking
        return page

    # --- the table ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Rows fetched so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The fixed columns."""
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, a tooltip for purposes, alignment, and the recording id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.PURPOSES, Column.RETENTION):
            return self._holds(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.DURATION,
            Column.RETENTION,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORDING_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "held":
            # Deleted audio (retention ended, erased, private): the row stays, greyed, as proof.
            return QColor(GONE_COLOUR)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles; rows are unnumbered."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and Column(section) is Column.STARTED:
            return self.tr("In the time zone of the telephone system (from the policy)")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database and start over; the purposes column cannot be sorted."""
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _headers(self) -> list[str]:
        return [
            self.tr("Agent"),
            self.tr("Team"),
            self.tr("Call started"),
            self.tr("Duration"),
            self.tr("Direction"),
            self.tr("Kept for"),
            self.tr("Retention left"),
        ]

    def _text(self, row: RecordingSummary, column: Column) -> str:
        match column:
            case Column.AGENT:
                return row.agent_name
            case Column.TEAM:
                return row.team_name
            case Column.STARTED:
                return zoned_time(row.started_at, self._zone)
            case Column.DURATION:
                return duration_text(row.duration_s)
            case Column.DIRECTION:
                return direction_label(row.direction)
            case Column.PURPOSES:
                return ", ".join(self.purpose_name(p.purpose_id) for p in row.purposes)
            case Column.RETENTION:
                if row.status != "held":
                    return gone_label(row.status)
                # Held as evidence, it stays past its deadline until the hold ends.
                return self.tr("on hold") if row.on_hold else days_left(row.retain_until, self._now)

    def _holds(self, row: RecordingSummary) -> str:
        return "\n".join(
            self.tr("{purpose}: kept until {date}").format(
                purpose=self.purpose_name(p.purpose_id), date=zoned_date(p.retain_until, self._zone)
            )
            for p in row.purposes
        )

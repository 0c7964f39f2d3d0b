"""The recordings table: every matching row counted, pages read on the vault worker as shown."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Mapping
from enum import IntEnum
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.services.recordings import (
    ListStart,
    PageKey,
    RecordingFilter,
    RecordingSummary,
    SortKey,
)
from supervisor_app.services.registry import Services
from supervisor_app.ui.core.messages import show_error
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.words.recording_labels import (
    days_left,
    direction_label,
    duration_text,
    gone_label,
)
from supervisor_app.ui.words.time_format import shown_date, shown_time

_Index = QModelIndex | QPersistentModelIndex

# Enough to fill a tall window several times over, small enough to read in milliseconds.
PAGE_SIZE: Final = 200
# Pages kept in memory (10,000 rows); scrolling far away forgets the farthest ones.
MAX_PAGES: Final = 50
# Pages waiting to be read; a fast scroll asks for many, only the last few are still in view.
MAX_WANTED: Final = 4
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
    """Recordings the user may see: all rows counted, each page read when it comes into view.

    The table has a row for every match from the start (the scroll bar is true), and
    ``data`` asks the vault worker for a page it does not hold yet; the row shows empty until
    the page arrives. A page next to one held is read by its key (keyset paging: as fast at
    row 90,000 as at row 1), the last page from the end, any other by offset. Sorting and
    filtering start over on the worker; the old rows stay on screen until the new ones
    arrive, and answers to an older question are dropped (``_generation``).

    Signals:
        loaded(object): a (re)load arrived; the row of the recording asked to keep, or None.
        loading_changed(bool): the model started or stopped waiting for the worker.
    """

    loaded = Signal(object)
    loading_changed = Signal(bool)

    def __init__(
        self,
        ops: Ops,
        zone: dt.tzinfo,
        purpose_names: Mapping[str, str],
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        now: Callable[[], dt.datetime] = _now,
    ) -> None:
        super().__init__()
        self._ops = ops
        self._zone = zone
        self._purpose_names = dict(purpose_names)
        self._page_size = page_size
        self._max_pages = max_pages
        self._clock = now
        self._now = now()
        self._pages: OrderedDict[int, list[RecordingSummary]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._reading: int | None = None
        self._total = 0
        self._generation = 0
        self._loading = False
        self._filters = RecordingFilter()
        self._sort = SortKey.STARTED_AT
        self._descending = True
        self._was_loading = False
        self.pages_fetched = 0  # pages read since the last reload (tests and the benchmark)

    # --- what is shown ------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many recordings match, read or not."""
        return self._total

    @property
    def filters(self) -> RecordingFilter:
        """The filter in use."""
        return self._filters

    @property
    def loading(self) -> bool:
        """Whether a (re)load or a page is being read."""
        return self._loading or self._reading is not None

    def _note_loading(self) -> None:
        if self.loading != self._was_loading:
            self._was_loading = self.loading
            self.loading_changed.emit(self.loading)

    def set_filters(self, filters: RecordingFilter, *, keep: int | None = None) -> None:
        """Show only recordings matching filters (the service adds the user's teams)."""
        self._filters = filters
        self.reload(keep=keep)

    def set_labels(self, zone: dt.tzinfo, purpose_names: Mapping[str, str]) -> None:
        """The time zone and purpose titles of the current policy."""
        self._zone = zone
        self._purpose_names = dict(purpose_names)
        if self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(Column) - 1))

    def reload(self, *, keep: int | None = None) -> None:
        """Count again and start over on the worker.

        ``keep`` names a recording to find again; its row comes with ``loaded``.
        """
        self._generation += 1
        generation = self._generation
        self._loading = True
        self._wanted.clear()
        size, sort, descending, filters = (
            self._page_size,
            self._sort,
            self._descending,
            self._filters,
        )
        self._ops.query(
            self,
            lambda s: s.recordings.start(size, sort, descending, filters, keep=keep),
            lambda start: self._started(generation, start),
            failed=lambda exc: self._failed(generation, exc),
        )
        self._note_loading()

    def summary_at(self, row: int) -> RecordingSummary | None:
        """The recording on a row, if its page has been read."""
        page = self._pages.get(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if page is not None and offset < len(page) else None

    def row_of(self, recording_id: int) -> int | None:
        """The row of a recording among the pages held, if it is there."""
        for number, page in self._pages.items():
            for offset, summary in enumerate(page):
                if summary.id == recording_id:
                    return number * self._page_size + offset
        return None

    def purpose_name(self, purpose_id: str) -> str:
        """A purpose's title in the current policy, else its id."""
        return self._purpose_names.get(purpose_id, purpose_id)

    # --- reading pages on the worker ----------------------------------------------------

    def _started(self, generation: int, start: ListStart) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._loading = False
        self._now = self._clock()
        self._total = start.total
        self._pages = OrderedDict(sorted(start.pages.items()))
        self._wanted.clear()
        self.pages_fetched = len(start.pages)
        self.endResetModel()
        self.loaded.emit(start.kept_row)
        self._read_next()
        self._note_loading()

    def _failed(self, generation: int, exc: UserFacingError) -> None:
        # The page's owner shows the sentence; the old rows stay.
        if generation == self._generation:
            self._loading = False
            self._reading = None
            self._note_loading()
        show_error(None, exc)

    def _want(self, number: int) -> None:
        """Ask for a page (most recently asked first: that is what is in view now)."""
        if self._loading or number in self._pages or number == self._reading:
            return
        self._wanted[number] = None
        self._wanted.move_to_end(number)
        while len(self._wanted) > MAX_WANTED:
            self._wanted.popitem(last=False)
        self._read_next()

    def _read_next(self) -> None:
        if self._reading is not None or self._loading or not self._wanted:
            return
        number, _ = self._wanted.popitem()
        self._reading = number
        generation = self._generation
        read = self._reader(number)
        self._ops.query(
            self,
            read,
            lambda rows: self._arrived(generation, number, rows),
            failed=lambda exc: self._failed(generation, exc),
        )
        self._note_loading()

    def _reader(self, number: int) -> Callable[[Services], list[RecordingSummary]]:
        """How to read page ``number``: from a neighbour's key if one is held, else by place."""
        size, sort, descending, filters = (
            self._page_size,
            self._sort,
            self._descending,
            self._filters,
        )
        first = number * size
        after: PageKey | None = None
        before: PageKey | None = None
        from_end = False
        limit = min(size, self._total - first)
        if number - 1 in self._pages and self._pages[number - 1]:
            after = self._pages[number - 1][-1].key()
        elif number + 1 in self._pages and self._pages[number + 1]:
            before = self._pages[number + 1][0].key()
        elif first + limit >= self._total:
            from_end = True

        def read(s: Services) -> list[RecordingSummary]:
            return s.recordings.page(
                first,
                limit,
                sort,
                descending,
                filters,
                after=after,
                before=before,
                from_end=from_end,
            )

        return read

    def _arrived(self, generation: int, number: int, rows: list[RecordingSummary]) -> None:
        if generation != self._generation:
            return
        self._reading = None
        self.pages_fetched += 1
        expected = min(self._page_size, self._total - number * self._page_size)
        if len(rows) != expected:
            # The vault changed under the count (a purge, an import elsewhere): start over.
            self.reload()
            return
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self._max_pages:
            farthest = max(self._pages, key=lambda n: abs(n - number))
            del self._pages[farthest]
        first = number * self._page_size
        self.dataChanged.emit(
            self.index(first, 0), self.index(first + len(rows) - 1, len(Column) - 1)
        )
        self._read_next()
        self._note_loading()

    # --- the table ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Every matching row, read or not."""
        return 0 if parent.isValid() else self._total

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
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        row = self.summary_at(index.row())
        if row is None:
            # Not read yet: ask for its page and show the row empty until it arrives.
            if role == Qt.ItemDataRole.DisplayRole:
                self._want(index.row() // self._page_size)
            return None
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

    def on_hold_text(self) -> str:
        """What the retention column says of a recording kept as evidence."""
        return self.tr("on hold")

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
                return shown_time(row.started_at)
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
                if row.on_hold:
                    return self.on_hold_text()
                return days_left(row.retain_until, self._now)

    def _holds(self, row: RecordingSummary) -> str:
        return "\n".join(
            self.tr("{purpose}: kept until {date}").format(
                purpose=self.purpose_name(p.purpose_id), date=shown_date(p.retain_until)
            )
            for p in row.purposes
        )

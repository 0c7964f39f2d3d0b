"""The Recordings page: what the user may see of the stored calls, filtered and sorted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QItemSelection, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.people import Agent, Team
from supervisor_app.domain.policy import Policy, Purpose
from supervisor_app.services.recordings import RecordingDetail, RecordingFilter
from supervisor_app.services.registry import Services
from supervisor_app.services.retention import HoldRow, Tombstone
from supervisor_app.ui.core.operations import Change, Ops, debounced, follow_changes
from supervisor_app.ui.core.progress import DelayedShow
from supervisor_app.ui.dialogs.hold_dialogs import PlaceHoldDialog, ReleaseHoldDialog
from supervisor_app.ui.models.recordings_model import (
    RECORDING_ID_ROLE,
    SORT_KEYS,
    Column,
    RecordingsModel,
)
from supervisor_app.ui.pages.recording_details import RecordingDetails
from supervisor_app.ui.words.labels import purpose_title
from supervisor_app.ui.words.recording_labels import (
    days_left,
    direction_label,
    policy_zone,
    purpose_names,
)
from supervisor_app.ui.words.time_format import shown_time

# The widest date and time there is: two-digit day, month and hour.
_WIDEST_TIME = dt.datetime(2026, 12, 28, 23, 58, tzinfo=dt.UTC)
# QDateEdit cannot be empty: its lowest date stands for "no limit" and shows as a dash.
_NO_DATE = QDate(2000, 1, 1)
# What the "show" choice filters on: (status, only recordings on hold).
_KEPT, _ON_HOLD, _DELETED, _ALL = "kept", "on_hold", "deleted", "all"
_SHOW: dict[str, tuple[str | None, bool]] = {
    _KEPT: ("held", False),
    _ON_HOLD: (None, True),
    _DELETED: ("purged", False),
    _ALL: (None, False),
}


# Room around a cell's text and for the header's sort arrow.
_CELL_PADDING = 20
# A long purpose title is cut off beyond this; its tooltip shows it whole.
_PURPOSES_MAX = 160
# What the agent column keeps before the purposes column gives way: a short name.
_AGENT_ROOM = "Fatima El Amrani"
# The thin bar over the table appears when a page or a new order takes longer than this.
_BUSY_AFTER_MS = 150


@dataclass(frozen=True, slots=True)
class _Choices:
    """What the filter bar offers, read on the worker."""

    teams: list[Team]
    agents: list[Agent]
    policy: Policy


def _read_choices(s: Services) -> _Choices:
    agents = sorted(s.people.agents(), key=lambda a: a.name.casefold())
    return _Choices(s.people.teams(), agents, s.policy.current())


@dataclass(frozen=True, slots=True)
class _Selected:
    """Everything the details panel shows about one recording, read on the worker."""

    detail: RecordingDetail | None
    holds: list[HoldRow]
    tombstone: Tombstone | None
    active_holds: list[HoldRow]
    hold_purposes: list[Purpose]


def _read_selected(s: Services, recording_id: int) -> _Selected:
    found = s.recordings.detail(recording_id)
    if found is None:
        return _Selected(None, [], None, [], [])
    holds = s.retention.holds(recording_id=recording_id)
    today = s.retention.today()
    return _Selected(
        found,
        holds,
        s.retention.tombstone(recording_id),
        [h for h in holds if h.active(today)],
        s.retention.hold_purposes(recording_id),
    )


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText("–")
    edit.setDate(_NO_DATE)
    return edit


class RecordingsPage(QWidget):
    """A lazy table of recordings with a filter bar and a details panel (facts, no audio).

    The listening feature plugs in here: it adds its button to ``details.action_row`` and
    connects ``listen_requested``, which a double-click or Enter on a row emits.

    Signals:
        import_requested(): the user asked to import calls.
        listen_requested(int): the user asked to listen to this recording id.
    """

    import_requested = Signal()
    listen_requested = Signal(int)

    def __init__(
        self,
        ops: Ops,
        *,
        may_import: bool,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._dialog_actions = dialog_actions
        self._zone: dt.tzinfo = dt.UTC  # the policy's, once the choices are read
        self._shown_id: int | None = None  # whose details are on screen
        self.model = RecordingsModel(ops, self._zone, {})

        title = self.tr("Recordings")  # outside the f-string, where lupdate finds it
        heading = QLabel(f"<h2>{title}</h2>")
        self.import_button = QPushButton(self.tr("&Import calls…"))
        self.import_button.setVisible(may_import)
        self.import_button.clicked.connect(self.import_requested)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(self.import_button)

        self.agent_combo = QComboBox()
        self.team_combo = QComboBox()
        self.purpose_combo = QComboBox()
        self.direction_combo = QComboBox()
        self.show_combo = QComboBox()
        for key, text in (
            (_KEPT, self.tr("Kept recordings")),
            (_ON_HOLD, self.tr("On hold as evidence")),
            (_DELETED, self.tr("Deleted (retention ended)")),
            (_ALL, self.tr("All recordings")),
        ):
            self.show_combo.addItem(text, key)
        self.from_edit = _date_edit()
        self.to_edit = _date_edit()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        # Two rows: who and when, then what; one row would squeeze the choices at 1024 pixels.
        who = QHBoxLayout()
        what = QHBoxLayout()
        for row in (who, what):
            row.setSpacing(6)
        # The combo boxes say what they filter ("All agents"); only the dates need captions.
        for combo, name in (
            (self.agent_combo, self.tr("Agent")),
            (self.team_combo, self.tr("Team")),
            (self.purpose_combo, self.tr("Purpose")),
            (self.direction_combo, self.tr("Direction")),
            (self.show_combo, self.tr("Show")),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
        who.addWidget(self.agent_combo)
        who.addWidget(self.team_combo)
        for label, edit in ((self.tr("&From:"), self.from_edit), (self.tr("T&o:"), self.to_edit)):
            caption = QLabel(label)
            caption.setBuddy(edit)
            who.addWidget(caption)
            who.addWidget(edit)
        who.addStretch()
        what.addWidget(self.purpose_combo)
        what.addWidget(self.direction_combo)
        what.addWidget(self.show_combo)
        what.addWidget(self.clear_button)
        what.addStretch()
        bar = QVBoxLayout()
        bar.setSpacing(4)
        bar.addLayout(who)
        bar.addLayout(what)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(3)
        self.busy_bar.setAccessibleName(self.tr("Reading recordings"))
        self._busy_delay = DelayedShow(self.busy_bar, delay_ms=_BUSY_AFTER_MS, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Widths from the font, not ResizeToContents (which would read every row): a full
        # date and time, a purpose's title; the agent's name takes what is left, so the table
        # fits beside the details panel without a horizontal scroll bar.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.AGENT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in self._default_widths().items():
            self.view.setColumnWidth(column, width)
        self._purposes_wanted = self.view.columnWidth(Column.PURPOSES)
        self._purposes_auto = True  # until the user (or a remembered layout) sets the width
        self._fitting = False
        header.sectionResized.connect(self._section_resized)
        self.view.viewport().installEventFilter(self)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header.setSortIndicator(Column.STARTED, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        self._sort_column = int(Column.STARTED)
        self._active_holds: list[HoldRow] = []
        self._hold_purposes: list[Purpose] = []
        self._sort_order = Qt.SortOrder.DescendingOrder
        self.view.activated.connect(self._activated)

        self.count_label = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.details = RecordingDetails()
        self.details.hold_button.clicked.connect(self.place_hold)
        self.details.release_button.clicked.connect(self.release_hold)
        table_side = QWidget()
        table_column = QVBoxLayout(table_side)
        table_column.setContentsMargins(0, 0, 0, 0)
        table_column.setSpacing(0)
        table_column.addWidget(self.busy_bar)
        table_column.addWidget(self.view, 1)
        table_column.addWidget(self.empty_label)
        table_column.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(table_side)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([700, self.details.minimumWidth()])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.show_combo.currentIndexChanged.connect(self._filters_changed)
        for combo in (self.agent_combo, self.team_combo, self.purpose_combo, self.direction_combo):
            # Wide enough for "All purposes"; a long purpose title shows in full when open.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(13)
            combo.currentIndexChanged.connect(self._filters_changed)
        # A typed date waits for a pause, so a half-typed year does not start a query.
        self.filter_timer = debounced(self, self._filters_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.filter_timer.start)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.loaded.connect(self._loaded)
        self.model.loading_changed.connect(self._loading_changed)
        follow_changes(ops, self, {Change.RECORDINGS, Change.PEOPLE, Change.POLICY}, self.refresh)
        self.refresh()

    # --- public -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the choices and the list again, keeping the chosen recording if still listed."""
        self.ops.query(self, _read_choices, self._choices_read)

    def _choices_read(self, choices: _Choices) -> None:
        # Times name the policy's zone where it is not the computer's ("09:05 CET"): once the
        # policy is known, make room for that; the purposes column gives way first.
        needed = self._fits(shown_time(_WIDEST_TIME))
        if self.view.columnWidth(Column.STARTED) < needed:
            self.view.setColumnWidth(Column.STARTED, needed)
        self._widen_for_titles(choices.policy.purposes)
        self._zone = policy_zone(choices.policy)
        self.model.set_labels(self._zone, purpose_names(choices.policy))
        self._fill_choices(choices)
        self.model.set_filters(self.current_filters(), keep=self.selected_recording_id())

    def selected_recording_id(self) -> int | None:
        """The id of the selected recording, if any."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.model.data(rows[0], RECORDING_ID_ROLE)
        return int(value) if value is not None else None

    def current_filters(self) -> RecordingFilter:
        """The filter the bar describes (the service narrows it to the user's teams)."""
        zone = self.model_zone()
        start = self._day_start(self.from_edit.date(), zone)
        end = self._day_start(self.to_edit.date(), zone, days_after=1)
        agent = self.agent_combo.currentData()
        team = self.team_combo.currentData()
        status, on_hold = _SHOW[str(self.show_combo.currentData())]
        return RecordingFilter(
            team_ids=frozenset({team}) if team is not None else None,
            agent_ids=frozenset({agent}) if agent is not None else None,
            started_from=start,
            started_before=end,
            direction=self.direction_combo.currentData(),
            purpose_id=self.purpose_combo.currentData(),
            status=status,
            on_hold=on_hold,
        )

    def model_zone(self) -> dt.tzinfo:
        """The time zone dates are shown and filtered in (the policy's)."""
        return self._zone

    def clear_filters(self) -> None:
        """Show every recording the user may see."""
        widgets = (
            self.agent_combo,
            self.team_combo,
            self.purpose_combo,
            self.direction_combo,
            self.show_combo,
        )
        for widget in (*widgets, self.from_edit, self.to_edit):
            widget.blockSignals(True)
        for combo in widgets:
            combo.setCurrentIndex(0)
        self.from_edit.setDate(_NO_DATE)
        self.to_edit.setDate(_NO_DATE)
        for widget in (*widgets, self.from_edit, self.to_edit):
            widget.blockSignals(False)
        self._filters_changed()

    # --- column widths -------------------------------------------------------------------

    def _fits(self, *texts: str) -> int:
        """The width that shows the widest text in full, with the header's sort arrow."""
        metrics = self.view.fontMetrics()
        return max(metrics.horizontalAdvance(t) for t in texts) + _CELL_PADDING

    def _default_widths(self) -> dict[Column, int]:
        model = self.model
        title = {c: str(model.headerData(c, Qt.Orientation.Horizontal)) for c in Column}
        widest = _WIDEST_TIME
        return {
            Column.TEAM: self._fits(title[Column.TEAM], "Team Noord"),
            Column.STARTED: self._fits(title[Column.STARTED], shown_time(_WIDEST_TIME)),
            Column.DURATION: self._fits(title[Column.DURATION], "88:88"),
            Column.DIRECTION: self._fits(
                title[Column.DIRECTION], *(direction_label(d) for d in ("inbound", "outbound"))
            ),
            Column.PURPOSES: self._fits(title[Column.PURPOSES]),
            Column.RETENTION: self._fits(
                title[Column.RETENTION],
                # The usual value; rarer, longer ones ("on hold") show whole in the tooltip.
                days_left(widest + dt.timedelta(days=365), widest),
            ),
        }

    def _widen_for_titles(self, purposes: Sequence[Purpose]) -> None:
        """Aim to show a purpose's title in full (see _fit_purposes)."""
        titles = [purpose_title(p) for p in purposes if p.id]
        header_width = self._fits(
            str(self.model.headerData(Column.PURPOSES, Qt.Orientation.Horizontal))
        )
        self._purposes_wanted = max(
            header_width, min(self._fits(*titles), _PURPOSES_MAX) if titles else 0
        )
        self._fit_purposes()

    def _fit_purposes(self) -> None:
        """Give the purposes column its title's width, or what the table can spare.

        The purposes column gives way first, down to its header's width, so the agent's name
        keeps room and no horizontal scroll bar appears; where even that leaves the agent's
        name too little room (an administrator's extra Team column, a narrow window), the
        column steps aside until there is room again: the details panel lists the purposes
        too. Once the user sets its width (or a remembered one is restored), it is theirs.
        """
        if not self._purposes_auto:
            return
        others = sum(
            self.view.columnWidth(c)
            for c in Column
            if c not in (Column.AGENT, Column.PURPOSES) and not self.view.isColumnHidden(c)
        )
        spare = self.view.viewport().width() - others - self._fits(_AGENT_ROOM)
        smallest = self._purposes_header()
        width = max(smallest, min(self._purposes_wanted, spare))
        self._fitting = True
        if spare < smallest:
            self.view.setColumnWidth(Column.PURPOSES, width)
            self.view.setColumnHidden(Column.PURPOSES, True)
        else:
            self.view.setColumnHidden(Column.PURPOSES, False)
            self.view.setColumnWidth(Column.PURPOSES, width)
        self._fitting = False

    def _purposes_header(self) -> int:
        return self._fits(str(self.model.headerData(Column.PURPOSES, Qt.Orientation.Horizontal)))

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        # Only a visible column can be dragged: a hidden one resized is a remembered layout
        # from a narrow window being put back, and the fit stays automatic.
        hidden = self.view.isColumnHidden(Column.PURPOSES)
        if column == Column.PURPOSES and not self._fitting and not hidden:
            self._purposes_auto = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the purposes column whenever the table's width changes (window, splitter)."""
        # The viewport's own event: by then it has its new width.
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_purposes()
        return False

    # --- filters ------------------------------------------------------------------------

    def _fill_choices(self, choices: _Choices) -> None:
        teams, agents, purposes = choices.teams, choices.agents, choices.policy.purposes
        lists: list[tuple[QComboBox, str, list[tuple[str, object]]]] = [
            (self.agent_combo, self.tr("All agents"), [(a.name, a.id) for a in agents]),
            (self.team_combo, self.tr("All teams"), [(t.name, t.id) for t in teams]),
            (
                self.purpose_combo,
                self.tr("All purposes"),
                [(purpose_title(p), p.id) for p in purposes if p.id],
            ),
            (
                self.direction_combo,
                self.tr("Both directions"),
                [(direction_label(d), d) for d in ("inbound", "outbound")],
            ),
        ]
        for combo, everything, items in lists:
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            found = combo.findData(kept) if kept is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        # One team needs no team filter or column: everything shown is that team.
        several = len(teams) > 1
        self.team_combo.setVisible(several)
        self.view.setColumnHidden(Column.TEAM, not several)
        self._fit_purposes()

    @staticmethod
    def _day_start(day: QDate, zone: dt.tzinfo, days_after: int = 0) -> dt.datetime | None:
        if day == _NO_DATE:
            return None
        start = dt.datetime(day.year(), day.month(), day.day(), tzinfo=zone)
        return start + dt.timedelta(days=days_after)

    def _filters_changed(self) -> None:
        self.filter_timer.stop()
        self.model.set_filters(self.current_filters())

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if Column(column) not in SORT_KEYS:
            # The purposes column has no order in the database: keep the last sort.
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self._sort_column, self._sort_order)
            header.blockSignals(False)
            return
        self._sort_column, self._sort_order = column, order
        self.model.sort(column, order)

    # --- selection ----------------------------------------------------------------------

    def _loaded(self, kept_row: int | None) -> None:
        """New rows arrived: choose the kept recording again, or show no details."""
        self._show_count()
        if kept_row is not None:
            self.view.selectRow(kept_row)
            self.view.scrollTo(self.model.index(kept_row, 0))
        else:
            self.show_selected()

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self._busy_delay.start()
        else:
            self._busy_delay.stop()

    def _show_count(self) -> None:
        total = self.model.total
        self.count_label.setText(
            self.tr("1 recording") if total == 1 else self.tr("{n} recordings").format(n=total)
        )
        filtered = self.model.filters != RecordingFilter()
        if total == 0:
            self.empty_label.setText(
                self.tr("No recording matches these filters.")
                if filtered
                else self.tr(
                    "No recordings yet. Recordings appear here once calls have been imported."
                )
            )
        self.empty_label.setVisible(total == 0)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_selected()

    def show_selected(self) -> None:
        """Show the selected recording's facts, holds and what became of its audio."""
        recording_id = self.selected_recording_id()
        self._shown_id = recording_id
        self.details.hold_button.hide()
        self.details.release_button.hide()
        if recording_id is None:
            self.details.show_detail(None)
            return
        self.ops.query(
            self,
            lambda s: _read_selected(s, recording_id),
            lambda selected: self._selected_read(recording_id, selected),
        )

    def _selected_read(self, recording_id: int, selected: _Selected) -> None:
        if recording_id != self._shown_id:
            return  # the user chose another row meanwhile
        self.details.show_detail(
            selected.detail,
            self._zone,
            self.model.purpose_name,
            holds=selected.holds,
            tombstone=selected.tombstone,
        )
        if selected.detail is None:
            return
        self._active_holds = selected.active_holds
        self._hold_purposes = selected.hold_purposes
        self.details.hold_button.setVisible(bool(self._hold_purposes))
        self.details.release_button.setVisible(bool(self._active_holds))

    def place_hold(self) -> PlaceHoldDialog | None:
        """Ask for the case and reason, then keep the selected recording as evidence."""
        recording_id = self.selected_recording_id()
        if recording_id is None or not self._hold_purposes:
            return None
        dialog = PlaceHoldDialog(
            self.ops, recording_id, self._hold_purposes, self._dialog_actions, self
        )
        dialog.open()
        return dialog

    def release_hold(self) -> ReleaseHoldDialog | None:
        """Ask why, then release the selected recording's (first) active hold."""
        if not self._active_holds:
            return None
        dialog = ReleaseHoldDialog(self.ops, self._active_holds[0], self._dialog_actions, self)
        dialog.open()
        return dialog

    def _activated(self, index: QModelIndex) -> None:
        value = self.model.data(index, RECORDING_ID_ROLE)
        if value is not None:
            self.listen_requested.emit(int(value))

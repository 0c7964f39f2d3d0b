"""The Recordings page: what the user may see of the stored calls, filtered and sorted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.policy import Purpose
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.recordings import RecordingsService
from supervisor_app.services.retention import HoldRow, RetentionService
from supervisor_app.ui.hold_dialogs import PlaceHoldDialog, ReleaseHoldDialog
from supervisor_app.ui.labels import purpose_title
from supervisor_app.ui.recording_details import RecordingDetails
from supervisor_app.ui.recording_labels import direction_label, policy_zone, purpose_names
from supervisor_app.ui.recordings_model import RECORDING_ID_ROLE, SORT_KEYS, Column, RecordingsModel
from supervisor_app.vault.recordings_repo import RecordingFilter

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
        recordings: RecordingsService,
        people: PeopleService,
        policy: PolicyService,
        retention: RetentionService,
        *,
        may_import: bool,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._recordings = recordings
        self._people = people
        self._policy = policy
        self._retention = retention
        self._dialog_actions = dialog_actions
        current = policy.current()
        self.model = RecordingsModel(recordings, policy_zone(current), purpose_names(current))

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
        bar = QHBoxLayout()
        bar.setSpacing(6)
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
        bar.addWidget(self.agent_combo)
        bar.addWidget(self.team_combo)
        for label, edit in ((self.tr("&From:"), self.from_edit), (self.tr("T&o:"), self.to_edit)):
            caption = QLabel(label)
            caption.setBuddy(edit)
            bar.addWidget(caption)
            bar.addWidget(edit)
        bar.addWidget(self.purpose_combo)
        bar.addWidget(self.direction_combo)
        bar.addWidget(self.show_combo)
        bar.addWidget(self.clear_button)
        bar.addStretch()

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
        # Fixed widths, not ResizeToContents (which would read every row); the agent's name
        # takes what is left, so the table fits beside the details panel without scrolling.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.AGENT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in (
            (Column.TEAM, 86),
            (Column.STARTED, 118),
            (Column.DURATION, 52),
            (Column.DIRECTION, 78),
            (Column.PURPOSES, 102),
            (Column.RETENTION, 96),
        ):
            self.view.setColumnWidth(column, width)
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
        table_column.addWidget(self.view, 1)
        table_column.addWidget(self.empty_label)
        table_column.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(table_side)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([600, 300])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self._fill_choices()
        self.show_combo.currentIndexChanged.connect(self._filters_changed)
        for combo in (self.agent_combo, self.team_combo, self.purpose_combo, self.direction_combo):
            # Wide enough for "All purposes"; a long purpose title shows in full when open.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(13)
            combo.currentIndexChanged.connect(self._filters_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._filters_changed)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._show_count)
        self.model.reload()

    # --- public -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the lists again (after an import, or when the policy changed)."""
        current = self._policy.current()
        self.model.set_labels(policy_zone(current), purpose_names(current))
        self._fill_choices()
        self.model.set_filters(self.current_filters())

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
        return policy_zone(self._policy.current())

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

    # --- filters ------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        teams = self._people.teams()
        agents = sorted(self._people.agents(), key=lambda a: a.name.casefold())
        purposes = self._policy.current().purposes
        choices: list[tuple[QComboBox, str, list[tuple[str, object]]]] = [
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
        for combo, everything, items in choices:
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

    @staticmethod
    def _day_start(day: QDate, zone: dt.tzinfo, days_after: int = 0) -> dt.datetime | None:
        if day == _NO_DATE:
            return None
        start = dt.datetime(day.year(), day.month(), day.day(), tzinfo=zone)
        return start + dt.timedelta(days=days_after)

    def _filters_changed(self) -> None:
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

    def _after_reset(self) -> None:
        self.details.show_detail(None)
        self._show_count()

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
        found = self._recordings.detail(recording_id) if recording_id else None
        holds = self._retention.holds(recording_id=recording_id) if found and recording_id else []
        stone = self._retention.tombstone(recording_id) if found and recording_id else None
        self.details.show_detail(
            found, self.model_zone(), self.model.purpose_name, holds=holds, tombstone=stone
        )
        if found is None or recording_id is None:
            return
        today = self._retention.today()
        self._active_holds = [h for h in holds if h.active(today)]
        self._hold_purposes = self._retention.hold_purposes(recording_id)
        self.details.hold_button.setVisible(bool(self._hold_purposes))
        self.details.release_button.setVisible(bool(self._active_holds))

    def place_hold(self) -> PlaceHoldDialog | None:
        """Ask for the case and reason, then keep the selected recording as evidence."""
        recording_id = self.selected_recording_id()
        if recording_id is None or not self._hold_purposes:
            return None
        dialog = PlaceHoldDialog(
            self._retention, recording_id, self._hold_purposes, self._dialog_actions, self
        )
        dialog.accepted.connect(self._holds_changed)
        dialog.open()
        return dialog

    def release_hold(self) -> ReleaseHoldDialog | None:
        """Ask why, then release the selected recording's (first) active hold."""
        if not self._active_holds:
            return None
        dialog = ReleaseHoldDialog(
            self._retention, self._active_holds[0], self._dialog_actions, self
        )
        dialog.accepted.connect(self._holds_changed)
        dialog.open()
        return dialog

    def _holds_changed(self) -> None:
        chosen = self.selected_recording_id()
        self.model.reload()
        self._reselect(chosen)

    def _reselect(self, recording_id: int | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.data(self.model.index(row, 0), RECORDING_ID_ROLE) == recording_id:
                self.view.selectRow(row)
                return

    def _activated(self, index: QModelIndex) -> None:
        value = self.model.data(index, RECORDING_ID_ROLE)
        if value is not None:
            self.listen_requested.emit(int(value))

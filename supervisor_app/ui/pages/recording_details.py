"""The details panel beside the recordings table: stored facts about one call, never audio."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.services.recordings import RecordingDetail
from supervisor_app.services.retention import HoldRow, Tombstone
from supervisor_app.ui.words.recording_labels import (
    days_left,
    direction_label,
    duration_text,
    megabytes,
)
from supervisor_app.ui.words.time_format import shown_date, shown_time


class RecordingDetails(QGroupBox):
    """Batch, times, what the call is kept for and until when, and the audio's format.

    ``action_row`` is an empty row under the facts where the listening feature puts its button;
    ``hold_button`` and ``release_button`` below it place and release evidence holds (the
    page decides when they are offered).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Details"), parent)
        # Narrow, to leave the table its columns at 1024 pixels: each caption stands above
        # its value rather than beside it.
        self.setMinimumWidth(220)
        self.placeholder = QLabel(self.tr("Select a recording to see its details."))
        self.placeholder.setWordWrap(True)
        self.facts = QWidget()
        self.form = QFormLayout(self.facts)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.action_row = QHBoxLayout()
        self.hold_button = QPushButton(self.tr("&Keep as evidence…"))
        self.hold_button.setToolTip(
            self.tr("Keep this recording past its retention for a concrete case")
        )
        self.release_button = QPushButton(self.tr("Release &hold…"))
        hold_row = QHBoxLayout()
        hold_row.addWidget(self.hold_button)
        hold_row.addWidget(self.release_button)
        hold_row.addStretch()
        # The facts scroll when a long recording's do not fit; the buttons stay in view.
        self.facts_area = QScrollArea()
        self.facts_area.setWidgetResizable(True)
        self.facts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.facts_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        facts_column = QWidget()
        column = QVBoxLayout(facts_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.facts)
        column.addStretch(1)
        self.facts_area.setWidget(facts_column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.facts_area, 1)
        layout.addLayout(self.action_row)
        layout.addLayout(hold_row)
        self.recording_id: int | None = None
        self.show_detail(None)

    def show_detail(
        self,
        found: RecordingDetail | None,
        zone: dt.tzinfo = dt.UTC,
        purpose_name: Callable[[str], str] = str,
        holds: Sequence[HoldRow] = (),
        tombstone: Tombstone | None = None,
    ) -> None:
        """Show one recording's facts, or the placeholder when nothing is selected."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.recording_id = found.summary.id if found else None
        self.placeholder.setVisible(found is None)
        self.facts_area.setVisible(found is not None)
        if found is None:
            self.hold_button.hide()
            self.release_button.hide()
            return
        s = found.summary
        now = dt.datetime.now(dt.UTC)
        rows = [
            (self.tr("Agent:"), s.agent_name),
            (self.tr("Team:"), s.team_name),
            (self.tr("Call started:"), shown_time(s.started_at)),
            (self.tr("Duration:"), duration_text(s.duration_s)),
            (self.tr("Direction:"), direction_label(s.direction)),
        ]
        if s.queue:
            rows.append((self.tr("Queue:"), s.queue))
        if s.campaign:
            rows.append((self.tr("Campaign:"), s.campaign))
        rows += [
            (self.tr("Import batch:"), str(s.batch_id)),
            (self.tr("Stored:"), shown_time(s.stored_at)),
        ]
        if tombstone is not None:
            rows.append((self.tr("Deleted:"), self._gone(tombstone, zone)))
            rows.append(
                (
                    self.tr("Was kept for:"),
                    "\n".join(purpose_name(p) for p, _ in tombstone.purposes),
                )
            )
        else:
            kept = [
                self.tr("{purpose}:\nuntil {date} ({left})").format(
                    purpose=purpose_name(p.purpose_id),
                    date=shown_date(p.retain_until),
                    left=days_left(p.retain_until, now),
                )
                for p in s.purposes
            ]
            rows.append((self.tr("Kept for:"), "\n".join(kept)))
        for hold in holds:
            rows.append((self.tr("On hold:"), self._hold(hold, zone, purpose_name)))
        channels = (
            self.tr("mono")
            if found.channels == 1
            else self.tr("{n} channels").format(n=found.channels)
        )
        rows.append(
            (
                self.tr("Audio:"),
                self.tr("FLAC, {rate} Hz, {channels}").format(
                    rate=found.samplerate, channels=channels
                ),
            )
        )
        rows.append((self.tr("Size:"), megabytes(found.audio_size)))
        for caption, value in rows:
            # No word wrap: wrapped labels in a form get squeezed to the wrong height.
            self.form.addRow(caption, QLabel(value))

    def _gone(self, stone: Tombstone, zone: dt.tzinfo) -> str:
        when = shown_date(stone.destroyed_at)
        if stone.kind == "purged":
            return self.tr("on {date}\nits retention had ended").format(date=when)
        if stone.kind == "erased":
            return self.tr("on {date}\nerased on request").format(date=when)
        return self.tr("on {date}\nas a private call").format(date=when)

    def _hold(self, hold: HoldRow, zone: dt.tzinfo, purpose_name: Callable[[str], str]) -> str:
        first = self.tr("case {case}\nfor {purpose}").format(
            case=hold.case_reference, purpose=purpose_name(hold.purpose_id)
        )
        if hold.released_at is not None:
            state = self.tr("released on {date}").format(date=shown_date(hold.released_at))
        elif hold.until is not None:
            state = self.tr("until {date}").format(date=_short(hold.until))
        else:
            state = self.tr("until it is released")
        return f"{first}\n{state}"


def _short(day: dt.date) -> str:
    """A calendar day in the interface language's short date format."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)

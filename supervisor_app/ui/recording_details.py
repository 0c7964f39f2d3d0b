"""The details panel beside the recordings table: stored facts about one call, never audio."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.ui.recording_labels import (
    days_left,
    direction_label,
    duration_text,
    megabytes,
    zoned_date,
    zoned_time,
)
from supervisor_app.vault.recordings_repo import RecordingDetail


class RecordingDetails(QGroupBox):
    """Batch, times, what the call is kept for and until when, and the audio's format.

    ``action_row`` is an empty row under the facts where the listening feature puts its button.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Details"), parent)
        self.setMinimumWidth(300)
        self.placeholder = QLabel(self.tr("Select a recording to see its details."))
        self.placeholder.setWordWrap(True)
        self.facts = QWidget()
        self.form = QFormLayout(self.facts)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.action_row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.facts)
        layout.addLayout(self.action_row)
        layout.addStretch(1)
        self.recording_id: int | None = None
        self.show_detail(None)

    def show_detail(
        self,
        found: RecordingDetail | None,
        zone: dt.tzinfo = dt.UTC,
        purpose_name: Callable[[str], str] = str,
    ) -> None:
        """Show one recording's facts, or the placeholder when nothing is selected."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.recording_id = found.summary.id if found else None
        self.placeholder.setVisible(found is None)
        self.facts.setVisible(found is not None)
        if found is None:
            return
        s = found.summary
        now = dt.datetime.now(dt.UTC)
        rows = [
            (self.tr("Agent:"), s.agent_name),
            (self.tr("Team:"), s.team_name),
            (self.tr("Call started:"), zoned_time(s.started_at, zone)),
            (self.tr("Duration:"), duration_text(s.duration_s)),
            (self.tr("Direction:"), direction_label(s.direction)),
        ]
        if s.queue:
            rows.append((self.tr("Queue:"), s.queue))
        if s.campaign:
            rows.append((self.tr("Campaign:"), s.campaign))
        rows += [
            (self.tr("Import batch:"), str(s.batch_id)),
            (self.tr("Stored:"), zoned_time(s.stored_at, zone)),
        ]
        holds = [
            self.tr("{purpose}:\nuntil {date} ({left})").format(
                purpose=purpose_name(hold.purpose_id),
                date=zoned_date(hold.retain_until, zone),
                left=days_left(hold.retain_until, now),
            )
            for hold in s.purposes
        ]
        rows.append((self.tr("Kept for:"), "\n".join(holds)))
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

"""The Dashboard card about imports: recordings held, and what the latest import did."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from supervisor_app.services.recordings import BatchSummary
from supervisor_app.services.registry import Services
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.dialogs.import_pages import REASONS
from supervisor_app.ui.pages.dashboard_page import Card
from supervisor_app.ui.words.recording_labels import reason_label
from supervisor_app.ui.words.time_format import shown_time

_HEADLINE = "font-weight: 600;"


class ImportCard(Card):
    """How many recordings the user may see, and the newest batch's counts."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Recordings"), parent)
        self._ops = ops
        self.last_import = QLabel()
        self.last_import.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open Recordings"))
        self.add_row(self.last_import, self.open_button)

    def refresh(self) -> None:
        """Read the count and the latest batch again (on the vault worker)."""
        self._ops.query(self, _facts, self.show_facts)

    def show_facts(self, facts: tuple[int, BatchSummary | None]) -> None:
        """Show how many recordings are held and what the latest import did."""
        held, latest = facts
        self.set_headline(
            self.tr("1 recording is held in the vault.")
            if held == 1
            else self.tr("{n} recordings are held in the vault.").format(n=held),
            _HEADLINE,
        )
        if latest is None:
            self.last_import.setText(self.tr("No calls have been imported yet."))
            return
        counts = latest.counts
        when = shown_time(latest.started_at)
        lines = [
            self.tr(
                "Last import {when} (batch {batch}): {imported} of {sampled} sampled calls stored."
            ).format(
                when=when,
                batch=latest.batch_id,
                imported=counts.get("imported", 0),
                sampled=counts.get("sampled", 0),
            )
        ]
        stored = dict(counts.get("excluded", {}))
        # In the order the rules apply, as the wizard lists them (the batch stores them sorted).
        excluded = {r: int(stored[r]) for r in REASONS if int(stored.get(r, 0))}
        if excluded:
            parts = " · ".join(f"{reason_label(k)}: {n}" for k, n in excluded.items())
            lines.append(
                self.tr("Left out {n} calls: {reasons}").format(
                    n=sum(excluded.values()), reasons=parts
                )
            )
        failed = int(counts.get("failed", 0))
        if failed:
            lines.append(self.tr("{n} recordings could not be stored.").format(n=failed))
        if latest.cancelled:
            lines.append(
                self.tr(
                    "That import was cancelled or stopped; import the same export again to "
                    "finish it."
                )
            )
        self.last_import.setText("\n".join(lines))


def _facts(services: Services) -> tuple[int, BatchSummary | None]:
    recordings = services.recordings
    return recordings.count(), recordings.latest_batch()

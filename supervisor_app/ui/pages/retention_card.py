"""The Dashboard card about forgetting on time: the next deletion, what is due, the last purge."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from supervisor_app.services.registry import Services
from supervisor_app.services.retention import Outlook
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.pages.dashboard_page import Card
from supervisor_app.ui.words.time_format import shown_date, shown_time

_HEADLINE = "font-weight: 600;"
_WARN_STYLE = "color: #8a4b00; font-weight: 600;"


class RetentionCard(Card):
    """When recordings are next deleted and how many, holds, and what the last purge did."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Forgetting on time"), parent)
        self._ops = ops
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.add_row(self.details)

    def refresh(self) -> None:
        """Read the outlook again (on the vault worker)."""
        self._ops.query(self, _outlook, self.show_outlook)

    def show_outlook(self, outlook: Outlook) -> None:
        """Show when recordings are next deleted, and what the last purge did."""
        if outlook.due_now == 1:
            self.set_headline(
                self.tr(
                    "1 recording is past its retention period; it is deleted at the next purge "
                    "(after the next unlock, or with supervisor-app purge)."
                ),
                _WARN_STYLE,
            )
        elif outlook.due_now:
            self.set_headline(
                self.tr(
                    "{n} recordings are past their retention period; they are deleted at the "
                    "next purge (after the next unlock, or with supervisor-app purge)."
                ).format(n=outlook.due_now),
                _WARN_STYLE,
            )
        elif outlook.next_deadline is not None:
            headline = (
                self.tr("Next deletion on {date}: 1 recording reaches the end of its retention.")
                if outlook.next_day_count == 1
                else self.tr(
                    "Next deletion on {date}: {n} recordings reach the end of their retention."
                )
            )
            self.set_headline(
                headline.format(date=shown_date(outlook.next_deadline), n=outlook.next_day_count),
                _HEADLINE,
            )
        else:
            self.set_headline(self.tr("No recording is waiting to be deleted."), _HEADLINE)
        lines = []
        if outlook.on_hold == 1:
            lines.append(self.tr("1 recording is kept longer as evidence (on hold)."))
        elif outlook.on_hold:
            lines.append(
                self.tr("{n} recordings are kept longer as evidence (on hold).").format(
                    n=outlook.on_hold
                )
            )
        last = outlook.last_run
        if last is not None and last.finished_at is not None:
            lines.append(
                self.tr("Last purge {when}: {n} recordings deleted.").format(
                    when=shown_time(last.finished_at), n=last.purged
                )
            )
        lines.append(
            self.tr(
                "Recordings are deleted automatically when the retention period of every "
                "purpose they are kept for has ended, counted from the day of the call."
            )
        )
        self.details.setText("\n".join(lines))


def _outlook(services: Services) -> Outlook:
    return services.retention.outlook()

"""The Dashboard card about notices to agents: how many are overdue (red), how many wait."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from supervisor_app.services.registry import Services
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.pages.dashboard_page import _OK_HEADLINE, Card
from supervisor_app.ui.words.notice_labels import OVERDUE_STYLE


class NotificationsCard(Card):
    """Overdue notices first: the one thing on the Dashboard that is already late."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Notices to agents"), parent)
        self._ops = ops
        self.overdue = 0
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Show overdue notices"))
        self.add_row(self.detail, self.open_button)

    def refresh(self) -> None:
        """Count the overdue and pending notices again (on the vault worker)."""
        self._ops.query(self, _counts, self.show_counts)

    def show_counts(self, counts: tuple[int, int]) -> None:
        """Show how many notices are overdue and how many wait within their deadlines."""
        self.overdue, pending = counts
        if self.overdue:
            headline = (
                self.tr("1 notice to an agent is overdue.")
                if self.overdue == 1
                else self.tr("{n} notices to agents are overdue.").format(n=self.overdue)
            )
            self.set_headline(headline, OVERDUE_STYLE)
            self.detail.setText(
                self.tr(
                    "The agents must be told that their calls were recorded or listened to. "
                    "Send the notices now, or record how they were told."
                )
            )
            self.open_button.setText(self.tr("Show overdue notices"))
        else:
            self.set_headline(self.tr("No notice to an agent is overdue."), _OK_HEADLINE)
            self.detail.setText(
                self.tr("No notices wait to be sent.")
                if not pending
                else self.tr("1 notice waits to be sent, within its deadline.")
                if pending == 1
                else self.tr("{n} notices wait to be sent, within their deadlines.").format(
                    n=pending
                )
            )
            self.open_button.setText(self.tr("Open Notifications"))


def _counts(services: Services) -> tuple[int, int]:
    notices = services.notifications
    return notices.overdue_count(), len(notices.pending())

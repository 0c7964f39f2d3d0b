"""The Dashboard card about notices to agents: how many are overdue (red), how many wait."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from supervisor_app.services.notifications import NotificationService
from supervisor_app.ui.dashboard_page import _OK_HEADLINE, Card
from supervisor_app.ui.notice_labels import OVERDUE_STYLE


class NotificationsCard(Card):
    """Overdue notices first: the one thing on the Dashboard that is already late."""

    def __init__(self, notices: NotificationService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Notices to agents"), parent)
        self._notices = notices
        self.overdue = 0
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Show overdue notices"))
        self.add_row(self.detail, self.open_button)

    def refresh(self) -> None:
        """Count the overdue and pending notices again."""
        self.overdue = self._notices.overdue_count()
        pending = len(self._notices.pending())
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

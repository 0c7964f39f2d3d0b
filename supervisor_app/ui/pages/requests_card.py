"""The Dashboard card about requests from agents and callers: overdue ones first, in red."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from supervisor_app.services.requests import SOON_DAYS, RequestCounts
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.pages.dashboard_page import _OK_HEADLINE, Card
from supervisor_app.ui.words.notice_labels import OVERDUE_STYLE
from supervisor_app.ui.words.time_format import local_date


class RequestsCard(Card):
    """How many requests are open and overdue, with a button to the Requests page."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Requests from agents and callers"), parent)
        self._ops = ops
        self.counts: RequestCounts | None = None
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open Requests"))
        self.add_row(self.detail, self.open_button)

    @property
    def overdue(self) -> int:
        """How many requests are past their deadline (0 until counted)."""
        return self.counts.overdue if self.counts is not None else 0

    def refresh(self) -> None:
        """Count the open, overdue and soon-due requests again (on the vault worker)."""
        self._ops.query(self, lambda s: s.requests.counts(), self.show_counts)

    def show_counts(self, counts: RequestCounts) -> None:
        """Overdue first and in red; otherwise how many are open and when the next is due."""
        self.counts = counts
        if counts.overdue:
            self.set_headline(
                self.tr("1 request is overdue.")
                if counts.overdue == 1
                else self.tr("{n} requests are overdue.").format(n=counts.overdue),
                OVERDUE_STYLE,
            )
            self.open_button.setText(self.tr("Show overdue requests"))
        elif counts.open:
            self.set_headline(
                self.tr("No request is overdue."),
                _OK_HEADLINE,
            )
            self.open_button.setText(self.tr("Open Requests"))
        else:
            self.set_headline(self.tr("No request waits for an answer."), _OK_HEADLINE)
            self.open_button.setText(self.tr("Open Requests"))
        if not counts.open:
            # Only an administrator registers; an auditor reads.
            admin = self._ops.services.session.user.is_administrator
            self.detail.setText(
                self.tr("Register a request on the Requests page on the day it arrives.")
                if admin
                else ""
            )
            self.detail.setVisible(admin)
            return
        self.detail.show()
        parts = [
            self.tr("1 request is open.")
            if counts.open == 1
            else self.tr("{n} requests are open.").format(n=counts.open)
        ]
        if counts.due_soon:
            parts.append(
                self.tr("{n} due within {days} days.").format(n=counts.due_soon, days=SOON_DAYS)
            )
        if counts.next_deadline is not None:
            parts.append(
                self.tr("The earliest deadline is {date}.").format(
                    date=local_date(counts.next_deadline)
                )
            )
        if counts.overdue:
            parts.append(
                self.tr("Answer them now: the law gives one month from receipt (art. 12(3) AVG).")
            )
        self.detail.setText(" ".join(parts))

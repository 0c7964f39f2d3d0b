"""The Dashboard, the first page after unlock: what needs attention, as a column of cards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.services.documents import ProtocolStatus
from supervisor_app.services.policy import PolicyStatus
from supervisor_app.services.registry import Services
from supervisor_app.ui.core.operations import ALL_CHANGES, Ops, follow_changes
from supervisor_app.ui.session.passphrase_fields import OK_STYLE
from supervisor_app.ui.words.missing_text import missing_text

_WARN_STYLE = "color: #8a4b00; font-weight: 600;"
_OK_HEADLINE = OK_STYLE + " font-weight: 600;"
# Beyond this many agents the card names a few and points to the full table.
_AGENTS_SHOWN = 12


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # deleteLater waits for the event loop; until then it would paint
            widget.deleteLater()


class Card(QGroupBox):
    """One card: a titled box with a headline and room for rows."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        # A column of row widgets rather than a grid: a grid keeps the height of removed rows.
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(self.rows)

    def add_row(self, text: QLabel, button: QPushButton | None = None) -> None:
        """A row of text, with a button on the right."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(12)
        line.addWidget(text, 1)
        if button is not None:
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.rows.addWidget(row)

    def set_headline(self, text: str, style: str) -> None:
        """The card's main sentence."""
        self.headline.setStyleSheet(style)
        self.headline.setText(text)


class DashboardPage(QWidget):
    """Cards with what needs doing; later features add their own cards with ``add_card``.

    Signals:
        policy_item_requested(str): open the Policy page at this missing item's key.
        documents_requested(): open the Documents page.
        acknowledgements_requested(): open the Documents page at the acknowledgements.
    """

    policy_item_requested = Signal(str)
    documents_requested = Signal()
    acknowledgements_requested = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        title = self.tr("Dashboard")  # outside the f-string, where lupdate finds it
        heading = QLabel(f"<h2>{title}</h2>")
        self.cards = QVBoxLayout()
        self.cards.setSpacing(12)
        self._refreshers: list[Callable[[], None]] = []
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 8, 0)
        column.addLayout(self.cards)
        column.addStretch()
        holder.setMaximumWidth(860)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)

        self.policy_card = Card(self.tr("Recording policy"))
        self.protocol_card = Card(self.tr("Agent protocol"))
        self.add_card(self.policy_card)
        self.add_card(self.protocol_card)
        self.policy_buttons: dict[str, QPushButton] = {}
        self.missing_agent_names: list[str] = []
        self.acknowledgements_button: QPushButton | None = None
        # Everything on the Dashboard sums up other pages: any change may alter it.
        follow_changes(ops, self, ALL_CHANGES, self.refresh)

    def add_card(
        self, card: QWidget, refresh: Callable[[], None] | None = None, *, first: bool = False
    ) -> None:
        """Add a card at the bottom of the column (or the top); refresh() runs with the page."""
        if first:
            self.cards.insertWidget(0, card)
        else:
            self.cards.addWidget(card)
        if refresh is not None:
            self._refreshers.append(refresh)

    def showEvent(self, event: QShowEvent) -> None:
        """Read everything again whenever the page comes into view."""
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Fill the cards from the vault (each card asks the vault worker for its own facts)."""
        self.ops.query(self, _statuses, self._show_statuses)
        for refresh in self._refreshers:
            refresh()

    def _show_statuses(self, statuses: tuple[PolicyStatus, ProtocolStatus]) -> None:
        self._fill_policy(statuses[0])
        self._fill_protocol(statuses[1])

    def _fill_policy(self, status: PolicyStatus) -> None:
        card = self.policy_card
        _clear(card.rows)
        self.policy_buttons = {}
        if status.complete:
            card.set_headline(
                self.tr(
                    "The recording policy (version {n}) is complete: calls can be imported "
                    "and listened to."
                ).format(n=status.policy.version),
                _OK_HEADLINE,
            )
            return
        card.set_headline(
            self.tr(
                "The recording policy is not complete. Until it is, no calls can be imported "
                "or listened to. Still to do:"
            ),
            _WARN_STYLE,
        )
        for item in status.missing:
            text = QLabel(f"• {missing_text(item, status.policy)}")
            text.setWordWrap(True)
            is_document = item.key.startswith("documents.")
            button = QPushButton(self.tr("Open Documents") if is_document else self.tr("Go to"))
            if is_document:
                button.clicked.connect(self.documents_requested)
            else:
                button.clicked.connect(
                    lambda _checked=False, key=item.key: self.policy_item_requested.emit(key)
                )
            card.add_row(text, button)
            self.policy_buttons[item.key] = button

    def _fill_protocol(self, status: ProtocolStatus) -> None:
        card = self.protocol_card
        _clear(card.rows)
        self.acknowledgements_button = None
        self.missing_agent_names = [a.name for a in status.missing]
        if status.version is None:
            card.set_headline(
                self.tr(
                    "No agent protocol has been published yet. Until agents have received it, "
                    "none of their calls are sampled."
                ),
                _WARN_STYLE,
            )
            return
        if not status.missing:
            card.set_headline(
                self.tr("Every agent has received the current protocol (version {v}).").format(
                    v=status.version
                ),
                _OK_HEADLINE,
            )
            return
        count = len(status.missing)
        headline = (
            self.tr(
                "{n} agents have not received the current protocol (version {v}); "
                "their calls are not sampled."
            )
            if count != 1
            else self.tr(
                "1 agent has not received the current protocol (version {v}); "
                "their calls are not sampled."
            )
        )
        card.set_headline(headline.format(n=count, v=status.version), _WARN_STYLE)
        shown = sorted(status.missing, key=lambda a: a.name.casefold())[:_AGENTS_SHOWN]
        names = QLabel("\n".join(f"• {a.name} ({a.team_name})" for a in shown))
        names.setWordWrap(True)
        if count > len(shown):
            names.setText(
                names.text() + "\n" + self.tr("… and {n} more").format(n=count - len(shown))
            )
        button = QPushButton(self.tr("Acknowledgements…"))
        button.clicked.connect(self.acknowledgements_requested)
        card.add_row(names, button)
        self.acknowledgements_button = button


def _statuses(services: Services) -> tuple[PolicyStatus, ProtocolStatus]:
    return services.policy.status(), services.documents.protocol_status()

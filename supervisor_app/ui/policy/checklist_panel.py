"""The completeness checklist beside the policy editor: what is still missing, as links."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from supervisor_app.domain.policy import Policy
from supervisor_app.domain.policy_check import MissingItem
from supervisor_app.ui.session.passphrase_fields import OK_STYLE
from supervisor_app.ui.words.missing_text import missing_text

_LINK_STYLE = "color: #1f4e8c;"
_WARNING_STYLE = "color: #8a5300;"


class ChecklistPanel(QGroupBox):
    """The missing items of the draft; clicking one asks for its field.

    Signals:
        item_activated(str): the key of the item the user clicked.
    """

    item_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Checklist"), parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self._list = QWidget()
        self._rows = QVBoxLayout(self._list)
        self._rows.setContentsMargins(0, 0, 4, 0)
        self._rows.setSpacing(8)
        self._rows.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.item_labels: list[QLabel] = []
        self.keys: list[str] = []
        self._shown: list[str] | None = None

    def show_items(
        self, items: list[MissingItem], draft: Policy, warnings: list[MissingItem] | None = None
    ) -> None:
        """List items (empty: the policy is complete), then warnings, which do not block."""
        warnings = warnings or []
        texts = [f"{item.key}\n{missing_text(item, draft)}" for item in items + warnings]
        if texts == self._shown:
            return  # called on every keystroke; rebuilding would flicker
        self._shown = texts
        if items:
            self.summary.setStyleSheet("")
            self.summary.setText(
                self.tr(
                    "{n} things are missing. Until they are done, no calls can be imported "
                    "or listened to."
                ).format(n=len(items))
                if len(items) != 1
                else self.tr(
                    "One thing is missing. Until it is done, no calls can be imported "
                    "or listened to."
                )
            )
        else:
            self.summary.setStyleSheet(OK_STYLE + " font-weight: 600;")
            self.summary.setText(self.tr("Complete: nothing is missing."))
        for label in self.item_labels:
            self._rows.removeWidget(label)
            label.hide()  # deleteLater waits for the event loop; until then it would still paint
            label.deleteLater()
        self.item_labels = []
        self.keys = [item.key for item in items + warnings]
        for item in items + warnings:
            text = html.escape(missing_text(item, draft))
            style = _WARNING_STYLE if item.warning else _LINK_STYLE
            if item.warning:
                text = html.escape(self.tr("Worth a second look:")) + " " + text
            label = QLabel(f'<a href="{html.escape(item.key)}" style="{style}">{text}</a>')
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            label.linkActivated.connect(self.item_activated)
            self._rows.insertWidget(self._rows.count() - 1, label)
            self.item_labels.append(label)

"""Show a progress widget only when work lasts long enough to notice (about half a second)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

# Anki's rule of thumb: quicker work than this needs no progress at all, and a bar that
# flashes up for a moment only distracts.
SHOW_AFTER_MS = 500


class DelayedShow(QObject):
    """Shows widgets once ``start`` has been running for ``delay_ms``; ``stop`` hides them."""

    def __init__(
        self, *widgets: QWidget, delay_ms: int = SHOW_AFTER_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._widgets = widgets
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._show)
        for widget in widgets:
            widget.hide()

    @property
    def pending(self) -> bool:
        """Whether the widgets will appear unless the work ends first."""
        return self._timer.isActive()

    def start(self) -> None:
        """Work has begun: show the widgets if it is still going after the delay."""
        self._timer.start()

    def stop(self) -> None:
        """Work has ended: cancel the pending show and hide the widgets."""
        self._timer.stop()
        for widget in self._widgets:
            widget.hide()

    def _show(self) -> None:
        for widget in self._widgets:
            widget.show()

"""A dialog's long work, shown: a status line and a bar that appear after a moment, and an error."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.core.progress import DelayedShow
from supervisor_app.ui.core.sizing import grow_to_fit


class WorkProgress(QWidget):
    """Status, progress bar and error line of work a dialog runs on the vault worker.

    The dialog keeps what is its own (the words, whether work runs, how to cancel it); this
    widget only shows it. Status and bar stay hidden for quick work (DelayedShow), and the
    dialog grows when the bar or a wrapped sentence needs room.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self._delay = DelayedShow(self.status, self.bar, parent=self)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.error)

    def begin(self, text: str) -> None:
        """Work has started: a busy bar, shown if it lasts, and no old error."""
        self.error.hide()
        self.bar.setRange(0, 0)
        self.status.setText(text)
        self._delay.start()

    def advance(self, done: int, total: int, text: str) -> None:
        """Show done of total, with the status text that goes with it."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(text)
        if self.bar.isVisible():
            # The bar appeared after a moment; word-wrapped labels above it would be
            # squeezed unless the window grows to make room for it.
            grow_to_fit(self.window())

    def say(self, text: str) -> None:
        """Change the status line only (for instance "Stopping…")."""
        self.status.setText(text)

    def end(self) -> None:
        """Work has ended: hide status and bar (or never show them)."""
        self._delay.stop()

    def show_error(self, text: str) -> None:
        """Show one error sentence and make room for it."""
        self.error.setText(text)
        self.error.show()
        grow_to_fit(self.window())


def percent(done: int, total: int) -> int:
    """done of total as a whole percentage (0 when there is nothing to do)."""
    return 100 * done // max(total, 1)

"""Locks the vault after a spell without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

# Input that shows someone is at the keyboard; paint and timer events are not.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """An application-wide event filter that restarts a timer on every input event.

    Signals:
        timed_out(): no input for the whole interval.
    """

    timed_out = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.timed_out)
        self._watching = False

    @property
    def interval_ms(self) -> int:
        """How long input may pause before the vault locks."""
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        """Change the interval; counting restarts now."""
        self._timer.setInterval(interval_ms)
        if self._watching:
            self._timer.start()

    def start(self) -> None:
        """Watch input from now on (after an unlock)."""
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
        self._watching = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (while locked there is nothing to protect)."""
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False
        self._timer.stop()

    def restart(self) -> None:
        """Count the interval from now."""
        if self._watching:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the count on input; never swallow the event."""
        if event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False

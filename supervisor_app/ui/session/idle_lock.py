"""Locks the vault after a spell without keyboard or mouse input (playback counts as input)."""

from __future__ import annotations

from collections.abc import Callable

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


def _nothing_active() -> bool:
    return False


class IdleWatcher(QObject):
    """An application-wide event filter that restarts a timer on every input event.

    Someone listening to a call is at the desk without touching anything: while
    ``set_activity``'s check says so (a player plays), the interval passing does not lock;
    the count simply starts again. Whoever owns that activity calls ``restart`` when it
    ends (playback paused), so the full interval counts from then.

    Signals:
        timed_out(): no input and no activity for the whole interval.
    """

    timed_out = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._elapsed)
        self._watching = False
        self._active: Callable[[], bool] = _nothing_active

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

    def set_activity(self, active: Callable[[], bool] | None) -> None:
        """Count it as input while active() is true (None: only real input counts)."""
        self._active = active or _nothing_active

    def _elapsed(self) -> None:
        if self._active():
            # A call is playing: a 15-minute call heard without touching the mouse must not
            # lock mid-sentence. Look again after another interval.
            self._timer.start()
            return
        self.timed_out.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the count on input; never swallow the event."""
        if event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False

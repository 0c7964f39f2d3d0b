"""Turns the player's worker-thread callback into a Qt signal delivered on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from supervisor_app.audio.player import Player


class PlayerBridge(QObject):
    """Pass ``bridge.notify`` as the player's on_change; connect to ``changed``.

    The player calls on_change on its own worker thread. Emitting a signal of an object
    that lives on the GUI thread queues the call there, so slots never touch widgets from
    the worker. Slots must not call ListenSession.close() synchronously from on_change
    itself; through the queued signal they may.

    Signals:
        changed(): the player's state changed (playing, paused, ended, failed, closed).
    """

    changed = Signal()

    def notify(self, _player: Player) -> None:
        """The on_change callback; safe on any thread."""
        self.changed.emit()

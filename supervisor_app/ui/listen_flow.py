"""From a recording to a player: the listen dialog, then a player window per open session."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from supervisor_app.audio.sinks import DeviceSink
from supervisor_app.services.listening import ListeningService, ListenSession
from supervisor_app.ui.listen_dialog import ListenDialog
from supervisor_app.ui.listen_labels import seconds_heard
from supervisor_app.ui.player_window import PlayerWindow, SinkFactory
from supervisor_app.ui.tasks import TaskRunner


class ListenFlow(QObject):
    """Opens the listen dialog and, once the gate allowed it, the player window.

    ``sink_factory`` makes each player's output; tests replace it with a memory sink.
    ``runner`` is the app's vault worker: players reclaim a private call's space on it.

    Signals:
        listen_finished(int): a player closed its session (by the user, not by a lock);
            the place for the agent-notification prompt.
        message(str): a sentence for the status bar (the seconds heard).
        audio_destroyed(int): a recording's audio was destroyed as a private call.
    """

    listen_finished = Signal(int)
    message = Signal(str)
    audio_destroyed = Signal(int)

    def __init__(
        self,
        service: ListeningService,
        window: QWidget,
        dialog_actions: Sequence[QAction] = (),
        sink_factory: SinkFactory = DeviceSink,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(window)
        self.service = service
        self.sink_factory = sink_factory
        self._runner = runner
        self._window = window
        self._dialog_actions = list(dialog_actions)
        self._players: list[PlayerWindow] = []
        self._locking = False

    @property
    def players(self) -> list[PlayerWindow]:
        """The player windows still open."""
        return list(self._players)

    def start(self, recording_id: int, description: str = "") -> ListenDialog:
        """Ask for purpose and reason; on Listen the player opens."""
        dialog = ListenDialog(
            self.service, recording_id, description, self._dialog_actions, self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.listen is not None:
                self.open_player(dialog.listen)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def open_player(self, listen: ListenSession) -> PlayerWindow:
        """Show a player window for an open session."""
        player = PlayerWindow(
            self.service,
            listen,
            self.sink_factory,
            self._dialog_actions,
            self._window,
            runner=self._runner,
        )
        player.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        player.listen_finished.connect(lambda session_id: self._finished(player, session_id))
        player.audio_destroyed.connect(self.audio_destroyed)
        self._players.append(player)
        player.show()
        return player

    def close_all(self) -> None:
        """Close every player and its session before the vault locks.

        No listen_finished then: nobody is there to answer a prompt, and the session's
        notification waits on the dashboard.
        """
        self._locking = True
        try:
            for player in self.players:
                player.reject()
        finally:
            self._locking = False

    def _finished(self, player: PlayerWindow, session_id: int) -> None:
        if player in self._players:
            self._players.remove(player)
        summary = player.summary
        if summary is not None:
            self.message.emit(
                self.tr("Listening to recording {n} ended: {s} heard.").format(
                    n=summary.recording_id, s=seconds_heard(summary.seconds_heard)
                )
            )
        if not self._locking:
            self.listen_finished.emit(session_id)

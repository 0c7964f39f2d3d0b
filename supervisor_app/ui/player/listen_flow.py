"""From a recording to a player: the listen dialog, then a player window per open session."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from supervisor_app.audio.sinks import DeviceSink
from supervisor_app.domain.policy import Purpose
from supervisor_app.services.listening import ListenSession
from supervisor_app.services.registry import Services
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.player.listen_dialog import ListenDialog
from supervisor_app.ui.player.player_window import PlayerWindow, SinkFactory
from supervisor_app.ui.words.listen_labels import seconds_heard
from supervisor_app.ui.words.time_format import shown_time


class ListenFlow(QObject):
    """Opens the listen dialog and, once the gate allowed it, the player window.

    ``sink_factory`` makes each player's output; tests replace it with a memory sink.
    ``dialog`` is the listen dialog while one is open (it opens once the vault worker has
    said which purposes the gate allows).

    Signals:
        listen_finished(int): a player closed its session (by the user, not by a lock);
            the place for the agent-notification prompt.
        message(str): a sentence for the status bar (the seconds heard).
        audio_destroyed(int): a recording's audio was destroyed as a private call.
        playback_changed(): a player started, paused, ended or stopped; the idle lock counts
            it as input (see ``is_playing``).
    """

    listen_finished = Signal(int)
    message = Signal(str)
    audio_destroyed = Signal(int)
    playback_changed = Signal()

    def __init__(
        self,
        ops: Ops,
        window: QWidget,
        dialog_actions: Sequence[QAction] = (),
        sink_factory: SinkFactory = DeviceSink,
    ) -> None:
        super().__init__(window)
        self.ops = ops
        self.sink_factory = sink_factory
        self.dialog: ListenDialog | None = None
        self._window = window
        self._dialog_actions = list(dialog_actions)
        self._players: list[PlayerWindow] = []

    @property
    def players(self) -> list[PlayerWindow]:
        """The player windows still open."""
        return list(self._players)

    def is_playing(self) -> bool:
        """Whether a player is playing now: the idle lock waits while one is."""
        return any(player.is_playing for player in self._players)

    def start(self, recording_id: int) -> None:
        """Ask the gate what it allows, then for purpose and reason; on Listen the player opens."""
        self.ops.query(
            self,
            lambda s: _listen_options(s, recording_id),
            lambda found: self._ask(recording_id, *found),
        )

    def _ask(self, recording_id: int, purposes: list[Purpose], description: str) -> None:
        dialog = ListenDialog(
            self.ops,
            recording_id,
            purposes,
            description,
            self._dialog_actions,
            self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if result == QDialog.DialogCode.Accepted and dialog.listen is not None:
                self.open_player(dialog.listen)

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()

    def open_player(self, listen: ListenSession) -> PlayerWindow:
        """Show a player window for an open session."""
        player = PlayerWindow(
            self.ops,
            listen,
            self.sink_factory,
            self._dialog_actions,
            self._window,
        )
        player.listen_finished.connect(lambda session_id: self._finished(player, session_id))
        player.audio_destroyed.connect(self.audio_destroyed)
        player.bridge.changed.connect(self.playback_changed)
        self._players.append(player)
        player.show()
        return player

    def close_all(self) -> None:
        """Close every player and its session before the vault locks.

        No listen_finished then: nobody is there to answer a prompt, and the session's
        notification waits on the dashboard.
        """
        for player in self.players:
            player.closed_by_lock = True
            player.reject()

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
        if not player.closed_by_lock:
            self.listen_finished.emit(session_id)


def _listen_options(services: Services, recording_id: int) -> tuple[list[Purpose], str]:
    """What the gate allows for the recording, and whose call it is and when (for the dialog)."""
    purposes = services.listening.options(recording_id)
    found = services.recordings.detail(recording_id)
    if found is None:
        return purposes, ""
    s = found.summary
    return purposes, " · ".join((s.agent_name, s.team_name, shown_time(s.started_at)))

"""The player: waveform, transport keys, volume, purpose and reason, the private-call button.

For a coaching purpose the scorecard sits beside it (ui/coaching/scorecard_panel.py), with notes as
markers on the waveform: N or a double click adds one, a click on a marker or a note jumps there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.audio.player import Player, PlayerState
from supervisor_app.audio.sinks import DeviceSink, Sink
from supervisor_app.domain.errors import UserFacingError
from supervisor_app.services.listening import ListenSession, ListenSummary
from supervisor_app.ui.coaching.scorecard_panel import ScorecardPanel
from supervisor_app.ui.core.messages import error_label, show_error
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.player.player_bridge import PlayerBridge
from supervisor_app.ui.player.waveform import WaveformView
from supervisor_app.ui.policy.policy_fields import NOTE_STYLE
from supervisor_app.ui.words.error_text import error_text
from supervisor_app.ui.words.labels import purpose_title
from supervisor_app.ui.words.listen_labels import clock, local_moment, seconds_heard

log = logging.getLogger(__name__)

SinkFactory = Callable[[], Sink]
SKIP_SECONDS: Final = 5.0
TICK_MS: Final = 50  # how often the playhead moves while playing
_PRIVATE_STYLE = "QPushButton { color: #b3261e; font-weight: 600; }"


class PlayerWindow(QDialog):
    """Plays one open listen session; closing the window closes the session.

    The session is closed exactly once, whichever way the window goes: Close, Escape,
    the window's close box, the private-call button, or a lock (which rejects dialogs).
    Closing it writes its last intervals on the vault worker; the window hides at once and
    is deleted once that is done (``listen_finished``). A lock queues the session's lock
    after it, on the same worker, so nothing heard is lost.

    After a private call's audio is destroyed, the freed space is reclaimed on the worker
    too (the window may close meanwhile; a lock waits for it).

    Signals:
        listen_finished(int): the session with this id is closed and its intervals written.
        audio_destroyed(int): this recording's audio was destroyed as a private call.
    """

    listen_finished = Signal(int)
    audio_destroyed = Signal(int)

    def __init__(
        self,
        ops: Ops,
        listen: ListenSession,
        sink_factory: SinkFactory = DeviceSink,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.listen = listen
        self.closing = False  # the session's close is queued on the worker (or done)
        self.closed_by_lock = False
        self.summary: ListenSummary | None = None
        self.result_box: QMessageBox | None = None
        self._private_box: QMessageBox | None = None
        detail = listen.recording
        self._samplerate = detail.samplerate
        self._frames = detail.frames
        self.setWindowTitle(self.tr("Listening: recording {n}").format(n=listen.recording_id))
        self.setMinimumWidth(640)
        self.resize(760, 420)
        self._dialog_actions = list(dialog_actions)
        self.addActions(self._dialog_actions)

        self.waveform = WaveformView()
        self.waveform.set_recording(detail.peaks, detail.frames)
        self.waveform.seek_requested.connect(self.seek)
        self.scorecard: ScorecardPanel | None = None
        if listen.purpose.coaching:
            length_ms = round(detail.frames * 1000 / detail.samplerate)
            self.scorecard = ScorecardPanel(ops, listen.id, length_ms)
            self.scorecard.seek_requested.connect(lambda ms: self.seek(self._frame_of(ms)))
            self.scorecard.notes_changed.connect(
                lambda moments: self.waveform.set_markers([self._frame_of(m) for m in moments])
            )
            self.waveform.note_requested.connect(lambda frame: self.add_note(frame))
            self.resize(1180, 620)
        self.error_label = error_label()
        self._build()

        self.bridge = PlayerBridge(self)
        self.bridge.changed.connect(self._refresh)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.player: Player | None = None
        try:
            self.player = listen.player(sink_factory(), on_change=self.bridge.notify)
        except UserFacingError as exc:
            # No device or no PortAudio: nothing plays and nothing counts as heard; the
            # session stays open, empty, until the window closes it.
            self._show_problem(error_text(exc))
        self._refresh()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        summary = self.listen.recording.summary
        heading = QLabel(
            "<b>"
            + self.tr("Recording {n}").format(n=summary.id)
            + "</b> · "
            + " · ".join((summary.agent_name, summary.team_name, local_moment(summary.started_at)))
        )
        heading.setWordWrap(True)
        why = QFormLayout()
        why.setContentsMargins(0, 0, 0, 0)
        purpose = QLabel(purpose_title(self.listen.purpose))
        reason = QLabel(self.listen.reason)
        for label in (purpose, reason):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        why.addRow(self.tr("Purpose:"), purpose)
        why.addRow(self.tr("Reason:"), reason)

        style = self.style()
        self.play_button = self._button(self.tr("Play"))
        self.play_button.clicked.connect(self.toggle)
        self.back_button = self._button(self.tr("−5 s"))
        self.back_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekBackward))
        self.back_button.setToolTip(self.tr("5 seconds back (←)"))
        self.back_button.clicked.connect(lambda: self.skip(-SKIP_SECONDS))
        self.forward_button = self._button(self.tr("+5 s"))
        self.forward_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward))
        self.forward_button.setToolTip(self.tr("5 seconds forward (→)"))
        self.forward_button.clicked.connect(lambda: self.skip(SKIP_SECONDS))
        self.time_label = QLabel()
        self.time_label.setMinimumWidth(90)
        self.heard_label = QLabel()
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(100)
        self.volume_slider.setFixedWidth(110)
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self.volume_slider.valueChanged.connect(self._volume_changed)
        # The arrow keys seek; the slider must not take them when it has focus.
        self.volume_slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        volume_icon = QLabel()
        volume_icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume).pixmap(16))
        volume_icon.setToolTip(self.tr("Volume"))

        transport = QHBoxLayout()
        transport.addWidget(self.play_button)
        transport.addWidget(self.back_button)
        transport.addWidget(self.forward_button)
        transport.addSpacing(8)
        transport.addWidget(self.time_label)
        transport.addStretch()
        transport.addWidget(self.heard_label)
        transport.addSpacing(12)
        transport.addWidget(volume_icon)
        transport.addWidget(self.volume_slider)

        keys = QLabel(
            self.tr("Space: play or pause · ← →: 5 seconds back or forward · click the waveform")
            + (
                self.tr(" · N: a note here · double-click the waveform: a note there")
                if self.scorecard is not None
                else ""
            )
        )
        keys.setWordWrap(True)
        keys.setStyleSheet(NOTE_STYLE)

        self.private_button = self._button(self.tr("This is a &private call…"))
        self.private_button.setStyleSheet(_PRIVATE_STYLE)
        self.private_button.setToolTip(
            self.tr("Stop at once and destroy the audio of a call that is not about work")
        )
        self.private_button.clicked.connect(self.flag_private)
        self.close_button = self._button(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.private_button)
        bottom.addStretch()
        bottom.addWidget(self.close_button)

        player = QVBoxLayout()
        player.addWidget(heading)
        player.addLayout(why)
        player.addWidget(self.error_label)
        player.addWidget(self.waveform, 1)
        player.addLayout(transport)
        player.addWidget(keys)
        player.addSpacing(6)
        player.addLayout(bottom)
        if self.scorecard is None:
            self.setLayout(player)
        else:
            layout = QHBoxLayout(self)
            layout.addLayout(player, 3)
            layout.addSpacing(8)
            layout.addWidget(self.scorecard, 2)

        # Window-wide keys: they work whichever control has focus.
        for key, slot in (
            (Qt.Key.Key_Space, self.toggle),
            (Qt.Key.Key_Left, lambda: self.skip(-SKIP_SECONDS)),
            (Qt.Key.Key_Right, lambda: self.skip(SKIP_SECONDS)),
            *([(Qt.Key.Key_N, lambda: self.add_note())] if self.scorecard is not None else []),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            self.addAction(action)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        # In a dialog Enter presses the default button; here no button may be pressed by
        # accident, least of all the private-call one.
        button.setAutoDefault(False)
        button.setDefault(False)
        return button

    # --- controls ----------------------------------------------------------------------------

    @property
    def is_playing(self) -> bool:
        """Whether audio is playing now (not paused, ended, failed or closing)."""
        player = self.player
        return not self.closing and player is not None and player.state is PlayerState.PLAYING

    def toggle(self) -> None:
        """Play or pause (Space)."""
        if self.player is not None:
            self.player.toggle()

    def skip(self, seconds: float) -> None:
        """Jump back or forward (← and →)."""
        if self.player is not None:
            self.player.skip(seconds)
            self._tick()

    def seek(self, frame: int) -> None:
        """Continue from frame (a click on the waveform)."""
        if self.player is not None:
            self.player.seek(frame)
            self._tick()

    def add_note(self, frame: int | None = None) -> None:
        """Pause and ask for a note at frame (N: at the playhead)."""
        if self.scorecard is None:
            return
        if frame is None:
            frame = self.player.position if self.player is not None else self.waveform.position
        if self.player is not None:
            self.player.pause()
        self.scorecard.add_note_at(round(frame * 1000 / self._samplerate))

    def _frame_of(self, at_ms: int) -> int:
        return min(round(at_ms * self._samplerate / 1000), self._frames)

    def _volume_changed(self, value: int) -> None:
        if self.player is not None:
            self.player.volume = value / 100

    # --- showing -----------------------------------------------------------------------------

    def _show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _refresh(self) -> None:
        """Follow a state change: button, keys, timer, and a problem if playback failed."""
        player = self.player
        state = player.state if player is not None else PlayerState.FAILED
        playing = state is PlayerState.PLAYING
        usable = player is not None and state not in (PlayerState.FAILED, PlayerState.CLOSED)
        icon = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        for widget in (self.play_button, self.back_button, self.forward_button, self.waveform):
            widget.setEnabled(usable)
        self.volume_slider.setEnabled(usable)
        if player is not None and player.error is not None:
            self._show_problem(str(player.error))
        if playing:
            self._timer.start()
        else:
            self._timer.stop()
        self._tick()

    def _tick(self) -> None:
        """Move the playhead and the shading to where the player is."""
        player = self.player
        position = player.position if player is not None else 0
        heard = player.heard if player is not None else []
        self.waveform.set_position(position)
        self.waveform.set_heard(heard)
        self.time_label.setText(
            f"{clock(position / self._samplerate)} / {clock(self._frames / self._samplerate)}"
        )
        heard_s = sum(e - s for s, e in heard) / self._samplerate
        self.heard_label.setText(self.tr("Heard: {s}").format(s=seconds_heard(heard_s)))

    # --- the private call --------------------------------------------------------------------

    def flag_private(self) -> QMessageBox:
        """Stop at once, then ask before the audio is destroyed for good."""
        if self.player is not None:
            self.player.pause()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Private call"),
            self.tr("Is this a private call? Then its audio is destroyed now, for good."),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Nobody can hear this recording again. A record stays of when it was "
                "made, whose call it was and that it was destroyed as a private call, and "
                "the agent will be told."
            )
        )
        destroy = box.addButton(self.tr("&Destroy the audio"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Only the lock: Space and the arrows must not reach the player behind the question.
        box.addActions(self._dialog_actions)

        def answered() -> None:
            self._private_box = None
            if box.clickedButton() is destroy:
                self._destroy()

        box.finished.connect(answered)
        self._private_box = box
        box.open()
        return box

    def _destroy(self) -> None:
        if self.closing:
            return  # the window closed (a lock) while the question was open
        listen = self.listen
        # Stops this session (and any other on the recording) before the audio goes, on the
        # worker. The destruction is one quick transaction; giving the space back may rewrite
        # the whole vault, so that is a second step the window does not wait for.
        self._ops.change(
            self,
            lambda s: s.listening.flag_private(listen, confirm=True, reclaim=False),
            lambda _stone: self._destroyed(),
            changes={Change.RECORDINGS, Change.LISTENS, Change.NOTICES},
        )

    def _destroyed(self) -> None:
        self._ops.change(
            self._ops, lambda s: s.listening.reclaim_space(), changes=(), failed=_not_reclaimed
        )
        self.summary = self.listen.close()  # closed by flag_private already: no vault work
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Private call"),
            self.tr("The audio of recording {n} was destroyed.").format(n=self.listen.recording_id),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setInformativeText(
            self.tr(
                "A record of the destruction is in the audit log, and the agent will be "
                "told that a private call was met and destroyed."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_box = box
        self.audio_destroyed.emit(self.listen.recording_id)
        self.closing = True  # the session is closed: done() has nothing left to write
        self.reject()
        self.listen_finished.emit(self.listen.id)
        self.deleteLater()
        box.open()

    # --- closing -----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Close the listen session (once), then the window."""
        if self._private_box is not None:
            self._private_box.reject()
        self._finish()
        super().done(result)

    def _finish(self) -> None:
        if self.closing:
            return
        self.closing = True
        self._timer.stop()
        listen = self.listen
        # The pages hear of it from _closed, not from the change itself: a lock queues this
        # close and deletes the main window (and its Ops) before the answer comes back.
        self._ops.change(
            self,
            lambda _s: listen.close(),
            self._closed,
            changes=(),
            failed=self._close_failed,
        )

    def _closed(self, summary: ListenSummary) -> None:
        self.summary = summary
        self._ops.announce(Change.LISTENS, Change.NOTICES)
        self.listen_finished.emit(self.listen.id)
        self.deleteLater()

    def _close_failed(self, exc: UserFacingError) -> None:
        # The intervals flushed so far stay in the session; say what went wrong.
        log.warning("listen session %s could not be closed: %s", self.listen.id, exc)
        show_error(self.parentWidget(), exc)
        self._closed(
            ListenSummary(
                self.listen.id,
                self.listen.recording_id,
                self.listen.purpose.id,
                tuple(self.listen.heard),
                self._samplerate,
            )
        )


def _not_reclaimed(exc: UserFacingError) -> None:
    # The audio is gone already; when the vault was busy the space waits for the next reclaim.
    log.warning("freed space not reclaimed: %s", exc)

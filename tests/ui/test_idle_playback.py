"""Playback counts as input for the idle lock; a lock request during playback ends the listen."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervisor_app.audio.player import Player, PlayerState, frames_in
from supervisor_app.services.session import Session
from supervisor_app.ui.player.player_window import PlayerWindow
from supervisor_app.ui.session.controller import AppController
from supervisor_app.ui.session.main_window import MainWindow
from supervisor_app.vault import listen_repo
from tests.integration.test_listen import REASON, Vault, build_vault
from tests.ui.conftest import MakeController, on_worker, unlock
from tests.ui.test_player_lock import LEAD_PASSPHRASE, listen_dialog, stored_sessions
from tests.ui.test_player_window import PacedSink

IDLE_MS = 1_000
# QTimer may fire a few percent early; a lock counted from the last poll instead of from the
# end of playback would come anywhere in the interval.
TIMER_SLACK = 0.9


def playing(player: Player) -> bool:
    """Whether the player is playing now (a call, so the state is read afresh each time)."""
    return player.state is PlayerState.PLAYING


def team_lead_listening(
    qtbot: QtBot,
    make_controller: MakeController,
    admin_session: Session,
    tmp_path: Path,
    sink: PacedSink,
    recording: str,
) -> tuple[AppController, MainWindow, PlayerWindow, Player]:
    """The team lead, signed in with a short idle lock, plays a call; the last input is Space."""
    vault: Vault = build_vault(admin_session, tmp_path)
    folder = admin_session.vault.folder
    admin_session.lock()
    controller = make_controller(folder, idle_ms=IDLE_MS)
    controller.start()
    main = unlock(qtbot, controller, "bram", LEAD_PASSPHRASE)
    main.listen_flow.sink_factory = lambda: sink
    dialog = listen_dialog(qtbot, main, getattr(vault, recording))
    dialog.reason_edit.setPlainText(REASON)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(main.listen_flow.players))
    window = main.listen_flow.players[0]
    player = window.player
    assert player is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: playing(player))
    return controller, main, window, player


def test_a_call_heard_without_input_does_not_lock_and_the_lock_follows_its_end(
    qtbot: QtBot, make_controller: MakeController, admin_session: Session, tmp_path: Path
) -> None:
    # A block of 0.1 s every 20 ms: the 20 s call plays for about four idle intervals.
    sink = PacedSink(pace_s=0.02)
    controller, main, window, player = team_lead_listening(
        qtbot, make_controller, admin_session, tmp_path, sink, "noord"
    )
    ended: list[float] = []
    main.listen_flow.playback_changed.connect(
        lambda: ended.append(time.monotonic()) if player.state is PlayerState.ENDED else None
    )

    qtbot.wait(2 * IDLE_MS)  # no input: only the call playing
    assert controller.session is not None and controller.main_window is main
    assert playing(player) and window.isVisible()

    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    assert controller.session is not None  # still signed in when the call ends
    qtbot.waitUntil(lambda: controller.session is None, timeout=5 * IDLE_MS)
    locked_after = time.monotonic() - ended[0]
    # The whole interval counts from the end of playback, not from the last look.
    assert locked_after >= TIMER_SLACK * IDLE_MS / 1000

    assert player.state is PlayerState.CLOSED and sink.closed
    [row] = stored_sessions(controller.folder)
    assert row.state == listen_repo.CLOSED
    assert row.intervals == ((0, player.frames),) == tuple(player.heard)


def test_a_lock_request_during_playback_ends_the_listen_with_what_was_heard(
    qtbot: QtBot, make_controller: MakeController, admin_session: Session, tmp_path: Path
) -> None:
    # A block of 0.1 s every 50 ms: the 40 s call would play for 20 s.
    sink = PacedSink(pace_s=0.05)
    controller, main, window, player = team_lead_listening(
        qtbot, make_controller, admin_session, tmp_path, sink, "campaign"
    )
    qtbot.wait(2 * IDLE_MS)
    assert controller.session is not None and playing(player)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.session is None, timeout=10_000)

    assert player.state is PlayerState.CLOSED and sink.closed
    heard = tuple(player.heard)
    assert heard and frames_in(heard) == sink.taken < player.frames
    # Signed in again, the listen log holds the session closed with every frame heard
    # (an unlock marks a session a lock left open as interrupted instead).
    # The unlock screen takes a click once the worker's answer to the player's close is in.
    qtbot.waitUntil(lambda: not controller.runner.busy)
    main = unlock(qtbot, controller, "bram", LEAD_PASSPHRASE)
    [row] = on_worker(main, lambda s: s.listening.sessions())
    assert row.state == listen_repo.CLOSED and row.ended_at is not None
    assert row.intervals == heard

"""Locking with a player open (Ctrl+L while it plays, or idle once paused) writes its session."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from supervisor_app.audio.player import PlayerState
from supervisor_app.services.session import Session
from supervisor_app.ui.player.listen_dialog import ListenDialog
from supervisor_app.ui.session.main_window import MainWindow
from supervisor_app.vault import audit, listen_repo, retention_repo
from supervisor_app.vault.db import Connection
from supervisor_app.vault.listen_repo import ListenFilter
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_listen import REASON, build_vault
from tests.integration.test_listen_private import vault_bytes
from tests.ui.conftest import MakeController, unlock
from tests.ui.test_player_window import PacedSink, answer

LEAD_PASSPHRASE = "stille-uil-telt-sterren-bram"  # as build_vault gives it
SHORT_IDLE_MS = 1_500


def listen_dialog(qtbot: QtBot, main: MainWindow, recording_id: int) -> ListenDialog:
    """Start listening as the Listen… button does; the dialog opens once the worker answers."""
    main.listen_to(recording_id)
    qtbot.waitUntil(lambda: main.listen_flow.dialog is not None)
    dialog = main.listen_flow.dialog
    assert dialog is not None
    return dialog


def stored_sessions(folder: Path) -> list[listen_repo.ListenRow]:
    unlocked = LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE)
    conn = unlocked.connect()
    try:
        return listen_repo.sessions(conn, ListenFilter())
    finally:
        conn.close()
        unlocked.lock()


@pytest.mark.parametrize("how", ["ctrl_l", "idle"])
def test_locking_during_playback_closes_the_player_and_its_session(
    qtbot: QtBot,
    make_controller: MakeController,
    admin_session: Session,
    tmp_path: Path,
    how: str,
) -> None:
    vault = build_vault(admin_session, tmp_path)
    folder = admin_session.vault.folder
    admin_session.lock()
    controller = make_controller(folder, idle_ms=SHORT_IDLE_MS if how == "idle" else 60_000)
    controller.start()
    main = unlock(qtbot, controller, "bram", LEAD_PASSPHRASE)
    sink = PacedSink()
    main.listen_flow.sink_factory = lambda: sink
    finished: list[int] = []
    main.listen_flow.listen_finished.connect(finished.append)

    dialog = listen_dialog(qtbot, main, vault.campaign)
    dialog.reason_edit.setPlainText(REASON)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(main.listen_flow.players))
    window = main.listen_flow.players[0]
    player = window.player
    assert player is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING)
    qtbot.waitUntil(lambda: sink.taken > 0)

    if how == "ctrl_l":
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        # Playing counts as being at the desk (tests/ui/test_idle_playback.py): the idle
        # lock comes once the user paused and walked away.
        qtbot.keyClick(window, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: player.state is PlayerState.PAUSED)
    qtbot.waitUntil(lambda: controller.session is None, timeout=10_000)

    assert player.state is PlayerState.CLOSED and sink.closed
    # The window deletes itself on close; the main window goes at lock.
    assert not shiboken6.isValid(window) or not window.isVisible()
    assert finished == []  # nobody is there to answer a notification prompt
    [row] = stored_sessions(folder)
    assert row.state == listen_repo.CLOSED and row.ended_at is not None
    assert row.intervals == tuple(player.heard) and row.intervals
    assert row.intervals[0][1] - row.intervals[0][0] == sink.taken


def test_a_lock_waits_for_the_reclaim_after_a_private_call(
    qtbot: QtBot,
    make_controller: MakeController,
    admin_session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = build_vault(admin_session, tmp_path)
    admin_session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    size_before = vault_bytes(vault)
    audio_size = admin_session.conn.execute(
        "SELECT sum(length(data)) FROM audio_chunks WHERE recording_id = ?", (vault.campaign,)
    ).fetchone()[0]
    folder = admin_session.vault.folder
    admin_session.lock()
    started, release = threading.Event(), threading.Event()
    reclaim = retention_repo.reclaim_space

    def held_reclaim(conn: Connection) -> None:
        started.set()
        assert release.wait(10)
        reclaim(conn)

    monkeypatch.setattr(retention_repo, "reclaim_space", held_reclaim)
    controller = make_controller(folder, idle_ms=60_000)
    controller.start()
    main = unlock(qtbot, controller, "bram", LEAD_PASSPHRASE)
    main.listen_flow.sink_factory = PacedSink
    dialog = listen_dialog(qtbot, main, vault.campaign)
    dialog.reason_edit.setPlainText(REASON)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(main.listen_flow.players))
    window = main.listen_flow.players[0]
    window.private_button.click()
    box = window._private_box
    assert box is not None
    answer(box, QMessageBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(started.is_set, timeout=10_000)

    controller.lock_now()
    qtbot.wait(200)
    assert controller.session is not None  # the worker still holds the key
    release.set()
    qtbot.waitUntil(lambda: controller.session is None, timeout=10_000)

    assert vault_bytes(vault) < size_before - audio_size // 2
    unlocked = LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE)
    conn = unlocked.connect()
    try:
        actions = [e.action for e in reversed(audit.entries(conn, limit=2))]
        assert actions == ["private_call_destroyed", "lock"]
        assert int(conn.execute("PRAGMA freelist_count").fetchone()[0]) == 0
    finally:
        conn.close()
        unlocked.lock()

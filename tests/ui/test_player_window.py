"""The player window on a real vault: sink, shading, keys, closing, no device, private call."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from supervisor_app.audio.player import Player, PlayerState
from supervisor_app.audio.sinks import DeviceSink, MemorySink, Sink
from supervisor_app.services.listening import ListeningService, ListenSession
from supervisor_app.services.session import Session
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.player.player_window import PlayerWindow
from supervisor_app.ui.player.waveform import BACKGROUND, HEARD_SHADE
from supervisor_app.ui.words.listen_labels import clock
from supervisor_app.vault import audit, listen_repo, retention_repo
from supervisor_app.vault.db import Connection
from supervisor_app.vault.listen_repo import ListenFilter
from tests.integration.test_listen import REASON, Vault, build_vault
from tests.integration.test_listen_private import vault_bytes
from tests.ui.conftest import on_worker, settle
from tests.ui.test_listen_dialog import worker_ops

TIMEOUT_MS = 10_000


class PacedSink(MemorySink):
    """A memory sink that takes a block every few milliseconds, like a fast sound card.

    Playback then lasts long enough to be seen playing; set ``release`` to let it run free.
    """

    def __init__(self, pace_s: float = 0.01) -> None:
        self.release = threading.Event()
        super().__init__(on_write=lambda _sink, _block: self._pace(pace_s))

    def _pace(self, seconds: float) -> None:
        self.release.wait(seconds)


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    """Policy, agents and three imported recordings; a team lead and a coach of Team Noord."""
    return build_vault(admin_session, tmp_path)


@pytest.fixture
def lead_ops(vault: Vault) -> Iterator[Ops]:
    """The team lead's operations on a vault worker of their own, as after an unlock."""
    with worker_ops(vault.lead) as ops:
        yield ops


@pytest.fixture
def open_player(qtbot: QtBot, vault: Vault, lead_ops: Ops) -> Iterator[Callable[..., PlayerWindow]]:
    """Open a team lead's session on the 20 s call and show a player into the given sink."""
    listens: list[ListenSession] = []
    sinks: list[Sink] = []

    def make(sink: Sink | None = None, recording: int | None = None) -> PlayerWindow:
        vault_recording = recording if recording is not None else vault.noord
        listen = on_worker(
            lead_ops, lambda s: s.listening.open(vault_recording, "training", REASON)
        )
        listens.append(listen)
        chosen = sink if sink is not None else MemorySink()
        sinks.append(chosen)
        window = PlayerWindow(lead_ops, listen, lambda: chosen)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield make
    for sink in sinks:
        if isinstance(sink, PacedSink):
            sink.release.set()
    settle(qtbot, lead_ops)
    on_worker(lead_ops, lambda _s: [listen.close() for listen in listens])


def player_of(window: PlayerWindow) -> Player:
    assert window.player is not None
    return window.player


def stored(vault: Vault, window: PlayerWindow) -> listen_repo.ListenRow:
    rows = ListeningService(vault.admin).sessions(
        ListenFilter(recording_id=window.listen.recording_id)
    )
    return next(r for r in rows if r.id == window.listen.id)


def test_plays_into_the_sink_and_shades_exactly_what_was_heard(
    qtbot: QtBot, open_player: Callable[..., PlayerWindow]
) -> None:
    rate = 8000
    sink = MemorySink(capacity=3 * rate)  # takes 3 s, then the player stops by itself
    window = open_player(sink)
    player, view = player_of(window), window.waveform
    assert window.listen.recording.samplerate == rate

    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() // 4, 20))
    start = view.frame_at(view.width() // 4)
    assert player.position == start
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.state is PlayerState.PAUSED and sink.taken == 3 * rate)
    qtbot.waitUntil(lambda: view.heard == player.heard)

    assert player.heard == [(start, start + 3 * rate)]
    assert sink.format == (rate, 1) and len(sink.frames()) == 3 * rate
    image = view.grab().toImage()
    inside = round(view.x_of(start + rate))
    assert image.pixelColor(inside, 1) == HEARD_SHADE
    assert image.pixelColor(round(view.x_of(start)) - 3, 1) == BACKGROUND
    assert image.pixelColor(round(view.x_of(start + 3 * rate)) + 4, 1) == BACKGROUND
    assert window.heard_label.text() == "Heard: 3.0 s"


def test_space_plays_and_pauses_and_the_arrows_skip_five_seconds(
    qtbot: QtBot, open_player: Callable[..., PlayerWindow]
) -> None:
    window = open_player(PacedSink())
    player = player_of(window)
    rate, frames = player.samplerate, player.frames

    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING)
    # The button follows the player through a queued signal from its worker thread.
    qtbot.waitUntil(lambda: window.play_button.text() == "Pause")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.state is PlayerState.PAUSED)
    qtbot.waitUntil(lambda: window.play_button.text() == "Play")
    at = player.position
    assert 0 < at < frames

    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert player.position == at + 5 * rate
    assert window.time_label.text() == f"{clock((at + 5 * rate) / rate)} / 0:20"
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert player.position == max(at - 5 * rate, 0)
    # The keys work whichever control has the focus.
    window.close_button.setFocus()
    qtbot.keyClick(window.close_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING)
    assert window.isVisible()


def test_closing_the_window_writes_the_session_with_its_intervals(
    qtbot: QtBot, vault: Vault, open_player: Callable[..., PlayerWindow]
) -> None:
    window = open_player()
    player = player_of(window)
    rate = player.samplerate
    player.seek(12 * rate)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.state is PlayerState.ENDED)

    with qtbot.waitSignal(window.listen_finished, timeout=TIMEOUT_MS) as finished:
        qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton)

    assert finished.args == [window.listen.id]
    assert not window.isVisible() and player.state is PlayerState.CLOSED
    row = stored(vault, window)
    assert row.state == listen_repo.CLOSED and row.ended_at is not None
    assert row.intervals == ((12 * rate, player.frames),)
    assert window.summary is not None and window.summary.seconds_heard == pytest.approx(8.0)


def test_without_a_sound_device_nothing_plays_and_nothing_is_heard(
    qtbot: QtBot, vault: Vault, open_player: Callable[..., PlayerWindow]
) -> None:
    window = open_player(DeviceSink(device="no such sound card"))

    assert window.player is None
    assert window.error_label.isVisible()
    assert "Nothing was played and nothing was marked as heard" in window.error_label.text()
    assert not window.play_button.isEnabled() and not window.waveform.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert stored(vault, window).state == listen_repo.OPEN  # on record, until closed

    with qtbot.waitSignal(window.listen_finished, timeout=TIMEOUT_MS):
        window.close()
    row = stored(vault, window)
    assert row.state == listen_repo.CLOSED and row.intervals == ()


def answer(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    button.click()


def test_a_private_call_stops_at_once_and_is_destroyed_after_confirmation(
    qtbot: QtBot, vault: Vault, open_player: Callable[..., PlayerWindow]
) -> None:
    window = open_player(PacedSink())
    player = player_of(window)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING)

    window.private_button.click()
    box = window._private_box
    assert box is not None and box.isVisible()
    qtbot.waitUntil(lambda: player.state is PlayerState.PAUSED)  # before any answer
    assert "destroyed now, for good" in box.text()
    assert "the agent will be told" in box.informativeText()

    answer(box, QMessageBox.ButtonRole.RejectRole)  # Cancel: nothing happens
    assert window.isVisible()
    chunks = "SELECT count(*) FROM audio_chunks WHERE recording_id = ?"
    assert vault.admin.conn.execute(chunks, (vault.noord,)).fetchone()[0] > 0

    window.private_button.click()
    box = window._private_box
    assert box is not None
    with (
        qtbot.waitSignal(window.listen_finished, timeout=TIMEOUT_MS),
        qtbot.waitSignal(window.audio_destroyed) as destroyed,
    ):
        answer(box, QMessageBox.ButtonRole.AcceptRole)

    assert not window.isVisible() and destroyed.args == [vault.noord]
    assert vault.admin.conn.execute(chunks, (vault.noord,)).fetchone()[0] == 0
    assert retention_repo.tombstone(vault.admin.conn, vault.noord) is not None
    row = stored(vault, window)
    assert row.state == listen_repo.PRIVATE_DESTROYED and row.intervals == tuple(player.heard)
    result = window.result_box
    assert result is not None and result.isVisible()
    assert "was destroyed" in result.text() and "agent will be told" in result.informativeText()
    result.close()
    heard = np.array(player.heard)
    assert heard.size and (heard[:, 1] > heard[:, 0]).all()


def test_after_a_private_call_the_space_is_reclaimed_on_the_worker_once_destruction_is_committed(
    qtbot: QtBot,
    vault: Vault,
    open_player: Callable[..., PlayerWindow],
    lead_ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conn = vault.admin.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    size_before = vault_bytes(vault)
    audio_size = conn.execute(
        "SELECT sum(length(data)) FROM audio_chunks WHERE recording_id = ?", (vault.noord,)
    ).fetchone()[0]
    runner = lead_ops.runner
    seen: dict[str, object] = {}
    started, release = threading.Event(), threading.Event()
    reclaim = retention_repo.reclaim_space

    def observed_reclaim(worker_conn: Connection) -> None:
        # What any other connection sees when the reclaim begins: only committed rows.
        seen["gui_thread"] = threading.current_thread() is threading.main_thread()
        other = vault.admin.vault.connect()
        try:
            seen["chunks"] = other.execute(
                "SELECT count(*) FROM audio_chunks WHERE recording_id = ?", (vault.noord,)
            ).fetchall()[0][0]
            seen["tombstone"] = retention_repo.tombstone(other, vault.noord) is not None
            seen["last_entry"] = audit.entries(other, limit=1)[0].action
        finally:
            other.close()
        started.set()
        assert release.wait(TIMEOUT_MS / 1000)
        reclaim(worker_conn)

    monkeypatch.setattr(retention_repo, "reclaim_space", observed_reclaim)
    window = open_player()

    window.private_button.click()
    box = window._private_box
    assert box is not None
    with qtbot.waitSignal(window.listen_finished, timeout=TIMEOUT_MS):
        answer(box, QMessageBox.ButtonRole.AcceptRole)

    # The window is closed and the GUI goes on while the worker reclaims.
    assert not window.isVisible() and runner.busy
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT_MS)
    assert seen == {
        "gui_thread": False,
        "chunks": 0,
        "tombstone": True,
        "last_entry": "private_call_destroyed",
    }
    assert window.result_box is not None and window.result_box.isVisible()
    assert runner.busy
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: vault_bytes(vault) < size_before - audio_size // 2, timeout=TIMEOUT_MS)
    assert int(conn.execute("PRAGMA freelist_count").fetchone()[0]) == 0
    assert audit.verify(conn).intact
    window.result_box.close()

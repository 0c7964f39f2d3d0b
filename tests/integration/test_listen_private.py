"""A private call met while listening: playback stops, the audio is gone, a tombstone stays."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from supervisor_app.audio.player import PlayerState
from supervisor_app.audio.sinks import MemorySink
from supervisor_app.domain.errors import AccessDenied, InputError
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, listen_repo, recordings_repo, retention_repo
from supervisor_app.vault.db import DB_FILE
from tests.integration.test_listen import REASON, TIMEOUT, Vault, build_vault


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    return build_vault(admin_session, tmp_path)


def vault_bytes(v: Vault) -> int:
    folder = v.admin.vault.folder
    return sum(
        (folder / name).stat().st_size
        for name in (DB_FILE, f"{DB_FILE}-wal")
        if (folder / name).exists()
    )


def test_flagging_stops_playback_and_destroys_the_audio(vault: Vault) -> None:
    conn = vault.admin.conn
    detail = recordings_repo.recording(conn, vault.campaign)
    assert detail is not None
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    size_before = vault_bytes(vault)
    service = ListeningService(vault.lead)
    listen = service.open(vault.campaign, "training", REASON)
    halfway = threading.Event()

    def hold_on(sink: MemorySink, block: np.ndarray) -> None:
        if sink.taken >= 8000:
            halfway.set()
            player.pause()

    player = listen.player(MemorySink(on_write=hold_on))
    player.play()
    assert halfway.wait(TIMEOUT)
    player.wait(TIMEOUT)

    stone = service.flag_private(listen, confirm=True, note="agent phoned the dentist")

    assert player.state is PlayerState.CLOSED and listen.is_closed
    row = listen_repo.session(conn, listen.id)
    assert row is not None and row.state == "private_destroyed" and row.intervals
    assert conn.execute(
        "SELECT count(*) FROM audio_chunks WHERE recording_id = ?", (vault.campaign,)
    ).fetchone() == (0,)
    status, peaks, number = conn.execute(
        "SELECT status, (SELECT count(*) FROM recording_peaks k WHERE k.recording_id = r.id),"
        " remote_number FROM recordings r WHERE id = ?",
        (vault.campaign,),
    ).fetchone()
    assert (status, peaks, number) == ("private_destroyed", 0, None)
    # The freed pages went back to the file system: the vault got smaller by about the audio.
    assert vault_bytes(vault) < size_before - detail.audio_size // 2
    assert retention_repo.tombstone(conn, vault.campaign) == stone
    assert (stone.kind, stone.audio_sha256, stone.audio_size) == (
        "private_call",
        detail.audio_sha256,
        detail.audio_size,
    )
    assert stone.reason == "private call: agent phoned the dentist"
    assert [p for p, _ in stone.purposes] == ["training", "dispute"]
    last_two = [e.action for e in reversed(audit.entries(conn, limit=2))]
    assert last_two == ["listen_ended", "private_call_destroyed"]
    entry = audit.entries(conn, limit=1)[0]
    assert entry.actor == "bram" and entry.details["agent_notice"] == "pending"
    assert entry.details["audio_sha256"] == detail.audio_sha256
    assert audit.verify(conn).intact


def test_a_destroyed_call_can_never_be_heard_again(vault: Vault) -> None:
    service = ListeningService(vault.lead)
    service.flag_private(vault.noord, confirm=True)

    assert service.options(vault.noord) == []
    with pytest.raises(AccessDenied, match="private call"):
        service.open(vault.noord, "training", REASON)
    with pytest.raises(InputError, match="no audio"):
        service.flag_private(vault.noord, confirm=True)


def test_flagging_needs_confirmation_and_a_right_to_the_recording(vault: Vault) -> None:
    with pytest.raises(InputError, match="Confirm"):
        ListeningService(vault.lead).flag_private(vault.noord, confirm=False)
    with pytest.raises(AccessDenied):
        ListeningService(vault.lead).flag_private(vault.zuid, confirm=True)
    assert vault.admin.conn.execute("SELECT count(*) FROM recording_tombstones").fetchone() == (0,)


def test_the_space_is_reclaimed_apart_from_the_destruction_on_any_thread(vault: Vault) -> None:
    conn = vault.admin.conn
    detail = recordings_repo.recording(conn, vault.campaign)
    assert detail is not None
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    size_before = vault_bytes(vault)
    service = ListeningService(vault.lead)

    stone = service.flag_private(vault.campaign, confirm=True, reclaim=False)

    # The destruction is complete and on record; only the free pages are still in the file.
    assert conn.execute(
        "SELECT count(*) FROM audio_chunks WHERE recording_id = ?", (vault.campaign,)
    ).fetchone() == (0,)
    assert retention_repo.tombstone(conn, vault.campaign) == stone
    assert audit.entries(conn, limit=1)[0].action == "private_call_destroyed"
    assert int(conn.execute("PRAGMA freelist_count").fetchone()[0]) > 0

    results: list[bool] = []

    def reclaim(busy_timeout_ms: int) -> None:
        with vault.lead.on_this_thread() as own:
            own.conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
            results.append(ListeningService(own).reclaim_space())

    def on_a_worker(busy_timeout_ms: int) -> bool:
        worker = threading.Thread(target=reclaim, args=(busy_timeout_ms,))
        worker.start()
        worker.join(TIMEOUT)
        return results.pop()

    # Another connection writing: not done, and nothing is lost by trying.
    conn.execute("BEGIN IMMEDIATE")
    try:
        assert on_a_worker(100) is False
    finally:
        conn.execute("ROLLBACK")
    assert int(conn.execute("PRAGMA freelist_count").fetchone()[0]) > 0

    assert on_a_worker(5000) is True
    assert int(conn.execute("PRAGMA freelist_count").fetchone()[0]) == 0
    assert vault_bytes(vault) < size_before - detail.audio_size // 2
    assert audit.entries(conn, limit=1)[0].action == "private_call_destroyed"
    assert audit.verify(conn).intact

"""Playback leaves no plaintext on disk: no temporary file, no cache, no decoded audio."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest

from supervisor_app.audio.player import PlayerState
from supervisor_app.audio.sinks import MemorySink
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.session import Session
from supervisor_app.vault.db import DB_FILE
from tests.integration.test_listen import REASON, TIMEOUT, Vault, build_vault, reference

SQLCIPHER_OWN = {f"{DB_FILE}-wal", f"{DB_FILE}-shm"}
MAX_SCAN = 64 * 1024 * 1024


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of this test's own, so other programs' temp files cannot blur the check."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def listing(*folders: Path) -> set[Path]:
    return {p for folder in folders for p in folder.rglob("*") if p.is_file()}


def fragments(pcm: np.ndarray) -> list[bytes]:
    """Stretches of the decoded audio long enough to be unique (the recordings are noisy)."""
    raw = np.ascontiguousarray(pcm).tobytes()
    step = len(raw) // 8
    return [raw[i : i + 64] for i in range(step, len(raw) - 64, step)]


def files_holding(pieces: list[bytes], paths: set[Path]) -> list[Path]:
    found = []
    for path in paths:
        try:
            if path.stat().st_size > MAX_SCAN:
                continue
            data = path.read_bytes()
        except OSError:
            continue  # gone again, or not ours to read
        if any(piece in data for piece in pieces):
            found.append(path)
    return found


def recent_system_temp(since: float) -> set[Path]:
    """Files the whole machine put in the system temp folder since the test began."""
    system = Path("/tmp") if os.name == "posix" else Path(tempfile.gettempdir())
    found = set()
    for entry in system.iterdir():
        try:
            if entry.is_file() and entry.stat().st_mtime >= since:
                found.add(entry)
        except OSError:
            continue
    return found


def test_playback_writes_no_plaintext_anywhere(
    admin_session: Session, tmp_path: Path, private_tmp: Path
) -> None:
    vault: Vault = build_vault(admin_session, tmp_path / "data")
    folder = admin_session.vault.folder
    pcm = reference(admin_session, vault.campaign)
    pieces = fragments(pcm)
    started = time.time()
    before = listing(private_tmp, folder)
    during: list[set[Path]] = []
    holding_during: list[list[Path]] = []

    def look(sink: MemorySink, block: np.ndarray) -> None:
        if sink.taken == 100 * 800:  # ten seconds in, with the player's connection open
            now = listing(private_tmp, folder)
            during.append(now)
            holding_during.append(files_holding(pieces, now | recent_system_temp(started)))

    listen = ListeningService(vault.lead).open(vault.campaign, "training", REASON)
    player = listen.player(MemorySink(on_write=look))
    player.play()
    assert player.wait(TIMEOUT) is PlayerState.ENDED
    listen.close()
    after = listing(private_tmp, folder)

    assert len(during) == 1
    for snapshot in (during[0], after):
        assert {p.name for p in snapshot - before} <= SQLCIPHER_OWN
    assert not any(p.is_relative_to(private_tmp) for p in during[0] | after)
    assert holding_during == [[]]
    assert files_holding(pieces, after | recent_system_temp(started)) == []
    # The check can fail: the same bytes in a file are found.
    (private_tmp / "leak.raw").write_bytes(pcm.tobytes())
    assert files_holding(pieces, listing(private_tmp)) == [private_tmp / "leak.raw"]

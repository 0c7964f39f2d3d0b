"""A real PortAudio stream: ``listen --sink device`` into ALSA's null device.

ALSA's ``null`` PCM takes audio and discards it, so the whole path (sounddevice, PortAudio,
ALSA) runs on machines without a sound card, such as CI. The command runs in a child
process whose HOME holds an .asoundrc naming ``null`` as the default device: PortAudio
reads ALSA's configuration once, when it starts, so the test process itself cannot switch.
"""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from supervisor_app.domain.roles import Role
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, listen_repo
from supervisor_app.vault.listen_repo import ListenFilter
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_listen import REASON, as_user, build_vault

ASOUNDRC = "pcm.!default { type null }\nctl.!default { type hw card 0 }\n"

pytestmark = [
    # Windows and macOS have no null device to play into: there a real stream needs a sound
    # card, which their CI runners lack. PortAudio itself loads there (the installed app's
    # --self-test checks it), and the player feeds it through the same Sink as on Linux.
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="ALSA's null output device is Linux's"
    ),
    pytest.mark.skipif(
        ctypes.util.find_library("portaudio") is None,
        reason="the PortAudio library (libportaudio2) is not installed on this machine",
    ),
]


def test_listen_plays_through_portaudio_and_logs_every_frame(
    admin_session: Session, tmp_path: Path
) -> None:
    built = build_vault(admin_session, tmp_path)
    dirk = as_user(admin_session, "dirk", Role.TEAM_LEAD, ["Team Zuid"])
    # The command below is another program: this one locks every session first (vault.lock).
    for session in (built.lead, built.coach, dirk):
        session.lock()
    (tmp_path / "dirk.pw").write_text("stille-uil-telt-sterren-dirk\n")
    home = tmp_path / "home"
    home.mkdir()
    (home / ".asoundrc").write_text(ASOUNDRC)
    folder = admin_session.vault.folder
    admin_session.lock()

    done = subprocess.run(
        [
            *(sys.executable, "-m", "supervisor_app", "listen", str(built.zuid)),
            *("--purpose", "training", "--reason", REASON, "--sink", "device"),
            *("--vault", str(folder), "--user", "dirk"),
            *("--passphrase-file", str(tmp_path / "dirk.pw")),
        ],
        env={**os.environ, "HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert "heard 2.0 s of 2.0 s" in done.stdout
    session = Session.start(LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE))
    try:
        row = listen_repo.sessions(session.conn, ListenFilter(user_name="dirk"))[0]
        assert (row.recording_id, row.state, row.intervals) == (built.zuid, "closed", ((0, 16000),))
        ended = next(e for e in audit.entries(session.conn) if e.action == "listen_ended")
        assert ended.actor == "dirk" and ended.details["seconds_heard"] == 2.0
    finally:
        session.lock()

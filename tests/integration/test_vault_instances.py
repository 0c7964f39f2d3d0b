"""Two programs on one vault, and a disk that fills up during an import.

The second program to unlock a vault is told who has it open (vault.lock) rather than
racing the first one's writes; a lock whose process died is taken over. A full disk in
the middle of an import gives one sentence and leaves only whole recordings.
"""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from supervisor_app.services import setup
from supervisor_app.services.imports import ImportService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit
from supervisor_app.vault.errors import VaultError
from supervisor_app.vault.instance_lock import LOCK_FILE
from supervisor_app.vault.vault import LockedVault
from tests.children import hard_kill
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, FAST_KDF
from tests.integration.test_import_pipeline import (
    EVERYTHING,
    MONDAY,
    Call,
    prepare_vault,
    write_export,
)

REPO = Path(__file__).resolve().parents[2]
HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from supervisor_app.services.session import unlock
    session = unlock(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
    print("OPEN", flush=True)
    time.sleep(600)
    """
)


@pytest.fixture
def folder(admin_session: Session) -> Path:
    admin_session.lock()
    return admin_session.vault.folder


@pytest.fixture
def holder(folder: Path) -> Iterator[subprocess.Popen[str]]:
    """Another program that has the vault unlocked."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder), ADMIN, ADMIN_PASSPHRASE],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "OPEN"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(30)
    proc.stdout.close()


def test_a_second_program_is_told_who_has_the_vault_open(
    folder: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(VaultError) as caught:
        unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    text = str(caught.value)
    assert f"process {holder.pid}" in text and socket.gethostname() in text
    assert "\n" not in text and text.endswith(".")


def test_a_lock_left_by_a_killed_program_is_taken_over(
    folder: Path, holder: subprocess.Popen[str]
) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(30)
    assert (folder / LOCK_FILE).exists()
    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    session.lock()
    assert not (folder / LOCK_FILE).exists()


# A program killed while it writes the lock: json.dump is where the old code had created
# an empty vault.lock already, which named nobody and so could never be taken over.
DIES_WRITING_THE_LOCK = textwrap.dedent(
    """
    import json, os, signal, sys
    from pathlib import Path
    from supervisor_app.vault import instance_lock

    def dump(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    json.dump = dump
    instance_lock.acquire(Path(sys.argv[1]))
    """
)


def test_a_program_killed_while_writing_the_lock_keeps_nobody_out(folder: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", DIES_WRITING_THE_LOCK, str(folder)], cwd=REPO)
    assert child.wait(60) == -signal.SIGKILL
    assert not (folder / LOCK_FILE).exists()
    drafts = [p.name for p in folder.glob(f"{LOCK_FILE}.*")]
    assert len(drafts) == 1 and drafts[0].startswith(f"{LOCK_FILE}.{child.pid}.")
    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    session.lock()
    assert not list(folder.glob(f"{LOCK_FILE}*")), "the dead program's draft is cleared away"


def test_one_program_may_hold_several_sessions(folder: Path) -> None:
    first = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    second = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    first.lock()
    assert (folder / LOCK_FILE).exists()
    second.lock()
    assert not (folder / LOCK_FILE).exists()


def test_a_lock_from_another_host_is_not_guessed_away(folder: Path) -> None:
    info = {"host": "other-laptop", "user": "ingrid", "pid": 4242, "since": "2026-12-01 09:00"}
    (folder / LOCK_FILE).write_text(json.dumps(info))
    with pytest.raises(VaultError, match="another computer, other-laptop \\(user ingrid"):
        LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE)
    (folder / LOCK_FILE).unlink()
    unlock(folder, ADMIN, ADMIN_PASSPHRASE).lock()


def folder_digest(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in the vault folder with its bytes and modification time."""
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_a_second_process_gets_the_sentence_and_changes_nothing(
    folder: Path, holder: subprocess.Popen[str], tmp_path: Path
) -> None:
    secret = tmp_path / "passphrase"
    secret.write_text(ADMIN_PASSPHRASE + "\n", encoding="utf-8")
    before = folder_digest(folder)
    result = subprocess.run(
        [
            *(sys.executable, "-m", "supervisor_app", "agent", "list", "--vault", str(folder)),
            *("--user", ADMIN, "--passphrase-file", str(secret)),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and result.stdout == ""
    sentence = result.stderr.strip()
    assert sentence.count("\n") == 0 and sentence.endswith(".")
    assert f"process {holder.pid}" in sentence
    assert socket.gethostname() in sentence and getpass.getuser() in sentence
    assert folder_digest(folder) == before  # not the key file, the log, nor the lock


ELSEWHERE = textwrap.dedent(
    """
    import getpass, socket, sys, time
    from pathlib import Path
    # Another computer that reaches the same folder through a network share.
    socket.gethostname = lambda: "balie-07"
    getpass.getuser = lambda: "ingrid"
    from supervisor_app.services.session import unlock
    session = unlock(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
    print("OPEN", flush=True)
    time.sleep(600)
    """
)


def test_a_vault_open_on_another_computer_is_refused_naming_it(folder: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", ELSEWHERE, str(folder), ADMIN, ADMIN_PASSPHRASE],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "OPEN"
        before = folder_digest(folder)
        with pytest.raises(VaultError) as caught:
            unlock(folder, ADMIN, ADMIN_PASSPHRASE)
        sentence = str(caught.value)
        assert "another computer, balie-07 (user ingrid, since" in sentence
        assert "network share" in sentence and "\n" not in sentence
        assert folder_digest(folder) == before
        # Even once that program is gone, this computer cannot tell: the lock stays until
        # someone there closes the vault, or deletes the lock by hand.
        hard_kill(proc)
        with pytest.raises(VaultError, match="balie-07"):
            unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    finally:
        hard_kill(proc)
        proc.stdout.close()
    (folder / LOCK_FILE).unlink()
    unlock(folder, ADMIN, ADMIN_PASSPHRASE).lock()


# --- a full disk ---------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 5 MB file system (tmpfs), mounted for the test; CI and this machine run as root.

    A vault ready to import takes about 2 MB of it (schema, policy, write-ahead log), one
    stored minute of call about 0.85 MB twice over (WAL and database): some recordings fit,
    the eight of the test do not.
    """
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root (as in CI)")
    mount = tmp_path / "small"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=5m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_during_an_import_stores_only_whole_recordings(
    small_disk: Path, tmp_path: Path
) -> None:
    session, _ = setup.create(small_disk / "vault", ADMIN, ADMIN_PASSPHRASE, kdf=FAST_KDF)
    try:
        prepare_vault(session, EVERYTHING)
        calls = [Call("queue", "201", MONDAY.replace(hour=9 + n), 60.0) for n in range(8)]
        monitor, cdr, _ = write_export(tmp_path / "export", calls)
        with pytest.raises(VaultError) as caught:
            ImportService(session).run("freepbx", monitor, cdr)
        assert "disk is full" in str(caught.value)
        conn = session.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = conn.execute(
            "SELECT r.audio_size, sum(length(c.data)) FROM recordings r"
            " JOIN audio_chunks c ON c.recording_id = r.id GROUP BY r.id"
        ).fetchall()
        assert stored, "the disk filled before anything was stored; make it larger"
        assert all(size == total for size, total in stored)
        orphans = conn.execute(
            "SELECT count(*) FROM audio_chunks"
            " WHERE recording_id NOT IN (SELECT id FROM recordings)"
        ).fetchone()[0]
        assert orphans == 0
        assert audit.verify(conn).intact

        # Room again: the same import finishes the batch.
        subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
        report = ImportService(session).run("freepbx", monitor, cdr)
        assert report.imported + len(stored) == len(calls)
        assert audit.verify(conn).intact
    finally:
        session.lock()

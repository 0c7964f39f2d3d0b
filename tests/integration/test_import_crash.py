"""An import killed mid-way leaves only whole recordings, and running it again finishes it."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from supervisor_app.services.imports import ImportService
from supervisor_app.services.recordings import RecordingsService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import recordings_repo
from supervisor_app.vault.recordings_repo import ChunkReader
from tests.children import KILLED, Lines, hard_kill
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_import_pipeline import (
    EVERYTHING,
    MONDAY,
    Call,
    prepare_vault,
    write_export,
)

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
MARKER_TIMEOUT = 60.0
CALLS = 6
STOP_AT = 3

# The child imports with the real pipeline and stalls at the STOP_AT-th recording: "inside"
# right after its audit entry, so before its transaction commits; "between" once it has
# committed and progress was reported. The parent kills it there (tests/children.py).
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from supervisor_app.services.imports import ImportService
    from supervisor_app.services.session import unlock
    from supervisor_app.vault import audit

    folder, monitor, cdr, stop_at, where, user, phrase = sys.argv[1:8]
    stop_at = int(stop_at)
    session = unlock(Path(folder), user, phrase)
    real_append = audit.append
    imported = 0

    def stall():
        print("STOP", flush=True)
        time.sleep(600)

    def append(conn, actor, action, *args, **kwargs):
        global imported
        entry = real_append(conn, actor, action, *args, **kwargs)
        if action == "recording_imported":
            imported += 1
            if where == "inside" and imported == stop_at:
                stall()
        return entry

    def progress(p):
        if where == "between" and p.done == stop_at:
            stall()

    audit.append = append
    ImportService(session).run("freepbx", Path(monitor), Path(cdr), progress=progress)
    print("FINISHED", flush=True)
    """
)


def _kill_at_marker(args: list[str]) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            line = Lines(proc.stdout).next(MARKER_TIMEOUT)
            if line is None or line.strip() != "STOP":
                hard_kill(proc)
                pytest.fail(f"the importer did not stall: {line!r} {proc.communicate()[1]}")
            hard_kill(proc)
            assert proc.returncode == KILLED
        finally:
            hard_kill(proc)


def _check_whole(session: Session, monitor: Path) -> int:
    """Every stored recording decodes to its source and matches its hashes; returns the count."""
    conn = session.conn
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ids = [r[0] for r in conn.execute("SELECT id FROM recordings ORDER BY id").fetchall()]
    for rec_id in ids:
        detail = recordings_repo.recording(conn, rec_id)
        assert detail is not None and detail.summary.purposes
        source = next(monitor.rglob(f"*{detail.call_id}.wav"))
        assert hashlib.sha256(source.read_bytes()).hexdigest() == detail.source_sha256
        with ChunkReader(conn, rec_id) as reader:
            flac = reader.read()
            reader.seek(0)
            samples, _ = sf.read(reader, dtype="int16", always_2d=True)
        assert len(flac) == detail.audio_size
        assert hashlib.sha256(flac).hexdigest() == detail.audio_sha256
        expected, _ = sf.read(source, dtype="int16", always_2d=True)
        assert np.array_equal(samples, expected)
    logged = conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'recording_imported'"
    ).fetchone()[0]
    assert logged == len(ids)  # no log entry without its recording, and the reverse
    orphans = conn.execute(
        "SELECT count(*) FROM audio_chunks WHERE recording_id NOT IN (SELECT id FROM recordings)"
    ).fetchone()[0]
    assert orphans == 0
    return len(ids)


@pytest.mark.parametrize(("where", "expected"), [("inside", STOP_AT - 1), ("between", STOP_AT)])
def test_a_killed_import_leaves_whole_recordings_and_a_rerun_finishes(
    admin_session: Session, tmp_path: Path, where: str, expected: int
) -> None:
    prepare_vault(admin_session, EVERYTHING)
    calls = [Call("queue", "201", MONDAY + timedelta(minutes=m), 3.0) for m in range(CALLS)]
    monitor, cdr, _ = write_export(tmp_path / "export", calls)
    folder = admin_session.vault.folder
    admin_session.lock()

    _kill_at_marker(
        [str(folder), str(monitor), str(cdr), str(STOP_AT), where, ADMIN, ADMIN_PASSPHRASE]
    )

    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert _check_whole(session, monitor) == expected
        batch = session.conn.execute("SELECT id, finished_at FROM import_batches").fetchall()
        assert len(batch) == 1 and batch[0][1] is None  # drawn, never finished

        report = ImportService(session).run("freepbx", monitor, cdr)

        assert (report.batch, report.imported, report.duplicates) == (
            None,
            CALLS - expected,
            expected,
        )
        assert _check_whole(session, monitor) == CALLS
        assert {r[0] for r in session.conn.execute("SELECT batch_id FROM recordings")} == {
            batch[0][0]
        }
        # The rerun finished the interrupted batch: the Dashboard no longer calls it cancelled.
        summary = RecordingsService(session).latest_batch()
        assert summary is not None and summary.batch_id == batch[0][0]
        assert summary.finished_at is not None and not summary.cancelled
        assert summary.counts["imported"] == CALLS
    finally:
        session.lock()

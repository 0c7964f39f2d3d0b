"""A listen session left open by a crash is closed as interrupted at the next unlock, once."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import textwrap
from pathlib import Path

from supervisor_app.services.listening import ListeningService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit, listen_repo
from supervisor_app.vault.db import connect, transaction
from supervisor_app.vault.listen_repo import ListenRow
from supervisor_app.vault.migrations import LATEST, migrate
from tests.children import hard_kill
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_listen import REASON, build_vault

RATE = 8000  # the test recordings' sample rate
LEAD_PASSPHRASE = "stille-uil-telt-sterren-bram"  # as test_listen.as_user sets it


def crash(session: Session) -> None:
    """End the process's hold on the vault as a kill would: no lock entry, nothing closed."""
    session.conn.close()
    session.vault.lock()


def interrupted_entries(session: Session) -> list[audit.AuditEntry]:
    return [e for e in reversed(audit.entries(session.conn)) if e.action == "listen_interrupted"]


def row(session: Session, session_id: int) -> ListenRow:
    found = listen_repo.session(session.conn, session_id)
    assert found is not None
    return found


def test_an_open_session_is_interrupted_at_the_next_unlock(
    admin_session: Session, vault_dir: Path
) -> None:
    vault = build_vault(admin_session, vault_dir.parent)
    done = ListeningService(vault.coach).open(vault.noord, "training", REASON)
    done.record_intervals([(0, 2 * RATE)])
    done.close()
    left = ListeningService(vault.lead).open(vault.campaign, "dispute", REASON, "DOS-2026-17")
    left.record_intervals([(0, RATE), (4 * RATE, 6 * RATE)])  # what the player flushed
    silent = ListeningService(vault.lead).open(vault.noord, "training", REASON)
    closed_before = row(admin_session, done.id)
    crash(admin_session)

    again = unlock(vault_dir, ADMIN, ADMIN_PASSPHRASE)
    try:
        heard = row(again, left.id)
        assert heard.state == "interrupted" and heard.ended_at is None
        assert heard.intervals == ((0, RATE), (4 * RATE, 6 * RATE))
        assert heard.seconds_heard == 3.0
        assert row(again, silent.id).state == "interrupted"
        assert row(again, silent.id).intervals == ()
        assert row(again, done.id) == closed_before

        entries = interrupted_entries(again)
        assert [(e.subject, e.details) for e in entries] == [
            (
                f"recording:{vault.campaign}",
                {
                    "session": left.id,
                    "purpose": "dispute",
                    "intervals_s": [[0.0, 1.0], [4.0, 6.0]],
                    "seconds_heard": 3.0,
                    "state": "interrupted",
                },
            ),
            (
                f"recording:{vault.noord}",
                {
                    "session": silent.id,
                    "purpose": "training",
                    "intervals_s": [],
                    "seconds_heard": 0.0,
                    "state": "interrupted",
                },
            ),
        ]
        # Written in the unlock's own transaction, right after the unlock entry.
        newest = [e.action for e in reversed(audit.entries(again.conn, limit=3))]
        assert newest == ["unlock", "listen_interrupted", "listen_interrupted"]
        assert all(e.actor == ADMIN for e in entries)
        assert audit.verify(again.conn).intact
        # A late flush of the dead player's intervals cannot reopen or change the session.
        listen_repo.save_intervals(again.conn, left.id, [(0, 40 * RATE)])
        assert row(again, left.id).intervals == heard.intervals
    finally:
        again.lock()

    third = unlock(vault_dir, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert len(interrupted_entries(third)) == 2
        assert row(third, left.id) == heard
        assert audit.verify(third.conn).intact
    finally:
        third.lock()


def test_a_session_in_this_process_after_unlock_is_left_alone(
    admin_session: Session, vault_dir: Path
) -> None:
    vault = build_vault(admin_session, vault_dir.parent)
    admin_session.lock()
    again = unlock(vault_dir, "bram", LEAD_PASSPHRASE)
    try:
        listen = ListeningService(again).open(vault.noord, "training", REASON)
        assert interrupted_entries(again) == []
        assert row(again, listen.id).state == "open"
    finally:
        again.lock()


KILLED_LISTENER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from supervisor_app.services.listening import ListeningService
    from supervisor_app.services.session import unlock

    session = unlock(Path(sys.argv[1]), "bram", sys.argv[4])
    listen = ListeningService(session).open(int(sys.argv[2]), "training", sys.argv[3])
    listen.record_intervals([(0, 8000)])
    print(listen.id, flush=True)
    time.sleep(60)
    """
)


def test_a_listen_killed_with_its_process_is_interrupted(
    admin_session: Session, vault_dir: Path
) -> None:
    vault = build_vault(admin_session, vault_dir.parent)
    for session in (admin_session, vault.lead, vault.coach):
        session.lock()  # the child is another program (vault.lock)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            KILLED_LISTENER,
            str(vault_dir),
            str(vault.noord),
            REASON,
            LEAD_PASSPHRASE,
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=root,
    )
    try:
        assert child.stdout is not None
        session_id = int(child.stdout.readline())
    finally:
        hard_kill(child)
        if child.stdout is not None:
            child.stdout.close()

    again = unlock(vault_dir, ADMIN, ADMIN_PASSPHRASE)
    try:
        killed = row(again, session_id)
        assert killed.state == "interrupted" and killed.intervals == ((0, RATE),)
        assert [e.details["session"] for e in interrupted_entries(again)] == [session_id]
        assert audit.verify(again.conn).intact
    finally:
        again.lock()


def test_the_schema_step_keeps_sessions_and_the_notices_that_point_at_them(
    tmp_path: Path,
) -> None:
    conn = connect(tmp_path / "old.db", secrets.token_bytes(32), create=True)
    try:
        migrate(conn, target=7)  # the step before 'interrupted' existed
        with transaction(conn):
            conn.execute("INSERT INTO teams VALUES (1, 'Noord', 'x')")
            conn.execute(
                "INSERT INTO agents (id, name, team_id, created_at) VALUES (1, 'F', 1, 'x')"
            )
            conn.execute(
                "INSERT INTO import_batches (id, source, mode, seed, policy_version,"
                " imported_by, started_at) VALUES (1, 's', 'm', 'x', 1, 'admin', 'x')"
            )
            conn.execute(
                "INSERT INTO recordings (id, batch_id, source, call_id, fingerprint,"
                " source_sha256, agent_id, team_id, started_at, duration_s, samplerate, channels,"
                " frames, audio_size, audio_sha256, peaks, stored_at)"
                " VALUES (1, 1, 's', 'c', 'f', 'h', 1, 1, 'x', 1, 8000, 1, 8000, 1, 'h', x'', 'x')"
            )
            for sid, state in ((3, "closed"), (5, "open"), (6, "private_destroyed")):
                conn.execute(
                    "INSERT INTO listen_sessions (id, recording_id, user_id, user_name, role,"
                    " purpose_id, reason, samplerate, started_at, intervals, state)"
                    " VALUES (?, 1, 1, 'bram', 'team_lead', 'training', 'why', 8000, 'x',"
                    " '[[0,10]]', ?)",
                    (sid, state),
                )
                conn.execute(
                    "INSERT INTO notifications (kind, agent_id, team_id, listen_session_id,"
                    " created_at, due_on, due_at, audit_seq, receipt)"
                    " VALUES ('listened', 1, 1, ?, 'x', 'x', 'x', ?, 'r')",
                    (sid, sid),
                )
        columns = ", ".join(r[1] for r in conn.execute("PRAGMA table_info(listen_sessions)"))
        before = conn.execute(f"SELECT {columns} FROM listen_sessions ORDER BY id").fetchall()
        notices = conn.execute("SELECT * FROM notifications ORDER BY id").fetchall()

        assert migrate(conn) == LATEST
        after = conn.execute(f"SELECT {columns} FROM listen_sessions ORDER BY id").fetchall()
        assert after == before
        assert conn.execute("SELECT * FROM notifications ORDER BY id").fetchall() == notices
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("SELECT name FROM sqlite_temp_master").fetchall() == []
        with transaction(conn):
            conn.execute("UPDATE listen_sessions SET state = 'interrupted' WHERE id = 5")
    finally:
        conn.close()

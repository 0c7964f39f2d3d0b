"""The background checkpointer folds the write-ahead log in while another thread writes."""

from __future__ import annotations

import os

from supervisor_app.services.session import Session
from supervisor_app.vault.checkpointer import DEFAULT_AUTOCHECKPOINT, Checkpointer
from supervisor_app.vault.db import DB_FILE, transaction


def test_commits_reach_the_database_file_and_the_setting_comes_back(
    admin_session: Session,
) -> None:
    conn = admin_session.conn
    conn.execute("CREATE TABLE IF NOT EXISTS scratch (data BLOB)")
    with Checkpointer(conn, admin_session.vault.connect) as checkpointer:
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        for _ in range(20):
            with transaction(conn):
                conn.execute("INSERT INTO scratch VALUES (?)", (os.urandom(200_000),))
            checkpointer.committed()
    # The writer itself never checkpointed meanwhile (nor since): only the thread filled vault.db,
    # its last checkpoint running as the block ended.
    db_size = (admin_session.vault.folder / DB_FILE).stat().st_size
    assert db_size >= 20 * 200_000, "the checkpoint thread copied nothing into vault.db"
    assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == DEFAULT_AUTOCHECKPOINT
    assert conn.execute("SELECT count(*) FROM scratch").fetchone()[0] == 20
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

"""Schema migrations from every earlier version, one transaction per step, and the pragmas."""

from __future__ import annotations

import secrets
import sqlite3
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from supervisor_app.domain.people import Language
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit, keyslots, migrations
from supervisor_app.vault.db import (
    CIPHER_PAGE_SIZE,
    DB_FILE,
    MIN_CIPHER_VERSION,
    Connection,
    DatabaseError,
    cipher_version,
    connect,
    transaction,
)
from supervisor_app.vault.errors import NewerVault
from supervisor_app.vault.keyslots import RECOVERY_SLOT, SlotFile
from supervisor_app.vault.migrations import LATEST, MIGRATIONS, migrate, schema_version
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, FAST_KDF

EARLIER = list(range(LATEST))


def tables(conn: Connection) -> list[str]:
    """Names of the user tables."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    ).fetchall()
    return [r[0] for r in rows]


def schema(conn: Connection) -> list[tuple[Any, ...]]:
    """Every schema object with its SQL."""
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    ]


def columns(conn: Connection, table: str) -> list[str]:
    """The columns of a table, in order."""
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})").fetchall()]


# Columns a later step moved out of their table: (table, column).
MOVED = {("recordings", "peaks")}


def contents(conn: Connection) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Every table's columns and rows."""
    found = {}
    for table in tables(conn):
        cols = columns(conn, table)
        rows = conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        found[table] = (cols, [tuple(r) for r in rows])
    return found


def legacy_append(
    conn: Connection, actor: str, action: str, subject: str, details: dict[str, Any]
) -> None:
    """Append an entry as the app did before entries were signed (hash only)."""
    seq, prev = audit.head(conn)
    at = "2025-01-01T00:00:00.000000Z"
    text = audit.canonical_details(details)
    digest = audit.entry_hash(prev, seq + 1, at, actor, action, subject, text)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq + 1, at, actor, action, subject, text, prev, digest),
    )


def fill(conn: Connection) -> None:
    """Put some rows in whichever of the known tables exist at this version."""
    present = set(tables(conn))
    with transaction(conn):
        if "vault_meta" in present:
            conn.execute("INSERT INTO vault_meta (key, value) VALUES ('vault_id', 'v1')")
        if "audit_log" in present:
            legacy_append(conn, "admin", "vault_created", "v1", {"administrator": "admin"})
            legacy_append(conn, "admin", "team_added", "team:1", {"name": "Noord"})
        if "teams" in present:
            conn.execute("INSERT INTO teams (id, name, created_at) VALUES (1, 'Noord', 'x')")
        if "users" in present:
            conn.execute(
                "INSERT INTO users (id, name, display_name, created_at)"
                " VALUES (1, 'admin', 'A', 'x')"
            )
        if "user_roles" in present:
            conn.execute("INSERT INTO user_roles VALUES (1, 'administrator', NULL)")
        if "agents" in present:
            conn.execute(
                "INSERT INTO agents (id, name, team_id, email, language, created_at)"
                " VALUES (1, 'Fatima', 1, 'f@example.org', 'en', 'x')"
            )
        if "agent_extensions" in present:
            conn.execute("INSERT INTO agent_extensions VALUES ('201', 1)")


def new_db(tmp_path: Path, name: str = DB_FILE) -> tuple[Connection, bytes]:
    """An empty SQLCipher database with the vault's pragmas."""
    key = secrets.token_bytes(32)
    return connect(tmp_path / name, key, create=True), key


@pytest.fixture
def latest_schema(tmp_path: Path) -> list[tuple[Any, ...]]:
    """The schema of a database created at the latest version."""
    conn, _ = new_db(tmp_path, "latest.db")
    try:
        migrate(conn)
        return schema(conn)
    finally:
        conn.close()


def test_there_is_a_migration_history() -> None:
    assert LATEST == len(MIGRATIONS) >= 2
    assert all(step for step in MIGRATIONS)


@pytest.mark.parametrize("start", EARLIER)
def test_a_database_from_every_earlier_version_migrates_with_its_data(
    tmp_path: Path, start: int, latest_schema: list[tuple[Any, ...]]
) -> None:
    conn, _ = new_db(tmp_path)
    try:
        assert migrate(conn, target=start) == start
        assert schema_version(conn) == start
        fill(conn)
        before = contents(conn)

        assert migrate(conn) == LATEST
        assert schema_version(conn) == LATEST
        assert schema(conn) == latest_schema
        after = contents(conn)
        for table, (cols, rows) in before.items():
            # Later steps may add columns; the old ones keep their values. A column moved
            # to a table of its own (MOVED) is checked by its step's own test.
            stay = [i for i, c in enumerate(cols) if (table, c) not in MOVED]
            names = [cols[i] for i in stay]
            assert [c for c in after[table][0] if c in names] == names
            kept = conn.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY rowid")
            expected = [tuple(row[i] for i in stay) for row in rows]
            assert [tuple(r) for r in kept.fetchall()] == expected, f"{table} lost or changed rows"
        if "audit_log" in before:
            assert audit.verify(conn).count == 2
        assert migrate(conn) == LATEST  # running it again does nothing
        assert contents(conn) == after
    finally:
        conn.close()


def _vault_at(folder: Path, version: int) -> None:
    """A locked vault whose database stopped at an earlier schema version."""
    folder.mkdir(mode=0o700)
    key = secrets.token_bytes(32)
    vault_id = uuid.uuid4().hex
    conn = connect(folder / DB_FILE, key, create=True)
    try:
        migrate(conn, target=version)
        with transaction(conn):
            conn.execute("INSERT INTO vault_meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
            legacy_append(conn, ADMIN, "vault_created", vault_id, {"administrator": ADMIN})
            if version >= 2:
                conn.execute(
                    "INSERT INTO users (id, name, display_name, created_at)"
                    " VALUES (1, ?, 'A', 'x')",
                    (ADMIN,),
                )
                conn.execute("INSERT INTO user_roles VALUES (1, 'administrator', NULL)")
    finally:
        conn.close()
    # Slots as they were before signing keys existed.
    slots = tuple(
        replace(keyslots.make_slot(vault_id, name, secret, key, FAST_KDF), signing=None)
        for name, secret in ((ADMIN, ADMIN_PASSPHRASE.encode()), (RECOVERY_SLOT, b"R" * 32))
    )
    keyslots.write(folder, SlotFile(vault_id, FAST_KDF, slots))


@pytest.mark.parametrize("start", [v for v in EARLIER if v >= 1])
def test_a_vault_from_every_earlier_version_is_migrated_when_unlocked(
    tmp_path: Path, start: int, latest_schema: list[tuple[Any, ...]]
) -> None:
    folder = tmp_path / "old-vault"
    _vault_at(folder, start)
    vault = LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE)
    conn = vault.connect()
    try:
        assert schema_version(conn) == LATEST
        assert schema(conn) == latest_schema
        report = audit.verify(conn)
        assert report.intact and report.count == 1 and report.signed == 0
    finally:
        conn.close()
        vault.lock()
    if start >= 2:
        # The first unlock gives the old slot a signing key and registers it; from then on
        # every entry is signed, and the unsigned start of the log still verifies.
        session = Session.start(LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE))
        try:
            assert session.head_warnings == ()
            report = audit.verify(session.conn)
            assert report.intact and report.count == 2 and report.signed == 1
        finally:
            session.lock()
        assert keyslots.read(folder).find(ADMIN).signing is not None
        again = Session.start(LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE))
        try:
            assert again.head_warnings == ()
            assert audit.verify(again.conn).signed == 3  # the lock and this unlock
        finally:
            again.lock()


# --- one transaction per step -------------------------------------------------------------


def test_a_failing_step_leaves_version_and_schema_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn, _ = new_db(tmp_path)
    try:
        migrate(conn)
        fill(conn)
        before_schema, before_rows = schema(conn), contents(conn)
        good = ("CREATE TABLE extra_good (x INTEGER)",)
        broken = (
            "CREATE TABLE extra_broken (x INTEGER)",
            "INSERT INTO teams (name, created_at) VALUES ('Zuid', 'x')",
            "THIS IS NOT SQL",
        )
        monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, good, broken))
        monkeypatch.setattr(migrations, "LATEST", LATEST + 2)
        with pytest.raises(DatabaseError):
            migrate(conn, target=LATEST + 2)
        # The good step committed on its own; the broken one left no trace at all.
        assert schema_version(conn) == LATEST + 1
        assert "extra_good" in tables(conn)
        assert "extra_broken" not in tables(conn)
        assert [r for r in schema(conn) if r[1] != "extra_good"] == before_schema
        assert contents(conn)["teams"] == before_rows["teams"]
        assert not conn.in_transaction
    finally:
        conn.close()


def test_a_schema_newer_than_this_app_is_refused(tmp_path: Path) -> None:
    conn, _ = new_db(tmp_path)
    try:
        migrate(conn)
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
        with pytest.raises(NewerVault):
            migrate(conn)
        assert schema_version(conn) == LATEST + 1
    finally:
        conn.close()


def test_a_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    conn, _ = new_db(tmp_path)
    try:
        migrate(conn)
        with pytest.raises(ZeroDivisionError), transaction(conn):
            conn.execute("INSERT INTO teams (name, created_at) VALUES ('Noord', 'x')")
            _ = 1 / 0
        assert conn.execute("SELECT count(*) FROM teams").fetchone()[0] == 0
        assert not conn.in_transaction
    finally:
        conn.close()


# --- pragmas and encryption ---------------------------------------------------------------


def test_every_connection_has_the_vault_pragmas(admin_session: Session) -> None:
    conn = admin_session.vault.connect()
    try:
        assert cipher_version(conn) >= MIN_CIPHER_VERSION >= (4, 5)

        def pragma(name: str) -> Any:
            return conn.execute(f"PRAGMA {name}").fetchone()[0]

        assert pragma("foreign_keys") == 1
        assert pragma("secure_delete") == 1
        assert str(pragma("journal_mode")).lower() == "wal"
        assert pragma("temp_store") == 2
        assert str(pragma("cipher_memory_security")) == "1"
        assert int(pragma("cipher_page_size")) == CIPHER_PAGE_SIZE
        assert pragma("synchronous") == 2
    finally:
        conn.close()


def test_foreign_keys_are_enforced(admin_session: Session) -> None:
    with pytest.raises(DatabaseError, match="FOREIGN KEY"), transaction(admin_session.conn):
        admin_session.conn.execute(
            "INSERT INTO agents (name, team_id, created_at) VALUES ('Nobody', 999, 'x')"
        )


def test_the_database_file_reveals_nothing(admin_session: Session, vault_dir: Path) -> None:
    people = PeopleService(admin_session)
    people.add_team("Team Noord")
    people.add_agent("Zacharias Onvindbaar", ["201"], "Team Noord", "zach@example.org", Language.NL)
    admin_session.lock()
    data = (vault_dir / DB_FILE).read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for secret in (b"Zacharias", b"zach@example.org", b"audit_log", b"CREATE TABLE"):
        assert secret not in data
    plain = sqlite3.connect(vault_dir / DB_FILE)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        plain.close()


# --- step 9: deadlines from the call -------------------------------------------------------------


def test_step_9_counts_deadlines_from_the_call_and_logs_it_at_the_next_unlock(
    tmp_path: Path,
) -> None:
    """A vault of schema 8 kept recordings 30/90 days from their import; now from the call."""
    folder = tmp_path / "old-vault"
    folder.mkdir(mode=0o700)
    key = secrets.token_bytes(32)
    vault_id = uuid.uuid4().hex
    conn = connect(folder / DB_FILE, key, create=True)
    try:
        migrate(conn, target=8)
        with transaction(conn):
            conn.execute("INSERT INTO vault_meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
            legacy_append(conn, ADMIN, "vault_created", vault_id, {"administrator": ADMIN})
            conn.execute(
                "INSERT INTO policy_versions VALUES (1, 'x', 'admin', 'first version', ?)",
                ('{"scope": {"timezone": "Europe/Amsterdam"}}',),
            )
            conn.execute("INSERT INTO teams (id, name, created_at) VALUES (1, 'Noord', 'x')")
            conn.execute(
                "INSERT INTO users (id, name, display_name, created_at) VALUES (1, ?, 'A', 'x')",
                (ADMIN,),
            )
            conn.execute("INSERT INTO user_roles VALUES (1, 'administrator', NULL)")
            conn.execute(
                "INSERT INTO agents (id, name, team_id, created_at) VALUES (1, 'F', 1, 'x')"
            )
            conn.execute(
                "INSERT INTO import_batches (id, source, mode, seed, policy_version,"
                " imported_by, started_at) VALUES (1, 's', 'app', 'x', 1, 'admin', 'x')"
            )
            # A call of 18 November 09:30 in Amsterdam, imported on 1 December: 30 days from
            # the import kept it until 31 December, 43 days after the call.
            for rec_id, started in ((1, "2026-11-18T08:30:00Z"), (2, "2026-10-20T08:30:00Z")):
                conn.execute(
                    "INSERT INTO recordings (id, batch_id, source, call_id, fingerprint,"
                    " source_sha256, agent_id, team_id, started_at, duration_s, samplerate,"
                    " channels, frames, audio_size, audio_sha256, peaks, stored_at)"
                    " VALUES (?, 1, 's', ?, ?, 'h', 1, 1, ?, 1, 8000, 1, 8000, 1, 'h', x'',"
                    " '2026-12-01T12:00:00Z')",
                    (rec_id, f"c{rec_id}", f"f{rec_id}", started),
                )
                conn.executemany(
                    "INSERT INTO recording_purposes VALUES (?, ?, ?)",
                    [
                        (rec_id, "training", "2026-12-31T12:00:00Z"),
                        (rec_id, "dispute", "2027-03-01T12:00:00Z"),
                    ],
                )
    finally:
        conn.close()
    # Slots as they were before signing keys existed (schema 8 had none).
    slots = tuple(
        replace(keyslots.make_slot(vault_id, name, secret, key, FAST_KDF), signing=None)
        for name, secret in ((ADMIN, ADMIN_PASSPHRASE.encode()), (RECOVERY_SLOT, b"R" * 32))
    )
    keyslots.write(folder, SlotFile(vault_id, FAST_KDF, slots))

    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        rows = session.conn.execute(
            "SELECT recording_id, purpose_id, retain_until FROM recording_purposes"
            " ORDER BY recording_id, purpose_id"
        ).fetchall()
        # 18 November 09:30 + 30 and 90 days, at 09:30 Amsterdam time (winter: UTC+1).
        # 20 October 10:30 CEST + 30 days crosses the clock change: 19 November 10:30 CET.
        assert [tuple(r) for r in rows] == [
            (1, "dispute", "2027-02-16T08:30:00Z"),
            (1, "training", "2026-12-18T08:30:00Z"),
            (2, "dispute", "2027-01-18T09:30:00Z"),
            (2, "training", "2026-11-19T09:30:00Z"),
        ]
        own = session.conn.execute("SELECT id, retain_until FROM recordings ORDER BY id")
        assert [tuple(r) for r in own.fetchall()] == [
            (1, "2027-02-16T08:30:00Z"),
            (2, "2027-01-18T09:30:00Z"),
        ]
        logged = [e for e in audit.entries(session.conn) if e.action == "retention_recomputed"]
        assert len(logged) == 1
        assert logged[0].details["recordings"] == 2 and logged[0].details["by"] == "migration"
        # Written at the unlock, so signed by the unlocking user like the rest of it.
        assert logged[0].signer is not None
        assert session.conn.execute("SELECT count(*) FROM pending_audit").fetchone()[0] == 0
        assert audit.verify(session.conn).intact
    finally:
        session.lock()
    # The entry is written once: the next unlock finds nothing pending.
    again = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        count = [e.action for e in audit.entries(again.conn)].count("retention_recomputed")
        assert count == 1
    finally:
        again.lock()


# --- step 10: lists that stay fast --------------------------------------------------------------


def test_step_10_moves_peaks_to_their_own_table_and_fills_the_sort_names(tmp_path: Path) -> None:
    """Peaks leave the recordings row (scans no longer read them); names get sort keys."""
    conn, _ = new_db(tmp_path)
    peaks = bytes(range(256)) * 24  # about what two minutes of call give
    try:
        migrate(conn, target=9)
        with transaction(conn):
            conn.execute("INSERT INTO teams (id, name, created_at) VALUES (1, 'Zuid', 'x')")
            conn.execute(
                "INSERT INTO agents (id, name, team_id, created_at)"
                " VALUES (1, 'Émile DE Vries', 1, 'x')"
            )
            conn.execute(
                "INSERT INTO import_batches (id, source, mode, seed, policy_version,"
                " imported_by, started_at) VALUES (1, 's', 'app', 'x', 1, 'admin', 'x')"
            )
            for rec_id, blob in ((1, peaks), (2, b"")):
                conn.execute(
                    "INSERT INTO recordings (id, batch_id, source, call_id, fingerprint,"
                    " source_sha256, agent_id, team_id, started_at, duration_s, samplerate,"
                    " channels, frames, audio_size, audio_sha256, peaks, stored_at)"
                    " VALUES (?, 1, 's', ?, ?, 'h', 1, 1, 'x', 1, 8000, 1, 8000, 1, 'h', ?, 'x')",
                    (rec_id, f"c{rec_id}", f"f{rec_id}", blob),
                )
        migrate(conn)
        assert "peaks" not in columns(conn, "recordings")
        moved = conn.execute("SELECT recording_id, peaks FROM recording_peaks").fetchall()
        # A recording without peaks (audio already gone) gets no row.
        assert [(r[0], bytes(r[1])) for r in moved] == [(1, peaks)]
        names = conn.execute("SELECT agent_sort, team_sort FROM recordings ORDER BY id")
        assert [tuple(r) for r in names.fetchall()] == [("émile de vries", "zuid")] * 2
    finally:
        conn.close()


# --- step 13: agents who left, and whose policy file a version is ------------------------------


def test_step_13_keeps_agents_working_and_policy_versions_unsourced(tmp_path: Path) -> None:
    """Agents of a schema-12 vault still work here; old versions came from no numbered file."""
    conn, _ = new_db(tmp_path)
    try:
        migrate(conn, target=12)
        fill(conn)
        with transaction(conn):
            conn.execute(
                "INSERT INTO policy_versions VALUES (1, 'x', 'admin', 'first version', ?)",
                ('{"organisation": {"name": "Stichting Voorbeeld"}}',),
            )
        migrate(conn)
        assert conn.execute("SELECT id, left_on FROM agents").fetchall() == [(1, None)]
        assert [
            tuple(r)
            for r in conn.execute(
                "SELECT version, organisation, organisation_version FROM policy_versions"
            )
        ] == [(1, None, None)]
        # The new columns take what the app writes.
        with transaction(conn):
            conn.execute("UPDATE agents SET left_on = '2026-12-01' WHERE id = 1")
            conn.execute(
                "UPDATE policy_versions SET organisation = 'Stichting Voorbeeld',"
                " organisation_version = 3 WHERE version = 1"
            )
        left = conn.execute("SELECT id FROM agents WHERE left_on IS NOT NULL").fetchall()
        assert [r[0] for r in left] == [1]
        plan = " ".join(
            str(r[3])
            for r in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM agents WHERE left_on IS NOT NULL"
            ).fetchall()
        )
        assert "agents_left" in plan
    finally:
        conn.close()

"""Schema migrations, numbered by PRAGMA user_version; each runs in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from supervisor_app.vault.db import Connection, transaction
from supervisor_app.vault.errors import NewerVault

# Each step is a list of statements. Never edit a released step: add a new one.
# (executescript would commit on its own, so statements run one by one inside a transaction.)
MIGRATIONS: Final[Sequence[Sequence[str]]] = (
    # 1: vault identity and the append-only audit log (hash-chained: see vault/audit.py).
    (
        """CREATE TABLE vault_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        """CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            details TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE
        )""",
    ),
    # 2: people: teams, users with their roles, and agents (data subjects) with extensions.
    (
        """CREATE TABLE teams (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE,
            display_name TEXT NOT NULL,
            created_at TEXT NOT NULL,
            removed_at TEXT
        )""",
        # Removed users stay as rows so the log keeps its meaning; names are unique among the rest.
        "CREATE UNIQUE INDEX users_active_name ON users(name) WHERE removed_at IS NULL",
        """CREATE TABLE user_roles (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            role TEXT NOT NULL
                CHECK (role IN ('administrator', 'team_lead', 'quality_coach', 'auditor')),
            team_id INTEGER REFERENCES teams(id) ON DELETE CASCADE
        )""",
        "CREATE UNIQUE INDEX user_roles_unique ON user_roles(user_id, role, ifnull(team_id, 0))",
        """CREATE TABLE agents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            team_id INTEGER NOT NULL REFERENCES teams(id),
            email TEXT,
            language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE agent_extensions (
            extension TEXT PRIMARY KEY,
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE
        )""",
    ),
    # 3: the recording policy (every version kept), published documents, protocol receipts.
    (
        """CREATE TABLE policy_versions (
            version INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            summary TEXT NOT NULL,
            policy TEXT NOT NULL
        )""",
        # One row per document kind, policy version and language. doc_version only goes up
        # when the text itself changes, so agents re-acknowledge a protocol only then.
        """CREATE TABLE published_documents (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            doc_version INTEGER NOT NULL,
            policy_version INTEGER NOT NULL REFERENCES policy_versions(version),
            language TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            body_sha256 TEXT NOT NULL,
            content_sha256 TEXT NOT NULL,
            published_at TEXT NOT NULL,
            published_by TEXT NOT NULL,
            UNIQUE (kind, policy_version, language)
        )""",
        """CREATE TABLE protocol_acknowledgements (
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            protocol_version INTEGER NOT NULL,
            received_on TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (agent_id, protocol_version)
        )""",
    ),
    # 4: imported recordings: the batch that drew them (seed + candidate fingerprints only),
    # their facts, the purposes each is held for, and the FLAC audio in chunks.
    (
        """CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            mode TEXT NOT NULL,
            seed TEXT NOT NULL,
            policy_version INTEGER NOT NULL,
            imported_by TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            counts TEXT NOT NULL DEFAULT '{}',
            candidates TEXT NOT NULL DEFAULT '[]',
            selected TEXT NOT NULL DEFAULT '[]'
        )""",
        """CREATE TABLE recordings (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batches(id),
            source TEXT NOT NULL,
            call_id TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            source_sha256 TEXT NOT NULL,
            agent_id INTEGER NOT NULL REFERENCES agents(id),
            team_id INTEGER NOT NULL REFERENCES teams(id),
            started_at TEXT NOT NULL,
            direction TEXT,
            remote_number TEXT,
            queue TEXT,
            campaign TEXT,
            duration_s REAL NOT NULL,
            samplerate INTEGER NOT NULL,
            channels INTEGER NOT NULL,
            frames INTEGER NOT NULL,
            audio_size INTEGER NOT NULL,
            audio_sha256 TEXT NOT NULL,
            peaks BLOB NOT NULL,
            stored_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'held'
                CHECK (status IN ('held', 'private_destroyed', 'purged', 'erased')),
            UNIQUE (source, call_id, source_sha256)
        )""",
        "CREATE INDEX recordings_agent ON recordings(agent_id, started_at)",
        "CREATE INDEX recordings_started ON recordings(started_at)",
        "CREATE INDEX recordings_fingerprint ON recordings(fingerprint)",
        """CREATE TABLE recording_purposes (
            recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
            purpose_id TEXT NOT NULL,
            retain_until TEXT NOT NULL,
            PRIMARY KEY (recording_id, purpose_id)
        )""",
        # A rowid table on purpose: chunks are streamed with incremental blob I/O.
        """CREATE TABLE audio_chunks (
            recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            UNIQUE (recording_id, seq)
        )""",
    ),
    # 5: every call ever drawn, so a re-import can never draw it again (no re-rolling a
    # sample, no second copy) and an interrupted batch can be finished; the sampling settings
    # each batch drew with; indexes that keep the recordings list fast without reading rows.
    (
        "ALTER TABLE import_batches ADD COLUMN sampling TEXT NOT NULL DEFAULT '{}'",
        """CREATE TABLE import_candidates (
            fingerprint TEXT PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batches(id),
            selected INTEGER NOT NULL CHECK (selected IN (0, 1))
        )""",
        "CREATE INDEX recordings_team_list ON recordings(team_id, status, started_at)",
        "CREATE INDEX recordings_status_started ON recordings(status, started_at)",
        "CREATE INDEX recordings_batch ON recordings(batch_id)",
    ),
    # 6: listening. A listen session is written before the first sample plays and keeps the
    # heard intervals ([start, end) frames, JSON); evidence holds name a purpose and a case;
    # a tombstone proves a recording's audio was destroyed (private call, purge, erasure).
    (
        """CREATE TABLE listen_sessions (
            id INTEGER PRIMARY KEY,
            recording_id INTEGER NOT NULL REFERENCES recordings(id),
            user_id INTEGER NOT NULL,
            user_name TEXT NOT NULL,
            role TEXT NOT NULL,
            purpose_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            samplerate INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            intervals TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'closed', 'private_destroyed'))
        )""",
        "CREATE INDEX listen_sessions_recording ON listen_sessions(recording_id, started_at)",
        "CREATE INDEX listen_sessions_user ON listen_sessions(user_name, started_at)",
        "CREATE INDEX listen_sessions_started ON listen_sessions(started_at)",
        """CREATE TABLE recording_holds (
            id INTEGER PRIMARY KEY,
            recording_id INTEGER NOT NULL REFERENCES recordings(id),
            purpose_id TEXT NOT NULL,
            case_reference TEXT NOT NULL CHECK (trim(case_reference) <> ''),
            placed_by TEXT NOT NULL,
            placed_at TEXT NOT NULL,
            released_by TEXT,
            released_at TEXT
        )""",
        "CREATE INDEX recording_holds_recording ON recording_holds(recording_id)",
        """CREATE TABLE recording_tombstones (
            recording_id INTEGER PRIMARY KEY REFERENCES recordings(id),
            kind TEXT NOT NULL CHECK (kind IN ('private_call', 'purged', 'erased')),
            reason TEXT NOT NULL,
            destroyed_by TEXT NOT NULL,
            destroyed_at TEXT NOT NULL,
            agent_id INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            stored_at TEXT NOT NULL,
            purposes TEXT NOT NULL,
            audio_sha256 TEXT NOT NULL,
            audio_size INTEGER NOT NULL
        )""",
    ),
    # 7: notices to agents (R7). An item is one notice: a listen, a sampled recording, a
    # destroyed private call, an erasure, or a weekly digest of sampled recordings. Each line
    # ties a recording to the audit entry of its event; the item's receipt is the newest line's.
    # due_at is the UTC instant it becomes overdue (local midnight after due_on).
    (
        """CREATE TABLE notifications (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN
                ('sampled', 'listened', 'private_call_destroyed', 'recording_erased')),
            agent_id INTEGER NOT NULL REFERENCES agents(id),
            team_id INTEGER NOT NULL REFERENCES teams(id),
            listen_session_id INTEGER REFERENCES listen_sessions(id),
            digest_week TEXT,
            created_at TEXT NOT NULL,
            due_on TEXT NOT NULL,
            due_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sent', 'acknowledged')),
            channel TEXT CHECK (channel IN ('mail', 'eml', 'pdf', 'copy', 'outside')),
            sent_by TEXT,
            sent_at TEXT,
            note TEXT NOT NULL DEFAULT '',
            acknowledged_by TEXT,
            acknowledged_at TEXT,
            audit_seq INTEGER NOT NULL,
            receipt TEXT NOT NULL
        )""",
        "CREATE INDEX notifications_due ON notifications(state, due_at)",
        "CREATE INDEX notifications_agent ON notifications(agent_id, digest_week, state)",
        "CREATE INDEX notifications_receipt ON notifications(receipt)",
        # One notice per listen session, whatever happens to the flows that create them.
        """CREATE UNIQUE INDEX notifications_listen ON notifications(listen_session_id)
            WHERE kind = 'listened'""",
        """CREATE TABLE notification_lines (
            notification_id INTEGER NOT NULL REFERENCES notifications(id),
            recording_id INTEGER NOT NULL REFERENCES recordings(id),
            audit_seq INTEGER NOT NULL UNIQUE,
            receipt TEXT NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (notification_id, recording_id)
        )""",
        "CREATE INDEX notification_lines_recording ON notification_lines(recording_id)",
    ),
    # 8: a listen session left open by a crash is closed as 'interrupted' at the next unlock.
    # SQLite cannot change a CHECK, so the table is rebuilt under its own name with every row
    # and index. Notices reference it: with the checks deferred, dropping the old table counts
    # their rows as orphans and copying the sessions back counts them found again, so the step
    # commits only if every reference still holds.
    (
        "PRAGMA defer_foreign_keys = ON",
        "CREATE TEMP TABLE listen_sessions_v7 AS SELECT * FROM listen_sessions",
        "DROP TABLE listen_sessions",
        """CREATE TABLE listen_sessions (
            id INTEGER PRIMARY KEY,
            recording_id INTEGER NOT NULL REFERENCES recordings(id),
            user_id INTEGER NOT NULL,
            user_name TEXT NOT NULL,
            role TEXT NOT NULL,
            purpose_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            samplerate INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            intervals TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'closed', 'private_destroyed', 'interrupted'))
        )""",
        """INSERT INTO listen_sessions (id, recording_id, user_id, user_name, role, purpose_id,
            reason, samplerate, started_at, ended_at, intervals, state)
            SELECT id, recording_id, user_id, user_name, role, purpose_id, reason, samplerate,
            started_at, ended_at, intervals, state FROM temp.listen_sessions_v7 ORDER BY id""",
        "DROP TABLE temp.listen_sessions_v7",
        "CREATE INDEX listen_sessions_recording ON listen_sessions(recording_id, started_at)",
        "CREATE INDEX listen_sessions_user ON listen_sessions(user_name, started_at)",
        "CREATE INDEX listen_sessions_started ON listen_sessions(started_at)",
    ),
    # 10: every audit entry is signed by its author's key (vault/audit.py, vault/signing.py).
    # Entries written before this step keep no signature and verify by their hashes only.
    (
        "ALTER TABLE audit_log ADD COLUMN signer TEXT",
        "ALTER TABLE audit_log ADD COLUMN signature BLOB",
        "CREATE INDEX audit_log_action ON audit_log(action)",
    ),
)

LATEST: Final = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    """The version the database's schema is at (0 for a new, empty database)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int = LATEST) -> int:
    """Bring the schema up to target, one numbered step per transaction; return the version."""
    current = schema_version(conn)
    if current > LATEST:
        raise NewerVault()
    for number in range(current + 1, target + 1):
        with transaction(conn):
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            # PRAGMA takes no parameters; number is an int from our own table.
            conn.execute(f"PRAGMA user_version = {number}")
    return schema_version(conn)

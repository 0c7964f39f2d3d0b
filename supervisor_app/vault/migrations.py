"""Schema migrations, numbered by PRAGMA user_version; each runs in one transaction."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Final

from supervisor_app.domain import retention
from supervisor_app.vault.db import Connection, transaction
from supervisor_app.vault.errors import NewerVault

# A step is a list of SQL statements or of functions that take the connection, for what SQL
# alone cannot say (calendar arithmetic in the policy's time zone). Never edit a released
# step: add a new one. (executescript would commit on its own, so statements run one by one
# inside the step's transaction.)
Statement = str | Callable[[Connection], None]

_TIME: Final = "%Y-%m-%dT%H:%M:%SZ"


def _recompute_deadlines_from_the_call(conn: Connection) -> None:
    """Step 9's data change: deadlines counted from the call's start, not from the import.

    Until step 9 a purpose's deadline was the import time plus its retention, so the
    retention in days is that difference; the deadline becomes the call's start plus those
    days in the newest policy's time zone. Only ever earlier: a call starts before it is
    imported. The counts go to the audit log at the next unlock (pending_audit).
    """
    row = conn.execute(
        "SELECT policy FROM policy_versions ORDER BY version DESC LIMIT 1"
    ).fetchone()
    scope = json.loads(row[0]).get("scope", {}) if row else {}
    tz = retention.zone(str(scope.get("timezone") or ""))
    rows = conn.execute(
        "SELECT p.rowid, r.started_at, r.stored_at, p.retain_until"
        " FROM recording_purposes p JOIN recordings r ON r.id = p.recording_id"
    ).fetchall()
    updates = []
    for rowid, started, stored, until in rows:
        start = dt.datetime.strptime(started, _TIME).replace(tzinfo=dt.UTC)
        kept = dt.datetime.strptime(until, _TIME) - dt.datetime.strptime(stored, _TIME)
        days = round(kept.total_seconds() / 86400)
        new = retention.deadline(start, days, tz).strftime(_TIME)
        updates.append((new, int(rowid)))
    conn.executemany("UPDATE recording_purposes SET retain_until = ? WHERE rowid = ?", updates)
    conn.execute(
        "UPDATE recordings SET retain_until = (SELECT max(p.retain_until)"
        " FROM recording_purposes p WHERE p.recording_id = recordings.id)"
    )
    if rows:
        recordings = conn.execute("SELECT count(*) FROM recordings").fetchone()[0]
        conn.execute(
            "INSERT INTO pending_audit (action, subject, details) VALUES (?, ?, ?)",
            (
                "retention_recomputed",
                "vault",
                json.dumps(
                    {
                        "rule": "call start + retention days",
                        "recordings": int(recordings),
                        "purpose_deadlines": len(rows),
                        "schema_step": 9,
                    },
                    sort_keys=True,
                ),
            ),
        )


def sort_name(name: str) -> str:
    """How a name sorts in the lists: case and accents aside (SQLite's lower() knows ASCII only)."""
    return name.casefold()


def _fill_sort_names(conn: Connection) -> None:
    """Step 10's data change: each recording's agent and team name as they sort."""
    agents = conn.execute("SELECT id, name FROM agents").fetchall()
    teams = conn.execute("SELECT id, name FROM teams").fetchall()
    conn.executemany(
        "UPDATE recordings SET agent_sort = ? WHERE agent_id = ?",
        [(sort_name(name), int(i)) for i, name in agents],
    )
    conn.executemany(
        "UPDATE recordings SET team_sort = ? WHERE team_id = ?",
        [(sort_name(name), int(i)) for i, name in teams],
    )


MIGRATIONS: Final[Sequence[Sequence[Statement]]] = (
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
    # 9: forgetting on time (R12). Deadlines count from the call's start; each recording's
    # latest deadline sits on its row, indexed with its status, so finding what to purge (or
    # sorting by it) is one index walk. Holds get a reason, an optional last day and a release
    # reason; tombstones the team, the deadline and the purge run; a dispute listen its case
    # reference. Purge runs are rows, so a run a crash interrupted is finished by the next.
    # pending_audit holds entries a step wants in the audit log; the next unlock writes them.
    (
        """CREATE TABLE pending_audit (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            details TEXT NOT NULL
        )""",
        "ALTER TABLE recordings ADD COLUMN retain_until TEXT",
        "CREATE INDEX recordings_deadline ON recordings(status, retain_until)",
        "ALTER TABLE recording_holds ADD COLUMN reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE recording_holds ADD COLUMN until TEXT",
        "ALTER TABLE recording_holds ADD COLUMN release_reason TEXT",
        "CREATE INDEX recording_holds_active ON recording_holds(recording_id)"
        " WHERE released_at IS NULL",
        "ALTER TABLE recording_tombstones ADD COLUMN team_id INTEGER",
        "ALTER TABLE recording_tombstones ADD COLUMN retain_until TEXT",
        "ALTER TABLE recording_tombstones ADD COLUMN purge_run INTEGER",
        "ALTER TABLE listen_sessions ADD COLUMN case_reference TEXT",
        """CREATE TABLE purge_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            started_by TEXT NOT NULL,
            policy_version INTEGER NOT NULL,
            finished_at TEXT,
            purged INTEGER NOT NULL DEFAULT 0
        )""",
        _recompute_deadlines_from_the_call,
    ),
    # 10: lists that stay fast at 100,000 recordings. The waveform peaks (kilobytes per call)
    # leave the recordings row for a table of their own, read only by the player and the
    # details panel, so scanning the list reads small rows. Each row carries its agent's and
    # team's names as they sort, and every sort the Recordings page offers has an index that
    # walks it in order, per status and across all of them (keyset paging continues after
    # the last row shown). The listen log filters by purpose; notices list by deadline, within
    # a state or all of them, and are found by their listen session.
    # tests/integration/test_query_plans.py holds every list to these indexes.
    (
        """CREATE TABLE recording_peaks (
            recording_id INTEGER PRIMARY KEY REFERENCES recordings(id) ON DELETE CASCADE,
            peaks BLOB NOT NULL
        )""",
        "INSERT INTO recording_peaks (recording_id, peaks)"
        " SELECT id, peaks FROM recordings WHERE length(peaks) > 0",
        "ALTER TABLE recordings DROP COLUMN peaks",
        "ALTER TABLE recordings ADD COLUMN agent_sort TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE recordings ADD COLUMN team_sort TEXT NOT NULL DEFAULT ''",
        _fill_sort_names,
        # One index per sort, with and without a status first; each ends in the team, so a
        # team lead's list checks the team in the index as it walks (recordings_repo._ORDER).
        "DROP INDEX recordings_status_started",
        "DROP INDEX recordings_started",
        "CREATE INDEX recordings_by_started ON recordings(status, started_at, team_id)",
        "CREATE INDEX recordings_by_agent ON recordings(status, agent_sort, team_id)",
        "CREATE INDEX recordings_by_team ON recordings(status, team_sort, team_id)",
        "CREATE INDEX recordings_by_duration ON recordings(status, duration_s, team_id)",
        "CREATE INDEX recordings_by_direction"
        " ON recordings(status, ifnull(direction, ''), team_id)",
        "CREATE INDEX recordings_by_retention"
        " ON recordings(status, ifnull(retain_until, ''), team_id)",
        "CREATE INDEX recordings_any_started ON recordings(started_at, team_id)",
        "CREATE INDEX recordings_any_agent ON recordings(agent_sort, team_id)",
        "CREATE INDEX recordings_any_team ON recordings(team_sort, team_id)",
        "CREATE INDEX recordings_any_duration ON recordings(duration_s, team_id)",
        "CREATE INDEX recordings_any_direction ON recordings(ifnull(direction, ''), team_id)",
        "CREATE INDEX recordings_any_retention ON recordings(ifnull(retain_until, ''), team_id)",
        "CREATE INDEX listen_sessions_purpose ON listen_sessions(purpose_id, started_at)",
        "CREATE INDEX notifications_listen_any ON notifications(listen_session_id)",
        "CREATE INDEX notifications_by_deadline ON notifications(due_at)",
    ),
    # 11: answering people (R15, R16). The register of requests from agents and callers with
    # their one-month deadline (art. 12(3) AVG); an agent's objection to being sampled, kept
    # with its history, one active at a time; and the request an erasure's tombstone answers.
    (
        """CREATE TABLE subject_requests (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL
                CHECK (kind IN ('access', 'erasure', 'objection', 'restriction')),
            subject_kind TEXT NOT NULL CHECK (subject_kind IN ('agent', 'caller')),
            agent_id INTEGER REFERENCES agents(id),
            number TEXT,
            received_on TEXT NOT NULL,
            verification TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            deadline TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'extended', 'answered', 'refused')),
            extension_reason TEXT,
            extended_by TEXT,
            extended_at TEXT,
            outcome_note TEXT,
            closed_by TEXT,
            closed_at TEXT,
            closed_on TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            CHECK ((subject_kind = 'agent') = (agent_id IS NOT NULL)),
            CHECK ((subject_kind = 'caller') = (number IS NOT NULL))
        )""",
        "CREATE INDEX subject_requests_deadline ON subject_requests(state, deadline)",
        "CREATE INDEX subject_requests_received ON subject_requests(received_on)",
        "CREATE INDEX subject_requests_agent ON subject_requests(agent_id)",
        """CREATE TABLE agent_objections (
            id INTEGER PRIMARY KEY,
            agent_id INTEGER NOT NULL REFERENCES agents(id),
            request_id INTEGER REFERENCES subject_requests(id),
            reason TEXT NOT NULL,
            set_by TEXT NOT NULL,
            set_at TEXT NOT NULL,
            lifted_by TEXT,
            lifted_at TEXT,
            lift_reason TEXT
        )""",
        "CREATE UNIQUE INDEX agent_objections_active ON agent_objections(agent_id)"
        " WHERE lifted_at IS NULL",
        "ALTER TABLE recording_tombstones ADD COLUMN request_id INTEGER",
        "CREATE INDEX recording_tombstones_request ON recording_tombstones(request_id)"
        " WHERE request_id IS NOT NULL",
    ),
    # 12: every audit entry is signed by its author's key (vault/audit.py, vault/signing.py).
    # Entries written before this step keep no signature and verify by their hashes only.
    (
        "ALTER TABLE audit_log ADD COLUMN signer TEXT",
        "ALTER TABLE audit_log ADD COLUMN signature BLOB",
        "CREATE INDEX audit_log_action ON audit_log(action)",
    ),
    # 13: one vault among many in an organisation. An agent who left (the HR list no longer
    # names them) keeps their row and their recordings' retention, but no new call of theirs
    # is taken in; left_on is the local day they were marked so. A policy version imported
    # from the organisation's file records whose policy it is and the file's own number, so
    # an older file or another organisation's is refused (services/policy_source.py).
    (
        "ALTER TABLE agents ADD COLUMN left_on TEXT",
        "CREATE INDEX agents_left ON agents(left_on) WHERE left_on IS NOT NULL",
        "ALTER TABLE policy_versions ADD COLUMN organisation TEXT",
        "ALTER TABLE policy_versions ADD COLUMN organisation_version INTEGER",
    ),
    # 14: coaching. A scorecard is one author's judgement of one recording against the
    # protocol version the agent had received by the call (its criteria copied in both
    # languages), with notes at moments of the call; a draft until shared. It is personal
    # data that follows the recording's retention: deleted with the audio (destroy_audio).
    # A feedback sheet is recorded like a notice, with a receipt; its lines keep which
    # recordings and listens it covered after the scorecards are gone.
    (
        """CREATE TABLE scorecards (
            id INTEGER PRIMARY KEY,
            recording_id INTEGER NOT NULL REFERENCES recordings(id),
            listen_session_id INTEGER NOT NULL REFERENCES listen_sessions(id),
            agent_id INTEGER NOT NULL REFERENCES agents(id),
            team_id INTEGER NOT NULL REFERENCES teams(id),
            author_id INTEGER NOT NULL REFERENCES users(id),
            author_name TEXT NOT NULL,
            author_role TEXT NOT NULL,
            purpose_id TEXT NOT NULL,
            protocol_version INTEGER NOT NULL,
            call_started_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'shared')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            shared_at TEXT,
            UNIQUE (recording_id, author_id)
        )""",
        "CREATE INDEX scorecards_agent ON scorecards(agent_id, call_started_at)",
        "CREATE INDEX scorecards_team ON scorecards(team_id, state, call_started_at)",
        "CREATE INDEX scorecards_author ON scorecards(author_id, state)",
        """CREATE TABLE scorecard_criteria (
            scorecard_id INTEGER NOT NULL REFERENCES scorecards(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            text_nl TEXT NOT NULL,
            text_en TEXT NOT NULL,
            outcome TEXT CHECK (outcome IN ('met', 'partly', 'not_met', 'not_applicable')),
            comment TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (scorecard_id, position)
        )""",
        """CREATE TABLE coaching_notes (
            id INTEGER PRIMARY KEY,
            scorecard_id INTEGER NOT NULL REFERENCES scorecards(id) ON DELETE CASCADE,
            at_ms INTEGER NOT NULL CHECK (at_ms >= 0),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX coaching_notes_scorecard ON coaching_notes(scorecard_id, at_ms)",
        """CREATE TABLE feedback_sheets (
            id INTEGER PRIMARY KEY,
            agent_id INTEGER NOT NULL REFERENCES agents(id),
            team_id INTEGER NOT NULL REFERENCES teams(id),
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
            summary TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sent', 'withdrawn')),
            channel TEXT CHECK (channel IN ('mail', 'eml', 'pdf', 'copy', 'outside')),
            sent_by TEXT,
            sent_at TEXT,
            note TEXT NOT NULL DEFAULT '',
            withdrawn_by TEXT,
            withdrawn_at TEXT,
            audit_seq INTEGER NOT NULL,
            receipt TEXT NOT NULL
        )""",
        "CREATE INDEX feedback_sheets_agent ON feedback_sheets(agent_id, created_at)",
        "CREATE INDEX feedback_sheets_team ON feedback_sheets(team_id, created_at)",
        "CREATE INDEX feedback_sheets_receipt ON feedback_sheets(receipt)",
        """CREATE TABLE feedback_sheet_lines (
            sheet_id INTEGER NOT NULL REFERENCES feedback_sheets(id),
            listen_session_id INTEGER NOT NULL REFERENCES listen_sessions(id),
            recording_id INTEGER NOT NULL REFERENCES recordings(id),
            scorecard_id INTEGER REFERENCES scorecards(id) ON DELETE SET NULL,
            PRIMARY KEY (sheet_id, listen_session_id)
        )""",
        "CREATE INDEX feedback_sheet_lines_recording ON feedback_sheet_lines(recording_id)",
        "CREATE INDEX feedback_sheet_lines_scorecard ON feedback_sheet_lines(scorecard_id)",
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
                if callable(statement):
                    statement(conn)
                else:
                    conn.execute(statement)
            # PRAGMA takes no parameters; number is an int from our own table.
            conn.execute(f"PRAGMA user_version = {number}")
    return schema_version(conn)

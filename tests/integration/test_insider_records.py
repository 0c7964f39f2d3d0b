"""A slot holder edits the records the log speaks of, and leaves the signed log alone.

Team lead bram listens, someone else works after him (so he cannot simply cut the log's
tail), and then, with nothing but his own passphrase and sqlcipher3, he deletes or edits
the tables beside the log: his listen's notice (so the agent is never told), its state
(marked sent without sending), the listen session itself, or the intervals it heard.
The chain, the signatures and every witness still hold; ``log verify`` reads the log back
against the tables and names each one.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from supervisor_app import cli
from supervisor_app.audio.player import PlayerState
from supervisor_app.audio.sinks import NullSink
from supervisor_app.domain.notifications import Kind
from supervisor_app.services import record_check
from supervisor_app.services.audit_log import AuditLogService
from supervisor_app.services.erasure import ErasureService, Target
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.notifications import NotificationService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.requests import RequestsService
from supervisor_app.services.retention import RetentionService
from supervisor_app.services.session import Session
from supervisor_app.vault.db import transaction
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_access_export import A, build
from tests.integration.test_erasure import A_E164
from tests.integration.test_listen import REASON, build_vault

BRAM_PW = "stille-uil-telt-sterren-bram"
NOTICE = "(SELECT id FROM notifications WHERE kind = 'listened')"


def listen_through(session: Session, recording: int) -> int:
    """Play a whole recording through the null sink; the listen session's id."""
    listen = ListeningService(session).open(recording, "training", REASON)
    player = listen.player(NullSink())
    player.play()
    while player.wait(0.2) is PlayerState.PLAYING:
        pass
    listen.close()
    return listen.id


@pytest.fixture
def folder(admin_session: Session, tmp_path: Path) -> Path:
    """bram listened once; the administrator worked after him and locked."""
    v = build_vault(admin_session, tmp_path)
    listen_through(v.lead, v.noord)
    v.lead.lock()
    v.coach.lock()
    PeopleService(v.admin).add_team("Team Later")
    v.admin.lock()
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    return admin_session.vault.folder


def as_bram(folder: Path, *sql: str) -> None:
    """bram's own tools: his slot gives the key; no app code runs, nothing is logged."""
    vault = LockedVault.open(folder).unlock("bram", BRAM_PW)
    conn = vault.connect()
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        with transaction(conn):
            for statement in sql:
                conn.execute(statement)
    finally:
        conn.close()
        vault.lock()


def listened_notice(folder: Path) -> int:
    """The id of the notice of bram's listen."""
    vault = LockedVault.open(folder).unlock("bram", BRAM_PW)
    conn = vault.connect()
    try:
        return int(conn.execute(NOTICE[1:-1]).fetchone()[0])
    finally:
        conn.close()
        vault.lock()


def log_verify(folder: Path, tmp_path: Path) -> tuple[int, dict[str, Any]]:
    out = io.StringIO()
    args = ["log", "verify", "--json", "--vault", str(folder), "--user", ADMIN]
    code = cli.main(
        [*args, "--passphrase-file", str(tmp_path / "admin.pw")], stdin=io.StringIO(""), out=out
    )
    return code, json.loads(out.getvalue())


def test_untouched_records_agree_with_the_log(folder: Path, tmp_path: Path) -> None:
    code, report = log_verify(folder, tmp_path)
    assert code == 0, report
    assert report["records_not_as_logged"] == []


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        pytest.param(
            (
                f"DELETE FROM notification_lines WHERE notification_id IN {NOTICE}",
                f"DELETE FROM notifications WHERE id IN {NOTICE}",
            ),
            {("listen_notice:1", "missing")},
            id="notice-deleted",
        ),
        pytest.param(
            (
                "UPDATE notifications SET state = 'sent', channel = 'outside', sent_by = 'bram',"
                " sent_at = created_at WHERE kind = 'listened'",
            ),
            {("notification:{listened}", "unlogged_state")},
            id="notice-marked-sent",
        ),
        pytest.param(
            (
                f"DELETE FROM notification_lines WHERE notification_id IN {NOTICE}",
                f"DELETE FROM notifications WHERE id IN {NOTICE}",
                "DELETE FROM listen_sessions",
            ),
            {("listen_session:1", "missing"), ("listen_notice:1", "missing")},
            id="session-and-notice-deleted",
        ),
        pytest.param(
            ("UPDATE listen_sessions SET intervals = '[]'",),
            {("listen_session:1", "altered")},
            id="intervals-emptied",
        ),
        pytest.param(
            ("UPDATE listen_sessions SET purpose_id = 'dispute'",),
            {("listen_session:1", "altered")},
            id="purpose-changed",
        ),
        pytest.param(
            ("UPDATE listen_sessions SET user_name = 'carla'",),
            {("listen_session:1", "altered")},
            id="listener-changed",
        ),
    ],
)
def test_records_edited_behind_the_log_are_named(
    folder: Path, tmp_path: Path, sql: tuple[str, ...], expected: set[tuple[str, str]]
) -> None:
    listened = listened_notice(folder)
    as_bram(folder, *sql)
    code, report = log_verify(folder, tmp_path)
    assert code == 1
    expected = {(r.format(listened=listened), p) for r, p in expected}
    # The log itself, its signatures and every witness still hold: only the records changed.
    assert report["first_bad_seq"] is None and report["heads_not_extended"] == []
    found = {(r["record"], r["problem"]) for r in report["records_not_as_logged"]}
    assert found == expected


def test_the_sentence_says_what_to_do(folder: Path, tmp_path: Path) -> None:
    as_bram(folder, "UPDATE listen_sessions SET intervals = '[]'")
    out = io.StringIO()
    args = ["log", "verify", "--vault", str(folder), "--user", ADMIN]
    code = cli.main(
        [*args, "--passphrase-file", str(tmp_path / "admin.pw")], stdin=io.StringIO(""), out=out
    )
    assert code == 1
    assert "listen session 1 no longer says what audit log entry" in out.getvalue()
    assert "Tell the privacy officer" in out.getvalue()


def test_the_app_s_own_flows_leave_records_that_agree(
    admin_session: Session, tmp_path: Path
) -> None:
    """Listens, notices sent and acknowledged, a private call, an erasure and a purge: no alarm."""
    people = build(admin_session, tmp_path)
    admin = people.admin
    notices = NotificationService(admin)
    listened = [i for i in notices.items() if i.kind is Kind.LISTENED]
    notices.mark_sent(listened[0].id, "outside", "Told at the weekly meeting")
    notices.mark_acknowledged(listened[0].id)
    private = next(r for r in people.by_agent[people.fatima] if r != people.by_number[A_E164][0])
    listening = ListeningService(people.lead)
    listening.flag_private(listening.open(private, "training", REASON), confirm=True)
    erasure = RequestsService(admin).add("erasure", received_on=dt.date.today(), number=A).row.id
    ErasureService(admin).erase(erasure, Target(number=A), confirm=True)
    RetentionService(admin).purge()

    assert record_check.check(admin.conn) == []
    assert AuditLogService(admin).verify_all().intact


def test_a_recording_moved_into_his_team_is_named(admin_session: Session, tmp_path: Path) -> None:
    """bram moves a Team Zuid call into his own team, so the gate lets him hear it."""
    v = build_vault(admin_session, tmp_path)
    folder = admin_session.vault.folder
    v.lead.lock()
    v.coach.lock()
    v.admin.lock()
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    as_bram(
        folder,
        f"UPDATE recordings SET team_id = (SELECT team_id FROM recordings WHERE id = {v.noord}),"
        f" agent_id = (SELECT agent_id FROM recordings WHERE id = {v.noord}) WHERE id = {v.zuid}",
    )
    code, report = log_verify(folder, tmp_path)
    assert code == 1
    assert report["records_not_as_logged"] == [
        {
            "seq": report["records_not_as_logged"][0]["seq"],
            "record": f"recording:{v.zuid}",
            "problem": "altered",
        }
    ]


def test_a_purpose_added_to_a_recording_is_named(folder: Path, tmp_path: Path) -> None:
    as_bram(
        folder,
        "INSERT INTO recording_purposes (recording_id, purpose_id, retain_until)"
        " SELECT recording_id, 'dispute', retain_until FROM recording_purposes"
        " WHERE recording_id = 1 AND purpose_id = 'training'",
    )
    code, report = log_verify(folder, tmp_path)
    assert code == 1
    assert [(r["record"], r["problem"]) for r in report["records_not_as_logged"]] == [
        ("recording:1", "altered")
    ]


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        pytest.param(
            "INSERT INTO recording_holds (recording_id, purpose_id, case_reference, placed_by,"
            " placed_at) SELECT recording_id, purpose_id, 'DOS-1', 'bram', started_at"
            " FROM listen_sessions",
            "unknown",
            id="hold-planted",
        ),
        pytest.param("UPDATE recording_holds SET until = NULL", "altered", id="hold-extended"),
        pytest.param(
            "UPDATE recording_holds SET released_by = NULL, released_at = NULL",
            "altered",
            id="release-undone",
        ),
    ],
)
def test_an_evidence_hold_changed_behind_the_log_is_named(
    admin_session: Session, tmp_path: Path, sql: str, problem: str
) -> None:
    """A hold keeps a recording past its deletion: bram plants, extends or revives one."""
    people = build(admin_session, tmp_path)
    retention = RetentionService(people.lead)
    if "released_at" in sql:
        retention.release_hold(people.hold_id, "The dispute was settled with the caller")
    elif "until" in sql:
        # The hold ends on a day; bram makes it last for ever.
        retention.release_hold(people.hold_id, "Placed again with a last day")
        hold = retention.place_hold(
            people.by_agent[people.fatima][2],
            "dispute",
            "DOS-2026-18",
            "The caller disputes what was promoted",
            until=dt.date.today() + dt.timedelta(days=30),
        )
        sql += f" WHERE id = {hold.id}"
    folder = admin_session.vault.folder
    people.lead.lock()
    people.admin.lock()
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    as_bram(folder, sql)
    code, report = log_verify(folder, tmp_path)
    assert code == 1
    assert {(r["record"].split(":")[0], r["problem"]) for r in report["records_not_as_logged"]} == {
        ("hold", problem)
    }

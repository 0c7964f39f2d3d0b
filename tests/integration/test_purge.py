"""Forgetting on time in a real vault: the purge deletes what expired, and nothing else.

It proves what it deleted and survives a kill; holds keep evidence; a shorter policy applies
from the next purge and a longer one never.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import soundfile as sf

from supervisor_app.domain.errors import AccessDenied, InputError
from supervisor_app.domain.policy import Protocol
from supervisor_app.domain.roles import Role
from supervisor_app.services.imports import ImportService
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.notifications import NotificationService, describe_receipt
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.retention import RetentionService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit, listen_repo, recordings_repo, retention_repo
from supervisor_app.vault.db import DB_FILE
from supervisor_app.vault.recordings_repo import ChunkReader, RecordingFilter
from tests.children import KILLED, Lines, hard_kill
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_import_pipeline import (
    EVERYTHING,
    MONDAY,
    Call,
    prepare_vault,
    write_export,
)
from tests.integration.test_listen import CASE, REASON, as_user

REPO = Path(__file__).resolve().parents[2]
HOLD_REASON = "The donor disputes the recurring gift"
# The calls are three weeks old: 12 days on, training's 30 days have passed for every one of
# them, while the campaign calls are still kept for disputes (90 days).
LATER = dt.timedelta(days=12)


@dataclass
class Vault:
    """A vault with six training-only calls and two campaign calls, and a team lead."""

    admin: Session
    lead: Session
    training: list[int]  # expire 30 days after the call
    campaign: list[int]  # kept 90 days for disputes
    folder: Path


def build(admin: Session, root: Path) -> Vault:
    prepare_vault(admin, EVERYTHING)
    calls = [
        Call("queue", ext, MONDAY + dt.timedelta(hours=n), 6.0)
        for n, ext in enumerate(["201", "202", "204", "201", "202", "204"])
    ]
    calls += [Call("campaign", ext, MONDAY + dt.timedelta(days=1, hours=n), 6.0)
              for n, ext in enumerate(["201", "204"])]  # fmt: skip
    monitor, cdr, _ = write_export(root / "export", calls)
    assert ImportService(admin).run("freepbx", monitor, cdr).imported == len(calls)
    rows = admin.conn.execute("SELECT id, campaign FROM recordings ORDER BY id").fetchall()
    lead = as_user(admin, "bram", Role.TEAM_LEAD, ["Team Noord", "Team Zuid"])
    return Vault(
        admin,
        lead,
        [int(r[0]) for r in rows if r[1] is None],
        [int(r[0]) for r in rows if r[1] is not None],
        admin.vault.folder,
    )


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    return build(admin_session, tmp_path)


def later(days: float = LATER.days) -> Callable[[], dt.datetime]:
    return lambda: dt.datetime.now(dt.UTC) + dt.timedelta(days=days)


def chunks(session: Session, recording_id: int) -> int:
    row = session.conn.execute(
        "SELECT count(*) FROM audio_chunks WHERE recording_id = ?", (recording_id,)
    ).fetchone()
    return int(row[0])


def vault_bytes(folder: Path) -> int:
    return sum(
        (folder / n).stat().st_size for n in (DB_FILE, f"{DB_FILE}-wal") if (folder / n).exists()
    )


def assert_healthy(session: Session) -> None:
    conn = session.conn
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert audit.verify(conn).intact


# --- what goes and what stays ----------------------------------------------------------------


def test_a_purge_deletes_exactly_the_expired_audio_and_keeps_the_proof(vault: Vault) -> None:
    listen = ListeningService(vault.lead).open(vault.training[0], "training", REASON)
    listen.close()
    notices_before = {i.id for i in NotificationService(vault.admin).items()}
    kept_chunks = {r: chunks(vault.admin, r) for r in vault.campaign}
    assert all(chunks(vault.admin, r) > 0 for r in vault.training)
    size_before = vault_bytes(vault.folder)

    report = RetentionService(vault.admin, clock=later()).purge()

    assert sorted(report.purged) == sorted(vault.training) and report.due == 6
    conn = vault.admin.conn
    for rec_id in vault.training:
        assert chunks(vault.admin, rec_id) == 0
        row = conn.execute(
            "SELECT status, (SELECT count(*) FROM recording_peaks k WHERE k.recording_id = r.id),"
            " remote_number FROM recordings r WHERE id = ?",
            (rec_id,),
        ).fetchone()
        assert tuple(row) == ("purged", 0, None)
        stone = retention_repo.tombstone(conn, rec_id)
        assert stone is not None and stone.kind == "purged" and stone.purge_run == report.run
        assert stone.retain_until is not None and stone.team_id is not None
        assert stone.audio_sha256 and [p for p, _ in stone.purposes] == ["training"]
    for rec_id in vault.campaign:  # nothing else was touched
        assert chunks(vault.admin, rec_id) == kept_chunks[rec_id]
        with ChunkReader(conn, rec_id) as reader:
            assert len(sf.read(reader, dtype="int16")[0]) == 6 * 8000
    # The evidence that the rules were kept stays: the listen, its notice, the log.
    session_row = listen_repo.session(conn, listen.id)
    assert session_row is not None and session_row.recording_status == "purged"
    assert {i.id for i in NotificationService(vault.admin).items()} == notices_before
    entry = next(e for e in audit.entries(conn) if e.action == "purge")
    assert entry.details["purged"] == 6 and sorted(entry.details["recordings"]) == sorted(
        vault.training
    )
    assert_healthy(vault.admin)
    assert retention_repo.free_pages(conn) == 0
    assert vault_bytes(vault.folder) < size_before
    assert report.size_after < report.size_before
    # A second run finds nothing more to do.
    again = RetentionService(vault.admin, clock=later()).purge()
    assert (again.run, again.purged) == (None, ())


def test_purged_recordings_can_no_longer_be_heard_or_listed_as_held(vault: Vault) -> None:
    RetentionService(vault.admin, clock=later()).purge()
    with pytest.raises(AccessDenied, match="deleted when its retention ended"):
        ListeningService(vault.lead).open(vault.training[0], "training", REASON)
    held = recordings_repo.count(vault.admin.conn, RecordingFilter())
    purged = recordings_repo.count(vault.admin.conn, RecordingFilter(status="purged"))
    assert (held, purged) == (2, 6)


def test_a_dry_run_counts_and_deletes_nothing(vault: Vault) -> None:
    entries = len(audit.entries(vault.admin.conn))
    report = RetentionService(vault.admin, clock=later()).purge(dry_run=True)
    assert report.dry_run and report.due == 6 and sorted(report.purged) == sorted(vault.training)
    assert all(chunks(vault.admin, r) > 0 for r in vault.training)
    assert len(audit.entries(vault.admin.conn)) == entries


def test_the_outlook_names_the_next_deadline_and_what_is_due(vault: Vault) -> None:
    now = RetentionService(vault.admin).outlook()
    assert now.due_now == 0 and now.next_deadline is not None
    first_day = min(
        r.retain_until for r in recordings_repo.page(vault.admin.conn, 0, 10) if r.retain_until
    )
    assert now.next_deadline == first_day
    assert now.next_day_count == 6  # the six training calls of that Monday
    after = RetentionService(vault.admin, clock=later()).outlook()
    assert after.due_now == 6


# --- holds -------------------------------------------------------------------------------------


def test_a_held_recording_survives_the_purge_and_goes_after_release(vault: Vault) -> None:
    held = vault.campaign[0]
    retention = RetentionService(vault.lead)
    hold = retention.place_hold(held, "dispute", CASE, HOLD_REASON)
    assert hold.case_reference == CASE and hold.placed_by == "bram"
    far = later(200)  # past the campaign calls' 90 days too
    report = RetentionService(vault.admin, clock=far).purge()
    assert held not in report.purged and vault.campaign[1] in report.purged
    assert chunks(vault.admin, held) > 0
    # While held, it can still be heard for the dispute, with the case reference.
    listen = ListeningService(vault.lead, clock=far).open(held, "dispute", REASON, CASE)
    listen.close()

    retention.release_hold(hold.id, "The dispute was settled with the donor")
    after = RetentionService(vault.admin, clock=far).purge()
    assert after.purged == (held,) and chunks(vault.admin, held) == 0
    actions = [e.action for e in audit.entries(vault.admin.conn)]
    assert "hold_placed" in actions and "hold_released" in actions
    assert_healthy(vault.admin)


def test_a_hold_with_a_last_day_lapses_by_itself(vault: Vault) -> None:
    held = vault.campaign[0]
    last_day = (dt.datetime.now(dt.UTC) + dt.timedelta(days=100)).date()
    RetentionService(vault.lead).place_hold(held, "dispute", CASE, HOLD_REASON, until=last_day)
    assert held not in RetentionService(vault.admin, clock=later(99)).purge().purged
    assert held in RetentionService(vault.admin, clock=later(102)).purge().purged


def test_holds_are_refused_where_the_policy_or_the_role_does_not_allow_them(
    vault: Vault,
) -> None:
    retention = RetentionService(vault.lead)
    with pytest.raises(InputError, match="does not allow keeping"):
        retention.place_hold(vault.training[0], "training", CASE, HOLD_REASON)
    with pytest.raises(InputError, match="not kept for"):
        retention.place_hold(vault.training[0], "dispute", CASE, HOLD_REASON)
    with pytest.raises(InputError, match="case reference"):
        retention.place_hold(vault.campaign[0], "dispute", "  ", HOLD_REASON)
    with pytest.raises(InputError, match="at least 10"):
        retention.place_hold(vault.campaign[0], "dispute", CASE, "short")
    with pytest.raises(AccessDenied):
        RetentionService(vault.admin).place_hold(vault.campaign[0], "dispute", CASE, HOLD_REASON)
    coach = as_user(vault.admin, "carla", Role.QUALITY_COACH, ["Team Noord"])
    with pytest.raises(AccessDenied):
        RetentionService(coach).place_hold(vault.campaign[0], "dispute", CASE, HOLD_REASON)
    # After its retention has passed, a recording can no longer be held.
    with pytest.raises(InputError, match="already ended"):
        RetentionService(vault.lead, clock=later(200)).place_hold(
            vault.campaign[0], "dispute", CASE, HOLD_REASON
        )
    assert retention.holds() == []


def test_a_hold_never_opens_a_recording_to_someone_the_gate_refuses(vault: Vault) -> None:
    RetentionService(vault.lead).place_hold(vault.campaign[0], "dispute", CASE, HOLD_REASON)
    coach = as_user(vault.admin, "carla", Role.QUALITY_COACH, ["Team Noord"])
    far = later(200)
    assert ListeningService(coach, clock=far).options(vault.campaign[0]) == []
    # Nor for another purpose than the one held: training ended and stays ended.
    assert [p.id for p in ListeningService(vault.lead, clock=far).options(vault.campaign[0])] == [
        "dispute"
    ]


# --- a shorter policy --------------------------------------------------------------------------


def test_a_shorter_retention_applies_from_the_next_purge_and_a_longer_one_never(
    vault: Vault,
) -> None:
    policies = PolicyService(vault.admin)
    policy = policies.current()
    week = dataclasses.replace(
        policy,
        purposes=tuple(dataclasses.replace(p, retention_days=7) for p in policy.purposes),
    )
    only_disputes = dataclasses.replace(
        policy,
        purposes=tuple(
            dataclasses.replace(p, retention_days=7) if p.id == "dispute" else p
            for p in policy.purposes
        ),
    )
    # The campaign calls stay kept for training (30 days) even if disputes keep them 7.
    assert (
        policies.effect_of(only_disputes).shortened,
        policies.effect_of(only_disputes).purged_now,
    ) == (2, 0)
    effect = policies.effect_of(week)
    # Every call is three weeks old: 7 days' retention makes all of them due at once.
    assert (effect.shortened, effect.purged_now) == (8, 8)
    policies.save(week)
    assert [e.action for e in audit.entries(vault.admin.conn)][:2] == [
        "retention_applied",
        "policy_changed",
    ]
    assert chunks(vault.admin, vault.campaign[0]) > 0  # deleted by the purge, not the save
    report = RetentionService(vault.admin).purge()
    assert sorted(report.purged) == sorted(vault.training + vault.campaign)

    purged = RecordingFilter(status="purged")
    assert recordings_repo.count(vault.admin.conn, purged) == 8


def test_a_longer_retention_never_extends_what_was_stored(vault: Vault) -> None:
    policies = PolicyService(vault.admin)
    policy = policies.current()
    longer = dataclasses.replace(
        policy,
        purposes=tuple(dataclasses.replace(p, retention_days=365) for p in policy.purposes),
    )
    effect = policies.effect_of(longer)
    assert effect.shortened == 0 and effect.lengthened_ignored == 10  # 8 training, 2 disputes
    before = {r.id: r.retain_until for r in recordings_repo.page(vault.admin.conn, 0, 20)}
    policies.save(longer)
    after = {r.id: r.retain_until for r in recordings_repo.page(vault.admin.conn, 0, 20)}
    assert after == before
    assert "retention_applied" not in [e.action for e in audit.entries(vault.admin.conn)]


def test_purging_does_not_wait_for_a_complete_policy(vault: Vault) -> None:
    policies = PolicyService(vault.admin)
    incomplete = dataclasses.replace(policies.current(), protocol=Protocol())
    policies.save(incomplete)
    assert not policies.status().complete
    assert len(RetentionService(vault.admin, clock=later()).purge().purged) == 6


# --- a kill in the middle --------------------------------------------------------------------

# The child purges with two recordings per transaction and stalls inside its second batch,
# after the first recording's audio is deleted but before the batch commits. The parent
# kills it there with SIGKILL.
CHILD = textwrap.dedent(
    """
    import datetime as dt, sys, time
    from pathlib import Path
    from supervisor_app.services import retention
    from supervisor_app.services.retention import RetentionService
    from supervisor_app.services.session import unlock
    from supervisor_app.vault import retention_repo

    folder, user, phrase, days = sys.argv[1:5]
    session = unlock(Path(folder), user, phrase)
    retention.BATCH = 2
    real = retention_repo.destroy_audio
    done = 0

    def destroy(conn, stone, status):
        global done
        deleted = real(conn, stone, status)
        done += 1
        if done == 3:
            print("STOP", flush=True)
            time.sleep(600)
        return deleted

    retention_repo.destroy_audio = destroy
    clock = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(days=float(days))
    RetentionService(session, clock=clock).purge()
    print("FINISHED", flush=True)
    """
)


@pytest.mark.slow
def test_a_purge_killed_midway_is_finished_by_the_next(vault: Vault) -> None:
    # Every session of this process ends, so vault.lock lets the child open the vault.
    vault.lead.lock()
    vault.admin.lock()
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault.folder), ADMIN, ADMIN_PASSPHRASE, str(LATER.days)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            lines = Lines(proc.stdout)
            assert lines.wait_for("STOP", timeout=60), lines.seen
            hard_kill(proc)
            assert proc.returncode == KILLED
        finally:
            hard_kill(proc)
            proc.communicate()

    session = unlock(vault.folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert_healthy(session)
        conn = session.conn
        # The first batch committed whole; the second rolled back whole: no half-purged one.
        rows = conn.execute("SELECT id, status FROM recordings ORDER BY id").fetchall()
        for rec_id, status in rows:
            has_audio = chunks(session, rec_id) > 0
            stone = retention_repo.tombstone(conn, rec_id)
            assert (status == "held") == has_audio == (stone is None)
        assert sum(1 for _, s in rows if s == "purged") == 2
        assert [r.id for r in retention_repo.unfinished_runs(conn)] == [1]
        assert not [e for e in audit.entries(conn) if e.action == "purge"]

        report = RetentionService(session, clock=later()).purge()

        assert report.closed_runs == (1,) and len(report.purged) == 4
        assert sorted(
            r for r, s in conn.execute("SELECT id, status FROM recordings").fetchall()
            if s == "purged"
        ) == sorted(vault.training)  # fmt: skip
        purges = [e for e in audit.entries(conn) if e.action == "purge"]
        assert [e.details.get("interrupted", False) for e in reversed(purges)] == [True, False]
        assert retention_repo.unfinished_runs(conn) == []
        assert_healthy(session)
    finally:
        session.lock()


def test_the_evidence_about_a_purged_recording_says_when_it_was_deleted(vault: Vault) -> None:
    listen = ListeningService(vault.lead).open(vault.training[0], "training", REASON)
    listen.close()
    notice = NotificationService(vault.admin).for_listen_session(listen.id)
    assert notice is not None
    RetentionService(vault.admin, clock=later()).purge()

    row = listen_repo.session(vault.admin.conn, listen.id)
    assert row is not None and row.audio_deleted_at is not None
    check = NotificationService(vault.admin).check_receipt(notice.receipt)
    assert check.matches and check.gone == (
        (vault.training[0], "purged", row.audio_deleted_at.date().isoformat()),
    )
    assert "was deleted on" in describe_receipt(check)
    assert "its retention had ended" in describe_receipt(check)

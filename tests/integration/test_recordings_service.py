"""Listing recordings by team, filter, sort and page; verifying a batch's sample."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from supervisor_app.domain.errors import NotFound
from supervisor_app.domain.roles import Role
from supervisor_app.services.imports import ImportService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.recordings import RecordingsService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import people_repo, recordings_repo
from supervisor_app.vault.db import transaction
from supervisor_app.vault.recordings_repo import RecordingFilter, SortKey
from tests.integration.test_import_pipeline import (
    EVERYTHING,
    MONDAY,
    Call,
    prepare_vault,
    write_export,
)

WEEK = dt.timedelta(days=7)


def as_user(admin: Session, name: str, role: Role, teams: list[str]) -> Session:
    """A session for a new user with one role, unlocked with their own passphrase."""
    people = PeopleService(admin)
    passphrase = "stille-uil-telt-sterren-" + name
    people.add_user(name, people.grants_for([role], teams), passphrase)
    # A real unlock: entries the user writes are signed with their own key.
    return unlock(admin.vault.folder, name, passphrase)


@pytest.fixture
def stored(admin_session: Session, tmp_path: Path) -> Session:
    """Eight recordings: agents 201 and 202 (Noord) and 204 (Zuid), over two weeks."""
    prepare_vault(admin_session, EVERYTHING)
    calls = [
        Call("queue", "201", MONDAY, 1.0),
        Call("queue", "201", MONDAY + WEEK, 2.0),
        Call("campaign", "201", MONDAY + dt.timedelta(hours=2), 3.0),
        Call("queue", "202", MONDAY + dt.timedelta(hours=1), 4.0),
        Call("queue", "202", MONDAY + WEEK, 0.5),
        Call("queue", "204", MONDAY, 1.5),
        Call("campaign", "204", MONDAY + WEEK, 2.5),
        Call("queue", "204", MONDAY + WEEK + dt.timedelta(hours=3), 3.5),
    ]
    monitor, cdr, _ = write_export(tmp_path / "export", calls)
    assert ImportService(admin_session).run("freepbx", monitor, cdr).imported == 8
    return admin_session


def test_each_role_sees_its_teams(stored: Session) -> None:
    lead = as_user(stored, "bram", Role.TEAM_LEAD, ["Team Noord"])
    coach = as_user(stored, "dirk", Role.QUALITY_COACH, ["Team Zuid"])
    auditor = as_user(stored, "eva", Role.AUDITOR, [])

    assert {r.team_name for r in RecordingsService(lead).list()} == {"Team Noord"}
    assert RecordingsService(lead).count() == 5
    assert {r.team_name for r in RecordingsService(coach).list()} == {"Team Zuid"}
    assert RecordingsService(auditor).count() == RecordingsService(stored).count() == 8
    # Asking for another team's recordings gives nothing rather than widening the scope.
    zuid = people_repo.team_by_name(stored.conn, "Team Zuid")
    assert zuid is not None
    assert RecordingsService(lead).count(RecordingFilter(team_ids=frozenset({zuid.id}))) == 0


def test_detail_is_scoped_and_the_latest_batch_has_counts(stored: Session) -> None:
    lead = as_user(stored, "bram", Role.TEAM_LEAD, ["Team Zuid"])
    every = RecordingsService(stored).list()
    noord = next(r for r in every if r.team_name == "Team Noord")
    zuid = next(r for r in every if r.team_name == "Team Zuid")
    assert RecordingsService(lead).detail(noord.id) is None
    found = RecordingsService(lead).detail(zuid.id)
    assert found is not None and found.summary.id == zuid.id
    latest = RecordingsService(lead).latest_batch()
    assert latest is not None and not latest.cancelled
    assert latest.counts["imported"] == 8


def test_filters_sorting_and_pages(stored: Session) -> None:
    service = RecordingsService(stored)
    by_duration = service.list(sort=SortKey.DURATION, descending=False)
    assert [r.duration_s for r in by_duration] == sorted(r.duration_s for r in by_duration)
    newest = service.list()
    assert [r.started_at for r in newest] == sorted((r.started_at for r in newest), reverse=True)
    names = [r.agent_name for r in service.list(sort=SortKey.AGENT, descending=False)]
    assert names == sorted(names, key=str.casefold)

    pages = [service.page(offset, 3) for offset in (0, 3, 6)]
    assert [len(p) for p in pages] == [3, 3, 2]
    assert [r.id for p in pages for r in p] == [r.id for r in newest]

    second_week = RecordingFilter(started_from=(MONDAY + WEEK - dt.timedelta(days=1)).astimezone())
    assert service.count(second_week) == len(service.list(second_week)) == 4
    disputes = RecordingFilter(purpose_id="dispute")
    assert {r.campaign for r in service.list(disputes)} == {"donor-2026"}
    assert service.count(disputes) == 2
    assert service.count(RecordingFilter(direction="outbound")) == 2
    assert service.count(RecordingFilter(status="purged")) == 0


def test_the_list_counts_from_indexes(stored: Session) -> None:
    where, params = recordings_repo._where(RecordingFilter(team_ids=frozenset({1, 2})))
    plan = stored.conn.execute(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM recordings r" + where, params
    ).fetchall()
    text = " ".join(str(row[-1]) for row in plan)
    assert "COVERING INDEX recordings_team_list" in text, text
    where, params = recordings_repo._where(RecordingFilter())
    plan = stored.conn.execute(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM recordings r" + where, params
    ).fetchall()
    assert "COVERING INDEX" in " ".join(str(row[-1]) for row in plan)


def _example_batch(admin_session: Session, tmp_path: Path) -> int:
    prepare_vault(admin_session)  # the example policy: 5 %, at least 1, at most 3 a week
    calls = [
        Call("queue", agent, MONDAY + dt.timedelta(minutes=m) + week * WEEK, 0.2)
        for agent in ("201", "202", "204")
        for m in range(10)
        for week in range(2)
    ]
    monitor, cdr, _ = write_export(tmp_path / "export", calls)
    report = ImportService(admin_session).run("freepbx", monitor, cdr)
    assert report.batch is not None and 6 <= report.imported <= 18
    return report.batch


def test_a_real_batch_verifies(admin_session: Session, tmp_path: Path) -> None:
    batch_id = _example_batch(admin_session, tmp_path)
    report = RecordingsService(admin_session).verify_batch(batch_id)
    assert report.ok, report.problems
    assert report.candidates == 60 and report.stored == report.selected
    with pytest.raises(NotFound):
        RecordingsService(admin_session).verify_batch(batch_id + 1)


def _tamper(session: Session, sql: str, *params: object) -> None:
    with transaction(session.conn):
        session.conn.execute(sql, params)


def test_verify_names_a_changed_selection(admin_session: Session, tmp_path: Path) -> None:
    batch_id = _example_batch(admin_session, tmp_path)
    batch = recordings_repo.batch(admin_session.conn, batch_id)
    assert batch is not None
    unselected = next(fp for fp, _ in batch.candidates if fp not in batch.selected)
    swapped = sorted([*batch.selected[1:], unselected])
    _tamper(
        admin_session,
        "UPDATE import_batches SET selected = ? WHERE id = ?",
        json.dumps(swapped),
        batch_id,
    )

    problems = RecordingsService(admin_session).verify_batch(batch_id).problems

    assert any("differs from what the seed selects: 1 missing, 1 not drawn" in p for p in problems)
    assert any("not selected by the batch" in p for p in problems)
    assert any("audit log" in p and "selected_sha256" in p for p in problems)


def test_verify_names_a_reseeded_batch(admin_session: Session, tmp_path: Path) -> None:
    # Someone with the key re-draws the batch with a seed of their choosing: the stored
    # selection is consistent again, but the hash-chained log still holds the first seed.
    from supervisor_app.domain.sampling import Candidate, Stratum, draw
    from supervisor_app.services.recordings import _sampling

    batch_id = _example_batch(admin_session, tmp_path)
    batch = recordings_repo.batch(admin_session.conn, batch_id)
    assert batch is not None
    seed = "00" * 16
    candidates = [Candidate(fp, Stratum.parse(s)) for fp, s in batch.candidates]
    chosen = draw(candidates, seed, _sampling(batch.sampling)).selected
    _tamper(
        admin_session,
        "UPDATE import_batches SET seed = ?, selected = ? WHERE id = ?",
        seed,
        json.dumps(sorted(chosen)),
        batch_id,
    )
    problems = RecordingsService(admin_session).verify_batch(batch_id).problems
    assert any("audit log" in p and "seed" in p for p in problems)


def test_verify_names_caps_broken_in_the_stored_settings(
    admin_session: Session, tmp_path: Path
) -> None:
    batch_id = _example_batch(admin_session, tmp_path)
    _tamper(
        admin_session,
        "UPDATE import_batches SET sampling = json_set(sampling, '$.max_per_agent_per_week', 3,"
        " '$.min_per_agent_per_week', 3, '$.rate', 1.0) WHERE id = ?",
        batch_id,
    )
    problems = RecordingsService(admin_session).verify_batch(batch_id).problems
    # At 5 % of ten calls a week, a stratum with three selected is rare; all six, unheard of.
    assert any("under the minimum" in p for p in problems)
    assert any("differs from what the seed selects" in p for p in problems)

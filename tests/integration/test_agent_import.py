"""Agents from an HR list into a real vault: all or nothing, and agents who left.

A list with bad lines imports nothing and names every bad line; a good one adds, changes and
creates teams in one transaction. Agents it no longer names are only listed; marked as left,
their stored recordings keep their retention, and their new calls stay out (``agent_left``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from supervisor_app.domain.errors import AccessDenied, InputError
from supervisor_app.domain.people import Language
from supervisor_app.domain.roles import Role
from supervisor_app.services.agent_import import AgentImportService
from supervisor_app.services.imports import ImportService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.retention import RetentionService
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, people_repo
from tests.integration.test_import_pipeline import (
    EVERYTHING,
    MONDAY,
    Call,
    prepare_vault,
    write_export,
)
from tests.integration.test_listen import as_user

HEADER = "extension;name;team;e-mail;language\n"


def write_list(folder: Path, lines: str, name: str = "hr.csv") -> Path:
    path = folder / name
    path.write_text(HEADER + lines, encoding="utf-8")
    return path


def snapshot(session: Session) -> tuple[object, ...]:
    conn = session.conn
    return (
        [tuple(r) for r in conn.execute("SELECT * FROM agents ORDER BY id")],
        [tuple(r) for r in conn.execute("SELECT * FROM agent_extensions ORDER BY extension")],
        [tuple(r) for r in conn.execute("SELECT * FROM teams ORDER BY id")],
        audit.head(conn),
    )


@pytest.fixture
def people(admin_session: Session) -> PeopleService:
    service = PeopleService(admin_session)
    service.add_team("Team Noord")
    service.add_agent("Fatima El Amrani", ["201"], "Team Noord", None, Language.NL)
    service.add_agent("Gert van Dijk", ["202"], "Team Noord", None, Language.NL)
    return service


def test_a_list_with_errors_imports_nothing_and_names_each_bad_line(
    admin_session: Session, people: PeopleService, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path,
        "201;Fatima El Amrani;Team Noord;fatima@example.nl;nl\n"  # a change, if it went in
        "300;Nieuwe Collega;Team West;;nl\n"  # a new team, if it went in
        "30x;Sam de Wit;Team West;;nl\n"  # line 4
        "301;Anna Bos;Team West;anna@;nl\n"  # line 5
        "302;Piet Groen;Team West;;fr\n",  # line 6
    )
    service = AgentImportService(admin_session)
    agents = service.read_file(path)
    plan = service.preview(agents)
    assert [e.line for e in plan.errors] == [4, 5, 6] and not plan.importable
    before = snapshot(admin_session)
    with pytest.raises(InputError) as caught:
        service.apply(agents)
    message = caught.value.message
    assert "was not imported because 3 lines are wrong" in message
    for line in (4, 5, 6):
        assert f"Line {line}: " in message
    assert snapshot(admin_session) == before  # no agent, extension, team or log entry


def test_a_good_list_adds_changes_and_creates_teams_in_one_go(
    admin_session: Session, people: PeopleService, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path,
        "201;Fatima El Amrani;Team Noord;fatima@example.nl;en\n"
        "300 310;Nieuwe Collega;Team West;;nl\n",
    )
    service = AgentImportService(admin_session)
    agents = service.read_file(path)
    plan = service.preview(agents)
    assert [r.name for r in plan.added] == ["Nieuwe Collega"]
    assert [(u.agent.name, u.changes) for u in plan.changed] == [
        ("Fatima El Amrani", ("email", "language"))
    ]
    assert [a.name for a in plan.missing] == ["Gert van Dijk"]
    assert plan.new_teams == ("Team West",)

    report = service.apply(agents)
    assert (report.added, report.changed, report.marked_left, report.still_missing) == (1, 1, 0, 1)
    assert report.teams_created == ("Team West",)
    found = {a.name: a for a in people.agents()}
    assert found["Nieuwe Collega"].extensions == ("300", "310")
    assert found["Nieuwe Collega"].team_name == "Team West"
    assert found["Fatima El Amrani"].language is Language.EN
    assert found["Gert van Dijk"].left_on is None  # missing is not deleted, not even left
    actions = [e.action for e in audit.entries(admin_session.conn)]
    assert actions[:4] == ["agents_imported", "agent_changed", "agent_added", "team_added"]
    assert audit.verify(admin_session.conn).intact
    # The same list again changes nothing.
    again = service.preview(service.read_file(path))
    assert not again.changes_anything and len(again.unchanged) == 2


def test_a_failure_half_way_leaves_the_agents_as_they_were(
    admin_session: Session,
    people: PeopleService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_list(tmp_path, "300;Een;Team West;;nl\n301;Twee;Team West;;nl\n")
    real = people_repo.add_agent
    calls = []

    def failing(*args: object, **kwargs: object) -> int:
        calls.append(args)
        if len(calls) == 2:
            raise OSError("the disk went away")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(people_repo, "add_agent", failing)
    before = snapshot(admin_session)
    service = AgentImportService(admin_session)
    with pytest.raises(OSError):
        service.apply(service.read_file(path))
    assert len(calls) == 2
    assert snapshot(admin_session) == before  # not the first agent, not the team


def test_only_administrators_import_agents(admin_session: Session, tmp_path: Path) -> None:
    PeopleService(admin_session).add_team("Team Noord")
    lead = as_user(admin_session, "bram", Role.TEAM_LEAD, ["Team Noord"])
    service = AgentImportService(lead)
    agents = service.read_file(write_list(tmp_path, "300;Een;Team Noord;;nl\n"))
    with pytest.raises(AccessDenied):
        service.preview(agents)


def test_a_spreadsheet_in_windows_encoding_is_read(admin_session: Session, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes((HEADER + "300;Zoë Müller;Team Noord;;nl\n").encode("cp1252"))
    service = AgentImportService(admin_session)
    plan = service.preview(service.read_file(path))
    assert [r.name for r in plan.added] == ["Zoë Müller"]


def test_a_departed_agent_keeps_their_recordings_but_no_new_calls_come_in(
    admin_session: Session, tmp_path: Path
) -> None:
    ids = prepare_vault(admin_session, EVERYTHING)  # Fatima 201, Gert 202 (Noord), Ivo 204 (Zuid)
    first = [Call("queue", ext, MONDAY + dt.timedelta(hours=n), 1.0) for n, ext in
             enumerate(["201", "202", "204"])]  # fmt: skip
    monitor, cdr, _ = write_export(tmp_path / "first", first)
    assert ImportService(admin_session).run("freepbx", monitor, cdr).imported == 3
    deadlines = dict(
        admin_session.conn.execute("SELECT agent_id, retain_until FROM recordings").fetchall()
    )

    # HR's list no longer names Gert; the administrator marks him as left.
    path = write_list(
        tmp_path,
        "201;Fatima El Amrani;Team Noord;;nl\n204;Ivo de Boer;Team Zuid;;nl\n",
    )
    service = AgentImportService(admin_session)
    agents = service.read_file(path)
    plan = service.preview(agents)
    gert = next(a for a in plan.missing)
    assert gert.name == "Gert van Dijk" and gert.id == ids[1]
    report = service.apply(agents, mark_left=[gert.id])
    assert report.marked_left == 1 and report.still_missing == 0
    left = next(a for a in PeopleService(admin_session).agents() if a.id == gert.id)
    assert left.has_left and left.left_on is not None
    assert [e.action for e in audit.entries(admin_session.conn, limit=2)] == [
        "agents_imported",
        "agent_left",
    ]

    # His stored recording keeps its retention: the same deadline, still held, not purged.
    RetentionService(admin_session).purge()
    row = admin_session.conn.execute(
        "SELECT status, retain_until FROM recordings WHERE agent_id = ?", (gert.id,)
    ).fetchone()
    assert tuple(row) == ("held", deadlines[gert.id])

    # His new calls are out of scope with their own reason; the others' come in.
    later = [Call("queue", ext, MONDAY + dt.timedelta(days=1, hours=n), 1.0) for n, ext in
             enumerate(["201", "202", "204"])]  # fmt: skip
    monitor, cdr, _ = write_export(tmp_path / "later", later, first=10)
    result = ImportService(admin_session).run("freepbx", monitor, cdr)
    assert result.excluded["agent_left"] == 1
    assert result.imported == 2
    stored = admin_session.conn.execute(
        "SELECT count(*) FROM recordings WHERE agent_id = ?", (gert.id,)
    ).fetchone()[0]
    assert stored == 1

    # Back on a later list: he works here again, and the marking is lifted.
    back = write_list(
        tmp_path,
        "201;Fatima El Amrani;Team Noord;;nl\n202;Gert van Dijk;Team Noord;;nl\n"
        "204;Ivo de Boer;Team Zuid;;nl\n",
        "hr-later.csv",
    )
    plan = service.preview(service.read_file(back))
    assert [(u.agent.id, u.changes) for u in plan.changed] == [(gert.id, ("returns",))]
    service.apply(service.read_file(back))
    assert not next(a for a in PeopleService(admin_session).agents() if a.id == gert.id).has_left

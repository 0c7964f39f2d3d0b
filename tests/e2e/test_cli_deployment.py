"""The command line of a call-centre roll-out: agents from a list, backups, one report.

``agent import`` previews, refuses a list with bad lines (naming each) and imports a good
one whole; ``backup`` and ``restore`` copy the vault and put it back, forgetting on time;
``report merge`` adds up the reports of two vaults.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from supervisor_app import cli
from supervisor_app.cli.support import EXIT_BAD_INPUT
from supervisor_app.services import setup
from supervisor_app.services.imports import ImportService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, FAST_KDF
from tests.integration.test_import_pipeline import (
    EVERYTHING,
    MONDAY,
    Call,
    prepare_vault,
    write_export,
)
from tests.integration.test_purge import build


def run(args: list[str], stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(args, stdin=io.StringIO(stdin), out=out)
    return code, out.getvalue()


@pytest.fixture
def login(admin_session: Session, tmp_path: Path) -> list[str]:
    """Options that open the test vault as its administrator, with two teams and agents."""
    prepare_vault(admin_session)
    admin_session.lock()
    secret = tmp_path / "admin.pw"
    secret.write_text(ADMIN_PASSPHRASE + "\n")
    folder = admin_session.vault.folder
    return ["--vault", str(folder), "--user", ADMIN, "--passphrase-file", str(secret)]


def agents(login: list[str]) -> list[dict[str, object]]:
    code, text = run(["agent", "list", "--json", *login])
    assert code == 0
    found: list[dict[str, object]] = json.loads(text)
    return found


def test_agent_import_refuses_a_list_with_bad_lines_naming_each(
    login: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = agents(login)
    path = tmp_path / "hr.csv"
    path.write_text(
        "extension,name,team,email,language\n"
        "300,Nieuwe Collega,Team West,,nl\n"
        "x1,Sam de Wit,Team West,,nl\n"
        "301,,Team West,,nl\n",
        encoding="utf-8",
    )
    code, _out = run(["agent", "import", str(path), "--yes", *login])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT
    assert "was not imported because 2 lines are wrong" in err
    assert "Line 3: “x1” is not a telephone extension" in err
    assert "Line 4: Enter the agent's name" in err
    assert agents(login) == before


def test_agent_import_previews_then_imports_and_marks_who_left(
    login: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "hr.csv"
    path.write_text(
        "Toestel;Naam;Team;E-mail;Taal\n"
        "201;Fatima El Amrani;Team Noord;;nl\n"
        "204;Ivo de Boer;Team Zuid;ivo@example.nl;en\n"
        "300;Nieuwe Collega;Team West;;nl\n",
        encoding="utf-8",
    )
    code, out = run(["agent", "import", str(path), "--dry-run", *login])
    assert code == 0
    assert "To add (1):" in out and "Nieuwe Collega" in out
    assert "To change (1):" in out and "(email, language)" in out
    assert "Teams to create: Team West" in out
    assert "In the vault but not on the list (1):" in out and "Gert van Dijk" in out
    assert "Dry run: nothing was imported." in out
    assert len(agents(login)) == 3

    # Asked first: "no" imports nothing.
    code, out = run(["agent", "import", str(path), *login], stdin="n\n")
    assert code == 0 and "nothing changed" in out
    code, out = run(["agent", "import", str(path), "--mark-left", "202", *login], stdin="j\n")
    assert code == 0
    assert "1 added, 1 changed, 1 unchanged, 1 marked as left" in out
    found = {a["name"]: a for a in agents(login)}
    assert found["Nieuwe Collega"]["team"] == "Team West"
    assert found["Gert van Dijk"]["left_on"] is not None
    assert found["Fatima El Amrani"]["left_on"] is None


def test_backup_and_restore_from_the_command_line(
    admin_session: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = build(admin_session, tmp_path / "export")
    vault.lead.lock()
    admin_session.lock()
    secret = tmp_path / "admin.pw"
    secret.write_text(ADMIN_PASSPHRASE + "\n")
    folder = vault.folder
    login = ["--vault", str(folder), "--user", ADMIN, "--passphrase-file", str(secret)]
    code, out = run(["backup", "--output", str(tmp_path / "backups"), "--json", *login])
    assert code == 0
    made = json.loads(out)
    backup = Path(made["backup"])
    assert backup.parent == tmp_path / "backups" and made["keep_days"] == 30
    code, out = run(["backup", "--output", str(tmp_path / "backups"), "--keep-days", "91", *login])
    assert code == EXIT_BAD_INPUT and "at most 90 days" in capsys.readouterr().err
    code, out = run(["backup", "--output", str(tmp_path / "backups"), "--keep-days", "1", *login])
    assert code == 0
    assert "kept 1 day; no older backup was due to be deleted." in out

    # Without --replace an existing vault is never overwritten.
    restore = ["restore", str(backup), "--vault", str(folder), "--user", ADMIN]
    code, _ = run([*restore, "--passphrase-file", str(secret)])
    assert code == EXIT_BAD_INPUT and "--replace" in capsys.readouterr().err
    code, out = run([*restore, "--passphrase-file", str(secret), "--replace"])
    assert code == 0
    assert f"restored from the backup {backup.name}" in out
    assert made["audit_head"]["hash"] in out
    assert "kept in" in capsys.readouterr().err
    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        restored = [e for e in audit.entries(session.conn) if e.action == "vault_restored"]
        assert restored[0].details["backup_head"]["hash"] == made["audit_head"]["hash"]
    finally:
        session.lock()


def test_report_merge_adds_two_vaults_and_refuses_different_periods(
    admin_session: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "admin.pw"
    secret.write_text(ADMIN_PASSPHRASE + "\n")
    other, _ = setup.create(tmp_path / "zuid", ADMIN, ADMIN_PASSPHRASE, kdf=FAST_KDF)
    period = ["--from", (MONDAY.date() - dt.timedelta(days=1)).isoformat()]
    reports = []
    for n, session in enumerate((admin_session, other)):
        prepare_vault(session, EVERYTHING)
        calls = [Call("queue", "201", MONDAY + dt.timedelta(hours=h)) for h in range(n + 1)]
        monitor, cdr, _ = write_export(tmp_path / f"export-{n}", calls)
        assert ImportService(session).run("freepbx", monitor, cdr).imported == n + 1
        session.lock()
        folder = str(session.vault.folder)
        login = ["--vault", folder, "--user", ADMIN, "--passphrase-file", str(secret)]
        for days, name in ((30, f"vault-{n}.json"), (20, f"short-{n}.csv")):
            target = tmp_path / name
            end = (dt.date.today() + dt.timedelta(days=days)).isoformat()
            code, _ = run(
                [
                    *("report", "transparency", *period, "--to", end),
                    *("--format", target.suffix[1:], str(target), *login),
                ]
            )
            assert code == 0
        reports.append(tmp_path / f"vault-{n}.json")
    merged = tmp_path / "organisatie.json"
    code, out = run(["report", "merge", *map(str, reports), "--output", str(merged)])
    assert code == 0 and "Report of 2 vaults" in out
    doc = json.loads(merged.read_text())
    assert len(doc["vaults"]) == 2 and doc["totals"]["recordings_imported"] == 3
    code, _ = run(["report", "merge", str(reports[0]), str(tmp_path / "short-1.csv"),
                   "--output", str(tmp_path / "x.csv")])  # fmt: skip
    assert code == EXIT_BAD_INPUT
    assert "different periods" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
    pdf = tmp_path / "organisatie.pdf"
    code, _ = run(["report", "merge", *map(str, reports), "--output", str(pdf), "--language", "en"])
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")

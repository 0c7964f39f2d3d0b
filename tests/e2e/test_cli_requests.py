"""The command line for answering people: the register, an export, an erasure, the report."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import pyzipper

from supervisor_app import cli
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_access_export import A, People, build

# Today where the policy keeps its clock (Europe/Amsterdam), as the report counts its days.
TODAY = dt.datetime.now(ZoneInfo("Europe/Amsterdam")).date().isoformat()


def run(args: list[str], stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(args, stdin=io.StringIO(stdin), out=out)
    return code, out.getvalue()


@pytest.fixture
def people(admin_session: Session, tmp_path: Path) -> People:
    built = build(admin_session, tmp_path)
    admin_session.lock()
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    return built


def login(people: People) -> list[str]:
    folder = people.admin.vault.folder
    return [
        "--vault",
        str(folder),
        "--user",
        ADMIN,
        "--passphrase-file",
        str(people.root / "admin.pw"),
    ]


def test_a_request_is_registered_listed_extended_and_closed(people: People) -> None:
    code, text = run(
        ["request", "add", "--number", "+31 6 1234 5678", "--kind", "access", "--received",
         "2026-01-31", "--verified", "called back on the number", *login(people)]
    )  # fmt: skip
    assert code == 0 and "answer it by 2026-02-28" in text
    code, text = run(["request", "list", "--json", *login(people)])
    rows = json.loads(text)
    assert code == 0 and rows[0]["number"] == "+31612345678" and rows[0]["deadline"] == "2026-02-28"
    code, _ = run(
        ["request", "extend", "1", "--reason", "Many recordings to review", *login(people)]
    )
    assert code == 2  # the first month is long over
    code, text = run(
        ["request", "close", "1", "--outcome", "refused", "--note", "Could not verify identity",
         *login(people)]
    )  # fmt: skip
    assert code == 0 and "refused" in text
    code, text = run(["request", "list", "--open", *login(people)])
    assert code == 0 and text.strip() == "(none)"
    code, _ = run(["request", "add", "--agent", "999", "--kind", "access", "--received", TODAY,
                   *login(people)])  # fmt: skip
    assert code == 2


def test_export_subject_prints_the_passphrase_once_on_stderr(
    people: People, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = people.root / "a.zip"
    code, text = run(
        ["export", "subject", "--number", "0031612345678", "--output", str(out_file), "--json",
         *login(people)]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0, err
    passphrase = next(line.strip() for line in err.splitlines() if line.startswith("    "))
    result = json.loads(text)
    assert result["recordings"] == 2 and passphrase not in text
    with pyzipper.AESZipFile(out_file) as archive:
        archive.setpassword(passphrase.encode())
        assert archive.read("calls.csv").decode("utf-8-sig").count("\n") == 3
    session = unlock(people.admin.vault.folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        entries = audit.entries(session.conn)
        assert passphrase not in json.dumps([e.details for e in entries])
    finally:
        session.lock()


def test_erase_previews_asks_and_erases(people: People) -> None:
    code, _ = run(["request", "add", "--number", A, "--kind", "erasure", "--received", TODAY,
                   *login(people)])  # fmt: skip
    assert code == 0
    code, text = run(["erase", "--number", A, "--request", "1", "--dry-run", "--json",
                      *login(people)])  # fmt: skip
    assert code == 0 and json.loads(text)["to_erase"] == 2
    code, text = run(["erase", "--number", A, "--request", "1", *login(people)], stdin="n\n")
    assert code == 2 and "2 recordings would be erased" in text
    code, text = run(["erase", "--number", A, "--request", "1", "--yes", "--json", *login(people)])
    assert code == 0 and json.loads(text)["erased"] == 2


def test_objection_and_the_transparency_report(people: People) -> None:
    code, text = run(
        ["objection", "set", "--agent", "204", "--reason", "Objects to being sampled",
         *login(people)]
    )  # fmt: skip
    assert code == 0 and "in force" in text
    code, text = run(["objection", "list", "--json", *login(people)])
    assert code == 0 and json.loads(text)[0]["state"] == "active"
    target = people.root / "report.json"
    code, text = run(
        ["report", "transparency", "--from", "2000-01-01", "--to", TODAY, "--format", "json",
         str(target), *login(people)]
    )  # fmt: skip
    assert code == 0 and "verified" in text
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["totals"]["recordings_imported"] == 5 and data["audit"]["verified"]
    for fmt in ("csv", "pdf"):
        path = people.root / f"report.{fmt}"
        code, _ = run(
            ["report", "transparency", "--from", "2000-01-01", "--to", TODAY, "--format", fmt,
             str(path), *login(people)]
        )  # fmt: skip
        assert code == 0 and path.stat().st_size > 0

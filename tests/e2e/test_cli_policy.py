"""The policy and documents commands: import, status, publish, export, acknowledge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from supervisor_app import paths
from supervisor_app.cli.support import EXIT_BAD_INPUT
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.e2e.test_cli import run

EXAMPLE = paths.resources_dir() / "policy.example.toml"


@pytest.fixture
def as_admin(admin_session: Session, tmp_path: Path) -> list[str]:
    people = PeopleService(admin_session)
    people.add_team("Noord")
    people.add_agent("Fatima", ["201"], "Noord")
    people.add_agent("Gert", ["202"], "Noord")
    admin_session.lock()
    secret = tmp_path / "admin.pass"
    secret.write_text(ADMIN_PASSPHRASE + "\n")
    return ["--vault", str(admin_session.vault.folder), "--user", ADMIN,
            "--passphrase-file", str(secret)]  # fmt: skip


def _status(as_admin: list[str]) -> dict[str, object]:
    code, text = run(["policy", "status", "--json", *as_admin])
    assert code == 0
    result: dict[str, object] = json.loads(text)
    return result


def test_import_publish_makes_the_policy_complete(as_admin: list[str], tmp_path: Path) -> None:
    assert _status(as_admin)["complete"] is False
    code, text = run(["policy", "import", str(EXAMPLE), *as_admin])
    assert code == 0 and "Policy version 1 stored." in text
    missing = [m["key"] for m in _status(as_admin)["missing"]]  # type: ignore[attr-defined]
    assert missing == ["documents.staff_regulation", "documents.agent_protocol"]
    code, text = run(["documents", "publish", *as_admin])
    assert code == 0 and text.count("SHA-256") == 4
    assert _status(as_admin)["complete"] is True

    exported = tmp_path / "policy.toml"
    assert run(["policy", "export", str(exported), *as_admin])[0] == 0
    assert "[organisation]" in exported.read_text(encoding="utf-8")
    code, text = run(["policy", "import", str(exported), *as_admin])
    assert "unchanged (version 1)" in text


def test_invalid_policy_file_lists_every_problem(
    as_admin: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[sampling]\nrate = 7\n[scope]\ntimezone = "Mars/Olympus"\n', encoding="utf-8")
    code, _ = run(["policy", "import", str(bad), *as_admin])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT
    assert "2 problems" in err and "sampling.rate" in err and "scope.timezone" in err
    assert _status(as_admin)["version"] == 0


def test_export_documents_and_acknowledge(
    as_admin: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["policy", "import", str(EXAMPLE), *as_admin])
    code, _ = run(["documents", "export", "agent_protocol", "--format", "html",
                   "--language", "nl", str(tmp_path / "p.html"), *as_admin])  # fmt: skip
    assert code == EXIT_BAD_INPUT  # nothing published yet
    assert "publish the documents first" in capsys.readouterr().err
    run(["documents", "publish", *as_admin])
    for kind in ("staff_regulation", "agent_protocol", "register"):
        target = tmp_path / f"{kind}.html"
        code, _ = run(["documents", "export", kind, "--format", "html",
                       "--language", "nl", str(target), *as_admin])  # fmt: skip
        assert code == 0
        assert "<html" in target.read_text(encoding="utf-8").lower()
    pdf = tmp_path / "regulation.pdf"
    code, _ = run(["documents", "export", "staff_regulation", "--format", "pdf",
                   "--language", "en", str(pdf), *as_admin])  # fmt: skip
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")

    code, text = run(["documents", "acknowledge", "--extension", "201",
                      "--date", "2026-09-02", *as_admin])  # fmt: skip
    assert code == 0 and "Recorded 1 acknowledgement of protocol version 1." in text
    code, _ = run(["documents", "acknowledge", "--extension", "999", *as_admin])
    assert code == EXIT_BAD_INPUT
    assert "No agent has extension 999" in capsys.readouterr().err
    code, _ = run(["documents", "acknowledge", "--extension", "202", "--date", "2.9.26", *as_admin])
    assert code == EXIT_BAD_INPUT
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_a_retention_of_millions_of_days_is_refused_with_a_sentence(
    as_admin: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "retention_days = 30", "retention_days = 3000000"
    )
    long_kept = tmp_path / "long.toml"
    long_kept.write_text(text, encoding="utf-8")
    code, _ = run(["policy", "import", str(long_kept), *as_admin])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT
    assert "purposes[1].retention_days: This must be a whole number from 1 to 3650" in err
    assert "Traceback" not in err
    assert _status(as_admin)["version"] == 0


def test_status_names_implausible_values_and_warnings(as_admin: list[str], tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('kind = "dpia"', 'kind = "risk_assessment"')
    text = text.replace(
        'protected_numbers = ["+31207654321", "+31301112233", "+31201234599"]',
        "protected_numbers = []",
    )
    changed = tmp_path / "changed.toml"
    changed.write_text(text, encoding="utf-8")
    assert run(["policy", "import", str(changed), *as_admin])[0] == 0
    status = _status(as_admin)
    missing = [m["key"] for m in status["missing"]]  # type: ignore[attr-defined]
    warnings = [w["key"] for w in status["warnings"]]  # type: ignore[attr-defined]
    assert "attestations.dpia.kind" in missing
    assert warnings == ["scope.protected_numbers"]
    _code, plain = run(["policy", "status", *as_admin])
    assert "A risk assessment is not enough" in plain
    assert "Worth a second look:" in plain

"""Bad input at the command line: one sentence, the exit code the README states, no noise."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from supervisor_app import cli, paths
from supervisor_app.applog import LOG_FILE
from supervisor_app.cli.support import EXIT_BAD_INPUT, EXIT_FAILURE
from supervisor_app.domain.people import RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.vault.db import DB_FILE
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, FAST_KDF
from tests.integration.test_import_pipeline import (
    EVERYTHING,
    MONDAY,
    Call,
    prepare_vault,
    write_export,
)

REPO = Path(__file__).resolve().parents[2]


def run(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(args, stdin=io.StringIO(""), out=out), out.getvalue()


@pytest.fixture
def as_admin(admin_session: Session, tmp_path: Path) -> list[str]:
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    folder = admin_session.vault.folder
    return [
        "--vault",
        str(folder),
        "--user",
        ADMIN,
        "--passphrase-file",
        str(tmp_path / "admin.pw"),
    ]


def test_an_unknown_user_is_wrong_input(as_admin: list[str]) -> None:
    args = [*as_admin]
    args[args.index(ADMIN)] = "nobody"
    assert run(["team", "list", *args])[0] == EXIT_BAD_INPUT


def test_an_unknown_purpose_is_wrong_input(
    admin_session: Session, as_admin: list[str], tmp_path: Path
) -> None:
    prepare_vault(admin_session, EVERYTHING)
    monitor, cdr, _ = write_export(tmp_path / "export", [Call("queue", "201", MONDAY, 2.0)])
    assert (
        run(["import", "--source", "freepbx", str(monitor), "--cdr", str(cdr), *as_admin])[0] == 0
    )
    people = PeopleService(admin_session)
    noord = people.team("Team Noord").id
    people.add_user("bram", [RoleGrant(Role.TEAM_LEAD, noord)], "stille-uil-telt-sterren-bram")
    (tmp_path / "bram.pw").write_text("stille-uil-telt-sterren-bram\n")
    as_bram = [*as_admin[:2], "--user", "bram", "--passphrase-file", str(tmp_path / "bram.pw")]
    listen = ["listen", "1", "--reason", "Because I want to know", "--sink", "null", *as_bram]
    assert run([*listen, "--purpose", "nonsense"])[0] == EXIT_BAD_INPUT
    assert run([*listen, "--purpose", "training"])[0] == 0


def test_an_import_that_stores_nothing_because_all_failed_exits_1(
    admin_session: Session, as_admin: list[str], tmp_path: Path
) -> None:
    prepare_vault(admin_session, EVERYTHING)
    calls = [Call("queue", "201", MONDAY, 2.0, audio="empty")]
    monitor, cdr, _ = write_export(tmp_path / "export", calls)
    code, text = run(["import", "--source", "freepbx", str(monitor), "--cdr", str(cdr), *as_admin])
    assert code == EXIT_FAILURE, text
    assert "1 failed" in text


def test_an_empty_policy_file_is_refused(as_admin: list[str], tmp_path: Path) -> None:
    (tmp_path / "empty.toml").write_text("# nothing here yet\n")
    code, _ = run(["policy", "import", str(tmp_path / "empty.toml"), *as_admin])
    assert code == EXIT_BAD_INPUT


def test_a_policy_with_a_huge_retention_is_refused(as_admin: list[str], tmp_path: Path) -> None:
    example = (paths.resources_dir() / "policy.example.toml").read_text(encoding="utf-8")
    huge = example.replace("retention_days = ", "retention_days = 3000000 #", 1)
    assert huge != example
    (tmp_path / "huge.toml").write_text(huge, encoding="utf-8")
    assert run(["policy", "import", str(tmp_path / "huge.toml"), *as_admin])[0] == 2


@pytest.mark.slow
def test_sqlcipher_messages_go_to_the_app_log_not_the_terminal(
    tmp_path: Path, isolated_home: Path
) -> None:
    # Two vaults, and the database of one put into the other: every key fails its check.
    from supervisor_app.services import setup

    for name in ("a", "b"):
        session, _ = setup.create(tmp_path / name, ADMIN, ADMIN_PASSPHRASE, kdf=FAST_KDF)
        session.lock()
    (tmp_path / "b" / DB_FILE).write_bytes((tmp_path / "a" / DB_FILE).read_bytes())
    (tmp_path / "pw").write_text(ADMIN_PASSPHRASE + "\n")
    result = subprocess.run(
        [
            *(sys.executable, "-m", "supervisor_app", "team", "list"),
            *("--vault", str(tmp_path / "b"), "--user", ADMIN),
            *("--passphrase-file", str(tmp_path / "pw")),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, paths.HOME_ENV: str(isolated_home)},
        timeout=120,
    )
    assert result.returncode == EXIT_FAILURE
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("supervisor-app: "), result.stderr
    assert "ERROR CORE" not in result.stderr
    log = (paths.log_dir() / LOG_FILE).read_text(encoding="utf-8")
    assert "hmac check failed" in log

"""The command line, run as users run it: real vault, real files, exit codes and one-line errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from supervisor_app import cli
from supervisor_app.cli.support import EXIT_BAD_INPUT, EXIT_FAILURE
from supervisor_app.services.session import Session
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, STRONG_PASSPHRASE


def run(args: list[str], stdin: str = "") -> tuple[int, str]:
    """Run the CLI in-process; returns (exit code, stdout)."""
    out = io.StringIO()
    code = cli.main(args, stdin=io.StringIO(stdin), out=out)
    return code, out.getvalue()


@pytest.fixture
def secrets_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "secrets"
    folder.mkdir()
    (folder / "admin").write_text(ADMIN_PASSPHRASE + "\n")
    (folder / "strong").write_text(STRONG_PASSPHRASE + "\n")
    (folder / "weak").write_text("welkom123\n")
    return folder


@pytest.fixture
def as_admin(admin_session: Session, secrets_dir: Path) -> list[str]:
    """Options that open the test vault as its administrator (the session is closed first)."""
    admin_session.lock()
    return [
        "--vault",
        str(admin_session.vault.folder),
        "--user",
        ADMIN,
        "--passphrase-file",
        str(secrets_dir / "admin"),
    ]


def test_people_commands_round_trip(as_admin: list[str], secrets_dir: Path) -> None:
    assert run(["team", "add", "Noord", *as_admin])[0] == 0
    assert run(["team", "add", "Zuid", *as_admin])[0] == 0
    code, _ = run(
        [
            "agent",
            "add",
            "--extension",
            "201",
            "--name",
            "Jansen, Piet",
            "--team",
            "Noord",
            "--email",
            "piet@example.nl",
            "--language",
            "en",
            *as_admin,
        ]
    )
    assert code == 0
    assert (
        run(["agent", "add", "--extension", "301", "--name", "Els", "--team", "Zuid", *as_admin])[0]
        == 0
    )
    code, _ = run(
        [
            "user",
            "add",
            "bram",
            "--role",
            "team_lead",
            "--team",
            "Noord",
            "--new-passphrase-file",
            str(secrets_dir / "strong"),
            *as_admin,
        ]
    )
    assert code == 0

    code, text = run(["agent", "list", "--json", *as_admin])
    agents = json.loads(text)
    assert [a["name"] for a in agents] == ["Els", "Jansen, Piet"]
    assert agents[1] | {"id": 0} == {
        "id": 0,
        "name": "Jansen, Piet",
        "extensions": ["201"],
        "team": "Noord",
        "email": "piet@example.nl",
        "language": "en",
        "left_on": None,
    }

    as_bram = [
        "--vault",
        as_admin[1],
        "--user",
        "bram",
        "--passphrase-file",
        str(secrets_dir / "strong"),
    ]
    code, text = run(["agent", "list", "--json", *as_bram])
    assert code == 0
    assert [a["name"] for a in json.loads(text)] == ["Jansen, Piet"]  # only his own team

    code, text = run(["user", "list", "--json", *as_admin])
    users = {u["name"]: u["roles"] for u in json.loads(text)}
    assert users == {"admin": ["administrator"], "bram": ["team_lead@Noord"]}
    code, text = run(["team", "list", *as_admin])
    assert "Noord" in text and "Zuid" in text


def test_non_administrator_is_refused_with_exit_1(
    as_admin: list[str], secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["team", "add", "Noord", *as_admin])
    run(
        [
            "user",
            "add",
            "eva",
            "--role",
            "auditor",
            "--new-passphrase-file",
            str(secrets_dir / "strong"),
            *as_admin,
        ]
    )
    capsys.readouterr()
    as_eva = [
        "--vault",
        as_admin[1],
        "--user",
        "eva",
        "--passphrase-file",
        str(secrets_dir / "strong"),
    ]
    code, _ = run(["team", "add", "Zuid", *as_eva])
    assert code == EXIT_FAILURE
    err = capsys.readouterr().err
    assert err == "supervisor-app: Only an administrator can add teams.\n"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["team", "add", "X", "--user", ADMIN, "--passphrase-file", "{secrets}/missing"],
            "cannot be read",
        ),
        (
            ["user", "add", "zoe", "--role", "wizard", "--new-passphrase-file", "{secrets}/strong"],
            "Unknown role",
        ),
        (
            ["user", "add", "zoe", "--role", "auditor", "--new-passphrase-file", "{secrets}/weak"],
            "too short",
        ),
        (
            [
                "user",
                "add",
                "zoe",
                "--role",
                "team_lead",
                "--new-passphrase-file",
                "{secrets}/strong",
            ],
            "at least one team",
        ),
        (
            ["agent", "add", "--extension", "20a", "--name", "X", "--team", "Noord"],
            "not a telephone extension",
        ),
        (
            ["agent", "add", "--extension", "201", "--name", "X", "--team", "Nowhere"],
            "no team called",
        ),
        (["user", "remove", "nobody"], "no user called"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    as_admin: list[str],
    secrets_dir: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    expected: str,
) -> None:
    run(["team", "add", "Noord", *as_admin])
    capsys.readouterr()
    filled = [a.replace("{secrets}", str(secrets_dir)) for a in args]
    # The case's own options come after as_admin: argparse lets the later one win.
    code, _ = run([*filled[:2], *as_admin, *filled[2:]])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT
    assert expected in err
    assert err.count("\n") == 1 and err.startswith("supervisor-app: ")


def test_wrong_passphrase_and_missing_vault(
    as_admin: list[str], secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = [*as_admin[:4], "--passphrase-file", str(secrets_dir / "strong")]
    assert run(["team", "list", *wrong])[0] == EXIT_FAILURE
    assert "passphrase for “admin” is not right" in capsys.readouterr().err
    assert (
        run(["team", "list", "--vault", str(secrets_dir / "nope"), *as_admin[2:]])[0]
        == EXIT_FAILURE
    )
    assert "There is no folder" in capsys.readouterr().err
    assert run(["team", "list", "--vault", str(secrets_dir), *as_admin[2:]])[0] == EXIT_FAILURE
    assert "is not a Supervisor App vault" in capsys.readouterr().err


def test_two_secrets_from_stdin(as_admin: list[str]) -> None:
    stdin_admin = [*as_admin[:4], "--passphrase-file", "-"]
    run(["team", "add", "Noord", *as_admin])
    code, _ = run(
        [
            "user",
            "add",
            "bram",
            "--role",
            "team_lead",
            "--team",
            "Noord",
            "--new-passphrase-file",
            "-",
            *stdin_admin,
        ],
        stdin=f"{ADMIN_PASSPHRASE}\n{STRONG_PASSPHRASE}\n",
    )
    assert code == 0
    code, _ = run(
        ["team", "list", *as_admin[:2], "--user", "bram", "--passphrase-file", "-"],
        stdin=STRONG_PASSPHRASE + "\n",
    )
    assert code == 0


def test_remove_with_rekey_keeps_others_working(as_admin: list[str], secrets_dir: Path) -> None:
    run(["team", "add", "Noord", *as_admin])
    run(
        [
            "user",
            "add",
            "bram",
            "--role",
            "auditor",
            "--new-passphrase-file",
            str(secrets_dir / "strong"),
            *as_admin,
        ]
    )
    code, text = run(["user", "remove", "bram", "--rekey", *as_admin])
    assert code == 0 and "re-encrypted" in text
    code, text = run(["team", "list", "--json", *as_admin])
    assert code == 0 and json.loads(text)[0]["name"] == "Noord"
    as_bram = [
        "--vault",
        as_admin[1],
        "--user",
        "bram",
        "--passphrase-file",
        str(secrets_dir / "strong"),
    ]
    # No such user any more: wrong input.
    assert run(["team", "list", *as_bram])[0] == EXIT_BAD_INPUT


@pytest.mark.slow
def test_init_as_a_real_process(tmp_path: Path, secrets_dir: Path) -> None:
    """The installed entry point, a real calibrated key derivation, the recovery key shown once."""
    env = {**os.environ, "SUPERVISOR_APP_HOME": str(tmp_path / "home")}
    vault = tmp_path / "vault"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "supervisor_app",
            "init",
            "--vault",
            str(vault),
            "--admin",
            "anna",
            "--passphrase-file",
            str(secrets_dir / "admin"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    recovery = next(line.strip() for line in done.stdout.splitlines() if line.count("-") == 7)
    assert len(recovery) == 39
    again = subprocess.run(
        [
            sys.executable,
            "-m",
            "supervisor_app",
            "team",
            "list",
            "--json",
            "--vault",
            str(vault),
            "--recovery-key-file",
            "-",
        ],
        input=recovery.lower().replace("-", " ") + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == []
    # The recovery key is nowhere on disk: not in the vault folder, not in the app's own folders.
    needle = recovery.replace("-", "").encode()
    for path in [*vault.rglob("*"), *(tmp_path / "home").rglob("*")]:
        if path.is_file():
            assert needle not in path.read_bytes().replace(b"-", b"")

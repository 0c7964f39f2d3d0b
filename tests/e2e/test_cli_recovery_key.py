"""``recovery-key replace`` as administrators run it: asked, printed once, old key dead."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from supervisor_app import cli, paths
from supervisor_app.cli.support import EXIT_BAD_INPUT, EXIT_FAILURE
from supervisor_app.domain.people import RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit, keyslots
from supervisor_app.vault.keyslots import RECOVERY_SLOT
from tests.conftest import ADMIN, ADMIN_PASSPHRASE

EVA = ("eva", "stille-uil-telt-sterren")


def run(args: list[str], stdin: str = "") -> tuple[int, str]:
    """Run the CLI in-process; returns (exit code, stdout)."""
    out = io.StringIO()
    code = cli.main(args, stdin=io.StringIO(stdin), out=out)
    return code, out.getvalue()


def printed_key(text: str) -> str:
    """The recovery key in the command's output: the one line of eight dash-joined groups."""
    lines = [line.strip() for line in text.splitlines() if line.strip().count("-") == 7]
    assert len(lines) == 1, text
    return lines[0]


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Path:
    """A vault with an auditor, locked; passphrase and recovery key files next to it."""
    PeopleService(admin_session).add_user(EVA[0], [RoleGrant(Role.AUDITOR)], EVA[1])
    admin_session.lock()
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    (tmp_path / "eva.pw").write_text(EVA[1] + "\n")
    return admin_session.vault.folder


@pytest.fixture
def old_key(new_vault: tuple[Session, str], tmp_path: Path) -> Path:
    """A file holding the recovery key printed at init."""
    path = tmp_path / "old.key"
    path.write_text(new_vault[1] + "\n")
    return path


def as_user(vault: Path, name: str) -> list[str]:
    return [
        "--vault",
        str(vault),
        "--user",
        name,
        "--passphrase-file",
        str(vault.parent / f"{name}.pw"),
    ]


def recovery_slot_id(vault: Path) -> str:
    return keyslots.read(vault).find(RECOVERY_SLOT).slot_id


def test_replace_prints_the_new_key_once_and_the_old_one_stops_working(
    vault: Path, old_key: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(["recovery-key", "replace", *as_user(vault, ADMIN), "--yes"])
    assert code == 0, capsys.readouterr().err
    assert "re-encrypted" in out
    key = printed_key(out)
    assert key != old_key.read_text().strip()
    assert capsys.readouterr().err == ""

    new_key = tmp_path / "new.key"
    new_key.write_text(key + "\n")
    assert run(["team", "list", "--vault", str(vault), "--recovery-key-file", str(new_key)])[0] == 0
    capsys.readouterr()
    code, _ = run(["team", "list", "--vault", str(vault), "--recovery-key-file", str(old_key)])
    assert code == EXIT_FAILURE
    assert "recovery key does not open this vault" in capsys.readouterr().err
    # Every passphrase still opens it.
    assert run(["team", "list", *as_user(vault, ADMIN)])[0] == 0
    assert run(["team", "list", *as_user(vault, EVA[0])])[0] == 0
    new_key.unlink()
    # The app wrote the key nowhere: not in the vault folder, its log, or the home folder.
    for root in (vault, Path(os.environ[paths.HOME_ENV])):
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert key.encode() not in data and key.replace("-", "").encode() not in data


def test_it_asks_first_and_no_changes_nothing(
    vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = recovery_slot_id(vault)
    code, out = run(["recovery-key", "replace", *as_user(vault, ADMIN)], stdin="n\n")
    assert code == 0
    assert "not replaced; nothing changed" in out
    err = capsys.readouterr().err
    assert "Replace the recovery key? The old key stops working" in err
    assert recovery_slot_id(vault) == before

    code, _ = run(["recovery-key", "replace", *as_user(vault, ADMIN)])
    assert code == EXIT_BAD_INPUT
    assert "add --yes" in capsys.readouterr().err
    assert recovery_slot_id(vault) == before

    code, out = run(["recovery-key", "replace", *as_user(vault, ADMIN)], stdin="ja\n")
    assert code == 0
    printed_key(out)
    assert recovery_slot_id(vault) != before


def test_no_rekey_warns_and_keeps_the_database_key(
    vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = keyslots.open_slot(
        keyslots.read(vault).find(ADMIN), keyslots.read(vault).vault_id, ADMIN_PASSPHRASE.encode()
    )
    code, out = run(["recovery-key", "replace", *as_user(vault, ADMIN), "--no-rekey", "--yes"])
    assert code == 0
    assert "re-encrypted" not in out
    printed_key(out)
    err = capsys.readouterr().err
    assert err.startswith("supervisor-app: WARNING: the vault was not re-encrypted.")
    after = keyslots.open_slot(
        keyslots.read(vault).find(ADMIN), keyslots.read(vault).vault_id, ADMIN_PASSPHRASE.encode()
    )
    assert after == before


def test_an_auditor_and_the_recovery_key_itself_are_refused_before_any_question(
    vault: Path, old_key: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = recovery_slot_id(vault)
    code, out = run(["recovery-key", "replace", *as_user(vault, EVA[0])], stdin="y\n")
    assert (code, out) == (EXIT_FAILURE, "")
    err = capsys.readouterr().err
    assert err == "supervisor-app: Only an administrator can replace the recovery key.\n"

    args = ["--vault", str(vault), "--recovery-key-file", str(old_key)]
    code, out = run(["recovery-key", "replace", *args, "--yes"])
    assert (code, out) == (EXIT_FAILURE, "")
    err = capsys.readouterr().err
    assert "unlock as an administrator" in err and err.count("\n") == 1
    assert recovery_slot_id(vault) == before


def test_the_refusal_in_dutch(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run(["recovery-key", "replace", *as_user(vault, EVA[0]), "--lang", "nl"])
    assert code == EXIT_FAILURE
    assert "herstelsleutel" in capsys.readouterr().err


def test_the_log_shows_who_replaced_it(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["recovery-key", "replace", *as_user(vault, ADMIN), "--yes"])[0] == 0
    code, out = run(["log", "verify", *as_user(vault, ADMIN)])
    assert code == 0, capsys.readouterr().err
    assert "intact" in out
    session = unlock(vault, ADMIN, ADMIN_PASSPHRASE)
    try:
        actions = [(e.actor, e.action) for e in audit.entries(session.conn)]
        assert (ADMIN, "recovery_key_replaced") in actions
        assert (RECOVERY_SLOT, "recovery_key_activated") in actions
    finally:
        session.lock()


@pytest.mark.slow
def test_replace_as_a_real_process(vault: Path, old_key: Path, tmp_path: Path) -> None:
    """The installed entry point, with the passphrase and the answer both on standard input."""
    env = {**os.environ, paths.HOME_ENV: str(tmp_path / "home")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "supervisor_app",
            "recovery-key",
            "replace",
            "--vault",
            str(vault),
            "--user",
            ADMIN,
            "--passphrase-file",
            "-",
        ],
        input=f"{ADMIN_PASSPHRASE}\nyes\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    key = printed_key(done.stdout)
    again = subprocess.run(
        [
            sys.executable,
            "-m",
            "supervisor_app",
            "team",
            "list",
            "--vault",
            str(vault),
            "--recovery-key-file",
            "-",
        ],
        input=key.lower().replace("-", " ") + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert again.returncode == 0, again.stderr

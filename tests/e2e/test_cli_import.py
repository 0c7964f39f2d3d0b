"""The import, recordings list and sample verify commands, run as users run them."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from supervisor_app import cli
from supervisor_app.cli import recordings as cli_recordings
from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.vault.db import transaction
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_import_pipeline import (
    AMSTERDAM,
    EVERYTHING,
    MIX,
    MONDAY,
    Call,
    prepare_vault,
    write_export,
)

BRAM = ("bram", "groene-trein-zingt-zachtjes")
REPORT_KEYS = [
    "batch",
    "seed",
    "found",
    "in_scope",
    "excluded",
    "sampled",
    "imported",
    "duplicates",
    "failed",
    "unparsed_rows",
    "source_files_not_kept",
]


def _shared_options() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    # The same shared options cli.build_parser gives its commands.
    vault_opts = argparse.ArgumentParser(add_help=False)
    vault_opts.add_argument("--vault")
    vault_opts.add_argument("--user")
    vault_opts.add_argument("--passphrase-file")
    vault_opts.add_argument("--recovery-key-file")
    json_opt = argparse.ArgumentParser(add_help=False)
    json_opt.add_argument("--json", action="store_true")
    return vault_opts, json_opt


@pytest.fixture(autouse=True)
def with_commands(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """cli.main with the commands registered (a no-op once cli.py registers them itself)."""
    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "import" not in commands.choices:
            cli_recordings.add_commands(commands, *_shared_options())
        return parser

    monkeypatch.setattr(cli, "build_parser", build)
    yield


def run(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(args, stdin=io.StringIO(""), out=out)
    return code, out.getvalue()


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Path:
    """A vault ready to import, with team lead bram for Team Noord; the session is closed."""
    prepare_vault(admin_session, EVERYTHING)
    people = PeopleService(admin_session)
    people.add_user(BRAM[0], people.grants_for([Role.TEAM_LEAD], ["Team Noord"]), BRAM[1])
    folder = admin_session.vault.folder
    admin_session.lock()
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    (tmp_path / "bram.pw").write_text(BRAM[1] + "\n")
    return folder


def importing(monitor: Path, cdr: Path, *extra: str) -> list[str]:
    return ["import", "--source", "freepbx", str(monitor), "--cdr", str(cdr), *extra]


def login(vault: Path, tmp_path: Path, user: str = ADMIN) -> list[str]:
    return [
        "--vault",
        str(vault),
        "--user",
        user,
        "--passphrase-file",
        str(tmp_path / f"{user}.pw"),
    ]


def test_import_json_is_the_documented_object(vault: Path, tmp_path: Path) -> None:
    monitor, cdr, _ = write_export(tmp_path / "export", MIX)
    args = ["import", "--source", "freepbx", str(monitor), "--cdr", str(cdr), "--json"]

    code, out = run([*args, *login(vault, tmp_path)])

    assert code == 0
    report = json.loads(out)
    assert list(report) == REPORT_KEYS
    assert report["batch"] == 1 and len(report["seed"]) == 32
    assert (report["found"], report["in_scope"], report["sampled"], report["imported"]) == (
        9,
        3,
        3,
        3,
    )
    assert report["excluded"]["internal"] == 1 and report["failed"] == []
    code, out = run([*args, *login(vault, tmp_path)])
    again = json.loads(out)
    assert (again["batch"], again["imported"], again["duplicates"]) == (None, 0, 3)


def test_import_shows_progress_on_stderr_and_a_summary(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monitor, cdr, _ = write_export(tmp_path / "export", MIX)
    code, out = run(
        ["import", "--source", "freepbx", str(monitor), "--cdr", str(cdr), *login(vault, tmp_path)]
    )
    assert code == 0
    assert "Batch 1" in out and "3 sampled: 3 imported" in out
    assert "Importing: 3 of 3 recordings" in capsys.readouterr().err


def test_dry_run_prints_a_null_batch(vault: Path, tmp_path: Path) -> None:
    monitor, cdr, _ = write_export(tmp_path / "export", MIX)
    code, out = run(importing(monitor, cdr, "--dry-run", "--json", *login(vault, tmp_path)))
    assert code == 0
    assert json.loads(out)["batch"] is None and json.loads(out)["imported"] == 0


def test_bad_source_folder_is_an_input_error(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(["import", "--source", "3cx", str(tmp_path / "nope"), *login(vault, tmp_path)])
    assert code == 2
    assert "does not exist" in capsys.readouterr().err


def test_import_is_refused_while_the_policy_is_incomplete(
    admin_session: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = admin_session.vault.folder
    admin_session.lock()
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    monitor, cdr, _ = write_export(tmp_path / "export", MIX)
    code, _ = run(importing(monitor, cdr, *login(folder, tmp_path)))
    assert code == 1
    assert "policy is not complete" in capsys.readouterr().err


def test_recordings_list_shows_only_the_teams_a_lead_leads(vault: Path, tmp_path: Path) -> None:
    monitor, cdr, _ = write_export(tmp_path / "export", MIX)
    assert run(importing(monitor, cdr, *login(vault, tmp_path)))[0] == 0

    code, out = run(["recordings", "list", "--json", *login(vault, tmp_path)])
    everything = json.loads(out)
    code_bram, out_bram = run(["recordings", "list", "--json", *login(vault, tmp_path, "bram")])
    noord = json.loads(out_bram)

    assert code == code_bram == 0
    assert len(everything) == 3 and {r["team"] for r in everything} == {"Team Noord", "Team Zuid"}
    assert len(noord) == 2 and {r["team"] for r in noord} == {"Team Noord"}
    first = noord[0]
    started = dt.datetime.fromisoformat(first["started_at"])
    # The PBX's local time: Amsterdam's offset on that day.
    assert started.utcoffset() == started.astimezone(AMSTERDAM).utcoffset()
    training = first["purposes"][0]
    until = dt.datetime.fromisoformat(training["retain_until"])
    assert training["id"] == "training" and until.astimezone(AMSTERDAM).date() == (
        started.astimezone(AMSTERDAM).date() + dt.timedelta(days=30)
    )
    # Counted a moment earlier by the command: a whole day can have passed in between.
    assert 0 <= (until - dt.datetime.now(dt.UTC)).days - first["retention_days_left"] + 1 <= 1
    assert first["retain_until"] == until.isoformat() and first["on_hold"] is False
    assert "remote_number" not in first
    code, text = run(["recordings", "list", *login(vault, tmp_path)])
    assert code == 0 and "RETENTION_LEFT" in text.splitlines()[0] and "training" in text


def test_sample_verify_passes_and_names_tampering(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = [
        Call("queue", a, MONDAY + dt.timedelta(minutes=m)) for a in ("201", "202") for m in range(6)
    ]
    monitor, cdr, _ = write_export(tmp_path / "export", calls)
    assert run(importing(monitor, cdr, *login(vault, tmp_path)))[0] == 0

    code, out = run(["sample", "verify", "1", *login(vault, tmp_path)])
    assert code == 0 and "Batch 1" in out
    code, out = run(["sample", "verify", "1", "--json", *login(vault, tmp_path)])
    assert code == 0 and json.loads(out)["ok"] is True and json.loads(out)["candidates"] == 12

    from supervisor_app.services.session import unlock

    session = unlock(vault, ADMIN, ADMIN_PASSPHRASE)
    try:
        with transaction(session.conn):
            session.conn.execute("UPDATE import_batches SET selected = '[]' WHERE id = 1")
    finally:
        session.lock()
    capsys.readouterr()
    code, _ = run(["sample", "verify", "1", *login(vault, tmp_path)])
    assert code == 1
    assert "differs from what the seed selects" in capsys.readouterr().err
    code, _ = run(["sample", "verify", "7", *login(vault, tmp_path)])
    assert code == 2

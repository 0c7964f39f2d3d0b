"""The listen, log and access commands, run as users run them."""

from __future__ import annotations

import csv
import io
import itertools
import json
from pathlib import Path

import pytest

from supervisor_app import cli
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, listen_repo
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_listen import REASON, Vault, build_vault


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> tuple[Path, Vault]:
    """A locked vault with recordings, team lead bram and coach carla; passphrase files."""
    built = build_vault(admin_session, tmp_path)
    (tmp_path / f"{ADMIN}.pw").write_text(ADMIN_PASSPHRASE + "\n")
    for name in ("bram", "carla"):
        (tmp_path / f"{name}.pw").write_text(f"stille-uil-telt-sterren-{name}\n")
    folder = admin_session.vault.folder
    admin_session.lock()
    return folder, built


def run(folder: Path, user: str, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    login = ["--vault", str(folder), "--user", user]
    login += ["--passphrase-file", str(folder.parent / f"{user}.pw")]
    code = cli.main([*args, *login], stdin=io.StringIO(""), out=out)
    return code, out.getvalue()


def read_vault(folder: Path) -> Session:
    unlocked = LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE)
    return Session.start(unlocked)


def test_listen_with_the_null_sink_is_logged_like_a_listen_in_the_app(
    vault: tuple[Path, Vault],
) -> None:
    folder, built = vault
    code, out = run(
        folder,
        "bram",
        *("listen", str(built.noord), "--purpose", "training", "--reason", REASON),
        *("--sink", "null"),
    )

    assert code == 0
    assert out == (
        "Listen session 1: heard 20.0 s of 20.0 s of recording "
        f"{built.noord} for “Training and coaching”; it is in the audit log.\n"
    )
    session = read_vault(folder)
    try:
        row = listen_repo.session(session.conn, 1)
        assert row is not None
        assert (row.user_name, row.role, row.purpose_id, row.reason, row.state) == (
            "bram",
            "team_lead",
            "training",
            REASON,
            "closed",
        )
        assert row.intervals == ((0, 160_000),)
        logged = [
            (e.actor, e.action)
            for e in reversed(audit.entries(session.conn))
            if e.action.startswith(("access", "listen"))
        ]
        assert logged == [
            ("bram", "access_allowed"),
            ("bram", "listen_started"),
            ("bram", "listen_ended"),
        ]
    finally:
        session.lock()


def test_listen_refusals_are_one_line_each(
    vault: tuple[Path, Vault], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, built = vault
    listen = ("listen", str(built.campaign), "--sink", "null")

    code, _ = run(folder, "carla", *listen, "--purpose", "dispute", "--reason", REASON)
    assert code == 1
    assert capsys.readouterr().err == (
        "supervisor-app: The policy does not let your role listen for the purpose "
        "“Evidence in disputes with donors”.\n"
    )
    code, _ = run(folder, "bram", *listen, "--purpose", "training", "--reason", "because")
    assert code == 2
    assert "at least 10 characters" in capsys.readouterr().err
    code, _ = run(folder, ADMIN, *listen, "--purpose", "training", "--reason", REASON)
    assert code == 1
    assert "Administrators and auditors cannot listen" in capsys.readouterr().err


def test_access_who_lists_users_and_purposes(vault: tuple[Path, Vault]) -> None:
    folder, built = vault
    code, out = run(folder, ADMIN, "access", "who", str(built.campaign), "--json")
    assert code == 0
    assert json.loads(out) == [
        {"user": "bram", "name": "bram", "purposes": ["training", "dispute"]},
        {"user": "carla", "name": "carla", "purposes": ["training"]},
    ]
    code, out = run(folder, ADMIN, "access", "who", str(built.campaign))
    assert (code, out) == (0, "bram   training, dispute\ncarla  training\n")
    code, out = run(folder, ADMIN, "access", "who", str(built.zuid))
    assert (code, out) == (0, f"Nobody can listen to recording {built.zuid} now.\n")
    assert run(folder, "bram", "access", "who", str(built.zuid))[0] == 1


def test_log_export_csv_ends_with_the_head_hash(vault: tuple[Path, Vault], tmp_path: Path) -> None:
    folder, _ = vault
    target = tmp_path / "log.csv"
    code, out = run(folder, ADMIN, "log", "export", "--format", "csv", str(target))

    assert code == 0 and "not encrypted" in out
    lines = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert lines[0] == ["seq", "at", "actor", "action", "subject", "details", "prev_hash", "hash"]
    body, last = lines[1:-1], lines[-1]
    assert [int(r[0]) for r in body] == list(range(1, len(body) + 1))
    assert all(r[6] == prev[7] for prev, r in itertools.pairwise(body))
    assert last == ["HEAD", "", "", "", "", "intact", "", body[-1][7]]
    assert out.endswith(f"head hash {body[-1][7]}.\n")
    session = read_vault(folder)
    try:
        exported = next(e for e in audit.entries(session.conn) if e.action == "log_exported")
        assert exported.details == {
            "file": "log.csv",
            "entries": len(body),
            "head_hash": body[-1][7],
        }
        assert exported.seq == len(body) + 1
    finally:
        session.lock()


def test_log_export_pdf(
    vault: tuple[Path, Vault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    folder, _ = vault
    target = tmp_path / "log.pdf"
    code, out = run(folder, ADMIN, "log", "export", "--format", "pdf", str(target))
    assert code == 0, out
    assert target.read_bytes().startswith(b"%PDF")

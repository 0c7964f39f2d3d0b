"""The command line for forgetting: purge, also after every unlock, and evidence holds.

Also a shorter policy asked about first, and deleting the export's own copies of calls not kept.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from supervisor_app import cli
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_import_pipeline import MIX, prepare_vault, write_export
from tests.integration.test_listen import CASE
from tests.integration.test_purge import HOLD_REASON, Vault, build

LEAD = ("bram", "stille-uil-telt-sterren-bram")


def run(args: list[str], stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(args, stdin=io.StringIO(stdin), out=out)
    return code, out.getvalue()


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    built = build(admin_session, tmp_path)
    admin_session.lock()
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    (tmp_path / "bram.pw").write_text(LEAD[1] + "\n")
    return built


def login(vault: Vault, user: str = ADMIN) -> list[str]:
    folder = vault.folder
    return [
        "--vault",
        str(folder),
        "--user",
        user,
        "--passphrase-file",
        str(folder.parent / f"{user}.pw"),
    ]


def week_policy(vault: Vault, tmp_path: Path) -> Path:
    """The vault's policy with every purpose kept 7 days, as a TOML file."""
    code, _ = run(["policy", "export", str(tmp_path / "policy.toml"), *login(vault)])
    assert code == 0
    path = tmp_path / "policy.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("retention_days = 30", "retention_days = 7").replace(
            "retention_days = 90", "retention_days = 7"
        ),
        encoding="utf-8",
    )
    return path


def test_a_shorter_policy_is_imported_only_after_a_yes(vault: Vault, tmp_path: Path) -> None:
    path = week_policy(vault, tmp_path)
    code, out = run(["policy", "import", str(path), *login(vault)], stdin="n\n")
    assert code == 0 and "was not imported; nothing changed" in out
    code, out = run(["policy", "import", str(path), *login(vault)])  # no answer on stdin
    assert code == 2 and out == ""
    code, out = run(["policy", "import", str(path), "--yes", *login(vault)])
    assert code == 0 and "stored" in out


def test_purge_dry_run_then_purge_then_nothing_left(vault: Vault, tmp_path: Path) -> None:
    run(["policy", "import", str(week_policy(vault, tmp_path)), "--yes", *login(vault)])

    code, out = run(["purge", "--dry-run", "--json", *login(vault)])
    report = json.loads(out)
    assert code == 0 and report["dry_run"] and report["due"] == 8 and report["run"] is None

    code, out = run(["purge", "--json", *login(vault)])
    report = json.loads(out)
    assert code == 0 and report["purged"] == 8 and report["run"] == 1
    assert sorted(report["recordings"]) == sorted(vault.training + vault.campaign)
    assert report["size_after"] < report["size_before"]

    code, out = run(["purge", *login(vault)])
    assert (code, out) == (0, "Nothing is past its retention; nothing was deleted.\n")


def test_every_command_forgets_first(vault: Vault, tmp_path: Path) -> None:
    run(["policy", "import", str(week_policy(vault, tmp_path)), "--yes", *login(vault)])
    code, out = run(["recordings", "list", "--json", *login(vault)])
    assert code == 0 and json.loads(out) == []  # the purge ran at unlock, before the listing
    session = unlock(vault.folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        purges = [e for e in audit.entries(session.conn) if e.action == "purge"]
        assert len(purges) == 1 and purges[0].details["purged"] == 8
    finally:
        session.lock()


def test_holds_from_the_command_line(vault: Vault, tmp_path: Path) -> None:
    campaign = str(vault.campaign[0])
    place = ["hold", "place", campaign, "--purpose", "dispute", "--case", CASE]
    code, out = run([*place, "--reason", HOLD_REASON, "--json", *login(vault, "bram")])
    assert code == 0
    hold = json.loads(out)
    assert (hold["recording"], hold["case"], hold["state"]) == (vault.campaign[0], CASE, "active")

    code, out = run(["hold", "list", "--json", *login(vault, "bram")])
    assert [h["id"] for h in json.loads(out)] == [hold["id"]]
    code, out = run(["recordings", "list", "--json", *login(vault)])
    listed = {r["id"]: r["on_hold"] for r in json.loads(out)}
    assert listed[vault.campaign[0]] is True and listed[vault.training[0]] is False

    # Held, it survives a week-long retention; released, it goes at the next purge.
    run(["policy", "import", str(week_policy(vault, tmp_path)), "--yes", *login(vault)])
    code, out = run(["recordings", "list", "--json", *login(vault)])
    assert [r["id"] for r in json.loads(out)] == [vault.campaign[0]]
    code, out = run(
        ["hold", "release", str(hold["id"]), "--reason", "The dispute was settled",
         *login(vault, "bram")]
    )  # fmt: skip
    assert code == 0 and "released" in out
    code, out = run(["purge", "--json", *login(vault)])
    assert json.loads(out)["recordings"] == [vault.campaign[0]]


def test_hold_refusals_are_one_line_each(vault: Vault) -> None:
    training = str(vault.training[0])
    code, out = run(
        ["hold", "place", training, "--purpose", "training", "--case", CASE,
         "--reason", HOLD_REASON, *login(vault, "bram")]
    )  # fmt: skip
    assert code == 2 and out == ""
    code, out = run(
        ["hold", "place", training, "--purpose", "dispute", "--case", CASE,
         "--reason", HOLD_REASON, "--until", "yesterday", *login(vault, "bram")]
    )  # fmt: skip
    assert code == 2
    code, out = run(["hold", "release", "999", "--reason", HOLD_REASON, *login(vault)])
    assert code == 2


def test_import_can_delete_the_exports_files_of_calls_not_kept(
    admin_session: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prepare_vault(admin_session)  # the example policy: the app draws a sample
    folder = admin_session.vault.folder
    admin_session.lock()
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    monitor, cdr, _ = write_export(tmp_path / "export", MIX)
    files = {p for p in monitor.rglob("*") if p.is_file()}
    args = ["import", "--source", "freepbx", str(monitor), "--cdr", str(cdr), "--json"]
    args += ["--delete-unsampled-source", "--vault", str(folder), "--user", ADMIN]
    args += ["--passphrase-file", str(tmp_path / "admin.pw")]

    code, out = run(args, stdin="n\n")
    assert code == 0 and {p for p in monitor.rglob("*") if p.is_file()} == files
    assert "Delete" in capsys.readouterr().err

    code, out = run(args, stdin="y\n")  # the same export again: nothing new is sampled
    report = json.loads(out)
    left = {p for p in monitor.rglob("*") if p.is_file()}
    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        stored = {r[0] for r in session.conn.execute("SELECT call_id FROM recordings")}
    finally:
        session.lock()
    # What is left is exactly the files of the sampled, stored calls.
    assert stored and len(left) == len(stored)
    assert all(any(call_id in p.name for call_id in stored) for p in left)
    assert report["source_files_deleted"] == report["source_files_not_kept"]
    assert report["source_files_deleted"] == len(files) - len(stored)

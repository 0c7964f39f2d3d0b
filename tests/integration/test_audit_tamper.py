"""Edits made to the log behind the app's back are named by ``log verify`` (exit 1)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from supervisor_app import cli
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.vault.db import Connection
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE

ENTRIES = 8  # entries the fixture leaves: setup, unlock, five teams, lock


@pytest.fixture
def logged(admin_session: Session, tmp_path: Path) -> Path:
    """A locked vault whose log has ENTRIES entries; returns its folder."""
    people = PeopleService(admin_session)
    for n in range(5):
        people.add_team(f"Team {n}")
    folder = admin_session.vault.folder
    admin_session.lock()
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    return folder


def tamper(folder: Path, *statements: str) -> None:
    """Run SQL on the vault with nothing but the key: no app code, no audit entry."""
    unlocked = LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE)
    conn = unlocked.connect()
    try:
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()
        unlocked.lock()


def verify(folder: Path, tmp_path: Path, *extra: str) -> tuple[int, str]:
    out = io.StringIO()
    args = ["log", "verify", "--vault", str(folder), "--user", ADMIN]
    code = cli.main(
        [*args, "--passphrase-file", str(tmp_path / "admin.pw"), *extra],
        stdin=io.StringIO(""),
        out=out,
    )
    return code, out.getvalue()


def rows(folder: Path) -> int:
    unlocked = LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE)
    conn: Connection = unlocked.connect()
    try:
        return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    finally:
        conn.close()
        unlocked.lock()


def test_an_untouched_log_verifies(logged: Path, tmp_path: Path) -> None:
    assert rows(logged) == ENTRIES
    code, out = verify(logged, tmp_path, "--json")
    report = json.loads(out)
    assert code == 0
    # The command's own unlock is appended before it verifies.
    assert report["intact"] is True and report["entries"] == ENTRIES + 1
    assert len(report["head_hash"]) == 64 and report["first_bad_seq"] is None
    code, out = verify(logged, tmp_path)
    assert code == 0 and out.startswith(f"The audit log is intact: {ENTRIES + 3} entries")


TAMPERING: dict[str, tuple[Callable[[], tuple[str, ...]], int, str]] = {
    "changed": (
        lambda: ("UPDATE audit_log SET subject = 'Team X' WHERE seq = 4",),
        4,
        "changed after it was written",
    ),
    "changed details": (
        lambda: ("""UPDATE audit_log SET details = '{"name":"Team X"}' WHERE seq = 5""",),
        5,
        "changed after it was written",
    ),
    "deleted": (lambda: ("DELETE FROM audit_log WHERE seq = 3",), 3, "missing before it"),
    "reordered": (
        lambda: (
            "UPDATE audit_log SET seq = -1 WHERE seq = 5",
            "UPDATE audit_log SET seq = 5 WHERE seq = 6",
            "UPDATE audit_log SET seq = 6 WHERE seq = -1",
        ),
        5,
        "does not follow",
    ),
    "inserted": (
        lambda: (
            "UPDATE audit_log SET seq = seq + 100 WHERE seq >= 4",
            "UPDATE audit_log SET seq = seq - 99 WHERE seq >= 104",
            "INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash)"
            " SELECT 4, at, actor, 'team_added', 'Team Forged', details, hash, 'f' || hash"
            " FROM audit_log WHERE seq = 3",
        ),
        4,
        "changed after it was written",
    ),
    "appended": (
        lambda: (
            "INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash)"
            f" SELECT {ENTRIES + 1}, at, actor, 'unlock', subject, details, hash, 'e' || hash"
            f" FROM audit_log WHERE seq = {ENTRIES}",
        ),
        ENTRIES + 1,
        "changed after it was written",
    ),
}


@pytest.mark.parametrize("case", list(TAMPERING))
def test_tampering_is_named_by_its_seq(logged: Path, tmp_path: Path, case: str) -> None:
    statements, bad, problem = TAMPERING[case]
    tamper(logged, *statements())

    code, out = verify(logged, tmp_path)
    assert code == 1
    assert out.startswith(f"The audit log is broken at entry {bad}: ")
    assert problem in out
    code, out = verify(logged, tmp_path, "--json")
    assert code == 1
    assert json.loads(out)["first_bad_seq"] == bad

"""A computer whose clock was set back: the unlock says so loudly and logs it each time.

The log's entries carry the time they were written, so a clock earlier than the newest
one was set back: by mistake, or to keep a recording audible past its deletion. The test
writes the newest entries a year ahead, which is what a clock set back a year finds.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from supervisor_app import cli
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session, unlock
from supervisor_app.services.witnesses import CLOCK_TOLERANCE, HeadProblem
from supervisor_app.vault import audit
from supervisor_app.vault.db import transaction
from tests.conftest import ADMIN, ADMIN_PASSPHRASE

A_YEAR = dt.timedelta(days=365)


def written_ahead(session: Session, ahead: dt.timedelta) -> Path:
    """Log one entry dated ahead of now, then lock; the vault's folder."""
    with transaction(session.conn):
        audit.append(
            session.conn,
            session.user.name,
            "team_added",
            "Team Noord",
            signer=session.vault.signer,
            at=dt.datetime.now(dt.UTC) + ahead,
        )
    folder = session.vault.folder
    # The lock entry is written with the (set back) clock of now.
    session.lock()
    return folder


def test_a_clock_a_year_behind_the_log_is_said_and_logged(
    admin_session: Session, tmp_path: Path
) -> None:
    folder = written_ahead(admin_session, A_YEAR)
    for _ in range(2):
        session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
        try:
            [warning] = session.head_warnings
            assert warning.problem is HeadProblem.CLOCK_BEHIND
            assert "the clock was set back" in warning.sentence()
            logged = [e for e in audit.entries(session.conn) if e.action == "clock_behind_log"]
            assert logged[0].details == warning.details()
        finally:
            session.lock()
    # Each unlock under the wrong clock is its own event.
    assert len(logged) == 2
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    out = io.StringIO()
    args = ["log", "verify", "--json", "--vault", str(folder), "--user", ADMIN]
    code = cli.main(
        [*args, "--passphrase-file", str(tmp_path / "admin.pw")], stdin=io.StringIO(""), out=out
    )
    assert code == 1
    assert [w["problem"] for w in json.loads(out.getvalue())["heads_not_extended"]] == [
        "clock_behind"
    ]


@pytest.mark.parametrize("ahead", [dt.timedelta(0), CLOCK_TOLERANCE - dt.timedelta(minutes=1)])
def test_a_right_clock_or_a_little_drift_says_nothing(
    admin_session: Session, ahead: dt.timedelta
) -> None:
    PeopleService(admin_session).add_team("Team Zuid")
    folder = written_ahead(admin_session, ahead)
    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert session.head_warnings == ()
    finally:
        session.lock()

"""Wrong passphrases in a row make the next try wait longer; tested with a clock of our own.

Also: failed attempts stay on disk until the entries that log them are committed.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from supervisor_app import cli
from supervisor_app.domain.people import RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, backoff, listen_repo
from supervisor_app.vault.backoff import BACKOFF_FILE, FREE_ATTEMPTS, MAX_DELAY_S, delay_after
from supervisor_app.vault.errors import UnknownUser, WrongPassphrase
from supervisor_app.vault.vault import FAILED_UNLOCKS_FILE, LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE

EVA = ("eva", "stille-uil-telt-sterren-eva")


class Clock:
    """Time that moves only when something sleeps (or the test says so)."""

    def __init__(self) -> None:
        self.now = 1_000_000.0
        self.slept: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def folder(admin_session: Session) -> Path:
    PeopleService(admin_session).add_user(EVA[0], [RoleGrant(Role.AUDITOR)], EVA[1])
    admin_session.lock()
    return admin_session.vault.folder


def attempt(folder: Path, clock: Clock, name: str, phrase: str) -> bool:
    locked = LockedVault.open(folder, clock=clock.time, sleep=clock.sleep)
    try:
        locked.unlock(name, phrase).lock()
    except (WrongPassphrase, UnknownUser):
        return False
    return True


def test_the_delay_grows_and_stops_growing() -> None:
    assert [delay_after(n) for n in range(FREE_ATTEMPTS)] == [0.0] * FREE_ATTEMPTS
    steps = [delay_after(n) for n in range(FREE_ATTEMPTS, FREE_ATTEMPTS + 12)]
    assert steps[:4] == [1.0, 2.0, 4.0, 8.0]
    assert steps == sorted(steps) and steps[-1] == MAX_DELAY_S


def test_wrong_passphrases_in_a_row_make_the_next_try_wait(folder: Path) -> None:
    clock = Clock()
    for _ in range(FREE_ATTEMPTS):
        assert not attempt(folder, clock, ADMIN, "fout-fout-fout-fout")
    assert clock.slept == []
    assert not attempt(folder, clock, ADMIN, "fout-fout-fout-fout")
    assert clock.slept == [1.0]
    assert not attempt(folder, clock, ADMIN, "fout-fout-fout-fout")
    assert clock.slept == [1.0, 2.0]
    # Someone else is not slowed down by it.
    assert attempt(folder, clock, *EVA)
    assert clock.slept == [1.0, 2.0]
    # Even the right passphrase waits its turn, and then starts the count again.
    assert attempt(folder, clock, ADMIN, ADMIN_PASSPHRASE)
    assert clock.slept == [1.0, 2.0, 4.0]
    assert not attempt(folder, clock, ADMIN, "fout-fout-fout-fout")
    assert clock.slept == [1.0, 2.0, 4.0]


def test_time_already_waited_counts(folder: Path) -> None:
    clock = Clock()
    for _ in range(FREE_ATTEMPTS + 1):
        attempt(folder, clock, ADMIN, "fout-fout-fout-fout")
    locked = LockedVault.open(folder, clock=clock.time, sleep=clock.sleep)
    assert locked.unlock_delay(ADMIN) == 2.0
    clock.now += 1.5
    assert locked.unlock_delay(ADMIN) == 0.5
    clock.now += 10
    assert locked.unlock_delay(ADMIN) == 0.0


def test_unknown_names_share_one_count_and_are_never_written(folder: Path) -> None:
    clock = Clock()
    for n in range(FREE_ATTEMPTS + 1):
        attempt(folder, clock, f"Mallory-{n}", "x")
    assert clock.slept == [1.0]
    assert b"Mallory" not in (folder / BACKOFF_FILE).read_bytes()
    assert backoff.UNKNOWN.encode() in (folder / BACKOFF_FILE).read_bytes()


def test_the_command_line_says_it_waits(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    slept: list[float] = []
    monkeypatch.setattr("supervisor_app.vault.vault.time.sleep", slept.append)
    (tmp_path / "wrong").write_text("fout-fout-fout-fout\n")
    args = ["team", "list", "--vault", str(folder), "--user", ADMIN]
    args += ["--passphrase-file", str(tmp_path / "wrong")]
    for _ in range(FREE_ATTEMPTS + 1):
        assert cli.main(args, stdin=io.StringIO(""), out=io.StringIO()) == 1
    assert len(slept) == 1 and slept[0] > 0
    assert "waiting 1 s" in capsys.readouterr().err


def test_failed_attempts_stay_until_their_entries_are_committed(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            LockedVault.open(folder).unlock(EVA[0], "fout-fout-fout-fout")
    before = (folder / FAILED_UNLOCKS_FILE).read_bytes()

    def broken(conn: object) -> list[object]:
        raise OSError("the disk went away while the unlock was logged")

    monkeypatch.setattr(listen_repo, "interrupt_open_sessions", broken)
    with pytest.raises(OSError):
        Session.start(LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE))
    assert (folder / FAILED_UNLOCKS_FILE).read_bytes() == before
    monkeypatch.undo()

    session = Session.start(LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE))
    try:
        failed = [e for e in audit.entries(session.conn) if e.action == "unlock_failed"]
        assert [e.subject for e in failed] == [EVA[0], EVA[0]]
    finally:
        session.lock()
    assert not (folder / FAILED_UNLOCKS_FILE).exists()

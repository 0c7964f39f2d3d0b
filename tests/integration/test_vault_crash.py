"""A process killed while it writes the slot file or rekeys never loses the old slots."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from supervisor_app.domain.people import Language, RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.vault import keyslots
from supervisor_app.vault.errors import WrongPassphrase
from supervisor_app.vault.keyslots import RECOVERY_SLOT, SLOTS_FILE
from supervisor_app.vault.vault import LockedVault
from tests.children import Lines, hard_kill
from tests.conftest import ADMIN, ADMIN_PASSPHRASE

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
EVA = ("eva", "stille-uil-telt-sterren")
NEW_PASSPHRASE = "blauwe-walvis-leest-kranten"
MARKER_TIMEOUT = 60.0
# A slot write fsyncs its temporary file, renames it, then fsyncs the folder so the rename is
# durable. Windows cannot open a folder to fsync it (NTFS journals the rename itself), so there
# each write makes one fsync call instead of two.
FOLDER_FSYNC = os.name != "nt"

# The child unlocks, then (optionally) makes the Nth os.fsync announce itself and stall,
# so the parent can kill it at exactly that point; "loop" repeats the action until killed.
CHILD = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from supervisor_app.vault.errors import WrongPassphrase
    from supervisor_app.vault.vault import LockedVault

    folder, action, stop_at, when, loop = sys.argv[1:6]
    stop_at = int(stop_at)
    phrases = ["blauwe-walvis-leest-kranten", "paarse-olifant-fietst-morgen"]
    for phrase in phrases:
        try:
            vault = LockedVault.open(Path(folder)).unlock("admin", phrase)
            break
        except WrongPassphrase:
            continue
    real_fsync = os.fsync
    calls = 0

    def fsync(fd):
        global calls
        calls += 1
        if calls == stop_at and when == "before":
            print("FSYNC", calls, flush=True)
            time.sleep(600)
        real_fsync(fd)
        if calls == stop_at and when == "after":
            print("FSYNC", calls, flush=True)
            time.sleep(600)

    os.fsync = fsync
    conn = vault.connect() if action == "rekey" else None
    print("READY", flush=True)
    n = 0
    while True:
        if action == "passwd":
            vault.set_passphrase("admin", phrases[n % 2])
        elif action == "remove":
            vault.remove_slot("eva")
        elif action == "rekey":
            vault.rekey(conn)
        n += 1
        if loop != "loop":
            break
    print("DONE", flush=True)
    time.sleep(600)
    """
)


class Child:
    """The child process, with a way to wait for its markers."""

    def __init__(self, folder: Path, action: str, stop_at: int, when: str, loop: bool) -> None:
        mode = "loop" if loop else "once"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), action, str(stop_at), when, mode],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert self.proc.stdout is not None
        self.lines = Lines(self.proc.stdout)

    def wait_for(self, prefix: str) -> None:
        """Block until the child prints a line starting with prefix."""
        if self.lines.wait_for(prefix.encode(), MARKER_TIMEOUT):
            return
        hard_kill(self.proc)
        assert self.proc.stderr is not None
        errors = self.proc.stderr.read().decode(errors="replace")
        pytest.fail(f"the child never printed {prefix}; it said: {self.lines.seen!r} {errors}")

    def kill(self) -> None:
        """A hard kill: no cleanup handlers, no flush, like a power cut for the process."""
        hard_kill(self.proc)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def children() -> Iterator[list[Child]]:
    """Children started by a test; none outlives it."""
    started: list[Child] = []
    yield started
    for child in started:
        child.kill()


def start(
    children: list[Child],
    folder: Path,
    action: str,
    stop_at: int = 0,
    when: str = "",
    *,
    loop: bool = False,
) -> Child:
    """Start a child and remember it for cleanup."""
    child = Child(folder, action, stop_at, when, loop)
    children.append(child)
    return child


def fsync_call(step: int) -> int:
    """The child's os.fsync call at step (skipped on Windows when it is a folder's fsync).

    Steps 1 and 2 are the first write's file and folder, 3 and 4 the second write's.
    """
    if FOLDER_FSYNC:
        return step
    if step % 2 == 0:
        pytest.skip("Windows cannot fsync a folder, so there is no such fsync to stop at")
    return (step + 1) // 2


def slot_docs(folder: Path) -> dict[str, dict[str, Any]]:
    """The slots in keyslots.json as parsed JSON, by name."""
    return {s["name"]: s for s in json.loads((folder / SLOTS_FILE).read_bytes())["slots"]}


def temp_files(folder: Path) -> list[str]:
    """Leftover temporary slot files."""
    return sorted(p.name for p in folder.glob(f".{SLOTS_FILE}.*.tmp"))


@pytest.fixture
def vault(new_vault: tuple[Session, str], vault_dir: Path) -> tuple[Path, str]:
    """A locked vault with the administrator, eva, a team and an agent; and its recovery key."""
    session, recovery = new_vault
    people = PeopleService(session)
    people.add_team("Team Noord")
    people.add_agent("Fatima El Amrani", ["201"], "Team Noord", None, Language.NL)
    people.add_user(EVA[0], [RoleGrant(Role.AUDITOR)], EVA[1])
    session.lock()
    return vault_dir, recovery


def assert_everyone_unlocks(folder: Path, recovery: str, admin_passphrases: set[str]) -> None:
    """Admin (with one of the given passphrases), eva and the recovery key all open the data."""
    opened = []
    for phrase in admin_passphrases:
        try:
            opened.append(LockedVault.open(folder).unlock(ADMIN, phrase))
        except WrongPassphrase:
            continue
    assert len(opened) == 1, "the administrator's slot opens with neither passphrase"
    opened.append(LockedVault.open(folder).unlock(*EVA))
    opened.append(LockedVault.open(folder).unlock_with_recovery_key(recovery))
    for unlocked in opened:
        conn = unlocked.connect()
        try:
            rows = conn.execute("SELECT name FROM agents").fetchall()
            assert rows == [("Fatima El Amrani",)]
        finally:
            conn.close()
            unlocked.lock()


# --- killed at a known point --------------------------------------------------------------


@pytest.mark.parametrize(
    ("stop_at", "when", "expect_new"),
    [(1, "before", False), (1, "after", False), (2, "before", True), (2, "after", True)],
    ids=["temp-before-fsync", "temp-after-fsync", "folder-before-fsync", "folder-after-fsync"],
)
def test_killed_during_a_passphrase_change_keeps_old_or_new_slots_whole(
    vault: tuple[Path, str], children: list[Child], stop_at: int, when: str, expect_new: bool
) -> None:
    folder, recovery = vault
    before_bytes = (folder / SLOTS_FILE).read_bytes()
    before = slot_docs(folder)
    child = start(children, folder, "passwd", fsync_call(stop_at), when)
    child.wait_for("FSYNC")
    child.kill()

    after = slot_docs(folder)
    assert after[EVA[0]] == before[EVA[0]]
    assert after[RECOVERY_SLOT] == before[RECOVERY_SLOT]
    if expect_new:
        assert after[ADMIN] != before[ADMIN]
        assert_everyone_unlocks(folder, recovery, {NEW_PASSPHRASE, ADMIN_PASSPHRASE})
        LockedVault.open(folder).unlock(ADMIN, NEW_PASSPHRASE).lock()
    else:
        assert (folder / SLOTS_FILE).read_bytes() == before_bytes
        assert temp_files(folder), "the child died before the rename; its temp file stays"
        assert_everyone_unlocks(folder, recovery, {ADMIN_PASSPHRASE})
    # A successful unlock clears what the crash left behind.
    assert temp_files(folder) == []


@pytest.mark.parametrize("stop_at", [1, 2])
def test_killed_while_removing_a_slot_keeps_every_other_slot(
    vault: tuple[Path, str], children: list[Child], stop_at: int
) -> None:
    folder, recovery = vault
    before = slot_docs(folder)
    child = start(children, folder, "remove", fsync_call(stop_at), "before")
    child.wait_for("FSYNC")
    child.kill()

    after = slot_docs(folder)
    assert after[ADMIN] == before[ADMIN]
    assert after[RECOVERY_SLOT] == before[RECOVERY_SLOT]
    if stop_at == 1:
        assert after == before
        assert_everyone_unlocks(folder, recovery, {ADMIN_PASSPHRASE})
    else:
        assert EVA[0] not in after
        LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE).lock()
        LockedVault.open(folder).unlock_with_recovery_key(recovery).lock()


@pytest.mark.parametrize("stop_at", [1, 2, 3, 4])
@pytest.mark.parametrize("when", ["before", "after"])
def test_killed_at_each_step_of_a_rekey_still_unlocks(
    vault: tuple[Path, str], children: list[Child], stop_at: int, when: str
) -> None:
    # fsyncs 1-2 put the file with both keys in place, then the database is rekeyed,
    # then fsyncs 3-4 put the file with only the new key in place.
    folder, recovery = vault
    probe = LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE)
    old_key = probe._require_key()
    probe.lock()
    child = start(children, folder, "rekey", fsync_call(stop_at), when)
    child.wait_for("FSYNC")
    child.kill()

    sealed = {len(s["db_keys"]) for s in slot_docs(folder).values()}
    assert sealed == ({1} if stop_at in (1, 4) else {2})
    assert_everyone_unlocks(folder, recovery, {ADMIN_PASSPHRASE})
    unlocked = LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE)
    assert (unlocked._require_key() == old_key) == (stop_at <= 2)
    unlocked.lock()


# --- killed at random moments -------------------------------------------------------------


@pytest.mark.parametrize("action", ["passwd", "rekey"])
def test_killed_at_random_moments_the_vault_always_unlocks(
    vault: tuple[Path, str], children: list[Child], action: str
) -> None:
    folder, recovery = vault
    before = slot_docs(folder)
    rng = random.Random(20240611)
    for _ in range(8):
        child = start(children, folder, action, loop=True)
        child.wait_for("READY")
        time.sleep(rng.uniform(0.0, 0.25))
        child.kill()

        keyslots.read(folder)  # whole and parseable, never half-written
        after = slot_docs(folder)
        assert sorted(after) == sorted(before)
        if action == "passwd":
            assert after[EVA[0]] == before[EVA[0]]
            assert after[RECOVERY_SLOT] == before[RECOVERY_SLOT]
        assert_everyone_unlocks(folder, recovery, {ADMIN_PASSPHRASE, NEW_PASSPHRASE})
        assert temp_files(folder) == []

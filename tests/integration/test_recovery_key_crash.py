"""A recovery key replacement killed after its log entry: the old key and every passphrase open.

The child unlocks as the administrator and replaces the recovery key, but stops, announced,
at a chosen step after the entry ``recovery_key_replaced`` committed: before the rekey, or
before the new recovery slot is written. The parent kills it there, like a power cut.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from supervisor_app.domain.people import RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services import recovery_key
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session, unlock, unlock_with_recovery_key
from supervisor_app.vault import audit, keyslots
from supervisor_app.vault.keyslots import RECOVERY_SLOT
from tests.children import Lines, hard_kill
from tests.conftest import ADMIN, ADMIN_PASSPHRASE

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
EVA = ("eva", "stille-uil-telt-sterren")
MARKER_TIMEOUT = 60.0

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from supervisor_app.services.recovery_key import RecoveryKeyService
    from supervisor_app.services.session import unlock
    from supervisor_app.vault.vault import UnlockedVault

    folder, stop_in, rekey = sys.argv[1], sys.argv[2], sys.argv[3] == "rekey"

    def stop(*args, **kwargs):
        print("STOPPED", flush=True)
        time.sleep(600)

    setattr(UnlockedVault, stop_in, stop)
    session = unlock(Path(folder), "admin", "paarse-olifant-fietst-morgen")
    RecoveryKeyService(session).replace(rekey=rekey)
    print("DONE", flush=True)
    """
)


@pytest.fixture
def children() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        hard_kill(proc)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


@pytest.mark.parametrize(
    ("stop_in", "rekey"),
    [("begin_rekey", True), ("put_recovery_slot", True), ("put_recovery_slot", False)],
    ids=["before-the-rekey", "before-the-slot-write", "before-the-slot-write-no-rekey"],
)
def test_killed_after_the_entry_the_old_key_and_every_passphrase_still_open(
    new_vault: tuple[Session, str],
    children: list[subprocess.Popen[bytes]],
    stop_in: str,
    rekey: bool,
) -> None:
    session, old_key = new_vault
    PeopleService(session).add_user(EVA[0], [RoleGrant(Role.AUDITOR)], EVA[1])
    folder = session.vault.folder
    session.lock()
    slot_before = keyslots.read(folder).find(RECOVERY_SLOT).slot_id

    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), stop_in, "rekey" if rekey else "no-rekey"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    children.append(proc)
    assert proc.stdout is not None
    lines = Lines(proc.stdout)
    assert lines.wait_for(b"STOPPED", MARKER_TIMEOUT), lines.seen
    hard_kill(proc)

    assert keyslots.read(folder).find(RECOVERY_SLOT).slot_id == slot_before
    recovered = unlock_with_recovery_key(folder, old_key)
    try:
        assert recovered.head_warnings == ()
        report = audit.verify(recovered.conn)
        assert report.intact, report.problem
        assert report.signed == report.count
        actions = [e.action for e in audit.entries(recovered.conn)]
        # The log holds the replacement that did not happen, and nothing after it claims more.
        assert recovery_key.REPLACED in actions
        assert recovery_key.ACTIVATED not in actions
    finally:
        recovered.lock()
    for name, phrase in ((ADMIN, ADMIN_PASSPHRASE), EVA):
        again = unlock(folder, name, phrase)
        assert again.head_warnings == ()
        again.lock()
    # Nothing is left half done: a rekey the kill interrupted was finished by the unlock above.
    assert keyslots.read(folder).rekey is None
    assert all(len(s.sealed_keys) == 1 for s in keyslots.read(folder).slots)

"""Kill a command with SIGKILL at random moments, then check the vault is whole and usable.

An operation is a command line (what the user would run) plus, optionally, what it must
leave true afterwards. The harness copies a prepared template vault, starts the command in
a child process, kills it at a random moment within the time a full run takes, unlocks the
vault (which finishes anything a crash interrupted), checks what every operation must
leave behind, then runs the command again to the end. Adding an operation is a few lines:
an ``Operation`` with its command.
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit

REPO = Path(__file__).resolve().parents[2]
MARKER_TIMEOUT = 60.0
RUN_TIMEOUT = 120.0

# The child imports everything first, says READY, then runs the command as the CLI would.
CHILD = textwrap.dedent(
    """
    import sys, time
    from supervisor_app import cli
    print("READY", time.monotonic(), flush=True)
    code = cli.main(sys.argv[1:])
    print("EXIT", code, time.monotonic(), flush=True)
    sys.exit(code)
    """
)


@dataclass(frozen=True)
class Operation:
    """A command to kill, who runs it, and the exit codes a rerun may end with."""

    name: str
    argv: Callable[[Path], Sequence[str]]  # the command for a vault folder (without --vault…)
    user: tuple[str, str]  # (name, passphrase file) of who runs it
    rerun_codes: frozenset[int] = frozenset({0})
    # Extra checks on the vault after the kill and the recovering unlock, and after the rerun.
    after_kill: Callable[[Path, Session], None] | None = None
    after_rerun: Callable[[Path, Session], None] | None = None
    kills: int = 5
    seed: int = 20_261_116
    notes: list[str] = field(default_factory=list)


class Child:
    """One run of the command in its own process."""

    def __init__(self, folder: Path, op: Operation) -> None:
        name, pw_file = op.user
        args = [*op.argv(folder), "--vault", str(folder), "--user", name]
        args += ["--passphrase-file", pw_file]
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, *args],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.buffer = b""

    def line(self, prefix: str, timeout: float) -> list[str]:
        """Wait for the line starting with prefix; its words."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.buffer.split(b"\n")[:-1]:
                if line.startswith(prefix.encode()):
                    return line.decode().split()
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                chunk = os.read(fd, 4096)
                if not chunk:
                    break
                self.buffer += chunk
        self.kill()
        raise AssertionError(f"the child never printed {prefix}: {self.buffer!r} {self.errors()}")

    def errors(self) -> str:
        assert self.proc.stderr is not None
        return (
            self.proc.stderr.read().decode(errors="replace") if self.proc.poll() is not None else ""
        )

    def kill(self) -> None:
        """SIGKILL: no cleanup, no flush, like pulling the plug on the process."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def close(self) -> None:
        self.kill()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def run_to_end(folder: Path, op: Operation) -> tuple[int, float, str]:
    """Run the command to its end: exit code, seconds from READY to exit, stderr."""
    child = Child(folder, op)
    try:
        ready = float(child.line("READY", MARKER_TIMEOUT)[1])
        words = child.line("EXIT", RUN_TIMEOUT)
        code, done = int(words[1]), float(words[2])
        child.proc.wait(timeout=30)
        return code, done - ready, child.errors()
    finally:
        child.close()


def kill_once(folder: Path, op: Operation, after_s: float) -> None:
    """Start the command and kill it after_s seconds after it is ready (or when it ends)."""
    child = Child(folder, op)
    try:
        child.line("READY", MARKER_TIMEOUT)
        time.sleep(after_s)
    finally:
        child.close()


def check_whole(folder: Path, admin: tuple[str, str]) -> Session:
    """Unlock (finishing what a crash left), and check what every operation must leave true."""
    session = unlock(folder, admin[0], admin[1])
    conn = session.conn
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    report = audit.verify(conn)
    assert report.intact, report.problem
    assert report.signed == report.count
    assert session.head_warnings == (), [w.sentence() for w in session.head_warnings]
    return session


def exercise(template: Path, work: Path, op: Operation, admin: tuple[str, str]) -> None:
    """Kill op at op.kills random moments, each in a fresh copy of template; check each."""
    probe = work / f"{op.name}-probe"
    shutil.copytree(template, probe)
    code, duration, errors = run_to_end(probe, op)
    assert code == 0, f"{op.name} does not even run to the end: {errors}"
    rng = random.Random(op.seed)
    for n in range(op.kills):
        folder = work / f"{op.name}-{n}"
        shutil.copytree(template, folder)
        kill_once(folder, op, rng.uniform(0.0, duration * 1.1))
        session = check_whole(folder, admin)
        try:
            if op.after_kill is not None:
                op.after_kill(folder, session)
        finally:
            session.lock()
        code, _, errors = run_to_end(folder, op)
        assert code in op.rerun_codes, f"{op.name} rerun after kill {n} exited {code}: {errors}"
        session = check_whole(folder, admin)
        try:
            if op.after_rerun is not None:
                op.after_rerun(folder, session)
        finally:
            session.lock()

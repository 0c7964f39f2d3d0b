"""Child processes that crash tests read and kill, the same way on Windows, macOS and Linux.

A hard kill is SIGKILL on POSIX and TerminateProcess on Windows: either way the child gets no
chance to run cleanup handlers or flush anything, like a power cut for that process. Its output
is read by a thread, since select() works on pipes only on POSIX.
"""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
from typing import IO, Any, AnyStr, Generic

# What Popen.returncode says after a hard kill (Popen.kill() exits with 1 on Windows).
KILLED = 1 if sys.platform == "win32" else -signal.SIGKILL


def hard_kill(proc: subprocess.Popen[Any], timeout: float = 30) -> None:
    """End proc at once, without cleanup in it, and wait until it is gone."""
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=timeout)


class Lines(Generic[AnyStr]):
    """The lines a child writes to a pipe, collected by a thread as they arrive."""

    def __init__(self, stream: IO[AnyStr]) -> None:
        self._lines: queue.Queue[AnyStr | None] = queue.Queue()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()
        self.seen: list[AnyStr] = []

    def _read(self, stream: IO[AnyStr]) -> None:
        for line in iter(stream.readline, stream.read(0)):
            self._lines.put(line)
        self._lines.put(None)  # the child closed its end: it ended

    def next(self, timeout: float) -> AnyStr | None:
        """The next line, or None when the child ended or printed nothing within timeout."""
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            return None
        if line is not None:
            self.seen.append(line)
        return line

    def wait_for(self, prefix: AnyStr, timeout: float) -> bool:
        """Read lines until one starts with prefix (True) or the child ends or stays silent."""
        while (line := self.next(timeout)) is not None:
            if line.startswith(prefix):
                return True
        return False

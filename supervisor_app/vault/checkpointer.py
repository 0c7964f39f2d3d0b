"""Folding the write-ahead log into the database on a thread of its own, during bulk writes.

In WAL mode every committed page is written twice: into vault.db-wal at commit, and later
into vault.db by a checkpoint. SQLite runs that checkpoint inside whichever commit makes the
WAL long enough, on the writing thread. During an import that thread is the bottleneck (it
also encrypts every page), so ``Checkpointer`` moves the copying to a thread with its own
connection (connections never cross threads): the writer turns its automatic checkpoints
off, and the checkpointer folds the WAL in after each batch of commits, while the writer
goes on. Checkpoints copy pages as they are (already encrypted); a crash at any moment
leaves the WAL and the database consistent, as SQLite's own checkpoints do.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Final

from supervisor_app.vault.db import Connection, DatabaseError

log = logging.getLogger(__name__)

# SQLite's default: a checkpoint once the WAL holds about this many pages.
DEFAULT_AUTOCHECKPOINT: Final = 1000


class Checkpointer:
    """A thread that checkpoints the vault while ``writer`` stores; use it as a context."""

    def __init__(self, writer: Connection, connect: Callable[[], Connection]) -> None:
        self._writer = writer
        self._connect = connect
        self._wake = threading.Event()
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="checkpoint", daemon=True)

    def __enter__(self) -> Checkpointer:
        self._writer.execute("PRAGMA wal_autocheckpoint = 0")
        self._thread.start()
        return self

    def committed(self) -> None:
        """Tell the checkpointer the writer committed something (cheap; call after each)."""
        self._wake.set()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop = True
        self._wake.set()
        self._thread.join()
        self._writer.execute(f"PRAGMA wal_autocheckpoint = {DEFAULT_AUTOCHECKPOINT}")

    def _run(self) -> None:
        try:
            conn = self._connect()
        except Exception:  # the writer's own checkpoints will do, as before
            log.exception("the checkpoint thread could not open the vault")
            return
        try:
            while True:
                self._wake.wait()
                self._wake.clear()
                # PASSIVE: never waits for the writer, copies what is committed so far.
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                if self._stop:
                    return
        except DatabaseError:
            log.warning("a background checkpoint failed; the next commit will checkpoint")
        finally:
            conn.close()

"""The vault worker: one persistent thread that does all vault work, handing results back.

SQLCipher connections must stay on the thread that opened them, and vault work is serialised
(as Anki's collection executor does), so there is exactly one worker thread for the whole
app. The unlocked session's connection is opened on it and lives there until the lock; pages
never touch the database themselves (see ui/core/operations.py). Results come back through a
queued signal, so callbacks always run on the GUI thread.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.services.errors import user_facing

T = TypeVar("T")

WORKER_NAME = "vault-worker"


@dataclass(slots=True)
class _Pending:
    on_done: Callable[[Any], None]
    on_error: Callable[[UserFacingError], None] | None
    owner: QObject | None
    after: Callable[[], None] | None


class TaskRunner(QObject):
    """Runs one callable at a time on the vault worker thread.

    Unlike a thread pool, the executor keeps its single thread for the app's whole life, so
    a connection opened there stays usable for every later task.

    Signals:
        busy_changed(bool): work started (True) or the last piece finished (False).
    """

    busy_changed = Signal(bool)
    # Emitted from the worker thread; the runner lives on the GUI thread, so the
    # connection is queued and _deliver always runs on the GUI thread.
    _finished = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=WORKER_NAME)
        self._pending: dict[int, _Pending] = {}
        self._next_id = 0
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """Whether work is queued or running."""
        return bool(self._pending)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[UserFacingError], None] | None = None,
        *,
        owner: QObject | None = None,
        after: Callable[[], None] | None = None,
    ) -> None:
        """Run work on the worker; call on_done(result) or on_error(exc) on the GUI thread.

        Errors the user can fix go to on_error; anything else is a bug and goes to the
        exception hook. Callbacks are skipped when owner has been deleted meanwhile;
        after() runs in every case, first, to restore what the work needed changed.
        """
        task_id = self._next_id
        self._next_id += 1
        was_busy = self.busy
        self._pending[task_id] = _Pending(on_done, on_error, owner, after)
        if not was_busy:
            self.busy_changed.emit(True)
        self._executor.submit(self._work, task_id, work)

    def run_blocking(self, work: Callable[[], T]) -> T:
        """Run work on the worker and wait for its result, on the calling thread.

        For shutdown, locking and tests only: a page that waits for the vault freezes the
        window, which is what the worker exists to prevent.
        """
        return self._executor.submit(work).result()

    def wait(self) -> None:
        """Block until the worker has done everything queued so far (used at shutdown)."""
        self._executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        """Finish queued work and end the worker thread (when the app quits)."""
        self._executor.shutdown(wait=True)

    def _work(self, task_id: int, work: Callable[[], Any]) -> None:
        try:
            result = work()
        except BaseException as exc:  # handed to the GUI thread, which decides
            self._finished.emit(task_id, False, exc)
        else:
            self._finished.emit(task_id, True, result)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, value: object) -> None:
        pending = self._pending.pop(task_id)
        try:
            if pending.after is not None:
                pending.after()
            if pending.owner is not None and not shiboken6.isValid(pending.owner):
                return
            if ok:
                pending.on_done(value)
                return
            assert isinstance(value, BaseException)
            # A busy, full or read-only vault is the user's environment, not a bug.
            sentence = user_facing(value)
            if sentence is not None and pending.on_error is not None:
                pending.on_error(sentence)
            else:
                sys.excepthook(type(value), value, value.__traceback__)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

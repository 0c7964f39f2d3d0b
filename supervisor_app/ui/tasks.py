"""Run vault work off the GUI thread and hand the result back to it.

Argon2 and re-encryption take seconds; they run on a single worker thread (vault work is
serialised, as Anki's collection executor does) and report back through a queued signal.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.services.session import Session


class _Runnable(QRunnable):
    # A QRunnable subclass rather than QThreadPool.start(callable): the latter has
    # crashed with a reference-count error in PySide6 when the callable finishes.
    def __init__(self, body: Callable[[], None]) -> None:
        super().__init__()
        self._body = body

    def run(self) -> None:
        self._body()


@dataclass(slots=True)
class _Pending:
    on_done: Callable[[Any], None]
    on_error: Callable[[UserFacingError], None] | None
    owner: QObject | None
    after: Callable[[], None] | None


class TaskRunner(QObject):
    """Runs one callable at a time on a worker thread.

    Signals:
        busy_changed(bool): work started (True) or the last piece finished (False).
    """

    busy_changed = Signal(bool)
    # Emitted from the worker thread; the runner lives on the GUI thread, so the
    # connection is queued and _deliver always runs on the GUI thread.
    _finished = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
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
        """Run work in the worker; call on_done(result) or on_error(exc) on the GUI thread.

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
        self._pool.start(_Runnable(lambda: self._work(task_id, work)))

    def wait(self) -> None:
        """Block until the worker is idle (used at shutdown)."""
        self._pool.waitForDone()

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
            elif isinstance(value, UserFacingError) and pending.on_error is not None:
                pending.on_error(value)
            else:
                assert isinstance(value, BaseException)
                sys.excepthook(type(value), value, value.__traceback__)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)


def worker_session(session: Session) -> AbstractContextManager[Session]:
    """The same user and key as session, with a connection for the calling (worker) thread."""
    return session.on_this_thread()

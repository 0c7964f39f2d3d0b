"""The one way windows reach the vault: queries and changes run on the vault worker.

Modelled on Anki's ``aqt/operations``: a page asks ``ops.query(self, op, done)`` for data and
``ops.change(self, op, done, changes={...})`` to change something. ``op`` receives the session's
``Services`` and runs on the vault worker (ui/core/tasks.py), the one thread that holds the vault's
connection; ``done`` gets the result on the GUI thread. A change names what it changed, and one
signal, ``changed``, tells every page: a page that shows such data refreshes itself if it is on
screen and marks itself stale otherwise (``follow_changes``). Errors the user can act on end as
one sentence: in the dialog that asked (``failed``) or in a message box; bugs go to the
exception hook. One busy indicator (``BusyIndicator``) shows after half a second of work, with
Cancel when the running change can stop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from enum import Enum, auto
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.services.registry import Services
from supervisor_app.ui.core.messages import show_error
from supervisor_app.ui.core.progress import DelayedShow
from supervisor_app.ui.core.tasks import TaskRunner

T = TypeVar("T")


class Change(Enum):
    """What a change touched; pages showing it refresh."""

    RECORDINGS = auto()  # stored, deleted, held or released recordings; import batches
    LISTENS = auto()  # listen sessions
    NOTICES = auto()  # notices to agents and their states
    PEOPLE = auto()  # users, agents, teams, acknowledgements
    POLICY = auto()  # policy versions
    DOCUMENTS = auto()  # published documents and protocol receipts
    USER = auto()  # the signed-in user's own roles
    REQUESTS = auto()  # requests from agents and callers, and agents' objections
    COACHING = auto()  # scorecards, their notes, and feedback sheets


ALL_CHANGES = frozenset(Change)


class Ops(QObject):
    """Queries and changes on the vault worker for one unlocked session.

    Signals:
        changed(frozenset[Change]): a change finished; pages showing that data refresh.
        cancellable_changed(bool): whether the running work can be cancelled now.
    """

    changed = Signal(object)
    cancellable_changed = Signal(bool)

    def __init__(
        self, runner: TaskRunner, services: Services, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.services = services
        self._cancel: threading.Event | None = None

    @property
    def busy(self) -> bool:
        """Whether vault work is queued or running."""
        return self.runner.busy

    def query(
        self,
        parent: QObject,
        op: Callable[[Services], T],
        done: Callable[[T], None],
        *,
        failed: Callable[[UserFacingError], None] | None = None,
        after: Callable[[], None] | None = None,
    ) -> None:
        """Read on the worker; done(result) on the GUI thread unless parent is gone.

        ``after`` runs in every case, first, even when parent is gone (for a busy count).
        """
        services = self.services
        self.runner.run(
            lambda: op(services), done, failed or _shown_at(parent), owner=parent, after=after
        )

    def change(
        self,
        parent: QObject,
        op: Callable[[Services], T],
        done: Callable[[T], None] | None = None,
        *,
        changes: Iterable[Change],
        failed: Callable[[UserFacingError], None] | None = None,
        cancel: threading.Event | None = None,
        after: Callable[[], None] | None = None,
    ) -> None:
        """Change the vault on the worker, then tell every page what changed.

        ``changed`` is emitted after the change, also when it failed part-way (a failed
        change may have done some of its work) or when its parent is gone. ``cancel`` is an
        event the op checks between steps; the busy indicator's Cancel sets it. ``after`` runs
        in every case, first, as for query.
        """
        services = self.services
        touched = frozenset(changes)
        if cancel is not None:
            self._cancel = cancel
            self.cancellable_changed.emit(True)

        def finish() -> None:
            if after is not None:
                after()
            if not shiboken6.isValid(self):
                return  # a lock closed the window (and this object) while the change ran
            if cancel is not None and self._cancel is cancel:
                self._cancel = None
                self.cancellable_changed.emit(False)
            if touched:
                self.changed.emit(touched)

        self.runner.run(
            lambda: op(services),
            done or _ignore,
            failed or _shown_at(parent),
            owner=parent,
            after=finish,
        )

    def cancel(self) -> None:
        """Ask the running cancellable change to stop after its current step."""
        if self._cancel is not None:
            self._cancel.set()

    def announce(self, *changes: Change) -> None:
        """Tell the pages that something changed outside an op (a player's listen ended)."""
        self.changed.emit(frozenset(changes))


def _ignore(_result: Any) -> None:
    pass


def _shown_at(parent: QObject) -> Callable[[UserFacingError], None]:
    """The default for an error: a message box over parent (or the active window)."""

    def show(exc: UserFacingError) -> None:
        widget = parent if isinstance(parent, QWidget) and shiboken6.isValid(parent) else None
        show_error(widget, exc)

    return show


# --- pages that follow changes ----------------------------------------------------------------


class _Follower(QObject):
    """Refreshes a widget when a change touches what it shows, now or when it is next shown."""

    def __init__(
        self,
        widget: QWidget,
        areas: frozenset[Change],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._areas = areas
        self._refresh = refresh
        self.stale = False
        widget.installEventFilter(self)

    def changed(self, changes: frozenset[Change]) -> None:
        if not changes & self._areas or not shiboken6.isValid(self._widget):
            return
        if self._widget.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Catch up when a stale widget comes into view."""
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False


def follow_changes(
    ops: Ops, widget: QWidget, areas: Iterable[Change], refresh: Callable[[], None]
) -> None:
    """Call refresh when a change touches areas: at once if widget shows, else when it does."""
    follower = _Follower(widget, frozenset(areas), refresh)
    ops.changed.connect(follower.changed)


# --- the busy indicator -------------------------------------------------------------------------


class BusyIndicator(QWidget):
    """A thin bar and a word in the status bar while vault work lasts over half a second.

    Cancel appears while the running change can stop (an import, a purge).
    """

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.label = QLabel(self.tr("Working…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumSize(120, 10)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setFlat(True)
        self.cancel_button.clicked.connect(ops.cancel)
        self.cancel_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self._delay = DelayedShow(self, parent=self)
        ops.runner.busy_changed.connect(self._busy)
        ops.cancellable_changed.connect(self.cancel_button.setVisible)
        if ops.busy:
            self._delay.start()

    def _busy(self, busy: bool) -> None:
        if busy:
            self._delay.start()
        else:
            self._delay.stop()


# --- filters that wait for a pause in typing ----------------------------------------------------

# Long enough for the next keystroke of a typed date, short enough to feel immediate.
TYPING_PAUSE_MS = 250


def debounced(parent: QObject, action: Callable[[], None], ms: int = TYPING_PAUSE_MS) -> QTimer:
    """A timer that runs action once typing has paused for ms; connect edits to its start()."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(action)
    return timer

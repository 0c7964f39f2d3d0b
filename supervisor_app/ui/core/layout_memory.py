"""Window size, splitter positions and column widths, remembered per page between sessions.

Stored as Qt's own state blobs in ``layout.json`` in the configuration folder (beside the
settings): no names, numbers or anything else from the vault, only sizes and widths.
"""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QTableView, QWidget

from supervisor_app.services.files import write_bytes
from supervisor_app.ui.core.tables import RESTORED

LAYOUT_FILE = "layout.json"
_WINDOW = "window"

log = logging.getLogger(__name__)


class LayoutMemory:
    """Restores and remembers the layout of a main window whose pages sit in a stack.

    Each splitter and table is known by its page's class and its place on that page
    ("RecordingsPage/QSplitter/0"), so a page that gains a table later simply starts with
    its default widths.
    """

    def __init__(self, config_dir: Path) -> None:
        self._path = config_dir / LAYOUT_FILE
        self._states = self._load()

    def restore(self, window: QMainWindow, stack: QStackedWidget) -> None:
        """Give the window and its pages the sizes remembered last time, if any."""
        saved = self._states.get(_WINDOW)
        if saved is not None:
            window.restoreGeometry(saved)
        for key, widget in _parts(stack):
            state = self._states.get(key)
            if state is None:
                continue
            if isinstance(widget, QSplitter):
                widget.restoreState(state)
            elif isinstance(widget, QTableView) and widget.horizontalHeader().restoreState(state):
                widget.setProperty(RESTORED, True)  # the table keeps these, not its own fit

    def remember(self, window: QMainWindow, stack: QStackedWidget) -> None:
        """Store the window's size and its pages' splitters and column widths."""
        self._states[_WINDOW] = window.saveGeometry()
        for key, widget in _parts(stack):
            if isinstance(widget, QSplitter):
                self._states[key] = widget.saveState()
            elif isinstance(widget, QTableView):
                self._states[key] = widget.horizontalHeader().saveState()
        data = {k: base64.b64encode(v.data()).decode("ascii") for k, v in self._states.items()}
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(self._path, json.dumps(data, indent=1, sort_keys=True).encode())
        except OSError as exc:
            # Only sizes are lost; the next session starts with the defaults.
            log.warning("window layout not saved: %s", exc)

    def _load(self) -> dict[str, QByteArray]:
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
            return {str(k): QByteArray(base64.b64decode(v)) for k, v in raw.items()}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, AttributeError, TypeError) as exc:
            log.warning("window layout not read, starting with the defaults: %s", exc)
            return {}


def _parts(stack: QStackedWidget) -> list[tuple[str, QWidget]]:
    """Every splitter and table on the stack's pages, with its key."""
    found: list[tuple[str, QWidget]] = []
    for number in range(stack.count()):
        page = stack.widget(number)
        if page is None:
            continue
        name = type(page).__name__
        for kind in (QSplitter, QTableView):
            for place, widget in enumerate(page.findChildren(kind)):
                found.append((f"{name}/{kind.__name__}/{place}", widget))
    return found

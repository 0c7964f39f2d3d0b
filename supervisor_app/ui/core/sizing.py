"""Letting a window grow when a wrapped message appears in it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    """Make window tall enough for its layout at its current width (never narrower).

    Word-wrapped labels report their height only for a given width, so Qt does not
    always enlarge a top-level window by itself when such a label gets longer text.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)

"""The installed Qt binding must not leak references to None, or the app dies within minutes.

PySide6 6.12.0 on Python 3.11 returns None from every void method without taking a
reference; after a few thousand calls (the idle-lock filter makes one per mouse move)
CPython aborts with "none_dealloc". Python 3.12+ is immune (None is immortal there).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    # Other threads may hold or drop a few references meanwhile; a leak drops 1000.
    assert sys.getrefcount(None) >= before - 50, (
        "this PySide6 build drops a reference to None on every void call; "
        "install a version without that bug (see pyproject.toml)"
    )

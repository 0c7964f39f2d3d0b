"""The recovery key view: Copy puts the key on the clipboard for a minute only."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from supervisor_app.ui import recovery_key
from supervisor_app.ui.recovery_key import RecoveryKeyView, grouped_lines

KEY = "AARJ-XYTN-XEK2-ULHE-SBQ3-V4OO-R6WI-FVWS"


@pytest.fixture
def view(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> RecoveryKeyView:
    # A short minute keeps the test quick; the code path is the same.
    monkeypatch.setattr(recovery_key, "CLIPBOARD_SECONDS", 0.2)
    widget = RecoveryKeyView()
    qtbot.addWidget(widget)
    widget.set_key(KEY)
    return widget


def test_the_key_is_shown_in_two_lines_of_groups(view: RecoveryKeyView) -> None:
    assert view.key_label.text() == grouped_lines(KEY)
    assert view.key_label.text().splitlines() == [
        "AARJ - XYTN - XEK2 - ULHE",
        "SBQ3 - V4OO - R6WI - FVWS",
    ]


def test_copy_clears_the_clipboard_afterwards(qtbot: QtBot, view: RecoveryKeyView) -> None:
    clipboard = QGuiApplication.clipboard()
    view.copy_button.click()
    assert clipboard.text() == KEY
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)


def test_something_copied_since_is_left_alone(qtbot: QtBot, view: RecoveryKeyView) -> None:
    clipboard = QGuiApplication.clipboard()
    view.copy_button.click()
    clipboard.setText("a note of the user's own")
    qtbot.wait(600)  # past the clearing moment
    assert clipboard.text() == "a note of the user's own"

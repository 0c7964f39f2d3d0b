"""A check box whose long text wraps: clicks on the text toggle it, the text greys out with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from supervisor_app.ui.core.wrapping_check import wrapping_check

LONG = "Een functionaris gegevensbescherming (art. 37 AVG) is aangesteld en bereikbaar"


def test_the_text_wraps_and_a_click_on_it_toggles_the_box(qtbot: QtBot) -> None:
    check = QCheckBox(LONG)
    one_line = check.sizeHint().width()
    row = wrapping_check(check)
    qtbot.addWidget(row)
    label = row.findChild(QLabel)
    assert label is not None and label.text() == LONG and label.wordWrap()
    assert check.text() == "" and check.accessibleName() == LONG
    assert row.minimumSizeHint().width() < one_line / 2  # it can be far narrower than one line
    row.show()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert check.isChecked()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert not check.isChecked()


def test_a_disabled_box_greys_its_text_and_ignores_clicks_on_it(qtbot: QtBot) -> None:
    check = QCheckBox(LONG)
    row = wrapping_check(check)
    qtbot.addWidget(row)
    label = row.findChild(QLabel)
    assert label is not None
    row.show()
    check.setEnabled(False)
    assert not label.isEnabled()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert not check.isChecked()
    check.setEnabled(True)
    assert label.isEnabled()

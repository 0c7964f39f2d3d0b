"""A check box whose long text wraps: Qt's own keeps its text on one line, however narrow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class _Toggler(QObject):
    """Clicks on the text toggle the box; the text greys out with the box."""

    def __init__(self, check: QCheckBox, label: QLabel) -> None:
        super().__init__(label)
        self._check, self._label = check, label
        label.installEventFilter(self)
        check.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Pass a click on the text to the box; follow the box's enabled state."""
        if (
            watched is self._label
            and event.type() == QEvent.Type.MouseButtonRelease
            and self._check.isEnabled()
        ):
            self._check.click()
            return True
        if watched is self._check and event.type() == QEvent.Type.EnabledChange:
            self._label.setEnabled(self._check.isEnabled())
        return False


def wrapping_check(check: QCheckBox) -> QWidget:
    """Check plus its text in a label that wraps; check stays the widget to read and watch.

    The text moves to the label (and stays the box's accessible name, for screen readers);
    a click on it toggles the box, as a click on a check box's own text does.
    """
    text = check.text()
    check.setText("")
    check.setAccessibleName(text.replace("&", ""))
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(check)  # its mnemonic, if any, moves the focus to the box
    label.setEnabled(check.isEnabled())
    _Toggler(check, label)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row

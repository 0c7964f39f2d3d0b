"""Small input widgets of the policy editor: hints, optional dates, lists, day counts."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from supervisor_app.ui.core.messages import ERROR_STYLE

NOTE_STYLE = "color: #5b6670;"
# QDateEdit cannot be empty; its lowest date stands for "not set" (shown as special text).
_NO_DATE = QDate(2000, 1, 1)
_LIST_SEPARATORS = re.compile(r"[,\n]")


class HintLabel(QLabel):
    """A red sentence under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.hide()

    def show_text(self, text: str) -> None:
        """Show text, or hide the hint when text is empty."""
        self.setText(text)
        self.setVisible(bool(text))


def note_label(text: str) -> QLabel:
    """A grey explanation under a field."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


class OptionalDateEdit(QDateEdit):
    """A date that may be left unset; the calendar opens at today while it is unset."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(self.tr("not set"))
        self.setDate(_NO_DATE)
        self.setMinimumWidth(140)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> dt.date | None:
        """The chosen date, or None."""
        day = self.date()
        if day == _NO_DATE:
            return None
        return dt.date(day.year(), day.month(), day.day())

    def set_value(self, day: dt.date | None) -> None:
        """Show day, or "not set"."""
        self.setDate(_NO_DATE if day is None else QDate(day.year, day.month, day.day))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the calendar at this month rather than at the "not set" date."""
        if event.type() == QEvent.Type.Show and self.date() == _NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class DaysSpinBox(QSpinBox):
    """A number of days, with "day" or "days" after it."""

    def __init__(self, maximum: int = 3650, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setMinimumWidth(110)
        self.valueChanged.connect(self._suffix)
        self._suffix(self.value())

    def _suffix(self, value: int) -> None:
        self.setSuffix(self.tr(" day") if value == 1 else self.tr(" days"))


class OptionalDaysSpinBox(DaysSpinBox):
    """A number of days that may also be "not stated" (shown below 0)."""

    def __init__(self, maximum: int = 3650, parent: QWidget | None = None) -> None:
        super().__init__(maximum, parent)
        self.setMinimum(-1)
        self.setSpecialValueText(self.tr("Not stated"))
        self.setValue(-1)

    def days(self) -> int | None:
        """The number of days, or None when not stated."""
        return None if self.value() < 0 else self.value()

    def set_days(self, days: int | None) -> None:
        """Show a number of days, or "not stated"."""
        self.setValue(-1 if days is None else days)


def parse_list(text: str) -> tuple[str, ...]:
    """Items separated by commas or line breaks, trimmed, blanks dropped."""
    return tuple(part.strip() for part in _LIST_SEPARATORS.split(text) if part.strip())


def parse_lines(text: str) -> tuple[str, ...]:
    """One item per line, trimmed, blank lines dropped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def make_read_only(root: QWidget) -> None:
    """Let every input under root show its value without allowing a change.

    Text stays selectable and copyable; choices are disabled; action buttons disappear.
    """
    for edit in root.findChildren(QLineEdit):
        edit.setReadOnly(True)
    for text in root.findChildren(QPlainTextEdit):
        text.setReadOnly(True)
    for spin in root.findChildren(QAbstractSpinBox):
        spin.setReadOnly(True)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    for combo in root.findChildren(QComboBox):
        combo.setEnabled(False)
    for button in root.findChildren(QAbstractButton):
        if isinstance(button, QCheckBox | QRadioButton):
            button.setEnabled(False)
        elif isinstance(button, QPushButton):
            button.hide()

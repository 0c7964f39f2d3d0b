"""One editor input per kind of policy field, made from the field's declaration.

``make_input`` turns a declared field (domain/policy_schema.py) into an ``Input``: the
widget that goes into the form, how a value is shown and read back, and when the user
changed it. A text that documents print gets one box per language, side by side. Labels,
help and choice names are declared with the field in English and translated here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import InputError
from supervisor_app.domain.phrasebook import LANGUAGES
from supervisor_app.domain.policy import AppliesTo, AppliesToField
from supervisor_app.domain.policy_schema import (
    CHOICES,
    LABELS,
    Choice,
    Count,
    Date,
    Field,
    Flag,
    Fraction,
    Lines,
    Local,
    OptionalCount,
    Ranges,
    Roles,
    Strings,
    Text,
)
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalLines, LocalText
from supervisor_app.ui.policy.policy_fields import (
    NOTE_STYLE,
    DaysSpinBox,
    OptionalDateEdit,
    OptionalDaysSpinBox,
    parse_lines,
    parse_list,
)
from supervisor_app.ui.words.labels import role_name

LISTENER_ROLES = tuple(role for role in Role if role.may_listen)
_FIELD_WIDTH = 110


def field_text(text: str) -> str:
    """A label or help text declared with a field, in the interface language."""
    return QCoreApplication.translate(LABELS, text) if text else ""


def language_caption(language: str) -> str:
    """A language's name above its box."""
    names = {
        "nl": QCoreApplication.translate("PolicyWidgets", "Dutch"),
        "en": QCoreApplication.translate("PolicyWidgets", "English"),
    }
    return names[language]


def text_box(lines: int) -> QPlainTextEdit:
    """A box for a few lines of text; Tab moves on instead of typing a tab."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2)
    # Preferred, not Expanding: a page's spare height belongs below its last row, not
    # between a box and its caption or note.
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return box


class Input:
    """A declared field shown in a widget: its value goes in, comes back out, and edits tell.

    ``widget`` goes into the form; ``focus_widget`` takes the cursor when the field is opened
    from the checklist. ``parse_error`` says why a typed value cannot be kept (saving waits).
    """

    def __init__(self, spec: Field[Any], widget: QWidget) -> None:
        self.spec = spec
        self.widget = widget

    @property
    def caption(self) -> str:
        """The label beside the field (a check box carries its own)."""
        return field_text(self.spec.label)

    def set_value(self, value: Any) -> None:
        """Show value."""
        raise NotImplementedError

    def value(self, old: Any) -> Any:
        """The value as the widget says now; ``old`` is kept where the typing is unreadable."""
        raise NotImplementedError

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call callback when the user changes the value."""
        raise NotImplementedError

    def focus(self) -> None:
        """Put the cursor in the field."""
        self.widget.setFocus()

    def parse_error(self) -> str:
        """Why the typed value cannot be kept, or ""."""
        return ""


def _connect_editor(widget: QWidget, callback: Callable[[], None]) -> None:
    def edited(*_args: object) -> None:
        callback()

    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(edited)
    elif isinstance(widget, QComboBox):
        if widget.isEditable():
            widget.editTextChanged.connect(edited)
        else:
            widget.currentIndexChanged.connect(edited)
    elif isinstance(widget, OptionalDateEdit):
        widget.dateChanged.connect(edited)
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.valueChanged.connect(edited)
    elif isinstance(widget, QCheckBox | QRadioButton):
        widget.toggled.connect(edited)


class _Single(Input):
    """An input made of one editor widget."""

    def on_change(self, callback: Callable[[], None]) -> None:
        """Watch the one editor."""
        _connect_editor(self.widget, callback)


class TextInput(_Single):
    """A line (or box) of text; with suggestions, a combo box that completes them."""

    def __init__(self, spec: Text) -> None:
        widget: QWidget
        if spec.suggestions is not None:
            combo = QComboBox()
            combo.setEditable(True)
            names = list(spec.suggestions())
            combo.addItems(names)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(names, combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            combo.setCompleter(completer)
            combo.setMinimumWidth(260)
            widget = combo
        elif spec.lines:
            widget = text_box(spec.lines)
        else:
            line = QLineEdit()
            line.setPlaceholderText(field_text(spec.placeholder))
            widget = line
        super().__init__(spec, widget)

    def set_value(self, value: Any) -> None:
        """Show the text."""
        if isinstance(self.widget, QComboBox):
            self.widget.setEditText(str(value))
        elif isinstance(self.widget, QPlainTextEdit):
            self.widget.setPlainText(str(value))
        elif isinstance(self.widget, QLineEdit):
            self.widget.setText(str(value))
            self.widget.setCursorPosition(0)  # show the start of a long text, not its end

    def value(self, old: Any) -> Any:
        """The text, trimmed."""
        if isinstance(self.widget, QComboBox):
            return self.widget.currentText().strip()
        if isinstance(self.widget, QPlainTextEdit):
            return self.widget.toPlainText().strip()
        return cast(QLineEdit, self.widget).text().strip()


class LocalTextInput(Input):
    """A text per language: one box for each, side by side, each named above it."""

    def __init__(self, spec: Local | Lines) -> None:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        for column, language in enumerate(LANGUAGES):
            caption = QLabel(language_caption(language))
            caption.setStyleSheet(NOTE_STYLE + " font-size: 8pt;")
            editor: QLineEdit | QPlainTextEdit
            if spec.lines:
                editor = text_box(spec.lines)
                if isinstance(spec, Lines):
                    # The expectations fill the page: it has nothing else.
                    editor.setMaximumHeight(16_777_215)
                    editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            else:
                editor = QLineEdit()
                editor.setPlaceholderText(field_text(spec.placeholder))
            editor.setAccessibleName(f"{field_text(spec.label)} ({language_caption(language)})")
            grid.addWidget(caption, 0, column)
            grid.addWidget(editor, 1, column)
            grid.setColumnStretch(column, 1)
            self.editors[language] = editor
        holder.setFocusProxy(self.editors[LANGUAGES[0]])
        super().__init__(spec, holder)

    def _text(self, language: str) -> str:
        editor = self.editors[language]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def _show(self, language: str, text: str) -> None:
        editor = self.editors[language]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        else:
            editor.setText(text)
            editor.setCursorPosition(0)  # show the start of a long text, not its end

    def set_value(self, value: Any) -> None:
        """Show each language's text (lines one per line)."""
        for language in LANGUAGES:
            if isinstance(value, LocalLines):
                self._show(language, "\n".join(value.get(language)))
            else:
                self._show(language, cast(LocalText, value).get(language))

    def value(self, old: Any) -> Any:
        """The texts (or lines) per language, trimmed."""
        if isinstance(self.spec, Lines):
            return LocalLines(**{lang: parse_lines(self._text(lang)) for lang in LANGUAGES})
        return LocalText(**{lang: self._text(lang).strip() for lang in LANGUAGES})

    def on_change(self, callback: Callable[[], None]) -> None:
        """Watch every language's box."""
        for editor in self.editors.values():
            _connect_editor(editor, callback)

    def focus(self) -> None:
        """The cursor goes to the first language still without text."""
        blank = [lang for lang in LANGUAGES if not self._text(lang).strip()]
        self.editors[blank[0] if blank else LANGUAGES[0]].setFocus()


class StringsInput(_Single):
    """A list of short texts: separated by commas, or one per line in a box."""

    def __init__(self, spec: Strings) -> None:
        widget: QWidget
        if spec.lines:
            widget = text_box(spec.lines)
        else:
            line = QLineEdit()
            line.setPlaceholderText(field_text(spec.placeholder))
            widget = line
        super().__init__(spec, widget)

    def set_value(self, value: Any) -> None:
        """Show the list."""
        if isinstance(self.widget, QPlainTextEdit):
            self.widget.setPlainText("\n".join(value))
        else:
            cast(QLineEdit, self.widget).setText(", ".join(value))

    def value(self, old: Any) -> Any:
        """The list, blanks dropped."""
        if isinstance(self.widget, QPlainTextEdit):
            return parse_list(self.widget.toPlainText())
        return parse_list(cast(QLineEdit, self.widget).text())


class CountInput(_Single):
    """A whole number (of days) within the field's limits; 0 shows "not filled in" as 0."""

    def __init__(self, spec: Count | OptionalCount) -> None:
        spin: QSpinBox
        if isinstance(spec, OptionalCount):
            spin = OptionalDaysSpinBox(spec.maximum)
        elif spec.unit == "days":
            spin = DaysSpinBox(spec.maximum)
        else:
            spin = QSpinBox()
            spin.setRange(0, spec.maximum)
            spin.setMinimumWidth(_FIELD_WIDTH)
        super().__init__(spec, spin)

    def set_value(self, value: Any) -> None:
        """Show the number (or "not stated")."""
        if isinstance(self.widget, OptionalDaysSpinBox):
            self.widget.set_days(value)
        else:
            cast(QSpinBox, self.widget).setValue(int(value))

    def value(self, old: Any) -> Any:
        """The number (None when not stated)."""
        if isinstance(self.widget, OptionalDaysSpinBox):
            return self.widget.days()
        return cast(QSpinBox, self.widget).value()


class FractionInput(_Single):
    """A share of calls, shown as a percentage with one decimal."""

    def __init__(self, spec: Fraction) -> None:
        spin = QDoubleSpinBox()
        spin.setRange(0.0, 100.0)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" %")
        spin.setMinimumWidth(_FIELD_WIDTH)
        super().__init__(spec, spin)

    def set_value(self, value: Any) -> None:
        """Show the fraction as a percentage."""
        cast(QDoubleSpinBox, self.widget).setValue(float(value) * 100)

    def value(self, old: Any) -> Any:
        """The fraction; rounded so that 5 % is stored as 0.05, not 0.05000000000000001."""
        return round(cast(QDoubleSpinBox, self.widget).value() / 100, 6)


class ChoiceInput(_Single):
    """One of the field's values by its translated name; "Choose…" while none is chosen."""

    def __init__(self, spec: Choice[Any]) -> None:
        combo = QComboBox()
        if spec.default is None:
            combo.addItem(QCoreApplication.translate("PolicyWidgets", "Choose…"), None)
        for member in spec.enum:
            label = spec.labels.get(member.value, member.value)
            combo.addItem(QCoreApplication.translate(CHOICES, label), member.value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        super().__init__(spec, combo)
        self.enum = spec.enum

    def set_value(self, value: Any) -> None:
        """Select the value."""
        combo = cast(QComboBox, self.widget)
        data = value.value if isinstance(value, StrEnum) else None
        combo.setCurrentIndex(max(combo.findData(data), 0))

    def value(self, old: Any) -> Any:
        """The chosen value, or None."""
        # Item data goes through QVariant, which turns a StrEnum into plain text.
        data = cast(QComboBox, self.widget).currentData()
        return self.enum(data) if data else None


class FlagInput(_Single):
    """Yes or no: a check box that carries the field's label."""

    def __init__(self, spec: Flag) -> None:
        super().__init__(spec, QCheckBox(field_text(spec.label)))

    @property
    def caption(self) -> str:
        """The check box says it; the form's label stays empty."""
        return ""

    def set_value(self, value: Any) -> None:
        """Tick or untick."""
        cast(QCheckBox, self.widget).setChecked(bool(value))

    def value(self, old: Any) -> Any:
        """Whether ticked."""
        return cast(QCheckBox, self.widget).isChecked()


class DateInput(_Single):
    """A day, or "not set"."""

    def __init__(self, spec: Date) -> None:
        super().__init__(spec, OptionalDateEdit())

    def set_value(self, value: Any) -> None:
        """Show the day."""
        cast(OptionalDateEdit, self.widget).set_value(cast(dt.date | None, value))

    def value(self, old: Any) -> Any:
        """The day, or None."""
        return cast(OptionalDateEdit, self.widget).value()


class RolesInput(Input):
    """A check box per role that can listen."""

    def __init__(self, spec: Roles) -> None:
        holder = QWidget()
        row = QGridLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.checks = {role: QCheckBox(role_name(role)) for role in LISTENER_ROLES}
        for column, check in enumerate(self.checks.values()):
            row.addWidget(check, 0, column)
        row.setColumnStretch(len(self.checks), 1)
        holder.setFocusProxy(next(iter(self.checks.values())))
        super().__init__(spec, holder)

    def set_value(self, value: Any) -> None:
        """Tick the roles in value."""
        for role, check in self.checks.items():
            check.setChecked(role in value)

    def value(self, old: Any) -> Any:
        """The ticked roles; a role that cannot listen (only in an old version) stays."""
        kept = tuple(role for role in old if role not in self.checks)
        return kept + tuple(role for role, check in self.checks.items() if check.isChecked())

    def on_change(self, callback: Callable[[], None]) -> None:
        """Watch every box."""
        for check in self.checks.values():
            _connect_editor(check, callback)

    def focus(self) -> None:
        """The first role's box."""
        next(iter(self.checks.values())).setFocus()


class RangesInput(_Single):
    """Extension ranges typed as "100-399, 500"; what cannot be read blocks saving."""

    def __init__(self, spec: Ranges) -> None:
        line = QLineEdit()
        line.setPlaceholderText(field_text(spec.placeholder))
        super().__init__(spec, line)
        self.ranges = spec

    def set_value(self, value: Any) -> None:
        """Show the ranges as text."""
        cast(QLineEdit, self.widget).setText(self.ranges.format(value))

    def _parsed(self) -> tuple[tuple[int, int], ...] | None:
        try:
            return self.ranges.parse(cast(QLineEdit, self.widget).text())
        except InputError:
            return None

    def value(self, old: Any) -> Any:
        """The ranges (unreadable text keeps the old ones)."""
        parsed = self._parsed()
        return old if parsed is None else parsed

    def parse_error(self) -> str:
        """A sentence when the text cannot be read."""
        if self._parsed() is not None:
            return ""
        return QCoreApplication.translate(
            "PolicyWidgets", "Write ranges as numbers, like 100-399, 500; “{text}” cannot be read."
        ).format(text=cast(QLineEdit, self.widget).text().strip())


class AppliesToInput(Input):
    """All business calls, or named queues and campaigns."""

    def __init__(self, spec: AppliesToField) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.all_radio = QRadioButton(
            QCoreApplication.translate("PolicyWidgets", "All business &calls")
        )
        self.named_radio = QRadioButton(
            QCoreApplication.translate("PolicyWidgets", "Only these queues or campaigns:")
        )
        self.group = QButtonGroup(holder)
        self.group.addButton(self.all_radio)
        self.group.addButton(self.named_radio)
        self.queues_edit = QLineEdit()
        self.queues_edit.setPlaceholderText(
            QCoreApplication.translate("PolicyWidgets", "Queues, e.g. 400, 401")
        )
        self.campaigns_edit = QLineEdit()
        self.campaigns_edit.setPlaceholderText(
            QCoreApplication.translate("PolicyWidgets", "Campaigns, e.g. donor-2026")
        )
        for part in (self.all_radio, self.named_radio, self.queues_edit, self.campaigns_edit):
            column.addWidget(part)
        self.named_radio.toggled.connect(self._named_changed)
        holder.setFocusProxy(self.all_radio)
        super().__init__(spec, holder)

    def _named_changed(self) -> None:
        named = self.named_radio.isChecked()
        self.queues_edit.setEnabled(named)
        self.campaigns_edit.setEnabled(named)

    def set_value(self, value: Any) -> None:
        """Tick the choice and show the lists."""
        applies = cast(AppliesTo, value)
        self.group.setExclusive(False)  # a new purpose has neither ticked
        self.all_radio.setChecked(applies.all_calls)
        self.named_radio.setChecked(not applies.all_calls and applies.is_set)
        self.group.setExclusive(True)
        self.queues_edit.setText(", ".join(applies.queues))
        self.campaigns_edit.setText(", ".join(applies.campaigns))
        self._named_changed()

    def value(self, old: Any) -> Any:
        """What the choice says."""
        if self.all_radio.isChecked():
            return AppliesTo.everything()
        if self.named_radio.isChecked():
            return AppliesTo(
                queues=parse_list(self.queues_edit.text()),
                campaigns=parse_list(self.campaigns_edit.text()),
            )
        return AppliesTo()

    def on_change(self, callback: Callable[[], None]) -> None:
        """Watch the choice and both lists."""
        for part in (self.all_radio, self.named_radio, self.queues_edit, self.campaigns_edit):
            _connect_editor(part, callback)

    def focus(self) -> None:
        """The first choice."""
        self.all_radio.setFocus()


def make_input(spec: Field[Any]) -> Input:
    """The input for a declared field, by its kind."""
    makers: list[tuple[type, Callable[[Any], Input]]] = [
        (Text, TextInput),
        (Local, LocalTextInput),
        (Lines, LocalTextInput),
        (Strings, StringsInput),
        (Count, CountInput),
        (OptionalCount, CountInput),
        (Fraction, FractionInput),
        (Choice, ChoiceInput),
        (Flag, FlagInput),
        (Date, DateInput),
        (Roles, RolesInput),
        (Ranges, RangesInput),
        (AppliesToField, AppliesToInput),
    ]
    for kind, maker in makers:
        if isinstance(spec, kind):
            return maker(spec)
    raise TypeError(f"no editor input for a {type(spec).__name__} field")

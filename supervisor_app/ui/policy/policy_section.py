"""One policy editor section: a form whose fields are known by their policy key.

``SchemaSection`` builds its form from a declared section of the policy: a row per field
(an input by the field's kind, its label and help), a group box per nested section. A
subclass only adds what the declarations cannot say: a layout choice, a button, a field
that switches another on or off.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.policy import Policy
from supervisor_app.domain.policy_schema import (
    Field,
    declared,
    field_at,
    get_path,
    replace_path,
)
from supervisor_app.domain.policy_schema import (
    Section as SectionField,
)
from supervisor_app.ui.core.wrapping_check import wrapping_check
from supervisor_app.ui.policy.policy_fields import HintLabel, OptionalDateEdit, note_label
from supervisor_app.ui.policy.policy_widgets import Input, LocalTextInput, field_text, make_input


class Section(QWidget):
    """One tab of the policy editor.

    Subclasses add their rows with ``add_row`` and implement ``load`` and ``apply``.
    Each row has a key as ``missing_items`` names it, so a missing item can focus its
    field and show its sentence under it.

    Signals:
        changed(): the user changed a value (not emitted while loading).
    """

    changed = Signal()
    # Key prefixes this section answers for, e.g. ("organisation.",).
    prefixes: tuple[str, ...] = ()

    def __init__(self, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.hints: dict[str, HintLabel] = {}
        self.touched: set[str] = set()
        self.loading = False
        # A form reads best at a moderate width, not stretched across a wide window.
        self.setMaximumWidth(760)
        self.outer = QVBoxLayout(self)
        if intro:
            self.outer.addWidget(note_label(intro))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A long label puts its field on the next line rather than squeezing it.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.outer.addLayout(self.form)
        self.outer.addStretch()

    def owns(self, key: str) -> bool:
        """Whether key names a field of this section."""
        return key in self.fields or key.startswith(self.prefixes)

    def add_row(
        self,
        key: str,
        label: str,
        widget: QWidget,
        note: str = "",
        *,
        form: QFormLayout | None = None,
        watch: bool = True,
    ) -> QWidget:
        """Add widget under label with its note and a hint line; return the field."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(widget, QComboBox) and not widget.isEditable():
            # A choice reads best at its natural width, and gives way (its longest item cut
            # short, whole in the list) where a narrow window cannot spare that.
            natural = widget.sizeHint().width()
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(12)
            widget.setMaximumWidth(natural)
            column.addWidget(widget)
        elif isinstance(widget, QAbstractSpinBox):
            # Numbers and dates read best at their natural width.
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        elif isinstance(widget, QCheckBox) and widget.text():
            # A long statement ("A data protection officer (art. 37 GDPR) is appointed")
            # on one line would make the form wider than a 1024-pixel window leaves it.
            column.addWidget(wrapping_check(widget))
        else:
            column.addWidget(widget)
        if note:
            column.addWidget(note_label(note))
        hint = HintLabel()
        column.addWidget(hint)
        caption = QLabel(label)
        caption.setBuddy(widget.focusProxy() or widget)
        (form or self.form).addRow(caption, box)
        self.fields[key] = widget
        self.hints[key] = hint
        if watch:
            self.watch(key, widget)
        return widget

    def watch(self, key: str, widget: QWidget) -> None:
        """Count a change of widget as the user editing key."""

        def edited(*_args: object) -> None:
            if not self.loading:
                self.touched.add(key)
                self.changed.emit()

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

    def set_policy(self, policy: Policy) -> None:
        """Show policy's values without counting them as edits."""
        self.loading = True
        try:
            self.load(policy)
        finally:
            self.loading = False
        self.touched.clear()

    def load(self, policy: Policy) -> None:
        """Put the policy's values into the fields (a section without fields has nothing to do)."""

    def apply(self, policy: Policy) -> Policy:
        """Return policy with this section's values from the fields (unchanged when it has none)."""
        return policy

    def parse_errors(self) -> dict[str, str]:
        """Sentences for values the policy cannot hold (they block saving), by key."""
        return {}

    def touched_keys(self, draft: Policy) -> set[str]:
        """Keys of the fields the user has changed since loading."""
        return set(self.touched)

    def show_hints(self, hints: Mapping[str, str], draft: Policy) -> None:
        """Show each hint under its field; clear the others."""
        for key, label in self.hints.items():
            label.show_text(hints.get(key, ""))

    def focus_key(self, key: str, draft: Policy) -> bool:
        """Put the cursor in the field for key; False if this section has none."""
        widget = self.fields.get(key)
        if widget is None:
            return False
        self.touched.add(key)  # opened to fix it: say what is wrong right there
        widget.setFocus()
        return True


class SchemaSection(Section):
    """A page made from a declared section of the policy (``path`` from the policy class).

    Every declared field gets a row with the input of its kind; a nested section gets a
    group box. A field added to the declaration shows up here without a change.
    """

    def __init__(
        self,
        path: Sequence[str],
        record: type[Policy] = Policy,
        parent: QWidget | None = None,
    ) -> None:
        spec = field_at(record, path)
        if not isinstance(spec, SectionField):
            raise TypeError(f"{'.'.join(path)} is not a section of the policy")
        super().__init__(field_text(spec.help), parent)
        self.path = tuple(path)
        self.prefixes = (".".join(self.path) + ".",)
        self.inputs: dict[str, tuple[tuple[str, ...], Input]] = {}
        self.groups: dict[str, tuple[QGroupBox, QFormLayout]] = {}
        self.build(spec.record, self.path, self.form)
        if any(isinstance(i, LocalTextInput) for _, i in self.inputs.values()):
            self.setMaximumWidth(900)  # room for a box per language, side by side

    def build(self, record: type, path: tuple[str, ...], form: QFormLayout) -> None:
        """Add a row for each declared field of record, in order (subclasses may regroup)."""
        for name, spec in self.ordered(record, path):
            self.add_field((*path, name), spec, form)

    def ordered(self, record: type, path: tuple[str, ...]) -> list[tuple[str, Field[Any]]]:
        """The fields of record in the order of the form (the declaration's, by default)."""
        return list(declared(record))

    def add_field(self, path: tuple[str, ...], spec: Field[Any], form: QFormLayout) -> None:
        """A row for a field, or a group box for a nested section."""
        key = ".".join(path)
        if isinstance(spec, SectionField):
            box = QGroupBox(field_text(spec.label))
            box.setToolTip(field_text(spec.help))
            box_form = QFormLayout(box)
            box_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.groups[key] = (box, box_form)
            self.build(spec.record, path, box_form)
            form.addRow(box)
            return
        field_input = make_input(spec)
        note = field_text(spec.help) if spec.note else ""
        self.add_row(key, field_input.caption, field_input.widget, note, form=form, watch=False)
        if spec.help and not spec.note:
            field_input.widget.setToolTip(field_text(spec.help))
        field_input.on_change(lambda: self.edited(key))
        self.inputs[key] = (path, field_input)

    def edited(self, key: str) -> None:
        """The user changed the field at key (not while loading)."""
        if not self.loading:
            self.touched.add(key)
            self.changed.emit()

    def input(self, key: str) -> Input:
        """The input of the field at key, e.g. ``sampling.rate``."""
        return self.inputs[key][1]

    def load(self, policy: Policy) -> None:
        """Show every field's value."""
        for path, field_input in self.inputs.values():
            field_input.set_value(get_path(policy, path))

    def apply(self, policy: Policy) -> Policy:
        """Policy with every field's value from the form."""
        for path, field_input in self.inputs.values():
            policy = replace_path(policy, path, field_input.value(get_path(policy, path)))
        return policy

    def parse_errors(self) -> dict[str, str]:
        """Values typed that cannot be read, by key."""
        errors = {key: field_input.parse_error() for key, (_, field_input) in self.inputs.items()}
        return {key: error for key, error in errors.items() if error}

    def focus_key(self, key: str, draft: Policy) -> bool:
        """Put the cursor in the field for key (a text in the language it still lacks)."""
        found = self.inputs.get(key)
        if found is None:
            return super().focus_key(key, draft)
        self.touched.add(key)
        found[1].focus()
        return True

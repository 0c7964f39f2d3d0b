"""The base of one policy editor section: a form whose fields are known by their policy key."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.policy import Policy
from supervisor_app.ui.policy_fields import HintLabel, OptionalDateEdit, note_label


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
        if isinstance(widget, QAbstractSpinBox | QComboBox) and not (
            isinstance(widget, QComboBox) and widget.isEditable()
        ):
            # Numbers, dates and choices read best at their natural width.
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            column.addWidget(widget)
        if note:
            column.addWidget(note_label(note))
        hint = HintLabel()
        column.addWidget(hint)
        caption = QLabel(label)
        caption.setBuddy(widget)
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

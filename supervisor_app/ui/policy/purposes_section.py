"""The Purposes section of the policy editor: a list of purposes and a form for the chosen one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.policy import Policy, Purpose
from supervisor_app.domain.policy_schema import Records, declared, field_at
from supervisor_app.ui.policy.policy_fields import HintLabel, note_label
from supervisor_app.ui.policy.policy_section import Section
from supervisor_app.ui.policy.policy_widgets import Input, field_text, make_input
from supervisor_app.ui.words.labels import purpose_title
from supervisor_app.ui.words.missing_text import purpose_bases, split_purpose_key


class PurposesSection(Section):
    """Each purpose for which recordings may be kept and heard.

    The form has a row per declared field of a purpose. Field keys are relative ("title",
    "necessity"); the full key of a missing item (``purposes[training].title``) is resolved
    against the draft policy.
    """

    prefixes = ("purposes",)

    def __init__(self, record: type[Policy] = Policy, parent: QWidget | None = None) -> None:
        spec = field_at(record, ("purposes",))
        super().__init__(field_text(spec.help), parent)
        self.purpose_record: type[Purpose] = spec.record if isinstance(spec, Records) else Purpose
        self.setMaximumWidth(900)
        self._purposes: list[Purpose] = []
        self._current = -1
        # (position, field) the user has edited; positions shift when a purpose is removed.
        self._touched_fields: set[tuple[int, str]] = set()

        self.purpose_list = QListWidget()
        # A few rows suffice: organisations have two or three purposes.
        self.purpose_list.setFixedHeight(self.purpose_list.fontMetrics().lineSpacing() * 4 + 12)
        self.purpose_list.setMaximumWidth(420)
        self.purpose_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.purpose_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.add_button = QPushButton(self.tr("&Add purpose"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.add_button.clicked.connect(self.add_purpose)
        self.remove_button.clicked.connect(self.remove_purpose)
        self.list_hint = HintLabel()
        top = QHBoxLayout()
        top.addWidget(self.purpose_list, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        top.addLayout(buttons)
        top.addStretch()

        self.editor = QWidget()
        self.editor.setMaximumWidth(880)
        editor_form = QFormLayout(self.editor)
        editor_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # One row per declared field of a purpose, keyed by the field's name ("necessity").
        self.inputs: dict[str, Input] = {}
        for name, spec in declared(self.purpose_record):
            field_input = make_input(spec)
            note = field_text(spec.help) if spec.note else ""
            self.add_row(
                name, field_input.caption, field_input.widget, note, form=editor_form, watch=False
            )
            if spec.help and not spec.note:
                field_input.widget.setToolTip(field_text(spec.help))
            field_input.on_change(partial(self._edited, name))
            self.inputs[name] = field_input

        self.empty_note = note_label(self.tr("Add a purpose to describe it here."))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder_column = QVBoxLayout(holder)
        holder_column.setContentsMargins(0, 0, 0, 0)
        holder_column.addWidget(self.empty_note)
        holder_column.addWidget(self.editor)
        holder_column.addStretch()
        scroll.setWidget(holder)
        # Replace the base class's stretch: the purpose's form fills the rest and scrolls.
        self.outer.takeAt(self.outer.count() - 1)
        self.outer.addLayout(top)
        self.outer.addWidget(self.list_hint)
        self.outer.addWidget(scroll, 1)
        self.purpose_list.currentRowChanged.connect(self._select)

    # --- the list ------------------------------------------------------------------------

    def add_purpose(self) -> None:
        """Add a blank purpose and put the cursor in its id."""
        self._purposes.append(self.purpose_record())
        self.purpose_list.addItem(self._list_text(len(self._purposes) - 1))
        self.purpose_list.setCurrentRow(len(self._purposes) - 1)
        self.touched.add("purposes")
        self.changed.emit()
        self.inputs["id"].focus()

    def remove_purpose(self) -> None:
        """Remove the selected purpose."""
        row = self.purpose_list.currentRow()
        if row < 0:
            return
        del self._purposes[row]
        self._touched_fields = {
            (i if i < row else i - 1, f) for i, f in self._touched_fields if i != row
        }
        self._current = -1
        self.purpose_list.takeItem(row)
        self._select(self.purpose_list.currentRow())
        self.touched.add("purposes")
        self.changed.emit()

    def _list_text(self, index: int) -> str:
        purpose = self._purposes[index]
        shown = purpose_title(purpose)
        return shown or self.tr("(new purpose)")

    def _select(self, row: int) -> None:
        self._current = row
        has = 0 <= row < len(self._purposes)
        self.editor.setVisible(has)
        self.empty_note.setVisible(not has)
        self.remove_button.setEnabled(has)
        if has:
            self.loading = True
            try:
                self._show(self._purposes[row])
            finally:
                self.loading = False
        self.changed.emit()  # the hints now belong to another purpose

    # --- the form ------------------------------------------------------------------------

    def _edited(self, field: str) -> None:
        if self.loading or not 0 <= self._current < len(self._purposes):
            return
        self._purposes[self._current] = self._read(self._purposes[self._current])
        self._touched_fields.add((self._current, field))
        item = self.purpose_list.item(self._current)
        item.setText(self._list_text(self._current))
        self.changed.emit()

    def _show(self, purpose: Purpose) -> None:
        for name, field_input in self.inputs.items():
            field_input.set_value(getattr(purpose, name))

    def _read(self, purpose: Purpose) -> Purpose:
        values = {name: i.value(getattr(purpose, name)) for name, i in self.inputs.items()}
        return replace(purpose, **values)

    # --- Section -------------------------------------------------------------------------

    def load(self, policy: Policy) -> None:
        """Show the policy's purposes and select the first."""
        self._purposes = list(policy.purposes)
        self._touched_fields.clear()
        self._current = -1
        self.purpose_list.clear()
        for index in range(len(self._purposes)):
            self.purpose_list.addItem(self._list_text(index))
        self.purpose_list.setCurrentRow(0 if self._purposes else -1)
        self._select(self.purpose_list.currentRow())

    def apply(self, policy: Policy) -> Policy:
        """Policy with the purposes as edited."""
        return replace(policy, purposes=tuple(self._purposes))

    def touched_keys(self, draft: Policy) -> set[str]:
        """Full keys of the purpose fields the user edited."""
        bases = purpose_bases(draft)
        keys = {f"{bases[i]}.{f}" for i, f in self._touched_fields if i < len(bases)}
        return keys | self.touched

    def show_hints(self, hints: Mapping[str, str], draft: Policy) -> None:
        """Show the hints of the selected purpose under its fields."""
        bases = purpose_bases(draft)
        base = bases[self._current] if 0 <= self._current < len(bases) else None
        for field, label in self.hints.items():
            label.show_text(hints.get(f"{base}.{field}", "") if base else "")
        self.list_hint.show_text(hints.get("purposes", ""))

    def focus_key(self, key: str, draft: Policy) -> bool:
        """Select the purpose key names and put the cursor in the field."""
        if key == "purposes":
            self.touched.add(key)
            self.add_button.setFocus()
            return True
        found = split_purpose_key(draft, key)
        if found is None:
            return False
        index, field = found
        self.purpose_list.setCurrentRow(index)
        self._touched_fields.add((index, field))
        field_input = self.inputs.get(field)
        if field_input is None:
            return False
        field_input.focus()
        self.changed.emit()
        return True

    def selected_purpose(self) -> Purpose | None:
        """The purpose shown in the form."""
        if 0 <= self._current < len(self._purposes):
            return self._purposes[self._current]
        return None

    def select_row(self, row: int) -> None:
        """Show purpose number row (from 0) in the form."""
        self.purpose_list.setCurrentRow(row)

"""The Purposes section of the policy editor: a list of purposes and a form for the chosen one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.policy import AppliesTo, LegalBasis, Policy, Purpose
from supervisor_app.domain.roles import Role
from supervisor_app.ui.labels import role_name
from supervisor_app.ui.missing_text import purpose_bases, split_purpose_key
from supervisor_app.ui.policy_fields import DaysSpinBox, HintLabel, note_label, parse_list
from supervisor_app.ui.policy_labels import legal_basis_name
from supervisor_app.ui.policy_section import Section

LISTENER_ROLES = tuple(role for role in Role if role.may_listen)


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2)
    return box


class PurposesSection(Section):
    """Each purpose for which recordings may be kept and heard.

    Field keys are relative ("title", "necessity"); the full key of a missing item
    (``purposes[training].title``) is resolved against the draft policy.
    """

    prefixes = ("purposes",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "A recording kept for one purpose is never used for another. Each purpose "
                "needs a legal basis, a reason why recording is necessary and a retention period."
            ),
            parent,
        )
        self.setMaximumWidth(780)
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
        self.editor.setMaximumWidth(620)
        editor_form = QFormLayout(self.editor)
        editor_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("e.g. training"))
        self.title_edit = QLineEdit()
        self.all_radio = QRadioButton(self.tr("All business &calls"))
        self.named_radio = QRadioButton(self.tr("Only these queues or campaigns:"))
        self.applies_group = QButtonGroup(self)
        self.applies_group.addButton(self.all_radio)
        self.applies_group.addButton(self.named_radio)
        self.queues_edit = QLineEdit()
        self.queues_edit.setPlaceholderText(self.tr("Queues, e.g. 400, 401"))
        self.campaigns_edit = QLineEdit()
        self.campaigns_edit.setPlaceholderText(self.tr("Campaigns, e.g. donor-2026"))
        applies = QWidget()
        applies_column = QVBoxLayout(applies)
        applies_column.setContentsMargins(0, 0, 0, 0)
        for part in (self.all_radio, self.named_radio, self.queues_edit, self.campaigns_edit):
            applies_column.addWidget(part)
        self.basis_combo = QComboBox()
        self.basis_combo.addItem(self.tr("Choose…"), None)
        for basis in LegalBasis:
            self.basis_combo.addItem(legal_basis_name(basis), basis.value)
        self.explanation_edit = _text_box(3)
        self.necessity_edit = _text_box(3)
        self.retention_spin = DaysSpinBox()
        self.role_checks = {role: QCheckBox(role_name(role)) for role in LISTENER_ROLES}
        roles = QWidget()
        roles_row = QHBoxLayout(roles)
        roles_row.setContentsMargins(0, 0, 0, 0)
        for check in self.role_checks.values():
            roles_row.addWidget(check)
        roles_row.addStretch()
        self.disclose_check = QCheckBox(self.tr("Tell the agent &who listened"))
        self.hold_checks = {role: QCheckBox(role_name(role)) for role in LISTENER_ROLES}
        holds = QWidget()
        holds_row = QHBoxLayout(holds)
        holds_row.setContentsMargins(0, 0, 0, 0)
        for check in self.hold_checks.values():
            holds_row.addWidget(check)
        holds_row.addStretch()

        rows: list[tuple[str, str, QWidget, str]] = [
            ("id", self.tr("&Id:"), self.id_edit, self.tr("Lowercase letters, digits, - or _.")),
            ("title", self.tr("&Title:"), self.title_edit, ""),
            ("applies_to", self.tr("Applies to:"), applies, ""),
            (
                "legal_basis",
                self.tr("&Legal basis:"),
                self.basis_combo,
                self.tr("Consent is not offered: an employee cannot freely refuse their employer."),
            ),
            ("basis_explanation", self.tr("&Explanation:"), self.explanation_edit, ""),
            (
                "necessity",
                self.tr("&Necessity:"),
                self.necessity_edit,
                self.tr("Why recording is needed and which less intrusive means were weighed."),
            ),
            (
                "retention_days",
                self.tr("&Keep for:"),
                self.retention_spin,
                self.tr("Counted from the day of the call."),
            ),
            ("listener_roles", self.tr("Who may listen:"), roles, ""),
            ("disclose_listener_name", "", self.disclose_check, ""),
            (
                "hold_roles",
                self.tr("Who may keep as evidence:"),
                holds,
                self.tr(
                    "Longer than the retention period, for a concrete case with its case "
                    "reference. Leave empty when this purpose needs no evidence."
                ),
            ),
        ]
        for key, label, widget, note in rows:
            self.add_row(key, label, widget, note, form=editor_form, watch=False)
        watched: list[tuple[str, QWidget]] = [
            ("id", self.id_edit),
            ("title", self.title_edit),
            ("applies_to", self.all_radio),
            ("applies_to", self.named_radio),
            ("applies_to", self.queues_edit),
            ("applies_to", self.campaigns_edit),
            ("legal_basis", self.basis_combo),
            ("basis_explanation", self.explanation_edit),
            ("necessity", self.necessity_edit),
            ("retention_days", self.retention_spin),
            ("disclose_listener_name", self.disclose_check),
        ]
        watched += [("listener_roles", check) for check in self.role_checks.values()]
        watched += [("hold_roles", check) for check in self.hold_checks.values()]
        for field, source in watched:
            self._watch_field(field, source)
        self.named_radio.toggled.connect(self._applies_changed)
        self.fields["id"] = self.id_edit  # the cursor goes to the line edit, not its box
        self.fields["applies_to"] = self.all_radio
        self.fields["listener_roles"] = next(iter(self.role_checks.values()))
        self.fields["hold_roles"] = next(iter(self.hold_checks.values()))

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
        self._purposes.append(Purpose())
        self.purpose_list.addItem(self._list_text(len(self._purposes) - 1))
        self.purpose_list.setCurrentRow(len(self._purposes) - 1)
        self.touched.add("purposes")
        self.changed.emit()
        self.id_edit.setFocus()

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
        return purpose.display_name or self.tr("(new purpose)")

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

    def _watch_field(self, field: str, widget: QWidget) -> None:
        def edited(*_args: object) -> None:
            if self.loading or not 0 <= self._current < len(self._purposes):
                return
            self._purposes[self._current] = self._read(self._purposes[self._current])
            self._touched_fields.add((self._current, field))
            item = self.purpose_list.item(self._current)
            item.setText(self._list_text(self._current))
            self.changed.emit()

        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(edited)
        elif isinstance(widget, DaysSpinBox):
            widget.valueChanged.connect(edited)
        elif isinstance(widget, QCheckBox | QRadioButton):
            widget.toggled.connect(edited)

    def _applies_changed(self) -> None:
        named = self.named_radio.isChecked()
        self.queues_edit.setEnabled(named)
        self.campaigns_edit.setEnabled(named)

    def _show(self, purpose: Purpose) -> None:
        self.id_edit.setText(purpose.id)
        self.title_edit.setText(purpose.title)
        applies = purpose.applies_to
        self.applies_group.setExclusive(False)  # a new purpose has neither ticked
        self.all_radio.setChecked(applies.all_calls)
        self.named_radio.setChecked(not applies.all_calls and applies.is_set)
        self.applies_group.setExclusive(True)
        self.queues_edit.setText(", ".join(applies.queues))
        self.campaigns_edit.setText(", ".join(applies.campaigns))
        self._applies_changed()
        basis = purpose.legal_basis
        self.basis_combo.setCurrentIndex(
            max(self.basis_combo.findData(basis.value if basis else None), 0)
        )
        self.explanation_edit.setPlainText(purpose.basis_explanation)
        self.necessity_edit.setPlainText(purpose.necessity)
        self.retention_spin.setValue(purpose.retention_days)
        for role, check in self.role_checks.items():
            check.setChecked(role in purpose.listener_roles)
        self.disclose_check.setChecked(purpose.disclose_listener_name)
        for role, check in self.hold_checks.items():
            check.setChecked(role in purpose.hold_roles)

    def _read(self, purpose: Purpose) -> Purpose:
        if self.all_radio.isChecked():
            applies = AppliesTo.everything()
        elif self.named_radio.isChecked():
            applies = AppliesTo(
                queues=parse_list(self.queues_edit.text()),
                campaigns=parse_list(self.campaigns_edit.text()),
            )
        else:
            applies = AppliesTo()
        # Item data goes through QVariant, which turns a StrEnum into plain text.
        basis = self.basis_combo.currentData()
        return replace(
            purpose,
            id=self.id_edit.text().strip(),
            title=self.title_edit.text().strip(),
            applies_to=applies,
            legal_basis=LegalBasis(basis) if basis else None,
            basis_explanation=self.explanation_edit.toPlainText().strip(),
            necessity=self.necessity_edit.toPlainText().strip(),
            retention_days=self.retention_spin.value(),
            listener_roles=tuple(r for r, check in self.role_checks.items() if check.isChecked()),
            disclose_listener_name=self.disclose_check.isChecked(),
            hold_roles=tuple(r for r, check in self.hold_checks.items() if check.isChecked()),
        )

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
        widget = self.fields.get(field)
        if widget is None:
            return False
        widget.setFocus()
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

"""The policy editor's pages other than purposes, each made from its declared section.

Most of each page comes from the declarations (ui/policy/policy_section.py); what is here is
what they cannot say: the sampling limits switch off when the telephone system samples,
the scope's business selectors share a group, and the works council's consent or its
exemption is one choice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QWidget,
)

from supervisor_app.domain.policy import (
    DEFAULT_SECURITY_STATEMENT,
    Policy,
    SamplingMode,
)
from supervisor_app.domain.policy_schema import Field, declared
from supervisor_app.domain.texts import LocalText
from supervisor_app.ui.policy.policy_section import SchemaSection
from supervisor_app.ui.policy.policy_widgets import ChoiceInput


class SamplingSection(SchemaSection):
    """How many calls may be kept and heard: a sample, never everything."""

    _BY_APP = ("rate", "max_per_agent_per_week", "min_per_agent_per_week", "reason")

    def __init__(self, record: type[Policy] = Policy, parent: QWidget | None = None) -> None:
        super().__init__(("sampling",), record, parent)
        mode = self.input("sampling.mode")
        if isinstance(mode, ChoiceInput):
            mode.on_change(self._mode_changed)

    def _mode_changed(self) -> None:
        # The rate and limits mean nothing when the telephone system draws the sample.
        by_app = self.input("sampling.mode").value(None) is not SamplingMode.SOURCE
        for name in self._BY_APP:
            self.input(f"sampling.{name}").widget.setEnabled(by_app)

    def load(self, policy: Policy) -> None:
        """Show the sampling settings."""
        super().load(policy)
        self._mode_changed()


class ScopeSection(SchemaSection):
    """What counts as a business call; everything else is never stored."""

    _BUSINESS = (
        "business_queues",
        "business_numbers",
        "campaign_contexts",
        "campaign_accountcodes",
    )

    def __init__(self, record: type[Policy] = Policy, parent: QWidget | None = None) -> None:
        super().__init__(("scope",), record, parent)
        # "scope.business_calls" is about the four fields together: its sentence goes under
        # the last of them and the first one takes the cursor.
        last = f"scope.{self._BUSINESS[-1]}"
        self.business_hint = self.hints.pop(last)
        self.hints["scope.business_calls"] = self.business_hint
        self.fields["scope.business_calls"] = self.fields[f"scope.{self._BUSINESS[0]}"]
        for name in self._BUSINESS:
            self.input(f"scope.{name}").on_change(lambda: self.edited("scope.business_calls"))

    def build(self, record: type, path: tuple[str, ...], form: QFormLayout) -> None:
        """The business selectors in a group of their own, where the first of them was."""
        business = QGroupBox(self.tr("Business calls"))
        business_form = QFormLayout(business)
        business_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, spec in self.ordered(record, path):
            if name == self._BUSINESS[0]:
                form.addRow(business)
            target = business_form if name in self._BUSINESS else form
            self.add_field((*path, name), spec, target)


class AttestationsSection(SchemaSection):
    """What the organisation has arranged outside the app."""

    consent_radio: QRadioButton
    exempt_radio: QRadioButton

    def __init__(self, record: type[Policy] = Policy, parent: QWidget | None = None) -> None:
        super().__init__(("attestations",), record, parent)
        self.council_group = QButtonGroup(self)
        self.council_group.addButton(self.consent_radio)
        self.council_group.addButton(self.exempt_radio)
        for radio in (self.consent_radio, self.exempt_radio):
            radio.toggled.connect(self._council_changed)
            radio.toggled.connect(lambda: self.edited("attestations.works_council"))
        ivr = self.input("attestations.ivr_announcement.exists").widget
        if isinstance(ivr, QCheckBox):
            ivr.toggled.connect(self.input("attestations.ivr_announcement.date").widget.setEnabled)
        self.default_button = QPushButton(self.tr("Start from the app's &text"))
        self.default_button.clicked.connect(self._use_default_statement)
        button_row = QHBoxLayout()
        button_row.addWidget(self.default_button)
        button_row.addStretch()
        self.form.addRow("", button_row)

    def ordered(self, record: type, path: tuple[str, ...]) -> list[tuple[str, Field[Any]]]:
        """The security statement, long as it is, comes after the groups."""
        fields = list(declared(record))
        if path == ("attestations",):
            fields.sort(key=lambda item: item[0] == "security_statement")
        return fields

    def build(self, record: type, path: tuple[str, ...], form: QFormLayout) -> None:
        """The works council's group starts with the choice: consent, or why it does not apply."""
        if path == ("attestations", "works_council"):
            self.consent_radio = QRadioButton(self.tr("The works council &consented"))
            self.exempt_radio = QRadioButton(self.tr("Consent does &not apply"))
            choice = QWidget()
            row = QHBoxLayout(choice)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.consent_radio)
            row.addWidget(self.exempt_radio)
            row.addStretch()
            self.add_row("attestations.works_council", self.tr("Consent:"), choice, form=form)
            self.fields["attestations.works_council"] = self.consent_radio
        super().build(record, path, form)

    def _use_default_statement(self) -> None:
        self.input("attestations.security_statement").set_value(DEFAULT_SECURITY_STATEMENT)

    def _council_changed(self) -> None:
        consent = self.consent_radio.isChecked()
        for name in ("consent_date", "reference"):
            self.input(f"attestations.works_council.{name}").widget.setEnabled(consent)
        reason = self.input("attestations.works_council.not_applicable_reason").widget
        reason.setEnabled(self.exempt_radio.isChecked())

    def load(self, policy: Policy) -> None:
        """Show the attestations, with the consent choice that fits them."""
        super().load(policy)
        council = policy.attestations.works_council
        exempt = not council.not_applicable_reason.is_blank
        consent = not exempt and (council.consent_date is not None or bool(council.reference))
        self.council_group.setExclusive(False)  # so that neither may be ticked
        self.consent_radio.setChecked(consent)
        self.exempt_radio.setChecked(exempt)
        self.council_group.setExclusive(True)
        self._council_changed()
        self.input("attestations.ivr_announcement.date").widget.setEnabled(
            policy.attestations.ivr_announcement.exists
        )

    def apply(self, policy: Policy) -> Policy:
        """Policy with the attestations; only the chosen side of the consent choice counts."""
        policy = super().apply(policy)
        att = policy.attestations
        council = att.works_council
        if not self.consent_radio.isChecked():
            council = replace(council, consent_date=None, reference="")
        if not self.exempt_radio.isChecked():
            council = replace(council, not_applicable_reason=LocalText())
        ivr = att.ivr_announcement
        if not ivr.exists:
            ivr = replace(ivr, date=None)
        return replace(
            policy, attestations=replace(att, works_council=council, ivr_announcement=ivr)
        )


# Pages with more than the declarations say; every other section gets a SchemaSection.
PAGES: dict[str, Callable[[type[Policy]], SchemaSection]] = {
    "sampling": SamplingSection,
    "scope": ScopeSection,
    "attestations": AttestationsSection,
}

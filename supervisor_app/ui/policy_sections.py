"""The policy editor's sections other than purposes: organisation through agent protocol."""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from functools import cache
from typing import TypeVar
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from supervisor_app.domain.policy import (
    DEFAULT_SECURITY_STATEMENT,
    AssessmentKind,
    Attestations,
    ImpactAssessment,
    IvrAnnouncement,
    Notification,
    NotificationStyle,
    Organisation,
    Policy,
    Sampling,
    SamplingMode,
    Scope,
    SourceRetention,
    WorksCouncil,
    format_extension_ranges,
    parse_extension_ranges,
)
from supervisor_app.ui.policy_fields import (
    DaysSpinBox,
    OptionalDateEdit,
    OptionalDaysSpinBox,
    parse_lines,
    parse_list,
)
from supervisor_app.ui.policy_labels import (
    assessment_kind_name,
    notification_style_name,
    sampling_mode_name,
)
from supervisor_app.ui.policy_section import Section

_E = TypeVar("_E", bound=StrEnum)


def _text_box(lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2)
    return box


def _choice(items: list[tuple[str, StrEnum | None]]) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, None if data is None else data.value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def _select(combo: QComboBox, data: StrEnum | None) -> None:
    combo.setCurrentIndex(max(combo.findData(None if data is None else data.value), 0))


def _chosen(combo: QComboBox, kind: type[_E]) -> _E | None:
    # Item data goes through QVariant, which turns a StrEnum into plain text.
    data = combo.currentData()
    return kind(data) if data else None


@cache
def _zone_names() -> list[str]:
    # Only region/city names: the aliases ("EST5EDT", "Etc/GMT+3") only confuse the choice.
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


class OrganisationSection(Section):
    """Who is responsible and whom agents and customers contact."""

    prefixes = ("organisation.",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("The organisation responsible for the recordings (the controller)."), parent
        )
        self.name_edit = QLineEdit()
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("e.g. privacy@example.nl"))
        self.officer_edit = QLineEdit()
        self.add_row("organisation.name", self.tr("&Name:"), self.name_edit)
        self.add_row(
            "organisation.contact",
            self.tr("&Contact:"),
            self.contact_edit,
            self.tr("Where agents and customers send objections and requests to see recordings."),
        )
        self.add_row(
            "organisation.privacy_officer", self.tr("&Privacy officer:"), self.officer_edit
        )

    def load(self, policy: Policy) -> None:
        """Show the organisation."""
        org = policy.organisation
        self.name_edit.setText(org.name)
        self.contact_edit.setText(org.contact)
        self.officer_edit.setText(org.privacy_officer)

    def apply(self, policy: Policy) -> Policy:
        """Policy with the organisation from the fields."""
        return replace(
            policy,
            organisation=Organisation(
                name=self.name_edit.text().strip(),
                contact=self.contact_edit.text().strip(),
                privacy_officer=self.officer_edit.text().strip(),
            ),
        )


class SamplingSection(Section):
    """How many calls may be kept and heard: a sample, never everything."""

    prefixes = ("sampling.",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "Only a sample of business calls may be kept and heard, never every call "
                "of an agent."
            ),
            parent,
        )
        self.mode_combo = _choice(
            [(self.tr("Choose…"), None)]
            + [(sampling_mode_name(mode), mode) for mode in SamplingMode]
        )
        self.rate_spin = QDoubleSpinBox()
        self.rate_spin.setRange(0.0, 100.0)
        self.rate_spin.setDecimals(1)
        self.rate_spin.setSingleStep(0.5)
        self.rate_spin.setSuffix(" %")
        self.rate_spin.setMinimumWidth(110)
        self.max_spin = QSpinBox()
        self.max_spin.setRange(0, 1000)
        self.max_spin.setMinimumWidth(110)
        self.min_spin = QSpinBox()
        self.min_spin.setRange(0, 1000)
        self.min_spin.setMinimumWidth(110)
        self.add_row("sampling.mode", self.tr("&Who samples:"), self.mode_combo)
        self.add_row(
            "sampling.rate",
            self.tr("&Share of calls:"),
            self.rate_spin,
            self.tr("The share of business calls the app keeps, e.g. 5 %."),
        )
        self.add_row(
            "sampling.max_per_agent_per_week",
            self.tr("&Most per agent:"),
            self.max_spin,
            self.tr("The most calls of one agent kept per week."),
        )
        self.add_row(
            "sampling.min_per_agent_per_week",
            self.tr("&Fewest per agent:"),
            self.min_spin,
            self.tr("At least this many calls of each agent per week, if there are enough."),
        )
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)

    def _mode_changed(self) -> None:
        # The rate and limits mean nothing when the telephone system draws the sample.
        by_app = _chosen(self.mode_combo, SamplingMode) is not SamplingMode.SOURCE
        for spin in (self.rate_spin, self.max_spin, self.min_spin):
            spin.setEnabled(by_app)

    def load(self, policy: Policy) -> None:
        """Show the sampling settings."""
        sampling = policy.sampling
        _select(self.mode_combo, sampling.mode)
        self.rate_spin.setValue(sampling.rate * 100)
        self.max_spin.setValue(sampling.max_per_agent_per_week)
        self.min_spin.setValue(sampling.min_per_agent_per_week)
        self._mode_changed()

    def apply(self, policy: Policy) -> Policy:
        """Policy with the sampling settings from the fields."""
        return replace(
            policy,
            sampling=Sampling(
                mode=_chosen(self.mode_combo, SamplingMode),
                # Rounded so that 5 % is stored as 0.05, not 0.05000000000000001.
                rate=round(self.rate_spin.value() / 100, 6),
                max_per_agent_per_week=self.max_spin.value(),
                min_per_agent_per_week=self.min_spin.value(),
            ),
        )


class ScopeSection(Section):
    """What counts as a business call; everything else is never stored."""

    prefixes = ("scope.",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "Only business calls can be kept: calls through the queues, numbers and "
                "campaigns named here. Everything else is left out. Separate several "
                "values with commas."
            ),
            parent,
        )
        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.addItems(_zone_names())
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(_zone_names(), self.timezone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone_combo.setCompleter(completer)
        self.timezone_combo.setMinimumWidth(260)
        self.queues_edit = QLineEdit()
        self.queues_edit.setPlaceholderText(self.tr("e.g. 400, 401"))
        self.numbers_edit = QLineEdit()
        self.numbers_edit.setPlaceholderText(self.tr("e.g. +31201234500"))
        self.contexts_edit = QLineEdit()
        self.accountcodes_edit = QLineEdit()
        self.protected_edit = _text_box(3)
        self.extensions_edit = QLineEdit()
        self.extensions_edit.setPlaceholderText(self.tr("e.g. 100-399, 500"))

        self.add_row(
            "scope.timezone",
            self.tr("&Time zone:"),
            self.timezone_combo,
            self.tr("The clock of the telephone system, e.g. Europe/Amsterdam."),
        )
        business = QGroupBox(self.tr("Business calls"))
        business_form = QFormLayout(business)
        business_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_row(
            "scope.business_queues", self.tr("&Queues:"), self.queues_edit, form=business_form
        )
        self.add_row(
            "scope.business_numbers",
            self.tr("Inbound &numbers:"),
            self.numbers_edit,
            form=business_form,
        )
        self.add_row(
            "scope.campaign_contexts",
            self.tr("Campaign &contexts:"),
            self.contexts_edit,
            form=business_form,
        )
        self.add_row(
            "scope.campaign_accountcodes",
            self.tr("Campaign &account codes:"),
            self.accountcodes_edit,
            form=business_form,
        )
        self.business_hint = self.hints["scope.campaign_accountcodes"]
        # "scope.business_calls" is about the four fields together: its sentence goes under
        # the last of them and the first one takes the cursor.
        self.fields["scope.business_calls"] = self.queues_edit
        self.hints["scope.business_calls"] = self.business_hint
        del self.hints["scope.campaign_accountcodes"]
        for key in ("scope.business_queues", "scope.business_numbers", "scope.campaign_contexts"):
            self.watch("scope.business_calls", self.fields[key])
        self.watch("scope.business_calls", self.accountcodes_edit)
        self.form.addRow(business)
        self.add_row(
            "scope.protected_numbers",
            self.tr("&Protected numbers:"),
            self.protected_edit,
            self.tr(
                "One per line: the confidential counsellor, company doctor, works council… "
                "Calls to or from these numbers are never kept."
            ),
        )
        self.add_row(
            "scope.internal_extensions",
            self.tr("Internal &extensions:"),
            self.extensions_edit,
            self.tr("Ranges of colleagues' extensions; calls between them are never kept."),
        )

    def load(self, policy: Policy) -> None:
        """Show the scope."""
        scope = policy.scope
        self.timezone_combo.setEditText(scope.timezone)
        self.queues_edit.setText(", ".join(scope.business_queues))
        self.numbers_edit.setText(", ".join(scope.business_numbers))
        self.contexts_edit.setText(", ".join(scope.campaign_contexts))
        self.accountcodes_edit.setText(", ".join(scope.campaign_accountcodes))
        self.protected_edit.setPlainText("\n".join(scope.protected_numbers))
        self.extensions_edit.setText(format_extension_ranges(scope.internal_extensions))

    def _ranges(self) -> tuple[tuple[int, int], ...] | None:
        try:
            return parse_extension_ranges(self.extensions_edit.text())
        except ValueError:
            return None

    def apply(self, policy: Policy) -> Policy:
        """Policy with the scope from the fields (unreadable ranges keep the old ones)."""
        ranges = self._ranges()
        return replace(
            policy,
            scope=Scope(
                timezone=self.timezone_combo.currentText().strip(),
                business_queues=parse_list(self.queues_edit.text()),
                business_numbers=parse_list(self.numbers_edit.text()),
                campaign_contexts=parse_list(self.contexts_edit.text()),
                campaign_accountcodes=parse_list(self.accountcodes_edit.text()),
                protected_numbers=parse_list(self.protected_edit.toPlainText()),
                internal_extensions=policy.scope.internal_extensions if ranges is None else ranges,
            ),
        )

    def parse_errors(self) -> dict[str, str]:
        """A sentence when the extension ranges cannot be read."""
        if self._ranges() is not None:
            return {}
        return {
            "scope.internal_extensions": self.tr(
                "Write ranges as numbers, like 100-399, 500; “{text}” cannot be read."
            ).format(text=self.extensions_edit.text().strip())
        }


class NotificationSection(Section):
    """When and how agents are told afterwards."""

    prefixes = ("notification.",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "Agents are told afterwards that a call of theirs was recorded or listened to."
            ),
            parent,
        )
        self.listen_spin = DaysSpinBox(365)
        self.sampling_spin = DaysSpinBox(365)
        self.style_combo = _choice(
            [(self.tr("Choose…"), None)]
            + [(notification_style_name(style), style) for style in NotificationStyle]
        )
        self.add_row(
            "notification.deadline_days_after_listen",
            self.tr("After a &listen, within:"),
            self.listen_spin,
        )
        self.add_row(
            "notification.deadline_days_after_sampling",
            self.tr("After &recording, within:"),
            self.sampling_spin,
        )
        self.add_row("notification.style", self.tr("&How:"), self.style_combo)

    def load(self, policy: Policy) -> None:
        """Show the notification settings."""
        notification = policy.notification
        self.listen_spin.setValue(notification.deadline_days_after_listen)
        self.sampling_spin.setValue(notification.deadline_days_after_sampling)
        _select(self.style_combo, notification.style)

    def apply(self, policy: Policy) -> Policy:
        """Policy with the notification settings from the fields."""
        return replace(
            policy,
            notification=Notification(
                deadline_days_after_listen=self.listen_spin.value(),
                deadline_days_after_sampling=self.sampling_spin.value(),
                style=_chosen(self.style_combo, NotificationStyle),
            ),
        )


class AttestationsSection(Section):
    """What the organisation has arranged outside the app."""

    prefixes = ("attestations.",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What the organisation has arranged outside the app."), parent)
        council = QGroupBox(self.tr("Works council"))
        council_form = QFormLayout(council)
        council_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.consent_radio = QRadioButton(self.tr("The works council &consented"))
        self.exempt_radio = QRadioButton(self.tr("Consent does &not apply"))
        self.council_group = QButtonGroup(self)
        self.council_group.addButton(self.consent_radio)
        self.council_group.addButton(self.exempt_radio)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.consent_radio)
        row.addWidget(self.exempt_radio)
        row.addStretch()
        self.consent_date = OptionalDateEdit()
        self.consent_reference = QLineEdit()
        self.exempt_reason = QLineEdit()
        self.exempt_reason.setPlaceholderText(self.tr("e.g. the organisation has no works council"))
        self.add_row("attestations.works_council", self.tr("Consent:"), choice, form=council_form)
        self.watch("attestations.works_council", self.consent_radio)
        self.watch("attestations.works_council", self.exempt_radio)
        council_form.addRow(self.tr("Date:"), self.consent_date)
        council_form.addRow(self.tr("Reference:"), self.consent_reference)
        council_form.addRow(self.tr("Reason:"), self.exempt_reason)
        for widget in (self.consent_date, self.consent_reference, self.exempt_reason):
            self.watch("attestations.works_council", widget)
        self.consent_radio.toggled.connect(self._council_changed)
        self.exempt_radio.toggled.connect(self._council_changed)
        self.form.addRow(council)

        dpia = QGroupBox(self.tr("Impact assessment"))
        dpia_form = QFormLayout(dpia)
        dpia_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dpia_kind = _choice(
            [(self.tr("Choose…"), None)]
            + [(assessment_kind_name(kind), kind) for kind in AssessmentKind]
        )
        self.dpia_date = OptionalDateEdit()
        self.dpia_reference = QLineEdit()
        self.add_row("attestations.dpia", self.tr("&Kind:"), self.dpia_kind, form=dpia_form)
        dpia_form.addRow(self.tr("Date:"), self.dpia_date)
        dpia_form.addRow(self.tr("Reference:"), self.dpia_reference)
        for widget in (self.dpia_date, self.dpia_reference):
            self.watch("attestations.dpia", widget)
        self.form.addRow(dpia)

        ivr = QGroupBox(self.tr("Announcement to callers"))
        ivr_form = QFormLayout(ivr)
        # Short: a check box does not wrap, and a long one would widen the whole form.
        self.ivr_check = QCheckBox(self.tr("Callers are told calls may be &recorded"))
        self.ivr_date = OptionalDateEdit()
        self.add_row(
            "attestations.ivr_announcement",
            "",
            self.ivr_check,
            self.tr("Before the call starts, with the reason why."),
            form=ivr_form,
        )
        ivr_form.addRow(self.tr("Since:"), self.ivr_date)
        self.watch("attestations.ivr_announcement", self.ivr_date)
        self.ivr_check.toggled.connect(self.ivr_date.setEnabled)
        self.form.addRow(ivr)

        source = QGroupBox(self.tr("The telephone system's own recordings"))
        source_form = QFormLayout(source)
        source_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.source_days = OptionalDaysSpinBox()
        self.source_removed_by = QLineEdit()
        self.source_removed_by.setPlaceholderText(self.tr("e.g. the IT department"))
        self.add_row(
            "attestations.source_retention",
            self.tr("Kept &there for:"),
            self.source_days,
            self.tr(
                "The telephone system keeps every recorded call until it is removed there; "
                "the staff regulation says how long."
            ),
            form=source_form,
        )
        source_form.addRow(self.tr("Removed by:"), self.source_removed_by)
        self.watch("attestations.source_retention", self.source_removed_by)
        self.form.addRow(source)

        self.security_edit = _text_box(6)
        self.default_button = QPushButton(self.tr("Start from the app's &text"))
        self.default_button.clicked.connect(
            lambda: self.security_edit.setPlainText(DEFAULT_SECURITY_STATEMENT)
        )
        self.add_row(
            "attestations.security_statement",
            self.tr("&Security:"),
            self.security_edit,
            self.tr("How recordings are secured; add what the organisation does around the app."),
        )
        button_row = QHBoxLayout()
        button_row.addWidget(self.default_button)
        button_row.addStretch()
        self.form.addRow("", button_row)

    def _council_changed(self) -> None:
        consent = self.consent_radio.isChecked()
        self.consent_date.setEnabled(consent)
        self.consent_reference.setEnabled(consent)
        self.exempt_reason.setEnabled(self.exempt_radio.isChecked())

    def load(self, policy: Policy) -> None:
        """Show the attestations."""
        att = policy.attestations
        council = att.works_council
        exempt = bool(council.not_applicable_reason.strip())
        consent = not exempt and (council.consent_date is not None or bool(council.reference))
        self.council_group.setExclusive(False)  # so that neither may be ticked
        self.consent_radio.setChecked(consent)
        self.exempt_radio.setChecked(exempt)
        self.council_group.setExclusive(True)
        self.consent_date.set_value(council.consent_date)
        self.consent_reference.setText(council.reference)
        self.exempt_reason.setText(council.not_applicable_reason)
        self._council_changed()
        _select(self.dpia_kind, att.dpia.kind)
        self.dpia_date.set_value(att.dpia.date)
        self.dpia_reference.setText(att.dpia.reference)
        self.ivr_check.setChecked(att.ivr_announcement.exists)
        self.ivr_date.set_value(att.ivr_announcement.date)
        self.ivr_date.setEnabled(att.ivr_announcement.exists)
        self.security_edit.setPlainText(att.security_statement)
        self.source_days.set_days(att.source_retention.days)
        self.source_removed_by.setText(att.source_retention.removed_by)

    def apply(self, policy: Policy) -> Policy:
        """Policy with the attestations from the fields."""
        consent = self.consent_radio.isChecked()
        exempt = self.exempt_radio.isChecked()
        ivr = self.ivr_check.isChecked()
        return replace(
            policy,
            attestations=Attestations(
                works_council=WorksCouncil(
                    consent_date=self.consent_date.value() if consent else None,
                    reference=self.consent_reference.text().strip() if consent else "",
                    not_applicable_reason=self.exempt_reason.text().strip() if exempt else "",
                ),
                dpia=ImpactAssessment(
                    kind=_chosen(self.dpia_kind, AssessmentKind),
                    date=self.dpia_date.value(),
                    reference=self.dpia_reference.text().strip(),
                ),
                ivr_announcement=IvrAnnouncement(
                    exists=ivr, date=self.ivr_date.value() if ivr else None
                ),
                security_statement=self.security_edit.toPlainText().strip(),
                source_retention=SourceRetention(
                    days=self.source_days.days(),
                    removed_by=self.source_removed_by.text().strip(),
                ),
            ),
        )


class ProtocolSection(Section):
    """What agents are expected to do in calls."""

    prefixes = ("protocol.",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "Every agent receives these expectations in the agent protocol before any "
                "call of theirs can be sampled."
            ),
            parent,
        )
        self.expectations_edit = _text_box(8)
        self.expectations_edit.setMaximumHeight(16_777_215)
        self.expectations_edit.setPlaceholderText(
            self.tr("Always be polite and patient.\nNever swear.")
        )
        self.add_row(
            "protocol.expectations",
            self.tr("&Expectations:"),
            self.expectations_edit,
            self.tr("One expectation per line."),
        )

    def load(self, policy: Policy) -> None:
        """Show the expectations."""
        self.expectations_edit.setPlainText("\n".join(policy.protocol_expectations))

    def apply(self, policy: Policy) -> Policy:
        """Policy with the expectations from the text, one per line."""
        return replace(
            policy, protocol_expectations=parse_lines(self.expectations_edit.toPlainText())
        )

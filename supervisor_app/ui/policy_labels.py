"""Translated names for the policy's choices: legal bases, sampling modes, notice styles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from supervisor_app.domain.policy import (
    AssessmentKind,
    DocumentKind,
    LegalBasis,
    NotificationStyle,
    SamplingMode,
)

# Bound once so lupdate finds the calls: it knows translate() by name.
translate = QCoreApplication.translate


def legal_basis_name(basis: LegalBasis) -> str:
    """A legal basis as a privacy officer names it."""
    names = {
        LegalBasis.LEGITIMATE_INTEREST: translate(
            "PolicyLabels", "Legitimate interest (art. 6(1)(f))"
        ),
        LegalBasis.LEGAL_OBLIGATION: translate("PolicyLabels", "Legal obligation (art. 6(1)(c))"),
        LegalBasis.CONTRACT: translate("PolicyLabels", "Contract (art. 6(1)(b))"),
    }
    return names[basis]


def sampling_mode_name(mode: SamplingMode) -> str:
    """Who draws the sample, in words."""
    names = {
        SamplingMode.APP: translate("PolicyLabels", "This app draws a random sample at import"),
        SamplingMode.SOURCE: translate(
            "PolicyLabels", "The telephone system already samples; import every recording"
        ),
    }
    return names[mode]


def notification_style_name(style: NotificationStyle) -> str:
    """How agents are told, in words."""
    names = {
        NotificationStyle.PER_RECORDING: translate("PolicyLabels", "A notice for every recording"),
        NotificationStyle.WEEKLY_DIGEST: translate("PolicyLabels", "One overview per week"),
    }
    return names[style]


def assessment_kind_name(kind: AssessmentKind) -> str:
    """DPIA or risk assessment."""
    names = {
        AssessmentKind.DPIA: translate("PolicyLabels", "DPIA (data protection impact assessment)"),
        AssessmentKind.RISK_ASSESSMENT: translate("PolicyLabels", "Documented risk assessment"),
    }
    return names[kind]


def document_name(kind: str) -> str:
    """A document's name; ``register_entry`` is the art. 30 register entry."""
    names = {
        DocumentKind.STAFF_REGULATION.value: translate(
            "PolicyLabels", "Staff regulation: call recording"
        ),
        DocumentKind.AGENT_PROTOCOL.value: translate("PolicyLabels", "Agent protocol"),
        "register_entry": translate("PolicyLabels", "Register of processing (art. 30)"),
    }
    return names[kind]

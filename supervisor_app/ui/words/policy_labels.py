"""Translated names of the documents a policy produces."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from supervisor_app.domain.policy import DocumentKind

# Bound once so lupdate finds the calls: it knows translate() by name.
translate = QCoreApplication.translate


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

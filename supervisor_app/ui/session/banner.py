"""The strip that marks a demo vault, so nobody mistakes it for real data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel


def demo_banner() -> QLabel:
    """A yellow strip saying the vault holds fictitious data."""
    label = QLabel(QCoreApplication.translate("Banner", "Demo vault — fictitious data"))
    label.setObjectName("demoBanner")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(
        "#demoBanner { background: #fff4c2; color: #5c4500; border: 1px solid #e6cf73;"
        " border-radius: 3px; padding: 4px; font-weight: 600; }"
    )
    return label

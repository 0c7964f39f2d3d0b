"""Showing a user-facing error: one sentence in a message box, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.ui.words.error_text import error_text

ERROR_STYLE = "color: #b3261e;"


def error_label() -> QLabel:
    """A hidden, wrapping label for one error sentence, selectable so it can be copied."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(parent: QWidget | None, exc: UserFacingError) -> None:
    """Tell the user what went wrong and what to do, in the interface language."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("Messages", "Could not do that"), error_text(exc)
    )

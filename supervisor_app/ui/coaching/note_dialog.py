"""A small dialog to write a note at a moment of the call."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.ui.words.listen_labels import clock


class NoteDialog(QDialog):
    """Asks for the text of a note at ``at_ms``; OK is offered once something is written."""

    def __init__(self, at_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.at_ms = at_ms
        self.setWindowTitle(self.tr("Note at {moment}").format(moment=clock(at_ms / 1000)))
        self.setMinimumWidth(380)
        prompt = QLabel(
            self.tr(
                "What happens at {moment}? The note stays yours until you share the scorecard."
            ).format(moment=clock(at_ms / 1000))
        )
        prompt.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Note"))
        prompt.setBuddy(self.text_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add note"))
        ok.setEnabled(False)
        self.text_edit.textChanged.connect(
            lambda: ok.setEnabled(bool(self.text_edit.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.buttons)
        self.text_edit.setFocus()

    @property
    def text(self) -> str:
        """The note as written."""
        return self.text_edit.toPlainText()

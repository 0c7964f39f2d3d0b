"""A new recovery key, shown once after it replaced the old one; closes only once stored."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from supervisor_app.ui.core.focus_order import follow_layout
from supervisor_app.ui.session.recovery_key import RecoveryKeyView


class NewRecoveryKeyDialog(QDialog):
    """The new key (the setup wizard's view: large, grouped, Copy and Print) and a promise.

    The key exists nowhere else: the app never stores it. So the dialog cannot be closed,
    not even with Escape, until the box saying it was stored is ticked.
    """

    def __init__(self, key: str, *, rekeyed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "The recovery key was replaced: the old key no longer opens the vault. This is "
                "the new one, and it is shown only now."
            )
        )
        intro.setWordWrap(True)
        self.key_view = RecoveryKeyView()
        self.key_view.set_key(key)
        advice = QLabel(
            self.tr(
                "Print it or write it down and keep it locked away, apart from this computer. "
                "Anyone with this key and a copy of the vault can read it."
            )
        )
        advice.setWordWrap(True)
        self.rekey_note = QLabel(
            self.tr(
                "The vault was not re-encrypted: the old key with an old copy of the key file "
                "still opens it."
            )
        )
        self.rekey_note.setWordWrap(True)
        self.rekey_note.setVisible(not rekeyed)
        self.confirm = QCheckBox(self.tr("I have stored the new recovery key somewhere safe"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Done"))
        self.ok_button.setEnabled(False)
        self.confirm.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_view)
        layout.addWidget(advice)
        layout.addWidget(self.rekey_note)
        layout.addStretch()
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        follow_layout(self)
        self.confirm.setFocus()

    def accept(self) -> None:
        """Close, once the user said the key is stored."""
        if self.confirm.isChecked():
            super().accept()

    def reject(self) -> None:
        """Escape and the window's close button do nothing until the key is stored."""
        if self.confirm.isChecked():
            super().reject()

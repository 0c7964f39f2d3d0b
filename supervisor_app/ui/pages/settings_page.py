"""The Settings page: language, auto-lock and which vault folder is in use."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.services import settings as app_settings
from supervisor_app.services.settings import Settings
from supervisor_app.ui.core.messages import ERROR_STYLE


def _left(widget: QWidget) -> QHBoxLayout:
    """Widget at its natural width, left-aligned in a form row."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch()
    return row


class SettingsPage(QWidget):
    """Settings of this computer's app (not of the vault).

    Signals:
        saved(Settings): the settings were written; some apply at once.
    """

    saved = Signal(object)

    def __init__(
        self, current: Settings, config_dir: Path, vault_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._config_dir = config_dir
        self._vault_folder = vault_folder
        self.language_combo = QComboBox()
        # Language names in their own language, so a wrong choice can be undone.
        self.language_combo.addItem(self.tr("Follow the system"), "auto")
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(current.language), 0))
        language_note = QLabel(self.tr("A new language takes effect when the app starts again."))
        language_note.setWordWrap(True)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(1, 240)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setValue(current.idle_lock_minutes)
        self.idle_spin.setMinimumWidth(110)
        idle_note = QLabel(
            self.tr(
                "Without keyboard or mouse input for this long, the vault "
                "locks itself. Ctrl+L locks at once."
            )
        )
        idle_note.setWordWrap(True)
        self.folder_edit = QLineEdit(str(vault_folder))
        self.folder_edit.setReadOnly(True)
        folder_note = QLabel(
            self.tr("To use another vault, lock and choose “Open another vault…”.")
        )
        folder_note.setWordWrap(True)
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)

        # A settings form reads best at a moderate width, not stretched across the window.
        form_box = QWidget()
        form_box.setMaximumWidth(640)
        form = QFormLayout(form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self._label(self.tr("&Language:"), self.language_combo), _left(self.language_combo)
        )
        form.addRow("", language_note)
        form.addRow(self._label(self.tr("&Lock after:"), self.idle_spin), _left(self.idle_spin))
        form.addRow("", idle_note)
        form.addRow(self.tr("Vault folder:"), self.folder_edit)
        form.addRow("", folder_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        form.addRow("", buttons)
        layout = QVBoxLayout(self)
        title = self.tr("Settings")  # outside the f-string, where lupdate can find it
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        layout.addWidget(form_box)
        layout.addStretch()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        # The field is a layout, so the form cannot link the mnemonic by itself.
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def save(self) -> None:
        """Write the settings file; the auto-lock interval applies at once."""
        new = replace(
            self._current,
            language=str(self.language_combo.currentData()),
            idle_lock_minutes=self.idle_spin.value(),
            vault_folder=str(self._vault_folder),
        )
        try:
            app_settings.save(self._config_dir, new)
        except OSError as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(
                self.tr(
                    "The settings could not be saved ({reason}); check that "
                    "the folder {folder} can be written."
                ).format(reason=exc.strerror or type(exc).__name__, folder=self._config_dir)
            )
            return
        self._current = new
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved."))
        self.saved.emit(new)

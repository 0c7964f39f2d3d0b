"""The recovery key shown once: large, grouped, with Copy and Print."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from supervisor_app import APP_NAME

# Long enough to paste the key into a password manager; short enough that it does not linger
# where any program can read it.
CLIPBOARD_SECONDS = 60


def _forget_from_clipboard(key: str) -> None:
    """Clear the clipboard if it still holds the key (and leave anything copied since)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.text() == key:
        clipboard.clear()


def grouped_lines(key: str) -> str:
    """The key as two lines of four groups, easier to copy by hand than one long line."""
    groups = [g for g in key.split("-") if g]
    half = (len(groups) + 1) // 2
    return "\n".join(" - ".join(part) for part in (groups[:half], groups[half:]) if part)


class RecoveryKeyView(QWidget):
    """The key in a large fixed-width font, selectable, with Copy and Print buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self.key_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.key_label.setMargin(16)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(
            self.tr("For a password manager: the clipboard is cleared after a minute.")
        )
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_key)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)

    def set_key(self, key: str) -> None:
        """Show key."""
        self._key = key
        self.key_label.setText(grouped_lines(key))

    def copy(self) -> None:
        """Put the key on the clipboard, e.g. for a password manager, for a minute."""
        key = self._key
        QGuiApplication.clipboard().setText(key)
        # No receiver object: the clearing must happen even if this window is gone by then.
        QTimer.singleShot(int(CLIPBOARD_SECONDS * 1000), lambda: _forget_from_clipboard(key))

    def print_key(self) -> None:
        """Print the key on one page with a line saying what it is for."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        try:
            page = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            body = self.tr(
                "{app}: recovery key\n\nThis key opens the vault when every passphrase is lost. "
                "Keep this page locked away, apart from the computer."
            ).format(app=APP_NAME)
            painter.setFont(QFont(self.font().family(), 12))
            flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
            painter.drawText(page.adjusted(0, 0, 0, -page.height() // 2), flags, body)
            painter.setFont(self.key_label.font())
            painter.drawText(
                page.adjusted(0, page.height() // 3, 0, 0),
                int(Qt.AlignmentFlag.AlignHCenter),
                grouped_lines(self._key),
            )
        finally:
            painter.end()

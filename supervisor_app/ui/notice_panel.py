"""The letter to an agent with every way to send it: the core of the prompt and the Send dialog."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.notifications import Item
from supervisor_app.domain.people import Language
from supervisor_app.services.letters import Letter
from supervisor_app.ui.labels import language_name
from supervisor_app.ui.notice_actions import NoticeSender
from supervisor_app.ui.passphrase_fields import ERROR_STYLE
from supervisor_app.ui.policy_fields import note_label


def file_stem(letter: Letter) -> str:
    """A file name for a saved notice: the agent and the receipt, nothing a file system minds."""
    name = re.sub(r"[^\w\- ]+", "", letter.agent_name, flags=re.UNICODE).strip() or "agent"
    return f"{name} {letter.receipt}"


class NoticePanel(QWidget):
    """Shows one notice as the agent will read it and sends it by the channel chosen.

    Every send button records the notice as sent (channel, time, user) once the notice
    has left the app; "Mark as sent" records a handover outside it, with a note.

    Signals:
        sent(object): the notice was recorded as sent; carries the updated Item.
    """

    sent = Signal(object)

    def __init__(self, sender: NoticeSender, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sender = sender
        self.item = item
        self.letter = sender.letter(item.id)
        letter = self.letter

        language = language_name(Language(letter.language))
        about = QLabel(
            self.tr("Notice to <b>{agent}</b> ({language})").format(
                agent=_escape(letter.agent_name), language=language
            )
        )
        if letter.to:
            address = self.tr("To: {address}").format(address=letter.to)
        else:
            address = self.tr(
                "No e-mail address is known for this agent: save or print the letter, or copy "
                "the text into another channel."
            )
        self.address_label = note_label(address)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setHtml(letter.html)
        self.preview.setMinimumHeight(260)
        self.receipt_label = QLabel(
            self.tr("Receipt code: <b>{code}</b>").format(code=letter.receipt)
        )
        self.receipt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        receipt_note = note_label(
            self.tr(
                "The agent keeps this code. With it, the privacy officer or the works council "
                "can check that the audit log still holds this event unchanged."
            )
        )

        self.mail_button = QPushButton(self.tr("Open in &mail client"))
        self.eml_button = QPushButton(self.tr("Save .&eml…"))
        self.pdf_button = QPushButton(self.tr("Save P&DF letter…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.copy_button = QPushButton(self.tr("Cop&y text"))
        self.mail_button.clicked.connect(self.open_mail)
        self.eml_button.clicked.connect(self._ask_eml)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.print_button.clicked.connect(self._ask_print)
        self.copy_button.clicked.connect(self.copy_text)
        # Without a printer the PDF letter is the way to paper; an empty print dialog is not.
        self.print_button.setVisible(bool(QPrinterInfo.availablePrinterNames()))
        send_row = QHBoxLayout()
        for button in (
            self.mail_button,
            self.eml_button,
            self.pdf_button,
            self.print_button,
            self.copy_button,
        ):
            send_row.addWidget(button)
        send_row.addStretch()
        send_note = note_label(
            self.tr(
                "Each of these records the notice as sent by you, now, once it has left the app."
            )
        )

        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("How, e.g. handed over in person on 3 December"))
        self.outside_button = QPushButton(self.tr("Mark as &sent"))
        self.outside_button.setEnabled(False)
        self.note_edit.textChanged.connect(
            lambda text: self.outside_button.setEnabled(bool(text.strip()))
        )
        self.note_edit.returnPressed.connect(self.mark_outside)
        self.outside_button.clicked.connect(self.mark_outside)
        outside = QGroupBox(self.tr("Done outside the app?"))
        outside_row = QHBoxLayout(outside)
        outside_row.addWidget(self.note_edit, 1)
        outside_row.addWidget(self.outside_button)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(about)
        layout.addWidget(self.address_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.receipt_label)
        layout.addWidget(receipt_note)
        layout.addSpacing(6)
        layout.addLayout(send_row)
        layout.addWidget(send_note)
        layout.addWidget(outside)
        layout.addWidget(self.error_label)

    # --- the channels; each records the notice as sent ----------------------------------------

    def open_mail(self) -> None:
        """Open the mail client with the notice filled in."""
        self._send(lambda: self._sender.open_mail(self.letter))

    def save_eml(self, path: Path) -> None:
        """Save the notice as an .eml file at path."""
        self._send(lambda: self._sender.save_eml(self.letter, path))

    def save_pdf(self, path: Path) -> None:
        """Save the notice as a PDF letter at path."""
        self._send(lambda: self._sender.save_pdf(self.letter, path))

    def copy_text(self) -> None:
        """Copy the notice's text to the clipboard."""
        self._send(lambda: self._sender.copy_text(self.letter))

    def mark_outside(self) -> None:
        """Record a handover outside the app with the note typed."""
        note = self.note_edit.text()
        if not note.strip():
            self._show_error(self.tr("Say how the notice reached the agent."))
            self.note_edit.setFocus()
            return
        self._send(lambda: self._sender.mark_outside(self.item.id, self.letter.receipt, note))

    def _ask_eml(self) -> None:
        path = self._ask_path(
            self.tr("Save the notice as an e-mail"), "eml", self.tr("E-mail messages (*.eml)")
        )
        if path is not None:
            self.save_eml(path)

    def _ask_pdf(self) -> None:
        path = self._ask_path(
            self.tr("Save the notice as a PDF letter"), "pdf", self.tr("PDF documents (*.pdf)")
        )
        if path is not None:
            self.save_pdf(path)

    def _ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the notice"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._send(lambda: self._sender.print_letter(self.letter, printer))

    def _ask_path(self, title: str, suffix: str, pattern: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / f"{file_stem(self.letter)}.{suffix}"), pattern
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    def _send(self, action: Callable[[], Item]) -> None:
        try:
            item = action()
        except UserFacingError as exc:
            self._show_error(str(exc))
            self._reload_if_changed()
            return
        self.item = item
        self.error_label.hide()
        self.sent.emit(item)

    def _reload_if_changed(self) -> None:
        # A weekly digest that gained a call since it was shown is refused as sent; show the
        # new text so the user sends what will be recorded.
        try:
            current = self._sender.notices.item(self.item.id)
        except UserFacingError:
            return
        if current.receipt != self.letter.receipt:
            self.item = current
            self.letter = self._sender.letter(current.id)
            self.preview.setHtml(self.letter.html)
            self.receipt_label.setText(
                self.tr("Receipt code: <b>{code}</b>").format(code=self.letter.receipt)
            )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

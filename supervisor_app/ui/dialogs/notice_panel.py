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
    QFrame,
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
from supervisor_app.domain.notifications import Channel, Item
from supervisor_app.domain.people import Language
from supervisor_app.services.letters import Letter
from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.dialogs.notice_actions import NoticeSender
from supervisor_app.ui.policy.policy_fields import NOTE_STYLE, note_label
from supervisor_app.ui.words.error_text import error_text
from supervisor_app.ui.words.labels import language_name


def file_stem(letter: Letter) -> str:
    """A file name for a saved notice: the agent and the receipt, nothing a file system minds."""
    name = re.sub(r"[^\w\- ]+", "", letter.agent_name, flags=re.UNICODE).strip() or "agent"
    return f"{name} {letter.receipt}"


class NoticePanel(QWidget):
    """Shows one notice as the agent will read it and sends it by the channel chosen.

    Saving and printing record the notice as sent (channel, time, user) once the file or
    the paper exists. Opening the mail program and copying the text record nothing yet: a
    draft can be discarded and a copy never pasted, and a sent notice cannot be taken
    back, so the panel asks whether the message was sent and records it only on "Yes".
    "Mark as sent" records a handover outside the app, with a note.

    Signals:
        sent(object): the notice was recorded as sent; carries the updated Item.
    """

    sent = Signal(object)

    def __init__(
        self,
        sender: NoticeSender,
        item: Item,
        letter: Letter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sender = sender
        self.item = item
        self.letter = letter

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
                "Saving or printing records the notice as sent by you, now. After the mail "
                "program or a copy, you are asked whether you sent it."
            )
        )

        # Asked after the mail program opened or the text was copied; hidden otherwise.
        self.asked_channel: Channel | None = None
        self.confirm_box = QFrame()
        self.confirm_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm_question = QLabel()
        self.confirm_question.setWordWrap(True)
        confirm_note = note_label(
            self.tr(
                "Only then is the notice recorded as sent. If not, nothing is recorded and you "
                "can choose another way."
            )
        )
        self.yes_button = QPushButton(self.tr("Yes, it &was sent"))
        self.no_button = QPushButton(self.tr("No, &not sent"))
        self.yes_button.clicked.connect(self.confirm_sent)
        self.no_button.clicked.connect(self.not_sent)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.yes_button)
        confirm_row.addWidget(self.no_button)
        confirm_row.addStretch()
        confirm_layout = QVBoxLayout(self.confirm_box)
        confirm_layout.addWidget(self.confirm_question)
        confirm_layout.addWidget(confirm_note)
        confirm_layout.addLayout(confirm_row)
        self.confirm_box.hide()
        self.not_sent_label = QLabel(
            self.tr("Not recorded as sent. Choose another way, or try again.")
        )
        self.not_sent_label.setWordWrap(True)
        self.not_sent_label.setStyleSheet(NOTE_STYLE)
        self.not_sent_label.hide()

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

        self.error_label = error_label()

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
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.not_sent_label)
        layout.addWidget(outside)
        layout.addWidget(self.error_label)

    # --- the channels ---------------------------------------------------------------------------

    def open_mail(self) -> None:
        """Open the mail client with the notice filled in, then ask whether it was sent."""
        self._hand_over(lambda: self._sender.open_mail(self.letter), Channel.MAIL)

    def save_eml(self, path: Path) -> None:
        """Save the notice as an .eml file at path."""
        self._sender.save_eml(self, self.letter, path, self._done, self._failed)

    def save_pdf(self, path: Path) -> None:
        """Save the notice as a PDF letter at path."""
        self._sender.save_pdf(self, self.letter, path, self._done, self._failed)

    def copy_text(self) -> None:
        """Copy the notice's text to the clipboard, then ask whether it was sent."""
        self._hand_over(lambda: self._sender.copy_text(self.letter), Channel.COPY)

    def confirm_sent(self) -> None:
        """Yes, it was sent: record the notice as sent by the channel asked about."""
        channel = self.asked_channel
        if channel is None:
            return
        self._sender.confirm_sent(self, self.letter, channel, self._done, self._failed)

    def not_sent(self) -> None:
        """No, not sent: record nothing; the other ways stay at hand."""
        self._stop_asking()
        self.not_sent_label.show()

    def mark_outside(self) -> None:
        """Record a handover outside the app with the note typed."""
        note = self.note_edit.text()
        if not note.strip():
            self._show_error(self.tr("Say how the notice reached the agent."))
            self.note_edit.setFocus()
            return
        self._sender.mark_outside(
            self, self.item.id, self.letter.receipt, note, self._done, self._failed
        )

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
            self._sender.print_letter(self, self.letter, printer, self._done, self._failed)

    def _ask_path(self, title: str, suffix: str, pattern: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / f"{file_stem(self.letter)}.{suffix}"), pattern
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    def _hand_over(self, action: Callable[[], None], channel: Channel) -> None:
        """Hand the notice to another program; whether it was sent is the user's to say."""
        try:
            action()
        except UserFacingError as exc:
            self._show_error(error_text(exc))
            return
        self.error_label.hide()
        self.not_sent_label.hide()
        self.asked_channel = channel
        if channel is Channel.MAIL:
            question = self.tr("Did you send the message in your mail program?")
        else:
            question = self.tr("Did you send the copied text to {agent}?").format(
                agent=self.letter.agent_name
            )
        self.confirm_question.setText(f"<b>{_escape(question)}</b>")
        self.confirm_box.show()

    def _stop_asking(self) -> None:
        self.asked_channel = None
        self.confirm_box.hide()

    def _done(self, item: Item) -> None:
        self.item = item
        self.error_label.hide()
        self.not_sent_label.hide()
        self._stop_asking()
        self.sent.emit(item)

    def _failed(self, exc: UserFacingError) -> None:
        self._show_error(error_text(exc))
        # A weekly digest that gained a call since it was shown is refused as sent; show the
        # new text so the user sends what will be recorded.
        self._sender.item_and_letter(self, self.item.id, self._reload_if_changed)

    def _reload_if_changed(self, current: tuple[Item, Letter]) -> None:
        item, letter = current
        if item.receipt != self.letter.receipt:
            # What went to the mail program or the clipboard is no longer the notice's text.
            self._stop_asking()
            self.not_sent_label.hide()
            self.item = item
            self.letter = letter
            self.preview.setHtml(letter.html)
            self.receipt_label.setText(
                self.tr("Receipt code: <b>{code}</b>").format(code=letter.receipt)
            )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

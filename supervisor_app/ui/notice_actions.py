"""Sending a notice by mail client, .eml, PDF, printer or clipboard, then marking it sent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.notifications import Channel, Item
from supervisor_app.services.letters import Letter, LetterService, mailto_url
from supervisor_app.services.notifications import NotificationService
from supervisor_app.ui import documents_pdf

translate = QCoreApplication.translate


class NoMailClient(UserFacingError):
    """The system has no program for mailto: links."""


class NoticeSender:
    """Every way the post-listen prompt and the Notifications page send a notice.

    Each method takes the letter the user was shown and records the notice as sent with
    that letter's receipt, so a digest that gained a call meanwhile is refused rather
    than recorded as sent with a text the agent never got.

    Opening the mail program and copying the text record nothing: the draft may be
    discarded, the copy never pasted. The user confirms afterwards with ``confirm_sent``.
    """

    def __init__(self, notices: NotificationService, letters: LetterService) -> None:
        self.notices = notices
        self.letters = letters

    def letter(self, item_id: int) -> Letter:
        """The notice's text in its agent's language."""
        return self.letters.letter(item_id)

    def open_mail(self, letter: Letter) -> None:
        """Open the mail client with address, subject and text filled in; records nothing."""
        url = QUrl(mailto_url(letter.to, letter.subject, letter.text), QUrl.ParsingMode.StrictMode)
        if not QDesktopServices.openUrl(url):
            raise NoMailClient(
                translate(
                    "NoticeSender",
                    "No mail program opened. Save the notice as an .eml file or copy its "
                    "text instead.",
                )
            )

    def save_eml(self, letter: Letter, path: Path) -> Item:
        """Save the notice as an e-mail message file (opens as a draft in mail programs)."""
        self.letters.write_eml(letter.item_id, path)
        return self._sent(letter, Channel.EML)

    def save_pdf(self, letter: Letter, path: Path) -> Item:
        """Save the notice as an A4 letter in PDF."""
        documents_pdf.write_pdf(letter.html, path, letter.subject, self.footer(letter))
        return self._sent(letter, Channel.PDF)

    def print_letter(self, letter: Letter, printer: QPrinter) -> Item:
        """Print the letter on a printer the user set up in the print dialog."""
        document = QTextDocument()
        document.setHtml(letter.html)
        document.print_(printer)
        return self._sent(letter, Channel.PDF)

    def copy_text(self, letter: Letter) -> None:
        """Put the notice's plain text on the clipboard, for a chat or another mail program.

        Records nothing: copying is not sending.
        """
        QGuiApplication.clipboard().setText(letter.text)

    def confirm_sent(self, letter: Letter, channel: Channel) -> Item:
        """Record the notice as sent once the user confirms it left by mail or as a copy."""
        return self._sent(letter, channel)

    def mark_outside(self, item_id: int, receipt: str, note: str) -> Item:
        """Record a notice handed over outside the app; the note says how (required)."""
        return self.notices.mark_sent(item_id, Channel.OUTSIDE, note, expected_receipt=receipt)

    def footer(self, letter: Letter) -> str:
        """The line at the foot of each page: subject and receipt, in the agent's language."""
        return f"{letter.subject} · {letter.receipt}"

    def _sent(self, letter: Letter, channel: Channel) -> Item:
        return self.notices.mark_sent(letter.item_id, channel, expected_receipt=letter.receipt)

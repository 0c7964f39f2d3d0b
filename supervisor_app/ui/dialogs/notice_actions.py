"""Sending a notice by mail client, .eml, PDF, printer or clipboard, then marking it sent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.notifications import Channel, Item
from supervisor_app.printing import documents_pdf
from supervisor_app.services.letters import Letter, mailto_url
from supervisor_app.services.registry import Services
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.words.error_text import UiError

translate = QCoreApplication.translate


class NoMailClient(UiError):
    """The system has no program for mailto: links."""


Done = Callable[[Item], None]
Failed = Callable[[UserFacingError], None]


class NoticeSender:
    """Every way the post-listen prompt and the Notifications page send a notice.

    Each method takes the letter the user was shown and records the notice as sent with
    that letter's receipt, so a digest that gained a call meanwhile is refused rather
    than recorded as sent with a text the agent never got. Recording happens on the vault
    worker; ``done`` gets the updated item, ``failed`` the sentence, on the GUI thread.

    Opening the mail program and copying the text record nothing: the draft may be
    discarded, the copy never pasted. The user confirms afterwards with ``confirm_sent``.
    """

    def __init__(self, ops: Ops) -> None:
        self.ops = ops

    def letter(self, parent: QObject, item_id: int, done: Callable[[Letter], None]) -> None:
        """Fetch the notice's text in its agent's language."""
        self.ops.query(parent, lambda s: s.letters.letter(item_id), done)

    def item_and_letter(
        self, parent: QObject, item_id: int, done: Callable[[tuple[Item, Letter]], None]
    ) -> None:
        """Fetch the notice as it is now, with its letter (after a refused send)."""
        self.ops.query(
            parent,
            lambda s: (s.notifications.item(item_id), s.letters.letter(item_id)),
            done,
        )

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

    def save_eml(
        self, parent: QObject, letter: Letter, path: Path, done: Done, failed: Failed
    ) -> None:
        """Save the notice as an e-mail message file (opens as a draft in mail programs)."""

        def op(s: Services) -> Item:
            s.letters.write_eml(letter.item_id, path)
            return _sent(s, letter, Channel.EML)

        self.ops.change(parent, op, done, changes={Change.NOTICES}, failed=failed)

    def save_pdf(
        self, parent: QObject, letter: Letter, path: Path, done: Done, failed: Failed
    ) -> None:
        """Save the notice as an A4 letter in PDF (drawn here: Qt paints on the GUI thread)."""
        try:
            documents_pdf.write_pdf(letter.html, path, letter.subject, self.footer(letter))
        except UserFacingError as exc:
            failed(exc)
            return
        self._record(parent, letter, Channel.PDF, done, failed)

    def print_letter(
        self, parent: QObject, letter: Letter, printer: QPrinter, done: Done, failed: Failed
    ) -> None:
        """Print the letter on a printer the user set up in the print dialog."""
        document = QTextDocument()
        document.setHtml(letter.html)
        document.print_(printer)
        self._record(parent, letter, Channel.PDF, done, failed)

    def copy_text(self, letter: Letter) -> None:
        """Put the notice's plain text on the clipboard, for a chat or another mail program.

        Records nothing: copying is not sending.
        """
        QGuiApplication.clipboard().setText(letter.text)

    def confirm_sent(
        self, parent: QObject, letter: Letter, channel: Channel, done: Done, failed: Failed
    ) -> None:
        """Record the notice as sent once the user confirms it left by mail or as a copy."""
        self._record(parent, letter, channel, done, failed)

    def mark_outside(
        self, parent: QObject, item_id: int, receipt: str, note: str, done: Done, failed: Failed
    ) -> None:
        """Record a notice handed over outside the app; the note says how (required)."""
        self.ops.change(
            parent,
            lambda s: s.notifications.mark_sent(
                item_id, Channel.OUTSIDE, note, expected_receipt=receipt
            ),
            done,
            changes={Change.NOTICES},
            failed=failed,
        )

    def footer(self, letter: Letter) -> str:
        """The line at the foot of each page: subject and receipt, in the agent's language."""
        return f"{letter.subject} · {letter.receipt}"

    def _record(
        self, parent: QObject, letter: Letter, channel: Channel, done: Done, failed: Failed
    ) -> None:
        self.ops.change(
            parent,
            lambda s: _sent(s, letter, channel),
            done,
            changes={Change.NOTICES},
            failed=failed,
        )


def _sent(services: Services, letter: Letter, channel: Channel) -> Item:
    return services.notifications.mark_sent(
        letter.item_id, channel, expected_receipt=letter.receipt
    )

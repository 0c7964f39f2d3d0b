"""Making and sending a feedback sheet: agent, period and summary, the sheet as the agent reads it.

Making the sheet records it, pending, with the receipt code of its audit entry; sending it
goes through the notices' channels and records it as sent. Saving a PDF or an .eml records
it at once; after copying the text the dialog asks whether it was sent; a handover outside
the app needs a note. A sent sheet marks the notices of the listens it covers as sent too.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.notifications import Channel
from supervisor_app.domain.people import Agent
from supervisor_app.printing import documents_pdf
from supervisor_app.services.feedback_sheets import SheetPreview, SheetRow
from supervisor_app.services.letters import Letter, mailto_url
from supervisor_app.services.registry import Services
from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.policy.policy_fields import note_label
from supervisor_app.ui.words.error_text import error_text
from supervisor_app.ui.words.notice_labels import channel_name


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class SheetDialog(QDialog):
    """Make an agent's feedback sheet of a period, then send it; or send one made before."""

    def __init__(
        self,
        ops: Ops,
        agents: list[Agent],
        *,
        today: dt.date,
        sheet: SheetRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.sheet: SheetRow | None = None
        self.letter: Letter | None = None
        self.preview_result: SheetPreview | None = None
        self.setWindowTitle(self.tr("Feedback sheet"))
        self.resize(760, 720)

        self.agent_combo = QComboBox()
        for agent in agents:
            self.agent_combo.addItem(agent.name, agent.id)
        self.from_edit = QDateEdit(_qdate(today - dt.timedelta(days=today.weekday() + 7)))
        self.to_edit = QDateEdit(_qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(90)
        self.summary_edit.setPlaceholderText(self.tr("A few sentences for the agent (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("&Agent:"), self.agent_combo)
        form.addRow(self.tr("Calls &from:"), self.from_edit)
        form.addRow(self.tr("&Until:"), self.to_edit)
        form.addRow(self.tr("&Summary:"), self.summary_edit)
        self.show_button = QPushButton(self.tr("S&how the sheet"))
        self.show_button.clicked.connect(self.show_preview)
        self.make_button = QPushButton(self.tr("&Make the sheet"))
        self.make_button.setEnabled(False)
        self.make_button.clicked.connect(self.make)
        make_row = QHBoxLayout()
        make_row.addWidget(self.show_button)
        make_row.addWidget(self.make_button)
        make_row.addStretch()
        self.make_note = note_label(
            self.tr(
                "It holds the scorecards shared with you of this agent's calls in the period, "
                "in the agent's language. Making it records it with its receipt code."
            )
        )
        self.choose = QWidget()
        choose_layout = QVBoxLayout(self.choose)
        choose_layout.setContentsMargins(0, 0, 0, 0)
        choose_layout.addLayout(form)
        choose_layout.addLayout(make_row)
        choose_layout.addWidget(self.make_note)

        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.receipt_label = QLabel()
        self.receipt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mail_button = QPushButton(self.tr("Open in &mail client"))
        self.mail_button.clicked.connect(self.open_mail)
        self.pdf_button = QPushButton(self.tr("Save P&DF…"))
        self.eml_button = QPushButton(self.tr("Save .&eml…"))
        self.copy_button = QPushButton(self.tr("Cop&y text"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.eml_button.clicked.connect(self._ask_eml)
        self.copy_button.clicked.connect(self.copy_text)
        self.yes_button = QPushButton(self.tr("Yes, it &was sent"))
        # Asked after the mail program opened or the text was copied: that alone sends nothing.
        self.asked_channel = Channel.COPY
        self.yes_button.clicked.connect(lambda: self.mark_sent(self.asked_channel))
        self.yes_button.hide()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Given outside the app? Say how"))
        self.outside_button = QPushButton(self.tr("Mark as &sent"))
        self.outside_button.setEnabled(False)
        self.note_edit.textChanged.connect(
            lambda text: self.outside_button.setEnabled(bool(text.strip()))
        )
        self.outside_button.clicked.connect(lambda: self.mark_sent(Channel.OUTSIDE))
        send_row = QHBoxLayout()
        for button in (
            self.mail_button,
            self.pdf_button,
            self.eml_button,
            self.copy_button,
            self.yes_button,
        ):
            send_row.addWidget(button)
        send_row.addStretch()
        outside_row = QHBoxLayout()
        outside_row.addWidget(self.note_edit, 1)
        outside_row.addWidget(self.outside_button)
        self.send_box = QWidget()
        send_layout = QVBoxLayout(self.send_box)
        send_layout.setContentsMargins(0, 0, 0, 0)
        send_layout.addWidget(self.receipt_label)
        send_layout.addLayout(send_row)
        send_layout.addWidget(
            note_label(
                self.tr(
                    "Saving records the sheet as sent by you, now; after the mail program or "
                    "copying you are asked. The agent is then told of each listen the sheet "
                    "covers."
                )
            )
        )
        send_layout.addLayout(outside_row)
        self.send_box.hide()
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.error_label = error_label()
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state_label, 1)
        bottom.addWidget(close)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.choose)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.send_box)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)
        if sheet is not None:
            self.choose.hide()
            self._made(sheet)

    # --- making ------------------------------------------------------------------------------

    def _choice(self) -> tuple[int, dt.date, dt.date, str]:
        return (
            int(self.agent_combo.currentData()),
            _pydate(self.from_edit.date()),
            _pydate(self.to_edit.date()),
            self.summary_edit.toPlainText(),
        )

    def show_preview(self) -> None:
        """Ask for the sheet as it would be made now."""
        if self.agent_combo.currentData() is None:
            return
        agent, start, end, summary = self._choice()
        self._ops.query(
            self,
            lambda s: s.feedback_sheets.preview(agent, start, end, summary),
            self._previewed,
            failed=self._failed,
        )

    def _previewed(self, preview: SheetPreview) -> None:
        self.error_label.hide()
        self.preview_result = preview
        self.preview.setHtml(preview.sheet.html)
        self.make_button.setEnabled(bool(preview.scorecards))
        self.state_label.setText(
            self.tr("Scored calls on this sheet: {n}.").format(n=len(preview.scorecards))
        )

    def make(self) -> None:
        """Record the sheet (pending, with its receipt code)."""
        agent, start, end, summary = self._choice()
        self._ops.change(
            self,
            lambda s: s.feedback_sheets.create(agent, start, end, summary),
            self._made,
            changes={Change.COACHING},
            failed=self._failed,
        )

    def _made(self, sheet: SheetRow) -> None:
        self.sheet = sheet
        self.choose.setEnabled(False)
        sheet_id = sheet.id
        self._ops.query(
            self, lambda s: s.feedback_sheets.letter(sheet_id), self._lettered, failed=self._failed
        )

    def _lettered(self, letter: Letter) -> None:
        self.letter = letter
        self.preview.setHtml(letter.html)
        self.receipt_label.setText(
            self.tr("Receipt code of this sheet: <b>{code}</b>").format(code=letter.receipt)
        )
        self.send_box.show()
        self._show_state()

    def _show_state(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        pending = sheet.state.value == "pending"
        self.send_box.setEnabled(pending)
        self.state_label.setText(
            self.tr("Made; not sent yet.")
            if pending
            else self.tr("Sent ({channel}); the listens it covers count as told.").format(
                channel=channel_name(sheet.channel)
            )
        )

    # --- sending -----------------------------------------------------------------------------

    def _file_stem(self) -> str:
        letter = self.letter
        assert letter is not None
        name = re.sub(r"[^\w\- ]+", "", letter.agent_name, flags=re.UNICODE).strip() or "agent"
        return f"{name} {letter.receipt}"

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the sheet as PDF"), f"{self._file_stem()}.pdf", "PDF (*.pdf)"
        )
        if path:
            self.save_pdf(Path(path))

    def _ask_eml(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the sheet as .eml"), f"{self._file_stem()}.eml", "E-mail (*.eml)"
        )
        if path:
            self.save_eml(Path(path))

    def save_pdf(self, path: Path) -> None:
        """Write the sheet as PDF (Qt typesets on the GUI thread), then record it sent."""
        letter = self.letter
        assert letter is not None
        try:
            # The same foot as a notice letter: what it is and its receipt code, on every page.
            footer = f"{letter.subject} · {letter.receipt}"
            documents_pdf.write_pdf(letter.html, path, letter.subject, footer)
        except UserFacingError as exc:
            self._failed(exc)
            return
        self.mark_sent(Channel.PDF)

    def save_eml(self, path: Path) -> None:
        """Write the sheet as .eml on the worker, then record it sent."""
        sheet, letter = self.sheet, self.letter
        assert sheet is not None and letter is not None
        sheet_id, receipt = sheet.id, letter.receipt

        def op(s: Services) -> SheetRow:
            s.feedback_sheets.write_eml(sheet_id, path)
            return s.feedback_sheets.mark_sent(sheet_id, Channel.EML, expected_receipt=receipt)

        self._ops.change(self, op, self._sent, changes=_SENT_CHANGES, failed=self._failed)

    def copy_text(self) -> None:
        """Put the sheet's text on the clipboard, then ask whether it was sent."""
        if self.letter is None:
            return
        QGuiApplication.clipboard().setText(self.letter.text)
        self.asked_channel = Channel.COPY
        self.yes_button.show()

    def open_mail(self) -> None:
        """Open the mail program with the sheet filled in, then ask whether it was sent."""
        letter = self.letter
        if letter is None:
            return
        url = QUrl(mailto_url(letter.to, letter.subject, letter.text), QUrl.ParsingMode.StrictMode)
        if not QDesktopServices.openUrl(url):
            self.error_label.setText(
                self.tr("No mail program opened. Save the sheet as .eml or copy its text instead.")
            )
            self.error_label.show()
            return
        self.asked_channel = Channel.MAIL
        self.yes_button.show()

    def mark_sent(self, channel: Channel) -> None:
        """Record the sheet as sent by channel (the note says how, for outside the app)."""
        sheet, letter = self.sheet, self.letter
        assert sheet is not None and letter is not None
        sheet_id, receipt, note = sheet.id, letter.receipt, self.note_edit.text()
        self._ops.change(
            self,
            lambda s: s.feedback_sheets.mark_sent(
                sheet_id,
                channel,
                note if channel is Channel.OUTSIDE else "",
                expected_receipt=receipt,
            ),
            self._sent,
            changes=_SENT_CHANGES,
            failed=self._failed,
        )

    def _sent(self, sheet: SheetRow) -> None:
        self.sheet = sheet
        self.yes_button.hide()
        self.error_label.hide()
        self._show_state()

    def _failed(self, exc: UserFacingError) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()


_SENT_CHANGES = frozenset({Change.COACHING, Change.NOTICES})

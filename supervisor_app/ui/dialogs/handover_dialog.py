"""After an access export: the passphrase shown once (printable), then the hand-over confirmed.

Confirming that the person has the file (and the passphrase) closes the access request as
answered, as the service does. The passphrase lives only in this dialog: once it closes, it
is gone, and only a new export makes a new one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.services.requests import RequestView
from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.core.sizing import grow_to_fit
from supervisor_app.ui.dialogs.subject_export_dialog import FinishedExport
from supervisor_app.ui.policy.policy_fields import note_label
from supervisor_app.ui.words.error_text import error_text


class HandOverDialog(QDialog):
    """The passphrase in large type with Print…, and "Handed over: close the request"."""

    def __init__(
        self,
        ops: Ops,
        finished: FinishedExport,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._sheet = finished.sheet_html
        result = finished.result
        self.request_id = result.request_id
        self.closed_request: RequestView | None = None
        self.setWindowTitle(self.tr("Hand over the export"))
        self.setMinimumWidth(520)
        self.addActions(list(dialog_actions))
        layout = QVBoxLayout(self)

        self.passphrase_label = QLabel()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.ask_print)
        self.print_button.setAutoDefault(False)
        if result.encrypted and result.passphrase is not None:
            about = QLabel(
                self.tr(
                    "{file} holds {n} recordings and {files} files, encrypted with this passphrase:"
                ).format(file=result.path.name, n=result.recordings, files=len(result.files))
            )
            about.setWordWrap(True)
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.5)
            font.setWeight(QFont.Weight.DemiBold)
            self.passphrase_label.setFont(font)
            self.passphrase_label.setText(result.passphrase)
            self.passphrase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.passphrase_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
            )
            self.passphrase_label.setFrameShape(QLabel.Shape.StyledPanel)
            self.passphrase_label.setMargin(12)
            once = note_label(
                self.tr(
                    "It is shown only now and kept nowhere. Print it or write it down before "
                    "you close this window, and give it to the person by another route than "
                    "the file: the file by e-mail or on a USB stick, the passphrase on paper "
                    "or by phone."
                )
            )
            print_row = QHBoxLayout()
            print_row.addStretch()
            print_row.addWidget(self.print_button)
            layout.addWidget(about)
            layout.addWidget(self.passphrase_label)
            layout.addLayout(print_row)
            layout.addWidget(once)
        else:
            about = QLabel(
                self.tr(
                    "The folder {folder} holds {n} recordings and {files} files, NOT "
                    "encrypted. Hand it over soon and delete it afterwards."
                ).format(folder=result.path, n=result.recordings, files=len(result.files))
            )
            about.setWordWrap(True)
            self.passphrase_label.hide()
            self.print_button.hide()
            layout.addWidget(about)

        self.how_edit = QLineEdit()
        self.how_edit.setPlaceholderText(
            self.tr("How it was handed over (optional), e.g. in person, passphrase by phone")
        )
        self.error = error_label()
        buttons = QDialogButtonBox()
        self.handed_over_button = buttons.addButton(
            self.tr("&Handed over: close the request"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(
            self.tr("Close the request &later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.handed_over_button.clicked.connect(self.confirm_handover)
        self.later_button.clicked.connect(self.reject)
        if self.request_id is not None:
            question = QLabel(
                self.tr(
                    "Once the person has the file and the passphrase, request {n} is answered."
                ).format(n=self.request_id)
            )
            question.setWordWrap(True)
            layout.addSpacing(8)
            layout.addWidget(question)
            layout.addWidget(self.how_edit)
        else:
            self.how_edit.hide()
            self.handed_over_button.hide()
            self.later_button.setText(self.tr("Close"))
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addWidget(buttons)
        self.later_button.setDefault(False)
        self.handed_over_button.setAutoDefault(False)

    # --- printing ------------------------------------------------------------------------------

    def ask_print(self) -> None:
        """Choose a printer and print the passphrase sheet."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the passphrase"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_sheet(printer)

    def print_sheet(self, printer: QPrinter) -> None:
        """Print the sheet (the passphrase, the file's name and date, the advice) on printer."""
        if self._sheet is None:
            return
        document = QTextDocument()
        document.setHtml(self._sheet)
        document.print_(printer)

    # --- handing over --------------------------------------------------------------------------

    def confirm_handover(self) -> None:
        """The person has it: close the access request as answered (on the worker)."""
        if self.request_id is None:
            self.accept()
            return
        request_id, how = self.request_id, self.how_edit.text()
        self.handed_over_button.setEnabled(False)
        self._ops.change(
            self,
            lambda s: s.access_export.confirm_handover(request_id, how),
            self._closed,
            changes={Change.REQUESTS},
            failed=self._failed,
        )

    def _closed(self, view: RequestView) -> None:
        self.closed_request = view
        self.accept()

    def _failed(self, exc: UserFacingError) -> None:
        self.handed_over_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()
        grow_to_fit(self)

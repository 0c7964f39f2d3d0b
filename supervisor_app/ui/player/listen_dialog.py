"""Before listening: choose a purpose the gate allows and write why; the gate decides."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.policy import Purpose
from supervisor_app.services.listening import (
    MAX_CASE_REFERENCE_CHARS,
    MIN_REASON_CHARS,
    ListenSession,
)
from supervisor_app.ui.core.form_dialog import FormDialog
from supervisor_app.ui.core.messages import ERROR_STYLE
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.core.sizing import grow_to_fit
from supervisor_app.ui.policy.policy_fields import NOTE_STYLE, note_label
from supervisor_app.ui.session.passphrase_fields import OK_STYLE
from supervisor_app.ui.words.labels import purpose_title


def reason_length(text: str) -> int:
    """Characters of a reason as the service counts them (runs of spaces count once)."""
    return len(" ".join(text.split()))


class ListenDialog(FormDialog):
    """Purpose and reason for one recording; on Listen the service gates, logs and opens.

    ``purposes`` are what the gate allows now (asked on the vault worker before the dialog
    opens). After ``accepted`` the open, logged session is in ``listen``. When the gate
    allows no purpose at all, the dialog says why listening is not possible and offers nothing.
    """

    def __init__(
        self,
        ops: Ops,
        recording_id: int,
        purposes: Sequence[Purpose],
        description: str = "",
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.recording_id = recording_id
        self.listen: ListenSession | None = None
        self.purposes: list[Purpose] = list(purposes)
        self.setWindowTitle(self.tr("Listen to recording {n}").format(n=recording_id))
        self.addActions(list(dialog_actions))
        self.setMinimumWidth(520)

        heading = self.tr("Recording {n}").format(n=recording_id)
        about = QLabel(f"<b>{heading}</b>" + (f"<br>{description}" if description else ""))
        about.setWordWrap(True)
        self.form.addRow(about)
        self.purpose_combo = QComboBox()
        for purpose in self.purposes:
            self.purpose_combo.addItem(purpose_title(purpose), purpose.id)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("For example: coaching talk with the agent about greeting callers")
        )
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        self.reason_edit.textChanged.connect(self._reason_changed)
        self.count_label = QLabel()
        # A dispute purpose (one that allows evidence holds) asks for the case reference.
        self.case_edit = QLineEdit()
        self.case_edit.setMaxLength(MAX_CASE_REFERENCE_CHARS)
        self.case_edit.setPlaceholderText(self.tr("e.g. DOS-2026-17"))
        self.case_edit.textChanged.connect(self._reason_changed)
        self.case_label = QLabel(self.tr("&Case reference:"))
        self.case_label.setBuddy(self.case_edit)
        self.ok_button.setText(self.tr("&Listen"))
        if self.purposes:
            self.form.addRow(self.tr("&Purpose:"), self.purpose_combo)
            self.form.addRow(self.case_label, self.case_edit)
            self.form.addRow(self.tr("&Reason:"), self.reason_edit)
            self.form.addRow("", self.count_label)
            self.form.addRow(
                note_label(
                    self.tr(
                        "The purpose and reason are written to the listen log before the "
                        "call plays, with every second you hear. The agent is told afterwards."
                    )
                )
            )
            self.purpose_combo.currentIndexChanged.connect(self._purpose_changed)
            self._purpose_changed()
            # The purpose comes chosen; why one listens is what must be written first.
            self.first_field = self.reason_edit
        else:
            self.purpose_combo.hide()
            self.reason_edit.hide()
            self.count_label.hide()
            self.form.addRow(self._nothing_allowed())
            self.ok_button.hide()
            close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            close.setText(self.tr("Close"))

    def _nothing_allowed(self) -> QLabel:
        label = QLabel(
            self.tr(
                "You cannot listen to this recording for any purpose. Listening is "
                "possible only when all of these hold:"
            )
            + "<ul>"
            + "".join(
                f"<li>{item}</li>"
                for item in (
                    self.tr("the recording policy is complete;"),
                    self.tr("the policy lets one of your roles listen for a purpose;"),
                    self.tr("the recording is still kept for that purpose (or held for it);"),
                    self.tr("the agent is in a team you lead or coach;"),
                    self.tr("the recording has not expired and was not flagged as private."),
                )
            )
            + "</ul>"
            + self.tr("Ask your privacy officer if you think you should be able to listen.")
        )
        label.setWordWrap(True)
        label.setStyleSheet(NOTE_STYLE)
        return label

    @property
    def purpose_id(self) -> str | None:
        """The chosen purpose's id."""
        data = self.purpose_combo.currentData()
        return None if data is None else str(data)

    @property
    def needs_case(self) -> bool:
        """Whether the chosen purpose asks for a case reference (it allows evidence holds)."""
        chosen = next((p for p in self.purposes if p.id == self.purpose_id), None)
        return chosen is not None and chosen.allows_holds

    def _purpose_changed(self) -> None:
        self.case_label.setVisible(self.needs_case)
        self.case_edit.setVisible(self.needs_case)
        self._reason_changed()

    def _reason_changed(self) -> None:
        count = reason_length(self.reason_edit.toPlainText())
        enough = count >= MIN_REASON_CHARS
        self.count_label.setText(
            self.tr("{count} characters (at least {n})").format(count=count, n=MIN_REASON_CHARS)
        )
        self.count_label.setStyleSheet(OK_STYLE if enough else ERROR_STYLE)
        has_case = bool(self.case_edit.text().strip()) or not self.needs_case
        self.ok_button.setEnabled(enough and has_case)

    def submit(self) -> None:
        """Ask the service on the worker; it logs the decision and, when allowed, the session."""
        purpose = self.purpose_id
        if purpose is None:
            return
        recording, reason = self.recording_id, self.reason_edit.toPlainText()
        case = self.case_edit.text() if self.needs_case else ""
        self.set_busy(True)
        self._ops.change(
            self,
            lambda s: s.listening.open(recording, purpose, reason, case_reference=case),
            self._opened,
            changes={Change.LISTENS, Change.NOTICES},
            failed=self._refused,
        )

    def _opened(self, listen: ListenSession) -> None:
        self.set_busy(False)
        self.listen = listen
        self.accept()

    def _refused(self, exc: UserFacingError) -> None:
        # A denial is already in the audit log; the sentence says why.
        self.show_error(exc)
        grow_to_fit(self)

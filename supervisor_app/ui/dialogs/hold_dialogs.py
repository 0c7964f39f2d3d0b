"""Evidence holds: keep a recording past its retention for a case, and release it again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from supervisor_app.domain.policy import Purpose
from supervisor_app.services.retention import (
    MAX_CASE_REFERENCE_CHARS,
    MIN_HOLD_REASON_CHARS,
    HoldRow,
)
from supervisor_app.ui.core.form_dialog import FormDialog
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.player.listen_dialog import reason_length
from supervisor_app.ui.policy.policy_fields import OptionalDateEdit, note_label
from supervisor_app.ui.words.labels import purpose_title


def _reason_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(70)
    return box


class PlaceHoldDialog(FormDialog):
    """Purpose, case reference, reason and an optional last day; OK places the hold."""

    def __init__(
        self,
        ops: Ops,
        recording_id: int,
        purposes: Sequence[Purpose],
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.recording_id = recording_id
        self.hold: HoldRow | None = None
        self.setWindowTitle(self.tr("Keep recording {n} as evidence").format(n=recording_id))
        self.addActions(list(dialog_actions))
        self.purpose_combo = QComboBox()
        for purpose in purposes:
            self.purpose_combo.addItem(purpose_title(purpose), purpose.id)
        self.case_edit = QLineEdit()
        self.case_edit.setMaxLength(MAX_CASE_REFERENCE_CHARS)
        self.case_edit.setPlaceholderText(self.tr("e.g. DOS-2026-17"))
        self.reason_edit = _reason_box()
        self.reason_edit.setPlaceholderText(
            self.tr("For example: the donor disputes agreeing to a recurring gift")
        )
        self.until_edit = OptionalDateEdit()
        self.form.addRow(self.tr("&Purpose:"), self.purpose_combo)
        self.form.addRow(self.tr("&Case reference:"), self.case_edit)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.form.addRow(self.tr("Keep until:"), self.until_edit)
        self.form.addRow(
            note_label(
                self.tr(
                    "The recording is not deleted while the hold lasts: until its last day, or "
                    "until someone releases it. Leave the day empty if the end is not known yet. "
                    "Only the purpose held can be listened for; the hold is in the audit log."
                )
            )
        )
        self.ok_button.setText(self.tr("&Keep as evidence"))
        for edit in (self.case_edit,):
            edit.textChanged.connect(self._changed)
        self.reason_edit.textChanged.connect(self._changed)
        self._changed()
        # The purpose comes chosen; the case is what must be filled first.
        self.first_field = self.case_edit

    def _changed(self) -> None:
        self.ok_button.setEnabled(
            bool(self.case_edit.text().strip())
            and reason_length(self.reason_edit.toPlainText()) >= MIN_HOLD_REASON_CHARS
        )

    def submit(self) -> None:
        """Place the hold; the service says in one sentence what is wrong, if anything."""
        recording_id, purpose = self.recording_id, str(self.purpose_combo.currentData())
        case, reason = self.case_edit.text(), self.reason_edit.toPlainText()
        until = self.until_edit.value()
        self.set_busy(True)
        self._ops.change(
            self,
            lambda s: s.retention.place_hold(recording_id, purpose, case, reason, until),
            self._placed,
            changes={Change.RECORDINGS},
            failed=self.show_error,
        )

    def _placed(self, hold: HoldRow) -> None:
        self.set_busy(False)
        self.hold = hold
        self.accept()


class ReleaseHoldDialog(FormDialog):
    """Why a hold ends; OK releases it and normal retention resumes."""

    def __init__(
        self,
        ops: Ops,
        hold: HoldRow,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.hold = hold
        self.released: HoldRow | None = None
        self.setWindowTitle(self.tr("Release the evidence hold"))
        self.addActions(list(dialog_actions))
        about = QLabel(
            self.tr("Case {case}, recording {n}.").format(
                case=hold.case_reference, n=hold.recording_id
            )
        )
        self.reason_edit = _reason_box()
        self.reason_edit.setPlaceholderText(self.tr("For example: the dispute was settled"))
        self.reason_edit.textChanged.connect(self._changed)
        self.form.addRow(about)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.form.addRow(
            note_label(
                self.tr(
                    "The recording then follows its normal retention again. If that has "
                    "already ended, it is deleted at the next purge."
                )
            )
        )
        self.ok_button.setText(self.tr("&Release"))
        self._changed()
        self.first_field = self.reason_edit

    def _changed(self) -> None:
        self.ok_button.setEnabled(
            reason_length(self.reason_edit.toPlainText()) >= MIN_HOLD_REASON_CHARS
        )

    def submit(self) -> None:
        """Release the hold."""
        hold_id, reason = self.hold.id, self.reason_edit.toPlainText()
        self.set_busy(True)
        self._ops.change(
            self,
            lambda s: s.retention.release_hold(hold_id, reason),
            self._released,
            changes={Change.RECORDINGS},
            failed=self.show_error,
        )

    def _released(self, hold: HoldRow) -> None:
        self.set_busy(False)
        self.released = hold
        self.accept()

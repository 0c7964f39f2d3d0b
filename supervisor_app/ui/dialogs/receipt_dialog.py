"""Check an agent's receipt code: does it match an intact audit-log entry, what does it cover."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
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
from supervisor_app.services.notifications import ReceiptCheck
from supervisor_app.services.registry import Services
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.pages.listen_log_page import GREEN_STYLE, RED_STYLE, chain_problem
from supervisor_app.ui.policy.policy_fields import note_label
from supervisor_app.ui.words.error_text import error_text
from supervisor_app.ui.words.notice_labels import event_name
from supervisor_app.ui.words.time_format import local_time


class ReceiptDialog(QDialog):
    """For administrators and auditors, acting for an agent's representative or works council."""

    def __init__(
        self,
        ops: Ops,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.agent_name = ""
        self.last_check: ReceiptCheck | None = None
        self.setWindowTitle(self.tr("Check a receipt"))
        self.addActions(list(dialog_actions))
        self.setMinimumWidth(560)
        about = note_label(
            self.tr(
                "Every notice to an agent carries a receipt code: the start of the hash of the "
                "audit-log entry it reports. If the code still matches an intact entry, the log "
                "was not rewritten behind the agent's back."
            )
        )
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("3f9a-0c12-be47")
        self.code_edit.returnPressed.connect(self.check)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        caption = QLabel(self.tr("&Receipt code:"))
        caption.setBuddy(self.code_edit)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.check_button)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addStretch()
        layout.addWidget(buttons)

    def check(self) -> None:
        """Check the code typed on the vault worker (spaces, dashes and case do not matter)."""
        code = self.code_edit.text()
        self.check_button.setEnabled(False)
        self._ops.query(self, lambda s: _check(s, code), self._checked, failed=self._refused)

    def _checked(self, found: tuple[ReceiptCheck, str]) -> None:
        self.check_button.setEnabled(True)
        result, self.agent_name = found
        self.last_check = result
        self._show(self.describe(result), ok=result.matches)

    def _refused(self, exc: UserFacingError) -> None:
        self.check_button.setEnabled(True)
        self.last_check = None
        self._show(error_text(exc), ok=False)

    def describe(self, check: ReceiptCheck) -> str:
        """The check in sentences, in the user's language: verdict, what it records, the log."""
        entry = check.entry
        if entry is None:
            return "✘ " + self.tr(
                "Receipt {code} does not match any entry of the audit log: either the code was "
                "mistyped, or the entry it was made from was changed afterwards."
            ).format(code=check.code)
        records = self.tr("What it records: {what}").format(what=self._covers(check))
        if not check.entry_intact:
            verdict = "✘ " + self.tr(
                "Receipt {code} does not check: log entry {seq} no longer fits the chain, "
                "which is broken at entry {bad}: {problem}. Report this to the privacy officer."
            ).format(
                code=check.code,
                seq=entry.seq,
                bad=check.chain.first_bad_seq,
                problem=chain_problem(check.chain.problem),
            )
            return f"{verdict}\n{records}"
        verdict = "✔ " + self.tr("Receipt {code} checks: log entry {seq} is unchanged.").format(
            code=check.code, seq=entry.seq
        )
        if check.chain.intact:
            chain = self.tr("The whole log up to its newest entry verifies.")
        else:
            chain = self.tr("The log is broken later, at entry {bad}: {problem}.").format(
                bad=check.chain.first_bad_seq, problem=chain_problem(check.chain.problem)
            )
        return f"{verdict}\n{records}\n{chain}"

    def _covers(self, check: ReceiptCheck) -> str:
        assert check.entry is not None
        parts = [
            event_name(check.kind) if check.kind is not None else check.entry.action,
            local_time(check.entry.at),
        ]
        agent = self.agent_name
        if agent:
            parts.append(agent)
        if check.recording_ids:
            parts.append(
                self.tr("recording {ids}").format(
                    ids=", ".join(str(r) for r in check.recording_ids)
                )
            )
        return " · ".join(parts)

    def _show(self, text: str, *, ok: bool) -> None:
        self.result_label.setStyleSheet(GREEN_STYLE if ok else RED_STYLE)
        self.result_label.setText(text)
        self.result_label.show()


def _check(services: Services, code: str) -> tuple[ReceiptCheck, str]:
    """The check, and the name of the agent whose notice carries the code (if any)."""
    check = services.notifications.check_receipt(code)
    for item_id in check.item_ids:
        try:
            return check, services.notifications.item(item_id).agent_name
        except UserFacingError:
            continue
    return check, str(check.agent_id) if check.agent_id is not None else ""

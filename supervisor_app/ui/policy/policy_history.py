"""The policy's version history: a table of versions and a read-only view of an old one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from supervisor_app.domain.policy import Policy
from supervisor_app.services.types import PolicyVersionInfo
from supervisor_app.ui.models.people_models import _RowsModel
from supervisor_app.ui.policy.policy_editor import PolicyEditor
from supervisor_app.ui.words.time_format import local_time


class HistoryModel(_RowsModel):
    """Policy versions, newest first: number, when, who and what changed."""

    def set_versions(self, versions: Sequence[PolicyVersionInfo]) -> None:
        """Show versions in the order given (the service gives newest first)."""
        self._replace(versions)

    def headers(self) -> list[str]:
        """Column titles."""
        return [self.tr("Version"), self.tr("Saved"), self.tr("By"), self.tr("Changes")]

    def cell(self, row: Any, column: int) -> str:
        """The text in one cell."""
        info: PolicyVersionInfo = row
        summary = self.tr("first version") if info.summary == "first version" else info.summary
        values = (str(info.version), local_time(info.created_at), info.created_by, summary)
        return values[column]


class VersionDialog(QDialog):
    """One policy version, every section read-only."""

    def __init__(self, policy: Policy, info: PolicyVersionInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Policy version {n}").format(n=policy.version))
        self.resize(860, 620)
        self.editor = PolicyEditor()
        self.editor.set_policy(policy)
        self.editor.set_read_only()
        about = QLabel(
            self.tr("Version {n}, saved {when} by {who}. Old versions cannot be changed.").format(
                n=policy.version, when=local_time(info.created_at), who=info.created_by
            )
        )
        about.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

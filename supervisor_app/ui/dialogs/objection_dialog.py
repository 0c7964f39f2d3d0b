"""An agent's objection to being sampled (art. 21): record it, or lift it, always with a reason.

While an objection is in force, the agent's calls stay out of every import (counted under
"objection"). The dialog shows the agent's current state and offers the one step that fits.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from supervisor_app.domain.people import Agent
from supervisor_app.domain.requests import RequestKind, SubjectKind
from supervisor_app.services.erasure import MIN_REASON_CHARS, ObjectionRow
from supervisor_app.services.requests import RequestView
from supervisor_app.ui.core.form_dialog import FormDialog
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.dialogs.request_dialogs import text_box
from supervisor_app.ui.player.listen_dialog import reason_length
from supervisor_app.ui.policy.policy_fields import note_label
from supervisor_app.ui.words.time_format import shown_date


class ObjectionDialog(FormDialog):
    """Choose the agent; OK records their objection, or lifts the one in force."""

    def __init__(
        self,
        ops: Ops,
        agents: Sequence[Agent],
        objections: Sequence[ObjectionRow],
        request: RequestView | None = None,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.saved: ObjectionRow | None = None
        self._active = {o.agent_id: o for o in objections if o.active}
        # A selected open objection request of an agent is what a new objection answers.
        self._request = (
            request
            if request is not None
            and request.row.kind is RequestKind.OBJECTION
            and request.row.subject_kind is SubjectKind.AGENT
            and request.row.state.is_open
            else None
        )
        self.setWindowTitle(self.tr("Objection to sampling"))
        self.addActions(list(dialog_actions))
        self.agent_combo = QComboBox()
        for agent in sorted(agents, key=lambda a: a.name.casefold()):
            self.agent_combo.addItem(f"{agent.name} ({', '.join(agent.extensions)})", agent.id)
        wanted = (
            self._request.row.agent_id
            if self._request is not None
            else request.row.agent_id
            if request is not None
            else None
        )
        if wanted is not None and (found := self.agent_combo.findData(wanted)) >= 0:
            self.agent_combo.setCurrentIndex(found)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)  # the reason is typed text
        self.reason_edit = text_box()
        self.reason_edit.textChanged.connect(self._changed)
        self.form.addRow(self.tr("A&gent:"), self.agent_combo)
        self.form.addRow(self.state_label)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.form.addRow(
            note_label(
                self.tr(
                    "While an objection is in force, none of the agent's calls are sampled or "
                    "stored; each import counts them under “objection”. Stored recordings keep "
                    "their retention unless the agent also asks for erasure."
                )
            )
        )
        self.agent_combo.currentIndexChanged.connect(lambda _i: self._agent_changed())
        self._agent_changed()
        self.first_field = self.reason_edit

    @property
    def agent_id(self) -> int | None:
        """The agent chosen."""
        data = self.agent_combo.currentData()
        return int(data) if data is not None else None

    @property
    def lifting(self) -> bool:
        """Whether the chosen agent's objection is in force, so OK lifts it."""
        return self.agent_id in self._active

    def _linked_request(self) -> int | None:
        if self._request is not None and self._request.row.agent_id == self.agent_id:
            return self._request.row.id
        return None

    def _agent_changed(self) -> None:
        active = self._active.get(self.agent_id) if self.agent_id is not None else None
        if active is not None:
            self.state_label.setText(
                self.tr(
                    "An objection is in force since {date}: their calls are not sampled. "
                    "Reason: {reason}"
                ).format(date=shown_date(active.set_at), reason=active.reason)
            )
            self.reason_edit.setPlaceholderText(
                self.tr("Why the objection ends, e.g. the agent withdrew it in writing")
            )
            self.ok_button.setText(self.tr("&Lift objection"))
        else:
            linked = self._linked_request()
            self.state_label.setText(
                self.tr("No objection is in force: their calls may be sampled.")
                + (
                    " " + self.tr("The objection answers request {n}.").format(n=linked)
                    if linked is not None
                    else ""
                )
            )
            self.reason_edit.setPlaceholderText(
                self.tr("Why the agent objects, e.g. objects to sampling in writing")
            )
            self.ok_button.setText(self.tr("&Record objection"))
        self._changed()

    def _changed(self) -> None:
        self.ok_button.setEnabled(
            self.agent_id is not None
            and reason_length(self.reason_edit.toPlainText()) >= MIN_REASON_CHARS
        )

    def submit(self) -> None:
        """Record or lift the objection."""
        agent_id, reason = self.agent_id, self.reason_edit.toPlainText()
        if agent_id is None:
            return
        request_id = self._linked_request()
        self.set_busy(True)
        if self.lifting:
            self._ops.change(
                self,
                lambda s: s.erasure.lift_objection(reason, agent_id=agent_id),
                self._saved,
                changes={Change.REQUESTS},
                failed=self.show_error,
            )
        else:
            self._ops.change(
                self,
                lambda s: s.erasure.set_objection(reason, agent_id=agent_id, request_id=request_id),
                self._saved,
                changes={Change.REQUESTS},
                failed=self.show_error,
            )

    def _saved(self, row: ObjectionRow) -> None:
        self.set_busy(False)
        self.saved = row
        self.accept()

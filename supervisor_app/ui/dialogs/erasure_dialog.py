"""Erase for a request (art. 17, 21): a preview of exactly what goes, a confirmation, the work.

The preview is read on the vault worker when the dialog opens and whenever the target
changes: how many recordings, of which dates and purposes, and which an evidence hold keeps
(a hold wins; the preview says so). Only after the user ticks that they checked it can the
erasure start; it runs on the worker, one recording per transaction, with progress and
Cancel (what was erased stays erased and logged).
"""

from __future__ import annotations

import datetime as dt
import html
import threading
from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.requests import SubjectKind
from supervisor_app.services.erasure import ErasureProgress, ErasureReport, Preview, Target
from supervisor_app.services.registry import Services
from supervisor_app.services.requests import RequestView
from supervisor_app.ui.core.form_dialog import FormDialog
from supervisor_app.ui.core.operations import Change, Ops, debounced
from supervisor_app.ui.core.sizing import grow_to_fit
from supervisor_app.ui.policy.policy_fields import note_label
from supervisor_app.ui.words.error_text import error_text
from supervisor_app.ui.words.notice_labels import OVERDUE_COLOUR
from supervisor_app.ui.words.request_labels import kind_name, subject_text
from supervisor_app.ui.words.time_format import shown_date

# Erasing touches the recordings, the listens' reasons, the notices and the request's story.
ERASURE_CHANGES = frozenset({Change.RECORDINGS, Change.LISTENS, Change.NOTICES, Change.REQUESTS})
_MAX_RECORDING_ID = 2_000_000_000


def _day(moment: dt.datetime) -> str:
    return shown_date(moment)


class ErasureDialog(FormDialog):
    """All of the person's recordings, or one; the preview; "I checked"; Erase.

    Signals:
        progressed(ErasureProgress): emitted on the worker thread, delivered queued.
    """

    progressed = Signal(object)

    def __init__(
        self,
        ops: Ops,
        view: RequestView,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.view = view
        self.preview: Preview | None = None
        self.report: ErasureReport | None = None
        self._cancel = threading.Event()
        self._asked = 0  # the newest preview asked for; older answers are dropped
        row = view.row
        self.setWindowTitle(self.tr("Erase for request {n}").format(n=row.id))
        self.setMinimumWidth(560)
        self.addActions(list(dialog_actions))

        about = QLabel(
            self.tr("{kind} from {who}.").format(kind=kind_name(row.kind), who=subject_text(row))
        )
        about.setWordWrap(True)
        self.all_radio = QRadioButton(
            self.tr("&All recordings of this caller")
            if row.subject_kind is SubjectKind.CALLER
            else self.tr("&All recordings of this agent")
        )
        self.one_radio = QRadioButton(self.tr("&One recording, number:"))
        self.all_radio.setChecked(True)
        which = QButtonGroup(self)
        which.addButton(self.all_radio)
        which.addButton(self.one_radio)
        self.recording_spin = QSpinBox()
        self.recording_spin.setRange(1, _MAX_RECORDING_ID)
        self.recording_spin.setEnabled(False)
        one_row = QHBoxLayout()
        one_row.addWidget(self.one_radio)
        one_row.addWidget(self.recording_spin)
        one_row.addStretch()
        self.preview_label = QLabel(self.tr("Looking up what would be erased…"))
        self.preview_label.setWordWrap(True)
        self.confirm_check = QCheckBox(
            self.tr("I checked the list above: erase these recordings for &good")
        )
        self.confirm_check.toggled.connect(self._update_ok)

        self.form.addRow(about)
        self.form.addRow(self.tr("Erase:"), self.all_radio)
        self.form.addRow("", one_row)
        self.form.addRow(self.preview_label)
        self.form.addRow(
            note_label(
                self.tr(
                    "Each recording's audio is destroyed and its caller's number blanked; "
                    "the text typed about the call (listen reasons, notes) is cleared. A "
                    "record of the deletion stays as proof, and the agent is told with a "
                    "notice."
                )
            )
        )
        self.form.addRow(self.confirm_check)
        self.ok_button.setText(self.tr("&Erase"))
        self.ok_button.setEnabled(False)

        self._reask = debounced(self, self.load_preview)
        which.buttonToggled.connect(lambda _b, _on: self._target_changed())
        self.recording_spin.valueChanged.connect(lambda _v: self._target_changed())
        self.progressed.connect(self._show_progress)
        self.load_preview()
        self.first_field = self.all_radio

    # --- the preview ---------------------------------------------------------------------------

    def target(self) -> Target:
        """What the user chose to erase."""
        if self.one_radio.isChecked():
            return Target(recording_id=self.recording_spin.value())
        row = self.view.row
        if row.subject_kind is SubjectKind.CALLER:
            return Target(number=row.number)
        return Target(agent_id=row.agent_id)

    def _target_changed(self) -> None:
        self.recording_spin.setEnabled(self.one_radio.isChecked())
        self.preview = None
        self.confirm_check.setChecked(False)
        self._update_ok()
        self._reask.start()

    def load_preview(self) -> None:
        """Ask the worker what the chosen target would erase."""
        self._asked += 1
        asked, request_id, target = self._asked, self.view.row.id, self.target()

        def work(s: Services) -> tuple[Preview, dict[str, str]]:
            titles = {p.id: p.display_name for p in s.policy.current().purposes}
            return s.erasure.preview(request_id, target), titles

        def done(found: tuple[Preview, dict[str, str]]) -> None:
            if asked == self._asked:
                self.show_preview(*found)

        def failed(exc: UserFacingError) -> None:
            if asked == self._asked:
                self.preview = None
                self.preview_label.setText(html.escape(error_text(exc)))
                self._update_ok()

        self._ops.query(self, work, done, failed=failed)

    def show_preview(self, preview: Preview, titles: dict[str, str]) -> None:
        """Say exactly what goes, and what a hold keeps."""
        self.preview = preview
        parts: list[str] = []
        n = len(preview.to_erase)
        if n:
            first, last = preview.first_call, preview.last_call
            assert first is not None and last is not None
            parts.append(
                "<b>"
                + (
                    self.tr("1 recording will be erased: the call of {first}.").format(
                        first=_day(first)
                    )
                    if n == 1
                    else self.tr(
                        "{n} recordings will be erased: calls from {first} to {last}."
                    ).format(n=n, first=_day(first), last=_day(last))
                )
                + "</b>"
            )
            kept = ", ".join(
                f"{html.escape(titles.get(p, p))} ({count})"
                for p, count in sorted(preview.purpose_counts().items())
            )
            parts.append(self.tr("Kept for: {purposes}.").format(purposes=kept))
        else:
            parts.append(
                "<b>" + self.tr("No recording holds audio that this erasure could remove.") + "</b>"
            )
        for candidate in preview.blocked:
            holds = "; ".join(
                self.tr("case {case} ({purpose})").format(
                    case=html.escape(h.case_reference),
                    purpose=html.escape(titles.get(h.purpose_id, h.purpose_id)),
                )
                for h in candidate.holds
            )
            parts.append(
                f'<span style="color: {OVERDUE_COLOUR};">'
                + self.tr(
                    "Recording {id} (call of {date}) is kept as evidence: {holds}. A hold wins: "
                    "it is not erased. Release the hold first if the case allows, then erase "
                    "again."
                ).format(id=candidate.recording_id, date=_day(candidate.started_at), holds=holds)
                + "</span>"
            )
        if preview.already_gone:
            parts.append(
                self.tr("{n} earlier recordings of this agent hold no audio any more.").format(
                    n=preview.already_gone
                )
            )
        self.preview_label.setText("<br><br>".join(parts))
        if preview.to_erase and self.all_radio.isChecked():
            # "One recording" starts at one of the person's own recordings.
            self.recording_spin.blockSignals(True)
            self.recording_spin.setValue(preview.to_erase[0].recording_id)
            self.recording_spin.blockSignals(False)
        self.confirm_check.setEnabled(bool(n))
        self.ok_button.setText(
            self.tr("&Erase 1 recording")
            if n == 1
            else self.tr("&Erase {n} recordings").format(n=n)
        )
        self._update_ok()
        # Once the form has taken in the longer text (its layout updates on the next turn of
        # the event loop), the dialog grows to show all of it.
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def _update_ok(self) -> None:
        ready = self.preview is not None and bool(self.preview.to_erase)
        self.ok_button.setEnabled(ready and self.confirm_check.isChecked())

    # --- erasing -------------------------------------------------------------------------------

    def submit(self) -> None:
        """Erase what the preview showed (holds still win, asked again per recording)."""
        if self.preview is None or not self.confirm_check.isChecked():
            return
        request_id, target = self.view.row.id, self.target()
        self._cancel = cancel = threading.Event()
        progress = self.progressed.emit
        self.set_busy(True)
        self.buttons.setEnabled(True)  # Cancel stops between recordings (see reject)
        self.ok_button.setEnabled(False)
        self._ops.change(
            self,
            lambda s: s.erasure.erase(
                request_id, target, confirm=True, progress=progress, cancel=cancel.is_set
            ),
            self._erased,
            changes=ERASURE_CHANGES,
            failed=self._failed,
            cancel=cancel,
        )

    def _show_progress(self, progress: ErasureProgress) -> None:
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)

    def reject(self) -> None:
        """While erasing, Cancel stops after the current recording; else it closes."""
        if self.progress.isVisible():
            self._cancel.set()
            self.buttons.setEnabled(False)
            return
        super().reject()

    def _failed(self, exc: UserFacingError) -> None:
        self.progress.setRange(0, 0)
        self.show_error(exc)
        # Some recordings may be gone by now: show what is left before another try.
        self.preview = None
        self.confirm_check.setChecked(False)
        self._update_ok()
        self.load_preview()

    def _erased(self, report: ErasureReport) -> None:
        self.set_busy(False)
        self.report = report
        self.accept()

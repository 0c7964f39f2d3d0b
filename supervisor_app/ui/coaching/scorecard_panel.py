"""The scorecard beside the player: criteria from the agent's protocol, notes, sharing.

Shown only for a purpose the policy marks as coaching. The criteria are those of the
protocol version the agent had received by the day of the call (the service picks it), in
the agent's language, as the agent received them;
the first outcome, comment or note stores the scorecard as the listener's draft. Every read
and change runs on the vault worker through ``ops``; the panel shows what comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.coaching import Note, Outcome, Scorecard
from supervisor_app.domain.errors import UserFacingError
from supervisor_app.services.registry import Services
from supervisor_app.ui.coaching.note_dialog import NoteDialog
from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.core.operations import Change, Ops
from supervisor_app.ui.policy.policy_fields import NOTE_STYLE
from supervisor_app.ui.words.error_text import error_text
from supervisor_app.ui.words.listen_labels import clock

# The choices of each criterion, in the order of the list; None: not judged yet.
OUTCOMES: Final = (None, Outcome.MET, Outcome.PARTLY, Outcome.NOT_MET, Outcome.NOT_APPLICABLE)


def outcome_name(outcome: Outcome | None) -> str:
    """An outcome as the screen says it."""
    names = {
        None: QCoreApplication.translate("ScorecardPanel", "Not judged yet"),
        Outcome.MET: QCoreApplication.translate("ScorecardPanel", "Met"),
        Outcome.PARTLY: QCoreApplication.translate("ScorecardPanel", "Partly met"),
        Outcome.NOT_MET: QCoreApplication.translate("ScorecardPanel", "Not met"),
        Outcome.NOT_APPLICABLE: QCoreApplication.translate("ScorecardPanel", "Not applicable"),
    }
    return names[outcome]


class _CriterionRow:
    """The widgets of one criterion: its text, the outcome and a comment."""

    def __init__(self, number: int, text: str) -> None:
        self.label = QLabel(f"{number}. {text}")
        self.label.setWordWrap(True)
        self.outcome = QComboBox()
        # The choice is read back by its index (Qt would turn an enum in the data into text).
        for outcome in OUTCOMES:
            self.outcome.addItem(outcome_name(outcome))
        self.outcome.setAccessibleName(
            QCoreApplication.translate("ScorecardPanel", "Outcome of criterion {n}").format(
                n=number
            )
        )
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(
            QCoreApplication.translate("ScorecardPanel", "Comment (optional)")
        )
        self.comment.setAccessibleName(
            QCoreApplication.translate("ScorecardPanel", "Comment on criterion {n}").format(
                n=number
            )
        )


class ScorecardPanel(QWidget):
    """The listener's scorecard of one listen, and its notes.

    Signals:
        seek_requested(int): jump the player to this millisecond of the call (a note).
        notes_changed(object): the notes' moments in milliseconds (for the waveform).
    """

    seek_requested = Signal(int)
    notes_changed = Signal(object)

    def __init__(
        self,
        ops: Ops,
        listen_session_id: int,
        length_ms: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._listen_id = listen_session_id
        self._length_ms = length_ms
        self.card: Scorecard | None = None
        self.rows: list[_CriterionRow] = []
        self.note_dialog: NoteDialog | None = None
        self._build()
        self.reload()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel("<b>" + self.tr("Scorecard") + "</b>")
        self.status_label = QLabel(self.tr("Loading the scorecard…"))
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(NOTE_STYLE)
        self.error_label = error_label()

        self._criteria = QWidget()
        self._grid = QGridLayout(self._criteria)
        self._grid.setContentsMargins(0, 0, 4, 0)
        self._grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._criteria)

        notes_heading = QLabel("<b>" + self.tr("Notes") + "</b>")
        self.notes_list = QListWidget()
        self.notes_list.setAccessibleName(self.tr("Notes at moments of the call"))
        self.notes_list.setMaximumHeight(130)
        self.notes_list.itemActivated.connect(self._jump)
        self.notes_list.itemClicked.connect(self._jump)
        notes_heading.setBuddy(self.notes_list)
        self.add_note_button = QPushButton(self.tr("Add &note (N)"))
        self.add_note_button.setToolTip(
            self.tr("A note at the playhead; or double-click the waveform where it happens")
        )
        self.delete_note_button = QPushButton(self.tr("&Delete note"))
        self.delete_note_button.clicked.connect(self._delete_note)
        self.share_button = QPushButton(self.tr("&Share with the team lead…"))
        self.share_button.setToolTip(
            self.tr("The team lead sees the scorecard and its notes; it can no longer change")
        )
        self.share_button.clicked.connect(self.ask_share)
        for button in (self.add_note_button, self.delete_note_button, self.share_button):
            button.setAutoDefault(False)

        note_buttons = QHBoxLayout()
        note_buttons.addWidget(self.add_note_button)
        note_buttons.addWidget(self.delete_note_button)
        note_buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(notes_heading)
        layout.addWidget(self.notes_list)
        layout.addLayout(note_buttons)
        layout.addWidget(self.share_button)
        self._set_editable(False)

    def _build_rows(self, card: Scorecard) -> None:
        # The expectations as the agent received them: in the agent's language.
        language = card.agent_language
        header_style = "font-weight: 600;"
        for column, text in enumerate((self.tr("What the protocol expects"), self.tr("Outcome"))):
            label = QLabel(text)
            label.setStyleSheet(header_style)
            self._grid.addWidget(label, 0, column)
        for n, criterion in enumerate(card.criteria):
            row = _CriterionRow(
                criterion.position, criterion.text.get(language) or criterion.text.first()
            )
            position = criterion.position
            row.outcome.activated.connect(
                lambda index, p=position: self._outcome_chosen(p, OUTCOMES[index])
            )
            row.comment.editingFinished.connect(
                lambda p=position, edit=row.comment: self._comment_written(p, edit)
            )
            row.label.setBuddy(row.outcome)
            self._grid.addWidget(row.label, 1 + 2 * n, 0)
            self._grid.addWidget(row.outcome, 1 + 2 * n, 1)
            self._grid.addWidget(row.comment, 2 + 2 * n, 0, 1, 2)
            self.rows.append(row)
        self._grid.setRowStretch(1 + 2 * len(card.criteria), 1)

    # --- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask the worker for the scorecard of this listen (the user's own, or a fresh one)."""
        listen_id = self._listen_id
        self._ops.query(
            self, lambda s: s.coaching.for_listen(listen_id), self.show_card, failed=self._failed
        )

    def show_card(self, card: Scorecard) -> None:
        """Show a scorecard as the worker returned it."""
        self.card = card
        self.error_label.hide()
        if not self.rows:
            self._build_rows(card)
        for row, criterion in zip(self.rows, card.criteria, strict=True):
            row.outcome.setCurrentIndex(OUTCOMES.index(criterion.outcome))
            if not row.comment.hasFocus() or not card.editable:
                row.comment.setText(criterion.comment)
        self._show_notes(card.notes)
        self.heading.setText(
            "<b>"
            + self.tr("Scorecard · protocol version {n}").format(n=card.protocol_version)
            + "</b>"
        )
        if card.is_shared:
            status = self.tr("Shared with the team lead; it can no longer change.")
        elif card.id is None:
            status = self.tr(
                "Judge each expectation of the protocol the agent had received by the day of "
                "the call. Nothing is stored until you choose an outcome or add a note."
            )
        else:
            judged = sum(1 for c in card.criteria if c.outcome is not None)
            status = self.tr(
                "Your draft: {judged} of {total} judged. Only you see it until you share it."
            ).format(judged=judged, total=len(card.criteria))
        self.status_label.setText(status)
        self._set_editable(card.editable)

    def _show_notes(self, notes: tuple[Note, ...]) -> None:
        self.notes_list.clear()
        for note in notes:
            item = QListWidgetItem(f"{clock(note.at_ms / 1000)}  {note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, note.at_ms)
            item.setToolTip(
                self.tr("Click to jump to {moment}").format(moment=clock(note.at_ms / 1000))
            )
            self.notes_list.addItem(item)
        self.delete_note_button.setEnabled(
            bool(notes) and self.card is not None and self.card.editable
        )
        self.notes_changed.emit([note.at_ms for note in notes])

    def _set_editable(self, editable: bool) -> None:
        for row in self.rows:
            row.outcome.setEnabled(editable)
            row.comment.setReadOnly(not editable)
        self.add_note_button.setEnabled(editable)
        self.delete_note_button.setEnabled(editable and self.notes_list.count() > 0)
        # Sharing needs every criterion judged ("not applicable" is a judgement).
        card = self.card
        complete = card is not None and all(c.outcome is not None for c in card.criteria)
        self.share_button.setEnabled(
            editable and complete and card is not None and card.id is not None
        )

    def _failed(self, exc: UserFacingError) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        if self.card is None:
            self.status_label.hide()  # nothing to score: the sentence says why
        self._set_editable(self.card is not None and self.card.editable)

    # --- changing ----------------------------------------------------------------------------

    def _change(self, op: Callable[[Services, int], object]) -> None:
        """Run op on the user's draft (stored first if it is not yet), then show the card."""
        listen_id = self._listen_id

        def run(s: Services) -> Scorecard:
            card = s.coaching.start(listen_id)
            assert card.id is not None
            op(s, card.id)
            return s.coaching.scorecard(card.id)

        self._ops.change(
            self, run, self.show_card, changes={Change.COACHING}, failed=self._change_failed
        )

    def _change_failed(self, exc: UserFacingError) -> None:
        self._failed(exc)
        listen_id = self._listen_id

        def stored(card: Scorecard) -> None:
            # Show what is stored, not what was tried, and keep saying why it was refused.
            self.show_card(card)
            self._failed(exc)

        self._ops.query(
            self, lambda s: s.coaching.for_listen(listen_id), stored, failed=self._failed
        )

    def _outcome_chosen(self, position: int, outcome: Outcome | None) -> None:
        self._change(lambda s, card: s.coaching.set_outcome(card, position, outcome))

    def _comment_written(self, position: int, edit: QLineEdit) -> None:
        if self.card is None or not self.card.editable:
            return
        text = edit.text()
        stored = next(c.comment for c in self.card.criteria if c.position == position)
        if " ".join(text.split()) == stored:
            return
        self._change(lambda s, card: s.coaching.set_comment(card, position, text))

    def add_note_at(self, at_ms: int) -> NoteDialog | None:
        """Ask for a note at a moment of the call; stored when the dialog is accepted."""
        if self.card is None or not self.card.editable or self.note_dialog is not None:
            return None
        moment = min(max(int(at_ms), 0), self._length_ms)
        dialog = NoteDialog(moment, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(result: int) -> None:
            self.note_dialog = None
            if result == NoteDialog.DialogCode.Accepted:
                text = dialog.text
                self._change(lambda s, card: s.coaching.add_note(card, moment, text))

        dialog.finished.connect(answered)
        self.note_dialog = dialog
        dialog.open()
        return dialog

    def _delete_note(self) -> None:
        item = self.notes_list.currentItem()
        if item is None:
            return
        note_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._change(lambda s, _card: s.coaching.delete_note(note_id))

    def _jump(self, item: QListWidgetItem) -> None:
        self.seek_requested.emit(int(item.data(Qt.ItemDataRole.UserRole + 1)))

    def ask_share(self) -> QMessageBox | None:
        """Ask before sharing: after that the scorecard is fixed and the team lead sees it."""
        card = self.card
        if card is None or card.id is None or not card.editable:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Share the scorecard"),
            self.tr("Share this scorecard and its notes with the agent's team lead?"),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "After sharing you can no longer change it. The team lead can send it to the "
                "agent in a feedback sheet."
            )
        )
        share = box.addButton(self.tr("&Share"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.clickedButton() is share:
                self._change(lambda s, card_id: s.coaching.share(card_id))

        box.finished.connect(answered)
        box.open()
        return box

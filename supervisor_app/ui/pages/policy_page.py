"""The Policy page: administrators edit the recording policy, everybody else reads it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.policy import Policy
from supervisor_app.domain.policy_check import MissingItem, review
from supervisor_app.services.files import FileWriteError, write_text
from supervisor_app.services.policy import (
    PolicyFile,
    PolicyFileEmpty,
    PolicyFileRefused,
    PolicyStatus,
    PolicyVersionInfo,
)
from supervisor_app.services.retention import PolicyEffect
from supervisor_app.ui.core.messages import ERROR_STYLE, show_error
from supervisor_app.ui.core.operations import Change, Ops, follow_changes
from supervisor_app.ui.core.tables import table_view
from supervisor_app.ui.policy.checklist_panel import ChecklistPanel
from supervisor_app.ui.policy.policy_editor import PolicyEditor
from supervisor_app.ui.policy.policy_fields import NOTE_STYLE, note_label
from supervisor_app.ui.policy.policy_history import HistoryModel, VersionDialog
from supervisor_app.ui.session.passphrase_fields import OK_STYLE
from supervisor_app.ui.words.error_text import UiError, error_text
from supervisor_app.ui.words.missing_text import missing_text, problem_text
from supervisor_app.ui.words.time_format import local_time

_TOML_FILTER = "TOML (*.toml)"


class PolicyPage(QWidget):
    """Editor, live completeness checklist and version history of the recording policy.

    Signals:
        documents_requested(): the user chose a missing document in the checklist.
        saved(int): a new policy version was stored (its number).
    """

    documents_requested = Signal()
    saved = Signal(int)

    def __init__(
        self,
        ops: Ops,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._dialog_actions = list(dialog_actions)
        self.confirm_box: QMessageBox | None = None
        self.version_dialog: VersionDialog | None = None
        self._status: PolicyStatus | None = None
        self._baseline = Policy.empty()
        self._showing = False  # set while the fields are filled from a stored version
        self.missing: list[MissingItem] = []
        self.warnings: list[MissingItem] = []

        title = self.tr("Recording policy")  # outside the f-string, where lupdate finds it
        heading = QLabel(f"<h2>{title}</h2>")
        self.version_label = QLabel()
        self.version_label.setStyleSheet(NOTE_STYLE)
        self.read_only_note = note_label(
            self.tr("Only administrators can change the policy; you can read every part of it.")
        )
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        # Not connect(self.save): clicked passes its checked flag, which save would take
        # for its then() callback.
        self.save_button.clicked.connect(lambda: self.save())
        # Enter makes a new line in the policy's text boxes; Ctrl+Enter saves, as it
        # confirms a dialog whose text box takes Enter.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(
                QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            shortcut.activated.connect(self._save_by_key)
        self.discard_button = QPushButton(self.tr("&Discard changes"))
        self.discard_button.clicked.connect(self.discard)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import TOML…"))
        self.import_button.clicked.connect(self.import_toml)
        self.export_button = QPushButton(self.tr("E&xport TOML…"))
        self.export_button.clicked.connect(self.export_toml)
        toolbar = QHBoxLayout()
        for button in (self.save_button, self.discard_button):
            toolbar.addWidget(button)
        toolbar.addWidget(self.state_label, 1)
        toolbar.addWidget(self.import_button)
        toolbar.addWidget(self.export_button)

        self.editor = PolicyEditor()
        self.editor.changed.connect(self.refresh)
        self.history_model = HistoryModel()
        self.history_view = table_view(self.history_model)
        self.history_view.doubleClicked.connect(self._history_double_clicked)
        self.view_button = QPushButton(self.tr("&View version…"))
        self.view_button.clicked.connect(self.view_selected_version)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(
            note_label(self.tr("Every save makes a new version; old versions stay readable."))
        )
        history_layout.addWidget(self.history_view, 1)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.view_button)
        history_buttons.addStretch()
        history_layout.addLayout(history_buttons)
        self.history_tab = history
        self.editor.add_page(history, self.tr("History"))

        self.checklist = ChecklistPanel()
        self.checklist.item_activated.connect(self.focus_item)
        self.checklist.setMinimumWidth(170)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.checklist)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([780, 170])

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(self.version_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.read_only_note)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)

        admin = self.is_admin
        for button in (self.save_button, self.discard_button, self.import_button):
            button.setVisible(admin)
        self.read_only_note.setVisible(not admin)
        if not admin:
            self.editor.set_read_only()
        # Publishing completes a saved version; another window may save one too.
        follow_changes(ops, self, {Change.POLICY, Change.DOCUMENTS}, self.reload_if_clean)
        self.reload()

    @property
    def is_admin(self) -> bool:
        """Whether the signed-in user may change the policy."""
        return self.ops.services.session.user.is_administrator

    @property
    def is_dirty(self) -> bool:
        """Whether the fields differ from the saved version.

        Before the saved version is first shown the fields hold nothing of the user's: a lock
        asked for right after unlocking must not offer to save them.
        """
        if self._status is None:
            return False
        return bool(self.editor.parse_errors()) or self.editor.draft() != self._baseline

    # --- reading and refreshing ------------------------------------------------------------

    def reload(self) -> None:
        """Show the newest saved version and its history; unsaved edits are dropped."""
        self.ops.query(self, lambda s: (s.policy.status(), s.policy.history()), self._show)

    def _show(self, found: tuple[PolicyStatus, list[PolicyVersionInfo]]) -> None:
        self._status, history = found
        policy = self._status.policy
        self._show_policy(policy)
        self.history_model.set_versions(history)
        self.view_button.setEnabled(self.history_model.rowCount() > 0)
        if policy.version:
            info = self.history_model.row_at(0) if self.history_model.rowCount() else None
            self.version_label.setText(
                self.tr("Version {n}, saved {when} by {who}").format(
                    n=policy.version,
                    when=local_time(info.created_at) if info else "",
                    who=info.created_by if info else "",
                )
            )
        else:
            self.version_label.setText(self.tr("No version saved yet"))
        self.refresh()

    def _show_policy(self, policy: Policy) -> None:
        """Fill the fields with a stored version, which becomes the unchanged state."""
        # Filling the fields one by one emits changed with the old baseline: no refresh
        # meanwhile, or it would call the half-filled fields unsaved and drop the state line.
        self._showing = True
        try:
            self.editor.set_policy(policy)
        finally:
            self._showing = False
        self._baseline = self.editor.draft()

    def reload_if_clean(self) -> None:
        """Read the policy again unless the user is in the middle of a change."""
        if not self.is_dirty:
            self.reload()

    def refresh(self) -> None:
        """Recompute the checklist and the hints from the fields as they are now."""
        if self._showing:
            return
        draft = self.editor.draft()
        errors = self.editor.parse_errors()
        dirty = bool(errors) or draft != self._baseline
        # Documents are published for a saved version; a changed draft will need them anew.
        published = self._status.published if self._status and not dirty else frozenset()
        # The same languages (the agents') and day as the saved policy's status.
        found = self._status.check(draft, published) if self._status else review(draft, published)
        self.missing = [item for item in found if not item.warning]
        self.warnings = [item for item in found if item.warning]
        self.checklist.show_items(self.missing, draft, self.warnings)
        touched = self.editor.touched_keys(draft)
        hints: dict[str, str] = {}
        for item in found:
            if item.key in touched and item.key not in hints:
                hints[item.key] = missing_text(item, draft)
        hints.update(errors)
        self.editor.show_hints(hints, draft)
        self.editor.mark_section_counts([item.key for item in self.missing] + list(errors))
        self.save_button.setEnabled(dirty and not errors)
        self.discard_button.setEnabled(dirty)
        self.import_button.setEnabled(not dirty)
        self.import_button.setToolTip(
            self.tr("Save or discard your changes first.") if dirty else ""
        )
        if errors:
            self._state(self.tr("Correct the fields marked in red before saving."), ERROR_STYLE)
        elif dirty:
            self._state(self.tr("Unsaved changes."), "")
        elif self.state_label.styleSheet() != OK_STYLE:
            self._state("", "")

    def _state(self, text: str, style: str) -> None:
        self.state_label.setStyleSheet(style)
        self.state_label.setText(text)

    # --- actions ---------------------------------------------------------------------------

    def focus_item(self, key: str) -> None:
        """Open the field for a missing item's key (documents go to the Documents page)."""
        if key.startswith("documents."):
            self.documents_requested.emit()
            return
        self.editor.focus_key(key)

    def save(self, then: Callable[[], object] | None = None) -> None:
        """Store the fields as a new policy version, on the vault worker; then then().

        A version that shortens the retention of stored recordings is stored only after the
        user confirms how many it affects; ``confirm_box`` asks, and saving follows a Yes.
        then() runs only once the version is stored (not after Cancel or an error).
        """
        if self.editor.parse_errors():
            self.refresh()
            return
        draft = self.editor.draft()
        self._store_after_asking(
            draft, lambda saved: self._saved(saved, self.tr("Saved as version {n}."), then)
        )

    def _store_after_asking(
        self,
        draft: Policy,
        done: Callable[[Policy], None],
        found: PolicyFile | None = None,
    ) -> None:
        """Ask first if draft shortens retention, then store it (as imported, given found)."""

        def store() -> None:
            self.ops.change(
                self,
                lambda s: s.policy.save(draft) if found is None else s.policy.import_policy(found),
                done,
                # A shorter retention moves stored recordings' deadlines at once.
                changes={Change.POLICY, Change.RECORDINGS},
                failed=self._store_failed,
            )

        self.ops.query(
            self,
            lambda s: s.policy.effect_of(draft),
            lambda effect: self._ask_before_shortening(effect, store),
        )

    def _saved(self, saved: Policy, sentence: str, then: Callable[[], object] | None) -> None:
        # The stored version is the unchanged state at once (then() may leave the page);
        # the reload brings its history. A new version has no published documents yet.
        self._status = (
            self._status.after_saving(saved)
            if self._status is not None
            else PolicyStatus(saved, frozenset(), ()).after_saving(saved)
        )
        self._show_policy(saved)
        self._state(sentence.format(n=saved.version), OK_STYLE)
        self.refresh()
        self.reload()
        self.saved.emit(saved.version)
        if then is not None:
            then()

    def _save_by_key(self) -> None:
        if self.save_button.isVisible() and self.save_button.isEnabled():
            self.save()

    def _ask_before_shortening(self, effect: PolicyEffect, then: Callable[[], object]) -> None:
        """Ask first when the version would delete stored recordings sooner, else go on."""
        if not effect.changes_anything:
            then()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Shorter retention"),
            self.tr(
                "This version shortens the retention of {n} stored recordings. {due} of them are "
                "then past their retention and are deleted at the next purge, which runs after "
                "the next unlock. This cannot be undone."
            ).format(n=effect.shortened, due=effect.purged_now),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("&Shorten retention"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.addActions(self._dialog_actions)

        def answered(result: int) -> None:
            self.confirm_box = None
            if result == QMessageBox.StandardButton.Save:
                then()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def discard(self) -> None:
        """Drop unsaved changes and show the saved version again.

        The fields go back to the version last read at once, so the page is clean the moment
        this returns (the window may close or lock right after); then it reads the vault again
        in case another window saved a newer version meanwhile.
        """
        if self._status is not None:
            self._show_policy(self._status.policy)
            self.refresh()
        self.reload()

    def import_toml(self) -> None:
        """Ask for a TOML file and store it as a new version; a broken file changes nothing."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import policy"), str(Path.home()), _TOML_FILTER
        )
        if not name:
            return
        self.import_path(Path(name))

    def import_path(self, path: Path) -> None:
        """Store the TOML file at path as a new version (asking first if it shortens retention)."""
        self.ops.query(
            self,
            lambda s: s.policy.read_policy_file(path),
            lambda found: self._store_after_asking(
                found.policy,
                lambda saved: self._saved(saved, self.tr("Imported as version {n}."), None),
                found,
            ),
            failed=self._import_failed,
        )

    def _import_failed(self, exc: UserFacingError) -> None:
        """Say in the interface language why a policy file was not imported."""
        if isinstance(exc, PolicyFileEmpty):
            text = self.tr(
                "The policy file {file} is empty, so it was not imported; export the current "
                "policy with “Export TOML”, edit that file and import it."
            ).format(file=exc.file)
        elif isinstance(exc, PolicyFileRefused):
            if len(exc.problems) == 1:
                heading = self.tr(
                    "The policy file {file} was not imported because it has a problem; "
                    "fix it and import the file again:"
                )
            else:
                heading = self.tr(
                    "The policy file {file} was not imported because it has {n} problems; "
                    "fix them and import the file again:"
                )
            lines = [heading.format(file=exc.file, n=len(exc.problems))]
            lines += [problem_text(problem) for problem in exc.problems]
            text = "\n".join(lines)
        else:
            text = error_text(exc)
        show_error(self, UiError(text))

    def _store_failed(self, exc: UserFacingError) -> None:
        """A file refused when stored (another version came meanwhile), in the user's language."""
        show_error(self, exc)

    def export_toml(self) -> None:
        """Write the saved policy to a TOML file, keeping the comments of a file replaced."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export policy"), str(Path.home() / "policy.toml"), _TOML_FILTER
        )
        if not name:
            return
        path = Path(name)
        try:
            existing = path.read_text(encoding="utf-8") if path.is_file() else None
        except (OSError, UnicodeDecodeError):
            existing = None  # an unreadable old file is simply replaced
        self.ops.query(
            self, lambda s: s.policy.export_text(existing), lambda text: self._export(path, text)
        )

    def _export(self, path: Path, text: str) -> None:
        try:
            write_text(path, text)
        except FileWriteError as exc:
            show_error(self, exc)
            return
        version = self._status.policy.version if self._status else 0
        self._state(
            self.tr("Version {n} exported to {file}.").format(n=version, file=path.name),
            OK_STYLE,
        )

    def view_selected_version(self) -> None:
        """Open the selected history row (else the newest) read-only."""
        if self.history_model.rowCount() == 0:
            return
        rows = self.history_view.selectionModel().selectedRows()
        info = self.history_model.row_at(rows[0].row() if rows else 0)
        self.ops.query(
            self, lambda s: s.policy.version(info.version), lambda old: self._open(old, info)
        )

    def _open(self, policy: Policy, info: PolicyVersionInfo) -> None:
        dialog = VersionDialog(policy, info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.addActions(self._dialog_actions)
        self.version_dialog = dialog
        dialog.open()

    def _history_double_clicked(self, _index: QModelIndex) -> None:
        self.view_selected_version()

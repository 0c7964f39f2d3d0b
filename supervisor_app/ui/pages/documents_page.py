"""The Documents page: preview, publish and export the documents; protocol receipts per agent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.documents import ALL_KINDS, REGISTER_ENTRY
from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.people import Agent
from supervisor_app.domain.phrasebook import Phrasebook
from supervisor_app.domain.policy import DocumentKind
from supervisor_app.printing import documents_pdf
from supervisor_app.services.documents import (
    LANGUAGES,
    ProtocolStatus,
    PublishedDocument,
    load_templates,
)
from supervisor_app.services.policy import PolicyStatus
from supervisor_app.services.registry import Services
from supervisor_app.ui.core.messages import show_error
from supervisor_app.ui.core.operations import Change, Ops, follow_changes
from supervisor_app.ui.core.tables import table_view
from supervisor_app.ui.dialogs.acknowledge_dialog import AcknowledgeDialog
from supervisor_app.ui.models.documents_models import (
    SHA_PREFIX,
    ReceiptsModel,
    VersionRow,
    VersionsModel,
)
from supervisor_app.ui.policy.policy_fields import NOTE_STYLE, note_label
from supervisor_app.ui.session.passphrase_fields import OK_STYLE
from supervisor_app.ui.words.error_text import error_text
from supervisor_app.ui.words.missing_text import missing_text
from supervisor_app.ui.words.policy_labels import document_name


@dataclass(frozen=True, slots=True)
class _State:
    """What the page shows, read on the vault worker in one go."""

    status: PolicyStatus
    published: list[VersionRow]
    protocol: ProtocolStatus
    acknowledged_agents: list[Agent]


@dataclass(frozen=True, slots=True)
class _Shown:
    """The document in the preview, as it would be exported."""

    title: str
    html: str
    footer: str
    file_stem: str


class DocumentsPage(QWidget):
    """Two tabs: the documents (preview, versions, publish, export) and acknowledgements."""

    def __init__(
        self,
        ops: Ops,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._state: _State | None = None
        self._protocol_version: int | None = None
        self._dialog_actions = list(dialog_actions)
        self._shown: _Shown | None = None

        title = self.tr("Documents")  # outside the f-string, where lupdate finds it
        heading = QLabel(f"<h2>{title}</h2>")
        self.tabs = QTabWidget()
        # No mnemonics on the tabs: the buttons below need D and A.
        self.tabs.addTab(self._documents_tab(), self.tr("Documents"))
        self.tabs.addTab(self._receipts_tab(), self.tr("Acknowledgements"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.publish_button.setVisible(self.is_admin)
        self.record_button.setVisible(self.is_admin)
        follow_changes(ops, self, {Change.POLICY, Change.DOCUMENTS, Change.PEOPLE}, self.refresh)
        self.refresh()

    @property
    def is_admin(self) -> bool:
        """Whether the signed-in user may publish and record receipts."""
        return self.ops.services.session.user.is_administrator

    # --- building ------------------------------------------------------------------------

    def _documents_tab(self) -> QWidget:
        self.kind_combo = QComboBox()
        for kind in ALL_KINDS:
            self.kind_combo.addItem(document_name(str(kind)), str(kind))
        self.language_combo = QComboBox()
        # Language names in their own language: they name the document's language.
        self.language_combo.addItem("Nederlands", LANGUAGES[0])
        self.language_combo.addItem("English", LANGUAGES[1])
        self.publish_button = QPushButton(self.tr("&Publish…"))
        self.publish_button.clicked.connect(self.publish)
        self.pdf_button = QPushButton(self.tr("Export P&DF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.html_button = QPushButton(self.tr("Export &HTML…"))
        self.html_button.clicked.connect(lambda: self.export("html"))
        choose = QHBoxLayout()
        choose.addWidget(self._label(self.tr("Doc&ument:"), self.kind_combo))
        choose.addWidget(self.kind_combo)
        choose.addSpacing(8)
        choose.addWidget(self._label(self.tr("&Language:"), self.language_combo))
        choose.addWidget(self.language_combo)
        choose.addStretch()
        choose.addWidget(self.publish_button)
        choose.addWidget(self.pdf_button)
        choose.addWidget(self.html_button)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet(OK_STYLE)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.versions_model = VersionsModel()
        self.versions_view = table_view(self.versions_model)
        self.versions_view.selectionModel().selectionChanged.connect(self._show_selected)
        versions = QWidget()
        versions_column = QVBoxLayout(versions)
        versions_column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Versions (choose one to see it):"))
        caption.setStyleSheet(NOTE_STYLE)
        versions_column.addWidget(caption)
        versions_column.addWidget(self.versions_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview)
        splitter.addWidget(versions)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([400, 150])
        self.kind_combo.currentIndexChanged.connect(self._choice_changed)
        self.language_combo.currentIndexChanged.connect(self._choice_changed)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(choose)
        layout.addWidget(self.status_label)
        layout.addWidget(self.result_label)
        layout.addWidget(splitter, 1)
        return tab

    def _receipts_tab(self) -> QWidget:
        self.protocol_label = QLabel()
        self.protocol_label.setWordWrap(True)
        self.only_missing_check = QCheckBox(self.tr("Only agents who have &not received it"))
        self.only_missing_check.toggled.connect(self._fill_receipts)
        self.receipts_model = ReceiptsModel()
        self.receipts_view = table_view(self.receipts_model)
        self.receipts_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.receipts_view.selectionModel().selectionChanged.connect(self._update_record)
        self.record_button = QPushButton(self.tr("&Record receipt…"))
        self.record_button.clicked.connect(self.record_receipt)
        note = note_label(
            self.tr(
                "Calls of an agent are sampled only once the agent has received the current "
                "protocol. Select several agents to record them at once."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.protocol_label)
        layout.addWidget(note)
        layout.addWidget(self.only_missing_check)
        layout.addWidget(self.receipts_view, 1)
        layout.addLayout(buttons)
        return tab

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- showing -------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        """The chosen document kind."""
        return str(self.kind_combo.currentData())

    @property
    def language(self) -> str:
        """The chosen language (nl or en)."""
        return str(self.language_combo.currentData())

    def showEvent(self, event: QShowEvent) -> None:
        """Read again whenever the page comes into view: the policy may have changed."""
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the versions, the preview and the receipts again (on the vault worker)."""
        kind, language = self.kind, self.language
        self.ops.query(self, lambda s: _read_state(s, kind, language), self._show_state)

    def _show_state(self, state: _State) -> None:
        self._state = state
        self._fill_versions(state)
        self._fill_receipts()

    def _choice_changed(self) -> None:
        self.result_label.hide()  # it was about the document shown before
        self.refresh()

    def show_acknowledgements(self) -> None:
        """Bring the Acknowledgements tab to the front, showing who still lacks the protocol."""
        self.tabs.setCurrentIndex(1)
        self.only_missing_check.setChecked(True)

    def _fill_versions(self, state: _State) -> None:
        published = state.published
        current = state.status.policy.version
        draft = VersionRow(None, current)
        self.versions_model.set_versions([draft, *published])
        self._select_version_row(1 if published and published[0].policy_version == current else 0)
        self._describe_status(state.status, published)

    def _select_version_row(self, row: int) -> None:
        self.versions_view.selectionModel().select(
            self.versions_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _describe_status(self, status: PolicyStatus, published: list[VersionRow]) -> None:
        policy_version = status.policy.version
        if self.kind == REGISTER_ENTRY:
            text = self.tr(
                "The register entry is not published: export it for the register of "
                "processing activities whenever it is needed."
            )
        elif policy_version == 0:
            text = self.tr("There is no saved policy yet; the preview shows an empty draft.")
        elif published and published[0].policy_version == policy_version:
            text = self.tr("Version {v} is published for the current policy (version {p}).").format(
                v=published[0].doc_version, p=policy_version
            )
        else:
            text = self.tr(
                "Not yet published for the current policy (version {p}). Agents and staff "
                "need the published version."
            ).format(p=policy_version)
        self.status_label.setText(text)
        self._update_publish(status)

    def _update_publish(self, status: PolicyStatus) -> None:
        policy_version = status.policy.version
        kinds = {k.value for k in DocumentKind}
        blocking = status.blocking_before_documents
        done = kinds <= status.published
        self.publish_button.setEnabled(policy_version > 0 and not blocking and not done)
        if done:
            tip = self.tr("Both documents are published for this policy version.")
        elif blocking:
            tip = self.tr("First complete the policy: {item}").format(
                item=missing_text(blocking[0], status.policy)
            )
        else:
            tip = ""
        self.publish_button.setToolTip(tip)

    def _show_selected(self) -> None:
        rows = self.versions_view.selectionModel().selectedRows()
        if not rows:
            return
        row: VersionRow = self.versions_model.row_at(rows[0].row())
        kind, language = self.kind, self.language
        self.ops.query(
            self,
            lambda s: _render(s, kind, language, row),
            self._show_rendered,
            failed=self._not_rendered,
        )

    def _show_rendered(self, rendered: tuple[str, str, str, str]) -> None:
        title, body, footer, stem = rendered
        self._shown = _Shown(title, body, footer, stem)
        self.preview.setHtml(body)

    def _not_rendered(self, exc: UserFacingError) -> None:
        self._shown = None
        self.preview.setPlainText(error_text(exc))

    # --- publishing and export -----------------------------------------------------------

    def publish(self) -> QMessageBox:
        """Ask, then publish both documents in both languages for the current policy."""
        version = self._state.status.policy.version if self._state else 0
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Publish documents"),
            self.tr(
                "Publish the staff-regulation section and the agent protocol, in Dutch and "
                "English, for policy version {p}?"
            ).format(p=version),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "A published version can never be changed: it keeps its number, date and "
                "SHA-256 fingerprint. If the protocol text changed, agents must receive the "
                "new version before their calls are sampled again."
            )
        )
        publish = box.addButton(self.tr("&Publish"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.addActions(self._dialog_actions)

        def answered() -> None:
            if box.clickedButton() is publish:
                self._publish()

        box.finished.connect(answered)
        box.open()
        return box

    def _publish(self) -> None:
        self.ops.change(
            self,
            lambda s: s.documents.publish(),
            self._published,
            changes={Change.DOCUMENTS, Change.POLICY},
        )

    def _published(self, docs: list[PublishedDocument]) -> None:
        lines = [
            self.tr("{document} version {v} ({language}): SHA-256 {sha}").format(
                document=document_name(doc.kind),
                v=doc.doc_version,
                language=doc.language.upper(),
                sha=doc.body_sha256,
            )
            for doc in docs
        ]
        self.result_label.setText(self.tr("Published.") + "\n" + "\n".join(lines))
        self.result_label.show()

    def export(self, file_format: str) -> Path | None:
        """Ask for a file and write the document on show as PDF or HTML; the path written."""
        shown = self._shown
        if shown is None:
            return None
        pattern = self.tr("PDF documents (*.pdf)") if file_format == "pdf" else "HTML (*.html)"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export document"),
            str(Path.home() / f"{shown.file_stem}.{file_format}"),
            pattern,
        )
        if not name:
            return None
        path = Path(name)
        # A document is a few pages: quick enough for the GUI thread, with a busy cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if file_format == "pdf":
                documents_pdf.write_pdf(shown.html, path, shown.title, shown.footer)
            else:
                documents_pdf.write_html(shown.html, path)
        except UserFacingError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return None
        QApplication.restoreOverrideCursor()
        self.result_label.setText(self.tr("Saved as {file}.").format(file=path.name))
        self.result_label.show()
        return path

    # --- acknowledgements ----------------------------------------------------------------

    def _fill_receipts(self) -> None:
        if self._state is None:
            return
        status = self._state.protocol
        self._protocol_version = status.version
        if status.version is None:
            self.protocol_label.setText(
                self.tr("No agent protocol has been published yet; publish the documents first.")
            )
            agents = list(status.missing)
        else:
            missing = len(status.missing)
            self.protocol_label.setText(
                self.tr("Current protocol: version {v}. Agents without it: {n}.").format(
                    v=status.version, n=missing
                )
            )
            agents = list(status.missing)
            if not self.only_missing_check.isChecked():
                agents += self._state.acknowledged_agents
        self.receipts_model.set_agents(agents, status.acknowledged)
        self._update_record()

    def selected_agents(self) -> list[Agent]:
        """The agents selected in the acknowledgements table."""
        rows = self.receipts_view.selectionModel().selectedRows()
        return [self.receipts_model.row_at(index.row()) for index in rows]

    def _update_record(self) -> None:
        self.record_button.setEnabled(
            self._protocol_version is not None and bool(self.selected_agents())
        )

    def record_receipt(self) -> AcknowledgeDialog | None:
        """Ask for the date the selected agents received the current protocol."""
        agents = self.selected_agents()
        if not agents or self._protocol_version is None:
            return None
        dialog = AcknowledgeDialog(self.ops, agents, self._protocol_version, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.addActions(self._dialog_actions)
        dialog.open()
        return dialog


def _read_state(services: Services, kind: str, language: str) -> _State:
    protocol = services.documents.protocol_status()
    # protocol_status names only the agents without it; the others come from People.
    acknowledged = [a for a in services.people.agents() if a.id in protocol.acknowledged]
    return _State(
        services.policy.status(),
        _publications(services, kind, language),
        protocol,
        acknowledged,
    )


def _publications(services: Services, kind: str, language: str) -> list[VersionRow]:
    if kind == REGISTER_ENTRY:
        return []
    documents = services.documents
    try:
        newest = documents.published(kind, language)
    except UserFacingError:
        return []
    rows = []
    # The service hands out one version at a time; there are only ever a few.
    for number in range(newest.doc_version, 0, -1):
        try:
            doc = documents.published(kind, language, number)
        except UserFacingError:
            continue
        rows.append(VersionRow(number, doc.policy_version, doc.published_at, doc.body_sha256))
    return rows


def _render(
    services: Services, kind: str, language: str, row: VersionRow
) -> tuple[str, str, str, str]:
    """(title, html, footer, file stem) of the chosen version.

    The footer is in the document's language, whatever the screen's: a Dutch PDF carries
    no English line.
    """
    documents = services.documents
    if kind == REGISTER_ENTRY:
        entry = documents.register_entry(language)
        return entry.title, entry.html, entry.title, f"{kind}-{language}"
    if row.doc_version is None:
        draft = documents.preview(kind, language)
        unpublished = Phrasebook(language, load_templates()).phrase("draft")
        return draft.title, draft.html, f"{draft.title} · {unpublished}", f"{kind}-draft-{language}"
    doc = documents.published(kind, language, row.doc_version)
    # The same footer as the command line's export, so printed copies match.
    footer = f"{doc.title} v{doc.doc_version} · SHA-256 {doc.body_sha256[:SHA_PREFIX]}…"
    return doc.title, doc.body, footer, f"{kind}-v{doc.doc_version}-{language}"

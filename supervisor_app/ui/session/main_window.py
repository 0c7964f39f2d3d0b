"""The main window: navigation on the left, one page at a time, status and menus."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from supervisor_app import APP_NAME, __version__
from supervisor_app.domain.documents import REGISTER_ENTRY
from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.roles import Role
from supervisor_app.services.retention import PurgeReport
from supervisor_app.services.settings import Settings
from supervisor_app.ui.coaching.coaching_page import CoachingPage
from supervisor_app.ui.core.layout_memory import LayoutMemory
from supervisor_app.ui.core.operations import (
    ALL_CHANGES,
    BusyIndicator,
    Change,
    Ops,
    follow_changes,
)
from supervisor_app.ui.dialogs.backup_dialog import BackupDialog
from supervisor_app.ui.dialogs.import_wizard import ImportWizard, may_import, open_import
from supervisor_app.ui.dialogs.notice_actions import NoticeSender
from supervisor_app.ui.dialogs.notify_prompt import NotifyPrompts
from supervisor_app.ui.dialogs.report_merge_dialog import MergeReportsDialog
from supervisor_app.ui.pages.dashboard_page import DashboardPage
from supervisor_app.ui.pages.documents_page import DocumentsPage
from supervisor_app.ui.pages.import_card import ImportCard
from supervisor_app.ui.pages.listen_log_page import ListenLogPage
from supervisor_app.ui.pages.notifications_card import NotificationsCard
from supervisor_app.ui.pages.notifications_page import NotificationsPage, View
from supervisor_app.ui.pages.people_page import PeoplePage
from supervisor_app.ui.pages.policy_page import PolicyPage
from supervisor_app.ui.pages.recordings_listen import add_listen_button
from supervisor_app.ui.pages.recordings_page import RecordingsPage
from supervisor_app.ui.pages.reports_page import ReportsPage
from supervisor_app.ui.pages.requests_card import RequestsCard
from supervisor_app.ui.pages.requests_page import RequestsPage, Show
from supervisor_app.ui.pages.retention_card import RetentionCard
from supervisor_app.ui.pages.settings_page import SettingsPage
from supervisor_app.ui.player.listen_flow import ListenFlow
from supervisor_app.ui.session.banner import demo_banner
from supervisor_app.ui.words import time_format
from supervisor_app.ui.words.error_text import error_text
from supervisor_app.ui.words.labels import role_name


class MainWindow(QMainWindow):
    """The signed-in window; built at unlock, thrown away at lock.

    Signals:
        lock_requested(): the user chose Lock now.
        settings_saved(Settings): the Settings page wrote new settings.
    """

    lock_requested = Signal()
    settings_saved = Signal(object)

    def __init__(
        self,
        ops: Ops,
        settings: Settings,
        config_dir: Path,
        *,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._session = ops.services.session
        # The one clock (ui/words/time_format.py): read first, so the pages' times already use it;
        # read again when the policy changes, and the pages redrawn if its zone did.
        self._zone_known = False
        self._read_policy_zone()
        ops.changed.connect(self._changes_done)
        self.import_wizard: ImportWizard | None = None
        self.import_window: QWidget | None = None  # the wizard or the refusal last opened
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(860, 540))
        # The Policy page shows a form beside a checklist; narrower, both get cramped.
        self.resize(1180, 720)

        self.nav = QListWidget()
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.triggered.connect(self.request_lock)
        # Pages add it to their dialogs: a modal dialog blocks the main window's shortcuts,
        # and leaving the desk should never take two steps.
        actions = [self.lock_action]
        self._dialog_actions = actions
        session = self._session
        # Dialog first, then a player window per session; when a player closes, the
        # prompt to notify the agent (listen_finished).
        self.listen_flow = ListenFlow(ops, self, actions)
        self.notice_sender = NoticeSender(ops)
        self.notify_prompts = NotifyPrompts(ops, self.notice_sender, self, actions)
        self.notifications_page = NotificationsPage(ops, self.notice_sender, actions)
        self.notifications_card = NotificationsCard(ops)
        self.listen_log_page = ListenLogPage(ops)
        importer = may_import(session)
        self.dashboard_page = DashboardPage(ops)
        self.import_card = ImportCard(ops)
        # Requests and reports are the privacy officer's and the auditor's; others never see them.
        user = session.user
        self.answers_requests = user.is_administrator or user.has(Role.AUDITOR)
        self.requests_page: RequestsPage | None = None
        self.requests_card: RequestsCard | None = None
        self.reports_page: ReportsPage | None = None
        if self.answers_requests:
            self.requests_page = RequestsPage(ops, actions)
            self.reports_page = ReportsPage(ops)
            self.requests_card = RequestsCard(ops)
            # Second only to overdue notices (added on top below): both are already late.
            self.dashboard_page.add_card(self.requests_card, self.requests_card.refresh, first=True)
        # Overdue notices on top: the one thing on the Dashboard that is already late.
        self.dashboard_page.add_card(
            self.notifications_card, self.notifications_card.refresh, first=True
        )
        self.dashboard_page.add_card(self.import_card, self.import_card.refresh)
        self.retention_card = RetentionCard(ops)
        self.dashboard_page.add_card(self.retention_card, self.retention_card.refresh)
        self.recordings_page = RecordingsPage(ops, may_import=importer, dialog_actions=actions)
        self._purge_cancel = threading.Event()
        self.purging = False
        self.import_action = QAction(self.tr("&Import calls…"), self)
        self.import_action.setVisible(importer)
        self.import_action.triggered.connect(self.open_import)
        # Coaching is for those who score calls: team leads and quality coaches.
        self.coaching_page: CoachingPage | None = None
        if user.has(Role.TEAM_LEAD) or user.has(Role.QUALITY_COACH):
            self.coaching_page = CoachingPage(ops)
        # Backups and the organisation's report: the privacy officer's and the auditor's.
        keeper = session.user.has(Role.ADMINISTRATOR) or session.user.has(Role.AUDITOR)
        self.backup_action = QAction(self.tr("&Back up vault…"), self)
        self.backup_action.setVisible(keeper)
        self.backup_action.triggered.connect(self.open_backup)
        self.merge_action = QAction(self.tr("&Combine transparency reports…"), self)
        self.merge_action.setVisible(keeper)
        self.merge_action.triggered.connect(self.open_merge_reports)
        self.backup_dialog: BackupDialog | None = None
        self.merge_dialog: MergeReportsDialog | None = None
        self.policy_page = PolicyPage(ops, actions)
        self.documents_page = DocumentsPage(ops, actions)
        self.people_page = PeoplePage(ops, actions)
        self.settings_page = SettingsPage(settings, config_dir, session.vault.folder)
        pages: list[tuple[str, QWidget]] = [
            (self.tr("Dashboard"), self.dashboard_page),
            (self.tr("Recordings"), self.recordings_page),
            (self.tr("Listen log"), self.listen_log_page),
            (self.tr("Notifications"), self.notifications_page),
        ]
        if self.coaching_page is not None:
            pages.append((self.tr("Coaching"), self.coaching_page))
        if self.requests_page is not None and self.reports_page is not None:
            pages += [
                (self.tr("Requests"), self.requests_page),
                (self.tr("Reports"), self.reports_page),
            ]
        pages += [
            (self.tr("Policy"), self.policy_page),
            (self.tr("Documents"), self.documents_page),
            (self.tr("People"), self.people_page),
            (self.tr("Settings"), self.settings_page),
        ]
        for title, page in pages:
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(0, 30))
            self.nav.addItem(item)
            self.stack.addWidget(page)
        # As wide as the longest page name (Dutch ones are longer), no wider.
        names = [title for title, _page in pages]
        self.nav.setFixedWidth(max(self.nav.fontMetrics().horizontalAdvance(n) for n in names) + 40)
        self.nav.setCurrentRow(self.stack.indexOf(self.dashboard_page))
        self.stack.setCurrentWidget(self.dashboard_page)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._leave_box: QMessageBox | None = None

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(8, 8, 8, 0)
        if demo:
            outer.addWidget(demo_banner())
        row = QWidget()
        body = QHBoxLayout(row)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addWidget(row, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel()
        self.busy = BusyIndicator(ops)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.user_label)
        self._build_menus()
        follow_changes(ops, self, {Change.USER}, self._user_changed)
        self.people_page.rekey_starting.connect(self.end_listening)
        self.people_page.imported.connect(lambda text: self.statusBar().showMessage(text, 20_000))
        self.settings_page.saved.connect(self.settings_saved)
        self.dashboard_page.policy_item_requested.connect(self.open_policy_item)
        self.dashboard_page.documents_requested.connect(lambda: self.show_page(self.documents_page))
        self.dashboard_page.acknowledgements_requested.connect(self.open_acknowledgements)
        self.policy_page.documents_requested.connect(lambda: self.show_page(self.documents_page))
        self.recordings_page.import_requested.connect(self.open_import)
        self.import_card.open_button.clicked.connect(lambda: self.show_page(self.recordings_page))
        self.listen_flow.message.connect(self._listen_ended)
        self.listen_flow.listen_finished.connect(self.notify_prompts.prompt)
        self.notifications_card.open_button.clicked.connect(
            lambda: self.open_notifications(
                View.OVERDUE if self.notifications_card.overdue else View.PENDING
            )
        )
        self.listen_button = add_listen_button(
            self.recordings_page,
            self.listen_to,
            may_listen=any(grant.role.may_listen for grant in user.grants),
        )
        self._connect_requests()
        self._show_user()
        # Last: the pages have their default widths now, which the remembered ones replace.
        self.layout_memory = LayoutMemory(config_dir)
        self.layout_memory.restore(self, self.stack)

    def remember_layout(self) -> None:
        """Keep the window's size, splitters and column widths for the next session."""
        self.layout_memory.remember(self, self.stack)

    def show_page(self, page: QWidget) -> None:
        """Switch to page (it must be an enabled one)."""
        self.nav.setCurrentRow(self.stack.indexOf(page))

    def open_policy_item(self, key: str) -> None:
        """Show the Policy page with the cursor in the field of a missing item."""
        self.show_page(self.policy_page)
        self.policy_page.focus_item(key)

    def open_acknowledgements(self) -> None:
        """Show the Documents page at the agents' protocol receipts."""
        self.show_page(self.documents_page)
        self.documents_page.show_acknowledgements()

    def open_import(self) -> None:
        """Open the Import calls wizard (or the reason it cannot be used yet).

        The policy is read on the worker first; the wizard (or the refusal) lands in
        ``import_window``.
        """
        if self.import_wizard is not None:
            self.import_wizard.raise_()
            self.import_wizard.activateWindow()
            return
        open_import(self, self.ops, self._import_opened, self._dialog_actions)

    def _import_opened(self, opened: QWidget) -> None:
        self.import_window = opened
        if isinstance(opened, ImportWizard):
            self.import_wizard = opened
            opened.finished.connect(self._import_closed)

    def open_backup(self) -> BackupDialog:
        """File → Back up vault…: a checked copy, made on the worker with progress."""
        if self.backup_dialog is not None:
            self.backup_dialog.raise_()
            return self.backup_dialog
        dialog = BackupDialog(self.ops, self._session.vault.folder, self._dialog_actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_backup.connect(lambda text: self.statusBar().showMessage(text, 20_000))
        dialog.destroyed.connect(self._backup_closed)
        self.backup_dialog = dialog
        dialog.open()
        return dialog

    def _backup_closed(self) -> None:
        self.backup_dialog = None

    def open_merge_reports(self) -> MergeReportsDialog:
        """Reports → Combine transparency reports…: one report for the organisation."""
        dialog = MergeReportsDialog(self.ops, self._dialog_actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def cancel_running_work(self) -> None:
        """Stop long work that can stop early (an import, a purge, a backup, an export or erasure).

        Locking then need not wait for it.
        """
        self._purge_cancel.set()
        if self.import_wizard is not None:
            self.import_wizard.cancel_import()
        if self.backup_dialog is not None:
            self.backup_dialog.cancel_backup()
        if self.requests_page is not None:
            self.requests_page.cancel_running_work()

    def _connect_requests(self) -> None:
        """The Dashboard's requests card and the Reports page lead to the pages they name."""
        if self.requests_card is not None:
            self.requests_card.open_button.clicked.connect(self.open_requests)
        reports = self.reports_page
        if reports is None:
            return
        reports.audit_log_export_requested.connect(self._export_audit_log)
        reports.register_requested.connect(self.open_register_entry)
        reports.policy_export_requested.connect(self._export_policy)
        reports.documents_requested.connect(lambda: self.show_page(self.documents_page))

    def open_requests(self) -> None:
        """Show the Requests page: the overdue ones when there are any, else the open ones."""
        page = self.requests_page
        if page is None:
            return
        overdue = self.requests_card is not None and self.requests_card.overdue > 0
        page.set_filter(Show.OVERDUE if overdue else Show.OPEN)
        self.show_page(page)

    def open_register_entry(self) -> None:
        """Show the register entry (art. 30) on the Documents page, ready to export."""
        combo = self.documents_page.kind_combo
        combo.setCurrentIndex(combo.findData(str(REGISTER_ENTRY)))
        self.show_page(self.documents_page)

    def _export_audit_log(self, file_format: str) -> None:
        # The Listen log page shows the chain's state and what was saved: go there first.
        self.show_page(self.listen_log_page)
        self.listen_log_page.export(file_format)

    def _export_policy(self) -> None:
        self.show_page(self.policy_page)
        self.policy_page.export_toml()

    def _read_policy_zone(self) -> None:
        self.ops.query(self, lambda s: s.policy.current().scope.timezone, self._policy_zone_read)

    def _policy_zone_read(self, name: str) -> None:
        changed = time_format.use_zone(name)
        if changed and self._zone_known:
            self.ops.announce(*(ALL_CHANGES - {Change.POLICY}))
        self._zone_known = True

    def _changes_done(self, changes: frozenset[Change]) -> None:
        if Change.POLICY in changes:
            self._read_policy_zone()

    def start_purge(self) -> None:
        """Forget on time: delete what passed its retention, on the vault worker (after unlock).

        A lock stops it between batches; what was deleted stays deleted and is logged, and the
        next purge finishes the rest.
        """
        self.purging = True
        self._purge_cancel.clear()
        cancel = self._purge_cancel
        self.ops.change(
            self,
            lambda s: s.retention.purge(cancel=cancel.is_set),
            self._purged,
            changes={Change.RECORDINGS, Change.LISTENS, Change.NOTICES},
            failed=self._purge_failed,
            cancel=cancel,
        )

    def _purged(self, report: PurgeReport) -> None:
        self.purging = False
        if report.purged:
            self.statusBar().showMessage(
                self.tr(
                    "{n} recordings had reached the end of their retention; their audio was "
                    "deleted."
                ).format(n=len(report.purged)),
                20_000,
            )

    def _purge_failed(self, exc: UserFacingError) -> None:
        self.purging = False
        self.statusBar().showMessage(
            self.tr("The purge could not run: {reason}").format(reason=error_text(exc)), 20_000
        )

    def _import_closed(self) -> None:
        self.import_wizard = None

    def listen_to(self, recording_id: int) -> None:
        """Ask for purpose and reason, then play the recording in a player window.

        The dialog opens once the vault worker has said what the gate allows.
        """
        self.listen_flow.start(recording_id)

    def end_listening(self) -> None:
        """Close every player and its listen session, then any notify prompt (before a lock).

        The prompt may close without a choice here: its notice was queued with the listen
        and stays pending, so it shows up as pending or overdue after the next unlock.
        """
        self.listen_flow.close_all()
        self.notify_prompts.close_all()

    def open_notifications(self, view: View = View.PENDING) -> None:
        """Show the Notifications page on a tab (Overdue from the Dashboard and at unlock)."""
        self.show_page(self.notifications_page)
        self.notifications_page.show_view(view)

    def show_overdue_first(self) -> None:
        """After unlock: open the overdue notices instead of the Dashboard when there are any."""

        def opened(overdue: int) -> None:
            if overdue:
                self.open_notifications(View.OVERDUE)

        self.ops.query(self, lambda s: s.notifications.overdue_count(), opened)

    def _listen_ended(self, text: str) -> None:
        self.statusBar().showMessage(text, 20_000)

    def has_unsaved_changes(self) -> bool:
        """Whether a page holds changes that locking or closing would lose."""
        return self.policy_page.is_dirty

    # --- leaving unsaved changes ----------------------------------------------------------

    def _nav_changed(self, row: int) -> None:
        leaving = self.stack.currentWidget()
        if leaving is self.policy_page and self.policy_page.is_dirty:
            # Stay until the user has answered; then go where they clicked.
            self._set_nav_row(self.stack.indexOf(self.policy_page))
            self._ask_unsaved(lambda: self._go_to(row))
            return
        self._go_to(row)

    def _go_to(self, row: int) -> None:
        self._set_nav_row(row)
        self.stack.setCurrentIndex(row)

    def _set_nav_row(self, row: int) -> None:
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)

    def _ask_unsaved(self, then: Callable[[], None]) -> QMessageBox:
        """Ask whether to save the policy's changes; run then() unless the user cancels."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unsaved changes"),
            self.tr("The recording policy has changes that are not saved yet."),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.addAction(self.lock_action)

        def answered() -> None:
            self._leave_box = None
            choice = box.standardButton(box.clickedButton())
            if choice == QMessageBox.StandardButton.Save:
                # then() follows once the version is stored; on an error the page says
                # what is wrong and the user stays there.
                self.policy_page.save(then=then)
                return
            if choice == QMessageBox.StandardButton.Discard:
                self.policy_page.discard()
            else:
                return
            then()

        box.finished.connect(answered)
        self._leave_box = box
        box.open()
        return box

    def request_lock(self) -> None:
        """Lock now; first offer to save unsaved policy changes."""
        if self._leave_box is not None:
            # Ctrl+L again while asked: lock at once, the changes are dropped.
            self.lock_requested.emit()
            return
        if self.has_unsaved_changes():
            self._ask_unsaved(self.lock_requested.emit)
            return
        self.lock_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Offer to save unsaved changes before the window closes."""
        if self.isVisible() and self.has_unsaved_changes():
            event.ignore()
            self._ask_unsaved(self.close_without_asking)
            return
        super().closeEvent(event)

    def close_without_asking(self) -> None:
        """Close after the changes were saved or discarded."""
        self.policy_page.discard()
        self.close()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        reports_menu.addAction(self.merge_action)
        reports_menu.menuAction().setVisible(self.merge_action.isVisible())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _user_changed(self) -> None:
        """The signed-in user's roles changed: read them again on the worker."""
        self.ops.query(self, lambda s: s.session.refresh_user(), lambda _none: self._show_user())

    def _show_user(self) -> None:
        user = self._session.user
        roles = ", ".join(role_name(r) for r in Role if user.has(r))
        if self._session.is_recovery:
            text = self.tr("Opened with the recovery key")
        else:
            text = self.tr("Signed in as {name} · {roles}").format(
                name=user.display_name, roles=roles
            )
        self.user_label.setText(text)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            self.tr(
                "<h3>{app} {version}</h3><p>Keeps a sample of recorded calls in an "
                "encrypted vault, lets only authorised roles listen for a documented "
                "purpose, logs every listen and makes sure agents are told.</p>"
            ).format(app=APP_NAME, version=__version__),
        )

"""Which window is on screen: first-run wizard, unlock screen or main window, and locking."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from supervisor_app.services import settings as app_settings
from supervisor_app.services.backup import Restored
from supervisor_app.services.registry import Services
from supervisor_app.services.session import Session
from supervisor_app.services.settings import Settings
from supervisor_app.services.setup import is_vault
from supervisor_app.services.types import KdfParams
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.core.tasks import TaskRunner
from supervisor_app.ui.session.idle_lock import IdleWatcher
from supervisor_app.ui.session.main_window import MainWindow
from supervisor_app.ui.session.recovery_dialogs import ResetPassphraseDialog
from supervisor_app.ui.session.setup_wizard import SetupWizard
from supervisor_app.ui.session.unlock_window import UnlockWindow
from supervisor_app.ui.words import time_format

log = logging.getLogger(__name__)

MS_PER_MINUTE = 60_000
ServiceFactory = Callable[[Session], Services]


class AppController(QObject):
    """Owns the session and moves between wizard, unlock screen and main window.

    There is at most one session. Its connection lives on the vault worker (``runner``):
    unlocking opens it there and locking closes it there. Locking drops the session (key
    and connection), closes every dialog and returns to the unlock screen; it waits for
    running vault work first. ``build_services`` is the composition root's choice of
    services for a session (app.py passes ``Services.for_session``).
    """

    def __init__(
        self,
        folder: Path,
        settings: Settings,
        config_dir: Path,
        *,
        demo: bool = False,
        kdf: KdfParams | None = None,
        idle_ms: int | None = None,
        build_services: ServiceFactory = Services.for_session,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._build_services = build_services
        self.folder = folder
        self.settings = settings
        self.config_dir = config_dir
        self.demo = demo
        self.kdf = kdf
        self._fixed_idle_ms = idle_ms
        self.runner = TaskRunner(self)
        self.idle = IdleWatcher(self._idle_ms(), self)
        self.idle.timed_out.connect(self.lock_idle)
        self.runner.busy_changed.connect(self._busy_changed)
        self.session: Session | None = None
        self.wizard: SetupWizard | None = None
        self.main_window: MainWindow | None = None
        self.unlock_window = UnlockWindow(folder, self.runner, demo=demo)
        self.unlock_window.unlocked.connect(self._unlocked)
        self.unlock_window.recovery_unlocked.connect(self._recovery_unlocked)
        self.unlock_window.folder_changed.connect(self._folder_changed)
        self.unlock_window.create_requested.connect(self.show_wizard)
        self.unlock_window.restored.connect(self._restored)
        self._pending_lock_message: str | None = None

    def start(self) -> None:
        """Show the wizard for a new vault, else the unlock screen."""
        if is_vault(self.folder):
            self.show_unlock()
        else:
            self.show_wizard(self.folder)

    # --- wizard and unlock ----------------------------------------------------------------

    def show_wizard(self, folder: Path) -> None:
        """Run the first-run wizard proposing folder."""
        self.unlock_window.hide()
        wizard = SetupWizard(folder, self.runner, kdf=self.kdf)
        wizard.accepted.connect(lambda: self._vault_created(wizard))
        wizard.rejected.connect(self._wizard_cancelled)
        wizard.open_existing_requested.connect(self._open_existing)
        self.wizard = wizard
        wizard.show()

    def show_unlock(self, message: str = "", user: str = "") -> None:
        """Show the unlock screen with an optional note and preselected user."""
        self.unlock_window.set_folder(self.folder)
        self.unlock_window.show_message(message)
        if user:
            self.unlock_window.select_user(user)
        self.unlock_window.show()
        self.unlock_window.activateWindow()

    def _vault_created(self, wizard: SetupWizard) -> None:
        self.wizard = None
        wizard.deleteLater()
        self._use_folder(wizard.vault_folder)
        self.show_unlock(
            self.tr("Your vault is ready. Unlock it with your new passphrase."),
            wizard.admin_name,
        )

    def _wizard_cancelled(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        if is_vault(self.folder):
            self.show_unlock()
        else:
            QApplication.quit()

    def _open_existing(self, folder: Path) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.hide()
            wizard.deleteLater()
        self._use_folder(folder)
        self.show_unlock()

    def _folder_changed(self, folder: Path) -> None:
        self._use_folder(folder)

    def _use_folder(self, folder: Path) -> None:
        """Remember folder as the vault to open, now and at the next start."""
        self.folder = folder
        if self.demo:
            return  # the demo vault is chosen by --demo, never saved as the user's vault
        self.settings = replace(self.settings, vault_folder=str(folder))
        try:
            app_settings.save(self.config_dir, self.settings)
        except OSError:
            log.warning("settings could not be saved")

    # --- session --------------------------------------------------------------------------

    def _unlocked(self, session: Session) -> None:
        self.session = session
        self.unlock_window.hide()
        ops = Ops(self.runner, self._build_services(session))
        window = MainWindow(ops, self.settings, self.config_dir, demo=self.demo)
        ops.setParent(window)
        window.lock_requested.connect(self.lock_now)
        window.settings_saved.connect(self._settings_saved)
        self.main_window = window
        # Listening is being at the desk: no idle lock while a call plays, and the interval
        # counts again from when playback pauses or stops.
        self.idle.set_activity(window.listen_flow.is_playing)
        window.listen_flow.playback_changed.connect(self.idle.restart)
        # Unlocking with overdue notices shows them first, before anything else.
        window.show_overdue_first()
        window.show()
        self.idle.start()
        # Forgetting on time after every unlock, in the background (R12).
        window.start_purge()

    def _restored(self, restored: Restored) -> None:
        """A restored vault opens as its unlock would: the recovery key resets a passphrase."""
        if restored.session.is_recovery:
            self._recovery_unlocked(restored.session)
        else:
            self._unlocked(restored.session)

    def _recovery_unlocked(self, session: Session) -> None:
        self.session = session
        self.idle.start()
        dialog = ResetPassphraseDialog(session, self.runner, self.unlock_window)

        def finished(result: int) -> None:
            dialog.deleteLater()
            if self.session is not session:
                return  # locked meanwhile; the unlock screen already says why
            self._end_session()
            if result == QDialog.DialogCode.Accepted:
                self.show_unlock(
                    self.tr("The new passphrase is set. Unlock with it now."), dialog.chosen_name
                )
            else:
                self.show_unlock()

        dialog.finished.connect(finished)
        dialog.open()

    def _settings_saved(self, settings: Settings) -> None:
        self.settings = settings
        self.idle.set_interval(self._idle_ms())

    def _idle_ms(self) -> int:
        if self._fixed_idle_ms is not None:
            return self._fixed_idle_ms
        return self.settings.idle_lock_minutes * MS_PER_MINUTE

    # --- locking --------------------------------------------------------------------------

    def lock_now(self) -> None:
        """Lock at the user's request (Ctrl+L)."""
        self._lock("")  # the unlock screen itself says the vault is locked

    def lock_idle(self) -> None:
        """Lock because nobody used the app for the idle interval."""
        minutes = self.settings.idle_lock_minutes
        # %n: Qt picks the singular or plural form ("1 minuut", "5 minuten").
        message = self.tr("The vault was locked after %n minute(s) without input.", "", minutes)
        if self.main_window is not None and self.main_window.has_unsaved_changes():
            # Nobody is there to ask; the key must go, and the draft with it.
            message += " " + self.tr("Unsaved changes to the policy were discarded.")
        self._lock(message)

    def _lock(self, message: str) -> None:
        if self.session is None:
            return
        if self.runner.busy:
            # A worker is using the key (Argon2, rekey, an import): lock as soon as it is
            # done. An import stops after its current recording rather than run to the end.
            self._pending_lock_message = message
            if self.main_window is not None:
                self.main_window.cancel_running_work()
            return
        user = "" if self.session.is_recovery else self.session.user.name
        self._end_session()
        self.show_unlock(message, user)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            return
        self.idle.restart()
        if self._pending_lock_message is not None:
            message, self._pending_lock_message = self._pending_lock_message, None
            self._lock(message)

    def _end_session(self) -> None:
        """Close dialogs and the main window, drop the key and the connection."""
        session, self.session = self.session, None
        time_format.use_zone(None)  # the next vault's policy sets its own clock
        self.idle.stop()
        self.idle.set_activity(None)  # the players go with the main window
        if self.main_window is not None:
            # Players first: closing a listen session writes its intervals, which
            # needs the key that session.lock() below drops.
            self.main_window.end_listening()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self.wizard:
                widget.reject()
        window, self.main_window = self.main_window, None
        if window is not None:
            window.remember_layout()
            window.hide()
            # Deleted once control is back in the event loop: the pages' data goes with it.
            window.deleteLater()
        if session is not None:
            # On the worker, after whatever the closing players queued there (their listens'
            # last intervals): the connection belongs to that thread.
            self.runner.run_blocking(session.lock)

    def shutdown(self) -> None:
        """Wait for vault work, then lock; called when the app quits."""
        self.runner.wait()
        # Deliver what the worker finished, so nothing still holds the key afterwards.
        QApplication.processEvents()
        self._pending_lock_message = None
        if self.session is not None:
            self._end_session()
        self.unlock_window.hide()
        if self.wizard is not None:
            self.wizard.hide()
        self.runner.shutdown()

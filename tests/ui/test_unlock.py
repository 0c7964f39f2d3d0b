"""Unlocking: wrong passphrase stays locked with one sentence; the right one opens the window."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervisor_app.services.session import Session
from supervisor_app.ui.session.recovery_dialogs import RecoveryKeyDialog, ResetPassphraseDialog
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, STRONG_PASSPHRASE
from tests.ui.conftest import SETTLE_MS, MakeController, unlock


def _locked(new_vault: tuple[Session, str]) -> Path:
    session, _recovery = new_vault
    session.lock()
    return session.vault.folder


def test_existing_vault_starts_at_unlock_screen(
    qtbot: QtBot, make_controller: MakeController, new_vault: tuple[Session, str]
) -> None:
    controller = make_controller(_locked(new_vault), demo=True)
    controller.start()
    window = controller.unlock_window
    assert window.isVisible()
    assert controller.wizard is None
    assert [window.user_combo.itemText(i) for i in range(window.user_combo.count())] == [ADMIN]
    assert window.findChild(type(window.folder_label), "demoBanner") is not None


def test_wrong_passphrase_shows_sentence_and_stays_locked(
    qtbot: QtBot, make_controller: MakeController, new_vault: tuple[Session, str]
) -> None:
    controller = make_controller(_locked(new_vault))
    controller.start()
    window = controller.unlock_window
    window.user_combo.setCurrentText(ADMIN)
    window.passphrase_edit.setText("not-the-right-passphrase")
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.error.isVisible, timeout=SETTLE_MS)

    assert window.error.text() == f"The passphrase for “{ADMIN}” is not right; try again."
    assert controller.session is None
    assert controller.main_window is None
    assert window.isVisible()
    assert window.unlock_button.isEnabled()  # ready for another try


def test_unlock_button_waits_disabled_while_the_worker_is_busy(
    qtbot: QtBot, make_controller: MakeController, new_vault: tuple[Session, str]
) -> None:
    controller = make_controller(_locked(new_vault))
    controller.start()
    window = controller.unlock_window
    assert window.unlock_button.isEnabled()
    window.user_combo.setCurrentText(ADMIN)
    window.passphrase_edit.setText(ADMIN_PASSPHRASE)
    # Earlier work still on the vault worker (as a lock finishing would be).
    release = threading.Event()
    controller.runner.run(lambda: release.wait(10), lambda _: None)
    try:
        assert controller.runner.busy
        assert not window.unlock_button.isEnabled()  # visibly not ready, not a lost click
        qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Return)
        assert not window.progress.isVisible() and not window.error.isVisible()
        assert window.passphrase_edit.text() == ADMIN_PASSPHRASE  # nothing was taken
    finally:
        release.set()
    qtbot.waitUntil(window.unlock_button.isEnabled, timeout=SETTLE_MS)
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    assert main.isVisible()


def test_unlock_button_is_disabled_while_unlocking(
    qtbot: QtBot, make_controller: MakeController, new_vault: tuple[Session, str]
) -> None:
    controller = make_controller(_locked(new_vault))
    controller.start()
    window = controller.unlock_window
    window.user_combo.setCurrentText(ADMIN)
    window.passphrase_edit.setText("not-the-right-passphrase")
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.unlock_button.isEnabled()
    qtbot.waitUntil(window.error.isVisible, timeout=SETTLE_MS)
    qtbot.waitUntil(window.unlock_button.isEnabled, timeout=SETTLE_MS)


def test_unknown_user_is_named(
    qtbot: QtBot, make_controller: MakeController, new_vault: tuple[Session, str]
) -> None:
    controller = make_controller(_locked(new_vault))
    controller.start()
    window = controller.unlock_window
    window.user_combo.setCurrentText("mallory")
    window.passphrase_edit.setText(ADMIN_PASSPHRASE)
    window.unlock()
    qtbot.waitUntil(window.error.isVisible, timeout=SETTLE_MS)
    assert "mallory" in window.error.text()
    assert controller.session is None


def test_right_passphrase_opens_main_window(
    qtbot: QtBot, make_controller: MakeController, new_vault: tuple[Session, str]
) -> None:
    controller = make_controller(_locked(new_vault))
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)

    assert main.isVisible()
    assert not controller.unlock_window.isVisible()
    assert controller.session is not None and not controller.session.vault.is_locked
    assert controller.unlock_window.passphrase_edit.text() == ""
    assert "Administrator" in main.user_label.text()
    # Only the pages that work are enabled; the rest say why not.
    enabled = [
        main.nav.item(i).text()
        for i in range(main.nav.count())
        if main.nav.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
    ]
    assert enabled == [
        "Dashboard",
        "Recordings",
        "Listen log",
        "Notifications",
        "Requests",
        "Reports",
        "Policy",
        "Documents",
        "People",
        "Settings",
    ]
    assert main.stack.currentWidget() is main.dashboard_page


def test_recovery_key_resets_an_administrator_passphrase(
    qtbot: QtBot, make_controller: MakeController, new_vault: tuple[Session, str]
) -> None:
    _session, recovery_key = new_vault
    controller = make_controller(_locked(new_vault))
    controller.start()
    window = controller.unlock_window
    dialog = window.use_recovery_key()
    assert isinstance(dialog, RecoveryKeyDialog)
    dialog.key_edit.setText(recovery_key.lower().replace("-", " "))  # as typed from paper
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: controller.session is not None, timeout=SETTLE_MS)
    assert controller.session is not None and controller.session.is_recovery
    assert controller.main_window is None  # no way in without a new passphrase first

    reset = window.findChild(ResetPassphraseDialog)
    assert reset is not None
    # The administrators are read on the vault worker; the list fills a moment later.
    qtbot.waitUntil(lambda: reset.user_combo.currentData() == ADMIN, timeout=SETTLE_MS)
    reset.passphrase.first.setText(STRONG_PASSPHRASE)
    reset.passphrase.second.setText(STRONG_PASSPHRASE)
    reset.passphrase.evaluate()
    assert reset.ok_button.isEnabled()
    reset.ok_button.click()
    qtbot.waitUntil(lambda: controller.session is None, timeout=SETTLE_MS)

    assert window.isVisible()
    assert window.user_combo.currentText() == ADMIN
    folder = window.folder
    LockedVault.open(folder).unlock(ADMIN, STRONG_PASSPHRASE).lock()
    main = unlock(qtbot, controller, ADMIN, STRONG_PASSPHRASE)
    assert main.isVisible()

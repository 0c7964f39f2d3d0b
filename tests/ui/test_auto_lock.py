"""Locking after the idle interval and on Ctrl+L: key dropped, back to the unlock screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from supervisor_app.services.session import Session
from supervisor_app.ui.dialogs.agent_dialogs import TeamDialog
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.ui.conftest import MakeController, unlock

SHORT_IDLE_MS = 300


def test_idle_interval_locks_the_vault(
    qtbot: QtBot, make_controller: MakeController, new_vault: tuple[Session, str]
) -> None:
    first, _recovery = new_vault
    first.lock()
    controller = make_controller(first.vault.folder, idle_ms=SHORT_IDLE_MS)
    controller.start()
    unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    session = controller.session
    assert session is not None and not session.vault.is_locked

    qtbot.waitUntil(lambda: controller.session is None, timeout=5_000)

    assert session.vault.is_locked
    assert controller.main_window is None
    assert controller.unlock_window.isVisible()
    assert "without input" in controller.unlock_window.message.text()
    assert controller.unlock_window.user_combo.currentText() == ADMIN


def test_input_postpones_the_idle_lock(
    qtbot: QtBot, make_controller: MakeController, new_vault: tuple[Session, str]
) -> None:
    first, _recovery = new_vault
    first.lock()
    controller = make_controller(first.vault.folder, idle_ms=SHORT_IDLE_MS)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    # Keep typing for well over the interval: the vault must stay open meanwhile.
    for _ in range(6):
        qtbot.keyClick(main.nav, Qt.Key.Key_Down)
        qtbot.wait(SHORT_IDLE_MS // 3)
        assert controller.session is not None
    qtbot.waitUntil(lambda: controller.session is None, timeout=5_000)


def test_ctrl_l_locks_and_closes_dialogs(
    qtbot: QtBot, make_controller: MakeController, new_vault: tuple[Session, str]
) -> None:
    first, _recovery = new_vault
    first.lock()
    controller = make_controller(first.vault.folder)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    session = controller.session
    assert session is not None
    assert main.lock_action.shortcut() == QKeySequence("Ctrl+L")
    dialog = main.people_page.add_team()
    assert dialog.isVisible()

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: controller.session is None)
    assert session.vault.is_locked
    assert not dialog.isVisible()
    assert controller.unlock_window.isVisible()
    assert not [w for w in main.findChildren(TeamDialog) if w.isVisible()]

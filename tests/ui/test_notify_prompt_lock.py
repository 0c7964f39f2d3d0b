"""The prompt in the main window: after a player closes; a lock closes it, the notice waits."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervisor_app.audio.sinks import MemorySink
from supervisor_app.domain.notifications import Item, Kind, State
from supervisor_app.services.session import Session
from supervisor_app.ui.pages.notifications_page import View
from supervisor_app.vault import audit, notifications_repo
from supervisor_app.vault.notifications_repo import ItemFilter
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_listen import REASON, build_vault
from tests.ui.conftest import MakeController, settle, unlock
from tests.ui.test_player_lock import LEAD_PASSPHRASE, listen_dialog


def stored(folder: Path) -> tuple[list[Item], list[str]]:
    """The listen notices and the notification actions in the log, read with the key only."""
    unlocked = LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE)
    conn = unlocked.connect()
    try:
        items = notifications_repo.items(conn, ItemFilter(kind=Kind.LISTENED), 100)
        logged = [e.action for e in audit.entries(conn) if e.action.startswith("notification")]
        return items, logged
    finally:
        conn.close()
        unlocked.lock()


@pytest.mark.parametrize("how", ["ctrl_l", "idle"])
def test_locking_while_the_prompt_is_open_leaves_the_notice_pending(
    qtbot: QtBot, make_controller: MakeController, admin_session: Session, tmp_path: Path, how: str
) -> None:
    vault = build_vault(admin_session, tmp_path)
    folder = admin_session.vault.folder
    admin_session.lock()
    controller = make_controller(folder, idle_ms=1_500 if how == "idle" else 60_000)
    controller.start()
    main = unlock(qtbot, controller, "bram", LEAD_PASSPHRASE)
    main.listen_flow.sink_factory = MemorySink
    dialog = listen_dialog(qtbot, main, vault.noord)
    dialog.reason_edit.setPlainText(REASON)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(main.listen_flow.players))
    main.listen_flow.players[0].reject()  # the user closes the player

    qtbot.waitUntil(lambda: main.notify_prompts.current is not None)
    prompt = main.notify_prompts.current
    assert prompt is not None and prompt.isVisible()
    assert prompt.item.agent_name == "Fatima El Amrani"
    prompt.notify_now()  # halfway through sending, the user walks away
    if how == "ctrl_l":
        prompt.activateWindow()
        qtbot.waitUntil(prompt.isActiveWindow)
        qtbot.keyClick(prompt, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.session is None, timeout=10_000)

    assert not shiboken6.isValid(prompt) or not prompt.isVisible()
    [item], logged = stored(folder)
    assert item.state is State.PENDING and item.sent_at is None
    assert logged == []  # no choice was made, so nothing is recorded as deferred or sent

    # After the next unlock the notice is there to send (pending: not due for days yet).
    main = unlock(qtbot, controller, "bram", LEAD_PASSPHRASE)
    settle(qtbot, main)  # nothing overdue: the worker's answer leaves the Dashboard in front
    assert main.stack.currentWidget() is main.dashboard_page
    main.open_notifications(View.PENDING)
    settle(qtbot, main)
    page = main.notifications_page
    ids = [page.model.item_at(r).id for r in range(page.model.rowCount())]
    assert item.id in ids
    assert main.notifications_card.overdue == 0
    assert "within their deadlines" in main.notifications_card.detail.text()

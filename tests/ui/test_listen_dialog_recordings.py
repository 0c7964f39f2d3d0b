"""From the Recordings page to the player: Listen… follows the selection and names the call."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervisor_app.audio.player import PlayerState
from supervisor_app.audio.sinks import MemorySink
from supervisor_app.services.session import Session
from supervisor_app.ui.player.listen_dialog import ListenDialog
from tests.integration.test_listen import REASON, build_vault
from tests.ui.conftest import MakeController, settle, unlock
from tests.ui.test_player_lock import LEAD_PASSPHRASE


def test_listen_button_opens_the_dialog_then_the_player(
    qtbot: QtBot, make_controller: MakeController, admin_session: Session, tmp_path: Path
) -> None:
    build_vault(admin_session, tmp_path)
    folder = admin_session.vault.folder
    admin_session.lock()
    controller = make_controller(folder)
    controller.start()
    main = unlock(qtbot, controller, "bram", LEAD_PASSPHRASE)
    main.listen_flow.sink_factory = MemorySink
    main.show_page(main.recordings_page)
    page = main.recordings_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert not main.listen_button.isEnabled()

    page.view.selectRow(0)
    chosen = page.selected_recording_id()
    assert chosen is not None and main.listen_button.isEnabled()
    qtbot.mouseClick(main.listen_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main)  # the dialog opens once the worker said what the gate allows
    [dialog] = [w for w in main.findChildren(ListenDialog) if w.isVisible()]
    assert main.listen_flow.dialog is dialog
    assert dialog.recording_id == chosen
    assert "Fatima El Amrani · Team Noord" in " ".join(
        label.text() for label in dialog.fields.findChildren(type(dialog.error))
    )
    dialog.reason_edit.setPlainText(REASON)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(main.listen_flow.players))
    window = main.listen_flow.players[0]
    assert window.listen.recording_id == chosen
    assert window.player is not None
    window.player.play()
    qtbot.waitUntil(lambda: window.player is not None and window.player.state is PlayerState.ENDED)
    with qtbot.waitSignal(main.listen_flow.listen_finished):
        window.close()
    assert "heard" in main.statusBar().currentMessage()

"""A rekey while a call plays: the player stops cleanly or plays on, and nothing reports damage.

A rekey re-encrypts every page of vault.db under a new key. A connection opened before it (a
player's, which reads the audio on the player's own thread) keeps the old key, and its next
read or write meets pages it cannot decrypt: "file is not a database", which the app reports
as a damaged vault to restore from a backup. The People page therefore closes the players
before it rekeys (``rekey_starting``), and this test holds the whole path to that.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from supervisor_app.audio.player import PlayerState, frames_in
from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.ui.pages.people_page import PeoplePage
from supervisor_app.vault import listen_repo
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_listen import REASON, build_vault
from tests.ui.conftest import SETTLE_MS, MakeController, on_worker, settle, unlock
from tests.ui.test_player_lock import listen_dialog
from tests.ui.test_player_window import PacedSink

REMOVED = "carla"  # the quality coach build_vault adds


def user_names(page: PeoplePage) -> list[str]:
    """The names in the People page's users table, top to bottom."""
    model = page.users_model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_a_rekey_while_a_player_plays_reports_no_damage(
    qtbot: QtBot,
    make_controller: MakeController,
    admin_session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = build_vault(admin_session, tmp_path)
    # An administrator who also leads Team Noord, so the same person listens and rekeys.
    people = PeopleService(admin_session)
    people.set_roles(ADMIN, people.grants_for([Role.ADMINISTRATOR, Role.TEAM_LEAD], ["Team Noord"]))
    folder = admin_session.vault.folder
    admin_session.lock()
    # Every sentence the app would show in a message box (an error of an operation, or the
    # exception hook's), instead of a modal box that would wait for a click.
    shown: list[str] = []

    def message_box(_parent: QWidget | None, _title: str, text: str, *_args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(message_box))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(message_box))

    controller = make_controller(folder)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    # A block of 0.1 s every 20 ms: the 40 s call plays for about 8 s.
    sink = PacedSink(pace_s=0.02)
    main.listen_flow.sink_factory = lambda: sink
    dialog = listen_dialog(qtbot, main, vault.campaign)
    dialog.reason_edit.setPlainText(REASON)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(main.listen_flow.players))
    window = main.listen_flow.players[0]
    player = window.player
    assert player is not None
    player.play()
    qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING and sink.taken > 0)

    page = main.people_page
    main.show_page(page)
    settle(qtbot, main)
    with qtbot.captureExceptions() as exceptions:
        page.users_view.selectRow(user_names(page).index(REMOVED))
        box = page.remove_user()
        assert box is not None and box.checkBox().isChecked()  # rekey is the default
        remove = next(
            b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole
        )
        remove.click()
        qtbot.waitUntil(lambda: REMOVED not in user_names(page), timeout=SETTLE_MS)
        settle(qtbot, main)

        if player.state is not PlayerState.CLOSED:
            # It plays on: to the end, where it writes what was heard, then the user closes it.
            sink.release.set()
            qtbot.waitUntil(lambda: player.state is not PlayerState.PLAYING, timeout=SETTLE_MS)
            with qtbot.waitSignal(window.listen_finished, timeout=SETTLE_MS):
                window.reject()
        settle(qtbot, main)

    # Nothing went to the exception hook and no message box spoke of damage (or of anything).
    assert exceptions == []
    assert shown == []
    # The player stopped cleanly, not with an error of its own ("failed" would mean one).
    assert player.error is None and player.state is PlayerState.CLOSED and sink.closed
    assert not main.listen_flow.players

    # The vault works under its new key: the listen is closed with every frame heard, the
    # rekey is logged, and the removed user's slot is gone.
    heard = tuple(player.heard)
    assert heard and frames_in(heard) == sink.taken
    [row] = on_worker(main, lambda s: s.listening.sessions())
    assert row.state == listen_repo.CLOSED and row.intervals == heard
    actions = on_worker(main, lambda s: [e.action for e in s.audit_log.entries()])
    assert "vault_rekeyed" in actions and "listen_ended" in actions
    assert REMOVED not in LockedVault.open(folder).user_names

    # Locked and unlocked again with the administrator's passphrase: the same vault, intact.
    controller.lock_now()
    qtbot.waitUntil(lambda: controller.session is None, timeout=SETTLE_MS)
    qtbot.waitUntil(lambda: not controller.runner.busy)
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    assert on_worker(main, lambda s: s.recordings.count()) == 3
    assert on_worker(main, lambda s: s.audit_log.verify().intact)
    [row] = on_worker(main, lambda s: s.listening.sessions())
    assert row.state == listen_repo.CLOSED and row.intervals == heard
    assert shown == []

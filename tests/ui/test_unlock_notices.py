"""What the unlock screen says after wrong passphrases, and when the log was cut short."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.ui.words.time_format import shown_time
from supervisor_app.vault import audit
from supervisor_app.vault.backoff import BACKOFF_FILE, FREE_ATTEMPTS
from supervisor_app.vault.db import transaction
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.ui.conftest import MakeController, settle, unlock
from tests.ui.requests_fixtures import speaking


def test_the_wait_after_wrong_passphrases_is_announced(
    qtbot: QtBot,
    make_controller: MakeController,
    admin_session: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin_session.lock()
    folder = admin_session.vault.folder
    state = {ADMIN: [FREE_ATTEMPTS + 1, time.time()]}  # the next try waits 2 s
    (folder / BACKOFF_FILE).write_text(json.dumps(state))
    slept: list[float] = []
    monkeypatch.setattr("supervisor_app.vault.vault.time.sleep", slept.append)
    controller = make_controller(folder)
    controller.start()
    shown: list[str] = []
    window = controller.unlock_window
    show = window.show_message

    def recording_show(text: str) -> None:
        shown.append(text)
        show(text)

    monkeypatch.setattr(window, "show_message", recording_show)
    settle(qtbot, unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE))
    assert slept and 0 < slept[0] <= 2
    assert (
        shown[0]
        == f"After several wrong passphrases for “{ADMIN}”, this try waits 2 seconds first."
    )
    assert not (folder / BACKOFF_FILE).read_text().count(ADMIN)  # the right one clears it


def test_a_shortened_log_is_said_loudly_at_unlock(
    qtbot: QtBot, make_controller: MakeController, admin_session: Session
) -> None:
    people = PeopleService(admin_session)
    for n in range(3):
        people.add_team(f"Team {n}")
    admin_session.lock()
    folder = admin_session.vault.folder
    # Someone with the key cuts off the last entries behind the app's back.
    vault = LockedVault.open(folder).unlock(ADMIN, ADMIN_PASSPHRASE)
    conn = vault.connect()
    with transaction(conn):
        conn.execute("DELETE FROM audit_log WHERE seq > 3")
    conn.close()
    vault.lock()

    controller = make_controller(folder)
    controller.start()
    settle(qtbot, unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE))
    box = controller.unlock_window.notice_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.icon() is QMessageBox.Icon.Warning
    assert "The audit log was shortened" in box.text()
    assert "Tell the privacy officer" in box.text()
    box.close()


@pytest.mark.parametrize(
    ("language", "words"), [("en", "the clock was set back"), ("nl", "de klok is teruggezet")]
)
def test_a_clock_set_back_is_said_loudly_at_unlock(
    qtbot: QtBot,
    make_controller: MakeController,
    admin_session: Session,
    language: str,
    words: str,
) -> None:
    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(days=365)
    with transaction(admin_session.conn):
        audit.append(
            admin_session.conn,
            ADMIN,
            "team_added",
            "Team Noord",
            signer=admin_session.vault.signer,
            at=ahead,
        )
    admin_session.lock()
    with speaking(language):
        controller = make_controller(admin_session.vault.folder)
        controller.start()
        settle(qtbot, unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE))
        box = controller.unlock_window.notice_box
        assert isinstance(box, QMessageBox)
        qtbot.waitUntil(box.isVisible)
        assert box.icon() is QMessageBox.Icon.Warning
        assert words in box.text()
        # Both times on the screen's clock: now, and the entry a year ahead.
        assert shown_time(ahead) in box.text()
        box.close()

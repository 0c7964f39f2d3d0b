"""The recovery key view (Copy holds the key for a minute only) and its dialogs' keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.ui.session import recovery_key
from supervisor_app.ui.session.recovery_dialogs import RecoveryKeyDialog, ResetPassphraseDialog
from supervisor_app.ui.session.recovery_key import RecoveryKeyView, grouped_lines
from tests.conftest import STRONG_PASSPHRASE
from tests.ui.test_listen_log_page import Worker
from tests.ui.test_people_page import buttons_left_to_right, opens_on, tab_stops

KEY = "AARJ-XYTN-XEK2-ULHE-SBQ3-V4OO-R6WI-FVWS"


@pytest.fixture
def view(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> RecoveryKeyView:
    # A short minute keeps the test quick; the code path is the same.
    monkeypatch.setattr(recovery_key, "CLIPBOARD_SECONDS", 0.2)
    widget = RecoveryKeyView()
    qtbot.addWidget(widget)
    widget.set_key(KEY)
    return widget


def test_the_key_is_shown_in_two_lines_of_groups(view: RecoveryKeyView) -> None:
    assert view.key_label.text() == grouped_lines(KEY)
    assert view.key_label.text().splitlines() == [
        "AARJ - XYTN - XEK2 - ULHE",
        "SBQ3 - V4OO - R6WI - FVWS",
    ]


def test_copy_clears_the_clipboard_afterwards(qtbot: QtBot, view: RecoveryKeyView) -> None:
    clipboard = QGuiApplication.clipboard()
    view.copy_button.click()
    assert clipboard.text() == KEY
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)


def test_something_copied_since_is_left_alone(qtbot: QtBot, view: RecoveryKeyView) -> None:
    clipboard = QGuiApplication.clipboard()
    view.copy_button.click()
    clipboard.setText("a note of the user's own")
    qtbot.wait(600)  # past the clearing moment
    assert clipboard.text() == "a note of the user's own"


@pytest.fixture
def worker() -> Iterator[Worker]:
    """The vault worker of the dialogs."""
    made = Worker()
    yield made
    made.close()


def test_the_recovery_key_dialog_opens_on_the_key(
    qtbot: QtBot, worker: Worker, tmp_path: Path
) -> None:
    dialog = RecoveryKeyDialog(tmp_path, worker.runner)
    qtbot.addWidget(dialog)
    dialog.open()
    opens_on(qtbot, dialog.key_edit)
    assert tab_stops(dialog.key_edit) == [dialog.key_edit, *buttons_left_to_right(dialog.buttons)]


def reset_dialog(qtbot: QtBot, worker: Worker, admin: Session) -> ResetPassphraseDialog:
    """The reset dialog on a session of the worker's own (as after a recovery-key unlock)."""
    dialog = ResetPassphraseDialog(worker.ops(admin).services.session, worker.runner)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: not worker.runner.busy)  # the administrators are listed
    return dialog


def test_the_reset_dialog_with_one_administrator_opens_on_the_passphrase(
    qtbot: QtBot, worker: Worker, admin_session: Session
) -> None:
    dialog = reset_dialog(qtbot, worker, admin_session)
    assert dialog.user_combo.count() == 1
    opens_on(qtbot, dialog.passphrase.first)
    assert tab_stops(dialog.user_combo) == [
        dialog.user_combo,
        dialog.passphrase.first,
        dialog.passphrase.second,
        *buttons_left_to_right(dialog.buttons),
    ]


def test_the_reset_dialog_with_several_administrators_opens_on_the_choice(
    qtbot: QtBot, worker: Worker, admin_session: Session
) -> None:
    people = PeopleService(admin_session)
    people.add_user("dirk", people.grants_for([Role.ADMINISTRATOR], []), STRONG_PASSPHRASE)
    dialog = reset_dialog(qtbot, worker, admin_session)
    assert dialog.user_combo.count() == 2
    opens_on(qtbot, dialog.user_combo)

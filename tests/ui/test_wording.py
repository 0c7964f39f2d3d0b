"""Small wording points: Qt's dialogs in Dutch, Listen… for roles that cannot listen, plurals."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from supervisor_app.ui.session.controller import AppController
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.ui.conftest import TEAM_LEAD, TEAM_LEAD_PASSPHRASE, MakeController, settle, unlock
from tests.ui.requests_fixtures import speaking


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[str]:
    with speaking("nl") as language:
        yield language


def test_qts_file_dialog_speaks_dutch(qtbot: QtBot, dutch: str) -> None:
    dialog = QFileDialog()
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
    buttons = sorted(b.text() for b in dialog.findChildren(QPushButton) if b.text())
    assert labels == ["&Zoeken in:", "Bestanden van &type:", "Bestands&naam:"]
    assert buttons == ["&Openen", "Annuleren"]


def test_listen_is_disabled_with_a_reason_for_a_role_that_cannot_listen(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path, dutch: str
) -> None:
    controller = make_controller(vault_with_people)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    settle(qtbot, main)
    assert not main.listen_button.isEnabled()
    assert main.listen_button.toolTip() == (
        "Jouw rol kan geen opnamen terugluisteren; alleen teamleiders en kwaliteitscoaches "
        "kunnen dat."
    )


def test_a_team_lead_gets_the_usual_listen_button(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    controller = make_controller(vault_with_people)
    controller.start()
    main = unlock(qtbot, controller, TEAM_LEAD, TEAM_LEAD_PASSPHRASE)
    settle(qtbot, main)
    assert main.listen_button.toolTip() == "Choose a purpose and give a reason, then play the call"


@pytest.mark.parametrize(
    ("minutes", "sentence"),
    [
        (1, "De kluis is vergrendeld na 1 minuut zonder invoer."),
        (5, "De kluis is vergrendeld na 5 minuten zonder invoer."),
    ],
)
def test_the_idle_lock_counts_minutes_in_good_dutch(
    qtbot: QtBot,
    make_controller: MakeController,
    vault_with_people: Path,
    dutch: str,
    minutes: int,
    sentence: str,
) -> None:
    controller: AppController = make_controller(vault_with_people)
    controller.settings = replace(controller.settings, idle_lock_minutes=minutes)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    settle(qtbot, main)
    controller.lock_idle()
    qtbot.waitUntil(controller.unlock_window.isVisible)
    assert controller.unlock_window.message.text() == sentence

"""Replacing the recovery key from the People page: asked, run on the worker, shown once."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from supervisor_app.services.session import Session
from supervisor_app.ui.dialogs.recovery_key_dialog import NewRecoveryKeyDialog
from supervisor_app.ui.session.recovery_key import grouped_lines
from supervisor_app.vault import audit, keyslots
from supervisor_app.vault.errors import WrongPassphrase
from supervisor_app.vault.keyslots import RECOVERY_SLOT
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.ui.conftest import TEAM_LEAD, TEAM_LEAD_PASSPHRASE, MakeController, on_worker, settle
from tests.ui.test_people_page import open_people


def button(box: QMessageBox, role: QMessageBox.ButtonRole) -> QAbstractButton:
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


def new_key_dialogs() -> list[NewRecoveryKeyDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, NewRecoveryKeyDialog)]


def test_the_button_is_for_administrators_only(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    _main, page = open_people(
        qtbot, make_controller, vault_with_people, TEAM_LEAD, TEAM_LEAD_PASSPHRASE
    )
    assert page.recovery_key_button.isHidden()


def test_cancel_changes_nothing(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    main, page = open_people(qtbot, make_controller, vault_with_people, ADMIN, ADMIN_PASSPHRASE)
    assert not page.recovery_key_button.isHidden()
    before = keyslots.read(vault_with_people).find(RECOVERY_SLOT)
    box = page.replace_recovery_key()
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, main)
    assert keyslots.read(vault_with_people).find(RECOVERY_SLOT) == before
    assert new_key_dialogs() == []


@pytest.mark.parametrize("rekey", [True, False], ids=["rekey", "no-rekey"])
def test_the_new_key_is_shown_once_and_the_dialog_stays_until_it_is_stored(
    qtbot: QtBot,
    make_controller: MakeController,
    vault_with_people: Path,
    new_vault: tuple[Session, str],
    rekey: bool,
) -> None:
    main, page = open_people(qtbot, make_controller, vault_with_people, ADMIN, ADMIN_PASSPHRASE)
    box = page.replace_recovery_key()
    assert box.checkBox().isChecked()  # re-encrypting is the default
    box.checkBox().setChecked(rekey)
    button(box, QMessageBox.ButtonRole.DestructiveRole).click()
    qtbot.waitUntil(lambda: page.recovery_key_dialog is not None)
    settle(qtbot, main)

    dialogs = new_key_dialogs()
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog is page.recovery_key_dialog
    shown = dialog.key_view.key_label.text()
    key = shown.replace(" ", "").replace("\n", "-")
    assert grouped_lines(key) == shown
    assert dialog.rekey_note.isHidden() == rekey

    # It stays until the user says the key is stored: neither Escape nor Done closes it.
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
    dialog.accept()
    assert dialog.isVisible()
    dialog.confirm.setChecked(True)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert not dialog.isVisible()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)
    assert new_key_dialogs() == []

    # The key shown opens the vault; the old one no longer does; the log says who did it.
    LockedVault.open(vault_with_people).unlock_with_recovery_key(key).lock()
    with pytest.raises(WrongPassphrase):
        LockedVault.open(vault_with_people).unlock_with_recovery_key(new_vault[1])
    entries = on_worker(main, lambda s: audit.entries(s.session.conn, limit=5))
    replaced = next(e for e in entries if e.action == "recovery_key_replaced")
    assert (replaced.actor, replaced.details["rekey"]) == (ADMIN, rekey)
    # The window's connection still works after the rekey.
    assert len(on_worker(main, lambda s: s.people.agents())) == 2

"""The first-run wizard creates a real vault and insists the recovery key is stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from supervisor_app.ui.session.setup_wizard import SetupWizard
from supervisor_app.vault.vault import LockedVault, is_vault
from tests.conftest import ADMIN_PASSPHRASE
from tests.ui.conftest import MakeController, unlock
from tests.ui.test_people_page import opens_on, tab_stops


def _fill_administrator(qtbot: QtBot, wizard: SetupWizard, passphrase: str) -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.name_edit, "anna")
    qtbot.keyClicks(page.display_edit, "Anna de Vries")
    qtbot.keyClicks(page.passphrase.first, passphrase)
    qtbot.keyClicks(page.passphrase.second, passphrase)


def test_wizard_creates_vault_and_requires_confirmation(
    qtbot: QtBot, make_controller: MakeController, tmp_path: Path
) -> None:
    folder = tmp_path / "new-vault"
    controller = make_controller(folder)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()

    wizard.next()  # intro -> location
    assert wizard.location_page.folder() == folder
    wizard.next()  # location -> administrator
    assert wizard.currentPage() is wizard.admin_page
    # The page opens in the user name, and Tab goes down the form, then to the buttons.
    page = wizard.admin_page
    opens_on(qtbot, page.name_edit)
    fields = [page.name_edit, page.display_edit, page.passphrase.first, page.passphrase.second]
    assert tab_stops(page.name_edit)[: len(fields)] == fields
    _fill_administrator(qtbot, wizard, ADMIN_PASSPHRASE)
    create = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(create.isEnabled)
    create.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)

    assert is_vault(folder)
    key = wizard.recovery_page.key_view.key_label.text()
    assert len(key.replace(" - ", "").replace("\n", "")) == 32
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()  # Escape or closing must not skip the key either
    assert wizard.isVisible()

    wizard.recovery_page.confirm.setChecked(True)
    assert finish.isEnabled()
    finish.click()

    qtbot.waitUntil(controller.unlock_window.isVisible)
    assert controller.wizard is None
    assert LockedVault.open(folder).user_names == ["anna"]
    assert controller.unlock_window.user_combo.currentText() == "anna"
    # Only the calm note: the folder did not exist when the app started, but it does now.
    assert controller.unlock_window.error.isHidden()
    assert controller.unlock_window.message.text() == (
        "Your vault is ready. Unlock it with your new passphrase."
    )
    window = unlock(qtbot, controller, "anna", ADMIN_PASSPHRASE)
    assert "Anna de Vries" in window.user_label.text()


def test_weak_passphrase_cannot_create(
    qtbot: QtBot, make_controller: MakeController, tmp_path: Path
) -> None:
    folder = tmp_path / "new-vault"
    controller = make_controller(folder)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    wizard.next()
    wizard.next()
    _fill_administrator(qtbot, wizard, "password1234")
    feedback = wizard.admin_page.passphrase.feedback
    qtbot.waitUntil(lambda: "guess" in feedback.text())
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert not folder.exists()


def test_location_refuses_a_folder_with_files(
    qtbot: QtBot, make_controller: MakeController, tmp_path: Path
) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a vault", encoding="utf-8")
    controller = make_controller(folder)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.location_page
    assert "not empty" in wizard.location_page.error.text()

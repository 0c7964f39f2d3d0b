"""Errors a user meets on the pages speak the interface language: no English sentence in Dutch."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from supervisor_app.ui.session.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.ui.conftest import TEAM_LEAD, TEAM_LEAD_PASSPHRASE, MakeController, settle, unlock
from tests.ui.requests_fixtures import speaking
from tests.ui.test_import_wizard import incomplete_vault, open_wizard, ready_vault  # noqa: F401
from tests.ui.test_policy_page import EXAMPLE, import_example
from tests.unit.test_language_markers import ENGLISH

# The Dutch interface says "agent" for a customer-service employee, as the glossary allows.
ONLY_ENGLISH = ENGLISH - {"agent", "agents"}


def assert_dutch(text: str) -> None:
    """Not empty, and no word that only English has."""
    assert text.strip()
    english = sorted({w for w in re.findall(r"[A-Za-z]+", text) if w.casefold() in ONLY_ENGLISH})
    assert not english, f"English words {english} in: {text}"


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[str]:
    with speaking("nl") as language:
        yield language


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sentences message boxes would show."""
    messages: list[str] = []

    def warning(_parent: QWidget | None, _title: str, message: str) -> None:
        messages.append(message)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return messages


def _open(
    qtbot: QtBot, make_controller: MakeController, folder: Path, user: str, passphrase: str
) -> MainWindow:
    controller = make_controller(folder)
    controller.start()
    main = unlock(qtbot, controller, user, passphrase)
    settle(qtbot, main)
    return main


def test_people_dialogs_refuse_in_dutch(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path, dutch: str
) -> None:
    main = _open(qtbot, make_controller, vault_with_people, ADMIN, ADMIN_PASSPHRASE)
    page = main.people_page
    main.show_page(page)
    settle(qtbot, main)

    team = page.add_team()
    team.name_edit.setText("   ")
    team.ok_button.click()
    settle(qtbot, main)
    assert team.error.text() == "Vul een teamnaam in van hoogstens 64 tekens."
    team.reject()

    agent = page.add_agent()
    agent.name_edit.setText("Kofi Mensah")
    agent.extensions_edit.setText("abc")
    agent.team_combo.setCurrentText("Team Noord")
    agent.ok_button.click()
    settle(qtbot, main)
    assert agent.error.text() == (
        "Het toestelnummer “abc” bestaat niet uit cijfers; gebruik bijvoorbeeld 201."
    )
    assert_dutch(agent.error.text())


def test_a_wrong_passphrase_is_told_in_dutch(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path, dutch: str
) -> None:
    controller = make_controller(vault_with_people)
    controller.start()
    window = controller.unlock_window
    window.user_combo.setCurrentText(ADMIN)
    window.passphrase_edit.setText("niet-de-goede-wachtwoordzin")
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.error.isVisible)
    assert (
        window.error.text() == f"De wachtwoordzin voor “{ADMIN}” klopt niet; probeer het opnieuw."
    )


def test_an_unreadable_file_and_a_refused_policy_are_told_in_dutch(
    qtbot: QtBot,
    make_controller: MakeController,
    vault_with_people: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[str],
    dutch: str,
) -> None:
    import_example(vault_with_people)
    main = _open(qtbot, make_controller, vault_with_people, ADMIN, ADMIN_PASSPHRASE)
    page = main.policy_page
    main.show_page(page)
    settle(qtbot, main)
    chosen: list[Path] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(chosen[-1]), ""))
    )

    chosen.append(tmp_path / "kwijt.toml")  # gone between choosing and reading
    page.import_button.click()
    settle(qtbot, main)
    assert (
        shown[-1] == f"Het beleidsbestand {chosen[-1]} kan niet worden gelezen (het bestaat niet)."
    )

    latin = tmp_path / "latin1.toml"
    latin.write_bytes('naam = "Caf\xe9"\n'.encode("latin-1"))
    chosen.append(latin)
    page.import_button.click()
    settle(qtbot, main)
    assert "is geen UTF-8-tekst" in shown[-1]

    refused = tmp_path / "toestemming.toml"
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('legal_basis = "legitimate_interest"', 'legal_basis = "consent"', 1)
    text = text.replace("max_per_agent_per_week = 3", 'max_per_agent_per_week = "veel"')
    text = text.replace('timezone = "Europe/Amsterdam"', 'tijdzone = "Europe/Amsterdam"')
    refused.write_text(text, encoding="utf-8")
    chosen.append(refused)
    page.import_button.click()
    settle(qtbot, main)
    assert "Toestemming is geen geldige grondslag" in shown[-1]
    assert "Dit moet een geheel getal zijn, niet “veel”." in shown[-1]
    assert "Onbekende sleutel “tijdzone”; bedoel je “timezone”?" in shown[-1]
    for line in shown[-1].splitlines():
        assert_dutch(line.split(": ", 1)[-1])  # the key before the colon is the file's own


def test_access_denied_is_told_in_dutch(
    qtbot: QtBot,
    make_controller: MakeController,
    vault_with_people: Path,
    shown: list[str],
    dutch: str,
) -> None:
    main = _open(qtbot, make_controller, vault_with_people, TEAM_LEAD, TEAM_LEAD_PASSPHRASE)
    # The page hides what a team lead may not do; the service refuses it all the same, and
    # the operations layer shows the refusal as every page's failure does.
    main.ops.change(main, lambda s: s.people.add_team("Team Oost"), changes=())
    settle(qtbot, main)
    assert shown == ["Alleen een beheerder kan teams toevoegen."]


def test_an_unreadable_export_is_told_in_dutch(
    qtbot: QtBot,
    make_controller: MakeController,
    ready_vault: Path,  # noqa: F811
    tmp_path: Path,
    dutch: str,
) -> None:
    controller = make_controller(ready_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    settle(qtbot, main)
    wizard = open_wizard(qtbot, main)
    monitor = tmp_path / "monitor"
    monitor.mkdir()
    master = tmp_path / "Master.csv"
    master.write_text("a,b,c\n" * 3, encoding="utf-8")  # not call records at all
    wizard.source_page.set_source("freepbx", monitor, master)
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.problems.isVisible() or page.error.isVisible())
    shown = page.problems.toPlainText() if page.problems.isVisible() else page.error.text()
    assert (
        "Master.csv, regel 1: het aantal velden in de rij is 3, terwijl Master.csv er 16 tot 21"
        in shown
    )
    for line in shown.splitlines():
        assert_dutch(line.replace("Master.csv", ""))
    wizard.reject()


def test_importing_with_an_incomplete_policy_is_refused_in_dutch(
    qtbot: QtBot,
    make_controller: MakeController,
    incomplete_vault: Path,  # noqa: F811
    dutch: str,
) -> None:
    controller = make_controller(incomplete_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    main.open_import()
    settle(qtbot, main)
    box = main.import_window
    assert isinstance(box, QMessageBox)
    for line in (box.text() + "\n" + box.informativeText()).splitlines():
        assert_dutch(line)
    box.close()

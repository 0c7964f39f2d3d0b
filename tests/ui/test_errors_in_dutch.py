"""Errors a user meets on the pages speak the interface language: no English sentence in Dutch."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from supervisor_app.domain.errors import AccessDenied
from supervisor_app.services.backup import BackupService
from supervisor_app.services.session import Session
from supervisor_app.services.transparency import TransparencyService
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.dialogs.agent_import_dialog import AgentImportDialog
from supervisor_app.ui.session.main_window import MainWindow
from supervisor_app.ui.words.error_text import error_text
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_import_pipeline import MONDAY
from tests.integration.test_listen import CASE, REASON, Vault, build_vault
from tests.ui.conftest import (
    TEAM_LEAD,
    TEAM_LEAD_PASSPHRASE,
    MakeController,
    on_worker,
    settle,
    unlock,
)
from tests.ui.requests_fixtures import speaking
from tests.ui.test_import_wizard import incomplete_vault, open_wizard, ready_vault  # noqa: F401
from tests.ui.test_listen_dialog import worker_ops
from tests.ui.test_policy_page import EXAMPLE, import_example
from tests.ui.test_scorecard_player import close, loaded, open_player
from tests.unit.test_language_markers import ENGLISH

# The Dutch interface says "medewerker", as the documents do, so "agent" is English here too.
ONLY_ENGLISH = ENGLISH


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


# --- the windows of a roll-out and of coaching ----------------------------------------------


def test_a_bad_agents_list_is_told_line_by_line_in_dutch(
    qtbot: QtBot,
    make_controller: MakeController,
    vault_with_people: Path,
    tmp_path: Path,
    dutch: str,
) -> None:
    main = _open(qtbot, make_controller, vault_with_people, ADMIN, ADMIN_PASSPHRASE)
    page = main.people_page
    main.show_page(page)
    settle(qtbot, main)
    bad = tmp_path / "hr.csv"
    bad.write_text(
        "extension;name;team;e-mail;language\n"
        "201;Fatima El Amrani;Team Noord;;nl\n"
        "abc;Sam de Vries;Team West;;nl\n"
        "305;Kofi Mensah;Team West;;fr\n"
        "201;Ivo de Boer;Team Noord;;nl\n",
        encoding="utf-8",
    )
    page.import_agents_from(bad)
    settle(qtbot, main)
    dialog = page.import_dialog
    assert isinstance(dialog, AgentImportDialog)
    settle(qtbot, main)
    lines = [dialog.errors_list.item(i).text() for i in range(dialog.errors_list.count())]
    assert lines == [
        "Regel 3: Het toestelnummer “abc” bestaat niet uit cijfers; gebruik bijvoorbeeld 201.",
        "Regel 4: de taal ‘fr’ is geen nl en geen en; schrijf nl of en, of laat het leeg voor nl.",
        "Regel 5: toestelnummer 201 staat ook op regel 2; geef elk toestelnummer aan maar één "
        "medewerker.",
    ]
    for line in lines:
        assert_dutch(line)
    dialog.reject()

    # A file that cannot be read at all says so in one Dutch sentence.
    empty = tmp_path / "leeg.csv"
    empty.write_text("\n", encoding="utf-8")
    page.import_agents_from(empty)
    settle(qtbot, main)
    dialog = page.import_dialog
    assert isinstance(dialog, AgentImportDialog)
    settle(qtbot, main)
    assert dialog.error.text().startswith("De lijst met medewerkers is leeg;")
    assert_dutch(dialog.error.text().replace("extension, name", ""))
    dialog.reject()


def test_a_refused_merge_of_reports_is_told_in_dutch(
    qtbot: QtBot,
    make_controller: MakeController,
    vault_with_people: Path,
    tmp_path: Path,
    dutch: str,
) -> None:
    main = _open(qtbot, make_controller, vault_with_people, ADMIN, ADMIN_PASSPHRASE)
    period = (MONDAY.date(), dt.date.today())
    report = on_worker(main, lambda s: TransparencyService(s.session).report(*period))
    files = []
    for name in ("noord.json", "noord-kopie.json"):
        path = tmp_path / name
        path.write_text(json.dumps(report.to_json()), encoding="utf-8")
        files.append(path)
    dialog = main.open_merge_reports()
    dialog.add_files(files)
    dialog.combine(tmp_path / "nooit.csv")
    settle(qtbot, main)
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        f"noord.json en noord-kopie.json zijn allebei rapportages van kluis {report.vault_id}; "
        "voeg de rapportage van elke kluis één keer toe."
    )

    not_a_report = tmp_path / "boodschappen.json"
    not_a_report.write_text('{"melk": 2}', encoding="utf-8")
    dialog.files.clear()
    dialog.add_files([files[0], not_a_report])
    dialog.combine(tmp_path / "nooit.csv")
    settle(qtbot, main)
    assert dialog.error.text().startswith(
        "boodschappen.json is geen verantwoordingsrapportage van een kluis;"
    )
    assert_dutch(dialog.error.text().replace("report transparency", ""))
    assert not (tmp_path / "nooit.csv").exists()
    dialog.reject()


def test_a_restore_with_a_wrong_passphrase_is_told_in_dutch(
    qtbot: QtBot,
    make_controller: MakeController,
    new_vault: tuple[Session, str],
    tmp_path: Path,
    dutch: str,
) -> None:
    session, _recovery = new_vault
    report = BackupService(session).make(tmp_path / "back-ups")
    session.lock()
    controller = make_controller(session.vault.folder)
    controller.start()
    dialog = controller.unlock_window.restore_backup()

    nothing = tmp_path / "geen-back-up"
    nothing.mkdir()
    dialog.use_backup(nothing)
    qtbot.waitUntil(dialog.error.isVisible, timeout=15_000)
    assert dialog.error.text().startswith(f"De map {nothing} is geen back-up van een kluis;")
    assert_dutch(dialog.error.text().replace(str(nothing), ""))

    dialog.use_backup(report.path)
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=15_000)
    dialog.secret_edit.setText("niet de wachtwoordzin van toen")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=15_000)
    assert dialog.error.text() == (
        f"De wachtwoordzin voor ‘{ADMIN}’ opent deze back-up niet; gebruik de wachtwoordzin "
        "die je had toen de back-up werd gemaakt."
    )
    assert controller.session is None
    dialog.reject()


@pytest.fixture
def coaching_vault(admin_session: Session, tmp_path: Path) -> Vault:
    return build_vault(admin_session, tmp_path)


@pytest.fixture
def lead_ops(coaching_vault: Vault) -> Iterator[Ops]:
    with worker_ops(coaching_vault.lead) as ops:
        yield ops


def test_coaching_refusals_are_told_in_dutch(
    qtbot: QtBot, coaching_vault: Vault, lead_ops: Ops, dutch: str
) -> None:
    vault, ops = coaching_vault, lead_ops
    window = open_player(qtbot, ops, vault.noord)
    panel = loaded(qtbot, window)
    comment = panel.rows[0].comment
    comment.setFocus()
    comment.setText("te lang " * 200)  # 1,600 characters: more than a comment may hold
    qtbot.keyClick(comment, Qt.Key.Key_Return)
    settle(qtbot, ops)
    assert panel.error_label.isVisible()
    assert panel.error_label.text() == "Maak de toelichting korter: hoogstens 1000 tekens."
    close(qtbot, window, ops)
    del panel, window  # closed and deleted: the refusal's traceback below must not hold them

    # A listen for a purpose that is not coaching has no scorecard; the player shows none,
    # and the service's refusal reads in Dutch wherever it is shown.
    listen = on_worker(ops, lambda s: s.listening.open(vault.campaign, "dispute", REASON, CASE))
    with pytest.raises(AccessDenied) as refused:
        on_worker(ops, lambda s: s.coaching.start(listen.id))
    text = error_text(refused.value)
    assert text.startswith("Bij terugluisteren voor ‘")
    assert text.endswith(
        "’ hoort geen beoordeling: het beleid merkt dat doel niet aan als coaching."
    )
    assert_dutch(text)
    on_worker(ops, lambda _s: listen.close())

"""The People page on a real vault: administrators change people, team leads only look."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from supervisor_app.domain.people import Language
from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.ui.people_models import AgentsModel, TeamsModel, UsersModel
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, STRONG_PASSPHRASE
from tests.ui.conftest import TEAM_LEAD, TEAM_LEAD_PASSPHRASE, MakeController, unlock


def _rows(model: UsersModel | AgentsModel | TeamsModel, column: int = 0) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_administrator_adds_team_agent_and_user(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    controller = make_controller(vault_with_people)
    controller.start()
    page = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE).people_page
    # isHidden: hidden on purpose, whichever tab happens to be showing.
    assert not page.add_team_button.isHidden()
    assert page.read_only_note.isHidden()

    team_dialog = page.add_team()
    team_dialog.name_edit.setText("Team Noord")
    team_dialog.ok_button.click()
    assert team_dialog.error.text() == "There is already a team called “Team Noord”."
    team_dialog.name_edit.setText("Team West")
    team_dialog.ok_button.click()
    assert "Team West" in _rows(page.teams_model)

    agent_dialog = page.add_agent()
    agent_dialog.name_edit.setText("Kofi Mensah")
    agent_dialog.extensions_edit.setText("206, 207")
    agent_dialog.team_combo.setCurrentText("Team West")
    agent_dialog.email_edit.setText("kofi@voorbeeld.example")
    agent_dialog.language_combo.setCurrentIndex(agent_dialog.language_combo.findData(Language.EN))
    agent_dialog.ok_button.click()
    row = _rows(page.agents_model).index("Kofi Mensah")
    assert page.agents_model.index(row, 1).data() == "206, 207"
    assert page.agents_model.index(row, 2).data() == "Team West"
    assert page.agents_model.index(row, 4).data() == "English"

    user_dialog = page.add_user()
    qtbot.keyClicks(user_dialog.name_edit, "carla")
    qtbot.keyClicks(user_dialog.display_edit, "Carla Bakker")
    user_dialog.roles.checks[Role.TEAM_LEAD].setChecked(True)
    user_dialog.passphrase.first.setText(STRONG_PASSPHRASE)
    user_dialog.passphrase.second.setText(STRONG_PASSPHRASE)
    user_dialog.passphrase.evaluate()
    user_dialog.ok_button.click()  # no team ticked yet
    assert "tick at least one team" in user_dialog.error.text()
    for row in range(user_dialog.roles.team_list.count()):
        item = user_dialog.roles.team_list.item(row)
        if item.text() == "Team West":
            item.setCheckState(Qt.CheckState.Checked)
    user_dialog.ok_button.click()
    qtbot.waitUntil(lambda: "carla" in _rows(page.users_model))

    row = _rows(page.users_model).index("carla")
    assert page.users_model.index(row, 2).data() == "Team lead (Team West)"
    # The new user really has a key slot that opens with the chosen passphrase.
    LockedVault.open(vault_with_people).unlock("carla", STRONG_PASSPHRASE).lock()


def test_team_lead_sees_own_team_only_and_cannot_change(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    controller = make_controller(vault_with_people)
    controller.start()
    main = unlock(qtbot, controller, TEAM_LEAD, TEAM_LEAD_PASSPHRASE)
    page = main.people_page

    assert _rows(page.agents_model) == ["Fatima El Amrani"]
    assert _rows(page.teams_model) == ["Team Noord"]
    assert _rows(page.users_model) == [TEAM_LEAD]
    for button in (
        page.add_user_button,
        page.roles_button,
        page.remove_user_button,
        page.add_agent_button,
        page.edit_agent_button,
        page.add_team_button,
    ):
        assert button.isHidden()
    assert not page.read_only_note.isHidden()
    assert "Team lead" in main.user_label.text()
    # Their own passphrase is theirs to change.
    page.users_view.selectRow(0)
    assert page.passphrase_button.isEnabled()


def test_remove_user_with_rekey_keeps_the_vault_usable(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    controller = make_controller(vault_with_people)
    controller.start()
    page = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE).people_page
    page.users_view.selectRow(_rows(page.users_model).index(TEAM_LEAD))
    box = page.remove_user()
    assert box is not None and box.checkBox().isChecked()
    remove = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole)
    remove.click()
    qtbot.waitUntil(lambda: TEAM_LEAD not in _rows(page.users_model))

    session = controller.session
    assert session is not None
    # The GUI's connection was reopened under the new key and still works.
    assert len(PeopleService(session).agents()) == 2
    assert TEAM_LEAD not in LockedVault.open(vault_with_people).user_names


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, admin_session: Session) -> None:
    people = PeopleService(admin_session)
    people.add_team("Team Noord")
    people.add_agent("Fatima El Amrani", ["201"], "Team Noord")
    teams = people.teams()
    users = UsersModel()
    users.set_users(people.users(), {t.id: t.name for t in teams})
    agents = AgentsModel()
    agents.set_agents(people.agents())
    teams_model = TeamsModel()
    teams_model.set_teams(teams)
    for model in (users, agents, teams_model, TeamsModel()):
        qtmodeltester.check(model, force_py=True)
    assert agents.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert agents.headerData(0, Qt.Orientation.Vertical) is None

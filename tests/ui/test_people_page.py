"""The People page on a real vault: administrators change people, team leads only look."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from supervisor_app.domain.people import Language
from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.ui.models.people_models import AgentsModel, TeamsModel, UsersModel
from supervisor_app.ui.pages.people_page import PeoplePage
from supervisor_app.ui.session.main_window import MainWindow
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, STRONG_PASSPHRASE
from tests.ui.conftest import (
    TEAM_LEAD,
    TEAM_LEAD_PASSPHRASE,
    MakeController,
    on_worker,
    settle,
    unlock,
)


def _rows(model: UsersModel | AgentsModel | TeamsModel, column: int = 0) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def open_people(
    qtbot: QtBot, make_controller: MakeController, folder: Path, name: str, passphrase: str
) -> tuple[MainWindow, PeoplePage]:
    """Unlock as name and show the People page with what it read."""
    controller = make_controller(folder)
    controller.start()
    main = unlock(qtbot, controller, name, passphrase)
    main.show_page(main.people_page)
    settle(qtbot, main)
    return main, main.people_page


def test_administrator_adds_team_agent_and_user(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    main, page = open_people(qtbot, make_controller, vault_with_people, ADMIN, ADMIN_PASSPHRASE)
    # isHidden: hidden on purpose, whichever tab happens to be showing.
    assert not page.add_team_button.isHidden()
    assert page.read_only_note.isHidden()

    team_dialog = page.add_team()
    team_dialog.name_edit.setText("Team Noord")
    team_dialog.ok_button.click()
    settle(qtbot, main)
    assert team_dialog.error.text() == "There is already a team called “Team Noord”."
    team_dialog.name_edit.setText("Team West")
    team_dialog.ok_button.click()
    settle(qtbot, main)
    assert "Team West" in _rows(page.teams_model)

    agent_dialog = page.add_agent()
    agent_dialog.name_edit.setText("Kofi Mensah")
    agent_dialog.extensions_edit.setText("206, 207")
    agent_dialog.team_combo.setCurrentText("Team West")
    agent_dialog.email_edit.setText("kofi@voorbeeld.example")
    agent_dialog.language_combo.setCurrentIndex(agent_dialog.language_combo.findData(Language.EN))
    agent_dialog.ok_button.click()
    settle(qtbot, main)
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
    settle(qtbot, main)

    row = _rows(page.users_model).index("carla")
    assert page.users_model.index(row, 2).data() == "Team lead (Team West)"
    # The new user really has a key slot that opens with the chosen passphrase.
    LockedVault.open(vault_with_people).unlock("carla", STRONG_PASSPHRASE).lock()


def test_team_lead_sees_own_team_only_and_cannot_change(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    main, page = open_people(
        qtbot, make_controller, vault_with_people, TEAM_LEAD, TEAM_LEAD_PASSPHRASE
    )

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
    main, page = open_people(qtbot, make_controller, vault_with_people, ADMIN, ADMIN_PASSPHRASE)
    page.users_view.selectRow(_rows(page.users_model).index(TEAM_LEAD))
    box = page.remove_user()
    assert box is not None and box.checkBox().isChecked()
    remove = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole)
    remove.click()
    qtbot.waitUntil(lambda: TEAM_LEAD not in _rows(page.users_model))
    settle(qtbot, main)

    # The GUI's connection was reopened under the new key and still works.
    assert len(on_worker(main, lambda s: s.people.agents())) == 2
    assert TEAM_LEAD not in LockedVault.open(vault_with_people).user_names


def tab_stops(start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from start round to start again (as Qt picks the next one)."""
    stops = [start]
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start:
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        # A date edit's inner line edit is not a stop of its own: its focus proxy is the edit.
        if takes_tab and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def buttons_left_to_right(box: QDialogButtonBox) -> list[QWidget]:
    """The usable buttons of a button box, in the order the platform shows them."""
    return sorted((b for b in box.buttons() if b.isEnabled()), key=lambda b: b.x())


def opens_on(qtbot: QtBot, field: QWidget) -> None:
    """Wait until the dialog of field is on screen with the keyboard focus in field."""
    window = field.window()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)


def test_dialogs_open_on_their_first_field_and_tab_top_down(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    main, page = open_people(qtbot, make_controller, vault_with_people, ADMIN, ADMIN_PASSPHRASE)

    add_user = page.add_user()
    opens_on(qtbot, add_user.name_edit)
    checks = add_user.roles.checks
    assert tab_stops(add_user.name_edit) == [
        add_user.name_edit,
        add_user.display_edit,
        *(checks[role] for role in Role),  # the team list is off until a team role is ticked
        add_user.passphrase.first,
        add_user.passphrase.second,
        *buttons_left_to_right(add_user.buttons),  # Add user is off until the form is complete
    ]
    add_user.reject()

    agent = page.add_agent()
    opens_on(qtbot, agent.name_edit)
    assert tab_stops(agent.name_edit) == [
        agent.name_edit,
        agent.extensions_edit,
        agent.team_combo,
        agent.email_edit,
        agent.language_combo,
        *buttons_left_to_right(agent.buttons),
    ]
    agent.reject()

    team = page.add_team()
    opens_on(qtbot, team.name_edit)
    assert tab_stops(team.name_edit) == [team.name_edit, *buttons_left_to_right(team.buttons)]
    team.reject()

    page.users_view.selectRow(_rows(page.users_model).index(TEAM_LEAD))
    roles = page.change_roles()
    assert roles is not None
    first_role = roles.roles.checks[Role.ADMINISTRATOR]
    opens_on(qtbot, first_role)
    assert tab_stops(first_role) == [
        *(roles.roles.checks[role] for role in Role),
        roles.roles.team_list,  # a team lead's teams are ticked in it
        *buttons_left_to_right(roles.buttons),
    ]
    roles.reject()

    passphrase = page.change_passphrase()
    assert passphrase is not None
    opens_on(qtbot, passphrase.passphrase.first)
    assert tab_stops(passphrase.passphrase.first) == [
        passphrase.passphrase.first,
        passphrase.passphrase.second,
        *buttons_left_to_right(passphrase.buttons),
    ]
    passphrase.reject()
    settle(qtbot, main)


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

"""People management through the services layer: roles, team scoping and administrator rules."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from supervisor_app.domain.errors import AccessDenied, InputError, NotFound
from supervisor_app.domain.people import Language, RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services import session as session_service
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.vault import audit
from supervisor_app.vault.errors import UnknownUser
from supervisor_app.vault.keyslots import SLOTS_FILE
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE

NOORD, ZUID = "Team Noord", "Team Zuid"
PASSPHRASES = {
    "bram": "groene-trein-zingt-zachtjes",
    "carla": "blauwe-walvis-leest-kranten",
    "dirk": "oranje-molen-draait-langzaam",
    "eva": "stille-uil-telt-sterren",
}
AGENTS = (
    ("Fatima El Amrani", "201", NOORD),
    ("Gert van Dijk", "202", NOORD),
    ("Ivo de Boer", "204", ZUID),
    ("Kofi Mensah", "206", ZUID),
)


@pytest.fixture
def people(admin_session: Session) -> PeopleService:
    """The administrator's service on a vault with two teams, four agents and four users."""
    service = PeopleService(admin_session)
    for team in (NOORD, ZUID):
        service.add_team(team)
    for name, ext, team in AGENTS:
        service.add_agent(name, [ext], team, None, Language.NL)
    roles = {
        "bram": ([Role.TEAM_LEAD], [NOORD]),
        "carla": ([Role.TEAM_LEAD], [ZUID]),
        "dirk": ([Role.QUALITY_COACH], [NOORD, ZUID]),
        "eva": ([Role.AUDITOR], []),
    }
    for name, (role_list, teams) in roles.items():
        service.add_user(name, service.grants_for(role_list, teams), PASSPHRASES[name])
    return service


@pytest.fixture
def as_user(people: PeopleService, vault_dir: Path) -> Iterator[Callable[[str], PeopleService]]:
    """Open a session as another user of the same vault."""
    opened: list[Session] = []

    def open_as(name: str) -> PeopleService:
        session = session_service.unlock(vault_dir, name, PASSPHRASES[name])
        opened.append(session)
        return PeopleService(session)

    yield open_as
    for session in opened:
        session.lock()


def agent_names(service: PeopleService) -> list[str]:
    """Names of the agents the service's user may see."""
    return [a.name for a in service.agents()]


def log_size(service: PeopleService) -> int:
    """Entries in the audit log."""
    return len(audit.entries(service.session.conn))


# --- who sees what ------------------------------------------------------------------------


def test_a_team_lead_sees_only_the_agents_of_their_team(
    as_user: Callable[[str], PeopleService],
) -> None:
    bram, carla = as_user("bram"), as_user("carla")
    assert agent_names(bram) == ["Fatima El Amrani", "Gert van Dijk"]
    assert agent_names(carla) == ["Ivo de Boer", "Kofi Mensah"]
    assert [t.name for t in bram.teams()] == [NOORD]
    assert [u.name for u in bram.users()] == ["bram"]


def test_a_quality_coach_of_two_teams_sees_both(as_user: Callable[[str], PeopleService]) -> None:
    dirk = as_user("dirk")
    assert agent_names(dirk) == sorted(a[0] for a in AGENTS)
    assert [t.name for t in dirk.teams()] == [NOORD, ZUID]


def test_a_lead_of_a_second_team_sees_that_team_too(
    people: PeopleService, as_user: Callable[[str], PeopleService]
) -> None:
    grants = people.grants_for([Role.TEAM_LEAD], [NOORD, ZUID])
    people.set_roles("bram", grants)
    assert agent_names(as_user("bram")) == sorted(a[0] for a in AGENTS)


def test_an_auditor_sees_everyone_but_changes_nothing(
    people: PeopleService, as_user: Callable[[str], PeopleService]
) -> None:
    eva = as_user("eva")
    assert agent_names(eva) == sorted(a[0] for a in AGENTS)
    assert [u.name for u in eva.users()] == [ADMIN, "bram", "carla", "dirk", "eva"]
    with pytest.raises(AccessDenied, match="administrator"):
        eva.add_agent("Nieuwe Agent", ["299"], NOORD)
    assert agent_names(people) == sorted(a[0] for a in AGENTS)


def test_the_administrator_sees_everything(people: PeopleService) -> None:
    assert agent_names(people) == sorted(a[0] for a in AGENTS)
    assert len(people.users()) == 5
    assert len(people.teams()) == 2


# --- only administrators manage -----------------------------------------------------------

ACTIONS: dict[str, Callable[[PeopleService], Any]] = {
    "add_team": lambda s: s.add_team("Team West"),
    "add_agent": lambda s: s.add_agent("Nieuwe Agent", ["299"], NOORD),
    "update_agent": lambda s: s.update_agent(
        s.agents()[0].id, "Nieuwe Naam", ["201"], NOORD, None, Language.EN
    ),
    "add_user": lambda s: s.add_user(
        "frank", [RoleGrant(Role.AUDITOR)], "paarse-olifant-fietst-morgen"
    ),
    "set_roles": lambda s: s.set_roles("carla", [RoleGrant(Role.ADMINISTRATOR)]),
    "set_roles_self": lambda s: s.set_roles(s.session.user.name, [RoleGrant(Role.ADMINISTRATOR)]),
    "set_passphrase_other": lambda s: s.set_passphrase("carla", "zes-rode-kikkers-dansen-vrolijk"),
    "remove_user": lambda s: s.remove_user("carla"),
    "remove_user_rekey": lambda s: s.remove_user("carla", rekey=True),
    "rekey": lambda s: s.rekey(),
}


@pytest.mark.parametrize("action", sorted(ACTIONS))
@pytest.mark.parametrize("user", ["bram", "dirk", "eva"])
def test_non_administrators_are_denied_every_management_action(
    as_user: Callable[[str], PeopleService], vault_dir: Path, user: str, action: str
) -> None:
    service = as_user(user)
    slots_before = (vault_dir / SLOTS_FILE).read_bytes()
    log_before = log_size(service)
    with pytest.raises(AccessDenied) as caught:
        ACTIONS[action](service)
    assert str(caught.value).startswith("Only an administrator can")
    assert (vault_dir / SLOTS_FILE).read_bytes() == slots_before
    assert log_size(service) == log_before
    assert not service.session.conn.in_transaction


def test_a_user_may_change_their_own_passphrase(
    as_user: Callable[[str], PeopleService], vault_dir: Path
) -> None:
    bram = as_user("bram")
    bram.set_passphrase("bram", "zes-rode-kikkers-dansen-vrolijk")
    LockedVault.open(vault_dir).unlock("bram", "zes-rode-kikkers-dansen-vrolijk").lock()


# --- the last administrator ---------------------------------------------------------------


def test_the_last_administrator_cannot_demote_themselves(people: PeopleService) -> None:
    log_before = log_size(people)
    with pytest.raises(InputError, match="last administrator"):
        people.set_roles(ADMIN, [RoleGrant(Role.AUDITOR)])
    assert people.session.user.is_administrator
    assert log_size(people) == log_before


def test_an_administrator_cannot_remove_themselves(people: PeopleService) -> None:
    with pytest.raises(InputError, match="yourself"):
        people.remove_user(ADMIN.upper())


def test_the_last_administrator_cannot_be_removed(
    people: PeopleService, new_vault: tuple[Session, str], vault_dir: Path
) -> None:
    people.session.lock()
    recovered = Session.start(LockedVault.open(vault_dir).unlock_with_recovery_key(new_vault[1]))
    try:
        service = PeopleService(recovered)
        with pytest.raises(InputError, match="last administrator"):
            service.remove_user(ADMIN)
        with pytest.raises(InputError, match="last administrator"):
            service.set_roles(ADMIN, [RoleGrant(Role.AUDITOR)])
        assert [u.name for u in service.users() if u.is_administrator] == [ADMIN]
    finally:
        recovered.lock()
    LockedVault.open(vault_dir).unlock(ADMIN, ADMIN_PASSPHRASE).lock()


def test_with_a_second_administrator_the_first_may_step_down(
    people: PeopleService, as_user: Callable[[str], PeopleService]
) -> None:
    people.set_roles("carla", [RoleGrant(Role.ADMINISTRATOR)])
    demoted = people.set_roles(ADMIN, [RoleGrant(Role.AUDITOR)])
    assert not demoted.is_administrator
    assert not people.session.user.is_administrator  # the session follows the change
    with pytest.raises(AccessDenied):
        people.add_team("Team West")
    carla = as_user("carla")
    # No rekey: the first administrator's session is still open in this process.
    carla.remove_user(ADMIN, rekey=False)
    assert ADMIN not in [u.name for u in carla.users()]


# --- bad input ----------------------------------------------------------------------------


def test_a_duplicate_extension_is_refused(people: PeopleService) -> None:
    with pytest.raises(InputError, match="201"):
        people.add_agent("Nieuwe Agent", ["299", "201"], ZUID)
    ivo = next(a for a in people.agents() if a.extensions == ("204",))
    with pytest.raises(InputError, match="202"):
        people.update_agent(ivo.id, ivo.name, ["202"], ZUID, None, Language.NL)
    assert len(people.agents()) == len(AGENTS)
    # Keeping one's own extension is fine.
    moved = people.update_agent(
        ivo.id, ivo.name, ["204", "207"], NOORD, "ivo@example.org", Language.EN
    )
    assert (moved.extensions, moved.team_name, moved.language) == (
        ("204", "207"),
        NOORD,
        Language.EN,
    )


def test_duplicates_and_unknowns_are_refused(people: PeopleService) -> None:
    with pytest.raises(InputError, match="already a team"):
        people.add_team("team noord")
    with pytest.raises(InputError, match="already a user"):
        people.add_user("BRAM", [RoleGrant(Role.AUDITOR)], "zes-rode-kikkers-dansen-vrolijk")
    with pytest.raises(NotFound):
        people.add_agent("Nieuwe Agent", ["299"], "Team Nergens")
    with pytest.raises(NotFound):
        people.remove_user("nobody")
    with pytest.raises(InputError, match="team"):
        people.grants_for([Role.QUALITY_COACH], [])


@pytest.mark.parametrize(
    "weak",
    ["short", "password1234", "frankfrank123", "aaaaaaaaaaaaaaaa", "qwertyuiopasdf"],
)
def test_weak_passphrases_are_refused_with_a_hint(
    people: PeopleService, vault_dir: Path, weak: str
) -> None:
    slots_before = (vault_dir / SLOTS_FILE).read_bytes()
    with pytest.raises(InputError) as caught:
        people.add_user("frank", [RoleGrant(Role.AUDITOR)], weak)
    hint = str(caught.value)
    assert "passphrase" in hint and hint.endswith(".") and "\n" not in hint
    with pytest.raises(InputError):
        people.set_passphrase("bram", weak)
    assert (vault_dir / SLOTS_FILE).read_bytes() == slots_before
    assert "frank" not in [u.name for u in people.users()]


def test_a_passphrase_built_on_the_users_name_is_refused(people: PeopleService) -> None:
    with pytest.raises(InputError):
        people.add_user(
            "wilhelmina", [RoleGrant(Role.AUDITOR)], "wilhelmina2024", "Wilhelmina Janssen"
        )


# --- the log ------------------------------------------------------------------------------


def test_every_change_is_logged_without_agents_names(people: PeopleService) -> None:
    entries = list(reversed(audit.entries(people.session.conn)))
    actions = [e.action for e in entries]
    assert actions[:2] == ["vault_created", "unlock"]
    assert actions.count("team_added") == 2
    assert actions.count("agent_added") == len(AGENTS)
    assert actions.count("user_added") == 4
    assert all(e.actor == ADMIN for e in entries)
    text = json.dumps([(e.subject, e.details) for e in entries])
    for name, _, _ in AGENTS:
        assert name not in text
    for phrase in PASSPHRASES.values():
        assert phrase not in text
    assert audit.verify(people.session.conn).intact


def test_a_removed_user_can_no_longer_unlock(people: PeopleService, vault_dir: Path) -> None:
    people.remove_user("carla")
    with pytest.raises(UnknownUser):
        session_service.unlock(vault_dir, "carla", PASSPHRASES["carla"])
    # The row stays for the log's sake; the name can be given to someone new.
    people.add_user("carla", [RoleGrant(Role.AUDITOR)], "zes-rode-kikkers-dansen-vrolijk")
    assert [u.name for u in people.users()].count("carla") == 1

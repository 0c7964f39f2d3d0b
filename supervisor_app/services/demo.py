"""The demo vault: fictitious users for every role, two teams and six agents.

Everything in it is made up. Its passphrases are printed on purpose; never put real
recordings in a demo vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from supervisor_app import paths
from supervisor_app.domain.people import Language, RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services import setup
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.imports import import_demo_export
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.vault.keyslots import KdfParams
from supervisor_app.vault.vault import is_vault


@dataclass(frozen=True, slots=True)
class DemoUser:
    """A demo account and what it may do."""

    name: str
    display_name: str
    passphrase: str
    roles: tuple[tuple[Role, tuple[str, ...]], ...]


TEAMS: Final = ("Team Noord", "Team Zuid")
USERS: Final = (
    DemoUser("anna", "Anna de Vries", "paarse-olifant-fietst-morgen", ((Role.ADMINISTRATOR, ()),)),
    DemoUser(
        "bram", "Bram Jansen", "groene-trein-zingt-zachtjes", ((Role.TEAM_LEAD, ("Team Noord",)),)
    ),
    DemoUser(
        "carla", "Carla Bakker", "blauwe-walvis-leest-kranten", ((Role.TEAM_LEAD, ("Team Zuid",)),)
    ),
    DemoUser("dirk", "Dirk Smit", "oranje-molen-draait-langzaam", ((Role.QUALITY_COACH, TEAMS),)),
    DemoUser("eva", "Eva Mulder", "stille-uil-telt-sterren", ((Role.AUDITOR, ()),)),
)
AGENTS: Final = (
    ("Fatima El Amrani", "201", "Team Noord", Language.NL),
    ("Gert van Dijk", "202", "Team Noord", Language.NL),
    ("Hannah Visser", "203", "Team Noord", Language.EN),
    ("Ivo de Boer", "204", "Team Zuid", Language.NL),
    ("Jasmijn Kok", "205", "Team Zuid", Language.NL),
    ("Kofi Mensah", "206", "Team Zuid", Language.EN),
)


def ensure_demo_vault(folder: Path, kdf: KdfParams | None = None) -> bool:
    """Create the demo vault in folder unless it exists; True when it was created now."""
    if is_vault(folder):
        return False
    admin = USERS[0]
    session, _recovery = setup.create(
        folder, admin.name, admin.passphrase, display_name=admin.display_name, kdf=kdf
    )
    try:
        people = PeopleService(session)
        for team in TEAMS:
            people.add_team(team)
        for user in USERS[1:]:
            grants: list[RoleGrant] = []
            for role, teams in user.roles:
                grants.extend(people.grants_for([role], list(teams)))
            people.add_user(user.name, grants, user.passphrase, user.display_name)
        agent_ids = []
        for name, extension, team, language in AGENTS:
            first = name.split()[0].lower()
            agent = people.add_agent(
                name, [extension], team, f"{first}@voorbeeld.example", language
            )
            agent_ids.append(agent.id)
        # A complete policy: the example file, its documents published, and every agent
        # having received the protocol, so the demo shows the app as it is used day to day.
        PolicyService(session).import_file(paths.resources_dir() / "policy.example.toml")
        documents = DocumentService(session)
        documents.publish()
        documents.acknowledge(agent_ids)
        import_demo_export(session)
    finally:
        session.lock()
    return True


def describe() -> str:
    """The demo accounts as printed by ``supervisor-app --demo``."""
    lines = ["Demo accounts (fictitious; for trying the app only):"]
    for user in USERS:
        roles = ", ".join(
            role.value + (f" ({', '.join(teams)})" if teams else "") for role, teams in user.roles
        )
        lines.append(f"  {user.name:<6} {user.passphrase:<32} {roles}")
    return "\n".join(lines)

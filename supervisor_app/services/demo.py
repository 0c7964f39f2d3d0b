"""The demo vault: fictitious users for every role, two teams and six agents.

Everything in it is made up. Its passphrases are printed on purpose; never put real
recordings in a demo vault.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from supervisor_app import paths
from supervisor_app.domain.errors import InputError
from supervisor_app.domain.people import Language, RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as codes
from supervisor_app.services import setup
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.imports import DEMO_SOURCE, ImportReport, ImportService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.session import Session
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
        # The agents received the protocol a month before the demo's calls (the date gate).
        documents.acknowledge(agent_ids, received_on=demo_received_on())
        import_demo(session)
    finally:
        session.lock()
    return True


# --- the demo export, dated to the past week ---------------------------------------------------

DEMO_ROOT: Final = "demo"
_DAY_IN_NAME = re.compile(r"-(\d{8})-(\d{6})-")


def demo_shift(today: dt.date | None = None) -> dt.timedelta:
    """Whole weeks that move the shipped demo calls into the week before today.

    The calls in resources/demo were made in one week; a recording is kept 30 days after its
    call, so the demo dates them to the past week (weekdays and times stay as they were).
    """
    today = today or dt.date.today()
    last = _shipped_days()[-1]
    weeks = (today - dt.timedelta(days=1) - last).days // 7
    return dt.timedelta(weeks=weeks)


def demo_received_on(today: dt.date | None = None) -> dt.date:
    """The day the demo's agents received the protocol: four weeks before the first call."""
    first = _shipped_days()[0] + demo_shift(today)
    return first - dt.timedelta(weeks=4)


def write_demo_export(target: Path, today: dt.date | None = None) -> tuple[Path, Path]:
    """Copy the demo FreePBX export into target, its calls dated to the week before today.

    The spool's folders and file names and the CDR's dates move by whole weeks; nothing else
    changes. Returns the recordings folder and the CDR file to import.
    """
    shift = demo_shift(today)
    source = paths.resources_dir() / DEMO_ROOT
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise InputError(codes.DEMO_FOLDER_NOT_EMPTY, folder=target)
    monitor = target / "monitor"
    for wav in sorted((source / "monitor").rglob("*")):
        if not wav.is_file():
            continue
        name = _shift_name(wav.name, shift)
        day = _day_of(name)
        folder = monitor / f"{day:%Y}" / f"{day:%m}" / f"{day:%d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(wav.read_bytes())
    cdr = target / "cdr.csv"
    cdr.write_text(
        _shift_cdr((source / "cdr.csv").read_text(encoding="utf-8"), shift), encoding="utf-8"
    )
    return monitor, cdr


def import_demo(session: Session, today: dt.date | None = None) -> ImportReport:
    """Import the demo export, dated to the past week, from a throwaway copy of it."""
    with tempfile.TemporaryDirectory(prefix="supervisor-demo-") as folder:
        monitor, cdr = write_demo_export(Path(folder) / "export", today)
        return ImportService(session).run(DEMO_SOURCE, monitor, cdr=cdr)


def _shipped_days() -> list[dt.date]:
    monitor = paths.resources_dir() / DEMO_ROOT / "monitor"
    return sorted({_day_of(p.name) for p in monitor.rglob("*") if p.is_file()})


def _day_of(name: str) -> dt.date:
    found = _DAY_IN_NAME.search(name)
    if found is None:
        raise ValueError(f"no date in demo file name {name}")
    return dt.datetime.strptime(found.group(1), "%Y%m%d").date()


def _shift_name(name: str, shift: dt.timedelta) -> str:
    def moved(match: re.Match[str]) -> str:
        day = dt.datetime.strptime(match.group(1), "%Y%m%d") + shift
        return f"-{day:%Y%m%d}-{match.group(2)}-"

    return _DAY_IN_NAME.sub(moved, name, count=1)


def _shift_cdr(text: str, shift: dt.timedelta) -> str:
    rows = list(csv.DictReader(io.StringIO(text)))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0].keys()), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        moved = dt.datetime.strptime(row["calldate"], "%Y-%m-%d %H:%M:%S") + shift
        row["calldate"] = moved.strftime("%Y-%m-%d %H:%M:%S")
        row["recordingfile"] = _shift_name(row["recordingfile"], shift)
        writer.writerow(row)
    return out.getvalue()


def describe() -> str:
    """The demo accounts as printed by ``supervisor-app --demo``."""
    lines = ["Demo accounts (fictitious; for trying the app only):"]
    for user in USERS:
        roles = ", ".join(
            role.value + (f" ({', '.join(teams)})" if teams else "") for role, teams in user.roles
        )
        lines.append(f"  {user.name:<6} {user.passphrase:<32} {roles}")
    return "\n".join(lines)

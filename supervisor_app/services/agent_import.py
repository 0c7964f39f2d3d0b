"""Agents from an HR or telephone-system list: preview what changes, then import it whole.

The list is a CSV file (domain/agent_roster.py). The preview says which agents it adds,
changes and leaves alone, which teams it creates, and which agents of the vault it no
longer names; nothing is written. Importing applies it in one transaction: a list with a
bad line imports nothing, and a crash leaves the agents as they were. Agents missing from
the list are only marked as left when the administrator chooses so, one by one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from supervisor_app.domain import retention
from supervisor_app.domain.agent_roster import LineError, RosterPlan, plan_roster, read_roster
from supervisor_app.domain.agent_roster import RosterRow as RosterRow  # re-exported for ui/
from supervisor_app.domain.errors import InputError, os_reason
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as codes
from supervisor_app.services.session import Session
from supervisor_app.vault import people_repo, policy_repo
from supervisor_app.vault.db import transaction

Clock = Callable[[], dt.datetime]
MAX_FILE_BYTES: Final = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class AgentList:
    """An agents list read from a file: its name and its text."""

    name: str
    text: str


@dataclass(frozen=True, slots=True)
class AgentImportReport:
    """What an import of the list did."""

    added: int
    changed: int
    unchanged: int
    marked_left: int
    teams_created: tuple[str, ...]
    still_missing: int  # not on the list, and left as they were


class AgentImportService:
    """Use cases of People → Import agents… and ``supervisor-app agent import``."""

    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        self.session = session
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def read_file(self, path: Path) -> AgentList:
        """Read the list's text (UTF-8, or the Windows encoding spreadsheets often save in)."""
        path = Path(path)
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise InputError(
                codes.AGENTS_LIST_UNREADABLE, path=path, reason=os_reason(exc)
            ) from None
        if len(data) > MAX_FILE_BYTES:
            raise InputError(codes.AGENTS_LIST_TOO_LARGE, name=path.name)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Excel's "CSV" on Windows writes cp1252: é, ë and ç as single bytes.
            text = data.decode("cp1252", errors="replace")
        return AgentList(path.name, text)

    def preview(self, agents: AgentList, teams: Collection[str] | None = None) -> RosterPlan:
        """What importing the list would add, change, leave alone and not find; writes nothing.

        ``teams`` limits the list to the teams this vault serves.
        """
        self._require()
        return self._plan(agents, teams)

    def apply(
        self,
        agents: AgentList,
        *,
        teams: Collection[str] | None = None,
        mark_left: Collection[int] = (),
    ) -> AgentImportReport:
        """Import the list in one transaction, and mark the chosen missing agents as left.

        The list is compared with the vault again inside the transaction, so what is
        written is what the vault holds now. Any bad line refuses the whole list.
        """
        self._require()
        conn = self.session.conn
        policy = policy_repo.latest_policy(conn)
        today = retention.local_date(
            self._clock(), retention.zone(policy.scope.timezone if policy else "")
        )
        with transaction(conn):
            plan = self._plan(agents, teams)
            if plan.errors:
                raise lines_wrong(agents.name, plan)
            missing = {a.id: a for a in plan.missing}
            unknown = sorted(set(mark_left) - set(missing))
            if unknown:
                raise InputError(codes.AGENTS_LIST_ONLY_MISSING_LEAVE)
            created = self._create_teams(plan)
            teams_by_name = {t.name.casefold(): t for t in people_repo.teams(conn)}
            for row in plan.added:
                team = teams_by_name[row.team.casefold()]
                agent_id = people_repo.add_agent(
                    conn, row.name, team.id, row.extensions, row.email, row.language
                )
                self.session.record(
                    "agent_added",
                    f"agent:{agent_id}",
                    {
                        "team": team.name,
                        "extensions": list(row.extensions),
                        "language": row.language.value,
                        "from": "agents list",
                    },
                )
            for update in plan.changed:
                row, team = update.row, teams_by_name[update.row.team.casefold()]
                people_repo.update_agent(
                    conn,
                    update.agent.id,
                    row.name,
                    team.id,
                    row.extensions,
                    row.email,
                    row.language,
                )
                self.session.record(
                    "agent_changed",
                    f"agent:{update.agent.id}",
                    {
                        "team": team.name,
                        "extensions": list(row.extensions),
                        "language": row.language.value,
                        "changed": list(update.changes),
                        "from": "agents list",
                    },
                )
                if "returns" in update.changes:
                    people_repo.set_left(conn, update.agent.id, None)
                    self.session.record("agent_returned", f"agent:{update.agent.id}", {})
            for agent_id in sorted(set(mark_left)):
                people_repo.set_left(conn, agent_id, today)
                self.session.record(
                    "agent_left",
                    f"agent:{agent_id}",
                    {"team": missing[agent_id].team_name, "left_on": today.isoformat()},
                )
            report = AgentImportReport(
                added=len(plan.added),
                changed=len(plan.changed),
                unchanged=len(plan.unchanged),
                marked_left=len(set(mark_left)),
                teams_created=created,
                still_missing=len(plan.missing) - len(set(mark_left)),
            )
            self.session.record(
                "agents_imported",
                agents.name,
                {
                    "added": report.added,
                    "changed": report.changed,
                    "unchanged": report.unchanged,
                    "marked_left": report.marked_left,
                    "still_missing": report.still_missing,
                    "teams_created": list(created),
                    "teams": sorted(teams, key=str.casefold) if teams is not None else None,
                },
            )
        return report

    def _require(self) -> None:
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_IMPORT_AGENTS)

    def _plan(self, agents: AgentList, teams: Collection[str] | None) -> RosterPlan:
        conn = self.session.conn
        roster = read_roster(agents.text, teams)
        known = [t.name for t in people_repo.teams(conn)]
        return plan_roster(roster, people_repo.agents(conn), known, teams)

    def _create_teams(self, plan: RosterPlan) -> tuple[str, ...]:
        conn = self.session.conn
        created = []
        for name in plan.new_teams:
            team = people_repo.add_team(conn, name)
            self.session.record("team_added", f"team:{team.id}", {"name": name})
            created.append(name)
        return tuple(created)


class AgentsListRefused(InputError):
    """A list with wrong lines, imported not at all: it carries the lines, so ui/ words each."""

    def __init__(self, name: str, errors: tuple[LineError, ...]) -> None:
        lines = "\n".join(e.text for e in errors)  # English; ui/ words them itself
        if len(errors) == 1:
            super().__init__(codes.AGENTS_LIST_LINE_WRONG, name=name, lines=lines)
        else:
            super().__init__(
                codes.AGENTS_LIST_LINES_WRONG, name=name, count=len(errors), lines=lines
            )
        self.errors = errors


def lines_wrong(name: str, plan: RosterPlan) -> AgentsListRefused:
    """The refusal of a list with wrong lines, naming each line."""
    return AgentsListRefused(name, plan.errors)

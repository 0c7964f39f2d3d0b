"""Agents from an HR or telephone-system list: read the CSV, compare it with the vault's agents.

The list has one agent per line with the columns extension, name, team, e-mail and language
(English or Dutch headings, in any order; comma, semicolon or tab between the columns, as
spreadsheets write them). Several extensions of one agent go in one cell, separated by
spaces. Every bad line is reported in one sentence naming its line number; a list with any
bad line is not imported at all.

Comparing matches a line to an agent by extension. What the list adds, changes and leaves
alone is listed; agents the list no longer names are listed as missing, never deleted: the
administrator may mark them as left, after which their stored recordings keep their
retention but no new call of theirs is taken in.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from supervisor_app.domain import error_codes as codes
from supervisor_app.domain.errors import InputError, UserFacingError
from supervisor_app.domain.people import Agent, Language, check_agent, check_team_name

# Headings per column, lower case; the first is the one the documentation uses.
COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "extension": ("extension", "extensions", "ext", "toestel", "toestelnummer", "toestelnummers"),
    "name": ("name", "naam"),
    "team": ("team",),
    "email": ("email", "e-mail", "mail", "e-mailadres", "emailadres"),
    "language": ("language", "taal", "lang"),
}
REQUIRED_COLUMNS: Final = ("extension", "name", "team")
_LANGUAGES: Final[dict[str, Language]] = {
    "nl": Language.NL,
    "nld": Language.NL,
    "dutch": Language.NL,
    "nederlands": Language.NL,
    "en": Language.EN,
    "eng": Language.EN,
    "english": Language.EN,
    "engels": Language.EN,
}
MAX_LINES: Final = 20_000  # far beyond any call centre; keeps a wrong file from running away


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One agent as the list describes them, with the line they are on."""

    line: int
    extensions: tuple[str, ...]
    name: str
    team: str
    email: str | None
    language: Language


@dataclass(frozen=True, slots=True)
class LineError:
    """What is wrong with one line: the line's number and the problem, as a code (ui/ words it)."""

    line: int
    problem: UserFacingError

    @property
    def text(self) -> str:
        """The English sentence that names the line, for the log and the command line."""
        return codes.ROSTER_LINE.sentence({"line": self.line, "problem": self.problem.message})

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Roster:
    """The list as read: good rows, bad lines, and lines left out for their team."""

    rows: tuple[RosterRow, ...]
    errors: tuple[LineError, ...]
    other_teams: int = 0  # lines of teams this vault does not serve (the teams filter)
    listed_teams: tuple[str, ...] = ()  # every team the list names, whatever the filter


def read_roster(text: str, teams: Collection[str] | None = None) -> Roster:
    """Read the CSV text of an agents list; ``teams`` keeps only lines of those teams.

    Raises InputError for a problem with the file as a whole (no heading line, a required
    column missing); problems of single lines are collected in ``errors``.
    """
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    header_at = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_at is None:
        raise InputError(codes.ROSTER_EMPTY)
    delimiter = _delimiter(lines[header_at])
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    wanted = None if teams is None else {t.strip().casefold() for t in teams}
    header: dict[str, int] | None = None
    rows: list[RosterRow] = []
    errors: list[LineError] = []
    other_teams = 0
    listed: dict[str, str] = {}
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = _header(cells)
                continue
            if len(rows) + len(errors) + other_teams >= MAX_LINES:
                raise InputError(codes.ROSTER_TOO_LONG, limit=MAX_LINES)
            team_cell = _cell(cells, header, "team")
            if team_cell:
                listed.setdefault(team_cell.casefold(), team_cell)
            # A line without a team is an error in every vault, not another team's line.
            if wanted is not None and team_cell and team_cell.casefold() not in wanted:
                other_teams += 1
                continue
            row = _row(line, cells, header)
            if isinstance(row, LineError):
                errors.append(row)
            else:
                rows.append(row)
    except csv.Error as exc:
        raise InputError(codes.ROSTER_NOT_CSV, line=reader.line_num, reason=str(exc)) from None
    errors += _duplicates(rows)
    errors.sort(key=lambda e: e.line)
    bad = {e.line for e in errors}
    return Roster(
        tuple(r for r in rows if r.line not in bad),
        tuple(errors),
        other_teams,
        tuple(sorted(listed.values(), key=str.casefold)),
    )


def _delimiter(header_line: str) -> str:
    # Dutch spreadsheets write semicolons (the comma is the decimal sign); take whichever
    # separator the heading line uses most.
    return max((",", ";", "\t"), key=header_line.count)


def _header(cells: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for position, cell in enumerate(cells):
        key = cell.strip().casefold()
        for column, names in COLUMNS.items():
            if key in names and column not in found:
                found[column] = position
    missing = [c for c in REQUIRED_COLUMNS if c not in found]
    if missing:
        raise InputError(codes.ROSTER_NO_COLUMN, columns=", ".join(missing))
    return found


def _cell(cells: Sequence[str], header: dict[str, int], column: str) -> str:
    position = header.get(column)
    if position is None or position >= len(cells):
        return ""
    return cells[position].strip()


def _row(line: int, cells: Sequence[str], header: dict[str, int]) -> RosterRow | LineError:
    raw_extensions = _cell(cells, header, "extension")
    for separator in ",;/|":
        raw_extensions = raw_extensions.replace(separator, " ")
    try:
        name, extensions, email = check_agent(
            _cell(cells, header, "name"), raw_extensions.split(), _cell(cells, header, "email")
        )
        team = check_team_name(_cell(cells, header, "team"))
    except InputError as exc:
        return LineError(line, exc)
    language_text = _cell(cells, header, "language")
    language = _LANGUAGES.get(language_text.casefold()) if language_text else Language.NL
    if language is None:
        return LineError(line, InputError(codes.ROSTER_LANGUAGE, language=language_text))
    return RosterRow(line, extensions, name, team, email, language)


def _duplicates(rows: Iterable[RosterRow]) -> list[LineError]:
    seen: dict[str, int] = {}
    errors = []
    for row in rows:
        for ext in row.extensions:
            first = seen.setdefault(ext, row.line)
            if first != row.line:
                errors.append(
                    LineError(
                        row.line,
                        InputError(codes.ROSTER_EXTENSION_TWICE, extension=ext, first=first),
                    )
                )
                break
    return errors


# --- comparing with the vault ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgentUpdate:
    """A line that names an agent already in the vault, and what it changes of them."""

    row: RosterRow
    agent: Agent
    changes: tuple[str, ...]  # of: name, extensions, team, email, language, returns


@dataclass(frozen=True, slots=True)
class RosterPlan:
    """What importing the list would do. Nothing is imported while ``errors`` is not empty."""

    added: tuple[RosterRow, ...]
    changed: tuple[AgentUpdate, ...]
    unchanged: tuple[Agent, ...]
    missing: tuple[Agent, ...]  # in the vault (and not left yet) but not on the list
    new_teams: tuple[str, ...]
    errors: tuple[LineError, ...]
    other_teams: int = 0
    already_left: tuple[Agent, ...] = field(default=())  # left earlier and still not listed
    listed_teams: tuple[str, ...] = field(default=())  # every team the list names

    @property
    def importable(self) -> bool:
        """Whether the list can be imported: no bad line."""
        return not self.errors

    @property
    def changes_anything(self) -> bool:
        """Whether confirming would add or change an agent or a team."""
        return bool(self.added or self.changed or self.new_teams)


def plan_roster(
    roster: Roster,
    agents: Sequence[Agent],
    team_names: Iterable[str],
    teams: Collection[str] | None = None,
) -> RosterPlan:
    """Compare the list with the vault's agents (and teams); ``teams`` as for read_roster.

    A line matches the agent who holds one of its extensions. A line whose extensions
    belong to two agents, or an agent whose extensions are spread over two lines, is a bad
    line: the list must say plainly who is who.
    """
    by_extension = {ext: agent for agent in agents for ext in agent.extensions}
    errors = list(roster.errors)
    matched: dict[int, RosterRow] = {}
    added: list[RosterRow] = []
    changed: list[AgentUpdate] = []
    unchanged: list[Agent] = []
    for row in roster.rows:
        owners = {by_extension[e].id: by_extension[e] for e in row.extensions if e in by_extension}
        if len(owners) > 1:
            exts = ", ".join(e for e in row.extensions if e in by_extension)
            errors.append(
                LineError(
                    row.line,
                    InputError(
                        codes.ROSTER_EXTENSIONS_OF_SEVERAL, extensions=exts, count=len(owners)
                    ),
                )
            )
            continue
        if not owners:
            added.append(row)
            continue
        agent = next(iter(owners.values()))
        if agent.id in matched:
            errors.append(
                LineError(
                    row.line,
                    InputError(codes.ROSTER_AGENT_TWICE, first=matched[agent.id].line),
                )
            )
            continue
        matched[agent.id] = row
        changes = _changes(agent, row)
        if changes:
            changed.append(AgentUpdate(row, agent, changes))
        else:
            unchanged.append(agent)
    wanted = None if teams is None else {t.strip().casefold() for t in teams}
    served = [
        a
        for a in agents
        if a.id not in matched and (wanted is None or a.team_name.casefold() in wanted)
    ]
    known = {t.casefold() for t in team_names}
    new_teams: dict[str, str] = {}
    for row in roster.rows:
        if row.team.casefold() not in known:
            new_teams.setdefault(row.team.casefold(), row.team)
    errors.sort(key=lambda e: e.line)
    return RosterPlan(
        added=tuple(added),
        changed=tuple(changed),
        unchanged=tuple(unchanged),
        missing=tuple(a for a in served if not a.has_left),
        new_teams=tuple(sorted(new_teams.values(), key=str.casefold)),
        errors=tuple(errors),
        other_teams=roster.other_teams,
        already_left=tuple(a for a in served if a.has_left),
        listed_teams=roster.listed_teams,
    )


def _changes(agent: Agent, row: RosterRow) -> tuple[str, ...]:
    found = []
    if agent.name != row.name:
        found.append("name")
    if set(agent.extensions) != set(row.extensions):
        found.append("extensions")
    if agent.team_name.casefold() != row.team.casefold():
        found.append("team")
    if (agent.email or None) != row.email:
        found.append("email")
    if agent.language is not row.language:
        found.append("language")
    if agent.has_left:
        found.append("returns")  # listed again: they work here again
    return tuple(found)

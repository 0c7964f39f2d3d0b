"""Users (who unlock the app), agents (whose calls are recorded) and teams."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from supervisor_app.domain import error_codes as codes
from supervisor_app.domain.errors import InputError
from supervisor_app.domain.roles import Role


class Language(StrEnum):
    """Languages the app and its letters speak."""

    NL = "nl"
    EN = "en"


@dataclass(frozen=True, slots=True)
class Team:
    """A team of agents, led by team leads."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class RoleGrant:
    """One role held by a user, for one team when the role is team-scoped."""

    role: Role
    team_id: int | None = None


@dataclass(frozen=True, slots=True)
class User:
    """Someone who unlocks the app. Agents are not users."""

    id: int
    name: str
    display_name: str
    grants: frozenset[RoleGrant] = field(default_factory=frozenset)

    @property
    def roles(self) -> frozenset[Role]:
        """Every role the user holds, whatever the team."""
        return frozenset(g.role for g in self.grants)

    def has(self, role: Role) -> bool:
        """Whether the user holds role (for any team)."""
        return role in self.roles

    def teams_for(self, role: Role) -> frozenset[int]:
        """The teams a team-scoped role is granted for."""
        return frozenset(g.team_id for g in self.grants if g.role == role and g.team_id is not None)

    @property
    def is_administrator(self) -> bool:
        """Whether the user may manage people, policy and settings."""
        return self.has(Role.ADMINISTRATOR)

    def visible_team_ids(self) -> frozenset[int] | None:
        """Teams whose agents the user may see; None means every team.

        Administrators and auditors work on the whole vault; team leads and quality
        coaches see only the teams they hold a role for.
        """
        if self.has(Role.ADMINISTRATOR) or self.has(Role.AUDITOR):
            return None
        return frozenset(g.team_id for g in self.grants if g.team_id is not None)


@dataclass(frozen=True, slots=True)
class Agent:
    """A call-centre agent: a data subject whose calls may be sampled."""

    id: int
    name: str
    team_id: int
    team_name: str
    extensions: tuple[str, ...]
    email: str | None
    language: Language
    # The day the agent was marked as having left (no new calls of theirs are taken in);
    # None while they work here.
    left_on: dt.date | None = None

    @property
    def has_left(self) -> bool:
        """Whether the agent left: their stored recordings keep their retention, nothing new."""
        return self.left_on is not None


MAX_TEAM_NAME = 64
MAX_AGENT_NAME = 100
_NAME = re.compile(r"^[\w.@' -]{1,64}$")
_EXTENSION = re.compile(r"^[0-9*#+]{1,20}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_user_name(name: str) -> str:
    """Return the cleaned user name, or raise InputError saying what is wrong with it."""
    cleaned = name.strip()
    if not cleaned:
        raise InputError(codes.USER_NAME_EMPTY)
    if cleaned.casefold() == "recovery" or not _NAME.match(cleaned):
        raise InputError(codes.USER_NAME_INVALID, name=name)
    return cleaned


def check_team_name(name: str) -> str:
    """Return the cleaned team name, or raise InputError."""
    cleaned = name.strip()
    if not cleaned or len(cleaned) > MAX_TEAM_NAME:
        raise InputError(codes.TEAM_NAME_INVALID, limit=MAX_TEAM_NAME)
    return cleaned


def check_agent(
    name: str, extensions: list[str], email: str | None
) -> tuple[str, tuple[str, ...], str | None]:
    """Validate an agent's details; return them cleaned or raise InputError."""
    cleaned = name.strip()
    if not cleaned or len(cleaned) > MAX_AGENT_NAME:
        raise InputError(codes.AGENT_NAME_INVALID, limit=MAX_AGENT_NAME)
    exts = tuple(dict.fromkeys(e.strip() for e in extensions if e.strip()))
    if not exts:
        raise InputError(codes.AGENT_NO_EXTENSION)
    for ext in exts:
        if not _EXTENSION.match(ext):
            raise InputError(codes.EXTENSION_INVALID, extension=ext)
    mail = (email or "").strip() or None
    if mail is not None and not _EMAIL.match(mail):
        raise InputError(codes.EMAIL_INVALID, email=mail)
    return cleaned, exts, mail


def check_grants(grants: list[RoleGrant]) -> frozenset[RoleGrant]:
    """A valid set of grants: at least one role, and team-scoped roles name a team."""
    if not grants:
        raise InputError(codes.USER_NO_ROLE)
    for grant in grants:
        if grant.role.team_scoped and grant.team_id is None:
            raise InputError(codes.ROLE_NEEDS_TEAM, role=grant.role)
    # Administrators and auditors are never limited to a team.
    return frozenset(
        grant if grant.role.team_scoped else RoleGrant(grant.role, None) for grant in grants
    )

"""Translated names for roles, languages and purposes, and how a user's roles read in a table."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from supervisor_app.domain.people import Language, RoleGrant
from supervisor_app.domain.policy import Purpose
from supervisor_app.domain.roles import Role
from supervisor_app.ui.core.i18n import interface_language


def role_name(role: Role) -> str:
    """The role as shown to people (never the internal value)."""
    names = {
        Role.ADMINISTRATOR: QCoreApplication.translate("Labels", "Administrator"),
        Role.TEAM_LEAD: QCoreApplication.translate("Labels", "Team lead"),
        Role.QUALITY_COACH: QCoreApplication.translate("Labels", "Quality coach"),
        Role.AUDITOR: QCoreApplication.translate("Labels", "Auditor"),
    }
    return names[role]


def language_name(language: Language) -> str:
    """An agent's language, as shown to people."""
    names = {
        Language.NL: QCoreApplication.translate("Labels", "Dutch"),
        Language.EN: QCoreApplication.translate("Labels", "English"),
    }
    return names[language]


def purpose_title(purpose: Purpose) -> str:
    """A purpose's title in the interface language (the other language's, or its id, if none)."""
    return purpose.title.get(interface_language()) or purpose.display_name


def describe_grants(grants: Iterable[RoleGrant], team_names: Mapping[int, str]) -> str:
    """Roles with their teams, e.g. "Team lead (Team Noord, Team Zuid), Auditor"."""
    by_role: dict[Role, list[str]] = {}
    for grant in grants:
        teams = by_role.setdefault(grant.role, [])
        if grant.team_id is not None:
            teams.append(team_names.get(grant.team_id, "?"))
    parts = []
    for role in Role:  # a fixed order, so tables read the same every time
        if role in by_role:
            teams = sorted(by_role[role], key=str.casefold)
            parts.append(f"{role_name(role)} ({', '.join(teams)})" if teams else role_name(role))
    return ", ".join(parts)

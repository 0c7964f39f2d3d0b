"""The four user roles and what each one is for."""

from __future__ import annotations

from enum import StrEnum

from supervisor_app.domain import error_codes as codes
from supervisor_app.domain.errors import InputError


class Role(StrEnum):
    """A role a user can hold; a user may hold several."""

    ADMINISTRATOR = "administrator"
    TEAM_LEAD = "team_lead"
    QUALITY_COACH = "quality_coach"
    AUDITOR = "auditor"

    @property
    def team_scoped(self) -> bool:
        """Whether the role only reaches the teams it is granted for.

        Listener roles see only the agents of their own teams; administrators and
        auditors work on the whole vault but cannot listen.
        """
        return self in (Role.TEAM_LEAD, Role.QUALITY_COACH)

    @property
    def may_listen(self) -> bool:
        """Whether the role can ever be granted listening by a policy."""
        return self.team_scoped


def parse_role(text: str) -> Role:
    """Return the role named by text (e.g. ``team_lead`` or ``team-lead``).

    Raises InputError with a sentence listing the valid roles.
    """
    key = text.strip().lower().replace("-", "_")
    try:
        return Role(key)
    except ValueError:
        valid = ", ".join(r.value for r in Role)
        raise InputError(codes.UNKNOWN_ROLE, role=text.strip(), valid=valid) from None

"""Table models for the Documents page: published versions and protocol receipts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from supervisor_app.domain.people import Agent
from supervisor_app.ui.models.people_models import _RowsModel
from supervisor_app.ui.words.time_format import local_date, local_time

SHA_PREFIX = 16  # enough to compare with a printed copy, short enough for a column


@dataclass(frozen=True, slots=True)
class VersionRow:
    """One line of the versions table; ``doc_version`` None is the unpublished draft."""

    doc_version: int | None
    policy_version: int
    published_at: str = ""
    sha256: str = ""


class VersionsModel(_RowsModel):
    """The draft from the current policy, then the published versions, newest first."""

    def set_versions(self, rows: Sequence[VersionRow]) -> None:
        """Show rows in the order given."""
        self._replace(rows)

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("Version"),
            self.tr("Policy version"),
            self.tr("Published"),
            self.tr("SHA-256"),
        ]

    def cell(self, row: Any, column: int) -> str:
        """The text in one cell."""
        version: VersionRow = row
        if version.doc_version is None:
            values = (self.tr("Draft (not published)"), str(version.policy_version), "—", "—")
        else:
            values = (
                str(version.doc_version),
                str(version.policy_version),
                local_time(version.published_at),
                f"{version.sha256[:SHA_PREFIX]}…",
            )
        return values[column]


class ReceiptsModel(_RowsModel):
    """Agents with the date they received the current protocol, or "not yet"."""

    def __init__(self) -> None:
        super().__init__()
        self._received: dict[int, str] = {}

    def set_agents(self, agents: Sequence[Agent], received: Mapping[int, str]) -> None:
        """Show agents (sorted by name); received maps agent id to the date received."""
        self._received = dict(received)
        self._replace(sorted(agents, key=lambda a: a.name.casefold()))

    def received(self, agent: Agent) -> str | None:
        """The ISO date agent received the current protocol, or None."""
        return self._received.get(agent.id)

    def headers(self) -> list[str]:
        """Column titles."""
        return [self.tr("Name"), self.tr("Team"), self.tr("Extensions"), self.tr("Received")]

    def cell(self, row: Any, column: int) -> str:
        """The text in one cell."""
        agent: Agent = row
        day = self._received.get(agent.id)
        values = (
            agent.name,
            agent.team_name,
            ", ".join(agent.extensions),
            local_date(day) if day else self.tr("not yet"),
        )
        return values[column]

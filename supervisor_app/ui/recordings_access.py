"""Reads the Recordings page and the Dashboard need that RecordingsService does not offer yet.

Kept in one place so each can move into the service (``RecordingsService.detail`` and
``.latest_batch``) without touching the widgets; both are read-only and scoped like the
service's own lists.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from supervisor_app.services.session import Session
from supervisor_app.vault import recordings_repo
from supervisor_app.vault.recordings_repo import RecordingDetail


@dataclass(frozen=True, slots=True)
class LatestImport:
    """The newest import batch: when, and the counts its run stored (no names or numbers)."""

    batch_id: int
    started_at: dt.datetime
    finished_at: dt.datetime | None
    counts: dict[str, Any] = field(default_factory=dict)

    @property
    def cancelled(self) -> bool:
        """Whether its last run was cancelled (or stopped) before it finished."""
        return self.finished_at is None


def detail(session: Session, recording_id: int) -> RecordingDetail | None:
    """One recording's stored facts (never audio), if the user may see its team."""
    found = recordings_repo.recording(session.conn, recording_id)
    if found is None:
        return None
    visible = session.user.visible_team_ids()
    if visible is not None and found.summary.team_id not in visible:
        return None
    return found


def latest_import(session: Session) -> LatestImport | None:
    """The newest batch without its candidate list (which can hold 100,000 entries)."""
    row = session.conn.execute(
        "SELECT id, started_at, finished_at, counts FROM import_batches ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return LatestImport(
        batch_id=int(row[0]),
        started_at=recordings_repo.from_text(row[1]),
        finished_at=recordings_repo.from_text(row[2]) if row[2] else None,
        counts=json.loads(row[3] or "{}"),
    )

"""Backups that forget too: how long a backup may be kept, and which ones rotation deletes.

A backup holds every recording the vault held when it was made, so keeping it longer than
the recordings' own retention would keep them past their deadline. Backups are therefore
rotated: each new backup deletes the older backups of the same vault that are past the
rotation period. The period defaults to the policy's shortest retention and may be set
lower, or higher up to the longest retention, never beyond it; so no recording outlives
its retention in a backup by more than that period. A restore replays the retention at
once (services/backup.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from supervisor_app.domain import error_codes as codes
from supervisor_app.domain.errors import InputError
from supervisor_app.domain.policy import Policy

# Without a policy there is no retention to follow: a week, at most.
KEEP_DAYS_WITHOUT_POLICY: Final = 7


@dataclass(frozen=True, slots=True)
class KeepDays:
    """How many days backups are kept: the default, and the most that may be chosen."""

    default: int
    maximum: int


def keep_days(policy: Policy | None) -> KeepDays:
    """The rotation period's default (shortest retention) and maximum (longest retention)."""
    days = [p.retention_days for p in (policy.purposes if policy else ()) if p.retention_days > 0]
    if not days:
        return KeepDays(KEEP_DAYS_WITHOUT_POLICY, KEEP_DAYS_WITHOUT_POLICY)
    return KeepDays(min(days), max(days))


def check_keep_days(requested: int | None, policy: Policy | None) -> int:
    """The rotation period to use: requested, or the default; refused above the maximum."""
    bounds = keep_days(policy)
    if requested is None:
        return bounds.default
    if requested < 1:
        raise InputError(codes.BACKUP_KEEP_AT_LEAST)
    if requested > bounds.maximum:
        raise InputError(codes.BACKUP_KEEP_AT_MOST, limit=bounds.maximum)
    return requested


@dataclass(frozen=True, slots=True)
class BackupEntry:
    """A backup found in the backups folder: its folder name and when it was made (UTC)."""

    name: str
    made_at: dt.datetime


def backup_name(vault_id: str, made_at: dt.datetime) -> str:
    """The folder name of a backup: the vault it is of and the moment it was made (UTC)."""
    return f"vault-{vault_id[:8]}-{made_at.astimezone(dt.UTC):%Y-%m-%d-%H%M%S}"


def due_for_deletion(
    backups: Iterable[BackupEntry], now: dt.datetime, days: int
) -> list[BackupEntry]:
    """The backups at least ``days`` old: rotation deletes them, oldest first."""
    limit = now - dt.timedelta(days=days)
    return sorted((b for b in backups if b.made_at <= limit), key=lambda b: b.made_at)

"""How long backups are kept (R12): the policy's retention bounds the rotation period."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from supervisor_app.domain.backups import (
    KEEP_DAYS_WITHOUT_POLICY,
    BackupEntry,
    KeepDays,
    backup_name,
    check_keep_days,
    due_for_deletion,
    keep_days,
)
from supervisor_app.domain.errors import InputError
from supervisor_app.domain.policy import Policy, Purpose

POLICY = Policy(
    purposes=(Purpose(id="training", retention_days=30), Purpose(id="dispute", retention_days=90))
)
NOW = dt.datetime(2026, 12, 5, 2, 15, tzinfo=dt.UTC)


def test_the_default_is_the_shortest_retention_and_the_most_the_longest() -> None:
    bounds = keep_days(POLICY)
    assert (bounds.default, bounds.maximum) == (30, 90)
    assert check_keep_days(None, POLICY) == 30
    assert check_keep_days(7, POLICY) == 7
    assert check_keep_days(90, POLICY) == 90
    with pytest.raises(InputError, match="at most 90 days"):
        check_keep_days(91, POLICY)
    with pytest.raises(InputError, match="at least 1 day"):
        check_keep_days(0, POLICY)


def test_without_a_policy_backups_are_kept_a_week_at_most() -> None:
    assert check_keep_days(None, None) == KEEP_DAYS_WITHOUT_POLICY
    assert check_keep_days(None, Policy.empty()) == KEEP_DAYS_WITHOUT_POLICY
    with pytest.raises(InputError):
        check_keep_days(KEEP_DAYS_WITHOUT_POLICY + 1, Policy.empty())
    one = dataclasses.replace(POLICY, purposes=POLICY.purposes[:1])
    assert keep_days(one) == KeepDays(30, 30)


def test_rotation_deletes_what_is_at_least_the_period_old_and_keeps_the_rest() -> None:
    made = [NOW - dt.timedelta(days=d, hours=h) for d, h in ((0, 0), (29, 23), (30, 0), (45, 0))]
    entries = [BackupEntry(backup_name("a1b2c3d4e5", m), m) for m in made]
    due = due_for_deletion(entries, NOW, 30)
    assert [e.made_at for e in due] == [made[3], made[2]]  # oldest first
    assert due_for_deletion(entries, NOW, 90) == []


def test_a_backup_is_named_for_its_vault_and_moment() -> None:
    local = dt.datetime(2026, 12, 5, 3, 15, 9, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert backup_name("a1b2c3d4e5f6", local) == "vault-a1b2c3d4-2026-12-05-021509"

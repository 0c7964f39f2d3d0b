"""How long a recording may be kept (R12): deadlines counted from the call, holds, date gates.

A purpose's deadline is the call's start plus the purpose's retention in calendar days of the
policy's time zone, at the same wall-clock time: "30 dagen na het gesprek" means the call of
20 March at 10:00 goes on 19 April at 10:00, whatever daylight saving did in between.

A stored recording keeps the deadline each purpose had when it was imported. A later policy
can shorten it (from the next purge on) but never lengthen it: a longer retention is a new
decision that agents were not told about when their call was kept. A purpose the policy no
longer has keeps nothing. Only an active evidence hold keeps a recording past its deadline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = dt.UTC


def zone(name: str) -> dt.tzinfo:
    """The policy's time zone, or UTC when it names none that exists (deadlines stay defined)."""
    try:
        return ZoneInfo(name) if name.strip() else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def deadline(call_start: dt.datetime, retention_days: int, tz: dt.tzinfo) -> dt.datetime:
    """The moment a purpose's retention ends: retention_days calendar days after the call.

    Counted on the local calendar of tz, at the call's wall-clock time, then given in UTC.
    A wall-clock time that does not exist on that day (the hour the clocks skip in spring)
    is read with the offset from before the skip, as zoneinfo does with fold=0: 02:30
    becomes 03:30 summer time.
    """
    if call_start.tzinfo is None:
        raise ValueError("call_start must carry its time zone")
    local = call_start.astimezone(tz)
    later = local.replace(tzinfo=None) + dt.timedelta(days=max(retention_days, 0))
    return later.replace(tzinfo=tz).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class PurposeDeadline:
    """A purpose a recording is kept for, and when that ends."""

    purpose_id: str
    retain_until: dt.datetime


def effective_deadlines(
    call_start: dt.datetime,
    stored: Iterable[PurposeDeadline],
    retention_now: Mapping[str, int],
    tz: dt.tzinfo,
) -> tuple[PurposeDeadline, ...]:
    """Each purpose's deadline under today's policy: never later than when it was stored.

    ``retention_now`` maps the current policy's purpose ids to their retention in days; a
    purpose that is no longer there ends at the call's start (it has nothing left to keep).
    """
    found = []
    for kept in stored:
        days = retention_now.get(kept.purpose_id)
        now_rule = call_start.astimezone(UTC) if days is None else deadline(call_start, days, tz)
        found.append(PurposeDeadline(kept.purpose_id, min(kept.retain_until, now_rule)))
    return tuple(found)


def recording_deadline(purposes: Iterable[PurposeDeadline]) -> dt.datetime | None:
    """When the last purpose ends: the recording is purged then, unless a hold keeps it."""
    return max((p.retain_until for p in purposes), default=None)


@dataclass(frozen=True, slots=True)
class HoldPeriod:
    """An evidence hold's life: active from placing until released or until its end date."""

    placed_at: dt.datetime
    released_at: dt.datetime | None = None
    until: dt.date | None = None  # the last day it holds, in the policy's time zone

    def active(self, now: dt.datetime, tz: dt.tzinfo) -> bool:
        """Whether the hold keeps the recording at now."""
        if self.released_at is not None and self.released_at <= now:
            return False
        if self.until is not None and now.astimezone(tz).date() > self.until:
            return False
        return self.placed_at <= now


def is_due(
    deadline_at: dt.datetime | None,
    holds: Iterable[HoldPeriod],
    now: dt.datetime,
    tz: dt.tzinfo,
) -> bool:
    """Whether a stored recording must be purged now: past its deadline and not held."""
    if deadline_at is None or deadline_at > now:
        return False
    return not any(h.active(now, tz) for h in holds)


def longest_deadline(
    call_start: dt.datetime, retention_days: Iterable[int], tz: dt.tzinfo
) -> dt.datetime | None:
    """The latest deadline any of the purposes covering a call would give it."""
    return max((deadline(call_start, days, tz) for days in retention_days), default=None)


def local_date(moment: dt.datetime, tz: dt.tzinfo) -> dt.date:
    """The calendar day moment falls on in tz."""
    return moment.astimezone(tz).date()


def on_or_after(call_start: dt.datetime, day: dt.date | None, tz: dt.tzinfo) -> bool:
    """Whether a call took place on or after day (local calendar); no day means never.

    The date gates (protocol received, works council consent, caller announcement) use it:
    the day itself counts, because each of those dates says "from this day on".
    """
    return day is not None and local_date(call_start, tz) >= day

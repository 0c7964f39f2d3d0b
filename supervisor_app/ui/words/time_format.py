"""The one clock on screen: stored UTC times shown in the policy's time zone, in the UI language.

Every time the app shows (recordings, player, Dashboard, policy history, listen log, notices,
requests) goes through ``shown_time``, so the same call never shows two different hours. The
zone is the policy's (the telephone system's clock); before there is a policy it is the
computer's. Where the shown zone differs from the computer's, the time names it ("09:05 CET").
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

# The zone set by the unlocked vault's policy; None: the computer's own.
_policy_zone: dt.tzinfo | None = None


def use_zone(name: str | None) -> bool:
    """Show times in the named zone (a policy's); blank or None: the computer's.

    A name no zone database knows shows UTC, as the domain counts deadlines in UTC then.
    Returns whether the zone changed, so the caller can refresh what shows times.
    """
    global _policy_zone
    zone: dt.tzinfo | None = None
    if name and name.strip():
        try:
            zone = ZoneInfo(name.strip())
        except (ZoneInfoNotFoundError, ValueError):
            zone = dt.UTC
    changed = str(zone) != str(_policy_zone)
    _policy_zone = zone
    return changed


def screen_zone() -> dt.tzinfo | None:
    """The zone times are shown in; None: the computer's."""
    return _policy_zone


def zone_named(name: str) -> dt.tzinfo:
    """A policy's zone (UTC if no zone database knows it); blank: the computer's zone."""
    if not name.strip():
        local = dt.datetime.now().astimezone().tzinfo
        return local if local is not None else dt.UTC
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _parse(stamp: dt.datetime | str) -> dt.datetime | None:
    if isinstance(stamp, dt.datetime):
        moment = stamp
    else:
        try:
            moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _in_screen_zone(moment: dt.datetime) -> tuple[dt.datetime, str]:
    """The moment on the screen's clock, and the zone's name when it is not the computer's."""
    computer = moment.astimezone()
    if _policy_zone is None:
        return computer, ""
    shown = moment.astimezone(_policy_zone)
    if shown.utcoffset() == computer.utcoffset():
        return shown, ""
    return shown, shown.tzname() or str(_policy_zone)


def shown_time(stamp: dt.datetime | str) -> str:
    """A stored time as short date and time on the screen's clock ("4-12-2026 09:05 CET")."""
    moment = _parse(stamp)
    if moment is None:
        return str(stamp)
    local, zone_name = _in_screen_zone(moment)
    when = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    text = QLocale().toString(when, QLocale.FormatType.ShortFormat)
    return f"{text} {zone_name}" if zone_name else text


def shown_date(stamp: dt.datetime | str) -> str:
    """The date of a stored time on the screen's clock, in the short date format."""
    moment = _parse(stamp)
    if moment is None:
        return str(stamp)
    local, _zone_name = _in_screen_zone(moment)
    return local_date(local.date())


def screen_day(stamp: dt.datetime) -> dt.date:
    """The calendar day of a stored time on the screen's clock."""
    moment = _parse(stamp)
    assert moment is not None
    return _in_screen_zone(moment)[0].date()


def local_time(stamp: dt.datetime | str) -> str:
    """A stored UTC time such as ``2026-06-12T09:30:00Z`` on the screen's clock."""
    return shown_time(stamp)


def local_date(day: dt.date | str) -> str:
    """A date (or ISO date text) in the user's short date format."""
    if isinstance(day, str):
        try:
            parsed = dt.date.fromisoformat(day)
        except ValueError:
            return day
    else:
        parsed = day
    short = QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(parsed.year, parsed.month, parsed.day), short)

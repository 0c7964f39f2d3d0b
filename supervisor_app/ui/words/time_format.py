"""Stored UTC times and ISO dates, shown in the user's time zone and language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone


def local_time(stamp: str) -> str:
    """A stored UTC time such as ``2026-06-12T09:30:00Z`` as local short date and time."""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    utc = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)


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

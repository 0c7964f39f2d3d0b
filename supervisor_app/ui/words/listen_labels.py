"""Translated words for listening: session states, clock times and seconds heard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from supervisor_app.services.types import CLOSED, INTERRUPTED, OPEN, PRIVATE_DESTROYED
from supervisor_app.ui.words.time_format import local_time

# Bound once so lupdate finds the calls: it knows translate() by name.
translate = QCoreApplication.translate


def state_name(state: str) -> str:
    """A listen session's state as shown in the listen log."""
    names = {
        OPEN: translate("ListenLabels", "Open"),
        CLOSED: translate("ListenLabels", "Closed"),
        PRIVATE_DESTROYED: translate("ListenLabels", "Private call, audio destroyed"),
        INTERRUPTED: translate("ListenLabels", "Interrupted (the app stopped)"),
    }
    return names.get(state, state)


def clock(seconds: float) -> str:
    """A position or length as m:ss, or h:mm:ss from an hour on (never negative)."""
    whole = max(int(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def seconds_heard(seconds: float) -> str:
    """Seconds heard, whole seconds from ten on, one decimal below (a short listen shows)."""
    if seconds >= 10:
        return translate("ListenLabels", "{n} s").format(n=round(seconds))
    # The user's decimal separator: "2,5 s" in Dutch.
    return translate("ListenLabels", "{n} s").format(n=QLocale().toString(seconds, "f", 1))


def local_moment(moment: dt.datetime) -> str:
    """A stored aware time as local short date and time."""
    return local_time(moment.isoformat())

"""Translated words for notices to agents: kinds, states, channels and deadlines."""

from __future__ import annotations

import datetime as dt
from typing import Final

from PySide6.QtCore import QCoreApplication

from supervisor_app.domain.notifications import Channel, Item, Kind, State, parse_week
from supervisor_app.ui.words.time_format import local_date

# Bound once so lupdate finds the calls: it knows translate() by name.
translate = QCoreApplication.translate

# Overdue notices are red wherever they appear: the table, the tab, the dashboard card.
OVERDUE_COLOUR: Final = "#b3261e"
OVERDUE_STYLE: Final = f"color: {OVERDUE_COLOUR}; font-weight: 600;"


def kind_name(item: Item) -> str:
    """What a notice reports, as the Notifications page lists it."""
    if item.digest_week is None:
        return event_name(item.kind)
    try:
        year, week = parse_week(item.digest_week)
    except ValueError:
        return item.digest_week
    return translate("NoticeLabels", "Weekly digest, week {week} of {year}").format(
        week=week, year=year
    )


def event_name(kind: Kind) -> str:
    """The event a notice of this kind reports."""
    names = {
        Kind.SAMPLED: translate("NoticeLabels", "Call recorded"),
        Kind.LISTENED: translate("NoticeLabels", "Call listened to"),
        Kind.PRIVATE_CALL_DESTROYED: translate("NoticeLabels", "Private call destroyed"),
        Kind.RECORDING_ERASED: translate("NoticeLabels", "Recording erased"),
    }
    return names[kind]


def state_name(item: Item, now: dt.datetime) -> str:
    """A notice's state; a pending one past its deadline says it is overdue."""
    if item.is_overdue(now):
        return translate("NoticeLabels", "Overdue")
    names = {
        State.PENDING: translate("NoticeLabels", "Pending"),
        State.SENT: translate("NoticeLabels", "Sent"),
        State.ACKNOWLEDGED: translate("NoticeLabels", "Acknowledged"),
    }
    return names[item.state]


def channel_name(channel: Channel | None) -> str:
    """How a notice reached the agent (blank while it has not)."""
    if channel is None:
        return ""
    names = {
        Channel.MAIL: translate("NoticeLabels", "Mail client"),
        Channel.EML: translate("NoticeLabels", "Saved e-mail (.eml)"),
        Channel.PDF: translate("NoticeLabels", "Letter (PDF or print)"),
        Channel.COPY: translate("NoticeLabels", "Copied text"),
        Channel.OUTSIDE: translate("NoticeLabels", "Outside the app"),
    }
    return names[channel]


def due_text(item: Item) -> str:
    """The last day a notice is on time, in the user's date format."""
    return local_date(item.due_on)

"""Translated words for imports and recordings: sources, exclusion reasons, directions, times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from supervisor_app.domain.policy import Policy
from supervisor_app.ui.words.labels import purpose_title
from supervisor_app.ui.words.time_format import zone_named

# Bound once so lupdate finds the calls: it knows translate() by name.
translate = QCoreApplication.translate

# The order the wizard offers them in; the keys are ingest.sources.SOURCE_KINDS.
SOURCE_ORDER = ("freepbx", "asterisk", "3cx", "manifest")


def source_name(kind: str) -> str:
    """A source kind as people know it."""
    names: dict[str, Callable[[], str]] = {
        "freepbx": lambda: translate("RecordingLabels", "FreePBX recordings folder (monitor)"),
        "asterisk": lambda: translate(
            "RecordingLabels", "Asterisk Master.csv and recordings folder"
        ),
        "3cx": lambda: translate("RecordingLabels", "3CX recordings folder"),
        "manifest": lambda: translate("RecordingLabels", "CSV manifest (any other system)"),
    }
    found = names.get(kind)
    return found() if found else kind


def reason_label(reason: str) -> str:
    """Why calls were left out, as a short phrase for a list of counts."""
    labels: dict[str, Callable[[], str]] = {
        "unanswered": lambda: translate("RecordingLabels", "Not answered"),
        "internal": lambda: translate("RecordingLabels", "Internal (colleague to colleague)"),
        "protected_number": lambda: translate(
            "RecordingLabels", "Protected number (e.g. company doctor, counsellor)"
        ),
        "not_business_line": lambda: translate(
            "RecordingLabels", "Not a business queue, number or campaign"
        ),
        "agent_unknown": lambda: translate("RecordingLabels", "Extension of no known agent"),
        "agent_left": lambda: translate("RecordingLabels", "Agent has left (marked as left)"),
        "objection": lambda: translate(
            "RecordingLabels", "Agent objected to being sampled (objection not lifted)"
        ),
        "protocol_not_acknowledged": lambda: translate(
            "RecordingLabels", "Agent has not received the current protocol"
        ),
        "before_works_council": lambda: translate(
            "RecordingLabels", "Made before the works council consented"
        ),
        "before_announcement": lambda: translate(
            "RecordingLabels", "Made before callers heard the recording announcement"
        ),
        "before_acknowledgement": lambda: translate(
            "RecordingLabels", "Made before the agent received the protocol"
        ),
        "no_recording": lambda: translate("RecordingLabels", "No recording file"),
        "no_purpose": lambda: translate("RecordingLabels", "No purpose of the policy covers it"),
        "expired": lambda: translate(
            "RecordingLabels", "Older than the retention period (would be deleted at once)"
        ),
    }
    found = labels.get(reason)
    return found() if found else reason


def gone_label(status: str) -> str:
    """What became of a recording's audio, short, for a table cell."""
    labels: dict[str, Callable[[], str]] = {
        "purged": lambda: translate("RecordingLabels", "deleted"),
        "erased": lambda: translate("RecordingLabels", "erased on request"),
        "private_destroyed": lambda: translate("RecordingLabels", "private call, destroyed"),
    }
    found = labels.get(status)
    return found() if found else status


def direction_label(direction: str | None) -> str:
    """Inbound, outbound or internal; a dash when the export did not say."""
    labels: dict[str, Callable[[], str]] = {
        "inbound": lambda: translate("RecordingLabels", "Inbound"),
        "outbound": lambda: translate("RecordingLabels", "Outbound"),
        "internal": lambda: translate("RecordingLabels", "Internal"),
    }
    found = labels.get(direction or "")
    return found() if found else "–"


def purpose_names(policy: Policy) -> dict[str, str]:
    """Purpose id → title in the current policy (older ids show as themselves)."""
    return {p.id: purpose_title(p) for p in policy.purposes if p.id}


def policy_zone(policy: Policy) -> dt.tzinfo:
    """The zone days are counted in: the policy's (UTC if unknown), else the computer's."""
    return zone_named(policy.scope.timezone)


def duration_text(seconds: float) -> str:
    """A call's length as m:ss, or h:mm:ss for an hour or more."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def megabytes(size: int) -> str:
    """A size in MB with one decimal, in the interface language's number format."""
    return translate("RecordingLabels", "{mb} MB").format(
        mb=QLocale().toString(size / 1_000_000, "f", 1)
    )


def days_left(until: dt.datetime | None, now: dt.datetime) -> str:
    """How long a recording is still kept, in days (rounded down)."""
    if until is None:
        return "–"
    days = (until - now).days
    if days < 1:
        return translate("RecordingLabels", "less than a day")
    if days == 1:
        return translate("RecordingLabels", "1 day")
    return translate("RecordingLabels", "{n} days").format(n=days)


def eta_text(seconds: float | None) -> str:
    """Time left of a running import, roughly."""
    if seconds is None:
        return translate("RecordingLabels", "estimating time left…")
    if seconds < 60:
        return translate("RecordingLabels", "less than a minute left")
    minutes = round(seconds / 60)
    if minutes == 1:
        return translate("RecordingLabels", "about 1 minute left")
    return translate("RecordingLabels", "about {n} minutes left").format(n=minutes)

"""Telling agents afterwards (R7): notice kinds and states, deadlines, receipts and the text."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from supervisor_app.domain import error_codes as codes
from supervisor_app.domain.errors import InputError
from supervisor_app.domain.phrasebook import LANGUAGES, Phrasebook, checked_language
from supervisor_app.domain.policy import LegalBasis, Notification
from supervisor_app.domain.roles import Role

RECEIPT_HEX: Final = (
    12  # 48 bits of the entry's SHA-256: short to read out, long enough to be unique
)
_RECEIPT_GROUP: Final = 4
_HEX: Final = re.compile(r"[0-9a-f]+")


class Kind(StrEnum):
    """What a notice reports."""

    SAMPLED = "sampled"  # a call was drawn into the sample and stored
    LISTENED = "listened"  # someone listened to a recording
    PRIVATE_CALL_DESTROYED = "private_call_destroyed"  # a private call was met and destroyed
    RECORDING_ERASED = "recording_erased"  # a recording was erased on request (R16)


class State(StrEnum):
    """Where a notice is: waiting, sent to the agent, acknowledged by the agent."""

    PENDING = "pending"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"


class Channel(StrEnum):
    """How a notice reached the agent."""

    MAIL = "mail"  # the mail client, opened with a mailto: link
    EML = "eml"  # a saved .eml message
    PDF = "pdf"  # a printed or saved letter
    COPY = "copy"  # the text copied into another channel
    OUTSIDE = "outside"  # handed over outside the app; a note says how


# The state a notice may move to from each state; nothing ever moves back.
_NEXT: Final[Mapping[State, State]] = MappingProxyType(
    {State.PENDING: State.SENT, State.SENT: State.ACKNOWLEDGED}
)


def can_move(current: State, target: State) -> bool:
    """Whether a notice in ``current`` may become ``target`` (pending → sent → acknowledged)."""
    return _NEXT.get(current) is target


def check_note(channel: Channel, note: str) -> str:
    """The cleaned note; a notice handed over outside the app must say how (raises InputError)."""
    cleaned = " ".join(note.split())
    if channel is Channel.OUTSIDE and not cleaned:
        raise InputError(codes.NOTICE_OUTSIDE_NOTE)
    return cleaned


# --- deadlines ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Due:
    """A deadline: the last local day, and the instant (UTC) the notice becomes overdue."""

    on: dt.date  # the last day, in the policy's time zone, on which the notice is on time
    overdue_from: dt.datetime  # local midnight after ``on``, as an aware UTC time


def zone(name: str) -> ZoneInfo:
    """The policy's time zone; UTC when the name is blank or unknown (never guess a local one)."""
    try:
        return ZoneInfo(name) if name.strip() else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def deadline_days(kind: Kind, notification: Notification) -> int:
    """Days the policy allows for a notice of this kind.

    Private-call destruction and erasure have no deadline of their own in the policy; they
    take the shorter of the two, because telling sooner is the safe side. A deadline that is
    not set (0) means the same day.
    """
    listen = max(notification.deadline_days_after_listen, 0)
    sampling = max(notification.deadline_days_after_sampling, 0)
    if kind is Kind.LISTENED:
        return listen
    if kind is Kind.SAMPLED:
        return sampling
    positive = [d for d in (listen, sampling) if d > 0]
    return min(positive, default=0)


def due(event_at: dt.datetime, days: int, timezone: ZoneInfo) -> Due:
    """The deadline ``days`` days after an event, counted in whole local days.

    An event on Monday with 5 days is on time until the end of Saturday, local time; it is
    overdue from local midnight. Midnight is found in the zone itself, so a DST change in
    between moves the UTC instant, not the local day.
    """
    if event_at.tzinfo is None:
        raise ValueError("event_at must be an aware datetime")
    last_day = event_at.astimezone(timezone).date() + dt.timedelta(days=max(days, 0))
    midnight = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(0), tzinfo=timezone)
    return Due(last_day, midnight.astimezone(dt.UTC))


def is_overdue(state: State, overdue_from: dt.datetime, now: dt.datetime) -> bool:
    """Whether a notice is still pending at or after its overdue instant."""
    return state is State.PENDING and now >= overdue_from


def iso_week(moment: dt.datetime, timezone: ZoneInfo) -> str:
    """The ISO week of a moment in the policy's time zone, e.g. ``2026-W47``."""
    year, week, _ = moment.astimezone(timezone).isocalendar()
    return f"{year}-W{week:02d}"


def parse_week(text: str) -> tuple[int, int]:
    """``2026-W47`` → (2026, 47); raises ValueError."""
    match = re.fullmatch(r"(\d{4})-W(\d{2})", text)
    if match is None:
        raise ValueError(f"{text!r} is not an ISO week such as 2026-W47.")
    return int(match[1]), int(match[2])


# --- receipts ----------------------------------------------------------------------------------


def receipt_code(entry_hash: str) -> str:
    """The receipt of a log entry: the first 12 hex digits of its hash, as ``a1b2-c3d4-e5f6``."""
    prefix = entry_hash.lower()[:RECEIPT_HEX]
    if len(prefix) != RECEIPT_HEX or not _HEX.fullmatch(prefix):
        raise ValueError("an audit entry hash is 64 hex digits")
    return "-".join(prefix[i : i + _RECEIPT_GROUP] for i in range(0, RECEIPT_HEX, _RECEIPT_GROUP))


def receipt_prefix(code: str) -> str:
    """The 12 hex digits a typed receipt stands for (spaces, dashes and case do not matter).

    Raises InputError with a sentence when it is not a receipt code.
    """
    digits = re.sub(r"[\s\-–]", "", code).lower()
    if len(digits) != RECEIPT_HEX or not _HEX.fullmatch(digits):
        raise InputError(codes.RECEIPT_CODE_INVALID, code=code.strip())
    return digits


# --- items -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    """One notice to an agent, as the Notifications page and the CLI show it.

    A weekly digest has one line per recording; every other kind reports one event. The
    receipt is that of the newest line's log entry: because the log is a hash chain, it
    also pins every earlier line.
    """

    id: int
    kind: Kind
    agent_id: int
    agent_name: str
    team_id: int
    recording_ids: tuple[int, ...]
    listen_session_id: int | None
    digest_week: str | None
    created_at: dt.datetime
    due_on: dt.date
    overdue_from: dt.datetime
    state: State
    channel: Channel | None
    sent_by: str | None
    sent_at: dt.datetime | None
    note: str
    acknowledged_at: dt.datetime | None
    audit_seq: int
    receipt: str

    @property
    def is_digest(self) -> bool:
        """Whether this is a weekly digest of sampled recordings."""
        return self.digest_week is not None

    def is_overdue(self, now: dt.datetime) -> bool:
        """Whether the notice is pending past its deadline at ``now``."""
        return is_overdue(self.state, self.overdue_from, now)


# --- the notice text ---------------------------------------------------------------------------

DIGEST: Final = "digest"  # the template of a weekly digest (its items are of kind sampled)
LETTER: Final = "notice_letter"  # the HTML frame of a printed letter

# Placeholders each notice template must use. A translation that drops one would silently
# drop something the agent must be told, so compose() refuses such a template.
# Every notice names where to complain (the Autoriteit Persoonsgegevens), not only a listen's.
_COMMON: Final = frozenset(
    {
        "agent",
        "complaint",
        "contact",
        "privacy_officer",
        "privacy_officer_contact",
        "receipt",
        "receipt_meaning",
        "organisation",
    }
)
REQUIRED_ELEMENTS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        # A listen notice says why (purpose, basis and the reason given), and whether anything
        # was played: a listen stopped before the first sample did not hear the call.
        Kind.LISTENED.value: _COMMON
        | {
            "opening",
            "who",
            "call",
            "listener",
            "listened_on",
            "purpose",
            "legal_basis",
            "reason",
            "retain_until",
        },
        Kind.SAMPLED.value: _COMMON | {"call", "purposes"},
        DIGEST: _COMMON | {"intro", "calls", "purposes"},
        # How the private call was found: while listening, or before anything was played.
        Kind.PRIVATE_CALL_DESTROYED.value: _COMMON | {"found"},
        Kind.RECORDING_ERASED.value: _COMMON | {"call", "erased_on"},
        LETTER: frozenset({"lang", "title", "organisation", "date", "body"}),
    }
)


def template_file(template: str, language: str) -> str:
    """The file of a notice's text, e.g. ``notice_listened.nl.txt`` (or the letter's HTML)."""
    checked_language(language)
    if template == LETTER:
        return f"{LETTER}.{language}.html"
    if template not in REQUIRED_ELEMENTS:
        raise ValueError(f"Unknown notice template {template!r}.")
    return f"notice_{template}.{language}.txt"


def template_names() -> list[str]:
    """Every notice template file in both languages (the phrases files come on top)."""
    return [template_file(t, lang) for t in REQUIRED_ELEMENTS for lang in LANGUAGES]


@dataclass(frozen=True, slots=True)
class PurposeFacts:
    """A purpose a recording is kept for, as the agent reads it."""

    title: str
    legal_basis: LegalBasis | None
    retain_until: dt.datetime


@dataclass(frozen=True, slots=True)
class CallFacts:
    """What the agent is told about one call. There is no field for the other party's number."""

    started_at: dt.datetime
    direction: str | None  # inbound, outbound or unknown
    purposes: tuple[PurposeFacts, ...]
    receipt: str
    # When its audio was deleted (retention over, erased, or a private call) before the
    # notice was written: the notice then says so instead of until when it is kept.
    deleted_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Listener:
    """Who listened: their name when the purpose discloses it, else their role."""

    name: str | None = None
    role: Role | None = None


@dataclass(frozen=True, slots=True)
class NoticeFacts:
    """Everything a notice says; gathered from the vault by the letters service."""

    kind: Kind
    agent_name: str
    organisation: str
    contact: str
    timezone: str
    calls: tuple[CallFacts, ...]  # one, or one per line of a digest
    receipt: str  # the item's receipt
    event_at: dt.datetime  # when it was listened to, destroyed or erased (or stored)
    digest_week: str | None = None
    listener: Listener | None = None
    purpose: PurposeFacts | None = None  # the purpose listened for (listened only)
    reason: str = ""  # the reason the listener gave (listened only)
    # Whether any of the call was played: before a private call was flagged, or in a listen
    # that has ended (one still going, or cut short by a crash, counts as heard).
    heard: bool = True
    # A listen notice: the recording is kept as evidence in a case, so possibly past its date.
    on_hold: bool = False
    privacy_officer: str = ""
    privacy_officer_is_dpo: bool = False
    privacy_officer_contact: str = ""


@dataclass(frozen=True, slots=True)
class ComposedNotice:
    """A notice in the agent's language: subject, plain text and the HTML of a letter."""

    language: str
    subject: str
    text: str
    html: str


def compose(
    facts: NoticeFacts,
    language: str,
    templates: Mapping[str, str],
    *,
    letter_date: dt.date | None = None,
) -> ComposedNotice:
    """Write a notice from its facts with the templates (file name → text).

    Raises ValueError for an unknown language, a missing file or phrase, or a template that
    lacks a required element.
    """
    writer = _Writer(language, templates, zone(facts.timezone))
    template = DIGEST if facts.digest_week is not None else facts.kind.value
    officer_role = (
        "privacy_officer_dpo" if facts.privacy_officer_is_dpo else "privacy_officer_contact_person"
    )
    values = {
        "agent": facts.agent_name.strip(),
        "organisation": facts.organisation.strip(),
        "contact": facts.contact.strip(),
        "privacy_officer": writer.phrase(officer_role, name=facts.privacy_officer.strip()),
        "privacy_officer_contact": facts.privacy_officer_contact.strip(),
        "receipt": facts.receipt,
        "receipt_meaning": writer.phrase("notice_receipt_meaning"),
        "complaint": writer.phrase("notice_complaint"),
    }
    if template == DIGEST:
        values.update(_digest_values(writer, facts))
        subject = writer.phrase("notice_subject_digest", week=_week(writer, facts.digest_week))
    else:
        values.update(_event_values(writer, facts))
        unheard = facts.kind is Kind.LISTENED and not facts.heard
        subject = writer.phrase(f"notice_subject_{template}" + ("_unheard" if unheard else ""))
    text = writer.fill_notice(template, values).strip() + "\n"
    day = letter_date or facts.event_at.astimezone(writer.zone).date()
    letter = writer.fill_notice(
        LETTER,
        {
            "lang": language,
            "title": html.escape(subject),
            "organisation": html.escape(facts.organisation.strip()),
            "date": html.escape(writer.date(day)),
            "body": text_to_html(text),
        },
    )
    return ComposedNotice(language, subject, text, letter)


def _event_values(writer: _Writer, facts: NoticeFacts) -> dict[str, str]:
    if not facts.calls:
        raise ValueError("a notice reports at least one call")
    call = facts.calls[0]
    values = {
        "call": writer.call(call),
        "purposes": "\n".join(writer.purpose_line(p, call.deleted_at) for p in call.purposes),
        "listener": writer.listener(facts.listener),
    }
    event_day = writer.day(facts.event_at)
    if facts.kind is Kind.LISTENED:
        purpose = facts.purpose
        if purpose is None:
            raise ValueError("a listen notice names the purpose listened for")
        reason = " ".join(facts.reason.split())
        heard = "" if facts.heard else "_unheard"
        values.update(
            opening=writer.phrase(f"notice_listened_opening{heard}"),
            who=writer.phrase(f"notice_listened_who{heard}"),
            listened_on=event_day,
            purpose=purpose.title,
            legal_basis=writer.basis(purpose.legal_basis),
            reason=(
                writer.phrase("notice_quoted", text=reason)
                if reason
                else writer.phrase("notice_no_reason")
            ),
            retain_until=(
                writer.phrase("notice_retain_until_held", date=writer.day(purpose.retain_until))
                if facts.on_hold
                else writer.day(purpose.retain_until)
            ),
        )
    if facts.kind is Kind.PRIVATE_CALL_DESTROYED:
        # Only a call that was being played can be said to have been found while listening.
        values["found"] = writer.phrase(
            "notice_found_heard" if facts.heard else "notice_found_unheard",
            listener=values["listener"],
            call=values["call"],
            destroyed_on=event_day,
        )
    values.update(destroyed_on=event_day, erased_on=event_day)
    return values


def _digest_values(writer: _Writer, facts: NoticeFacts) -> dict[str, str]:
    titles: dict[str, PurposeFacts] = {}
    for call in facts.calls:
        for p in call.purposes:
            titles.setdefault(p.title, p)
    names = writer.join([writer.phrase("notice_quoted", text=t) for t in titles])
    intro = writer.plural(
        "notice_digest_intro",
        len(facts.calls),
        week=_week(writer, facts.digest_week),
        purposes=names,
    )
    calls = "\n".join(
        writer.phrase(
            "notice_digest_line",
            call=writer.call_short(c),
            kept=writer.join(
                [
                    writer.phrase("notice_kept", date=writer.day(p.retain_until), purpose=p.title)
                    for p in c.purposes
                ]
            ),
            receipt=c.receipt,
        )
        if c.deleted_at is None
        else writer.phrase(
            "notice_digest_line_deleted",
            call=writer.call_short(c),
            date=writer.day(c.deleted_at),
            receipt=c.receipt,
        )
        for c in sorted(facts.calls, key=lambda c: c.started_at)
    )
    purposes = "\n".join(
        writer.phrase("notice_basis_line", purpose=p.title, legal_basis=writer.basis(p.legal_basis))
        for p in titles.values()
    )
    return {"intro": intro, "calls": calls, "purposes": purposes}


def _week(writer: _Writer, week: str | None) -> str:
    year, number = parse_week(week or "")
    return writer.phrase("notice_week", week=str(number), year=str(year))


def text_to_html(text: str) -> str:
    """Plain notice text as HTML: blank lines part paragraphs, lines starting "- " form lists."""
    blocks: list[str] = []
    for paragraph in text.strip().split("\n\n"):
        lines = [line.rstrip() for line in paragraph.strip().splitlines()]
        items = [line[2:] for line in lines if line.startswith("- ")]
        rest = [line for line in lines if not line.startswith("- ")]
        if rest:
            blocks.append("<p>" + "<br>\n".join(html.escape(line) for line in rest) + "</p>")
        if items:
            lis = "".join(f"<li>{html.escape(i)}</li>" for i in items)
            blocks.append(f"<ul>{lis}</ul>")
    return "\n".join(blocks)


class _Writer(Phrasebook):
    """One language's notice phrases, dates and times in the policy's time zone."""

    def __init__(self, language: str, templates: Mapping[str, str], timezone: ZoneInfo) -> None:
        super().__init__(language, templates)
        self.zone = timezone

    def day(self, moment: dt.datetime) -> str:
        """The local weekday and date of a moment, e.g. ``Monday 16 November 2026``."""
        local = moment.astimezone(self.zone)
        weekday = self.names("notice_weekdays", 7)[local.weekday()]
        return self.phrase("notice_day", weekday=weekday, date=self.date(local.date()))

    def time(self, moment: dt.datetime) -> str:
        local = moment.astimezone(self.zone)
        return self.phrase("notice_time", hour=f"{local.hour:02d}", minute=f"{local.minute:02d}")

    def _direction(self, call: CallFacts) -> str:
        return call.direction if call.direction in ("inbound", "outbound") else "unknown"

    def call(self, call: CallFacts) -> str:
        return self.phrase(
            f"notice_call_{self._direction(call)}",
            day=self.day(call.started_at),
            time=self.time(call.started_at),
        )

    def call_short(self, call: CallFacts) -> str:
        return self.phrase(
            f"notice_line_{self._direction(call)}",
            day=self.day(call.started_at),
            time=self.time(call.started_at),
        )

    def basis(self, basis: LegalBasis | None) -> str:
        return self.phrase(f"basis_{basis.value}") if basis else self.phrase("notice_no_basis")

    def purpose_line(self, purpose: PurposeFacts, deleted_at: dt.datetime | None = None) -> str:
        return self.phrase(
            "notice_purpose_line" if deleted_at is None else "notice_purpose_line_deleted",
            purpose=purpose.title,
            legal_basis=self.basis(purpose.legal_basis),
            date=self.day(purpose.retain_until if deleted_at is None else deleted_at),
        )

    def listener(self, listener: Listener | None) -> str:
        if listener is not None and listener.name and listener.name.strip():
            return listener.name.strip()
        if listener is not None and listener.role is not None:
            return self.phrase(f"notice_role_{listener.role.value}")
        return self.phrase("notice_someone")

    def fill_notice(self, template: str, values: Mapping[str, str]) -> str:
        """The notice template of this language with every placeholder filled."""
        return self.fill(
            template_file(template, self.language), values, REQUIRED_ELEMENTS[template]
        )

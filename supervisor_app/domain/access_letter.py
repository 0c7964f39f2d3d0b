"""The cover letter of an access export (art. 15 AVG), in the subject's language.

It says what the export holds, what was left out and why, why recordings are kept and for
how long, how to open the files and which rights the subject has. The facts come from the
export service; the words from ``access_letter.<lang>.html`` and the ``access_*`` phrases.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from supervisor_app.domain.phrasebook import Phrasebook, phrase_file
from supervisor_app.domain.policy import LegalBasis
from supervisor_app.domain.requests import SubjectKind

STYLE_FILE: Final = "documents.css"
REQUIRED: Final = frozenset(
    {
        "lang",
        "style",
        "title",
        "organisation",
        "date",
        "greeting",
        "intro",
        "included",
        "left_out",
        "purposes",
        "opening",
        "contact",
    }
)

# What an export can hold, in the order the letter lists it; each has an access_inc_* phrase
# with "one" and "other" forms ($n is the count), except those in SINGLE.
INCLUDED: Final = (
    "recordings",
    "calls",
    "listens",
    "notices",
    "scores",
    "coaching_notes",
    "feedback_sheets",
    "holds",
    "deleted",
    "documents",
    "agent",
    "agent_first_names",
    "letter",
)
SINGLE: Final = frozenset({"agent", "agent_first_names", "letter"})
# What an export leaves out, each with an access_out_* phrase that says why.
LEFT_OUT: Final = (
    "numbers",
    "listener_names",
    "deleted_audio",
    "audit_log",
    "staff",
    "staff_but_first_name",
    "caller_deleted",
    "other_numbers",
)

# Column headings of the export's CSV files, per language; the keys are the export's fields.
COLUMNS: Final[Mapping[str, Mapping[str, str]]] = {
    "en": {
        "recording": "recording",
        "call_start": "call start",
        "duration_s": "length (seconds)",
        "direction": "direction",
        "queue": "queue",
        "campaign": "campaign",
        "status": "status",
        "kept_for": "kept for (purpose: until)",
        "audio_file": "audio file",
        "agent_first_name": "employee (first name)",
        "listened_at": "listened at",
        "ended_at": "ended at",
        "purpose": "purpose",
        "reason": "reason",
        "case_reference": "case reference",
        "seconds_heard": "seconds heard",
        "listener": "who listened",
        "notice": "notice",
        "kind": "kind",
        "created_at": "created at",
        "due_on": "due on",
        "state": "state",
        "sent_at": "sent at",
        "channel": "channel",
        "receipt": "receipt code",
        "placed_at": "placed at",
        "until": "last day",
        "released_at": "released at",
        "release_reason": "why released",
        "deleted_at": "deleted at",
        "audio_sha256": "audio SHA-256",
        "protocol_version": "protocol version",
        "received_on": "received on",
        "document": "document",
        "scorecard": "scorecard number",
        "scored_by": "judged by",
        "criterion": "what the protocol expects",
        "outcome": "outcome",
        "comment": "comment",
        "moment": "moment in the call",
        "note": "note",
        "feedback_sheet": "feedback sheet",
        "period_from": "from",
        "period_to": "to",
        "summary": "summary",
    },
    "nl": {
        "recording": "opname",
        "call_start": "begin gesprek",
        "duration_s": "duur (seconden)",
        "direction": "richting",
        "queue": "wachtrij",
        "campaign": "campagne",
        "status": "status",
        "kept_for": "bewaard voor (doel: tot)",
        "audio_file": "geluidsbestand",
        "agent_first_name": "medewerker (voornaam)",
        "listened_at": "teruggeluisterd op",
        "ended_at": "geëindigd op",
        "purpose": "doel",
        "reason": "reden",
        "case_reference": "dossiernummer",
        "seconds_heard": "seconden gehoord",
        "listener": "wie luisterde",
        "notice": "kennisgeving",
        "kind": "soort",
        "created_at": "aangemaakt op",
        "due_on": "uiterlijk op",
        "state": "stand",
        "sent_at": "verstuurd op",
        "channel": "kanaal",
        "receipt": "controlecode",
        "placed_at": "geplaatst op",
        "until": "laatste dag",
        "released_at": "opgeheven op",
        "release_reason": "reden opheffen",
        "deleted_at": "verwijderd op",
        "audio_sha256": "SHA-256 van het geluid",
        "protocol_version": "versie protocol",
        "received_on": "ontvangen op",
        "document": "document",
        "scorecard": "beoordelingsnummer",
        "scored_by": "beoordeeld door",
        "criterion": "wat het protocol vraagt",
        "outcome": "beoordeling",
        "comment": "toelichting",
        "moment": "moment in het gesprek",
        "note": "opmerking",
        "feedback_sheet": "feedbackformulier",
        "period_from": "van",
        "period_to": "tot en met",
        "summary": "samenvatting",
    },
}


# Values the CSV files show, per language: what became of a recording, and which way it went.
STATUS: Final[Mapping[str, Mapping[str, str]]] = {
    "en": {
        "held": "kept",
        "purged": "deleted (retention ended)",
        "erased": "erased on request",
        "private_destroyed": "private call, destroyed",
    },
    "nl": {
        "held": "bewaard",
        "purged": "verwijderd (bewaartermijn voorbij)",
        "erased": "gewist op verzoek",
        "private_destroyed": "privégesprek, vernietigd",
    },
}
# How a call did on one expectation of the protocol (domain.coaching.Outcome), and whether
# the scorecard was still its author's draft or shared with the team lead.
OUTCOME: Final[Mapping[str, Mapping[str, str]]] = {
    "en": {
        "met": "met",
        "partly": "partly met",
        "not_met": "not met",
        "not_applicable": "not applicable",
        "open": "not judged",
        "draft": "draft",
        "shared": "shared",
    },
    "nl": {
        "met": "voldaan",
        "partly": "deels voldaan",
        "not_met": "niet voldaan",
        "not_applicable": "niet van toepassing",
        "open": "niet beoordeeld",
        "draft": "concept",
        "shared": "gedeeld",
    },
}
# What a notice or feedback sheet was about, where it is, and how it reached the agent
# (domain.notifications Kind, State and Channel; domain.coaching SheetState).
NOTICE: Final[Mapping[str, Mapping[str, str]]] = {
    "en": {
        "sampled": "recorded in the sample",
        "listened": "listened to",
        "private_call_destroyed": "private call destroyed",
        "recording_erased": "recording erased",
        "pending": "not sent yet",
        "sent": "sent",
        "acknowledged": "received by you",
        "withdrawn": "withdrawn",
        "mail": "e-mail",
        "eml": "e-mail (.eml file)",
        "pdf": "letter (PDF or printed)",
        "copy": "copied text",
        "outside": "outside the app",
    },
    "nl": {
        "sampled": "opgenomen in de steekproef",
        "listened": "teruggeluisterd",
        "private_call_destroyed": "privégesprek vernietigd",
        "recording_erased": "opname gewist",
        "pending": "nog niet verstuurd",
        "sent": "verstuurd",
        "acknowledged": "door jou ontvangen",
        "withdrawn": "ingetrokken",
        "mail": "e-mail",
        "eml": "e-mail (.eml-bestand)",
        "pdf": "brief (pdf of afgedrukt)",
        "copy": "gekopieerde tekst",
        "outside": "buiten de app",
    },
}
DIRECTION: Final[Mapping[str, Mapping[str, str]]] = {
    "en": {"inbound": "inbound", "outbound": "outbound", "internal": "internal"},
    "nl": {"inbound": "inkomend", "outbound": "uitgaand", "internal": "intern"},
}


@dataclass(frozen=True, slots=True)
class PurposeLine:
    """A purpose the exported recordings are kept for, as the letter explains it."""

    title: str
    legal_basis: LegalBasis | None
    retention_days: int


@dataclass(frozen=True, slots=True)
class LetterFacts:
    """Everything the cover letter says; gathered by the export service."""

    subject_kind: SubjectKind
    name: str | None  # the agent's name; None for a caller
    number: str | None  # the caller's number as they gave it
    organisation: str
    contact: str
    privacy_officer: str
    request_id: int | None
    received_on: dt.date | None
    letter_date: dt.date
    included: tuple[tuple[str, int], ...]  # (INCLUDED key, count)
    left_out: tuple[str, ...]  # LEFT_OUT keys
    purposes: tuple[PurposeLine, ...]
    audio_format: str  # "flac" or "wav"
    encrypted: bool
    # How the person reaches the privacy officer directly, and whether they are the DPO (FG).
    privacy_officer_contact: str = ""
    privacy_officer_is_dpo: bool = True


@dataclass(frozen=True, slots=True)
class CoverLetter:
    """The letter as a title and a standalone HTML document (also rendered to PDF)."""

    language: str
    title: str
    html: str


def letter_template(language: str) -> str:
    """The template file of the letter in a language."""
    return f"access_letter.{language}.html"


def template_names(language: str) -> list[str]:
    """The files ``compose`` reads for a language."""
    return [letter_template(language), phrase_file(language), STYLE_FILE]


def compose(facts: LetterFacts, language: str, templates: Mapping[str, str]) -> CoverLetter:
    """Write the cover letter; ValueError for an unknown language or a broken template."""
    book = Phrasebook(language, templates)
    title = book.phrase("access_title")
    values = {
        "lang": language,
        "style": book.source(STYLE_FILE),
        "title": html.escape(title),
        "organisation": html.escape(facts.organisation.strip()),
        "date": html.escape(book.date(facts.letter_date)),
        "greeting": _greeting(book, facts),
        "intro": _intro(book, facts),
        "included": "\n".join(_included(book, facts)),
        "left_out": "\n".join(
            book.phrase("list_item", text=book.phrase(f"access_out_{key}"))
            for key in facts.left_out
        ),
        "purposes": "\n".join(_purpose(book, p) for p in facts.purposes)
        or book.phrase("list_item", text=book.phrase("access_no_purposes")),
        "opening": _opening(book, facts),
        "contact": _contact(book, facts),
    }
    body = book.fill(letter_template(language), values, REQUIRED)
    return CoverLetter(language, title, body)


def passphrase_sheet(
    passphrase: str,
    language: str,
    templates: Mapping[str, str],
    *,
    export_date: dt.date,
    file_name: str,
    request_id: int | None,
) -> str:
    """A printable page with the export's passphrase, to hand over apart from the ZIP file."""
    book = Phrasebook(language, templates)
    about = book.phrase(
        "access_passphrase_about",
        file=html.escape(file_name),
        date=html.escape(book.date(export_date)),
    )
    if request_id is not None:
        about += " " + book.phrase("access_passphrase_request", request=str(request_id))
    return (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(book.phrase('access_passphrase_title'))}</title>\n"
        f"<style>\n{book.source(STYLE_FILE)}</style>\n</head>\n<body>\n"
        f"<h1>{html.escape(book.phrase('access_passphrase_title'))}</h1>\n<p>{about}</p>\n"
        f'<p style="font-family: monospace; font-size: 16pt;">{html.escape(passphrase)}</p>\n'
        f"<p>{book.phrase('access_passphrase_advice')}</p>\n</body>\n</html>\n"
    )


def _greeting(book: Phrasebook, facts: LetterFacts) -> str:
    if facts.subject_kind is SubjectKind.AGENT and facts.name:
        return book.phrase("access_greeting_agent", name=html.escape(facts.name.strip()))
    return book.phrase("access_greeting_caller")


def _intro(book: Phrasebook, facts: LetterFacts) -> str:
    if facts.subject_kind is SubjectKind.AGENT:
        text = book.phrase("access_intro_agent")
    else:
        text = book.phrase("access_intro_caller", number=html.escape(facts.number or ""))
    if facts.received_on is not None and facts.request_id is not None:
        text += " " + book.phrase(
            "access_intro_request",
            received=html.escape(book.date(facts.received_on)),
            request=str(facts.request_id),
        )
    return text


def _included(book: Phrasebook, facts: LetterFacts) -> list[str]:
    found = []
    for key, count in facts.included:
        if key in SINGLE:
            text = book.phrase(f"access_inc_{key}")
        else:
            text = book.plural(f"access_inc_{key}", count, format=facts.audio_format.upper())
        found.append(book.phrase("list_item", text=text))
    return found


def _purpose(book: Phrasebook, purpose: PurposeLine) -> str:
    basis = (
        book.phrase(f"basis_{purpose.legal_basis.value}")
        if purpose.legal_basis
        else book.phrase("notice_no_basis")
    )
    text = book.phrase(
        "access_purpose_line",
        purpose=html.escape(purpose.title),
        legal_basis=basis,
        days=book.plural("days", purpose.retention_days),
    )
    return book.phrase("list_item", text=text)


def _opening(book: Phrasebook, facts: LetterFacts) -> str:
    opening = book.phrase("access_opening_encrypted" if facts.encrypted else "access_opening_plain")
    return f"{opening} {book.phrase(f'access_audio_{facts.audio_format}')}"


def _contact(book: Phrasebook, facts: LetterFacts) -> str:
    text = html.escape(facts.contact.strip()) or book.phrase("not_set")
    if facts.privacy_officer.strip():
        role = (
            "privacy_officer_dpo"
            if facts.privacy_officer_is_dpo
            else "privacy_officer_contact_person"
        )
        officer = book.phrase(role, name=html.escape(facts.privacy_officer.strip()))
        reach = facts.privacy_officer_contact.strip()
        text += (
            book.phrase("access_privacy_officer", officer=officer, reach=html.escape(reach))
            if reach
            else book.phrase("access_privacy_officer_no_contact", officer=officer)
        )
    return text

"""The feedback sheet an agent receives: their scored calls of a period, in their language.

Per call it gives the day and time (never the other party's number), the scorer, the
protocol version the call was judged by, each criterion's outcome and comment and the notes
at moments of the call, and then the facts a listen notice gives (who listened, when, why,
until when the recording is kept, the listen's receipt), because the sheet also tells the
agent of those listens (R7). It ends with the sheet's own receipt code. The words come from
``feedback_sheet.<lang>.html`` / ``.txt`` and the ``sheet_*`` phrases.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from supervisor_app.domain.coaching import Outcome
from supervisor_app.domain.notifications import Listener, PurposeFacts, zone
from supervisor_app.domain.phrasebook import Phrasebook, phrase_file
from supervisor_app.domain.policy import LegalBasis

STYLE_FILE: Final = "documents.css"
# Placeholders each template must use: dropping one would drop something the agent is owed.
REQUIRED_HTML: Final = frozenset(
    {
        "lang",
        "style",
        "title",
        "organisation",
        "date",
        "greeting",
        "intro",
        "summary",
        "calls",
        "told",
        "receipt",
        "contact",
    }
)
REQUIRED_TEXT: Final = REQUIRED_HTML - {"lang", "style", "date"}


@dataclass(frozen=True, slots=True)
class SheetCriterion:
    """One criterion as the agent reads it: the expectation in their language."""

    text: str
    outcome: Outcome | None
    comment: str = ""


@dataclass(frozen=True, slots=True)
class SheetNote:
    """A shared note at a moment of the call."""

    at_ms: int
    text: str


@dataclass(frozen=True, slots=True)
class SheetListen:
    """A listen the sheet tells the agent of, with what its notice would have said."""

    listened_at: dt.datetime
    listener: Listener
    purpose: PurposeFacts
    reason: str
    receipt: str  # the listen's own receipt code (its notice's)


@dataclass(frozen=True, slots=True)
class SheetCall:
    """One scored call. There is no field for the other party's number."""

    started_at: dt.datetime
    direction: str | None
    protocol_version: int
    scored_by: Listener
    criteria: tuple[SheetCriterion, ...]
    notes: tuple[SheetNote, ...] = ()
    listens: tuple[SheetListen, ...] = ()


@dataclass(frozen=True, slots=True)
class SheetFacts:
    """Everything a feedback sheet says; gathered from the vault by the service."""

    agent_name: str
    organisation: str
    contact: str
    timezone: str
    period_from: dt.date
    period_to: dt.date
    summary: str
    calls: tuple[SheetCall, ...]
    receipt: str | None  # None while previewing: the code exists once the sheet is made
    sheet_date: dt.date
    privacy_officer: str = ""
    privacy_officer_is_dpo: bool = False
    privacy_officer_contact: str = ""


@dataclass(frozen=True, slots=True)
class ComposedSheet:
    """A sheet in the agent's language: subject, plain text and a standalone HTML document."""

    language: str
    subject: str
    text: str
    html: str


def template_names(language: str) -> list[str]:
    """The files ``compose`` reads for a language."""
    return [
        f"feedback_sheet.{language}.html",
        f"feedback_sheet.{language}.txt",
        phrase_file(language),
        STYLE_FILE,
    ]


def compose(facts: SheetFacts, language: str, templates: Mapping[str, str]) -> ComposedSheet:
    """Write the sheet; ValueError for an unknown language or a broken template or phrase."""
    w = _SheetWriter(language, templates, zone(facts.timezone))
    start, end = w.date(facts.period_from), w.date(facts.period_to)
    subject = w.phrase("sheet_subject", start=start, end=end)
    title = w.phrase("sheet_title")
    if facts.calls:
        intro = w.plural("sheet_intro", len(facts.calls), start=start, end=end)
    else:
        intro = w.phrase("sheet_none", start=start, end=end)
    listens = [listen for call in facts.calls for listen in call.listens]
    told = w.phrase("sheet_told") if listens else ""
    officer_role = (
        "privacy_officer_dpo" if facts.privacy_officer_is_dpo else "privacy_officer_contact_person"
    )
    officer = w.phrase(officer_role, name=facts.privacy_officer.strip())
    contact = w.phrase(
        "sheet_contact",
        contact=facts.contact.strip(),
        privacy_officer=officer,
        privacy_officer_contact=facts.privacy_officer_contact.strip(),
        complaint=w.phrase("notice_complaint"),
    )
    if facts.receipt:
        receipt = w.phrase("sheet_receipt", receipt=facts.receipt)
        meaning = w.phrase("notice_receipt_meaning")
    else:
        receipt, meaning = w.phrase("sheet_receipt_later"), ""
    greeting = w.phrase("sheet_greeting", agent=facts.agent_name.strip())
    text = w.fill(
        f"feedback_sheet.{language}.txt",
        {
            "title": title,
            "organisation": facts.organisation.strip(),
            "greeting": greeting,
            "intro": intro,
            "summary": _summary_text(w, facts.summary),
            "calls": "\n\n".join(_call_text(w, n, c) for n, c in enumerate(facts.calls, 1)),
            "told": told,
            "receipt": f"{receipt}\n{meaning}".strip(),
            "contact": contact,
        },
        REQUIRED_TEXT,
    )
    document = w.fill(
        f"feedback_sheet.{language}.html",
        {
            "lang": language,
            "style": w.source(STYLE_FILE),
            "title": _esc(title),
            "organisation": _esc(facts.organisation.strip()),
            "date": _esc(w.date(facts.sheet_date)),
            "greeting": _esc(greeting),
            "intro": _esc(intro),
            "summary": _summary_html(w, facts.summary),
            "calls": "\n".join(_call_html(w, n, c) for n, c in enumerate(facts.calls, 1)),
            "told": f"<p>{_esc(told)}</p>" if told else "",
            "receipt": f"<p><b>{_esc(receipt)}</b><br>{_esc(meaning)}</p>",
            "contact": _esc(contact),
        },
        REQUIRED_HTML,
    )
    return ComposedSheet(language, subject, _tidy(text), document)


# --- the parts ---------------------------------------------------------------------------------


def _summary_text(w: _SheetWriter, summary: str) -> str:
    if not summary.strip():
        return ""
    return f"{w.phrase('sheet_summary_heading')}\n{summary.strip()}"


def _summary_html(w: _SheetWriter, summary: str) -> str:
    if not summary.strip():
        return ""
    paragraphs = "".join(f"<p>{_esc(p)}</p>" for p in summary.strip().split("\n\n"))
    return f"<h2>{_esc(w.phrase('sheet_summary_heading'))}</h2>\n{paragraphs}"


def _call_text(w: _SheetWriter, number: int, call: SheetCall) -> str:
    lines = [f"{number}. {w.call_heading(call)}", w.scored_by(call), ""]
    for c in call.criteria:
        lines.append(f"- {w.outcome(c.outcome)}: {c.text}")
        if c.comment:
            lines.append(f"  {w.phrase('notice_quoted', text=c.comment)}")
    if call.notes:
        lines += ["", w.phrase("sheet_notes_heading")]
        lines += [f"- {w.position(n.at_ms)} {n.text}" for n in call.notes]
    for listen in call.listens:
        lines += ["", w.listened(listen)]
    return "\n".join(lines)


def _call_html(w: _SheetWriter, number: int, call: SheetCall) -> str:
    head = f"<h2>{number}. {_esc(w.call_heading(call))}</h2>\n<p>{_esc(w.scored_by(call))}</p>\n"
    rows = "".join(
        f"<tr><td>{_esc(c.text)}</td><td>{_esc(w.outcome(c.outcome))}</td>"
        f"<td>{_esc(c.comment)}</td></tr>"
        for c in call.criteria
    )
    table = (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4"'
        ' style="border-collapse: collapse; border-color: #b8c2cc;">'
        f"<tr><th>{_esc(w.phrase('sheet_criterion'))}</th>"
        f"<th>{_esc(w.phrase('sheet_outcome'))}</th>"
        f"<th>{_esc(w.phrase('sheet_comment'))}</th></tr>{rows}</table>\n"
    )
    notes = ""
    if call.notes:
        items = "".join(
            f"<li><b>{_esc(w.position(n.at_ms))}</b> {_esc(n.text)}</li>" for n in call.notes
        )
        notes = f"<h3>{_esc(w.phrase('sheet_notes_heading'))}</h3>\n<ul>{items}</ul>\n"
    listens = "".join(
        f'<p style="font-size: 9pt; color: #3b4651;">{_esc(w.listened(listen))}</p>\n'
        for listen in call.listens
    )
    return head + table + notes + listens


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _tidy(text: str) -> str:
    """No runs of blank lines where an optional part was left out; one newline at the end."""
    lines = text.strip().splitlines()
    kept: list[str] = []
    for line in lines:
        if not line.strip() and kept and not kept[-1].strip():
            continue
        kept.append(line.rstrip())
    return "\n".join(kept) + "\n"


class _SheetWriter(Phrasebook):
    """One language's sheet phrases, with days and times in the policy's time zone."""

    def __init__(self, language: str, templates: Mapping[str, str], timezone: dt.tzinfo) -> None:
        super().__init__(language, templates)
        self.zone = timezone

    def day(self, moment: dt.datetime) -> str:
        local = moment.astimezone(self.zone)
        weekday = self.names("notice_weekdays", 7)[local.weekday()]
        return self.phrase("notice_day", weekday=weekday, date=self.date(local.date()))

    def time(self, moment: dt.datetime) -> str:
        local = moment.astimezone(self.zone)
        return self.phrase("notice_time", hour=f"{local.hour:02d}", minute=f"{local.minute:02d}")

    def call_heading(self, call: SheetCall) -> str:
        direction = call.direction if call.direction in ("inbound", "outbound") else "unknown"
        return self.phrase(
            f"notice_line_{direction}",
            day=self.day(call.started_at),
            time=self.time(call.started_at),
        )

    def who(self, listener: Listener) -> str:
        if listener.name and listener.name.strip():
            return listener.name.strip()
        if listener.role is not None:
            return self.phrase(f"notice_role_{listener.role.value}")
        return self.phrase("notice_someone")

    def scored_by(self, call: SheetCall) -> str:
        return self.phrase(
            "sheet_scored_by", scorer=self.who(call.scored_by), version=str(call.protocol_version)
        )

    def outcome(self, outcome: Outcome | None) -> str:
        return self.phrase(f"sheet_outcome_{outcome.value if outcome else 'open'}")

    def basis(self, basis: LegalBasis | None) -> str:
        return self.phrase(f"basis_{basis.value}") if basis else self.phrase("notice_no_basis")

    def position(self, at_ms: int) -> str:
        seconds = max(at_ms, 0) // 1000
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

    def listened(self, listen: SheetListen) -> str:
        reason = " ".join(listen.reason.split())
        return self.phrase(
            "sheet_listened",
            listener=self.who(listen.listener),
            day=self.day(listen.listened_at),
            purpose=listen.purpose.title,
            legal_basis=self.basis(listen.purpose.legal_basis),
            reason=(
                self.phrase("notice_quoted", text=reason)
                if reason
                else self.phrase("notice_no_reason")
            ),
            until=self.day(listen.purpose.retain_until),
            receipt=listen.receipt,
        )

"""Documents and notices never mix languages: no English word in a Dutch text, and back.

Every document and every kind of notice is written from the two-language example policy in
Dutch and checked against common English words, and in English against common Dutch words.
Names (of the organisation, people, references and codes) are the same in both languages and
are chosen in the example so that none of them is such a word.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest

from supervisor_app.domain import access_letter, feedback_sheet
from supervisor_app.domain.access_letter import LetterFacts, PurposeLine
from supervisor_app.domain.coaching import Outcome
from supervisor_app.domain.documents import render, render_register_entry
from supervisor_app.domain.notifications import (
    CallFacts,
    Kind,
    Listener,
    NoticeFacts,
    PurposeFacts,
    compose,
)
from supervisor_app.domain.policy import DocumentKind, Policy
from supervisor_app.domain.requests import SubjectKind
from supervisor_app.domain.roles import Role
from supervisor_app.services.policy_toml import load_policy
from supervisor_app.services.transparency import METRICS, NO_TEAM, TeamCounts, TransparencyReport

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = {
    p.name: p.read_text(encoding="utf-8") for p in (ROOT / "resources" / "templates").iterdir()
}
EXAMPLE = load_policy((ROOT / "resources" / "policy.example.toml").read_text(encoding="utf-8"))

# Words that occur only in the one language ("is", "in", "of", "week" and "code" are Dutch
# too, so they are on neither list).
ENGLISH = frozenset(
    [
        "the",
        "and",
        "call",
        "calls",
        "recording",
        "recordings",
        "with",
        "for",
        "which",
        "you",
        "your",
        "are",
        "be",
        "been",
        "will",
        "this",
        "that",
        "these",
        "those",
        "from",
        "by",
        "when",
        "who",
        "whom",
        "what",
        "listened",
        "listen",
        "listening",
        "purpose",
        "purposes",
        "retention",
        "kept",
        "deleted",
        "please",
        "dear",
        "regards",
        "agent",
        "agents",
        "sample",
        "sampled",
        "weekly",
        "notice",
        "receipt",
        "they",
        "their",
        "there",
        "not",
        "only",
        "may",
        "must",
        "can",
        "should",
    ]
)
DUTCH = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "je",
        "jij",
        "jouw",
        "jou",
        "gesprek",
        "gesprekken",
        "opname",
        "opnames",
        "voor",
        "wordt",
        "worden",
        "niet",
        "bij",
        "dat",
        "die",
        "naar",
        "welke",
        "wie",
        "wat",
        "waarom",
        "hoe",
        "beste",
        "groet",
        "vriendelijke",
        "teruggeluisterd",
        "terugluisteren",
        "bewaartermijn",
        "steekproef",
        "kennisgeving",
        "controlecode",
        "doel",
        "doelen",
        "ons",
        "onze",
        "zijn",
        "heeft",
        "hebben",
    ]
)
WORD = re.compile(r"[^\W\d_]+")
OTHER = {"nl": ENGLISH, "en": DUTCH}


def visible_words(markup: str) -> set[str]:
    """The words a reader sees (tags, style and title left out), lowercased."""
    text = re.sub(r"<style.*?</style>|<title.*?</title>", " ", markup, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return {w.lower() for w in WORD.findall(text)}


def assert_one_language(markup: str, language: str, what: str) -> None:
    stray = sorted(visible_words(markup) & OTHER[language])
    assert not stray, f"{what} in {language} holds words of the other language: {stray}"


# --- documents -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("published", [False, True], ids=["draft", "published"])
def test_every_document_speaks_one_language(language: str, published: bool) -> None:
    version, day = (3, dt.date(2026, 4, 1)) if published else (None, None)
    for kind in DocumentKind:
        document = render(kind, EXAMPLE, language, TEMPLATES, version, day)
        assert_one_language(document.html, language, kind.value)
        assert_one_language(document.title, language, f"{kind.value} title")
    register = render_register_entry(EXAMPLE, language, TEMPLATES, version, day)
    assert_one_language(register.html, language, "register entry")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_markers_would_catch_a_text_of_the_other_language(language: str) -> None:
    # The check can fail: a policy whose Dutch texts are English is caught.
    other = "en" if language == "nl" else "nl"
    mixed = dataclasses.replace(
        EXAMPLE,
        purposes=tuple(
            dataclasses.replace(p, necessity=p.necessity.replaced(language, p.necessity.get(other)))
            for p in EXAMPLE.purposes
        ),
    )
    document = render(DocumentKind.STAFF_REGULATION, mixed, language, TEMPLATES)
    with pytest.raises(AssertionError, match="other language"):
        assert_one_language(document.html, language, "staff regulation")


# --- notices -------------------------------------------------------------------------------

UTC = dt.UTC
REASONS = {
    "nl": "Coachingsgesprek over toon en woordkeus",
    "en": "Coaching session about tone and wording",
}


def _purposes(policy: Policy, language: str) -> tuple[PurposeFacts, ...]:
    until = dt.datetime(2026, 12, 16, 8, 0, tzinfo=UTC)
    return tuple(PurposeFacts(p.name_in(language), p.legal_basis, until) for p in policy.purposes)


def _facts(language: str, kind: Kind, **changes: object) -> NoticeFacts:
    purposes = _purposes(EXAMPLE, language)
    first = CallFacts(
        dt.datetime(2026, 11, 16, 8, 4, tzinfo=UTC), "inbound", purposes[:1], "a1b2-c3d4-e5f6"
    )
    second = CallFacts(
        dt.datetime(2026, 11, 19, 15, 30, tzinfo=UTC), "outbound", purposes, "0a0b-0c0d-0e0f"
    )
    org = EXAMPLE.organisation
    base = NoticeFacts(
        kind=kind,
        agent_name="Fatima El Amrani",
        organisation=org.name,
        contact=org.contact,
        timezone=EXAMPLE.scope.timezone,
        calls=(first, second) if "digest_week" in changes else (first,),
        receipt="0a0b-0c0d-0e0f",
        event_at=dt.datetime(2026, 11, 18, 13, 5, tzinfo=UTC),
        listener=Listener(name="Bram Jansen", role=Role.TEAM_LEAD),
        purpose=purposes[0],
        reason=REASONS[language],
        privacy_officer=org.privacy_officer,
        privacy_officer_is_dpo=org.privacy_officer_is_dpo,
        privacy_officer_contact=org.privacy_officer_contact,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


NOTICES: list[tuple[str, Kind, dict[str, object]]] = [
    ("listened", Kind.LISTENED, {}),
    ("listened, role only", Kind.LISTENED, {"listener": Listener(role=Role.QUALITY_COACH)}),
    ("sampled", Kind.SAMPLED, {}),
    ("weekly digest", Kind.SAMPLED, {"digest_week": "2026-W47"}),
    ("private call, heard", Kind.PRIVATE_CALL_DESTROYED, {"heard": True}),
    ("private call, not heard", Kind.PRIVATE_CALL_DESTROYED, {"heard": False}),
    ("erased", Kind.RECORDING_ERASED, {}),
]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(("kind", "changes"), [pytest.param(k, c, id=n) for n, k, c in NOTICES])
def test_every_notice_speaks_one_language(
    language: str, kind: Kind, changes: dict[str, object]
) -> None:
    notice = compose(_facts(language, kind, **changes), language, TEMPLATES)
    assert_one_language(notice.subject, language, "subject")
    assert_one_language(notice.text, language, "text")
    assert_one_language(notice.html, language, "letter")


# --- one word per concept (the glossary) -----------------------------------------------------

# Dutch words the app does not use, with the word it uses instead. "Meeluisteren" is listening
# in live, which the app never does; the protocol has one name in every document and screen.
NOT_OUR_WORDS = {
    "gespreksprotocol": "gedragsprotocol",
    "meeluister": "terugluisteren",
    "controlegetal": "vingerafdruk (a hash) or controlecode (a receipt)",
    "auditor": "controleur",
}


def _json_values(value: object) -> list[str]:
    """The texts of a phrases file, without its keys (which are English names)."""
    if isinstance(value, dict):
        return [text for item in value.values() for text in _json_values(item)]
    if isinstance(value, list):
        return [text for item in value for text in _json_values(item)]
    return [value] if isinstance(value, str) else []


def _dutch_texts() -> dict[str, str]:
    texts = {
        name: "\n".join(_json_values(json.loads(text))) if name.endswith(".json") else text
        for name, text in TEMPLATES.items()
        if ".nl." in name
    }
    ts = (ROOT / "resources" / "translations" / "supervisor_app_nl.ts").read_text(encoding="utf-8")
    texts["supervisor_app_nl.ts"] = "\n".join(re.findall(r"<translation>(.*?)</translation>", ts))
    return texts


def test_dutch_texts_use_one_word_per_concept() -> None:
    texts = _dutch_texts()
    assert "staff_regulation.nl.html" in texts and len(texts["supervisor_app_nl.ts"]) > 10_000
    found = [
        f"{name}: “{word}” (say “{instead}”)"
        for name, text in texts.items()
        for word, instead in NOT_OUR_WORDS.items()
        if word in text.lower()
    ]
    assert not found, "\n".join(found)


# --- the other documents: access letter, feedback sheet, report, audit-log words -----------------

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "summary": "Een goede week; let op het herhalen van het bedrag.",
        "comment": "Je noemde de naam van de stichting pas halverwege.",
        "note": "Mooie, rustige opening.",
    },
    "en": {
        "summary": "A good week; mind repeating the amount.",
        "comment": "You named the foundation only halfway through.",
        "note": "A calm opening.",
    },
}
CALLED = dt.datetime(2026, 11, 16, 8, 4, tzinfo=UTC)


def _access_letter(language: str, subject: SubjectKind) -> str:
    org = EXAMPLE.organisation
    training = EXAMPLE.purposes[0]
    facts = LetterFacts(
        subject_kind=subject,
        name="Fatima El Amrani" if subject is SubjectKind.AGENT else None,
        number="0612345678" if subject is SubjectKind.CALLER else None,
        organisation=org.name,
        contact=org.contact,
        privacy_officer=org.privacy_officer,
        privacy_officer_contact=org.privacy_officer_contact,
        privacy_officer_is_dpo=org.privacy_officer_is_dpo,
        request_id=7,
        received_on=dt.date(2026, 11, 2),
        letter_date=dt.date(2026, 11, 20),
        included=tuple((key, 2) for key in access_letter.INCLUDED),
        left_out=access_letter.LEFT_OUT,
        purposes=(
            PurposeLine(training.name_in(language), training.legal_basis, training.retention_days),
        ),
        audio_format="flac",
        encrypted=True,
    )
    return access_letter.compose(facts, language, TEMPLATES).html


def _sheet(language: str) -> feedback_sheet.ComposedSheet:
    expectations = EXAMPLE.protocol.expectations.get(language)
    listener = Listener(name="Bram Jansen", role=Role.TEAM_LEAD)
    listen = feedback_sheet.SheetListen(
        listened_at=CALLED + dt.timedelta(days=2),
        listener=listener,
        purpose=_purposes(EXAMPLE, language)[0],
        reason=REASONS[language],
        receipt="0a0b-0c0d-0e0f",
    )
    call = feedback_sheet.SheetCall(
        started_at=CALLED,
        direction="inbound",
        protocol_version=1,
        scored_by=listener,
        criteria=(
            feedback_sheet.SheetCriterion(expectations[0], Outcome.MET),
            feedback_sheet.SheetCriterion(
                expectations[2], Outcome.PARTLY, TEXTS[language]["comment"]
            ),
            feedback_sheet.SheetCriterion(expectations[3], Outcome.NOT_APPLICABLE),
        ),
        notes=(feedback_sheet.SheetNote(3_000, TEXTS[language]["note"]),),
        listens=(listen,),
    )
    org = EXAMPLE.organisation
    facts = feedback_sheet.SheetFacts(
        agent_name="Fatima El Amrani",
        organisation=org.name,
        contact=org.contact,
        timezone=EXAMPLE.scope.timezone,
        period_from=dt.date(2026, 11, 16),
        period_to=dt.date(2026, 11, 22),
        summary=TEXTS[language]["summary"],
        calls=(call,),
        receipt="0a1b-2c3d-4e5f",
        sheet_date=dt.date(2026, 11, 24),
        privacy_officer=org.privacy_officer,
        privacy_officer_contact=org.privacy_officer_contact,
    )
    return feedback_sheet.compose(facts, language, TEMPLATES)


def _report() -> TransparencyReport:
    counts = dict.fromkeys(METRICS, 2)
    return TransparencyReport(
        vault_id="f4a3910af06644b2844aad35a41bfae5",
        period_from=dt.date(2026, 11, 1),
        period_to=dt.date(2026, 11, 30),
        timezone=EXAMPLE.scope.timezone,
        generated_at=CALLED,
        policy_version=3,
        audit_entries=120,
        audit_head="0" * 64,
        chain_intact=True,
        first_bad_seq=None,
        teams=(TeamCounts(1, "Team Noord", counts), TeamCounts(None, NO_TEAM, counts)),
        failed_unlocks=1,
        listens={("Team Noord", "training", "team_lead"): 2},
        purpose_titles={p.id: p.title for p in EXAMPLE.purposes},
    )


# The export's file and folder names are the same in both languages (the letter names them so
# the reader can find them); they are not the letter's words.
FILE_NAMES = re.compile(r"[\w-]+\.(?:csv|json|pdf|html|txt)|‘(?:recordings|documents)’")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_access_letters_speak_one_language(language: str) -> None:
    for subject in SubjectKind:
        letter = _access_letter(language, subject)
        assert "calls.csv" in letter
        assert_one_language(FILE_NAMES.sub(" ", letter), language, f"{subject} letter")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_feedback_sheet_speaks_one_language(language: str) -> None:
    sheet = _sheet(language)
    assert TEXTS[language]["comment"] in sheet.text  # the user's own texts are in it
    assert_one_language(sheet.subject, language, "subject")
    assert_one_language(sheet.text, language, "feedback sheet")
    assert_one_language(sheet.html, language, "feedback sheet")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_transparency_report_speaks_one_language(language: str) -> None:
    report = _report()
    assert_one_language(report.html(language, TEMPLATES), language, "transparency report")
    assert_one_language(report.title(language, TEMPLATES), language, "report title")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_audit_logs_words_speak_one_language(language: str) -> None:
    words = " ".join(_json_values(json.loads(TEMPLATES[f"audit_log.{language}.json"])))
    # "Autoriteit Persoonsgegevens" is a name in both; nothing else of the other language.
    assert_one_language(html.escape(words), language, "audit-log words")

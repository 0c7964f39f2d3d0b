"""The access export's cover letter and the transparency report's document, in both languages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from string import Template

import pytest

from supervisor_app.domain import access_letter
from supervisor_app.domain.access_letter import LetterFacts, PurposeLine, compose
from supervisor_app.domain.policy import LegalBasis
from supervisor_app.domain.requests import SubjectKind
from supervisor_app.services import transparency
from supervisor_app.services.documents import load_templates

TEMPLATES = load_templates()
FACTS = LetterFacts(
    subject_kind=SubjectKind.AGENT,
    name="Fatima El Amrani",
    number=None,
    organisation="Stichting <Voorbeeld>",
    contact="privacy@example.org",
    privacy_officer="J. Jansen",
    request_id=7,
    received_on=dt.date(2026, 1, 31),
    letter_date=dt.date(2026, 2, 20),
    included=tuple((k, 2) for k in access_letter.INCLUDED),
    left_out=access_letter.LEFT_OUT,
    purposes=(PurposeLine("Training", LegalBasis.LEGITIMATE_INTEREST, 30),),
    audio_format="flac",
    encrypted=True,
)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_part_of_the_letter_is_written_in_both_languages(language: str) -> None:
    letter = compose(FACTS, language, TEMPLATES)
    assert "$" not in letter.html  # every placeholder filled
    assert "Stichting &lt;Voorbeeld&gt;" in letter.html  # escaped
    assert letter.html.count("<li>") == len(access_letter.INCLUDED) + len(
        access_letter.LEFT_OUT
    ) + len(FACTS.purposes)
    assert "7" in letter.html and "J. Jansen" in letter.html
    dutch = language == "nl"
    assert ("31 januari 2026" if dutch else "31 January 2026") in letter.html
    assert ("30 dagen na het gesprek" if dutch else "30 days after the call") in letter.html
    assert ("Autoriteit Persoonsgegevens") in letter.html
    for key in access_letter.COLUMNS["en"]:
        assert key in access_letter.COLUMNS[language]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("is_dpo", [True, False], ids=["dpo", "contact person"])
def test_the_letter_says_how_to_reach_the_privacy_officer(language: str, is_dpo: bool) -> None:
    facts = dataclasses.replace(
        FACTS,
        privacy_officer_contact="fg@example.org, 020 123 45 67",
        privacy_officer_is_dpo=is_dpo,
    )
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", compose(facts, language, TEMPLATES).html))
    role = {
        ("nl", True): "de functionaris gegevensbescherming",
        ("nl", False): "de privacycontactpersoon",
        ("en", True): "the data protection officer",
        ("en", False): "the privacy contact person",
    }[language, is_dpo]
    reach = {"nl": "bereikbaar via", "en": "at"}[language]
    assert f"J. Jansen, {role}, {reach} fg@example.org, 020 123 45 67." in text
    # The purpose's legal basis reads as a clause, not as brackets inside brackets.
    assert "))" not in text
    without = compose(dataclasses.replace(facts, privacy_officer_contact=""), language, TEMPLATES)
    assert f"J. Jansen, {role}." in re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", without.html))


def test_the_templates_use_every_required_placeholder_and_phrases_match() -> None:
    for language in ("nl", "en"):
        for name, required in (
            (access_letter.letter_template(language), access_letter.REQUIRED),
            (transparency.report_template(language), transparency.REQUIRED),
        ):
            used = set(Template(TEMPLATES[name]).get_identifiers())
            assert used == set(required), name
    keys = {
        lang: set(re.findall(r'^  "([a-z_]+)":', TEMPLATES[f"phrases.{lang}.json"], re.M))
        for lang in ("nl", "en")
    }
    assert keys["nl"] == keys["en"]
    for metric in (*transparency.METRICS, "no_team", "title"):
        assert f"report_{metric}" in keys["nl"]


def test_a_caller_is_greeted_as_a_caller_and_told_about_their_number() -> None:
    caller = LetterFacts(
        **{
            **{f: getattr(FACTS, f) for f in FACTS.__dataclass_fields__},
            "subject_kind": SubjectKind.CALLER,
            "name": None,
            "number": "06 1234 5678",
            "encrypted": False,
            "audio_format": "wav",
        }
    )
    letter = compose(caller, "nl", TEMPLATES)
    assert "Beste beller," in letter.html and "06 1234 5678" in letter.html
    assert "onversleuteld" in letter.html and "WAV-bestanden" in letter.html

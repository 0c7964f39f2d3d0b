"""Notice texts in both languages: every required element and kind; broken templates refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from supervisor_app.domain import documents
from supervisor_app.domain.notifications import (
    LETTER,
    REQUIRED_ELEMENTS,
    CallFacts,
    Kind,
    Listener,
    NoticeFacts,
    PurposeFacts,
    compose,
    template_file,
    template_names,
    text_to_html,
)
from supervisor_app.domain.phrasebook import LANGUAGES
from supervisor_app.domain.policy import LegalBasis
from supervisor_app.domain.roles import Role

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_DIR = ROOT / "resources" / "templates"
UTC = dt.UTC
RECEIPT = "3f9a-0c12-be47"
LISTENED_AT = dt.datetime(2026, 11, 18, 13, 5, tzinfo=UTC)  # Wednesday, 14:05 in Amsterdam
TRAINING = PurposeFacts(
    "Training and coaching",
    LegalBasis.LEGITIMATE_INTEREST,
    dt.datetime(2026, 12, 16, 8, 0, tzinfo=UTC),
)
DISPUTE = PurposeFacts(
    "Evidence in disputes", LegalBasis.CONTRACT, dt.datetime(2027, 2, 14, 8, 0, tzinfo=UTC)
)
# Monday 16 November 2026, 09:04 in Amsterdam.
CALL = CallFacts(dt.datetime(2026, 11, 16, 8, 4, tzinfo=UTC), "inbound", (TRAINING,), RECEIPT)
SECOND = CallFacts(
    dt.datetime(2026, 11, 19, 15, 30, tzinfo=UTC), "outbound", (TRAINING, DISPUTE), "aaaa-bbbb-cccc"
)

# Per language: what the agent must be able to read, as it appears in the text.
EXPECTED = {
    "en": {
        "call_day": "Monday 16 November 2026",
        "call_time": "09:04",
        "inbound": "incoming",
        "listened_on": "Wednesday 18 November 2026",
        "retain_until": "Wednesday 16 December 2026",
        "basis": "legitimate interest (Article 6(1)(f) GDPR)",
        "role": "a team lead",
        "meaning": "if the log were changed later, the code would no longer match",
        "week": "week 47 of 2026",
    },
    "nl": {
        "call_day": "maandag 16 november 2026",
        "call_time": "09.04 uur",
        "inbound": "inkomende",
        "listened_on": "woensdag 18 november 2026",
        "retain_until": "woensdag 16 december 2026",
        "basis": "gerechtvaardigd belang (artikel 6, lid 1, onder f, AVG)",
        "role": "een teamleider",
        "meaning": "klopt de code niet meer",
        "week": "week 47 van 2026",
    },
}


@pytest.fixture(scope="module")
def templates() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in TEMPLATE_DIR.iterdir()}


def facts(kind: Kind, **changes: object) -> NoticeFacts:
    base = NoticeFacts(
        kind=kind,
        agent_name="Fatima El Amrani",
        organisation="Stichting Voorbeeld",
        contact="privacy@voorbeeld.nl",
        timezone="Europe/Amsterdam",
        calls=(CALL,),
        receipt=RECEIPT,
        event_at=LISTENED_AT,
        listener=Listener(name="Bram Jansen", role=Role.TEAM_LEAD),
        purpose=TRAINING,
        reason="Coaching session with the agent on tone",
        privacy_officer="M. Jansen",
        privacy_officer_is_dpo=True,
        privacy_officer_contact="fg@voorbeeld.nl",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def assert_common(text: str, language: str) -> None:
    expected = EXPECTED[language]
    for value in ("Fatima El Amrani", "Stichting Voorbeeld", "privacy@voorbeeld.nl", RECEIPT):
        assert value in text
    assert expected["meaning"] in text
    assert "$" not in text  # every placeholder was filled


# --- files -------------------------------------------------------------------------------------


def test_every_notice_template_exists_in_both_languages_and_nothing_else() -> None:
    on_disk = {p.name for p in TEMPLATE_DIR.iterdir() if p.name.startswith("notice_")}
    assert on_disk == set(template_names())
    assert len(on_disk) == len(REQUIRED_ELEMENTS) * len(LANGUAGES)
    assert template_file(LETTER, "nl") == "notice_letter.nl.html"
    assert template_file("listened", "en") == "notice_listened.en.txt"
    with pytest.raises(ValueError, match="Unknown language"):
        template_file("listened", "de")


@pytest.mark.parametrize("name", sorted(template_names()))
def test_each_template_uses_every_required_element(templates: dict[str, str], name: str) -> None:
    kind = name.removeprefix("notice_").split(".")[0]
    key = LETTER if kind == "letter" else kind
    used = set(re.findall(r"\$([a-z_]+)", templates[name]))
    assert REQUIRED_ELEMENTS[key] <= used


def test_both_languages_have_the_same_placeholders_in_each_template(
    templates: dict[str, str],
) -> None:
    for template in REQUIRED_ELEMENTS:
        nl, en = (templates[template_file(template, lang)] for lang in LANGUAGES)
        assert set(re.findall(r"\$([a-z_]+)", nl)) == set(re.findall(r"\$([a-z_]+)", en))


def test_the_notice_phrases_exist_in_both_phrase_files(templates: dict[str, str]) -> None:
    nl = json.loads(templates["phrases.nl.json"])
    en = json.loads(templates["phrases.en.json"])
    notice_keys = {k for k in nl if k.startswith("notice_")}
    assert notice_keys == {k for k in en if k.startswith("notice_")}
    assert {f"notice_subject_{k}" for k in REQUIRED_ELEMENTS if k != LETTER} <= notice_keys
    assert {f"notice_role_{r.value}" for r in Role} <= notice_keys
    assert len(nl["notice_weekdays"]) == len(en["notice_weekdays"]) == 7
    # The documents' own phrases still render (only keys were added).
    assert documents.all_template_names()


# --- every element, both languages -------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_listen_notice_has_every_required_element(
    templates: dict[str, str], language: str
) -> None:
    notice = compose(facts(Kind.LISTENED), language, templates)
    expected = EXPECTED[language]
    text = notice.text
    assert_common(text, language)
    for key in ("call_day", "call_time", "inbound", "listened_on", "retain_until", "basis"):
        assert expected[key] in text, key
    assert "Training and coaching" in text and "Bram Jansen" in text
    assert notice.subject and notice.subject in notice.html
    assert f'<html lang="{language}">' in notice.html and RECEIPT in notice.html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_listener_is_named_only_when_the_purpose_discloses_it(
    templates: dict[str, str], language: str
) -> None:
    notice = compose(
        facts(Kind.LISTENED, listener=Listener(role=Role.TEAM_LEAD)), language, templates
    )
    assert EXPECTED[language]["role"] in notice.text
    assert "Bram" not in notice.text and "Bram" not in notice.html


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_sampling_notice_names_each_purpose_basis_and_deletion_date(
    templates: dict[str, str], language: str
) -> None:
    notice = compose(facts(Kind.SAMPLED, calls=(SECOND,), listener=None), language, templates)
    assert_common(notice.text.replace("aaaa-bbbb-cccc", RECEIPT), language)
    assert "Training and coaching" in notice.text and "Evidence in disputes" in notice.text
    assert EXPECTED[language]["retain_until"] in notice.text
    assert "14 februari 2027" in notice.text or "14 February 2027" in notice.text
    assert EXPECTED[language]["basis"] in notice.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_weekly_digest_counts_the_calls_of_the_week(
    templates: dict[str, str], language: str
) -> None:
    notice = compose(
        facts(Kind.SAMPLED, calls=(SECOND, CALL), digest_week="2026-W47", listener=None),
        language,
        templates,
    )
    text = notice.text
    assert_common(text, language)
    week = EXPECTED[language]["week"]
    assert week in notice.subject
    intro = {
        "en": f"In {week}, 2 of your calls were recorded for “Training and coaching” and "
        "“Evidence in disputes”. You will hear from us if they are listened to.",
        "nl": f"In {week} zijn 2 van je gesprekken opgenomen voor “Training and coaching” en "
        "“Evidence in disputes”. Als iemand ze terugluistert, hoor je dat van ons.",
    }[language]
    assert intro in text
    # One line per call, oldest first, each with its own code.
    lines = [line for line in text.splitlines() if line.startswith("- ") and "-" in line[2:]]
    call_lines = [line for line in lines if RECEIPT in line or "aaaa-bbbb-cccc" in line]
    assert len(call_lines) == 2 and RECEIPT in call_lines[0]
    assert EXPECTED[language]["call_day"] in call_lines[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_digest_of_one_call_speaks_of_one_call(templates: dict[str, str], language: str) -> None:
    notice = compose(
        facts(Kind.SAMPLED, digest_week="2026-W47", listener=None), language, templates
    )
    assert {"en": "one of your calls was", "nl": "is een van je gesprekken"}[
        language
    ] in notice.text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", [Kind.PRIVATE_CALL_DESTROYED, Kind.RECORDING_ERASED])
def test_destruction_notices_say_which_call_and_when(
    templates: dict[str, str], language: str, kind: Kind
) -> None:
    notice = compose(facts(kind), language, templates)
    assert_common(notice.text, language)
    for key in ("call_day", "call_time", "listened_on"):  # listened_on: the day it was destroyed
        assert EXPECTED[language][key] in notice.text, key


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_outbound_and_an_unknown_direction_read_naturally(
    templates: dict[str, str], language: str
) -> None:
    outgoing = compose(facts(Kind.SAMPLED, calls=(SECOND,)), language, templates).text
    assert {"en": "your outgoing call of Thursday", "nl": "je uitgaande gesprek van donderdag"}[
        language
    ] in outgoing
    unknown = dataclasses.replace(CALL, direction=None)
    text = compose(facts(Kind.SAMPLED, calls=(unknown,)), language, templates).text
    assert {"en": "your call of Monday", "nl": "je gesprek van maandag"}[language] in text


# --- what must never happen --------------------------------------------------------------------


def test_a_template_that_drops_an_element_is_refused(templates: dict[str, str]) -> None:
    broken = dict(templates)
    broken["notice_listened.en.txt"] = templates["notice_listened.en.txt"].replace(
        "$retain_until", "later"
    )
    with pytest.raises(ValueError, match=r"lacks \$retain_until"):
        compose(facts(Kind.LISTENED), "en", broken)
    missing = {k: v for k, v in templates.items() if k != "notice_letter.nl.html"}
    with pytest.raises(ValueError, match=r"notice_letter\.nl\.html is missing"):
        compose(facts(Kind.LISTENED), "nl", missing)
    with pytest.raises(ValueError, match="Unknown language"):
        compose(facts(Kind.LISTENED), "de", templates)


def test_names_are_escaped_in_the_letter_but_not_in_the_text(templates: dict[str, str]) -> None:
    notice = compose(facts(Kind.LISTENED, agent_name="Jan <b>& Co"), "en", templates)
    assert "Jan <b>& Co" in notice.text
    assert "Jan &lt;b&gt;&amp; Co" in notice.html and "<b>&" not in notice.html


def test_text_becomes_paragraphs_and_lists() -> None:
    assert text_to_html("A\nB\n\n- one\n- two <x>\n") == (
        "<p>A<br>\nB</p>\n<ul><li>one</li><li>two &lt;x&gt;</li></ul>"
    )


# --- what a notice must say (issue 14) ---------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_listen_notice_names_the_reason_the_right_to_complain_and_the_privacy_officer(
    templates: dict[str, str], language: str
) -> None:
    text = compose(facts(Kind.LISTENED), language, templates).text
    assert "“Coaching session with the agent on tone”" in text
    assert "Autoriteit Persoonsgegevens" in text
    assert {"nl": "klacht", "en": "complaint"}[language] in text
    officer = {
        "nl": "M. Jansen, de functionaris gegevensbescherming, bereikbaar via fg@voorbeeld.nl",
        "en": "M. Jansen, the data protection officer, at fg@voorbeeld.nl",
    }
    assert officer[language] in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_private_call_flagged_without_playing_is_not_said_to_be_heard(
    templates: dict[str, str], language: str
) -> None:
    heard = compose(facts(Kind.PRIVATE_CALL_DESTROYED, heard=True), language, templates).text
    unheard = compose(facts(Kind.PRIVATE_CALL_DESTROYED, heard=False), language, templates).text
    while_listening = {"nl": "Terwijl Bram Jansen", "en": "While Bram Jansen was listening"}
    assert while_listening[language] in heard
    assert while_listening[language] not in unheard
    assert {"nl": "terugluisterde", "en": "was listening"}[language] not in unheard
    assert {"nl": "Er is niets van teruggeluisterd", "en": "Nothing of it was listened to"}[
        language
    ] in unheard
    assert EXPECTED[language]["call_day"] in unheard


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_digest_says_truthfully_whose_code_it_carries(
    templates: dict[str, str], language: str
) -> None:
    # The digest carries the code of its newest line, which is also that call's own code.
    notice = compose(
        facts(Kind.SAMPLED, calls=(CALL, SECOND), digest_week="2026-W47", receipt="aaaa-bbbb-cccc"),
        language,
        templates,
    )
    explained = {
        "nl": "Dat is de code van het gesprek dat als laatste in het logboek is vastgelegd.",
        "en": "This is the code of the call entered last in the log.",
    }
    assert explained[language] in notice.text
    assert "heeft daarnaast een eigen code" not in notice.text
    assert "also has a code of its own" not in notice.text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "notice",
    [
        pytest.param({"kind": Kind.LISTENED}, id="listened"),
        pytest.param({"kind": Kind.SAMPLED}, id="sampled"),
        pytest.param(
            {"kind": Kind.SAMPLED, "calls": (CALL, SECOND), "digest_week": "2026-W47"},
            id="digest",
        ),
        pytest.param({"kind": Kind.PRIVATE_CALL_DESTROYED}, id="private call"),
        pytest.param({"kind": Kind.RECORDING_ERASED}, id="erased"),
    ],
)
def test_every_notice_names_the_privacy_officer_and_the_right_to_complain(
    templates: dict[str, str], language: str, notice: dict[str, object]
) -> None:
    # A works council reads each letter on its own: none may leave out where to complain.
    changes = dict(notice)  # the parameter is shared between the languages
    kind = changes.pop("kind")
    assert isinstance(kind, Kind)
    text = compose(facts(kind, **changes), language, templates).text
    complaint = {
        "nl": "kun je een klacht indienen bij de Autoriteit Persoonsgegevens",
        "en": "lodge a complaint with the Dutch Data Protection Authority",
    }
    assert complaint[language] in text
    assert "fg@voorbeeld.nl" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_listen_that_played_nothing_is_not_said_to_be_heard(
    templates: dict[str, str], language: str
) -> None:
    heard = compose(facts(Kind.LISTENED), language, templates)
    opened = compose(facts(Kind.LISTENED, heard=False), language, templates)
    said_heard = {"nl": "is teruggeluisterd", "en": "has been listened to"}[language]
    assert said_heard in heard.text and said_heard not in opened.text
    assert {"nl": "er is niets van afgespeeld", "en": "nothing of it was played"}[
        language
    ] in opened.text
    assert opened.subject != heard.subject
    assert_common(opened.text, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_call_deleted_before_its_notice_is_not_said_to_be_kept(
    templates: dict[str, str], language: str
) -> None:
    # A private call destroyed, or a recording erased, before the sampling notice went out.
    gone = dataclasses.replace(CALL, deleted_at=LISTENED_AT)
    kept = {"nl": "wordt op", "en": "will be deleted on"}[language]
    deleted = {"nl": "inmiddels verwijderd", "en": "since"}[language]
    single = compose(facts(Kind.SAMPLED, calls=(gone,)), language, templates).text
    assert deleted in single and kept not in single
    assert EXPECTED[language]["listened_on"] in single  # the day it was deleted
    digest = compose(
        facts(Kind.SAMPLED, calls=(gone, SECOND), digest_week="2026-W47"), language, templates
    ).text
    lines = [line for line in digest.splitlines() if line.startswith("- ") and RECEIPT in line]
    assert len(lines) == 1 and deleted in lines[0]
    assert {"nl": "bewaard tot", "en": "kept until"}[language] in digest  # the other call


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_listen_notice_of_a_call_kept_as_evidence_says_it_may_be_kept_longer(
    templates: dict[str, str], language: str
) -> None:
    held = compose(facts(Kind.LISTENED, on_hold=True), language, templates).text
    plain = compose(facts(Kind.LISTENED), language, templates).text
    later = {"nl": "of later als ze dan nog als bewijs", "en": "or later if it is then still"}
    assert later[language] in held and later[language] not in plain
    assert EXPECTED[language]["retain_until"] in held

"""The staff regulation, agent protocol and register entry say all the law asks (R1, R2, R8)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html
import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from string import Template

import pytest

from supervisor_app.domain import documents
from supervisor_app.domain.documents import (
    REGISTER_ENTRY,
    REQUIRED_ELEMENTS,
    RenderedDocument,
    all_template_names,
    render,
    render_register_entry,
    template_names,
)
from supervisor_app.domain.phrasebook import LANGUAGES
from supervisor_app.domain.policy import (
    AppliesTo,
    DocumentKind,
    NotificationStyle,
    Policy,
    Protocol,
    Purpose,
    ResultsUse,
    Sampling,
    SamplingMode,
    WorksCouncil,
)
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalLines, LocalText
from supervisor_app.services.policy_toml import load_policy

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_DIR = ROOT / "resources" / "templates"
PUBLISHED = dt.date(2026, 9, 1)

# What each language must say; the policy's own text is checked word for word separately.
EXPECTED = {
    "nl": {
        "sample": "steekproef",
        "basis": "gerechtvaardigd belang (artikel 6, lid 1, onder f, AVG)",
        "team": "alleen van medewerkers in hun eigen team",
        "days": "{} dagen",
        "retention": "{} dagen na het gesprek",
        "private": "Privégesprekken worden nooit teruggeluisterd.",
        "destroyed": "wordt de opname vernietigd",
        "afterwards": "achteraf",
        "internal": (
            "Interne gesprekken met collega's (toestelnummers 100–399) worden niet opgenomen."
        ),
        "consent": "12 maart 2026",
        "version": "Versie 3, gepubliceerd op 1 september 2026",
        "draft": "Concept, nog niet gepubliceerd",
        "objection": "bezwaar",
        "unset": "nog niet",
    },
    "en": {
        "sample": "sample",
        "basis": "legitimate interest (Article 6(1)(f) GDPR)",
        "team": "only to those of agents in their own teams",
        "days": "{} days",
        "retention": "{} days after the call",
        "private": "Private calls are never listened to.",
        "destroyed": "the recording is destroyed",
        "afterwards": "afterwards",
        "internal": "Internal calls with colleagues (extensions 100–399) are not recorded.",
        "consent": "12 March 2026",
        "version": "Version 3, published 1 September 2026",
        "draft": "Draft, not yet published",
        "objection": "object",
        "unset": "not yet",
    },
}
ROLE_LABELS = {"nl": ["teamleiders", "kwaliteitscoaches"], "en": ["team leads", "quality coaches"]}


@pytest.fixture(scope="module")
def templates() -> dict[str, str]:
    """Every template file, read the way the service reads them."""
    return {
        name: (TEMPLATE_DIR / name).read_text(encoding="utf-8") for name in all_template_names()
    }


@pytest.fixture(scope="module")
def policy() -> Policy:
    """The complete example policy that ships with the app."""
    return load_policy((ROOT / "resources" / "policy.example.toml").read_text(encoding="utf-8"))


def plain(markup: str) -> str:
    """The text a reader sees: tags dropped, entities decoded, whitespace collapsed."""
    text = re.sub(r"<style.*?</style>|<title.*?</title>", " ", markup, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def words(text: str) -> str:
    """Policy text as it appears in a document: whitespace collapsed."""
    return " ".join(text.split())


def every_document(
    policy: Policy,
    language: str,
    templates: dict[str, str],
    version: int | None = None,
    published_on: dt.date | None = None,
) -> list[RenderedDocument]:
    """The staff regulation, the agent protocol and the register entry."""
    return [
        render(kind, policy, language, templates, version, published_on) for kind in DocumentKind
    ] + [render_register_entry(policy, language, templates, version, published_on)]


# --- template files -----------------------------------------------------------------------


def test_every_template_file_exists_for_both_languages() -> None:
    expected = {
        f"{kind}.{language}.html"
        for kind in ("staff_regulation", "agent_protocol", "register_entry")
        for language in ("nl", "en")
    } | {"phrases.nl.json", "phrases.en.json", "documents.css"}
    assert set(all_template_names()) == expected
    # The notices' templates are checked with the notices (tests/unit/test_notifications_text.py),
    # the audit log's words with its export (tests/integration/test_audit_export.py), the access
    # letter's and the transparency report's in tests/unit/test_access_letter.py, the feedback
    # sheet's in tests/unit/test_feedback_sheet.py.
    others = (
        *("notice_", "audit_log.", "access_letter.", "transparency_report."),
        "feedback_sheet.",
    )
    documents_files = [p.name for p in TEMPLATE_DIR.iterdir() if not p.name.startswith(others)]
    assert sorted(documents_files) == sorted(expected)


def test_template_names_name_the_document_and_its_phrases() -> None:
    assert template_names(DocumentKind.AGENT_PROTOCOL, "nl") == [
        "agent_protocol.nl.html",
        "phrases.nl.json",
        "documents.css",
    ]
    assert template_names(REGISTER_ENTRY, "en") == [
        "register_entry.en.html",
        "phrases.en.json",
        "documents.css",
    ]
    with pytest.raises(ValueError, match="Unknown document kind"):
        template_names("leaflet", "nl")
    with pytest.raises(ValueError, match="Unknown language"):
        template_names(DocumentKind.AGENT_PROTOCOL, "de")


def test_both_phrase_files_have_the_same_keys_and_forms(templates: dict[str, str]) -> None:
    nl = json.loads(templates["phrases.nl.json"])
    en = json.loads(templates["phrases.en.json"])
    assert nl.keys() == en.keys()
    for key in nl:
        assert type(nl[key]) is type(en[key]), key
        if isinstance(nl[key], dict):
            assert nl[key].keys() == en[key].keys() == {"one", "other"}, key
        else:
            # The same placeholders, so no translation can lose a value.
            assert _identifiers(nl[key]) == _identifiers(en[key]), key
    assert len(nl["months"]) == len(en["months"]) == 12


def _identifiers(value: str | list[str]) -> set[str]:
    texts = value if isinstance(value, list) else [value]
    return {name for text in texts for name in Template(text).get_identifiers()}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", [*DocumentKind, REGISTER_ENTRY])
def test_each_template_uses_every_required_element(
    templates: dict[str, str], kind: str, language: str
) -> None:
    text = templates[f"{kind}.{language}.html"]
    assert REQUIRED_ELEMENTS[kind] <= set(Template(text).get_identifiers())
    assert '<meta charset="utf-8">' in text
    assert '<html lang="$lang">' in text


def test_a_template_missing_an_element_is_refused(
    templates: dict[str, str], policy: Policy
) -> None:
    broken = dict(templates)
    broken["staff_regulation.nl.html"] = broken["staff_regulation.nl.html"].replace(
        "$security_statement", "veilig"
    )
    with pytest.raises(ValueError, match=r"lacks \$security_statement"):
        render(DocumentKind.STAFF_REGULATION, policy, "nl", broken)


def test_missing_files_and_phrases_are_named(templates: dict[str, str], policy: Policy) -> None:
    without_phrases = {k: v for k, v in templates.items() if k != "phrases.en.json"}
    with pytest.raises(ValueError, match=r"phrases\.en\.json is missing"):
        render(DocumentKind.AGENT_PROTOCOL, policy, "en", without_phrases)
    phrases = json.loads(templates["phrases.en.json"])
    del phrases["private_calls"]
    lacking = {**templates, "phrases.en.json": json.dumps(phrases)}
    with pytest.raises(ValueError, match="'private_calls' is missing"):
        render(DocumentKind.AGENT_PROTOCOL, policy, "en", lacking)
    with pytest.raises(ValueError, match="Unknown language"):
        render(DocumentKind.AGENT_PROTOCOL, policy, "fr", templates)


# --- the staff regulation (R1, R2) -------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_regulation_states_every_r2_element(
    templates: dict[str, str], policy: Policy, language: str
) -> None:
    expected = EXPECTED[language]
    text = plain(render(DocumentKind.STAFF_REGULATION, policy, language, templates).html)

    # Recorded by sampling, with the rate and the weekly cap.
    assert expected["sample"] in text.lower()
    assert "5%" in text
    # Why: every purpose, its basis, the explanation of the basis and the necessity (R2–R4),
    # each in this language only.
    for purpose in policy.purposes:
        assert purpose.title.get(language) in text
        assert words(purpose.basis_explanation.get(language)) in text
        assert words(purpose.necessity.get(language)) in text
        assert expected["days"].format(purpose.retention_days) in text
    assert expected["basis"] in text
    # Who may listen, team-scoped.
    for label in ROLE_LABELS[language]:
        assert label in text
    assert expected["team"] in text
    # How recordings are secured.
    assert words(policy.attestations.security_statement.get(language)) in text
    # Told afterwards, within the deadlines.
    assert expected["afterwards"] in text
    assert expected["days"].format(policy.notification.deadline_days_after_sampling) in text
    assert expected["days"].format(policy.notification.deadline_days_after_listen) in text
    # Private calls are never heard and are destroyed when met (R9).
    assert expected["private"] in text
    assert expected["destroyed"] in text
    # How to object and ask for access; the privacy officer and how to reach them; the works
    # council (R10).
    assert policy.organisation.contact in text
    assert policy.organisation.privacy_officer in text
    assert policy.organisation.privacy_officer_contact in text
    assert expected["objection"] in text
    assert policy.attestations.works_council.reference in text
    assert expected["consent"] in text
    assert policy.attestations.dpia.reference in text


def test_the_dutch_text_reads_as_dutch(templates: dict[str, str], policy: Policy) -> None:
    text = plain(render(DocumentKind.STAFF_REGULATION, policy, "nl", templates).html)
    assert "Gesprekken worden steekproefsgewijs opgenomen" in text
    assert "met een maximum van 3 gesprekken per medewerker per week" in text
    assert "ten minste 1 gesprek van iedere medewerker" in text
    assert "uiterlijk 7 dagen nadat het eerste gesprek van die week" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_sampling_by_the_telephone_system_is_still_called_a_sample(
    templates: dict[str, str], policy: Policy, language: str
) -> None:
    by_source = dataclasses.replace(policy, sampling=Sampling(mode=SamplingMode.SOURCE))
    text = plain(render(DocumentKind.STAFF_REGULATION, by_source, language, templates).html)
    assert EXPECTED[language]["sample"] in text.lower()
    assert "%" not in text  # no rate the organisation did not set


def test_singular_forms_and_named_queues(templates: dict[str, str], policy: Policy) -> None:
    purpose = Purpose(
        id="quality",
        title=LocalText(nl="Kwaliteit", en="Quality"),
        applies_to=AppliesTo(queues=("400",), campaigns=("najaar", "voorjaar")),
        retention_days=1,
        listener_roles=(Role.QUALITY_COACH,),
        disclose_listener_name=False,
    )
    changed = dataclasses.replace(policy, purposes=(purpose,))
    text = plain(render(DocumentKind.STAFF_REGULATION, changed, "nl", templates).html)
    assert "gesprekken in de wachtrij 400 en gesprekken in de campagnes najaar en voorjaar" in text
    assert "1 dag na het gesprek." in text  # the retention period counts from the call
    assert "maar niet door wie" in text
    english = plain(render(DocumentKind.STAFF_REGULATION, changed, "en", templates).html)
    assert "calls in queue 400 and calls in campaigns najaar and voorjaar" in english
    assert "1 day after the call." in english


@pytest.mark.parametrize("language", LANGUAGES)
def test_works_council_exemption_is_stated(
    templates: dict[str, str], policy: Policy, language: str
) -> None:
    exempt = dataclasses.replace(
        policy,
        attestations=dataclasses.replace(
            policy.attestations,
            works_council=WorksCouncil(
                not_applicable_reason=LocalText(
                    nl="Minder dan 50 medewerkers", en="Fewer than 50 employees"
                )
            ),
        ),
    )
    text = plain(render(DocumentKind.STAFF_REGULATION, exempt, language, templates).html)
    reason = {"nl": "Minder dan 50 medewerkers.", "en": "Fewer than 50 employees."}
    assert reason[language] in text
    assert "27" in text and ("onder l" if language == "nl" else "27(1)(l)") in text


# --- the agent protocol (R8) -------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_protocol_lists_expectations_and_what_is_and_is_not_heard(
    templates: dict[str, str], policy: Policy, language: str
) -> None:
    expected = EXPECTED[language]
    document = render(DocumentKind.AGENT_PROTOCOL, policy, language, templates)
    for expectation in policy.protocol.expectations.get(language):
        assert f"<li>{html.escape(expectation)}</li>" in document.html
    text = plain(document.html)
    scope = policy.scope
    for value in (*scope.business_queues, *scope.business_numbers, *scope.campaign_contexts):
        assert value in text
    for number in scope.protected_numbers:
        assert number in text
    assert expected["private"] in text
    assert expected["internal"] in text
    assert expected["afterwards"] in text
    assert expected["days"].format(policy.notification.deadline_days_after_listen) in text
    assert policy.organisation.contact in text


# --- the register entry (art. 30, R14) ---------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_register_entry_names_controller_purposes_bases_and_retention(
    templates: dict[str, str], policy: Policy, language: str
) -> None:
    document = render_register_entry(policy, language, templates)
    assert document.kind == REGISTER_ENTRY
    text = plain(document.html)
    org = policy.organisation
    for value in (org.name, org.contact, org.privacy_officer, org.privacy_officer_contact):
        assert value in text
    for purpose in policy.purposes:
        assert purpose.title.get(language) in text
        assert words(purpose.basis_explanation.get(language)) in text
        assert EXPECTED[language]["retention"].format(purpose.retention_days) in text
    assert EXPECTED[language]["basis"] in text
    assert words(policy.attestations.security_statement.get(language)) in text
    # Recipients and transfers come from the policy, not from a fixed sentence.
    assert words(policy.register.recipients.get(language)) in text
    assert words(policy.register.transfers.get(language)) in text
    assert policy.attestations.dpia.reference in text
    categories = {
        "nl": ["Medewerkers van de klantenservice", "Klanten en andere bellers", "Spraakopnames"],
        "en": ["Customer service employees", "Customers and other callers", "Voice recordings"],
    }
    for category in categories[language]:
        assert category in text
    assert ("telefoonnummer" if language == "nl" else "phone number") in text


# --- every document ----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_policy_values_are_escaped(
    templates: dict[str, str], policy: Policy, language: str
) -> None:
    hostile = "<script>alert('x')</script> & co"
    purpose = dataclasses.replace(
        policy.purposes[0],
        title=LocalText(nl=hostile, en=hostile),
        necessity=LocalText(nl=hostile, en=hostile),
    )
    changed = dataclasses.replace(
        policy,
        organisation=dataclasses.replace(policy.organisation, name=hostile, contact=hostile),
        purposes=(purpose, *policy.purposes[1:]),
        protocol=Protocol(LocalLines(nl=(hostile,), en=(hostile,))),
    )
    for document in every_document(changed, language, templates):
        assert "<script>" not in document.html
        assert "&lt;script&gt;" in document.html
        assert hostile in plain(document.html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_placeholder_is_left_and_a_dollar_in_a_value_survives(
    templates: dict[str, str], policy: Policy, language: str
) -> None:
    for document in every_document(policy, language, templates):
        assert re.search(r"\$(\w|\{)", document.html) is None, document.kind
    priced = dataclasses.replace(
        policy,
        protocol=Protocol(
            LocalLines(nl=("Never promise $50 refunds.",), en=("Never promise $50 refunds.",))
        ),
    )
    protocol = render(DocumentKind.AGENT_PROTOCOL, priced, language, templates)
    assert "Never promise $50 refunds." in protocol.html


@pytest.mark.parametrize("language", LANGUAGES)
def test_documents_are_balanced_html(
    templates: dict[str, str], policy: Policy, language: str
) -> None:
    for document in every_document(policy, language, templates, version=3, published_on=PUBLISHED):
        assert _unbalanced_tags(document.html) == [], document.kind
        assert f'<html lang="{language}">' in document.html
        assert f"<title>{html.escape(document.title)}</title>" in document.html


class _TagChecker(HTMLParser):
    VOID = frozenset({"meta", "br", "hr", "img", "link", "col"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def _unbalanced_tags(markup: str) -> list[str]:
    checker = _TagChecker()
    checker.feed(markup)
    checker.close()
    return checker.errors + [f"<{tag}> never closed" for tag in checker.stack]


@pytest.mark.parametrize("language", LANGUAGES)
def test_version_and_date_are_printed_and_change_the_fingerprint(
    templates: dict[str, str], policy: Policy, language: str
) -> None:
    draft = render(DocumentKind.STAFF_REGULATION, policy, language, templates)
    published = render(DocumentKind.STAFF_REGULATION, policy, language, templates, 3, PUBLISHED)
    assert EXPECTED[language]["draft"] in plain(draft.html)
    assert EXPECTED[language]["version"] in plain(published.html)
    assert published.sha256 == hashlib.sha256(published.html.encode("utf-8")).hexdigest()
    assert published.sha256 != draft.sha256
    again = render(DocumentKind.STAFF_REGULATION, policy, language, templates, 3, PUBLISHED)
    assert again == published  # the same policy and version give the same text and hash


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "make",
    [
        lambda p, lang, t: render(DocumentKind.STAFF_REGULATION, p, lang, t),
        lambda p, lang, t: render(DocumentKind.AGENT_PROTOCOL, p, lang, t),
        lambda p, lang, t: render_register_entry(p, lang, t),
    ],
    ids=["staff_regulation", "agent_protocol", "register_entry"],
)
def test_an_empty_policy_can_be_previewed(
    templates: dict[str, str],
    language: str,
    make: Callable[[Policy, str, dict[str, str]], RenderedDocument],
) -> None:
    document = make(Policy.empty(), language, templates)
    assert document.language == language
    # Notes in the text show the reader what is still missing, never "0 days".
    text = plain(document.html)
    assert EXPECTED[language]["unset"] in text
    assert EXPECTED[language]["days"].format(0) not in text
    assert re.search(r"\$(\w|\{)", document.html) is None


def test_titles_follow_the_language(templates: dict[str, str], policy: Policy) -> None:
    assert render(DocumentKind.STAFF_REGULATION, policy, "nl", templates).title.startswith(
        "Personeelsreglement"
    )
    assert render(DocumentKind.AGENT_PROTOCOL, policy, "en", templates).title == (
        "Call protocol for customer service agents"
    )
    assert documents.ALL_KINDS == (
        DocumentKind.STAFF_REGULATION,
        DocumentKind.AGENT_PROTOCOL,
        REGISTER_ENTRY,
    )


# --- forgetting on time, said truthfully ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            [
                "De bewaartermijn gaat in op de dag van het gesprek",
                "alleen voor “Bewijs bij geschillen met donateurs”. Dat doen teamleiders, met een "
                "dossiernummer en een reden",
                "neemt zelf alle gesprekken op en bewaart die opnames tot 14 dagen na het gesprek; "
                "daarna verwijdert de IT-afdeling (telefoniebeheer) ze",
                "van vóór de instemming van de ondernemingsraad en van vóór de aankondiging aan "
                "bellers worden nooit opgeslagen",
                "een opname wordt nooit langer bewaard dan de termijn die gold toen ze werd "
                "opgeslagen",
            ],
        ),
        (
            "en",
            [
                "The retention period starts on the day of the call",
                "only for “Evidence in disputes with donors”. This is done by team leads, with a "
                "case reference and a reason",
                "records every call and keeps those recordings until 14 days after the call; then "
                "the IT department (telephony administration) removes them",
                "before the works council consented or before callers were told about recording "
                "are never stored",
                "a recording is never kept longer than the period that applied when it was stored",
            ],
        ),
    ],
)
def test_the_staff_regulation_says_how_forgetting_works(
    templates: dict[str, str], policy: Policy, language: str, expected: list[str]
) -> None:
    text = plain(render(DocumentKind.STAFF_REGULATION, policy, language, templates).html)
    for sentence in expected:
        assert sentence in text
    # The old claim was untrue in sampling mode app: the telephone system keeps every call.
    assert "Andere gesprekken worden niet opgeslagen" not in text
    assert "Other calls are not stored" not in text


def test_without_evidence_holds_or_a_source_statement_the_texts_say_so(
    templates: dict[str, str], policy: Policy
) -> None:
    no_holds = dataclasses.replace(
        policy,
        purposes=tuple(dataclasses.replace(p, hold_roles=()) for p in policy.purposes),
        attestations=dataclasses.replace(
            policy.attestations,
            source_retention=dataclasses.replace(policy.attestations.source_retention, days=0),
        ),
    )
    text = plain(render(DocumentKind.STAFF_REGULATION, no_holds, "nl", templates).html)
    assert "Opnames worden nooit langer bewaard dan de bewaartermijn, ook niet als bewijs." in text
    assert "niet langer dan de dag van het gesprek" in text
    register = plain(documents.render_register_entry(no_holds, "en", templates).html)
    assert "not even as evidence" in register and "no longer than the day of the call" in register


# --- what the staff regulation states besides the purposes ---------------------------------


@pytest.mark.parametrize(
    ("use", "language", "said", "denied"),
    [
        (ResultsUse.FEEDBACK, "nl", "alleen om je feedback te geven", "tellen niet mee"),
        (ResultsUse.APPRAISAL, "nl", "kunnen meewegen in je beoordeling", "niet gebruikt voor"),
        (ResultsUse.DISCIPLINE, "nl", "disciplinaire maatregel", "je kant van het verhaal"),
        (ResultsUse.FEEDBACK, "en", "used only to give you feedback", "do not count"),
        (ResultsUse.APPRAISAL, "en", "may count in your appraisal", "not used for disciplinary"),
        (ResultsUse.DISCIPLINE, "en", "disciplinary measure", "your side of the story"),
    ],
)
def test_the_use_of_results_is_stated(
    templates: dict[str, str],
    policy: Policy,
    use: ResultsUse,
    language: str,
    said: str,
    denied: str,
) -> None:
    changed = dataclasses.replace(
        policy, regulation=dataclasses.replace(policy.regulation, use_of_results=use)
    )
    text = plain(render(DocumentKind.STAFF_REGULATION, changed, language, templates).html)
    assert said in text and denied in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            [
                "op grond van artikel 27, lid 1, onder l, WOR",
                "en onder k, omdat het om de verwerking van persoonsgegevens van medewerkers gaat",
                "(kenmerk OR-2026-07)",
                "Deze regeling geldt vanaf 1 april 2026. Ze is vastgesteld door de directie, met "
                "instemming van de ondernemingsraad.",
                "We evalueren haar elk jaar in maart, samen met de ondernemingsraad.",
                "M. Jansen, de functionaris gegevensbescherming, bereikbaar via fg@voorbeeld.nl",
                "De bewaartermijn gaat in op de dag van het gesprek",
            ],
        ),
        (
            "en",
            [
                "under Article 27(1)(l) of the Dutch Works Councils Act (WOR)",
                "and under Article 27(1)(k), because they involve processing employees' personal "
                "data",
                "(reference OR-2026-07)",
                "These rules apply from 1 April 2026. They were adopted by the board of directors, "
                "with the consent of the works council.",
                "They are evaluated every year in March, together with the works council.",
                "M. Jansen, the data protection officer, at fg@voorbeeld.nl",
            ],
        ),
    ],
)
def test_the_staff_regulation_names_its_basis_adoption_and_evaluation(
    templates: dict[str, str], policy: Policy, language: str, expected: list[str]
) -> None:
    text = plain(render(DocumentKind.STAFF_REGULATION, policy, language, templates).html)
    for sentence in expected:
        assert sentence in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            [
                "een kopie daarvan (artikel 15 AVG)",
                "terugluisteren ervan (artikel 21 AVG)",
                "de opname te verwijderen (artikel 17 AVG)",
                "te verbeteren (artikel 16 AVG)",
                "te beperken (artikel 18 AVG)",
                "met twee maanden worden verlengd",
                "(artikel 12, lid 3, AVG)",
                "klacht indienen bij de Autoriteit Persoonsgegevens",
                "(DPIA, artikel 35 AVG)",
            ],
        ),
        (
            "en",
            [
                "receive a copy (Article 15 GDPR)",
                "listened to (Article 21 GDPR)",
                "to be deleted (Article 17 GDPR)",
                "corrected (Article 16 GDPR)",
                "restricted (Article 18 GDPR)",
                "extended by two months",
                "(Article 12(3) GDPR)",
                "Dutch Data Protection Authority",
                "(DPIA, Article 35 GDPR)",
            ],
        ),
    ],
)
def test_the_staff_regulation_cites_each_right_and_its_term(
    templates: dict[str, str], policy: Policy, language: str, expected: list[str]
) -> None:
    # What a works council checks first: each right with its article, the one-month term and
    # its extension, and where to complain.
    text = plain(render(DocumentKind.STAFF_REGULATION, policy, language, templates).html)
    for sentence in expected:
        assert sentence in text


def test_a_privacy_contact_person_is_not_called_a_data_protection_officer(
    templates: dict[str, str], policy: Policy
) -> None:
    contact = dataclasses.replace(
        policy, organisation=dataclasses.replace(policy.organisation, privacy_officer_is_dpo=False)
    )
    text = plain(render(DocumentKind.STAFF_REGULATION, contact, "nl", templates).html)
    assert "M. Jansen, de privacycontactpersoon" in text
    assert "functionaris gegevensbescherming" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_notification_section_is_true_to_the_style(
    templates: dict[str, str], policy: Policy, language: str
) -> None:
    def section(style: NotificationStyle) -> str:
        changed = dataclasses.replace(
            policy, notification=dataclasses.replace(policy.notification, style=style)
        )
        text = plain(render(DocumentKind.STAFF_REGULATION, changed, language, templates).html)
        start = text.index("7. ")
        return text[start : text.index("8. ", start)]

    weekly = section(NotificationStyle.WEEKLY_DIGEST)
    single = section(NotificationStyle.PER_RECORDING)
    week = {"nl": "per week in één overzicht", "en": "one overview per week"}[language]
    separate = {"nl": "apart bericht", "en": "separate notice"}[language]
    # A weekly overview names its own deadline; a listen is always told on its own.
    assert week in weekly and separate in weekly
    assert {"nl": "uiterlijk 7 dagen nadat het eerste gesprek", "en": "7 days after the first"}[
        language
    ] in weekly
    # One notice per recording says nothing of a week.
    assert week not in single and "week" not in single.lower().replace("weken", "")
    assert {"nl": "een eigen bericht", "en": "a notice about it"}[language] in single
    for text in (weekly, single):
        assert {"nl": "uiterlijk 5 dagen na het terugluisteren", "en": "5 days after the listen"}[
            language
        ] in text
        assert {"nl": "de reden", "en": "the reason"}[language] in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_register_entry_shows_its_published_state(
    templates: dict[str, str], policy: Policy, language: str
) -> None:
    draft = plain(render_register_entry(policy, language, templates).html)
    assert EXPECTED[language]["draft"] in draft
    published = plain(render_register_entry(policy, language, templates, 4, PUBLISHED).html)
    assert EXPECTED[language]["draft"] not in published
    expected = {
        "nl": "Beleidsversie 4, gepubliceerd op 1 september 2026",
        "en": "Policy version 4, published 1 September 2026",
    }
    assert expected[language] in published


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_text_missing_in_the_documents_language_is_never_taken_from_the_other(
    templates: dict[str, str], policy: Policy, language: str
) -> None:
    other = "en" if language == "nl" else "nl"
    training = policy.purposes[0]
    half = dataclasses.replace(
        training, necessity=LocalText.of(other, training.necessity.get(other))
    )
    changed = dataclasses.replace(policy, purposes=(half, *policy.purposes[1:]))
    text = plain(render(DocumentKind.STAFF_REGULATION, changed, language, templates).html)
    assert words(training.necessity.get(other)) not in text
    assert EXPECTED[language]["unset"] in text


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "score the call against the call protocol"), ("nl", "beoordelen aan de hand van")],
)
def test_the_staff_regulation_says_which_purposes_score_calls(
    templates: dict[str, str], policy: Policy, language: str, words: str
) -> None:
    # Training is coaching in the example policy, disputes are not: once, for training.
    assert [p.coaching for p in policy.purposes] == [True, False]
    text = plain(render(DocumentKind.STAFF_REGULATION, policy, language, templates).html)
    assert text.count(words) == 1
    no_coaching = dataclasses.replace(
        policy, purposes=tuple(dataclasses.replace(p, coaching=False) for p in policy.purposes)
    )
    plain_text = plain(render(DocumentKind.STAFF_REGULATION, no_coaching, language, templates).html)
    assert words not in plain_text


BACKUPS = {
    "nl": ("Back-ups van de kluis", "worden {} bewaard", "tot {} kiezen", "meteen verwijderd"),
    "en": ("Backup copies of the vault", "are kept for {}", "up to {}", "deleted at once"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_regulation_and_the_register_name_backups_and_their_rotation(
    templates: dict[str, str], policy: Policy, language: str
) -> None:
    days = EXPECTED[language]["days"]
    named, kept, longest, restored = BACKUPS[language]
    for document in (
        render(DocumentKind.STAFF_REGULATION, policy, language, templates),
        render_register_entry(policy, language, templates),
    ):
        text = plain(document.html)
        # Rotation follows the shortest retention (30 days), at most the longest (90 days).
        assert named in text and restored in text
        assert kept.format(days.format(30)) in text and longest.format(days.format(90)) in text
    # With one retention there is nothing to choose, and the text does not offer it.
    single = dataclasses.replace(policy, purposes=policy.purposes[:1])
    text = plain(render(DocumentKind.STAFF_REGULATION, single, language, templates).html)
    assert kept.format(days.format(single.purposes[0].retention_days)) in text
    assert longest.split("{}")[0] + days.format(90) not in text

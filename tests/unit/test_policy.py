"""Tests for the recording policy: completeness (R1–R4, R8, R10, R11, R17), consent, versions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supervisor_app.domain.errors import InputError
from supervisor_app.domain.people import Language
from supervisor_app.domain.policy import (
    DEFAULT_SECURITY_STATEMENT,
    AppliesTo,
    AssessmentKind,
    Attestations,
    DocumentKind,
    ImpactAssessment,
    IvrAnnouncement,
    LegalBasis,
    Notification,
    NotificationStyle,
    Organisation,
    Policy,
    Protocol,
    Purpose,
    Register,
    Regulation,
    ResultsUse,
    Sampling,
    SamplingMode,
    Scope,
    SourceRetention,
    WorksCouncil,
    diff_summary,
    format_extension_ranges,
    is_valid_purpose_id,
    parse_extension_ranges,
    parse_legal_basis,
)
from supervisor_app.domain.policy_check import is_complete, missing_items
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalLines, LocalText
from tests.policy_samples import (
    ALL_DOCUMENTS,
    COMPLETE,
    DISPUTE,
    TRAINING,
    both,
)
from tests.policy_samples import with_attestation as _with_attestation
from tests.policy_samples import with_purpose as _with_purpose
from tests.policy_samples import with_section as _with

replace = dataclasses.replace


def keys(policy: Policy, documents: frozenset[str] = ALL_DOCUMENTS) -> list[str]:
    return [item.key for item in missing_items(policy, documents)]


def test_the_complete_policy_misses_nothing() -> None:
    assert missing_items(COMPLETE, ALL_DOCUMENTS) == []
    assert is_complete(COMPLETE, ALL_DOCUMENTS)


# One thing taken away at a time must name exactly that thing.
REMOVALS: list[tuple[str, Callable[[Policy], Policy], str]] = [
    ("org name", _with("organisation", name=" "), "organisation.name"),
    ("org contact", _with("organisation", contact=""), "organisation.contact"),
    ("privacy officer", _with("organisation", privacy_officer=""), "organisation.privacy_officer"),
    (
        "privacy officer's contact",
        _with("organisation", privacy_officer_contact=""),
        "organisation.privacy_officer_contact",
    ),
    ("no purposes", lambda p: replace(p, purposes=()), "purposes"),
    ("purpose id", _with_purpose(id=""), "purposes[1].id"),
    ("purpose id form", _with_purpose(id="Training!"), "purposes[1].id"),
    (
        "duplicate id",
        lambda p: replace(p, purposes=(TRAINING, replace(DISPUTE, id="training"))),
        "purposes[2].id",
    ),
    ("title", _with_purpose(title=LocalText()), "purposes[training].title"),
    ("applies to", _with_purpose(applies_to=AppliesTo()), "purposes[training].applies_to"),
    ("legal basis", _with_purpose(legal_basis=None), "purposes[training].legal_basis"),
    (
        "explanation",
        _with_purpose(basis_explanation=LocalText()),
        "purposes[training].basis_explanation",
    ),
    ("necessity", _with_purpose(necessity=both("  ")), "purposes[training].necessity"),
    ("retention 0", _with_purpose(retention_days=0), "purposes[training].retention_days"),
    ("retention < 0", _with_purpose(retention_days=-5), "purposes[training].retention_days"),
    ("no listeners", _with_purpose(listener_roles=()), "purposes[training].listener_roles"),
    (
        "administrator listens",
        _with_purpose(listener_roles=(Role.TEAM_LEAD, Role.ADMINISTRATOR)),
        "purposes[training].listener_roles",
    ),
    (
        "auditor listens",
        _with_purpose(listener_roles=(Role.AUDITOR,)),
        "purposes[training].listener_roles",
    ),
    ("sampling mode", _with("sampling", mode=None), "sampling.mode"),
    ("rate 0", _with("sampling", rate=0.0), "sampling.rate"),
    ("rate > 1", _with("sampling", rate=1.5), "sampling.rate"),
    ("rate nan", _with("sampling", rate=float("nan")), "sampling.rate"),
    ("no cap", _with("sampling", max_per_agent_per_week=0), "sampling.max_per_agent_per_week"),
    ("min > max", _with("sampling", min_per_agent_per_week=4), "sampling.min_per_agent_per_week"),
    ("min < 0", _with("sampling", min_per_agent_per_week=-1), "sampling.min_per_agent_per_week"),
    ("timezone", _with("scope", timezone=""), "scope.timezone"),
    ("bad timezone", _with("scope", timezone="Europe/Amsterdamm"), "scope.timezone"),
    (
        "nothing in scope",
        lambda p: replace(
            p,
            purposes=(TRAINING,),
            scope=replace(p.scope, business_queues=(), campaign_accountcodes=()),
        ),
        "scope.business_calls",
    ),
    (
        "backwards range",
        _with("scope", internal_extensions=((399, 100),)),
        "scope.internal_extensions",
    ),
    (
        "listen deadline",
        _with("notification", deadline_days_after_listen=0),
        "notification.deadline_days_after_listen",
    ),
    (
        "sampling deadline",
        _with("notification", deadline_days_after_sampling=-1),
        "notification.deadline_days_after_sampling",
    ),
    ("notice style", _with("notification", style=None), "notification.style"),
    (
        "works council",
        _with_attestation("works_council", WorksCouncil()),
        "attestations.works_council",
    ),
    (
        "consent without reference",
        _with_attestation("works_council", WorksCouncil(consent_date=dt.date(2026, 1, 1))),
        "attestations.works_council",
    ),
    (
        "reference without consent date",
        _with_attestation("works_council", WorksCouncil(reference="OR-1")),
        "attestations.works_council",
    ),
    (
        "consent and exemption",
        _with_attestation(
            "works_council",
            WorksCouncil(
                dt.date(2026, 1, 1),
                "OR-1",
                not_applicable_reason=both("The organisation has no works council at all."),
            ),
        ),
        "attestations.works_council",
    ),
    (
        "dpia kind",
        _with_attestation("dpia", ImpactAssessment(None, dt.date(2026, 1, 1), "D")),
        "attestations.dpia.kind",
    ),
    (
        "dpia date",
        _with_attestation("dpia", ImpactAssessment(AssessmentKind.DPIA, None, "D")),
        "attestations.dpia.date",
    ),
    (
        "dpia reference",
        _with_attestation("dpia", ImpactAssessment(AssessmentKind.DPIA, dt.date(2026, 1, 1), "")),
        "attestations.dpia.reference",
    ),
    (
        "no announcement",
        _with_attestation("ivr_announcement", IvrAnnouncement(False, dt.date(2026, 1, 1))),
        "attestations.ivr_announcement.exists",
    ),
    (
        "announcement date",
        _with_attestation("ivr_announcement", IvrAnnouncement(True, None)),
        "attestations.ivr_announcement.date",
    ),
    (
        "security",
        _with_attestation("security_statement", both(" ")),
        "attestations.security_statement",
    ),
    (
        "source retention days",
        _with_attestation("source_retention", SourceRetention(None, both("IT"))),
        "attestations.source_retention.days",
    ),
    (
        "source retention remover",
        _with_attestation("source_retention", SourceRetention(14)),
        "attestations.source_retention.removed_by",
    ),
    ("use of results", _with("regulation", use_of_results=None), "regulation.use_of_results"),
    ("in force", _with("regulation", entry_into_force=None), "regulation.entry_into_force"),
    ("adopted by", _with("regulation", adopted_by=LocalText()), "regulation.adopted_by"),
    ("evaluation", _with("regulation", evaluation=LocalText()), "regulation.evaluation"),
    ("recipients", _with("register", recipients=LocalText()), "register.recipients"),
    ("transfers", _with("register", transfers=LocalText()), "register.transfers"),
    ("no protocol", lambda p: replace(p, protocol=Protocol()), "protocol.expectations"),
    (
        "blank expectation",
        lambda p: replace(
            p, protocol=Protocol(LocalLines(nl=("Wees beleefd.", ""), en=("Be polite.", "")))
        ),
        "protocol.expectations",
    ),
    (
        "expectations not paired",
        lambda p: replace(
            p, protocol=Protocol(LocalLines(nl=("Wees beleefd.",), en=("Be polite.", "Smile.")))
        ),
        "protocol.expectations",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [pytest.param(change, key, id=name) for name, change, key in REMOVALS],
)
def test_each_missing_item_is_named(change: Callable[[Policy], Policy], expected: str) -> None:
    items = missing_items(change(COMPLETE), ALL_DOCUMENTS, languages=("nl", "en"))
    assert [item.key for item in items] == [expected]
    # A user reads the text: a whole sentence, not a code.
    text = items[0].text
    assert text[0].isupper() and text.endswith((".", "?")), text


@pytest.mark.parametrize("kind", ["staff_regulation", "agent_protocol"])
def test_each_unpublished_document_is_named(kind: str) -> None:
    assert keys(COMPLETE, ALL_DOCUMENTS - {kind}) == [f"documents.{kind}"]


def test_published_documents_may_be_given_as_document_kinds() -> None:
    # StrEnum members hash differently from their text; both forms must count.
    assert is_complete(COMPLETE, {DocumentKind.STAFF_REGULATION, DocumentKind.AGENT_PROTOCOL})


def test_missing_purpose_text_names_the_purpose_by_title() -> None:
    policy = _with_purpose(necessity=LocalText())(COMPLETE)
    [item] = missing_items(policy, ALL_DOCUMENTS)
    assert "“Training and coaching”" in item.text
    assert "less intrusive" in item.text
    assert item.params["name"] == "“Training and coaching”"
    assert "{name}" in item.template  # ui/ translates the template and fills it the same way


@pytest.mark.parametrize(
    "scope",
    [
        Scope(timezone="UTC", business_queues=("400",)),
        Scope(timezone="UTC", business_numbers=("+31201234500",)),
        Scope(timezone="UTC", campaign_contexts=("campaign-outbound",)),
        Scope(timezone="UTC", campaign_accountcodes=("donor",)),
    ],
)
def test_any_one_business_selector_puts_calls_in_scope(scope: Scope) -> None:
    assert keys(replace(COMPLETE, purposes=(TRAINING,), scope=scope)) == []


def test_a_reason_instead_of_works_council_consent_is_enough() -> None:
    council = WorksCouncil(
        not_applicable_reason=both("Fewer than 50 employees, so there is no works council.")
    )
    assert keys(_with_attestation("works_council", council)(COMPLETE)) == []


def test_source_sampling_needs_no_rate_or_cap() -> None:
    policy = replace(COMPLETE, sampling=Sampling(mode=SamplingMode.SOURCE))
    assert keys(policy) == []


def test_the_empty_policy_misses_every_group() -> None:
    found = keys(Policy.empty(), frozenset())
    assert found == [
        "organisation.name",
        "organisation.contact",
        "organisation.privacy_officer",
        "organisation.privacy_officer_contact",
        "purposes",
        "sampling.mode",
        "scope.timezone",
        "scope.business_calls",
        "notification.deadline_days_after_listen",
        "notification.deadline_days_after_sampling",
        "notification.style",
        "attestations.works_council",
        "attestations.dpia.kind",
        "attestations.dpia.date",
        "attestations.dpia.reference",
        "attestations.ivr_announcement.exists",
        "attestations.source_retention.days",
        "attestations.source_retention.removed_by",
        "regulation.use_of_results",
        "regulation.entry_into_force",
        "regulation.adopted_by",
        "regulation.evaluation",
        "register.recipients",
        "register.transfers",
        "protocol.expectations",
        "documents.staff_regulation",
        "documents.agent_protocol",
    ]
    assert not is_complete(Policy.empty(), ALL_DOCUMENTS)


def test_the_empty_policy_starts_with_the_apps_security_statement() -> None:
    assert Policy.empty().attestations.security_statement == DEFAULT_SECURITY_STATEMENT
    # R13: the statement describes what the app does, in both languages.
    english = DEFAULT_SECURITY_STATEMENT.get("en")
    for fact in ("SQLCipher", "AES-256", "own personal key", "teams", "purpose", "audit log"):
        assert fact in english
    assert "locks itself" in english
    assert "deleted automatically" in english
    dutch = DEFAULT_SECURITY_STATEMENT.get("nl")
    for fact in ("SQLCipher", "AES-256", "persoonlijke sleutel", "teams", "doel", "logboek"):
        assert fact in dutch
    assert "vergrendelt zichzelf" in dutch
    assert "automatisch verwijderd" in dutch


# --- consent (R3) ---------------------------------------------------------------------


def test_consent_is_not_a_legal_basis() -> None:
    assert "consent" not in {basis.value for basis in LegalBasis}


@pytest.mark.parametrize("text", ["consent", "Consent", " CONSENT "])
def test_parsing_consent_explains_why_it_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="not a valid legal basis") as error:
        parse_legal_basis(text)
    assert "employee" in str(error.value)


def test_stored_policy_with_consent_does_not_load() -> None:
    data = COMPLETE.to_dict()
    purposes = data["purposes"]
    assert isinstance(purposes, list)
    purposes[0]["legal_basis"] = "consent"
    with pytest.raises(ValueError, match="Consent"):
        Policy.from_dict(data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("legitimate_interest", LegalBasis.LEGITIMATE_INTEREST),
        ("legitimate-interest", LegalBasis.LEGITIMATE_INTEREST),
        ("Legal obligation", LegalBasis.LEGAL_OBLIGATION),
        ("contract", LegalBasis.CONTRACT),
    ],
)
def test_parse_legal_basis(text: str, expected: LegalBasis) -> None:
    assert parse_legal_basis(text) is expected


def test_unknown_legal_basis_lists_the_valid_ones() -> None:
    with pytest.raises(InputError, match="legitimate_interest, legal_obligation, contract"):
        parse_legal_basis("vital_interest")


# --- internal extensions --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100-399", ((100, 399),)),
        ("100-399, 500, 600-699", ((100, 399), (500, 500), (600, 699))),
        (" 100 - 399 ,500,", ((100, 399), (500, 500))),
        ("", ()),
        ("7-7", ((7, 7),)),
    ],
)
def test_parse_extension_ranges(text: str, expected: tuple[tuple[int, int], ...]) -> None:
    assert parse_extension_ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "not an extension"),
        ("100-", "not an extension"),
        ("-5", "not an extension"),
        ("1-2-3", "not an extension"),
        ("1²", "not an extension"),
        ("399-100", "runs backwards"),
    ],
)
def test_bad_extension_ranges_are_refused(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_extension_ranges(text)


_RANGE = st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)).map(lambda t: (min(t), max(t)))


@given(st.lists(_RANGE, max_size=6))
def test_extension_ranges_format_and_parse_back(ranges: list[tuple[int, int]]) -> None:
    assert parse_extension_ranges(format_extension_ranges(ranges)) == tuple(ranges)


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("training", True),
        ("dispute-2", True),
        ("a_b", True),
        ("", False),
        ("Training", False),
        ("2nd", False),
        ("with space", False),
        ("één", False),
    ],
)
def test_purpose_ids(text: str, valid: bool) -> None:
    assert is_valid_purpose_id(text) is valid


# --- stored form ----------------------------------------------------------------------

_TEXT = st.text(max_size=20)
_LOCAL = st.builds(LocalText, _TEXT, _TEXT)
_TEXTS = st.lists(_TEXT, max_size=3).map(tuple)
_DATES = st.none() | st.dates()


def _purposes() -> st.SearchStrategy[Purpose]:
    return st.builds(
        Purpose,
        id=_TEXT,
        title=_LOCAL,
        applies_to=st.builds(AppliesTo, all_calls=st.booleans(), queues=_TEXTS, campaigns=_TEXTS),
        legal_basis=st.none() | st.sampled_from(LegalBasis),
        basis_explanation=_LOCAL,
        necessity=_LOCAL,
        retention_days=st.integers(),
        retention_reason=_LOCAL,
        listener_roles=st.lists(st.sampled_from(Role), max_size=4).map(tuple),
        disclose_listener_name=st.booleans(),
    )


POLICIES = st.builds(
    Policy,
    organisation=st.builds(Organisation, _TEXT, st.sampled_from(list(Language)), _TEXT, _TEXT),
    purposes=st.lists(_purposes(), max_size=3).map(tuple),
    sampling=st.builds(
        Sampling,
        st.none() | st.sampled_from(SamplingMode),
        st.floats(allow_nan=False, allow_infinity=False),
        st.integers(),
        st.integers(),
        _LOCAL,
    ),
    scope=st.builds(
        Scope,
        _TEXT,
        _TEXTS,
        _TEXTS,
        _TEXTS,
        _TEXTS,
        _TEXTS,
        st.lists(st.tuples(st.integers(), st.integers()), max_size=3).map(tuple),
    ),
    notification=st.builds(
        Notification, st.integers(), st.integers(), st.none() | st.sampled_from(NotificationStyle)
    ),
    attestations=st.builds(
        Attestations,
        _LOCAL,
        st.builds(WorksCouncil, _DATES, _TEXT, _LOCAL),
        st.builds(ImpactAssessment, st.none() | st.sampled_from(AssessmentKind), _DATES, _TEXT),
        st.builds(IvrAnnouncement, st.booleans(), _DATES),
        st.builds(SourceRetention, st.none() | st.integers(), _LOCAL),
    ),
    regulation=st.builds(
        Regulation, st.none() | st.sampled_from(ResultsUse), _DATES, _LOCAL, _LOCAL
    ),
    register=st.builds(Register, _LOCAL, _LOCAL),
    protocol=st.builds(Protocol, st.builds(LocalLines, _TEXTS, _TEXTS)),
    version=st.integers(0, 10**6),
)


@given(POLICIES)
def test_stored_form_round_trips_exactly_through_json(policy: Policy) -> None:
    stored = json.dumps(policy.to_dict())
    loaded = Policy.from_dict(json.loads(stored))
    assert loaded == policy
    assert loaded.version == policy.version  # equality ignores it, so check it apart
    assert loaded.to_dict() == policy.to_dict()


def test_stored_form_writes_dates_as_iso_text() -> None:
    attestations = COMPLETE.to_dict()["attestations"]
    assert isinstance(attestations, dict)
    assert attestations["works_council"]["consent_date"] == "2026-03-12"


def test_stored_form_without_newer_keys_loads_as_blank() -> None:
    assert Policy.from_dict({}) == Policy()


def test_a_version_stored_before_texts_had_languages_still_loads() -> None:
    # The stored form of earlier versions: one plain string per text, no language setting.
    old = {
        "version": 3,
        "organisation": {
            "name": "Stichting Voorbeeld",
            "contact": "a@b.nl",
            "privacy_officer": "X",
        },
        "purposes": [
            {
                "id": "training",
                "title": "Training and coaching",
                "applies_to": {"all_calls": True, "queues": [], "campaigns": []},
                "legal_basis": "legitimate_interest",
                "basis_explanation": "Why.",
                "necessity": "Because.",
                "retention_days": 36500,
                "listener_roles": ["team_lead"],
                "disclose_listener_name": True,
                "hold_roles": [],
            }
        ],
        "attestations": {
            "works_council": {"consent_date": None, "reference": "", "not_applicable_reason": "x"},
            "dpia": {"kind": "risk_assessment", "date": "2026-01-02", "reference": "RA"},
            "security_statement": "Encrypted.",
            "source_retention": {"days": 14, "removed_by": "IT"},
        },
        "protocol": {"expectations": ["Be polite.", "Never swear."]},
    }
    policy = Policy.from_dict(old)
    assert policy.version == 3
    # A plain string counts as the main language, which defaults to Dutch.
    assert policy.purposes[0].title == LocalText(nl="Training and coaching")
    assert policy.attestations.works_council.not_applicable_reason == LocalText(nl="x")
    assert policy.protocol.expectations == LocalLines(nl=("Be polite.", "Never swear."))
    # Values the rules now refuse still load, so the checklist can say what is wrong with them.
    assert policy.purposes[0].retention_days == 36500
    assert policy.attestations.dpia.kind is AssessmentKind.RISK_ASSESSMENT
    found = {item.key for item in missing_items(policy, ALL_DOCUMENTS)}
    assert "purposes[training].retention_days" in found
    assert "attestations.dpia.kind" in found


def test_a_stored_main_language_decides_what_a_plain_string_is() -> None:
    data = {"organisation": {"language": "en"}, "purposes": [{"id": "a", "title": "Coaching"}]}
    assert Policy.from_dict(data).purposes[0].title == LocalText(en="Coaching")


@pytest.mark.parametrize(
    "data",
    [
        {"sampling": {"rate": "0.05"}},
        {"purposes": [{"retention_days": True}]},
        {"scope": {"internal_extensions": [[1, 2, 3]]}},
        {"organisation": "Stichting"},
        {"notification": {"style": "daily"}},
    ],
)
def test_malformed_stored_form_is_refused(data: dict[str, object]) -> None:
    with pytest.raises((TypeError, ValueError)):
        Policy.from_dict(data)


def test_equality_ignores_the_version() -> None:
    assert replace(COMPLETE, version=7) == replace(COMPLETE, version=2)
    assert hash(replace(COMPLETE, version=7)) == hash(COMPLETE)
    assert _with("sampling", rate=0.1)(COMPLETE) != COMPLETE


# --- version summaries ----------------------------------------------------------------


def test_diff_of_the_first_version() -> None:
    assert diff_summary(None, COMPLETE) == "first version"


def test_diff_of_equal_policies() -> None:
    assert diff_summary(COMPLETE, replace(COMPLETE, version=9)) == "no changes"


def test_diff_names_changed_values() -> None:
    new = _with("sampling", rate=0.1)(COMPLETE)
    new = _with("scope", business_queues=("400", "401"))(new)
    assert diff_summary(COMPLETE, new) == (
        "sampling.rate: 0.05 → 0.1; scope.business_queues: added 401"
    )


def test_diff_names_added_removed_and_changed_purposes() -> None:
    old = replace(COMPLETE, purposes=(TRAINING,))
    new = replace(COMPLETE, purposes=(replace(TRAINING, retention_days=60), DISPUTE))
    assert diff_summary(old, new) == (
        "purposes: added dispute; purposes[training].retention_days: 30 → 60"
    )
    assert diff_summary(new, old).startswith("purposes: removed dispute;")


def test_diff_summarises_long_texts_and_notices_reordering() -> None:
    new = replace(
        COMPLETE,
        purposes=(
            DISPUTE,
            replace(TRAINING, necessity=TRAINING.necessity.replaced("en", "Longer now. More.")),
        ),
    )
    assert diff_summary(COMPLETE, new) == (
        "purposes[training].necessity.en: changed; purposes: reordered"
    )

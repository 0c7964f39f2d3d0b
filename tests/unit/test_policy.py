"""Tests for the recording policy: completeness (R1–R4, R8, R10, R11, R17), consent, versions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    Purpose,
    Sampling,
    SamplingMode,
    Scope,
    SourceRetention,
    WorksCouncil,
    diff_summary,
    format_extension_ranges,
    is_complete,
    is_valid_purpose_id,
    missing_items,
    parse_extension_ranges,
    parse_legal_basis,
)
from supervisor_app.domain.roles import Role

ALL_DOCUMENTS = frozenset({"staff_regulation", "agent_protocol"})

TRAINING = Purpose(
    id="training",
    title="Training",
    applies_to=AppliesTo.everything(),
    legal_basis=LegalBasis.LEGITIMATE_INTEREST,
    basis_explanation="Coaching agents is a legitimate interest that outweighs a small sample.",
    necessity="Notes and live listening were weighed; they miss tone or change behaviour.",
    retention_days=30,
    listener_roles=(Role.TEAM_LEAD, Role.QUALITY_COACH),
)
DISPUTE = Purpose(
    id="dispute",
    title="Disputes",
    applies_to=AppliesTo(campaigns=("donor",)),
    legal_basis=LegalBasis.LEGITIMATE_INTEREST,
    basis_explanation="Showing what a donor agreed to.",
    necessity="Written confirmation alone was not enough.",
    retention_days=90,
    listener_roles=(Role.TEAM_LEAD,),
)
COMPLETE = Policy(
    organisation=Organisation("Stichting Voorbeeld", "privacy@voorbeeld.nl", "M. de Vries"),
    purposes=(TRAINING, DISPUTE),
    sampling=Sampling(SamplingMode.APP, 0.05, 3, 1),
    scope=Scope(
        timezone="Europe/Amsterdam",
        business_queues=("400",),
        protected_numbers=("+31207654321",),
        internal_extensions=((100, 399),),
    ),
    notification=Notification(5, 7, NotificationStyle.WEEKLY_DIGEST),
    attestations=Attestations(
        works_council=WorksCouncil(consent_date=dt.date(2026, 3, 12), reference="OR-2026-07"),
        dpia=ImpactAssessment(AssessmentKind.DPIA, dt.date(2026, 2, 20), "DPIA-1"),
        ivr_announcement=IvrAnnouncement(exists=True, date=dt.date(2026, 4, 1)),
        security_statement=DEFAULT_SECURITY_STATEMENT,
        source_retention=SourceRetention(days=14, removed_by="IT department"),
    ),
    protocol_expectations=("Always be polite.", "Never swear."),
)

replace = dataclasses.replace


def _with_purpose(**changes: object) -> Callable[[Policy], Policy]:
    """Change one field of the training purpose."""
    return lambda p: replace(p, purposes=(replace(TRAINING, **changes), DISPUTE))


def _with(section: str, **changes: object) -> Callable[[Policy], Policy]:
    """Change fields of one top-level section."""
    return lambda p: replace(p, **{section: replace(getattr(p, section), **changes)})


def _with_attestation(part: str, value: object) -> Callable[[Policy], Policy]:
    return lambda p: replace(p, attestations=replace(p.attestations, **{part: value}))


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
    ("no purposes", lambda p: replace(p, purposes=()), "purposes"),
    ("purpose id", _with_purpose(id=""), "purposes[1].id"),
    ("purpose id form", _with_purpose(id="Training!"), "purposes[1].id"),
    (
        "duplicate id",
        lambda p: replace(p, purposes=(TRAINING, replace(DISPUTE, id="training"))),
        "purposes[2].id",
    ),
    ("title", _with_purpose(title=""), "purposes[training].title"),
    ("applies to", _with_purpose(applies_to=AppliesTo()), "purposes[training].applies_to"),
    ("legal basis", _with_purpose(legal_basis=None), "purposes[training].legal_basis"),
    ("explanation", _with_purpose(basis_explanation=""), "purposes[training].basis_explanation"),
    ("necessity", _with_purpose(necessity="  "), "purposes[training].necessity"),
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
    ("nothing in scope", _with("scope", business_queues=()), "scope.business_calls"),
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
        "consent and exemption",
        _with_attestation(
            "works_council",
            WorksCouncil(dt.date(2026, 1, 1), "OR-1", not_applicable_reason="No council."),
        ),
        "attestations.works_council",
    ),
    (
        "dpia kind",
        _with_attestation("dpia", ImpactAssessment(None, dt.date(2026, 1, 1), "D")),
        "attestations.dpia",
    ),
    (
        "dpia date",
        _with_attestation("dpia", ImpactAssessment(AssessmentKind.DPIA, None, "D")),
        "attestations.dpia",
    ),
    (
        "dpia reference",
        _with_attestation("dpia", ImpactAssessment(AssessmentKind.DPIA, dt.date(2026, 1, 1), "")),
        "attestations.dpia",
    ),
    (
        "no announcement",
        _with_attestation("ivr_announcement", IvrAnnouncement(False, dt.date(2026, 1, 1))),
        "attestations.ivr_announcement",
    ),
    (
        "announcement date",
        _with_attestation("ivr_announcement", IvrAnnouncement(True, None)),
        "attestations.ivr_announcement",
    ),
    ("security", _with_attestation("security_statement", " "), "attestations.security_statement"),
    ("no protocol", lambda p: replace(p, protocol_expectations=()), "protocol.expectations"),
    (
        "blank expectation",
        lambda p: replace(p, protocol_expectations=("Be polite.", "")),
        "protocol.expectations",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [pytest.param(change, key, id=name) for name, change, key in REMOVALS],
)
def test_each_missing_item_is_named(change: Callable[[Policy], Policy], expected: str) -> None:
    items = missing_items(change(COMPLETE), ALL_DOCUMENTS)
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
    policy = _with_purpose(necessity="")(COMPLETE)
    [item] = missing_items(policy, ALL_DOCUMENTS)
    assert "“Training”" in item.text
    assert "less intrusive" in item.text


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
    assert keys(replace(COMPLETE, scope=scope)) == []


def test_a_reason_instead_of_works_council_consent_is_enough() -> None:
    council = WorksCouncil(not_applicable_reason="Fewer than 50 employees; no works council.")
    assert keys(_with_attestation("works_council", council)(COMPLETE)) == []


def test_a_risk_assessment_may_replace_a_dpia() -> None:
    dpia = ImpactAssessment(AssessmentKind.RISK_ASSESSMENT, dt.date(2026, 1, 1), "RA-1")
    assert keys(_with_attestation("dpia", dpia)(COMPLETE)) == []


def test_source_sampling_needs_no_rate_or_cap() -> None:
    policy = replace(COMPLETE, sampling=Sampling(mode=SamplingMode.SOURCE))
    assert keys(policy) == []


def test_the_empty_policy_misses_every_group() -> None:
    found = keys(Policy.empty(), frozenset())
    assert found == [
        "organisation.name",
        "organisation.contact",
        "organisation.privacy_officer",
        "purposes",
        "sampling.mode",
        "scope.timezone",
        "scope.business_calls",
        "notification.deadline_days_after_listen",
        "notification.deadline_days_after_sampling",
        "notification.style",
        "attestations.works_council",
        "attestations.dpia",
        "attestations.ivr_announcement",
        "attestations.source_retention",
        "protocol.expectations",
        "documents.staff_regulation",
        "documents.agent_protocol",
    ]
    assert not is_complete(Policy.empty(), ALL_DOCUMENTS)


def test_the_empty_policy_starts_with_the_apps_security_statement() -> None:
    assert Policy.empty().attestations.security_statement == DEFAULT_SECURITY_STATEMENT
    # R13: the statement describes what the app does.
    for fact in ("SQLCipher", "AES-256", "own personal key", "teams", "purpose", "audit log"):
        assert fact in DEFAULT_SECURITY_STATEMENT
    assert "locks itself" in DEFAULT_SECURITY_STATEMENT
    assert "deleted automatically" in DEFAULT_SECURITY_STATEMENT


# --- consent (R3) ---------------------------------------------------------------------


def test_consent_is_not_a_legal_basis() -> None:
    assert "consent" not in {basis.value for basis in LegalBasis}


@pytest.mark.parametrize("text", ["consent", "Consent", " CONSENT "])
def test_parsing_consent_explains_why_it_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a valid legal basis") as error:
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
    with pytest.raises(ValueError, match="legitimate_interest, legal_obligation, contract"):
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
    with pytest.raises(ValueError, match=message):
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
_TEXTS = st.lists(_TEXT, max_size=3).map(tuple)
_DATES = st.none() | st.dates()


def _purposes() -> st.SearchStrategy[Purpose]:
    return st.builds(
        Purpose,
        id=_TEXT,
        title=_TEXT,
        applies_to=st.builds(AppliesTo, all_calls=st.booleans(), queues=_TEXTS, campaigns=_TEXTS),
        legal_basis=st.none() | st.sampled_from(LegalBasis),
        basis_explanation=_TEXT,
        necessity=_TEXT,
        retention_days=st.integers(),
        listener_roles=st.lists(st.sampled_from(Role), max_size=4).map(tuple),
        disclose_listener_name=st.booleans(),
    )


POLICIES = st.builds(
    Policy,
    organisation=st.builds(Organisation, _TEXT, _TEXT, _TEXT),
    purposes=st.lists(_purposes(), max_size=3).map(tuple),
    sampling=st.builds(
        Sampling,
        st.none() | st.sampled_from(SamplingMode),
        st.floats(allow_nan=False, allow_infinity=False),
        st.integers(),
        st.integers(),
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
        st.builds(WorksCouncil, _DATES, _TEXT, _TEXT),
        st.builds(ImpactAssessment, st.none() | st.sampled_from(AssessmentKind), _DATES, _TEXT),
        st.builds(IvrAnnouncement, st.booleans(), _DATES),
        _TEXT,
    ),
    protocol_expectations=_TEXTS,
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
        purposes=(DISPUTE, replace(TRAINING, necessity=TRAINING.necessity + " More.")),
    )
    assert diff_summary(COMPLETE, new) == (
        "purposes[training].necessity: changed; purposes: reordered"
    )

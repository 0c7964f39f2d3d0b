"""Plausibility, not just presence: each rule refuses (or warns) at its boundary, with a reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from supervisor_app.domain.policy import (
    AppliesTo,
    AssessmentKind,
    ImpactAssessment,
    IvrAnnouncement,
    Policy,
    WorksCouncil,
)
from supervisor_app.domain.policy_check import MissingItem, missing_items, policy_warnings
from supervisor_app.domain.policy_schema import Count, OptionalCount, walk
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalText
from tests.policy_samples import (
    ALL_DOCUMENTS,
    COMPLETE,
    DISPUTE,
    TODAY,
    TRAINING,
    both,
    with_attestation,
    with_purpose,
    with_section,
)

replace = dataclasses.replace
BOTH = ("nl", "en")


def items(policy: Policy, today: dt.date | None = TODAY) -> list[MissingItem]:
    return missing_items(policy, ALL_DOCUMENTS, languages=BOTH, today=today)


def keys(policy: Policy, today: dt.date | None = TODAY) -> list[str]:
    return [item.key for item in items(policy, today)]


def words(n: int) -> LocalText:
    """A text of exactly n words of substance, in both languages."""
    return both(" ".join(["woord"] * n), " ".join(["word"] * n))


def the_only(policy: Policy, key: str) -> str:
    """The sentence of the one item, which must be for key; it says why, as a sentence."""
    found = items(policy)
    assert [item.key for item in found] == [key]
    text = found[0].text
    assert text[0].isupper() and text.endswith("."), text
    return text


def test_the_sample_policy_is_plausible() -> None:
    assert items(COMPLETE) == []
    assert policy_warnings(COMPLETE, ALL_DOCUMENTS, languages=BOTH, today=TODAY) == []


# --- dates that have not come yet ------------------------------------------------------------

DAY_AFTER = TODAY + dt.timedelta(days=1)
DATES: list[tuple[str, Callable[[dt.date], Policy], str]] = [
    (
        "consent",
        lambda day: with_attestation("works_council", WorksCouncil(day, "OR-1"))(COMPLETE),
        "attestations.works_council.consent_date",
    ),
    (
        "dpia",
        lambda day: with_attestation("dpia", ImpactAssessment(AssessmentKind.DPIA, day, "D-1"))(
            COMPLETE
        ),
        "attestations.dpia.date",
    ),
    (
        "announcement",
        lambda day: with_attestation("ivr_announcement", IvrAnnouncement(True, day))(COMPLETE),
        "attestations.ivr_announcement.date",
    ),
]


@pytest.mark.parametrize(("make", "key"), [pytest.param(m, k, id=n) for n, m, k in DATES])
def test_a_date_in_the_future_is_refused(make: Callable[[dt.date], Policy], key: str) -> None:
    assert keys(make(TODAY)) == []
    text = the_only(make(DAY_AFTER), key)
    assert "future" in text and DAY_AFTER.isoformat() in text


def test_a_staff_regulation_may_enter_into_force_later() -> None:
    later = with_section("regulation", entry_into_force=DAY_AFTER)(COMPLETE)
    assert keys(later) == []


# --- retention over a year -------------------------------------------------------------------


def test_a_year_of_retention_needs_no_reason() -> None:
    assert keys(with_purpose(retention_days=365)(COMPLETE)) == []


def test_more_than_a_year_needs_a_reason() -> None:
    text = the_only(
        with_purpose(retention_days=366)(COMPLETE), "purposes[training].retention_reason"
    )
    assert "366 days" in text and "longer than a year" in text


def test_a_reason_of_substance_allows_a_longer_retention() -> None:
    assert keys(with_purpose(retention_days=366, retention_reason=words(8))(COMPLETE)) == []
    text = the_only(
        with_purpose(retention_days=366, retention_reason=words(7))(COMPLETE),
        "purposes[training].retention_reason",
    )
    assert "too short" in text


def test_a_reason_in_one_language_only_is_not_enough() -> None:
    reason = LocalText(nl="Geschillen lopen vaak langer dan een jaar door bij de rechter.")
    policy = with_purpose(retention_days=400, retention_reason=reason)(COMPLETE)
    [item] = items(policy)
    assert item.key == "purposes[training].retention_reason"
    assert item.languages == ("en",)
    assert item.text.endswith("It is still missing in English.")


# --- a large sample --------------------------------------------------------------------------


def test_twenty_percent_needs_no_reason() -> None:
    assert keys(with_section("sampling", rate=0.20)(COMPLETE)) == []


def test_more_than_twenty_percent_needs_a_reason() -> None:
    text = the_only(with_section("sampling", rate=0.21)(COMPLETE), "sampling.reason")
    assert "21 %" in text and "more than 20 %" in text
    assert keys(with_section("sampling", rate=0.21, reason=words(8))(COMPLETE)) == []


def test_a_weekly_cap_of_25_needs_no_reason() -> None:
    assert keys(with_section("sampling", max_per_agent_per_week=25)(COMPLETE)) == []


def test_a_weekly_cap_above_25_needs_a_reason() -> None:
    text = the_only(
        with_section("sampling", max_per_agent_per_week=26)(COMPLETE), "sampling.reason"
    )
    assert "26 calls" in text
    assert (
        keys(with_section("sampling", max_per_agent_per_week=26, reason=words(8))(COMPLETE)) == []
    )
    short = with_section("sampling", max_per_agent_per_week=26, reason=words(7))(COMPLETE)
    assert "too short" in the_only(short, "sampling.reason")


# --- explanations that say nothing -----------------------------------------------------------

EXPLANATIONS: list[tuple[str, int, Callable[[LocalText], Policy], str]] = [
    (
        "basis explanation",
        8,
        lambda text: with_purpose(basis_explanation=text)(COMPLETE),
        "purposes[training].basis_explanation",
    ),
    (
        "necessity",
        8,
        lambda text: with_purpose(necessity=text)(COMPLETE),
        "purposes[training].necessity",
    ),
    (
        "works council exemption",
        5,
        lambda text: with_attestation("works_council", WorksCouncil(not_applicable_reason=text))(
            COMPLETE
        ),
        "attestations.works_council.not_applicable_reason",
    ),
    (
        "security statement",
        12,
        lambda text: with_attestation("security_statement", text)(COMPLETE),
        "attestations.security_statement",
    ),
    (
        "evaluation",
        4,
        lambda text: with_section("regulation", evaluation=text)(COMPLETE),
        "regulation.evaluation",
    ),
    (
        "recipients",
        4,
        lambda text: with_section("register", recipients=text)(COMPLETE),
        "register.recipients",
    ),
]


@pytest.mark.parametrize(
    ("enough", "make", "key"), [pytest.param(w, m, k, id=n) for n, w, m, k in EXPLANATIONS]
)
def test_an_explanation_needs_a_few_words(
    enough: int, make: Callable[[LocalText], Policy], key: str
) -> None:
    assert keys(make(words(enough))) == []
    text = the_only(make(words(enough - 1)), key)
    assert "too short" in text and f"at least {enough} words" in text


def test_a_single_letter_is_not_an_explanation() -> None:
    policy = with_attestation("works_council", WorksCouncil(not_applicable_reason=both("x")))(
        COMPLETE
    )
    assert "“x”" in the_only(policy, "attestations.works_council.not_applicable_reason")


@pytest.mark.parametrize(
    ("field", "value"),
    [("contact", "x"), ("privacy_officer_contact", "ask M."), ("privacy_officer", "x")],
)
def test_an_address_or_name_of_nonsense_is_refused(field: str, value: str) -> None:
    text = the_only(
        with_section("organisation", **{field: value})(COMPLETE), f"organisation.{field}"
    )
    assert f"“{value}”" in text


@pytest.mark.parametrize(
    "contact", ["privacy@voorbeeld.nl", "020 123 45 67", "Postbus 12, 1000 AB Amsterdam"]
)
def test_an_address_a_person_can_use_is_accepted(contact: str) -> None:
    assert keys(with_section("organisation", contact=contact)(COMPLETE)) == []


# --- a DPIA, not a risk assessment -----------------------------------------------------------


def test_a_risk_assessment_is_refused_in_place_of_a_dpia() -> None:
    dpia = ImpactAssessment(AssessmentKind.RISK_ASSESSMENT, dt.date(2026, 1, 1), "RA-1")
    text = the_only(with_attestation("dpia", dpia)(COMPLETE), "attestations.dpia.kind")
    assert "systematic monitoring of employees" in text and "DPIA" in text


# --- purposes only for calls the scope knows -------------------------------------------------


def test_a_purpose_for_a_queue_outside_the_scope_is_refused() -> None:
    outside = with_purpose(applies_to=AppliesTo(queues=("400", "402")))(COMPLETE)
    assert "(402)" in the_only(outside, "purposes[training].applies_to")
    inside = with_purpose(applies_to=AppliesTo(queues=("400",)))(COMPLETE)
    assert keys(inside) == []


def test_a_purpose_for_a_campaign_outside_the_scope_is_refused() -> None:
    policy = replace(
        COMPLETE, purposes=(TRAINING, replace(DISPUTE, applies_to=AppliesTo(campaigns=("gala",))))
    )
    assert "(gala)" in the_only(policy, "purposes[dispute].applies_to")
    # A campaign counts as known by its context as well as by its account code.
    known = with_section("scope", campaign_contexts=("gala",))(policy)
    assert keys(known) == []


# --- protected numbers: allowed to be empty, but worth a word ---------------------------------


def test_no_protected_numbers_is_allowed_but_warned() -> None:
    policy = with_section("scope", protected_numbers=())(COMPLETE)
    assert keys(policy) == []
    [warning] = policy_warnings(policy, ALL_DOCUMENTS, languages=BOTH, today=TODAY)
    assert warning.key == "scope.protected_numbers" and warning.warning
    assert "confidential counsellor" in warning.text


# --- upper bounds on every number ------------------------------------------------------------

NUMBERS = [(key, spec) for key, spec in walk(Policy) if isinstance(spec, Count | OptionalCount)]


def _with_number(key: str, value: int) -> Policy:
    if key.startswith("purposes[]."):
        return with_purpose(**{key.removeprefix("purposes[]."): value})(COMPLETE)
    base = COMPLETE
    if key == "sampling.min_per_agent_per_week":
        # The fewest may not exceed the most, and so many calls need a reason.
        base = with_section("sampling", max_per_agent_per_week=1000, reason=words(8))(base)
    *sections, name = key.split(".")
    holder: object = base
    chain: list[object] = [base]
    for section in sections:
        holder = getattr(holder, section)
        chain.append(holder)
    new: object = replace(chain[-1], **{name: value})  # type: ignore[type-var]
    for section, parent in zip(reversed(sections), reversed(chain[:-1]), strict=True):
        new = replace(parent, **{section: new})  # type: ignore[type-var]
    assert isinstance(new, Policy)
    return new


def test_every_number_of_the_policy_has_an_upper_bound() -> None:
    assert {key for key, _ in NUMBERS} >= {
        "purposes[].retention_days",
        "sampling.max_per_agent_per_week",
        "sampling.min_per_agent_per_week",
        "notification.deadline_days_after_listen",
        "notification.deadline_days_after_sampling",
        "attestations.source_retention.days",
    }
    assert all(0 < spec.maximum < 100_000 for _, spec in NUMBERS)


@pytest.mark.parametrize(("key", "spec"), NUMBERS, ids=[key for key, _ in NUMBERS])
def test_a_number_above_its_bound_is_refused(key: str, spec: Count | OptionalCount) -> None:
    checked = key.replace("purposes[]", "purposes[training]")
    at_most = _with_number(key, spec.maximum)
    assert checked not in keys(at_most)
    over = items(_with_number(key, spec.maximum + 1))
    found = [item for item in over if item.key == checked]
    assert found, f"{key} above {spec.maximum} was not refused"
    assert str(spec.maximum) in found[0].text


# --- every text in every language the agents read --------------------------------------------


def test_a_text_missing_in_an_agents_language_keeps_the_policy_incomplete() -> None:
    policy = with_purpose(title=LocalText(nl="Coaching"))(COMPLETE)
    assert missing_items(policy, ALL_DOCUMENTS, languages=("nl",), today=TODAY) == []
    [item] = missing_items(policy, ALL_DOCUMENTS, languages=("nl", "en"), today=TODAY)
    assert (item.key, item.languages) == ("purposes[training].title", ("en",))


def test_the_main_language_is_always_needed() -> None:
    policy = with_purpose(title=LocalText(en="Coaching"))(COMPLETE)
    [item] = missing_items(policy, ALL_DOCUMENTS, today=TODAY)
    assert (item.key, item.languages) == ("purposes[training].title", ("nl",))


def test_a_coaching_purpose_may_not_keep_recordings_as_evidence() -> None:
    # Scores and notes belong to coaching only (R5): never in a dispute's case file.
    evidence = with_purpose(hold_roles=(Role.TEAM_LEAD,))(COMPLETE)
    assert TRAINING.coaching
    text = the_only(evidence, "purposes[training].coaching")
    assert "evidence" in text and "coaching" in text
    assert keys(with_purpose(coaching=False, hold_roles=(Role.TEAM_LEAD,))(COMPLETE)) == []

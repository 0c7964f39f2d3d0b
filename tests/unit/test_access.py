"""The access gate: no combination of user, recording, purpose and state outside the rules."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supervisor_app.domain.access import (
    Allowed,
    Denied,
    Hold,
    KeptFor,
    RecordingFacts,
    allowed_purposes,
    decide,
)
from supervisor_app.domain.people import RoleGrant, User
from supervisor_app.domain.policy import Policy, Purpose
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalText

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)
TEAMS = (1, 2, 3)
PURPOSE_IDS = ("training", "dispute", "quality")
STATUSES = ("held", "private_destroyed", "purged", "erased")

TRAINING = Purpose(
    id="training",
    title=LocalText(en="Training"),
    listener_roles=(Role.TEAM_LEAD, Role.QUALITY_COACH),
)
DISPUTE = Purpose(id="dispute", title=LocalText(en="Disputes"), listener_roles=(Role.TEAM_LEAD,))
POLICY = Policy(purposes=(TRAINING, DISPUTE))


def user(*grants: tuple[Role, int | None]) -> User:
    return User(1, "bram", "Bram", frozenset(RoleGrant(r, t) for r, t in grants))


def recording(
    team: int = 1,
    status: str = "held",
    kept: tuple[tuple[str, dt.timedelta], ...] = (("training", 10 * DAY),),
    holds: tuple[str, ...] = (),
    private: bool = False,
) -> RecordingFacts:
    return RecordingFacts(
        id=7,
        agent_id=3,
        team_id=team,
        status=status,
        kept_for=tuple(KeptFor(p, NOW + left) for p, left in kept),
        holds=tuple(Hold(p, f"case-{p}") for p in holds),
        private=private,
    )


def lawful(
    who: User,
    rec: RecordingFacts,
    purpose_id: str,
    policy: Policy,
    now: dt.datetime,
    complete: bool,
) -> bool:
    """COMPLIANCE.md's rule, written out again independently of the gate's code."""
    matching = [p for p in policy.purposes if p.id == purpose_id]
    if not complete or not matching:
        return False
    purpose = matching[0]
    if rec.status != "held" or rec.private:
        return False
    kept = [k for k in rec.kept_for if k.purpose_id == purpose_id]
    still_kept = any(k.retain_until > now for k in kept)
    # A hold keeps a recording past its deadline only for a purpose it was stored for (R5).
    on_hold = bool(kept) and any(h.purpose_id == purpose_id for h in rec.holds)
    if not (still_kept or on_hold):
        return False
    listeners = {Role.TEAM_LEAD, Role.QUALITY_COACH} & set(purpose.listener_roles)
    return any(g.role in listeners and g.team_id == rec.team_id for g in who.grants)


# --- the matrix --------------------------------------------------------------------------------

grants = st.frozensets(
    st.one_of(
        st.tuples(st.sampled_from([Role.TEAM_LEAD, Role.QUALITY_COACH]), st.sampled_from(TEAMS)),
        st.tuples(st.sampled_from([Role.ADMINISTRATOR, Role.AUDITOR]), st.none()),
    ),
    max_size=4,
)
users = grants.map(lambda gs: User(1, "u", "U", frozenset(RoleGrant(r, t) for r, t in gs)))
offsets = st.sampled_from([-30 * DAY, -DAY, -dt.timedelta(seconds=1), dt.timedelta(0), DAY])
recordings = st.builds(
    RecordingFacts,
    id=st.just(7),
    agent_id=st.just(3),
    team_id=st.sampled_from(TEAMS),
    status=st.sampled_from(STATUSES),
    kept_for=st.lists(
        st.builds(KeptFor, st.sampled_from(PURPOSE_IDS), offsets.map(lambda o: NOW + o)),
        max_size=3,
    ).map(tuple),
    holds=st.lists(
        st.builds(Hold, st.sampled_from(PURPOSE_IDS), st.just("case-1")), max_size=2
    ).map(tuple),
    private=st.booleans(),
)
# Policies may even name administrator or auditor as listeners: the gate must not follow them.
purposes = st.builds(
    Purpose,
    id=st.sampled_from(PURPOSE_IDS),
    title=st.sampled_from([LocalText(), LocalText(en="Some title")]),
    listener_roles=st.lists(st.sampled_from(list(Role)), max_size=4, unique=True).map(tuple),
)
policies = st.lists(purposes, max_size=3, unique_by=lambda p: p.id).map(
    lambda ps: Policy(purposes=tuple(ps))
)


@settings(max_examples=3000, deadline=None)
@given(
    who=users,
    rec=recordings,
    purpose_id=st.sampled_from([*PURPOSE_IDS, "unknown"]),
    policy=policies,
    complete=st.booleans(),
)
def test_the_gate_allows_exactly_what_the_rules_allow(
    who: User, rec: RecordingFacts, purpose_id: str, policy: Policy, complete: bool
) -> None:
    decision = decide(who, rec, purpose_id, policy, NOW, policy_complete=complete)

    assert isinstance(decision, Allowed) == lawful(who, rec, purpose_id, policy, NOW, complete)
    if isinstance(decision, Allowed):
        assert decision.role in (Role.TEAM_LEAD, Role.QUALITY_COACH)
        assert rec.team_id in who.teams_for(decision.role)
        assert any(decision.role in p.listener_roles for p in policy.purposes if p.id == purpose_id)
    else:
        assert decision.reason.endswith(".") and decision.code


@settings(max_examples=500, deadline=None)
@given(who=users, rec=recordings, policy=policies, complete=st.booleans())
def test_the_dialog_offers_exactly_the_allowed_purposes(
    who: User, rec: RecordingFacts, policy: Policy, complete: bool
) -> None:
    offered = allowed_purposes(who, rec, policy, NOW, policy_complete=complete)

    assert [p.id for p in offered] == [
        p.id for p in policy.purposes if lawful(who, rec, p.id, policy, NOW, complete)
    ]


# --- explicit cases ----------------------------------------------------------------------------

LEAD_1 = user((Role.TEAM_LEAD, 1))
COACH_1 = user((Role.QUALITY_COACH, 1))


def test_a_team_lead_of_the_agents_team_may_listen_for_a_purpose_it_is_kept_for() -> None:
    assert decide(LEAD_1, recording(), "training", POLICY, NOW, policy_complete=True) == Allowed(
        "training", Role.TEAM_LEAD
    )


@pytest.mark.parametrize(
    ("who", "rec", "purpose_id", "complete", "code", "words"),
    [
        (LEAD_1, recording(), "training", False, "policy_incomplete", "not complete"),
        (user((Role.ADMINISTRATOR, None)), recording(), "training", True, "no_listener_role", ""),
        (user((Role.AUDITOR, None)), recording(), "training", True, "no_listener_role", ""),
        (LEAD_1, recording(), "marketing", True, "unknown_purpose", "“marketing”"),
        (COACH_1, recording(), "dispute", True, "role_not_allowed", "“Disputes”"),
        (LEAD_1, recording(), "dispute", True, "purpose_not_held", "not kept for “Disputes”"),
        (
            LEAD_1,
            recording(kept=(("training", -DAY),)),
            "training",
            True,
            "retention_passed",
            "has passed",
        ),
        (
            LEAD_1,
            recording(kept=(("training", dt.timedelta(0)),)),
            "training",
            True,
            "retention_passed",
            "has passed",
        ),
        (LEAD_1, recording(team=2), "training", True, "other_team", "not in a team"),
        (LEAD_1, recording(status="purged"), "training", True, "not_held", "deleted"),
        (LEAD_1, recording(status="erased"), "training", True, "not_held", "erased"),
        (LEAD_1, recording(status="private_destroyed"), "training", True, "not_held", "private"),
        (LEAD_1, recording(private=True), "training", True, "not_held", "private"),
    ],
)
def test_each_denial_names_its_reason(
    who: User, rec: RecordingFacts, purpose_id: str, complete: bool, code: str, words: str
) -> None:
    decision = decide(who, rec, purpose_id, POLICY, NOW, policy_complete=complete)

    assert isinstance(decision, Denied)
    assert decision.code == code
    assert words in decision.reason


def test_an_administrator_who_is_also_a_team_lead_listens_as_team_lead() -> None:
    both = user((Role.ADMINISTRATOR, None), (Role.TEAM_LEAD, 1))
    decision = decide(both, recording(), "training", POLICY, NOW, policy_complete=True)
    assert decision == Allowed("training", Role.TEAM_LEAD)


def test_the_team_must_be_granted_for_the_role_the_purpose_allows() -> None:
    # Coach for team 1, lead for team 2: disputes of team 1 need a *lead* of team 1.
    mixed = user((Role.QUALITY_COACH, 1), (Role.TEAM_LEAD, 2))
    rec = recording(kept=(("dispute", DAY),))
    decision = decide(mixed, rec, "dispute", POLICY, NOW, policy_complete=True)
    assert isinstance(decision, Denied) and decision.code == "other_team"


def test_a_hold_naming_the_purpose_keeps_it_audible_after_retention() -> None:
    rec = recording(kept=(("dispute", -DAY),), holds=("dispute",))
    assert isinstance(decide(LEAD_1, rec, "dispute", POLICY, NOW, policy_complete=True), Allowed)
    other = recording(kept=(("training", -DAY),), holds=("dispute",))
    assert isinstance(decide(LEAD_1, other, "training", POLICY, NOW, policy_complete=True), Denied)


def test_a_policy_naming_an_administrator_as_listener_opens_nothing() -> None:
    policy = Policy(purposes=(Purpose(id="training", listener_roles=(Role.ADMINISTRATOR,)),))
    admin = user((Role.ADMINISTRATOR, None), (Role.QUALITY_COACH, 1))
    decision = decide(admin, recording(), "training", policy, NOW, policy_complete=True)
    assert isinstance(decision, Denied) and decision.code == "role_not_allowed"


def test_allowed_purposes_follow_the_policys_order() -> None:
    rec = recording(kept=(("dispute", DAY), ("training", DAY)))
    offered = allowed_purposes(LEAD_1, rec, POLICY, NOW, policy_complete=True)
    assert [p.id for p in offered] == ["training", "dispute"]
    assert allowed_purposes(COACH_1, rec, POLICY, NOW, policy_complete=True) == [TRAINING]
    assert allowed_purposes(LEAD_1, rec, POLICY, NOW, policy_complete=False) == []

"""Roles, role grants and the validation of users, teams and agents in the domain."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supervisor_app.domain.errors import InputError
from supervisor_app.domain.people import (
    RoleGrant,
    User,
    check_agent,
    check_grants,
    check_team_name,
    check_user_name,
)
from supervisor_app.domain.roles import Role, parse_role

# --- roles --------------------------------------------------------------------------------


def test_the_four_roles() -> None:
    assert {r.value for r in Role} == {"administrator", "team_lead", "quality_coach", "auditor"}


@pytest.mark.parametrize(
    ("role", "scoped"),
    [
        (Role.ADMINISTRATOR, False),
        (Role.TEAM_LEAD, True),
        (Role.QUALITY_COACH, True),
        (Role.AUDITOR, False),
    ],
)
def test_only_listener_roles_are_team_scoped_and_may_listen(role: Role, scoped: bool) -> None:
    assert role.team_scoped is scoped
    assert role.may_listen is scoped


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("team_lead", Role.TEAM_LEAD),
        ("team-lead", Role.TEAM_LEAD),
        (" Team-Lead ", Role.TEAM_LEAD),
        ("AUDITOR", Role.AUDITOR),
        ("quality-coach", Role.QUALITY_COACH),
        ("administrator", Role.ADMINISTRATOR),
    ],
)
def test_roles_parse_as_people_type_them(text: str, role: Role) -> None:
    assert parse_role(text) is role


@pytest.mark.parametrize("text", ["", "admin", "boss", "team lead", "listener"])
def test_unknown_roles_list_the_valid_ones(text: str) -> None:
    with pytest.raises(InputError, match="administrator, team_lead, quality_coach, auditor"):
        parse_role(text)


# --- what a user may see ------------------------------------------------------------------


def _user(*grants: RoleGrant) -> User:
    return User(1, "u", "U", frozenset(grants))


def test_team_leads_and_coaches_see_only_their_teams() -> None:
    lead = _user(RoleGrant(Role.TEAM_LEAD, 1))
    coach = _user(RoleGrant(Role.QUALITY_COACH, 1), RoleGrant(Role.QUALITY_COACH, 2))
    both = _user(RoleGrant(Role.TEAM_LEAD, 1), RoleGrant(Role.QUALITY_COACH, 3))
    assert lead.visible_team_ids() == frozenset({1})
    assert coach.visible_team_ids() == frozenset({1, 2})
    assert both.visible_team_ids() == frozenset({1, 3})
    assert both.teams_for(Role.TEAM_LEAD) == frozenset({1})
    assert both.teams_for(Role.QUALITY_COACH) == frozenset({3})
    assert both.roles == frozenset({Role.TEAM_LEAD, Role.QUALITY_COACH})


def test_administrators_and_auditors_see_every_team() -> None:
    assert _user(RoleGrant(Role.ADMINISTRATOR)).visible_team_ids() is None
    assert _user(RoleGrant(Role.AUDITOR)).visible_team_ids() is None
    assert _user(RoleGrant(Role.AUDITOR), RoleGrant(Role.TEAM_LEAD, 1)).visible_team_ids() is None


def test_a_user_without_roles_sees_nothing() -> None:
    user = _user()
    assert user.visible_team_ids() == frozenset()
    assert not user.is_administrator
    assert not any(user.has(r) for r in Role)


_grants = st.lists(
    st.builds(
        RoleGrant,
        st.sampled_from(list(Role)),
        st.one_of(st.none(), st.integers(1, 6)),
    ),
    max_size=6,
)


@given(_grants)
def test_visible_teams_follow_from_the_grants(grants: list[RoleGrant]) -> None:
    user = _user(*grants)
    roles = {g.role for g in grants}
    visible = user.visible_team_ids()
    if Role.ADMINISTRATOR in roles or Role.AUDITOR in roles:
        assert visible is None
    else:
        assert visible == frozenset(g.team_id for g in grants if g.team_id is not None)
    assert user.is_administrator == (Role.ADMINISTRATOR in roles)


@given(_grants)
def test_checked_grants_are_valid_and_stable(grants: list[RoleGrant]) -> None:
    try:
        checked = check_grants(grants)
    except InputError:
        assert not grants or any(g.role.team_scoped and g.team_id is None for g in grants)
        return
    assert checked
    assert {g.role for g in checked} == {g.role for g in grants}
    for grant in checked:
        assert (grant.team_id is not None) == grant.role.team_scoped
    assert check_grants(list(checked)) == checked


def test_grants_need_a_role_and_scoped_roles_need_a_team() -> None:
    with pytest.raises(InputError, match="at least one role"):
        check_grants([])
    with pytest.raises(InputError, match="team_lead"):
        check_grants([RoleGrant(Role.TEAM_LEAD)])
    # A team given with a whole-vault role is dropped, never used to limit it.
    assert check_grants([RoleGrant(Role.AUDITOR, 4)]) == frozenset({RoleGrant(Role.AUDITOR)})


# --- names, teams and agents --------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("anna", "anna"), ("  Anna de Vries ", "Anna de Vries"), ("j.o'brien-2", "j.o'brien-2")],
)
def test_user_names_are_trimmed(typed: str, kept: str) -> None:
    assert check_user_name(typed) == kept


@pytest.mark.parametrize(
    "bad", ["", "   ", "recovery", "Recovery", " RECOVERY ", "a" * 65, "anna/..", "x\ny", "a;b"]
)
def test_bad_user_names_are_refused(bad: str) -> None:
    with pytest.raises(InputError):
        check_user_name(bad)


def test_team_names() -> None:
    assert check_team_name("  Team Noord ") == "Team Noord"
    for bad in ("", "  ", "x" * 65):
        with pytest.raises(InputError, match="team name"):
            check_team_name(bad)


def test_agents_are_cleaned() -> None:
    name, exts, mail = check_agent(" Fatima ", [" 201", "", "201", "*12#", "+31"], " f@x.nl ")
    assert (name, exts, mail) == ("Fatima", ("201", "*12#", "+31"), "f@x.nl")
    assert check_agent("Gert", ["202"], "  ")[2] is None
    assert check_agent("Gert", ["202"], None)[2] is None


@pytest.mark.parametrize(
    ("name", "extensions", "email", "words"),
    [
        ("", ["201"], None, "name"),
        ("x" * 101, ["201"], None, "name"),
        ("Gert", [], None, "extension"),
        ("Gert", ["  "], None, "extension"),
        ("Gert", ["20a"], None, "20a"),
        ("Gert", ["2" * 21], None, "extension"),
        ("Gert", ["201"], "not-an-address", "e-mail"),
        ("Gert", ["201"], "a@b", "e-mail"),
    ],
)
def test_bad_agents_are_refused(
    name: str, extensions: list[str], email: str | None, words: str
) -> None:
    with pytest.raises(InputError, match=words):
        check_agent(name, extensions, email)

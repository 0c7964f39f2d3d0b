"""Reading an agents list from HR and comparing it with the vault's agents (no vault needed)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supervisor_app.domain.agent_roster import plan_roster, read_roster
from supervisor_app.domain.errors import InputError
from supervisor_app.domain.people import Agent, Language

HEADER = "extension,name,team,email,language\n"


def agent(
    agent_id: int,
    extensions: tuple[str, ...],
    name: str,
    team: str = "Team Noord",
    *,
    email: str | None = None,
    language: Language = Language.NL,
    left_on: dt.date | None = None,
) -> Agent:
    return Agent(agent_id, name, 1, team, extensions, email, language, left_on)


VAULT = [
    agent(1, ("201",), "Fatima El Amrani", email="fatima@example.nl"),
    agent(2, ("202", "212"), "Gert van Dijk"),
    agent(3, ("204",), "Ivo de Boer", "Team Zuid"),
    agent(4, ("205",), "Lotte Smit", "Team Zuid", left_on=dt.date(2026, 1, 31)),
]
TEAMS = ["Team Noord", "Team Zuid"]


def test_a_clean_list_is_read_with_every_column() -> None:
    roster = read_roster(
        HEADER
        + "201,Fatima El Amrani,Team Noord,fatima@example.nl,nl\n"
        + '"202 212","van Dijk, Gert",Team Noord,,EN\n'
        + "\n"
        + "300,Nieuwe Collega,Team West,,\n"
    )
    assert roster.errors == ()
    assert [(r.line, r.extensions, r.name, r.team, r.email, r.language) for r in roster.rows] == [
        (2, ("201",), "Fatima El Amrani", "Team Noord", "fatima@example.nl", Language.NL),
        (3, ("202", "212"), "van Dijk, Gert", "Team Noord", None, Language.EN),
        (5, ("300",), "Nieuwe Collega", "Team West", None, Language.NL),
    ]


def test_a_dutch_spreadsheet_with_semicolons_and_dutch_headings_is_read() -> None:
    text = "\ufeffNaam;Toestel;Team;E-mail;Taal\nFatima El Amrani;201;Team Noord;;Nederlands\n"
    roster = read_roster(text)
    assert roster.errors == ()
    assert roster.rows[0].extensions == ("201",) and roster.rows[0].language is Language.NL


def test_every_bad_line_is_named_in_one_sentence() -> None:
    roster = read_roster(
        HEADER
        + "201,Fatima El Amrani,Team Noord,,nl\n"
        + "abc,Gert van Dijk,Team Noord,,nl\n"  # line 3: no extension
        + "204,,Team Zuid,,nl\n"  # line 4: no name
        + "205,Lotte Smit,Team Zuid,lotte-at-example,nl\n"  # line 5: e-mail
        + "206,Sam de Wit,Team Zuid,,de\n"  # line 6: language
        + "201,Nog Iemand,Team Zuid,,nl\n"  # line 7: extension of line 2
        + "207,Anna Bos,,,nl\n"  # line 8: no team
    )
    assert [e.line for e in roster.errors] == [3, 4, 5, 6, 7, 8]
    for error in roster.errors:
        text = error.text
        assert text.startswith(f"Line {error.line}: ")
        assert "\n" not in text and text.endswith(".")
    assert "“abc” is not a telephone extension" in roster.errors[0].text
    assert "also on line 2" in roster.errors[4].text
    assert [r.line for r in roster.rows] == [2]


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "name,team\nFatima,Team Noord\n", "extension;naam\n201;Fatima\n"],
)
def test_a_list_without_the_columns_it_needs_is_refused_as_a_whole(text: str) -> None:
    with pytest.raises(InputError) as caught:
        read_roster(text)
    assert "\n" not in caught.value.message


def test_the_plan_lists_added_changed_unchanged_missing_and_new_teams() -> None:
    roster = read_roster(
        HEADER
        + "201,Fatima El Amrani,Team Noord,fatima@example.nl,nl\n"  # unchanged
        + "202 212,Gert van Dijk,Team Zuid,,en\n"  # moves team and language
        + "300,Nieuwe Collega,Team West,,nl\n"  # new, in a new team
        + "205,Lotte Smit,Team Zuid,,nl\n"  # had left: back again
    )
    plan = plan_roster(roster, VAULT, TEAMS)
    assert plan.importable and plan.changes_anything
    assert [r.name for r in plan.added] == ["Nieuwe Collega"]
    assert {u.agent.id: u.changes for u in plan.changed} == {
        2: ("team", "language"),
        4: ("returns",),
    }
    assert [a.id for a in plan.unchanged] == [1]
    assert [a.id for a in plan.missing] == [3]  # Ivo is not on the list: listed, not deleted
    assert plan.new_teams == ("Team West",)


def test_a_line_naming_two_agents_or_an_agent_twice_is_an_error() -> None:
    two_agents = read_roster(HEADER + "201 204,Fatima El Amrani,Team Noord,,nl\n")
    plan = plan_roster(two_agents, VAULT, TEAMS)
    assert not plan.importable
    assert "2 different agents" in plan.errors[0].text
    split = read_roster(HEADER + "202,Gert van Dijk,Team Noord,,nl\n212,Gert,Team Noord,,nl\n")
    plan = plan_roster(split, VAULT, TEAMS)
    assert [e.line for e in plan.errors] == [3]
    assert "also on line 2" in plan.errors[0].text


def test_a_vault_for_some_teams_takes_only_their_lines_and_misses_only_their_agents() -> None:
    text = HEADER + "201,Fatima El Amrani,Team Noord,fatima@example.nl,nl\n" + "abc,x,Team Zuid,,\n"
    roster = read_roster(text, teams=["team noord"])
    assert roster.errors == () and roster.other_teams == 1  # the bad line is another team's
    teamless = read_roster(text + "300,Zonder Team,,,nl\n", teams=["Team Noord"])
    assert [e.line for e in teamless.errors] == [4]  # no team is wrong in every vault
    assert roster.listed_teams == ("Team Noord", "Team Zuid")
    plan = plan_roster(roster, VAULT, TEAMS, teams=["Team Noord"])
    assert [a.id for a in plan.missing] == [2]  # Ivo and Lotte belong to another vault
    assert plan.other_teams == 1


def test_an_agent_who_already_left_is_not_listed_as_missing_again() -> None:
    plan = plan_roster(read_roster(HEADER + "201,Fatima El Amrani,Team Noord,,nl\n"), VAULT, TEAMS)
    assert [a.id for a in plan.missing] == [2, 3]
    assert [a.id for a in plan.already_left] == [4]


@given(
    st.lists(
        st.tuples(
            st.text(alphabet="0123456789", min_size=1, max_size=4),
            st.text(alphabet="abcdefghij ", min_size=1, max_size=12).filter(str.strip),
            st.sampled_from(["Team Noord", "Team Zuid", "Team West"]),
        ),
        max_size=12,
    )
)
def test_every_line_ends_either_as_a_row_or_as_an_error(
    lines: list[tuple[str, str, str]],
) -> None:
    text = HEADER + "".join(f"{e},{n},{t},,nl\n" for e, n, t in lines)
    roster = read_roster(text)
    seen = {r.line for r in roster.rows} | {e.line for e in roster.errors}
    assert seen == set(range(2, len(lines) + 2))
    assert not {r.line for r in roster.rows} & {e.line for e in roster.errors}
    plan = plan_roster(roster, VAULT, TEAMS)
    placed = len(plan.added) + len(plan.changed) + len(plan.unchanged)
    bad = {e.line for e in plan.errors}
    assert placed == len([r for r in roster.rows if r.line not in bad])

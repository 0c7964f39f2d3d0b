"""Tests for reading and writing the policy as TOML: validation, round trips, kept comments."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supervisor_app.domain.people import Language
from supervisor_app.domain.policy import (
    MAX_COUNT,
    MAX_DEADLINE_DAYS,
    MAX_RETENTION_DAYS,
    AppliesTo,
    AssessmentKind,
    Attestations,
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
    Requests,
    ResultsUse,
    Sampling,
    SamplingMode,
    Scope,
    SourceRetention,
    WorksCouncil,
)
from supervisor_app.domain.policy_check import missing_items
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalLines, LocalText
from supervisor_app.services.policy_toml import (
    PolicyFileError,
    Problem,
    dump_policy,
    is_empty,
    load_policy,
)

EXAMPLE_PATH = Path(__file__).resolve().parents[2] / "resources" / "policy.example.toml"
EXAMPLE_TEXT = EXAMPLE_PATH.read_text(encoding="utf-8")
EXAMPLE = load_policy(EXAMPLE_TEXT)
BOTH_DOCUMENTS = frozenset({"staff_regulation", "agent_protocol"})
TODAY = dt.date(2026, 12, 1)

replace = dataclasses.replace


def problems_of(text: str) -> list[Problem]:
    with pytest.raises(PolicyFileError) as error:
        load_policy(text)
    return error.value.problems


def comment_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


# --- the example file -----------------------------------------------------------------


def test_example_is_complete_except_for_the_documents() -> None:
    # Complete for agents of both languages: every text exists in Dutch and in English.
    assert [m.key for m in missing_items(EXAMPLE, frozenset(), languages=("nl", "en"))] == [
        "documents.staff_regulation",
        "documents.agent_protocol",
    ]
    assert missing_items(EXAMPLE, BOTH_DOCUMENTS, languages=("nl", "en"), today=TODAY) == []


def test_example_is_two_language_with_dutch_first() -> None:
    training = EXAMPLE.purposes[0]
    assert EXAMPLE.organisation.language is Language.NL
    assert training.title == LocalText(nl="Training en coaching", en="Training and coaching")
    assert training.necessity.get("nl").startswith("Eerst hebben we gecoacht")
    assert EXAMPLE.protocol.expectations.get("nl")[0].startswith("Wees altijd beleefd")
    assert len(EXAMPLE.protocol.expectations.nl) == len(EXAMPLE.protocol.expectations.en)
    # In the file each text is written Dutch first.
    assert EXAMPLE_TEXT.index("necessity.nl") < EXAMPLE_TEXT.index("necessity.en")
    assert EXAMPLE_TEXT.index('{ nl = "Training') > 0


def test_example_states_the_new_fields() -> None:
    assert EXAMPLE.regulation.use_of_results is ResultsUse.FEEDBACK
    assert EXAMPLE.regulation.entry_into_force == dt.date(2026, 4, 1)
    assert EXAMPLE.organisation.privacy_officer_contact
    assert not EXAMPLE.register.recipients.is_blank
    assert EXAMPLE.requests.agent_first_name_to_callers is False


def test_example_describes_the_donor_charity() -> None:
    training, dispute = EXAMPLE.purposes
    assert EXAMPLE.organisation.name == "Stichting Voorbeeld"
    assert (training.id, training.applies_to, training.retention_days) == (
        "training",
        AppliesTo.everything(),
        30,
    )
    assert training.listener_roles == (Role.TEAM_LEAD, Role.QUALITY_COACH)
    assert dispute.id == "dispute"
    assert dispute.applies_to.campaigns and not dispute.applies_to.all_calls
    assert dispute.listener_roles == (Role.TEAM_LEAD,)
    assert dispute.retention_days == 90
    assert dispute.legal_basis is LegalBasis.LEGITIMATE_INTEREST
    assert EXAMPLE.scope.timezone == "Europe/Amsterdam"
    assert EXAMPLE.scope.internal_extensions == ((100, 399),)
    assert len(EXAMPLE.scope.protected_numbers) == 3
    assert EXAMPLE.attestations.works_council.consent_date == dt.date(2026, 3, 12)


def test_continued_lines_read_as_one_text() -> None:
    # The example wraps long texts with a backslash; no newline may end up in the text.
    necessity = EXAMPLE.purposes[0].necessity
    assert "\n" not in necessity.get("en") and "\n" not in necessity.get("nl")
    assert "written call notes and from listening" in necessity.get("en")


# --- writing --------------------------------------------------------------------------


def test_dumping_an_unchanged_policy_over_its_file_changes_nothing() -> None:
    assert dump_policy(EXAMPLE, EXAMPLE_TEXT) == EXAMPLE_TEXT


def test_changed_values_keep_the_files_comments_and_order() -> None:
    training, dispute = EXAMPLE.purposes
    changed = replace(
        EXAMPLE,
        purposes=(
            replace(training, retention_days=21, title=LocalText(nl="Coaching", en="Coaching")),
            replace(dispute, applies_to=AppliesTo(queues=("400",), campaigns=("donor-2026",))),
        ),
        sampling=replace(EXAMPLE.sampling, rate=0.1),
        scope=replace(EXAMPLE.scope, business_queues=("400", "401", "402")),
        protocol=Protocol(
            LocalLines(
                nl=(*EXAMPLE.protocol.expectations.nl, "Val een beller nooit in de rede."),
                en=(*EXAMPLE.protocol.expectations.en, "Never interrupt a caller."),
            )
        ),
    )
    text = dump_policy(changed, EXAMPLE_TEXT)
    assert load_policy(text) == changed
    assert comment_lines(text) == comment_lines(EXAMPLE_TEXT)
    # The comment at the end of a changed line stays; only the privacy officer can reword it.
    [rate_line] = [line for line in text.splitlines() if line.startswith("rate =")]
    assert rate_line.startswith("rate = 0.1 ")
    assert rate_line.endswith("# 5 % of business calls")
    assert "retention_days = 21" in text
    positions = [text.index(f"[{name}]") for name in ("sampling", "scope", "notification")]
    assert positions == sorted(positions)


def test_removing_the_last_purpose_keeps_the_comment_of_the_next_section() -> None:
    changed = replace(EXAMPLE, purposes=EXAMPLE.purposes[:1])
    text = dump_policy(changed, EXAMPLE_TEXT)
    assert load_policy(text) == changed
    assert "# Sampling: how many calls may be heard." in text
    assert text.index("# Sampling: how many") < text.index("[sampling]")
    # The comment inside the removed purpose goes with it.
    assert "# Only calls of the donor campaign" not in text


def test_reordering_purposes_keeps_each_comment_with_what_it_introduces() -> None:
    changed = replace(EXAMPLE, purposes=EXAMPLE.purposes[::-1])
    text = dump_policy(changed, EXAMPLE_TEXT)
    assert load_policy(text) == changed
    assert sorted(comment_lines(text)) == sorted(comment_lines(EXAMPLE_TEXT))
    sampling_comment = text.index("# Sampling: how many")
    assert text.rindex("[[purposes]]") < sampling_comment < text.index("[sampling]")
    dispute_comment = text.index("# Only calls of the donor campaign")
    assert text.index('id = "dispute"') < dispute_comment < text.index('id = "training"')


def test_removing_every_purpose_keeps_the_rest_of_the_file() -> None:
    changed = replace(EXAMPLE, purposes=())
    text = dump_policy(changed, EXAMPLE_TEXT)
    assert load_policy(text) == changed
    assert "[[purposes]]" not in text
    assert "# Sampling: how many calls may be heard." in text


def test_a_fresh_file_reads_back_and_wraps_long_texts() -> None:
    text = dump_policy(EXAMPLE)
    assert load_policy(text) == EXAMPLE
    assert max(len(line) for line in text.splitlines()) <= 100


def test_the_empty_policy_writes_a_file_that_reads_back() -> None:
    assert load_policy(dump_policy(Policy.empty())) == Policy.empty()


def test_dumping_over_a_broken_file_is_refused() -> None:
    with pytest.raises(PolicyFileError):
        dump_policy(EXAMPLE, "[organisation\n")


# Values the reader accepts: the round trip holds for every valid policy.
_TEXT = st.text(max_size=120)
_LOCAL = st.builds(LocalText, _TEXT, _TEXT)
_ENTRY = st.text(min_size=1, max_size=30).filter(str.strip)
_ENTRIES = st.lists(_ENTRY, max_size=3).map(tuple)
_DATES = st.none() | st.dates()
_PURPOSE_IDS = st.from_regex(r"[a-z][a-z0-9_-]{0,8}", fullmatch=True)


def _count(most: int) -> st.SearchStrategy[int]:
    # 0 stands for "not filled in"; the upper ends are the policy's own bounds.
    return st.integers(0, most)


@st.composite
def _purposes(draw: st.DrawFn) -> tuple[Purpose, ...]:
    ids = draw(st.lists(_PURPOSE_IDS, max_size=3, unique=True))
    return tuple(
        Purpose(
            id=purpose_id,
            title=draw(_LOCAL),
            applies_to=draw(
                st.just(AppliesTo())
                | st.just(AppliesTo.everything())
                | st.builds(AppliesTo, queues=_ENTRIES, campaigns=_ENTRIES)
            ),
            legal_basis=draw(st.none() | st.sampled_from(LegalBasis)),
            basis_explanation=draw(_LOCAL),
            necessity=draw(_LOCAL),
            retention_days=draw(_count(MAX_RETENTION_DAYS)),
            retention_reason=draw(_LOCAL),
            listener_roles=tuple(
                draw(st.lists(st.sampled_from([Role.TEAM_LEAD, Role.QUALITY_COACH]), max_size=2))
            ),
            disclose_listener_name=draw(st.booleans()),
        )
        for purpose_id in ids
    )


@st.composite
def _sampling(draw: st.DrawFn) -> Sampling:
    most = draw(st.integers(0, 50))
    return Sampling(
        mode=draw(st.none() | st.sampled_from(SamplingMode)),
        rate=draw(st.just(0.0) | st.floats(0, 1, exclude_min=True)),
        max_per_agent_per_week=most,
        min_per_agent_per_week=draw(st.integers(0, most or 50)),
        reason=draw(_LOCAL),
    )


_RANGE = st.tuples(st.integers(0, 99_999), st.integers(0, 99_999)).map(lambda t: (min(t), max(t)))

VALID_POLICIES = st.builds(
    Policy,
    organisation=st.builds(
        Organisation, _TEXT, st.sampled_from(list(Language)), _TEXT, _TEXT, st.booleans(), _TEXT
    ),
    purposes=_purposes(),
    sampling=_sampling(),
    scope=st.builds(
        Scope,
        st.sampled_from(["", "Europe/Amsterdam", "UTC"]),
        _ENTRIES,
        _ENTRIES,
        _ENTRIES,
        _ENTRIES,
        _ENTRIES,
        st.lists(_RANGE, max_size=3).map(tuple),
    ),
    notification=st.builds(
        Notification,
        _count(MAX_DEADLINE_DAYS),
        _count(MAX_DEADLINE_DAYS),
        st.none() | st.sampled_from(NotificationStyle),
    ),
    attestations=st.builds(
        Attestations,
        _LOCAL,
        st.builds(WorksCouncil, _DATES, _TEXT)
        | st.builds(WorksCouncil, not_applicable_reason=_LOCAL),
        st.builds(ImpactAssessment, st.none() | st.sampled_from(AssessmentKind), _DATES, _TEXT),
        st.builds(IvrAnnouncement, st.booleans(), _DATES),
        st.builds(SourceRetention, st.none() | st.integers(0, 3650), _LOCAL),
    ),
    regulation=st.builds(
        Regulation, st.none() | st.sampled_from(ResultsUse), _DATES, _LOCAL, _LOCAL
    ),
    register=st.builds(Register, _LOCAL, _LOCAL),
    requests=st.builds(Requests, st.booleans()),
    protocol=st.builds(Protocol, st.builds(LocalLines, _ENTRIES, _ENTRIES)),
)

_SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SLOW
@given(VALID_POLICIES)
def test_every_valid_policy_round_trips_through_a_fresh_file(policy: Policy) -> None:
    assert load_policy(dump_policy(policy)) == policy


@_SLOW
@given(VALID_POLICIES)
def test_every_valid_policy_round_trips_over_the_example_file(policy: Policy) -> None:
    text = dump_policy(policy, EXAMPLE_TEXT)
    assert load_policy(text) == policy
    # The file's opening explanation is never touched.
    assert text.startswith(EXAMPLE_TEXT[: EXAMPLE_TEXT.index("[organisation]")])


@_SLOW
@given(VALID_POLICIES, VALID_POLICIES)
def test_a_file_updated_twice_reads_back_the_last_policy(first: Policy, second: Policy) -> None:
    text = dump_policy(first, EXAMPLE_TEXT)
    assert load_policy(dump_policy(second, text)) == second


# --- reading: what may be left out ----------------------------------------------------


def test_an_unfinished_file_loads_and_completeness_says_what_is_left() -> None:
    policy = load_policy('[organisation]\nname = "Stichting Voorbeeld"\n')
    assert policy.organisation.name == "Stichting Voorbeeld"
    keys = [m.key for m in missing_items(policy, BOTH_DOCUMENTS)]
    assert "organisation.contact" in keys and "purposes" in keys


def test_an_empty_file_is_the_blank_policy() -> None:
    assert load_policy("") == Policy()


def test_dates_may_be_written_as_text() -> None:
    text = '[attestations.works_council]\nconsent_date = "2026-03-12"\nreference = "OR-1"\n'
    council = load_policy(text).attestations.works_council
    assert council.consent_date == dt.date(2026, 3, 12)


def test_a_whole_number_rate_is_read_as_a_fraction() -> None:
    assert load_policy("[sampling]\nrate = 1\n").sampling.rate == 1.0


# --- reading: every problem with its key path -----------------------------------------

PURPOSE = '[[purposes]]\nid = "training"\n'

INVALID: list[tuple[str, str, str]] = [
    ("unknown section", '[orgnisation]\nname = "X"\n', "orgnisation"),
    ("unknown key", '[organisation]\nemail = "x@y"\n', "organisation.email"),
    ("text expected", "[organisation]\nname = 5\n", "organisation.name"),
    ("section not a table", "sampling = 5\n", "sampling"),
    ("purposes as a single table", '[purposes]\nid = "x"\n', "purposes"),
    ("unknown purpose key", PURPOSE + "retention = 30\n", "purposes[1].retention"),
    ("consent", PURPOSE + 'legal_basis = "consent"\n', "purposes[1].legal_basis"),
    ("unknown basis", PURPOSE + 'legal_basis = "vital"\n', "purposes[1].legal_basis"),
    ("unknown role", PURPOSE + 'listener_roles = ["boss"]\n', "purposes[1].listener_roles"),
    (
        "role that cannot listen",
        PURPOSE + 'listener_roles = ["administrator"]\n',
        "purposes[1].listener_roles",
    ),
    ("roles not a list", PURPOSE + 'listener_roles = "team_lead"\n', "purposes[1].listener_roles"),
    ("retention as text", PURPOSE + 'retention_days = "30"\n', "purposes[1].retention_days"),
    ("retention zero", PURPOSE + "retention_days = 0\n", "purposes[1].retention_days"),
    ("retention boolean", PURPOSE + "retention_days = true\n", "purposes[1].retention_days"),
    ("retention fraction", PURPOSE + "retention_days = 1.5\n", "purposes[1].retention_days"),
    ("applies_to word", PURPOSE + 'applies_to = "some"\n', "purposes[1].applies_to"),
    (
        "applies_to key",
        PURPOSE + 'applies_to = { queue = ["400"] }\n',
        "purposes[1].applies_to.queue",
    ),
    (
        "disclose as text",
        PURPOSE + 'disclose_listener_name = "yes"\n',
        "purposes[1].disclose_listener_name",
    ),
    ("bad id", '[[purposes]]\nid = "Training"\n', "purposes[1].id"),
    ("duplicate id", PURPOSE + PURPOSE, "purposes[2].id"),
    ("sampling mode", '[sampling]\nmode = "random"\n', "sampling.mode"),
    ("rate above 1", "[sampling]\nrate = 1.5\n", "sampling.rate"),
    ("rate zero", "[sampling]\nrate = 0\n", "sampling.rate"),
    ("rate negative", "[sampling]\nrate = -0.1\n", "sampling.rate"),
    ("rate nan", "[sampling]\nrate = nan\n", "sampling.rate"),
    ("rate as percentage", '[sampling]\nrate = "5%"\n', "sampling.rate"),
    ("no cap", "[sampling]\nmax_per_agent_per_week = 0\n", "sampling.max_per_agent_per_week"),
    ("time zone", '[scope]\ntimezone = "Mars/Olympus"\n', "scope.timezone"),
    ("range", '[scope]\ninternal_extensions = "100-abc"\n', "scope.internal_extensions"),
    ("backwards range", '[scope]\ninternal_extensions = "399-100"\n', "scope.internal_extensions"),
    ("range as number", "[scope]\ninternal_extensions = 100\n", "scope.internal_extensions"),
    ("queues as text", '[scope]\nbusiness_queues = "400"\n', "scope.business_queues"),
    ("queue as number", "[scope]\nbusiness_queues = [400]\n", "scope.business_queues"),
    ("empty queue", '[scope]\nbusiness_queues = [" "]\n', "scope.business_queues"),
    (
        "deadline zero",
        "[notification]\ndeadline_days_after_listen = 0\n",
        "notification.deadline_days_after_listen",
    ),
    ("notice style", '[notification]\nstyle = "daily"\n', "notification.style"),
    (
        "impossible date",
        '[attestations.works_council]\nconsent_date = "2026-13-01"\n',
        "attestations.works_council.consent_date",
    ),
    (
        "date with time",
        "[attestations.works_council]\nconsent_date = 2026-03-12T10:00:00\n",
        "attestations.works_council.consent_date",
    ),
    ("assessment kind", '[attestations.dpia]\nkind = "pia"\n', "attestations.dpia.kind"),
    ("assessment date", "[attestations.dpia]\ndate = 5\n", "attestations.dpia.date"),
    (
        "announcement flag",
        '[attestations.ivr_announcement]\nexists = "yes"\n',
        "attestations.ivr_announcement.exists",
    ),
    ("statement", "[attestations]\nsecurity_statement = []\n", "attestations.security_statement"),
    ("protocol as text", '[protocol]\nexpectations = "Be nice"\n', "protocol.expectations"),
    (
        "retention far too long",
        PURPOSE + "retention_days = 3000000\n",
        "purposes[1].retention_days",
    ),
    (
        "cap far too high",
        "[sampling]\nmax_per_agent_per_week = 10000\n",
        "sampling.max_per_agent_per_week",
    ),
    (
        "deadline too long",
        "[notification]\ndeadline_days_after_listen = 366\n",
        "notification.deadline_days_after_listen",
    ),
    (
        "unknown language",
        PURPOSE + 'title = { nl = "Training", de = "Schulung" }\n',
        "purposes[1].title.de",
    ),
    ("text per language as a number", PURPOSE + "title.en = 5\n", "purposes[1].title.en"),
    (
        "expectations per language as text",
        '[protocol]\nexpectations.nl = "Wees beleefd"\n',
        "protocol.expectations.nl",
    ),
    ("main language", '[organisation]\nlanguage = "de"\n', "organisation.language"),
]


@pytest.mark.parametrize(
    ("text", "key"), [pytest.param(text, key, id=name) for name, text, key in INVALID]
)
def test_each_validation_error_names_its_key_path(text: str, key: str) -> None:
    problems = problems_of(text)
    assert [p.key for p in problems] == [key]
    assert problems[0].text.endswith((".", "?")), problems[0].text


def test_consent_problem_explains_why() -> None:
    [problem] = problems_of(PURPOSE + 'legal_basis = "consent"\n')
    assert "Consent is not a valid legal basis" in problem.text
    assert "employee" in problem.text


def test_unknown_key_suggests_the_nearest_one() -> None:
    [problem] = problems_of("[orgnisation]\n")
    assert "did you mean “organisation”" in problem.text


def test_every_problem_in_the_file_is_reported_at_once() -> None:
    text = """
[organisation]
name = 5
[[purposes]]
id = "training"
legal_basis = "consent"
listener_roles = ["auditor", "nobody"]
[[purposes]]
id = "training"
retention_days = -1
[sampling]
rate = 2
[scope]
timezone = "Nowhere/Town"
internal_extensions = "5-1"
[notification]
style = "sometimes"
[attestations.dpia]
date = "soon"
[protocol]
expectation = ["Be nice"]
"""
    keys = [p.key for p in problems_of(text)]
    assert keys == [
        "organisation.name",
        "purposes[1].legal_basis",
        "purposes[1].listener_roles",
        "purposes[1].listener_roles",
        "purposes[2].id",
        "purposes[2].retention_days",
        "sampling.rate",
        "scope.timezone",
        "scope.internal_extensions",
        "notification.style",
        "attestations.dpia.date",
        "protocol.expectation",
    ]


def test_the_error_message_lists_every_problem() -> None:
    with pytest.raises(PolicyFileError) as error:
        load_policy("[sampling]\nrate = 2\nmode = 'x'\n")
    message = str(error.value)
    assert "sampling.rate: " in message and "sampling.mode: " in message


def test_a_file_that_is_not_toml_is_one_problem_saying_why() -> None:
    [problem] = problems_of('[organisation]\nname = "X"\nname = "Y"\n')
    assert problem.key == ""
    assert 'Key "name" already exists' in problem.text
    [problem] = problems_of("[scope]\ntimezone = Europe/Amsterdam\n")
    assert "line 2" in problem.text


def test_example_with_one_mistake_is_refused_whole() -> None:
    broken = EXAMPLE_TEXT.replace('legal_basis = "legitimate_interest"', 'legal_basis = "consent"')
    keys = [p.key for p in problems_of(broken)]
    assert keys == ["purposes[1].legal_basis", "purposes[2].legal_basis"]


# --- texts per language ----------------------------------------------------------------


def test_a_text_is_written_per_language_inline_or_one_line_each() -> None:
    inline = load_policy(PURPOSE + 'title = { nl = "Coachen", en = "Coaching" }\n')
    dotted = load_policy(PURPOSE + 'title.nl = "Coachen"\ntitle.en = "Coaching"\n')
    assert inline == dotted
    assert inline.purposes[0].title == LocalText(nl="Coachen", en="Coaching")


def test_a_plain_string_counts_as_the_main_language() -> None:
    dutch = load_policy(PURPOSE + 'title = "Coachen"\n')
    assert dutch.purposes[0].title == LocalText(nl="Coachen")
    english = load_policy('[organisation]\nlanguage = "en"\n' + PURPOSE + 'title = "Coaching"\n')
    assert english.purposes[0].title == LocalText(en="Coaching")
    plain_list = load_policy('[protocol]\nexpectations = ["Wees beleefd."]\n')
    assert plain_list.protocol.expectations == LocalLines(nl=("Wees beleefd.",))


def test_a_plain_text_given_a_second_language_keeps_its_place() -> None:
    old = load_policy(PURPOSE + 'title = "Coachen"\nretention_days = 30\n')
    new = replace(
        old,
        purposes=(
            replace(
                old.purposes[0],
                title=LocalText(
                    nl="Coachen van medewerkers aan de telefoon, met opnames uit de steekproef",
                    en="Coaching agents on the telephone, with recordings from the sample",
                ),
            ),
        ),
    )
    text = dump_policy(new, PURPOSE + 'title = "Coachen"\nretention_days = 30\n')
    assert load_policy(text) == new
    lines = text.splitlines()
    assert lines[2].startswith("title.nl = ") and lines[3].startswith("title.en = ")
    assert lines[4] == "retention_days = 30"


def test_a_fresh_file_explains_each_field_in_a_comment() -> None:
    text = dump_policy(EXAMPLE)
    assert "# Counted from the day of the call.\nretention_days = 30" in text
    assert "# What listening back may lead to; the staff regulation says so." in text


def test_consent_and_exemption_together_load_but_are_not_complete() -> None:
    both_given = (
        "[attestations.works_council]\n"
        'consent_date = 2026-03-12\nreference = "OR-1"\nnot_applicable_reason = "No council."\n'
    )
    policy = load_policy(both_given)
    keys = [m.key for m in missing_items(policy, BOTH_DOCUMENTS)]
    assert "attestations.works_council" in keys


def test_a_retention_of_millions_of_days_is_refused_with_a_sentence() -> None:
    [problem] = problems_of(PURPOSE + "retention_days = 3000000\n")
    assert problem.key == "purposes[1].retention_days"
    assert problem.text == "This must be a whole number from 1 to 3650, not 3000000."


@pytest.mark.parametrize(
    ("section", "key", "value", "limits"),
    [
        ('[[purposes]]\nid = "training"', "retention_days", 3_000_000, (1, MAX_RETENTION_DAYS)),
        ('[[purposes]]\nid = "training"', "retention_days", MAX_RETENTION_DAYS + 1, (1, 3650)),
        ("[notification]", "deadline_days_after_listen", MAX_DEADLINE_DAYS + 1, (1, 365)),
        ("[notification]", "deadline_days_after_sampling", 10**12, (1, MAX_DEADLINE_DAYS)),
        ("[sampling]", "max_per_agent_per_week", MAX_COUNT + 1, (1, MAX_COUNT)),
        ("[sampling]", "min_per_agent_per_week", MAX_COUNT + 1, (0, MAX_COUNT)),
        (
            "[attestations.source_retention]",
            "days",
            MAX_RETENTION_DAYS + 1,
            (0, MAX_RETENTION_DAYS),
        ),
    ],
)
def test_numbers_above_their_bound_are_refused(
    section: str, key: str, value: int, limits: tuple[int, int]
) -> None:
    [problem] = problems_of(f"{section}\n{key} = {value}\n")
    assert problem.key.endswith(f".{key}")
    least, most = limits
    assert problem.text == f"This must be a whole number from {least} to {most}, not {value}."


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [
        ('[[purposes]]\nid = "training"', "retention_days", MAX_RETENTION_DAYS),
        ("[notification]", "deadline_days_after_listen", MAX_DEADLINE_DAYS),
        ("[sampling]", "max_per_agent_per_week", MAX_COUNT),
        ("[attestations.source_retention]", "days", MAX_RETENTION_DAYS),
    ],
)
def test_numbers_at_their_bound_are_read(section: str, key: str, value: int) -> None:
    load_policy(f"{section}\n{key} = {value}\n")


@pytest.mark.parametrize("text", ["", "   \n", "# only a comment\n"])
def test_an_empty_file_is_recognised(text: str) -> None:
    assert is_empty(text)
    assert not is_empty('[organisation]\nname = "x"\n')

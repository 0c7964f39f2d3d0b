"""Tests for scope (R9, R8): only business calls of informed agents, each exclusion one reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supervisor_app.domain.calls import CallRecord, Direction
from supervisor_app.domain.people import Agent, Language
from supervisor_app.domain.policy import (
    AppliesTo,
    Attestations,
    IvrAnnouncement,
    Policy,
    Purpose,
    Scope,
    WorksCouncil,
)
from supervisor_app.domain.scope import (
    ExclusionReason,
    ScopeDecision,
    classify,
    count_exclusions,
    is_business_line,
    purposes_for,
)
from supervisor_app.domain.texts import LocalText
from supervisor_app.ingest.pipeline import EXPIRED, plan

SCOPE = Scope(
    timezone="Europe/Amsterdam",
    business_queues=("400", "401"),
    business_numbers=("+31201234500",),
    campaign_contexts=("campaign-outbound",),
    campaign_accountcodes=("donor-2026",),
    protected_numbers=("+31207654321", "030 111 2233"),
    internal_extensions=((100, 399),),
)
TRAINING = Purpose(id="training", applies_to=AppliesTo.everything())
DONORS = Purpose(id="donors", applies_to=AppliesTo(campaigns=("donor-2026",)))
INFO = Purpose(id="info", applies_to=AppliesTo(queues=("401",)))
# The date gates: the works council consented on 1 January 2026, callers hear the
# announcement from 5 January; agents 1 and 3 received the protocol on 5 January.
CONSENT = dt.date(2026, 1, 1)
ANNOUNCED = dt.date(2026, 1, 5)
POLICY = Policy(
    scope=SCOPE,
    purposes=(TRAINING, DONORS, INFO),
    attestations=Attestations(
        works_council=WorksCouncil(consent_date=CONSENT, reference="OR-1"),
        ivr_announcement=IvrAnnouncement(exists=True, date=ANNOUNCED),
    ),
)


def agent(agent_id: int, extension: str, team_id: int = 10) -> Agent:
    return Agent(agent_id, f"Agent {agent_id}", team_id, "Donors", (extension,), None, Language.NL)


AGENTS = {"201": agent(1, "201"), "202": agent(2, "202", team_id=20), "4001": agent(3, "4001")}
# Agent id → the day they first received the protocol; agent 2 has not received the current one.
ACKNOWLEDGED = {1: dt.date(2026, 1, 5), 3: dt.date(2026, 1, 5)}

# An answered inbound call through business queue 400, taken by agent 1, with a recording.
BUSINESS = CallRecord(
    source="asterisk",
    call_id="1768208400.1",
    started_at=dt.datetime(2026, 1, 12, 9, 0, tzinfo=dt.UTC),
    direction=Direction.INBOUND,
    agent_extension="201",
    remote_number="+31612345678",
    remote_raw="0612345678",
    queue="400",
    context="ext-queues",
    answered=True,
    disposition="ANSWERED",
    audio_path=Path("q-400.wav"),
)


def call(**changes: object) -> CallRecord:
    return dataclasses.replace(BUSINESS, **changes)  # type: ignore[arg-type]


def decide(record: CallRecord) -> ScopeDecision:
    return classify(record, POLICY, AGENTS, ACKNOWLEDGED)


def test_a_business_call_of_an_informed_agent_is_in_scope() -> None:
    decision = decide(BUSINESS)
    assert decision.in_scope
    assert (decision.reason, decision.agent_id, decision.team_id) == (None, 1, 10)


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"answered": False, "disposition": "NO ANSWER"}, ExclusionReason.UNANSWERED),
        ({"direction": Direction.INTERNAL, "remote_raw": "202"}, ExclusionReason.INTERNAL),
        # The reader did not know the direction, but both ends are extensions.
        ({"direction": None, "remote_number": None, "remote_raw": "310"}, ExclusionReason.INTERNAL),
        ({"remote_number": None, "remote_raw": "4001"}, ExclusionReason.INTERNAL),
        ({"remote_number": "+31207654321"}, ExclusionReason.PROTECTED_NUMBER),
        ({"queue": None}, ExclusionReason.NOT_BUSINESS_LINE),
        ({"agent_extension": "250"}, ExclusionReason.AGENT_UNKNOWN),
        ({"agent_extension": None}, ExclusionReason.AGENT_UNKNOWN),
        ({"agent_extension": "202"}, ExclusionReason.PROTOCOL_NOT_ACKNOWLEDGED),
        ({"audio_path": None}, ExclusionReason.NO_RECORDING),
    ],
)
def test_each_exclusion_reason(changes: dict[str, object], reason: ExclusionReason) -> None:
    decision = decide(call(**changes))
    assert not decision.in_scope
    assert decision.reason is reason
    assert decision.agent_id is None


def test_the_agent_phoning_the_dentist_is_not_a_business_call() -> None:
    dentist = call(
        direction=Direction.OUTBOUND,
        remote_number="+31301234567",
        remote_raw="0301234567",
        queue=None,
        context="from-internal",
        accountcode=None,
    )
    assert decide(dentist).reason is ExclusionReason.NOT_BUSINESS_LINE


@pytest.mark.parametrize(
    "changes",
    [
        # Outbound to a protected number, even from the campaign route.
        {
            "direction": Direction.OUTBOUND,
            "queue": None,
            "context": "campaign-outbound",
            "remote_number": None,
            "remote_raw": "020-765 4321",
        },
        # Inbound from a protected number into a business queue.
        {"remote_number": "+31207654321", "remote_raw": "0207654321"},
        {"remote_number": None, "remote_raw": "0031 30 111 2233"},
        # The number dialled was a protected one.
        {"queue": None, "did": "+31207654321", "did_raw": "0207654321"},
        # Another leg of the same call touched it.
        {"other_numbers": ("+31 (0)20 765 4321",)},
    ],
)
def test_protected_numbers_in_either_direction(changes: dict[str, object]) -> None:
    assert decide(call(**changes)).reason is ExclusionReason.PROTECTED_NUMBER


@pytest.mark.parametrize(
    "changes",
    [
        {"queue": "401"},
        {"queue": None, "did": "+31201234500", "did_raw": "020 123 4500"},
        {"queue": None, "did": None, "did_raw": "+31201234500"},
        {"queue": None, "context": "campaign-outbound", "direction": Direction.OUTBOUND},
        {"queue": None, "accountcode": "donor-2026"},
        {"queue": None, "context": None, "campaign": "donor-2026"},
    ],
)
def test_business_lines(changes: dict[str, object]) -> None:
    assert is_business_line(call(**changes), POLICY)
    assert decide(call(**changes)).in_scope


def test_business_numbers_match_exactly_not_loosely() -> None:
    # Only protected numbers match on their last digits; a look-alike DID is not business.
    look_alike = call(queue=None, context=None, did="+32201234500", did_raw="+32201234500")
    assert decide(look_alike).reason is ExclusionReason.NOT_BUSINESS_LINE


def test_a_policy_without_business_selectors_lets_nothing_in() -> None:
    empty = Policy(scope=Scope(timezone="Europe/Amsterdam"))
    assert classify(BUSINESS, empty, AGENTS, ACKNOWLEDGED).reason is (
        ExclusionReason.NOT_BUSINESS_LINE
    )


def test_the_first_failing_rule_names_the_reason() -> None:
    everything_wrong = call(
        answered=False,
        direction=Direction.INTERNAL,
        remote_raw="202",
        remote_number=None,
        queue=None,
        agent_extension="999",
        audio_path=None,
    )
    assert decide(everything_wrong).reason is ExclusionReason.UNANSWERED
    protected_campaign = call(remote_number="+31207654321", accountcode="donor-2026")
    assert decide(protected_campaign).reason is ExclusionReason.PROTECTED_NUMBER
    internal_protected = call(direction=Direction.INTERNAL, remote_number="+31207654321")
    assert decide(internal_protected).reason is ExclusionReason.INTERNAL


def test_purposes_for_a_call() -> None:
    assert purposes_for(BUSINESS, POLICY) == [TRAINING]
    assert purposes_for(call(queue="401"), POLICY) == [TRAINING, INFO]
    assert purposes_for(call(queue=None, accountcode="donor-2026"), POLICY) == [TRAINING, DONORS]
    assert purposes_for(call(campaign="donor-2026"), POLICY) == [TRAINING, DONORS]
    only_queues = Policy(scope=SCOPE, purposes=(INFO,))
    assert purposes_for(BUSINESS, only_queues) == []


def test_count_exclusions_has_every_reason_in_rule_order() -> None:
    decisions = [
        decide(BUSINESS),
        decide(call(answered=False)),
        decide(call(answered=False)),
        decide(call(audio_path=None)),
    ]
    counts = count_exclusions(decisions)
    assert list(counts) == [r.value for r in ExclusionReason]
    assert counts["unanswered"] == 2
    assert counts["no_recording"] == 1
    assert sum(counts.values()) == 3


# --- property: nothing out of scope is ever let in ------------------------------------------------

NUMBERS = st.sampled_from(
    ["0612345678", "+31612345678", "0207654321", "+31 30 111 2233", "202", "310", "4001",
     "anonymous", "", "+31201234500", "0201234500", "999"]
)  # fmt: skip
records = st.builds(
    CallRecord,
    source=st.sampled_from(["asterisk", "3cx"]),
    call_id=st.text(min_size=1, max_size=5),
    # Around the gate days: 31 December 2025 to 15 January 2026, at any time of day.
    started_at=st.datetimes(
        min_value=dt.datetime(2025, 12, 31), max_value=dt.datetime(2026, 1, 15)
    ).map(lambda t: t.replace(tzinfo=dt.UTC)),
    direction=st.sampled_from([*Direction, None]),
    agent_extension=st.sampled_from(["201", "202", "4001", "250", "999", None]),
    remote_number=st.sampled_from(["+31612345678", "+31207654321", "+31301112233", None]),
    remote_raw=NUMBERS,
    did=st.sampled_from(["+31201234500", "+31207654321", None]),
    did_raw=NUMBERS,
    queue=st.sampled_from(["400", "401", "500", None]),
    context=st.sampled_from(["campaign-outbound", "from-internal", None]),
    campaign=st.sampled_from(["donor-2026", "other", None]),
    accountcode=st.sampled_from(["donor-2026", "x", None]),
    answered=st.booleans(),
    audio_path=st.sampled_from([Path("a.wav"), None]),
    other_numbers=st.lists(NUMBERS, max_size=2).map(tuple),
)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _is_protected(number: str) -> bool:
    # Written independently of scope.py: compare the subscriber part of the number.
    tail = _digits(number)[-9:]
    return len(tail) == 9 and tail in {"207654321", "301112233"}


def _is_extension(text: str | None) -> bool:
    return text is not None and text.isdigit() and (100 <= int(text) <= 399 or text in AGENTS)


@settings(max_examples=400)
@given(st.lists(records, min_size=1, max_size=30))
def test_no_out_of_scope_call_is_ever_classified_in_scope(batch: list[CallRecord]) -> None:
    decisions = [decide(r) for r in batch]
    assert sum(count_exclusions(decisions).values()) == sum(not d.in_scope for d in decisions)
    for record, decision in zip(batch, decisions, strict=True):
        assert decision.in_scope == (decision.reason is None)
        if not decision.in_scope:
            continue
        assert record.answered
        assert record.direction is not Direction.INTERNAL
        assert not (_is_extension(record.agent_extension) and _is_extension(record.remote_raw))
        numbers = [record.remote_number, record.remote_raw, record.did, record.did_raw]
        assert not any(_is_protected(n) for n in [*numbers, *record.other_numbers] if n)
        assert (
            record.queue in {"400", "401"}
            or _digits(record.did or "") == "31201234500"
            or _digits(record.did_raw) in {"31201234500"}
            or record.context == "campaign-outbound"
            or "donor-2026" in {record.accountcode, record.campaign}
        )
        assert record.agent_extension in AGENTS
        assert AGENTS[record.agent_extension].id in ACKNOWLEDGED
        local_day = record.started_at.astimezone(ZoneInfo("Europe/Amsterdam")).date()
        assert local_day >= max(CONSENT, ANNOUNCED, ACKNOWLEDGED[decision.agent_id or 0])
        assert decision.agent_id == AGENTS[record.agent_extension].id
        assert record.audio_path is not None


# --- the date gates, each at its boundary day ----------------------------------------------------


def _at_local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    moment = dt.datetime.combine(day, dt.time(hour, minute), ZoneInfo("Europe/Amsterdam"))
    return moment.astimezone(dt.UTC)


@pytest.mark.parametrize(
    ("gate", "reason", "policy", "acknowledged"),
    [
        ("consent", ExclusionReason.BEFORE_WORKS_COUNCIL, POLICY, ACKNOWLEDGED),
        ("announcement", ExclusionReason.BEFORE_ANNOUNCEMENT, POLICY, ACKNOWLEDGED),
        (
            "protocol",
            ExclusionReason.BEFORE_ACKNOWLEDGEMENT,
            POLICY,
            {1: dt.date(2026, 2, 2), 3: dt.date(2026, 2, 2)},
        ),
    ],
)
def test_each_date_gate_opens_on_its_own_day(
    gate: str,
    reason: ExclusionReason,
    policy: Policy,
    acknowledged: dict[int, dt.date],
) -> None:
    day = {"consent": CONSENT, "announcement": ANNOUNCED, "protocol": acknowledged[1]}[gate]
    if gate == "consent":
        # Move the other gates out of the way, so this one decides.
        policy = dataclasses.replace(
            policy,
            attestations=dataclasses.replace(
                policy.attestations,
                works_council=WorksCouncil(consent_date=dt.date(2026, 1, 20), reference="OR-1"),
                ivr_announcement=IvrAnnouncement(exists=True, date=dt.date(2025, 1, 1)),
            ),
        )
        day = dt.date(2026, 1, 20)
        acknowledged = {1: dt.date(2025, 1, 1), 3: dt.date(2025, 1, 1)}
    elif gate == "announcement":
        policy = dataclasses.replace(
            policy,
            attestations=dataclasses.replace(
                policy.attestations,
                works_council=WorksCouncil(consent_date=dt.date(2025, 1, 1), reference="OR-1"),
                ivr_announcement=IvrAnnouncement(exists=True, date=dt.date(2026, 1, 20)),
            ),
        )
        day = dt.date(2026, 1, 20)
        acknowledged = {1: dt.date(2025, 1, 1), 3: dt.date(2025, 1, 1)}

    def reason_at(moment: dt.datetime) -> ExclusionReason | None:
        return classify(call(started_at=moment), policy, AGENTS, acknowledged).reason

    # The last minute of the day before (local time) is out, the first of the day is in.
    assert reason_at(_at_local(day - dt.timedelta(days=1), 23, 59)) is reason
    assert reason_at(_at_local(day, 0, 0)) is None
    assert reason_at(_at_local(day + dt.timedelta(days=30), 12)) is None


def test_a_works_council_that_does_not_apply_sets_no_date() -> None:
    exempt = dataclasses.replace(
        POLICY,
        attestations=dataclasses.replace(
            POLICY.attestations,
            works_council=WorksCouncil(
                not_applicable_reason=LocalText(en="Fewer than 50 employees.")
            ),
        ),
    )
    early = call(started_at=_at_local(dt.date(2026, 1, 6), 9))
    assert classify(early, exempt, AGENTS, ACKNOWLEDGED).reason is None
    assert classify(early, POLICY, AGENTS, ACKNOWLEDGED).reason is None  # after the consent too
    before = call(started_at=_at_local(dt.date(2025, 12, 31), 9))
    assert classify(before, exempt, AGENTS, ACKNOWLEDGED).reason is (
        ExclusionReason.BEFORE_ANNOUNCEMENT
    )


def test_no_announcement_keeps_every_call_out() -> None:
    silent = dataclasses.replace(
        POLICY,
        attestations=dataclasses.replace(
            POLICY.attestations, ivr_announcement=IvrAnnouncement(exists=False)
        ),
    )
    assert classify(BUSINESS, silent, AGENTS, ACKNOWLEDGED).reason is (
        ExclusionReason.BEFORE_ANNOUNCEMENT
    )


# --- expired: past every retention that covers the call ------------------------------------------


def test_a_call_past_its_longest_retention_is_never_planned_for_import() -> None:
    training = dataclasses.replace(TRAINING, retention_days=30)
    donors = dataclasses.replace(DONORS, retention_days=90)
    policy = dataclasses.replace(POLICY, purposes=(training, donors))
    start = _at_local(dt.date(2026, 1, 12), 9)
    queue_call = call(started_at=start)
    campaign_call = call(started_at=start, call_id="2", queue=None, accountcode="donor-2026")
    records = [queue_call, campaign_call]
    zone = ZoneInfo("Europe/Amsterdam")

    def planned(now: dt.datetime) -> tuple[int, int]:
        found = plan(records, policy, AGENTS, ACKNOWLEDGED, zone, now)
        return len(found.in_scope), found.excluded[EXPIRED]

    thirty_days = _at_local(dt.date(2026, 2, 11), 9)  # training's deadline to the minute
    assert planned(thirty_days - dt.timedelta(minutes=1)) == (2, 0)
    assert planned(thirty_days) == (1, 1)  # only the campaign call's 90 days are left
    ninety_days = _at_local(dt.date(2026, 4, 12), 9)
    assert planned(ninety_days - dt.timedelta(minutes=1)) == (1, 1)
    assert planned(ninety_days) == (0, 2)


# --- an agent's objection (art. 21) ------------------------------------------------------------


def test_an_objecting_agent_s_business_calls_stay_out_and_are_counted() -> None:
    objecting = frozenset({1})
    assert classify(BUSINESS, POLICY, AGENTS, ACKNOWLEDGED, objecting).reason is (
        ExclusionReason.OBJECTION
    )
    # Only that agent: a colleague's calls are still in scope.
    colleague = call(agent_extension="4001")
    assert classify(colleague, POLICY, AGENTS, ACKNOWLEDGED, objecting).in_scope
    # A call that is not a business call keeps its own reason: the objection adds nothing.
    private = call(queue=None, context="from-internal")
    assert classify(private, POLICY, AGENTS, ACKNOWLEDGED, objecting).reason is (
        ExclusionReason.NOT_BUSINESS_LINE
    )
    # Lifted (no longer in the set): in scope again.
    assert classify(BUSINESS, POLICY, AGENTS, ACKNOWLEDGED, frozenset()).in_scope
    counts = count_exclusions(
        [classify(c, POLICY, AGENTS, ACKNOWLEDGED, objecting) for c in (BUSINESS, colleague)]
    )
    assert counts["objection"] == 1 and sum(counts.values()) == 1


def test_an_objection_counts_before_a_missing_protocol() -> None:
    # Agent 2 has not received the protocol either; the objection is the reason reported.
    unacknowledged = call(agent_extension="202")
    assert classify(unacknowledged, POLICY, AGENTS, ACKNOWLEDGED, frozenset({2})).reason is (
        ExclusionReason.OBJECTION
    )


# --- an agent who left -------------------------------------------------------------------------


def test_a_departed_agent_s_new_calls_stay_out_with_their_own_reason() -> None:
    departed = frozenset({1})
    decision = classify(BUSINESS, POLICY, AGENTS, ACKNOWLEDGED, departed=departed)
    assert decision.reason is ExclusionReason.AGENT_LEFT and not decision.in_scope
    # Before an objection or a missing protocol: having left is the reason that matters.
    assert classify(BUSINESS, POLICY, AGENTS, ACKNOWLEDGED, {1}, departed).reason is (
        ExclusionReason.AGENT_LEFT
    )
    unacknowledged = call(agent_extension="202")
    assert classify(unacknowledged, POLICY, AGENTS, ACKNOWLEDGED, departed={2}).reason is (
        ExclusionReason.AGENT_LEFT
    )
    # A call that is no business call keeps its own reason.
    private = call(queue=None, context="from-internal")
    assert classify(private, POLICY, AGENTS, ACKNOWLEDGED, departed=departed).reason is (
        ExclusionReason.NOT_BUSINESS_LINE
    )
    # Colleagues are not touched, and the agent is in scope again once back.
    colleague = classify(
        call(agent_extension="4001"), POLICY, AGENTS, ACKNOWLEDGED, departed=departed
    )
    assert colleague.in_scope
    assert classify(BUSINESS, POLICY, AGENTS, ACKNOWLEDGED, departed=frozenset()).in_scope
    counts = count_exclusions([decision])
    assert counts["agent_left"] == 1 and sum(counts.values()) == 1
    # The import plan counts it like every other reason.
    kept = dataclasses.replace(POLICY, purposes=(dataclasses.replace(TRAINING, retention_days=30),))
    planned = plan(
        [BUSINESS, call(call_id="2", agent_extension="4001")],
        kept,
        AGENTS,
        ACKNOWLEDGED,
        ZoneInfo("Europe/Amsterdam"),
        dt.datetime(2026, 1, 13, tzinfo=dt.UTC),
        departed=departed,
    )
    assert planned.excluded["agent_left"] == 1 and len(planned.in_scope) == 1

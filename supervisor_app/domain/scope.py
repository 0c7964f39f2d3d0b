"""Which calls are business calls that may be sampled: default deny, one reason per exclusion."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from supervisor_app.domain.calls import CallRecord, Direction
from supervisor_app.domain.policy import Policy, Purpose
from supervisor_app.domain.retention import on_or_after, zone

# Dutch subscriber numbers have nine significant digits. Protected numbers also match on
# their last nine digits, so "020 765 4321" in the policy still protects +31207654321 in a
# record. That can only exclude more calls, never fewer; business numbers match exactly.
_SIGNIFICANT_DIGITS = 9


class ExclusionReason(StrEnum):
    """Why a call is out of scope, in the order the rules are checked (see ``classify``)."""

    UNANSWERED = "unanswered"
    INTERNAL = "internal"
    PROTECTED_NUMBER = "protected_number"
    NOT_BUSINESS_LINE = "not_business_line"
    AGENT_UNKNOWN = "agent_unknown"
    AGENT_LEFT = "agent_left"
    OBJECTION = "objection"
    PROTOCOL_NOT_ACKNOWLEDGED = "protocol_not_acknowledged"
    BEFORE_WORKS_COUNCIL = "before_works_council"
    BEFORE_ANNOUNCEMENT = "before_announcement"
    BEFORE_ACKNOWLEDGEMENT = "before_acknowledgement"
    NO_RECORDING = "no_recording"


class AgentInfo(Protocol):
    """What scope needs of an agent (``domain.people.Agent`` fits)."""

    @property
    def id(self) -> int:
        """The agent's id in the vault."""
        ...

    @property
    def team_id(self) -> int:
        """The agent's team."""
        ...


@dataclass(frozen=True, slots=True)
class ScopeDecision:
    """The verdict on one call: in scope with its agent, or out for exactly one reason."""

    record: CallRecord
    reason: ExclusionReason | None = None
    agent_id: int | None = None
    team_id: int | None = None

    @property
    def in_scope(self) -> bool:
        """Whether the call is a business call of an eligible agent with a recording."""
        return self.reason is None


def classify(
    record: CallRecord,
    policy: Policy,
    agents_by_extension: Mapping[str, AgentInfo],
    acknowledged: Mapping[int, dt.date],
    objecting: Collection[int] = frozenset(),
    departed: Collection[int] = frozenset(),
) -> ScopeDecision:
    """Decide whether a call is in scope; anything not shown to be a business call is out.

    The rules run in a fixed order and the first that fails names the reason, so each
    excluded call is counted once and the counts add up:

    1. unanswered — no conversation took place, there is nothing to hear;
    2. internal — colleague to colleague is never customer service, whatever the queue;
    3. protected number — before the business-line rule, so a call to the company doctor
       placed from a campaign route is still reported (and kept out) as protected;
    4. not a business line — default deny: only configured queues, business numbers,
       campaign contexts and account codes count;
    5. agent unknown — asked only of business calls, so the count tells the administrator
       which agents still need setting up;
    6. agent left — the agent is marked as having left (the HR list no longer names them):
       their stored recordings keep their retention, but nothing new of theirs comes in;
    7. objection — the agent objected to being sampled (art. 21 AVG) and the objection has
       not been lifted: their calls stay out whatever else holds;
    8. protocol not acknowledged — the agent has not received the current protocol;
    9.–11. the date gates: no lawful basis covered a call made before the works council
       consented, before callers heard the announcement, or before the agent received the
       protocol (R8, R10, R17). Each date counts from that day on, in the policy's time zone;
       a works council that does not apply (a stated reason) sets no date;
    12. no recording — last, so a missing file never hides any of the reasons above.

    ``objecting`` holds the ids of agents whose objection is in force, ``departed`` those of
    agents who left. ``acknowledged`` maps each agent who received the current protocol
    version to the day they first received any version: the protocol that was in force at
    the call.
    """
    scope = policy.scope
    tz = zone(scope.timezone)
    council = policy.attestations.works_council
    announcement = policy.attestations.ivr_announcement
    agent = agents_by_extension.get(record.agent_extension or "")
    reason: ExclusionReason | None = None
    if not record.answered:
        reason = ExclusionReason.UNANSWERED
    elif _is_internal(record, scope.internal_extensions, agents_by_extension):
        reason = ExclusionReason.INTERNAL
    elif _touches(record.numbers, scope.protected_numbers, loose=True):
        reason = ExclusionReason.PROTECTED_NUMBER
    elif not is_business_line(record, policy):
        reason = ExclusionReason.NOT_BUSINESS_LINE
    elif agent is None:
        reason = ExclusionReason.AGENT_UNKNOWN
    elif agent.id in departed:
        reason = ExclusionReason.AGENT_LEFT
    elif agent.id in objecting:
        reason = ExclusionReason.OBJECTION
    elif agent.id not in acknowledged:
        reason = ExclusionReason.PROTOCOL_NOT_ACKNOWLEDGED
    elif council.not_applicable_reason.is_blank and not on_or_after(
        record.started_at, council.consent_date, tz
    ):
        reason = ExclusionReason.BEFORE_WORKS_COUNCIL
    elif not (announcement.exists and on_or_after(record.started_at, announcement.date, tz)):
        reason = ExclusionReason.BEFORE_ANNOUNCEMENT
    elif not on_or_after(record.started_at, acknowledged[agent.id], tz):
        reason = ExclusionReason.BEFORE_ACKNOWLEDGEMENT
    elif record.audio_path is None:
        reason = ExclusionReason.NO_RECORDING
    if reason is not None or agent is None:
        return ScopeDecision(record, reason)
    return ScopeDecision(record, None, agent.id, agent.team_id)


def is_business_line(record: CallRecord, policy: Policy) -> bool:
    """Whether the call came through a configured queue, business number or campaign."""
    scope = policy.scope
    return (
        _named(record.queue, scope.business_queues)
        or _touches(tuple(n for n in (record.did, record.did_raw) if n), scope.business_numbers)
        or _named(record.context, scope.campaign_contexts)
        or _named(record.accountcode, scope.campaign_accountcodes)
        or _named(record.campaign, (*scope.campaign_contexts, *scope.campaign_accountcodes))
    )


def purposes_for(record: CallRecord, policy: Policy) -> list[Purpose]:
    """Every policy purpose whose ``applies_to`` covers the call, in policy order.

    A purpose names campaigns by context or account code; the call's stated campaign counts
    too. Meant for calls already in scope.
    """
    campaigns = {c for c in (record.campaign, record.context, record.accountcode) if c}
    return [
        purpose
        for purpose in policy.purposes
        if purpose.applies_to.all_calls
        or _named(record.queue, purpose.applies_to.queues)
        or not campaigns.isdisjoint(c.strip() for c in purpose.applies_to.campaigns)
    ]


def count_exclusions(decisions: Iterable[ScopeDecision]) -> dict[str, int]:
    """Excluded calls per reason: every reason, in rule order, zero when it did not occur."""
    counts = Counter(d.reason for d in decisions if d.reason is not None)
    return {reason.value: counts[reason] for reason in ExclusionReason}


def is_internal_extension(
    text: str | None,
    ranges: Iterable[tuple[int, int]],
    agents_by_extension: Mapping[str, AgentInfo],
) -> bool:
    """Whether text is a colleague's extension: in the policy's ranges or an agent's."""
    text = (text or "").strip()
    if not (text.isascii() and text.isdigit()):
        return False
    value = int(text)
    return text in agents_by_extension or any(low <= value <= high for low, high in ranges)


def _is_internal(
    record: CallRecord,
    ranges: tuple[tuple[int, int], ...],
    agents_by_extension: Mapping[str, AgentInfo],
) -> bool:
    # The reader's word is enough; failing that, both ends being extensions is.
    if record.direction is Direction.INTERNAL:
        return True
    return is_internal_extension(
        record.agent_extension, ranges, agents_by_extension
    ) and is_internal_extension(record.remote_raw, ranges, agents_by_extension)


def _named(value: str | None, names: Iterable[str]) -> bool:
    return bool(value) and (value or "").strip() in {n.strip() for n in names}


def _number_key(text: str) -> str:
    """Digits with a leading "+", "00" read as "+": ``0031 20-765 4321`` → ``+31207654321``."""
    digits = "".join(ch for ch in text if ch.isascii() and ch.isdigit())
    if text.strip().startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    return digits


def _touches(numbers: Iterable[str], listed: Iterable[str], *, loose: bool = False) -> bool:
    """Whether any number equals a listed one, as written or as digits.

    ``loose`` also matches on the last nine digits (see _SIGNIFICANT_DIGITS).
    """
    listed = [n.strip() for n in listed if n.strip()]
    if not listed:
        return False
    keys = {_number_key(n) for n in listed} - {"", "+"}
    tails = {k[-_SIGNIFICANT_DIGITS:] for k in keys if len(k.lstrip("+")) >= _SIGNIFICANT_DIGITS}
    raw = set(listed)
    for number in numbers:
        key = _number_key(number)
        if number.strip() in raw or key in keys:
            return True
        long_enough = len(key.lstrip("+")) >= _SIGNIFICANT_DIGITS
        if loose and long_enough and key[-_SIGNIFICANT_DIGITS:] in tails:
            return True
    return False

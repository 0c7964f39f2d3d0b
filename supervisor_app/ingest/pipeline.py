"""The import pipeline's vault-free half: scope and candidates, then encoding ahead of storing.

``plan`` decides which calls are business calls of eligible agents and what each would be
held for; nothing is opened. ``encode_ahead`` decodes and FLAC-encodes the chosen recordings
on a small thread pool (libsndfile releases the GIL) while the caller stores each result on
its own thread, so encoding and the encrypted writes overlap. Results come back in order,
with at most a few recordings in memory at a time.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from supervisor_app.audio.codec import AudioError, EncodedAudio, encode_file
from supervisor_app.domain.calls import CallRecord
from supervisor_app.domain.policy import Policy, Purpose
from supervisor_app.domain.retention import longest_deadline, zone
from supervisor_app.domain.sampling import Candidate, Stratum, stratum_for
from supervisor_app.domain.scope import AgentInfo, classify, count_exclusions, purposes_for

# Not domain.scope's reasons, because they need the purposes: a business call no policy
# purpose covers has no reason to be kept at all, and a call already past the longest
# retention of the purposes covering it would be purged the moment it was stored (R12).
# Both are left out like any other excluded call: never opened, decoded or stored.
NO_PURPOSE: Final = "no_purpose"
EXPIRED: Final = "expired"
ENCODE_WORKERS: Final = 2
AHEAD: Final = 4  # encoded recordings waiting to be stored, at most: bounds memory


@dataclass(frozen=True, slots=True)
class InScope:
    """A call that may be sampled: its record, agent, team, stratum and purposes."""

    record: CallRecord
    agent_id: int
    team_id: int
    stratum: Stratum
    purposes: tuple[Purpose, ...]

    @property
    def fingerprint(self) -> str:
        """The call's fingerprint (source and call id)."""
        return self.record.fingerprint

    @property
    def candidate(self) -> Candidate:
        """The call as the sample sees it."""
        return Candidate(self.fingerprint, self.stratum)


@dataclass(frozen=True, slots=True)
class Plan:
    """The scope verdict on a whole export: counts per exclusion reason, and the calls in scope."""

    found: int
    excluded: dict[str, int]
    in_scope: tuple[InScope, ...]


def plan(
    records: Sequence[CallRecord],
    policy: Policy,
    agents_by_extension: Mapping[str, AgentInfo],
    acknowledged: Mapping[int, dt.date],
    timezone: dt.tzinfo,
    now: dt.datetime,
    objecting: Collection[int] = frozenset(),
    departed: Collection[int] = frozenset(),
) -> Plan:
    """Classify every call; keep the in-scope ones with what they would be held for.

    ``acknowledged``, ``objecting`` and ``departed`` are what ``domain.scope.classify``
    takes; ``now`` decides which calls are already past every retention that applies to them.
    """
    decisions = [
        classify(r, policy, agents_by_extension, acknowledged, objecting, departed) for r in records
    ]
    excluded = count_exclusions(decisions)
    excluded[NO_PURPOSE] = 0
    excluded[EXPIRED] = 0
    policy_zone = zone(policy.scope.timezone)
    kept: list[InScope] = []
    for decision in decisions:
        if not decision.in_scope or decision.agent_id is None or decision.team_id is None:
            continue
        purposes = tuple(purposes_for(decision.record, policy))
        if not purposes:
            excluded[NO_PURPOSE] += 1
            continue
        last = longest_deadline(
            decision.record.started_at, (p.retention_days for p in purposes), policy_zone
        )
        if last is None or last <= now:
            excluded[EXPIRED] += 1
            continue
        stratum = stratum_for(decision.agent_id, decision.record.started_at, timezone)
        kept.append(
            InScope(decision.record, decision.agent_id, decision.team_id, stratum, purposes)
        )
    return Plan(len(records), excluded, tuple(kept))


def campaign_of(record: CallRecord, policy: Policy) -> str | None:
    """The campaign that made the call a business call, if a campaign did."""
    scope = policy.scope
    if record.campaign:
        return record.campaign
    if record.accountcode and record.accountcode.strip() in scope.campaign_accountcodes:
        return record.accountcode
    if record.context and record.context.strip() in scope.campaign_contexts:
        return record.context
    return None


def source_size(path: Path | None) -> int:
    """A recording's size from the folder listing (the file itself is not opened)."""
    if path is None:
        return 0
    try:
        return path.stat().st_size
    except OSError:
        return 0


# --- encoding ahead of storing -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Job:
    """One selected call to encode and store, under the batch that drew it."""

    call: InScope
    batch_id: int


Encoded = EncodedAudio | AudioError


def encode_ahead(
    jobs: Iterable[Job],
    *,
    encode: Callable[[Path], EncodedAudio] = encode_file,
    workers: int = ENCODE_WORKERS,
    ahead: int = AHEAD,
    cancel: Callable[[], bool] | None = None,
) -> Iterator[tuple[Job, Encoded]]:
    """Yield (job, FLAC or the AudioError) in job order, encoding up to ``ahead`` in advance.

    Asking ``cancel`` before each result stops early: waiting encodes are dropped, running
    ones are left to finish and discarded. Closing the iterator does the same.
    """
    pending: deque[tuple[Job, Future[EncodedAudio]]] = deque()
    todo = iter(jobs)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="encode") as pool:
        try:
            _fill(pool, todo, pending, ahead, encode)
            while pending:
                if cancel is not None and cancel():
                    return
                job, future = pending.popleft()
                yield job, _result(future)
                _fill(pool, todo, pending, ahead, encode)
        finally:
            for _, future in pending:
                future.cancel()


def _fill(
    pool: ThreadPoolExecutor,
    todo: Iterator[Job],
    pending: deque[tuple[Job, Future[EncodedAudio]]],
    ahead: int,
    encode: Callable[[Path], EncodedAudio],
) -> None:
    while len(pending) < ahead:
        job = next(todo, None)
        if job is None:
            return
        path = job.call.record.audio_path
        assert path is not None  # scope keeps only calls with a recording
        pending.append((job, pool.submit(encode, path)))


def _result(future: Future[EncodedAudio]) -> Encoded:
    try:
        return future.result()
    except AudioError as exc:
        return exc

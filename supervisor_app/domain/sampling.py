"""A seeded, verifiable sample per agent per ISO week: rate, cap and minimum from the policy."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from supervisor_app.domain.policy import Sampling, SamplingMode

SEED_BYTES = 16  # 128 bits: far more draws than anyone could try to steer a sample
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")
_SCALE = 2**256  # HMAC-SHA256 values are uniform integers in [0, 2**256)


@dataclass(frozen=True, slots=True, order=True)
class Stratum:
    """The group a call is drawn in: one agent (by id, or extension) in one ISO week."""

    agent: str
    week: str  # "2026-W07", in the policy's time zone

    def __str__(self) -> str:
        return f"{self.agent}/{self.week}"

    @classmethod
    def parse(cls, text: str) -> Stratum:
        """Read the ``agent/week`` text that ``str()`` writes (for storing in a batch)."""
        agent, slash, week = text.rpartition("/")
        if not slash or not agent or not re.fullmatch(r"\d{4}-W\d{2}", week):
            raise ValueError(f"“{text}” is not a stratum such as 17/2026-W07")
        return cls(agent, week)


def iso_week(started_at: dt.datetime, timezone: dt.tzinfo) -> str:
    """The ISO year-week (``2026-W07``) of an aware time, on the telephone system's calendar."""
    year, week, _ = started_at.astimezone(timezone).isocalendar()
    return f"{year}-W{week:02d}"


def stratum_for(agent: str | int, started_at: dt.datetime, timezone: dt.tzinfo) -> Stratum:
    """The stratum of a call by this agent at this time."""
    return Stratum(str(agent), iso_week(started_at, timezone))


@dataclass(frozen=True, slots=True)
class Candidate:
    """An in-scope call as the sample sees it: its fingerprint and stratum, nothing else."""

    fingerprint: str
    stratum: Stratum


@dataclass(frozen=True, slots=True)
class StratumStats:
    """How one stratum was drawn: candidates, how many the rate chose, how many were kept."""

    candidates: int
    by_rate: int
    selected: int

    @property
    def capped(self) -> bool:
        """Whether the weekly cap removed calls the rate had chosen."""
        return self.selected < self.by_rate

    @property
    def topped_up(self) -> bool:
        """Whether calls were added to reach the weekly minimum."""
        return self.selected > self.by_rate


@dataclass(frozen=True, slots=True)
class Selection:
    """The outcome of a draw: the chosen fingerprints and per-stratum counts."""

    seed: bytes
    selected: frozenset[str]
    strata: Mapping[Stratum, StratumStats]

    @property
    def seed_hex(self) -> str:
        """The seed as hex text, as stored with the batch."""
        return self.seed.hex()


def new_seed() -> bytes:
    """A fresh random 128-bit seed from the operating system's secure generator."""
    return secrets.token_bytes(SEED_BYTES)


def parse_seed(seed: bytes | str) -> bytes:
    """A seed as bytes from bytes or hex text; ValueError unless it is exactly 128 bits."""
    if isinstance(seed, str):
        try:
            seed = bytes.fromhex(seed)
        except ValueError:
            raise ValueError("The seed is not hexadecimal text.") from None
    if len(seed) != SEED_BYTES:
        raise ValueError(f"The seed must be {SEED_BYTES} bytes ({SEED_BYTES * 8} bits).")
    return seed


def draw_value(seed: bytes, fingerprint: str) -> int:
    """The candidate's lottery number: HMAC-SHA256(seed, fingerprint) as an integer.

    Uniform in [0, 2**256) and independent of every other candidate, so the order in which
    candidates arrive cannot change the sample; only the seed can.
    """
    digest = hmac.new(seed, fingerprint.encode("ascii"), hashlib.sha256).digest()
    return int.from_bytes(digest, "big")


def draw(candidates: Iterable[Candidate], seed: bytes | str, sampling: Sampling) -> Selection:
    """Draw the sample: per stratum, each candidate with the policy's rate, within cap and minimum.

    A candidate's value u = draw_value / 2**256 selects it when u < rate. If a stratum gets
    more than ``max_per_agent_per_week`` the smallest values are kept; if it gets fewer than
    ``min_per_agent_per_week`` (and has more candidates) the next smallest are added. The
    rate's chosen set is a prefix of the stratum ordered by value, so both adjustments keep
    it a prefix: the outcome is a count per stratum, all deterministic from the seed.

    In mode ``source`` the telephone system already sampled, so every candidate is selected.
    Raises ValueError for a bad seed, duplicate or malformed fingerprints, or sampling
    settings that cannot be drawn with.
    """
    key = parse_seed(seed)
    strata = _strata(candidates)
    _check_sampling(sampling)
    selected: set[str] = set()
    stats: dict[Stratum, StratumStats] = {}
    for stratum, fingerprints in sorted(strata.items()):
        chosen, by_rate = _draw_stratum(key, fingerprints, sampling)
        selected.update(chosen)
        stats[stratum] = StratumStats(len(fingerprints), by_rate, len(chosen))
    return Selection(key, frozenset(selected), stats)


def _strata(candidates: Iterable[Candidate]) -> dict[Stratum, list[str]]:
    strata: dict[Stratum, list[str]] = defaultdict(list)
    seen: set[str] = set()
    for candidate in candidates:
        fingerprint = candidate.fingerprint
        if not _FINGERPRINT.fullmatch(fingerprint):
            raise ValueError(f"“{fingerprint}” is not a SHA-256 fingerprint in lower-case hex.")
        if fingerprint in seen:
            raise ValueError(f"The candidate {fingerprint} appears twice.")
        seen.add(fingerprint)
        strata[candidate.stratum].append(fingerprint)
    return strata


def _check_sampling(sampling: Sampling) -> None:
    if sampling.mode is SamplingMode.SOURCE:
        return
    if sampling.mode is not SamplingMode.APP:
        raise ValueError("The policy does not say who samples; choose app or source.")
    if not 0 < sampling.rate <= 1:  # written so that NaN fails too
        raise ValueError("The sampling rate must be more than 0 and at most 1.")
    if sampling.max_per_agent_per_week < 1:
        raise ValueError("The weekly cap per agent must be at least 1.")
    if not 0 <= sampling.min_per_agent_per_week <= sampling.max_per_agent_per_week:
        raise ValueError("The weekly minimum per agent must lie between 0 and the cap.")


def _draw_stratum(
    seed: bytes, fingerprints: Sequence[str], sampling: Sampling
) -> tuple[list[str], int]:
    """The chosen fingerprints of one stratum and how many the rate alone chose."""
    if sampling.mode is SamplingMode.SOURCE:
        return list(fingerprints), len(fingerprints)
    values = {f: draw_value(seed, f) for f in fingerprints}
    # Ties (which SHA-256 makes practically impossible) break on the fingerprint, so the
    # order in which candidates arrive never matters.
    ranked = sorted(fingerprints, key=lambda f: (values[f], f))
    threshold = sampling.rate * _SCALE  # int < float compares exactly in Python
    by_rate = sum(1 for f in ranked if values[f] < threshold)
    floor = min(sampling.min_per_agent_per_week, len(ranked))
    count = max(floor, min(by_rate, sampling.max_per_agent_per_week))
    return ranked[:count], by_rate


# --- verification ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BatchRecord:
    """What an import batch keeps to prove its sample: seed, settings, candidates, selection.

    Nothing else about unselected calls is kept: a fingerprint cannot be turned back into a
    number or a name.
    """

    seed: bytes | str
    sampling: Sampling
    candidates: Sequence[Candidate]
    selected: frozenset[str] | set[str]


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """The result of re-drawing a batch's sample; ``ok`` when nothing was found wrong."""

    problems: tuple[str, ...] = ()
    missing: frozenset[str] = frozenset()  # the seed selects these, the batch lacks them
    unexpected: frozenset[str] = frozenset()  # the batch holds these, the seed does not select
    strata: Mapping[Stratum, StratumStats] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Whether the stored selection is exactly what the seed gives, within the limits."""
        return not self.problems


def verify(batch: BatchRecord) -> VerifyReport:
    """Re-derive a batch's sample from its seed and candidates and compare it with the stored one.

    Reports, one sentence each: a malformed seed or candidate list, selected calls that were
    not candidates, any difference from the re-drawn selection, and any stratum whose stored
    selection breaks the cap or the minimum.
    """
    try:
        expected = draw(batch.candidates, batch.seed, batch.sampling)
    except ValueError as exc:
        return VerifyReport(problems=(f"The batch cannot be re-drawn: {exc}",))
    stored = frozenset(batch.selected)
    missing = expected.selected - stored
    unexpected = stored - expected.selected
    problems: list[str] = []
    known = {c.fingerprint for c in batch.candidates}
    strangers = stored - known
    if strangers:
        problems.append(f"{len(strangers)} selected calls were never candidates.")
    if missing or unexpected:
        problems.append(
            f"The stored selection differs from what the seed selects: {len(missing)} missing, "
            f"{len(unexpected)} not drawn."
        )
    problems += _limit_problems(batch, stored)
    return VerifyReport(tuple(problems), frozenset(missing), frozenset(unexpected), expected.strata)


def _limit_problems(batch: BatchRecord, stored: frozenset[str]) -> list[str]:
    """Check the stored selection itself against the cap and minimum, stratum by stratum."""
    sampling = batch.sampling
    if sampling.mode is not SamplingMode.APP:
        return []
    sizes: dict[Stratum, int] = defaultdict(int)
    chosen: dict[Stratum, int] = defaultdict(int)
    for candidate in batch.candidates:
        sizes[candidate.stratum] += 1
        chosen[candidate.stratum] += candidate.fingerprint in stored
    problems = []
    for stratum in sorted(sizes):
        if chosen[stratum] > sampling.max_per_agent_per_week:
            problems.append(f"{stratum} has {chosen[stratum]} selected calls, over the cap.")
        if chosen[stratum] < min(sampling.min_per_agent_per_week, sizes[stratum]):
            problems.append(f"{stratum} has {chosen[stratum]} selected calls, under the minimum.")
    return problems

"""Tests for the seeded sample (R6): caps, minimums, determinism, verification, fair rates."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supervisor_app.domain.calls import call_fingerprint
from supervisor_app.domain.policy import Sampling, SamplingMode
from supervisor_app.domain.sampling import (
    BatchRecord,
    Candidate,
    Stratum,
    draw,
    iso_week,
    new_seed,
    parse_seed,
    stratum_for,
    verify,
)

SEED = bytes(range(16))
APP = Sampling(mode=SamplingMode.APP, rate=0.3, max_per_agent_per_week=3, min_per_agent_per_week=1)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def candidates(per_stratum: dict[Stratum, int]) -> list[Candidate]:
    return [
        Candidate(call_fingerprint("asterisk", f"{stratum}#{n}"), stratum)
        for stratum, count in per_stratum.items()
        for n in range(count)
    ]


def stratum(agent: int, week: int = 3) -> Stratum:
    return Stratum(str(agent), f"2026-W{week:02d}")


def counts_per_stratum(pool: list[Candidate], selected: frozenset[str]) -> dict[Stratum, int]:
    result: dict[Stratum, int] = {}
    for candidate in pool:
        result[candidate.stratum] = result.get(candidate.stratum, 0) + (
            candidate.fingerprint in selected
        )
    return result


# --- strata --------------------------------------------------------------------------------------


def test_the_week_is_the_iso_week_on_the_pbx_calendar() -> None:
    # Sunday 11 January 23:30 UTC is Monday 00:30 in Amsterdam: week 3 on the PBX's
    # calendar, though still week 2 in UTC.
    monday_local = dt.datetime(2026, 1, 11, 23, 30, tzinfo=dt.UTC)
    assert iso_week(monday_local, AMSTERDAM) == "2026-W03"
    assert iso_week(monday_local, dt.UTC) == "2026-W02"
    # 1 January 2027 is a Friday: ISO week 53 of 2026.
    assert iso_week(dt.datetime(2027, 1, 1, 12, tzinfo=dt.UTC), AMSTERDAM) == "2026-W53"
    assert stratum_for(7, monday_local, AMSTERDAM) == Stratum("7", "2026-W03")


def test_strata_round_trip_as_text() -> None:
    assert Stratum.parse(str(Stratum("17", "2026-W07"))) == Stratum("17", "2026-W07")
    with pytest.raises(ValueError):
        Stratum.parse("17-2026-07")


def test_seeds() -> None:
    seed = new_seed()
    assert len(seed) == 16 and seed != new_seed()
    assert parse_seed(seed.hex()) == seed
    for bad in (b"short", "zz" * 16, "00" * 15):
        with pytest.raises(ValueError):
            parse_seed(bad)


# --- the draw ------------------------------------------------------------------------------------


def test_cap_and_minimum_per_agent_per_week() -> None:
    pool = candidates({stratum(1): 40, stratum(2): 1, stratum(3): 2, stratum(1, week=4): 0})
    selection = draw(pool, SEED, APP)
    counts = counts_per_stratum(pool, selection.selected)
    assert counts[stratum(1)] == 3  # 30% of 40 is over the cap of 3
    assert counts[stratum(2)] == 1  # the minimum, even if the rate chose none
    assert 1 <= counts[stratum(3)] <= 2
    stats = selection.strata[stratum(1)]
    assert (stats.candidates, stats.selected) == (40, 3)
    assert stats.capped and not stats.topped_up
    assert selection.seed_hex == SEED.hex()


def test_source_mode_selects_every_in_scope_recording() -> None:
    pool = candidates({stratum(1): 50, stratum(2): 3})
    selection = draw(pool, SEED, Sampling(mode=SamplingMode.SOURCE))
    assert selection.selected == {c.fingerprint for c in pool}


@pytest.mark.parametrize(
    "sampling",
    [
        Sampling(mode=None),
        Sampling(mode=SamplingMode.APP, rate=0.0, max_per_agent_per_week=3),
        Sampling(mode=SamplingMode.APP, rate=float("nan"), max_per_agent_per_week=3),
        Sampling(mode=SamplingMode.APP, rate=0.5, max_per_agent_per_week=0),
        Sampling(
            mode=SamplingMode.APP, rate=0.5, max_per_agent_per_week=2, min_per_agent_per_week=3
        ),
    ],
)
def test_unusable_sampling_settings_are_refused(sampling: Sampling) -> None:
    with pytest.raises(ValueError):
        draw(candidates({stratum(1): 5}), SEED, sampling)


def test_duplicate_or_malformed_fingerprints_are_refused() -> None:
    pool = candidates({stratum(1): 2})
    with pytest.raises(ValueError, match="twice"):
        draw([*pool, pool[0]], SEED, APP)
    with pytest.raises(ValueError, match="fingerprint"):
        draw([Candidate("not-a-hash", stratum(1))], SEED, APP)


def test_rates_converge_over_many_candidates() -> None:
    uncapped = Sampling(mode=SamplingMode.APP, rate=0.1, max_per_agent_per_week=20_000)
    pool = candidates({stratum(agent): 1_000 for agent in range(20)})
    share = len(draw(pool, new_seed(), uncapped).selected) / len(pool)
    assert 0.09 <= share <= 0.11


def test_every_candidate_has_the_same_chance() -> None:
    # Over many seeds, each of five candidates is picked about rate of the time.
    rate = Sampling(mode=SamplingMode.APP, rate=0.4, max_per_agent_per_week=5)
    pool = candidates({stratum(1): 5})
    hits = dict.fromkeys((c.fingerprint for c in pool), 0)
    for n in range(2_000):
        for fingerprint in draw(pool, n.to_bytes(16, "big"), rate).selected:
            hits[fingerprint] += 1
    assert all(0.35 <= count / 2_000 <= 0.45 for count in hits.values())


# --- properties ----------------------------------------------------------------------------------

samplings = st.builds(
    lambda rate, cap, floor: Sampling(
        mode=SamplingMode.APP,
        rate=rate,
        max_per_agent_per_week=cap,
        min_per_agent_per_week=min(floor, cap),
    ),
    st.floats(min_value=0.001, max_value=1.0),
    st.integers(min_value=1, max_value=6),
    st.integers(min_value=0, max_value=6),
)
pools = st.dictionaries(
    st.tuples(st.integers(1, 5), st.integers(1, 52)).map(lambda t: stratum(*t)),
    st.integers(min_value=0, max_value=25),
    max_size=8,
).map(candidates)
seeds = st.binary(min_size=16, max_size=16)


@settings(max_examples=200)
@given(pools, seeds, samplings)
def test_caps_always_hold_and_minimums_where_calls_exist(
    pool: list[Candidate], seed: bytes, sampling: Sampling
) -> None:
    selection = draw(pool, seed, sampling)
    assert selection.selected <= {c.fingerprint for c in pool}
    sizes = counts_per_stratum(pool, frozenset(c.fingerprint for c in pool))
    for key, chosen in counts_per_stratum(pool, selection.selected).items():
        assert chosen <= sampling.max_per_agent_per_week
        assert chosen >= min(sampling.min_per_agent_per_week, sizes[key])


@settings(max_examples=100)
@given(pools, seeds, samplings, st.randoms(use_true_random=False))
def test_same_seed_same_sample_whatever_the_order(
    pool: list[Candidate], seed: bytes, sampling: Sampling, rnd: random.Random
) -> None:
    shuffled = list(pool)
    rnd.shuffle(shuffled)
    first = draw(pool, seed, sampling)
    assert draw(shuffled, seed.hex(), sampling) == first
    assert verify(BatchRecord(seed, sampling, shuffled, set(first.selected))).ok


# --- verification --------------------------------------------------------------------------------


def batch() -> BatchRecord:
    pool = candidates({stratum(agent): 12 for agent in range(1, 6)})
    return BatchRecord(SEED.hex(), APP, pool, draw(pool, SEED, APP).selected)


def test_verify_accepts_an_untouched_batch() -> None:
    report = verify(batch())
    assert report.ok
    assert report.problems == ()
    assert sum(s.selected for s in report.strata.values()) == len(batch().selected)


def test_verify_detects_an_added_fingerprint() -> None:
    original = batch()
    extra = next(
        c.fingerprint for c in original.candidates if c.fingerprint not in original.selected
    )
    report = verify(
        BatchRecord(original.seed, APP, original.candidates, {*original.selected, extra})
    )
    assert not report.ok
    assert report.unexpected == {extra}


def test_verify_detects_a_removed_fingerprint() -> None:
    original = batch()
    dropped = sorted(original.selected)[0]
    report = verify(
        BatchRecord(original.seed, APP, original.candidates, set(original.selected) - {dropped})
    )
    assert not report.ok
    assert report.missing == {dropped}


def test_verify_detects_a_changed_seed() -> None:
    original = batch()
    report = verify(BatchRecord(bytes(16), APP, original.candidates, original.selected))
    assert not report.ok
    assert "differs" in report.problems[0]


def test_verify_detects_a_selection_outside_the_candidates_and_over_the_cap() -> None:
    original = batch()
    stranger = call_fingerprint("asterisk", "never-a-candidate")
    report = verify(
        BatchRecord(original.seed, APP, original.candidates, {*original.selected, stranger})
    )
    assert any("never candidates" in p for p in report.problems)
    crowded = {c.fingerprint for c in original.candidates if c.stratum == stratum(1)}
    report = verify(BatchRecord(original.seed, APP, original.candidates, crowded))
    assert any("over the cap" in p for p in report.problems)
    assert any("under the minimum" in p for p in report.problems)


def test_verify_reports_a_batch_that_cannot_be_redrawn() -> None:
    original = batch()
    report = verify(BatchRecord("abc", APP, original.candidates, original.selected))
    assert not report.ok
    assert "cannot be re-drawn" in report.problems[0]

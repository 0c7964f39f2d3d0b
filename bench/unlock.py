"""Median unlock time with this machine's calibrated Argon2id, against a raw-key database open."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from table import Row  # bench/table.py, next to this file

from supervisor_app.vault.db import DB_FILE, connect
from supervisor_app.vault.keyslots import MIN_UNLOCK_SECONDS, TARGET_UNLOCK_SECONDS, KdfParams
from supervisor_app.vault.vault import LockedVault, create_vault

USER = "bench"
# A throwaway vault: the passphrase only has to be the same on both sides.
PASSPHRASE = "bench-paarse-olifant-fietst-morgen"


def median_seconds(runs: int, work: Callable[[], object]) -> tuple[float, list[float]]:
    """Run work runs times after one warm-up; return the median and every time."""
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def measure(runs: int = 7) -> list[Row]:
    """The unlock figures as table rows."""
    figures = _measure(runs)
    kdf, kdf_median, unlock_median, raw_median = figures
    return [
        Row(
            f"Argon2id, calibrated (t={kdf.time_cost}, {kdf.memory_kib // 1024} MiB)",
            f"{kdf_median * 1000:.0f} ms per guess",
            f"floor {MIN_UNLOCK_SECONDS * 1000:.0f} ms",
            f"{kdf_median / MIN_UNLOCK_SECONDS:.2f}x",
            ">= 1x (>= 0.4 s, >= 64 MiB)",
        ),
        Row(
            "full unlock",
            f"{unlock_median * 1000:.0f} ms",
            f"raw-key open {raw_median * 1000:.1f} ms",
            f"{unlock_median / raw_median:.0f}x",
            "about 0.5 s",
        ),
    ]


def _measure(runs: int) -> tuple[KdfParams, float, float, float]:
    kdf = KdfParams.calibrate()
    with tempfile.TemporaryDirectory(prefix="supervisor-bench-") as tmp:
        folder = Path(tmp) / "vault"
        vault, _recovery = create_vault(folder, USER, PASSPHRASE, kdf=kdf)
        key = vault._require_key()
        vault.lock()

        def full_unlock() -> None:
            unlocked = LockedVault.open(folder).unlock(USER, PASSPHRASE)
            conn = unlocked.connect()
            conn.execute("SELECT count(*) FROM audit_log").fetchone()
            conn.close()
            unlocked.lock()

        def raw_open() -> None:
            conn = connect(folder / DB_FILE, key)
            conn.execute("SELECT count(*) FROM audit_log").fetchone()
            conn.close()

        unlock_median, _ = median_seconds(runs, full_unlock)
        raw_median, _ = median_seconds(runs, raw_open)
        kdf_median, _ = median_seconds(runs, lambda: kdf.derive(PASSPHRASE.encode(), bytes(16)))
    return kdf, kdf_median, unlock_median, raw_median


def main(argv: list[str] | None = None) -> int:
    """Measure and print labelled lines."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="timed runs per measurement")
    args = parser.parse_args(argv)

    calibrate_start = time.perf_counter()
    kdf = KdfParams.calibrate()
    calibrate_seconds = time.perf_counter() - calibrate_start

    with tempfile.TemporaryDirectory(prefix="supervisor-bench-") as tmp:
        folder = Path(tmp) / "vault"
        vault, _recovery = create_vault(folder, USER, PASSPHRASE, kdf=kdf)
        key = vault._require_key()  # the raw key, for the baseline; the vault is thrown away
        vault.lock()

        def full_unlock() -> None:
            unlocked = LockedVault.open(folder).unlock(USER, PASSPHRASE)
            conn = unlocked.connect()
            conn.execute("SELECT count(*) FROM audit_log").fetchone()
            conn.close()
            unlocked.lock()

        def raw_open() -> None:
            conn = connect(folder / DB_FILE, key)
            conn.execute("SELECT count(*) FROM audit_log").fetchone()
            conn.close()

        def argon2_only() -> None:
            kdf.derive(PASSPHRASE.encode(), bytes(16))

        unlock_median, unlock_times = median_seconds(args.runs, full_unlock)
        raw_median, raw_times = median_seconds(args.runs, raw_open)
        kdf_median, _ = median_seconds(args.runs, argon2_only)

    print(f"python:                 {sys.version.split()[0]}")
    print(
        f"calibrated Argon2id:    t={kdf.time_cost} passes, m={kdf.memory_kib // 1024} MiB, "
        f"p={kdf.parallelism} lanes (target {TARGET_UNLOCK_SECONDS:.2f} s; "
        f"calibration took {calibrate_seconds:.2f} s)"
    )
    print(f"runs per measurement:   {args.runs} (after one warm-up)")
    print(f"argon2id derive:        median {kdf_median * 1000:8.1f} ms")
    print(
        f"full unlock:            median {unlock_median * 1000:8.1f} ms "
        f"(min {min(unlock_times) * 1000:.1f}, max {max(unlock_times) * 1000:.1f})"
    )
    print(
        f"raw-key db open:        median {raw_median * 1000:8.1f} ms "
        f"(min {min(raw_times) * 1000:.1f}, max {max(raw_times) * 1000:.1f})"
    )
    print(f"unlock / raw open:      {unlock_median / raw_median:8.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

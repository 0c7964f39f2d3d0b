"""Import throughput into the encrypted vault, against baselines measured in the same run.

Generates an export of --calls recordings of --minutes each (8 kHz mono 16-bit WAV, tones
and noise), imports every one into a throwaway vault, and compares the speed (MB of source
audio per second) with: (a) encoding the same files to FLAC with soundfile and writing
each to a plain file with fsync, the work any import must do; (b) inserting the same FLAC
bytes into a plain sqlite3 database; (c) copying the WAV files with fsync, the upper bound.
Everything lives in a temporary folder that is deleted afterwards.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import io
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile as sf
from table import Row  # bench/table.py, next to this file

from supervisor_app import paths
from supervisor_app.domain.people import Language
from supervisor_app.domain.policy import Sampling, SamplingMode
from supervisor_app.services import setup
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.imports import ImportService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.session import Session
from supervisor_app.vault.keyslots import KdfParams
from supervisor_app.vault.recordings_repo import CHUNK_SIZE

RATE = 8000
MB = 1_000_000
ADMIN, PASSPHRASE = "bench", "bench-paarse-olifant-fietst-morgen"
EXTENSIONS = ("201", "202", "203", "204", "205", "206")
# A cheap key derivation: unlocking is measured by bench/unlock.py, not here.
BENCH_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def make_export(folder: Path, calls: int, minutes: float) -> list[Path]:
    """WAV recordings and a manifest naming them; returns the recordings."""
    rng = np.random.default_rng(7)
    frames = int(RATE * 60 * minutes)
    t = np.arange(frames) / RATE
    # A week ago: inside every retention period and after the policy's gate dates.
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=7)
    rows, files = [], []
    for n in range(calls):
        # Speech-band tones that change every few seconds, under noise: compresses like calls.
        pitch = 200 + 600 * rng.random(frames // (RATE * 3) + 1).repeat(RATE * 3)[:frames]
        signal = 0.3 * np.sin(2 * np.pi * pitch * t) + 0.05 * rng.standard_normal(frames)
        path = folder / "rec" / f"call-{n:04d}.wav"
        path.parent.mkdir(parents=True, exist_ok=True)
        sf.write(path, (signal * 32767).astype(np.int16), RATE, subtype="PCM_16")
        files.append(path)
        rows.append(
            {
                "file": f"rec/{path.name}",
                "agent_extension": EXTENSIONS[n % len(EXTENSIONS)],
                "started_at": (start + dt.timedelta(minutes=7 * n)).isoformat(),
                "direction": "inbound",
                "remote_number": f"06{12340000 + n:08d}",
                "queue": "400",
                "campaign": "",
            }
        )
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return files


def prepare_vault(folder: Path) -> Session:
    """A vault whose policy imports every business recording (sampling mode source)."""
    session, _ = setup.create(folder, ADMIN, PASSPHRASE, kdf=BENCH_KDF)
    people = PeopleService(session)
    people.add_team("Bench")
    ids = [people.add_agent(f"Agent {e}", [e], "Bench", None, Language.NL).id for e in EXTENSIONS]
    policies = PolicyService(session)
    policy = policies.import_file(paths.resources_dir() / "policy.example.toml")
    policies.save(dataclasses.replace(policy, sampling=Sampling(mode=SamplingMode.SOURCE)))
    documents = DocumentService(session)
    documents.publish()
    documents.acknowledge(ids, received_on=dt.date(2026, 5, 1))
    return session


def timed(work: Callable[[], object]) -> float:
    """Seconds work takes, starting with no dirty pages left from earlier steps to write back."""
    if hasattr(os, "sync"):  # POSIX; Windows has no call that flushes every file
        os.sync()
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def encode(path: Path) -> bytes:
    data, rate = sf.read(path, dtype="int16")
    out = io.BytesIO()
    sf.write(out, data, rate, format="FLAC", subtype="PCM_16")
    return out.getvalue()


def baseline_flac_files(files: list[Path], target: Path) -> list[bytes]:
    """(a) FLAC-encode each file and write it to its own file with fsync."""
    target.mkdir()
    encoded = []
    for path in files:
        flac = encode(path)
        with open(target / (path.stem + ".flac"), "wb") as fh:
            fh.write(flac)
            fh.flush()
            os.fsync(fh.fileno())
        encoded.append(flac)
    return encoded


def baseline_sqlite(flacs: list[bytes], db: Path) -> None:
    """(b) The same FLAC bytes into plain sqlite3, chunked, one transaction per recording."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA page_size = 16384")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE chunks (recording INTEGER, seq INTEGER, data BLOB)")
    for n, flac in enumerate(flacs):
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO chunks VALUES (?, ?, ?)",
            [
                (n, seq, flac[start : start + CHUNK_SIZE])
                for seq, start in enumerate(range(0, len(flac), CHUNK_SIZE))
            ],
        )
        conn.execute("COMMIT")
    conn.close()


def baseline_copy(files: list[Path], target: Path) -> None:
    """(c) Copy each WAV with fsync: reading and writing the bytes, nothing more."""
    target.mkdir()
    for path in files:
        copy = target / path.name
        shutil.copyfile(path, copy)
        with open(copy, "rb+") as fh:
            os.fsync(fh.fileno())


@dataclasses.dataclass
class Times:
    """Seconds per measurement, one entry per run."""

    imported: list[float] = dataclasses.field(default_factory=list)
    flac: list[float] = dataclasses.field(default_factory=list)
    sqlite: list[float] = dataclasses.field(default_factory=list)
    copy: list[float] = dataclasses.field(default_factory=list)
    flac_bytes: int = 0


def measure_once(root: Path, files: list[Path], calls: int, times: Times) -> None:
    """One import into a fresh vault and the three baselines, in the same conditions."""
    for name in ("vault", "flac", "copy", "plain.db", "plain.db-wal", "plain.db-shm"):
        target = root / name
        if target.is_dir():
            shutil.rmtree(target)
        target.unlink(missing_ok=True)
    session = prepare_vault(root / "vault")
    try:
        service = ImportService(session)
        reports = []
        times.imported.append(
            timed(lambda: reports.append(service.run("manifest", root / "export" / "manifest.csv")))
        )
    finally:
        session.lock()
    assert reports[0].imported == calls, reports[0]
    flacs: list[bytes] = []
    times.flac.append(timed(lambda: flacs.extend(baseline_flac_files(files, root / "flac"))))
    times.sqlite.append(timed(lambda: baseline_sqlite(flacs, root / "plain.db")))
    times.copy.append(timed(lambda: baseline_copy(files, root / "copy")))
    times.flac_bytes = sum(len(f) for f in flacs)


def measure(calls: int = 100, minutes: float = 2.0, runs: int = 3) -> list[Row]:
    """The import figures as table rows (medians over runs)."""
    times = Times()
    with tempfile.TemporaryDirectory(prefix="supervisor-bench-") as tmp:
        root = Path(tmp)
        files = make_export(root / "export", calls, minutes)
        source_mb = sum(p.stat().st_size for p in files) / MB
        for _ in range(runs):
            measure_once(root, files, calls, times)
    imported, flac = statistics.median(times.imported), statistics.median(times.flac)
    plain, copy = statistics.median(times.sqlite), statistics.median(times.copy)
    label = f"import {calls} x {minutes:g} min ({source_mb:.0f} MB), median of {runs}"

    def speed(seconds: float) -> str:
        return f"{source_mb / seconds:.0f} MB/s"

    return [
        Row(
            label,
            speed(imported),
            f"FLAC to files + fsync {speed(flac)}",
            f"{flac / imported:.2f}x",
            ">= 0.80x",
        ),
        Row("", "", f"FLAC into plain sqlite3 {speed(plain)}", f"{plain / imported:.2f}x", ""),
        Row("", "", f"copy WAV + fsync {speed(copy)}", f"{copy / imported:.2f}x", ""),
    ]


def main(argv: list[str] | None = None) -> int:
    """Measure and print labelled lines (medians over --runs runs)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100, help="recordings in the export")
    parser.add_argument("--minutes", type=float, default=2.0, help="length of each recording")
    parser.add_argument("--runs", type=int, default=3, help="runs; medians are printed")
    args = parser.parse_args(argv)

    times = Times()
    with tempfile.TemporaryDirectory(prefix="supervisor-bench-") as tmp:
        root = Path(tmp)
        made = time.perf_counter()
        files = make_export(root / "export", args.calls, args.minutes)
        made = time.perf_counter() - made
        source_mb = sum(p.stat().st_size for p in files) / MB
        for _ in range(args.runs):
            measure_once(root, files, args.calls, times)

    imported, flac = statistics.median(times.imported), statistics.median(times.flac)
    plain, copy = statistics.median(times.sqlite), statistics.median(times.copy)
    flac_mb = times.flac_bytes / MB

    def line(label: str, seconds: float, runs: list[float]) -> str:
        spread = ", ".join(f"{t:.2f}" for t in runs)
        return f"{label:<29}{seconds:6.2f} s {source_mb / seconds:7.1f} MB/s   (runs: {spread})"

    print(f"python:                      {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    print(
        f"export:                      {args.calls} calls x {args.minutes:g} min, 8 kHz mono "
        f"16-bit, {source_mb:.1f} MB (generated in {made:.1f} s)"
    )
    print(f"FLAC size:                   {flac_mb:.1f} MB ({flac_mb / source_mb:.0%} of source)")
    print(f"medians of {args.runs} runs, MB of source audio per second:")
    print(line("import into vault:", imported, times.imported))
    print(line("(a) FLAC to files + fsync:", flac, times.flac))
    print(line("(b) FLAC into plain sqlite3:", plain, times.sqlite))
    print(line("(c) copy WAV + fsync:", copy, times.copy))
    print(f"import / (a):                {flac / imported:6.2f}x  (aim: at least 0.80x)")
    print(f"import / (b):                {plain / imported:6.2f}x")
    print(f"import / (c):                {copy / imported:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

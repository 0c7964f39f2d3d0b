"""Purge speed: forgetting expired recordings in the vault, against a plain sqlite3 copy.

Builds a vault of --total recordings of --minutes each (the same FLAC of tones and noise in
every one, written through the vault's own repository), --expired of them past their
retention, and purges them with the real service: chunks deleted under secure_delete, peaks
blanked, tombstones and the audit entry written, freed pages given back and the WAL folded
in. The baseline, in the same run, deletes the same chunk rows from a plain sqlite3 database
(SQLite through the same sqlcipher3 module, without a key: no encryption) with the same
schema, page size and secure_delete, then gives the pages back the same way.
Prints the time of each, the vault's size before and after, and their ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile as sf
import sqlcipher3

from supervisor_app import paths
from supervisor_app.domain.retention import PurposeDeadline, deadline, zone
from supervisor_app.services import setup
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.retention import RetentionService
from supervisor_app.services.session import Session
from supervisor_app.vault import recordings_repo
from supervisor_app.vault.db import DB_FILE, Connection, transaction
from supervisor_app.vault.keyslots import KdfParams
from supervisor_app.vault.migrations import MIGRATIONS
from supervisor_app.vault.recordings_repo import CHUNK_SIZE, NewBatch, NewRecording

RATE = 8000
MB = 1_000_000
ADMIN, PASSPHRASE = "bench", "bench-paarse-olifant-fietst-morgen"
BENCH_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PER_TRANSACTION = 50  # recordings written per transaction while building


def call_flac(minutes: float) -> tuple[bytes, int]:
    """One call's worth of FLAC (speech-band tones under noise) and its frame count."""
    rng = np.random.default_rng(11)
    frames = int(RATE * 60 * minutes)
    t = np.arange(frames) / RATE
    pitch = 200 + 600 * rng.random(frames // (RATE * 3) + 1).repeat(RATE * 3)[:frames]
    signal = 0.3 * np.sin(2 * np.pi * pitch * t) + 0.05 * rng.standard_normal(frames)
    out = io.BytesIO()
    sf.write(out, (signal * 32767).astype(np.int16), RATE, format="FLAC", subtype="PCM_16")
    return out.getvalue(), frames


def build_vault(folder: Path, total: int, expired: int, flac: bytes, frames: int) -> Session:
    """A vault with total recordings, the first expired of them past every retention."""
    session, _ = setup.create(folder, ADMIN, PASSPHRASE, kdf=BENCH_KDF)
    people = PeopleService(session)
    people.add_team("Team Noord")
    agent = people.add_agent("Bench Agent", ["201"], "Team Noord", None)
    policy = PolicyService(session).import_file(paths.resources_dir() / "policy.example.toml")
    tz = zone(policy.scope.timezone)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    conn = session.conn
    with transaction(conn):
        batch = recordings_repo.add_batch(
            conn,
            NewBatch("manifest", "source", "x", policy.version, ADMIN, now, {}, [], frozenset()),
        )
    sha = recordings_repo.sha256(flac)
    for start in range(0, total, PER_TRANSACTION):
        with transaction(conn):
            for n in range(start, min(start + PER_TRANSACTION, total)):
                # The expired calls are 60 days old, the others a week: training keeps 30.
                age = dt.timedelta(days=60 if n < expired else 7, minutes=n)
                call = now - age
                recordings_repo.add_recording(
                    conn,
                    NewRecording(
                        batch,
                        "manifest",
                        f"call-{n}",
                        f"fp-{n}",
                        f"src-{n}",
                        agent.id,
                        agent.team_id,
                        call,
                        "inbound",
                        "+31612345678",
                        "400",
                        None,
                        RATE,
                        1,
                        frames,
                        sha,
                        b"\x00" * 6000,
                    ),
                    flac,
                    [PurposeDeadline("training", deadline(call, 30, tz))],
                    now,
                )
    return session


def build_plain(path: Path, total: int, flac: bytes) -> Connection:
    """The same schema and audio in a plain SQLite file, with the vault's page settings.

    Opened through sqlcipher3 without a key, so the SQLite build is the vault's own: the
    standard library's module steps ``PRAGMA incremental_vacuum`` only once.
    """
    conn: Connection = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA page_size = 16384")
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    for step in MIGRATIONS:
        for statement in step:
            # The schema only: the data steps and the pragma of a table rebuild have no data
            # to work on in a new file.
            if isinstance(statement, str) and not statement.startswith("PRAGMA"):
                conn.execute(statement)
    view = memoryview(flac)
    for start in range(0, total, PER_TRANSACTION):
        conn.execute("BEGIN")
        for n in range(start, min(start + PER_TRANSACTION, total)):
            conn.executemany(
                "INSERT INTO audio_chunks (recording_id, seq, data) VALUES (?, ?, ?)",
                [
                    (n + 1, seq, view[i : i + CHUNK_SIZE])
                    for seq, i in enumerate(range(0, len(flac), CHUNK_SIZE))
                ],
            )
        conn.execute("COMMIT")
    return conn


def delete_plain(conn: Connection, expired: int) -> None:
    """Delete the expired recordings' chunks in batches, then give the pages back."""
    for start in range(0, expired, 25):
        conn.execute("BEGIN")
        conn.execute(
            "DELETE FROM audio_chunks WHERE recording_id BETWEEN ? AND ?",
            (start + 1, min(start + 25, expired)),
        )
        conn.execute("COMMIT")
    conn.execute("PRAGMA incremental_vacuum").fetchall()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def size(folder: Path, name: str) -> int:
    return sum((folder / f).stat().st_size for f in (name, f"{name}-wal") if (folder / f).exists())


def timed(work: Callable[[], object]) -> float:
    os.sync()
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Build, purge, compare; print labelled lines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=5000, help="recordings in the vault")
    parser.add_argument("--expired", type=int, default=1000, help="of them past retention")
    parser.add_argument("--minutes", type=float, default=2.0, help="length of each recording")
    args = parser.parse_args(argv)
    flac, frames = call_flac(args.minutes)
    with tempfile.TemporaryDirectory(prefix="supervisor-bench-") as tmp:
        root = Path(tmp)
        built = time.perf_counter()
        session = build_vault(root / "vault", args.total, args.expired, flac, frames)
        built = time.perf_counter() - built
        try:
            session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            before = size(root / "vault", DB_FILE)
            reports = []
            purge = timed(lambda: reports.append(RetentionService(session).purge()))
            after = size(root / "vault", DB_FILE)
        finally:
            session.lock()
        assert len(reports[0].purged) == args.expired, reports[0]
        plain = build_plain(root / "plain.db", args.total, flac)
        try:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            plain_before = size(root, "plain.db")
            baseline = timed(lambda: delete_plain(plain, args.expired))
            plain_after = size(root, "plain.db")
        finally:
            plain.close()

    print(f"python:              {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    print(
        f"vault:               {args.total} recordings x {args.minutes:g} min "
        f"({len(flac) / MB:.2f} MB FLAC each), built in {built:.1f} s"
    )
    print(f"purge {args.expired} expired:   {purge:6.2f} s")
    print(f"  vault size:        {before / MB:8.1f} MB -> {after / MB:8.1f} MB")
    print(f"plain sqlite3 delete:{baseline:6.2f} s")
    print(f"  file size:         {plain_before / MB:8.1f} MB -> {plain_after / MB:8.1f} MB")
    print(f"purge / plain:       {purge / baseline:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Playback latency and memory, and audit-log verification speed, against same-run baselines.

1. Time from opening a listen session (gate decision and the write-ahead session row and
   audit entries included) to the first audio block handed to the sink, for a 1-minute and
   a 2-hour recording (8 kHz mono), as medians; next to the baseline of opening the plain
   WAV file with soundfile and reading its first block. Aim: under 50 ms for both lengths
   and within 10x the baseline.
2. Extra resident memory while the 2-hour recording plays through (aim: under 100 MB).
3. Verifying a 100,000-entry audit log, against hashing the same bytes with hashlib.

Everything lives in a temporary folder that is deleted afterwards.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import hashlib
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile as sf
from table import Row, print_table  # bench/table.py, next to this file

from supervisor_app import paths
from supervisor_app.audio.sinks import NullSink
from supervisor_app.domain.people import Language
from supervisor_app.domain.policy import Sampling, SamplingMode
from supervisor_app.domain.roles import Role
from supervisor_app.services import record_check, setup
from supervisor_app.services.audit_log import AuditLogService
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.imports import ImportService
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit
from supervisor_app.vault.db import transaction
from supervisor_app.vault.keyslots import KdfParams

RATE = 8000
MB = 1_000_000
ADMIN, PASSPHRASE = "bench", "bench-paarse-olifant-fietst-morgen"
LEAD = "lead"
LEAD_PASSPHRASE = PASSPHRASE + "-lead"
REASON = "Benchmark of the time to first audio"
BENCH_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PAGE = os.sysconf("SC_PAGE_SIZE")


def write_call(path: Path, seconds: int, seed: int) -> None:
    """Speech-band tones under noise, written in ten-minute pieces to keep memory flat."""
    rng = np.random.default_rng(seed)
    piece = RATE * 600
    with sf.SoundFile(path, "w", RATE, 1, subtype="PCM_16") as out:
        for start in range(0, RATE * seconds, piece):
            n = min(piece, RATE * seconds - start)
            t = (start + np.arange(n)) / RATE
            pitch = 200 + 600 * rng.random(n // (RATE * 3) + 1).repeat(RATE * 3)[:n]
            signal = 0.3 * np.sin(2 * np.pi * pitch * t) + 0.05 * rng.standard_normal(n)
            out.write((signal * 32767).astype(np.int16))


def prepare(folder: Path, calls: dict[str, int]) -> tuple[Session, dict[str, int], dict[str, Path]]:
    """A vault with one recording per named length; returns a team lead's session and ids."""
    session, _ = setup.create(folder / "vault", ADMIN, PASSPHRASE, kdf=BENCH_KDF)
    people = PeopleService(session)
    people.add_team("Bench")
    agent = people.add_agent("Agent 201", ["201"], "Bench", None, Language.NL)
    policies = PolicyService(session)
    policy = policies.import_file(paths.resources_dir() / "policy.example.toml")
    policies.save(dataclasses.replace(policy, sampling=Sampling(mode=SamplingMode.SOURCE)))
    documents = DocumentService(session)
    documents.publish()
    documents.acknowledge([agent.id], received_on=dt.date(2026, 5, 1))
    people.add_user(LEAD, people.grants_for([Role.TEAM_LEAD], ["Bench"]), LEAD_PASSPHRASE)

    export = folder / "export"
    (export / "rec").mkdir(parents=True)
    rows, files = [], {}
    # A week ago: inside every retention period and after the policy's gate dates.
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=7)
    for n, (name, seconds) in enumerate(calls.items()):
        files[name] = export / "rec" / f"{name}.wav"
        write_call(files[name], seconds, n)
        rows.append(
            {
                "file": f"rec/{name}.wav",
                "agent_extension": "201",
                "started_at": (start + dt.timedelta(hours=3 * n)).isoformat(),
                "direction": "inbound",
                "remote_number": f"06{12340000 + n:08d}",
                "queue": "400",
                "campaign": "",
            }
        )
    with (export / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    report = ImportService(session).run("manifest", export / "manifest.csv", None)
    if report.imported != len(calls):
        raise SystemExit(f"import failed: {report.failed}")
    by_frames = {
        int(f): int(i) for i, f in session.conn.execute("SELECT id, frames FROM recordings")
    }
    ids = {name: by_frames[seconds * RATE] for name, seconds in calls.items()}
    return unlock(session.vault.folder, LEAD, LEAD_PASSPHRASE), ids, files


class FirstBlock(NullSink):
    """A null sink that notes when the first block arrives."""

    def __init__(self) -> None:
        super().__init__()
        self.first_at: float | None = None
        self.arrived = threading.Event()

    def write(self, frames: np.ndarray) -> int:
        if self.first_at is None:
            self.first_at = time.perf_counter()
            self.arrived.set()
        return super().write(frames)


def time_to_first_block(lead: Session, recording_id: int) -> float:
    service = ListeningService(lead)
    sink = FirstBlock()
    began = time.perf_counter()
    listen = service.open(recording_id, "training", REASON)
    player = listen.player(sink)
    player.play()
    if not sink.arrived.wait(30):
        raise SystemExit("no audio reached the sink within 30 s")
    listen.close()
    assert sink.first_at is not None
    return sink.first_at - began


def time_wav_first_block(path: Path) -> float:
    began = time.perf_counter()
    with sf.SoundFile(path) as audio:
        audio.read(RATE // 10, dtype="int16", always_2d=True)
    return time.perf_counter() - began


def rss() -> int:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * PAGE


def extra_memory_while_playing(lead: Session, recording_id: int) -> tuple[int, float]:
    """Peak resident memory above the level before opening, and the seconds it took."""
    before = rss()
    peak = before
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, rss())
            time.sleep(0.01)

    sampler = threading.Thread(target=sample)
    sampler.start()
    began = time.perf_counter()
    listen = ListeningService(lead).open(recording_id, "training", REASON)
    player = listen.player(NullSink())
    player.play()
    player.wait()
    summary = listen.close()
    took = time.perf_counter() - began
    stop.set()
    sampler.join()
    assert summary.intervals == ((0, player.frames),)
    return peak - before, took


@dataclasses.dataclass
class VerifyTimes:
    """Seconds for each way of verifying the same log, and the baseline."""

    baseline: float  # read the rows and SHA-256 their bytes with hashlib
    chain: float  # hashes, order and key rules; no signature checked
    full: float  # and every signature (log verify, first time)
    cached: float  # log verify again: signatures up to the last checked head are skipped
    records: float  # log verify's other half: the tables beside the log read back against it
    entries: int


def verify_speed(folder: Path, entries: int) -> VerifyTimes:
    """Time verifying a log of entries against reading and hashing the same rows."""
    session, _ = setup.create(folder / "log-vault", ADMIN, PASSPHRASE, kdf=BENCH_KDF)
    conn = session.conn
    with transaction(conn):
        have = int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
        for n in range(entries - have):
            session.record(
                "listen_ended",
                f"recording:{n}",
                {"session": n, "purpose": "training", "intervals_s": [[0.0, 61.2]]},
            )
    columns = "seq, at, actor, action, subject, details, prev_hash, hash, signer, signature"

    def baseline() -> None:
        cursor = conn.execute(f"SELECT {columns} FROM audit_log ORDER BY seq")
        while rows := cursor.fetchmany(2000):
            for row in rows:
                text = "|".join(str(v) for v in row[:9]).encode()
                hashlib.sha256(text + (row[9] or b"")).hexdigest()

    def timed(work: Callable[[], object]) -> float:
        began = time.perf_counter()
        work()
        return time.perf_counter() - began

    base = min(timed(baseline) for _ in range(3))
    chain = min(timed(lambda: audit.verify(conn, signatures_after=entries + 1)) for _ in range(3))
    service = AuditLogService(session)
    full = timed(service.verify_log)
    cached = timed(service.verify_log)
    records = min(timed(lambda: record_check.check(conn)) for _ in range(3))
    report = audit.verify(conn)
    assert report.intact and report.signed == report.count
    session.lock()
    return VerifyTimes(base, chain, full, cached, records, entries)


def verify_rows(times: VerifyTimes) -> list[Row]:
    """The verification figures as table rows."""
    base = f"read + hashlib {times.baseline:.2f} s"
    label = f"verify {times.entries:,} audit entries"
    return [
        Row(
            f"{label}: chain",
            f"{times.chain:.2f} s",
            base,
            f"{times.chain / times.baseline:.1f}x",
            "<= 2x",
        ),
        Row(
            f"{label}: every signature (first run)",
            f"{times.full:.2f} s",
            base,
            f"{times.full / times.baseline:.1f}x",
            "reported",
        ),
        Row(
            f"{label}: again (checked head cached)",
            f"{times.cached:.2f} s",
            base,
            f"{times.cached / times.baseline:.1f}x",
            "<= 2x",
        ),
        Row(
            "records read back against those entries",
            f"{times.records:.2f} s",
            base,
            f"{times.records / times.baseline:.1f}x",
            "reported",
        ),
    ]


def measure(runs: int = 15, long_minutes: int = 120, entries: int = 100_000) -> list[Row]:
    """The playback and verification figures as table rows."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="supervisor-bench-") as tmp:
        root = Path(tmp)
        os.environ[paths.HOME_ENV] = str(root / "home")
        lengths = {"short": 60, "long": long_minutes * 60}
        lead, ids, files = prepare(root, lengths)
        for name, label in (("short", "1 min"), ("long", f"{long_minutes} min")):
            vault_ms = [1000 * time_to_first_block(lead, ids[name]) for _ in range(runs)]
            wav_ms = [1000 * time_wav_first_block(files[name]) for _ in range(runs)]
            med, base = statistics.median(vault_ms), statistics.median(wav_ms)
            rows.append(
                Row(
                    f"first audio block, {label}",
                    f"{med:.1f} ms",
                    f"WAV open + block {base:.2f} ms",
                    f"{med / base:.0f}x",
                    "< 50 ms",
                )
            )
        extra, _ = extra_memory_while_playing(lead, ids["long"])
        rows.append(
            Row(
                f"extra memory playing {long_minutes} min",
                f"{extra / MB:.1f} MB",
                "",
                "",
                "< 100 MB",
            )
        )
        lead.lock()
        rows += verify_rows(verify_speed(root, entries))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per median")
    parser.add_argument("--long-minutes", type=int, default=120, help="length of the long call")
    parser.add_argument("--entries", type=int, default=100_000, help="audit entries to verify")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="supervisor-bench-") as tmp:
        root = Path(tmp)
        os.environ[paths.HOME_ENV] = str(root / "home")
        lengths = {"short": 60, "long": args.long_minutes * 60}
        print(f"Preparing a vault with a 1-minute and a {args.long_minutes}-minute recording…")
        lead, ids, files = prepare(root, lengths)

        for name, label in (("short", "1-minute"), ("long", f"{args.long_minutes}-minute")):
            vault_ms = [1000 * time_to_first_block(lead, ids[name]) for _ in range(args.runs)]
            wav_ms = [1000 * time_wav_first_block(files[name]) for _ in range(args.runs)]
            med, base = statistics.median(vault_ms), statistics.median(wav_ms)
            print(
                f"first audio, {label}: open session -> first block {med:.2f} ms "
                f"(median of {args.runs}); plain WAV open + first block {base:.3f} ms; "
                f"ratio {med / base:.1f}x; aim < 50 ms and < 10x: "
                f"{'met' if med < 50 and med < 10 * base else 'NOT met'}"
            )

        extra, took = extra_memory_while_playing(lead, ids["long"])
        print(
            f"memory, {args.long_minutes}-minute playback to a null sink: "
            f"+{extra / MB:.1f} MB resident at peak (aim < 100 MB: "
            f"{'met' if extra < 100 * MB else 'NOT met'}); played in {took:.1f} s"
        )
        lead.lock()

        times = verify_speed(root, args.entries)
        print_table(verify_rows(times))
    return 0


if __name__ == "__main__":
    sys.exit(main())

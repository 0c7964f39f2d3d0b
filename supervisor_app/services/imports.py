"""Importing a telephone-system export: preview the counts, then draw and store the sample.

Order of work (DESIGN.md, "Import"): the policy must be complete; the export is read;
every call is classified and only business calls of eligible agents go on; a fresh seed
draws the sample over calls no earlier batch has drawn; the batch (seed, settings,
candidates' fingerprints and strata, selection) is stored before any audio; then each
selected recording is encoded and stored in a transaction of its own. A kill at any moment
leaves whole recordings only, and running the same import again finishes the batch: calls
an earlier batch selected but did not store are stored under that batch, calls it did not
select are never drawn again, so a sample cannot be re-rolled by importing twice.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from supervisor_app import paths
from supervisor_app.audio.codec import AudioError, EncodedAudio
from supervisor_app.domain import retention
from supervisor_app.domain.calls import ParseProblem, ReadResult
from supervisor_app.domain.errors import AccessDenied, UserFacingError
from supervisor_app.domain.policy import Policy, Sampling, SamplingMode
from supervisor_app.domain.roles import Role
from supervisor_app.domain.sampling import Selection, draw, new_seed
from supervisor_app.ingest import pipeline
from supervisor_app.ingest.pipeline import InScope, Job, Plan
from supervisor_app.ingest.sources import SourceSettings, open_source, read_all
from supervisor_app.services import error_codes as codes
from supervisor_app.services import notifications, source_cleanup
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.session import Session
from supervisor_app.services.source_cleanup import DeletedSources, SourceCleanup
from supervisor_app.vault import people_repo, policy_repo, recordings_repo, requests_repo
from supervisor_app.vault.checkpointer import Checkpointer
from supervisor_app.vault.db import transaction
from supervisor_app.vault.recordings_repo import NewBatch, NewRecording

DEMO_SOURCE = "freepbx"
IMPORTER_ROLES = (Role.ADMINISTRATOR, Role.TEAM_LEAD)
Clock = Callable[[], dt.datetime]


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """How far a running import is: recordings and source bytes done, and the time left."""

    done: int
    total: int
    bytes_done: int
    bytes_total: int
    elapsed_s: float

    @property
    def eta_s(self) -> float | None:
        """Seconds left at the speed so far; None until something was done."""
        if self.bytes_done <= 0 or self.elapsed_s <= 0:
            return None
        rate = self.bytes_done / self.elapsed_s
        return max(self.bytes_total - self.bytes_done, 0) / rate


@dataclass(frozen=True, slots=True)
class FailedRecording:
    """A selected recording that could not be stored, and why (the error ui/ words)."""

    source: str
    error: UserFacingError

    @property
    def reason(self) -> str:
        """Why, in English (the log, the command line's JSON)."""
        return self.error.message


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did; ``to_json`` is the object ``import --json`` prints.

    ``sampled`` counts the recordings this run set out to store: the new batch's selection
    plus calls an earlier, interrupted batch selected; each ends up imported, a duplicate
    (already in the vault) or failed, unless the run was cancelled.
    """

    batch: int | None
    seed: str
    found: int
    in_scope: int
    excluded: dict[str, int]
    sampled: int
    imported: int
    duplicates: int
    failed: tuple[FailedRecording, ...]
    unparsed_rows: int
    cancelled: bool = False
    dry_run: bool = False
    problems: tuple[ParseProblem, ...] = field(default=())  # the unparsed rows, one each
    # In sampling mode app: the export's files of calls that were not kept, which the user
    # may delete from the telephone system's folder (None otherwise, or after a dry run).
    cleanup: SourceCleanup | None = None

    def to_json(self) -> dict[str, Any]:
        """The report as the command line prints it with --json."""
        return {
            "batch": self.batch,
            "seed": self.seed,
            "found": self.found,
            "in_scope": self.in_scope,
            "excluded": dict(self.excluded),
            "sampled": self.sampled,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "failed": [{"source": f.source, "reason": f.reason} for f in self.failed],
            "unparsed_rows": self.unparsed_rows,
            "source_files_not_kept": self.cleanup.count if self.cleanup else None,
        }


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import would do, before anything is written or any audio opened.

    ``to_sample`` is drawn with a throwaway seed: in mode ``app`` the real run may differ by
    a few calls per agent and week, always within the policy's minimum and cap.
    """

    found: int
    in_scope: int
    excluded: dict[str, int]
    already_drawn: int  # in-scope calls an earlier import already drew (never drawn again)
    to_sample: int
    source_bytes: int  # size of the in-scope recordings
    sample_bytes: int  # size of the recordings that would be stored
    unparsed_rows: int
    problems: tuple[ParseProblem, ...]


@dataclass(slots=True)
class _Prepared:
    """An export read and classified, with what the vault already knows about its calls."""

    policy: Policy
    read: ReadResult
    plan: Plan
    fresh: list[InScope]  # in scope, never drawn before
    earlier: list[tuple[InScope, int]]  # selected by an earlier batch: (call, batch id)
    stored: dict[str, str]  # fingerprint → source SHA-256 of calls already in the vault


@dataclass(slots=True)
class _Tally:
    imported: int = 0
    duplicates: int = 0
    failed: list[FailedRecording] = field(default_factory=list)


class ImportService:
    """Use cases of the import wizard and the ``import`` command.

    Every method works on the session's own connection: the GUI calls them on the vault worker,
    the thread that owns it. Only the write-ahead log's checkpoints run on a connection of their
    own, on a thread of their own (vault/checkpointer.py).
    """

    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        self.session = session
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def now(self) -> dt.datetime:
        """The service's current time (injectable for tests)."""
        return self._clock()

    def preview(self, kind: str, path: Path, cdr: Path | None = None) -> ImportPreview:
        """Count what an import of this export would find, exclude and sample; writes nothing."""
        with self._as_importer() as work:
            prepared = _prepare(work, kind, path, cdr, self.now())
        selection = _draw(prepared.fresh, new_seed(), prepared.policy.sampling)
        chosen = [c for c in prepared.fresh if c.fingerprint in selection.selected]
        chosen += [c for c, _ in prepared.earlier if c.fingerprint not in prepared.stored]
        in_scope = prepared.plan.in_scope
        return ImportPreview(
            found=prepared.plan.found,
            in_scope=len(in_scope),
            excluded=prepared.plan.excluded,
            already_drawn=len(in_scope) - len(prepared.fresh),
            to_sample=len(chosen),
            source_bytes=sum(pipeline.source_size(c.record.audio_path) for c in in_scope),
            sample_bytes=sum(pipeline.source_size(c.record.audio_path) for c in chosen),
            unparsed_rows=len(prepared.read.problems),
            problems=tuple(prepared.read.problems),
        )

    def run(
        self,
        kind: str,
        path: Path,
        cdr: Path | None = None,
        *,
        dry_run: bool = False,
        progress: Callable[[ImportProgress], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import the export: draw the sample, store each selected recording, report counts.

        With ``dry_run`` the sample is drawn but nothing is written and no audio is opened.
        ``cancel`` is asked between recordings; what was stored stays stored.
        """
        with self._as_importer() as work:
            prepared = _prepare(work, kind, path, cdr, self.now())
            seed = new_seed()
            selection = _draw(prepared.fresh, seed, prepared.policy.sampling)
            batch_id = None
            if not dry_run and prepared.fresh:
                batch_id = _store_batch(work, kind, prepared, selection, self.now())
            jobs, duplicates = _jobs(prepared, selection, batch_id or 0)
            tally = _Tally(duplicates=duplicates)
            cancelled = False
            if not dry_run:
                cancelled = _store_all(
                    work, prepared.policy, jobs, tally, progress, cancel, self._clock
                )
            report = ImportReport(
                batch=batch_id,
                seed=selection.seed_hex,
                found=prepared.plan.found,
                in_scope=len(prepared.plan.in_scope),
                excluded=prepared.plan.excluded,
                sampled=len(jobs) + duplicates,
                imported=tally.imported,
                duplicates=tally.duplicates,
                failed=tuple(tally.failed),
                unparsed_rows=len(prepared.read.problems),
                cancelled=cancelled,
                dry_run=dry_run,
                problems=tuple(prepared.read.problems),
                cleanup=None if dry_run or cancelled else _cleanup(path, prepared, selection),
            )
            if not dry_run:
                _finish(work, kind, report, self.now())
                if not cancelled:
                    _complete_earlier(work, {b for _, b in prepared.earlier}, self.now())
        return report

    def delete_sources(self, cleanup: SourceCleanup) -> DeletedSources:
        """Delete the export's files of calls the import did not keep (after confirmation)."""
        with self._as_importer() as work:
            return source_cleanup.delete_sources(work, cleanup, self.now())

    @contextmanager
    def _as_importer(self) -> Iterator[Session]:
        """The user's session, once their roles are checked (the GUI calls from its worker)."""
        user = self.session.user
        if not any(user.has(role) for role in IMPORTER_ROLES):
            raise AccessDenied(codes.ONLY_IMPORTERS)
        yield self.session


# --- steps -------------------------------------------------------------------------------------


def _prepare(work: Session, kind: str, path: Path, cdr: Path | None, now: dt.datetime) -> _Prepared:
    policy = PolicyService(work).require_complete(codes.POLICY_INCOMPLETE_IMPORT)
    conn = work.conn
    agents = people_repo.agents(conn)
    by_extension = {ext: agent for agent in agents for ext in agent.extensions}
    settings = SourceSettings.from_policy(policy, known_extensions=by_extension)
    read = read_all(open_source(kind, path, settings, cdr=cdr))
    version = DocumentService(work).current_protocol_version()
    current = policy_repo.acknowledged_agents(conn, version) if version else {}
    # The date gate compares each call with the day its agent first received a protocol.
    first = policy_repo.first_acknowledgements(conn)
    acknowledged = {agent_id: first[agent_id] for agent_id in current if agent_id in first}
    # An agent's objection to sampling (art. 21) keeps their calls out until it is lifted.
    objecting = requests_repo.objecting_agents(conn)
    # An agent who left keeps their recordings' retention, but no new call of theirs comes in.
    departed = people_repo.departed_agents(conn)
    plan = pipeline.plan(
        read.records,
        policy,
        by_extension,
        acknowledged,
        settings.timezone,
        now,
        objecting,
        departed,
    )
    fingerprints = [c.fingerprint for c in plan.in_scope]
    drawn = recordings_repo.drawn(conn, fingerprints)
    return _Prepared(
        policy=policy,
        read=read,
        plan=plan,
        fresh=[c for c in plan.in_scope if c.fingerprint not in drawn],
        earlier=[
            (c, drawn[c.fingerprint][0])
            for c in plan.in_scope
            if c.fingerprint in drawn and drawn[c.fingerprint][1]
        ],
        stored=recordings_repo.stored(conn, fingerprints),
    )


def _draw(fresh: Sequence[InScope], seed: bytes, sampling: Sampling) -> Selection:
    return draw((c.candidate for c in fresh), seed, sampling)


def _store_batch(
    work: Session, kind: str, prepared: _Prepared, selection: Selection, now: dt.datetime
) -> int:
    sampling = prepared.policy.sampling
    new = NewBatch(
        source=kind,
        mode=sampling.mode.value if sampling.mode else "",
        seed=selection.seed_hex,
        policy_version=prepared.policy.version,
        imported_by=work.user.name,
        started_at=now,
        sampling=sampling_to_dict(sampling),
        candidates=sorted((c.fingerprint, str(c.stratum)) for c in prepared.fresh),
        selected=selection.selected,
    )
    with transaction(work.conn):
        batch_id = recordings_repo.add_batch(work.conn, new)
        # The seed and digests of what was drawn go into the hash-chained log, so an edit of
        # the stored batch later shows up when the sample is verified.
        work.record(
            "import_started",
            f"batch:{batch_id}",
            {
                "source": kind,
                "mode": new.mode,
                "seed": new.seed,
                "policy_version": new.policy_version,
                "candidates": len(new.candidates),
                "selected": len(new.selected),
                **recordings_repo.batch_digests(new.candidates, new.selected),
            },
        )
    return batch_id


def sampling_to_dict(sampling: Sampling) -> dict[str, Any]:
    """The sampling settings a batch drew with, as stored with it."""
    return {
        "mode": sampling.mode.value if sampling.mode else None,
        "rate": sampling.rate,
        "max_per_agent_per_week": sampling.max_per_agent_per_week,
        "min_per_agent_per_week": sampling.min_per_agent_per_week,
    }


def _jobs(prepared: _Prepared, selection: Selection, batch_id: int) -> tuple[list[Job], int]:
    """The recordings to store, oldest call first, and how many are already in the vault."""
    wanted = [(c, batch_id) for c in prepared.fresh if c.fingerprint in selection.selected]
    wanted += prepared.earlier
    wanted.sort(key=lambda pair: (pair[0].record.started_at, pair[0].fingerprint))
    jobs = [Job(c, b) for c, b in wanted if c.fingerprint not in prepared.stored]
    return jobs, len(wanted) - len(jobs)


def _store_all(
    work: Session,
    policy: Policy,
    jobs: Sequence[Job],
    tally: _Tally,
    progress: Callable[[ImportProgress], None] | None,
    cancel: Callable[[], bool] | None,
    clock: Clock,
) -> bool:
    """Encode ahead on workers and store on this thread; True when cancelled."""
    sizes = [pipeline.source_size(j.call.record.audio_path) for j in jobs]
    start = time.monotonic()
    done = bytes_done = 0

    def report() -> None:
        if progress is not None:
            elapsed = time.monotonic() - start
            progress(ImportProgress(done, len(jobs), bytes_done, sum(sizes), elapsed))

    report()
    # Three things overlap: encoders (two threads), this thread encrypting and committing
    # each recording, and a third folding the write-ahead log into the database.
    with Checkpointer(work.conn, work.vault.connect) as checkpointer:
        for job, encoded in pipeline.encode_ahead(jobs, cancel=cancel):
            if isinstance(encoded, AudioError):
                tally.failed.append(FailedRecording(_file_name(job), encoded))
            elif _store_one(work, policy, job, encoded, clock()):
                tally.imported += 1
                checkpointer.committed()
            else:
                tally.duplicates += 1
            bytes_done += sizes[done]
            done += 1
            report()
    return done < len(jobs)


def _store_one(
    work: Session, policy: Policy, job: Job, audio: EncodedAudio, now: dt.datetime
) -> bool:
    """Store one recording in one transaction; False when that exact file is already stored."""
    call, record = job.call, job.call.record
    new = NewRecording(
        batch_id=job.batch_id,
        source=record.source,
        call_id=record.call_id,
        fingerprint=call.fingerprint,
        source_sha256=audio.source_sha256,
        agent_id=call.agent_id,
        team_id=call.team_id,
        started_at=record.started_at,
        direction=record.direction.value if record.direction else None,
        remote_number=record.remote_number or record.remote_raw or None,
        queue=record.queue,
        campaign=pipeline.campaign_of(record, policy),
        samplerate=audio.samplerate,
        channels=audio.channels,
        frames=audio.frames,
        audio_sha256=audio.flac_sha256 or recordings_repo.sha256(audio.flac),
        peaks=audio.peaks,
    )
    conn = work.conn
    with transaction(conn):
        # Checked again inside the transaction: another window may have imported it meanwhile.
        if recordings_repo.find(conn, new.source, new.call_id, new.source_sha256) is not None:
            return False
        tz = retention.zone(policy.scope.timezone)
        deadlines = [
            retention.PurposeDeadline(
                p.id, retention.deadline(new.started_at, p.retention_days, tz)
            )
            for p in call.purposes
        ]
        recording_id = recordings_repo.add_recording(conn, new, audio.flac, deadlines, now)
        work.record(
            "recording_imported",
            f"recording:{recording_id}",
            {
                "batch": job.batch_id,
                "agent": new.agent_id,
                "team": new.team_id,
                "purposes": [p.id for p in call.purposes],
                "audio_sha256": new.audio_sha256,
            },
        )
        # R7: the agent's notice (or weekly-digest line) is queued in this transaction, so
        # its receipt is the recording_imported entry just written.
        notifications.queue_sampled(
            work, policy, recording_id, new.agent_id, new.team_id, new.started_at, now
        )
    return True


def _finish(work: Session, kind: str, report: ImportReport, now: dt.datetime) -> None:
    """Store the counts with the batch and log them (counts only: no names or numbers)."""
    counts = report.to_json()
    counts.pop("seed")
    counts["failed"] = len(report.failed)
    counts["cancelled"] = report.cancelled
    with transaction(work.conn):
        if report.batch is not None:
            finished = None if report.cancelled else now
            recordings_repo.finish_batch(work.conn, report.batch, counts, finished)
        subject = f"batch:{report.batch}" if report.batch is not None else f"import:{kind}"
        work.record("import_batch", subject, {"source": kind, **counts})


def _complete_earlier(work: Session, batch_ids: set[int], now: dt.datetime) -> None:
    """Mark earlier, interrupted batches finished once this run stored all they selected.

    Running an interrupted import again stores the rest of that batch's selection under it,
    usually without a batch of its own: the batch it finishes must then say it is done.
    """
    conn = work.conn
    for batch_id in sorted(batch_ids):
        summary = recordings_repo.batch(conn, batch_id)
        if summary is None or summary.finished_at is not None:
            continue
        missing = recordings_repo.unstored_selection(conn, batch_id)
        if missing:
            continue
        stored = len(recordings_repo.batch_recordings(conn, batch_id))
        counts = {**summary.counts, "imported": stored, "cancelled": False, "completed_later": True}
        with transaction(conn):
            recordings_repo.finish_batch(conn, batch_id, counts, now)
            work.record("import_batch_completed", f"batch:{batch_id}", {"stored": stored})


def _cleanup(folder: Path, prepared: _Prepared, selection: Selection) -> SourceCleanup | None:
    """In mode app, the export's files of every call that was not selected (in any batch)."""
    if prepared.policy.sampling.mode is not SamplingMode.APP:
        return None
    if folder.resolve().is_relative_to(paths.resources_dir().resolve()):
        return None  # the app's own demo export: never offered for deletion
    keep = {c.fingerprint for c in prepared.fresh if c.fingerprint in selection.selected}
    keep |= {c.fingerprint for c, _ in prepared.earlier}
    in_scope = {c.fingerprint for c in prepared.plan.in_scope}
    return source_cleanup.plan_cleanup(folder, prepared.read.records, in_scope, keep)


def _file_name(job: Job) -> str:
    path = job.call.record.audio_path
    return path.name if path is not None else job.call.record.call_id

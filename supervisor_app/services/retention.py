"""Forgetting on time as a use case: apply the policy's retention, purge, and evidence holds.

The purge runs after every unlock (GUI and CLI alike) and from ``supervisor-app purge``.
It never waits for a complete policy: the newest stored version's retention applies, so
forgetting on time keeps working while a new version's documents are still unpublished.

A run is crash-safe. It is recorded before anything is deleted; each batch of recordings is
purged in one transaction (chunks deleted under secure_delete, peaks and the caller's
number blanked, a tombstone naming the run); the run's audit entry, with the counts and the
ids, is written when it ends. A run a crash or a lock cut short is closed, and its entry
written, by the next run, which then purges whatever is still due.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from supervisor_app.domain import retention
from supervisor_app.domain.errors import AccessDenied, InputError, NotFound
from supervisor_app.domain.policy import Policy, Purpose
from supervisor_app.services import error_codes as codes
from supervisor_app.services.session import Session
from supervisor_app.vault import coaching_repo, policy_repo, recordings_repo, retention_repo
from supervisor_app.vault.db import DB_FILE, Connection, DatabaseError, transaction
from supervisor_app.vault.errors import VaultError
from supervisor_app.vault.retention_repo import HoldRow as HoldRow  # re-exported for ui/
from supervisor_app.vault.retention_repo import NewHold
from supervisor_app.vault.retention_repo import PurgeRun as PurgeRun  # re-exported for ui/
from supervisor_app.vault.retention_repo import Tombstone as Tombstone  # re-exported for ui/

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
BATCH: Final = 25  # recordings per transaction: few commits, and a lock waits at most one batch
MIN_HOLD_REASON_CHARS: Final = 10
MAX_CASE_REFERENCE_CHARS: Final = 100
_APPLIED_KEY: Final = "retention_policy_version"


@dataclass(frozen=True, slots=True)
class PurgeProgress:
    """How far a purge is."""

    done: int
    total: int


@dataclass(frozen=True, slots=True)
class PurgeReport:
    """What a purge did, or with dry_run would do; ``to_json`` is what ``purge --json`` prints."""

    run: int | None
    due: int
    purged: tuple[int, ...]
    closed_runs: tuple[int, ...] = ()  # interrupted earlier runs this one finished
    deadlines_shortened: int = 0  # purposes whose deadline a newer policy brought forward
    size_before: int = 0
    size_after: int = 0
    cancelled: bool = False
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        """The report as plain JSON values."""
        return {
            "run": self.run,
            "due": self.due,
            "purged": len(self.purged),
            "recordings": list(self.purged),
            "closed_runs": list(self.closed_runs),
            "deadlines_shortened": self.deadlines_shortened,
            "size_before": self.size_before,
            "size_after": self.size_after,
            "cancelled": self.cancelled,
            "dry_run": self.dry_run,
        }


@dataclass(frozen=True, slots=True)
class Outlook:
    """What forgetting looks like from now: for the Dashboard and ``purge --dry-run``."""

    due_now: int  # past their deadline and not held: the next purge removes them
    next_deadline: dt.datetime | None  # the first deadline still ahead
    next_day_count: int  # recordings whose deadline falls on that day (local)
    on_hold: int  # recordings an active hold keeps
    last_run: PurgeRun | None


@dataclass(frozen=True, slots=True)
class PolicyEffect:
    """What saving a policy version would do to stored recordings' deadlines."""

    shortened: int  # recordings whose deadline comes earlier
    purged_now: int  # of those, how many the next purge would remove at once
    lengthened_ignored: int = field(default=0)  # longer retention that stays as it was

    @property
    def changes_anything(self) -> bool:
        """Whether any stored recording would be deleted sooner."""
        return self.shortened > 0


class RetentionService:
    """Use cases of the purge, the hold dialogs and ``purge`` / ``hold`` commands."""

    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        self.session = session
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def now(self) -> dt.datetime:
        """The service's current time (injectable for tests)."""
        return self._clock()

    # --- the policy in force -----------------------------------------------------------------

    def _policy(self) -> Policy | None:
        # The newest version, complete or not: forgetting must never wait for a checklist.
        return policy_repo.latest_policy(self.session.conn)

    def _zone(self, policy: Policy | None) -> dt.tzinfo:
        return retention.zone(policy.scope.timezone if policy else "")

    def _today(self, policy: Policy | None) -> dt.date:
        return retention.local_date(self.now(), self._zone(policy))

    def today(self) -> dt.date:
        """Today in the policy's time zone (holds end on a local day)."""
        return self._today(self._policy())

    def effect_of(self, proposed: Policy) -> PolicyEffect:
        """How many stored recordings a proposed policy would delete sooner, and at once."""
        conn = self.session.conn
        tz = self._zone(proposed)
        now = self.now()
        held = _held_ids(conn, retention.local_date(now, tz))
        days = {p.id: p.retention_days for p in proposed.purposes}
        shortened = purged_now = lengthened = 0
        for kept in retention_repo.kept_recordings(conn):
            new = retention.effective_deadlines(kept.started_at, kept.purposes, days, tz)
            before = retention.recording_deadline(kept.purposes)
            after = retention.recording_deadline(new)
            if before is not None and after is not None and after < before:
                shortened += 1
                if after <= now and kept.id not in held:
                    purged_now += 1
            lengthened += sum(
                1
                for p in kept.purposes
                if p.purpose_id in days
                and retention.deadline(kept.started_at, days[p.purpose_id], tz) > p.retain_until
            )
        return PolicyEffect(shortened, purged_now, lengthened)

    def apply_policy(self, policy: Policy | None = None) -> int:
        """Bring stored deadlines in line with the policy (only ever earlier); log a change.

        Called in the caller's transaction when a policy version is saved, and by every purge
        for versions saved before this existed. Returns how many purpose deadlines moved.
        """
        conn = self.session.conn
        policy = policy or self._policy()
        if policy is None or policy.version == _applied_version(conn):
            return 0
        tz = self._zone(policy)
        days = {p.id: p.retention_days for p in policy.purposes}
        changed: list[tuple[int, retention.PurposeDeadline]] = []
        for kept in retention_repo.kept_recordings(conn):
            new = retention.effective_deadlines(kept.started_at, kept.purposes, days, tz)
            changed += [(kept.id, n) for n, o in zip(new, kept.purposes, strict=True) if n != o]
        moved = retention_repo.set_deadlines(conn, changed)
        conn.execute(
            "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)",
            (_APPLIED_KEY, str(policy.version)),
        )
        if moved:
            self.session.record(
                "retention_applied",
                f"policy:{policy.version}",
                {
                    "policy_version": policy.version,
                    "deadlines_shortened": moved,
                    "recordings": len({rec_id for rec_id, _ in changed}),
                },
            )
        return moved

    # --- outlook -------------------------------------------------------------------------------

    def outlook(self) -> Outlook:
        """How many recordings are due now, when the next deadline comes and how many then."""
        conn = self.session.conn
        policy = self._policy()
        tz = self._zone(policy)
        now = self.now()
        today = retention.local_date(now, tz)
        upcoming = retention_repo.next_deadline(conn, now, today)
        next_day = 0
        if upcoming is not None:
            day = retention.local_date(upcoming, tz)
            start = dt.datetime.combine(day, dt.time(), tz).astimezone(dt.UTC)
            end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.UTC)
            next_day = retention_repo.count_due_between(conn, max(start, now), end, today)
        return Outlook(
            due_now=retention_repo.count_due(conn, now, today),
            next_deadline=upcoming,
            next_day_count=next_day,
            on_hold=len(_held_ids(conn, today)),
            last_run=retention_repo.last_run(conn),
        )

    # --- the purge -----------------------------------------------------------------------------

    def purge(
        self,
        *,
        dry_run: bool = False,
        progress: Callable[[PurgeProgress], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> PurgeReport:
        """Delete the audio of every recording past its deadline and under no active hold.

        Any user may run it: forgetting on time is what the policy promises, whoever unlocks.
        ``cancel`` is asked between batches; what was purged stays purged and is logged.
        """
        conn = self.session.conn
        policy = self._policy()
        if dry_run:
            now = self.now()
            due = retention_repo.due(conn, now, self._today(policy))
            return PurgeReport(None, len(due), tuple(due), dry_run=True)
        size_before = _vault_size(self.session)
        closed = self._close_interrupted_runs()
        with transaction(conn):
            shortened = self.apply_policy(policy)
            self._forget_scores()
        now = self.now()
        due = retention_repo.due(conn, now, self._today(policy))
        if not due:
            if closed:
                self._reclaim()
            return PurgeReport(
                None,
                0,
                (),
                tuple(closed),
                shortened,
                size_before,
                _vault_size(self.session),
            )
        with transaction(conn):
            run = retention_repo.start_run(
                conn, self.session.user.name, now, policy.version if policy else 0
            )
        purged: list[int] = []
        cancelled = False
        if progress is not None:
            progress(PurgeProgress(0, len(due)))
        for start in range(0, len(due), BATCH):
            if cancel is not None and cancel():
                cancelled = True
                break
            with transaction(conn):
                purged += self._purge_batch(due[start : start + BATCH], run, policy)
            if progress is not None:
                progress(PurgeProgress(min(start + BATCH, len(due)), len(due)))
        self._finish_run(run, policy, cancelled=cancelled)
        self._reclaim()
        return PurgeReport(
            run,
            len(due),
            tuple(purged),
            tuple(closed),
            shortened,
            size_before,
            _vault_size(self.session),
            cancelled,
        )

    def _forget_scores(self) -> None:
        """Delete scorecards past their coaching purpose's deadline; log how many (no texts)."""
        gone = coaching_repo.delete_past_purpose(self.session.conn, self.now())
        if gone:
            self.session.record("scorecards_expired", "retention", {"scorecards": gone})

    def _purge_batch(self, ids: list[int], run: int, policy: Policy | None) -> list[int]:
        conn = self.session.conn
        now = self.now()
        # Asked again inside the transaction: a hold placed or a purge run elsewhere since
        # the list was made must win.
        still_due = set(retention_repo.due(conn, now, self._today(policy)))
        done = []
        for rec_id in ids:
            if rec_id not in still_due:
                continue
            detail = recordings_repo.recording(conn, rec_id)
            if detail is None:
                continue
            s = detail.summary
            retention_repo.destroy_audio(
                conn,
                Tombstone(
                    recording_id=rec_id,
                    kind="purged",
                    reason="retention ended",
                    destroyed_by=self.session.user.name,
                    destroyed_at=now,
                    agent_id=s.agent_id,
                    started_at=s.started_at,
                    stored_at=s.stored_at,
                    purposes=tuple(
                        (p.purpose_id, recordings_repo.to_text(p.retain_until)) for p in s.purposes
                    ),
                    audio_sha256=detail.audio_sha256,
                    audio_size=detail.audio_size,
                    team_id=s.team_id,
                    retain_until=s.retain_until,
                    purge_run=run,
                ),
                retention_repo.PURGED,
            )
            done.append(rec_id)
        return done

    def _finish_run(self, run: int, policy: Policy | None, *, cancelled: bool) -> None:
        conn = self.session.conn
        with transaction(conn):
            count = retention_repo.finish_run(conn, run, self.now())
            if count is None:
                return
            self.session.record(
                "purge",
                f"purge:{run}",
                {
                    "run": run,
                    "policy_version": policy.version if policy else 0,
                    "purged": count,
                    "recordings": retention_repo.run_recordings(conn, run),
                    "cancelled": cancelled,
                },
            )

    def _close_interrupted_runs(self) -> list[int]:
        """Finish and log runs a crash or kill stopped; returns their ids."""
        conn = self.session.conn
        closed = []
        for run in retention_repo.unfinished_runs(conn):
            with transaction(conn):
                count = retention_repo.finish_run(conn, run.id, self.now())
                if count is None:
                    continue
                self.session.record(
                    "purge",
                    f"purge:{run.id}",
                    {
                        "run": run.id,
                        "policy_version": run.policy_version,
                        "purged": count,
                        "recordings": retention_repo.run_recordings(conn, run.id),
                        "interrupted": True,
                        "closed_by": self.session.user.name,
                    },
                )
            closed.append(run.id)
        return closed

    def _reclaim(self) -> None:
        try:
            retention_repo.reclaim_space(self.session.conn)
        except (VaultError, DatabaseError) as exc:
            # Another connection keeps the vault busy: the audio is deleted and overwritten
            # already; only the file's size waits for a later run.
            log.warning("freed space not reclaimed: %s", exc)

    # --- holds ---------------------------------------------------------------------------------

    def hold_purposes(self, recording_id: int) -> list[Purpose]:
        """The purposes the user may place a hold for on this recording now."""
        conn = self.session.conn
        detail = recordings_repo.recording(conn, recording_id)
        policy = self._policy()
        if detail is None or policy is None or detail.summary.status != retention_repo.HELD:
            return []
        kept = {p.purpose_id: p.retain_until for p in detail.summary.purposes}
        now = self.now()
        found = []
        for purpose in policy.purposes:
            until = kept.get(purpose.id)
            if until is None or until <= now:
                continue
            if any(
                detail.summary.team_id in self.session.user.teams_for(r) for r in purpose.hold_roles
            ):
                found.append(purpose)
        return found

    def place_hold(
        self,
        recording_id: int,
        purpose_id: str,
        case_reference: str,
        reason: str,
        until: dt.date | None = None,
    ) -> HoldRow:
        """Keep a recording as evidence for a purpose that allows holds, for a named case."""
        conn = self.session.conn
        policy = self._policy()
        case_reference = " ".join(case_reference.split())
        reason = " ".join(reason.split())
        if not case_reference or len(case_reference) > MAX_CASE_REFERENCE_CHARS:
            raise InputError(codes.HOLD_CASE_REFERENCE, limit=MAX_CASE_REFERENCE_CHARS)
        if len(reason) < MIN_HOLD_REASON_CHARS:
            raise InputError(codes.HOLD_REASON_SHORT, least=MIN_HOLD_REASON_CHARS)
        if until is not None and until < self._today(policy):
            raise InputError(codes.HOLD_IN_PAST)
        detail = recordings_repo.recording(conn, recording_id)
        if detail is None or not _visible(self.session, detail.summary.team_id):
            raise NotFound(codes.NO_RECORDING, recording=recording_id)
        summary = detail.summary
        purpose = policy.purpose(purpose_id) if policy else None
        if purpose is None:
            raise NotFound(codes.HOLD_UNKNOWN_PURPOSE, purpose=purpose_id)
        name = purpose.names
        kept = {p.purpose_id: p.retain_until for p in summary.purposes}
        if not purpose.allows_holds:
            raise InputError(codes.HOLD_NOT_ALLOWED, purpose=name)
        if not any(self.session.user.has(r) for r in purpose.hold_roles):
            raise AccessDenied(codes.HOLD_ROLE_DENIED, purpose=name)
        if not any(summary.team_id in self.session.user.teams_for(r) for r in purpose.hold_roles):
            raise AccessDenied(codes.HOLD_TEAM_DENIED)
        if summary.status != retention_repo.HELD:
            raise InputError(codes.NO_AUDIO_LEFT, recording=recording_id)
        if purpose_id not in kept:
            raise InputError(codes.HOLD_NOT_KEPT_FOR, purpose=name)
        if kept[purpose_id] <= self.now():
            raise InputError(codes.HOLD_RETENTION_ENDED, purpose=name)
        now = self.now()
        with transaction(conn):
            hold_id = retention_repo.add_hold(
                conn,
                NewHold(
                    recording_id,
                    purpose_id,
                    case_reference,
                    reason,
                    until,
                    self.session.user.name,
                    now,
                ),
            )
            self.session.record(
                "hold_placed",
                f"recording:{recording_id}",
                {
                    "hold": hold_id,
                    "purpose": purpose_id,
                    "case": case_reference,
                    "reason": reason,
                    "until": until.isoformat() if until else None,
                },
            )
        found = retention_repo.hold(conn, hold_id)
        assert found is not None
        return found

    def release_hold(self, hold_id: int, reason: str) -> HoldRow:
        """Release a hold; the recording's normal retention resumes (purged if past it)."""
        conn = self.session.conn
        reason = " ".join(reason.split())
        if len(reason) < MIN_HOLD_REASON_CHARS:
            raise InputError(codes.RELEASE_REASON_SHORT, least=MIN_HOLD_REASON_CHARS)
        found = retention_repo.hold(conn, hold_id)
        if found is None or not _visible(self.session, found.team_id):
            raise NotFound(codes.NO_HOLD, hold=hold_id)
        if found.released_at is not None:
            raise InputError(codes.HOLD_RELEASED, hold=hold_id)
        policy = self._policy()
        purpose = policy.purpose(found.purpose_id) if policy else None
        roles = purpose.hold_roles if purpose else ()
        may = self.session.user.is_administrator or any(
            found.team_id in self.session.user.teams_for(r) for r in roles
        )
        if not may:
            raise AccessDenied(codes.RELEASE_DENIED)
        with transaction(conn):
            retention_repo.release_hold(conn, hold_id, self.session.user.name, self.now(), reason)
            self.session.record(
                "hold_released",
                f"recording:{found.recording_id}",
                {
                    "hold": hold_id,
                    "purpose": found.purpose_id,
                    "case": found.case_reference,
                    "reason": reason,
                },
            )
        released = retention_repo.hold(conn, hold_id)
        assert released is not None
        return released

    def holds(
        self, *, recording_id: int | None = None, unreleased_only: bool = False
    ) -> list[HoldRow]:
        """Holds on recordings of teams the user may see, newest first."""
        return retention_repo.holds(
            self.session.conn,
            recording_ids=[recording_id] if recording_id is not None else None,
            team_ids=self.session.user.visible_team_ids(),
            unreleased_only=unreleased_only,
        )

    def tombstone(self, recording_id: int) -> Tombstone | None:
        """The proof that a recording's audio was destroyed, if the user may see its team."""
        stone = retention_repo.tombstone(self.session.conn, recording_id)
        if stone is None or (
            stone.team_id is not None and not _visible(self.session, stone.team_id)
        ):
            return None
        return stone


def _visible(session: Session, team_id: int) -> bool:
    visible = session.user.visible_team_ids()
    return visible is None or team_id in visible


def _held_ids(conn: Connection, today: dt.date) -> set[int]:
    return {
        h.recording_id for h in retention_repo.holds(conn, unreleased_only=True) if h.active(today)
    }


def _applied_version(conn: Connection) -> int | None:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (_APPLIED_KEY,)).fetchone()
    return int(row[0]) if row else None


def _vault_size(session: Session) -> int:
    folder: Path = session.vault.folder
    total = 0
    for name in (DB_FILE, f"{DB_FILE}-wal"):
        with contextlib.suppress(OSError):
            total += (folder / name).stat().st_size
    return total

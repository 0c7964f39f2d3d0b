"""Erasure and objection as use cases (arts. 17 and 21 AVG, R16).

An erasure answers a registered request. It is previewed first: which recordings go (count,
dates, purposes) and which an evidence hold keeps — a hold wins, and the preview says so.
Then each recording is erased in one transaction of its own: its audio chunks deleted under
secure_delete, waveform and caller's number blanked (as a purge does), a tombstone of kind
``erased`` naming the request, the personal text written about it cleared, one
``recording_erased`` audit entry, and the agent's notice queued from that entry. A crash
leaves whole recordings erased or untouched; running the same erasure again finishes it.

"Personal text" here is what people typed about the call: the reasons given for listening
to it and the case references of those listens, the reasons for holds that no longer keep
it, and the notes on notices about it alone. Kept are the facts that prove the rules were
kept (who listened when, for which purpose; the notice and its receipt; the tombstone),
and the audit log, which is never edited: its entries keep the text they were written with.

An objection by an agent to being sampled is a flag that keeps their calls out of every
import (reason ``objection``) until it is lifted, with a reason.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from supervisor_app.domain import retention
from supervisor_app.domain.errors import ErrorCode, InputError, NotFound
from supervisor_app.domain.notifications import Kind
from supervisor_app.domain.policy import Policy
from supervisor_app.domain.requests import RequestKind, SubjectKind
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as codes
from supervisor_app.services import notifications
from supervisor_app.services.requests import caller_number, require_reader
from supervisor_app.services.session import Session
from supervisor_app.vault import (
    people_repo,
    policy_repo,
    recordings_repo,
    requests_repo,
    retention_repo,
)
from supervisor_app.vault.db import Connection, DatabaseError, transaction
from supervisor_app.vault.errors import VaultError
from supervisor_app.vault.requests_repo import ObjectionRow as ObjectionRow  # for ui/
from supervisor_app.vault.requests_repo import RequestRow
from supervisor_app.vault.retention_repo import HoldRow, Tombstone

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
ERASED: Final = "erased"
MIN_REASON_CHARS: Final = 10
_ERASING_KINDS: Final = (RequestKind.ERASURE, RequestKind.OBJECTION)
_IN_LIMIT: Final = 500


@dataclass(frozen=True, slots=True)
class Target:
    """What to erase: every recording of a caller's number or of an agent, or one recording."""

    number: str | None = None
    agent_extension: str | None = None
    agent_id: int | None = None
    recording_id: int | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A recording the erasure covers, and the holds that keep it, if any."""

    recording_id: int
    agent_id: int
    team_id: int
    started_at: dt.datetime
    purposes: tuple[str, ...]
    holds: tuple[HoldRow, ...] = ()

    @property
    def blocked(self) -> bool:
        """Whether an active evidence hold keeps it: a hold wins over an erasure."""
        return bool(self.holds)

    def to_json(self) -> dict[str, Any]:
        """The candidate as ``erase --json`` prints it (no number, no names)."""
        return {
            "recording": self.recording_id,
            "agent": self.agent_id,
            "team": self.team_id,
            "started_at": self.started_at.isoformat(),
            "purposes": list(self.purposes),
            "held_by": [
                {"hold": h.id, "purpose": h.purpose_id, "case": h.case_reference}
                for h in self.holds
            ],
        }


@dataclass(frozen=True, slots=True)
class Preview:
    """Exactly what an erasure would do, before anything is deleted."""

    request_id: int
    to_erase: tuple[Candidate, ...]
    blocked: tuple[Candidate, ...]  # kept by a hold: not erased
    already_gone: int  # the subject's recordings whose audio was deleted before

    @property
    def first_call(self) -> dt.datetime | None:
        """The earliest call that would be erased."""
        return min((c.started_at for c in self.to_erase), default=None)

    @property
    def last_call(self) -> dt.datetime | None:
        """The latest call that would be erased."""
        return max((c.started_at for c in self.to_erase), default=None)

    def purpose_counts(self) -> dict[str, int]:
        """How many of the recordings to erase are kept for each purpose."""
        counts: dict[str, int] = {}
        for c in self.to_erase:
            for p in c.purposes:
                counts[p] = counts.get(p, 0) + 1
        return counts

    def to_json(self) -> dict[str, Any]:
        """The preview as ``erase --dry-run --json`` prints it."""
        first, last = self.first_call, self.last_call
        return {
            "request": self.request_id,
            "to_erase": len(self.to_erase),
            "blocked_by_hold": len(self.blocked),
            "already_deleted": self.already_gone,
            "first_call": first.isoformat() if first else None,
            "last_call": last.isoformat() if last else None,
            "purposes": self.purpose_counts(),
            "recordings": [c.to_json() for c in self.to_erase],
            "blocked": [c.to_json() for c in self.blocked],
        }


@dataclass(frozen=True, slots=True)
class ErasureProgress:
    """How far an erasure is."""

    done: int
    total: int


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What an erasure did."""

    request_id: int
    erased: tuple[int, ...]
    blocked: tuple[int, ...]
    notices: tuple[int, ...]
    texts_cleared: int
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        """The report as ``erase --json`` prints it."""
        return {
            "request": self.request_id,
            "erased": len(self.erased),
            "recordings": list(self.erased),
            "blocked_by_hold": list(self.blocked),
            "notices": list(self.notices),
            "texts_cleared": self.texts_cleared,
            "cancelled": self.cancelled,
        }


class ErasureService:
    """Use cases of the erasure confirmation, objections and the ``erase``/``objection`` commands.

    Administrators erase and set or lift objections; auditors may read objections.
    """

    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        self.session = session
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def now(self) -> dt.datetime:
        """The service's current time (injectable for tests)."""
        return self._clock()

    def _policy(self) -> Policy:
        return policy_repo.latest_policy(self.session.conn) or Policy.empty()

    def _today(self) -> dt.date:
        return retention.local_date(self.now(), retention.zone(self._policy().scope.timezone))

    # --- erasure -------------------------------------------------------------------------------

    def preview(self, request_id: int, target: Target) -> Preview:
        """What erasing target for the request would erase, and what a hold keeps."""
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_ERASE)
        conn = self.session.conn
        request = self._erasure_request(request_id)
        ids, gone = self._find(request, target)
        today = self._today()
        holds = _active_holds(conn, ids, today)
        found = [self._candidate(conn, rec_id, holds.get(rec_id, ())) for rec_id in ids]
        return Preview(
            request_id,
            tuple(c for c in found if not c.blocked),
            tuple(c for c in found if c.blocked),
            gone,
        )

    def erase(
        self,
        request_id: int,
        target: Target,
        *,
        confirm: bool,
        progress: Callable[[ErasureProgress], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> ErasureReport:
        """Erase what the preview shows, one recording per transaction; holds still win.

        ``confirm`` must be True: the user saw the preview and confirmed. ``cancel`` is
        asked between recordings; what was erased stays erased and logged.
        """
        if not confirm:
            raise InputError(codes.CONFIRM_ERASURE)
        preview = self.preview(request_id, target)
        conn = self.session.conn
        policy = self._policy()
        erased: list[int] = []
        notices: list[int] = []
        cleared = 0
        cancelled = False
        total = len(preview.to_erase)
        if progress is not None:
            progress(ErasureProgress(0, total))
        for n, candidate in enumerate(preview.to_erase):
            if cancel is not None and cancel():
                cancelled = True
                break
            with transaction(conn):
                done = self._erase_one(candidate.recording_id, request_id, policy)
            if done is not None:
                erased.append(candidate.recording_id)
                notices.append(done[0])
                cleared += done[1]
            if progress is not None:
                progress(ErasureProgress(n + 1, total))
        with transaction(conn):
            self.session.record(
                "erasure",
                f"request:{request_id}",
                {
                    "request": request_id,
                    "erased": len(erased),
                    "recordings": erased,
                    "blocked_by_hold": [c.recording_id for c in preview.blocked],
                    "texts_cleared": cleared,
                    "cancelled": cancelled,
                },
            )
        if erased:
            self._reclaim()
        return ErasureReport(
            request_id,
            tuple(erased),
            tuple(c.recording_id for c in preview.blocked),
            tuple(notices),
            cleared,
            cancelled,
        )

    def _erase_one(self, rec_id: int, request_id: int, policy: Policy) -> tuple[int, int] | None:
        """Erase one recording in the caller's transaction: (notice id, texts cleared)."""
        conn = self.session.conn
        now = self.now()
        detail = recordings_repo.recording(conn, rec_id)
        # Asked again inside the transaction: a purge or a hold since the preview must win.
        if detail is None or detail.summary.status != retention_repo.HELD:
            return None
        if _active_holds(conn, [rec_id], self._today()):
            return None
        s = detail.summary
        stone = Tombstone(
            recording_id=rec_id,
            kind=ERASED,
            reason=f"erased on request {request_id}",
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
            request_id=request_id,
        )
        chunks = retention_repo.destroy_audio(conn, stone, ERASED)
        cleared = clear_personal_text(conn, rec_id)
        self.session.record(
            "recording_erased",
            f"recording:{rec_id}",
            {
                "recording": rec_id,
                "request": request_id,
                "agent": s.agent_id,
                "team": s.team_id,
                "purposes": [p for p, _ in stone.purposes],
                "audio_sha256": detail.audio_sha256,
                "chunks_deleted": chunks,
                "texts_cleared": cleared,
                "agent_notice": "pending",
            },
        )
        # R7: the agent is told; the notice's receipt is the entry just written.
        notice = notifications.queue_destroyed(
            self.session, policy, Kind.RECORDING_ERASED, rec_id, s.agent_id, s.team_id, now
        )
        return notice, cleared

    def _reclaim(self) -> None:
        try:
            retention_repo.reclaim_space(self.session.conn)
        except (VaultError, DatabaseError) as exc:
            # The audio is deleted and overwritten already; the file shrinks at the next purge.
            log.warning("freed space not reclaimed after an erasure: %s", exc)

    def _erasure_request(self, request_id: int) -> RequestRow:
        row = requests_repo.request(self.session.conn, request_id)
        if row is None:
            raise NotFound(codes.NO_REQUEST, request=request_id)
        if row.kind not in _ERASING_KINDS:
            raise InputError(codes.ERASURE_WRONG_KIND, request=request_id, kind=row.kind)
        if not row.state.is_open:
            raise InputError(codes.REQUEST_ALREADY_CLOSED, request=request_id, state=row.state)
        return row

    def _find(self, request: RequestRow, target: Target) -> tuple[list[int], int]:
        """The recordings with audio that the target names, and how many had none any more."""
        conn = self.session.conn
        named = [
            x
            for x in (target.number, target.agent_extension, target.agent_id, target.recording_id)
            if x not in (None, "")
        ]
        if len(named) != 1:
            raise InputError(codes.NAME_TARGET_ONCE)
        mismatch = InputError(codes.NOT_THE_SUBJECT, request=request.id)
        if target.recording_id is not None:
            detail = recordings_repo.recording(conn, target.recording_id)
            if detail is None:
                raise NotFound(codes.NO_RECORDING, recording=target.recording_id)
            if request.subject_kind is SubjectKind.AGENT:
                if detail.summary.agent_id != request.agent_id:
                    raise mismatch
            elif detail.summary.status == retention_repo.HELD and (
                detail.remote_number != request.number
            ):
                raise mismatch
            if detail.summary.status != retention_repo.HELD:
                raise InputError(codes.NO_AUDIO_LEFT, recording=target.recording_id)
            return [target.recording_id], 0
        if target.number:
            number = caller_number(target.number)
            if request.subject_kind is not SubjectKind.CALLER or number != request.number:
                raise mismatch
            rows = conn.execute(
                "SELECT id FROM recordings WHERE remote_number = ? AND status = ? ORDER BY id",
                (number, retention_repo.HELD),
            ).fetchall()
            # A deleted recording no longer holds the number: it cannot be counted here.
            return [int(r[0]) for r in rows], 0
        agent = self._agent(target)
        if request.subject_kind is not SubjectKind.AGENT or agent != request.agent_id:
            raise mismatch
        rows = conn.execute(
            "SELECT id, status FROM recordings WHERE agent_id = ? ORDER BY id", (agent,)
        ).fetchall()
        held = [int(r[0]) for r in rows if r[1] == retention_repo.HELD]
        return held, len(rows) - len(held)

    def _agent(self, target: Target) -> int:
        conn = self.session.conn
        if target.agent_extension:
            found = people_repo.extension_owner(conn, target.agent_extension.strip())
            if found is None:
                raise NotFound(
                    codes.NO_AGENT_WITH_EXTENSION, extension=target.agent_extension.strip()
                )
            return found
        if target.agent_id is None or people_repo.agent_by_id(conn, target.agent_id) is None:
            raise NotFound(codes.NO_AGENT, agent=str(target.agent_id))
        return target.agent_id

    def _candidate(self, conn: Connection, rec_id: int, holds: Sequence[HoldRow]) -> Candidate:
        detail = recordings_repo.recording(conn, rec_id)
        assert detail is not None  # found a moment ago in the same connection
        s = detail.summary
        return Candidate(
            rec_id,
            s.agent_id,
            s.team_id,
            s.started_at,
            tuple(p.purpose_id for p in s.purposes),
            tuple(holds),
        )

    # --- objections ----------------------------------------------------------------------------

    def set_objection(
        self,
        reason: str,
        *,
        agent_extension: str | None = None,
        agent_id: int | None = None,
        request_id: int | None = None,
    ) -> ObjectionRow:
        """Keep an agent's calls out of every import from now on (art. 21), with a reason."""
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_OBJECTIONS)
        conn = self.session.conn
        agent = self._agent(Target(agent_extension=agent_extension, agent_id=agent_id))
        cleaned = _reason(reason, codes.OBJECTION_REASON_SHORT)
        if request_id is not None:
            request = requests_repo.request(conn, request_id)
            if request is None:
                raise NotFound(codes.NO_REQUEST, request=request_id)
            if request.kind is not RequestKind.OBJECTION or request.agent_id != agent:
                raise InputError(codes.NOT_THIS_OBJECTION, request=request_id)
        if requests_repo.active_objection(conn, agent) is not None:
            raise InputError(codes.OBJECTION_IN_FORCE)
        with transaction(conn):
            objection = requests_repo.add_objection(
                conn, agent, request_id, cleaned, self.session.user.name, self.now()
            )
            self.session.record(
                "objection_set",
                f"agent:{agent}",
                {"objection": objection, "agent": agent, "request": request_id, "reason": cleaned},
            )
        found = requests_repo.active_objection(conn, agent)
        assert found is not None
        return found

    def lift_objection(
        self, reason: str, *, agent_extension: str | None = None, agent_id: int | None = None
    ) -> ObjectionRow:
        """End an agent's objection: their calls may be sampled again from the next import."""
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_LIFT_OBJECTIONS)
        conn = self.session.conn
        agent = self._agent(Target(agent_extension=agent_extension, agent_id=agent_id))
        cleaned = _reason(reason, codes.OBJECTION_END_REASON_SHORT)
        with transaction(conn):
            lifted = requests_repo.lift_objection(
                conn, agent, cleaned, self.session.user.name, self.now()
            )
            if not lifted:
                raise InputError(codes.NO_OBJECTION)
            self.session.record(
                "objection_lifted",
                f"agent:{agent}",
                {"objection": lifted, "agent": agent, "reason": cleaned},
            )
        return next(o for o in requests_repo.objections(conn, agent_id=agent) if o.id == lifted)

    def objections(self, *, active_only: bool = False) -> list[ObjectionRow]:
        """Every objection, newest first (administrators and auditors)."""
        require_reader(self.session, codes.ONLY_READER_OBJECTIONS)
        return requests_repo.objections(self.session.conn, active_only=active_only)


def clear_personal_text(conn: Connection, recording_id: int) -> int:
    """Blank what people typed about a recording; returns how many fields were cleared.

    Listen reasons and their case references; the reasons of holds that no longer keep it
    (an active hold blocks the erasure, so none is left); notes of notices that report this
    recording alone. A digest's note also concerns other calls and stays.
    """
    cleared = conn.execute(
        "UPDATE listen_sessions SET reason = '', case_reference = NULL"
        " WHERE recording_id = ? AND (reason <> '' OR case_reference IS NOT NULL)",
        (recording_id,),
    ).rowcount
    cleared += conn.execute(
        "UPDATE recording_holds SET reason = '', release_reason = NULL"
        " WHERE recording_id = ? AND (reason <> '' OR release_reason IS NOT NULL)",
        (recording_id,),
    ).rowcount
    cleared += conn.execute(
        "UPDATE notifications SET note = '' WHERE note <> '' AND id IN"
        " (SELECT notification_id FROM notification_lines WHERE recording_id = ?)"
        " AND NOT EXISTS (SELECT 1 FROM notification_lines l"
        "   WHERE l.notification_id = notifications.id AND l.recording_id <> ?)",
        (recording_id, recording_id),
    ).rowcount
    return int(cleared)


def _active_holds(
    conn: Connection, recording_ids: Iterable[int], today: dt.date
) -> dict[int, tuple[HoldRow, ...]]:
    ids = sorted(set(recording_ids))
    found: dict[int, list[HoldRow]] = {}
    for start in range(0, len(ids), _IN_LIMIT):
        part = ids[start : start + _IN_LIMIT]
        for hold in retention_repo.holds(conn, recording_ids=part, unreleased_only=True):
            if hold.active(today):
                found.setdefault(hold.recording_id, []).append(hold)
    return {k: tuple(v) for k, v in found.items()}


def _reason(text: str, too_short: ErrorCode) -> str:
    cleaned = " ".join(text.split())
    if len(cleaned) < MIN_REASON_CHARS:
        raise InputError(too_short, least=MIN_REASON_CHARS)
    return cleaned

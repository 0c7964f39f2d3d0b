"""Listening as a use case: gate every request, log it, write the session before playing.

The flow, for the GUI and ``supervisor-app listen`` alike::

    service = ListeningService(session)
    purposes = service.options(recording_id)          # what the dialog may offer
    listen = service.open(recording_id, purpose_id, reason)   # gate + log + write-ahead
    player = listen.player(sink)                      # streams from the vault; see audio/player
    player.play() ... player.pause() / seek() ...
    summary = listen.close()                          # stops the player, final intervals, log

``open`` commits the session row and its audit entries before it returns, and a player
can only be made from an open session, so no sample can play before the listen is on record.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import BinaryIO, Final

from supervisor_app.audio.player import FLUSH_EVERY_S, Interval, Player, frames_in, merge
from supervisor_app.audio.sinks import Sink
from supervisor_app.domain import retention
from supervisor_app.domain.access import (
    HELD,
    Allowed,
    Denied,
    KeptFor,
    RecordingFacts,
    allowed_purposes,
    decide,
)
from supervisor_app.domain.errors import AccessDenied, InputError, NotFound
from supervisor_app.domain.notifications import Kind
from supervisor_app.domain.people import User
from supervisor_app.domain.policy import Policy, Purpose
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as codes
from supervisor_app.services import notifications
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.session import Session
from supervisor_app.vault import listen_repo, people_repo, recordings_repo, retention_repo
from supervisor_app.vault.db import Connection, DatabaseError, transaction
from supervisor_app.vault.errors import VaultError
from supervisor_app.vault.listen_repo import ListenFilter, ListenRow, NewListen
from supervisor_app.vault.recordings_repo import ChunkReader, RecordingDetail
from supervisor_app.vault.retention_repo import Tombstone

log = logging.getLogger(__name__)

MIN_REASON_CHARS: Final = 10
MAX_CASE_REFERENCE_CHARS: Final = 100
Clock = Callable[[], dt.datetime]


@dataclass(frozen=True, slots=True)
class ListenSummary:
    """What a closed listen session heard."""

    session_id: int
    recording_id: int
    purpose_id: str
    intervals: tuple[Interval, ...]
    samplerate: int

    @property
    def seconds_heard(self) -> float:
        """Seconds of distinct audio heard."""
        return frames_in(self.intervals) / self.samplerate


@dataclass(frozen=True, slots=True)
class ListenerRight:
    """A user who could listen to a recording now, and for which purposes."""

    user: User
    purposes: tuple[Purpose, ...]


class _VaultSource:
    """A recording opened on the player's thread: its chunks and a way to save intervals."""

    def __init__(self, file: ChunkReader, save: Callable[[Sequence[Interval]], None]) -> None:
        self._file = file
        self._save = save

    @property
    def file(self) -> BinaryIO:
        """The FLAC stream, read straight from the vault's chunks."""
        return self._file  # type: ignore[return-value]  # a RawIOBase is file enough

    def save_intervals(self, intervals: Sequence[Interval]) -> None:
        """Flush the intervals heard so far to the session row."""
        self._save(intervals)


class ListenSession:
    """An open, logged listen: the only way to get a player for a recording.

    Its methods run on the thread that opened it, except ``record_intervals`` (called by
    the player's worker with that thread's own connection) and the player's own controls.
    """

    def __init__(
        self,
        service: ListeningService,
        session_id: int,
        recording: RecordingDetail,
        purpose: Purpose,
        role: Role,
        reason: str,
    ) -> None:
        self.id = session_id
        self.recording = recording
        self.purpose = purpose
        self.role = role
        self.reason = reason
        self._service = service
        self._lock = threading.Lock()
        self._intervals: list[Interval] = []
        self._player: Player | None = None
        self._closed: ListenSummary | None = None

    @property
    def recording_id(self) -> int:
        """The recording being heard."""
        return self.recording.summary.id

    @property
    def is_closed(self) -> bool:
        """Whether close() has run."""
        return self._closed is not None

    @property
    def heard(self) -> list[Interval]:
        """The intervals recorded so far (the player's own ``heard`` is more current)."""
        with self._lock:
            return list(self._intervals)

    def player(
        self,
        sink: Sink,
        *,
        on_change: Callable[[Player], None] | None = None,
        flush_every_s: float = FLUSH_EVERY_S,
    ) -> Player:
        """A paused player for this recording, streaming from the vault into sink.

        Raises AudioOutputError when the sink cannot start (no device): the session stays
        open with nothing heard, and close() logs it so.
        """
        if self._closed is not None:
            raise InputError(codes.LISTEN_SESSION_ENDED)
        if self._player is not None:
            raise RuntimeError("a listen session has one player")
        detail = self.recording
        self._player = Player(
            self._open_source,
            sink,
            samplerate=detail.samplerate,
            channels=detail.channels,
            frames=detail.frames,
            flush_every_s=flush_every_s,
            on_change=on_change,
        )
        return self._player

    @contextmanager
    def _open_source(self) -> Iterator[_VaultSource]:
        # Runs on the player's worker thread: SQLCipher connections never cross threads.
        conn = self._service.session.vault.connect()
        try:
            with ChunkReader(conn, self.recording_id) as reader:
                yield _VaultSource(reader, lambda iv: self.record_intervals(iv, conn=conn))
        finally:
            conn.close()

    def record_intervals(
        self, intervals: Sequence[Interval], *, conn: Connection | None = None
    ) -> None:
        """Store the merged intervals heard so far (the player calls it every few seconds).

        conn is the calling thread's connection; by default the session's own.
        """
        cleaned = _clean(intervals, self.recording.frames)
        with self._lock:
            if self._closed is not None:
                return
            self._intervals = cleaned
        listen_repo.save_intervals(conn or self._service.session.conn, self.id, cleaned)

    def close(self, *, state: str = listen_repo.CLOSED) -> ListenSummary:
        """Stop the player, write the final intervals and log the end; safe to repeat."""
        if self._closed is not None:
            return self._closed
        final = self.heard
        if self._player is not None:
            final = _clean([*final, *self._player.close()], self.recording.frames)
        summary = ListenSummary(
            self.id, self.recording_id, self.purpose.id, tuple(final), self.recording.samplerate
        )
        session = self._service.session
        with transaction(session.conn):
            listen_repo.end_session(session.conn, self.id, final, self._service.now(), state)
            session.record(
                "listen_ended",
                f"recording:{self.recording_id}",
                {
                    "session": self.id,
                    "purpose": self.purpose.id,
                    "intervals_s": [[_s(a, summary), _s(b, summary)] for a, b in final],
                    "seconds_heard": round(summary.seconds_heard, 3),
                    "state": state,
                },
            )
        with self._lock:
            self._intervals = final
            self._closed = summary
        self._service._forget(self)
        return summary


def _s(frame: int, summary: ListenSummary) -> float:
    return round(frame / summary.samplerate, 3)


def _clean(intervals: Sequence[Interval], frames: int) -> list[Interval]:
    return merge((max(0, int(s)), min(frames, int(e))) for s, e in intervals)


class ListeningService:
    """Use cases of the listen dialog, the player, the private-call button and ``listen``."""

    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        self.session = session
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._open: list[ListenSession] = []

    def now(self) -> dt.datetime:
        """The service's current time (injectable for tests)."""
        return self._clock()

    # --- the gate ------------------------------------------------------------------------------

    def _policy(self) -> tuple[Policy, bool]:
        status = PolicyService(self.session).status()
        return status.policy, status.complete

    def _facts(self, recording_id: int) -> tuple[RecordingDetail, RecordingFacts] | None:
        conn = self.session.conn
        detail = recordings_repo.recording(conn, recording_id)
        if detail is None:
            return None
        s = detail.summary
        policy = PolicyService(self.session).current()
        today = retention.local_date(self.now(), retention.zone(policy.scope.timezone))
        facts = RecordingFacts(
            id=s.id,
            agent_id=s.agent_id,
            team_id=s.team_id,
            status=s.status,
            kept_for=tuple(KeptFor(p.purpose_id, p.retain_until) for p in s.purposes),
            holds=retention_repo.active_holds(conn, s.id, today),
            private=s.status == listen_repo.PRIVATE_DESTROYED,
        )
        return detail, facts

    def options(self, recording_id: int) -> list[Purpose]:
        """The purposes the user may listen for now (the dialog offers only these)."""
        found = self._facts(recording_id)
        if found is None:
            return []
        policy, complete = self._policy()
        return allowed_purposes(
            self.session.user, found[1], policy, self.now(), policy_complete=complete
        )

    def needs_case_reference(self, purpose_id: str) -> bool:
        """Whether listening for this purpose asks for a case reference (a dispute purpose)."""
        purpose = PolicyService(self.session).current().purpose(purpose_id)
        return purpose is not None and purpose.allows_holds

    def open(
        self, recording_id: int, purpose_id: str, reason: str, case_reference: str = ""
    ) -> ListenSession:
        """Gate the request, log the decision, and on allow write the session; then return it.

        A purpose that allows evidence holds (a dispute) needs the case reference as well.
        Raises InputError for a missing or short reason, or for a missing case reference when
        the gate would allow the listen (nothing is logged: no complete request was made),
        AccessDenied with the gate's sentence when denied (the denial is logged).
        """
        reason = " ".join(reason.split())
        case_reference = " ".join(case_reference.split())
        if len(reason) < MIN_REASON_CHARS:
            raise InputError(codes.LISTEN_REASON_SHORT, least=MIN_REASON_CHARS)
        if len(case_reference) > MAX_CASE_REFERENCE_CHARS:
            raise InputError(codes.CASE_REFERENCE_TOO_LONG, limit=MAX_CASE_REFERENCE_CHARS)
        policy, complete = self._policy()
        user, conn = self.session.user, self.session.conn
        subject = f"recording:{recording_id}"
        request: dict[str, object] = {
            "recording": recording_id,
            "purpose": purpose_id,
            "reason": reason,
        }
        if case_reference:
            request["case"] = case_reference
        found = self._facts(recording_id)
        now = self.now()
        if found is None:
            decision: Allowed | Denied = Denied(
                "no_recording", codes.NO_RECORDING, {"recording": recording_id}
            )
        else:
            decision = decide(user, found[1], purpose_id, policy, now, policy_complete=complete)
        if isinstance(decision, Denied):
            with transaction(conn):
                self.session.record(
                    "access_denied",
                    subject,
                    {**request, "denial": decision.code, "message": decision.reason},
                )
            if found is None or decision.code == "unknown_purpose":
                # A name that does not exist is wrong input (exit code 2), not a refusal.
                raise NotFound(decision.sentence, **decision.values)
            raise AccessDenied(decision.sentence, **decision.values)
        assert found is not None
        detail = found[0]
        purpose = policy.purpose(purpose_id)
        assert purpose is not None
        if purpose.allows_holds and not case_reference:
            raise InputError(codes.CASE_REFERENCE_NEEDED, purpose=purpose.names)
        with transaction(conn):
            self.session.record("access_allowed", subject, {**request, "role": decision.role.value})
            session_id = listen_repo.add_session(
                conn,
                NewListen(
                    recording_id=recording_id,
                    user_id=user.id,
                    user_name=user.name,
                    role=decision.role.value,
                    purpose_id=purpose_id,
                    reason=reason,
                    samplerate=detail.samplerate,
                    started_at=now,
                    case_reference=case_reference or None,
                ),
            )
            self.session.record(
                "listen_started",
                subject,
                {**request, "session": session_id, "role": decision.role.value},
            )
            # R7: the agent's notice is queued with the listen itself, so a crash during playback
            # cannot lose it; its receipt is the listen_started entry just written.
            notifications.queue_listened(
                self.session,
                policy,
                session_id,
                recording_id,
                detail.summary.agent_id,
                detail.summary.team_id,
                now,
            )
        listen = ListenSession(self, session_id, detail, purpose, decision.role, reason)
        self._open.append(listen)
        return listen

    def _forget(self, listen: ListenSession) -> None:
        if listen in self._open:
            self._open.remove(listen)

    # --- private calls -------------------------------------------------------------------------

    def flag_private(
        self, target: ListenSession | int, *, confirm: bool, note: str = "", reclaim: bool = True
    ) -> Tombstone:
        """Stop playback and destroy a private call's audio, keeping a tombstone (R9).

        The listener of an open session, or anyone the gate lets hear the recording, or an
        administrator may do this. Every open session on the recording is stopped first;
        then one transaction deletes the chunks (secure_delete), keeps the tombstone, writes
        the audit entry and queues the agent's notice from that entry and the tombstone.

        With reclaim (the default) the freed space is given back here too, see
        reclaim_space(); the GUI passes False and runs reclaim_space() on a worker, because
        the first reclaim rewrites the whole vault.
        """
        if not confirm:
            raise InputError(codes.CONFIRM_PRIVATE)
        recording_id = target.recording_id if isinstance(target, ListenSession) else target
        found = self._facts(recording_id)
        if found is None:
            raise NotFound(codes.NO_RECORDING, recording=recording_id)
        detail = found[0]
        if detail.summary.status != HELD:
            raise InputError(codes.NO_AUDIO_LEFT, recording=recording_id)
        own_listen = isinstance(target, ListenSession) and not target.is_closed
        if not (own_listen or self.options(recording_id) or self.session.user.is_administrator):
            raise AccessDenied(codes.PRIVATE_FLAG_DENIED)
        stopped = [ls for ls in self._open if ls.recording_id == recording_id]
        if isinstance(target, ListenSession) and own_listen and target not in stopped:
            stopped.append(target)  # opened through another service object
        for listen in stopped:
            listen.close(state=listen_repo.PRIVATE_DESTROYED)
        s = detail.summary
        reason = "private call" + (f": {' '.join(note.split())}" if note.strip() else "")
        stone = Tombstone(
            recording_id=recording_id,
            kind="private_call",
            reason=reason,
            destroyed_by=self.session.user.name,
            destroyed_at=self.now(),
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
        )
        conn = self.session.conn
        policy = self._policy()[0]
        with transaction(conn):
            chunks = retention_repo.destroy_audio(conn, stone, listen_repo.PRIVATE_DESTROYED)
            self.session.record(
                "private_call_destroyed",
                f"recording:{recording_id}",
                {
                    "recording": recording_id,
                    "agent": s.agent_id,
                    "team": s.team_id,
                    "purposes": [p for p, _ in stone.purposes],
                    "reason": reason,
                    "audio_sha256": detail.audio_sha256,
                    "chunks_deleted": chunks,
                    "sessions_stopped": [ls.id for ls in stopped],
                    "agent_notice": "pending",
                },
            )
            # R7: the agent is told; the notice's receipt is the entry just written.
            notifications.queue_destroyed(
                self.session,
                policy,
                Kind.PRIVATE_CALL_DESTROYED,
                recording_id,
                s.agent_id,
                s.team_id,
                stone.destroyed_at,
                listen_session_id=(
                    target.id
                    if isinstance(target, ListenSession)
                    else (stopped[0].id if stopped else None)
                ),
            )
        if reclaim:
            self.reclaim_space()
        stored = retention_repo.tombstone(conn, recording_id)
        assert stored is not None
        return stored

    def reclaim_space(self) -> bool:
        """Give the pages freed by destroyed audio back to the file system; True when done.

        The first time this rewrites the whole vault (a full VACUUM, in time proportional
        to its size), so the GUI runs it on the vault worker. The audio is already deleted
        and overwritten by then; only the file's size waits. When another connection keeps
        the vault busy nothing is reclaimed and it returns False; a later call gives the
        space back.
        """
        try:
            retention_repo.reclaim_space(self.session.conn)
        except (VaultError, DatabaseError) as exc:
            log.warning("freed space not reclaimed: %s", exc)
            return False
        return True

    # --- reports -------------------------------------------------------------------------------

    def who_can_listen(self, recording_id: int) -> list[ListenerRight]:
        """Every current user who could listen to the recording now, with the purposes."""
        if not (self.session.user.has(Role.ADMINISTRATOR) or self.session.user.has(Role.AUDITOR)):
            raise AccessDenied(codes.ONLY_READER_WHO_LISTENS)
        found = self._facts(recording_id)
        if found is None:
            raise NotFound(codes.NO_RECORDING, recording=recording_id)
        policy, complete = self._policy()
        now = self.now()
        rights = []
        for user in people_repo.users(self.session.conn):
            purposes = allowed_purposes(user, found[1], policy, now, policy_complete=complete)
            if purposes:
                rights.append(ListenerRight(user, tuple(purposes)))
        return rights

    def sessions(self, filters: ListenFilter | None = None, limit: int = 1000) -> list[ListenRow]:
        """The listen log: everything for administrators and auditors, else one's own."""
        filters = filters or ListenFilter()
        user = self.session.user
        if not (user.has(Role.ADMINISTRATOR) or user.has(Role.AUDITOR)):
            filters = replace(filters, user_name=user.name)
        return listen_repo.sessions(self.session.conn, filters, limit)

    def log_choices(self) -> tuple[list[tuple[str, int]], list[str], list[str]]:
        """What the listen log's filters offer: agents, listeners and purposes that occur.

        Read from indexes, not from the sessions themselves (there can be tens of thousands).
        Users who see only their own sessions are offered only themselves as listener.
        """
        user = self.session.user
        everyone = user.has(Role.ADMINISTRATOR) or user.has(Role.AUDITOR)
        conn = self.session.conn
        listeners = listen_repo.listeners(conn) if everyone else [user.name]
        return listen_repo.agents(conn), listeners, listen_repo.purposes(conn)

"""Access exports (art. 15 AVG, R15): a subject's data out of the vault, for them alone.

For an agent: their recordings, the facts of their calls without the other party's number,
the listens to their calls (the listener's name where the purpose discloses it, else the
role), the notices and receipts, evidence holds, tombstones of deleted recordings, the
protocol versions they received and their own record. For a caller, found by their number
in any usual spelling: their recordings and the facts of those calls, nothing about the
agents (the first name of the one who took the call only when asked for). Always with a
cover letter in the subject's language, as PDF and HTML, and a list of checksums.

The export is an AES-256 encrypted ZIP whose passphrase is generated here, returned once
and never stored. Every entry is written from memory: the audio is read from the vault's
chunks (and, for WAV, decoded there), never through a temporary plaintext file. The ZIP
goes where the user chose through a temporary file in the same folder that is renamed
only when complete, so a crash leaves no half export, only an encrypted leftover that the
next export of that file removes. A plain folder is written only when the caller says the
user accepted that the data then leave the vault unencrypted.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import secrets
import shutil
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import pyzipper

from supervisor_app.audio.codec import flac_to_wav
from supervisor_app.domain import access_letter, retention
from supervisor_app.domain.access_letter import CoverLetter, LetterFacts, PurposeLine
from supervisor_app.domain.errors import InputError, NotFound, UserFacingError, os_reason
from supervisor_app.domain.people import Agent
from supervisor_app.domain.policy import Policy
from supervisor_app.domain.requests import RequestKind, SubjectKind
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as codes
from supervisor_app.services import files
from supervisor_app.services.documents import load_templates
from supervisor_app.services.requests import RequestsService, RequestView, caller_number
from supervisor_app.services.session import Session
from supervisor_app.vault import (
    audit,
    coaching_repo,
    listen_repo,
    notifications_repo,
    people_repo,
    policy_repo,
    recordings_repo,
    requests_repo,
    retention_repo,
)
from supervisor_app.vault.db import Connection, transaction
from supervisor_app.vault.listen_repo import ListenFilter
from supervisor_app.vault.notifications_repo import ItemFilter
from supervisor_app.vault.recordings_repo import ChunkReader, RecordingDetail
from supervisor_app.vault.requests_repo import RequestRow

Clock = Callable[[], dt.datetime]
# Renders a letter's HTML as PDF bytes (html, title): Qt does it, so the caller passes it in.
PdfRenderer = Callable[[str, str], bytes]

AUDIO_FORMATS: Final = ("flac", "wav")
# 25 characters from 32 that cannot be mistaken for one another when read aloud or typed:
# 125 bits, in groups of five.
_ALPHABET: Final = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_GROUPS: Final = 5
_GROUP_SIZE: Final = 5
_IN_LIMIT: Final = 500
LETTER_PDF: Final = "cover-letter.pdf"
LETTER_HTML: Final = "cover-letter.html"
CHECKSUMS: Final = "checksums.txt"


class ExportCancelled(UserFacingError):
    """The user stopped the export; nothing was written."""


def new_passphrase() -> str:
    """A random passphrase for one export, e.g. ``K7QF3-M2XPA-…`` (125 bits)."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(_GROUPS * _GROUP_SIZE))
    return "-".join(chars[i : i + _GROUP_SIZE] for i in range(0, len(chars), _GROUP_SIZE))


@dataclass(frozen=True, slots=True)
class Subject:
    """Whose data: an agent (by extension or id) or a caller (by phone number)."""

    agent_extension: str | None = None
    agent_id: int | None = None
    number: str | None = None


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """How to export.

    ``agent_first_name``: a caller's export names the agent who took each call by first
    name where the policy allows it (``[requests] agent_first_name_to_callers``); False leaves
    the names out of this one export (for an agent's safety, art. 15(4) GDPR). Without the
    policy's permission no export names an agent. ``plain_folder`` writes an unencrypted folder, and
    only with ``plain_warning_accepted``: the user saw and accepted that the data then
    leave the vault unencrypted.
    """

    audio: str = "flac"
    language: str | None = None  # a caller's language; an agent's own is used for agents
    agent_first_name: bool = True
    plain_folder: bool = False
    plain_warning_accepted: bool = False


@dataclass(frozen=True, slots=True)
class ExportProgress:
    """How many of the export's files are written."""

    done: int
    total: int


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote. The passphrase is here once and nowhere else: show it, print it."""

    path: Path
    subject_kind: SubjectKind
    request_id: int | None
    encrypted: bool
    passphrase: str | None
    language: str
    recordings: int
    files: tuple[str, ...]
    sha256: str | None  # of the ZIP file as written (None for a plain folder)
    letter: CoverLetter
    exported_at: dt.datetime

    def to_json(self) -> dict[str, Any]:
        """The result as ``export subject --json`` prints it, without the passphrase."""
        return {
            "path": str(self.path),
            "subject": self.subject_kind.value,
            "request": self.request_id,
            "encrypted": self.encrypted,
            "language": self.language,
            "recordings": self.recordings,
            "files": list(self.files),
            "sha256": self.sha256,
        }

    def passphrase_sheet(self, templates: Mapping[str, str] | None = None) -> str:
        """A printable HTML page with the passphrase, in the subject's language."""
        if self.passphrase is None:
            raise ValueError("a plain folder has no passphrase")
        return access_letter.passphrase_sheet(
            self.passphrase,
            self.language,
            templates if templates is not None else load_templates(),
            export_date=self.exported_at.date(),
            file_name=self.path.name,
            request_id=self.request_id,
        )


@dataclass(slots=True)
class _Entry:
    """One file of the export, made when it is written (audio is read from the vault then)."""

    name: str
    make: Callable[[], bytes]
    compress: bool = True


@dataclass(slots=True)
class _Content:
    """Everything an export holds, before the letter: its files and what the letter says."""

    subject_kind: SubjectKind
    language: str
    name: str | None
    entries: list[_Entry] = field(default_factory=list)
    included: list[tuple[str, int]] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    purposes: set[str] = field(default_factory=set)
    recordings: int = 0


class AccessExportService:
    """Use cases of the export dialog and ``export subject`` (administrators)."""

    def __init__(
        self,
        session: Session,
        clock: Clock | None = None,
        templates: Mapping[str, str] | None = None,
    ) -> None:
        self.session = session
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._templates = templates

    def now(self) -> dt.datetime:
        """The service's current time (injectable for tests)."""
        return self._clock()

    def _policy(self) -> Policy:
        return policy_repo.latest_policy(self.session.conn) or Policy.empty()

    def callers_may_learn_agent_names(self) -> bool:
        """Whether the policy lets a caller's export give the agent's first name."""
        return self._policy().requests.agent_first_name_to_callers

    # --- the export ----------------------------------------------------------------------------

    def export(
        self,
        subject: Subject,
        output: Path,
        pdf: PdfRenderer,
        *,
        request_id: int | None = None,
        options: ExportOptions | None = None,
        progress: Callable[[ExportProgress], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """Write the subject's data to output (an encrypted ZIP, or a plain folder if accepted).

        ``request_id`` names the access request this answers; the subject must be its
        subject. Raises ExportCancelled when ``cancel`` says so between files.
        """
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_EXPORT)
        opts = options or ExportOptions()
        if opts.audio not in AUDIO_FORMATS:
            raise InputError(codes.UNKNOWN_AUDIO_FORMAT, format=opts.audio)
        if opts.plain_folder and not opts.plain_warning_accepted:
            raise InputError(codes.CONFIRM_PLAIN_FOLDER)
        output = Path(output)
        if opts.plain_folder:
            if output.exists() and (not output.is_dir() or any(output.iterdir())):
                raise InputError(codes.FOLDER_HOLDS_FILES, folder=output)
        elif output.is_dir():
            raise InputError(codes.IS_A_FOLDER, path=output)
        request = self._request(request_id)
        policy = self._policy()
        tz = retention.zone(policy.scope.timezone)
        now = self.now()
        content = self._gather(subject, request, policy, opts, tz)
        facts = LetterFacts(
            subject_kind=content.subject_kind,
            name=content.name,
            number=subject.number.strip() if subject.number else None,
            organisation=policy.organisation.name,
            contact=policy.organisation.contact,
            privacy_officer=policy.organisation.privacy_officer,
            privacy_officer_contact=policy.organisation.privacy_officer_contact,
            privacy_officer_is_dpo=policy.organisation.privacy_officer_is_dpo,
            request_id=request.id if request else None,
            received_on=request.received_on if request else None,
            letter_date=retention.local_date(now, tz),
            included=(*content.included, ("letter", 1)),
            left_out=tuple(content.left_out),
            purposes=tuple(
                PurposeLine(p.name_in(content.language), p.legal_basis, p.retention_days)
                for p in policy.purposes
                if p.id in content.purposes
            ),
            audio_format=opts.audio,
            encrypted=not opts.plain_folder,
        )
        templates = self._templates if self._templates is not None else load_templates()
        letter = access_letter.compose(facts, content.language, templates)
        content.entries += [
            _Entry(LETTER_HTML, lambda: letter.html.encode("utf-8")),
            _Entry(LETTER_PDF, lambda: pdf(letter.html, letter.title)),
        ]
        stamp = now.astimezone(tz).replace(tzinfo=None)
        passphrase = None if opts.plain_folder else new_passphrase()
        what = {
            "request": request.id if request else None,
            "subject": content.subject_kind.value,
            "agent": subject_agent(self.session, subject),
            "recordings": content.recordings,
            "audio": opts.audio,
            "file": output.name,
        }
        started: int | None = None
        if passphrase is None:
            # A plain folder holds readable audio on disk from its first file on, so it is on
            # record before that file, committed: copying the files out and then cancelling
            # (or killing the program) must not leave the vault without a log entry.
            with transaction(self.session.conn):
                self.session.record(
                    "subject_export_started",
                    _export_subject(request, content),
                    {**what, "encrypted": False},
                )
                started = audit.head(self.session.conn)[0]
            try:
                names = _write_folder(output, content.entries, progress, cancel)
            except ExportCancelled:
                with transaction(self.session.conn):
                    self.session.record(
                        "subject_export_cancelled",
                        _export_subject(request, content),
                        {"started": started, "file": output.name},
                    )
                raise
            digest = None
        else:
            names, digest = _write_zip(output, passphrase, content.entries, stamp, progress, cancel)
        result = ExportResult(
            path=output,
            subject_kind=content.subject_kind,
            request_id=request.id if request else None,
            encrypted=passphrase is not None,
            passphrase=passphrase,
            language=content.language,
            recordings=content.recordings,
            files=tuple(names),
            sha256=digest,
            letter=letter,
            exported_at=now,
        )
        try:
            with transaction(self.session.conn):
                self.session.record(
                    "subject_exported",
                    _export_subject(request, content),
                    {
                        **what,
                        "files": len(names),
                        "encrypted": result.encrypted,
                        "sha256": digest,
                        **({"started": started} if started is not None else {}),
                    },
                )
        except BaseException:
            # Unlogged, it must not exist: every export leaves the vault with its audit entry.
            if output.is_dir():
                shutil.rmtree(output, ignore_errors=True)
            else:
                output.unlink(missing_ok=True)
            raise
        return result

    def confirm_handover(self, request_id: int, note: str = "") -> RequestView:
        """Close the access request as answered once the subject has the export."""
        requests = RequestsService(self.session, clock=self._clock)
        text = " ".join(note.split()) or "Access export handed over to the subject."
        return requests.close(request_id, "answered", text)

    # --- gathering -----------------------------------------------------------------------------

    def _request(self, request_id: int | None) -> RequestRow | None:
        if request_id is None:
            return None
        row = requests_repo.request(self.session.conn, request_id)
        if row is None:
            raise NotFound(codes.NO_REQUEST, request=request_id)
        if row.kind is not RequestKind.ACCESS:
            raise InputError(codes.EXPORT_WRONG_KIND, request=request_id, kind=row.kind)
        if not row.state.is_open:
            raise InputError(codes.EXPORT_REQUEST_CLOSED, request=request_id, state=row.state)
        return row

    def _gather(
        self,
        subject: Subject,
        request: RequestRow | None,
        policy: Policy,
        opts: ExportOptions,
        tz: dt.tzinfo,
    ) -> _Content:
        named = [x for x in (subject.agent_extension, subject.agent_id, subject.number) if x]
        if len(named) != 1:
            raise InputError(codes.NAME_EXPORT_SUBJECT_ONCE)
        mismatch = InputError(codes.EXPORT_NOT_THE_SUBJECT, request=request.id if request else "")
        if subject.number:
            number = caller_number(subject.number)
            if request is not None and (
                request.subject_kind is not SubjectKind.CALLER or request.number != number
            ):
                raise mismatch
            language = opts.language or "nl"
            if language not in access_letter.COLUMNS:
                raise InputError(codes.EXPORT_UNKNOWN_LANGUAGE, language=language)
            return _caller_content(self.session, number, language, policy, opts, tz)
        agent_id = subject_agent(self.session, subject)
        assert agent_id is not None
        if request is not None and (
            request.subject_kind is not SubjectKind.AGENT or request.agent_id != agent_id
        ):
            raise mismatch
        agent = people_repo.agent_by_id(self.session.conn, agent_id)
        assert agent is not None
        return _agent_content(self.session, agent, policy, opts, tz)


def _export_subject(request: RequestRow | None, content: _Content) -> str:
    """The subject of an export's audit entries: the request it answers, or whose data."""
    return f"request:{request.id}" if request else content.subject_kind.value


def subject_agent(session: Session, subject: Subject) -> int | None:
    """The id of the agent a subject names; None for a caller, NotFound for no such agent."""
    conn = session.conn
    if subject.agent_extension:
        found = people_repo.extension_owner(conn, subject.agent_extension.strip())
        if found is None:
            raise NotFound(codes.NO_AGENT_WITH_EXTENSION, extension=subject.agent_extension.strip())
        return found
    if subject.agent_id is not None:
        if people_repo.agent_by_id(conn, subject.agent_id) is None:
            raise NotFound(codes.NO_AGENT, agent=str(subject.agent_id))
        return subject.agent_id
    return None


# --- what goes in, per kind of subject --------------------------------------------------------


def _agent_content(
    session: Session, agent: Agent, policy: Policy, opts: ExportOptions, tz: dt.tzinfo
) -> _Content:
    conn = session.conn
    lang = agent.language.value
    content = _Content(SubjectKind.AGENT, lang, agent.name)
    ids = [
        int(r[0])
        for r in conn.execute(
            "SELECT id FROM recordings WHERE agent_id = ? ORDER BY started_at, id", (agent.id,)
        ).fetchall()
    ]
    details = [d for d in (recordings_repo.recording(conn, i) for i in ids) if d is not None]
    held = [d for d in details if d.summary.status == retention_repo.HELD]
    with_audio = {d.summary.id for d in held}
    _add_audio(session, content, held, opts.audio)
    calls = [
        {
            "recording": d.summary.id,
            "call_start": _local(d.summary.started_at, tz),
            "duration_s": f"{d.summary.duration_s:.1f}",
            "direction": _direction(lang, d.summary.direction),
            "queue": d.summary.queue or "",
            "campaign": d.summary.campaign or "",
            "status": access_letter.STATUS[lang].get(d.summary.status, d.summary.status),
            "kept_for": _kept_for(d, policy, tz, lang),
            "audio_file": _audio_name(d, opts.audio) if d.summary.id in with_audio else "",
        }
        for d in details
    ]
    content.entries.append(_csv_entry("calls.csv", lang, calls))
    content.included.append(("calls", len(calls)))
    content.purposes |= {p.purpose_id for d in held for p in d.summary.purposes}

    listens = listen_repo.sessions(conn, ListenFilter(agent_id=agent.id), limit=-1)
    hidden_names = False
    listen_rows = []
    for row in sorted(listens, key=lambda r: (r.started_at, r.id)):
        purpose = policy.purpose(row.purpose_id)
        if purpose is not None and purpose.disclose_listener_name:
            listener = _full_name(conn, row.user_name)
        else:
            hidden_names = True
            listener = _role(lang, row.role)
        listen_rows.append(
            {
                "recording": row.recording_id,
                "listened_at": _local(row.started_at, tz),
                "ended_at": _local(row.ended_at, tz) if row.ended_at else "",
                "purpose": purpose.name_in(lang) if purpose else row.purpose_id,
                "reason": row.reason,
                "case_reference": row.case_reference or "",
                "seconds_heard": f"{row.seconds_heard:.1f}",
                "listener": listener,
            }
        )
    _add_table(content, "listens", "listens.csv", lang, listen_rows)

    notices = notifications_repo.items(conn, ItemFilter(agent_id=agent.id))
    notice_rows = [
        {
            "notice": item.id,
            "kind": access_letter.NOTICE[lang][item.kind.value],
            "recording": " ".join(str(r) for r in item.recording_ids),
            "created_at": _local(item.created_at, tz),
            "due_on": item.due_on.isoformat(),
            "state": access_letter.NOTICE[lang][item.state.value],
            "sent_at": _local(item.sent_at, tz) if item.sent_at else "",
            "channel": access_letter.NOTICE[lang][item.channel.value] if item.channel else "",
            "receipt": item.receipt,
        }
        for item in notices
    ]
    _add_table(content, "notices", "notices.csv", lang, notice_rows)
    hidden_names |= _add_coaching(conn, content, agent, policy, tz)

    holds = [
        h
        for start in range(0, len(ids), _IN_LIMIT)
        for h in retention_repo.holds(conn, recording_ids=ids[start : start + _IN_LIMIT])
    ]
    hold_rows = [
        {
            "recording": h.recording_id,
            "purpose": _purpose_name(policy, h.purpose_id, lang),
            "case_reference": h.case_reference,
            "reason": h.reason,
            "placed_at": _local(h.placed_at, tz),
            "until": h.until.isoformat() if h.until else "",
            "released_at": _local(h.released_at, tz) if h.released_at else "",
            "release_reason": h.release_reason or "",
        }
        for h in sorted(holds, key=lambda h: h.id)
    ]
    _add_table(content, "holds", "holds.csv", lang, hold_rows)

    stones = retention_repo.tombstones(conn, ids)
    deleted_rows = [
        {
            "recording": s.recording_id,
            "call_start": _local(s.started_at, tz),
            "status": access_letter.STATUS[lang].get(_gone_status(s.kind), s.kind),
            "deleted_at": _local(s.destroyed_at, tz),
            "kept_for": "; ".join(_purpose_name(policy, p, lang) for p, _ in s.purposes),
            "audio_sha256": s.audio_sha256,
        }
        for s in sorted(stones.values(), key=lambda s: s.recording_id)
    ]
    _add_table(content, "deleted", "deleted.csv", lang, deleted_rows)

    acks = conn.execute(
        "SELECT protocol_version, received_on FROM protocol_acknowledgements"
        " WHERE agent_id = ? ORDER BY protocol_version",
        (agent.id,),
    ).fetchall()
    ack_rows: list[dict[str, object]] = []
    for version, received in acks:
        doc = policy_repo.latest_document(conn, "agent_protocol", lang, int(version))
        name = f"documents/agent_protocol-v{int(version)}.{lang}.html" if doc else ""
        if doc is not None:
            body = doc.body
            content.entries.append(_Entry(name, _text(body)))
        ack_rows.append(
            {"protocol_version": int(version), "received_on": str(received), "document": name}
        )
    _add_table(content, "documents", "acknowledgements.csv", lang, ack_rows)

    record = {
        "name": agent.name,
        "team": agent.team_name,
        "extensions": list(agent.extensions),
        "email": agent.email,
        "language": agent.language.value,
    }
    content.entries.append(
        _Entry("agent.json", lambda: _json(record), compress=True),
    )
    content.included.append(("agent", 1))
    content.left_out += ["numbers"]
    if hidden_names:
        content.left_out.append("listener_names")
    if stones:
        content.left_out.append("deleted_audio")
    content.left_out.append("audit_log")
    return content


def _full_name(conn: Connection, user_name: str) -> str:
    """A user's name as the notices give it (their full name), also after they left."""
    row = conn.execute(
        "SELECT display_name FROM users WHERE name = ? ORDER BY id DESC LIMIT 1", (user_name,)
    ).fetchone()
    return str(row[0]) if row and row[0] else user_name


def _add_coaching(
    conn: Connection, content: _Content, agent: Agent, policy: Policy, tz: dt.tzinfo
) -> bool:
    """Scores, comments and notes about the agent's calls (drafts too), and their sheets.

    The one who judged is named where the purpose names its listeners, as for listens;
    returns whether a name was left out.
    """
    hidden_names = False
    lang = content.language
    words = access_letter.OUTCOME[lang]
    score_rows: list[dict[str, object]] = []
    note_rows: list[dict[str, object]] = []
    for card in coaching_repo.for_agent(conn, agent.id):
        purpose = policy.purpose(card.purpose_id)
        if purpose is not None and purpose.disclose_listener_name:
            scorer = _full_name(conn, card.author_name)
        else:
            scorer = _role(lang, card.author_role)
            hidden_names = True
        for c in card.criteria:
            score_rows.append(
                {
                    "recording": card.recording_id,
                    "call_start": _local(card.call_started_at, tz),
                    "scorecard": card.id,
                    "protocol_version": card.protocol_version,
                    "state": words[card.state.value],
                    "scored_by": scorer,
                    "criterion": c.text.get(lang) or c.text.first(),
                    "outcome": words[c.outcome.value if c.outcome else "open"],
                    "comment": c.comment,
                }
            )
        note_rows += [
            {
                "recording": card.recording_id,
                "scorecard": card.id,
                "moment": _moment(n.at_ms),
                "note": n.text,
            }
            for n in card.notes
        ]
    # Counted per scorecard, not per line: one judgement of one call is one "score".
    _add_table(content, "scores", "scores.csv", lang, score_rows)
    if score_rows:
        content.included[-1] = ("scores", len({r["scorecard"] for r in score_rows}))
    _add_table(content, "coaching_notes", "notes.csv", lang, note_rows)
    sheet_rows = [
        {
            "feedback_sheet": row.id,
            "period_from": row.period_from.isoformat(),
            "period_to": row.period_to.isoformat(),
            "state": access_letter.NOTICE[lang][row.state.value],
            "sent_at": _local(row.sent_at, tz) if row.sent_at else "",
            "channel": access_letter.NOTICE[lang][row.channel.value] if row.channel else "",
            "receipt": row.receipt,
            "summary": row.summary,
        }
        for row in reversed(coaching_repo.sheets(conn, agent_id=agent.id))
    ]
    _add_table(content, "feedback_sheets", "feedback-sheets.csv", lang, sheet_rows)
    return hidden_names


def _moment(at_ms: int) -> str:
    """A moment of a call as m:ss (or h:mm:ss)."""
    minutes, seconds = divmod(max(at_ms, 0) // 1000, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def _caller_content(
    session: Session,
    number: str,
    language: str,
    policy: Policy,
    opts: ExportOptions,
    tz: dt.tzinfo,
) -> _Content:
    conn = session.conn
    content = _Content(SubjectKind.CALLER, language, None)
    # Only recordings that hold audio still carry the number: a purge or erasure blanks it.
    ids = [
        int(r[0])
        for r in conn.execute(
            "SELECT id FROM recordings WHERE remote_number = ? AND status = ?"
            " ORDER BY started_at, id",
            (number, retention_repo.HELD),
        ).fetchall()
    ]
    details = [d for d in (recordings_repo.recording(conn, i) for i in ids) if d is not None]
    _add_audio(session, content, details, opts.audio)
    # The policy decides whether callers may learn a first name; the export may only hold back.
    name_agents = opts.agent_first_name and policy.requests.agent_first_name_to_callers
    first_names: dict[int, str] = {}
    if name_agents:
        for agent in people_repo.agents(conn):
            first_names[agent.id] = agent.name.split()[0] if agent.name.split() else ""
    rows = []
    for d in details:
        row: dict[str, object] = {
            "recording": d.summary.id,
            "call_start": _local(d.summary.started_at, tz),
            "duration_s": f"{d.summary.duration_s:.1f}",
            "direction": _direction(language, d.summary.direction),
            "kept_for": _kept_for(d, policy, tz, language),
            "audio_file": _audio_name(d, opts.audio),
        }
        if name_agents:
            row["agent_first_name"] = first_names.get(d.summary.agent_id, "")
        rows.append(row)
    content.entries.append(_csv_entry("calls.csv", language, rows))
    content.included.append(("calls", len(rows)))
    content.purposes |= {p.purpose_id for d in details for p in d.summary.purposes}
    if name_agents:
        content.included.append(("agent_first_names", 1))
        content.left_out.append("staff_but_first_name")
    else:
        content.left_out.append("staff")
    content.left_out += ["caller_deleted", "other_numbers"]
    return content


def _add_audio(
    session: Session, content: _Content, details: Sequence[RecordingDetail], audio: str
) -> None:
    for d in details:
        content.entries.append(
            _Entry(
                _audio_name(d, audio),
                _reader(session, d, audio),
                compress=audio == "wav",  # FLAC is compressed already
            )
        )
    content.recordings = len(details)
    content.included.insert(0, ("recordings", len(details)))


def _reader(session: Session, detail: RecordingDetail, audio: str) -> Callable[[], bytes]:
    return lambda: _audio_bytes(session, detail, audio)


def _audio_bytes(session: Session, detail: RecordingDetail, audio: str) -> bytes:
    """A recording's audio read from the vault's chunks, checked against its stored hash."""
    with ChunkReader(session.conn, detail.summary.id) as reader:
        flac = reader.read()
    if hashlib.sha256(flac).hexdigest() != detail.audio_sha256:
        raise UserFacingError(codes.AUDIO_FINGERPRINT_MISMATCH, recording=detail.summary.id)
    return flac if audio == "flac" else flac_to_wav(io.BytesIO(flac))


def _audio_name(detail: RecordingDetail, audio: str) -> str:
    return f"recordings/recording-{detail.summary.id}.{audio}"


def _add_table(
    content: _Content, key: str, name: str, language: str, rows: Sequence[Mapping[str, object]]
) -> None:
    """A table goes in when it has rows; the letter counts it then."""
    if rows:
        content.entries.append(_csv_entry(name, language, rows))
        content.included.append((key, len(rows)))


def _csv_entry(name: str, language: str, rows: Sequence[Mapping[str, object]]) -> _Entry:
    def make() -> bytes:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        if rows:
            headings = access_letter.COLUMNS[language]
            writer.writerow([headings.get(k, k) for k in rows[0]])
            writer.writerows([list(r.values()) for r in rows])
        # A byte-order mark, so spreadsheet programs read the accents right.
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")

    return _Entry(name, make)


def _text(text: str) -> Callable[[], bytes]:
    return lambda: text.encode("utf-8")


def _json(value: Any) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _local(moment: dt.datetime, tz: dt.tzinfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def _direction(language: str, direction: str | None) -> str:
    return access_letter.DIRECTION[language].get(direction or "", direction or "")


def _role(language: str, role: str) -> str:
    names = {
        "en": {"team_lead": "team lead", "quality_coach": "quality coach"},
        "nl": {"team_lead": "teamleider", "quality_coach": "kwaliteitscoach"},
    }
    return names[language].get(role, role.replace("_", " "))


def _purpose_name(policy: Policy, purpose_id: str, language: str) -> str:
    """The purpose's title in the export's language (its id if the policy no longer has it)."""
    purpose = policy.purpose(purpose_id)
    return purpose.name_in(language) if purpose else purpose_id


def _kept_for(detail: RecordingDetail, policy: Policy, tz: dt.tzinfo, language: str) -> str:
    if detail.summary.status != retention_repo.HELD:
        return ""
    return "; ".join(
        f"{_purpose_name(policy, p.purpose_id, language)}: "
        f"{p.retain_until.astimezone(tz).date().isoformat()}"
        for p in detail.summary.purposes
    )


def _gone_status(kind: str) -> str:
    return {"private_call": "private_destroyed"}.get(kind, kind)


# --- writing -----------------------------------------------------------------------------------


def _entries_with_checksums(
    entries: Sequence[_Entry],
    progress: Callable[[ExportProgress], None] | None,
    cancel: Callable[[], bool] | None,
) -> Iterator[tuple[str, bytes, bool]]:
    """Each entry's bytes in turn, then the checksum list of them all."""
    sums: list[str] = []
    total = len(entries) + 1
    for n, entry in enumerate(entries):
        if cancel is not None and cancel():
            raise ExportCancelled(codes.EXPORT_CANCELLED)
        data = entry.make()
        sums.append(f"{hashlib.sha256(data).hexdigest()}  {entry.name}")
        yield entry.name, data, entry.compress
        if progress is not None:
            progress(ExportProgress(n + 1, total))
    yield CHECKSUMS, ("\n".join(sums) + "\n").encode("utf-8"), True
    if progress is not None:
        progress(ExportProgress(total, total))


def _write_zip(
    output: Path,
    passphrase: str,
    entries: Sequence[_Entry],
    stamp: dt.datetime,
    progress: Callable[[ExportProgress], None] | None,
    cancel: Callable[[], bool] | None,
) -> tuple[list[str], str]:
    """Write the encrypted ZIP through a temporary file; returns the names and its SHA-256."""
    files.remove_leftovers(output)
    names: list[str] = []
    date_time = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    try:
        with (
            files.atomic_file(output) as file,
            pyzipper.AESZipFile(
                file, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
            ) as archive,
        ):
            archive.setpassword(passphrase.encode("ascii"))
            archive.setencryption(pyzipper.WZ_AES, nbits=256)
            for name, data, compress in _entries_with_checksums(entries, progress, cancel):
                info = archive.zipinfo_cls(name, date_time)
                info.compress_type = pyzipper.ZIP_DEFLATED if compress else pyzipper.ZIP_STORED
                archive.writestr(info, data)
                names.append(name)
    except OSError as error:
        raise files.FileWriteError(
            codes.EXPORT_NOT_SAVED,
            file=output.name,
            folder=output.parent,
            reason=os_reason(error),
        ) from None
    digest = hashlib.sha256()
    with open(output, "rb") as written:
        while block := written.read(1 << 20):
            digest.update(block)
    return names, digest.hexdigest()


def _write_folder(
    output: Path,
    entries: Sequence[_Entry],
    progress: Callable[[ExportProgress], None] | None,
    cancel: Callable[[], bool] | None,
) -> list[str]:
    """Write a plain folder next to output under a temporary name, then rename it."""
    temp = output.parent / f"{files.temp_prefix(output)}{secrets.token_hex(4)}{files.TEMP_SUFFIX}"
    names: list[str] = []
    try:
        temp.mkdir()
        for name, data, _ in _entries_with_checksums(entries, progress, cancel):
            target = temp / name
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            names.append(name)
        if output.exists():
            output.rmdir()  # checked empty before
        os.replace(temp, output)
    except OSError as error:
        raise files.FileWriteError(
            codes.EXPORT_FOLDER_NOT_SAVED,
            file=output.name,
            folder=output.parent,
            reason=os_reason(error),
        ) from None
    finally:
        if temp.exists():
            shutil.rmtree(temp, ignore_errors=True)
    return names

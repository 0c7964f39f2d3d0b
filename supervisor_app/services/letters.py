"""The text of a notice in the agent's language, as plain text, a letter's HTML, .eml and mailto:.

The facts come from the vault (the call's date, time and direction, the purposes and their
deletion dates, who listened as the policy allows, the receipt); the other party's number is
never read. The texts are plaintext outside the vault once the user saves, copies or mails
them: they go only where the user chooses. A PDF is rendered from ``Letter.html`` by the UI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path
from typing import Final
from urllib.parse import quote

from supervisor_app.domain.errors import InputError
from supervisor_app.domain.notifications import (
    CallFacts,
    Item,
    Kind,
    Listener,
    NoticeFacts,
    PurposeFacts,
    compose,
)
from supervisor_app.domain.policy import LegalBasis, Policy
from supervisor_app.domain.retention import local_date, zone
from supervisor_app.domain.roles import parse_role
from supervisor_app.services.documents import load_templates
from supervisor_app.services.files import write_bytes
from supervisor_app.services.notifications import NotificationService
from supervisor_app.services.session import Session
from supervisor_app.vault import (
    listen_repo,
    people_repo,
    policy_repo,
    recordings_repo,
    retention_repo,
)

# Message-IDs need a domain; without one from the organisation's contact address this reserved
# name is used, so the computer's own host name never ends up in a message.
FALLBACK_DOMAIN: Final = "supervisor-app.invalid"
# Listens whose heard intervals are complete: what they did not store was not played.
_ENDED_CLEANLY: Final = frozenset({listen_repo.CLOSED, listen_repo.PRIVATE_DESTROYED})


@dataclass(frozen=True, slots=True)
class Letter:
    """A notice ready to send: to whom, subject, plain text (mail, copy) and HTML (PDF letter)."""

    item_id: int
    language: str
    agent_name: str
    to: str | None  # the agent's e-mail address, if known
    subject: str
    text: str
    html: str
    receipt: str


class LetterService:
    """Write the notice of an item; the user's team scope applies as in NotificationService."""

    def __init__(self, session: Session, templates: Mapping[str, str] | None = None) -> None:
        self.session = session
        self._templates = templates
        self._notices = NotificationService(session)

    def letter(self, item_id: int, *, letter_date: dt.date | None = None) -> Letter:
        """The notice of an item in its agent's language."""
        item = self._notices.item(item_id)
        conn = self.session.conn
        agent = people_repo.agent_by_id(conn, item.agent_id)
        if agent is None:  # agents are never deleted; a missing one is a damaged vault
            raise LookupError(f"agent {item.agent_id} of notification {item_id} is missing")
        policy = policy_repo.latest_policy(conn) or Policy.empty()
        language = agent.language.value
        facts = self._facts(item, agent.name, policy, language)
        templates = self._templates if self._templates is not None else load_templates()
        notice = compose(facts, language, templates, letter_date=letter_date)
        return Letter(
            item_id=item.id,
            language=notice.language,
            agent_name=agent.name,
            to=agent.email,
            subject=notice.subject,
            text=notice.text,
            html=notice.html,
            receipt=item.receipt,
        )

    def mailto(self, item_id: int) -> str:
        """A ``mailto:`` link that opens the mail client with address, subject and text filled."""
        letter = self.letter(item_id)
        return mailto_url(letter.to, letter.subject, letter.text)

    def eml(self, item_id: int, *, now: dt.datetime | None = None) -> bytes:
        """The notice as an RFC 5322 message (.eml) for the agent, marked as a draft to send."""
        letter = self.letter(item_id)
        policy = policy_repo.latest_policy(self.session.conn) or Policy.empty()
        return eml_bytes(letter, sender=policy.organisation.contact, now=now)

    def write_eml(self, item_id: int, path: Path) -> Path:
        """Save the .eml where the user chose (atomically); then call mark_sent with ``eml``."""
        data = self.eml(item_id)
        write_bytes(Path(path), data)
        return Path(path)

    # --- gathering the facts -------------------------------------------------------------------

    def _facts(self, item: Item, agent_name: str, policy: Policy, language: str) -> NoticeFacts:
        """What the notice says, with purpose titles in the agent's language only."""
        conn = self.session.conn
        lines = self._notices.lines(item.id)
        calls = tuple(
            self._call(line.recording_id, line.receipt, policy, language) for line in lines
        )
        org = policy.organisation
        listener, purpose, event_at = None, None, item.created_at
        reason, heard, on_hold = "", False, False
        if item.listen_session_id is not None:
            row = listen_repo.session(conn, item.listen_session_id)
            if row is not None:
                listener = self._listener(row.id, row.role, row.purpose_id, policy)
                # A private call flagged before anything played was not found while listening,
                # and a listen that ended without playing anything heard nothing. A listen still
                # open, or cut short by a crash (its last seconds unflushed), may have.
                heard = bool(row.intervals) or (
                    item.kind is Kind.LISTENED and row.state not in _ENDED_CLEANLY
                )
                if item.kind is Kind.LISTENED:
                    event_at = row.started_at
                    reason = row.reason
                    today = local_date(dt.datetime.now(dt.UTC), zone(policy.scope.timezone))
                    on_hold = bool(retention_repo.active_holds(conn, row.recording_id, today))
                    purpose = self._purpose(row.recording_id, row.purpose_id, policy, language)
        if item.kind in (Kind.PRIVATE_CALL_DESTROYED, Kind.RECORDING_ERASED):
            stone = retention_repo.tombstone(conn, item.recording_ids[0])
            if stone is not None:
                event_at = stone.destroyed_at
        return NoticeFacts(
            kind=item.kind,
            agent_name=agent_name,
            organisation=org.name,
            contact=org.contact,
            timezone=policy.scope.timezone,
            calls=calls,
            receipt=item.receipt,
            event_at=event_at,
            digest_week=item.digest_week,
            listener=listener,
            purpose=purpose,
            reason=reason,
            heard=heard,
            on_hold=on_hold,
            privacy_officer=org.privacy_officer,
            privacy_officer_is_dpo=org.privacy_officer_is_dpo,
            privacy_officer_contact=org.privacy_officer_contact,
        )

    def _call(self, recording_id: int, receipt: str, policy: Policy, language: str) -> CallFacts:
        detail = recordings_repo.recording(self.session.conn, recording_id)
        if detail is None:
            raise LookupError(f"recording {recording_id} of a notification is missing")
        s = detail.summary
        purposes = tuple(
            PurposeFacts(
                _title(policy, p.purpose_id, language), _basis(policy, p.purpose_id), p.retain_until
            )
            for p in s.purposes
        )
        # A recording whose audio is gone (purged, erased, a private call) is not "kept until".
        deleted_at = None
        if s.status != retention_repo.HELD:
            stone = retention_repo.tombstone(self.session.conn, recording_id)
            deleted_at = stone.destroyed_at if stone is not None else None
        # Only the date, time and direction: the other party's number stays in the vault.
        return CallFacts(s.started_at, s.direction, purposes, receipt, deleted_at)

    def _purpose(
        self, recording_id: int, purpose_id: str, policy: Policy, language: str
    ) -> PurposeFacts:
        detail = recordings_repo.recording(self.session.conn, recording_id)
        held = detail.summary.purposes if detail is not None else ()
        until = next((p.retain_until for p in held if p.purpose_id == purpose_id), None)
        if until is None:  # the gate only lets a listen through for a purpose the call is held for
            raise LookupError(f"recording {recording_id} is not held for {purpose_id}")
        return PurposeFacts(_title(policy, purpose_id, language), _basis(policy, purpose_id), until)

    def _listener(self, session_id: int, role: str, purpose_id: str, policy: Policy) -> Listener:
        purpose = policy.purpose(purpose_id)
        disclose = purpose.disclose_listener_name if purpose is not None else False
        try:
            parsed = parse_role(role)
        except InputError:
            parsed = None
        if not disclose:
            return Listener(role=parsed)
        row = self.session.conn.execute(
            "SELECT u.display_name, u.name FROM listen_sessions l JOIN users u ON u.id = l.user_id"
            " WHERE l.id = ?",
            (session_id,),
        ).fetchone()
        name = (row[0] or row[1]) if row else None
        return Listener(name=name, role=parsed)


def _title(policy: Policy, purpose_id: str, language: str) -> str:
    """The purpose's title in the reader's language, never another (its id where it has none)."""
    purpose = policy.purpose(purpose_id)
    return purpose.name_in(language) if purpose is not None else purpose_id


def _basis(policy: Policy, purpose_id: str) -> LegalBasis | None:
    purpose = policy.purpose(purpose_id)
    return purpose.legal_basis if purpose is not None else None


# --- mail ----------------------------------------------------------------------------------------


def mailto_url(to: str | None, subject: str, body: str) -> str:
    """A ``mailto:`` URL (RFC 6068): address, subject and body percent-encoded as UTF-8.

    Line breaks become CRLF as the RFC asks. Some mail clients cut very long links (a few
    thousand characters); a long digest is better sent as an .eml.
    """
    address = quote(to.strip(), safe="@") if to else ""
    crlf = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{address}?subject={quote(subject, safe='')}&body={quote(crlf, safe='')}"


def eml_bytes(
    letter: Letter, *, sender: str = "", now: dt.datetime | None = None, kind: str = "notice"
) -> bytes:
    """The letter as an .eml: To, Subject, Date, Message-ID and a UTF-8 plain-text body.

    ``sender`` goes into From when it is an e-mail address (the organisation's contact);
    ``X-Unsent`` makes mail clients open the file as a draft, ready to send. ``kind`` names
    what the letter is in its Message-ID (a notice, a feedback sheet).
    """
    message = EmailMessage()
    if letter.to:
        message["To"] = formataddr((letter.agent_name, letter.to))
    address = sender.strip()
    if _is_address(address):
        message["From"] = address
    message["Subject"] = letter.subject
    message["Date"] = format_datetime((now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC))
    domain = address.rpartition("@")[2] if _is_address(address) else FALLBACK_DOMAIN
    message["Message-ID"] = make_msgid(idstring=f"{kind}-{letter.item_id}", domain=domain)
    message["X-Unsent"] = "1"
    message.set_content(letter.text, charset="utf-8")
    return message.as_bytes(policy=SMTP)


def _is_address(text: str) -> bool:
    name, at, domain = text.partition("@")
    return bool(name and at and "." in domain and not any(c.isspace() for c in text))

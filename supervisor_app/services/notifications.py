"""Notices to agents as a use case: one per event, deadlines, sent and acknowledged, receipts (R7).

Queuing happens inside the flows that cause a notice, in the transaction of the event's own
audit entry, so no listen or sampled recording can exist without its notice and the notice's
receipt is a prefix of that entry's hash::

    with transaction(conn):
        ...the change...
        session.record("listen_started", ...)
        notifications.queue_listened(session, policy, session_id, recording, now)

Everything else is ``NotificationService``: the Notifications page, the post-listen prompt,
the dashboard's overdue count and the ``notifications`` and ``receipt`` commands. Each state
change is one audit entry. Texts, ``.eml`` files and ``mailto:`` links are in services/letters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Final

from supervisor_app.domain.errors import AccessDenied, ErrorCode, InputError, NotFound
from supervisor_app.domain.notifications import (
    Channel,
    Item,
    Kind,
    State,
    can_move,
    check_note,
    deadline_days,
    due,
    iso_week,
    receipt_code,
    receipt_prefix,
    zone,
)
from supervisor_app.domain.policy import NotificationStyle, Policy
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as codes
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, notifications_repo, retention_repo
from supervisor_app.vault.audit import AuditEntry, ChainReport
from supervisor_app.vault.db import transaction
from supervisor_app.vault.notifications_repo import ItemFilter, Line, NewItem

Clock = Callable[[], dt.datetime]

# The audit action whose entry each kind of notice reports (and whose hash is its receipt).
EVENT_ACTIONS: Final = {
    Kind.SAMPLED: "recording_imported",
    Kind.LISTENED: "listen_started",
    Kind.PRIVATE_CALL_DESTROYED: "private_call_destroyed",
    Kind.RECORDING_ERASED: "recording_erased",
}
SENDER_ROLES: Final = (Role.ADMINISTRATOR, Role.TEAM_LEAD, Role.QUALITY_COACH)


# --- queuing, inside the event's transaction ---------------------------------------------------


def queue_sampled(
    session: Session,
    policy: Policy,
    recording_id: int,
    agent_id: int,
    team_id: int,
    call_started_at: dt.datetime,
    stored_at: dt.datetime,
) -> int:
    """Queue the notice of a stored sampled recording; returns the item id.

    With the policy's weekly digest the recording becomes a line of the agent's pending
    digest for the call's ISO week (local time), which is created when there is none.
    """
    week = None
    if policy.notification.style is NotificationStyle.WEEKLY_DIGEST:
        week = iso_week(call_started_at, zone(policy.scope.timezone))
    return _queue(
        session,
        policy,
        Kind.SAMPLED,
        recording_id=recording_id,
        agent_id=agent_id,
        team_id=team_id,
        event_at=stored_at,
        digest_week=week,
    )


def queue_listened(
    session: Session,
    policy: Policy,
    listen_session_id: int,
    recording_id: int,
    agent_id: int,
    team_id: int,
    started_at: dt.datetime,
) -> int:
    """Queue the notice of a listen session, due ``deadline_days_after_listen`` after it."""
    return _queue(
        session,
        policy,
        Kind.LISTENED,
        recording_id=recording_id,
        agent_id=agent_id,
        team_id=team_id,
        event_at=started_at,
        listen_session_id=listen_session_id,
    )


def queue_destroyed(
    session: Session,
    policy: Policy,
    kind: Kind,
    recording_id: int,
    agent_id: int,
    team_id: int,
    destroyed_at: dt.datetime,
    listen_session_id: int | None = None,
) -> int:
    """Queue the notice of a destroyed private call or an erased recording."""
    if kind not in (Kind.PRIVATE_CALL_DESTROYED, Kind.RECORDING_ERASED):
        raise ValueError(f"{kind} is not a kind of destruction")
    return _queue(
        session,
        policy,
        kind,
        recording_id=recording_id,
        agent_id=agent_id,
        team_id=team_id,
        event_at=destroyed_at,
        listen_session_id=listen_session_id,
    )


def _queue(
    session: Session,
    policy: Policy,
    kind: Kind,
    *,
    recording_id: int,
    agent_id: int,
    team_id: int,
    event_at: dt.datetime,
    listen_session_id: int | None = None,
    digest_week: str | None = None,
) -> int:
    conn = session.conn
    if not conn.in_transaction:
        raise RuntimeError("a notice is queued in the transaction of the event it reports")
    # The event's entry was appended just before, in this same transaction: nothing else can
    # have written in between (BEGIN IMMEDIATE holds the write lock), so the head is that entry.
    head = audit.entries(conn, limit=1)
    if not head or head[0].action != EVENT_ACTIONS[kind]:
        raise RuntimeError(f"a {kind} notice must follow its {EVENT_ACTIONS[kind]} entry")
    entry = head[0]
    new = NewItem(
        kind=kind,
        agent_id=agent_id,
        team_id=team_id,
        recording_id=recording_id,
        audit_seq=entry.seq,
        receipt=receipt_code(entry.hash),
        created_at=event_at,
        due=due(event_at, deadline_days(kind, policy.notification), zone(policy.scope.timezone)),
        listen_session_id=listen_session_id,
        digest_week=digest_week,
    )
    if digest_week is not None:
        pending = notifications_repo.pending_digest(conn, agent_id, digest_week)
        if pending is not None:
            notifications_repo.add_line(conn, pending, new)
            return pending
    return notifications_repo.add_item(conn, new)


# --- receipts ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReceiptCheck:
    """What a receipt code is found to cover, and whether the log still vouches for it.

    ``matches`` is the answer: an entry with this hash prefix exists, its contents still
    hash to it and the chain from the first entry up to it is unbroken. ``chain`` tells
    whether the whole log up to its head verifies as well.
    """

    code: str
    chain: ChainReport
    entry: AuditEntry | None = None
    entry_intact: bool = False
    kind: Kind | None = None
    agent_id: int | None = None
    recording_ids: tuple[int, ...] = ()
    item_ids: tuple[int, ...] = field(default=())
    # Recordings whose audio has since been destroyed: (id, how, when, UTC date text).
    gone: tuple[tuple[int, str, str], ...] = field(default=())

    @property
    def found(self) -> bool:
        """Whether some log entry's hash starts with the code."""
        return self.entry is not None

    @property
    def matches(self) -> bool:
        """Whether the receipt matches an intact log entry."""
        return self.entry is not None and self.entry_intact

    def to_json(self) -> dict[str, Any]:
        """The check as ``receipt check --json`` prints it (ids only, no names)."""
        e = self.entry
        return {
            "code": self.code,
            "matches": self.matches,
            "found": self.found,
            "entry_intact": self.entry_intact,
            "seq": e.seq if e else None,
            "at": e.at if e else None,
            "action": e.action if e else None,
            "kind": self.kind.value if self.kind else None,
            "agent": self.agent_id,
            "recordings": list(self.recording_ids),
            "notifications": list(self.item_ids),
            "chain_intact_to_head": self.chain.intact,
            "chain_entries": self.chain.count,
            "first_bad_seq": self.chain.first_bad_seq,
            "deleted": [{"recording": r, "kind": k, "on": on} for r, k, on in self.gone],
        }


def describe_receipt(check: ReceiptCheck) -> str:
    """Sentences on a receipt check, for the CLI and the GUI."""
    e = check.entry
    if e is None:
        return (
            f"Receipt {check.code} does not match any entry of the audit log: either the code "
            "was mistyped, or the entry it was made from was changed afterwards."
        )
    covers = f"{check.kind.value if check.kind else e.action} on {e.at[:10]}"
    if check.agent_id is not None:
        covers += f" for agent {check.agent_id}"
    if check.recording_ids:
        covers += f" (recording {', '.join(str(r) for r in check.recording_ids)})"
    if not check.entry_intact:
        first = check.chain.first_bad_seq
        return (
            f"Receipt {check.code} does NOT check: log entry {e.seq} ({covers}) "
            f"no longer fits the chain (broken at entry {first}: {check.chain.problem})."
        )
    tail = (
        "The whole log up to its head verifies."
        if check.chain.intact
        else f"The log is broken later, at entry {check.chain.first_bad_seq}: "
        f"{check.chain.problem}."
    )
    gone = " ".join(
        f"The audio of recording {rec} was deleted on {on} ({_GONE.get(kind, kind)})."
        for rec, kind, on in check.gone
    )
    text = f"Receipt {check.code} checks: it is log entry {e.seq}, {covers}, unchanged. {tail}"
    return f"{text} {gone}" if gone else text


_GONE = {
    "purged": "its retention had ended",
    "erased": "erased on request",
    "private_call": "a private call",
}


# --- the service -------------------------------------------------------------------------------


class NotificationService:
    """Use cases of the post-listen prompt, the Notifications page, the dashboard and the CLI.

    Everyone sees the notices of the teams they may see (administrators and auditors all);
    administrators, team leads and quality coaches may record that a notice was sent.
    """

    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        self.session = session
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def now(self) -> dt.datetime:
        """The service's current time (injectable for tests)."""
        return self._clock()

    # --- reading -------------------------------------------------------------------------------

    def _scoped(self, filters: ItemFilter) -> ItemFilter:
        visible = self.session.user.visible_team_ids()
        if visible is None:
            return filters
        wanted = visible if filters.team_ids is None else filters.team_ids & visible
        return replace(filters, team_ids=wanted)

    def items(self, filters: ItemFilter | None = None, limit: int = 10_000) -> list[Item]:
        """Notices the user may see, earliest deadline first."""
        return notifications_repo.items(
            self.session.conn, self._scoped(filters or ItemFilter()), limit
        )

    def item(self, item_id: int) -> Item:
        """One notice; NotFound also for a notice of a team the user may not see."""
        found = notifications_repo.items(self.session.conn, self._scoped(_by_id(item_id)), 1)
        if not found or found[0].id != item_id:
            raise NotFound(codes.NO_NOTICE, notice=item_id)
        return found[0]

    def lines(self, item_id: int) -> list[Line]:
        """The events a notice reports (one, or one per recording of a digest)."""
        self.item(item_id)
        return notifications_repo.lines(self.session.conn, item_id)

    def for_listen_session(self, listen_session_id: int) -> Item | None:
        """The notice of a listen session: what the post-listen prompt offers to send."""
        found = self.items(ItemFilter(listen_session_id=listen_session_id, kind=Kind.LISTENED))
        return found[0] if found else None

    def pending(self) -> list[Item]:
        """Notices not yet sent, earliest deadline first."""
        return self.items(ItemFilter(states=frozenset({State.PENDING})))

    def overdue(self) -> list[Item]:
        """Pending notices past their deadline now: shown first at unlock and on the dashboard."""
        return self.items(ItemFilter(overdue_at=self.now()))

    def overdue_count(self) -> int:
        """How many notices are overdue now (one indexed count, cheap enough for the dashboard)."""
        filters = self._scoped(ItemFilter(overdue_at=self.now()))
        return notifications_repo.count(self.session.conn, filters)

    # --- state changes -------------------------------------------------------------------------

    def _require_sender(self, denied: ErrorCode) -> None:
        if not any(self.session.user.has(role) for role in SENDER_ROLES):
            raise AccessDenied(denied)

    def mark_sent(
        self,
        item_id: int,
        channel: Channel | str,
        note: str = "",
        *,
        expected_receipt: str | None = None,
    ) -> Item:
        """Record that a pending notice reached the agent, how, when and by whom.

        ``expected_receipt`` is the receipt of the text the user sent: a digest that gained
        a line since it was shown is refused, so what is recorded as sent is what was sent.
        Raises InputError for an unknown channel, a missing note for ``outside``, or a notice
        that is not pending.
        """
        self._require_sender(codes.ONLY_SENDERS_SENT)
        chosen = _channel(channel)
        cleaned = check_note(chosen, note)
        conn, user = self.session.conn, self.session.user.name
        with transaction(conn):
            current = self.item(item_id)
            if not can_move(current.state, State.SENT):
                raise InputError(_already(current.state), notice=item_id)
            if expected_receipt is not None and expected_receipt != current.receipt:
                raise InputError(codes.NOTICE_CHANGED, notice=item_id)
            now = self.now()
            notifications_repo.set_sent(conn, item_id, chosen, user, now, cleaned)
            self.session.record(
                "notification_sent",
                f"notification:{item_id}",
                {
                    **_summary(current),
                    "channel": chosen.value,
                    "note": cleaned,
                    "overdue": current.is_overdue(now),
                },
            )
        return self.item(item_id)

    def mark_acknowledged(self, item_id: int, note: str = "") -> Item:
        """Record that the agent confirmed receiving a sent notice (optional step)."""
        self._require_sender(codes.ONLY_SENDERS_ACKNOWLEDGED)
        cleaned = " ".join(note.split())
        conn = self.session.conn
        with transaction(conn):
            current = self.item(item_id)
            if not can_move(current.state, State.ACKNOWLEDGED):
                code = codes.NOTICE_NOT_SENT if current.state is State.PENDING else None
                raise InputError(code or _already(current.state), notice=item_id)
            notifications_repo.set_acknowledged(
                conn, item_id, self.session.user.name, self.now(), cleaned
            )
            self.session.record(
                "notification_acknowledged",
                f"notification:{item_id}",
                {**_summary(current), "note": cleaned},
            )
        return self.item(item_id)

    def defer(self, item_id: int) -> Item:
        """The prompt's "Later": the notice stays pending; the choice and deadline are logged."""
        self._require_sender(codes.ONLY_SENDERS_DEFER)
        with transaction(self.session.conn):
            current = self.item(item_id)
            if current.state is not State.PENDING:
                raise InputError(_already(current.state), notice=item_id)
            self.session.record(
                "notification_deferred",
                f"notification:{item_id}",
                {**_summary(current), "due_on": current.due_on.isoformat()},
            )
        return current

    # --- receipts ------------------------------------------------------------------------------

    def check_receipt(self, code: str) -> ReceiptCheck:
        """Whether a receipt matches an intact log entry, and what that entry covers.

        For administrators and auditors (acting for the agent's representative or the works
        council). Raises InputError when the code is not a receipt code.
        """
        user = self.session.user
        if not (user.has(Role.ADMINISTRATOR) or user.has(Role.AUDITOR)):
            raise AccessDenied(codes.ONLY_READER_RECEIPTS)
        prefix = receipt_prefix(code)
        conn = self.session.conn
        formatted = receipt_code(prefix + "0" * (64 - len(prefix)))
        chain = audit.verify(conn)
        found = notifications_repo.entries_by_hash_prefix(conn, prefix)
        if not found:
            return ReceiptCheck(formatted, chain)
        entry, intact_self = found[0]
        before_break = chain.first_bad_seq is None or chain.first_bad_seq > entry.seq
        lines = notifications_repo.lines_for_receipt(conn, formatted)
        line_items = [i for i, line in lines if line.audit_seq == entry.seq]
        items = [it for it in (notifications_repo.item(conn, i) for i in line_items) if it]
        # The entry's own details name the agent for most events; a listen entry names only
        # the recording, so its agent comes from the notice that carries the receipt.
        agent = entry.details.get("agent")
        if not isinstance(agent, int):
            agent = items[0].agent_id if items else None
        recordings = [line.recording_id for _, line in lines if line.audit_seq == entry.seq]
        stones = retention_repo.tombstones(conn, recordings)
        return ReceiptCheck(
            code=formatted,
            chain=chain,
            entry=entry,
            entry_intact=intact_self and before_break,
            kind=items[0].kind if items else _kind_of(entry.action),
            agent_id=agent,
            recording_ids=tuple(dict.fromkeys(recordings)),
            item_ids=tuple(dict.fromkeys(line_items)),
            gone=tuple(
                (r, stone.kind, stone.destroyed_at.date().isoformat())
                for r, stone in sorted(stones.items())
            ),
        )


def _by_id(item_id: int) -> ItemFilter:
    return ItemFilter(item_id=item_id)


def _kind_of(action: str) -> Kind | None:
    return next((k for k, a in EVENT_ACTIONS.items() if a == action), None)


def _channel(value: Channel | str) -> Channel:
    try:
        return Channel(value)
    except ValueError:
        valid = ", ".join(c.value for c in Channel)
        raise InputError(codes.UNKNOWN_CHANNEL, channel=str(value), valid=valid) from None


def _already(state: State) -> ErrorCode:
    """The sentence for a notice that has moved on already."""
    return (
        codes.NOTICE_ALREADY_ACKNOWLEDGED
        if state is State.ACKNOWLEDGED
        else (codes.NOTICE_ALREADY_SENT)
    )


def _summary(item: Item) -> dict[str, Any]:
    # Ids and the receipt only: the log names no agent.
    return {
        "kind": item.kind.value,
        "agent": item.agent_id,
        "recordings": list(item.recording_ids),
        "receipt": item.receipt,
    }

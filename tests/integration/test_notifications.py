"""Notices in a real vault: one per listen and sampled recording; deadlines, states, receipts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from supervisor_app.domain.errors import AccessDenied, InputError, NotFound
from supervisor_app.domain.notifications import Channel, Kind, State, receipt_code
from supervisor_app.domain.policy import NotificationStyle
from supervisor_app.domain.roles import Role
from supervisor_app.services import notifications
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.imports import ImportService
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.notifications import NotificationService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, notifications_repo
from supervisor_app.vault.db import transaction
from supervisor_app.vault.notifications_repo import ItemFilter
from tests.integration.test_import_pipeline import (
    EVERYTHING,
    MONDAY,
    PROTOCOL_RECEIVED,
    WEEK,
    Call,
    iso_week,
    prepare_vault,
    write_export,
)
from tests.integration.test_listen import REASON, Vault, as_user, build_vault

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    """Three sampled recordings (weekly digest, as the example policy says) and two listeners."""
    return build_vault(admin_session, tmp_path)


def entries(session: Session, action: str) -> list[audit.AuditEntry]:
    return [e for e in reversed(audit.entries(session.conn)) if e.action == action]


def set_style(admin: Session, style: NotificationStyle, *, disclose: bool = True) -> None:
    """Change how agents are told (and whether listeners are named); republish the documents."""
    policies = PolicyService(admin)
    policy = policies.current()
    purposes = tuple(
        dataclasses.replace(p, disclose_listener_name=disclose) for p in policy.purposes
    )
    notification = dataclasses.replace(policy.notification, style=style)
    policies.save(dataclasses.replace(policy, notification=notification, purposes=purposes))
    documents = DocumentService(admin)
    documents.publish()
    # The protocol says how agents are told, so a new style is a new version to hand out.
    agents = [agent.id for agent in PeopleService(admin).agents()]
    documents.acknowledge(agents, received_on=PROTOCOL_RECEIVED)


def import_calls(admin: Session, root: Path, calls: list[Call]) -> None:
    monitor, cdr, _ = write_export(root, calls)
    assert ImportService(admin).run("freepbx", monitor, cdr).imported == len(calls)


# --- exactly one item or line per event ----------------------------------------------------------


def test_every_sampled_recording_is_one_line_of_its_agents_weekly_digest(vault: Vault) -> None:
    service = NotificationService(vault.admin)
    items = service.items()
    assert [(i.kind, i.agent_name, i.digest_week, len(i.recording_ids)) for i in items] == [
        (Kind.SAMPLED, "Fatima El Amrani", iso_week(MONDAY), 2),
        (Kind.SAMPLED, "Ivo de Boer", iso_week(MONDAY), 1),
    ]
    imported = entries(vault.admin, "recording_imported")
    lines = [line for i in items for line in service.lines(i.id)]
    # Each recording_imported entry is reported by exactly one line, with its own receipt.
    assert sorted(line.audit_seq for line in lines) == [e.seq for e in imported]
    by_seq = {e.seq: e for e in imported}
    for line in lines:
        entry = by_seq[line.audit_seq]
        assert line.receipt == receipt_code(entry.hash)
        assert entry.subject == f"recording:{line.recording_id}"
    # A digest's receipt is its newest line's: the chain pins the earlier ones too.
    fatima = items[0]
    assert fatima.receipt == service.lines(fatima.id)[-1].receipt
    assert fatima.audit_seq == service.lines(fatima.id)[-1].audit_seq


def test_per_recording_style_gives_one_notice_per_sampled_recording(
    admin_session: Session, tmp_path: Path
) -> None:
    prepare_vault(admin_session, EVERYTHING)
    set_style(admin_session, NotificationStyle.PER_RECORDING)
    import_calls(
        admin_session,
        tmp_path / "export",
        [
            Call("queue", "201", MONDAY, 1.0),
            Call("campaign", "201", MONDAY + dt.timedelta(hours=1), 1.0),
            Call("queue", "204", MONDAY + dt.timedelta(hours=2), 1.0),
        ],
    )
    items = NotificationService(admin_session).items()
    imported = entries(admin_session, "recording_imported")
    assert len(items) == len(imported) == 3
    assert all(i.kind is Kind.SAMPLED and i.digest_week is None for i in items)
    assert sorted(i.audit_seq for i in items) == [e.seq for e in imported]
    assert {i.receipt for i in items} == {receipt_code(e.hash) for e in imported}


def test_a_digest_is_per_agent_per_local_iso_week(admin_session: Session, tmp_path: Path) -> None:
    prepare_vault(admin_session, EVERYTHING)
    # Sunday 23:30: still Monday's week.
    sunday_late = MONDAY + dt.timedelta(days=6, hours=14, minutes=30)
    import_calls(
        admin_session,
        tmp_path / "export",
        [
            Call("queue", "201", MONDAY, 1.0),
            Call("queue", "201", sunday_late, 1.0),
            Call("queue", "201", MONDAY + dt.timedelta(days=7), 1.0),
            Call("queue", "202", MONDAY, 1.0),
        ],
    )
    items = NotificationService(admin_session).items()
    assert sorted((i.agent_name, i.digest_week, len(i.recording_ids)) for i in items) == [
        ("Fatima El Amrani", iso_week(MONDAY), 2),
        ("Fatima El Amrani", iso_week(MONDAY + WEEK), 1),
        ("Gert van Dijk", iso_week(MONDAY), 1),
    ]


def test_a_sent_digest_is_closed_and_a_later_recording_starts_a_new_one(vault: Vault) -> None:
    service = NotificationService(vault.admin)
    fatima = service.items()[0]
    service.mark_sent(fatima.id, Channel.COPY)
    policy = PolicyService(vault.admin).current()
    conn = vault.admin.conn
    with transaction(conn):  # as the import does: the event's entry, then the notice
        vault.admin.record("recording_imported", f"recording:{vault.noord}", {"agent": 1})
        new_id = notifications.queue_sampled(
            vault.admin,
            policy,
            vault.noord,
            1,
            1,
            (MONDAY + dt.timedelta(days=1)).replace(tzinfo=dt.UTC),
            dt.datetime.now(dt.UTC),
        )
    assert new_id != fatima.id
    assert service.item(fatima.id).recording_ids == fatima.recording_ids  # unchanged once sent
    assert service.item(new_id).digest_week == iso_week(MONDAY)


def test_every_listen_session_gets_exactly_one_notice(vault: Vault) -> None:
    service = ListeningService(vault.lead)
    first = service.open(vault.noord, "training", REASON)
    first.close()
    second = service.open(vault.noord, "training", REASON)
    second.close()
    third = ListeningService(vault.coach).open(vault.campaign, "training", REASON)
    third.close()
    with pytest.raises(AccessDenied):
        ListeningService(vault.coach).open(vault.campaign, "dispute", REASON)

    notices = NotificationService(vault.admin)
    listened = notices.items(ItemFilter(kind=Kind.LISTENED))
    assert sorted(i.listen_session_id or 0 for i in listened) == [first.id, second.id, third.id]
    started = {e.details["session"]: e for e in entries(vault.admin, "listen_started")}
    for item in listened:
        assert item.listen_session_id is not None
        entry = started[item.listen_session_id]
        assert (item.audit_seq, item.receipt) == (entry.seq, receipt_code(entry.hash))
        assert item.agent_name == "Fatima El Amrani"
    # The prompt after closing finds the session's notice.
    found = NotificationService(vault.lead).for_listen_session(first.id)
    assert found is not None and found.kind is Kind.LISTENED
    assert found.recording_ids == (vault.noord,)


def test_the_notice_is_committed_with_the_listen_before_any_playback(vault: Vault) -> None:
    listen = ListeningService(vault.lead).open(vault.noord, "training", REASON)
    other = vault.admin.vault.connect()  # sees only what was committed
    try:
        row = other.execute(
            "SELECT kind, listen_session_id, state FROM notifications WHERE kind = 'listened'"
        ).fetchall()
    finally:
        other.close()
    assert [tuple(r) for r in row] == [("listened", listen.id, "pending")]
    listen.close()


def test_a_failing_notice_rolls_back_the_listen(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = len(audit.entries(vault.admin.conn))

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr(notifications_repo, "add_item", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        ListeningService(vault.lead).open(vault.noord, "training", REASON)
    conn = vault.admin.conn
    assert conn.execute("SELECT count(*) FROM listen_sessions").fetchone()[0] == 0
    assert len(audit.entries(conn)) == before  # neither the allow nor the start is logged


def test_queuing_outside_the_events_transaction_is_refused(vault: Vault) -> None:
    policy = PolicyService(vault.admin).current()
    now = dt.datetime.now(dt.UTC)
    with pytest.raises(RuntimeError, match="transaction"):
        notifications.queue_listened(vault.admin, policy, 1, vault.noord, 1, 1, now)
    with pytest.raises(RuntimeError, match="listen_started"), transaction(vault.admin.conn):
        vault.admin.record("something_else")
        notifications.queue_listened(vault.admin, policy, 1, vault.noord, 1, 1, now)


def test_a_private_call_gets_its_own_notice(vault: Vault) -> None:
    service = ListeningService(vault.lead)
    listen = service.open(vault.campaign, "training", REASON)
    service.flag_private(listen, confirm=True, note="the dentist")
    notices = NotificationService(vault.admin)
    destroyed = notices.items(ItemFilter(kind=Kind.PRIVATE_CALL_DESTROYED))
    entry = entries(vault.admin, "private_call_destroyed")[0]
    assert [(i.recording_ids, i.listen_session_id, i.receipt) for i in destroyed] == [
        ((vault.campaign,), listen.id, receipt_code(entry.hash))
    ]
    # The listen itself was announced too.
    assert notices.for_listen_session(listen.id) is not None


# --- deadlines and overdue ---------------------------------------------------------------------


def test_deadlines_come_from_the_policy_in_its_time_zone(vault: Vault) -> None:
    # Yesterday 23:30 in Amsterdam: late in the local day, whatever the UTC date is.
    yesterday = dt.datetime.now(AMSTERDAM).date() - dt.timedelta(days=1)
    at = dt.datetime.combine(yesterday, dt.time(23, 30), tzinfo=AMSTERDAM).astimezone(dt.UTC)
    listen = ListeningService(vault.lead, clock=lambda: at).open(vault.noord, "training", REASON)
    listen.close()
    item = NotificationService(vault.admin).for_listen_session(listen.id)
    assert item is not None
    policy = PolicyService(vault.admin).current()
    assert policy.notification.deadline_days_after_listen == 5
    assert item.due_on == yesterday + dt.timedelta(days=5)
    midnight = dt.datetime.combine(item.due_on + dt.timedelta(days=1), dt.time(0), AMSTERDAM)
    assert item.overdue_from == midnight.astimezone(dt.UTC)
    sampled = NotificationService(vault.admin).items(ItemFilter(kind=Kind.SAMPLED))[0]
    stored = sampled.created_at.astimezone(AMSTERDAM).date()
    assert sampled.due_on == stored + dt.timedelta(days=7)
    assert sampled.overdue_from.astimezone(AMSTERDAM).time() == dt.time(0)


def test_overdue_items_and_their_count_follow_the_clock_and_the_teams(vault: Vault) -> None:
    at = dt.datetime.now(dt.UTC) - dt.timedelta(days=10)  # due before the digests
    listen = ListeningService(vault.lead, clock=lambda: at).open(vault.noord, "training", REASON)
    listen.close()
    listened = NotificationService(vault.admin).for_listen_session(listen.id)
    assert listened is not None
    edge = listened.overdue_from

    def service(session: Session, now: dt.datetime) -> NotificationService:
        return NotificationService(session, clock=lambda: now)

    before = service(vault.admin, edge - dt.timedelta(seconds=1))
    assert before.overdue_count() == 0 and before.overdue() == []
    at_edge = service(vault.admin, edge)
    assert [i.id for i in at_edge.overdue()] == [listened.id] and at_edge.overdue_count() == 1
    much_later = service(vault.admin, edge + dt.timedelta(days=60))
    assert much_later.overdue_count() == 3  # the two digests are overdue too
    assert much_later.overdue()[0].kind is Kind.LISTENED  # earliest deadline first
    # The team lead of Team Noord does not see Team Zuid's digest.
    assert service(vault.lead, edge + dt.timedelta(days=60)).overdue_count() == 2
    much_later.mark_sent(listened.id, Channel.MAIL)
    assert much_later.overdue_count() == 2


# --- states, all audited -------------------------------------------------------------------------


def test_sent_then_acknowledged_each_go_into_the_log(vault: Vault) -> None:
    listen = ListeningService(vault.lead).open(vault.noord, "training", REASON)
    listen.close()
    service = NotificationService(vault.lead)
    item = service.for_listen_session(listen.id)
    assert item is not None

    service.defer(item.id)
    sent = service.mark_sent(item.id, "eml", "  saved for the agent ")
    assert (sent.state, sent.channel, sent.sent_by, sent.note) == (
        State.SENT,
        Channel.EML,
        "bram",
        "saved for the agent",
    )
    assert sent.sent_at is not None
    acknowledged = service.mark_acknowledged(item.id, "signed copy")
    assert acknowledged.state is State.ACKNOWLEDGED and acknowledged.acknowledged_at is not None

    logged = [
        (e.actor, e.action, e.subject, e.details)
        for e in reversed(audit.entries(vault.admin.conn, limit=3))
    ]
    common = {"kind": "listened", "agent": 1, "recordings": [vault.noord], "receipt": item.receipt}
    assert logged == [
        ("bram", "notification_deferred", f"notification:{item.id}",
         {**common, "due_on": item.due_on.isoformat()}),
        ("bram", "notification_sent", f"notification:{item.id}",
         {**common, "channel": "eml", "note": "saved for the agent", "overdue": False}),
        ("bram", "notification_acknowledged", f"notification:{item.id}",
         {**common, "note": "signed copy"}),
    ]  # fmt: skip
    assert audit.verify(vault.admin.conn).intact


def test_state_changes_that_are_not_allowed_are_refused(vault: Vault) -> None:
    service = NotificationService(vault.admin)
    digest = service.items()[0]
    before = len(audit.entries(vault.admin.conn))
    with pytest.raises(InputError, match="only a sent notice"):
        service.mark_acknowledged(digest.id)
    with pytest.raises(InputError, match="outside the app"):
        service.mark_sent(digest.id, Channel.OUTSIDE, "  ")
    with pytest.raises(InputError, match="Unknown channel"):
        service.mark_sent(digest.id, "carrier pigeon")
    with pytest.raises(InputError, match="changed since it was shown"):
        service.mark_sent(digest.id, Channel.MAIL, expected_receipt="0000-0000-0000")
    assert len(audit.entries(vault.admin.conn)) == before
    service.mark_sent(digest.id, Channel.OUTSIDE, "handed over at the team meeting")
    with pytest.raises(InputError, match="already sent"):
        service.mark_sent(digest.id, Channel.MAIL)
    with pytest.raises(InputError, match="already sent"):
        service.defer(digest.id)


def test_who_may_see_and_send_notices(vault: Vault) -> None:
    zuid = NotificationService(vault.admin).items()[1]
    assert zuid.agent_name == "Ivo de Boer"
    with pytest.raises(NotFound):
        NotificationService(vault.lead).item(zuid.id)
    with pytest.raises(NotFound):
        NotificationService(vault.lead).mark_sent(zuid.id, Channel.MAIL)
    auditor = as_user(vault.admin, "olga", Role.AUDITOR, [])
    assert len(NotificationService(auditor).items()) == 2  # auditors see everything
    with pytest.raises(AccessDenied, match="administrator, a team lead or a quality coach"):
        NotificationService(auditor).mark_sent(zuid.id, Channel.MAIL)


# --- receipts ----------------------------------------------------------------------------------


def test_a_receipt_checks_until_its_entry_is_tampered_with(vault: Vault) -> None:
    listen = ListeningService(vault.lead).open(vault.noord, "training", REASON)
    listen.close()
    item = NotificationService(vault.admin).for_listen_session(listen.id)
    assert item is not None
    service = NotificationService(vault.admin)

    check = service.check_receipt(item.receipt.upper().replace("-", " "))
    assert check.matches and check.chain.intact
    assert check.entry is not None and check.entry.seq == item.audit_seq
    assert (check.kind, check.agent_id, check.recording_ids, check.item_ids) == (
        Kind.LISTENED,
        1,
        (vault.noord,),
        (item.id,),
    )
    assert "checks" in notifications.describe_receipt(check)

    raw = vault.admin.vault.connect()  # nothing but the key: no app code, no audit entry
    try:
        raw.execute(
            "UPDATE audit_log SET details = replace(details, 'greeting', 'greetings')"
            " WHERE seq = ?",
            (item.audit_seq,),
        )
    finally:
        raw.close()
    check = service.check_receipt(item.receipt)
    assert check.found and not check.matches and not check.chain.intact
    assert check.chain.first_bad_seq == item.audit_seq
    assert "does NOT check" in notifications.describe_receipt(check)


def test_a_rewritten_entry_no_longer_carries_the_receipt(vault: Vault) -> None:
    digest = NotificationService(vault.admin).items()[0]
    raw = vault.admin.vault.connect()
    try:
        # A careful forger also recomputes the entry's hash: then the code finds nothing.
        seq, at, actor, action, subject, details, prev = raw.execute(
            "SELECT seq, at, actor, action, subject, details, prev_hash FROM audit_log"
            " WHERE seq = ?",
            (digest.audit_seq,),
        ).fetchone()
        forged = details.replace('"team":1', '"team":2')
        assert forged != details
        new_hash = audit.entry_hash(prev, seq, at, actor, action, subject, forged)
        raw.execute(
            "UPDATE audit_log SET details = ?, hash = ? WHERE seq = ?", (forged, new_hash, seq)
        )
    finally:
        raw.close()
    check = NotificationService(vault.admin).check_receipt(digest.receipt)
    assert not check.found and not check.matches
    assert "does not match any entry" in notifications.describe_receipt(check)


def test_a_later_break_is_reported_but_does_not_void_an_earlier_receipt(vault: Vault) -> None:
    digest = NotificationService(vault.admin).items()[0]
    last = audit.entries(vault.admin.conn, limit=1)[0]
    assert last.seq > digest.audit_seq
    raw = vault.admin.vault.connect()
    try:
        raw.execute("DELETE FROM audit_log WHERE seq = ?", (last.seq,))
        raw.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = ?", (last.seq - 1,))
    finally:
        raw.close()
    check = NotificationService(vault.admin).check_receipt(digest.receipt)
    assert check.matches and not check.chain.intact
    assert "broken later" in notifications.describe_receipt(check)


def test_only_administrators_and_auditors_check_receipts(vault: Vault) -> None:
    with pytest.raises(AccessDenied):
        NotificationService(vault.lead).check_receipt("3f9a-0c12-be47")
    with pytest.raises(InputError, match="not a receipt code"):
        NotificationService(vault.admin).check_receipt("hello")

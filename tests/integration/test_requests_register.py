"""The requests register on a real vault: deadlines, extension, closing, order, counts, roles."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from supervisor_app.domain.errors import AccessDenied, InputError, NotFound
from supervisor_app.domain.people import Language
from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.requests import RequestsService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit, keyslots, retention_repo
from supervisor_app.vault.db import DB_FILE, connect, transaction
from supervisor_app.vault.keyslots import RECOVERY_SLOT, SlotFile
from supervisor_app.vault.migrations import MIGRATIONS, migrate
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, FAST_KDF
from tests.integration.test_listen import as_user
from tests.integration.test_migrations import legacy_append

# 10:00 UTC on 20 February 2026: a request of 31 January is due on the 28th.
NOW = dt.datetime(2026, 2, 20, 10, 0, tzinfo=dt.UTC)


def at(service: RequestsService, moment: dt.datetime) -> RequestsService:
    """The same user's register seen at another moment."""
    return RequestsService(service.session, clock=lambda: moment)


@pytest.fixture
def service(admin_session: Session) -> RequestsService:
    people = PeopleService(admin_session)
    people.add_team("Team Noord")
    people.add_agent("Fatima El Amrani", ["201"], "Team Noord", None, Language.NL)
    return RequestsService(admin_session, clock=lambda: NOW)


def test_deadlines_extension_and_closing(service: RequestsService) -> None:
    view = service.add("erasure", agent_extension="201", received_on=dt.date(2026, 1, 31))
    assert view.row.deadline == dt.date(2026, 2, 28) and view.days_left == 8
    extended = service.extend(view.row.id, "Many recordings across three teams")
    assert extended.row.deadline == dt.date(2026, 4, 30) and extended.row.state.value == "extended"
    with pytest.raises(InputError, match="already extended"):
        service.extend(view.row.id, "Still more recordings to check")
    may_day = at(service, dt.datetime(2026, 5, 1, 9, tzinfo=dt.UTC))
    closed = may_day.close(view.row.id, "answered", "Done")
    assert not closed.to_json()["answered_in_time"]  # a day late
    actions = [e.action for e in audit.entries(service.session.conn)][:3]
    assert actions == ["request_closed", "request_extended", "request_registered"]


def test_the_list_puts_overdue_first_and_the_card_counts(service: RequestsService) -> None:
    late = service.add("access", agent_extension="201", received_on=dt.date(2026, 1, 10)).row.id
    soon = service.add("access", number="0612345678", received_on=dt.date(2026, 1, 25)).row.id
    later = service.add("objection", agent_extension="201", received_on=dt.date(2026, 2, 19)).row.id
    done = service.add("access", number="0687654321", received_on=dt.date(2026, 2, 1)).row.id
    service.close(done, "answered", "Sent by post")
    assert [v.row.id for v in service.list()] == [late, soon, later, done]
    assert [v.row.id for v in service.list(open_only=True)] == [late, soon, later]
    counts = service.counts()
    assert (counts.open, counts.overdue, counts.due_soon) == (3, 1, 1)
    assert counts.next_deadline == dt.date(2026, 2, 10)
    assert service.list()[0].overdue and service.get(late).days_left == -10


def test_bad_input_and_roles(service: RequestsService) -> None:
    with pytest.raises(InputError, match="future"):
        service.add("access", agent_extension="201", received_on=dt.date(2026, 2, 21))
    with pytest.raises(InputError, match="not a telephone number"):
        service.add("access", number="abc", received_on=dt.date(2026, 2, 1))
    with pytest.raises(InputError, match="Name the subject once"):
        service.add("access", number="0612345678", agent_extension="201", received_on=NOW.date())
    with pytest.raises(NotFound):
        service.add("access", agent_extension="999", received_on=NOW.date())
    with pytest.raises(InputError, match="not a kind of request"):
        service.add("complaint", agent_extension="201", received_on=NOW.date())
    view = service.add("access", agent_extension="201", received_on=NOW.date())
    auditor = as_user(service.session, "olga", Role.AUDITOR, [])
    assert [v.row.id for v in RequestsService(auditor).list()] == [view.row.id]
    with pytest.raises(AccessDenied):
        RequestsService(auditor).close(view.row.id, "answered", "Answered by phone")
    lead = as_user(service.session, "bram", Role.TEAM_LEAD, ["Team Noord"])
    with pytest.raises(AccessDenied):
        RequestsService(lead).list()
    # The log names the request and the agent's id, never a caller's number.
    service.add("access", number="+31 6 1234 5678", received_on=NOW.date())
    assert "612345678" not in str([e.details for e in audit.entries(service.session.conn)])


# The schema step that adds the register, found by what it creates rather than by its number.
REGISTER_STEP = next(
    number
    for number, step in enumerate(MIGRATIONS, start=1)
    if any(isinstance(s, str) and "CREATE TABLE subject_requests" in s for s in step)
)


def test_the_schema_step_adds_the_register_to_an_older_vault(tmp_path: Path) -> None:
    """A vault from the step before, with a tombstone, gets the register and request ids."""
    folder = tmp_path / "old"
    folder.mkdir(mode=0o700)
    key = secrets.token_bytes(32)
    vault_id = uuid.uuid4().hex
    conn = connect(folder / DB_FILE, key, create=True)
    try:
        migrate(conn, target=REGISTER_STEP - 1)
        with transaction(conn):
            conn.execute("INSERT INTO vault_meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
            # As the app wrote entries before they were signed (the register's step is older).
            legacy_append(conn, ADMIN, "vault_created", vault_id, {"administrator": ADMIN})
            conn.execute(
                "INSERT INTO users (id, name, display_name, created_at) VALUES (1, ?, 'A', 'x')",
                (ADMIN,),
            )
            conn.execute("INSERT INTO user_roles VALUES (1, 'administrator', NULL)")
            conn.execute("INSERT INTO teams (id, name, created_at) VALUES (1, 'Noord', 'x')")
            conn.execute(
                "INSERT INTO agents (id, name, team_id, created_at) VALUES (1, 'F', 1, 'x')"
            )
            conn.execute(
                "INSERT INTO import_batches (id, source, mode, seed, policy_version,"
                " imported_by, started_at) VALUES (1, 's', 'app', 'x', 1, 'admin', 'x')"
            )
            conn.execute(
                "INSERT INTO recordings (id, batch_id, source, call_id, fingerprint,"
                " source_sha256, agent_id, team_id, started_at, duration_s, samplerate,"
                " channels, frames, audio_size, audio_sha256, stored_at, status)"
                " VALUES (1, 1, 's', 'c', 'f', 'h', 1, 1, '2026-01-05T09:00:00Z', 1, 8000, 1,"
                " 8000, 1, 'h', '2026-01-06T09:00:00Z', 'purged')"
            )
            conn.execute(
                "INSERT INTO recording_tombstones (recording_id, kind, reason, destroyed_by,"
                " destroyed_at, agent_id, started_at, stored_at, purposes, audio_sha256,"
                " audio_size) VALUES (1, 'purged', 'retention ended', 'admin',"
                " '2026-02-05T09:00:00Z', 1, '2026-01-05T09:00:00Z', '2026-01-06T09:00:00Z',"
                " '[]', 'h', 1)"
            )
    finally:
        conn.close()
    # Slots as they were before signing keys existed.
    slots = tuple(
        replace(keyslots.make_slot(vault_id, name, secret, key, FAST_KDF), signing=None)
        for name, secret in ((ADMIN, ADMIN_PASSPHRASE.encode()), (RECOVERY_SLOT, b"R" * 32))
    )
    keyslots.write(folder, SlotFile(vault_id, FAST_KDF, slots))
    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        stone = retention_repo.tombstone(session.conn, 1)
        assert stone is not None and stone.request_id is None and stone.kind == "purged"
        view = RequestsService(session).add("access", agent_id=1, received_on=dt.date.today())
        assert view.row.agent_name == "F"
        assert audit.verify(session.conn).intact
    finally:
        session.lock()

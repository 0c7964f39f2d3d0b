"""The hash-chained audit log: appends inside transactions, and every kind of edit is found."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supervisor_app.services.session import Session
from supervisor_app.vault import audit
from supervisor_app.vault.audit import GENESIS_HASH, entry_hash
from supervisor_app.vault.db import DB_FILE, Connection, connect, transaction
from supervisor_app.vault.migrations import migrate
from supervisor_app.vault.signing import Signer
from tests.conftest import ADMIN

ENTRIES = 6


@pytest.fixture
def chain(admin_session: Session, vault_dir: Path) -> Iterator[Connection]:
    """A raw connection to a vault whose log has several entries (as an attacker would have)."""
    conn = admin_session.conn
    with transaction(conn):
        for n in range(ENTRIES - 2):  # setup wrote "vault_created" and "unlock" already
            audit.append(
                conn,
                ADMIN,
                "team_added",
                f"team:{n}",
                {"name": f"Team {n}", "n": n},
                signer=admin_session.vault.signer,
            )
    raw = connect(vault_dir / DB_FILE, admin_session.vault._require_key())
    assert audit.verify(raw).intact
    yield raw
    raw.close()


def count(conn: Connection) -> int:
    """How many entries the log holds."""
    return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


# --- appending ----------------------------------------------------------------------------


def test_entries_link_each_to_the_one_before(admin_session: Session) -> None:
    conn = admin_session.conn
    with transaction(conn):
        signer = admin_session.vault.signer
        first = audit.append(conn, ADMIN, "a", "s", {"é": "ü", "n": [1, 2]}, signer=signer)
        second = audit.append(conn, ADMIN, "b", signer=signer)
    assert second.seq == first.seq + 1
    assert second.prev_hash == first.hash
    assert audit.entries(conn, limit=2) == [second, first]
    oldest = audit.entries(conn)[-1]
    assert (oldest.seq, oldest.prev_hash) == (1, GENESIS_HASH)
    stored = conn.execute("SELECT details FROM audit_log WHERE seq = ?", (first.seq,)).fetchone()
    assert stored[0] == '{"n":[1,2],"é":"ü"}'  # canonical: sorted keys, no spaces, UTF-8 kept
    assert first.hash == entry_hash(
        first.prev_hash, first.seq, first.at, ADMIN, "a", "s", stored[0]
    )
    report = audit.verify(conn)
    assert report.intact and report.count == second.seq and report.head_hash == second.hash


def test_times_are_stored_in_utc(admin_session: Session) -> None:
    conn = admin_session.conn
    local = datetime(2024, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    with transaction(conn):
        entry = audit.append(conn, ADMIN, "x", at=local, signer=admin_session.vault.signer)
    assert entry.at == "2024-03-01T07:30:00.000000Z"
    before = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    with transaction(conn):
        now = audit.append(conn, ADMIN, "y", signer=admin_session.vault.signer)
    assert now.at.endswith("Z") and now.at[:19] >= before


def test_appending_outside_a_transaction_is_refused(admin_session: Session) -> None:
    before = count(admin_session.conn)
    with pytest.raises(RuntimeError, match="transaction"):
        audit.append(admin_session.conn, ADMIN, "sneaky", signer=admin_session.vault.signer)
    assert count(admin_session.conn) == before


def test_an_entry_rolls_back_with_its_change(admin_session: Session) -> None:
    conn = admin_session.conn
    before = audit.entries(conn)
    with pytest.raises(KeyError), transaction(conn):
        conn.execute("INSERT INTO teams (name, created_at) VALUES ('Noord', 'x')")
        audit.append(conn, ADMIN, "team_added", "team:1", signer=admin_session.vault.signer)
        raise KeyError("the change failed after the entry was written")
    assert audit.entries(conn) == before
    assert conn.execute("SELECT count(*) FROM teams").fetchone()[0] == 0


def test_an_empty_log_verifies(tmp_path: Path) -> None:
    conn = connect(tmp_path / "empty.db", secrets.token_bytes(32), create=True)
    try:
        migrate(conn)
        report = audit.verify(conn)
        assert (report.intact, report.count, report.head_hash) == (True, 0, GENESIS_HASH)
    finally:
        conn.close()


# --- tampering through a raw connection ---------------------------------------------------


@pytest.mark.parametrize(
    ("sql", "bad"),
    [
        ("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3", 3),
        ("UPDATE audit_log SET action = 'nothing' WHERE seq = 4", 4),
        ("UPDATE audit_log SET subject = 'team:99' WHERE seq = 2", 2),
        ("UPDATE audit_log SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 5", 5),
        ("""UPDATE audit_log SET details = '{"name":"Team X","n":0}' WHERE seq = 3""", 3),
        ("UPDATE audit_log SET details = '{broken' WHERE seq = 4", 4),
        ("UPDATE audit_log SET hash = replace(hash, substr(hash, 1, 1), 'x') WHERE seq = 2", 2),
        (
            "UPDATE audit_log SET prev_hash = (SELECT hash FROM audit_log WHERE seq = 3)"
            " WHERE seq = 5",
            5,
        ),
        (f"UPDATE audit_log SET prev_hash = '{GENESIS_HASH}' WHERE seq = 4", 4),
    ],
    ids=[
        "actor",
        "action",
        "subject",
        "time",
        "details",
        "details-not-json",
        "hash",
        "prev-hash",
        "prev-hash-genesis",
    ],
)
def test_a_changed_field_is_named_by_seq(chain: Connection, sql: str, bad: int) -> None:
    chain.execute(sql)
    report = audit.verify(chain)
    assert not report.intact
    assert report.first_bad_seq == bad
    assert report.problem


def test_a_deleted_entry_is_named(chain: Connection) -> None:
    chain.execute("DELETE FROM audit_log WHERE seq = 3")
    report = audit.verify(chain)
    assert (report.first_bad_seq, report.count) == (3, 2)
    assert "missing" in report.problem


def test_a_deleted_first_entry_is_named(chain: Connection) -> None:
    chain.execute("DELETE FROM audit_log WHERE seq = 1")
    assert audit.verify(chain).first_bad_seq == 1


def test_cutting_off_the_newest_entries_changes_the_head_hash(chain: Connection) -> None:
    # The chain alone cannot see a shortened tail; the exported head hash and the
    # receipts agents hold can, because the head no longer matches.
    head = audit.verify(chain).head_hash
    chain.execute(f"DELETE FROM audit_log WHERE seq >= {ENTRIES - 1}")
    report = audit.verify(chain)
    assert report.count == ENTRIES - 2
    assert report.head_hash != head


def test_two_swapped_entries_are_named(chain: Connection) -> None:
    with transaction(chain):
        chain.execute("UPDATE audit_log SET seq = -1 WHERE seq = 3")
        chain.execute("UPDATE audit_log SET seq = 3 WHERE seq = 4")
        chain.execute("UPDATE audit_log SET seq = 4 WHERE seq = -1")
    assert audit.verify(chain).first_bad_seq == 3


@pytest.mark.parametrize("consistent_prev", [False, True])
def test_a_forged_entry_appended_is_named(chain: Connection, consistent_prev: bool) -> None:
    head = audit.verify(chain).head_hash
    prev = head if consistent_prev else GENESIS_HASH
    chain.execute(
        "INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash)"
        " VALUES (?, '2024-01-01T00:00:00.000000Z', 'mallory', 'unlock', '', '{}', ?, ?)",
        (ENTRIES + 1, prev, "f" * 64),
    )
    assert audit.verify(chain).first_bad_seq == ENTRIES + 1


def test_a_forged_entry_slipped_in_between_is_named(chain: Connection) -> None:
    with transaction(chain):
        for seq in range(ENTRIES, 2, -1):
            chain.execute("UPDATE audit_log SET seq = seq + 1 WHERE seq = ?", (seq,))
        prev = chain.execute("SELECT hash FROM audit_log WHERE seq = 2").fetchone()[0]
        at = "2024-01-01T00:00:00.000000Z"
        forged = entry_hash(prev, 3, at, "mallory", "policy_changed", "", "{}")
        chain.execute(
            "INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash)"
            " VALUES (3, ?, 'mallory', 'policy_changed', '', '{}', ?, ?)",
            (at, prev, forged),
        )
    # The forged entry's hash fits, but it carries no signature, as nobody's key made it.
    report = audit.verify(chain)
    assert report.first_bad_seq == 3
    assert report.count == 2
    assert report.problem == "it is not signed"


def test_verify_reports_the_first_of_several_edits(chain: Connection) -> None:
    chain.execute("UPDATE audit_log SET actor = 'x' WHERE seq IN (2, 5)")
    chain.execute("DELETE FROM audit_log WHERE seq = 4")
    assert audit.verify(chain).first_bad_seq == 2


# --- any single edit to any field of any entry is caught ---------------------------------

FIELDS = ("at", "actor", "action", "subject", "details", "prev_hash", "hash")


@pytest.fixture(scope="module")
def long_chain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    """A database with a longer log, shared by the property test and restored after each try."""
    folder = tmp_path_factory.mktemp("chain")
    conn = connect(folder / DB_FILE, secrets.token_bytes(32), create=True)
    migrate(conn)
    signers = [Signer.generate(f"user{n}") for n in range(3)]
    with transaction(conn):
        for n in range(12):
            signer = signers[n % 3]
            details: dict[str, object] = {"n": n, "text": "x" * n}
            if n < 3:  # each user's first entry registers their key (vault/audit.py)
                details[audit.REGISTRATION_FIELD] = [signer.registration()]
            audit.append(conn, signer.user, "event", f"s{n}", details, signer=signer)
    assert audit.verify(conn).signed == 12
    yield conn
    conn.close()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seq=st.integers(1, 12),
    field=st.sampled_from(FIELDS),
    value=st.one_of(
        st.text(max_size=20),
        st.sampled_from(['{"n":0}', "{}", "[]", GENESIS_HASH, "null"]),
    ),
)
def test_any_edit_is_found_at_its_seq(
    long_chain: Connection, seq: int, field: str, value: str
) -> None:
    conn = long_chain
    old = conn.execute(f"SELECT {field} FROM audit_log WHERE seq = ?", (seq,)).fetchone()[0]
    conn.execute("BEGIN")
    try:
        conn.execute(f"UPDATE audit_log SET {field} = ? WHERE seq = ?", (value, seq))
        report = audit.verify(conn)
    finally:
        conn.execute("ROLLBACK")
    if value == old:
        assert report.intact
    else:
        assert report.first_bad_seq == seq, (field, value)
    assert audit.verify(conn).intact

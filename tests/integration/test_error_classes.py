"""Which database errors a user can act on, decided by SQLite's result code in one place.

A busy, locked, full or read-only vault is the user's environment: one sentence, never a
bug report. A syntax error or an unexpected constraint is a bug. Real errors from a real
vault, not made-up exception objects.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.services.errors import user_facing
from supervisor_app.services.session import Session
from supervisor_app.vault.db import Connection
from supervisor_app.vault.errors import from_sqlite_error

SQLITE_BUSY = 5


def _second_connection(session: Session) -> Connection:
    """Another connection to the same vault (its key) with no patience for locks."""
    other = session.vault.connect()
    other.execute("PRAGMA busy_timeout = 0")
    return other


def test_a_vault_busy_with_another_writer_is_the_environment_with_a_sentence(
    admin_session: Session,
) -> None:
    other = _second_connection(admin_session)
    try:
        admin_session.conn.execute("BEGIN IMMEDIATE")  # this connection writes now
        with pytest.raises(sqlcipher3.OperationalError) as raised:
            other.execute("BEGIN IMMEDIATE")
        assert getattr(raised.value, "sqlite_errorcode", None) == SQLITE_BUSY
        sentence = user_facing(raised.value)
        assert isinstance(sentence, UserFacingError)
        assert str(sentence).endswith(".") and "\n" not in str(sentence)
    finally:
        admin_session.conn.execute("ROLLBACK")
        other.close()


def test_a_syntax_error_is_a_bug(admin_session: Session) -> None:
    with pytest.raises(sqlcipher3.OperationalError) as raised:
        admin_session.conn.execute("SELEKT 1")
    assert user_facing(raised.value) is None


def test_an_unexpected_constraint_is_a_bug(admin_session: Session) -> None:
    conn = admin_session.conn
    with pytest.raises(sqlcipher3.IntegrityError) as raised:
        conn.execute("INSERT INTO teams (id, name, created_at) VALUES (NULL, NULL, NULL)")
    assert user_facing(raised.value) is None


def test_the_same_error_from_plain_sqlite_is_judged_by_its_code_too(tmp_path: Path) -> None:
    """The rule is SQLite's result code, whichever module raised it."""
    path = tmp_path / "plain.db"
    first = sqlite3.connect(path, isolation_level=None)
    second = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        first.execute("BEGIN IMMEDIATE")
        with pytest.raises(sqlite3.OperationalError) as raised:
            second.execute("BEGIN IMMEDIATE")
        assert raised.value.sqlite_errorcode == SQLITE_BUSY
        assert from_sqlite_error(raised.value) is not None
    finally:
        first.execute("ROLLBACK")
        first.close()
        second.close()

"""SQLCipher connections: raw-key open, the pragmas every connection needs, transactions."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final, Protocol, cast

import sqlcipher3

from supervisor_app.vault import error_codes as codes
from supervisor_app.vault.errors import DamagedVault, VaultError, from_sqlite_error

log = logging.getLogger(__name__)

DB_FILE: Final = "vault.db"
# Larger pages store audio chunks faster; the value is part of the file format, so every
# connection must set the same one before touching the database.
CIPHER_PAGE_SIZE: Final = 16384
MIN_CIPHER_VERSION: Final = (4, 5)

DatabaseError = sqlcipher3.DatabaseError

# Where SQLCipher writes its own messages ("hmac check failed" for a wrong key, and such).
# Left alone it prints them on standard error, in front of the app's own sentence; the app
# points it at its log file (applog.py), and without one it is switched off.
_cipher_log: str = "off"


def route_cipher_log(path: Path | None) -> None:
    """Send SQLCipher's own log to the file at path (the app log), or nowhere with None."""
    global _cipher_log
    _cipher_log = str(path) if path is not None else "off"


# A check run before every statement and every new connection, or None. The test suite
# installs one that fails a test when the GUI's own code reaches the vault on the GUI thread
# (see tests/conftest.py): the window must only ever ask the vault worker.
_guard: Callable[[], None] | None = None


def set_guard(check: Callable[[], None] | None) -> None:
    """Install (or with None remove) the check run before every vault statement."""
    global _guard
    _guard = check


class _GuardedConnection(sqlcipher3.Connection):  # type: ignore[misc]
    """An sqlcipher3 connection that runs the guard first; used only while one is set."""

    def execute(self, *args: Any) -> Any:
        if _guard is not None:
            _guard()
        return super().execute(*args)

    def executemany(self, *args: Any) -> Any:
        if _guard is not None:
            _guard()
        return super().executemany(*args)

    def open_blob(self, *args: Any, **kwargs: Any) -> Any:
        if _guard is not None:
            _guard()
        return super().open_blob(*args, **kwargs)


class Cursor(Protocol):
    """The part of a DB-API cursor the vault uses (sqlcipher3 ships no type hints)."""

    lastrowid: int | None
    rowcount: int

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def fetchmany(self, size: int = ..., /) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The part of an sqlcipher3 connection the vault uses."""

    in_transaction: bool

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...
    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...
    def close(self) -> None: ...


def connect(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open the vault database with a raw 256-bit key and apply the vault's pragmas.

    Raw keys skip SQLCipher's own PBKDF2: the passphrase work already happened in Argon2id.
    """
    if not create and not path.exists():
        raise VaultError(codes.DATABASE_MISSING)
    if _guard is not None:
        _guard()
    factory = _GuardedConnection if _guard is not None else sqlcipher3.Connection
    try:
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=True, factory=factory
        )
    except sqlcipher3.Error as exc:
        raise from_sqlite_error(exc) or VaultError(codes.DATABASE_CANNOT_OPEN) from None
    try:
        # Before the key: a wrong key is reported by the very first read.
        conn.execute(f"PRAGMA cipher_log = {_quote(_cipher_log)}")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(f"PRAGMA cipher_page_size = {CIPHER_PAGE_SIZE}")
        # Wipe SQLCipher's buffers when freed; off by default since 4.5.
        conn.execute("PRAGMA cipher_memory_security = ON")
        # The first read is what proves the key: a wrong key reads as "not a database".
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables == 0 and not create:
            # An empty (or nearly empty) file reads as a new database under any key; the
            # pragmas below and the migrations would then write a fresh schema over it.
            conn.close()
            raise DamagedVault(codes.DATABASE_EMPTY)
        if tables == 0:
            # A new vault: before the first page is written (switching to WAL writes one),
            # so deleted audio's pages can be given back a few at a time later (R12).
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        mapped = from_sqlite_error(exc)
        if mapped is None:
            raise
        if isinstance(mapped, DamagedVault):
            raise DamagedVault(codes.DATABASE_FOREIGN) from None
        raise mapped from None
    return cast(Connection, conn)


def connect_copy(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """A connection to a copy of a vault database (a backup), under the vault's own key.

    Only the key and the page size are set: a copy is written once by SQLite's backup and
    then only read, so it keeps the ordinary rollback journal (one file, no -wal beside it).
    """
    if not create and not path.is_file():
        raise VaultError(codes.BACKUP_FILE_MISSING, file=path.name, folder=path.parent)
    if _guard is not None:
        _guard()
    factory = _GuardedConnection if _guard is not None else sqlcipher3.Connection
    try:
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=True, factory=factory
        )
    except sqlcipher3.Error as exc:
        raise from_sqlite_error(exc) or VaultError(codes.BACKUP_CANNOT_OPEN) from None
    try:
        conn.execute(f"PRAGMA cipher_log = {_quote(_cipher_log)}")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(f"PRAGMA cipher_page_size = {CIPHER_PAGE_SIZE}")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        if not create:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        mapped = from_sqlite_error(exc)
        if isinstance(mapped, DamagedVault):
            raise DamagedVault(codes.BACKUP_WRONG_KEY, file=path.name, folder=path.parent) from None
        raise mapped or VaultError(codes.BACKUP_CANNOT_OPEN) from None
    return cast(Connection, conn)


def _quote(text: str) -> str:
    # PRAGMA takes no parameters: a path goes in as an SQL string literal.
    return "'" + text.replace("'", "''") + "'"


def cipher_version(conn: Connection) -> tuple[int, ...]:
    """SQLCipher's version as numbers, e.g. (4, 6, 1)."""
    text = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    return tuple(int(part) for part in text.split()[0].split(".") if part.isdigit())


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Run the block in one write transaction; roll back on any exception.

    BEGIN IMMEDIATE takes the write lock up front so two windows cannot interleave writes.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.OperationalError as exc:
        raise from_sqlite_error(exc) or VaultError(codes.DATABASE_CANNOT_WRITE) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlcipher3.OperationalError):
            mapped = from_sqlite_error(exc)
            if mapped is not None:
                raise mapped from None
        raise

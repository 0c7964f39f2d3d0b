"""Vault problems in words a user can act on, and the mapping from SQLite error codes."""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from supervisor_app.domain.errors import ErrorCode, UserFacingError, os_reason
from supervisor_app.vault import error_codes as codes


class VaultError(UserFacingError):
    """The vault cannot be opened or written; the message says why and what to do."""


class WrongPassphrase(VaultError):
    """The passphrase (or recovery key) does not open this user's slot."""


class UnknownUser(VaultError):
    """No key slot exists for the given user name."""


class NotAVault(VaultError):
    """The folder holds no vault, or its files are not ours."""


class DamagedVault(VaultError):
    """A vault file exists but is truncated, corrupted or altered."""


class NewerVault(VaultError):
    """The vault was written by a newer version of the app."""

    def __init__(self) -> None:
        super().__init__(codes.NEWER_VAULT)


@dataclass(frozen=True, slots=True)
class WriteCodes:
    """The sentences for a file that could not be written: disk full, read-only, other."""

    disk_full: ErrorCode
    read_only: ErrorCode
    other: ErrorCode  # with {reason}


KEY_FILE_WRITE: Final = WriteCodes(
    codes.KEY_FILE_DISK_FULL, codes.KEY_FILE_READ_ONLY, codes.KEY_FILE_NOT_SAVED
)
FOLDER_WRITE: Final = WriteCodes(
    codes.FOLDER_DISK_FULL, codes.FOLDER_READ_ONLY, codes.FOLDER_NOT_MADE
)
BACKUP_WRITE: Final = WriteCodes(
    codes.BACKUP_DISK_FULL, codes.BACKUP_READ_ONLY, codes.BACKUP_NOT_SAVED
)
RESTORE_WRITE: Final = WriteCodes(
    codes.RESTORE_DISK_FULL, codes.RESTORE_READ_ONLY, codes.RESTORE_NOT_SAVED
)


def from_os_error(exc: OSError, sentences: WriteCodes) -> VaultError:
    """Turn an OSError raised while writing into a sentence naming the fix."""
    if exc.errno == errno.ENOSPC:
        return VaultError(sentences.disk_full)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return VaultError(sentences.read_only)
    return VaultError(sentences.other, reason=os_reason(exc))


# SQLite's primary result codes (the low byte of an extended code) that mean trouble in the
# user's environment rather than a bug: https://sqlite.org/rescode.html
SQLITE_PERM: Final = 3
SQLITE_BUSY: Final = 5
SQLITE_LOCKED: Final = 6
SQLITE_READONLY: Final = 8
SQLITE_IOERR: Final = 10
SQLITE_CORRUPT: Final = 11
SQLITE_FULL: Final = 13
SQLITE_CANTOPEN: Final = 14
SQLITE_NOTADB: Final = 26


def from_sqlite_error(exc: Exception) -> VaultError | None:
    """Map an sqlcipher3 error to an environment error, or None when it is a bug.

    Decided by SQLite's result code (``sqlite_errorcode``), as qutebrowser's misc/sql.py does;
    anything else (a syntax error, a constraint we did not expect) is a bug in the app. An
    error without a code (raised by the module itself) is judged by its words.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else _code_from_words(str(exc).lower())
    return _SENTENCES[primary]() if primary in _SENTENCES else None


def _code_from_words(text: str) -> int | None:
    for words, code in (
        ("file is not a database", SQLITE_NOTADB),
        ("disk is full", SQLITE_FULL),
        ("readonly", SQLITE_READONLY),
        ("read-only", SQLITE_READONLY),
        ("unable to open database", SQLITE_CANTOPEN),
        ("database is locked", SQLITE_BUSY),
        ("database is busy", SQLITE_BUSY),
        ("disk i/o error", SQLITE_IOERR),
        ("malformed", SQLITE_CORRUPT),
        ("corrupt", SQLITE_CORRUPT),
    ):
        if words in text:
            return code
    return None


_SENTENCES: Final[dict[int, Callable[[], VaultError]]] = {
    SQLITE_NOTADB: lambda: DamagedVault(codes.SQLITE_NOT_A_DATABASE),
    SQLITE_FULL: lambda: VaultError(codes.SQLITE_FULL),
    SQLITE_READONLY: lambda: VaultError(codes.SQLITE_READ_ONLY),
    SQLITE_PERM: lambda: VaultError(codes.SQLITE_PERMISSION),
    SQLITE_CANTOPEN: lambda: VaultError(codes.SQLITE_CANNOT_OPEN),
    SQLITE_BUSY: lambda: VaultError(codes.SQLITE_BUSY),
    SQLITE_LOCKED: lambda: VaultError(codes.SQLITE_BUSY),
    SQLITE_IOERR: lambda: VaultError(codes.SQLITE_IO),
    SQLITE_CORRUPT: lambda: DamagedVault(codes.SQLITE_CORRUPT),
}

"""Vault problems in words a user can act on, and the mapping from SQLite error codes."""

from __future__ import annotations

import errno
from collections.abc import Callable
from typing import Final

from supervisor_app.domain.errors import UserFacingError


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
        super().__init__(
            "This vault was made by a newer version of Supervisor App; "
            "install that version to open it."
        )


def from_os_error(exc: OSError, what: str) -> VaultError:
    """Turn an OSError raised while writing ``what`` into a sentence naming the fix."""
    if exc.errno == errno.ENOSPC:
        return VaultError(
            f"The disk is full, so {what} could not be saved; "
            "free some space and try again. Nothing was changed."
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return VaultError(
            f"The vault folder is read-only, so {what} could not be saved; "
            "choose a folder you can write to or fix its permissions. Nothing was changed."
        )
    return VaultError(
        f"{what[:1].upper()}{what[1:]} could not be saved ({exc.strerror}). Nothing was changed."
    )


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
    SQLITE_NOTADB: lambda: DamagedVault(
        "The vault database cannot be read with this key: it is damaged or is not a "
        "Supervisor App vault. Restore vault.db from a backup."
    ),
    SQLITE_FULL: lambda: VaultError(
        "The disk is full; free some space and try again. Nothing was changed."
    ),
    SQLITE_READONLY: lambda: VaultError(
        "The vault is on a read-only disk or folder; move it to a folder you can write to. "
        "Nothing was changed."
    ),
    SQLITE_PERM: lambda: VaultError(
        "The vault's files may not be written; fix the folder's permissions. Nothing was changed."
    ),
    SQLITE_CANTOPEN: lambda: VaultError(
        "The vault database cannot be opened; "
        "check that the folder exists and that you may read it."
    ),
    SQLITE_BUSY: lambda: VaultError(
        "The vault is busy in another window or program; close that and try again."
    ),
    SQLITE_LOCKED: lambda: VaultError(
        "The vault is busy in another window or program; close that and try again."
    ),
    SQLITE_IOERR: lambda: VaultError(
        "The disk reported an error while using the vault; check the disk and try again."
    ),
    SQLITE_CORRUPT: lambda: DamagedVault(
        "The vault database is damaged; restore vault.db from a backup."
    ),
}

"""Vault problems in words a user can act on, and the mapping from SQLite error codes."""

from __future__ import annotations

import errno

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


def from_sqlite_error(exc: Exception) -> VaultError | None:
    """Map an sqlcipher3 error to an environment error, or None when it is a bug.

    SQLite reports environment trouble through a handful of well-known messages;
    anything else (a syntax error, a constraint we did not expect) is a bug in the app.
    """
    text = str(exc).lower()
    if "file is not a database" in text:
        return DamagedVault(
            "The vault database cannot be read with this key: it is damaged or is not a "
            "Supervisor App vault. Restore vault.db from a backup."
        )
    if "disk is full" in text:
        return VaultError("The disk is full; free some space and try again. Nothing was changed.")
    if "readonly" in text or "read-only" in text:
        return VaultError(
            "The vault is on a read-only disk or folder; move it to a folder you can write to. "
            "Nothing was changed."
        )
    if "unable to open database" in text:
        return VaultError(
            "The vault database cannot be opened; "
            "check that the folder exists and that you may read it."
        )
    if "database is locked" in text or "database is busy" in text:
        return VaultError(
            "The vault is busy in another window or program; close that and try again."
        )
    if "disk i/o error" in text:
        return VaultError(
            "The disk reported an error while using the vault; check the disk and try again."
        )
    if "malformed" in text or "corrupt" in text:
        return DamagedVault("The vault database is damaged; restore vault.db from a backup.")
    return None

"""Which exceptions a user can act on: one place for the GUI, its exception hook and the CLI."""

from __future__ import annotations

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.vault.db import DatabaseError
from supervisor_app.vault.errors import from_sqlite_error


def user_facing(exc: BaseException) -> UserFacingError | None:
    """The sentence for an error in the user's environment, or None when it is a bug.

    A busy, full, read-only or damaged database is the environment (decided by SQLite's
    result code); a syntax error or an unexpected constraint is a bug in the app.
    """
    if isinstance(exc, UserFacingError):
        return exc
    if isinstance(exc, DatabaseError):
        return from_sqlite_error(exc)
    return None

"""Errors a user can cause or fix, as opposed to bugs.

Every environment problem (a wrong passphrase, a full disk, a folder that is not a vault)
reaches the user as one sentence that says what to do. Anything else is a bug and is shown
with a pointer to the log file instead.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """A problem in the user's environment or input, with one clear sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(UserFacingError):
    """The user asked for something that is not valid (exit code 2 on the command line)."""


class AccessDenied(UserFacingError):
    """The signed-in user may not do this."""


class NotFound(InputError):
    """A named user, agent or team does not exist."""

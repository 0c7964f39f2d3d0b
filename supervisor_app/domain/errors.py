"""Errors a user can cause or fix, as opposed to bugs: a stable code, its values, English words.

Every environment problem (a wrong passphrase, a full disk, a folder that is not a vault)
reaches the user as one sentence that says what to do. Anything else is a bug and is shown
with a pointer to the log file instead.

Below ui/ an error carries an ``ErrorCode`` (a stable name with its English sentence) and the
values the sentence names. ``str()`` is the English sentence, for the log and the command
line's English. Each layer declares its codes in its ``error_codes`` module with
``error_code(name, english)``; lupdate reads those calls as translatable texts (the context is
the code's name), and ui/words/error_text.py words them in the interface language, for the windows
and the command line's Dutch alike. tests/unit/test_error_codes.py checks that every code has
both sentences and that every raise gives the values its sentence names.
"""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import PurePath
from types import MappingProxyType
from typing import Final

from supervisor_app.domain.texts import LocalText

# What a sentence can name. Dates, enum members and two-language texts stay typed, so ui/ can
# write them in the reader's words (01-12-2026, "Teamleider", the Dutch title of a purpose).
Value = str | int | float | dt.date | Enum | LocalText | PurePath


@dataclass(frozen=True, slots=True)
class ErrorCode:
    """One sentence a user can meet: its stable name and its English wording.

    ``english`` holds ``{placeholders}`` for the values an error gives; the name is what
    translations, tests and the log refer to, so it never changes once released.
    """

    name: str
    english: str

    def sentence(self, values: Mapping[str, Value]) -> str:
        """The English sentence with values filled in."""
        return self.english.format(**{key: english_value(v) for key, v in values.items()})


_CODES: dict[str, ErrorCode] = {}


def error_code(name: str, english: str) -> ErrorCode:
    """Declare a code (once, at import time); a second code of the same name is a bug."""
    if name in _CODES:
        raise ValueError(f"the error code {name} is declared twice")
    code = ErrorCode(name, english)
    _CODES[name] = code
    return code


def declared_codes() -> Mapping[str, ErrorCode]:
    """Every code declared so far (each layer's error_codes module declares its own)."""
    return MappingProxyType(_CODES)


def english_value(value: Value) -> str:
    """A value as the English sentence writes it."""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, LocalText):
        return value.first(("en", "nl"))
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class UserFacingError(Exception):
    """A problem in the user's environment or input: a code and the values its sentence names."""

    def __init__(self, code: ErrorCode, /, **values: Value) -> None:
        self.code = code
        self.values: Mapping[str, Value] = MappingProxyType(dict(values))
        self.message = code.sentence(values)
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class InputError(UserFacingError):
    """The user asked for something that is not valid (exit code 2 on the command line)."""


class AccessDenied(UserFacingError):
    """The signed-in user may not do this."""


class NotFound(InputError):
    """A named user, agent or team does not exist."""


class OsProblem(Enum):
    """What went wrong with a file, in words a sentence can name ({reason}); ui/ translates."""

    NOT_FOUND = "it does not exist"
    NO_PERMISSION = "you may not read or write it"
    DISK_FULL = "the disk is full"
    READ_ONLY = "the disk or folder is read-only"
    IS_FOLDER = "it is a folder"
    NOT_FOLDER = "it is not a folder"


_ERRNO_PROBLEMS: Final[Mapping[int, OsProblem]] = {
    errno.ENOENT: OsProblem.NOT_FOUND,
    errno.EACCES: OsProblem.NO_PERMISSION,
    errno.EPERM: OsProblem.NO_PERMISSION,
    errno.ENOSPC: OsProblem.DISK_FULL,
    errno.EROFS: OsProblem.READ_ONLY,
    errno.EISDIR: OsProblem.IS_FOLDER,
    errno.ENOTDIR: OsProblem.NOT_FOLDER,
}


def os_reason(exc: OSError) -> OsProblem | str:
    """Why a file could not be used: a known problem, else the system's own description."""
    found = _ERRNO_PROBLEMS.get(exc.errno or 0)
    if found is not None:
        return found
    return exc.strerror or type(exc).__name__

"""Saving a file the user chose in one step, so a failure never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from supervisor_app.domain.errors import UserFacingError, os_reason
from supervisor_app.services import error_codes as codes

TEMP_SUFFIX = ".tmp"


class FileWriteError(UserFacingError):
    """The chosen file could not be written; nothing was left behind."""


def temp_prefix(path: Path) -> str:
    """The name every temporary file for path starts with (a hidden file in its folder)."""
    return f".{path.name}."


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A file to write path's new contents into; in place only once the block ends well.

    The data goes to a temporary file in the same folder, is flushed to disk (fsync) and
    then renamed over path, so path holds either its old contents or all the new ones. An
    exception in the block removes the temporary file; a hard kill can leave it behind,
    and ``remove_leftovers`` clears it on the next attempt.
    """
    path = Path(path)
    temp_name: str | None = None
    try:
        try:
            fd, temp_name = tempfile.mkstemp(
                prefix=temp_prefix(path), suffix=TEMP_SUFFIX, dir=path.parent
            )
            file = os.fdopen(fd, "wb")
        except OSError as error:
            raise _write_error(path, error) from None
        with file:
            yield file
            try:
                file.flush()
                os.fsync(file.fileno())
            except OSError as error:
                raise _write_error(path, error) from None
        try:
            os.replace(temp_name, path)
        except OSError as error:
            raise _write_error(path, error) from None
        temp_name = None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def remove_leftovers(path: Path) -> int:
    """Delete temporary files an interrupted write of path left behind; returns how many."""
    path = Path(path)
    removed = 0
    with contextlib.suppress(OSError):
        for item in path.parent.iterdir():
            name = item.name
            if name.startswith(temp_prefix(path)) and name.endswith(TEMP_SUFFIX):
                with contextlib.suppress(OSError):
                    item.unlink()
                    removed += 1
    return removed


def write_bytes(path: Path, data: bytes) -> None:
    """Write data to path through a temporary file in the same folder, fsync and a rename."""
    try:
        with atomic_file(path) as file:
            file.write(data)
    except OSError as error:
        raise _write_error(Path(path), error) from None


def write_text(path: Path, text: str) -> None:
    """Write text as UTF-8 (line endings kept as given)."""
    write_bytes(path, text.encode("utf-8"))


def _write_error(path: Path, error: OSError) -> FileWriteError:
    return FileWriteError(
        codes.FILE_NOT_SAVED, file=path.name, folder=path.parent, reason=os_reason(error)
    )

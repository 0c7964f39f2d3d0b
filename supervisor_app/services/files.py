"""Saving a file the user chose in one step, so a failure never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from supervisor_app.domain.errors import UserFacingError


class FileWriteError(UserFacingError):
    """The chosen file could not be written; nothing was left behind."""


def write_bytes(path: Path, data: bytes) -> None:
    """Write data to path through a temporary file in the same folder, fsync and a rename."""
    path = Path(path)
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp_name, path)
        temp_name = None
    except OSError as error:
        reason = error.strerror or str(error)
        raise FileWriteError(
            f"Could not save {path.name} in {path.parent} ({reason}); "
            "choose another folder or free some disk space."
        ) from None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def write_text(path: Path, text: str) -> None:
    """Write text as UTF-8 (line endings kept as given)."""
    write_bytes(path, text.encode("utf-8"))

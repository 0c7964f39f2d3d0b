"""Writing a text file the user chose in one step, so a failure never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from supervisor_app.domain.errors import UserFacingError


class FileWriteError(UserFacingError):
    """The chosen file could not be written."""


def write_text(path: Path, text: str) -> None:
    """Write text as UTF-8 to path via a temporary file and a rename."""
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp_name, path)
        temp_name = None
    except OSError as error:
        raise FileWriteError(
            f"Could not save {path.name} in {path.parent} ({error.strerror or error}); "
            "choose another folder."
        ) from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)

"""The app log: rotating file in the platform log folder, never with personal data.

Log lines name events and counts only. User names, agent names, phone numbers and
passphrases stay in the encrypted vault's audit log, never here.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from supervisor_app import paths
from supervisor_app.vault import db

LOG_FILE = "supervisor-app.log"


def setup(level: int = logging.INFO) -> Path | None:
    """Send log records to the log file; returns its path, or None when it cannot be written."""
    folder = paths.log_dir()
    target = folder / LOG_FILE
    root = logging.getLogger()
    root.setLevel(level)
    # The CLI and the GUI both set up logging on the way to a window; one handler is enough.
    for existing in root.handlers:
        if isinstance(existing, logging.FileHandler) and Path(existing.baseFilename) == target:
            return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    # SQLCipher's own messages go to the same file, never to standard error.
    db.route_cipher_log(target)
    return target

"""The last line of defence: a bug is logged and shown with the log file's path."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from supervisor_app import APP_NAME
from supervisor_app.services.errors import user_facing
from supervisor_app.ui.words.error_text import error_text

log = logging.getLogger(__name__)


def install_excepthook(log_file: Path | None) -> None:
    """Route uncaught exceptions (in slots too) to the log and a dialog."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        sentence = user_facing(exc)
        if sentence is not None:
            # An error meant for the user that nobody caught, or a busy, full or read-only
            # vault (by SQLite's result code): still just a sentence, never a bug report.
            _show(
                QCoreApplication.translate("Errors", "Could not do that"),
                error_text(sentence),
                False,
            )
            return
        # The message of an unexpected error may quote data (a name in a failed query);
        # the log gets the type and the stack only, which is enough to find the bug.
        frames = "".join(traceback.format_tb(tb))
        log.critical("unexpected %s.%s\n%s", exc_type.__module__, exc_type.__qualname__, frames)
        where = (
            str(log_file)
            if log_file
            else QCoreApplication.translate("Errors", "(no log file could be written)")
        )
        _show(
            QCoreApplication.translate("Errors", "Something went wrong"),
            QCoreApplication.translate(
                "Errors",
                "{app} ran into a bug and could not finish what you asked. Nothing you "
                "saved earlier is lost. Please send the log file to your administrator:\n\n"
                "{path}",
            ).format(app=APP_NAME, path=where),
            True,
        )

    sys.excepthook = hook


def _show(title: str, text: str, critical: bool) -> None:
    if QApplication.instance() is None:
        print(f"{title}: {text}", file=sys.stderr)
        return
    parent = QApplication.activeWindow()
    if critical:
        QMessageBox.critical(parent, title, text)
    else:
        QMessageBox.warning(parent, title, text)

"""PDFs drawn on the vault worker, so a long export or report never freezes the window.

QTextDocument is reentrant and QPdfWriter may be painted on outside the GUI thread (Qt's
"Thread-Support in Qt Modules"), but laying out a long document starts timers, and a timer
needs an event dispatcher in its thread. The vault worker is a plain Python thread that Qt
adopts without one; constructing a QEventLoop gives the thread its dispatcher (the loop is
never run: the layout is finished synchronously when the pages are drawn).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop

from supervisor_app.printing import documents_pdf


def _ensure_event_dispatcher() -> None:
    if QAbstractEventDispatcher.instance() is None:
        QEventLoop()


def pdf_bytes(html: str, title: str, footer: str = "") -> bytes:
    """documents_pdf.pdf_bytes, safe on the vault worker."""
    _ensure_event_dispatcher()
    return documents_pdf.pdf_bytes(html, title, footer)


def write_pdf(html: str, path: Path, title: str, footer: str = "") -> None:
    """documents_pdf.write_pdf, safe on the vault worker."""
    _ensure_event_dispatcher()
    documents_pdf.write_pdf(html, path, title, footer)

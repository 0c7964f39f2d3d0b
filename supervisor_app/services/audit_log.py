"""The audit log as a use case: verify the hash chain, export it with its head hash (R14).

Exports are plaintext (names, reasons): they go only where the user chooses, and the
export itself is logged. The PDF is rendered by the caller from ``html()`` so this module
needs no Qt.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from supervisor_app.domain.errors import AccessDenied
from supervisor_app.domain.roles import Role
from supervisor_app.services.files import write_bytes
from supervisor_app.services.session import Session
from supervisor_app.vault import audit
from supervisor_app.vault.audit import AuditEntry, ChainReport, canonical_details
from supervisor_app.vault.db import transaction

COLUMNS: Final = ("seq", "at", "actor", "action", "subject", "details", "prev_hash", "hash")
HEAD_MARK: Final = "HEAD"  # the seq column of the CSV's last line, which carries the head hash


@dataclass(frozen=True, slots=True)
class Export:
    """What an export wrote: how many entries, ending at which head hash, and whether intact."""

    path: Path | None
    count: int
    head_hash: str
    report: ChainReport


def describe(report: ChainReport) -> str:
    """One sentence on the chain, for the CLI, the Verify button and exports."""
    if report.intact:
        return f"The audit log is intact: {report.count} entries, head hash {report.head_hash}."
    return (
        f"The audit log is broken at entry {report.first_bad_seq}: {report.problem}. "
        f"The {report.count} entries before it are intact (hash {report.head_hash})."
    )


class AuditLogService:
    """Verify and export the log (administrators and auditors)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _require_reader(self) -> None:
        user = self.session.user
        if not (user.has(Role.ADMINISTRATOR) or user.has(Role.AUDITOR)):
            raise AccessDenied("Only an administrator or auditor can verify or export the log.")

    def verify(self) -> ChainReport:
        """Walk the chain and name the first entry that does not fit."""
        self._require_reader()
        return audit.verify(self.session.conn)

    def entries(self) -> Iterator[AuditEntry]:
        """Every entry, oldest first."""
        self._require_reader()
        yield from reversed(audit.entries(self.session.conn))

    def export_csv(self, path: Path) -> Export:
        """Write every entry as CSV, then a last line with the head hash; log the export."""
        report = self.verify()
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(COLUMNS)
        count, head = 0, audit.GENESIS_HASH
        for e in self.entries():
            details = canonical_details(e.details)
            writer.writerow(
                (e.seq, e.at, e.actor, e.action, e.subject, details, e.prev_hash, e.hash)
            )
            count, head = count + 1, e.hash
        writer.writerow((HEAD_MARK, "", "", "", "", _status(report), "", head))
        write_bytes(path, buffer.getvalue().encode("utf-8"))
        self._log_export("csv", path, count, head)
        return Export(path, count, head, report)

    def html(self) -> tuple[str, Export]:
        """The log as an HTML table with the head hash above and below, for a PDF."""
        report = self.verify()
        rows, count, head = [], 0, audit.GENESIS_HASH
        for e in self.entries():
            details = canonical_details(e.details)
            cells = (str(e.seq), e.at, e.actor, e.action, e.subject, details, e.hash)
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
            count, head = count + 1, e.hash
        header = "".join(f"<th>{c}</th>" for c in COLUMNS if c != "prev_hash")
        summary = f"<p><b>{html.escape(describe(report))}</b></p>"
        body = (
            "<h1>Audit log</h1>"
            f"<p>Head hash: <code>{head}</code> ({count} entries)</p>{summary}"
            '<table border="1" cellspacing="0" cellpadding="2" style="font-size:7pt">'
            f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<p>Head hash: <code>{head}</code></p>"
        )
        return body, Export(None, count, head, report)

    def log_pdf_export(self, path: Path, export: Export) -> None:
        """Record that the PDF made from html() was written."""
        self._log_export("pdf", path, export.count, export.head_hash)

    def _log_export(self, kind: str, path: Path, count: int, head: str) -> None:
        # The entry extends the chain after the exported head, so the export stays verifiable.
        with transaction(self.session.conn):
            self.session.record(
                "log_exported", kind, {"file": path.name, "entries": count, "head_hash": head}
            )


def _status(report: ChainReport) -> str:
    return "intact" if report.intact else f"broken at {report.first_bad_seq}"

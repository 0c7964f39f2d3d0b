"""The audit log as a use case: verify it, anchor its head, export it with its head hash (R14).

Verifying checks the hash chain and every entry's signature, then the heads every key slot
vouches for (services/witnesses.py) and any anchors given (services/anchors.py).

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
from supervisor_app.services import anchors, witnesses
from supervisor_app.services.anchors import AnchorCheck
from supervisor_app.services.files import write_bytes
from supervisor_app.services.session import Session
from supervisor_app.services.witnesses import HeadWarning
from supervisor_app.vault import audit, keyslots
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


@dataclass(frozen=True, slots=True)
class Verification:
    """Everything ``log verify`` checks: the chain and signatures, witnesses, anchors."""

    chain: ChainReport
    heads: tuple[HeadWarning, ...]
    anchors: tuple[AnchorCheck, ...]

    @property
    def intact(self) -> bool:
        """Whether nothing at all was found wrong."""
        return self.chain.intact and not self.heads and all(a.ok for a in self.anchors)

    def sentences(self) -> list[str]:
        """One sentence per finding, the chain first."""
        return [
            describe(self.chain),
            *(w.sentence() for w in self.heads),
            *(a.sentence for a in self.anchors),
        ]


def describe(report: ChainReport) -> str:
    """One sentence on the chain, for the CLI, the Verify button and exports."""
    if report.intact:
        return (
            f"The audit log is intact: {report.count} entries, head hash {report.head_hash}"
            f" ({report.signed} signatures checked)."
        )
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

    def verify_all(self, anchor_files: list[Path] | None = None) -> Verification:
        """The chain and its signatures, every slot's witness, and each anchor file given.

        Raises InputError when a file is not an anchor (before anything is verified).
        """
        self._require_reader()
        docs = [(path, anchors.read(path)) for path in anchor_files or []]
        conn = self.session.conn
        chain = audit.verify(conn, signatures_after=self._verified_before())
        if chain.intact:
            self.session.vault.update_verified(chain.count, chain.head_hash)
        registry = chain.registry if chain.intact else audit.key_registry(conn)
        vault = self.session.vault
        # What this session's own unlock found first: it then moved its own witness on.
        found = [
            *self.session.head_warnings,
            *witnesses.check_slots(vault.slot_file, conn, registry),
        ]
        heads = list(dict.fromkeys(found))
        checks = [anchors.check(p, d, vault.vault_id, conn, registry) for p, d in docs]
        return Verification(chain, tuple(heads), tuple(checks))

    def _verified_before(self) -> int:
        """Up to which entry this user's own earlier check still stands (0: check them all).

        The user's slot remembers, signed with their key, the head up to which every
        signature was checked. If the log still holds that very entry there, nothing before
        it can have changed (its hash covers them all), so those signatures need no second
        look. The mark is only trusted from one's own slot, checked with one's own key.
        """
        vault = self.session.vault
        slot = vault.own_slot
        mark = slot.verified
        if mark is None or not keyslots.verified_is_signed(
            slot, vault.vault_id, vault.signer.public_key
        ):
            return 0
        return mark.seq if audit.hash_at(self.session.conn, mark.seq) == mark.head_hash else 0

    def anchor(self, path: Path) -> dict[str, object]:
        """Write a signed anchor of the current head to path; log that it was written."""
        self._require_reader()
        doc = anchors.make(
            self.session.conn, self.session.vault.vault_id, self.session.vault.signer
        )
        write_bytes(path, anchors.to_bytes(doc))
        with transaction(self.session.conn):
            self.session.record(
                "log_anchored",
                str(doc["seq"]),
                {"file": path.name, "seq": doc["seq"], "head_hash": doc["hash"]},
            )
        return doc

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

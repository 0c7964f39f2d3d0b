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
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from supervisor_app.domain.errors import AccessDenied
from supervisor_app.domain.notifications import receipt_code
from supervisor_app.domain.phrasebook import checked_language, parse_phrases
from supervisor_app.domain.roles import Role
from supervisor_app.services import anchors, record_check, witnesses
from supervisor_app.services import error_codes as codes
from supervisor_app.services.anchors import AnchorCheck
from supervisor_app.services.documents import load_templates
from supervisor_app.services.files import write_bytes
from supervisor_app.services.record_check import RecordProblem
from supervisor_app.services.session import Session
from supervisor_app.services.witnesses import HeadWarning
from supervisor_app.vault import audit, keyslots, policy_repo
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
    """Everything ``log verify`` checks: chain and signatures, witnesses, anchors, records."""

    chain: ChainReport
    heads: tuple[HeadWarning, ...]
    anchors: tuple[AnchorCheck, ...]
    records: tuple[RecordProblem, ...] = ()

    @property
    def intact(self) -> bool:
        """Whether nothing at all was found wrong."""
        return (
            self.chain.intact
            and not self.heads
            and all(a.ok for a in self.anchors)
            and not self.records
        )

    def sentences(self) -> list[str]:
        """One sentence per finding, the chain first."""
        return [
            describe(self.chain),
            *(w.sentence() for w in self.heads),
            *(a.sentence for a in self.anchors),
            *(r.sentence() for r in self.records),
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
            raise AccessDenied(codes.ONLY_READER_LOG)

    def verify(self) -> ChainReport:
        """Walk the chain and name the first entry that does not fit."""
        self._require_reader()
        return audit.verify(self.session.conn)

    def verify_all(self, anchor_files: list[Path] | None = None) -> Verification:
        """The chain and signatures, every slot's witness, each anchor given, and the records.

        The records are the listens and notices the log speaks of, read back from their
        tables (services/record_check.py). Raises InputError when a file is not an anchor
        (before anything is verified).
        """
        found = self.verify_log(anchor_files)
        # The tables beside the log: a listen's session and notice, a notice's state.
        return replace(found, records=tuple(record_check.check(self.session.conn)))

    def verify_log(self, anchor_files: list[Path] | None = None) -> Verification:
        """The log alone: chain and signatures, every slot's witness, each anchor given."""
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

    def html(self, language: str = "en") -> tuple[str, Export]:
        """The log as a readable HTML table in language (nl or en), for a PDF.

        Each entry shows what happened in words and its details as "key: value" lines;
        instead of the full hash, which would wrap into a column of digits, it shows the
        receipt code (the hash's first 12 digits, as agents receive it). The full hash of
        the last entry stands above and below the table; the CSV holds every full hash.
        """
        words = _words(language)
        report = self.verify()
        rows, count, head = [], 0, audit.GENESIS_HASH
        for e in self.entries():
            cells = (
                html.escape(str(e.seq)),
                html.escape(e.at.replace("T", " ").removesuffix("Z")[:16]),
                html.escape(e.actor),
                html.escape(words.get(f"action_{e.action}", e.action.replace("_", " ")))
                + (f"<br>{html.escape(_subject(e.subject, words))}" if e.subject else ""),
                _details(e.details, words),
                f'<span style="white-space: nowrap">{receipt_code(e.hash)}</span>',
            )
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
            count, head = count + 1, e.hash
        widths = ("5%", "13%", "11%", "19%", "37%", "15%")
        header = "".join(
            f'<th width="{w}">{html.escape(name)}</th>'
            for w, name in zip(widths, _column_names(words), strict=True)
        )
        policy = policy_repo.latest_policy(self.session.conn)
        organisation = policy.organisation.name if policy is not None else ""
        state = (
            words["intact"]
            if report.intact
            else words["broken"]
            .replace("$seq", str(report.first_bad_seq))
            .replace("$count", str(report.count))
        )
        head_line = (
            f'<p>{html.escape(words["head"])}<br><span style="font-family: monospace;">'
            f"{head}</span></p>"
        )
        subtitle = (
            words["subtitle"].replace("$organisation", organisation).replace("$count", str(count))
        )
        body = (
            f'<html lang="{checked_language(language)}"><body>'
            f"<h1>{html.escape(words['title'])}</h1>"
            f"<p>{html.escape(subtitle)}</p>"
            f"<p><b>{html.escape(state)}</b></p>{head_line}"
            f'<p style="font-size: 8pt; color: #5b6670;">{html.escape(words["times"])}</p>'
            '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
            'style="font-size: 7.5pt; border-collapse: collapse; border-color: #b8c2cc;">'
            f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"{head_line}</body></html>"
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


_LONG_HEX = re.compile(r"[0-9a-f]{24,}")


def _words(language: str) -> dict[str, Any]:
    """The audit log's words in language (resources/templates/audit_log.<lang>.json)."""
    name = f"audit_log.{checked_language(language)}.json"
    return dict(parse_phrases(load_templates()[name], name))


def _column_names(words: Mapping[str, Any]) -> list[str]:
    names = words["columns"]
    if not (isinstance(names, list) and len(names) == 6):
        raise ValueError("the audit log's columns must be six names")
    return [str(n) for n in names]


def _details(details: Mapping[str, Any], words: Mapping[str, Any]) -> str:
    """Details as "key: value" lines in words; long hashes shortened so they do not wrap."""
    lines = []
    for key in sorted(details):
        label = str(words.get(f"key_{key}", key.replace("_", " ")))
        lines.append(f"{html.escape(label)}: {html.escape(_value(details[key], words))}")
    return "<br>".join(lines) or html.escape(str(words["nothing"]))


def _subject(subject: str, words: Mapping[str, Any]) -> str:
    """What an entry is about in words: "recording:2" becomes "opname 2" in Dutch.

    A subject without a known kind (a user's name, a vault id) is shown as it is.
    """
    kind, sep, ident = subject.partition(":")
    name = words.get(f"subject_{kind}")
    if sep and isinstance(name, str):
        return f"{name} {_shortened(ident)}"
    return _shortened(subject)


def _value(value: Any, words: Mapping[str, Any]) -> str:
    if isinstance(value, bool):
        return str(words["yes" if value else "no"])
    if value is None:
        return str(words["nothing"])
    if isinstance(value, Mapping):
        return "; ".join(
            f"{words.get(f'key_{k}', str(k).replace('_', ' '))} {_value(v, words)}"
            for k, v in value.items()
        )
    if isinstance(value, list):
        return ", ".join(_value(v, words) for v in value) or str(words["nothing"])
    if isinstance(value, str):
        # Stored codes (a role, a request's kind) read as words; so does the code that starts
        # a text ("private call: <note>"), the note itself kept as written.
        code, sep, rest = value.partition(": ")
        word = words.get(f"value_{code}")
        if isinstance(word, str):
            return word + sep + _shortened(rest)
        return _shortened(value)
    return _shortened(json.dumps(value, ensure_ascii=False))


def _shortened(text: str) -> str:
    # A full SHA-256 would wrap into a column of digits; its start identifies it well enough.
    return _LONG_HEX.sub(lambda m: m.group(0)[:12] + "…", text)

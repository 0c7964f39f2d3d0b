"""The append-only audit log, hash-chained so any later edit shows.

Each entry's hash is SHA-256(previous hash || canonical JSON of the entry), where the
canonical JSON holds seq, at, actor, action, subject and details with sorted keys. An entry
is always appended inside the same transaction as the change it records; nothing in the
app ever updates or deletes one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from supervisor_app.vault.db import Connection

GENESIS_HASH: Final = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of the log as stored."""

    seq: int
    at: str
    actor: str
    action: str
    subject: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class ChainReport:
    """Outcome of walking the chain: intact, or the first entry that does not fit."""

    count: int
    head_hash: str
    first_bad_seq: int | None = None
    problem: str = ""

    @property
    def intact(self) -> bool:
        """Whether every entry fits the chain."""
        return self.first_bad_seq is None


def canonical_details(details: Mapping[str, Any]) -> str:
    """The stable JSON text of details (sorted keys, no spaces, UTF-8 kept)."""
    return json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(
    prev_hash: str, seq: int, at: str, actor: str, action: str, subject: str, details: str
) -> str:
    """The hash an entry must carry, given its predecessor's hash."""
    body = {
        "seq": seq,
        "at": at,
        "actor": actor,
        "action": action,
        "subject": subject,
        "details": json.loads(details),
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(prev_hash.encode() + canonical.encode()).hexdigest()


def append(
    conn: Connection,
    actor: str,
    action: str,
    subject: str = "",
    details: Mapping[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> AuditEntry:
    """Append one entry; the caller's transaction makes it atomic with the change itself."""
    if not conn.in_transaction:
        raise RuntimeError("audit.append must run inside the transaction of the change it records")
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS_HASH)
    when = (at or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    text = canonical_details(details or {})
    digest = entry_hash(prev, seq, when, actor, action, subject, text)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, when, actor, action, subject, text, prev, digest),
    )
    return AuditEntry(seq, when, actor, action, subject, json.loads(text), prev, digest)


def entries(conn: Connection, *, limit: int | None = None) -> list[AuditEntry]:
    """Entries newest first (all, or the newest ``limit``)."""
    sql = "SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log"
    sql += " ORDER BY seq DESC"
    rows = conn.execute(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ()).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7]) for r in rows]


def verify(conn: Connection) -> ChainReport:
    """Walk the chain from the start and name the first entry that was changed or moved."""
    expected_seq, prev, count = 1, GENESIS_HASH, 0
    cursor = conn.execute(
        "SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log"
        " ORDER BY seq"
    )
    for seq, at, actor, action, subject, details, prev_hash, digest in cursor:
        if seq != expected_seq:
            problem = "an entry is missing before it" if seq > expected_seq else "out of order"
            return ChainReport(count, prev, expected_seq if seq > expected_seq else seq, problem)
        if prev_hash != prev:
            return ChainReport(count, prev, seq, "it does not follow the entry before it")
        try:
            recomputed = entry_hash(prev, seq, at, actor, action, subject, details)
        except (json.JSONDecodeError, TypeError):
            return ChainReport(count, prev, seq, "its details are not valid JSON")
        if recomputed != digest:
            return ChainReport(count, prev, seq, "its contents were changed after it was written")
        expected_seq, prev, count = seq + 1, digest, count + 1
    return ChainReport(count, prev)

"""Rows for policy versions, published documents and agents' protocol acknowledgements."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from supervisor_app.domain.policy import Policy
from supervisor_app.vault.db import Connection


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class PolicyVersionInfo:
    """Who changed the policy, when, and what changed."""

    version: int
    created_at: str
    created_by: str
    summary: str


@dataclass(frozen=True, slots=True)
class PublishedDocument:
    """An immutable published document in one language."""

    kind: str
    doc_version: int
    policy_version: int
    language: str
    title: str
    body: str
    body_sha256: str
    content_sha256: str
    published_at: str
    published_by: str


# --- policy -------------------------------------------------------------------------------


def latest_policy(conn: Connection) -> Policy | None:
    """The newest stored policy version, if any."""
    row = conn.execute(
        "SELECT version, policy FROM policy_versions ORDER BY version DESC LIMIT 1"
    ).fetchone()
    return _policy(row) if row else None


def policy_version(conn: Connection, version: int) -> Policy | None:
    """One stored version."""
    row = conn.execute(
        "SELECT version, policy FROM policy_versions WHERE version = ?", (version,)
    ).fetchone()
    return _policy(row) if row else None


def _policy(row: tuple[int, str]) -> Policy:
    return replace(Policy.from_dict(json.loads(row[1])), version=int(row[0]))


def add_policy_version(
    conn: Connection,
    policy: Policy,
    by: str,
    summary: str,
    source: OrganisationPolicy | None = None,
) -> int:
    """Store policy as the next version; returns its number.

    ``source`` names the organisation's policy file it was imported from, if it had a number.
    """
    row = conn.execute("SELECT ifnull(max(version), 0) + 1 FROM policy_versions").fetchone()
    version = int(row[0])
    conn.execute(
        "INSERT INTO policy_versions (version, created_at, created_by, summary, policy,"
        " organisation, organisation_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            version,
            _now(),
            by,
            summary,
            json.dumps(policy.to_dict(), sort_keys=True),
            source.organisation if source else None,
            source.version if source else None,
        ),
    )
    return version


@dataclass(frozen=True, slots=True)
class OrganisationPolicy:
    """Which organisation's policy file a stored version came from, and the file's number."""

    organisation: str
    version: int


def organisation_policy_in_force(conn: Connection) -> tuple[OrganisationPolicy, int] | None:
    """The highest-numbered organisation file ever imported, and the vault version it became.

    The highest, not the newest: a file may be imported again after a local edit, but never
    one with a lower number (services/policy_source.py).
    """
    row = conn.execute(
        "SELECT organisation, organisation_version, version FROM policy_versions"
        " WHERE organisation_version IS NOT NULL"
        " ORDER BY organisation_version DESC, version DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return OrganisationPolicy(str(row[0]), int(row[1])), int(row[2])


def set_source(conn: Connection, version: int, source: OrganisationPolicy) -> None:
    """Record that a stored version is (has the content of) an organisation's numbered file."""
    conn.execute(
        "UPDATE policy_versions SET organisation = ?, organisation_version = ? WHERE version = ?",
        (source.organisation, source.version, version),
    )


def organisation_policy_of(conn: Connection, version: int) -> OrganisationPolicy | None:
    """The organisation's file a stored version was imported from, if any."""
    row = conn.execute(
        "SELECT organisation, organisation_version FROM policy_versions"
        " WHERE version = ? AND organisation_version IS NOT NULL",
        (version,),
    ).fetchone()
    return OrganisationPolicy(str(row[0]), int(row[1])) if row else None


def policy_history(conn: Connection) -> list[PolicyVersionInfo]:
    """Every version, newest first."""
    rows = conn.execute(
        "SELECT version, created_at, created_by, summary FROM policy_versions ORDER BY version DESC"
    ).fetchall()
    return [PolicyVersionInfo(int(r[0]), r[1], r[2], r[3]) for r in rows]


# --- documents ----------------------------------------------------------------------------

_DOC_COLUMNS = (
    "kind, doc_version, policy_version, language, title, body, body_sha256, content_sha256,"
    " published_at, published_by"
)


def add_document(conn: Connection, doc: PublishedDocument) -> None:
    """Store a published document (rows are never changed afterwards)."""
    conn.execute(
        f"INSERT INTO published_documents ({_DOC_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            doc.kind,
            doc.doc_version,
            doc.policy_version,
            doc.language,
            doc.title,
            doc.body,
            doc.body_sha256,
            doc.content_sha256,
            doc.published_at,
            doc.published_by,
        ),
    )


def published_kinds(conn: Connection, policy_version: int) -> frozenset[str]:
    """Document kinds published for a policy version."""
    rows = conn.execute(
        "SELECT DISTINCT kind FROM published_documents WHERE policy_version = ?", (policy_version,)
    )
    return frozenset(str(r[0]) for r in rows)


def latest_document(
    conn: Connection, kind: str, language: str, doc_version: int | None = None
) -> PublishedDocument | None:
    """The newest published document of kind in language (or a given version of it)."""
    sql = f"SELECT {_DOC_COLUMNS} FROM published_documents WHERE kind = ? AND language = ?"
    params: tuple[object, ...] = (kind, language)
    if doc_version is not None:
        sql += " AND doc_version = ?"
        params += (doc_version,)
    row = conn.execute(sql + " ORDER BY policy_version DESC LIMIT 1", params).fetchone()
    return PublishedDocument(*row) if row else None


def document_versions(conn: Connection, kind: str) -> list[tuple[int, int, str, str]]:
    """(doc_version, policy_version, published_at, content hash) per publication, newest first."""
    rows = conn.execute(
        "SELECT doc_version, policy_version, min(published_at), max(body_sha256)"
        " FROM published_documents WHERE kind = ? GROUP BY doc_version, policy_version"
        " ORDER BY policy_version DESC",
        (kind,),
    ).fetchall()
    return [(int(r[0]), int(r[1]), r[2], r[3]) for r in rows]


# --- acknowledgements ---------------------------------------------------------------------


def acknowledge(
    conn: Connection, agent_id: int, protocol_version: int, received_on: date, by: str
) -> bool:
    """Record that an agent received a protocol version; False if it was already recorded."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO protocol_acknowledgements"
        " (agent_id, protocol_version, received_on, recorded_by, recorded_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (agent_id, protocol_version, received_on.isoformat(), by, _now()),
    )
    return cur.rowcount > 0


def acknowledged_agents(conn: Connection, protocol_version: int) -> dict[int, str]:
    """Agent id → date received, for one protocol version."""
    rows = conn.execute(
        "SELECT agent_id, received_on FROM protocol_acknowledgements WHERE protocol_version = ?",
        (protocol_version,),
    )
    return {int(r[0]): str(r[1]) for r in rows}


def first_acknowledgements(conn: Connection) -> dict[int, date]:
    """Agent id → the first day they received any protocol version (the date gate's day)."""
    rows = conn.execute(
        "SELECT agent_id, min(received_on) FROM protocol_acknowledgements GROUP BY agent_id"
    )
    return {int(r[0]): date.fromisoformat(str(r[1])) for r in rows}


def acknowledgements(conn: Connection, agent_id: int) -> list[tuple[int, date]]:
    """(protocol version, day received) of every version an agent received, oldest first."""
    rows = conn.execute(
        "SELECT protocol_version, received_on FROM protocol_acknowledgements WHERE agent_id = ?"
        " ORDER BY protocol_version",
        (agent_id,),
    )
    return [(int(r[0]), date.fromisoformat(str(r[1]))) for r in rows]


def protocol_policy_version(conn: Connection, doc_version: int) -> int | None:
    """The policy version a protocol version was first published from (its expectations)."""
    row = conn.execute(
        "SELECT min(policy_version) FROM published_documents WHERE kind = 'agent_protocol'"
        " AND doc_version = ?",
        (doc_version,),
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None

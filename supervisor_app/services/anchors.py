"""Anchors: a signed log head in a small file, kept outside the vault by the privacy officer.

``log anchor FILE`` writes the head (seq and hash) signed with the key of the user who
wrote it; ``log verify --anchor FILE`` checks that the log still holds that very entry and
that the key which signed the anchor is the one the log registered for that user. Whoever
keeps the file needs no key to keep it honest: rewriting the log changes the entry, and
nobody can sign an anchor in someone else's name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from supervisor_app.domain.errors import InputError, os_reason
from supervisor_app.services import error_codes as codes
from supervisor_app.services.witnesses import HeadProblem, HeadWarning, check_head
from supervisor_app.vault import audit, signing
from supervisor_app.vault.audit import KeyRegistry
from supervisor_app.vault.db import Connection
from supervisor_app.vault.signing import Signer

FORMAT: Final = "supervisor-app/anchor"
VERSION: Final = 1
MAX_BYTES: Final = 64 * 1024


def make(conn: Connection, vault_id: str, signer: Signer) -> dict[str, Any]:
    """The anchor of the log's current head, signed by signer."""
    seq, head_hash = audit.head(conn)
    at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    message = signing.anchor_message(vault_id, seq, head_hash, at, signer.user)
    return {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": vault_id,
        "seq": seq,
        "hash": head_hash,
        "at": at,
        "user": signer.user,
        "key_id": signer.key_id,
        "public_key": signer.public_key.hex(),
        "signature": signer.sign(message).hex(),
    }


def to_bytes(anchor: dict[str, Any]) -> bytes:
    """The anchor as the file holds it."""
    return (json.dumps(anchor, indent=2, ensure_ascii=False) + "\n").encode()


@dataclass(frozen=True, slots=True)
class AnchorCheck:
    """The verdict on one anchor file."""

    path: Path
    seq: int
    ok: bool
    sentence: str

    def to_json(self) -> dict[str, Any]:
        """As ``log verify --json`` prints it."""
        return {"file": str(self.path), "seq": self.seq, "ok": self.ok, "result": self.sentence}


def read(path: Path) -> dict[str, Any]:
    """Parse an anchor file; InputError naming the file when it is not one."""
    bad = InputError(codes.NOT_AN_ANCHOR, file=path)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(codes.ANCHOR_UNREADABLE, file=path, reason=os_reason(exc)) from None
    if len(data) > MAX_BYTES:
        raise bad
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise bad from None
    fields = {
        "vault_id": str,
        "seq": int,
        "hash": str,
        "at": str,
        "user": str,
        "key_id": str,
        "public_key": str,
        "signature": str,
    }
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
        raise bad
    if not all(type(doc.get(name)) is kind for name, kind in fields.items()):
        raise bad
    return doc


def check(
    path: Path, doc: dict[str, Any], vault_id: str, conn: Connection, registry: KeyRegistry
) -> AnchorCheck:
    """Whether the log extends the head the anchor names, and the anchor is genuine."""
    seq = int(doc["seq"])

    def result(ok: bool, sentence: str) -> AnchorCheck:
        return AnchorCheck(path, seq, ok, sentence)

    if doc["vault_id"] != vault_id:
        return result(False, f"The anchor {path.name} belongs to another vault.")
    try:
        public = bytes.fromhex(doc["public_key"])
        signature = bytes.fromhex(doc["signature"])
    except ValueError:
        return result(
            False, f"The anchor {path.name} was altered: its key or signature is unreadable."
        )
    message = signing.anchor_message(vault_id, seq, doc["hash"], doc["at"], doc["user"])
    if signing.key_id(public) != doc["key_id"] or not signing.is_valid(public, signature, message):
        return result(False, f"The anchor {path.name} was altered after it was signed.")
    info = registry.keys.get(doc["key_id"])
    if info is None or info.user != str(doc["user"]).casefold():
        return result(
            False,
            f"The anchor {path.name} was signed by {doc['user']}, but the audit log no longer "
            "registers that key for them: the log was rewritten.",
        )
    if seq == 0:
        return result(True, f"The anchor {path.name} names the empty log; nothing to compare.")
    warning: HeadWarning | None = check_head(str(doc["user"]), seq, doc["hash"], conn)
    if warning is None:
        return result(
            True,
            f"The log still holds entry {seq} as anchored by {doc['user']} on {doc['at']}.",
        )
    if warning.problem is HeadProblem.MISSING:
        return result(
            False,
            f"The audit log was shortened: the anchor {path.name} names entry {seq}, "
            f"but the log ends at entry {warning.log_length}.",
        )
    return result(
        False,
        f"The audit log was rewritten: entry {seq} is not the one the anchor {path.name} names.",
    )

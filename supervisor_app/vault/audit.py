"""The append-only audit log, hash-chained and signed, so any later edit shows.

Each entry's hash is SHA-256(previous hash || canonical JSON of the entry), where the
canonical JSON holds seq, at, actor, action, subject and details with sorted keys. An entry
is always appended inside the same transaction as the change it records; nothing in the
app ever updates or deletes one.

The chain alone cannot stop someone who holds the database key (every slot holder does)
from rewriting it and recomputing every hash. So each entry is also signed, over its hash,
by the signing key of the user who wrote it (see signing.py): rewriting an entry changes
the hash of every later one, and so breaks the signatures of everyone else who wrote after
it. The log itself says whose key is whose: an entry that creates a user, or changes a
passphrase, registers the new key under ``signing_keys`` in its details (as *pending*); the
first entry signed with a pending key makes it that user's current key and retires the
user's earlier ones, and removing a user retires theirs. A key registered for someone else
(an administrator setting a passphrase) is current at once, except a new recovery key's: it
is registered before its slot is written, so the old recovery key must keep working until the
new one first signs (services/recovery_key.py). An entry must be signed with its
actor's current key, except the few written on someone else's behalf (SYSTEM_ACTIONS),
which any current key may sign. Entries from before signing existed (a log that starts
unsigned) verify by their hashes only, up to the first registered key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from supervisor_app.vault import signing
from supervisor_app.vault.db import Connection
from supervisor_app.vault.keyslots import RECOVERY_SLOT
from supervisor_app.vault.signing import Signer

GENESIS_HASH: Final = "0" * 64
REGISTRATION_FIELD: Final = "signing_keys"
# Written by whoever unlocks next, on behalf of the person the entry names.
SYSTEM_ACTIONS: Final = frozenset({"unlock_failed"})
_FETCH: Final = 2000  # rows per fetch while verifying: few round trips, bounded memory
SIGNATURE_THREADS: Final = 2
# The C function json.dumps uses for a string with ensure_ascii=False, without its overhead.
_encode = json.encoder.encode_basestring


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
    signer: str | None = None  # the key id that signed it; None in a log from before signing


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """A signing key as the log registered it."""

    key_id: str
    user: str  # casefolded user name
    public_key: bytes
    registered_seq: int
    state: str = "pending"  # pending, current or retired


@dataclass(slots=True)
class KeyRegistry:
    """Whose key is whose, as of some point in the log (built while walking it)."""

    keys: dict[str, KeyInfo] = field(default_factory=dict)
    current: dict[str, str] = field(default_factory=dict)  # user -> key id
    used: set[str] = field(default_factory=set)  # key ids that signed at least one entry

    def register(self, info: KeyInfo) -> None:
        """Add a pending key (ignored when the id is already known)."""
        self.keys.setdefault(info.key_id, info)

    def promote(self, key_id: str) -> None:
        """Make a key its user's current key; their other keys retire."""
        info = self.keys[key_id]
        for other_id, other in list(self.keys.items()):
            if other.user == info.user and other_id != key_id and other.state != "retired":
                self.keys[other_id] = _with_state(other, "retired")
        self.keys[key_id] = _with_state(info, "current")
        self.current[info.user] = key_id

    def retire_user(self, user: str) -> None:
        """Retire every key of a removed user."""
        wanted = user.casefold()
        for key_id, info in list(self.keys.items()):
            if info.user == wanted:
                self.keys[key_id] = _with_state(info, "retired")
        self.current.pop(wanted, None)

    def current_key(self, user: str) -> KeyInfo | None:
        """The user's current key, if they have one."""
        key_id = self.current.get(user.casefold())
        return self.keys[key_id] if key_id else None


def promoted_on_registration(key_user: str, actor: str) -> bool:
    """Whether a key registered by actor for key_user is that user's current key at once.

    A key a user registers for themselves waits for its first signature. One registered for
    someone else is current at once (the old one retires), except a recovery key's, which is
    registered before its slot exists: until the new key signs, the old recovery key (still in
    the slot file if the replacement was interrupted) must keep working.
    """
    user = key_user.casefold()
    return user != actor.casefold() and user != RECOVERY_SLOT


def _with_state(info: KeyInfo, state: str) -> KeyInfo:
    return KeyInfo(info.key_id, info.user, info.public_key, info.registered_seq, state)


@dataclass(frozen=True, slots=True)
class ChainReport:
    """Outcome of walking the chain: intact, or the first entry that does not fit."""

    count: int
    head_hash: str
    first_bad_seq: int | None = None
    problem: str = ""
    signed: int = 0  # how many entries carry a signature that was checked and holds
    registry: KeyRegistry = field(default_factory=KeyRegistry)

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
    signer: Signer,
    at: datetime | None = None,
) -> AuditEntry:
    """Append one signed entry; the caller's transaction makes it atomic with the change."""
    if not conn.in_transaction:
        raise RuntimeError("audit.append must run inside the transaction of the change it records")
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS_HASH)
    when = (at or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    text = canonical_details(details or {})
    digest = entry_hash(prev, seq, when, actor, action, subject, text)
    signature = signer.sign(signing.entry_message(digest))
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash,"
        " signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, when, actor, action, subject, text, prev, digest, signer.key_id, signature),
    )
    return AuditEntry(
        seq, when, actor, action, subject, json.loads(text), prev, digest, signer.key_id
    )


def head(conn: Connection) -> tuple[int, str]:
    """The newest entry's (seq, hash), or (0, GENESIS_HASH) for an empty log."""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)


def hash_at(conn: Connection, seq: int) -> str | None:
    """The hash stored for entry seq, or None when there is no such entry."""
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
    return str(row[0]) if row else None


def entries(conn: Connection, *, limit: int | None = None) -> list[AuditEntry]:
    """Entries newest first (all, or the newest ``limit``)."""
    sql = "SELECT seq, at, actor, action, subject, details, prev_hash, hash, signer"
    sql += " FROM audit_log ORDER BY seq DESC"
    rows = conn.execute(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ()).fetchall()
    return [
        AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7], r[8]) for r in rows
    ]


def registrations(details: Mapping[str, Any], seq: int) -> list[KeyInfo]:
    """The keys an entry's details register, checked; ValueError when malformed."""
    found = details.get(REGISTRATION_FIELD)
    if found is None:
        return []
    if not isinstance(found, list):
        raise ValueError("signing_keys is not a list")
    infos = []
    for item in found:
        if not isinstance(item, dict):
            raise ValueError("a signing key is not an object")
        user, kid, public = item.get("user"), item.get("key_id"), item.get("public_key")
        if not (isinstance(user, str) and isinstance(kid, str) and isinstance(public, str)):
            raise ValueError("a signing key lacks its user, id or public key")
        raw = bytes.fromhex(public)
        if len(raw) != 32 or signing.key_id(raw) != kid:
            raise ValueError("a signing key's id does not match its public key")
        infos.append(KeyInfo(kid, user.casefold(), raw, seq))
    return infos


def verify(conn: Connection, *, signatures_after: int = 0) -> ChainReport:
    """Walk the chain from the start and name the first entry that was changed or moved.

    Every hash is recomputed and every signature after seq ``signatures_after`` is checked
    (a caller that verified the entries up to there before, and finds that entry's hash
    unchanged, can skip their signatures: the hash covers everything before it). Signatures
    are checked a batch at a time on two threads: the checks release the GIL, and they cost
    far more than the hashes.
    """
    walker = _Walker(signatures_after)
    cursor = conn.execute(
        "SELECT seq, at, actor, action, subject, details, prev_hash, hash, signer, signature"
        " FROM audit_log ORDER BY seq"
    )
    with ThreadPoolExecutor(max_workers=SIGNATURE_THREADS) as pool:
        for rows in _batches(cursor):
            bad = walker.walk(rows)
            bad_signature = walker.check_signatures(pool)
            if bad_signature is not None:
                return bad_signature
            if bad is not None:
                return bad
    return walker.report()


def _check_all(checks: list[tuple[int, int, str, bytes, Any, str]]) -> list[bool]:
    return [
        signing.is_valid(key, sig, signing.entry_message(digest))
        for _, _, _, key, sig, digest in checks
    ]


def _batches(cursor: Any) -> Iterator[list[Any]]:
    while rows := cursor.fetchmany(_FETCH):
        yield rows


class _Walker:
    """The state of one walk along the chain: where it is, and whose keys are whose."""

    def __init__(self, signatures_after: int) -> None:
        self.expected_seq = 1
        self.prev = GENESIS_HASH
        self.count = 0
        self.signed = 0
        self.signatures_after = signatures_after
        self.registry = KeyRegistry()
        # Signature checks of the current batch: (seq, count and hash before it, key, sig, hash).
        self.pending: list[tuple[int, int, str, bytes, Any, str]] = []

    def report(self, seq: int | None = None, problem: str = "") -> ChainReport:
        return ChainReport(self.count, self.prev, seq, problem, self.signed, self.registry)

    def check_signatures(self, pool: ThreadPoolExecutor) -> ChainReport | None:
        """Check the batch's signatures; the report of the first bad one, or None."""
        pending, self.pending = self.pending, []
        if not pending:
            return None
        half = (len(pending) + 1) // 2
        results = list(pool.map(_check_all, (pending[:half], pending[half:])))
        for (seq, count, prev, *_), ok in zip(pending, [*results[0], *results[1]], strict=True):
            if not ok:
                return ChainReport(
                    count, prev, seq, "its signature does not match", self.signed, self.registry
                )
            self.signed += 1
        return None

    def walk(self, rows: Iterable[Any]) -> ChainReport | None:
        """Check rows in order; the report of the first bad one, or None when all fit."""
        sha256 = hashlib.sha256
        for seq, at, actor, action, subject, details, prev_hash, digest, signer, sig in rows:
            if seq != self.expected_seq:
                if seq > self.expected_seq:
                    return self.report(self.expected_seq, "an entry is missing before it")
                return self.report(seq, "out of order")
            if prev_hash != self.prev:
                return self.report(seq, "it does not follow the entry before it")
            if type(details) is not str:
                return self.report(seq, "its contents were changed after it was written")
            try:
                # The stored details are canonical JSON already; writing the body around them
                # gives the same bytes as entry_hash() without parsing every entry.
                body = (
                    f'{{"action":{_encode(action)},"actor":{_encode(actor)},"at":{_encode(at)},'
                    f'"details":{details},"seq":{seq},"subject":{_encode(subject)}}}'
                )
            except TypeError:
                return self.report(seq, "its contents were changed after it was written")
            if sha256((self.prev + body).encode()).hexdigest() != digest:
                return self.report(seq, "its contents were changed after it was written")
            problem = self._signature(seq, actor, action, subject, details, digest, signer, sig)
            if problem:
                return self.report(seq, problem)
            self.expected_seq, self.prev, self.count = seq + 1, digest, self.count + 1
        return None

    def _signature(
        self,
        seq: int,
        actor: str,
        action: str,
        subject: str,
        details: str,
        digest: str,
        signer: str | None,
        signature: bytes | None,
    ) -> str:
        registry = self.registry
        # Cheap test first: only a few entries register keys.
        try:
            regs = registrations(json.loads(details), seq) if REGISTRATION_FIELD in details else []
        except ValueError:
            return "its list of signing keys is malformed"
        if signer is None:
            if registry.keys or regs:
                return "it is not signed"
            return ""  # a log that began before signing: hashes only, until a key appears
        info = registry.keys.get(signer)
        actor_key = actor.casefold()
        if info is None:
            own = next((r for r in regs if r.key_id == signer), None)
            if own is None or own.user != actor_key or actor_key in registry.current:
                return "it is signed with a key the log never registered for its author"
            info = own
        if info.state == "retired":
            return "it is signed with a key that was replaced or belongs to a removed user"
        if info.user != actor_key and action not in SYSTEM_ACTIONS:
            return "it is signed with someone else's key"
        if seq > self.signatures_after:
            # Checked with the rest of the batch (check_signatures), in order of seq.
            self.pending.append((seq, self.count, self.prev, info.public_key, signature, digest))
        for reg in regs:
            registry.register(reg)
            if promoted_on_registration(reg.user, actor_key):
                registry.promote(reg.key_id)
        if registry.keys[info.key_id].state == "pending":
            registry.promote(info.key_id)
        registry.used.add(info.key_id)
        if action == "user_removed":
            registry.retire_user(subject)
        return ""


def key_registry(conn: Connection) -> KeyRegistry:
    """Whose key is whose in the log as stored, without verifying it (fast: for unlock).

    Built from the entries that register keys, the first entry each key signed, and user
    removals, replayed in log order. ``verify`` builds the same registry while it checks.
    """
    events: list[tuple[int, int, Any]] = []
    for seq, actor, details in conn.execute(
        "SELECT seq, actor, details FROM audit_log WHERE instr(details, ?) > 0",
        (f'"{REGISTRATION_FIELD}"',),
    ):
        try:
            for info in registrations(json.loads(details), seq):
                events.append((seq, 0, info))
                if promoted_on_registration(info.user, str(actor)):  # for someone else
                    events.append((seq, 1, info.key_id))
        except ValueError:
            continue
    for key_id, first in conn.execute(
        "SELECT signer, min(seq) FROM audit_log WHERE signer IS NOT NULL GROUP BY signer"
    ):
        events.append((first, 3, key_id))
    for seq, subject in conn.execute(
        "SELECT seq, subject FROM audit_log WHERE action = 'user_removed'"
    ):
        events.append((seq, 2, subject))
    registry = KeyRegistry()
    # Per entry: registrations, then promotions of keys registered for someone else, then the
    # entry's own signature (kind 3), then a removal it records.
    order = {0: 0, 1: 1, 3: 2, 2: 3}
    for _, kind, value in sorted(events, key=lambda e: (e[0], order[e[1]])):
        if kind == 0:
            registry.register(value)
        elif kind == 1 and value in registry.keys and registry.keys[value].state != "retired":
            registry.promote(value)
        elif kind == 3 and value in registry.keys:
            registry.used.add(value)
            if registry.keys[value].state == "pending":
                registry.promote(value)
        elif kind == 2:
            registry.retire_user(value)
    return registry

"""Key slots: the vault's database key, wrapped once per user under their passphrase.

The database is encrypted with one random 256-bit key. ``keyslots.json`` holds one slot per
user (and one for the recovery key). A slot has an X25519 key pair: its private key is
wrapped with AES-256-GCM under an Argon2id key derived from the passphrase, and the database
key is sealed to its public key. Unlocking runs Argon2id, unwraps the private key and opens
the sealed database key. The public half is what lets an administrator *rekey* the database
after removing a user (seal a fresh key to every remaining slot) without knowing anyone's
passphrase, and lets a passphrase change rewrap only that one slot.

A slot also holds its user's Ed25519 signing key (wrapped under the same passphrase key;
see signing.py) and its *witness*: the last audit-log head the user saw, signed with that
key, so that a log later shortened or rewritten by someone else shows at the next unlock.

Every ciphertext's associated data names the vault id and the slot id, so a slot copied
from another vault or moved to another name does not open. The file is versioned and always
written atomically: temp file, fsync, rename, fsync of the folder. It is parsed with limits
on its size, its nesting and its key-derivation costs, because it is read before anything
in it can be authenticated.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import math
import os
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from supervisor_app.domain.errors import os_reason
from supervisor_app.vault import error_codes as codes
from supervisor_app.vault import signing
from supervisor_app.vault.errors import (
    KEY_FILE_WRITE,
    DamagedVault,
    NewerVault,
    NotAVault,
    UnknownUser,
    VaultError,
    WrongPassphrase,
    from_os_error,
)

FORMAT: Final = "supervisor-app/keyslots"
VERSION: Final = 1
SLOTS_FILE: Final = "keyslots.json"
KEY_BYTES: Final = 32
RECOVERY_SLOT: Final = "recovery"

# Argon2id: 64 MiB and two lanes as in the design; the pass count is calibrated per machine
# so that one unlock costs about half a second, and stored in each slot.
DEFAULT_MEMORY_KIB: Final = 64 * 1024
DEFAULT_PARALLELISM: Final = 2
TARGET_UNLOCK_SECONDS: Final = 0.5
# The floor calibration never goes below: the README promises at least 64 MiB and 0.4 s per
# guess, which is stricter than OWASP's Argon2id minimum (19 MiB with 2 passes, or 46 MiB
# with 1); three passes keep a fast machine above both.
MIN_UNLOCK_SECONDS: Final = 0.4
FLOOR_TIME_COST: Final = 3
CALIBRATION_RUNS: Final = 5
PROBE_PASSES: Final = 8  # long enough for the per-pass time to stand out from the noise
CHECKS: Final = 3  # timings of the chosen pass count, each raising it if it is too quick
CHECK_RUNS: Final = 2  # per timing: CPU time hardly varies, and each run costs half a second
# Upper bounds accepted from keyslots.json: above what calibrate() picks (at most 64 passes
# of 64 MiB), below what would hang or exhaust an ordinary laptop: the product of passes and
# memory is capped too, so an unlock never runs much longer than about ten seconds.
MAX_TIME_COST: Final = 64
MAX_MEMORY_KIB: Final = 256 * 1024
MAX_PARALLELISM: Final = 8
MAX_WORK_KIB: Final = 64 * DEFAULT_MEMORY_KIB
# The file is small (about 1.5 KB per user); anything far larger, or nested deeper than its
# format ever is, is refused before it is parsed further.
MAX_FILE_BYTES: Final = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost parameters, stored with each slot so they can change over time."""

    time_cost: int
    memory_kib: int = DEFAULT_MEMORY_KIB
    parallelism: int = DEFAULT_PARALLELISM

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        """Derive a 256-bit key from a passphrase or recovery key."""
        return hash_secret_raw(
            secret, salt, self.time_cost, self.memory_kib, self.parallelism, KEY_BYTES, Type.ID
        )

    @classmethod
    def calibrate(
        cls,
        target_seconds: float = TARGET_UNLOCK_SECONDS,
        *,
        runs: int = CALIBRATION_RUNS,
        timer: Callable[[KdfParams], float] | None = None,
    ) -> KdfParams:
        """Pick the pass count that makes one derivation take about target_seconds here.

        Each cost is measured several times and the fastest run counts: other work on the
        machine only ever adds time, and a guess on a quiet machine is what an attacker gets.
        The pass count read off one and PROBE_PASSES passes is then timed itself, and raised
        until a guess takes at least MIN_UNLOCK_SECONDS: the result never falls below the
        floor (64 MiB, three passes, MIN_UNLOCK_SECONDS).
        """
        measure = timer or _time_derivation

        def seconds(passes: int, tries: int = runs) -> float:
            return min(measure(cls(time_cost=passes)) for _ in range(max(tries, 1)))

        one, probe = seconds(1), seconds(PROBE_PASSES)
        # Every run has a fixed cost (filling the memory) on top of its passes; counting it
        # as pass time made unlocks take about half the target, so use the difference.
        per_pass = max((probe - one) / (PROBE_PASSES - 1), 1e-4)
        aimed = 1 + round((target_seconds - one) / per_pass)
        floor = 1 + math.ceil((MIN_UNLOCK_SECONDS - one) / per_pass)
        passes = min(max(aimed, floor, FLOOR_TIME_COST), MAX_TIME_COST)
        # Then time the choice itself: a straight line through two short runs can miss by a
        # fifth, and the floor is a promise. Too quick, and the pass count grows to the target.
        for _ in range(CHECKS):
            took = seconds(passes, CHECK_RUNS)
            if took >= MIN_UNLOCK_SECONDS or passes >= MAX_TIME_COST:
                break
            passes = min(math.ceil(passes * target_seconds / max(took, 1e-4)), MAX_TIME_COST)
        return cls(time_cost=passes)

    def at_least(self, other: KdfParams) -> KdfParams:
        """Parameters no weaker than self or other in any respect (never calibrated down)."""
        memory = max(self.memory_kib, other.memory_kib)
        passes = max(self.time_cost, other.time_cost)
        # Keep within what the file accepts: trade passes for memory, never the reverse.
        passes = min(passes, MAX_TIME_COST, max(MAX_WORK_KIB // memory, 1))
        return KdfParams(passes, memory, max(self.parallelism, other.parallelism))


@functools.cache
def calibrated_kdf() -> KdfParams:
    """This machine's calibrated parameters, measured once per process (about two seconds)."""
    return KdfParams.calibrate()


def _time_derivation(params: KdfParams) -> float:
    """Seconds one derivation takes here when nothing else runs: what a guess costs.

    Counted in the process's CPU time, shared by the lanes that can run at once, rather
    than on the wall clock: other programs only ever add wall time, and on a busy computer
    every one of several runs can be slowed (five vaults made within half an hour once got
    5 to 21 passes). Where the CPU clock is coarse (Windows counts it in 15.6 ms ticks), the
    wall clock it is, and the fastest of several runs has to do.
    """
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    params.derive(b"calibration", bytes(16))
    wall = time.perf_counter() - wall_start
    if time.get_clock_info("process_time").resolution > 1e-3:
        return wall
    cpu = time.process_time() - cpu_start
    return min(wall, cpu / min(params.parallelism, _usable_cpus()))


def _usable_cpus() -> int:
    """Processors this process may run on (its affinity, where the system tells)."""
    if hasattr(os, "sched_getaffinity"):
        return max(len(os.sched_getaffinity(0)), 1)
    return max(os.cpu_count() or 1, 1)


@dataclass(frozen=True, slots=True)
class SealedKey:
    """A database key encrypted to a slot's public key."""

    ephemeral_key: bytes
    nonce: bytes
    ct: bytes


@dataclass(frozen=True, slots=True)
class WrappedSigningKey:
    """A slot's Ed25519 private key, encrypted under the passphrase key; its public half."""

    public_key: bytes
    nonce: bytes
    ct: bytes


@dataclass(frozen=True, slots=True)
class Witness:
    """The last log head a slot's user saw, signed with that user's signing key."""

    seq: int
    head_hash: str
    at: str
    signature: bytes


@dataclass(frozen=True, slots=True)
class Slot:
    """One user's (or the recovery key's) wrapped access to the database key."""

    slot_id: str
    name: str  # user name, or RECOVERY_SLOT
    kdf: KdfParams
    salt: bytes
    public_key: bytes
    private_nonce: bytes
    private_ct: bytes
    # Usually one sealed key; two only while a rekey is under way, so that a crash between
    # rewriting the database and rewriting this file can never lock anyone out.
    sealed_keys: tuple[SealedKey, ...]
    created_at: str
    # None only in slots written before signing keys existed, until their next unlock.
    signing: WrappedSigningKey | None = None
    witness: Witness | None = None
    # The head up to which this user last checked every signature (a cache for log verify).
    verified: Witness | None = None

    @property
    def is_recovery(self) -> bool:
        """Whether this slot belongs to the printed recovery key."""
        return self.name == RECOVERY_SLOT


@dataclass(frozen=True, slots=True)
class RekeyJournal:
    """A rekey under way: written before the database is touched, cleared once it is done.

    While it is in the file every slot holds both keys (old first). Whoever unlocks next
    finds which of them opens vault.db and finishes the rekey (see vault.py).
    """

    started_at: str
    started_by: str
    removing: str = ""  # the user whose removal asked for the rekey, if any


@dataclass(frozen=True, slots=True)
class SlotFile:
    """The parsed contents of keyslots.json."""

    vault_id: str
    kdf: KdfParams  # parameters for new slots, calibrated when the vault was created
    slots: tuple[Slot, ...] = field(default=())
    rekey: RekeyJournal | None = None

    def find(self, name: str) -> Slot:
        """Return the slot for a user name (case-insensitive) or raise UnknownUser."""
        wanted = name.strip().casefold()
        for slot in self.slots:
            if slot.name.casefold() == wanted:
                return slot
        raise UnknownUser(codes.UNKNOWN_USER, name=name)

    def has(self, name: str) -> bool:
        """Whether a slot exists for this name."""
        return any(s.name.casefold() == name.strip().casefold() for s in self.slots)

    def without(self, name: str) -> SlotFile:
        """A copy with the named slot removed."""
        slot = self.find(name)
        return replace(self, slots=tuple(s for s in self.slots if s.slot_id != slot.slot_id))

    def with_slot(self, slot: Slot) -> SlotFile:
        """A copy with slot added, replacing any slot of the same name."""
        others = tuple(s for s in self.slots if s.name.casefold() != slot.name.casefold())
        return replace(self, slots=(*others, slot))


# --- sealing ------------------------------------------------------------------------------


def _aad(vault_id: str, slot_id: str, name: str, part: str) -> bytes:
    return f"{FORMAT}/v{VERSION}|{vault_id}|{slot_id}|{name.casefold()}|{part}".encode()


def _seal_key(db_key: bytes, public_key: bytes, aad: bytes) -> SealedKey:
    """Encrypt db_key to a slot's public key (ephemeral X25519 + HKDF + AES-GCM)."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    ephemeral_pub = ephemeral.public_key().public_bytes_raw()
    wrap_key = _hkdf(shared, ephemeral_pub + public_key)
    nonce = secrets.token_bytes(12)
    return SealedKey(ephemeral_pub, nonce, AESGCM(wrap_key).encrypt(nonce, db_key, aad))


def _hkdf(shared: bytes, info: bytes) -> bytes:
    return HKDF(hashes.SHA256(), KEY_BYTES, salt=None, info=b"keyslot-seal|" + info).derive(shared)


def make_slot(vault_id: str, name: str, secret: bytes, db_key: bytes, kdf: KdfParams) -> Slot:
    """Create a new slot for name that opens db_key with secret (passphrase bytes)."""
    return make_slot_with_signer(vault_id, name, secret, db_key, kdf)[0]


def make_slot_with_signer(
    vault_id: str, name: str, secret: bytes, db_key: bytes, kdf: KdfParams
) -> tuple[Slot, signing.Signer]:
    """A new slot for name, and the signing key it holds (to register it in the log)."""
    slot_id = secrets.token_hex(8)
    salt = secrets.token_bytes(16)
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    kek = kdf.derive(secret, salt)
    private_nonce = secrets.token_bytes(12)
    private_ct = AESGCM(kek).encrypt(
        private_nonce, private.private_bytes_raw(), _aad(vault_id, slot_id, name, "private")
    )
    sealed = _seal_key(db_key, public, _aad(vault_id, slot_id, name, "db"))
    slot = Slot(
        slot_id=slot_id,
        name=name,
        kdf=kdf,
        salt=salt,
        public_key=public,
        private_nonce=private_nonce,
        private_ct=private_ct,
        sealed_keys=(sealed,),
        created_at=_now(),
    )
    return add_signing_key(slot, vault_id, kek)


def _signing_aad(vault_id: str, slot: Slot, public_key: bytes) -> bytes:
    # The public half is bound in, so replacing it in the file makes the slot fail to open.
    return _aad(vault_id, slot.slot_id, slot.name, "signing|" + public_key.hex())


def add_signing_key(slot: Slot, vault_id: str, kek: bytes) -> tuple[Slot, signing.Signer]:
    """Give slot a fresh signing key wrapped under kek (its passphrase key)."""
    signer = signing.Signer.generate(slot.name)
    public = signer.public_key
    nonce = secrets.token_bytes(12)
    raw = signer.private_key.private_bytes_raw()
    ct = AESGCM(kek).encrypt(nonce, raw, _signing_aad(vault_id, slot, public))
    return replace(slot, signing=WrappedSigningKey(public, nonce, ct), witness=None), signer


def sign_witness(
    slot: Slot, vault_id: str, signer: signing.Signer, seq: int, head_hash: str
) -> Slot:
    """slot with its witness set to the head (seq, head_hash), signed by its user."""
    at = _now()
    message = signing.witness_message(vault_id, slot.slot_id, seq, head_hash, at)
    return replace(slot, witness=Witness(seq, head_hash, at, signer.sign(message)))


def sign_verified(
    slot: Slot, vault_id: str, signer: signing.Signer, seq: int, head_hash: str
) -> Slot:
    """slot remembering that its user checked every signature up to (seq, head_hash)."""
    at = _now()
    message = signing.witness_message(vault_id, slot.slot_id, seq, head_hash, at, "verified")
    return replace(slot, verified=Witness(seq, head_hash, at, signer.sign(message)))


def verified_is_signed(slot: Slot, vault_id: str, public_key: bytes) -> bool:
    """Whether slot's verification mark carries a good signature of public_key."""
    v = slot.verified
    if v is None:
        return False
    message = signing.witness_message(vault_id, slot.slot_id, v.seq, v.head_hash, v.at, "verified")
    return signing.is_valid(public_key, v.signature, message)


def registration(slot: Slot) -> dict[str, str]:
    """How an audit entry registers slot's signing key (see audit.REGISTRATION_FIELD)."""
    if slot.signing is None:
        raise ValueError("slot has no signing key")
    public = slot.signing.public_key
    return {"user": slot.name, "key_id": signing.key_id(public), "public_key": public.hex()}


def witness_is_signed(slot: Slot, vault_id: str) -> bool:
    """Whether slot's witness carries a good signature of its own signing key."""
    w = slot.witness
    if w is None or slot.signing is None:
        return False
    message = signing.witness_message(vault_id, slot.slot_id, w.seq, w.head_hash, w.at)
    return signing.is_valid(slot.signing.public_key, w.signature, message)


def reseal(slot: Slot, vault_id: str, db_keys: list[bytes]) -> Slot:
    """Seal database keys to an existing slot without its passphrase (for a rekey)."""
    aad = _aad(vault_id, slot.slot_id, slot.name, "db")
    return replace(slot, sealed_keys=tuple(_seal_key(k, slot.public_key, aad) for k in db_keys))


@dataclass(frozen=True, slots=True)
class OpenedSlot:
    """What a passphrase unlocks in a slot: database key(s), signing key, passphrase key."""

    keys: list[bytes]
    signer: signing.Signer | None  # None for a slot from before signing keys
    kek: bytes  # kept only to give such an old slot its signing key at this unlock


def open_slot(slot: Slot, vault_id: str, secret: bytes) -> list[bytes]:
    """Return the database key(s) held by slot, or raise WrongPassphrase / DamagedVault."""
    return unlock_slot(slot, vault_id, secret).keys


def unlock_slot(slot: Slot, vault_id: str, secret: bytes) -> OpenedSlot:
    """Open everything slot holds, or raise WrongPassphrase / DamagedVault."""
    kek = slot.kdf.derive(secret, slot.salt)
    try:
        private_raw = AESGCM(kek).decrypt(
            slot.private_nonce, slot.private_ct, _aad(vault_id, slot.slot_id, slot.name, "private")
        )
    except InvalidTag:
        if slot.is_recovery:
            raise WrongPassphrase(codes.WRONG_RECOVERY_KEY) from None
        raise WrongPassphrase(codes.WRONG_PASSPHRASE, name=slot.name) from None
    private = X25519PrivateKey.from_private_bytes(private_raw)
    aad = _aad(vault_id, slot.slot_id, slot.name, "db")
    try:
        keys = []
        for sealed in slot.sealed_keys:
            shared = private.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral_key))
            wrap_key = _hkdf(shared, sealed.ephemeral_key + slot.public_key)
            keys.append(AESGCM(wrap_key).decrypt(sealed.nonce, sealed.ct, aad))
        if not keys:
            raise ValueError("no sealed key")
        signer = None
        if slot.signing is not None:
            wrapped = slot.signing
            aad = _signing_aad(vault_id, slot, wrapped.public_key)
            raw = AESGCM(kek).decrypt(wrapped.nonce, wrapped.ct, aad)
            signer = signing.Signer(slot.name, Ed25519PrivateKey.from_private_bytes(raw))
            if signer.public_key != wrapped.public_key:
                raise ValueError("signing key does not match its public half")
        return OpenedSlot(keys, signer, kek)
    except (InvalidTag, ValueError):
        # The passphrase was right, so the slot itself was altered after it was written.
        raise DamagedVault(codes.SLOT_ALTERED, name=slot.name) from None


# --- recovery key -------------------------------------------------------------------------


def new_recovery_key() -> str:
    """A random 160-bit recovery key, printed as eight groups of four characters."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode()
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalise_recovery_key(text: str) -> bytes:
    """Canonical bytes of a recovery key as typed: case, spaces and dashes do not matter."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    # People confuse these when copying from paper; base32 has no 0, 1 or 8.
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    return cleaned.encode()


# --- file format --------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode(), validate=True)


def _kdf_to_json(kdf: KdfParams) -> dict[str, Any]:
    return {"alg": "argon2id", "t": kdf.time_cost, "m": kdf.memory_kib, "p": kdf.parallelism}


def _kdf_from_json(data: object) -> KdfParams:
    if not isinstance(data, Mapping) or data.get("alg") != "argon2id":
        raise ValueError("unknown key derivation")
    t, m, p = data["t"], data["m"], data["p"]
    # bool is an int subclass; JSON true is no cost parameter.
    if not all(type(v) is int for v in (t, m, p)):
        raise ValueError("bad key derivation parameters")
    # The file is not authenticated before Argon2 runs, so its parameters must be ones Argon2
    # accepts (m >= 8 p) and that cannot make the unlock screen crash, hang or exhaust memory.
    if not (1 <= t <= MAX_TIME_COST and 1 <= p <= MAX_PARALLELISM and 8 * p <= m <= MAX_MEMORY_KIB):
        raise ValueError("key derivation parameters out of range")
    if t * m > MAX_WORK_KIB:
        raise ValueError("key derivation parameters too costly")
    return KdfParams(time_cost=t, memory_kib=m, parallelism=p)


def _slot_to_json(s: Slot) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": s.slot_id,
        "name": s.name,
        "created_at": s.created_at,
        "kdf": _kdf_to_json(s.kdf),
        "salt": _b64(s.salt),
        "public_key": _b64(s.public_key),
        "private_key": {"nonce": _b64(s.private_nonce), "ct": _b64(s.private_ct)},
        "db_keys": [
            {"ephemeral": _b64(k.ephemeral_key), "nonce": _b64(k.nonce), "ct": _b64(k.ct)}
            for k in s.sealed_keys
        ],
    }
    if s.signing is not None:
        doc["signing_key"] = {
            "public": _b64(s.signing.public_key),
            "nonce": _b64(s.signing.nonce),
            "ct": _b64(s.signing.ct),
        }
    for name, mark in (("witness", s.witness), ("verified", s.verified)):
        if mark is not None:
            doc[name] = {
                "seq": mark.seq,
                "hash": mark.head_hash,
                "at": mark.at,
                "signature": _b64(mark.signature),
            }
    return doc


def _slot_from_json(raw: Any) -> Slot:
    signing_doc, witness_doc = raw.get("signing_key"), raw.get("witness")
    wrapped = None
    if signing_doc is not None:
        wrapped = WrappedSigningKey(
            _unb64(signing_doc["public"]), _unb64(signing_doc["nonce"]), _unb64(signing_doc["ct"])
        )
    witness = _mark_from_json(witness_doc)
    verified = _mark_from_json(raw.get("verified"))
    return Slot(
        slot_id=str(raw["id"]),
        name=str(raw["name"]),
        created_at=str(raw["created_at"]),
        kdf=_kdf_from_json(raw["kdf"]),
        salt=_unb64(raw["salt"]),
        public_key=_unb64(raw["public_key"]),
        private_nonce=_unb64(raw["private_key"]["nonce"]),
        private_ct=_unb64(raw["private_key"]["ct"]),
        sealed_keys=tuple(
            SealedKey(_unb64(k["ephemeral"]), _unb64(k["nonce"]), _unb64(k["ct"]))
            for k in raw["db_keys"]
        ),
        signing=wrapped,
        witness=witness,
        verified=verified,
    )


def _mark_from_json(doc: Any) -> Witness | None:
    if doc is None:
        return None
    seq, head = doc["seq"], doc["hash"]
    if type(seq) is not int or not isinstance(head, str):
        raise ValueError("witness")
    return Witness(seq, head, str(doc["at"]), _unb64(doc["signature"]))


def to_json(slot_file: SlotFile) -> bytes:
    """Serialise a slot file (stable key order, so diffs stay readable)."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": slot_file.vault_id,
        "kdf": _kdf_to_json(slot_file.kdf),
        "slots": [_slot_to_json(s) for s in slot_file.slots],
    }
    if slot_file.rekey is not None:
        doc["rekey"] = {
            "started_at": slot_file.rekey.started_at,
            "started_by": slot_file.rekey.started_by,
            "removing": slot_file.rekey.removing,
        }
    return (json.dumps(doc, indent=2) + "\n").encode()


def from_json(data: bytes) -> SlotFile:
    """Parse keyslots.json, raising a VaultError that says what is wrong with it."""
    damaged = DamagedVault(codes.KEY_FILE_DAMAGED)
    if len(data) > MAX_FILE_BYTES:
        raise DamagedVault(codes.KEY_FILE_TOO_LARGE)
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        # RecursionError: nested far deeper than the format ever is.
        raise damaged from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise NotAVault(codes.KEY_FILE_FOREIGN)
    version = doc.get("version")
    if isinstance(version, int) and version > VERSION:
        raise NewerVault()
    if version != VERSION:
        raise damaged
    try:
        vault_id = doc["vault_id"]
        if not isinstance(vault_id, str) or not vault_id:
            raise ValueError("vault id")
        slots = tuple(_slot_from_json(raw) for raw in doc["slots"])
        rekey = None
        if (journal := doc.get("rekey")) is not None:
            rekey = RekeyJournal(
                str(journal["started_at"]), str(journal["started_by"]), str(journal["removing"])
            )
        return SlotFile(vault_id, _kdf_from_json(doc["kdf"]), slots, rekey)
    except (KeyError, TypeError, ValueError, AttributeError, binascii.Error):
        raise damaged from None


def read(folder: Path) -> SlotFile:
    """Read and parse the slot file of the vault in folder."""
    path = folder / SLOTS_FILE
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)  # never read more than the limit into memory
    except FileNotFoundError:
        raise NotAVault(codes.NO_KEY_FILE, folder=folder) from None
    except OSError as exc:
        raise VaultError(codes.KEY_FILE_UNREADABLE, reason=os_reason(exc)) from None
    return from_json(data)


def write(folder: Path, slot_file: SlotFile) -> None:
    """Replace the slot file atomically: the old file stays whole until the new one is.

    The new contents go to a temporary file in the same folder, which is flushed to disk
    before it is renamed over the old file; a crash at any point leaves either the old or
    the new file, never a mix.
    """
    path = folder / SLOTS_FILE
    tmp = folder / f".{SLOTS_FILE}.{secrets.token_hex(4)}.tmp"
    try:
        with open(tmp, "xb") as fh:
            fh.write(to_json(slot_file))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_folder(folder)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise from_os_error(exc, KEY_FILE_WRITE) from None


def _fsync_folder(folder: Path) -> None:
    # Make the rename itself durable; folders cannot be opened this way on Windows.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temp_files(folder: Path) -> None:
    """Delete temp files left by a write that was interrupted by a crash."""
    for leftover in folder.glob(f".{SLOTS_FILE}.*.tmp"):
        leftover.unlink(missing_ok=True)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())

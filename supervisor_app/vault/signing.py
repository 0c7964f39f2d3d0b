"""Signing keys: each key slot's Ed25519 key, and the messages it signs.

Every audit entry is signed by the key of the user who wrote it; each slot signs the last
log head its user saw (the slot's *witness*); anchors kept outside the vault are signed
too. The private half lives only in its slot, wrapped under the user's passphrase-derived
key, so nobody else -- not even someone holding the database key -- can sign in that
user's name. Each message starts with its purpose, so a signature made for one kind of
message can never pass as another.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_ID_HEX: Final = 16  # 64 bits of the public key's SHA-256: enough to tell keys apart


def key_id(public_key: bytes) -> str:
    """A short, stable name for a public key."""
    return hashlib.sha256(public_key).hexdigest()[:KEY_ID_HEX]


@dataclass(frozen=True, slots=True)
class Signer:
    """A user's private signing key, unwrapped from their slot for one session."""

    user: str
    private_key: Ed25519PrivateKey

    @classmethod
    def generate(cls, user: str) -> Signer:
        """A fresh key for user."""
        return cls(user, Ed25519PrivateKey.generate())

    @property
    def public_key(self) -> bytes:
        """The raw 32-byte public key."""
        return self.private_key.public_key().public_bytes_raw()

    @property
    def key_id(self) -> str:
        """The public key's short name, stored with every entry it signs."""
        return key_id(self.public_key)

    def sign(self, message: bytes) -> bytes:
        """A 64-byte Ed25519 signature of message."""
        return self.private_key.sign(message)

    def registration(self) -> dict[str, str]:
        """How an audit entry announces this key (see audit.REGISTRATION_FIELD)."""
        return {"user": self.user, "key_id": self.key_id, "public_key": self.public_key.hex()}


@lru_cache(maxsize=256)
def public_key_object(raw: bytes) -> Ed25519PublicKey:
    """A parsed public key; parsing costs as much as a hash, so keys are parsed once."""
    return Ed25519PublicKey.from_public_bytes(raw)


def is_valid(public_key: bytes, signature: bytes | None, message: bytes) -> bool:
    """Whether signature is public_key's signature of message."""
    if not signature or len(signature) != 64 or len(public_key) != 32:
        return False
    try:
        public_key_object(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def entry_message(entry_hash: str) -> bytes:
    """What an audit entry's signature covers: its hash, which covers every entry before it."""
    return b"supervisor-app/audit-entry|" + entry_hash.encode()


def witness_message(
    vault_id: str, slot_id: str, seq: int, head_hash: str, at: str, kind: str = "witness"
) -> bytes:
    """What a slot's witness (or verified mark) signature covers: a head, in this vault."""
    return f"supervisor-app/{kind}|{vault_id}|{slot_id}|{seq}|{head_hash}|{at}".encode()


def anchor_message(vault_id: str, seq: int, head_hash: str, at: str, user: str) -> bytes:
    """What an anchor's signature covers."""
    return f"supervisor-app/anchor|{vault_id}|{seq}|{head_hash}|{at}|{user.casefold()}".encode()

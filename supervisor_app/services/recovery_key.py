"""Replacing the recovery key: logged first, then (by default) a rekey, then the new slot.

The recovery key opens everything, and its slot's signing key may sign entries as
"recovery". So a replacement is never silent: the audit entry ``recovery_key_replaced``
registers the new slot's signing key before anything in keyslots.json changes, and the new
key signs one entry (``recovery_key_activated``) as soon as its slot is written, which retires
the old recovery key's signing key in the log.
"""

from __future__ import annotations

import logging

from supervisor_app.domain.errors import AccessDenied
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as codes
from supervisor_app.services import rekey as rekeying
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, keyslots
from supervisor_app.vault.db import transaction
from supervisor_app.vault.errors import VaultError
from supervisor_app.vault.keyslots import RECOVERY_SLOT

log = logging.getLogger(__name__)

REPLACED = "recovery_key_replaced"
ACTIVATED = "recovery_key_activated"


class RecoveryKeyService:
    """Use case of the People page's "Replace recovery key…" and ``recovery-key replace``."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def check_allowed(self) -> None:
        """Raise AccessDenied unless this session may replace the recovery key.

        Only administrators may, and not in a session opened with the recovery key itself:
        that session exists to give an administrator a new passphrase, and a key that
        replaced itself would leave nobody who had unlocked as a person behind the change.
        """
        if self.session.is_recovery:
            raise AccessDenied(codes.RECOVERY_KEY_NOT_WITH_ITSELF)
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_RECOVERY_KEY)

    def replace(self, *, rekey: bool = True) -> str:
        """Replace the recovery key; returns the new key, to be shown once and never stored.

        With rekey (the default) the database is first re-encrypted under a fresh key, so an
        old recovery key with an old copy of keyslots.json opens no later copy of vault.db.
        The new slot is written last and wraps the key that opens vault.db after the rekey.
        """
        self.check_allowed()
        session = self.session
        conn, vault, actor = session.conn, session.vault, session.user.name
        # Argon2 runs here, before anything is written.
        slot, signer, key = vault.prepare_recovery_slot()
        # Logged in a transaction of its own before keyslots.json changes, as a passphrase
        # change registers its key: a crash between the two leaves an entry for a replacement
        # that did not happen (the old recovery key still opens the vault; its key stays the
        # log's until the new one signs), never a new recovery slot the log does not know.
        with transaction(conn):
            session.record(
                REPLACED,
                RECOVERY_SLOT,
                {"rekey": rekey, audit.REGISTRATION_FIELD: [keyslots.registration(slot)]},
            )
        if rekey:
            # Every slot, the old recovery slot too, is resealed to the new database key; a
            # crash in here is finished by the next unlock (services/rekey.py).
            vault.begin_rekey(actor)
            rekeying.finish(conn, vault, actor, interrupted=False)
        # Last, so nothing after it can fail and leave a key that was written but never shown.
        # If the write fails it raises (a VaultError naming the key file), and nothing more is
        # logged: the entry above then stands for an attempt, and the old key still works.
        vault.put_recovery_slot(slot, signer, *audit.head(conn))
        try:
            with transaction(conn):
                # The new key's first signature: from here on it is the log's recovery key,
                # and the old one's signing key retires, so an old copy of its slot signs
                # nothing the log accepts.
                audit.append(
                    conn, RECOVERY_SLOT, ACTIVATED, RECOVERY_SLOT, {"by": actor}, signer=signer
                )
        except VaultError:
            # The new slot is written and opens the vault: the key must still be shown. Its
            # signing key, registered above, becomes the log's at its first unlock instead.
            log.warning("the new recovery key's first audit entry could not be written")
        return key

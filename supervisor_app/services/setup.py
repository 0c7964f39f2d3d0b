"""Creating a vault with its first administrator."""

from __future__ import annotations

from pathlib import Path

from supervisor_app.domain.people import RoleGrant, check_user_name
from supervisor_app.domain.roles import Role
from supervisor_app.services.passphrase import check_strength
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, keyslots, people_repo
from supervisor_app.vault.db import transaction
from supervisor_app.vault.keyslots import KdfParams
from supervisor_app.vault.vault import create_vault
from supervisor_app.vault.vault import is_vault as is_vault


def create(
    folder: Path,
    admin_name: str,
    passphrase: str,
    *,
    display_name: str = "",
    kdf: KdfParams | None = None,
    check_passphrase: bool = True,
) -> tuple[Session, str]:
    """Create a vault in folder with admin_name as administrator.

    Returns the open session and the recovery key, which the caller shows exactly once.
    """
    admin_name = check_user_name(admin_name)
    if check_passphrase:
        check_strength(passphrase, [admin_name, display_name])
    vault, recovery_key = create_vault(folder, admin_name, passphrase, kdf=kdf)
    conn = vault.connect()
    try:
        with transaction(conn):
            people_repo.add_user(
                conn,
                admin_name,
                display_name.strip() or admin_name,
                [RoleGrant(Role.ADMINISTRATOR)],
            )
            # The first entry registers the administrator's and the recovery key's signing
            # keys, and is itself signed by the administrator's (vault/audit.py).
            keys = [keyslots.registration(s) for s in vault.slot_file.slots]
            audit.append(
                conn,
                admin_name,
                "vault_created",
                vault.vault_id,
                {"administrator": admin_name, audit.REGISTRATION_FIELD: keys},
                signer=vault.signer,
            )
        # The administrator's slot vouches for the log from its first entry on.
        vault.update_witness(*audit.head(conn))
    finally:
        conn.close()
    return Session.start(vault), recovery_key

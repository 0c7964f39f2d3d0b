"""Rekeying the vault: the steps in the order that lets any of them be the last one run.

``begin`` (vault.py) writes the journal and a new key next to the old one in every slot;
``finish`` completes the removal of the user it is for, re-encrypts the database, logs
``vault_rekeyed`` and only then drops the old key from every slot. A crash anywhere leaves
the journal in keyslots.json, and whoever unlocks next runs ``finish`` again: each step
checks whether it already happened, so the rekey always ends and is logged once.
"""

from __future__ import annotations

import json

from supervisor_app.vault import audit, people_repo
from supervisor_app.vault.db import Connection, transaction
from supervisor_app.vault.keyslots import RekeyJournal
from supervisor_app.vault.vault import UnlockedVault

ACTION = "vault_rekeyed"


def finish(conn: Connection, vault: UnlockedVault, actor: str, *, interrupted: bool) -> None:
    """Finish the rekey the vault's journal describes; conn must be the only connection."""
    journal = vault.rekey_pending
    if journal is None:
        return
    signer = vault.signer
    if journal.removing:
        user = people_repo.user_by_name(conn, journal.removing)
        if user is not None:
            with transaction(conn):
                people_repo.mark_user_removed(conn, user.id)
                audit.append(
                    conn,
                    actor,
                    "user_removed",
                    user.name,
                    {"rekey": True, "finished_after_interruption": interrupted},
                    signer=signer,
                )
    vault.rekey_database(conn)
    if not _logged(conn, journal):
        with transaction(conn):
            audit.append(
                conn,
                actor,
                ACTION,
                "vault",
                {
                    "started_at": journal.started_at,
                    "started_by": journal.started_by,
                    "removing": journal.removing,
                    "finished_after_interruption": interrupted,
                },
                signer=signer,
            )
    vault.end_rekey()


def _logged(conn: Connection, journal: RekeyJournal) -> bool:
    row = conn.execute(
        "SELECT details FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1", (ACTION,)
    ).fetchone()
    if row is None:
        return False
    details = json.loads(row[0])
    return bool(
        details.get("started_at") == journal.started_at
        and details.get("started_by") == journal.started_by
    )

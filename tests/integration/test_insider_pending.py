"""A slot holder plants rows in pending_audit, which the next unlock signs in its own name.

pending_audit holds what a schema migration wants in the log: migrations run before anyone
can sign, so the next unlocking user writes those entries. bram, a team lead with his own
passphrase and sqlcipher3, can put rows there too. They must not become entries the
administrator signed: neither a forged event nor a signing key registered for someone.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from supervisor_app import cli
from supervisor_app.domain.people import RoleGrant
from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit
from supervisor_app.vault.db import transaction
from supervisor_app.vault.signing import Signer
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE

BRAM = ("bram", "stille-uil-telt-sterren-bram")
CARLA = ("carla", "stille-uil-telt-sterren-carla")


@pytest.fixture
def folder(admin_session: Session, tmp_path: Path) -> Path:
    people = PeopleService(admin_session)
    people.add_team("Team Noord")
    noord = people.team("Team Noord").id
    for name, passphrase in (BRAM, CARLA):
        people.add_user(name, [RoleGrant(Role.TEAM_LEAD, noord)], passphrase)
        unlock(admin_session.vault.folder, name, passphrase).lock()
    admin_session.lock()
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    return admin_session.vault.folder


def plant(folder: Path, action: str, subject: str, details: dict[str, Any]) -> None:
    vault = LockedVault.open(folder).unlock(*BRAM)
    conn = vault.connect()
    try:
        with transaction(conn):
            conn.execute(
                "INSERT INTO pending_audit (action, subject, details) VALUES (?, ?, ?)",
                (action, subject, json.dumps(details)),
            )
    finally:
        conn.close()
        vault.lock()


def entries_of(folder: Path, action: str) -> list[audit.AuditEntry]:
    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        return [e for e in audit.entries(session.conn) if e.action == action]
    finally:
        session.lock()


def test_a_planted_key_for_carla_is_not_signed_into_the_log(folder: Path, tmp_path: Path) -> None:
    fake = Signer.generate(CARLA[0])
    plant(
        folder,
        "retention_recomputed",
        "vault",
        {"schema_step": 9, audit.REGISTRATION_FIELD: [fake.registration()]},
    )
    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        registry = audit.key_registry(session.conn)
        assert fake.key_id not in registry.keys
        # What was planted is on record, without its contents, and nobody signed it in.
        [refused] = [e for e in audit.entries(session.conn) if e.action == "pending_audit_refused"]
        assert refused.details["action"] == "retention_recomputed"
        assert audit.REGISTRATION_FIELD not in json.dumps(refused.details)
        assert session.conn.execute("SELECT count(*) FROM pending_audit").fetchone()[0] == 0
    finally:
        session.lock()
    # Carla still opens the vault with her own key, and nobody can sign in her name.
    unlock(folder, *CARLA).lock()


def test_a_planted_event_is_not_signed_by_the_administrator(folder: Path) -> None:
    plant(folder, "notification_sent", "notification:1", {"channel": "outside", "note": "told"})
    assert entries_of(folder, "notification_sent") == []
    [refused] = entries_of(folder, "pending_audit_refused")
    assert refused.details == {
        "action": "notification_sent",
        "subject": "notification:1",
        "reason": "not an entry a schema migration writes",
    }


def test_a_migration_s_own_entry_is_still_written(folder: Path, tmp_path: Path) -> None:
    plant(folder, "retention_recomputed", "vault", {"schema_step": 9, "recordings": 3})
    [written] = entries_of(folder, "retention_recomputed")
    assert written.actor == ADMIN
    assert written.details == {"schema_step": 9, "recordings": 3, "by": "migration"}
    out = io.StringIO()
    args = ["log", "verify", "--vault", str(folder), "--user", ADMIN]
    code = cli.main(
        [*args, "--passphrase-file", str(tmp_path / "admin.pw")], stdin=io.StringIO(""), out=out
    )
    assert code == 0, out.getvalue()

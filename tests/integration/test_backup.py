"""Backups that forget too, in a real vault: consistent while an import runs, rotated, restored.

A backup made with SQLite's online backup API while an import stores recordings on another
thread holds whole recordings only, opens with the vault's key and passes SQLCipher's page
check. Rotation deletes this vault's backups past the period and keeps the newer ones (and
other vaults' backups). A restore purges at once what expired since the backup and logs the
restore with the backup's audit head.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from supervisor_app.domain.errors import AccessDenied, InputError
from supervisor_app.domain.roles import Role
from supervisor_app.services import setup
from supervisor_app.services.backup import BackupProgress, BackupService, Cancelled, restore
from supervisor_app.services.imports import ImportProgress, ImportService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit
from supervisor_app.vault import backup as vault_backup
from supervisor_app.vault.db import DB_FILE, Connection
from supervisor_app.vault.errors import DamagedVault, VaultError
from supervisor_app.vault.keyslots import SLOTS_FILE
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, FAST_KDF
from tests.integration.test_import_pipeline import (
    EVERYTHING,
    MONDAY,
    Call,
    prepare_vault,
    write_export,
)
from tests.integration.test_listen import as_user
from tests.integration.test_purge import build

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def at(moment: dt.datetime) -> Callable[[], dt.datetime]:
    return lambda: moment


def whole_recordings(conn: Connection) -> list[int]:
    """The ids of the stored recordings, after checking each one's audio is all there."""
    rows = conn.execute(
        "SELECT r.id, r.audio_size, (SELECT sum(length(data)) FROM audio_chunks c"
        " WHERE c.recording_id = r.id) FROM recordings r WHERE r.status = 'held' ORDER BY r.id"
    ).fetchall()
    assert all(size == total for _id, size, total in rows), "a recording lost audio"
    orphans = conn.execute(
        "SELECT count(*) FROM audio_chunks WHERE recording_id NOT IN (SELECT id FROM recordings)"
    ).fetchone()[0]
    assert orphans == 0
    purposes = conn.execute(
        "SELECT count(*) FROM recordings r WHERE NOT EXISTS"
        " (SELECT 1 FROM recording_purposes p WHERE p.recording_id = r.id)"
    ).fetchone()[0]
    assert purposes == 0
    return [int(r[0]) for r in rows]


# --- a consistent copy while an import runs ------------------------------------------------------


def test_a_backup_during_a_running_import_holds_only_whole_recordings(
    admin_session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepare_vault(admin_session, EVERYTHING)
    calls = [
        Call("queue", ("201", "202", "204")[n % 3], MONDAY + dt.timedelta(minutes=10 * n), 3.0)
        for n in range(40)
    ]
    monitor, cdr, _ = write_export(tmp_path / "export", calls)
    # Small steps, so the copy is taken in many steps while the import commits between them.
    monkeypatch.setattr(vault_backup, "PAGES_PER_STEP", 4)
    stored = threading.Condition()
    done: list[int] = [0]
    failure: list[BaseException] = []

    copy_started = threading.Event()

    def progressed(progress: ImportProgress) -> None:
        with stored:
            done[0] = progress.done
            stored.notify_all()
        if progress.done >= 3:
            # Wait (between commits) until the copy has begun: the backup first purges, and on
            # a fast machine the import would otherwise finish before the copy starts.
            copy_started.wait(timeout=60)

    def run_import() -> None:
        try:
            with admin_session.on_this_thread() as work:
                ImportService(work).run("freepbx", monitor, cdr, progress=progressed)
        except BaseException as exc:  # handed to the test thread
            failure.append(exc)

    importer = threading.Thread(target=run_import, name="import")
    importer.start()
    with stored:
        assert stored.wait_for(lambda: done[0] >= 3, timeout=120), "the import did not start"
    steps: list[BackupProgress] = []
    during: list[int] = []

    def copying(progress: BackupProgress) -> None:
        steps.append(progress)
        copy_started.set()
        if len(steps) == 2:
            # Let the import store more recordings while the copy is half made.
            with stored:
                seen = done[0]
                stored.wait_for(lambda: done[0] > seen + 1 or done[0] == len(calls), timeout=60)
                during.append(done[0] - seen)

    report = BackupService(admin_session).make(tmp_path / "backups", progress=copying)
    importer.join(timeout=300)
    assert not importer.is_alive() and not failure, failure
    assert len(steps) > 2 and steps[-1].done == steps[-1].total
    assert during and during[0] > 0, "the import stored nothing while the backup ran"

    # The copy opens with the vault's key, every page checks out, and each recording is whole.
    copy = admin_session.vault.connect_copy(report.path / DB_FILE)
    try:
        assert copy.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        in_copy = whole_recordings(copy)
        assert audit.head(copy) == (report.manifest.head_seq, report.manifest.head_hash)
        assert audit.verify(copy).intact
    finally:
        copy.close()
    in_vault = whole_recordings(admin_session.conn)
    assert len(in_vault) == len(calls)
    assert 0 < len(in_copy) < len(in_vault)  # a moment in the middle of the import
    assert set(in_copy) <= set(in_vault)

    # It is a vault folder: a copy of it unlocks with the same passphrase.
    opened = tmp_path / "opened"
    shutil.copytree(report.path, opened)
    session = unlock(opened, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert whole_recordings(session.conn) == in_copy
        assert audit.verify(session.conn).intact
    finally:
        session.lock()


def test_a_backup_writes_a_description_and_logs_itself(
    admin_session: Session, tmp_path: Path
) -> None:
    report = BackupService(admin_session, at(NOW)).make(tmp_path / "backups")
    names = sorted(p.name for p in report.path.iterdir())
    assert names == sorted([DB_FILE, SLOTS_FILE, vault_backup.MANIFEST])
    manifest = json.loads((report.path / vault_backup.MANIFEST).read_text())
    assert manifest["vault_id"] == admin_session.vault.vault_id
    assert manifest["audit_head"]["seq"] == report.manifest.head_seq
    assert report.path.name.startswith(f"vault-{admin_session.vault.vault_id[:8]}-")
    assert NOW.strftime("%Y-%m-%d") in report.path.name
    # Not plaintext: the copy is as unreadable without the key as the vault.
    assert not (report.path / DB_FILE).read_bytes().startswith(b"SQLite format 3")
    entry = audit.entries(admin_session.conn, limit=1)[0]
    assert (
        entry.action == "vault_backed_up"
        and entry.details["head_seq"] == manifest["audit_head"]["seq"]
    )
    assert entry.signer is not None


def test_a_cancelled_backup_leaves_nothing(admin_session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    with pytest.raises(Cancelled):
        BackupService(admin_session).make(folder, cancel=lambda: True)
    assert list(folder.iterdir()) == []


def test_who_may_back_up_and_for_how_long(admin_session: Session, tmp_path: Path) -> None:
    prepare_vault(admin_session, EVERYTHING)  # retention 30 and 90 days
    service = BackupService(admin_session)
    assert (service.keep_days().default, service.keep_days().maximum) == (30, 90)
    with pytest.raises(InputError, match="at most 90 days"):
        service.make(tmp_path / "backups", keep_days=91)
    with pytest.raises(InputError, match="outside the vault folder"):
        service.make(admin_session.vault.folder / "backups")
    lead = as_user(admin_session, "bram", Role.TEAM_LEAD, ["Team Noord"])
    with pytest.raises(AccessDenied):
        BackupService(lead).make(tmp_path / "backups")
    auditor = as_user(admin_session, "olga", Role.AUDITOR, [])
    assert BackupService(auditor).make(tmp_path / "backups").keep_days == 30


# --- rotation -------------------------------------------------------------------------------------


def test_rotation_deletes_the_older_backups_and_keeps_the_newer(
    admin_session: Session, tmp_path: Path
) -> None:
    prepare_vault(admin_session, EVERYTHING)  # retention 30 and 90 days
    folder = tmp_path / "backups"
    made = {
        age: BackupService(admin_session, at(NOW - dt.timedelta(days=age)))
        .make(folder, keep_days=90)
        .path.name
        for age in (45, 31, 20, 2)
    }
    assert {p.name for p in folder.iterdir()} == set(made.values())  # 90 days: all kept
    # Another vault's backup in the same folder is not this vault's to delete.
    other, _ = setup.create(tmp_path / "other", ADMIN, ADMIN_PASSPHRASE, kdf=FAST_KDF)
    try:
        foreign = BackupService(other, at(NOW - dt.timedelta(days=60))).make(folder).path.name
    finally:
        other.lock()

    newest = BackupService(admin_session, at(NOW)).make(folder, keep_days=30)
    remaining = {p.name for p in folder.iterdir()}
    assert remaining == {newest.path.name, made[20], made[2], foreign}
    assert sorted(newest.deleted) == sorted([made[45], made[31]])
    logged = audit.entries(admin_session.conn, limit=1)[0]
    assert logged.action == "vault_backed_up"
    assert sorted(logged.details["deleted"]) == sorted(newest.deleted)


def test_rotation_by_the_policy_keeps_backups_within_the_shortest_retention(
    admin_session: Session, tmp_path: Path
) -> None:
    prepare_vault(admin_session, EVERYTHING)  # shortest retention: 30 days
    folder = tmp_path / "backups"
    old = BackupService(admin_session, at(NOW - dt.timedelta(days=30))).make(folder)
    recent = BackupService(admin_session, at(NOW - dt.timedelta(days=29))).make(folder)
    newest = BackupService(admin_session, at(NOW)).make(folder)
    assert newest.keep_days == 30
    assert newest.deleted == (old.path.name,)
    assert sorted(p.name for p in folder.iterdir()) == sorted([recent.path.name, newest.path.name])


# --- restore -------------------------------------------------------------------------------------


LATER = dt.timedelta(days=12)  # the training calls' 30 days pass; the campaign calls stay


def test_a_restore_purges_what_expired_since_and_logs_the_backup_s_head(
    admin_session: Session, tmp_path: Path
) -> None:
    vault = build(admin_session, tmp_path / "export")
    folder = admin_session.vault.folder
    report = BackupService(admin_session, at(NOW)).make(tmp_path / "backups")
    # Work after the backup: gone again once the backup is restored.
    audit_after = audit.head(admin_session.conn)
    vault.lead.lock()
    admin_session.lock()

    restored = restore(
        report.path,
        folder,
        user=ADMIN,
        secret=ADMIN_PASSPHRASE,
        replace=True,
        clock=at(NOW + LATER),
    )
    session = restored.session
    try:
        conn = session.conn
        gone = {
            int(r[0]): r[1]
            for r in conn.execute("SELECT id, status FROM recordings ORDER BY id").fetchall()
        }
        assert all(gone[r] == "purged" for r in vault.training)
        assert all(gone[r] == "held" for r in vault.campaign)
        assert restored.purge.purged == tuple(sorted(vault.training))
        entries = {e.action: e for e in audit.entries(conn)}
        restore_entry = entries["vault_restored"]
        assert restore_entry.details["backup_head"] == {
            "seq": report.manifest.head_seq,
            "hash": report.manifest.head_hash,
        }
        assert restore_entry.details["backup"] == report.path.name
        assert restore_entry.signer is not None
        # The restore entry comes right after the unlock that follows the backup's head,
        # and the purge after it.
        order = [e.action for e in reversed(audit.entries(conn))]
        at_head = report.manifest.head_seq
        assert order[at_head : at_head + 3] == ["unlock", "vault_restored", "purge"]
        assert audit.head(conn)[0] < audit_after[0] + 3
        assert audit.verify(conn).intact
        # The vault it replaced is kept next to it, and says so.
        assert restored.set_aside is not None and restored.set_aside.parent == folder.parent
        assert (restored.set_aside / DB_FILE).exists()
        assert restore_entry.details["replaced"] == restored.set_aside.name
    finally:
        session.lock()


def test_a_restore_refuses_what_it_must_not_do_and_changes_nothing(
    admin_session: Session, tmp_path: Path
) -> None:
    folder = admin_session.vault.folder
    auditor = as_user(admin_session, "olga", Role.AUDITOR, [])  # no administrator
    auditor.lock()
    report = BackupService(admin_session).make(tmp_path / "backups")

    def restoring(**kwargs: object) -> None:
        restore(report.path, folder, user=ADMIN, secret=ADMIN_PASSPHRASE, **kwargs)  # type: ignore[arg-type]

    # Open in this very program.
    with pytest.raises(VaultError, match="open in this program"):
        restoring(replace=True)
    admin_session.lock()
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    with pytest.raises(InputError, match="already holds a vault"):
        restoring()
    with pytest.raises(AccessDenied):
        restore(
            report.path, folder, user="olga", secret="stille-uil-telt-sterren-olga", replace=True
        )
    # A damaged backup is found out before the vault is touched.
    damaged = tmp_path / "damaged"
    shutil.copytree(report.path, damaged)
    data = bytearray((damaged / DB_FILE).read_bytes())
    data[-100] ^= 0xFF
    (damaged / DB_FILE).write_bytes(bytes(data))
    with pytest.raises(DamagedVault, match="damaged"):
        restore(damaged, folder, user=ADMIN, secret=ADMIN_PASSPHRASE, replace=True)
    with pytest.raises(VaultError, match="not a vault backup"):
        restore(tmp_path, folder, user=ADMIN, secret=ADMIN_PASSPHRASE, replace=True)
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert after == before
    leftovers = [p.name for p in folder.parent.iterdir() if ".restoring-" in p.name]
    assert leftovers == []


def test_a_restore_into_a_new_folder_with_the_recovery_key(
    new_vault: tuple[Session, str], tmp_path: Path
) -> None:
    session, recovery = new_vault
    report = BackupService(session).make(tmp_path / "backups")
    restored = restore(report.path, tmp_path / "elsewhere", user="", secret=recovery, recovery=True)
    try:
        assert restored.set_aside is None
        assert restored.session.is_recovery
        # Nothing was due to be purged, so the restore is the newest entry.
        newest = [e.action for e in audit.entries(restored.session.conn, limit=2)]
        assert newest == ["vault_restored", "unlock"]
    finally:
        restored.session.lock()

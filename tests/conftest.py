"""Shared fixtures: a real SQLCipher vault in a temp folder, with cheap key derivation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from supervisor_app import paths
from supervisor_app.services import setup
from supervisor_app.services.session import Session
from supervisor_app.vault.keyslots import KdfParams

# Real Argon2id, with the smallest cost: the code path is the same, the tests stay fast.
# bench/unlock.py measures the real, calibrated cost.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
ADMIN = "admin"
ADMIN_PASSPHRASE = "paarse-olifant-fietst-morgen"
STRONG_PASSPHRASE = "groene-trein-zingt-zachtjes"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep every test away from the real user folders (settings, logs, demo vault)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    return home


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """A folder path for a new vault (not yet created)."""
    return tmp_path / "vault"


@pytest.fixture
def new_vault(vault_dir: Path) -> Iterator[tuple[Session, str]]:
    """A freshly created vault: the administrator's open session and the recovery key."""
    session, recovery = setup.create(vault_dir, ADMIN, ADMIN_PASSPHRASE, kdf=FAST_KDF)
    yield session, recovery
    session.lock()


@pytest.fixture
def admin_session(new_vault: tuple[Session, str]) -> Session:
    """The administrator's session on a new vault."""
    return new_vault[0]


@pytest.fixture(autouse=True)
def fast_recalibration(monkeypatch: pytest.MonkeyPatch) -> None:
    """A passphrase change recalibrates Argon2id; tests get FAST_KDF instead of measuring.

    tests/unit/test_keyslots.py checks the real calibration with an injected timer.
    """
    monkeypatch.setattr("supervisor_app.services.people.calibrated_kdf", lambda: FAST_KDF)

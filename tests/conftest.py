"""Shared fixtures: a real SQLCipher vault in a temp folder, with cheap key derivation."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from supervisor_app import paths
from supervisor_app.services import demo, setup
from supervisor_app.services.session import Session
from supervisor_app.vault import db
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


class GuiThreadQuery(AssertionError):
    """The window's own code reached the vault on the GUI thread (it must ask the worker)."""


def no_vault_on_the_gui_thread() -> None:
    """The debug check: fail when code of supervisor_app.ui touches the vault on the GUI thread.

    Test code may use the vault on the main thread to set up and to check; the windows may
    not, so the check looks for a frame of the ui package on the stack.
    """
    if threading.current_thread() is not threading.main_thread():
        return
    frame = sys._getframe(1)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("supervisor_app.ui."):
            raise GuiThreadQuery(
                f"{module}.{frame.f_code.co_name} (line {frame.f_lineno}) reached the vault "
                "on the GUI thread; run it through the operations layer instead"
            )
        frame = frame.f_back  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def english_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks English unless a test asks for Dutch (--lang or LANG)."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def vault_off_the_gui_thread() -> Iterator[None]:
    """The debug check is on in every test."""
    db.set_guard(no_vault_on_the_gui_thread)
    yield
    db.set_guard(None)


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


@pytest.fixture(scope="session")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo FreePBX export dated to the past week: its recordings folder and CDR file."""
    return demo.write_demo_export(tmp_path_factory.mktemp("demo") / "export")

"""GUI fixtures: a controller on a real vault with cheap key derivation and a short idle lock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from supervisor_app import paths
from supervisor_app.domain.people import Language
from supervisor_app.domain.roles import Role
from supervisor_app.services.people import PeopleService
from supervisor_app.services.registry import Services
from supervisor_app.services.session import Session
from supervisor_app.services.settings import Settings
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.policy.policy_editor import PolicyEditor
from supervisor_app.ui.policy.policy_widgets import Input, LocalTextInput
from supervisor_app.ui.session.controller import AppController
from supervisor_app.ui.session.main_window import MainWindow
from supervisor_app.ui.words import time_format
from tests.conftest import FAST_KDF, STRONG_PASSPHRASE

# Long enough that no test locks by accident while it clicks; tests of the idle lock
# pass their own short interval.
DEFAULT_IDLE_MS = 60_000
TEAM_LEAD = "bram"
TEAM_LEAD_PASSPHRASE = STRONG_PASSPHRASE

MakeController = Callable[..., AppController]
T = TypeVar("T")
# Generous: a loaded CI machine can take seconds for an import or a rekey.
SETTLE_MS = 15_000


@pytest.fixture(autouse=True)
def computer_clock() -> Iterator[None]:
    """Each test starts and ends on the computer's clock (an unlocked policy sets its own)."""
    time_format.use_zone(None)
    yield
    time_format.use_zone(None)


@pytest.fixture
def make_controller(qtbot: QtBot) -> Iterator[MakeController]:
    """Build AppControllers (FAST_KDF, injectable idle interval) and shut them down afterwards."""
    made: list[AppController] = []

    def make(folder: Path, *, idle_ms: int = DEFAULT_IDLE_MS, demo: bool = False) -> AppController:
        controller = AppController(
            folder, Settings(), paths.config_dir(), demo=demo, kdf=FAST_KDF, idle_ms=idle_ms
        )
        qtbot.addWidget(controller.unlock_window)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        if controller.wizard is not None:
            controller.wizard.close()
        controller.deleteLater()


@pytest.fixture
def vault_with_people(new_vault: tuple[Session, str]) -> Path:
    """A locked vault with two teams, a team lead of one and an agent in each."""
    session, _recovery = new_vault
    people = PeopleService(session)
    people.add_team("Team Noord")
    people.add_team("Team Zuid")
    people.add_user(
        TEAM_LEAD,
        people.grants_for([Role.TEAM_LEAD], ["Team Noord"]),
        TEAM_LEAD_PASSPHRASE,
        "Bram Jansen",
    )
    people.add_agent("Fatima El Amrani", ["201"], "Team Noord", language=Language.NL)
    people.add_agent("Ivo de Boer", ["204"], "Team Zuid", language=Language.NL)
    folder = session.vault.folder
    session.lock()
    return folder


def unlock(qtbot: QtBot, controller: AppController, name: str, passphrase: str) -> MainWindow:
    """Sign in through the unlock screen and return the main window."""
    window = controller.unlock_window
    window.user_combo.setCurrentText(name)
    window.passphrase_edit.setText(passphrase)
    # The button waits disabled while the vault worker finishes earlier work (a lock, say).
    qtbot.waitUntil(window.unlock_button.isEnabled, timeout=SETTLE_MS)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    assert controller.main_window is not None
    return controller.main_window


def _ops(where: MainWindow | Ops) -> Ops:
    return where.ops if isinstance(where, MainWindow) else where


def settle(qtbot: QtBot, where: MainWindow | Ops, timeout: int = SETTLE_MS) -> None:
    """Wait until the vault worker has answered everything asked, and what the answers asked.

    Pages query the worker and show the result when it comes back (ui/core/operations.py); a
    test that clicks and then looks waits here in between.
    """
    runner = _ops(where).runner
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)


def on_worker(where: MainWindow | Ops, op: Callable[[Services], T]) -> T:
    """Run op with the window's services on the vault worker (the thread of its connection).

    For a test that sets up or checks the vault behind a window's back; the window itself
    never does this (it would freeze).
    """
    ops = _ops(where)
    services = ops.services
    return ops.runner.run_blocking(lambda: op(services))


W = TypeVar("W", bound=QWidget)


def policy_field(editor: PolicyEditor, key: str, kind: type[W]) -> W:
    """The widget of a policy field outside the purposes, e.g. ``sampling.rate``."""
    widget = editor.input(key).widget
    assert isinstance(widget, kind), f"{key} is a {type(widget).__name__}"
    return widget


def purpose_field(editor: PolicyEditor, name: str, kind: type[W]) -> W:
    """The widget of a field of the purpose shown, e.g. ``retention_days``."""
    widget = editor.purposes.inputs[name].widget
    assert isinstance(widget, kind), f"{name} is a {type(widget).__name__}"
    return widget


def text_box(field_input: Input, language: str) -> QLineEdit | QPlainTextEdit:
    """The box of one language of a text written per language."""
    assert isinstance(field_input, LocalTextInput)
    return field_input.editors[language]

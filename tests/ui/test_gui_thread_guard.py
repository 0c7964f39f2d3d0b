"""The debug check on in every test: the windows' code may not touch the vault on the GUI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from supervisor_app.services import session as session_service
from supervisor_app.services.registry import Services
from supervisor_app.services.session import Session
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.core.tasks import TaskRunner
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, GuiThreadQuery
from tests.ui.conftest import settle


@pytest.fixture
def ops(new_vault: tuple[Session, str]) -> Iterator[Ops]:
    """An administrator's session opened on the vault worker, as the app opens it."""
    session, _ = new_vault
    folder: Path = session.vault.folder
    session.lock()
    runner = TaskRunner()
    worker = runner.run_blocking(lambda: session_service.unlock(folder, ADMIN, ADMIN_PASSPHRASE))
    yield Ops(runner, Services.for_session(worker))
    runner.run_blocking(worker.lock)
    runner.shutdown()


def test_a_query_through_the_operations_layer_passes(qtbot: QtBot, ops: Ops) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    counted: list[int] = []
    ops.query(page, lambda s: s.recordings.count(), counted.append)
    settle(qtbot, ops)
    assert counted == [0]


def test_a_page_that_reads_the_vault_on_the_gui_thread_fails_the_test(
    qtbot: QtBot, new_vault: tuple[Session, str]
) -> None:
    """The mistake the check exists for: vault work in code of ui/, on the GUI thread.

    Here a result callback (which runs on the GUI thread, called from ui/core/tasks.py) reads
    the vault itself instead of asking the worker. The session is opened on this thread so
    that only the check, not SQLite's own thread rule, can stop it.
    """
    session, _ = new_vault
    runner = TaskRunner()
    ops = Ops(runner, Services.for_session(session))
    page = QWidget()
    qtbot.addWidget(page)

    def done(_none: None) -> None:
        session.conn.execute("SELECT 1")  # the mistake

    with qtbot.captureExceptions() as raised:
        ops.query(page, lambda s: None, done)
        settle(qtbot, ops)
    runner.shutdown()
    assert [kind for kind, _value, _tb in raised] == [GuiThreadQuery]
    assert "supervisor_app.ui.core.tasks" in str(raised[0][1])

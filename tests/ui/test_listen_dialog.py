"""The listen dialog: only the purposes the gate allows, a required reason, denials explained."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervisor_app.services.listening import MIN_REASON_CHARS
from supervisor_app.services.registry import Services
from supervisor_app.services.session import Session
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.core.tasks import TaskRunner
from supervisor_app.ui.player.listen_dialog import ListenDialog
from supervisor_app.vault import audit
from tests.integration.test_listen import REASON, Vault, build_vault
from tests.ui.conftest import on_worker, settle

OpsFor = Callable[[Session], Ops]


@contextmanager
def worker_ops(session: Session) -> Iterator[Ops]:
    """Operations for session's user as an unlock builds them: on a vault worker of their own.

    The worker opens its own connection with session's key, so the test's session stays on
    the main thread to set up and check, while the window's work runs on the worker.
    """
    runner = TaskRunner()
    worker = runner.run_blocking(
        lambda: Session(session.vault, session.user, session.vault.connect())
    )
    try:
        yield Ops(runner, Services.for_session(worker))
    finally:
        runner.wait()
        runner.run_blocking(worker.conn.close)
        runner.shutdown()


@contextmanager
def ops_maker() -> Iterator[OpsFor]:
    """Make worker operations for any number of sessions; all end with the block."""
    with ExitStack() as stack:
        yield lambda session: stack.enter_context(worker_ops(session))


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    """Policy, agents and three imported recordings; a team lead and a coach of Team Noord."""
    return build_vault(admin_session, tmp_path)


@pytest.fixture
def ops_for(vault: Vault) -> Iterator[OpsFor]:
    """Worker operations for the vault's sessions (closed before the vault locks)."""
    with ops_maker() as make:
        yield make


def make_dialog(qtbot: QtBot, ops: Ops, recording_id: int) -> ListenDialog:
    """The dialog as the listen flow opens it: with what the gate allows, asked on the worker."""
    purposes = on_worker(ops, lambda s: s.listening.options(recording_id))
    dialog = ListenDialog(ops, recording_id, purposes, "Fatima El Amrani")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def offered(dialog: ListenDialog) -> list[str]:
    combo = dialog.purpose_combo
    return [str(combo.itemData(i)) for i in range(combo.count())]


def sessions(vault: Vault) -> int:
    return int(vault.admin.conn.execute("SELECT count(*) FROM listen_sessions").fetchone()[0])


def test_only_purposes_the_gate_allows_are_offered(
    qtbot: QtBot, vault: Vault, ops_for: OpsFor
) -> None:
    lead, coach = ops_for(vault.lead), ops_for(vault.coach)
    assert offered(make_dialog(qtbot, lead, vault.campaign)) == ["training", "dispute"]
    assert offered(make_dialog(qtbot, coach, vault.campaign)) == ["training"]
    assert offered(make_dialog(qtbot, lead, vault.noord)) == ["training"]


def test_without_an_allowed_purpose_the_dialog_explains_and_offers_nothing(
    qtbot: QtBot, vault: Vault, ops_for: OpsFor
) -> None:
    # Team Zuid's call, for a team lead of Team Noord; and an administrator who may not listen.
    for session, recording in ((vault.lead, vault.zuid), (vault.admin, vault.noord)):
        dialog = make_dialog(qtbot, ops_for(session), recording)
        assert offered(dialog) == []
        assert not dialog.ok_button.isVisible()
        assert not dialog.reason_edit.isVisible()
        texts = " ".join(label.text() for label in dialog.fields.findChildren(type(dialog.error)))
        assert "cannot listen to this recording" in texts
        assert "team you lead or coach" in texts


def test_a_short_reason_is_refused_and_the_length_shows_live(
    qtbot: QtBot, vault: Vault, ops_for: OpsFor
) -> None:
    ops = ops_for(vault.lead)
    dialog = make_dialog(qtbot, ops, vault.noord)
    # The purpose comes chosen: the dialog opens in Reason, and Tab goes on top to bottom.
    assert dialog.focusWidget() is dialog.reason_edit
    assert not dialog.ok_button.isEnabled()
    assert dialog.count_label.text() == f"0 characters (at least {MIN_REASON_CHARS})"

    qtbot.keyClicks(dialog.reason_edit, "too   short")  # runs of spaces count once
    assert dialog.count_label.text() == f"9 characters (at least {MIN_REASON_CHARS})"
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert dialog.isVisible() and dialog.listen is None and sessions(vault) == 0

    qtbot.keyClicks(dialog.reason_edit, "!")
    assert dialog.ok_button.isEnabled()


def test_listen_opens_a_logged_session_before_any_player(
    qtbot: QtBot, vault: Vault, ops_for: OpsFor
) -> None:
    ops = ops_for(vault.lead)
    dialog = make_dialog(qtbot, ops, vault.campaign)
    assert dialog.case_edit.isHidden()  # training asks for no case reference
    dialog.purpose_combo.setCurrentIndex(offered(dialog).index("dispute"))
    dialog.reason_edit.setPlainText(REASON)
    # A dispute listen names its case: without it the button stays off.
    assert not dialog.case_edit.isHidden() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.case_edit, "DOS-2026-17")
    assert dialog.ok_button.isEnabled()

    # Enter in the reason box makes a new line; Ctrl+Enter listens.
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    listen = dialog.listen
    assert listen is not None and listen.purpose.id == "dispute" and listen.reason == REASON
    row = vault.admin.conn.execute(
        "SELECT state, purpose_id, case_reference FROM listen_sessions"
    ).fetchone()
    assert tuple(row) == ("open", "dispute", "DOS-2026-17")
    assert audit.entries(vault.admin.conn)[0].action == "listen_started"
    on_worker(ops, lambda _s: listen.close())


def test_a_denial_shows_the_gates_sentence_and_is_logged(
    qtbot: QtBot, vault: Vault, ops_for: OpsFor
) -> None:
    ops = ops_for(vault.coach)
    dialog = make_dialog(qtbot, ops, vault.campaign)
    # As if the policy changed while the dialog was open: the gate decides again on Listen.
    dialog.purpose_combo.addItem("Disputes", "dispute")
    dialog.purpose_combo.setCurrentIndex(1)
    dialog.reason_edit.setPlainText(REASON)

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)

    assert dialog.isVisible() and dialog.listen is None
    assert dialog.error.isVisible()
    assert "does not let your role listen" in dialog.error.text()
    last = audit.entries(vault.admin.conn)[0]
    assert (last.action, last.details["purpose"]) == ("access_denied", "dispute")
    assert sessions(vault) == 0

"""The listen dialog: only the purposes the gate allows, a required reason, denials explained."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervisor_app.services.listening import MIN_REASON_CHARS, ListeningService
from supervisor_app.services.session import Session
from supervisor_app.ui.listen_dialog import ListenDialog
from supervisor_app.vault import audit
from tests.integration.test_listen import REASON, Vault, build_vault


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    """Policy, agents and three imported recordings; a team lead and a coach of Team Noord."""
    return build_vault(admin_session, tmp_path)


def make_dialog(qtbot: QtBot, session: Session, recording_id: int) -> ListenDialog:
    dialog = ListenDialog(ListeningService(session), recording_id, "Fatima El Amrani")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def offered(dialog: ListenDialog) -> list[str]:
    combo = dialog.purpose_combo
    return [str(combo.itemData(i)) for i in range(combo.count())]


def sessions(vault: Vault) -> int:
    return int(vault.admin.conn.execute("SELECT count(*) FROM listen_sessions").fetchone()[0])


def test_only_purposes_the_gate_allows_are_offered(qtbot: QtBot, vault: Vault) -> None:
    assert offered(make_dialog(qtbot, vault.lead, vault.campaign)) == ["training", "dispute"]
    assert offered(make_dialog(qtbot, vault.coach, vault.campaign)) == ["training"]
    assert offered(make_dialog(qtbot, vault.lead, vault.noord)) == ["training"]


def test_without_an_allowed_purpose_the_dialog_explains_and_offers_nothing(
    qtbot: QtBot, vault: Vault
) -> None:
    # Team Zuid's call, for a team lead of Team Noord; and an administrator who may not listen.
    for session, recording in ((vault.lead, vault.zuid), (vault.admin, vault.noord)):
        dialog = make_dialog(qtbot, session, recording)
        assert offered(dialog) == []
        assert not dialog.ok_button.isVisible()
        assert not dialog.reason_edit.isVisible()
        texts = " ".join(label.text() for label in dialog.fields.findChildren(type(dialog.error)))
        assert "cannot listen to this recording" in texts
        assert "team you lead or coach" in texts


def test_a_short_reason_is_refused_and_the_length_shows_live(qtbot: QtBot, vault: Vault) -> None:
    dialog = make_dialog(qtbot, vault.lead, vault.noord)
    assert not dialog.ok_button.isEnabled()
    assert dialog.count_label.text() == f"0 characters (at least {MIN_REASON_CHARS})"

    qtbot.keyClicks(dialog.reason_edit, "too   short")  # runs of spaces count once
    assert dialog.count_label.text() == f"9 characters (at least {MIN_REASON_CHARS})"
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.listen is None and sessions(vault) == 0

    qtbot.keyClicks(dialog.reason_edit, "!")
    assert dialog.ok_button.isEnabled()


def test_listen_opens_a_logged_session_before_any_player(qtbot: QtBot, vault: Vault) -> None:
    dialog = make_dialog(qtbot, vault.lead, vault.campaign)
    assert dialog.case_edit.isHidden()  # training asks for no case reference
    dialog.purpose_combo.setCurrentIndex(offered(dialog).index("dispute"))
    dialog.reason_edit.setPlainText(REASON)
    # A dispute listen names its case: without it the button stays off.
    assert not dialog.case_edit.isHidden() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.case_edit, "DOS-2026-17")
    assert dialog.ok_button.isEnabled()

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    listen = dialog.listen
    assert listen is not None and listen.purpose.id == "dispute" and listen.reason == REASON
    row = vault.admin.conn.execute(
        "SELECT state, purpose_id, case_reference FROM listen_sessions"
    ).fetchone()
    assert tuple(row) == ("open", "dispute", "DOS-2026-17")
    assert audit.entries(vault.admin.conn)[0].action == "listen_started"
    listen.close()


def test_a_denial_shows_the_gates_sentence_and_is_logged(qtbot: QtBot, vault: Vault) -> None:
    dialog = make_dialog(qtbot, vault.coach, vault.campaign)
    # As if the policy changed while the dialog was open: the gate decides again on Listen.
    dialog.purpose_combo.addItem("Disputes", "dispute")
    dialog.purpose_combo.setCurrentIndex(1)
    dialog.reason_edit.setPlainText(REASON)

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.listen is None
    assert dialog.error.isVisible()
    assert "does not let your role listen" in dialog.error.text()
    last = audit.entries(vault.admin.conn)[0]
    assert (last.action, last.details["purpose"]) == ("access_denied", "dispute")
    assert sessions(vault) == 0

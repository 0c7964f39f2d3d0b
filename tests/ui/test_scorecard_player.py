"""Scoring and notes in the player, driven as a team lead drives them, in English and Dutch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from supervisor_app.audio.sinks import MemorySink
from supervisor_app.domain.coaching import Outcome, ScorecardState
from supervisor_app.services.coaching import CoachingService
from supervisor_app.services.session import Session
from supervisor_app.ui.coaching.note_dialog import NoteDialog
from supervisor_app.ui.coaching.scorecard_panel import OUTCOMES, ScorecardPanel
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.player.player_window import PlayerWindow
from tests.integration.test_listen import CASE, REASON, Vault, build_vault
from tests.ui.conftest import on_worker, settle
from tests.ui.requests_fixtures import speaking
from tests.ui.test_listen_dialog import worker_ops

RATE = 8000  # the test recordings' sample rate
# The first expectation of the example policy's protocol, as Fatima (Dutch) received it.
FIRST_NL = "Wees altijd beleefd en geduldig, ook als de beller dat niet is."


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    return build_vault(admin_session, tmp_path)


@pytest.fixture
def lead_ops(vault: Vault) -> Iterator[Ops]:
    with worker_ops(vault.lead) as ops:
        yield ops


def open_player(qtbot: QtBot, ops: Ops, recording: int, purpose: str = "training") -> PlayerWindow:
    case = CASE if purpose == "dispute" else ""
    listen = on_worker(ops, lambda s: s.listening.open(recording, purpose, REASON, case))
    window = PlayerWindow(ops, listen, MemorySink)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def loaded(qtbot: QtBot, window: PlayerWindow) -> ScorecardPanel:
    panel = window.scorecard
    assert panel is not None
    qtbot.waitUntil(lambda: panel.card is not None)
    return panel


def write_note(qtbot: QtBot, panel: ScorecardPanel, text: str) -> None:
    dialog = panel.note_dialog
    assert isinstance(dialog, NoteDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.text_edit, text)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def close(qtbot: QtBot, window: PlayerWindow, ops: Ops) -> None:
    window.reject()
    settle(qtbot, ops)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_scoring_and_notes_in_the_player(
    qtbot: QtBot, vault: Vault, lead_ops: Ops, language: str, tmp_path: Path
) -> None:
    with speaking(language):
        window = open_player(qtbot, lead_ops, vault.noord)
        panel = loaded(qtbot, window)
        assert panel.card is not None and panel.card.id is None  # nothing stored yet
        assert len(panel.rows) == 5
        # The expectations as the agent received them, in her language (Dutch), whatever
        # language the screen speaks.
        assert panel.rows[0].label.text() == f"1. {FIRST_NL}"
        assert not panel.share_button.isEnabled()

        # Judge the first criterion with the keyboard, and write a comment with an "n" in it:
        # typing in the comment must not add a note.
        first = panel.rows[0]
        first.outcome.setFocus()
        qtbot.keyClick(first.outcome, Qt.Key.Key_Down)  # Not judged yet → Met
        settle(qtbot, lead_ops)
        qtbot.keyClicks(first.comment, "Warm and calm, not hurried")
        qtbot.keyClick(first.comment, Qt.Key.Key_Return)
        settle(qtbot, lead_ops)
        assert panel.note_dialog is None
        card = panel.card
        assert card.id is not None and card.criteria[0].outcome is Outcome.MET
        assert card.criteria[0].comment == "Warm and calm, not hurried"

        # N at the playhead: 5 s in after one step forward.
        window.waveform.setFocus()
        qtbot.keyClick(window, Qt.Key.Key_Right)
        qtbot.keyClick(window, Qt.Key.Key_N)
        write_note(qtbot, panel, "Greets the caller by name")
        settle(qtbot, lead_ops)
        assert window.waveform.markers == [5 * RATE]

        # A double click on the waveform notes that moment.
        view = window.waveform
        x = view.width() * 3 // 4
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=QPoint(x, 20))
        at = view.frame_at(x)
        write_note(qtbot, panel, "Forgets to repeat the amount")
        settle(qtbot, lead_ops)
        assert view.markers == sorted([5 * RATE, round(at / RATE * 1000) * RATE // 1000])
        assert panel.notes_list.count() == 2

        # A note in the list jumps the player to it; so does a click near a marker.
        player = window.player
        assert player is not None
        player.seek(0)
        item = panel.notes_list.item(0)
        qtbot.mouseClick(
            panel.notes_list.viewport(),
            Qt.MouseButton.LeftButton,
            pos=panel.notes_list.visualItemRect(item).center(),
        )
        assert player.position == 5 * RATE
        player.seek(0)
        marker_x = round(view.x_of(view.markers[1])) + 2
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(marker_x, 30))
        assert player.position == view.markers[1]

        window.grab().save(str(tmp_path / f"player-scorecard-{language}.png"))

        # Judge the rest, then share: the scorecard is fixed.
        for row in panel.rows[1:]:
            row.outcome.setFocus()
            qtbot.keyClick(row.outcome, Qt.Key.Key_Down)
            qtbot.keyClick(row.outcome, Qt.Key.Key_Down)  # Partly met
            settle(qtbot, lead_ops)
        assert panel.share_button.isEnabled()
        qtbot.mouseClick(panel.share_button, Qt.MouseButton.LeftButton)
        box = next(w for w in panel.findChildren(QMessageBox) if w.isVisible())
        share = next(
            b
            for b in box.findChildren(QPushButton)
            if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
        )
        qtbot.mouseClick(share, Qt.MouseButton.LeftButton)
        settle(qtbot, lead_ops)
        shared = panel.card
        assert shared is not None and shared.state is ScorecardState.SHARED
        assert not panel.rows[0].outcome.isEnabled() and not panel.add_note_button.isEnabled()
        window.grab().save(str(tmp_path / f"player-shared-{language}.png"))
        close(qtbot, window, lead_ops)

    # What the vault holds is what was done on screen.
    stored = CoachingService(vault.lead).scorecard(shared.id or 0)
    assert [c.outcome for c in stored.criteria] == [Outcome.MET] + [Outcome.PARTLY] * 4
    assert [n.text for n in stored.notes] == [
        "Greets the caller by name",
        "Forgets to repeat the amount",
    ]


def test_a_listen_for_a_purpose_that_is_not_coaching_has_no_scorecard(
    qtbot: QtBot, vault: Vault, lead_ops: Ops
) -> None:
    window = open_player(qtbot, lead_ops, vault.campaign, "dispute")
    assert window.scorecard is None
    # N does nothing there: no note, no dialog.
    qtbot.keyClick(window, Qt.Key.Key_N)
    close(qtbot, window, lead_ops)
    assert vault.admin.conn.execute("SELECT count(*) FROM scorecards").fetchone()[0] == 0


def test_scoring_the_same_call_again_continues_the_draft(
    qtbot: QtBot, vault: Vault, lead_ops: Ops
) -> None:
    window = open_player(qtbot, lead_ops, vault.noord)
    panel = loaded(qtbot, window)
    panel.rows[2].outcome.setFocus()
    qtbot.keyClick(panel.rows[2].outcome, Qt.Key.Key_Down)
    qtbot.keyClick(panel.rows[2].outcome, Qt.Key.Key_Down)
    qtbot.keyClick(panel.rows[2].outcome, Qt.Key.Key_Down)  # Not met
    settle(qtbot, lead_ops)
    close(qtbot, window, lead_ops)

    again = open_player(qtbot, lead_ops, vault.noord)
    panel = loaded(qtbot, again)
    assert panel.rows[2].outcome.currentIndex() == OUTCOMES.index(Outcome.NOT_MET)
    assert panel.card is not None and panel.card.id is not None
    close(qtbot, again, lead_ops)

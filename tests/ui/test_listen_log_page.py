"""The Listen log page: sessions, filters, role scope; Verify green, then red after tampering."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

from supervisor_app.audio.sinks import MemorySink
from supervisor_app.services.audit_log import HEAD_MARK
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.registry import Services
from supervisor_app.services.session import Session
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.core.tasks import TaskRunner
from supervisor_app.ui.pages.listen_log_page import GREEN_STYLE, RED_STYLE, ListenLogPage
from tests.integration.test_listen import REASON, Vault, build_vault
from tests.ui.conftest import settle

TIMEOUT_MS = 10_000


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    """Three recordings; the team lead heard the 20 s call, the coach the 40 s one."""
    built = build_vault(admin_session, tmp_path)
    for session, recording in ((built.lead, built.noord), (built.coach, built.campaign)):
        listen = ListeningService(session).open(recording, "training", REASON)
        player = listen.player(MemorySink())
        player.play()
        player.wait(10.0)
        listen.close()
    return built


class Worker:
    """A vault worker with sessions opened on it, as the app opens its session at unlock.

    Each session shares the unlocked key of a test's session (for that user), but has a
    connection of the worker's own: the windows never use the main thread's.
    """

    def __init__(self) -> None:
        self.runner = TaskRunner()
        self._sessions: list[Session] = []

    def ops(self, session: Session) -> Ops:
        """Operations as session's user, on the worker."""
        ours = self.runner.run_blocking(
            lambda: Session(session.vault, session.user, session.vault.connect())
        )
        self._sessions.append(ours)
        return Ops(self.runner, Services.for_session(ours))

    def close(self) -> None:
        """Close the connections on their thread and end the worker."""
        for ours in self._sessions:
            self.runner.run_blocking(ours.conn.close)
        self.runner.shutdown()


@pytest.fixture
def worker() -> Iterator[Worker]:
    """The vault worker of one test."""
    made = Worker()
    yield made
    made.close()


def make_page(qtbot: QtBot, worker: Worker, session: Session) -> ListenLogPage:
    """The page as session's user, with what it read first shown."""
    ops = worker.ops(session)
    page = ListenLogPage(ops)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    settle(qtbot, ops)
    return page


def column(page: ListenLogPage, title: str) -> list[str]:
    model = page.model
    index = model.headers().index(title)
    return [str(model.data(model.index(row, index))) for row in range(model.rowCount())]


def choose(qtbot: QtBot, ops: Ops, combo: QComboBox, text: str) -> None:
    """Pick the entry with this text and wait for the sessions it shows."""
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    settle(qtbot, ops)


def test_administrators_see_every_session_with_what_was_heard(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = make_page(qtbot, worker, vault.admin)

    assert column(page, "Listener") == ["carla (Quality coach)", "bram (Team lead)"]
    assert column(page, "Agent") == ["Fatima El Amrani", "Fatima El Amrani"]
    assert column(page, "Recording") == [str(vault.campaign), str(vault.noord)]
    assert set(column(page, "Purpose")) == {"Training and coaching"}
    assert column(page, "Reason") == [REASON, REASON]
    assert column(page, "Heard") == ["40 s", "20 s"]
    assert column(page, "State") == ["Closed", "Closed"]
    assert page.count_label.text() == "2 sessions"
    assert page.verify_button.isVisible() and page.csv_button.isVisible()


def test_filters_narrow_the_sessions(qtbot: QtBot, vault: Vault, worker: Worker) -> None:
    page = make_page(qtbot, worker, vault.admin)
    ops = page.ops

    choose(qtbot, ops, page.listener_combo, "bram")
    assert column(page, "Recording") == [str(vault.noord)]
    page.clear_filters()
    settle(qtbot, ops)
    assert page.model.rowCount() == 2
    choose(qtbot, ops, page.purpose_combo, "Evidence in disputes with donors")
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "No listen session matches these filters."
    page.clear_filters()
    row = ListeningService(vault.admin).sessions()[0]
    day = row.started_at.astimezone().date()
    page.from_edit.set_value(day)
    page.to_edit.set_value(day)
    settle(qtbot, ops)
    assert page.model.rowCount() == 2
    page.from_edit.set_value(day.replace(year=day.year + 1))
    page.to_edit.set_value(None)
    settle(qtbot, ops)
    assert page.model.rowCount() == 0
    page.clear_filters()
    choose(qtbot, ops, page.agent_combo, "Fatima El Amrani")
    assert page.model.rowCount() == 2


def test_a_team_lead_sees_only_their_own_sessions_and_no_log_tools(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = make_page(qtbot, worker, vault.lead)

    assert column(page, "Listener") == ["bram (Team lead)"]
    assert not page.verify_button.isVisible() and not page.pdf_button.isVisible()
    assert page.listener_combo.isHidden()  # one listener: themselves


def test_verify_shows_green_then_red_after_a_raw_edit(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = make_page(qtbot, worker, vault.admin)

    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.result_label.isVisible, timeout=TIMEOUT_MS)
    assert page.result_label.styleSheet() == GREEN_STYLE
    assert page.result_label.text().startswith("✔ The audit log is intact: ")

    # Behind the app's back: a connection with the key and nothing else.
    raw = vault.admin.vault.connect()
    try:
        raw.execute("UPDATE audit_log SET subject = 'Team X' WHERE seq = 4")
    finally:
        raw.close()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result_label.styleSheet() == RED_STYLE, timeout=TIMEOUT_MS)

    assert page.result_label.text().startswith(
        "✘ The audit log is broken at entry 4: its contents were changed after it was written."
    )
    assert page.last_report is not None and page.last_report.first_bad_seq == 4


def test_verify_names_a_listen_edited_beside_an_intact_log(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = make_page(qtbot, worker, vault.admin)
    # The team lead's own tools: the intervals of his listen emptied; the log left alone.
    raw = vault.lead.vault.connect()
    try:
        raw.execute("UPDATE listen_sessions SET intervals = '[]' WHERE user_name = 'bram'")
    finally:
        raw.close()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result_label.styleSheet() == RED_STYLE, timeout=TIMEOUT_MS)
    lines = page.result_label.text().splitlines()
    assert lines[0].startswith("✘ The entries of the audit log link up and their signatures")
    assert len(lines) == 2
    assert lines[1].startswith("Listen session 1 no longer says what audit log entry ")
    assert page.last_report is not None and page.last_report.intact


@pytest.mark.parametrize("suffix", ["csv", "pdf"])
def test_export_writes_the_log_with_its_head_hash(
    qtbot: QtBot,
    vault: Vault,
    worker: Worker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    suffix: str,
) -> None:
    target = tmp_path / f"log.{suffix}"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    page = make_page(qtbot, worker, vault.admin)
    ops = page.ops

    button = page.csv_button if suffix == "csv" else page.pdf_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.saved_label.isVisible, timeout=TIMEOUT_MS)
    settle(qtbot, ops)

    assert page.result_label.styleSheet() == GREEN_STYLE
    assert page.saved_label.text().endswith(f"as log.{suffix}.")
    data = target.read_bytes()
    if suffix == "csv":
        assert data.decode().splitlines()[-1].startswith(f"{HEAD_MARK},")
    else:
        assert data.startswith(b"%PDF")
    last = (
        ListeningService(vault.admin)
        .session.conn.execute("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")
        .fetchone()
    )
    assert last[0] == "log_exported"

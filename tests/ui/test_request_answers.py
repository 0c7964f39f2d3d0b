"""Answering requests from the Requests page: the export, the erasure and the objection.

The export is driven end to end: the ZIP is opened with the passphrase the dialog shows and
holds the agent's data and nothing of the other agent. The erasure's preview says what goes
and what a hold keeps, and only a confirmation erases. Both in English and in Dutch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import pyzipper
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from supervisor_app.domain.policy import Requests
from supervisor_app.domain.requests import RequestState
from supervisor_app.services.registry import Services
from supervisor_app.services.session import Session
from supervisor_app.ui.dialogs.erasure_dialog import ErasureDialog
from supervisor_app.ui.dialogs.handover_dialog import HandOverDialog
from supervisor_app.ui.dialogs.objection_dialog import ObjectionDialog
from supervisor_app.ui.dialogs.subject_export_dialog import SubjectExportDialog
from supervisor_app.ui.pages.requests_page import RequestsPage
from supervisor_app.ui.session.main_window import MainWindow
from supervisor_app.vault import retention_repo
from tests.integration.test_access_export import A, C, People
from tests.integration.test_listen import CASE
from tests.ui.conftest import MakeController, on_worker, settle
from tests.ui.requests_fixtures import (
    as_admin,
    opened,
    prepare,
    register,
    requests_page,
    select,
    speaking,
)

OBJECTION = "Objects to sampling in writing"
LIFTED = "Withdrew the objection on 1 March"


@pytest.fixture
def people(admin_session: Session, tmp_path: Path) -> People:
    return prepare(admin_session, tmp_path)


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    with speaking(str(request.param)) as chosen:
        yield chosen


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answering(
    qtbot: QtBot, main: MainWindow, kind: str, *, agent_extension: str = "", number: str = ""
) -> tuple[RequestsPage, int]:
    """Register a request, show the page and select it."""
    request_id = register(main, kind, agent_extension=agent_extension, number=number).row.id
    page = requests_page(qtbot, main)
    select(qtbot, main, page, request_id)
    return page, request_id


def status(main: MainWindow, recording_id: int) -> str:
    def read(s: Services) -> str:
        row = s.session.conn.execute(
            "SELECT status FROM recordings WHERE id = ?", (recording_id,)
        ).fetchone()
        return str(row[0])

    return on_worker(main, read)


# --- the access export ---------------------------------------------------------------------


def test_the_export_writes_a_zip_that_the_shown_passphrase_opens_and_hands_it_over(
    qtbot: QtBot, make_controller: MakeController, people: People, language: str
) -> None:
    main = as_admin(qtbot, make_controller, people)
    page, request_id = answering(qtbot, main, "access", agent_extension="201")
    click(qtbot, page.export_button)
    dialog = opened(qtbot, main, page)
    assert isinstance(dialog, SubjectExportDialog)
    assert dialog.ok_button.text() == ("&Exporteren" if language == "nl" else "&Export")
    target = people.root / "answer.zip"
    dialog.path_edit.setText(str(target))
    click(qtbot, dialog.ok_button)
    settle(qtbot, main)
    qtbot.waitUntil(lambda: isinstance(page.dialog, HandOverDialog) and page.dialog.isVisible())
    handover = page.dialog
    assert isinstance(handover, HandOverDialog)

    # The passphrase on screen opens the ZIP: Fatima's recordings, nothing of Ivo's.
    passphrase = handover.passphrase_label.text()
    assert len(passphrase) == 29 and passphrase.count("-") == 4
    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(passphrase.encode("ascii"))
        files = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    recordings = {n for n in files if n.startswith("recordings/")}
    assert recordings == {f"recordings/recording-{r}.flac" for r in people.by_agent[people.fatima]}
    assert b"Fatima El Amrani" in files["agent.json"]
    text = b"".join(data for name, data in files.items() if not name.startswith("recordings/"))
    assert b"Ivo de Boer" not in text and b"612345678" not in text
    assert files["cover-letter.pdf"].startswith(b"%PDF")

    # The sheet to print names the passphrase and the file; printing it gives a page.
    assert handover._sheet is not None
    assert passphrase in handover._sheet and target.name in handover._sheet
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = people.root / "sheet.pdf"
    printer.setOutputFileName(str(printed))
    handover.print_sheet(printer)
    assert printed.read_bytes().startswith(b"%PDF")

    # The request stays open until the hand-over is confirmed; then it is answered.
    assert on_worker(main, lambda s: s.requests.get(request_id)).row.state is RequestState.OPEN
    handover.how_edit.setText("In person, passphrase by phone")
    click(qtbot, handover.handed_over_button)
    settle(qtbot, main)
    assert not handover.isVisible() and handover.closed_request is not None
    closed = on_worker(main, lambda s: s.requests.get(request_id)).row
    assert closed.state is RequestState.ANSWERED
    assert closed.outcome_note == "In person, passphrase by phone"
    assert target.name in page.message.text()


def test_a_plain_folder_is_written_only_after_the_warning_is_accepted(
    qtbot: QtBot, make_controller: MakeController, people: People
) -> None:
    main = as_admin(qtbot, make_controller, people)
    page, _request_id = answering(qtbot, main, "access", number="0201112233")
    click(qtbot, page.export_button)
    dialog = opened(qtbot, main, page)
    assert isinstance(dialog, SubjectExportDialog)
    folder = people.root / "plain"
    dialog.folder_check.setChecked(True)
    dialog.path_edit.setText(str(folder))
    dialog.wav_radio.setChecked(True)

    click(qtbot, dialog.ok_button)
    box = dialog.warning_box
    assert box is not None and "unencrypted" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, main)
    assert not folder.exists() and dialog.isVisible()

    click(qtbot, dialog.ok_button)
    box = dialog.warning_box
    assert box is not None
    write = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    write.click()
    settle(qtbot, main)
    qtbot.waitUntil(lambda: isinstance(page.dialog, HandOverDialog))
    handover = page.dialog
    assert isinstance(handover, HandOverDialog)
    assert not handover.passphrase_label.isVisibleTo(handover)
    assert "NOT" in handover.findChildren(type(handover.passphrase_label))[0].text()
    # Caller C's two calls, as WAV, readable without a passphrase.
    assert sorted(p.name for p in (folder / "recordings").iterdir()) == sorted(
        f"recording-{r}.wav" for r in people.by_number["+31201112233"]
    )
    handover.reject()


def test_cancel_stops_the_export_and_nothing_is_written(
    qtbot: QtBot, make_controller: MakeController, people: People
) -> None:
    main = as_admin(qtbot, make_controller, people)
    page, request_id = answering(qtbot, main, "access", agent_extension="204")
    click(qtbot, page.export_button)
    dialog = opened(qtbot, main, page)
    assert isinstance(dialog, SubjectExportDialog)
    target = people.root / "stopped.zip"
    dialog.path_edit.setText(str(target))
    # Hold the worker, so Cancel is pressed before the export's first file, every time.
    gate = threading.Event()
    main.ops.runner.run(gate.wait, lambda _none: None)
    click(qtbot, dialog.ok_button)
    assert dialog.progress.isVisible()
    dialog.reject()  # Cancel while it runs: stop, don't close
    assert dialog.isVisible()
    gate.set()
    settle(qtbot, main)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "stopped" in dialog.error.text() and not target.exists()
    assert list(people.root.glob("*stopped*")) == []
    assert on_worker(main, lambda s: s.requests.get(request_id)).row.state is RequestState.OPEN
    dialog.reject()
    assert not dialog.isVisible()


# --- erasure -------------------------------------------------------------------------------


def test_the_erasure_preview_says_what_goes_and_that_a_hold_wins(
    qtbot: QtBot, make_controller: MakeController, people: People, language: str
) -> None:
    main = as_admin(qtbot, make_controller, people)
    page, request_id = answering(qtbot, main, "erasure", number=C)
    assert page.erase_button.isEnabled() and not page.export_button.isEnabled()
    click(qtbot, page.erase_button)
    dialog = opened(qtbot, main, page)
    assert isinstance(dialog, ErasureDialog)
    settle(qtbot, main)
    theirs = people.by_number["+31201112233"]
    held = people.by_agent[people.fatima][2]
    free = [r for r in theirs if r != held]
    assert held in theirs and len(free) == 1
    assert dialog.preview is not None
    assert [c.recording_id for c in dialog.preview.to_erase] == free
    assert [c.recording_id for c in dialog.preview.blocked] == [held]
    text = dialog.preview_label.text()
    assert CASE in text and f"{held}" in text
    if language == "nl":
        assert "1 opname wordt gewist" in text and "bewaard als bewijs" in text
        assert dialog.ok_button.text() == "1 opname &wissen"
    else:
        assert "1 recording will be erased" in text and "A hold wins" in text
        assert dialog.ok_button.text() == "&Erase 1 recording"

    # Nothing goes without the confirmation.
    assert not dialog.ok_button.isEnabled()
    dialog.confirm_check.setChecked(True)
    assert dialog.ok_button.isEnabled()
    click(qtbot, dialog.ok_button)
    settle(qtbot, main)
    assert not dialog.isVisible() and dialog.report is not None
    assert dialog.report.erased == tuple(free) and dialog.report.blocked == (held,)
    assert status(main, free[0]) == "erased" and status(main, held) == retention_repo.HELD
    assert page.message.isVisible()
    # The request stays open: the person must still be told.
    assert on_worker(main, lambda s: s.requests.get(request_id)).row.state.is_open


def test_erasing_one_recording_of_an_agent_previews_only_that_one(
    qtbot: QtBot, make_controller: MakeController, people: People
) -> None:
    main = as_admin(qtbot, make_controller, people)
    page, _request_id = answering(qtbot, main, "erasure", agent_extension="204")
    click(qtbot, page.erase_button)
    dialog = opened(qtbot, main, page)
    assert isinstance(dialog, ErasureDialog)
    settle(qtbot, main)
    assert dialog.preview is not None and len(dialog.preview.to_erase) == 2
    first, second = people.by_agent[people.ivo]
    dialog.one_radio.setChecked(True)
    dialog.recording_spin.setValue(second)
    assert not dialog.ok_button.isEnabled()  # the old preview no longer counts
    qtbot.waitUntil(
        lambda: dialog.preview is not None and len(dialog.preview.to_erase) == 1, timeout=5_000
    )
    settle(qtbot, main)
    # Someone else's recording is refused in one sentence, in the preview.
    dialog.recording_spin.setValue(people.by_agent[people.fatima][0])
    qtbot.waitUntil(lambda: "not the subject" in dialog.preview_label.text(), timeout=5_000)
    assert not dialog.ok_button.isEnabled()
    dialog.recording_spin.setValue(second)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5_000)
    settle(qtbot, main)
    dialog.confirm_check.setChecked(True)
    click(qtbot, dialog.ok_button)
    settle(qtbot, main)
    assert status(main, second) == "erased" and status(main, first) == retention_repo.HELD


# --- objections ----------------------------------------------------------------------------


def test_an_objection_is_recorded_for_the_request_and_lifted_again(
    qtbot: QtBot, make_controller: MakeController, people: People
) -> None:
    main = as_admin(qtbot, make_controller, people)
    page, request_id = answering(qtbot, main, "objection", agent_extension="204")
    click(qtbot, page.objection_button)
    dialog = opened(qtbot, main, page)
    assert isinstance(dialog, ObjectionDialog)
    assert dialog.agent_id == people.ivo and not dialog.lifting
    assert str(request_id) in dialog.state_label.text()
    dialog.reason_edit.setPlainText(OBJECTION)
    click(qtbot, dialog.ok_button)
    settle(qtbot, main)
    assert dialog.saved is not None and dialog.saved.request_id == request_id
    active = on_worker(main, lambda s: s.erasure.objections(active_only=True))
    assert [(o.agent_id, o.reason) for o in active] == [(people.ivo, OBJECTION)]

    click(qtbot, page.objection_button)
    again = opened(qtbot, main, page)
    assert isinstance(again, ObjectionDialog) and again is not dialog
    assert again.lifting and OBJECTION in again.state_label.text()
    again.reason_edit.setPlainText(LIFTED)
    click(qtbot, again.ok_button)
    settle(qtbot, main)
    assert on_worker(main, lambda s: s.erasure.objections(active_only=True)) == []
    lifted = on_worker(main, lambda s: s.erasure.objections())[0]
    assert lifted.lift_reason == LIFTED and lifted.lifted_at is not None
    assert lifted.lifted_at.date() <= dt.datetime.now(dt.UTC).date()


def allow_agent_names(s: Services) -> None:
    """The policy lets a caller's export give the agent's first name."""
    policy = s.policy.current()
    s.policy.save(dataclasses.replace(policy, requests=Requests(agent_first_name_to_callers=True)))


@pytest.mark.parametrize(
    ("allowed", "ticked", "named"),
    [(False, None, False), (True, True, True), (True, False, False)],
    ids=["policy-forbids", "policy-allows", "held-back-once"],
)
def test_a_caller_s_export_names_agents_only_as_the_policy_and_the_box_say(
    qtbot: QtBot,
    make_controller: MakeController,
    people: People,
    allowed: bool,
    ticked: bool | None,
    named: bool,
) -> None:
    main = as_admin(qtbot, make_controller, people)
    if allowed:
        on_worker(main, allow_agent_names)
    page, _request_id = answering(qtbot, main, "access", number=A)
    click(qtbot, page.export_button)
    dialog = opened(qtbot, main, page)
    assert isinstance(dialog, SubjectExportDialog)
    settle(qtbot, main)
    # The box shows only where the policy allows names, ticked: it may only hold them back.
    assert dialog.names_check.isVisibleTo(dialog) is allowed
    assert dialog.names_check.isChecked()
    if ticked is not None:
        dialog.names_check.setChecked(ticked)
    folder = people.root / "plain"
    dialog.folder_check.setChecked(True)
    dialog.path_edit.setText(str(folder))
    click(qtbot, dialog.ok_button)
    box = dialog.warning_box
    assert box is not None
    next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    ).click()
    settle(qtbot, main)
    qtbot.waitUntil(lambda: isinstance(page.dialog, HandOverDialog))
    calls = (folder / "calls.csv").read_text(encoding="utf-8-sig")
    assert len(calls.splitlines()) == 1 + len(people.by_number["+31612345678"])
    assert ("Fatima" in calls and "Ivo" in calls) is named
    assert "El Amrani" not in calls and "de Boer" not in calls
    handover = page.dialog
    assert isinstance(handover, HandOverDialog)
    handover.reject()

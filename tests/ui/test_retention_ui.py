"""Forgetting on time in the windows: the purge after unlock, holds and deleted recordings.

Also the Dashboard card, the warning before a shorter retention, and the export's own copies.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from supervisor_app.services import demo
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.session import Session
from supervisor_app.ui.models.recordings_model import GONE_COLOUR, RECORDING_ID_ROLE, Column
from supervisor_app.ui.session.main_window import MainWindow
from supervisor_app.vault import audit
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_listen import CASE
from tests.integration.test_purge import HOLD_REASON, Vault, build
from tests.ui.conftest import MakeController, on_worker, purpose_field, settle, unlock
from tests.ui.test_import_wizard import (
    DEMO_SAMPLE,
    ONE_PER_AGENT,
    add_demo_people,
    complete_policy,
    open_wizard,
    preview,
    run_to_summary,
)

LEAD = ("bram", "stille-uil-telt-sterren-bram")


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    return build(admin_session, tmp_path)


def locked(vault: Vault) -> Path:
    vault.admin.lock()
    return vault.folder


def shorten_to_a_week(session: Session) -> None:
    """Every purpose keeps 7 days: all the vault's three-week-old calls are then due."""
    policies = PolicyService(session)
    policy = policies.current()
    policies.save(
        dataclasses.replace(
            policy,
            purposes=tuple(dataclasses.replace(p, retention_days=7) for p in policy.purposes),
        )
    )


def select(qtbot: QtBot, main: MainWindow, recording_id: int) -> None:
    """Choose a recording's row and wait for its details."""
    settle(qtbot, main)
    page = main.recordings_page
    for row in range(page.model.rowCount()):
        if page.model.data(page.model.index(row, 0), RECORDING_ID_ROLE) == recording_id:
            page.view.selectRow(row)
            settle(qtbot, main)
            return
    raise AssertionError(f"recording {recording_id} is not listed")


def test_the_purge_runs_after_unlock_and_the_page_shows_what_went(
    qtbot: QtBot, make_controller: MakeController, vault: Vault
) -> None:
    shorten_to_a_week(vault.admin)
    controller = make_controller(locked(vault))
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    qtbot.waitUntil(lambda: not main.purging, timeout=10_000)
    assert (
        "8 recordings had reached the end of their retention" in main.statusBar().currentMessage()
    )
    page = main.recordings_page
    main.show_page(page)
    settle(qtbot, main)
    assert page.model.total == 0  # kept recordings: none left
    page.show_combo.setCurrentIndex(page.show_combo.findData("deleted"))
    settle(qtbot, main)
    assert page.model.total == 8
    index = page.model.index(0, Column.RETENTION)
    assert page.model.data(index) == "deleted"
    assert page.model.data(index, Qt.ItemDataRole.ForegroundRole).name() == GONE_COLOUR
    page.view.selectRow(0)
    settle(qtbot, main)
    labels = [page.details.form.itemAt(i) for i in range(page.details.form.count())]
    texts = [
        widget.text()
        for item in labels
        if item is not None and isinstance(widget := item.widget(), QLabel)
    ]
    assert "Deleted:" in texts and any("its retention had ended" in t for t in texts)
    assert not main.listen_button.isEnabled()  # nothing left to hear
    main.show_page(main.dashboard_page)
    settle(qtbot, main)
    card = main.retention_card.details.text()
    assert "Last purge" in card and "8 recordings deleted" in card


def test_a_lock_stops_the_purge_between_batches_and_the_next_unlock_finishes_it(
    qtbot: QtBot,
    make_controller: MakeController,
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from supervisor_app.services import retention

    monkeypatch.setattr(retention, "BATCH", 1)
    shorten_to_a_week(vault.admin)
    controller = make_controller(locked(vault))
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    controller.lock_now()  # while the purge runs: it stops after its batch, then locks
    qtbot.waitUntil(lambda: controller.session is None, timeout=10_000)
    assert main is not None
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    qtbot.waitUntil(lambda: not main.purging, timeout=10_000)
    purged = on_worker(
        main,
        lambda s: s.session.conn.execute(
            "SELECT count(*) FROM recordings WHERE status = 'purged'"
        ).fetchone()[0],
    )
    assert purged == 8
    assert on_worker(main, lambda s: audit.verify(s.session.conn).intact)


def test_a_team_lead_keeps_a_recording_as_evidence_and_releases_it(
    qtbot: QtBot, make_controller: MakeController, vault: Vault
) -> None:
    campaign = vault.campaign[0]
    controller = make_controller(locked(vault))
    controller.start()
    main = unlock(qtbot, controller, *LEAD)
    main.show_page(main.recordings_page)
    page = main.recordings_page
    select(qtbot, main, vault.training[0])
    assert page.details.hold_button.isHidden()  # training allows no holds
    select(qtbot, main, campaign)
    assert not page.details.hold_button.isHidden()
    assert page.details.release_button.isHidden()

    dialog = page.place_hold()
    assert dialog is not None and not dialog.ok_button.isEnabled()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.case_edit  # the purpose comes chosen
    qtbot.keyClicks(dialog.case_edit, CASE)
    dialog.reason_edit.setPlainText(HOLD_REASON)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main)  # the page reads the list again and keeps the chosen recording

    assert page.selected_recording_id() == campaign
    index = page.model.index(page.view.currentIndex().row(), Column.RETENTION)
    assert page.model.data(index) == "on hold"
    assert not page.details.release_button.isHidden()
    page.show_combo.setCurrentIndex(page.show_combo.findData("on_hold"))
    settle(qtbot, main)
    assert page.model.total == 1

    select(qtbot, main, campaign)
    release = page.release_hold()
    assert release is not None
    with qtbot.waitActive(release):
        release.activateWindow()
    assert release.focusWidget() is release.reason_edit
    release.reason_edit.setPlainText("The dispute was settled with the donor")
    with qtbot.waitSignal(release.accepted):  # Ctrl+Enter, where Enter makes a new line
        qtbot.keyClick(release.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, main)
    assert page.model.total == 0  # no longer on hold
    holds = on_worker(main, lambda s: s.retention.holds())
    assert len(holds) == 1 and holds[0].released_by == "bram"


def test_a_hold_refused_by_the_service_says_why_in_the_dialog(
    qtbot: QtBot, make_controller: MakeController, vault: Vault
) -> None:
    controller = make_controller(locked(vault))
    controller.start()
    main = unlock(qtbot, controller, *LEAD)
    main.show_page(main.recordings_page)
    select(qtbot, main, vault.campaign[0])
    dialog = main.recordings_page.place_hold()
    assert dialog is not None
    qtbot.keyClicks(dialog.case_edit, CASE)
    dialog.reason_edit.setPlainText(HOLD_REASON)
    dialog.until_edit.setDate(dialog.until_edit.minimumDate().addDays(1))  # long past
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main)
    assert dialog.isVisible()
    assert "cannot be in the past" in dialog.error.text()


def test_saving_a_shorter_retention_asks_first_and_says_how_many(
    qtbot: QtBot, make_controller: MakeController, vault: Vault
) -> None:
    controller = make_controller(locked(vault))
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    main.show_page(main.policy_page)
    page = main.policy_page
    settle(qtbot, main)

    def version() -> int:
        return on_worker(main, lambda s: s.policy.current().version)

    before = version()
    purposes = page.editor.purposes
    purposes.select_row(0)
    purpose_field(page.editor, "retention_days", QSpinBox).setValue(7)
    purposes.select_row(1)
    purpose_field(page.editor, "retention_days", QSpinBox).setValue(7)

    page.save()
    settle(qtbot, main)
    box = page.confirm_box  # not saved yet: it asks
    assert box is not None and "shortens the retention of 8 stored recordings" in box.text()
    assert "8 of them are then past their retention" in box.text()
    assert version() == before
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, main)
    assert version() == before

    page.save()
    settle(qtbot, main)
    box = page.confirm_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Save).click()
    settle(qtbot, main)
    assert version() == before + 1
    assert not page.is_dirty


def test_after_an_import_the_exports_own_copies_of_calls_not_kept_can_be_deleted(
    qtbot: QtBot,
    make_controller: MakeController,
    admin_session: Session,
    tmp_path: Path,
) -> None:
    complete_policy(admin_session, add_demo_people(admin_session), ONE_PER_AGENT)
    ready_vault = admin_session.vault.folder
    admin_session.lock()
    # A fresh copy of the demo export: the wizard will delete files from it.
    monitor, cdr = demo.write_demo_export(tmp_path / "export")
    before = {p.name for p in monitor.rglob("*") if p.is_file()}
    controller = make_controller(ready_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    wizard = open_wizard(qtbot, main)
    preview(qtbot, wizard, (monitor, cdr))
    report = run_to_summary(qtbot, wizard)

    summary = wizard.summary_page
    cleanup = report.cleanup
    assert cleanup is not None and cleanup.count == 19 - DEMO_SAMPLE
    assert (cleanup.not_sampled, cleanup.excluded) == (14 - DEMO_SAMPLE, 5)
    assert not summary.source_box.isHidden()
    assert f"still holds {cleanup.count} recording files" in summary.source_text.text()
    box = summary.ask_delete_sources()
    assert (
        box is not None and str(monitor) in box.text() and f"Delete {cleanup.count}" in box.text()
    )
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert {p.name for p in monitor.rglob("*") if p.is_file()} == before

    box = summary.ask_delete_sources()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: summary.deleted is not None)
    left = {p.name for p in monitor.rglob("*") if p.is_file()}
    assert len(left) == DEMO_SAMPLE  # the sampled calls' files stay
    assert "files were deleted from the export" in summary.source_text.text()
    logged = on_worker(main, lambda s: audit.entries(s.session.conn))
    entry = next(e for e in logged if e.action == "source_files_deleted")
    assert entry.details["deleted"] == cleanup.count
    names = [f["name"] for f in entry.details["files"]]
    # Logged by name and hash, with the callers' numbers masked.
    assert all("06123456" not in name and "0207654321" not in name for name in names)
    assert all(len(f["sha256"]) == 64 for f in entry.details["files"])

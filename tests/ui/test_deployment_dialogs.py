"""The windows of a call-centre roll-out, driven on a real vault, in English and Dutch.

People → Import agents… previews an HR list and imports it whole (or, with a bad line,
not at all); File → Back up vault… makes a checked copy on the worker; the unlock screen
restores a backup and opens it; Reports → Combine transparency reports… adds up vaults.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from supervisor_app import paths
from supervisor_app.services import policy_source, setup
from supervisor_app.services import session as session_service
from supervisor_app.services.backup import BackupProgress, BackupReport, BackupService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.session import Session
from supervisor_app.services.transparency import TransparencyService
from supervisor_app.ui.core.i18n import install_translators
from supervisor_app.ui.dialogs.agent_import_dialog import AgentImportDialog
from supervisor_app.ui.session.main_window import MainWindow
from supervisor_app.ui.session.recovery_dialogs import ResetPassphraseDialog
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, FAST_KDF
from tests.integration.test_import_pipeline import MONDAY
from tests.ui.conftest import MakeController, on_worker, settle, unlock

HEADER = "extension;name;team;e-mail;language\n"


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run the test in English and in Dutch."""
    app = QApplication.instance()
    assert app is not None
    chosen = str(request.param)
    install_translators(app, chosen)
    yield chosen
    install_translators(app, "en")


def open_main(qtbot: QtBot, make_controller: MakeController, folder: Path) -> MainWindow:
    controller = make_controller(folder)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    settle(qtbot, main)
    return main


def test_importing_agents_previews_refuses_bad_lines_and_marks_who_left(
    qtbot: QtBot,
    make_controller: MakeController,
    vault_with_people: Path,
    tmp_path: Path,
    language: str,
) -> None:
    main = open_main(qtbot, make_controller, vault_with_people)
    page = main.people_page
    main.show_page(page)
    settle(qtbot, main)
    assert not page.import_agents_button.isHidden()

    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "201;Fatima El Amrani;Team Noord;;nl\nabc;Sam;Team West;;nl\n")
    page.import_agents_from(bad)
    settle(qtbot, main)
    dialog = page.import_dialog
    assert isinstance(dialog, AgentImportDialog)
    settle(qtbot, main)
    assert dialog.plan is not None and not dialog.plan.importable
    assert not dialog.import_button.isEnabled()
    assert dialog.tabs.currentIndex() == dialog.errors_tab
    line = {"en": "Line 3: ", "nl": "Regel 3: "}[language]
    assert dialog.errors_list.item(0).text().startswith(line)
    words = {"en": "Nothing can be imported", "nl": "kan niets worden geïmporteerd"}
    assert words[language] in dialog.summary.text()
    dialog.reject()

    good = tmp_path / "hr.csv"
    good.write_text(HEADER + "201;Fatima El Amrani;Team Noord;;en\n300;Kofi Mensah;Team West;;nl\n")
    page.import_agents_from(good)
    settle(qtbot, main)
    dialog = page.import_dialog
    assert isinstance(dialog, AgentImportDialog)
    settle(qtbot, main)
    plan = dialog.plan
    assert plan is not None and plan.importable
    assert [r.name for r in plan.added] == ["Kofi Mensah"]
    assert [a.name for a in plan.missing] == ["Ivo de Boer"]
    name_cell, tick = dialog.missing_table.item(0, 2), dialog.missing_table.item(0, 0)
    assert name_cell is not None and tick is not None
    assert name_cell.text() == "Ivo de Boer"
    tick.setCheckState(Qt.CheckState.Checked)
    assert dialog.marked_left() == [plan.missing[0].id]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main)
    assert dialog.report is not None and dialog.report.marked_left == 1
    settle(qtbot, main)
    names = [page.agents_model.index(r, 0).data() for r in range(page.agents_model.rowCount())]
    assert "Kofi Mensah" in names
    ivo = names.index("Ivo de Boer")
    left = page.agents_model.index(ivo, 5).data()
    assert left.startswith({"en": "left on", "nl": "vertrokken op"}[language])
    teams = on_worker(main, lambda s: [t.name for t in s.people.teams()])
    assert "Team West" in teams


def test_ticking_a_team_off_previews_only_the_vault_s_own_teams(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path, tmp_path: Path
) -> None:
    main = open_main(qtbot, make_controller, vault_with_people)
    path = tmp_path / "hr.csv"
    path.write_text(HEADER + "201;Fatima El Amrani;Team Noord;;nl\n400;Ander;Team Oost;;nl\n")
    main.people_page.import_agents_from(path)
    settle(qtbot, main)
    dialog = main.people_page.import_dialog
    assert dialog is not None
    settle(qtbot, main)
    teams = [dialog.teams_list.item(i).text() for i in range(dialog.teams_list.count())]
    assert teams == ["Team Noord", "Team Oost"]
    dialog.teams_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.other_teams == 1)
    settle(qtbot, main)
    assert dialog.chosen_teams() == ["Team Noord"]
    assert dialog.plan is not None and dialog.plan.added == ()
    dialog.reject()


def test_backing_up_from_the_file_menu(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path, tmp_path: Path,
    language: str,
) -> None:  # fmt: skip
    main = open_main(qtbot, make_controller, vault_with_people)
    assert main.backup_action.isVisible()
    dialog = main.open_backup()
    settle(qtbot, main)
    assert dialog.backup_button.isEnabled()
    assert dialog.keep_spin.value() == dialog.keep_spin.maximum() == 7  # no policy yet
    folder = tmp_path / "backups"
    dialog.folder_edit.setText(str(folder))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main)
    assert dialog.report is not None and dialog.report.path.parent == folder
    assert dialog.outcome.isVisible() and str(dialog.report.path) in dialog.outcome.text()
    assert {"en": "was checked", "nl": "is gecontroleerd"}[language] in dialog.outcome.text()
    assert (dialog.report.path / "vault.db").exists()
    logged = on_worker(main, lambda s: list(s.audit_log.entries())[-1])
    assert logged.action == "vault_backed_up"


def test_locking_stops_a_running_backup_and_keeps_nothing(
    qtbot: QtBot,
    make_controller: MakeController,
    vault_with_people: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = threading.Event()
    real = BackupService.make

    def waiting(
        self: BackupService,
        folder: Path,
        keep_days: int | None = None,
        *,
        progress: Callable[[BackupProgress], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> BackupReport:
        # A backup that is still copying when the vault is locked (bounded, so a broken
        # cancel fails the test instead of hanging it).
        started.set()
        for _ in range(3000):
            if cancel is not None and cancel():
                break
            time.sleep(0.01)
        return real(self, folder, keep_days, progress=progress, cancel=cancel)

    monkeypatch.setattr(BackupService, "make", waiting)
    controller = make_controller(vault_with_people)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    settle(qtbot, main)
    dialog = main.open_backup()
    settle(qtbot, main)
    folder = tmp_path / "backups"
    dialog.folder_edit.setText(str(folder))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=15_000)
    controller.lock_now()
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=15_000)
    assert controller.session is None
    assert list(folder.iterdir()) == []  # the copy was stopped and nothing of it is kept


def test_a_team_lead_sees_no_backup_or_reports(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    from tests.ui.conftest import TEAM_LEAD, TEAM_LEAD_PASSPHRASE

    controller = make_controller(vault_with_people)
    controller.start()
    main = unlock(qtbot, controller, TEAM_LEAD, TEAM_LEAD_PASSPHRASE)
    assert not main.backup_action.isVisible() and not main.merge_action.isVisible()
    # The People page sets its buttons for the role once it has read the vault.
    main.show_page(main.people_page)
    settle(qtbot, main)
    assert main.people_page.read_only_note.isVisibleTo(main.people_page)
    assert main.people_page.import_agents_button.isHidden()


def test_restoring_a_backup_from_the_unlock_screen(
    qtbot: QtBot,
    make_controller: MakeController,
    new_vault: tuple[Session, str],
    tmp_path: Path,
    language: str,
) -> None:
    session, _recovery = new_vault
    report = BackupService(session).make(tmp_path / "backups")
    session.lock()
    folder = session.vault.folder
    controller = make_controller(folder)
    controller.start()
    window = controller.unlock_window
    dialog = window.restore_backup()
    dialog.use_backup(report.path)
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=15_000)
    assert dialog.user_combo.currentText() == ADMIN
    assert str(report.manifest.head_seq) in dialog.about.text()
    dialog.secret_edit.setText("not the passphrase of then")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=15_000)
    assert controller.session is None
    said = {"en": "had when the backup was made", "nl": "had toen de back-up werd gemaakt"}
    assert said[language] in dialog.error.text()
    dialog.secret_edit.setText(ADMIN_PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15_000)
    box = window.notice_box
    assert isinstance(box, QMessageBox)
    assert {"en": "restored from the backup", "nl": "teruggezet uit de back-up"}[language] in (
        box.text()
    )
    main = controller.main_window
    assert main is not None
    settle(qtbot, main)
    entries = on_worker(main, lambda s: list(s.audit_log.entries()))
    restored = next(e for e in entries if e.action == "vault_restored")
    assert restored.details["backup_head"]["hash"] == report.manifest.head_hash
    box.close()


def test_combining_the_reports_of_two_vaults(
    qtbot: QtBot,
    make_controller: MakeController,
    vault_with_people: Path,
    tmp_path: Path,
    language: str,
) -> None:
    period = (MONDAY.date(), dt.date.today())
    other, _ = setup.create(tmp_path / "zuid", ADMIN, ADMIN_PASSPHRASE, kdf=FAST_KDF)
    try:
        second = TransparencyService(other).report(*period)
    finally:
        other.lock()
    main = open_main(qtbot, make_controller, vault_with_people)
    first = on_worker(main, lambda s: TransparencyService(s.session).report(*period))
    files = []
    for name, report in (("noord.json", first), ("zuid.json", second)):
        path = tmp_path / name
        path.write_text(json.dumps(report.to_json()), encoding="utf-8")
        files.append(path)
    assert main.merge_action.isVisible()
    dialog = main.open_merge_reports()
    dialog.add_files(files[:1])
    assert not dialog.combine_button.isEnabled()  # two reports at least
    dialog.add_files(files)
    assert dialog.paths() == files and dialog.combine_button.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert not dialog.language_combo.isEnabled()
    target = tmp_path / "organisatie.csv"
    dialog.combine(target)
    settle(qtbot, main)
    assert dialog.merged is not None and len(dialog.merged.vaults) == 2
    assert target.read_text(encoding="utf-8").startswith("period_from,")
    assert first.vault_id in dialog.outcome.text() and second.vault_id in dialog.outcome.text()

    # A report of another period is refused with a sentence in the interface language.
    other_period = tmp_path / "later.json"
    later = dict(second.to_json(), period={"from": "2020-01-01", "to": "2020-12-31"})
    other_period.write_text(json.dumps(later), encoding="utf-8")
    dialog.files.clear()
    dialog.add_files([files[0], other_period])
    dialog.combine(tmp_path / "never.csv")
    settle(qtbot, main)
    said = {"en": "cover different periods", "nl": "gaan over verschillende periodes"}
    assert dialog.error.isVisible() and said[language] in dialog.error.text()
    assert "later.json" in dialog.error.text()
    assert not (tmp_path / "never.csv").exists()


def test_a_restore_with_the_recovery_key_asks_for_a_new_passphrase(
    qtbot: QtBot, make_controller: MakeController, new_vault: tuple[Session, str], tmp_path: Path
) -> None:
    session, recovery = new_vault
    report = BackupService(session).make(tmp_path / "backups")
    session.lock()
    controller = make_controller(session.vault.folder)
    controller.start()
    dialog = controller.unlock_window.restore_backup()
    dialog.use_backup(report.path)
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=15_000)
    dialog.recovery_check.setChecked(True)
    assert not dialog.user_combo.isEnabled()
    dialog.secret_edit.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=15_000)
    assert "recovery key does not open this backup" in dialog.error.text()
    assert controller.session is None
    dialog.secret_edit.setText(recovery)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.session is not None, timeout=15_000)
    # As any unlock with the recovery key: a new passphrase first, no main window.
    assert controller.session is not None and controller.session.is_recovery
    assert controller.main_window is None

    def asking() -> bool:
        return any(
            isinstance(w, ResetPassphraseDialog) and w.isVisible()
            for w in QApplication.allWidgets()
        )

    qtbot.waitUntil(asking)


def test_an_older_or_foreign_policy_file_is_refused_in_the_reader_s_language(
    qtbot: QtBot,
    make_controller: MakeController,
    vault_with_people: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    example = (paths.resources_dir() / "policy.example.toml").read_text(encoding="utf-8")
    second, first, foreign = (tmp_path / n for n in ("v2.toml", "v1.toml", "ander.toml"))
    second.write_text(policy_source.put_version(example, 2), encoding="utf-8")
    first.write_text(policy_source.put_version(example, 1), encoding="utf-8")
    foreign.write_text(
        policy_source.put_version(
            example.replace('name = "Stichting Voorbeeld"', 'name = "Stichting Ander"', 1), 3
        ),
        encoding="utf-8",
    )
    session = session_service.unlock(vault_with_people, ADMIN, ADMIN_PASSPHRASE)
    try:
        PolicyService(session).import_file(second)
    finally:
        session.lock()
    main = open_main(qtbot, make_controller, vault_with_people)
    page = main.policy_page
    main.show_page(page)
    settle(qtbot, main)
    shown: list[str] = []

    def warning(_parent: QWidget | None, _title: str, message: str) -> None:
        shown.append(message)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    for path in (first, foreign):
        page.import_path(path)
        settle(qtbot, main)
    older, other = shown
    said = {
        "en": ("v1.toml is version 1 of the policy of “Stichting Voorbeeld”, older than version 2",
               "ander.toml is the policy of “Stichting Ander”; it was not imported"),
        "nl": ("v1.toml is versie 1 van het beleid van ‘Stichting Voorbeeld’, ouder dan versie 2",
               "ander.toml is het beleid van ‘Stichting Ander’; het is niet geïmporteerd"),
    }  # fmt: skip
    assert said[language][0] in older and said[language][1] in other
    history = on_worker(main, lambda s: s.policy.history())
    assert len(history) == 1  # nothing was stored

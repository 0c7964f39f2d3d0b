"""The Import calls wizard: preview before writing, import with progress, cancel, refusal."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from supervisor_app import paths
from supervisor_app.domain.policy import Sampling, SamplingMode
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalText
from supervisor_app.services import session as session_service
from supervisor_app.services.demo import AGENTS, TEAMS, demo_received_on
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.imports import ImportProgress, ImportReport, ImportService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.recordings import RecordingsService
from supervisor_app.services.session import Session
from supervisor_app.ui.dialogs.import_wizard import ImportWizard
from supervisor_app.ui.session.main_window import MainWindow
from supervisor_app.ui.words.recording_labels import reason_label
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, STRONG_PASSPHRASE
from tests.ui.conftest import MakeController, on_worker, settle, unlock

DemoExport = tuple[Path, Path]  # the recordings folder and the CDR file
TEAM_LEAD = "bram"  # team lead of Team Noord
COACH = "dirk"
PASSPHRASE = STRONG_PASSPHRASE
# The example policy with every in-scope call drawn by rate but at most one per agent and
# week: still the app's own random draw, and always one call for each of the six agents.
ONE_PER_AGENT = Sampling(
    SamplingMode.APP,
    rate=1.0,
    max_per_agent_per_week=1,
    # A rate above 20 % needs a reason of substance before the policy counts as complete.
    reason=LocalText(
        nl="Elke medewerker krijgt in deze proef precies één gesprek per week terug.",
        en="In this trial every agent gets exactly one call per week back.",
    ),
)
DEMO_SAMPLE = 6
# The telephone system sampled already: every business call is stored (14 of the 19).
EVERY_CALL = Sampling(SamplingMode.SOURCE)


# --- vaults shared with the Recordings page tests ----------------------------------------------


def add_demo_people(session: Session) -> list[int]:
    """The demo's two teams and six agents, a team lead of Team Noord and a quality coach."""
    people = PeopleService(session)
    for team in TEAMS:
        people.add_team(team)
    people.add_user(TEAM_LEAD, people.grants_for([Role.TEAM_LEAD], ["Team Noord"]), PASSPHRASE)
    people.add_user(COACH, people.grants_for([Role.QUALITY_COACH], list(TEAMS)), PASSPHRASE)
    return [
        people.add_agent(name, [extension], team, language=language).id
        for name, extension, team, language in AGENTS
    ]


def complete_policy(session: Session, agent_ids: list[int], sampling: Sampling) -> None:
    """The example policy with this sampling, its documents published and received by all."""
    policies = PolicyService(session)
    example = policies.import_file(paths.resources_dir() / "policy.example.toml")
    # A draw at the example's 5% rate could give an agent a second call now and then.
    policies.save(replace(example, sampling=sampling))
    documents = DocumentService(session)
    documents.publish()
    documents.acknowledge(agent_ids, received_on=demo_received_on())


def import_demo(session: Session, export: DemoExport) -> ImportReport:
    """Import the demo FreePBX export with its CDR."""
    monitor, cdr = export
    return ImportService(session).run("freepbx", monitor, cdr)


@pytest.fixture
def ready_vault(admin_session: Session) -> Path:
    """A locked vault with the demo's people and a complete policy, nothing imported."""
    complete_policy(admin_session, add_demo_people(admin_session), ONE_PER_AGENT)
    folder = admin_session.vault.folder
    admin_session.lock()
    return folder


@pytest.fixture
def incomplete_vault(admin_session: Session) -> Path:
    """A locked vault with people but no policy."""
    add_demo_people(admin_session)
    folder = admin_session.vault.folder
    admin_session.lock()
    return folder


def held(folder: Path) -> int:
    """How many recordings the vault holds (read with a session of its own)."""
    session = session_service.unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        return RecordingsService(session).count()
    finally:
        session.lock()


def open_wizard(qtbot: QtBot, main: MainWindow) -> ImportWizard:
    """Open the wizard from the File menu's action (it opens once the policy is read)."""
    main.import_action.trigger()
    settle(qtbot, main)
    wizard = main.import_wizard
    assert isinstance(wizard, ImportWizard)
    return wizard


def preview(qtbot: QtBot, wizard: ImportWizard, export: DemoExport) -> None:
    """Choose the demo export and wait for the preview's counts."""
    monitor, cdr = export
    wizard.source_page.set_source("freepbx", monitor, cdr)
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None)


def run_to_summary(qtbot: QtBot, wizard: ImportWizard) -> ImportReport:
    """Click Import and wait for the summary page."""
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=20_000)
    report = wizard.run_page.report
    assert report is not None
    return report


# --- tests -------------------------------------------------------------------------------------


def test_preview_counts_every_reason_before_anything_is_written(
    qtbot: QtBot, make_controller: MakeController, ready_vault: Path, demo_export: DemoExport
) -> None:
    controller = make_controller(ready_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    wizard = open_wizard(qtbot, main)
    page = wizard.preview_page
    assert not page.isComplete()
    preview(qtbot, wizard, demo_export)

    found = page.preview
    assert found is not None
    assert (found.found, found.in_scope, found.to_sample) == (19, 14, DEMO_SAMPLE)
    assert page.found.text() == "19"
    assert page.in_scope.text() == "14"
    assert page.to_sample.text() == f"<b>{DEMO_SAMPLE}</b>"
    assert page.excluded_total.text() == "5"
    assert {reason: label.text() for reason, label in page.reasons.items()} == {
        "unanswered": "1",
        "internal": "1",
        "protected_number": "1",
        "not_business_line": "1",
        "agent_unknown": "1",
        "agent_left": "0",
        "objection": "0",
        "protocol_not_acknowledged": "0",
        "before_works_council": "0",
        "before_announcement": "0",
        "before_acknowledgement": "0",
        "no_recording": "0",
        "no_purpose": "0",
        "expired": "0",
    }
    # Every reason has words of its own, not the internal key.
    assert all(reason_label(r) != r for r in page.reasons)
    assert page.size_label.text().endswith("MB")
    assert page.isComplete()
    # Reading and counting wrote nothing: no recording, no batch.
    assert on_worker(main, lambda s: s.recordings.count()) == 0
    assert on_worker(main, lambda s: s.recordings.latest_batch()) is None
    wizard.reject()
    assert held(ready_vault) == 0


def test_import_shows_progress_and_a_summary_and_refreshes_the_lists(
    qtbot: QtBot, make_controller: MakeController, ready_vault: Path, demo_export: DemoExport
) -> None:
    controller = make_controller(ready_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    settle(qtbot, main)
    assert main.recordings_page.model.total == 0
    wizard = open_wizard(qtbot, main)
    preview(qtbot, wizard, demo_export)
    seen: list[ImportProgress] = []
    wizard.run_page.progressed.connect(seen.append)

    report = run_to_summary(qtbot, wizard)

    assert not report.cancelled
    assert report.imported == DEMO_SAMPLE
    assert report.batch == 1
    assert [p.done for p in seen] == list(range(DEMO_SAMPLE + 1))
    assert {p.total for p in seen} == {DEMO_SAMPLE}
    summary = wizard.summary_page
    assert summary.title() == "Import finished"
    assert summary.seed.text() == report.seed
    assert len(bytes.fromhex(report.seed)) == 16
    assert summary.details.isHidden()  # nothing failed, no unreadable rows
    # The Dashboard behind the wizard already shows the new recordings; the Recordings
    # page, not on screen, reads them when it is shown.
    settle(qtbot, main)
    assert main.import_card.headline.text() == "6 recordings are held in the vault."
    assert "6 of 6 sampled calls stored" in main.import_card.last_import.text()
    assert main.recordings_page.model.total == 0
    main.show_page(main.recordings_page)
    settle(qtbot, main)
    assert main.recordings_page.model.total == DEMO_SAMPLE
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: main.import_wizard is None)


def test_cancel_keeps_what_was_stored_and_a_rerun_finishes_the_sample(
    qtbot: QtBot,
    make_controller: MakeController,
    ready_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
    demo_export: DemoExport,
) -> None:
    # Hold the worker after the first stored recording until Cancel has been clicked, so
    # the test does not depend on how fast recordings are stored.
    gate = threading.Event()
    original = ImportService.run

    def gated(self: ImportService, *args: Any, progress: Callable[..., None], **kw: Any) -> Any:
        def report(p: ImportProgress) -> None:
            progress(p)
            if p.done == 1:
                assert gate.wait(10)

        return original(self, *args, progress=report, **kw)

    monkeypatch.setattr(ImportService, "run", gated)
    controller = make_controller(ready_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    wizard = open_wizard(qtbot, main)
    preview(qtbot, wizard, demo_export)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.bar.value() == 1)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert run.cancel_requested
    assert not run.stopping.isHidden()
    assert wizard.isVisible()  # cancelling an import stops it; the wizard stays to report
    gate.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=20_000)

    report = run.report
    assert report is not None and report.cancelled
    assert report.imported == 1
    assert wizard.summary_page.title() == "Import cancelled"
    assert "stay in the vault" in wizard.summary_page.subTitle()
    main.show_page(main.recordings_page)
    settle(qtbot, main)
    assert main.recordings_page.model.total == 1
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: main.import_wizard is None)

    # The same export again stores the rest of the same sample and draws nothing new.
    monkeypatch.setattr(ImportService, "run", original)
    again = open_wizard(qtbot, main)
    preview(qtbot, again, demo_export)
    assert again.preview_page.preview is not None
    assert again.preview_page.preview.to_sample == DEMO_SAMPLE - 1
    second = run_to_summary(qtbot, again)
    assert second.batch is None
    assert second.imported == DEMO_SAMPLE - 1
    settle(qtbot, main)
    assert main.recordings_page.model.total == DEMO_SAMPLE


def test_refused_with_the_missing_items_while_the_policy_is_incomplete(
    qtbot: QtBot, make_controller: MakeController, incomplete_vault: Path
) -> None:
    controller = make_controller(incomplete_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    main.open_import()
    settle(qtbot, main)
    box = main.import_window
    assert isinstance(box, QMessageBox)
    assert main.import_wizard is None
    assert "not complete" in box.text()
    assert "Enter the name of the organisation." in box.informativeText()
    assert "Publish the agent protocol for this version of the policy." in box.informativeText()
    box.close()


def test_a_folder_that_does_not_exist_is_refused_on_the_first_page(
    qtbot: QtBot, make_controller: MakeController, ready_vault: Path, tmp_path: Path
) -> None:
    controller = make_controller(ready_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    wizard = open_wizard(qtbot, main)
    wizard.source_page.set_source("3cx", tmp_path / "nowhere")
    wizard.next()
    assert wizard.currentPage() is wizard.source_page
    assert wizard.source_page.error.text() == (
        "The recordings folder does not exist; choose the folder."
    )
    wizard.reject()


def test_team_lead_may_import_and_a_quality_coach_may_not(
    qtbot: QtBot, make_controller: MakeController, ready_vault: Path
) -> None:
    controller = make_controller(ready_vault)
    controller.start()
    main = unlock(qtbot, controller, TEAM_LEAD, PASSPHRASE)
    assert main.import_action.isVisible()
    assert main.recordings_page.import_button.isVisibleTo(main.recordings_page)
    main.lock_action.trigger()
    qtbot.waitUntil(lambda: controller.main_window is None)

    coach = unlock(qtbot, controller, COACH, PASSPHRASE)
    assert not coach.import_action.isVisible()
    assert not coach.recordings_page.import_button.isVisibleTo(coach.recordings_page)


def test_locking_during_an_import_stops_it_after_the_current_recording(
    qtbot: QtBot,
    make_controller: MakeController,
    ready_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
    demo_export: DemoExport,
) -> None:
    gate = threading.Event()
    original = ImportService.run

    def gated(self: ImportService, *args: Any, progress: Callable[..., None], **kw: Any) -> Any:
        def report(p: ImportProgress) -> None:
            progress(p)
            if p.done == 1:
                assert gate.wait(10)

        return original(self, *args, progress=report, **kw)

    monkeypatch.setattr(ImportService, "run", gated)
    controller = make_controller(ready_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    wizard = open_wizard(qtbot, main)
    preview(qtbot, wizard, demo_export)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.run_page.bar.value() == 1)
    main.lock_action.trigger()
    assert wizard.run_page.cancel_requested
    assert controller.main_window is main  # still open until the worker has stopped
    gate.set()
    qtbot.waitUntil(lambda: controller.session is None)
    assert controller.unlock_window.isVisible()
    assert held(ready_vault) == 1

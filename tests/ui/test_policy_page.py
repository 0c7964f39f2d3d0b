"""The Policy page on a real vault: save, inline hints, live checklist, read-only, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from supervisor_app import paths
from supervisor_app.services import session as session_service
from supervisor_app.services.policy import PolicyService
from supervisor_app.ui.core.i18n import install_translators
from supervisor_app.ui.pages.policy_page import PolicyPage
from supervisor_app.ui.policy.policy_sections import AttestationsSection
from supervisor_app.ui.policy.policy_widgets import RolesInput
from supervisor_app.ui.session.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.ui.conftest import (
    TEAM_LEAD,
    TEAM_LEAD_PASSPHRASE,
    MakeController,
    on_worker,
    policy_field,
    settle,
    text_box,
    unlock,
)

EXAMPLE = paths.resources_dir() / "policy.example.toml"


def import_example(folder: Path) -> None:
    """Store the example policy as version 1 of the locked vault in folder."""
    session = session_service.unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        PolicyService(session).import_file(EXAMPLE)
    finally:
        session.lock()


def open_policy(
    qtbot: QtBot, controller_maker: MakeController, folder: Path, name: str, passphrase: str
) -> tuple[MainWindow, PolicyPage]:
    """Unlock as name and show the Policy page."""
    controller = controller_maker(folder)
    controller.start()
    main = unlock(qtbot, controller, name, passphrase)
    main.show_page(main.policy_page)
    settle(qtbot, main)
    return main, main.policy_page


@pytest.fixture
def example_vault(vault_with_people: Path) -> Path:
    """The people vault with the example policy saved (documents not yet published)."""
    import_example(vault_with_people)
    return vault_with_people


def test_administrator_edits_and_saves_a_new_version(
    qtbot: QtBot, make_controller: MakeController, example_vault: Path
) -> None:
    main, page = open_policy(qtbot, make_controller, example_vault, ADMIN, ADMIN_PASSPHRASE)
    assert main.stack.currentWidget() is page
    assert not page.is_dirty and not page.save_button.isEnabled()
    assert page.history_model.rowCount() == 1

    policy_field(page.editor, "sampling.max_per_agent_per_week", QSpinBox).setValue(4)
    assert page.is_dirty and page.save_button.isEnabled()
    assert page.state_label.text() == "Unsaved changes."
    page.save_button.click()
    settle(qtbot, main)

    assert page.history_model.rowCount() == 2
    assert page.history_model.index(0, 0).data() == "2"
    assert "sampling.max_per_agent_per_week: 3 → 4" in page.history_model.index(0, 3).data()
    assert page.state_label.text() == "Saved as version 2."
    assert page.version_label.text().startswith("Version 2, saved")
    assert not page.is_dirty

    # The old version stays readable, and read-only.
    page.history_view.selectRow(1)
    page.view_selected_version()
    settle(qtbot, main)
    dialog = page.version_dialog
    assert dialog is not None and dialog.isVisible()
    old_max = policy_field(dialog.editor, "sampling.max_per_agent_per_week", QSpinBox)
    assert old_max.value() == 3
    assert old_max.isReadOnly()
    dialog.reject()


def test_enter_makes_a_new_line_and_ctrl_enter_saves(
    qtbot: QtBot, make_controller: MakeController, example_vault: Path
) -> None:
    main, page = open_policy(qtbot, make_controller, example_vault, ADMIN, ADMIN_PASSPHRASE)
    main.activateWindow()
    qtbot.waitActive(main)
    # Every language has its text, so the cursor goes to the first language's box.
    security = text_box(page.editor.input("attestations.security_statement"), "nl")
    assert isinstance(security, QPlainTextEdit)
    page.editor.focus_key("attestations.security_statement")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is security)
    before = security.toPlainText()
    security.moveCursor(QTextCursor.MoveOperation.End)

    qtbot.keyClick(security, Qt.Key.Key_Return)
    qtbot.keyClicks(security, "Backups are encrypted too.")
    assert security.toPlainText() == before + "\nBackups are encrypted too."
    assert page.is_dirty and page.history_model.rowCount() == 1  # Enter saved nothing

    qtbot.keyClick(security, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, main)
    assert page.history_model.rowCount() == 2
    assert page.state_label.text() == "Saved as version 2."
    assert not page.is_dirty


def test_unreadable_value_shows_a_hint_and_blocks_saving(
    qtbot: QtBot, make_controller: MakeController, example_vault: Path
) -> None:
    main, page = open_policy(qtbot, make_controller, example_vault, ADMIN, ADMIN_PASSPHRASE)
    scope = page.editor.page("scope")
    extensions = policy_field(page.editor, "scope.internal_extensions", QLineEdit)
    extensions.setText("100-abc")
    hint = scope.hints["scope.internal_extensions"]
    assert not hint.isHidden()
    assert "“100-abc” cannot be read" in hint.text()
    assert not page.save_button.isEnabled()
    page.save()  # refused: nothing is stored
    settle(qtbot, main)
    assert page.history_model.rowCount() == 1
    assert on_worker(main, lambda s: s.policy.status()).policy.version == 1

    # A time zone the app does not know can be saved, but the policy stays incomplete.
    extensions.setText("100-399")
    policy_field(page.editor, "scope.timezone", QComboBox).setEditText("Europe/Atlantis")
    tz_hint = scope.hints["scope.timezone"]
    assert tz_hint.text() == (
        "The time zone “Europe/Atlantis” is not known; use a name like Europe/Amsterdam."
    )
    assert scope.hints["scope.internal_extensions"].isHidden()
    assert page.save_button.isEnabled()
    page.save_button.click()
    settle(qtbot, main)
    status = on_worker(main, lambda s: s.policy.status())
    assert status.policy.version == 2
    assert "scope.timezone" in [m.key for m in status.missing]


def test_checklist_follows_the_draft_as_it_is_typed(
    qtbot: QtBot, make_controller: MakeController, example_vault: Path
) -> None:
    _main, page = open_policy(qtbot, make_controller, example_vault, ADMIN, ADMIN_PASSPHRASE)
    # Saved and complete apart from publishing the documents.
    assert page.checklist.keys == ["documents.staff_regulation", "documents.agent_protocol"]

    name = policy_field(page.editor, "organisation.name", QLineEdit)
    name.clear()
    assert page.checklist.keys[0] == "organisation.name"
    assert page.checklist.item_labels[0].text().count("Enter the name of the organisation.") == 1
    assert page.editor.section_list.item(0).text() == "Organisation  (1)"
    assert page.editor.page("organisation").hints["organisation.name"].text() == (
        "Enter the name of the organisation."
    )

    purposes = page.editor.purposes
    purposes.select_row(1)
    # The vault's agents read Dutch: an English text alone is not enough.
    text_box(purposes.inputs["necessity"], "nl").clear()
    assert "purposes[dispute].necessity" in page.checklist.keys
    assert purposes.hints["necessity"].text() == (
        "Write why recording is necessary for the purpose “Evidence in disputes with donors” "
        "and which less intrusive means were weighed. It is still missing in Dutch."
    )

    name.setText("Stichting Voorbeeld")
    assert "organisation.name" not in page.checklist.keys
    assert page.editor.section_list.item(0).text() == "Organisation  ✓"

    # Clicking an item puts the cursor in its field.
    page.checklist.item_activated.emit("purposes[dispute].necessity")
    assert page.editor.current_index() == 1
    assert purposes.selected_purpose() is not None
    assert purposes.purpose_list.currentRow() == 1


def test_team_lead_reads_the_policy_without_changing_it(
    qtbot: QtBot, make_controller: MakeController, example_vault: Path
) -> None:
    _main, page = open_policy(
        qtbot, make_controller, example_vault, TEAM_LEAD, TEAM_LEAD_PASSPHRASE
    )
    editor = page.editor
    name = policy_field(editor, "organisation.name", QLineEdit)
    assert name.text() == "Stichting Voorbeeld"
    assert name.isReadOnly()
    assert policy_field(editor, "scope.protected_numbers", QPlainTextEdit).isReadOnly()
    assert policy_field(editor, "sampling.rate", QDoubleSpinBox).isReadOnly()
    assert not policy_field(editor, "sampling.mode", QComboBox).isEnabled()
    assert text_box(editor.input("attestations.security_statement"), "nl").isReadOnly()
    roles = editor.purposes.inputs["listener_roles"]
    assert isinstance(roles, RolesInput)
    assert not next(iter(roles.checks.values())).isEnabled()
    attestations = editor.page("attestations")
    assert isinstance(attestations, AttestationsSection)
    for button in (
        page.save_button,
        page.discard_button,
        page.import_button,
        editor.purposes.add_button,
        attestations.default_button,
    ):
        assert button.isHidden()
    assert not page.read_only_note.isHidden()
    assert not page.export_button.isHidden()
    assert not page.is_dirty


def test_broken_toml_lists_every_problem_and_changes_nothing(
    qtbot: QtBot,
    make_controller: MakeController,
    example_vault: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "broken.toml"
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('legal_basis = "legitimate_interest"', 'legal_basis = "consent"', 1)
    text = text.replace("rate = 0.05", "rate = 5")
    text = text.replace('timezone = "Europe/Amsterdam"', 'timezone = "Mars/Olympus"')
    broken.write_text(text, encoding="utf-8")
    main, page = open_policy(qtbot, make_controller, example_vault, ADMIN, ADMIN_PASSPHRASE)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(broken), ""))
    )
    shown: list[str] = []

    def warning(_parent: QWidget | None, _title: str, message: str) -> None:
        shown.append(message)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    page.import_button.click()
    settle(qtbot, main)

    assert len(shown) == 1
    message = shown[0]
    assert "was not imported because it has 3 problems" in message
    for key in ("purposes[1].legal_basis", "sampling.rate", "scope.timezone"):
        assert key in message
    assert page.history_model.rowCount() == 1
    assert on_worker(main, lambda s: s.policy.current()).scope.timezone == "Europe/Amsterdam"


def _import_shows(
    qtbot: QtBot,
    main: MainWindow,
    page: PolicyPage,
    path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> list[str]:
    """Import path on the page; the messages shown."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    shown: list[str] = []

    def warning(_parent: QWidget | None, _title: str, message: str) -> None:
        shown.append(message)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    page.import_button.click()
    settle(qtbot, main)
    return shown


@pytest.mark.parametrize("language", ["en", "nl"])
def test_an_empty_file_or_a_number_above_its_bound_is_refused_in_the_readers_language(
    qtbot: QtBot,
    qapp: QApplication,
    make_controller: MakeController,
    example_vault: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    empty = tmp_path / "empty.toml"
    empty.write_text("# nothing here yet\n", encoding="utf-8")
    huge = tmp_path / "huge.toml"
    text = EXAMPLE.read_text(encoding="utf-8")
    huge.write_text(text.replace("retention_days = 30", "retention_days = 3000000", 1), "utf-8")
    main, page = open_policy(qtbot, make_controller, example_vault, ADMIN, ADMIN_PASSPHRASE)
    install_translators(qapp, language)
    try:
        [refused_empty] = _import_shows(qtbot, main, page, empty, monkeypatch)
        [refused_huge] = _import_shows(qtbot, main, page, huge, monkeypatch)
    finally:
        install_translators(qapp, "en")
    if language == "en":
        assert refused_empty == (
            "The policy file empty.toml is empty, so it was not imported; export the current "
            "policy with “Export TOML”, edit that file and import it."
        )
        assert refused_huge == (
            "The policy file huge.toml was not imported because it has a problem; fix it and "
            "import the file again:\npurposes[1].retention_days: This must be a whole number "
            "from 1 to 3650, not 3000000."
        )
    else:
        assert refused_empty.startswith("Het beleidsbestand empty.toml is leeg")
        assert refused_huge.startswith("Het beleidsbestand huge.toml is niet geïmporteerd")
        assert refused_huge.endswith(
            "purposes[1].retention_days: Dit moet een geheel getal van 1 tot en met 3650 zijn, "
            "niet 3000000."
        )
    # Nothing was stored.
    assert page.history_model.rowCount() == 1


def test_export_keeps_the_comments_of_the_file_it_replaces(
    qtbot: QtBot,
    make_controller: MakeController,
    example_vault: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "policy.toml"
    target.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    main, page = open_policy(qtbot, make_controller, example_vault, ADMIN, ADMIN_PASSPHRASE)
    policy_field(page.editor, "sampling.max_per_agent_per_week", QSpinBox).setValue(5)
    page.save()
    settle(qtbot, main)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page.export_button.click()
    settle(qtbot, main)
    written = target.read_text(encoding="utf-8")
    assert "max_per_agent_per_week = 5" in written
    assert "# Who is responsible for the recordings" in written
    assert page.state_label.text() == "Version 2 exported to policy.toml."


def test_leaving_with_unsaved_changes_asks_first(
    qtbot: QtBot, make_controller: MakeController, example_vault: Path
) -> None:
    main, page = open_policy(qtbot, make_controller, example_vault, ADMIN, ADMIN_PASSPHRASE)
    policy_field(page.editor, "organisation.contact", QLineEdit).setText("avg@voorbeeld.nl")
    main.show_page(main.people_page)
    # Still on the Policy page until the question is answered.
    assert main.stack.currentWidget() is page
    box = main._leave_box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: main.stack.currentWidget() is main.people_page)
    settle(qtbot, main)
    assert on_worker(main, lambda s: s.policy.current()).organisation.contact == (
        "avg@voorbeeld.nl"
    )
    assert not page.is_dirty


def test_closing_and_discarding_the_changes_closes_without_asking_again(
    qtbot: QtBot, make_controller: MakeController, example_vault: Path
) -> None:
    main, page = open_policy(qtbot, make_controller, example_vault, ADMIN, ADMIN_PASSPHRASE)
    contact = policy_field(page.editor, "organisation.contact", QLineEdit)
    contact.setText("avg@voorbeeld.nl")
    main.close()
    box = main._leave_box
    assert box is not None and main.isVisible()
    box.button(QMessageBox.StandardButton.Discard).click()
    # Discarding cleans the page at once, so the close that follows does not ask again.
    assert not page.is_dirty
    assert main._leave_box is None and not main.isVisible()
    settle(qtbot, main)
    assert contact.text() != "avg@voorbeeld.nl"


def test_lock_offers_to_save_and_idle_lock_says_changes_were_dropped(
    qtbot: QtBot, make_controller: MakeController, example_vault: Path
) -> None:
    controller = make_controller(example_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    main.show_page(main.policy_page)
    settle(qtbot, main)
    policy_field(main.policy_page.editor, "organisation.name", QLineEdit).setText(
        "Stichting Anders"
    )
    main.lock_action.trigger()
    box = main._leave_box
    assert box is not None and controller.session is not None  # asked, not yet locked
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: main._leave_box is None)
    assert controller.session is not None

    controller.lock_idle()
    qtbot.waitUntil(lambda: controller.unlock_window.isVisible())
    assert "Unsaved changes to the policy were discarded." in (
        controller.unlock_window.message.text()
    )


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_section_scrolls_sideways_at_1024_by_700(
    qtbot: QtBot,
    qapp: QApplication,
    make_controller: MakeController,
    example_vault: Path,
    language: str,
) -> None:
    install_translators(qapp, language)
    try:
        main, page = open_policy(qtbot, make_controller, example_vault, ADMIN, ADMIN_PASSPHRASE)
        main.resize(1024, 700)
        editor = page.editor
        wide = []
        for row in range(editor.section_list.count()):
            editor.section_list.setCurrentRow(row)
            qtbot.wait(50)  # the section's layout settles
            shown = editor.stack.currentWidget()
            assert shown is not None
            areas = shown.findChildren(QScrollArea)
            if isinstance(shown, QScrollArea):
                areas.append(shown)
            if any(area.horizontalScrollBar().isVisible() for area in areas):
                wide.append(editor.section_list.item(row).text())
        assert wide == []
    finally:
        install_translators(qapp, "en")

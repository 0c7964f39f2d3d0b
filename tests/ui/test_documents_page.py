"""The Documents page: preview, publish with SHA-256, export PDF/HTML, record protocol receipts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from supervisor_app.ui.pages.documents_page import DocumentsPage
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.ui.conftest import TEAM_LEAD, TEAM_LEAD_PASSPHRASE, MakeController, settle, unlock
from tests.ui.test_people_page import buttons_left_to_right, opens_on, tab_stops
from tests.ui.test_policy_page import import_example


def publish_on_page(qtbot: QtBot, page: DocumentsPage) -> None:
    """Click Publish and confirm."""
    assert page.publish_button.isEnabled()
    box = page.publish()
    confirm = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    confirm.click()
    qtbot.waitUntil(lambda: page.result_label.isVisible())
    settle(qtbot, page.ops)


def record_receipts_on_page(qtbot: QtBot, page: DocumentsPage, names: list[str]) -> None:
    """Select the agents called names in the acknowledgements table and record today."""
    page.tabs.setCurrentIndex(1)
    settle(qtbot, page.ops)
    model, selection = page.receipts_model, page.receipts_view.selectionModel()
    selection.clearSelection()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() in names:
            selection.select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
    assert [a.name for a in page.selected_agents()] == sorted(names)
    dialog = page.record_receipt()
    assert dialog is not None
    # The date is the one field: the dialog opens on it, and Tab goes on to the buttons.
    opens_on(qtbot, dialog.date_edit)
    assert tab_stops(dialog.date_edit) == [dialog.date_edit, *buttons_left_to_right(dialog.buttons)]
    with qtbot.waitSignal(dialog.accepted):  # closes once the worker recorded them
        dialog.ok_button.click()
    settle(qtbot, page.ops)


@pytest.fixture
def example_vault(vault_with_people: Path) -> Path:
    """The people vault with the example policy saved."""
    import_example(vault_with_people)
    return vault_with_people


def test_publish_shows_versions_and_fingerprints(
    qtbot: QtBot, make_controller: MakeController, example_vault: Path
) -> None:
    controller = make_controller(example_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    main.show_page(main.documents_page)
    page = main.documents_page
    settle(qtbot, main)
    # Before publishing: a draft preview of the current policy, nothing published yet.
    assert page.versions_model.rowCount() == 1
    assert page.versions_model.index(0, 0).data() == "Draft (not published)"
    assert "Stichting Voorbeeld" in page.preview.toPlainText()
    assert "Not yet published" in page.status_label.text()
    # A PDF's foot is in the document's language, not the screen's (English here).
    assert page._shown is not None
    assert page._shown.footer == (
        "Personeelsreglement: opnemen en terugluisteren van telefoongesprekken"
        " · Concept, nog niet gepubliceerd"
    )

    publish_on_page(qtbot, page)
    assert re.search(r"version 1 \(NL\): SHA-256 [0-9a-f]{64}", page.result_label.text())
    assert page.versions_model.rowCount() == 2
    assert page.versions_model.index(1, 0).data() == "1"
    assert page.versions_model.index(1, 1).data() == "1"
    assert page.versions_model.index(1, 3).data().endswith("…")
    assert not page.publish_button.isEnabled()  # nothing new to publish
    assert "Version 1 is published" in page.status_label.text()

    dutch = page.preview.toPlainText()
    page.language_combo.setCurrentIndex(1)
    settle(qtbot, main)
    english = page.preview.toPlainText()
    assert english != dutch and "Stichting Voorbeeld" in english
    page.kind_combo.setCurrentIndex(2)
    settle(qtbot, main)
    assert page.versions_model.rowCount() == 1  # the register entry is never published
    assert "register entry is not published" in page.status_label.text()
    page.language_combo.setCurrentIndex(0)
    settle(qtbot, main)
    assert page._shown is not None
    assert page._shown.footer.startswith("Register van verwerkingsactiviteiten")


def test_export_pdf_and_html_of_a_published_version(
    qtbot: QtBot,
    make_controller: MakeController,
    example_vault: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller = make_controller(example_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    main.show_page(main.documents_page)
    page = main.documents_page
    settle(qtbot, main)
    publish_on_page(qtbot, page)
    page.kind_combo.setCurrentIndex(1)  # agent protocol
    settle(qtbot, main)
    page.versions_view.selectRow(1)
    settle(qtbot, main)
    targets = iter([tmp_path / "protocol.pdf", tmp_path / "protocol.html"])
    asked: list[str] = []

    def save_name(*args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(next(targets)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    page.pdf_button.click()
    page.html_button.click()

    assert asked[0].endswith("agent_protocol-v1-nl.pdf")
    pdf = (tmp_path / "protocol.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    html = (tmp_path / "protocol.html").read_text(encoding="utf-8")
    assert "<meta charset" in html.lower()
    assert "Stichting Voorbeeld" in html
    assert page.result_label.text() == "Saved as protocol.html."


def test_team_lead_reads_but_cannot_publish_or_record(
    qtbot: QtBot, make_controller: MakeController, example_vault: Path
) -> None:
    controller = make_controller(example_vault)
    controller.start()
    main = unlock(qtbot, controller, TEAM_LEAD, TEAM_LEAD_PASSPHRASE)
    main.show_page(main.documents_page)
    page = main.documents_page
    settle(qtbot, main)
    assert page.publish_button.isHidden()
    assert page.record_button.isHidden()
    assert not page.pdf_button.isHidden()
    page.show_acknowledgements()
    settle(qtbot, main)
    names = [page.receipts_model.index(r, 0).data() for r in range(page.receipts_model.rowCount())]
    assert names == ["Fatima El Amrani"]


def test_receipts_are_recorded_for_every_selected_agent(
    qtbot: QtBot, make_controller: MakeController, example_vault: Path
) -> None:
    controller = make_controller(example_vault)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    main.show_page(main.documents_page)
    page = main.documents_page
    settle(qtbot, main)
    page.tabs.setCurrentIndex(1)
    settle(qtbot, main)
    assert "No agent protocol has been published" in page.protocol_label.text()
    assert not page.record_button.isEnabled()

    page.tabs.setCurrentIndex(0)
    publish_on_page(qtbot, page)
    record_receipts_on_page(qtbot, page, ["Fatima El Amrani", "Ivo de Boer"])
    model = page.receipts_model
    received = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert "not yet" not in received
    assert "Agents without it: 0." in page.protocol_label.text()
    page.only_missing_check.setChecked(True)
    settle(qtbot, main)
    assert model.rowCount() == 0

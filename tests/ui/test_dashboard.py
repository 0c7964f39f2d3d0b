"""The Dashboard: what keeps the policy incomplete, a way to each fix, who lacks the protocol."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from supervisor_app.domain.texts import LocalText
from supervisor_app.services import session as session_service
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.policy import PolicyService
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.ui.conftest import (
    TEAM_LEAD,
    TEAM_LEAD_PASSPHRASE,
    MakeController,
    policy_field,
    settle,
    text_box,
    unlock,
)
from tests.ui.test_documents_page import publish_on_page, record_receipts_on_page
from tests.ui.test_policy_page import import_example


def test_new_vault_lists_what_is_missing_and_opens_the_field(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    controller = make_controller(vault_with_people)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    settle(qtbot, main)
    dashboard = main.dashboard_page
    assert main.stack.currentWidget() is dashboard
    assert "not complete" in dashboard.policy_card.headline.text()
    assert "organisation.contact" in dashboard.policy_buttons
    assert "documents.agent_protocol" in dashboard.policy_buttons
    assert "No agent protocol has been published" in dashboard.protocol_card.headline.text()

    main.activateWindow()
    dashboard.policy_buttons["organisation.contact"].click()
    settle(qtbot, main)
    page = main.policy_page
    contact = policy_field(page.editor, "organisation.contact", QLineEdit)
    assert main.stack.currentWidget() is page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is contact)
    hint = page.editor.page("organisation").hints["organisation.contact"]
    assert hint.text() == (
        "Enter where agents and customers can send objections and access requests."
    )
    assert not hint.isHidden()


def test_button_for_a_purpose_opens_that_purpose(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    import_example(vault_with_people)
    session = session_service.unlock(vault_with_people, ADMIN, ADMIN_PASSPHRASE)
    service = PolicyService(session)
    policy = service.current()
    training, dispute = policy.purposes
    service.save(replace(policy, purposes=(training, replace(dispute, necessity=LocalText()))))
    session.lock()

    controller = make_controller(vault_with_people)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    settle(qtbot, main)
    main.activateWindow()
    main.dashboard_page.policy_buttons["purposes[dispute].necessity"].click()
    settle(qtbot, main)
    purposes = main.policy_page.editor.purposes
    assert main.policy_page.editor.current_index() == 1
    selected = purposes.selected_purpose()
    assert selected is not None and selected.id == "dispute"
    # The cursor goes to the first language without the text: Dutch.
    dutch = text_box(purposes.inputs["necessity"], "nl")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dutch)
    assert not purposes.hints["necessity"].isHidden()


def test_publishing_and_receipts_clear_the_dashboard(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    import_example(vault_with_people)
    controller = make_controller(vault_with_people)
    controller.start()
    main = unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    settle(qtbot, main)
    dashboard = main.dashboard_page
    assert list(dashboard.policy_buttons) == [
        "documents.staff_regulation",
        "documents.agent_protocol",
    ]
    dashboard.policy_buttons["documents.staff_regulation"].click()
    settle(qtbot, main)
    assert main.stack.currentWidget() is main.documents_page

    publish_on_page(qtbot, main.documents_page)
    main.show_page(dashboard)
    settle(qtbot, main)
    assert "is complete" in dashboard.policy_card.headline.text()
    assert dashboard.policy_buttons == {}
    assert dashboard.missing_agent_names == ["Fatima El Amrani", "Ivo de Boer"]
    assert "2 agents have not received" in dashboard.protocol_card.headline.text()

    assert dashboard.acknowledgements_button is not None
    dashboard.acknowledgements_button.click()
    settle(qtbot, main)
    documents = main.documents_page
    assert documents.tabs.currentIndex() == 1
    record_receipts_on_page(qtbot, documents, ["Fatima El Amrani"])
    main.show_page(dashboard)
    settle(qtbot, main)
    assert dashboard.missing_agent_names == ["Ivo de Boer"]
    assert "1 agent has not received" in dashboard.protocol_card.headline.text()


def test_team_lead_sees_only_agents_of_their_team(
    qtbot: QtBot, make_controller: MakeController, vault_with_people: Path
) -> None:
    import_example(vault_with_people)
    session = session_service.unlock(vault_with_people, ADMIN, ADMIN_PASSPHRASE)
    DocumentService(session).publish()
    session.lock()
    controller = make_controller(vault_with_people)
    controller.start()
    main = unlock(qtbot, controller, TEAM_LEAD, TEAM_LEAD_PASSPHRASE)
    settle(qtbot, main)
    assert main.stack.currentWidget() is main.dashboard_page
    assert main.dashboard_page.missing_agent_names == ["Fatima El Amrani"]
    assert "is complete" in main.dashboard_page.policy_card.headline.text()

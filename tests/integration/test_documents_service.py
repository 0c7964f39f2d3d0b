"""Publishing documents and recording acknowledgements in a real vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from supervisor_app import paths
from supervisor_app.domain.errors import AccessDenied, InputError, NotFound
from supervisor_app.domain.people import Agent
from supervisor_app.domain.policy import Policy, Protocol
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalLines
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit
from tests.conftest import STRONG_PASSPHRASE

EXAMPLE = paths.resources_dir() / "policy.example.toml"


@pytest.fixture
def agents(admin_session: Session) -> list[Agent]:
    people = PeopleService(admin_session)
    people.add_team("Noord")
    people.add_team("Zuid")
    return [
        people.add_agent("Fatima", ["201"], "Noord"),
        people.add_agent("Gert", ["202"], "Noord"),
        people.add_agent("Ivo", ["301"], "Zuid"),
    ]


def test_publishing_completes_the_policy(admin_session: Session) -> None:
    policy = PolicyService(admin_session)
    with pytest.raises(InputError, match="once the rest of the policy is complete"):
        DocumentService(admin_session).publish()
    policy.import_file(EXAMPLE)
    assert not policy.status().complete
    docs = DocumentService(admin_session).publish()
    assert sorted((d.kind, d.language, d.doc_version) for d in docs) == [
        ("agent_protocol", "en", 1),
        ("agent_protocol", "nl", 1),
        ("staff_regulation", "en", 1),
        ("staff_regulation", "nl", 1),
    ]
    assert policy.status().complete
    entries = audit.entries(admin_session.conn, limit=2)
    assert {e.action for e in entries} == {"document_published"}
    stored = {e.subject: e.details["sha256"] for e in entries}
    nl = DocumentService(admin_session).published("staff_regulation", "nl")
    assert stored["staff_regulation:1"]["nl"] == nl.body_sha256


def test_published_text_is_immutable_and_versioned(admin_session: Session) -> None:
    policy_service = PolicyService(admin_session)
    documents = DocumentService(admin_session)
    policy_service.import_file(EXAMPLE)
    documents.publish()
    first = documents.published("agent_protocol", "en")
    # A sampling change touches the staff regulation, not the protocol.
    policy = policy_service.current()
    policy_service.save(replace(policy, sampling=replace(policy.sampling, rate=0.2)))
    assert not policy_service.status().complete  # needs publishing again
    documents.publish()
    assert documents.published("staff_regulation", "en").doc_version == 2
    assert documents.published("agent_protocol", "en").doc_version == 1
    # A new conduct rule is a new protocol.
    policy = policy_service.current()
    policy_service.save(replace(policy, protocol=_with_expectation(policy, "X")))
    documents.publish()
    assert documents.published("agent_protocol", "en").doc_version == 2
    assert documents.published("agent_protocol", "en", version=1).body == first.body
    with pytest.raises(NotFound):
        documents.published("agent_protocol", "en", version=9)


def test_acknowledgements_follow_the_current_protocol(
    admin_session: Session, agents: list[Agent]
) -> None:
    documents = DocumentService(admin_session)
    with pytest.raises(InputError, match="No agent protocol has been published"):
        documents.acknowledge([agents[0].id])
    PolicyService(admin_session).import_file(EXAMPLE)
    documents.publish()
    status = documents.protocol_status()
    assert status.version == 1 and len(status.missing) == 3
    assert documents.acknowledge([agents[0].id, agents[1].id], received_on=date(2026, 9, 2)) == 2
    assert documents.acknowledge([agents[0].id]) == 0  # recorded once
    status = documents.protocol_status()
    assert [a.name for a in status.missing] == ["Ivo"]
    assert status.acknowledged[agents[0].id] == "2026-09-02"
    with pytest.raises(InputError, match="future"):
        documents.acknowledge([agents[2].id], received_on=date.today() + timedelta(days=2))
    with pytest.raises(InputError, match="no protocol version 5"):
        documents.acknowledge([agents[2].id], version=5)
    with pytest.raises(NotFound):
        documents.acknowledge([999])
    # A changed protocol must be received again.
    policy_service = PolicyService(admin_session)
    policy = policy_service.current()
    policy_service.save(replace(policy, protocol=_with_expectation(policy, "Y")))
    documents.publish()
    assert len(documents.protocol_status().missing) == 3


def test_team_leads_read_but_do_not_publish(admin_session: Session, agents: list[Agent]) -> None:
    people = PeopleService(admin_session)
    people.add_user("bram", people.grants_for([Role.TEAM_LEAD], ["Zuid"]), STRONG_PASSPHRASE)
    PolicyService(admin_session).import_file(EXAMPLE)
    DocumentService(admin_session).publish()
    admin_session.lock()
    bram = unlock(admin_session.vault.folder, "bram", STRONG_PASSPHRASE)
    try:
        documents = DocumentService(bram)
        with pytest.raises(AccessDenied):
            documents.publish()
        with pytest.raises(AccessDenied):
            documents.acknowledge([agents[2].id])
        assert [a.name for a in documents.protocol_status().missing] == ["Ivo"]
        assert "<" in documents.preview("staff_regulation", "nl").html
    finally:
        bram.lock()


def _with_expectation(policy: Policy, line: str) -> Protocol:
    """The protocol with one more expectation, in both languages."""
    lines = policy.protocol.expectations
    return Protocol(LocalLines(nl=(*lines.nl, line), en=(*lines.en, line)))

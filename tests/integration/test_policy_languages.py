"""The policy's texts in every language an agent of the vault reads; the register's state."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from supervisor_app import paths
from supervisor_app.domain.people import Language
from supervisor_app.domain.policy import Policy, WorksCouncil
from supervisor_app.domain.texts import LocalText
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.policy_toml import load_policy
from supervisor_app.services.session import Session

EXAMPLE = load_policy((paths.resources_dir() / "policy.example.toml").read_text(encoding="utf-8"))


def _dutch_only(policy: Policy) -> Policy:
    """The example with one text left in Dutch only."""
    training = policy.purposes[0]
    dutch = replace(training, title=LocalText(nl=training.title.nl))
    return replace(policy, purposes=(dutch, *policy.purposes[1:]))


def test_the_languages_needed_are_those_of_the_agents(admin_session: Session) -> None:
    people = PeopleService(admin_session)
    people.add_team("Team Noord")
    people.add_agent("Fatima El Amrani", ["201"], "Team Noord", language=Language.NL)
    service = PolicyService(admin_session)
    service.save(_dutch_only(EXAMPLE))
    DocumentService(admin_session).publish()
    # Every agent reads Dutch, the main language: a Dutch title is enough.
    assert service.status().languages == {"nl"}
    assert service.status().complete
    # An agent who reads English needs the title in English too.
    people.add_agent("Ivo de Boer", ["204"], "Team Noord", language=Language.EN)
    status = service.status()
    assert status.languages == {"nl", "en"}
    [item] = status.missing
    assert (item.key, item.languages) == ("purposes[training].title", ("en",))
    assert not status.complete


def test_publishing_waits_for_every_language(admin_session: Session) -> None:
    people = PeopleService(admin_session)
    people.add_team("Team Noord")
    people.add_agent("Ivo de Boer", ["204"], "Team Noord", language=Language.EN)
    PolicyService(admin_session).save(_dutch_only(EXAMPLE))
    status = PolicyService(admin_session).status()
    assert [m.key for m in status.blocking_before_documents] == ["purposes[training].title"]


def test_a_consent_dated_tomorrow_keeps_the_policy_incomplete(admin_session: Session) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=2)
    council = WorksCouncil(consent_date=tomorrow, reference="OR-1")
    future = replace(EXAMPLE, attestations=replace(EXAMPLE.attestations, works_council=council))
    service = PolicyService(admin_session)
    service.save(future)
    keys = [m.key for m in service.status().missing]
    assert "attestations.works_council.consent_date" in keys


def test_an_empty_list_of_protected_numbers_is_a_warning_only(admin_session: Session) -> None:
    service = PolicyService(admin_session)
    service.save(replace(EXAMPLE, scope=replace(EXAMPLE.scope, protected_numbers=())))
    DocumentService(admin_session).publish()
    status = service.status()
    assert status.complete
    assert [w.key for w in status.warnings] == ["scope.protected_numbers"]


def test_the_register_entry_shows_the_published_version(admin_session: Session) -> None:
    PolicyService(admin_session).save(EXAMPLE)
    documents = DocumentService(admin_session)
    assert "Concept, nog niet gepubliceerd" in documents.register_entry("nl").html
    documents.publish()
    today = dt.datetime.now(dt.UTC).date()
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"]
    months += ["september", "oktober", "november", "december"]
    html = documents.register_entry("nl").html
    assert "Concept, nog niet gepubliceerd" not in html
    assert f"Beleidsversie 1, gepubliceerd op {today.day} {months[today.month - 1]}" in html
    assert "Policy version 1, published" in documents.register_entry("en").html

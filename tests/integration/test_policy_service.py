"""The policy in a real vault: versions, history, audit entries, import, completeness gate."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from supervisor_app import paths
from supervisor_app.domain.errors import AccessDenied, InputError
from supervisor_app.domain.policy import Policy
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as codes
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyIncomplete, PolicyService
from supervisor_app.services.policy_toml import load_policy
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit
from tests.conftest import STRONG_PASSPHRASE

EXAMPLE = paths.resources_dir() / "policy.example.toml"


@pytest.fixture
def example() -> Policy:
    return load_policy(EXAMPLE.read_text(encoding="utf-8"))


def test_a_new_vault_has_an_empty_incomplete_policy(admin_session: Session) -> None:
    service = PolicyService(admin_session)
    status = service.status()
    assert status.policy.version == 0
    assert not status.complete
    keys = {m.key for m in status.missing}
    assert "organisation.name" in keys and "documents.staff_regulation" in keys


def test_every_change_is_a_new_version_with_history_and_audit(
    admin_session: Session, example: Policy
) -> None:
    service = PolicyService(admin_session)
    first = service.save(example)
    assert first.version == 1 and first == example
    assert service.save(example).version == 1  # unchanged: no new version
    changed = replace(example, sampling=replace(example.sampling, rate=0.1))
    second = service.save(changed)
    assert second.version == 2
    history = service.history()
    assert [h.version for h in history] == [2, 1]
    assert history[0].created_by == "admin"
    assert "rate" in history[0].summary and "0.1" in history[0].summary
    assert service.version(1) == example  # old versions stay readable
    actions = [(e.action, e.subject) for e in audit.entries(admin_session.conn, limit=2)]
    assert actions == [("policy_changed", "policy:2"), ("policy_changed", "policy:1")]
    with pytest.raises(InputError):
        service.version(7)


def test_only_administrators_change_the_policy(
    admin_session: Session, example: Policy, vault_dir: Path
) -> None:
    people = PeopleService(admin_session)
    people.add_team("Noord")
    people.add_user("bram", people.grants_for([Role.TEAM_LEAD], ["Noord"]), STRONG_PASSPHRASE)
    admin_session.lock()
    bram = unlock(vault_dir, "bram", STRONG_PASSPHRASE)
    try:
        with pytest.raises(AccessDenied, match="Only an administrator"):
            PolicyService(bram).save(example)
        assert PolicyService(bram).current().version == 0
    finally:
        bram.lock()


def test_require_complete_lists_what_is_missing(admin_session: Session, example: Policy) -> None:
    service = PolicyService(admin_session)
    service.save(example)
    with pytest.raises(PolicyIncomplete) as caught:
        service.require_complete(codes.POLICY_INCOMPLETE_IMPORT)
    message = str(caught.value)
    assert message.startswith("The recording policy is not complete, so importing calls")
    assert {m.key for m in caught.value.missing} == {
        "documents.staff_regulation",
        "documents.agent_protocol",
    }


def test_import_file_stores_a_version_and_invalid_files_change_nothing(
    admin_session: Session, tmp_path: Path
) -> None:
    service = PolicyService(admin_session)
    assert service.import_file(EXAMPLE).version == 1
    broken = tmp_path / "broken.toml"
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        'legal_basis = "legitimate_interest"', 'legal_basis = "consent"', 1
    )
    broken.write_text(text.replace("retention_days = 30", "retention_days = -3"), encoding="utf-8")
    before = len(audit.entries(admin_session.conn))
    with pytest.raises(InputError) as caught:
        service.import_file(broken)
    message = str(caught.value)
    assert "2 problems" in message
    assert "Consent is not a valid legal basis" in message
    assert "retention_days" in message
    assert service.current().version == 1
    assert len(audit.entries(admin_session.conn)) == before
    with pytest.raises(InputError, match="cannot be read"):
        service.import_file(tmp_path / "missing.toml")


def test_export_round_trips_through_import(
    admin_session: Session, example: Policy, tmp_path: Path
) -> None:
    service = PolicyService(admin_session)
    service.save(example)
    exported = service.export_text(EXAMPLE.read_text(encoding="utf-8"))
    assert "#" in exported  # the privacy officer's comments survive
    assert load_policy(exported) == example

"""One policy file for the organisation, imported into every vault: its number and its owner.

The vault records the organisation and the file's own number with each version it imports,
and refuses another organisation's file, an older number, a file without a number once it
holds one, and the same number with other content.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from supervisor_app import paths
from supervisor_app.domain.errors import InputError
from supervisor_app.services import policy_source
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.policy_toml import load_policy
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, policy_repo

EXAMPLE = paths.resources_dir() / "policy.example.toml"
ORGANISATION = "Stichting Voorbeeld"


def numbered(
    folder: Path,
    number: int | None,
    *,
    organisation: str = ORGANISATION,
    retention: int = 30,
) -> Path:
    """The example policy as the organisation's file number ``number``."""
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace(f'name = "{ORGANISATION}"', f'name = "{organisation}"', 1)
    text = text.replace("retention_days = 30", f"retention_days = {retention}", 1)
    if number is not None:
        text = policy_source.put_version(text, number)
    path = folder / f"policy-{organisation[:8]}-{number}-{retention}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_vault_records_whose_file_and_which_number_it_imported(
    admin_session: Session, tmp_path: Path
) -> None:
    service = PolicyService(admin_session)
    policy = service.import_file(numbered(tmp_path, 3))
    source = service.organisation_policy()
    assert source is not None and (source.organisation, source.version) == (ORGANISATION, 3)
    row = admin_session.conn.execute(
        "SELECT organisation, organisation_version FROM policy_versions WHERE version = ?",
        (policy.version,),
    ).fetchone()
    assert tuple(row) == (ORGANISATION, 3)
    changed = [e for e in audit.entries(admin_session.conn) if e.action == "policy_changed"]
    assert changed[0].details["organisation_version"] == 3
    # The number is no field of the policy: the file without it reads as the same policy.
    assert policy == load_policy(EXAMPLE.read_text(encoding="utf-8"))


def test_an_older_number_another_organisation_or_no_number_is_refused(
    admin_session: Session, tmp_path: Path
) -> None:
    service = PolicyService(admin_session)
    stored = service.import_file(numbered(tmp_path, 3))
    before = len(audit.entries(admin_session.conn))
    refusals = {
        "older than version 3": numbered(tmp_path, 2, retention=20),
        "the policy of “Stichting Ander”": numbered(tmp_path, 4, organisation="Stichting Ander"),
        "has no organisation.policy_version": numbered(tmp_path, None, retention=20),
        "already in this vault with other content": numbered(tmp_path, 3, retention=20),
    }
    for words, path in refusals.items():
        with pytest.raises(InputError) as caught:
            service.import_file(path)
        message = caught.value.message
        assert words in message and "\n" not in message and message.endswith(".")
    # Nothing was stored or logged by any of them.
    assert service.current().version == stored.version
    assert len(audit.entries(admin_session.conn)) == before


def test_a_newer_number_is_taken_and_the_same_one_again_after_a_local_edit(
    admin_session: Session, tmp_path: Path
) -> None:
    service = PolicyService(admin_session)
    first = service.import_file(numbered(tmp_path, 3))
    newer = service.import_file(numbered(tmp_path, 4, retention=20))
    assert newer.version == first.version + 1 and newer.purposes[0].retention_days == 20
    in_force = policy_repo.organisation_policy_in_force(admin_session.conn)
    assert in_force is not None and in_force[0].version == 4
    # A local edit in the editor has no number; the organisation's file may put it back.
    edited = service.save(first)
    assert service.organisation_policy() is None
    back = service.import_file(numbered(tmp_path, 4, retention=20))
    assert back.version == edited.version + 1
    assert service.organisation_policy() is not None
    # Importing the same file again stores nothing new.
    assert service.import_file(numbered(tmp_path, 4, retention=20)).version == back.version


def test_a_vault_whose_policy_was_typed_in_refuses_another_organisation(
    admin_session: Session, tmp_path: Path
) -> None:
    service = PolicyService(admin_session)
    service.save(load_policy(EXAMPLE.read_text(encoding="utf-8")))
    with pytest.raises(InputError, match="Stichting Ander"):
        service.import_file(numbered(tmp_path, 1, organisation="Stichting Ander"))
    # Its own organisation's first numbered file is recorded on the version that holds it.
    same = service.import_file(numbered(tmp_path, 1))
    assert same.version == service.current().version == 1
    assert service.organisation_policy() is not None


def test_a_bad_number_is_one_sentence(admin_session: Session, tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    text = EXAMPLE.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            f'name = "{ORGANISATION}"', f'name = "{ORGANISATION}"\npolicy_version = "drie"', 1
        )
    )
    with pytest.raises(InputError, match="whole number of 1 or more"):
        PolicyService(admin_session).import_file(path)


def test_the_export_carries_the_number_and_reads_back(
    admin_session: Session, tmp_path: Path
) -> None:
    service = PolicyService(admin_session)
    path = numbered(tmp_path, 5)
    service.import_file(path)
    exported = service.export_text(path.read_text(encoding="utf-8"))
    rest, number = policy_source.take_version(exported)
    assert number == 5
    assert "#" in rest  # the comments stay
    assert load_policy(rest) == service.current()
    lines = exported.splitlines()
    assert lines.index("policy_version = 5") == lines.index(f'name = "{ORGANISATION}"') + 1

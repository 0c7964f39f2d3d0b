"""The audit log's PDF export reads in the reader's language, with details and hashes legible."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from supervisor_app import paths
from supervisor_app.domain.notifications import receipt_code
from supervisor_app.domain.policy import DocumentKind
from supervisor_app.domain.scope import ExclusionReason
from supervisor_app.services.audit_log import AuditLogService
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.session import Session
from supervisor_app.vault import audit
from tests.integration.test_listen import REASON, Vault, build_vault

WORDS = {
    lang: json.loads(
        (paths.resources_dir() / "templates" / f"audit_log.{lang}.json").read_text("utf-8")
    )
    for lang in ("nl", "en")
}
HASH = re.compile(r"[0-9a-f]{64}")


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    built = build_vault(admin_session, tmp_path)
    listening = ListeningService(built.lead)
    listening.open(built.noord, "training", REASON).close()
    return built


def test_both_languages_have_the_same_words() -> None:
    assert WORDS["nl"].keys() == WORDS["en"].keys()
    assert len(WORDS["nl"]["columns"]) == len(WORDS["en"]["columns"]) == 6


def test_every_action_in_the_log_has_a_name_in_both_languages(vault: Vault) -> None:
    actions = {entry.action for entry in audit.entries(vault.admin.conn)}
    for language in ("nl", "en"):
        missing = sorted(a for a in actions if f"action_{a}" not in WORDS[language])
        assert not missing, f"{language}: no words for {missing}"


def test_the_signed_logs_entries_have_words_in_both_languages(vault: Vault, tmp_path: Path) -> None:
    service = AuditLogService(vault.admin)
    service.anchor(tmp_path / "anchor.json")
    PeopleService(vault.admin).set_passphrase(vault.coach.user.name, "rustige-vos-leest-kaarten-9")
    actions = {entry.action for entry in audit.entries(vault.admin.conn)}
    assert {"log_anchored", "signing_key_added"} <= actions
    for language in ("nl", "en"):
        missing = sorted(a for a in actions if f"action_{a}" not in WORDS[language])
        assert not missing, f"{language}: no words for {missing}"
    body, _export = service.html("nl")
    assert "Ankerpunt van het logboek geschreven" in body
    assert "Ondertekeningssleutel toegevoegd" in body
    for code in ("log_anchored", "signing_key_added", "head_hash", "signing_keys"):
        assert code not in body


def test_the_dutch_export_speaks_dutch(vault: Vault) -> None:
    body, export = AuditLogService(vault.admin).html("nl")
    assert "<h1>Logboek</h1>" in body and '<html lang="nl">' in body
    for column in WORDS["nl"]["columns"]:
        assert f">{column}</th>" in body
    assert "Terugluisteren begonnen" in body and "Beleid gewijzigd" in body
    assert f"reden: {REASON}" in body and "doel: training" in body
    # Codes of actions and detail keys are not what a reader sees.
    assert "listen_started" not in body and "policy_changed" not in body
    assert "Het logboek klopt" in body
    assert export.count == len(audit.entries(vault.admin.conn))


def test_the_english_export_speaks_english(vault: Vault) -> None:
    body, _export = AuditLogService(vault.admin).html("en")
    assert "<h1>Audit log</h1>" in body
    assert "Listening started" in body and f"reason: {REASON}" in body


def test_hashes_do_not_wrap_into_columns_of_digits(vault: Vault) -> None:
    body, export = AuditLogService(vault.admin).html("nl")
    # The full hash of the last entry stands above and below the table, on a line of its own.
    assert HASH.findall(body) == [export.head_hash, export.head_hash]
    table = body[body.index("<table") : body.index("</table>")]
    assert not HASH.search(table)
    assert not re.search(r"[0-9a-f]{24,}", table)  # long check values are shortened
    # Each entry shows its receipt code, which is how agents know it.
    for entry in audit.entries(vault.admin.conn):
        assert receipt_code(entry.hash) in table


def test_subjects_reasons_and_roles_read_as_words(vault: Vault) -> None:
    # What an entry is about, why calls were left out of an import, and roles are stored as
    # codes; a Dutch reader sees Dutch words, and the English export English ones.
    body, _export = AuditLogService(vault.admin).html("nl")
    table = body[body.index("<table") : body.index("</table>")]
    assert "opname 1" in table and "beleidsversie 1" in table
    assert "eerste versie" in table and "rol teamleider" in table
    assert "geen zakelijke lijn" in table or "intern gesprek" in table
    assert not re.search(r"[a-z_]+:\d", table)  # no "recording:1" or "policy:1"
    for code in ("team_lead", "first version", "not_business_line"):
        assert code not in table, code
    english, _export = AuditLogService(vault.admin).html("en")
    assert "recording 1" in english and "role team lead" in english
    assert not re.search(r"[a-z_]+:\d", english)
    for code in ("team_lead", "not_business_line"):
        assert code not in english, code


def test_every_subject_kind_and_exclusion_reason_has_words() -> None:
    reasons = {reason.value for reason in ExclusionReason}
    for language in ("nl", "en"):
        missing = sorted(r for r in reasons if f"key_{r}" not in WORDS[language])
        assert not missing, f"{language}: no words for {missing}"
    for kind in DocumentKind:
        assert f"subject_{kind.value}" in WORDS["nl"]

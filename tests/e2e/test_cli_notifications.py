"""The notifications and receipt commands, run as users run them."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

from supervisor_app.services.listening import ListeningService
from supervisor_app.services.session import Session
from supervisor_app.vault import audit
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.e2e.test_cli_listen import read_vault, run
from tests.integration.test_audit_tamper import tamper
from tests.integration.test_import_pipeline import MONDAY, iso_week
from tests.integration.test_listen import REASON, Vault, build_vault


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> tuple[Path, Vault, int]:
    """A locked vault with two digests and one listen by bram; returns the listen's session id."""
    built = build_vault(admin_session, tmp_path)
    listen = ListeningService(built.lead).open(built.noord, "training", REASON)
    listen.record_intervals([(0, listen.recording.samplerate)])  # a second of it was heard
    listen.close()
    (tmp_path / f"{ADMIN}.pw").write_text(ADMIN_PASSPHRASE + "\n")
    for name in ("bram", "carla"):
        (tmp_path / f"{name}.pw").write_text(f"stille-uil-telt-sterren-{name}\n")
    folder = admin_session.vault.folder
    admin_session.lock()
    return folder, built, listen.id


def listing(folder: Path, user: str, *extra: str) -> list[dict[str, object]]:
    code, out = run(folder, user, "notifications", "list", "--json", *extra)
    assert code == 0
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_list_shows_what_the_user_may_see(vault: tuple[Path, Vault, int]) -> None:
    folder, _, session_id = vault
    rows = listing(folder, "admin")
    assert [(r["kind"], r["agent"], r["state"], r["overdue"]) for r in rows] == [
        ("listened", "Fatima El Amrani", "pending", False),
        ("sampled", "Fatima El Amrani", "pending", False),
        ("sampled", "Ivo de Boer", "pending", False),
    ]
    assert rows[0]["listen_session"] == session_id and rows[1]["week"] == iso_week(MONDAY)
    assert [r["agent"] for r in listing(folder, "bram")] == ["Fatima El Amrani"] * 2
    code, out = run(folder, "bram", "notifications", "list")
    assert code == 0
    assert out.splitlines()[0].split() == ["ID", "KIND", "AGENT", "DUE_ON", "STATE", "RECEIPT"]
    assert f"sampled ({iso_week(MONDAY)})" in out
    code, out = run(folder, "bram", "notifications", "list", "--overdue")
    assert (code, out) == (0, "No overdue notices.\n")
    assert listing(folder, "admin", "--overdue") == []


def test_mark_sent_is_recorded_and_logged(vault: tuple[Path, Vault, int]) -> None:
    folder, _, _ = vault
    first = listing(folder, "bram")[0]
    code, _ = run(
        folder, "bram", "notifications", "mark-sent", str(first["id"]), "--channel", "outside"
    )
    assert code == 2  # outside the app needs a note
    code, out = run(
        folder,
        "bram",
        *("notifications", "mark-sent", str(first["id"])),
        *("--channel", "outside", "--note", "told her at the coaching talk"),
    )
    assert code == 0
    assert out == (
        f"Notice {first['id']} to Fatima El Amrani marked as sent (outside); "
        "it is in the audit log.\n"
    )
    row = next(r for r in listing(folder, "admin") if r["id"] == first["id"])
    assert (row["state"], row["channel"], row["sent_by"], row["note"]) == (
        "sent",
        "outside",
        "bram",
        "told her at the coaching talk",
    )
    code, _ = run(
        folder, "bram", "notifications", "mark-sent", str(first["id"]), "--channel", "mail"
    )
    assert code == 2  # already sent
    code, _ = run(folder, "bram", "notifications", "acknowledge", str(first["id"]))
    assert code == 0
    session = read_vault(folder)
    try:
        actions = [e.action for e in reversed(audit.entries(session.conn))]
    finally:
        session.lock()
    assert actions.count("notification_sent") == 1
    assert actions.count("notification_acknowledged") == 1


def test_a_notice_of_another_team_is_not_found(vault: tuple[Path, Vault, int]) -> None:
    folder, _, _ = vault
    zuid = next(r for r in listing(folder, "admin") if r["agent"] == "Ivo de Boer")
    code, _ = run(
        folder, "bram", "notifications", "mark-sent", str(zuid["id"]), "--channel", "mail"
    )
    assert code == 2


def test_show_prints_or_saves_each_form(vault: tuple[Path, Vault, int], tmp_path: Path) -> None:
    folder, _, _ = vault
    first = listing(folder, "bram")[0]
    item = str(first["id"])
    code, text = run(folder, "bram", "notifications", "show", item)
    assert (
        code == 0 and text.startswith("Beste Fatima El Amrani,") and str(first["receipt"]) in text
    )
    code, link = run(folder, "bram", "notifications", "show", item, "--format", "mailto")
    assert code == 0 and link.startswith("mailto:?subject=")  # the agent has no address
    target = tmp_path / "notice.eml"
    code, out = run(
        folder, "bram", "notifications", "show", item, "--format", "eml", "--output", str(target)
    )
    assert code == 0 and "not encrypted" in out
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "Een opname van je gesprek is teruggeluisterd"
    html_file = tmp_path / "notice.html"
    code, _ = run(
        folder,
        "bram",
        "notifications",
        "show",
        item,
        "--format",
        "html",
        "--output",
        str(html_file),
    )
    assert code == 0 and html_file.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    # Showing is not sending.
    assert next(r for r in listing(folder, "admin") if r["id"] == first["id"])["state"] == "pending"


def test_receipt_check_passes_then_fails_after_tampering(vault: tuple[Path, Vault, int]) -> None:
    folder, _, _ = vault
    first = listing(folder, "admin")[0]
    code, out = run(folder, "admin", "receipt", "check", str(first["receipt"]))
    assert code == 0
    assert out.startswith(f"Receipt {first['receipt']} checks: it is log entry ")
    assert "listened on " in out and "for agent 1" in out and "whole log up to its head" in out
    code, out = run(folder, "admin", "receipt", "check", str(first["receipt"]), "--json")
    report = json.loads(out)
    assert code == 0 and report["matches"] is True and report["chain_intact_to_head"] is True
    assert (report["kind"], report["agent"]) == ("listened", 1)
    assert "Fatima" not in out  # ids, not names

    seq = report["seq"]
    tamper(folder, f"UPDATE audit_log SET actor = 'nobody' WHERE seq = {seq}")
    code, out = run(folder, "admin", "receipt", "check", str(first["receipt"]))
    assert code == 1 and "does NOT check" in out
    code, out = run(folder, "admin", "receipt", "check", "0000-0000-0000")
    assert code == 1 and "does not match any entry" in out
    code, _ = run(folder, "admin", "receipt", "check", "not-a-code")
    assert code == 2
    code, _ = run(folder, "bram", "receipt", "check", str(first["receipt"]))
    assert code == 1  # team leads do not check receipts (AccessDenied)

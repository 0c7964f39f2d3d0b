"""The coaching commands, run as users run them: list sheets, write one, mark it sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from supervisor_app.domain.coaching import Outcome
from supervisor_app.services.coaching import CoachingService
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.session import Session
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.e2e.test_cli_listen import run
from tests.integration.test_import_pipeline import MONDAY
from tests.integration.test_listen import REASON, build_vault

DAY = MONDAY.date().isoformat()


@pytest.fixture
def folder(admin_session: Session, tmp_path: Path) -> Path:
    """A locked vault in which bram scored and shared a training listen to a call of 201."""
    built = build_vault(admin_session, tmp_path)
    listen = ListeningService(built.lead).open(built.noord, "training", REASON)
    listen.close()
    coaching = CoachingService(built.lead)
    card = coaching.start(listen.id)
    assert card.id is not None
    for criterion in card.criteria:
        coaching.set_outcome(card.id, criterion.position, Outcome.MET)
    coaching.set_comment(card.id, 1, "Warm and calm.")
    coaching.add_note(card.id, 4000, "A good question here.")
    coaching.share(card.id)
    (tmp_path / f"{ADMIN}.pw").write_text(ADMIN_PASSPHRASE + "\n")
    (tmp_path / "bram.pw").write_text("stille-uil-telt-sterren-bram\n")
    vault_folder = admin_session.vault.folder
    admin_session.lock()
    return vault_folder


def sheets(folder: Path, user: str) -> list[dict[str, object]]:
    code, out = run(folder, user, "coaching", "list", "--json")
    assert code == 0
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_a_sheet_is_written_in_each_format_with_one_receipt(folder: Path, tmp_path: Path) -> None:
    assert sheets(folder, "bram") == []
    texts = {}
    for fmt in ("text", "html", "pdf"):
        target = tmp_path / f"sheet.{fmt}"
        code, out = run(
            folder,
            "bram",
            *("coaching", "sheet", "--agent", "201", "--from", DAY, "--to", DAY),
            *("--format", fmt, "--summary", "Keep it up.", str(target)),
        )
        assert code == 0, out
        assert "Feedback sheet 1 for Fatima El Amrani written to" in out
        texts[fmt] = target.read_bytes()
    # Written three times, recorded once: the same sheet, the same receipt.
    rows = sheets(folder, "bram")
    assert len(rows) == 1 and rows[0]["state"] == "pending" and rows[0]["calls"] == 1
    receipt = str(rows[0]["receipt"])
    text, page = texts["text"].decode(), texts["html"].decode()
    for shown in (text, page):
        assert "Warm and calm." in shown and "A good question here." in shown
        assert "Keep it up." in shown and receipt in shown
        assert "Voldaan" in shown  # Fatima reads Dutch
    assert texts["pdf"].startswith(b"%PDF")
    code, out = run(folder, "bram", "coaching", "list")
    assert code == 0 and out.splitlines()[0].split()[:3] == ["ID", "AGENT", "FROM"]


def test_mark_sent_tells_the_agent_of_the_listens(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "sheet.txt"
    args = ("coaching", "sheet", "--agent", "201", "--from", DAY, "--to", DAY)
    assert run(folder, "bram", *args, "--format", "text", str(target))[0] == 0
    code, out = run(folder, "bram", "coaching", "mark-sent", "1", "--channel", "copy")
    assert code == 0, out
    assert "marked as sent (copy)" in out
    assert sheets(folder, "bram")[0]["state"] == "sent"
    code, out = run(folder, "bram", "notifications", "list", "--json")
    listened = [r for r in json.loads(out) if r["kind"] == "listened"]
    assert [r["state"] for r in listened] == ["sent"]
    # Again: one clear sentence, exit 2.
    assert run(folder, "bram", "coaching", "mark-sent", "1", "--channel", "copy")[0] == 2


def test_bad_input_gets_a_sentence_and_exit_2(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    base = ("coaching", "sheet", "--format", "text", str(target))
    assert run(folder, "bram", *base, "--agent", "299", "--from", DAY, "--to", DAY)[0] == 2
    assert run(folder, "bram", *base, "--agent", "201", "--from", "16-11", "--to", DAY)[0] == 2
    # The administrator is not the agent's team lead.
    assert run(folder, ADMIN, *base, "--agent", "201", "--from", DAY, "--to", DAY)[0] != 0
    assert not target.exists()

"""The transparency report on a real vault (R14): counts per team equal those counted by hand.

Two teams: Team Noord (Fatima, three calls) and Team Zuid (Ivo, two calls), all sampled.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from supervisor_app.domain.errors import AccessDenied, InputError
from supervisor_app.domain.notifications import Channel
from supervisor_app.domain.roles import Role
from supervisor_app.printing import documents_pdf
from supervisor_app.services.erasure import ErasureService, Target
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.notifications import NotificationService
from supervisor_app.services.requests import RequestsService
from supervisor_app.services.session import Session, unlock
from supervisor_app.services.transparency import METRICS, TransparencyService
from supervisor_app.vault import audit, people_repo
from supervisor_app.vault.errors import WrongPassphrase
from supervisor_app.vault.vault import LockedVault
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_access_export import B, People, build
from tests.integration.test_import_pipeline import MONDAY
from tests.integration.test_listen import as_user

TODAY = dt.date.today()
PERIOD = (MONDAY.date() - dt.timedelta(days=1), TODAY + dt.timedelta(days=60))


def zero() -> dict[str, int]:
    return dict.fromkeys(METRICS, 0)


@pytest.fixture
def people(admin_session: Session, tmp_path: Path) -> People:
    return build(admin_session, tmp_path)


def happenings(people: People) -> Session:
    """Everything the report counts, done once each where it is simplest to count by hand."""
    admin = people.admin
    ivo_first, ivo_second = people.by_agent[people.ivo]
    # Team Zuid: one private call destroyed, one recording erased on Ivo's request (left open).
    ListeningService(admin).flag_private(ivo_first, confirm=True)
    requests = RequestsService(admin)
    ivo_request = requests.add("erasure", agent_extension="204", received_on=TODAY).row.id
    ErasureService(admin).erase(ivo_request, Target(recording_id=ivo_second), confirm=True)
    # Team Noord: Fatima's access request answered at once (in time).
    fatima = requests.add("access", agent_extension="201", received_on=TODAY).row.id
    requests.close(fatima, "answered", "Export handed over in person")
    # A caller's request, answered 40 days later: after its deadline, and in no team.
    caller = requests.add("access", number=B, received_on=TODAY).row.id
    later = RequestsService(admin, clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(days=40))
    later.close(caller, "answered", "Export sent by post")
    # One notice of Team Noord sent now, before its deadline.
    notices = NotificationService(admin)
    noord = people_repo.team_by_name(admin.conn, "Team Noord")
    assert noord is not None
    first = next(i for i in notices.pending() if i.team_id == noord.id)
    notices.mark_sent(first.id, Channel.COPY)
    # One failed unlock, logged at the next unlock.
    folder = admin.vault.folder
    admin.lock()
    with pytest.raises(WrongPassphrase):
        LockedVault.open(folder).unlock(ADMIN, "not-the-passphrase-at-all")
    return unlock(folder, ADMIN, ADMIN_PASSPHRASE)


def test_the_report_s_counts_equal_those_counted_by_hand(people: People) -> None:
    session = happenings(people)
    try:
        teams = {t: n for t, n in session.conn.execute("SELECT id, name FROM teams")}
        noord = next(t for t, n in teams.items() if n == "Team Noord")
        items = NotificationService(session).items()
        due = {t: [i for i in items if i.team_id == t] for t in teams}
        sent = {t: [i for i in due[t] if i.sent_at is not None] for t in teams}

        report = TransparencyService(session).report(*PERIOD)

        expected = {
            "Team Noord": zero()
            | {
                "calls_in_scope": 3,
                "calls_sampled": 3,
                "recordings_imported": 3,
                "listens": 1,
                "holds_placed": 1,
                "requests_received": 1,
                "requests_answered_in_time": 1,
            },
            "Team Zuid": zero()
            | {
                "calls_in_scope": 2,
                "calls_sampled": 2,
                "recordings_imported": 2,
                "private_calls_destroyed": 1,
                "recordings_erased": 1,
                "requests_received": 1,
                "requests_open": 1,
            },
            "-": zero() | {"requests_received": 1, "requests_answered_late": 1},
        }
        for t, name in teams.items():
            expected[name] |= {
                "notices_due": len(due[t]),
                "notices_sent_on_time": len(sent[t]),
                "notices_outstanding": len(due[t]) - len(sent[t]),
            }
        assert len(sent[noord]) == 1 and len(due[noord]) >= 2
        assert {t.team_name: t.counts for t in report.teams} == expected
        assert report.failed_unlocks == 1
        assert report.listens == {("Team Noord", "training", "team_lead"): 1}
        chain = audit.verify(session.conn)
        assert report.chain_intact and report.audit_head == chain.head_hash
        vault_id = session.conn.execute(
            "SELECT value FROM vault_meta WHERE key = 'vault_id'"
        ).fetchone()[0]
        data = report.to_json()
        assert data["vault_id"] == vault_id and data["audit"]["head_hash"] == chain.head_hash
        assert data["period"]["from"] == PERIOD[0].isoformat() and data["policy_version"] >= 1
        assert data["totals"]["recordings_imported"] == 5
        rows = list(csv.DictReader(io.StringIO(report.to_csv())))
        assert {r["vault_id"] for r in rows} == {vault_id}
        assert {r["audit_head_hash"] for r in rows} == {chain.head_hash}
        zuid_erased = [
            r for r in rows if r["team"] == "Team Zuid" and r["metric"] == "recordings_erased"
        ]
        assert [r["count"] for r in zuid_erased] == ["1"]
        # Counts only: no agent, caller or user is named anywhere in the report.
        for text in (json.dumps(data), report.to_csv(), report.html("nl"), report.html("en")):
            for name in ("Fatima", "Ivo", "Gert", "bram", "+3168765", "0687654321", ADMIN):
                assert name not in text, name
        # The listens per purpose name the purpose in the report's own language.
        dutch, english = report.html("nl"), report.html("en")
        assert "Training en coaching" in dutch and "Training and coaching" not in dutch
        assert "Training and coaching" in english
    finally:
        session.lock()


def test_a_period_without_events_counts_nothing_and_a_broken_log_says_so(
    people: People,
) -> None:
    early = (MONDAY.date() - dt.timedelta(days=40), MONDAY.date() - dt.timedelta(days=30))
    report = TransparencyService(people.admin).report(*early)
    assert all(v == 0 for v in report.totals.values())
    people.admin.conn.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = 3")
    broken = TransparencyService(people.admin).report(*PERIOD)
    assert not broken.chain_intact and broken.first_bad_seq == 3
    assert "NIET intact" in broken.html("nl") and "did NOT verify" in broken.html("en")
    with pytest.raises(InputError, match="ends before it starts"):
        TransparencyService(people.admin).report(PERIOD[1], PERIOD[0])
    with pytest.raises(AccessDenied):
        TransparencyService(people.lead).report(*PERIOD)
    auditor = as_user(people.admin, "olga", Role.AUDITOR, [])
    assert TransparencyService(auditor).report(*PERIOD).totals["recordings_imported"] == 5


def test_the_pdf_is_written_in_both_languages(people: People, tmp_path: Path) -> None:
    report = TransparencyService(people.admin).report(*PERIOD)
    for language in ("nl", "en"):
        target = tmp_path / f"report-{language}.pdf"
        documents_pdf.write_pdf(
            report.html(language), target, report.title(language), report.footer
        )
        data = target.read_bytes()
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


def test_the_title_is_in_the_reader_s_language_and_the_footer_names_the_audit_head(
    people: People,
) -> None:
    report = TransparencyService(people.admin).report(*PERIOD)
    assert report.title("nl").startswith("Verantwoordingsrapportage")
    assert report.title("en").startswith("Transparency report")
    assert report.footer.startswith(report.vault_id)
    assert report.audit_head[:16] in report.footer and report.audit_head not in report.footer

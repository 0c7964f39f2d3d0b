"""Coaching in a real vault: scorecards by the protocol the agent had, notes, sheets, forgetting."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from supervisor_app.domain.coaching import Outcome, ScorecardState, SheetState
from supervisor_app.domain.errors import AccessDenied, InputError, NotFound
from supervisor_app.domain.notifications import Channel, Item, Kind, State
from supervisor_app.domain.texts import LocalLines
from supervisor_app.services.access_export import AccessExportService, Subject
from supervisor_app.services.coaching import CoachingService
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.erasure import ErasureService, Target
from supervisor_app.services.feedback_sheets import FeedbackSheetService
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.notifications import NotificationService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.requests import RequestsService
from supervisor_app.services.retention import RetentionService
from supervisor_app.services.session import Session
from supervisor_app.services.transparency import TransparencyService
from supervisor_app.vault import audit, notifications_repo
from supervisor_app.vault.notifications_repo import ItemFilter
from tests.integration.test_access_export import People, pdf, read_all, table
from tests.integration.test_access_export import build as build_export_vault
from tests.integration.test_audit_export import WORDS
from tests.integration.test_import_pipeline import MONDAY, PROTOCOL_RECEIVED
from tests.integration.test_listen import CASE, REASON, Vault, build_vault

# The example policy's first expectation, as every agent received it in version 1.
FIRST_V1 = "Always be polite and patient, also when a caller is not."
NEW_EXPECTATIONS = LocalLines(
    nl=("Groet de beller binnen vijf seconden.", "Sluit af met een samenvatting."),
    en=("Greet the caller within five seconds.", "Close with a summary."),
)
# Where what a listener wrote about a call is kept: all of it goes with the recording.
COACHING_TABLES = ("scorecards", "scorecard_criteria", "coaching_notes")


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    return build_vault(admin_session, tmp_path)


def listened(session: Session, recording_id: int, purpose: str = "training") -> int:
    """A closed listen of the user to a recording; returns its session id."""
    case = CASE if purpose == "dispute" else ""
    listen = ListeningService(session).open(recording_id, purpose, REASON, case)
    listen.close()
    return listen.id


def agent_of(session: Session, recording_id: int) -> int:
    row = session.conn.execute("SELECT agent_id FROM recordings WHERE id = ?", (recording_id,))
    return int(row.fetchone()[0])


def scored_and_shared(session: Session, recording_id: int, comment: str = "") -> int:
    """Score every criterion of a listen to the recording, note a moment, share; the id."""
    service = CoachingService(session)
    card = service.start(listened(session, recording_id))
    assert card.id is not None
    for criterion in card.criteria:
        service.set_outcome(card.id, criterion.position, Outcome.MET)
    service.set_outcome(card.id, 2, Outcome.NOT_MET)
    if comment:
        service.set_comment(card.id, 2, comment)
    service.add_note(card.id, 1500, "Here the caller asks for the manager.")
    service.share(card.id)
    return card.id


def publish_new_protocol(admin: Session, agent_ids: list[int], received_on: dt.date) -> None:
    """A second protocol version with other expectations, received by agents on a day."""
    policies = PolicyService(admin)
    policy = policies.current()
    protocol = dataclasses.replace(policy.protocol, expectations=NEW_EXPECTATIONS)
    policies.save(dataclasses.replace(policy, protocol=protocol))
    documents = DocumentService(admin)
    documents.publish()
    assert documents.current_protocol_version() == 2
    documents.acknowledge(agent_ids, received_on=received_on)


# --- the criteria are the protocol the agent had ---------------------------------------------


def test_criteria_follow_the_protocol_version_acknowledged_before_the_call(vault: Vault) -> None:
    agent = agent_of(vault.admin, vault.noord)
    # Version 2 is newer, but the agent receives it only after the call.
    publish_new_protocol(vault.admin, [agent], received_on=dt.date.today())
    card = CoachingService(vault.coach).for_listen(listened(vault.coach, vault.noord))
    assert card.id is None and card.protocol_version == 1
    assert card.agent_language == "nl"  # shown as she received them
    assert card.criteria[0].text.en == FIRST_V1
    assert len(card.criteria) == 5
    started = CoachingService(vault.coach).start(card.listen_session_id)
    assert started.protocol_version == 1
    assert [c.text for c in started.criteria] == [c.text for c in card.criteria]


def test_a_version_received_before_the_call_is_the_one_judged_by(vault: Vault) -> None:
    agent = agent_of(vault.admin, vault.noord)
    publish_new_protocol(vault.admin, [agent], received_on=MONDAY.date() - dt.timedelta(days=1))
    assert MONDAY.date() - dt.timedelta(days=1) > PROTOCOL_RECEIVED
    card = CoachingService(vault.coach).start(listened(vault.coach, vault.noord))
    assert card.protocol_version == 2
    assert [c.text.en for c in card.criteria] == list(NEW_EXPECTATIONS.en)
    assert [c.text.nl for c in card.criteria] == list(NEW_EXPECTATIONS.nl)


# --- only for coaching -----------------------------------------------------------------------


def test_scoring_is_refused_for_a_purpose_that_is_not_coaching(vault: Vault) -> None:
    dispute = listened(vault.lead, vault.campaign, "dispute")
    service = CoachingService(vault.lead)
    with pytest.raises(AccessDenied, match="not mark that purpose as coaching"):
        service.for_listen(dispute)
    with pytest.raises(AccessDenied, match="not mark that purpose as coaching"):
        service.start(dispute)
    assert vault.admin.conn.execute("SELECT count(*) FROM scorecards").fetchone()[0] == 0
    # The same recording, heard for training, can be scored.
    assert service.start(listened(vault.lead, vault.campaign)).id is not None


def test_only_the_listener_scores_their_listen(vault: Vault) -> None:
    listen = listened(vault.coach, vault.noord)
    with pytest.raises(AccessDenied, match="Only the person who listened"):
        CoachingService(vault.lead).start(listen)
    with pytest.raises(NotFound):
        CoachingService(vault.coach).start(99_999)


# --- drafts, notes, sharing ------------------------------------------------------------------


def test_a_draft_is_its_authors_until_shared_and_fixed_after(vault: Vault) -> None:
    coach, lead = CoachingService(vault.coach), CoachingService(vault.lead)
    card = coach.start(listened(vault.coach, vault.noord))
    assert card.id is not None and card.editable
    coach.set_outcome(card.id, 1, Outcome.PARTLY)
    coach.set_comment(card.id, 1, "  Friendly,   but  hurried. ")
    note = coach.add_note(card.id, 2500, "Interrupts the caller here.")
    # The team lead sees neither the draft nor its notes.
    assert lead.scorecards() == []
    with pytest.raises(NotFound):
        lead.scorecard(card.id)
    with pytest.raises(InputError, match="Judge every criterion before sharing: 4 still open"):
        coach.share(card.id)
    for position in range(2, 6):
        coach.set_outcome(card.id, position, Outcome.NOT_APPLICABLE)
    shared = coach.share(card.id)
    assert shared.state is ScorecardState.SHARED and not shared.editable
    seen = lead.scorecard(card.id)
    assert seen.criteria[0].outcome is Outcome.PARTLY
    assert seen.criteria[0].comment == "Friendly, but hurried."
    assert [(n.at_ms, n.text) for n in seen.notes] == [(2500, "Interrupts the caller here.")]
    with pytest.raises(InputError, match="can no longer change"):
        coach.set_outcome(card.id, 1, Outcome.MET)
    with pytest.raises(InputError, match="can no longer change"):
        coach.add_note(card.id, 100, "late")
    with pytest.raises(InputError, match="can no longer change"):
        coach.delete_note(note.id)
    # The audit log counts; it never holds what was written.
    shared_entry = next(
        e for e in audit.entries(vault.admin.conn) if e.action == "scorecard_shared"
    )
    assert shared_entry.details["outcomes"] == {
        "met": 0,
        "partly": 1,
        "not_met": 0,
        "not_applicable": 4,
        "open": 0,
    }
    assert "hurried" not in str(shared_entry.details)


def test_notes_sit_within_the_call_and_come_in_the_calls_order(vault: Vault) -> None:
    coach = CoachingService(vault.coach)
    card = coach.start(listened(vault.coach, vault.noord))
    assert card.id is not None
    coach.add_note(card.id, 9000, "second")
    first = coach.add_note(card.id, 1000, "first")
    with pytest.raises(InputError, match="within the call"):
        coach.add_note(card.id, 20_001, "after the end")  # the call is 20 s long
    with pytest.raises(InputError, match="empty note"):
        coach.add_note(card.id, 10, "   ")
    coach.edit_note(first.id, "first, edited")
    assert [(n.at_ms, n.text) for n in coach.scorecard(card.id).notes] == [
        (1000, "first, edited"),
        (9000, "second"),
    ]
    # Listening again continues the same draft.
    again = coach.for_listen(listened(vault.coach, vault.noord))
    assert again.id == card.id and len(again.notes) == 2


# --- the feedback sheet ------------------------------------------------------------------------


def test_a_sheet_holds_exactly_the_shared_scorecards_of_the_agent_and_period(
    vault: Vault,
) -> None:
    agent = agent_of(vault.admin, vault.noord)
    in_period = scored_and_shared(vault.coach, vault.noord, "Name the foundation first.")
    # A draft of the same agent, in the same period, stays out.
    draft = CoachingService(vault.lead).start(listened(vault.lead, vault.campaign))
    day = MONDAY.date()
    sheets = FeedbackSheetService(vault.lead)
    preview = sheets.preview(agent, day, day, "Good week overall.")
    assert preview.scorecards == (in_period,)
    assert draft.id not in preview.scorecards
    # A period before the call holds nothing and cannot be made.
    earlier = day - dt.timedelta(days=7)
    assert sheets.preview(agent, earlier, earlier).scorecards == ()
    with pytest.raises(InputError, match="nothing to send"):
        sheets.create(agent, earlier, earlier)

    made = sheets.create(agent, day, day, "Good week overall.")
    assert made.state is SheetState.PENDING and made.receipt
    assert made.scorecard_ids == (in_period,)
    letter = sheets.letter(made.id)
    assert letter.language == "nl"  # the agent's language
    for text in (letter.text, letter.html):
        assert "Name the foundation first." in text
        assert "Here the caller asks for the manager." in text
        assert "Good week overall." in text
        assert made.receipt in text
        assert "Niet voldaan" in text
    # Never the other party's number.
    numbers = [
        str(r[0])
        for r in vault.admin.conn.execute(
            "SELECT remote_number FROM recordings WHERE agent_id = ?", (agent,)
        )
        if r[0]
    ]
    assert numbers
    for number in numbers:
        assert number not in letter.text and number not in letter.html
        assert number[-6:] not in letter.text


def test_only_the_agents_team_lead_makes_a_sheet(vault: Vault) -> None:
    agent = agent_of(vault.admin, vault.noord)
    scored_and_shared(vault.coach, vault.noord)
    day = MONDAY.date()
    with pytest.raises(AccessDenied, match="team lead"):
        FeedbackSheetService(vault.coach).create(agent, day, day)
    with pytest.raises(InputError, match="ends before it starts"):
        FeedbackSheetService(vault.lead).create(agent, day, day - dt.timedelta(days=1))


def test_sending_a_sheet_marks_the_covered_listen_notices_sent_with_one_receipt(
    vault: Vault,
) -> None:
    agent = agent_of(vault.admin, vault.noord)
    scored_and_shared(vault.coach, vault.noord)
    # A listen to another call of the agent that was not scored is not covered.
    other = listened(vault.coach, vault.campaign)
    conn = vault.admin.conn

    def listen_notices() -> dict[int, Item]:
        found = notifications_repo.items(conn, ItemFilter(agent_id=agent, kind=Kind.LISTENED))
        return {i.listen_session_id or 0: i for i in found}

    before = listen_notices()
    assert all(i.state is State.PENDING for i in before.values())
    sheets = FeedbackSheetService(vault.lead)
    made = sheets.create(agent, MONDAY.date(), MONDAY.date())
    covered = {line.listen_session_id for line in made.lines}
    assert covered and other not in covered
    with pytest.raises(InputError, match="not the one shown"):
        sheets.mark_sent(made.id, Channel.EML, expected_receipt="WRONG-0000")
    sent = sheets.mark_sent(made.id, Channel.EML, expected_receipt=made.receipt)
    assert sent.state is SheetState.SENT and sent.channel is Channel.EML

    after = listen_notices()
    for session_id in covered:
        item = after[session_id]
        assert item.state is State.SENT and item.channel is Channel.EML
        assert made.receipt in item.note
    assert after[other].state is State.PENDING
    entries = [e for e in audit.entries(conn) if e.action == "feedback_sheet_sent"]
    assert len(entries) == 1
    assert entries[0].details["receipt"] == made.receipt
    assert sorted(entries[0].details["notices_marked_sent"]) == sorted(after[s].id for s in covered)
    with pytest.raises(InputError, match="already sent"):
        sheets.mark_sent(made.id, Channel.PDF)
    assert NotificationService(vault.lead).items()  # notices stay listed, now as sent


# --- forgetting ----------------------------------------------------------------------------------


def test_purging_a_recording_removes_its_scores_and_notes(vault: Vault) -> None:
    agent = agent_of(vault.admin, vault.noord)
    card = scored_and_shared(vault.coach, vault.noord, "A comment about the call.")
    made = FeedbackSheetService(vault.lead).create(agent, MONDAY.date(), MONDAY.date(), "Sum.")
    conn = vault.admin.conn
    assert conn.execute("SELECT count(*) FROM coaching_notes").fetchone()[0] == 1
    # Training keeps the queue call 30 days after the call: it is three weeks old.
    later = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(days=15)  # noqa: E731
    assert vault.noord in RetentionService(vault.admin, clock=later).purge().purged
    for name in COACHING_TABLES:
        assert conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] == 0, name
    with pytest.raises(NotFound):
        CoachingService(vault.coach).scorecard(card)
    # The sheet stays as the record that the agent was told; what was written about the
    # call, its summary included, is gone.
    kept = FeedbackSheetService(vault.lead).sheet(made.id)
    assert kept.receipt == made.receipt and kept.summary == ""
    assert kept.scorecard_ids == ()
    with pytest.raises(InputError, match="retention"):
        FeedbackSheetService(vault.lead).mark_sent(made.id, Channel.PDF)


# --- the agent's rights ----------------------------------------------------------------------


def scored_in_export_vault(people: People) -> int:
    """The lead scores their training listen to Fatima's first call, notes it, shares it."""
    service = CoachingService(people.lead)
    card = service.start(people.listen_id)
    assert card.id is not None
    for criterion in card.criteria:
        service.set_outcome(card.id, criterion.position, Outcome.MET)
    service.set_outcome(card.id, 3, Outcome.NOT_MET)
    service.set_comment(card.id, 3, "Name the foundation at the start.")
    service.add_note(card.id, 500, "The greeting starts here.")
    service.share(card.id)
    return card.id


def test_the_access_export_includes_scores_comments_notes_and_sheets(
    admin_session: Session, tmp_path: Path
) -> None:
    people = build_export_vault(admin_session, tmp_path)
    card = scored_in_export_vault(people)
    day = MONDAY.date()
    made = FeedbackSheetService(people.lead).create(people.fatima, day, day, "Well done.")
    result = AccessExportService(people.admin).export(
        Subject(agent_id=people.fatima), people.root / "f.zip", pdf
    )
    files = read_all(result)
    scores = table(files, "scores.csv")
    assert scores[0][:3] == ["opname", "begin gesprek", "beoordelingsnummer"]  # her language
    assert len(scores) == 1 + 5 and {r[2] for r in scores[1:]} == {str(card)}
    third = scores[3]
    assert "niet voldaan" in third and "Name the foundation at the start." in third
    assert "bram" in third  # training names its listeners
    assert table(files, "notes.csv")[1] == [
        str(people.by_agent[people.fatima][0]),
        str(card),
        "0:00",
        "The greeting starts here.",
    ]
    sheets = table(files, "feedback-sheets.csv")
    assert sheets[1][0] == str(made.id) and made.receipt in sheets[1]
    assert "Well done." in sheets[1]
    letter = files["cover-letter.html"].decode()
    assert "1 beoordeling van een gesprek van jou" in letter
    assert "1 opmerking bij een moment" in letter
    # Ivo's export holds none of it.
    other = read_all(
        AccessExportService(people.admin).export(
            Subject(agent_id=people.ivo), people.root / "i.zip", pdf
        )
    )
    assert not {"scores.csv", "notes.csv", "feedback-sheets.csv"} & set(other)


def test_erasing_an_agents_recordings_erases_their_scores_and_notes(
    admin_session: Session, tmp_path: Path
) -> None:
    people = build_export_vault(admin_session, tmp_path)
    scored_in_export_vault(people)
    req = RequestsService(people.admin).add(
        "erasure", agent_extension="201", received_on=dt.date.today()
    )
    report = ErasureService(people.admin).erase(
        req.row.id, Target(agent_extension="201"), confirm=True
    )
    assert people.by_agent[people.fatima][0] in report.erased
    conn = people.admin.conn
    for name in COACHING_TABLES:
        assert conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] == 0, name


def test_the_transparency_report_counts_scores_and_sheets_and_says_nothing_else(
    vault: Vault,
) -> None:
    agent = agent_of(vault.admin, vault.noord)
    scored_and_shared(vault.coach, vault.noord, "A comment only the agent reads.")
    sheets = FeedbackSheetService(vault.lead)
    made = sheets.create(agent, MONDAY.date(), MONDAY.date(), "A summary only the agent reads.")
    sheets.mark_sent(made.id, Channel.COPY)
    today = dt.datetime.now(ZoneInfo("Europe/Amsterdam")).date()  # the policy's day
    # Purged first: the counts come from the audit log, so they survive the scores.
    later = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(days=15)  # noqa: E731
    RetentionService(vault.admin, clock=later).purge()
    report = TransparencyService(vault.admin).report(today - dt.timedelta(days=1), today)
    counts = {t.team_name: t.counts for t in report.teams}
    assert counts["Team Noord"]["scorecards_shared"] == 1
    assert counts["Team Noord"]["feedback_sheets_sent"] == 1
    assert counts["Team Zuid"]["scorecards_shared"] == 0
    for text in (str(report.to_json()), report.to_csv(), report.html("nl"), report.html("en")):
        for secret in ("only the agent reads", "caller asks for the manager", "Fatima", "carla"):
            assert secret not in text
    assert "Gesprekken beoordeeld voor coaching" in report.html("nl")


def test_every_coaching_entry_of_the_audit_log_has_words_in_both_languages(
    vault: Vault,
) -> None:
    agent = agent_of(vault.admin, vault.noord)
    scored_and_shared(vault.coach, vault.noord)
    sheets = FeedbackSheetService(vault.lead)
    sheets.mark_sent(sheets.create(agent, MONDAY.date(), MONDAY.date()).id, Channel.COPY)
    withdrawn = sheets.create(agent, MONDAY.date(), MONDAY.date())
    sheets.withdraw(withdrawn.id)
    entries = [
        e for e in audit.entries(vault.admin.conn) if "scorecard" in e.action or "sheet" in e.action
    ]
    assert {e.action for e in entries} == {
        "scorecard_started",
        "scorecard_shared",
        "feedback_sheet_created",
        "feedback_sheet_sent",
        "feedback_sheet_withdrawn",
    }
    for language, words in WORDS.items():
        for entry in entries:
            assert f"action_{entry.action}" in words, (language, entry.action)
            for key in entry.details:
                assert f"key_{key}" in words, (language, entry.action, key)


def test_scores_go_when_coaching_s_deadline_passes_though_a_dispute_keeps_the_audio(
    vault: Vault,
) -> None:
    # The campaign call is kept 30 days for training and 90 for disputes: three weeks old now.
    card = CoachingService(vault.lead).start(listened(vault.lead, vault.campaign))
    assert card.id is not None
    CoachingService(vault.lead).add_note(card.id, 1000, "A remark for coaching only.")
    later = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(days=15)  # noqa: E731
    report = RetentionService(vault.admin, clock=later).purge()
    assert vault.campaign not in report.purged  # the dispute purpose still keeps the audio
    conn = vault.admin.conn
    for name in COACHING_TABLES:
        assert conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] == 0, name
    expired = [e for e in audit.entries(conn) if e.action == "scorecards_expired"]
    assert [e.details for e in expired] == [{"scorecards": [card.id]}]

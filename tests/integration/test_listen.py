"""Listening in a real vault: gate decisions logged, write-ahead session, exact intervals."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from supervisor_app.audio.player import PlayerState
from supervisor_app.audio.sinks import AudioOutputError, DeviceSink, MemorySink, NullSink
from supervisor_app.domain.errors import AccessDenied, InputError, NotFound
from supervisor_app.domain.roles import Role
from supervisor_app.services.imports import ImportService
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.retention import RetentionService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit, listen_repo
from supervisor_app.vault.listen_repo import ListenFilter
from supervisor_app.vault.recordings_repo import ChunkReader
from tests.integration.test_import_pipeline import (
    EVERYTHING,
    MONDAY,
    Call,
    prepare_vault,
    write_export,
)

REASON = "Coaching talk about greeting callers"
CASE = "DOS-2026-17"
TIMEOUT = 30.0


@dataclass
class Vault:
    """An unlocked vault with three recordings and a team lead and coach for Team Noord."""

    admin: Session
    lead: Session
    coach: Session
    noord: int  # 20 s queue call of agent 201 (training only)
    campaign: int  # 40 s campaign call of agent 201 (training and dispute)
    zuid: int  # queue call of agent 204, Team Zuid


def as_user(admin: Session, name: str, role: Role, teams: list[str]) -> Session:
    """A session for a new user, unlocked with their own passphrase."""
    people = PeopleService(admin)
    passphrase = "stille-uil-telt-sterren-" + name
    people.add_user(name, people.grants_for([role], teams), passphrase)
    # A real unlock: entries the user writes are signed with their own key.
    return unlock(admin.vault.folder, name, passphrase)


def build_vault(admin: Session, root: Path) -> Vault:
    prepare_vault(admin, EVERYTHING)
    calls = [
        Call("queue", "201", MONDAY, 20.0),
        Call("campaign", "201", MONDAY + dt.timedelta(hours=1), 40.0),
        Call("queue", "204", MONDAY + dt.timedelta(hours=2), 2.0),
    ]
    monitor, cdr, _ = write_export(root / "export", calls)
    assert ImportService(admin).run("freepbx", monitor, cdr).imported == 3
    ids = {
        (ext, campaign): int(rid)
        for rid, ext, campaign in admin.conn.execute(
            "SELECT r.id, e.extension, r.campaign FROM recordings r"
            " JOIN agent_extensions e ON e.agent_id = r.agent_id"
        )
    }
    lead = as_user(admin, "bram", Role.TEAM_LEAD, ["Team Noord"])
    coach = as_user(admin, "carla", Role.QUALITY_COACH, ["Team Noord"])
    return Vault(
        admin, lead, coach, ids[("201", None)], ids[("201", "donor-2026")], ids[("204", None)]
    )


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    return build_vault(admin_session, tmp_path)


def reference(session: Session, recording_id: int) -> np.ndarray:
    with ChunkReader(session.conn, recording_id) as reader:
        data: np.ndarray = sf.read(reader, dtype="int16", always_2d=True)[0]
    return data


def actions(session: Session) -> list[tuple[str, dict[str, object]]]:
    return [(e.action, e.details) for e in reversed(audit.entries(session.conn))]


# --- the gate, logged ------------------------------------------------------------------------


def test_options_offer_only_what_the_gate_allows(vault: Vault) -> None:
    lead, coach = ListeningService(vault.lead), ListeningService(vault.coach)
    assert [p.id for p in lead.options(vault.campaign)] == ["training", "dispute"]
    assert [p.id for p in coach.options(vault.campaign)] == ["training"]
    assert lead.options(vault.zuid) == []
    assert ListeningService(vault.admin).options(vault.noord) == []
    assert lead.options(9999) == []


def test_every_decision_is_logged(vault: Vault) -> None:
    service = ListeningService(vault.coach)
    with pytest.raises(AccessDenied, match="does not let your role"):
        service.open(vault.campaign, "dispute", REASON)
    with pytest.raises(AccessDenied, match="not in a team"):
        service.open(vault.zuid, "training", REASON)
    with pytest.raises(NotFound):
        service.open(9999, "training", REASON)
    listen = service.open(vault.noord, "training", REASON)
    listen.close()

    logged = [(a, d) for a, d in actions(vault.admin) if a.startswith(("access", "listen"))]
    assert [a for a, _ in logged] == [
        "access_denied",
        "access_denied",
        "access_denied",
        "access_allowed",
        "listen_started",
        "listen_ended",
    ]
    assert logged[0][1] == {
        "recording": vault.campaign,
        "purpose": "dispute",
        "reason": REASON,
        "denial": "role_not_allowed",
        "message": "The policy does not let your role listen for the purpose "
        "“Evidence in disputes with donors”.",
    }
    assert logged[3][1] == {
        "recording": vault.noord,
        "purpose": "training",
        "reason": REASON,
        "role": "quality_coach",
    }
    assert logged[4][1]["session"] == listen.id
    assert all(e.actor == "carla" for e in audit.entries(vault.admin.conn)[:6])


def test_a_reason_is_required_and_a_short_one_is_not_a_request(vault: Vault) -> None:
    service = ListeningService(vault.lead)
    before = len(audit.entries(vault.admin.conn))
    for reason in ("", "   ", "too short"):
        with pytest.raises(InputError, match="at least 10 characters"):
            service.open(vault.noord, "training", reason)
    assert len(audit.entries(vault.admin.conn)) == before
    assert vault.admin.conn.execute("SELECT count(*) FROM listen_sessions").fetchone()[0] == 0


def test_an_expired_purpose_is_denied(vault: Vault) -> None:
    later = ListeningService(vault.lead, clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(31))
    assert [p.id for p in later.options(vault.campaign)] == ["dispute"]
    with pytest.raises(AccessDenied, match="has passed"):
        later.open(vault.noord, "training", REASON)


def test_a_hold_keeps_a_purpose_audible(vault: Vault) -> None:
    RetentionService(vault.lead).place_hold(
        vault.campaign, "dispute", "case 2026-17", "The donor disputes the recurring gift"
    )
    later = ListeningService(vault.lead, clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(400))
    assert [p.id for p in later.options(vault.campaign)] == ["dispute"]


def test_a_dispute_listen_needs_and_records_the_case_reference(vault: Vault) -> None:
    service = ListeningService(vault.lead)
    before = len(audit.entries(vault.admin.conn))
    with pytest.raises(InputError, match="case reference"):
        service.open(vault.campaign, "dispute", REASON)
    assert len(audit.entries(vault.admin.conn)) == before  # an incomplete request is no request
    listen = service.open(vault.campaign, "dispute", REASON, case_reference=" case  2026-17 ")
    listen.close()
    row = listen_repo.session(vault.admin.conn, listen.id)
    assert row is not None and row.case_reference == "case 2026-17"
    started = [d for a, d in actions(vault.admin) if a == "listen_started"][-1]
    assert started["case"] == "case 2026-17"
    # Training needs none: the case reference belongs to the purposes that allow holds.
    assert service.needs_case_reference("dispute") and not service.needs_case_reference("training")


# --- write-ahead -------------------------------------------------------------------------------


def test_the_session_is_committed_before_the_first_sample(vault: Vault) -> None:
    seen: list[tuple[object, ...]] = []

    def first_write(sink: MemorySink, block: np.ndarray) -> None:
        if seen:
            return
        # A second connection sees only committed data.
        other = vault.admin.vault.connect()
        try:
            row = other.execute(
                "SELECT id, user_name, purpose_id, reason, state FROM listen_sessions"
            ).fetchone()
            last = other.execute(
                "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"
            ).fetchone()
        finally:
            other.close()
        seen.append((row, last[0], sink.taken))

    listen = ListeningService(vault.lead).open(vault.noord, "training", REASON)
    player = listen.player(MemorySink(on_write=first_write))
    player.play()
    assert player.wait(TIMEOUT) is PlayerState.ENDED
    listen.close()

    assert seen == [((listen.id, "bram", "training", REASON, "open"), "listen_started", 0)]


# --- intervals ---------------------------------------------------------------------------------


def test_playing_through_logs_every_frame_once(vault: Vault) -> None:
    listen = ListeningService(vault.lead).open(vault.noord, "training", REASON)
    sink = MemorySink()
    player = listen.player(sink)
    player.play()
    assert player.wait(TIMEOUT) is PlayerState.ENDED
    summary = listen.close()

    expected = reference(vault.admin, vault.noord)
    assert np.array_equal(sink.frames(), expected)
    assert summary.intervals == ((0, len(expected)),)
    assert summary.seconds_heard == pytest.approx(20.0)
    row = listen_repo.session(vault.admin.conn, listen.id)
    assert row is not None and row.state == "closed" and row.ended_at is not None
    assert row.intervals == ((0, len(expected)),)
    ended = audit.entries(vault.admin.conn, limit=1)[0]
    assert ended.action == "listen_ended"
    assert ended.details["intervals_s"] == [[0.0, 20.0]] and ended.details["seconds_heard"] == 20.0
    assert sink.closed and player.state is PlayerState.CLOSED


def test_seek_pause_and_resume_log_exactly_the_frames_handed_over(vault: Vault) -> None:
    listen = ListeningService(vault.lead).open(vault.campaign, "dispute", REASON, CASE)
    delivered: list[tuple[int, int]] = []
    rate = 8000

    def script(sink: MemorySink, block: np.ndarray) -> None:
        n = len(delivered)
        delivered.append((player.position, len(block)))
        if n == 3:
            player.seek(30 * rate)  # forward: a gap in what is heard
        elif n == 8:
            player.seek(rate // 4)  # back over audio already heard: overlaps merge
        elif n == 14:
            player.pause()

    sink = MemorySink(on_write=script)
    player = listen.player(sink)
    player.play()
    assert player.wait(TIMEOUT) is PlayerState.PAUSED
    paused_at = player.position
    player.seek(39 * rate)
    player.play()
    assert player.wait(TIMEOUT) is PlayerState.ENDED
    summary = listen.close()

    ref = reference(vault.admin, vault.campaign)
    # What the sink holds is the recording's audio at exactly the logged positions...
    assert np.array_equal(sink.frames(), np.concatenate([ref[s : s + n] for s, n in delivered]))
    # ...and the log is those positions merged: nothing more, nothing less.
    block = rate // 10
    assert paused_at == rate // 4 + 6 * block
    assert summary.intervals == (
        (0, rate // 4 + 6 * block),
        (30 * rate, 30 * rate + 5 * block),
        (39 * rate, 40 * rate),
    )
    assert summary.intervals == tuple(_merged([(s, s + n) for s, n in delivered]))
    row = listen_repo.session(vault.admin.conn, listen.id)
    assert row is not None and row.intervals == summary.intervals


def _merged(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def test_a_partial_listen_logs_only_what_the_sink_took(vault: Vault) -> None:
    listen = ListeningService(vault.lead).open(vault.noord, "training", REASON)
    sink = MemorySink(capacity=12_345)
    player = listen.player(sink)
    player.play()
    assert player.wait(TIMEOUT) is PlayerState.PAUSED
    summary = listen.close()

    assert sink.taken == 12_345
    assert summary.intervals == ((0, 12_345),)


def test_intervals_are_flushed_while_playing(vault: Vault) -> None:
    listen = ListeningService(vault.lead).open(vault.noord, "training", REASON)
    flushed: list[object] = []

    def look(sink: MemorySink, block: np.ndarray) -> None:
        if sink.taken == 4 * 800:
            other = vault.admin.vault.connect()
            try:
                flushed.append(
                    other.execute(
                        "SELECT intervals FROM listen_sessions WHERE id = ?", (listen.id,)
                    ).fetchone()[0]
                )
            finally:
                other.close()

    player = listen.player(MemorySink(on_write=look), flush_every_s=0.0)
    player.play()
    player.wait(TIMEOUT)
    listen.close()
    # With a zero flush interval every block is saved; the 5th block sees the first four.
    assert [json.loads(str(f)) for f in flushed] == [[[0, 3200]]]


def test_a_session_without_sound_device_logs_nothing_heard(vault: Vault) -> None:
    listen = ListeningService(vault.lead).open(vault.noord, "training", REASON)
    with pytest.raises(AudioOutputError, match="nothing was marked as heard"):
        listen.player(DeviceSink(device=4242))
    summary = listen.close()
    assert summary.intervals == () and summary.seconds_heard == 0.0
    assert audit.entries(vault.admin.conn, limit=1)[0].details["seconds_heard"] == 0.0


def test_the_listen_log_shows_team_leads_their_own_sessions(vault: Vault) -> None:
    ListeningService(vault.lead).open(vault.noord, "training", REASON).close()
    ListeningService(vault.coach).open(vault.noord, "training", REASON).close()

    assert {r.user_name for r in ListeningService(vault.admin).sessions()} == {"bram", "carla"}
    mine = ListeningService(vault.lead).sessions(ListenFilter(user_name="carla"))
    assert [r.user_name for r in mine] == ["bram"]
    only = ListeningService(vault.admin).sessions(ListenFilter(purpose_id="dispute"))
    assert only == []


def test_who_can_listen_lists_users_and_purposes(vault: Vault) -> None:
    service = ListeningService(vault.admin)
    rights = {
        r.user.name: [p.id for p in r.purposes] for r in service.who_can_listen(vault.campaign)
    }
    assert rights == {"bram": ["training", "dispute"], "carla": ["training"]}
    assert service.who_can_listen(vault.zuid) == []
    with pytest.raises(AccessDenied):
        ListeningService(vault.lead).who_can_listen(vault.noord)


def test_a_null_sink_plays_two_sessions_in_a_row(vault: Vault) -> None:
    service = ListeningService(vault.lead)
    for _ in range(2):
        listen = service.open(vault.noord, "training", REASON)
        player = listen.player(NullSink())
        player.play()
        assert player.wait(TIMEOUT) is PlayerState.ENDED
        assert listen.close().seconds_heard == pytest.approx(20.0)

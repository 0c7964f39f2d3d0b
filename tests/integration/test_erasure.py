"""Erasure and objection in a real vault (arts. 17, 21, R16): exactly what was asked, holds win.

Erased audio is gone with its caller's number and the text typed about it; tombstones,
notices and a valid audit chain prove it. An objection keeps the agent out of the next
import until it is lifted. A kill in the middle leaves whole recordings only.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from supervisor_app.domain.errors import AccessDenied, InputError
from supervisor_app.domain.notifications import Kind
from supervisor_app.services.erasure import ErasureService, Target
from supervisor_app.services.imports import ImportService
from supervisor_app.services.notifications import NotificationService
from supervisor_app.services.requests import RequestsService
from supervisor_app.services.retention import RetentionService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit, retention_repo
from supervisor_app.vault.db import Connection
from tests.children import KILLED, Lines, hard_kill
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_access_export import A_SPELLINGS, A, People, build
from tests.integration.test_import_pipeline import MONDAY, Call, write_export
from tests.integration.test_listen import REASON
from tests.integration.test_purge import assert_healthy, chunks

REPO = Path(__file__).resolve().parents[2]
A_E164 = "+31612345678"


@pytest.fixture
def people(admin_session: Session, tmp_path: Path) -> People:
    return build(admin_session, tmp_path)


def peaks_rows(conn: Connection, recording_id: int) -> int:
    """How many waveform rows a recording has (one while its audio exists, none after)."""
    row = conn.execute(
        "SELECT count(*) FROM recording_peaks WHERE recording_id = ?", (recording_id,)
    ).fetchone()
    return int(row[0])


def request(
    people: People, kind: str = "erasure", *, agent_extension: str = "", number: str = ""
) -> int:
    return (
        RequestsService(people.admin)
        .add(kind, received_on=dt.date.today(), agent_extension=agent_extension, number=number)
        .row.id
    )


def test_erasing_a_caller_removes_their_audio_and_text_and_keeps_the_proof(
    people: People,
) -> None:
    conn = people.admin.conn
    req = request(people, number=A_SPELLINGS[0])
    theirs = people.by_number[A_E164]
    others = [r for ids in people.by_number.values() for r in ids if r not in theirs]
    kept = {r: chunks(people.admin, r) for r in others}
    service = ErasureService(people.admin)
    preview = service.preview(req, Target(number=A_SPELLINGS[2]))
    assert [c.recording_id for c in preview.to_erase] == theirs and preview.blocked == ()
    assert preview.purpose_counts() == {"training": 2, "dispute": 1}
    with pytest.raises(InputError, match="Confirm"):
        service.erase(req, Target(number=A), confirm=False)

    assert all(peaks_rows(conn, r) == 1 for r in theirs)

    report = service.erase(req, Target(number=A), confirm=True)

    assert report.erased == tuple(theirs)
    for rec_id in theirs:
        assert chunks(people.admin, rec_id) == 0
        row = conn.execute(
            "SELECT status, remote_number FROM recordings WHERE id = ?", (rec_id,)
        ).fetchone()
        assert tuple(row) == ("erased", None)
        # The waveform goes with the audio: no row left in recording_peaks.
        assert peaks_rows(conn, rec_id) == 0
        stone = retention_repo.tombstone(conn, rec_id)
        assert stone is not None and stone.kind == "erased" and stone.request_id == req
    for rec_id, n in kept.items():
        assert chunks(people.admin, rec_id) == n
    # The listen to Fatima's first call (one of A's) keeps its facts but not its reason.
    listen = conn.execute(
        "SELECT reason, purpose_id, user_name FROM listen_sessions WHERE id = ?",
        (people.listen_id,),
    ).fetchone()
    assert tuple(listen) == ("", "training", "bram")
    assert report.texts_cleared >= 1
    # Each agent whose call was erased is told, with the notice template for erasures.
    notices = NotificationService(people.admin).items()
    told = {(i.agent_id, i.recording_ids) for i in notices if i.kind is Kind.RECORDING_ERASED}
    assert told == {(people.fatima, (theirs[0],)), (people.ivo, (theirs[1],))}
    entries = [e for e in audit.entries(conn) if e.action == "recording_erased"]
    assert sorted(e.details["recording"] for e in entries) == sorted(theirs)
    assert all(e.details["request"] == req for e in entries)
    assert A_E164 not in str([e.details for e in audit.entries(conn, limit=10)])
    assert_healthy(people.admin)
    # Nothing of the number is left to find; a second run has nothing to do.
    again = service.preview(req, Target(number=A))
    assert (
        again.to_erase == ()
        and conn.execute(
            "SELECT count(*) FROM recordings WHERE remote_number = ?", (A_E164,)
        ).fetchone()[0]
        == 0
    )


def test_a_hold_wins_over_an_erasure_and_the_preview_says_so(people: People) -> None:
    req = request(people, agent_extension="201")
    mine = people.by_agent[people.fatima]
    held = mine[2]
    service = ErasureService(people.admin)
    preview = service.preview(req, Target(agent_extension="201"))
    assert [c.recording_id for c in preview.blocked] == [held]
    assert preview.blocked[0].holds[0].case_reference and preview.to_json()["blocked_by_hold"] == 1
    report = service.erase(req, Target(agent_extension="201"), confirm=True)
    assert sorted(report.erased) == sorted(r for r in mine if r != held)
    assert report.blocked == (held,) and chunks(people.admin, held) > 0
    # Released, the rest goes on the next run of the same erasure.
    RetentionService(people.lead).release_hold(people.hold_id, "The dispute was settled today")
    after = service.erase(req, Target(agent_extension="201"), confirm=True)
    assert after.erased == (held,) and chunks(people.admin, held) == 0
    stone = retention_repo.tombstone(people.admin.conn, held)
    assert stone is not None and stone.kind == "erased"
    # The released hold's reasons were cleared with the rest of the text about the call.
    row = people.admin.conn.execute(
        "SELECT reason, release_reason, case_reference FROM recording_holds WHERE id = ?",
        (people.hold_id,),
    ).fetchone()
    assert row[0] == "" and row[1] is None and row[2]
    assert_healthy(people.admin)


def test_erasure_only_for_the_request_s_subject_and_by_administrators(people: People) -> None:
    req = request(people, agent_extension="201")
    access = request(people, "access", agent_extension="201")
    service = ErasureService(people.admin)
    ivo_call = people.by_agent[people.ivo][0]
    with pytest.raises(InputError, match="not the subject"):
        service.preview(req, Target(recording_id=ivo_call))
    with pytest.raises(InputError, match="not the subject"):
        service.preview(req, Target(number=A))
    with pytest.raises(InputError, match="erasure request or an objection"):
        service.preview(access, Target(agent_extension="201"))
    with pytest.raises(AccessDenied):
        ErasureService(people.lead).preview(req, Target(agent_extension="201"))
    one = people.by_agent[people.fatima][1]
    report = service.erase(req, Target(recording_id=one), confirm=True)
    assert report.erased == (one,)
    with pytest.raises(InputError, match="holds no audio"):
        service.preview(req, Target(recording_id=one))
    RequestsService(people.admin).close(req, "answered", "Recording erased, agent told")
    with pytest.raises(InputError, match="already answered"):
        service.preview(req, Target(agent_extension="201"))


# --- objection -----------------------------------------------------------------------------------


def test_an_objection_keeps_the_agent_out_of_the_next_import_until_lifted(
    people: People,
) -> None:
    req = request(people, "objection", agent_extension="204")
    service = ErasureService(people.admin)
    objection = service.set_objection(
        "Objects to sampling of her calls", agent_extension="204", request_id=req
    )
    assert objection.active and objection.request_id == req
    with pytest.raises(InputError, match="already recorded"):
        service.set_objection("Objects a second time again", agent_extension="204")
    later = MONDAY + dt.timedelta(days=2)
    calls = [Call("queue", "204", later, 1.0), Call("queue", "201", later, 1.0)]
    monitor, cdr, _ = write_export(people.root / "next", calls, first=100)

    report = ImportService(people.admin).run("freepbx", monitor, cdr)

    assert report.excluded["objection"] == 1 and report.imported == 1
    stored = people.admin.conn.execute(
        "SELECT agent_id FROM recordings WHERE started_at > ?", (later.date().isoformat(),)
    ).fetchall()
    assert [r[0] for r in stored] == [people.fatima]
    with pytest.raises(InputError, match="at least 10"):
        service.lift_objection("ok", agent_extension="204")
    lifted = service.lift_objection("Withdrew the objection in writing", agent_extension="204")
    assert not lifted.active and lifted.lift_reason
    calls = [Call("queue", "204", later + dt.timedelta(hours=1), 1.0)]
    monitor, cdr, _ = write_export(people.root / "after", calls, first=200)
    again = ImportService(people.admin).run("freepbx", monitor, cdr)
    assert again.excluded["objection"] == 0 and again.imported == 1
    actions = [e.action for e in audit.entries(people.admin.conn)]
    assert "objection_set" in actions and "objection_lifted" in actions
    assert [o.id for o in service.objections()] == [objection.id]


# --- a kill in the middle ------------------------------------------------------------------------

# The child erases Fatima's recordings and stalls inside the transaction of the second one,
# after its audio is deleted but before it commits. The parent kills it there with SIGKILL.
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from supervisor_app.services import erasure
    from supervisor_app.services.erasure import ErasureService, Target
    from supervisor_app.services.session import unlock

    folder, user, phrase, request = sys.argv[1:5]
    session = unlock(Path(folder), user, phrase)
    real = erasure.clear_personal_text
    done = 0

    def clear(conn, recording_id):
        global done
        cleared = real(conn, recording_id)
        done += 1
        if done == 2:
            print("STOP", flush=True)
            time.sleep(600)
        return cleared

    erasure.clear_personal_text = clear
    ErasureService(session).erase(int(request), Target(agent_extension="201"), confirm=True)
    print("FINISHED", flush=True)
    """
)


@pytest.mark.slow
def test_an_erasure_killed_midway_leaves_whole_recordings_and_is_finished_by_the_next(
    people: People,
) -> None:
    RetentionService(people.lead).release_hold(people.hold_id, "Settled before the erasure")
    req = request(people, agent_extension="201")
    mine = people.by_agent[people.fatima]
    folder = people.admin.vault.folder
    # Every session of this process locks first: one program at a time opens a vault.
    people.lead.lock()
    people.admin.lock()
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), ADMIN, ADMIN_PASSPHRASE, str(req)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            lines = Lines(proc.stdout)
            assert lines.wait_for("STOP", timeout=60), lines.seen
            hard_kill(proc)
            assert proc.returncode == KILLED
        finally:
            hard_kill(proc)
            proc.communicate()

    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert_healthy(session)
        conn = session.conn
        rows = dict(conn.execute("SELECT id, status FROM recordings").fetchall())
        for rec_id in mine:
            stone = retention_repo.tombstone(conn, rec_id)
            has_audio = chunks(session, rec_id) > 0
            assert (rows[rec_id] == "held") == has_audio == (stone is None)
        # The first committed whole, with its entry and notice; the second rolled back whole.
        assert [rows[r] for r in mine] == ["erased", "held", "held"]
        erased = [e for e in audit.entries(conn) if e.action == "recording_erased"]
        assert [e.details["recording"] for e in erased] == [mine[0]]
        assert not [e for e in audit.entries(conn) if e.action == "erasure"]

        report = ErasureService(session).erase(req, Target(agent_extension="201"), confirm=True)

        assert report.erased == tuple(mine[1:])
        assert all(chunks(session, r) == 0 for r in mine)
        notices = NotificationService(session).items()
        assert sorted(
            i.recording_ids[0] for i in notices if i.kind is Kind.RECORDING_ERASED
        ) == sorted(mine)
        assert_healthy(session)
    finally:
        session.lock()


def test_erased_recordings_cannot_be_heard(people: People) -> None:
    from supervisor_app.services.listening import ListeningService

    req = request(people, number=A)
    ErasureService(people.admin).erase(req, Target(number=A), confirm=True)
    with pytest.raises(AccessDenied, match="erased on request"):
        ListeningService(people.lead).open(people.by_number[A_E164][0], "training", REASON)

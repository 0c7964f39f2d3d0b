"""Import into a real vault: scope, sample, purposes, chunks, idempotency, bad audio, cancel."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest
import soundfile as sf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supervisor_app import paths
from supervisor_app.domain.errors import AccessDenied
from supervisor_app.domain.people import Language, RoleGrant
from supervisor_app.domain.policy import Sampling, SamplingMode
from supervisor_app.domain.roles import Role
from supervisor_app.services import setup
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.imports import ImportProgress, ImportService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyIncomplete, PolicyService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import recordings_repo
from supervisor_app.vault.recordings_repo import ChunkReader, RecordingFilter
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, FAST_KDF

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def monday_weeks_ago(weeks: int) -> dt.datetime:
    """09:00 (PBX time) on the Monday of the week that many weeks before this one."""
    today = dt.date.today()
    return dt.datetime.combine(today - dt.timedelta(days=today.weekday() + 7 * weeks), dt.time(9))


# The calls are three weeks old: in the past, inside every purpose's retention (30 days at the
# least), and after the example policy's works-council and announcement dates.
MONDAY = monday_weeks_ago(3)  # local PBX time
WEEK = dt.timedelta(days=7)


def iso_week(moment: dt.datetime) -> str:
    """The ISO week of a local time, as digests name it (2026-W47)."""
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


# The agents received the protocol four weeks before the first call (the date gate).
PROTOCOL_RECEIVED = MONDAY.date() - 4 * WEEK
AGENTS = (
    ("Fatima El Amrani", "201", "Team Noord"),
    ("Gert van Dijk", "202", "Team Noord"),
    ("Ivo de Boer", "204", "Team Zuid"),
)
# A CSV export of FreePBX's asteriskcdrdb.cdr table, columns in the table's order.
CDR_COLUMNS = (
    *("calldate", "clid", "src", "dst", "dcontext", "channel", "dstchannel", "lastapp"),
    *("lastdata", "duration", "billsec", "disposition", "amaflags", "accountcode", "uniqueid"),
    *("userfield", "did", "recordingfile", "cnum", "cnam", "linkedid", "peeraccount", "sequence"),
)


# --- building an export ------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One call of a generated FreePBX export and what the scope rules should say of it."""

    kind: str  # queue, campaign, internal, protected, private, unanswered, stranger, missing
    agent: str = "201"
    at: dt.datetime = MONDAY
    seconds: float = 1.0
    audio: str = "pcm"  # pcm, stereo, empty, garbage
    number: str = ""  # the customer's number as the export writes it; one per call if empty

    @property
    def in_scope(self) -> bool:
        return self.kind in ("queue", "campaign")


def write_wav(path: Path, seconds: float, *, channels: int = 1, seed: int = 0) -> np.ndarray:
    """A speech-band noise and tone recording at 8 kHz, as a PBX writes it; returns the samples."""
    rng = np.random.default_rng(seed)
    frames = int(8000 * seconds)
    t = np.arange(frames) / 8000
    tone = 0.3 * np.sin(2 * np.pi * (300 + 40 * (seed % 7)) * t)
    data = np.stack([tone + 0.1 * rng.standard_normal(frames) for _ in range(channels)], axis=1)
    pcm = (np.clip(data, -1, 1) * 32767).astype(np.int16)
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, pcm, 8000, subtype="PCM_16")
    return pcm


def write_export(
    root: Path, calls: Sequence[Call], first: int = 0
) -> tuple[Path, Path, dict[str, Call]]:
    """A FreePBX monitor tree and a CSV export of its cdr table; returns both and calls by id.

    Call ids count from ``first``, so a later export can hold calls no earlier one had.
    """
    monitor = root / "monitor"
    rows: list[dict[str, str]] = []
    by_uid: dict[str, Call] = {}
    for n, call in enumerate(calls, start=first):
        uid = f"{1763280000 + n * 60}.{n}"
        by_uid[uid] = call
        row, name = _cdr_row(call, uid, n)
        rows.append(row)
        if call.kind != "missing":
            folder = monitor / call.at.strftime("%Y/%m/%d")
            _write_audio(folder / name, call, n)
    monitor.mkdir(parents=True, exist_ok=True)
    cdr = root / "cdr.csv"
    with cdr.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, CDR_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return monitor, cdr, by_uid


def _write_audio(path: Path, call: Call, seed: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if call.audio == "empty":
        path.write_bytes(b"")
    elif call.audio == "garbage":
        path.write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really audio" * 10)
    else:
        write_wav(path, call.seconds, channels=2 if call.audio == "stereo" else 1, seed=seed)


def _cdr_row(call: Call, uid: str, n: int) -> tuple[dict[str, str], str]:
    customer = call.number or f"06{12345000 + n:08d}"
    stamp = call.at.strftime("%Y%m%d-%H%M%S")
    ext = call.agent
    row = dict.fromkeys(CDR_COLUMNS, "")
    row.update(
        calldate=call.at.strftime("%Y-%m-%d %H:%M:%S"),
        duration=str(int(call.seconds) + 5),
        billsec=str(int(call.seconds)),
        disposition="ANSWERED",
        amaflags="3",
        uniqueid=uid,
        linkedid=uid,
        sequence=str(n),
    )
    if call.kind in ("queue", "unanswered", "stranger", "missing"):
        agent = "299" if call.kind == "stranger" else ext
        row.update(
            src=customer,
            dst="400",
            dcontext="ext-queues",
            channel=f"PJSIP/kpn-trunk-{n:08x}",
            dstchannel=f"PJSIP/{agent}-{n:08x}",
            lastapp="Queue",
            lastdata="400,t",
            did="+31201234500",
        )
        name = f"q-400-{customer}-{stamp}-{uid}.wav"
        if call.kind == "unanswered":
            row.update(disposition="NO ANSWER", billsec="0", dstchannel="")
    elif call.kind == "internal":
        row.update(
            src=ext,
            dst="202",
            dcontext="from-internal",
            channel=f"PJSIP/{ext}-{n:08x}",
            dstchannel=f"PJSIP/202-{n:08x}",
            lastapp="Dial",
        )
        name = f"internal-202-{ext}-{stamp}-{uid}.wav"
    else:
        remote = {"protected": "0207654321", "private": "0612340000"}.get(call.kind, customer)
        context = "from-internal" if call.kind == "private" else "campaign-outbound"
        row.update(
            src=ext,
            dst=remote,
            dcontext=context,
            channel=f"PJSIP/{ext}-{n:08x}",
            dstchannel=f"PJSIP/kpn-trunk-{n:08x}",
            lastapp="Dial",
            accountcode="donor-2026" if call.kind == "campaign" else "",
        )
        name = f"out-{remote}-{ext}-{stamp}-{uid}.wav"
    row["recordingfile"] = name
    return row, name


# --- a vault ready to import -------------------------------------------------------------------


def prepare_vault(session: Session, sampling: Sampling | None = None) -> list[int]:
    """Teams, agents, the example policy (optionally other sampling), documents, receipts."""
    people = PeopleService(session)
    for team in ("Team Noord", "Team Zuid"):
        people.add_team(team)
    ids = [people.add_agent(n, [e], t, None, Language.NL).id for n, e, t in AGENTS]
    policies = PolicyService(session)
    policy = policies.import_file(paths.resources_dir() / "policy.example.toml")
    if sampling is not None:
        policies.save(dataclasses.replace(policy, sampling=sampling))
    documents = DocumentService(session)
    documents.publish()
    documents.acknowledge(ids, received_on=PROTOCOL_RECEIVED)
    return ids


EVERYTHING = Sampling(mode=SamplingMode.SOURCE)


def tree_digest(root: Path) -> dict[str, str]:
    """Every file below root with its SHA-256 and mode, to prove nothing changed."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() + oct(p.stat().st_mode)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def stored_rows(session: Session) -> list[tuple[str, str, int]]:
    """(call id, source sha256, status) of every stored recording."""
    rows = session.conn.execute(
        "SELECT call_id, source_sha256, batch_id FROM recordings ORDER BY call_id"
    ).fetchall()
    return [tuple(r) for r in rows]


def decoded(session: Session, recording_id: int) -> np.ndarray:
    """A stored recording decoded straight from the vault's chunks."""
    with ChunkReader(session.conn, recording_id) as reader:
        data: np.ndarray = sf.read(reader, dtype="int16", always_2d=True)[0]
    return data


MIX = [
    Call("queue", "201", MONDAY, 1.5),
    Call("queue", "202", MONDAY + dt.timedelta(hours=1), 1.0, "stereo"),
    Call("campaign", "204", MONDAY + dt.timedelta(hours=2), 1.0),
    Call("internal", "201", MONDAY + dt.timedelta(hours=3)),
    Call("protected", "202", MONDAY + dt.timedelta(hours=4)),
    Call("private", "204", MONDAY + dt.timedelta(hours=5)),
    Call("unanswered", "201", MONDAY + dt.timedelta(hours=6)),
    Call("stranger", "201", MONDAY + dt.timedelta(hours=7)),
    Call("missing", "202", MONDAY + dt.timedelta(hours=8)),
]


# --- tests -------------------------------------------------------------------------------------


def test_only_in_scope_calls_are_stored_with_purposes_and_retention(
    admin_session: Session, tmp_path: Path
) -> None:
    prepare_vault(admin_session, EVERYTHING)
    monitor, cdr, calls = write_export(tmp_path / "export", MIX)
    before = tree_digest(tmp_path / "export")

    report = ImportService(admin_session).run("freepbx", monitor, cdr)

    assert report.found == len(MIX)
    assert report.in_scope == 3 and report.sampled == 3 and report.imported == 3
    assert report.excluded == {
        "unanswered": 1,
        "internal": 1,
        "protected_number": 1,
        "not_business_line": 1,
        "agent_unknown": 1,
        "agent_left": 0,
        "objection": 0,
        "protocol_not_acknowledged": 0,
        "before_works_council": 0,
        "before_announcement": 0,
        "before_acknowledgement": 0,
        "no_recording": 1,
        "no_purpose": 0,
        "expired": 0,
    }
    assert report.failed == () and report.duplicates == 0 and report.batch is not None
    assert {cid for cid, _, _ in stored_rows(admin_session)} == {
        uid for uid, call in calls.items() if call.in_scope
    }
    assert tree_digest(tmp_path / "export") == before

    rows = recordings_repo.page(admin_session.conn, 0, 10, filters=RecordingFilter())
    by_queue = {r.queue: r for r in rows}
    campaign = next(r for r in rows if r.campaign == "donor-2026")
    assert [p.purpose_id for p in campaign.purposes] == ["training", "dispute"]
    # Each deadline counts from the call, in calendar days of the policy's time zone.
    call_local = campaign.started_at.astimezone(AMSTERDAM).replace(tzinfo=None)
    held = {
        p.purpose_id: p.retain_until.astimezone(AMSTERDAM).replace(tzinfo=None) - call_local
        for p in campaign.purposes
    }
    assert held == {"training": dt.timedelta(days=30), "dispute": dt.timedelta(days=90)}
    assert campaign.retain_until == max(p.retain_until for p in campaign.purposes)
    assert [p.purpose_id for p in by_queue["400"].purposes] == ["training"]
    assert {r.team_name for r in rows} == {"Team Noord", "Team Zuid"}


def test_chunks_decode_to_the_source_samples(admin_session: Session, tmp_path: Path) -> None:
    prepare_vault(admin_session, EVERYTHING)
    root = tmp_path / "export"
    calls = [Call("queue", "201", MONDAY, 40.0), Call("queue", "202", MONDAY, 3.0, "stereo")]
    monitor, cdr, _ = write_export(root, calls)

    ImportService(admin_session).run("freepbx", monitor, cdr)

    conn = admin_session.conn
    for rec_id, call_id in conn.execute("SELECT id, call_id FROM recordings").fetchall():
        detail = recordings_repo.recording(conn, rec_id)
        assert detail is not None
        source = next(monitor.rglob(f"*{call_id}.wav"))
        expected, rate = sf.read(source, dtype="int16", always_2d=True)
        got = decoded(admin_session, rec_id)
        assert np.array_equal(got, expected)
        assert (detail.samplerate, detail.channels, detail.frames) == (rate, *expected.shape[::-1])
        assert detail.source_sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
        assert len(detail.peaks) == int(np.ceil(detail.frames / 160))
    chunks = conn.execute(
        "SELECT max(n) FROM (SELECT count(*) n FROM audio_chunks GROUP BY recording_id)"
    ).fetchone()[0]
    assert chunks > 1  # 40 s of noisy 8 kHz audio spans several 256 KiB chunks


def test_chunk_reader_seeks_across_chunks(admin_session: Session, tmp_path: Path) -> None:
    prepare_vault(admin_session, EVERYTHING)
    monitor, cdr, _ = write_export(tmp_path / "export", [Call("queue", seconds=45.0)])
    ImportService(admin_session).run("freepbx", monitor, cdr)
    conn = admin_session.conn
    rec_id = conn.execute("SELECT id FROM recordings").fetchone()[0]
    whole = b"".join(
        bytes(r[0])
        for r in conn.execute(
            "SELECT data FROM audio_chunks WHERE recording_id = ? ORDER BY seq", (rec_id,)
        )
    )
    with ChunkReader(conn, rec_id) as reader:
        assert reader.readable() and reader.seekable() and reader.size == len(whole)
        boundary = recordings_repo.CHUNK_SIZE
        reader.seek(boundary - 10)
        assert reader.read(20) == whole[boundary - 10 : boundary + 10]
        assert reader.tell() == boundary + 10
        reader.seek(-5, os.SEEK_END)
        assert reader.read() == whole[-5:]
        reader.seek(0)
        assert reader.read() == whole
        assert reader.read(10) == b""


def test_a_second_run_adds_nothing(admin_session: Session, tmp_path: Path) -> None:
    prepare_vault(admin_session, EVERYTHING)
    monitor, cdr, _ = write_export(tmp_path / "export", MIX)
    service = ImportService(admin_session)
    first = service.run("freepbx", monitor, cdr)
    rows = stored_rows(admin_session)

    second = service.run("freepbx", monitor, cdr)

    assert (second.imported, second.duplicates, second.sampled) == (0, first.imported, 3)
    assert second.batch is None  # nothing new to draw
    assert stored_rows(admin_session) == rows


def test_a_reimport_cannot_redraw_the_sample(admin_session: Session, tmp_path: Path) -> None:
    # Example policy: 5 %, at least 1 and at most 3 per agent and week.
    prepare_vault(admin_session)
    calls = [Call("queue", "201", MONDAY + dt.timedelta(minutes=m)) for m in range(12)]
    monitor, cdr, _ = write_export(tmp_path / "export", calls)
    service = ImportService(admin_session)
    first = service.run("freepbx", monitor, cdr)
    assert 1 <= first.imported <= 3 and first.in_scope == 12
    for _ in range(3):
        again = service.run("freepbx", monitor, cdr)
        assert again.imported == 0 and again.duplicates == first.imported
    assert len(stored_rows(admin_session)) == first.imported


def test_bad_audio_is_counted_with_a_reason_and_the_rest_imported(
    admin_session: Session, tmp_path: Path
) -> None:
    prepare_vault(admin_session, EVERYTHING)
    calls = [
        Call("queue", "201", MONDAY, audio="empty"),
        Call("queue", "202", MONDAY, audio="garbage"),
        Call("queue", "204", MONDAY, seconds=0.0),
        Call("campaign", "204", MONDAY),
    ]
    monitor, cdr, _ = write_export(tmp_path / "export", calls)

    report = ImportService(admin_session).run("freepbx", monitor, cdr)

    assert report.imported == 1 and len(report.failed) == 3
    assert all(f.source.endswith(".wav") and f.source in f.reason for f in report.failed)
    reasons = " ".join(f.reason for f in report.failed)
    assert "empty file" in reasons
    assert "zero length" in reasons
    assert "cannot be read as audio" in reasons
    # A rerun tries the failed ones again (they stay selected) and still reports them.
    again = ImportService(admin_session).run("freepbx", monitor, cdr)
    assert len(again.failed) == 3 and again.duplicates == 1


def test_refused_while_the_policy_is_incomplete(admin_session: Session, tmp_path: Path) -> None:
    monitor, cdr, _ = write_export(tmp_path / "export", MIX)
    with pytest.raises(PolicyIncomplete) as caught:
        ImportService(admin_session).run("freepbx", monitor, cdr)
    assert caught.value.missing
    assert "importing calls" in str(caught.value) and "Still missing" in str(caught.value)
    with pytest.raises(PolicyIncomplete):
        ImportService(admin_session).preview("freepbx", monitor, cdr)
    assert admin_session.conn.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 0


def test_auditors_and_coaches_cannot_import(admin_session: Session, tmp_path: Path) -> None:
    prepare_vault(admin_session, EVERYTHING)
    people = PeopleService(admin_session)
    for name, role in (("eva", Role.AUDITOR), ("dirk", Role.QUALITY_COACH)):
        team = people.team("Team Noord").id if role is Role.QUALITY_COACH else None
        people.add_user(name, [RoleGrant(role, team)], "stille-uil-telt-sterren-" + name)
        other = unlock(admin_session.vault.folder, name, "stille-uil-telt-sterren-" + name)
        try:
            with pytest.raises(AccessDenied):
                ImportService(other).run("freepbx", tmp_path, None)
        finally:
            other.lock()


def test_preview_writes_nothing_and_opens_no_audio(
    admin_session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepare_vault(admin_session, EVERYTHING)
    monitor, cdr, _ = write_export(tmp_path / "export", MIX)
    audit_before = admin_session.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    opened: list[object] = []
    monkeypatch.setattr(sf, "SoundFile", lambda *a, **k: opened.append(a))

    preview = ImportService(admin_session).preview("freepbx", monitor, cdr)

    assert (preview.found, preview.in_scope, preview.to_sample, preview.already_drawn) == (
        9,
        3,
        3,
        0,
    )
    assert preview.excluded["internal"] == 1 and preview.unparsed_rows == 0
    assert preview.sample_bytes == preview.source_bytes > 0
    assert opened == []
    conn = admin_session.conn
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_before
    assert conn.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 0


def test_dry_run_draws_but_stores_nothing(admin_session: Session, tmp_path: Path) -> None:
    prepare_vault(admin_session, EVERYTHING)
    monitor, cdr, _ = write_export(tmp_path / "export", MIX)
    report = ImportService(admin_session).run("freepbx", monitor, cdr, dry_run=True)
    assert report.batch is None and report.sampled == 3 and report.imported == 0
    assert len(bytes.fromhex(report.seed)) == 16
    assert admin_session.conn.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 0


def test_cancel_keeps_what_finished(admin_session: Session, tmp_path: Path) -> None:
    prepare_vault(admin_session, EVERYTHING)
    calls = [Call("queue", "201", MONDAY + dt.timedelta(minutes=m)) for m in range(8)]
    monitor, cdr, _ = write_export(tmp_path / "export", calls)
    seen: list[ImportProgress] = []

    report = ImportService(admin_session).run(
        "freepbx", monitor, cdr, progress=seen.append, cancel=lambda: len(seen) > 3
    )

    assert report.cancelled and report.imported == 3
    assert len(stored_rows(admin_session)) == 3
    assert [p.done for p in seen] == [0, 1, 2, 3] and {p.total for p in seen} == {8}
    assert seen[-1].bytes_done < seen[-1].bytes_total and seen[-1].eta_s is not None
    finished = admin_session.conn.execute("SELECT finished_at FROM import_batches").fetchone()
    assert finished[0] is None
    rest = ImportService(admin_session).run("freepbx", monitor, cdr)
    assert (rest.imported, rest.duplicates, rest.cancelled) == (5, 3, False)


def test_no_files_are_created_outside_the_vault(admin_session: Session, tmp_path: Path) -> None:
    prepare_vault(admin_session, EVERYTHING)
    monitor, cdr, _ = write_export(tmp_path / "export", MIX)
    folder = admin_session.vault.folder
    temp = Path(tempfile.gettempdir())

    def listing() -> tuple[set[str], set[str]]:
        vault_files = {p.name for p in folder.iterdir()}
        return vault_files, {p.name for p in temp.iterdir()}

    vault_before, temp_before = listing()
    report = ImportService(admin_session).run("freepbx", monitor, cdr)
    vault_after, temp_after = listing()
    assert report.imported == 3
    assert temp_after <= temp_before
    # WAL files of SQLCipher are encrypted pages; nothing else may appear.
    assert vault_after - vault_before <= {"vault.db-wal", "vault.db-shm"}


CALL_KINDS = ("queue", "campaign", "internal", "protected", "private", "unanswered", "stranger")


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(CALL_KINDS),
            st.sampled_from(["201", "202", "204"]),
            st.integers(0, 20 * 24 * 60),
        ),
        min_size=1,
        max_size=10,
    )
)
def test_no_out_of_scope_call_is_ever_stored(
    tmp_path_factory: pytest.TempPathFactory,
    mix: list[tuple[str, str, int]],
) -> None:
    root = tmp_path_factory.mktemp("mix")
    session, _ = setup.create(root / "vault", ADMIN, ADMIN_PASSPHRASE, kdf=FAST_KDF)
    try:
        prepare_vault(session, EVERYTHING)
        calls = [Call(k, a, MONDAY + dt.timedelta(minutes=m), 0.2) for k, a, m in mix]
        monitor, cdr, by_uid = write_export(root / "export", calls)
        report = ImportService(session).run("freepbx", monitor, cdr)
        stored_ids = {cid for cid, _, _ in stored_rows(session)}
        assert all(by_uid[cid].in_scope for cid in stored_ids)
        assert report.imported == len(stored_ids) == sum(c.in_scope for c in calls)
    finally:
        session.lock()

"""Access exports from a real vault (art. 15, R15): exactly the subject's data, encrypted.

Two agents in two teams and several callers, one of whom called both agents. Every test opens
the ZIP with the passphrase and reads every file in it.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import io
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import pyzipper
import soundfile as sf

from supervisor_app.domain.access_letter import NOTICE
from supervisor_app.domain.errors import AccessDenied, InputError
from supervisor_app.domain.policy import Requests
from supervisor_app.domain.roles import Role
from supervisor_app.printing import documents_pdf
from supervisor_app.services.access_export import (
    AccessExportService,
    ExportCancelled,
    ExportOptions,
    ExportResult,
    Subject,
)
from supervisor_app.services.imports import ImportService
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.requests import RequestsService
from supervisor_app.services.retention import RetentionService
from supervisor_app.services.session import Session, unlock
from supervisor_app.vault import audit
from supervisor_app.vault.db import transaction
from supervisor_app.vault.recordings_repo import ChunkReader
from tests.children import KILLED, Lines, hard_kill
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_import_pipeline import (
    AGENTS,
    EVERYTHING,
    MONDAY,
    PROTOCOL_RECEIVED,
    Call,
    prepare_vault,
    write_export,
)
from tests.integration.test_listen import CASE, REASON, as_user

REPO = Path(__file__).resolve().parents[2]
# Caller A called both agents; B and C one each. Numbers as the telephone system wrote them.
A, B, C = "0612345678", "0687654321", "0201112233"
A_SPELLINGS = ("+31 6 1234 5678", "0612345678", "0031612345678")
HOLD_REASON = "The donor disputes the recurring gift"
# Every spelling in which a caller's number could leak into an agent's export.
NUMBER_TRACES = ("612345678", "687654321", "201112233", "0612345678", "+3161234")
# Every name of the staff a caller's export must not show: names, surnames, teams, users.
STAFF_TRACES = (
    *(n for name, _, team in AGENTS for n in (name.split()[0], name.split(maxsplit=1)[1], team)),
    "bram",
    "admin",
)


@dataclass
class People:
    """A vault with recordings of two agents (Fatima 201, Ivo 204) and three callers."""

    admin: Session
    lead: Session
    fatima: int  # agent ids
    ivo: int
    by_number: dict[str, list[int]]  # caller number → recording ids, in call order
    by_agent: dict[int, list[int]]
    listen_id: int
    hold_id: int
    root: Path


CALLS = [
    Call("queue", "201", MONDAY, 2.0, number=A),
    Call("campaign", "204", MONDAY + dt.timedelta(hours=1), 1.5, number=A),
    Call("queue", "201", MONDAY + dt.timedelta(hours=2), 1.0, number=B),
    Call("queue", "204", MONDAY + dt.timedelta(hours=3), 1.0, number=C),
    Call("campaign", "201", MONDAY + dt.timedelta(days=1), 1.0, number=C),
]


def build(admin: Session, root: Path) -> People:
    """Import the calls, listen to one of Fatima's, and hold one as evidence."""
    agent_ids = prepare_vault(admin, EVERYTHING)
    monitor, cdr, _ = write_export(root / "export", CALLS)
    assert ImportService(admin).run("freepbx", monitor, cdr).imported == len(CALLS)
    rows = admin.conn.execute(
        "SELECT id, agent_id, remote_number FROM recordings ORDER BY started_at"
    ).fetchall()
    by_number: dict[str, list[int]] = {}
    by_agent: dict[int, list[int]] = {}
    for rec_id, agent_id, number in rows:
        by_number.setdefault(number, []).append(int(rec_id))
        by_agent.setdefault(int(agent_id), []).append(int(rec_id))
    lead = as_user(admin, "bram", Role.TEAM_LEAD, ["Team Noord", "Team Zuid"])
    fatima, ivo = agent_ids[0], agent_ids[2]
    listen = ListeningService(lead).open(by_agent[fatima][0], "training", REASON)
    listen.close()
    campaign = by_agent[fatima][2]
    hold = RetentionService(lead).place_hold(campaign, "dispute", CASE, HOLD_REASON)
    return People(admin, lead, fatima, ivo, by_number, by_agent, listen.id, hold.id, root)


@pytest.fixture
def people(admin_session: Session, tmp_path: Path) -> People:
    return build(admin_session, tmp_path)


def pdf(html: str, title: str) -> bytes:
    """The real renderer the command line and the app use."""
    return documents_pdf.pdf_bytes(html, title)


def read_all(result: ExportResult) -> dict[str, bytes]:
    """Open the ZIP with the passphrase and read every file in it (checksums verified)."""
    assert result.passphrase is not None
    with pyzipper.AESZipFile(result.path) as archive:
        archive.setpassword(result.passphrase.encode())
        found = {info.filename: archive.read(info.filename) for info in archive.infolist()}
        assert all(info.flag_bits & 0x1 for info in archive.infolist())  # every entry encrypted
    sums = dict(
        reversed(line.split("  ", 1)) for line in found["checksums.txt"].decode().splitlines()
    )
    assert set(sums) == set(found) - {"checksums.txt"}
    for name, digest in sums.items():
        assert hashlib.sha256(found[name]).hexdigest() == digest
    return found


def table(files: dict[str, bytes], name: str) -> list[list[str]]:
    text = files[name].decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def all_text(files: dict[str, bytes]) -> str:
    """Every non-audio file as text (the PDF is checked on its own)."""
    return "\n".join(
        data.decode("utf-8", errors="replace")
        for name, data in files.items()
        if not name.startswith("recordings/") and not name.endswith(".pdf")
    )


def audio_ids(files: dict[str, bytes], suffix: str = "flac") -> set[int]:
    return {
        int(name.removeprefix("recordings/recording-").removesuffix(f".{suffix}"))
        for name in files
        if name.startswith("recordings/")
    }


# --- an agent's export -------------------------------------------------------------------------


def test_an_agent_s_export_holds_exactly_their_data(people: People) -> None:
    request = RequestsService(people.admin).add(
        "access", agent_extension="201", received_on=dt.date.today()
    )
    # The listener is named as the notices name them: by their full name, not their login.
    with transaction(people.admin.conn):
        people.admin.conn.execute(
            "UPDATE users SET display_name = 'Bram Jansen' WHERE name = 'bram'"
        )
    out = people.root / "fatima.zip"
    result = AccessExportService(people.admin).export(
        Subject(agent_extension="201"), out, pdf, request_id=request.row.id
    )
    assert result.encrypted and result.passphrase and out.exists()
    files = read_all(result)
    mine = people.by_agent[people.fatima]
    # Her three recordings, byte for byte what the vault holds, and nothing of Ivo's.
    assert audio_ids(files) == set(mine) and result.recordings == 3
    for rec_id in mine:
        with ChunkReader(people.admin.conn, rec_id) as reader:
            assert files[f"recordings/recording-{rec_id}.flac"] == reader.read()
    calls = table(files, "calls.csv")
    assert calls[0][0] == "opname"  # the agent speaks Dutch: so do the headings
    assert [int(r[0]) for r in calls[1:]] == mine
    listens = table(files, "listens.csv")
    assert [r[0] for r in listens[1:]] == [str(mine[0])]
    assert REASON in listens[1] and "Bram Jansen" in listens[1]  # training names the listener
    holds = table(files, "holds.csv")
    assert [r[0] for r in holds[1:]] == [str(mine[2])] and CASE in holds[1]
    notices = table(files, "notices.csv")
    assert len(notices) > 1
    # What each notice was about and where it is, in her language (not the stored codes).
    assert {r[1] for r in notices[1:]} <= set(NOTICE["nl"].values())
    assert {r[5] for r in notices[1:]} == {"nog niet verstuurd"}
    acknowledgements = table(files, "acknowledgements.csv")
    assert acknowledgements[1][:2] == ["1", PROTOCOL_RECEIVED.isoformat()]
    assert "documents/agent_protocol-v1.nl.html" in files
    assert b"Fatima El Amrani" in files["agent.json"]
    text = all_text(files)
    for trace in NUMBER_TRACES:
        assert trace not in text, trace
    for other in ("Ivo", "Gert"):
        assert other not in text
    for rec_id in people.by_agent[people.ivo]:
        assert f"recording-{rec_id}." not in text
    letter = files["cover-letter.html"].decode()
    assert "Beste Fatima El Amrani," in letter and f"nummer {request.row.id}" in letter
    assert "3 opnames van gesprekken" in letter and "telefoonnummers" in letter
    # The purposes by their Dutch titles, in the letter and the tables alike.
    assert "Training en coaching" in letter and "Training en coaching" in listens[1]
    assert "Training and coaching" not in text + letter
    assert files["cover-letter.pdf"].startswith(b"%PDF")
    # Logged without the passphrase; the request stays open until the hand-over.
    entry = audit.entries(people.admin.conn, limit=1)[0]
    assert entry.action == "subject_exported" and entry.details["recordings"] == 3
    assert result.passphrase not in str(entry.details)
    assert entry.details["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert RequestsService(people.admin).get(request.row.id).row.state.value == "open"
    closed = AccessExportService(people.admin).confirm_handover(request.row.id)
    assert closed.row.state.value == "answered" and closed.to_json()["answered_in_time"]


def test_a_wrong_passphrase_does_not_open_the_export(people: People) -> None:
    result = AccessExportService(people.admin).export(
        Subject(agent_extension="204"), people.root / "ivo.zip", pdf
    )
    with pyzipper.AESZipFile(result.path) as archive:
        archive.setpassword(b"ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2")
        with pytest.raises(RuntimeError, match="Bad password"):
            archive.read("calls.csv")
    # Nor without one; and the bytes on disk show no plaintext of the data.
    with pyzipper.AESZipFile(result.path) as archive, pytest.raises(RuntimeError):
        archive.read("agent.json")
    raw = result.path.read_bytes()
    assert b"Ivo de Boer" not in raw and b"fLaC" not in raw


def test_an_agent_who_was_listened_to_under_an_undisclosed_purpose_gets_the_role(
    people: People,
) -> None:
    policies = PolicyService(people.admin)
    policy = policies.current()
    policies.save(
        dataclasses.replace(
            policy,
            purposes=tuple(
                dataclasses.replace(p, disclose_listener_name=False) for p in policy.purposes
            ),
        )
    )
    result = AccessExportService(people.admin).export(
        Subject(agent_id=people.fatima), people.root / "f.zip", pdf
    )
    files = read_all(result)
    assert "bram" not in all_text(files)
    assert "teamleider" in table(files, "listens.csv")[1]
    assert "collega’s die terugluisterden" in files["cover-letter.html"].decode()


# --- a caller's export -------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", A_SPELLINGS)
def test_a_caller_s_export_found_by_any_spelling_holds_exactly_their_calls(
    people: People, spelling: str
) -> None:
    result = AccessExportService(people.admin).export(
        Subject(number=spelling), people.root / "a.zip", pdf
    )
    files = read_all(result)
    expected = people.by_number["+31612345678"]
    assert len(expected) == 2 and audio_ids(files) == set(expected)
    calls = table(files, "calls.csv")
    assert [int(r[0]) for r in calls[1:]] == expected
    assert set(files) == {
        *(f"recordings/recording-{i}.flac" for i in expected),
        "calls.csv",
        "cover-letter.html",
        "cover-letter.pdf",
        "checksums.txt",
    }
    text = all_text(files)
    for part in STAFF_TRACES:
        assert part not in text, part
    for other in ("687654321", "201112233"):
        assert other not in text
    assert "Beste beller," in files["cover-letter.html"].decode()


def allow_agent_names(people: People) -> None:
    """Set the policy's ``[requests] agent_first_name_to_callers``."""
    policies = PolicyService(people.admin)
    policy = policies.current()
    policies.save(dataclasses.replace(policy, requests=Requests(agent_first_name_to_callers=True)))


def test_a_caller_s_export_names_no_agent_unless_the_policy_allows_it(people: People) -> None:
    service = AccessExportService(people.admin)
    assert service.callers_may_learn_agent_names() is False
    # The option alone (its default is to name where allowed) cannot name anybody.
    result = service.export(
        Subject(number=A), people.root / "a.zip", pdf, options=ExportOptions(language="en")
    )
    files = read_all(result)
    assert table(files, "calls.csv")[0][-1] != "employee (first name)"
    text = all_text(files)
    assert "Fatima" not in text and "Ivo" not in text


def test_a_caller_s_export_names_the_agent_by_first_name_when_the_policy_allows(
    people: People,
) -> None:
    allow_agent_names(people)
    service = AccessExportService(people.admin)
    assert service.callers_may_learn_agent_names() is True
    result = service.export(
        Subject(number=A),
        people.root / "a.zip",
        pdf,
        options=ExportOptions(language="en", audio="wav"),
    )
    files = read_all(result)
    calls = table(files, "calls.csv")
    assert calls[0][-1] == "employee (first name)"
    assert sorted(r[-1] for r in calls[1:]) == ["Fatima", "Ivo"]
    text = all_text(files)
    assert "El Amrani" not in text and "de Boer" not in text and "Team" not in text
    # WAV on request, decoded from the vault: the same samples as the stored FLAC.
    for rec_id in people.by_number["+31612345678"]:
        wav, rate = sf.read(io.BytesIO(files[f"recordings/recording-{rec_id}.wav"]), dtype="int16")
        with ChunkReader(people.admin.conn, rec_id) as reader:
            stored, _ = sf.read(reader, dtype="int16")
        assert rate == 8000 and np.array_equal(wav, stored)
    assert "Dear caller," in files["cover-letter.html"].decode()


def test_one_export_may_hold_back_the_names_the_policy_allows(people: People) -> None:
    allow_agent_names(people)
    result = AccessExportService(people.admin).export(
        Subject(number=A),
        people.root / "a.zip",
        pdf,
        options=ExportOptions(language="en", agent_first_name=False),
    )
    files = read_all(result)
    assert table(files, "calls.csv")[0][-1] != "employee (first name)"
    assert "Fatima" not in all_text(files)


def test_a_number_nobody_called_from_gives_an_export_with_no_recordings(people: People) -> None:
    result = AccessExportService(people.admin).export(
        Subject(number="0612000000"), people.root / "none.zip", pdf
    )
    files = read_all(result)
    assert audio_ids(files) == set() and len(table(files, "calls.csv")) == 0
    assert "0 opnames" in files["cover-letter.html"].decode()


# --- the rules around it -----------------------------------------------------------------------


def test_a_plain_folder_only_after_the_warning_was_accepted(people: People) -> None:
    service = AccessExportService(people.admin)
    folder = people.root / "plain"
    with pytest.raises(InputError, match="confirm the warning"):
        service.export(Subject(number=B), folder, pdf, options=ExportOptions(plain_folder=True))
    assert not folder.exists()
    result = service.export(
        Subject(number=B),
        folder,
        pdf,
        options=ExportOptions(plain_folder=True, plain_warning_accepted=True),
    )
    assert not result.encrypted and result.passphrase is None
    assert sorted(p.name for p in (folder / "recordings").iterdir()) == [
        f"recording-{people.by_number['+31687654321'][0]}.flac"
    ]
    assert "onversleuteld" in (folder / "cover-letter.html").read_text(encoding="utf-8")
    assert [p.name for p in people.root.iterdir() if p.name.startswith(".")] == []


def test_the_subject_must_be_the_request_s_and_only_administrators_export(
    people: People,
) -> None:
    requests = RequestsService(people.admin)
    access = requests.add("access", number=A_SPELLINGS[0], received_on=dt.date.today())
    erasure = requests.add("erasure", agent_extension="201", received_on=dt.date.today())
    service = AccessExportService(people.admin)
    out = people.root / "x.zip"
    with pytest.raises(InputError, match="not the subject of request"):
        service.export(Subject(number=B), out, pdf, request_id=access.row.id)
    with pytest.raises(InputError, match="not the subject of request"):
        service.export(Subject(agent_extension="201"), out, pdf, request_id=access.row.id)
    with pytest.raises(InputError, match="answers an access request"):
        service.export(Subject(agent_extension="201"), out, pdf, request_id=erasure.row.id)
    with pytest.raises(InputError, match="not a telephone number"):
        service.export(Subject(number="abc"), out, pdf)
    with pytest.raises(AccessDenied):
        AccessExportService(people.lead).export(Subject(number=A), out, pdf)
    assert not out.exists()
    # The matching subject is fine, under any spelling.
    done = service.export(Subject(number=A_SPELLINGS[2]), out, pdf, request_id=access.row.id)
    assert done.request_id == access.row.id


def test_a_cancelled_export_writes_nothing_and_logs_nothing(people: People) -> None:
    entries = len(audit.entries(people.admin.conn))
    out = people.root / "stopped.zip"
    seen: list[int] = []

    def cancel() -> bool:
        seen.append(1)
        return len(seen) > 2  # stop after two files

    with pytest.raises(ExportCancelled):
        AccessExportService(people.admin).export(
            Subject(agent_extension="201"), out, pdf, cancel=cancel
        )
    assert not out.exists() and list(people.root.glob(".stopped.zip*")) == []
    assert len(audit.entries(people.admin.conn)) == entries


def test_the_passphrase_sheet_is_printable_in_the_subject_s_language(people: People) -> None:
    result = AccessExportService(people.admin).export(
        Subject(number=A), people.root / "a.zip", pdf, options=ExportOptions(language="en")
    )
    assert result.passphrase is not None
    sheet = result.passphrase_sheet()
    assert result.passphrase in sheet and "a.zip" in sheet and "another route" in sheet
    assert len(result.passphrase) == 29 and result.passphrase.count("-") == 4


# --- a kill while the ZIP is written ---------------------------------------------------------

# The child exports Fatima's data and stalls while reading her second recording from the
# vault, with the first already in the (temporary) ZIP. The parent kills it there.
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from supervisor_app.services import access_export
    from supervisor_app.services.access_export import AccessExportService, Subject
    from supervisor_app.services.session import unlock
    from supervisor_app.printing import documents_pdf

    folder, user, phrase, output = sys.argv[1:5]
    session = unlock(Path(folder), user, phrase)
    real = access_export._audio_bytes
    done = 0

    def audio(session, detail, audio):
        global done
        done += 1
        if done == 2:
            print("STOP", flush=True)
            time.sleep(600)
        return real(session, detail, audio)

    access_export._audio_bytes = audio
    AccessExportService(session).export(
        Subject(agent_extension="201"), Path(output), documents_pdf.pdf_bytes
    )
    print("FINISHED", flush=True)
    """
)


@pytest.mark.slow
def test_an_export_killed_while_writing_leaves_no_file_and_no_plaintext(people: People) -> None:
    folder = people.admin.vault.folder
    out = people.root / "fatima.zip"
    # Every session of this process locks first: one program at a time opens a vault.
    people.lead.lock()
    people.admin.lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), ADMIN, ADMIN_PASSPHRASE, str(out)],
        cwd=REPO,
        env=env,
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

    assert not out.exists()
    # What the kill left is the encrypted temporary ZIP: no plaintext of the data in it.
    leftovers = list(people.root.glob(".fatima.zip.*.tmp"))
    assert len(leftovers) == 1
    raw = leftovers[0].read_bytes()
    assert raw and b"fLaC" not in raw and b"Fatima" not in raw and b"opname" not in raw
    session = unlock(folder, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert audit.verify(session.conn).intact
        assert not [e for e in audit.entries(session.conn) if e.action == "subject_exported"]
        # The next export of the same file removes the leftover and completes.
        result = AccessExportService(session).export(Subject(agent_extension="201"), out, pdf)
        assert audio_ids(read_all(result)) == set(people.by_agent[people.fatima])
        assert list(people.root.glob(".fatima.zip.*")) == []
    finally:
        session.lock()

"""Tests for the FreePBX spool reader: every file-name prefix, and the join with a CDR export."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from supervisor_app.domain.calls import CallRecord, Direction, ReadResult
from supervisor_app.ingest.sources import (
    FreePbxSource,
    SourceError,
    SourceSettings,
    open_source,
    read_all,
)
from supervisor_app.ingest.sources.freepbx import parse_name

SETTINGS = SourceSettings(ZoneInfo("Europe/Amsterdam"), internal_extensions=((100, 399),))
UTC = dt.UTC
DAY = "2026/01/12"

# One recording per FreePBX prefix, as sub-record-check names them (and two older names).
NAMES = {
    "out": "out-0612345678-201-20260112-100000-1768208400.1.wav",
    "in": "in-0201234500-0612345671-20260112-100100-1768208400.2.wav",
    "external": "external-202-0612345672-20260112-100200-1768208400.3.wav",
    "internal": "internal-202-201-20260112-100300-1768208400.4.wav",
    "q": "q-400-0612345674-20260112-100400-1768208400.5.wav",
    "rg": "rg-600-0612345675-20260112-100500-1768208400.6.wav",
    "force-in": "force-0201234500-0612345676-20260112-100600-1768208400.7.wav",
    "force-out": "force-0612345677-203-20260112-100700-1768208400.8.wav",
    "parked": "parked-204-0612345678-20260112-100800-1768208400.9.WAV",  # wav49 writes .WAV
    "old-group": "g200-20260112-100900-1768208400.10.wav",
    "old-exten": "exten-202-201-20260112-101000-1768208400.11.wav",
}


def spool(root: Path, names: dict[str, str] = NAMES) -> Path:
    monitor = root / "monitor"
    folder = monitor / DAY
    folder.mkdir(parents=True)
    for name in names.values():
        (folder / name).write_bytes(b"RIFF-not-opened")
    return monitor


def by_id(result: ReadResult) -> dict[str, CallRecord]:
    return {r.call_id: r for r in result.records}


def test_every_prefix_from_the_file_name_alone(tmp_path: Path) -> None:
    monitor = spool(tmp_path)
    (monitor / DAY / "notes.txt").write_text("not a recording")
    result = read_all(FreePbxSource(monitor, SETTINGS))
    calls = by_id(result)
    assert len(calls) == len(NAMES)
    assert [p.source_file.name for p in result.problems] == ["notes.txt"]

    out = calls["1768208400.1"]
    assert (out.direction, out.agent_extension, out.remote_number) == (
        Direction.OUTBOUND,
        "201",
        "+31612345678",
    )
    assert out.started_at == dt.datetime(2026, 1, 12, 9, 0, tzinfo=UTC)
    assert out.audio_path == monitor / DAY / NAMES["out"]
    assert out.source == "freepbx"

    inbound = calls["1768208400.2"]
    assert (inbound.direction, inbound.agent_extension) == (Direction.INBOUND, None)
    assert (inbound.did, inbound.remote_number) == ("+31201234500", "+31612345671")

    external = calls["1768208400.3"]
    assert (external.direction, external.agent_extension) == (Direction.INBOUND, "202")
    assert external.remote_number == "+31612345672"

    internal = calls["1768208400.4"]
    assert (internal.direction, internal.agent_extension, internal.remote_raw) == (
        Direction.INTERNAL,
        "201",
        "202",
    )

    for uid, queue, caller in (("5", "400", "+31612345674"), ("6", "600", "+31612345675")):
        call = calls[f"1768208400.{uid}"]
        assert (call.direction, call.queue, call.remote_number) == (
            Direction.INBOUND,
            queue,
            caller,
        )
        assert call.agent_extension is None

    forced_in = calls["1768208400.7"]
    assert (forced_in.direction, forced_in.did) == (Direction.INBOUND, "+31201234500")
    forced_out = calls["1768208400.8"]
    assert (forced_out.direction, forced_out.agent_extension, forced_out.remote_number) == (
        Direction.OUTBOUND,
        "203",
        "+31612345677",
    )

    parked = calls["1768208400.9"]
    assert parked.agent_extension == "204"
    assert parked.audio_path is not None and parked.audio_path.suffix == ".WAV"

    for uid in ("10", "11"):  # unknown prefixes: only time and uniqueid are trusted
        old = calls[f"1768208400.{uid}"]
        assert (old.direction, old.agent_extension, old.remote_raw) == (None, None, "")
    assert calls["1768208400.10"].started_at == dt.datetime(2026, 1, 12, 9, 9, tzinfo=UTC)


def test_parse_name_reads_from_the_right() -> None:
    # A caller ID with odd characters and a target holding a dash do not move the tail.
    name = parse_name("in-+31-20-1234500-Jan de V.-20260112-100100-1768208400.2.Wav")
    assert name is not None
    assert (name.kind, name.target, name.from_) == ("in", "+31-20-1234500", "Jan de V.")
    assert name.uniqueid == "1768208400.2"
    assert parse_name("out-0612345678-201-20261399-100000-1768208400.1.wav") is None  # month 13
    assert parse_name("recording.wav") is None


def test_copies_of_one_recording_give_one_call(tmp_path: Path) -> None:
    names = {"wav": NAMES["out"], "mp3": NAMES["out"].replace(".wav", ".mp3")}
    result = read_all(FreePbxSource(spool(tmp_path, names), SETTINGS))
    (call,) = result.records
    assert call.audio_path is not None and call.audio_path.suffix == ".wav"
    assert [p.source_file.suffix for p in result.problems] == [".mp3"]


def test_recordings_in_nested_day_folders(tmp_path: Path) -> None:
    monitor = spool(tmp_path, {"a": NAMES["out"]})
    later = monitor / "2026" / "02" / "03"
    later.mkdir(parents=True)
    (later / "out-0612345678-201-20260203-140000-1770123600.1.wav").write_bytes(b"")
    assert sorted(by_id(read_all(FreePbxSource(monitor, SETTINGS)))) == [
        "1768208400.1",
        "1770123600.1",
    ]


# --- joined with a CDR export --------------------------------------------------------------------

CDR_HEADER = [
    "calldate",
    "clid",
    "src",
    "dst",
    "dcontext",
    "channel",
    "dstchannel",
    "lastapp",
    "lastdata",
    "duration",
    "billsec",
    "disposition",
    "amaflags",
    "accountcode",
    "uniqueid",
    "userfield",
    "did",
    "recordingfile",
    "cnum",
    "cnam",
    "linkedid",
    "peeraccount",
    "sequence",
]


def cdr_row(**values: str) -> list[str]:
    row = dict.fromkeys(CDR_HEADER, "")
    row.update(amaflags="3", disposition="ANSWERED", duration="100", billsec="90", sequence="1")
    row.update(values)
    return [row[name] for name in CDR_HEADER]


def write_cdr(path: Path, rows: list[list[str]], header: list[str] = CDR_HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_cdr_table_export_wins_over_the_file_name(tmp_path: Path) -> None:
    names = {
        "q": NAMES["q"],
        "in": NAMES["in"],
        "rg": NAMES["rg"],
        "mp3": "out-0687654321-205-20260112-110000-1768208400.20.mp3",  # converted after the call
        "alone": NAMES["out"],
    }
    monitor = spool(tmp_path, names)
    export = write_cdr(
        tmp_path / "cdr.csv",
        [
            cdr_row(
                calldate="2026-01-12 10:04:00",
                clid='"Jansen, Piet" <0612345674>',
                src="0612345674",
                dst="400",
                dcontext="ext-queues",
                channel="PJSIP/kpn-trunk-00000050",
                dstchannel="Local/203@from-queue-00000051;1",
                lastapp="Queue",
                lastdata="400,t,,,300",
                uniqueid="1768208400.5",
                linkedid="1768208400.5",
                did="+31201234500",
                recordingfile=names["q"],
            ),
            cdr_row(
                calldate="2026-01-12 10:01:00",
                src="0612345671",
                dst="201",
                channel="PJSIP/kpn-trunk-00000052",
                dstchannel="PJSIP/201-00000053",
                uniqueid="1768208400.2",
                did="0201234500",
                recordingfile=names["in"],
            ),
            cdr_row(
                calldate="2026-01-12 10:05:00",
                src="0612345675",
                dst="600",
                channel="PJSIP/kpn-trunk-00000054",
                dstchannel="PJSIP/202-00000055",
                uniqueid="1768208400.6",
                disposition="NO ANSWER",
                billsec="0",
                recordingfile=names["rg"],
            ),
            cdr_row(
                calldate="2026-01-12 11:00:00",
                src="205",
                dst="0687654321",
                dcontext="campaign-outbound",
                channel="PJSIP/205-00000056",
                dstchannel="PJSIP/kpn-trunk-00000057",
                uniqueid="1768208400.20",
                accountcode="donor-2026",
                recordingfile=names["mp3"].replace(".mp3", ".wav"),
            ),
            cdr_row(  # its recording was never copied
                calldate="2026-01-12 12:00:00",
                src="0612345699",
                dst="206",
                channel="PJSIP/kpn-trunk-00000058",
                dstchannel="PJSIP/206-00000059",
                uniqueid="1768208400.30",
                recordingfile="external-206-0612345699-20260112-120000-1768208400.30.wav",
            ),
            cdr_row(  # not recorded at all
                calldate="2026-01-12 13:00:00",
                src="201",
                dst="0612340000",
                channel="PJSIP/201-0000005a",
                uniqueid="1768208400.31",
            ),
        ],
    )
    result = read_all(FreePbxSource(monitor, SETTINGS, cdr=export))
    assert result.problems == []
    calls = by_id(result)
    # Every file, plus the call whose named recording is missing; not the unrecorded call.
    assert sorted(calls) == sorted(f"1768208400.{n}" for n in (1, 2, 5, 6, 20, 30))

    queue = calls["1768208400.5"]
    assert (queue.agent_extension, queue.queue, queue.did) == ("203", "400", "+31201234500")
    assert queue.duration_s == 90
    assert queue.audio_path == monitor / DAY / names["q"]

    inbound = calls["1768208400.2"]  # the name knew no agent; the CDR does
    assert (inbound.agent_extension, inbound.did) == ("201", "+31201234500")

    assert not calls["1768208400.6"].answered  # the CDR says nobody answered

    converted = calls["1768208400.20"]
    assert converted.audio_path == monitor / DAY / names["mp3"]
    assert (converted.accountcode, converted.context) == ("donor-2026", "campaign-outbound")

    missing = calls["1768208400.30"]
    assert missing.audio_path is None
    assert missing.agent_extension == "206"

    alone = calls["1768208400.1"]  # no CDR row: the name speaks
    assert (alone.agent_extension, alone.source_file) == ("201", monitor / DAY / names["alone"])


def test_cdr_times_are_local(tmp_path: Path) -> None:
    monitor = spool(tmp_path, {"out": NAMES["out"]})
    export = write_cdr(
        tmp_path / "cdr.csv",
        [
            cdr_row(
                calldate="2026-07-01 10:00:00",
                src="201",
                dst="0612345678",
                channel="PJSIP/201-1",
                uniqueid="1768208400.1",
                recordingfile=NAMES["out"],
            )
        ],
    )
    (call,) = read_all(FreePbxSource(monitor, SETTINGS, cdr=export)).records
    assert call.started_at == dt.datetime(2026, 7, 1, 8, 0, tzinfo=UTC)  # summer: UTC+2


def test_bad_cdr_rows_are_counted(tmp_path: Path) -> None:
    monitor = spool(tmp_path, {"out": NAMES["out"]})
    export = write_cdr(
        tmp_path / "cdr.csv",
        [cdr_row(calldate="yesterday", uniqueid="1768208400.1"), ["too", "short"]],
    )
    result = read_all(FreePbxSource(monitor, SETTINGS, cdr=export))
    assert [(p.line, "calldate" in p.reason) for p in result.problems] == [(2, True), (3, False)]
    assert len(result.records) == 1


def test_cdr_export_without_a_required_column_is_one_error(tmp_path: Path) -> None:
    monitor = spool(tmp_path, {"out": NAMES["out"]})
    header = [c for c in CDR_HEADER if c != "recordingfile"]
    export = write_cdr(tmp_path / "cdr.csv", [cdr_row()[:-1]], header=header)
    with pytest.raises(SourceError, match="“recordingfile”"):
        read_all(FreePbxSource(monitor, SETTINGS, cdr=export))


def test_master_csv_as_the_cdr_matches_by_uniqueid(tmp_path: Path) -> None:
    monitor = spool(tmp_path, {"q": NAMES["q"]})
    master = tmp_path / "Master.csv"
    master.write_text(
        '"","0612345674","400","ext-queues","""Jansen, Piet"" <0612345674>",'
        '"PJSIP/kpn-trunk-00000050","Local/203@from-queue-00000051;1","Queue","400,t",'
        '"2026-01-12 10:04:00","2026-01-12 10:04:09","2026-01-12 10:06:00",120,111,'
        '"ANSWERED","DOCUMENTATION","1768208400.5",""\n',
        encoding="utf-8",
    )
    source = open_source("freepbx", monitor, SETTINGS, cdr=master)
    (call,) = read_all(source).records
    assert (call.call_id, call.agent_extension, call.duration_s) == ("1768208400.5", "203", 111)


def test_a_missing_monitor_folder_is_one_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="does not exist"):
        read_all(FreePbxSource(tmp_path / "nowhere", SETTINGS))

"""Tests for the Asterisk Master.csv reader on files written the way cdr_csv writes them."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from supervisor_app.domain.calls import CallRecord, Direction, ParseProblem, ReadResult
from supervisor_app.ingest.sources import (
    AsteriskSource,
    SourceError,
    SourceSettings,
    open_source,
    read_all,
)
from supervisor_app.ingest.sources.asterisk import channel_peer, detect_profile

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
SETTINGS = SourceSettings(AMSTERDAM, internal_extensions=((100, 399),))
UTC = dt.UTC


def q(text: str) -> str:
    """Quote a string as cdr_csv does: always in quotes, embedded quotes doubled."""
    return '"' + text.replace('"', '""') + '"'


def cdr(
    *,
    src: str,
    dst: str,
    channel: str,
    dstchannel: str = "",
    dcontext: str = "from-internal",
    clid: str = "",
    accountcode: str = "",
    lastapp: str = "Dial",
    lastdata: str = "",
    start: str = "2026-01-12 10:00:00",
    answer: str | None = "2026-01-12 10:00:05",
    end: str = "2026-01-12 10:03:05",
    duration: int = 185,
    billsec: int = 180,
    disposition: str = "ANSWERED",
    uniqueid: str | None = None,
    userfield: str | None = None,
    linkedid: str | None = None,
    sequence: int = 0,
) -> str:
    """One Master.csv line: 16 columns, then the optional ones that are not None."""
    fields = [
        q(accountcode),
        q(src),
        q(dst),
        q(dcontext),
        q(clid),
        q(channel),
        q(dstchannel),
        q(lastapp),
        q(lastdata),
        q(start),
        q(answer) if answer else "",  # an unanswered call has an empty, unquoted answer
        q(end),
        str(duration),
        str(billsec),
        q(disposition),
        q("DOCUMENTATION"),
    ]
    if uniqueid is not None:
        fields.append(q(uniqueid))
    if userfield is not None:
        fields.append(q(userfield))
    if linkedid is not None:
        fields += [q(""), q(linkedid), str(sequence)]
    return ",".join(fields) + "\n"


def write(path: Path, *lines: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(lines), encoding="utf-8")
    return path


def read(path: Path, recordings: Path | None = None) -> ReadResult:
    return read_all(AsteriskSource(path, SETTINGS, recordings=recordings))


def only(result: ReadResult) -> CallRecord:
    assert result.problems == []
    assert len(result.records) == 1
    return result.records[0]


# --- 16 columns --------------------------------------------------------------------------------


def test_sixteen_columns_outbound_call(tmp_path: Path) -> None:
    path = write(
        tmp_path / "Master.csv",
        cdr(
            src="+31201234500",  # outbound caller ID: the company's own number
            dst="0612345678",
            channel="PJSIP/201-0000001a",
            dstchannel="PJSIP/kpn-trunk-0000001b",
            dcontext="campaign-outbound",
            clid='"Donor line" <+31201234500>',
            accountcode="donor-2026",
        ),
    )
    record = only(read(path))
    assert record.source == "asterisk"
    assert record.direction is Direction.OUTBOUND
    assert record.agent_extension == "201"
    assert record.remote_number == "+31612345678"
    assert record.remote_raw == "0612345678"
    assert record.context == "campaign-outbound"
    assert record.accountcode == "donor-2026"
    assert record.answered
    assert record.disposition == "ANSWERED"
    assert record.duration_s == 180
    # Winter time in Amsterdam is UTC+1.
    assert record.started_at == dt.datetime(2026, 1, 12, 9, 0, tzinfo=UTC)
    assert record.audio_path is None  # no uniqueid column, so no recording can be linked
    assert record.line == 1
    # No ids in a 16-column file: time and channel identify the call, stably.
    assert record.call_id == "20260112T090000Z/PJSIP/201-0000001a"


def test_unanswered_row_has_an_empty_answer_and_is_not_answered(tmp_path: Path) -> None:
    line = cdr(
        src="0612345678",
        dst="400",
        channel="PJSIP/kpn-trunk-00000020",
        dstchannel="PJSIP/202-00000021",
        answer=None,
        billsec=0,
        duration=20,
        disposition="NO ANSWER",
    )
    assert ',"2026-01-12 10:00:00",,"2026-01-12 10:03:05",' in line
    record = only(read(write(tmp_path / "Master.csv", line)))
    assert not record.answered
    assert record.disposition == "NO ANSWER"
    assert record.direction is Direction.INBOUND
    assert record.agent_extension == "202"
    assert record.remote_number == "+31612345678"
    assert record.duration_s == 20  # no talk time: the whole duration


def test_answered_disposition_without_answer_time_counts_as_unanswered(tmp_path: Path) -> None:
    line = cdr(src="0612345678", dst="201", channel="PJSIP/t-1", answer=None)
    assert not only(read(write(tmp_path / "Master.csv", line))).answered


def test_quoted_commas_and_doubled_quotes_in_clid(tmp_path: Path) -> None:
    line = cdr(
        src="0612345678",
        dst="201",
        channel="PJSIP/kpn-trunk-00000030",
        dstchannel="PJSIP/201-00000031",
        clid='"Jansen, Piet ""PJ""" <0612345678>',
        lastdata="PJSIP/201,30,tT",
    )
    assert '"""Jansen, Piet """"PJ"""""" <0612345678>"' in line
    record = only(read(write(tmp_path / "Master.csv", line)))
    assert record.remote_number == "+31612345678"
    assert record.agent_extension == "201"
    assert record.duration_s == 180  # the columns after clid did not shift


def test_internal_call_between_extensions(tmp_path: Path) -> None:
    line = cdr(src="201", dst="202", channel="PJSIP/201-1", dstchannel="PJSIP/202-2")
    record = only(read(write(tmp_path / "Master.csv", line)))
    assert record.direction is Direction.INTERNAL
    assert record.agent_extension == "201"
    assert record.remote_raw == "202"
    assert record.remote_number is None


# --- optional columns ---------------------------------------------------------------------------


def test_eighteen_columns_link_recordings_by_uniqueid(tmp_path: Path) -> None:
    recordings = tmp_path / "monitor"
    nested = recordings / "2026" / "01" / "12"
    nested.mkdir(parents=True)
    wav = nested / "out-0612345678-201-20260112-100000-1768208400.17.WAV"
    wav.write_bytes(b"not opened")
    (nested / "out-0612345678-201-20260112-100000-1768208400.18.wav").write_bytes(b"")
    path = write(
        tmp_path / "Master.csv",
        cdr(
            src="201",
            dst="0612345678",
            channel="PJSIP/201-1",
            dstchannel="PJSIP/trunk-2",
            uniqueid="1768208400.17",
            userfield="",
        ),
        cdr(
            src="201",
            dst="0687654321",
            channel="PJSIP/201-3",
            dstchannel="PJSIP/trunk-4",
            uniqueid="1768208400.19",
            userfield="campaign=x",
        ),
    )
    result = read(path, recordings)
    assert result.problems == []
    first, second = result.records
    assert first.call_id == "1768208400.17"
    assert first.audio_path == wav
    assert second.call_id == "1768208400.19"
    assert second.audio_path is None


def test_seventeen_columns_tell_uniqueid_from_userfield_by_shape(tmp_path: Path) -> None:
    with_uid = write(
        tmp_path / "a" / "Master.csv",
        cdr(src="201", dst="0612345678", channel="PJSIP/201-1", uniqueid="1768208400.5"),
    )
    with_userfield = write(
        tmp_path / "b" / "Master.csv",
        cdr(src="201", dst="0612345678", channel="PJSIP/201-1", userfield="vip"),
        cdr(src="201", dst="0612345678", channel="PJSIP/201-2", userfield="1768208400.5"),
    )
    assert only(read(with_uid)).call_id == "1768208400.5"
    # One file-wide profile: the uniqueid-looking userfield of the second row is not an id.
    records = read(with_userfield).records
    assert [r.call_id.startswith("2026") for r in records] == [True, True]


def test_detect_profile_per_width() -> None:
    rows = [["x"] * 16 + ["1.2"], ["x"] * 16 + ["3.4"], ["x"] * 16 + ["u", "p", "l", "1"]]
    profile = detect_profile(rows)
    assert profile[17] == ("uniqueid",)
    assert profile[20] == ("userfield", "peeraccount", "linkedid", "sequence")
    assert profile[21][0] == "uniqueid"


def queue_call(width: int) -> list[str]:
    """One inbound call through queue 400, in three CDR rows sharing a linkedid."""
    ids = {"uniqueid": "1768208400.40"} if width in (20, 21) else {}
    extra = {"userfield": ""} if width == 21 else {}
    common = {
        "src": "0612345678",
        "channel": "PJSIP/kpn-trunk-00000040",
        "linkedid": "1768208400.40",
    }
    return [
        cdr(
            **common,
            **ids,
            **extra,
            dst="+31201234500",
            dcontext="from-pstn",
            lastapp="Goto",
            start="2026-01-12 10:00:00",
            duration=10,
            billsec=10,
            sequence=1,
        ),
        cdr(
            **common,
            **ids,
            **extra,
            dst="400",
            dcontext="ext-queues",
            dstchannel="Local/201@from-queue-00000041;1",
            lastapp="Queue",
            lastdata="400,t,,,300",
            start="2026-01-12 10:00:10",
            answer=None,
            billsec=0,
            duration=15,
            disposition="NO ANSWER",
            sequence=2,
        ),
        cdr(
            **common,
            **ids,
            **extra,
            dst="400",
            dcontext="ext-queues",
            dstchannel="Local/202@from-queue-00000042;1",
            lastapp="Queue",
            lastdata="400,t,,,300",
            start="2026-01-12 10:00:10",
            answer="2026-01-12 10:00:25",
            billsec=200,
            duration=215,
            sequence=3,
        ),
    ]


@pytest.mark.parametrize("width", [19, 20, 21])
def test_rows_of_one_call_are_grouped_by_linkedid(tmp_path: Path, width: int) -> None:
    lines = queue_call(width)
    assert all(len(next(csv.reader([line]))) == width for line in lines)
    other = cdr(
        src="201", dst="0687654321", channel="PJSIP/201-9", linkedid="1768208400.50", sequence=4
    )
    if width != 19:
        other = cdr(
            src="201",
            dst="0687654321",
            channel="PJSIP/201-9",
            linkedid="1768208400.50",
            sequence=4,
            uniqueid="1768208400.50",
            userfield="" if width == 21 else None,
        )
    result = read(write(tmp_path / "Master.csv", *lines, other))
    assert result.problems == []
    assert len(result.records) == 2
    call = result.records[0]
    assert call.call_id == "1768208400.40"
    assert call.direction is Direction.INBOUND
    assert call.agent_extension == "202"  # the leg that answered, not the one that rang first
    assert call.queue == "400"
    assert call.did == "+31201234500"
    assert call.remote_number == "+31612345678"
    assert call.answered
    assert call.duration_s == 200
    assert call.started_at == dt.datetime(2026, 1, 12, 9, 0, tzinfo=UTC)
    assert call.line == 1


def test_twenty_one_columns_link_the_recording_of_any_leg(tmp_path: Path) -> None:
    recordings = tmp_path / "rec"
    recordings.mkdir()
    audio = recordings / "q-400-0612345678-20260112-100010-1768208400.40.wav"
    audio.write_bytes(b"")
    result = read(write(tmp_path / "Master.csv", *queue_call(21)), recordings)
    assert only(result).audio_path == audio


# --- damaged input -----------------------------------------------------------------------------


def test_partial_last_line_is_skipped_and_counted(tmp_path: Path) -> None:
    complete = cdr(src="201", dst="0612345678", channel="PJSIP/201-1", uniqueid="1768208400.1")
    partial = cdr(src="201", dst="0687654321", channel="PJSIP/201-2", uniqueid="1768208400.2")
    path = write(tmp_path / "Master.csv", complete, complete.replace('.1"', '.3"'), partial[:70])
    result = read(path)
    assert [r.call_id for r in result.records] == ["1768208400.1", "1768208400.3"]
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.line == 3
    assert "incomplete" in problem.reason


def test_bad_rows_are_counted_with_line_numbers_and_reading_goes_on(tmp_path: Path) -> None:
    good = cdr(src="201", dst="0612345678", channel="PJSIP/201-1")
    path = write(
        tmp_path / "Master.csv",
        good,
        cdr(src="201", dst="0612345678", channel="PJSIP/201-2", start="12/01/2026 10:00"),
        '"only","three","fields"\n',
        "\n",
        cdr(src="201", dst="0612345678", channel="PJSIP/201-3", start="2026-01-12 11:00:00"),
        good.replace(",185,", ",soon,"),
    )
    result = read(path)
    assert len(result.records) == 2
    assert [(p.line, p.source_file) for p in result.problems] == [
        (2, path),
        (3, path),
        (6, path),
    ]
    reasons = [p.reason for p in result.problems]
    assert "start time" in reasons[0]
    assert "field count is 3" in reasons[1]
    assert "duration" in reasons[2]
    assert str(result.problems[0]) == "Master.csv:2: " + reasons[0]


def test_non_integer_sequence_is_a_bad_row(tmp_path: Path) -> None:
    line = cdr(src="201", dst="0612345678", channel="PJSIP/201-1", linkedid="1.2", sequence=7)
    path = write(tmp_path / "Master.csv", line.replace(",7\n", ',"seven"\n'))
    result = read(path)
    assert result.records == []
    assert isinstance(result.problems[0], ParseProblem)
    assert "sequence" in result.problems[0].reason


def test_latin1_caller_names_do_not_stop_the_read(tmp_path: Path) -> None:
    line = cdr(src="0612345678", dst="201", channel="PJSIP/t-1", clid='"Müller" <0612345678>')
    path = tmp_path / "Master.csv"
    path.write_bytes(line.encode("latin-1"))
    assert only(read(path)).remote_number == "+31612345678"


def test_a_missing_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="cannot be read"):
        read(tmp_path / "Master.csv")


# --- details ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "peer"),
    [
        ("PJSIP/201-0000001a", "201"),
        ("SIP/4001-00ab12cd", "4001"),
        ("Local/201@from-queue-00000012;1", "201"),
        ("PJSIP/kpn-trunk-00000003", "kpn-trunk"),
        ("PJSIP/201", "201"),
        ("DAHDI/1-1", ""),
        ("", ""),
    ],
)
def test_channel_peer(channel: str, peer: str) -> None:
    assert channel_peer(channel) == peer


def test_ambiguous_autumn_time_takes_the_first_occurrence() -> None:
    # 02:30 on 25 October 2026 happens twice in Amsterdam; fold=0 is the summer-time one.
    local = dt.datetime(2026, 10, 25, 2, 30)
    assert SETTINGS.local_to_utc(local) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    # 02:30 on 29 March 2026 does not exist; it is read with the winter offset.
    gap = dt.datetime(2026, 3, 29, 2, 30)
    assert SETTINGS.local_to_utc(gap) == dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_open_source_finds_master_csv_below_the_folder(tmp_path: Path) -> None:
    write(
        tmp_path / "cdr-csv" / "Master.csv",
        cdr(src="201", dst="0612345678", channel="PJSIP/201-1", uniqueid="1768208400.1"),
    )
    (tmp_path / "1768208400.1.wav").write_bytes(b"")
    source = open_source("asterisk", tmp_path, SETTINGS)
    assert only(read_all(source)).audio_path == tmp_path / "1768208400.1.wav"
    with pytest.raises(SourceError, match="not a known source"):
        open_source("avaya", tmp_path, SETTINGS)

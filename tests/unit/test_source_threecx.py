"""Tests for the 3CX recordings reader: names with spaces or no name, nested folders, patterns."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from supervisor_app.domain.calls import CallRecord, Direction
from supervisor_app.ingest.sources import SourceSettings, ThreeCxSource, open_source, read_all
from supervisor_app.ingest.sources.common import SourceError

SETTINGS = SourceSettings(ZoneInfo("Europe/Amsterdam"), internal_extensions=((100, 399),))
UTC = dt.UTC


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not opened")
    return path


def calls(folder: Path, **kwargs: re.Pattern[str]) -> dict[str, CallRecord]:
    result = read_all(ThreeCxSource(folder, SETTINGS, **kwargs))
    return {r.call_id: r for r in result.records}


def test_names_with_spaces_empty_names_and_nested_folders(tmp_path: Path) -> None:
    outbound = touch(tmp_path / "201" / "[Piet de Vries]_201-0612345678_20260112100000(380).wav")
    touch(tmp_path / "[]_201-0201234567_20260112110000(381).wav")
    touch(tmp_path / "2026" / "01" / "[0612345679]_0612345679-202_20260112120000(382).WAV")
    touch(tmp_path / "[Jan]_201-202_20260112130000(383).wav")
    touch(tmp_path / "[Anoniem]_anonymous-203_20260112140000(384).wav")
    found = calls(tmp_path)
    assert len(found) == 5

    out = found["380@20260112100000"]
    assert (out.direction, out.agent_extension, out.remote_number) == (
        Direction.OUTBOUND,
        "201",
        "+31612345678",
    )
    assert out.started_at == dt.datetime(2026, 1, 12, 9, 0, tzinfo=UTC)
    assert out.audio_path == outbound
    assert out.answered
    assert out.source == "3cx"

    assert found["381@20260112110000"].remote_number == "+31201234567"

    inbound = found["382@20260112120000"]
    assert (inbound.direction, inbound.agent_extension, inbound.remote_number) == (
        Direction.INBOUND,
        "202",
        "+31612345679",
    )

    assert found["383@20260112130000"].direction is Direction.INTERNAL

    hidden = found["384@20260112140000"]
    assert (hidden.remote_number, hidden.remote_raw) == (None, "anonymous")


def test_other_files_are_counted_not_guessed(tmp_path: Path) -> None:
    touch(tmp_path / "[Piet]_201-0612345678_20260112100000(380).wav")
    touch(tmp_path / "201-0612345678.wav")
    touch(tmp_path / "[Piet]_201-0612345678_20261312100000(381).wav")  # month 13
    result = read_all(ThreeCxSource(tmp_path, SETTINGS))
    assert len(result.records) == 1
    assert sorted(p.source_file.name for p in result.problems) == [
        "201-0612345678.wav",
        "[Piet]_201-0612345678_20261312100000(381).wav",
    ]


def test_the_pattern_is_configurable_and_may_carry_a_queue(tmp_path: Path) -> None:
    touch(tmp_path / "q400_0612345678-201_20260112100000_call-77.wav")
    pattern = re.compile(
        r"q(?P<queue>\d+)_(?P<from>[^-]+)-(?P<to>[^_]+)_(?P<stamp>\d{14})_call-(?P<callid>\d+)\.wav"
    )
    (call,) = calls(tmp_path, pattern=pattern).values()
    assert (call.queue, call.agent_extension, call.call_id) == ("400", "201", "77@20260112100000")


def test_a_pattern_without_the_needed_groups_is_refused(tmp_path: Path) -> None:
    touch(tmp_path / "x.wav")
    no_callid = re.compile(r"(?P<from>.)(?P<to>.)(?P<stamp>.)")
    with pytest.raises(SourceError, match="callid"):
        read_all(ThreeCxSource(tmp_path, SETTINGS, pattern=no_callid))


def test_open_source_3cx(tmp_path: Path) -> None:
    touch(tmp_path / "[]_201-0612345678_20260112100000(1).wav")
    assert len(read_all(open_source("3cx", tmp_path, SETTINGS)).records) == 1

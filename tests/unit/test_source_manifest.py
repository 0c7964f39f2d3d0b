"""Tests for the CSV manifest reader: columns, relative paths, offsets and bad rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from supervisor_app.domain.calls import Direction
from supervisor_app.ingest.sources import (
    ManifestSource,
    SourceError,
    SourceSettings,
    open_source,
    read_all,
)

SETTINGS = SourceSettings(ZoneInfo("Europe/Amsterdam"))
HEADER = "file,agent_extension,started_at,direction,remote_number,queue,campaign\n"


def manifest(folder: Path, text: str) -> Path:
    path = folder / "manifest.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_become_calls_with_paths_relative_to_the_manifest(tmp_path: Path) -> None:
    (tmp_path / "audio" / "2026").mkdir(parents=True)
    (tmp_path / "audio" / "2026" / "a.wav").write_bytes(b"")
    (tmp_path / "b.flac").write_bytes(b"")
    path = manifest(
        tmp_path,
        HEADER
        + "audio/2026/a.wav,201,2026-01-12T10:00:00+01:00,inbound,0612345678,400,\n"
        + 'b.flac,202,2026-01-12T09:30:00Z,OUTBOUND,"+31 6 8765 4321",,donor-2026\n'
        + "gone.wav,203,2026-01-12T11:00:00+01:00,outbound,0612345670,,donor-2026\n",
    )
    result = read_all(ManifestSource(path, SETTINGS))
    assert result.problems == []
    first, second, gone = result.records
    assert first.source == "manifest"
    assert first.call_id == "audio/2026/a.wav"
    assert first.audio_path == tmp_path / "audio" / "2026" / "a.wav"
    assert first.started_at == dt.datetime(2026, 1, 12, 9, 0, tzinfo=dt.UTC)
    assert (first.direction, first.agent_extension, first.queue) == (
        Direction.INBOUND,
        "201",
        "400",
    )
    assert first.remote_number == "+31612345678"
    assert first.line == 2
    assert second.direction is Direction.OUTBOUND
    assert (second.remote_number, second.campaign) == ("+31687654321", "donor-2026")
    assert gone.audio_path is None  # counted later as "no recording", not an error here


def test_bad_rows_are_counted_with_line_numbers(tmp_path: Path) -> None:
    (tmp_path / "a.wav").write_bytes(b"")
    path = manifest(
        tmp_path,
        HEADER
        + "a.wav,201,2026-01-12T10:00:00+01:00,inbound,0612345678,400,\n"
        + "a2.wav,201,2026-01-12 10:00:00,inbound,0612345678,400,\n"  # no offset
        + "a3.wav,201,2026-01-12T10:00:00+01:00,sideways,0612345678,400,\n"
        + "a4.wav,201,next tuesday,inbound,0612345678,400,\n"
        + ",201,2026-01-12T10:00:00+01:00,inbound,0612345678,400,\n"
        + "a5.wav,201\n"
        + "\n"
        + "a6.wav,201,2026-01-12T12:00:00+01:00,outbound,0612345678,,c\n",
    )
    result = read_all(ManifestSource(path, SETTINGS))
    assert [r.call_id for r in result.records] == ["a.wav", "a6.wav"]
    assert [p.line for p in result.problems] == [3, 4, 5, 6, 7]
    reasons = [p.reason for p in result.problems]
    assert "no UTC offset" in reasons[0]
    assert "sideways" in reasons[1]
    assert "ISO 8601" in reasons[2]
    assert "file column is empty" in reasons[3]
    assert "field count is 2" in reasons[4]


def test_a_missing_column_is_one_clear_error_naming_it(tmp_path: Path) -> None:
    path = manifest(tmp_path, "file,agent_extension,direction,remote_number,queue,campaign\n")
    with pytest.raises(SourceError, match="no column “started_at”"):
        read_all(ManifestSource(path, SETTINGS))
    path = manifest(tmp_path, "file,started_at\n")
    with pytest.raises(SourceError, match="“agent_extension”, “direction”"):
        read_all(ManifestSource(path, SETTINGS))


def test_optional_columns_and_windows_paths(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.wav").write_bytes(b"")
    path = manifest(
        tmp_path,
        "\ufeffFile,Agent_Extension,started_at,direction,remote_number,queue,campaign,call_id,did\n"
        + "sub\\c.wav,201,2026-01-12T10:00:00+01:00,inbound,0612345678,,,CX-9,020 123 4500\n",
    )
    (call,) = read_all(open_source("manifest", path, SETTINGS)).records
    assert call.call_id == "CX-9"
    assert call.audio_path == tmp_path / "sub" / "c.wav"
    assert call.did == "+31201234500"


def test_a_missing_manifest_is_one_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="does not exist"):
        read_all(ManifestSource(tmp_path / "none.csv", SETTINGS))

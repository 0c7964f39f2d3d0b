"""Every reader answers bad input with sentences naming file and line, never with a crash.

Seeded with what broke before (random bytes, UTF-16, a stray carriage return in an unquoted
field, a 10 MB line or field, NUL bytes) and then fuzzed with hypothesis.
"""

from __future__ import annotations

import codecs
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from supervisor_app.domain.calls import CallRecord, ParseProblem
from supervisor_app.ingest.sources import (
    AsteriskSource,
    FreePbxSource,
    ManifestSource,
    SourceError,
    SourceSettings,
    read_all,
)
from supervisor_app.ingest.sources.common import MAX_LINE_CHARS, detect_encoding

SETTINGS = SourceSettings(ZoneInfo("Europe/Amsterdam"))
MASTER_ROW = (
    '"","0612345678","201","from-internal","""Klant"" <0612345678>","PJSIP/kpn-0001",'
    '"PJSIP/201-0002","Dial","PJSIP/201","2026-11-16 09:00:00","2026-11-16 09:00:05",'
    '"2026-11-16 09:03:00",180,175,"ANSWERED","DOCUMENTATION","1763280000.1"\n'
)
MANIFEST_HEADER = "file,agent_extension,started_at,direction,remote_number,queue,campaign\n"
MANIFEST_ROW = "rec/a.wav,201,2026-11-16T09:00:00+01:00,inbound,0612345678,400,\n"
CDR_HEADER = "calldate,src,dst,channel,dstchannel,disposition,uniqueid,recordingfile\n"
CDR_ROW = "2026-11-16 09:00:00,0612345678,201,PJSIP/kpn-1,PJSIP/201-2,ANSWERED,1.2,x.wav\n"

SEEDS = {
    "random-bytes": os.urandom(2000) + b"\x81\x00",
    "utf16-bom": (MANIFEST_HEADER + MANIFEST_ROW).encode("utf-16"),
    "utf16-no-bom": (MANIFEST_HEADER + MANIFEST_ROW).encode("utf-16-le"),
    "utf8-bom": codecs.BOM_UTF8 + (MANIFEST_HEADER + MANIFEST_ROW).encode(),
    "cp1252": (MANIFEST_HEADER + "rec/é.wav,201,x,inbound,,,\n").encode("cp1252"),
    "stray-cr": (MANIFEST_HEADER + "rec/a\r.wav,201,x,inbound,,,\n").encode(),
    "ten-mb-line": (MANIFEST_HEADER + "x" * 10_000_000 + "\n" + MANIFEST_ROW).encode(),
    "ten-mb-field": (MANIFEST_HEADER + '"' + "y" * 10_000_000 + '",201,x,in,,,\n').encode(),
    "nul": (MANIFEST_HEADER + "rec/a.wav,2\x0001,x,inbound,,,\n").encode(),
    "empty": b"",
    "only-newlines": b"\n\n\r\n",
    "unterminated-quote": (MANIFEST_HEADER + '"never closed,201\n').encode(),
}


def _master(folder: Path, data: bytes) -> AsteriskSource:
    (folder / "Master.csv").write_bytes(data)
    return AsteriskSource(folder / "Master.csv", SETTINGS)


def _manifest(folder: Path, data: bytes) -> ManifestSource:
    (folder / "manifest.csv").write_bytes(data)
    return ManifestSource(folder / "manifest.csv", SETTINGS)


def _cdr_table(folder: Path, data: bytes) -> FreePbxSource:
    (folder / "monitor").mkdir(exist_ok=True)
    (folder / "cdr.csv").write_bytes(data)
    return FreePbxSource(folder / "monitor", SETTINGS, cdr=folder / "cdr.csv")


READERS: dict[str, tuple[Callable[[Path, bytes], object], bytes]] = {
    "asterisk": (_master, MASTER_ROW.encode()),
    "manifest": (_manifest, (MANIFEST_HEADER + MANIFEST_ROW).encode()),
    "freepbx-cdr": (_cdr_table, (CDR_HEADER + CDR_ROW).encode()),
}


def read(reader: str, data: bytes) -> list[object]:
    """Read data with a reader: the items, or [the SourceError] when it refused the file."""
    make, _ = READERS[reader]
    with tempfile.TemporaryDirectory() as tmp:
        source = make(Path(tmp), data)
        try:
            result = read_all(source)  # type: ignore[arg-type]
        except SourceError as exc:
            return [exc]
        return [*result.records, *result.problems]


def assert_answered(items: list[object], file_name: str) -> None:
    """Every item is a call, or a one-sentence problem naming the file (and line, if any)."""
    for item in items:
        if isinstance(item, SourceError):
            text = str(item)
            assert "\n" not in text and text.endswith(".")
            assert file_name in text or "does not exist" in text or "column" in text
        elif isinstance(item, ParseProblem):
            assert str(item).startswith(file_name)
            assert "\n" not in item.reason
        else:
            assert isinstance(item, CallRecord)


FILE_NAMES = {"asterisk": "Master.csv", "manifest": "manifest.csv", "freepbx-cdr": "cdr.csv"}


@pytest.mark.parametrize("seed", list(SEEDS))
@pytest.mark.parametrize("reader", list(READERS))
def test_every_seed_is_answered(reader: str, seed: str) -> None:
    assert_answered(read(reader, SEEDS[seed]), FILE_NAMES[reader])


def test_a_ten_megabyte_line_is_one_problem_and_the_next_row_is_read() -> None:
    items = read("manifest", SEEDS["ten-mb-line"])
    problems = [i for i in items if isinstance(i, ParseProblem)]
    assert (problems[0].line, problems[0].reason) == (2, "the line is longer than 1024 KB")
    assert any(isinstance(i, CallRecord) for i in items) or any(p.line == 3 for p in problems), (
        "reading stopped at the long line"
    )


def test_a_ten_megabyte_field_is_one_problem() -> None:
    [problem] = [i for i in read("manifest", SEEDS["ten-mb-field"]) if isinstance(i, ParseProblem)]
    assert problem.line == 2 and "longer than" in problem.reason


def test_a_stray_carriage_return_is_named_with_its_line() -> None:
    problems = [i for i in read("manifest", SEEDS["stray-cr"]) if isinstance(i, ParseProblem)]
    assert problems and problems[0].line == 2 and "line break" in problems[0].reason


def test_random_bytes_are_refused_with_a_sentence() -> None:
    [refusal] = read("asterisk", SEEDS["random-bytes"])
    assert isinstance(refusal, SourceError)
    assert "Master.csv" in str(refusal) and "UTF-8" in str(refusal)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + b"a,b\n", "utf-8-sig"),
        ("a,b\n".encode("utf-16"), "utf-16"),
        ("a,b,c,d\n".encode("utf-16-le"), "utf-16-le"),
        ("a,b,c,d\n".encode("utf-16-be"), "utf-16-be"),
        ("Jörg,é\n".encode(), "utf-8"),
        ("Jörg,é\n".encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(data)
    assert detect_encoding(path) == encoding


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_a_manifest_in_another_encoding_reads_like_utf8(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "rec").mkdir()
    (tmp_path / "rec" / "Jörg.wav").write_bytes(b"RIFF")
    text = MANIFEST_HEADER + "rec/Jörg.wav,201,2026-11-16T09:00:00+01:00,inbound,0612345678,400,\n"
    (tmp_path / "m.csv").write_bytes(text.encode(encoding))
    result = read_all(ManifestSource(tmp_path / "m.csv", SETTINGS))
    assert result.problems == []
    [record] = result.records
    assert record.call_id == "rec/Jörg.wav"


def test_the_line_limit_is_far_above_any_call_record() -> None:
    assert MAX_LINE_CHARS >= 1024 * 1024


# --- fuzzing -----------------------------------------------------------------------------


def _mutations(base: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.binary(max_size=600),
        st.builds(
            lambda cut, junk: base[:cut] + junk + base[cut:],
            st.integers(0, len(base)),
            st.binary(max_size=40),
        ),
        st.text(alphabet=st.sampled_from(',"\r\n\x00;é\ufeff 201a'), max_size=300).map(
            lambda t: t.encode("utf-8", "surrogatepass")
        ),
    )


@pytest.mark.parametrize("reader", list(READERS))
def test_fuzzed_exports_are_always_answered(reader: str) -> None:
    base = READERS[reader][1]

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=_mutations(base))
    @example(data=SEEDS["random-bytes"])
    @example(data=SEEDS["utf16-bom"])
    @example(data=SEEDS["stray-cr"])
    @example(data=SEEDS["nul"])
    def check(data: bytes) -> None:
        assert_answered(read(reader, data), FILE_NAMES[reader])

    check()


@settings(max_examples=200, deadline=None)
@given(name=st.text(min_size=1, max_size=80).filter(lambda n: "/" not in n and "\x00" not in n))
@example(name="[Zinhle]_201-0114627554_20190219120918(380).wav")
@example(name="[]_-_99999999999999().wav")
@example(name="out-201-0612345678-20261116-250000-1763280000.1.wav")
def test_fuzzed_file_names_are_answered_by_the_name_readers(name: str) -> None:
    from supervisor_app.ingest.sources import ThreeCxSource
    from supervisor_app.ingest.sources.freepbx import parse_name

    parse_name(name)  # a name either reads or gives None; never an exception
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        try:
            (folder / name).write_bytes(b"RIFF")
        except OSError:
            return  # a name this file system refuses cannot come from an export either
        for source in (ThreeCxSource(folder, SETTINGS), FreePbxSource(folder, SETTINGS)):
            for item in source.scan():
                assert isinstance(item, CallRecord | ParseProblem)
                if isinstance(item, ParseProblem):
                    assert "\n" not in item.reason

"""What every source reader shares: settings from the policy, local times, recordings by id."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Final, Protocol
from zoneinfo import ZoneInfo

from supervisor_app.domain.calls import BadRow, CallRecord, ParseProblem, ReadResult
from supervisor_app.domain.errors import InputError, os_reason
from supervisor_app.domain.policy import Policy
from supervisor_app.ingest import error_codes as codes
from supervisor_app.ingest import phone

# An Asterisk UNIQUEID: epoch seconds, a dot, a counter (1582406309.760).
UNIQUEID = re.compile(r"\d+\.\d+")
# A uniqueid at the very end of a file name's stem, not glued to other digits or dots.
_TRAILING_UNIQUEID = re.compile(r"(?<![\d.])(\d+\.\d+)$")
# Preferred when one call has several files (a post-processing script left the WAV next to
# its MP3): the formats a PBX writes first, in this order.
AUDIO_EXTENSIONS = ("wav", "gsm", "flac", "ogg", "opus", "mp3")

Item = CallRecord | ParseProblem


class SourceError(InputError):
    """A whole source cannot be read (a missing column, a missing folder): one sentence."""


class CallSource(Protocol):
    """A telephone-system export that yields calls and the rows it had to skip.

    ``scan`` never opens an audio file and never stops at a bad row; it raises SourceError only
    when the export as a whole cannot be read.
    """

    @property
    def name(self) -> str:
        """The source's name in call records and fingerprints ("asterisk", "3cx", …)."""
        ...

    def scan(self) -> Iterator[Item]:
        """Yield a CallRecord per call and a ParseProblem per skipped row or file."""
        ...


def read_all(source: CallSource) -> ReadResult:
    """Read a whole source into records and problems."""
    return ReadResult.collect(source.scan())


@dataclass(frozen=True, slots=True)
class SourceSettings:
    """What a reader needs to know about the site: its clock, its region and its extensions.

    ``timezone`` is the PBX's clock (the policy's ``scope.timezone``); local times in exports
    carry no offset. ``known_extensions`` are the agents' extensions. A digit string counts as
    an extension when it is one of those, or lies in ``internal_extensions``; when the policy
    names no ranges, any string of at most six digits does.
    """

    timezone: dt.tzinfo
    default_region: str = "NL"
    internal_extensions: tuple[tuple[int, int], ...] = ()
    known_extensions: frozenset[str] = frozenset()

    @classmethod
    def from_policy(
        cls, policy: Policy, known_extensions: Iterable[str] = (), default_region: str = "NL"
    ) -> SourceSettings:
        """Settings for the site a policy describes; raises SourceError without a time zone."""
        name = policy.scope.timezone.strip()
        try:
            zone = ZoneInfo(name)
        except (ValueError, KeyError) as exc:  # ZoneInfoNotFoundError is a KeyError
            raise SourceError(codes.UNKNOWN_TIME_ZONE, zone=name) from exc
        return cls(
            timezone=zone,
            default_region=default_region,
            internal_extensions=policy.scope.internal_extensions,
            known_extensions=frozenset(known_extensions),
        )

    def is_extension(self, text: str) -> bool:
        """Whether text names an internal extension rather than a telephone number."""
        text = text.strip()
        if not (text.isascii() and text.isdigit()):
            return False
        if text in self.known_extensions:
            return True
        if self.internal_extensions:
            value = int(text)
            return any(low <= value <= high for low, high in self.internal_extensions)
        return phone.looks_like_extension(text)

    def normalise(self, raw: str) -> str | None:
        """E.164 form of raw in this site's region, or None (extensions are never numbers)."""
        if self.is_extension(raw):
            return None
        return phone.normalise(raw, self.default_region)

    def local_to_utc(self, local: dt.datetime) -> dt.datetime:
        """Turn a naive PBX clock time into UTC.

        When the clock goes back, a local time such as 02:30 happens twice; fold=0 takes the
        first (summer-time) one. A time skipped when the clock goes forward is read with the
        offset before the change. Either way the same text always gives the same instant.
        """
        return local.replace(tzinfo=self.timezone, fold=0).astimezone(dt.UTC)

    def parse_local(self, text: str, fmt: str) -> dt.datetime:
        """Parse a local PBX time with a strptime format and return it in UTC."""
        return self.local_to_utc(dt.datetime.strptime(text.strip(), fmt))


def split_name(path: Path) -> tuple[str, str]:
    """A file name split at its last dot: (stem, extension without the dot)."""
    stem, _, ext = path.name.rpartition(".")
    return stem, ext


def audio_rank(path: Path) -> tuple[int, str]:
    """Sort key that puts the usual recording formats first, then orders by path."""
    ext = split_name(path)[1].lower()
    rank = AUDIO_EXTENSIONS.index(ext) if ext in AUDIO_EXTENSIONS else len(AUDIO_EXTENSIONS)
    return rank, str(path)


def files_under(folder: Path) -> list[Path]:
    """Every regular, non-hidden file below folder, in a stable order (names only, unopened)."""
    if not folder.is_dir():
        raise SourceError(codes.NO_SUCH_FOLDER, folder=folder)
    return sorted(
        p for p in folder.rglob("*") if not p.name.startswith(".") and p.is_file() and "." in p.name
    )


def trailing_uniqueid(path: Path) -> str | None:
    """The Asterisk uniqueid at the end of a recording's name, any extension, or None."""
    stem, ext = split_name(path)
    if not stem or not ext:
        return None
    match = _TRAILING_UNIQUEID.search(stem)
    return match.group(1) if match else None


def recordings_by_uniqueid(folder: Path) -> dict[str, Path]:
    """Map each uniqueid found at the end of a file name below folder to its file.

    Several files for one id (a WAV and its MP3) resolve to the preferred format.
    """
    found: dict[str, Path] = {}
    for path in sorted(files_under(folder), key=audio_rank):
        uid = trailing_uniqueid(path)
        if uid is not None:
            found.setdefault(uid, path)
    return found


def check_columns(header: Sequence[str], required: Sequence[str], file: str) -> dict[str, int]:
    """Map header names (trimmed, lower case) to positions; SourceError naming any missing."""
    positions: dict[str, int] = {}
    for index, name in enumerate(header):
        positions.setdefault(name.strip().lstrip("\ufeff").lower(), index)
    missing = [name for name in required if name not in positions]
    if missing:
        names = ", ".join(f"“{name}”" for name in missing)
        code = codes.MISSING_COLUMNS if len(missing) > 1 else codes.MISSING_COLUMN
        raise SourceError(code, file=file, names=names)
    return positions


# --- reading CSV exports safely ------------------------------------------------------------

# A CSV line or field far longer than any call record is refused rather than read into
# memory whole: these limits are per line and per field (csv's own default).
MAX_LINE_CHARS: Final = 1024 * 1024
MAX_FIELD_CHARS: Final = csv.field_size_limit()
_DETECT_CHUNK: Final = 1024 * 1024
# Bytes Windows-1252 leaves undefined: a file holding them is not cp1252 text either.
_CP1252_UNDEFINED: Final = frozenset(b"\x81\x8d\x8f\x90\x9d")


@dataclass(frozen=True, slots=True)
class Row:
    """A CSV record and the line it starts on."""

    line: int
    fields: list[str]


def detect_encoding(path: Path, size: int | None = None) -> str:
    """The text encoding of an export: UTF-8 (with or without BOM), UTF-16 or Windows-1252.

    Raises SourceError naming the file and the first line that is none of them.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
            if head.startswith(codecs.BOM_UTF8):
                return "utf-8-sig"
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return "utf-16"
            if _looks_like_utf16(head):
                return "utf-16-le" if head[1:2] == b"\0" else "utf-16-be"
            handle.seek(0)
            return _utf8_or_cp1252(path, handle, size)
    except OSError as exc:
        raise SourceError(codes.FILE_UNREADABLE, file=path, reason=os_reason(exc)) from None


def _looks_like_utf16(head: bytes) -> bool:
    # ASCII text in UTF-16 without a byte-order mark: every other byte is zero.
    if len(head) < 4:
        return False
    odd, even = head[1::2], head[0::2]
    return odd.count(0) > len(odd) * 0.9 or even.count(0) > len(even) * 0.9


def _utf8_or_cp1252(path: Path, handle: BinaryIO, size: int | None) -> str:
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    line, left = 1, size
    while True:
        chunk = handle.read(_DETECT_CHUNK if left is None else min(_DETECT_CHUNK, left))
        if not chunk:
            break
        if left is not None:
            left -= len(chunk)
        if utf8:
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                utf8 = False
        if not utf8 and (_CP1252_UNDEFINED.intersection(chunk) or 0 in chunk):
            bad = min(
                i for i in (chunk.find(bytes([b])) for b in (*_CP1252_UNDEFINED, 0)) if i >= 0
            )
            where = line + chunk.count(b"\n", 0, bad)
            raise SourceError(codes.NOT_TEXT, line=where, file=path.name)
        line += chunk.count(b"\n")
    if utf8:
        try:
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass  # cut off in the middle of a character: not UTF-8 after all
    # Not UTF-8, and every byte is Windows-1252 text (as Excel writes it).
    return "cp1252"


class _Lines:
    """The lines of a text file for csv.reader, with overlong lines left out and counted.

    With ``size``, only that many bytes are read (a file another program is appending to is
    read as it was); with ``whole_lines_only``, a last line without its newline is kept back
    and its number remembered, since it may still be being written.
    """

    def __init__(
        self, path: Path, encoding: str, size: int | None, *, whole_lines_only: bool
    ) -> None:
        self.path = path
        self.encoding = encoding
        self.size = size
        self.whole_lines_only = whole_lines_only
        self.number = 0
        self.overlong: list[int] = []
        self.partial_line: int | None = None

    def __iter__(self) -> Iterator[str]:
        raw = path_reader(self.path, self.size)
        # Only "\n" ends a line (as cdr_csv and spreadsheets write them); a lone "\r" inside a
        # record is then a csv error on that line, not a line of its own.
        text = io.TextIOWrapper(raw, encoding=self.encoding, errors="strict", newline="\n")
        with text:
            while True:
                try:
                    line = text.readline(MAX_LINE_CHARS + 1)
                except UnicodeDecodeError:
                    raise SourceError(
                        codes.WRONG_ENCODING,
                        line=self.number + 1,
                        file=self.path.name,
                        encoding=self.encoding,
                    ) from None
                if not line:
                    return
                self.number += 1
                if len(line) > MAX_LINE_CHARS:
                    self.overlong.append(self.number)
                    while line and not line.endswith("\n"):  # skip the rest of it
                        line = text.readline(MAX_LINE_CHARS)
                    yield "\n"
                    continue
                if self.whole_lines_only and not line.endswith("\n"):
                    if line.strip():
                        self.partial_line = self.number
                    return
                yield line


class _LimitedReader(io.RawIOBase):
    """A file read up to a number of bytes, then at its end."""

    def __init__(self, handle: BinaryIO, size: int | None) -> None:
        self.handle = handle
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        if self.left is not None:
            view = view[: max(self.left, 0)]
        data = self.handle.read(len(view))
        view[: len(data)] = data
        if self.left is not None:
            self.left -= len(data)
        return len(data)

    def close(self) -> None:
        self.handle.close()
        super().close()


def path_reader(path: Path, size: int | None) -> io.BufferedReader:
    """A buffered binary reader of path that stops after size bytes (None: at its end)."""
    return io.BufferedReader(_LimitedReader(path.open("rb"), size))


def csv_rows(
    path: Path, *, size: int | None = None, whole_lines_only: bool = False
) -> Iterator[Row | ParseProblem]:
    """Each CSV record of a file with its line, and a ParseProblem per line that cannot be read.

    The encoding is detected first (SourceError when the file is not text); a record csv
    cannot parse, an overlong line or an overlong field is one problem naming its line, and
    reading goes on with the next line.
    """
    lines = _Lines(path, detect_encoding(path, size), size, whole_lines_only=whole_lines_only)
    reader = csv.reader(lines)
    while True:
        start = lines.number + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield ParseProblem.of(path, start, _csv_problem(exc))
            if lines.number < start:
                break  # nothing was consumed: do not loop on the same spot
            continue
        for number in lines.overlong:
            yield ParseProblem(path, number, codes.LINE_TOO_LONG, {"size": MAX_LINE_CHARS // 1024})
        lines.overlong.clear()
        yield Row(start, fields)
    for number in lines.overlong:
        yield ParseProblem(path, number, codes.LINE_TOO_LONG, {"size": MAX_LINE_CHARS // 1024})
    if lines.partial_line is not None:
        yield ParseProblem(path, lines.partial_line, codes.LINE_INCOMPLETE)


def _csv_problem(exc: csv.Error) -> BadRow:
    text = str(exc)
    if "field larger than field limit" in text:
        return BadRow(codes.FIELD_TOO_LONG, size=MAX_FIELD_CHARS // 1024)
    if "NUL" in text:
        return BadRow(codes.BINARY_LINE)
    if "new-line character seen in unquoted field" in text:
        return BadRow(codes.UNQUOTED_LINE_BREAK)
    return BadRow(codes.NOT_CSV, detail=text)


def row_problem(path: Path, line: int | None, error: ValueError) -> ParseProblem:
    """The problem for a row a reader refused: its own reason, or the error's words."""
    if isinstance(error, BadRow):
        return ParseProblem.of(path, line, error)
    return ParseProblem(path, line, codes.ROW_INVALID, {"detail": str(error)})


def open_csv(path: Path) -> Generator[Row | ParseProblem, None, None]:
    """Each record of a CSV file (header or not) with its line, and problems on the way."""
    yield from csv_rows(path)

"""What every source reader shares: settings from the policy, local times, recordings by id."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from supervisor_app.domain.calls import CallRecord, ParseProblem, ReadResult
from supervisor_app.domain.errors import InputError
from supervisor_app.domain.policy import Policy
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
            raise SourceError(
                f"The policy's time zone “{name}” is not known; set the telephone system's "
                "time zone (such as Europe/Amsterdam) before importing."
            ) from exc
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
        raise SourceError(f"The folder “{folder}” does not exist or is not a folder.")
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


def check_columns(header: Sequence[str], required: Sequence[str], what: str) -> dict[str, int]:
    """Map header names (trimmed, lower case) to positions; SourceError naming any missing."""
    positions: dict[str, int] = {}
    for index, name in enumerate(header):
        positions.setdefault(name.strip().lstrip("\ufeff").lower(), index)
    missing = [name for name in required if name not in positions]
    if missing:
        names = ", ".join(f"“{name}”" for name in missing)
        plural = "columns" if len(missing) > 1 else "column"
        raise SourceError(
            f"{what} has no {plural} {names}; add {'them' if len(missing) > 1 else 'it'} "
            "to the header row."
        )
    return positions


def open_csv(path: Path) -> Generator[tuple[int, list[str]], None, None]:
    """Yield (line number, fields) for each row of a CSV file with a header or not.

    Text is UTF-8 (a byte-order mark is ignored); bytes that are not UTF-8 are replaced
    rather than stopping the read.
    """
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        line = 1
        for row in reader:
            yield line, row
            line = reader.line_num + 1

"""A CSV manifest for any other system: one row per recording, with a header naming the columns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import ClassVar

from supervisor_app.domain.calls import BadRow, CallRecord, Direction, ParseProblem
from supervisor_app.ingest import error_codes as codes
from supervisor_app.ingest.sources.common import (
    Item,
    SourceError,
    SourceSettings,
    check_columns,
    open_csv,
    row_problem,
)

SOURCE = "manifest"
COLUMNS = (
    "file",
    "agent_extension",
    "started_at",
    "direction",
    "remote_number",
    "queue",
    "campaign",
)
# Used when present: an id of the call in the other system, the number dialled, talk time.
OPTIONAL_COLUMNS = ("call_id", "did", "duration_s", "context", "accountcode")


@dataclass(frozen=True, slots=True)
class ManifestSource:
    """Rows of a manifest CSV; ``file`` paths are relative to the manifest's folder.

    ``started_at`` is ISO 8601 with a UTC offset (``2026-03-02T10:15:00+01:00``): a time
    without one is refused per row, because guessing a zone could move a call to another
    week. A file that does not exist gives a call without audio, counted by the scope rules.
    The call id is the ``call_id`` column when present, else the ``file`` text as written.
    """

    manifest: Path
    settings: SourceSettings
    name: ClassVar[str] = SOURCE

    def scan(self) -> Iterator[Item]:
        """Yield a CallRecord per good row and a ParseProblem per bad one."""
        if not self.manifest.is_file():
            raise SourceError(codes.MANIFEST_MISSING, file=self.manifest)
        rows = open_csv(self.manifest)
        header: list[str] = []
        for item in rows:
            if isinstance(item, ParseProblem):
                yield item  # a header line that cannot be read is no header
                continue
            header = item.fields
            break
        columns = check_columns(header, COLUMNS, self.manifest.name)
        for item in rows:
            if isinstance(item, ParseProblem):
                yield item
                continue
            line, fields = item.line, item.fields
            if not any(f.strip() for f in fields):
                continue
            if len(fields) != len(header):
                yield ParseProblem(
                    self.manifest,
                    line,
                    codes.FIELD_COUNT_HEADER,
                    {"count": len(fields), "expected": len(header)},
                )
                continue
            try:
                yield self._record(line, fields, columns)
            except ValueError as exc:
                yield row_problem(self.manifest, line, exc)

    def _record(self, line: int, fields: list[str], columns: Mapping[str, int]) -> CallRecord:
        def get(name: str) -> str:
            index = columns.get(name)
            return fields[index].strip() if index is not None else ""

        file_text = get("file")
        if not file_text:
            raise BadRow(codes.FILE_COLUMN_EMPTY)
        remote, did = get("remote_number"), get("did")
        audio = self._resolve(file_text)
        return CallRecord(
            source=self.name,
            call_id=get("call_id") or file_text.replace("\\", "/"),
            started_at=_started_at(get("started_at")),
            direction=_direction(get("direction")),
            agent_extension=get("agent_extension") or None,
            remote_number=self.settings.normalise(remote) if remote else None,
            remote_raw=remote,
            did=self.settings.normalise(did) if did else None,
            did_raw=did,
            queue=get("queue") or None,
            context=get("context") or None,
            campaign=get("campaign") or None,
            accountcode=get("accountcode") or None,
            answered=True,  # a manifest lists recordings, which exist only for conversations
            duration_s=_duration(get("duration_s")),
            audio_path=audio if audio.is_file() else None,
            source_file=self.manifest,
            line=line,
        )

    def _resolve(self, text: str) -> Path:
        # Manifests written on Windows use backslashes; accept both separators everywhere.
        parts = PureWindowsPath(text).parts if "\\" in text else PurePosixPath(text).parts
        path = Path(*parts)
        return path if path.is_absolute() else self.manifest.parent / path


def _started_at(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise BadRow(codes.BAD_STARTED_AT, value=text) from None
    if value.utcoffset() is None:
        raise BadRow(codes.STARTED_AT_NO_OFFSET, value=text)
    return value.astimezone(dt.UTC)


def _direction(text: str) -> Direction:
    try:
        return Direction(text.lower())
    except ValueError:
        raise BadRow(codes.BAD_DIRECTION, value=text) from None


def _duration(text: str) -> int | None:
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        raise BadRow(codes.BAD_DURATION, value=text)
    return int(text)

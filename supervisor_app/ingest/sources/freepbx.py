"""FreePBX call-recording spool (``monitor/YYYY/MM/DD/<type>-…``), optionally joined with CDRs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from supervisor_app.domain.calls import BadRow, CallRecord, Direction, ParseProblem
from supervisor_app.ingest import error_codes as codes
from supervisor_app.ingest.sources import asterisk
from supervisor_app.ingest.sources.asterisk import CdrRow
from supervisor_app.ingest.sources.common import (
    Item,
    Row,
    SourceError,
    SourceSettings,
    audio_rank,
    check_columns,
    files_under,
    open_csv,
    row_problem,
    split_name,
    trailing_uniqueid,
)

SOURCE = "freepbx"

# <type>-<target>-<from>-YYYYMMDD-HHMMSS-<uniqueid>.<ext> (sub-record-check's CALLFILENAME),
# anchored at the end because caller IDs in <from> and <target> can hold odd characters.
# A <target> that itself contains "-" stays ambiguous; a joined CDR row settles it.
NAME = re.compile(
    r"^(?P<type>[A-Za-z]+)-(?P<target>.*)-(?P<from>[^-]*)"
    r"-(?P<date>\d{8})-(?P<time>\d{6})-(?P<uid>\d+\.\d+)\.(?P<ext>[A-Za-z0-9]+)$"
)
# Older FreePBX names (g200-…, exten-…) and unknown prefixes: only date, time and uniqueid.
FALLBACK_NAME = re.compile(
    r"(?P<date>\d{8})-(?P<time>\d{6})-(?P<uid>\d+\.\d+)\.(?P<ext>[A-Za-z0-9]+)$"
)
KNOWN_TYPES = frozenset({"out", "in", "external", "internal", "q", "rg", "force", "parked"})

# Columns a CSV export of FreePBX's cdr table must have; the rest are used when present.
CDR_TABLE_COLUMNS = (
    "calldate",
    "src",
    "dst",
    "channel",
    "dstchannel",
    "disposition",
    "uniqueid",
    "recordingfile",
)


@dataclass(frozen=True, slots=True)
class RecordingName:
    """What a FreePBX recording's file name says. ``kind`` is "" for an unknown prefix."""

    kind: str
    target: str
    from_: str
    local_start: dt.datetime
    uniqueid: str


def parse_name(name: str) -> RecordingName | None:
    """Read a recording file name, or None when it has no date, time and uniqueid at its end.

    Extensions are matched in any case (wav49 writes ``.WAV``).
    """
    match = NAME.match(name)
    if match and match["type"].lower() in KNOWN_TYPES:
        kind, target, from_ = match["type"].lower(), match["target"], match["from"]
    else:
        match = FALLBACK_NAME.search(name)
        if match is None:
            return None
        kind, target, from_ = "", "", ""
    try:
        local = dt.datetime.strptime(match["date"] + match["time"], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return RecordingName(kind, target, from_, local, match["uid"])


def _record_from_name(name: RecordingName, path: Path, settings: SourceSettings) -> CallRecord:
    # Who is who, per prefix (FreePBX callrecording's sub-record-check).
    direction: Direction | None = None
    agent = remote = did = queue = ""
    from_is_ext = settings.is_extension(name.from_)
    match name.kind:
        case "out":
            direction, agent, remote = Direction.OUTBOUND, name.from_, name.target
        case "in":
            direction, did, remote = Direction.INBOUND, name.target, name.from_
        case "external":
            direction, agent, remote = Direction.INBOUND, name.target, name.from_
        case "internal":
            direction, agent, remote = Direction.INTERNAL, name.from_, name.target
        case "q" | "rg":  # ring groups are configured among the business queues
            direction, queue, remote = Direction.INBOUND, name.target, name.from_
        case "force" if from_is_ext:
            direction, agent, remote = Direction.OUTBOUND, name.from_, name.target
        case "force":
            direction, did, remote = Direction.INBOUND, name.target, name.from_
        case "parked":
            agent, remote = name.target, "" if from_is_ext else name.from_
    if agent and not settings.is_extension(agent):
        agent = ""
    return CallRecord(
        source=SOURCE,
        call_id=name.uniqueid,
        started_at=settings.local_to_utc(name.local_start),
        direction=direction,
        agent_extension=agent or None,
        remote_number=settings.normalise(remote) if remote else None,
        remote_raw=remote,
        did=settings.normalise(did) if did else None,
        did_raw=did,
        queue=queue or None,
        # FreePBX starts MixMonitor for connected calls; a joined CDR says for certain.
        answered=True,
        audio_path=path,
        source_file=path,
    )


# --- CDR exports -------------------------------------------------------------------------------


def read_cdr(path: Path, settings: SourceSettings) -> Iterator[CdrRow | ParseProblem]:
    """Rows of a CDR export: FreePBX's ``cdr`` table as CSV (with a header), or a Master.csv."""
    if not path.is_file():
        raise SourceError(codes.CDR_MISSING, file=path)
    header = {cell.strip().lstrip("\ufeff").lower() for cell in _first_row(path)}
    # Master.csv has no header; a first row naming these columns is the cdr table's header.
    if header & {"calldate", "recordingfile"}:
        yield from _read_cdr_table(path, settings)
    else:
        yield from asterisk.read_rows(path, settings)


def _first_row(path: Path) -> list[str]:
    rows = open_csv(path)
    try:
        first = next((r for r in rows if isinstance(r, Row)), None)
        return first.fields if first is not None else []
    finally:
        rows.close()  # closes the file now rather than whenever the generator is collected


def _read_cdr_table(path: Path, settings: SourceSettings) -> Iterator[CdrRow | ParseProblem]:
    rows = open_csv(path)
    header: list[str] = []
    for item in rows:
        if isinstance(item, ParseProblem):
            yield item
            continue
        header = item.fields
        break
    columns = check_columns(header, CDR_TABLE_COLUMNS, path.name)
    for item in rows:
        if isinstance(item, ParseProblem):
            yield item
            continue
        line, fields = item.line, item.fields
        if not any(f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            yield ParseProblem(
                path,
                line,
                codes.FIELD_COUNT_HEADER,
                {"count": len(fields), "expected": len(header)},
            )
            continue
        try:
            yield _table_row(line, fields, columns, settings)
        except ValueError as exc:
            yield row_problem(path, line, exc)


def _table_row(
    line: int, fields: list[str], columns: Mapping[str, int], settings: SourceSettings
) -> CdrRow:
    def get(name: str) -> str:
        index = columns.get(name)
        return fields[index].strip() if index is not None else ""

    disposition = get("disposition").upper()
    return CdrRow(
        line=line,
        accountcode=get("accountcode"),
        src=get("src"),
        dst=get("dst"),
        dcontext=get("dcontext"),
        channel=get("channel"),
        dstchannel=get("dstchannel"),
        lastapp=get("lastapp"),
        lastdata=get("lastdata"),
        start=_calldate(get("calldate"), settings),
        answered=disposition == "ANSWERED",  # the table has no answer time
        disposition=disposition,
        duration=_optional_int(get("duration"), "duration"),
        billsec=_optional_int(get("billsec"), "billsec"),
        uniqueid=get("uniqueid"),
        linkedid=get("linkedid"),
        sequence=_optional_int(get("sequence"), "sequence") or 0,
        did=get("did"),
        recordingfile=get("recordingfile"),
    )


def _calldate(text: str, settings: SourceSettings) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise BadRow(codes.BAD_CALLDATE, value=text) from None
    if value.tzinfo is None:
        return settings.local_to_utc(value)
    return value.astimezone(dt.UTC)


def _optional_int(text: str, column: str) -> int | None:
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        raise BadRow(codes.BAD_NUMBER, column=column, value=text)
    return int(text)


# --- the source --------------------------------------------------------------------------------


@dataclass(slots=True)
class _CdrIndex:
    """CDR calls, findable by recording name (without extension), uniqueid or linkedid."""

    groups: dict[str, list[CdrRow]]
    by_name: dict[str, str]
    by_id: dict[str, str]
    exact_names: frozenset[str]

    @classmethod
    def build(cls, rows: list[CdrRow]) -> _CdrIndex:
        groups = asterisk.group_rows(rows)
        by_name: dict[str, str] = {}
        by_id: dict[str, str] = {}
        for key, group in groups.items():
            by_id.setdefault(key, key)
            for row in group:
                if row.recordingfile:
                    by_name.setdefault(_base(row.recordingfile), key)
                if row.uniqueid:
                    by_id.setdefault(row.uniqueid, key)
        exact = frozenset(r.recordingfile.lower() for r in rows if r.recordingfile)
        return cls(groups, by_name, by_id, exact)

    def find(self, path: Path, uniqueid: str) -> str | None:
        # The file name recorded in the CDR first: a post-processing script may have turned
        # the .wav it names into an .mp3, so compare without the extension.
        return self.by_name.get(_base(path.name)) or self.by_id.get(uniqueid)


def _base(file_name: str) -> str:
    return split_name(Path(file_name.strip()))[0].lower() or file_name.strip().lower()


_Recording = tuple[Path, RecordingName]


def _recordings(monitor: Path) -> tuple[dict[str, list[_Recording]], list[Path]]:
    """Recording files grouped by uniqueid (preferred format first), and unreadable names."""
    found: dict[str, list[_Recording]] = {}
    unreadable: list[Path] = []
    for path in sorted(files_under(monitor), key=audio_rank):
        name = parse_name(path.name)
        if name is None:
            unreadable.append(path)
        else:
            found.setdefault(name.uniqueid, []).append((path, name))
    return found, unreadable


@dataclass(frozen=True, slots=True)
class FreePbxSource:
    """Recordings below a FreePBX ``monitor`` folder, one call per recording file.

    With ``cdr`` (Master.csv, or a CSV export of the ``cdr`` table with ``recordingfile``),
    each file's call record wins over what its name says; CDR calls that name a recording
    which is not in the folder are yielded without audio, so missing files are counted.
    Files whose name has no date, time and uniqueid at its end are reported, not guessed.
    """

    monitor: Path
    settings: SourceSettings
    cdr: Path | None = None
    name: ClassVar[str] = SOURCE

    def scan(self) -> Iterator[Item]:
        """Yield one CallRecord per recording (and per missing named recording), and problems."""
        index = None
        if self.cdr is not None:
            rows: list[CdrRow] = []
            for item in read_cdr(self.cdr, self.settings):
                if isinstance(item, ParseProblem):
                    yield item
                else:
                    rows.append(item)
            index = _CdrIndex.build(rows)
        recordings, unreadable = _recordings(self.monitor)
        for path in unreadable:
            yield ParseProblem(path, None, codes.NOT_FREEPBX_NAME)
        used: set[str] = set()
        for uid, copies in recordings.items():
            if index is not None:
                # The exact file the CDR names beats a converted copy next to it.
                copies.sort(key=lambda c: c[0].name.lower() not in index.exact_names)
            (path, name), *others = copies
            for other, _ in others:
                yield ParseProblem(other, None, codes.ANOTHER_COPY, {"file": path.name})
            yield self._record(uid, path, name, index, used)
        if index is not None:
            yield from self._missing_recordings(index, used)

    def _record(
        self,
        uid: str,
        path: Path,
        name: RecordingName,
        index: _CdrIndex | None,
        used: set[str],
    ) -> CallRecord:
        key = index.find(path, uid) if index is not None else None
        if index is None or key is None:
            return _record_from_name(name, path, self.settings)
        used.add(key)
        return asterisk.record_from_rows(
            index.groups[key],
            self.settings,
            source=self.name,
            call_id=uid,  # the file's id, so a call keeps its fingerprint with or without CDR
            source_file=self.cdr or path,
            audio_path=path,
        )

    def _missing_recordings(self, index: _CdrIndex, used: set[str]) -> Iterator[CallRecord]:
        for key, group in index.groups.items():
            named = next((r.recordingfile for r in group if r.recordingfile), "")
            if key in used or not named:
                continue
            yield asterisk.record_from_rows(
                group,
                self.settings,
                source=self.name,
                call_id=trailing_uniqueid(Path(named)) or key,
                source_file=self.cdr or self.monitor,
                audio_path=None,
            )

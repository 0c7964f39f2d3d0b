"""Asterisk ``cdr_csv`` Master.csv (no header, 16 to 21 columns) with MixMonitor recordings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from supervisor_app.domain.calls import BadRow, CallRecord, Direction, ParseProblem
from supervisor_app.domain.errors import os_reason
from supervisor_app.ingest import error_codes as codes
from supervisor_app.ingest.sources.common import (
    UNIQUEID,
    Item,
    Row,
    SourceError,
    SourceSettings,
    csv_rows,
    recordings_by_uniqueid,
    row_problem,
)

SOURCE = "asterisk"
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

# The 16 columns cdr_csv always writes, in its order (build_csv_record in cdr_csv.c).
BASE_COLUMNS = (
    "accountcode",
    "src",
    "dst",
    "dcontext",
    "clid",
    "channel",
    "dstchannel",
    "lastapp",
    "lastdata",
    "start",
    "answer",
    "end",
    "duration",
    "billsec",
    "disposition",
    "amaflags",
)
_NEW_COLUMNS = ("peeraccount", "linkedid", "sequence")  # newcdrcolumns=yes

# Channel technologies whose "peer" is a line or span number, never an extension.
_TRUNK_TECHS = frozenset({"dahdi", "zap", "misdn"})


@dataclass(frozen=True, slots=True)
class CdrRow:
    """One CDR row, from Master.csv or FreePBX's ``cdr`` table, with times in UTC.

    Fields a source lacks are blank (``did``/``recordingfile`` in Master.csv, ``uniqueid``
    without loguniqueid). The caller-ID name (``clid``) is deliberately not kept.
    """

    line: int
    accountcode: str
    src: str
    dst: str
    dcontext: str
    channel: str
    dstchannel: str
    lastapp: str
    lastdata: str
    start: dt.datetime
    answered: bool
    disposition: str
    duration: int | None
    billsec: int | None
    uniqueid: str = ""
    linkedid: str = ""
    sequence: int = 0
    did: str = ""
    recordingfile: str = ""

    @property
    def call_key(self) -> str:
        """The id rows of one call share: linkedid, else uniqueid, else time and channel."""
        if self.linkedid:
            return self.linkedid
        if self.uniqueid:
            return self.uniqueid
        # Without loguniqueid there is no id at all; start time plus the channel name (which
        # carries a per-channel counter) is stable across re-reads of the same file.
        return f"{self.start:%Y%m%dT%H%M%SZ}/{self.channel}"


# --- the file, read as a snapshot -------------------------------------------------------------


def _size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SourceError(codes.CDR_UNREADABLE, file=path, reason=os_reason(exc)) from exc
    if not path.is_file():
        raise SourceError(codes.CDR_NOT_A_FILE, file=path)
    return size


def _rows(path: Path, size: int) -> Iterator[Row | ParseProblem]:
    # Master.csv up to the size it had when reading began: the PBX may append meanwhile, and
    # cdr_csv ends every record with a newline, so a last line without one is a record still
    # being written: reported, not parsed.
    return csv_rows(path, size=size, whole_lines_only=True)


# --- column profiles ---------------------------------------------------------------------------


def detect_profile(rows: Iterable[Sequence[str]]) -> dict[int, tuple[str, ...]]:
    """Name the optional columns for each row width found in one file.

    Widths 18, 19 and 21 are unambiguous. A 17th column is the uniqueid (loguniqueid) or the
    userfield (loguserfield); the same holds for the 17th of 20. It is taken as the uniqueid
    when every row of that width has a uniqueid-shaped value there (``1582406309.760``),
    judged over the whole file so one odd userfield cannot flip single rows.
    """
    uid_shaped: dict[int, bool] = {}
    for fields in rows:
        width = len(fields)
        if width in (17, 20):
            shaped = UNIQUEID.fullmatch(fields[16]) is not None
            uid_shaped[width] = uid_shaped.get(width, True) and shaped
    first_17 = "uniqueid" if uid_shaped.get(17, True) else "userfield"
    first_20 = "uniqueid" if uid_shaped.get(20, True) else "userfield"
    return {
        16: (),
        17: (first_17,),
        18: ("uniqueid", "userfield"),
        19: _NEW_COLUMNS,
        20: (first_20, *_NEW_COLUMNS),
        21: ("uniqueid", "userfield", *_NEW_COLUMNS),
    }


def read_rows(path: Path, settings: SourceSettings) -> Iterator[CdrRow | ParseProblem]:
    """Yield each CDR row of a Master.csv, or a ParseProblem for a row that cannot be read.

    The file is read twice (profile, then rows), both times only up to its size at the start,
    so a PBX appending meanwhile cannot change what is read. Raises SourceError when the
    file cannot be opened at all.
    """
    size = _size(path)
    profile = detect_profile(r.fields for r in _rows(path, size) if isinstance(r, Row))
    for item in _rows(path, size):
        if isinstance(item, ParseProblem):
            yield item
            continue
        line, fields = item.line, item.fields
        if not any(f.strip() for f in fields):
            continue  # a blank line carries no call
        try:
            yield _parse_row(line, fields, profile, settings)
        except ValueError as exc:
            yield row_problem(path, line, exc)


def _parse_row(
    line: int, fields: list[str], profile: dict[int, tuple[str, ...]], settings: SourceSettings
) -> CdrRow:
    extras = profile.get(len(fields))
    if extras is None:
        raise BadRow(codes.FIELD_COUNT_MASTER, count=len(fields))
    named = dict(zip((*BASE_COLUMNS, *extras), fields, strict=True))
    uniqueid = named.get("uniqueid", "").strip()
    if uniqueid and not UNIQUEID.fullmatch(uniqueid):
        raise BadRow(codes.BAD_UNIQUEID, value=uniqueid)
    answer = named["answer"].strip()
    disposition = named["disposition"].strip().upper()
    return CdrRow(
        line=line,
        accountcode=named["accountcode"].strip(),
        src=named["src"].strip(),
        dst=named["dst"].strip(),
        dcontext=named["dcontext"].strip(),
        channel=named["channel"].strip(),
        dstchannel=named["dstchannel"].strip(),
        lastapp=named["lastapp"].strip(),
        lastdata=named["lastdata"].strip(),
        start=_time(named["start"], "start", settings),
        # An unanswered call has an empty answer column; both must agree before a call
        # counts as a conversation (default deny on a contradictory row).
        answered=bool(answer) and disposition == "ANSWERED",
        disposition=disposition,
        duration=_seconds(named["duration"], "duration"),
        billsec=_seconds(named["billsec"], "billsec"),
        uniqueid=uniqueid,
        linkedid=named.get("linkedid", "").strip(),
        sequence=_sequence(named.get("sequence", "0")),
    )


def _time(text: str, column: str, settings: SourceSettings) -> dt.datetime:
    try:
        return settings.parse_local(text, TIME_FORMAT)
    except ValueError:
        raise BadRow(codes.BAD_TIME, column=column, value=text) from None


def _seconds(text: str, column: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        raise BadRow(codes.BAD_SECONDS, column=column, value=text)
    return int(text)


def _sequence(text: str) -> int:
    text = text.strip() or "0"
    if not (text.isascii() and text.isdigit()):
        raise BadRow(codes.BAD_NUMBER, column="sequence", value=text)
    return int(text)


# --- rows to calls -----------------------------------------------------------------------------


def group_rows(rows: Iterable[CdrRow]) -> dict[str, list[CdrRow]]:
    """Group the rows of one call (same linkedid, else uniqueid), in first-seen order.

    Asterisk 12 and later write one row per party pair or bridge; the sample is of calls.
    """
    groups: dict[str, list[CdrRow]] = {}
    for row in rows:
        groups.setdefault(row.call_key, []).append(row)
    return groups


def channel_peer(channel: str) -> str:
    """The device or extension a channel belongs to.

    ``PJSIP/201-0000001a`` → ``201``; ``Local/201@from-queue-00000012;1`` → ``201``;
    trunks give their name (``PJSIP/kpn-trunk-00000003`` → ``kpn-trunk``); DAHDI and similar
    line technologies give "" because their number is a line, not an extension.
    """
    tech, _, rest = channel.partition("/")
    if not rest or tech.lower() in _TRUNK_TECHS:
        return ""
    if "@" in rest:
        return rest.split("@", 1)[0]
    name, dash, _counter = rest.rpartition("-")
    return name if dash else rest


@dataclass(frozen=True, slots=True)
class _Ends:
    direction: Direction
    agent: str | None
    remote: str


def _ends(row: CdrRow, settings: SourceSettings) -> _Ends:
    # The channels say who is who: src is caller ID, which for outbound calls is often the
    # company's own number, so it cannot tell an agent's extension from a customer.
    caller = channel_peer(row.channel)
    callee = channel_peer(row.dstchannel)
    caller_ext = caller if settings.is_extension(caller) else None
    callee_ext = callee if settings.is_extension(callee) else None
    if caller_ext and (callee_ext or settings.is_extension(row.dst)):
        return _Ends(Direction.INTERNAL, caller_ext, callee_ext or row.dst)
    if caller_ext:
        return _Ends(Direction.OUTBOUND, caller_ext, row.dst)
    return _Ends(Direction.INBOUND, callee_ext, row.src)


def _queue(row: CdrRow) -> str:
    if row.lastapp.lower() == "queue":
        return row.lastdata.split(",", 1)[0].strip()
    if row.dcontext == "ext-queues":  # FreePBX's queue context: dst is the queue number
        return row.dst
    return ""


def _did(row: CdrRow, settings: SourceSettings) -> str:
    if row.did:
        return row.did
    # Master.csv has no DID column; the inbound leg's dst is the dialled number when it reads
    # as a telephone number (not "s", an extension or a queue).
    return row.dst if settings.normalise(row.dst) else ""


def primary_row(rows: Sequence[CdrRow]) -> CdrRow:
    """The row that speaks for the call: the first leg answered by a party, else the first leg.

    An IVR or announcement also answers (the leg has no destination channel); the agent is on
    the first answered leg that reached another channel.
    """
    ordered = sorted(rows, key=lambda r: (r.start, r.sequence, r.line))
    answered = [r for r in ordered if r.answered]
    return next((r for r in answered if r.dstchannel), answered[0] if answered else ordered[0])


def record_from_rows(
    rows: Sequence[CdrRow],
    settings: SourceSettings,
    *,
    source: str,
    call_id: str,
    source_file: Path,
    audio_path: Path | None,
) -> CallRecord:
    """Merge the CDR rows of one call into a CallRecord."""
    ordered = sorted(rows, key=lambda r: (r.start, r.sequence, r.line))
    main = primary_row(ordered)
    ends = _ends(main, settings)
    did_raw = next((d for r in ordered if (d := _did(r, settings))), "")
    if ends.direction is not Direction.INBOUND:
        did_raw = ""  # a DID is the number a customer dialled to reach the business
    queue = next((q for r in ordered if (q := _queue(r))), "")
    numbers = {n for r in ordered for n in (r.src, r.dst) if n and not settings.is_extension(n)}
    numbers -= {ends.remote, did_raw}
    return CallRecord(
        source=source,
        call_id=call_id,
        started_at=ordered[0].start,
        direction=ends.direction,
        agent_extension=ends.agent,
        remote_number=settings.normalise(ends.remote),
        remote_raw=ends.remote,
        did=settings.normalise(did_raw) if did_raw else None,
        did_raw=did_raw,
        queue=queue or None,
        context=main.dcontext or None,
        accountcode=next((a for r in (main, *ordered) if (a := r.accountcode)), None),
        answered=any(r.answered for r in ordered),
        disposition=main.disposition,
        duration_s=main.billsec if main.answered and main.billsec is not None else main.duration,
        audio_path=audio_path,
        other_numbers=tuple(sorted(numbers)),
        source_file=source_file,
        line=ordered[0].line,
    )


def recording_for(rows: Sequence[CdrRow], recordings: dict[str, Path]) -> Path | None:
    """The recording of a call: by the main leg's uniqueid, then any leg's, then the linkedid."""
    main = primary_row(rows)
    ids = [main.uniqueid, *(r.uniqueid for r in rows), *(r.linkedid for r in rows)]
    return next((recordings[i] for i in ids if i and i in recordings), None)


@dataclass(frozen=True, slots=True)
class AsteriskSource:
    """Calls from a Master.csv, linked to MixMonitor files by the uniqueid ending their names.

    ``recordings`` is searched recursively; without it (or without loguniqueid in cdr.conf)
    calls have no audio and are counted as such by the scope rules.
    """

    cdr_file: Path
    settings: SourceSettings
    recordings: Path | None = None
    name: ClassVar[str] = SOURCE

    def scan(self) -> Iterator[Item]:
        """Yield one CallRecord per call (rows grouped by linkedid) and every skipped row."""
        index = recordings_by_uniqueid(self.recordings) if self.recordings else {}
        rows: list[CdrRow] = []
        for item in read_rows(self.cdr_file, self.settings):
            if isinstance(item, ParseProblem):
                yield item
            else:
                rows.append(item)
        for key, group in group_rows(rows).items():
            yield record_from_rows(
                group,
                self.settings,
                source=self.name,
                call_id=key,
                source_file=self.cdr_file,
                audio_path=recording_for(group, index),
            )

"""3CX recordings: ``[Display Name]_<from>-<to>_<YYYYMMDDhhmmss>(<callid>).wav`` in any folder."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from supervisor_app.domain.calls import BadRow, CallRecord, Direction, ParseProblem
from supervisor_app.ingest import error_codes as codes
from supervisor_app.ingest.sources.common import (
    Item,
    SourceError,
    SourceSettings,
    files_under,
    row_problem,
)

SOURCE = "3cx"

# As written by 3CX v16 (e.g. "[Zinhle Phungula]_201-0114627554_20190219120918(380).wav");
# the display name may be empty or hold spaces. No official 3CX document fixes the naming, so
# the pattern is a parameter: it must have the groups from, to, stamp and callid, and may
# add queue, campaign or did when a site's names carry them.
DEFAULT_PATTERN = re.compile(
    r"^\[(?P<name>[^\]]*)\]_(?P<from>[^_-]*)-(?P<to>[^_]*)_(?P<stamp>\d{14})"
    r"\((?P<callid>[^)]+)\)\.wav$",
    re.IGNORECASE,
)
REQUIRED_GROUPS = ("from", "to", "stamp", "callid")
STAMP_FORMAT = "%Y%m%d%H%M%S"


def compile_pattern(pattern: str | re.Pattern[str]) -> re.Pattern[str]:
    """Check a file-name pattern has the groups a 3CX name needs; ValueError naming any missing."""
    compiled = re.compile(pattern, re.IGNORECASE) if isinstance(pattern, str) else pattern
    missing = [g for g in REQUIRED_GROUPS if g not in compiled.groupindex]
    if missing:
        raise SourceError(codes.PATTERN_LACKS_GROUPS, groups=", ".join(missing))
    return compiled


@dataclass(frozen=True, slots=True)
class ThreeCxSource:
    """3CX recording files below a folder, searched recursively; names only, never opened.

    The name's time stamp is read as the PBX's local time. The call id is the 3CX call id
    joined to that stamp (``380@20190219120918``): 3CX numbers calls with a counter that a
    new installation starts again, so the bare number could name two different calls.
    """

    folder: Path
    settings: SourceSettings
    pattern: re.Pattern[str] = DEFAULT_PATTERN
    name: ClassVar[str] = SOURCE

    def scan(self) -> Iterator[Item]:
        """Yield a CallRecord per recording and a ParseProblem per unreadable name."""
        pattern = compile_pattern(self.pattern)
        for path in files_under(self.folder):
            match = pattern.fullmatch(path.name)
            if match is None:
                yield ParseProblem(path, None, codes.NOT_3CX_NAME)
                continue
            try:
                yield self._record(path, match)
            except ValueError as exc:
                yield row_problem(path, None, exc)

    def _record(self, path: Path, match: re.Match[str]) -> CallRecord:
        caller, callee, stamp = match["from"].strip(), match["to"].strip(), match["stamp"]
        try:
            local = dt.datetime.strptime(stamp, STAMP_FORMAT)
        except ValueError:
            raise BadRow(codes.BAD_STAMP, value=stamp) from None
        caller_ext = self.settings.is_extension(caller)
        callee_ext = self.settings.is_extension(callee)
        if caller_ext:
            direction = Direction.INTERNAL if callee_ext else Direction.OUTBOUND
            agent, remote = caller, callee
        else:
            direction, agent, remote = Direction.INBOUND, callee if callee_ext else "", caller
        did = _group(match, "did")
        return CallRecord(
            source=self.name,
            call_id=f"{match['callid']}@{stamp}",
            started_at=self.settings.local_to_utc(local),
            direction=direction,
            agent_extension=agent or None,
            remote_number=self.settings.normalise(remote),
            remote_raw=remote,
            did=self.settings.normalise(did) if did else None,
            did_raw=did,
            queue=_group(match, "queue") or None,
            campaign=_group(match, "campaign") or None,
            answered=True,  # 3CX writes a recording only for a connected call
            audio_path=path,
            source_file=path,
        )


def _group(match: re.Match[str], name: str) -> str:
    return (match.groupdict().get(name) or "").strip()

"""Call records read from a telephone-system export, and the problems met while reading it."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from supervisor_app.domain import error_codes as codes
from supervisor_app.domain.errors import ErrorCode, Value


class Direction(StrEnum):
    """Which way a call went, seen from the agent's extension."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"
    INTERNAL = "internal"  # extension to extension: never a customer call


@dataclass(frozen=True, slots=True)
class CallRecord:
    """One call as a source describes it: pure data, read from names and call records only.

    Numbers: ``remote_number`` and ``did`` are E.164 (``+31612345678``) when the text could be
    read as a telephone number, else None; ``remote_raw`` and ``did_raw`` keep the text exactly
    as found, so nothing is lost when normalising fails (an extension, ``anonymous``, garbage).
    ``other_numbers`` holds the raw numbers of further legs of the same call (transfers, queue
    attempts); the protected-number rule looks at them too, so a merged call can never hide a
    protected party.

    ``started_at`` is always aware and in UTC. ``duration_s`` is the talk time the source gives
    (billsec) when it has one, else the whole duration, else None. ``audio_path`` is where the
    recording should be; readers never open it.
    """

    source: str  # "asterisk", "freepbx", "3cx" or "manifest"
    call_id: str  # the source's own id: linkedid/uniqueid, 3CX call id, manifest file or id
    started_at: dt.datetime
    direction: Direction | None = None  # None: the source does not say
    agent_extension: str | None = None
    remote_number: str | None = None
    remote_raw: str = ""
    did: str | None = None  # the business number the customer dialled (inbound)
    did_raw: str = ""
    queue: str | None = None
    context: str | None = None  # Asterisk dialplan context (dcontext)
    campaign: str | None = None  # a campaign name the source states (manifest)
    accountcode: str | None = None
    answered: bool = False
    disposition: str = ""  # the source's own word, e.g. ANSWERED, NO ANSWER, BUSY
    duration_s: int | None = None
    audio_path: Path | None = None
    other_numbers: tuple[str, ...] = ()
    source_file: Path | None = None
    line: int | None = None  # line of the (first) row in source_file, for messages

    def __post_init__(self) -> None:
        # A naive or non-UTC time would put calls in the wrong ISO week and break sampling.
        if self.started_at.utcoffset() != dt.timedelta(0):
            raise ValueError("started_at must be an aware datetime in UTC")

    @property
    def fingerprint(self) -> str:
        """SHA-256 (hex) of source and call id: the only trace an unselected candidate leaves."""
        return call_fingerprint(self.source, self.call_id)

    @property
    def numbers(self) -> tuple[str, ...]:
        """Every number text this call touches, normalised and raw, without blanks."""
        found = (self.remote_number, self.remote_raw, self.did, self.did_raw, *self.other_numbers)
        return tuple(dict.fromkeys(n for n in found if n))


def call_fingerprint(source: str, call_id: str) -> str:
    """The fingerprint of a call: SHA-256 hex of ``source NUL call_id``.

    The NUL separator keeps ("ab", "c") and ("a", "bc") apart.
    """
    return hashlib.sha256(f"{source}\x00{call_id}".encode()).hexdigest()


MAX_REASON_CHARS = 300


def one_line(text: str, limit: int = MAX_REASON_CHARS) -> str:
    """text with control characters shown as "?" and cut to limit characters."""
    shown = "".join(ch if ch.isprintable() else "?" for ch in text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


class BadRow(ValueError):
    """A row or file a reader cannot turn into a call: the code and values of why."""

    def __init__(self, code: ErrorCode, /, **values: Value) -> None:
        super().__init__(code.sentence(values))
        self.code = code
        self.values = values


@dataclass(frozen=True, slots=True)
class ParseProblem:
    """A row or file a reader skipped, with where it was and why (a code and its values).

    ``reason`` is the English sentence; ui/ words the code in the interface language.
    """

    source_file: Path
    line: int | None
    code: ErrorCode
    values: Mapping[str, Value] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Reasons quote values from the export, which can hold anything: keep each value on
        # one line, printable and short, whatever the file held.
        shown = {k: one_line(v) if isinstance(v, str) else v for k, v in self.values.items()}
        object.__setattr__(self, "values", MappingProxyType(shown))

    @classmethod
    def of(cls, source_file: Path, line: int | None, error: BadRow) -> ParseProblem:
        """The problem a reader's BadRow describes."""
        return cls(source_file, line, error.code, error.values)

    @property
    def reason(self) -> str:
        """Why the row was skipped, in English (the log, the command line)."""
        return one_line(self.code.sentence(self.values))

    def __str__(self) -> str:
        where = self.source_file.name
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class ReadResult:
    """Everything a source yielded: the calls, and the rows or files it had to skip."""

    records: list[CallRecord] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)

    @classmethod
    def collect(cls, items: Iterable[CallRecord | ParseProblem]) -> ReadResult:
        """Sort a reader's stream into records and problems.

        A call id seen twice is kept once and the repeat counted as a problem: two candidates
        with one fingerprint would make the sample ambiguous.
        """
        result = cls()
        seen: dict[str, CallRecord] = {}
        for item in items:
            if isinstance(item, ParseProblem):
                result.problems.append(item)
                continue
            first = seen.setdefault(item.fingerprint, item)
            if first is item:
                result.records.append(item)
            else:
                where = item.source_file or item.audio_path or Path()
                if first.audio_path:
                    problem = ParseProblem(
                        where,
                        item.line,
                        codes.ALREADY_READ_FROM,
                        {"call": item.call_id, "file": first.audio_path.name},
                    )
                else:
                    problem = ParseProblem(
                        where, item.line, codes.ALREADY_READ, {"call": item.call_id}
                    )
                result.problems.append(problem)
        return result

"""The telephone system's own copies: delete, on request, the export's files the app did not keep.

In sampling mode ``app`` the telephone system records every call, private ones included, and
keeps the files in its spool until someone removes them. After an import the app knows which
of the export's files belong to calls it did not sample or that were never in scope; it offers
to delete exactly those (and only files a reader matched to a call record), never a file of a
selected call. What was deleted is logged by file name, with every telephone number in the
name masked, and the file's SHA-256: enough to prove which file went, nothing about who called.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from supervisor_app.domain.calls import CallRecord
from supervisor_app.services.session import Session
from supervisor_app.vault.db import transaction

MASK: Final = "…"
_MIN_NUMBER_DIGITS: Final = 5  # shorter digit runs are extensions, queues or times, not numbers
_SUBSCRIBER_DIGITS: Final = 9
_READ_BLOCK: Final = 1 << 20


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One file of the export that may be deleted, with its name as the log may show it."""

    path: Path
    shown_name: str


@dataclass(frozen=True, slots=True)
class SourceCleanup:
    """The export's files of calls the app did not keep, offered for deletion after an import."""

    folder: Path
    files: tuple[SourceFile, ...]
    not_sampled: int  # files of business calls the sample did not draw
    excluded: int  # files of calls out of scope: private, protected, internal, too old…

    @property
    def count(self) -> int:
        """How many files would be deleted."""
        return len(self.files)


@dataclass(frozen=True, slots=True)
class DeletedSources:
    """What deleting the files did: how many went, and the names of those that could not."""

    deleted: int
    failed: tuple[str, ...]


def plan_cleanup(
    folder: Path,
    records: Iterable[CallRecord],
    in_scope: Collection[str],
    keep: Collection[str],
) -> SourceCleanup:
    """The files of every call not in ``keep`` (fingerprints of selected calls).

    ``in_scope`` holds the fingerprints of business calls, to tell "not sampled" from
    "excluded". A file shared with a kept call is never offered.
    """
    all_records = list(records)
    kept_paths = {_key(r.audio_path) for r in all_records if r.audio_path and r.fingerprint in keep}
    files: dict[str, SourceFile] = {}
    not_sampled = excluded = 0
    for record in all_records:
        path = record.audio_path
        if path is None or record.fingerprint in keep or _key(path) in kept_paths:
            continue
        if _key(path) in files or not path.is_file():
            continue
        files[_key(path)] = SourceFile(path, masked_name(path.name, record))
        if record.fingerprint in in_scope:
            not_sampled += 1
        else:
            excluded += 1
    ordered = tuple(sorted(files.values(), key=lambda f: str(f.path)))
    return SourceCleanup(folder, ordered, not_sampled, excluded)


def masked_name(name: str, record: CallRecord) -> str:
    """The file name with every telephone number of the call, and any long digit run, masked.

    Readers put the caller's number in many file names (FreePBX, 3CX); the log must not.
    Dates, times and the telephone system's own call id stay, so the name still identifies
    the file to whoever keeps the export.
    """
    masked = name
    numbers = {n.strip() for n in record.numbers if n.strip()}
    digits = {"".join(ch for ch in n if ch.isdigit()) for n in numbers}
    # The subscriber part alone catches the number written nationally (0612…) or with a
    # country code (+31612… / 0031612…) when the record holds it the other way.
    numbers |= digits | {d[-_SUBSCRIBER_DIGITS:] for d in digits if len(d) > _SUBSCRIBER_DIGITS}
    for number in sorted(numbers, key=len, reverse=True):
        if len(re.sub(r"\D", "", number)) >= _MIN_NUMBER_DIGITS:
            masked = masked.replace(number, MASK)
    return masked


def delete_sources(session: Session, cleanup: SourceCleanup, now: dt.datetime) -> DeletedSources:
    """Delete the offered files and log which, by masked name and SHA-256."""
    gone: list[dict[str, str]] = []
    failed: list[str] = []
    for item in cleanup.files:
        try:
            digest = _sha256(item.path)
            item.path.unlink()
        except OSError:
            failed.append(item.shown_name)
            continue
        gone.append({"name": item.shown_name, "sha256": digest})
    with transaction(session.conn):
        session.record(
            "source_files_deleted",
            f"folder:{cleanup.folder.name}",
            {
                "deleted": len(gone),
                "failed": len(failed),
                "not_sampled": cleanup.not_sampled,
                "excluded": cleanup.excluded,
                "files": gone,
                "at": now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            },
        )
    return DeletedSources(len(gone), tuple(failed))


def _key(path: Path) -> str:
    return str(path.resolve())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(_READ_BLOCK):
            digest.update(block)
    return digest.hexdigest()

"""Readers for telephone-system exports; each yields CallRecords and the rows it skipped.

Pick one with ``open_source`` (what the import command and wizard call), then
``read_all(source)`` or iterate ``source.scan()``. No reader opens an audio file.
"""

from __future__ import annotations

from pathlib import Path

from supervisor_app.ingest import error_codes as codes
from supervisor_app.ingest.sources.asterisk import AsteriskSource
from supervisor_app.ingest.sources.common import (
    CallSource,
    SourceError,
    SourceSettings,
    read_all,
)
from supervisor_app.ingest.sources.freepbx import FreePbxSource
from supervisor_app.ingest.sources.manifest import ManifestSource
from supervisor_app.ingest.sources.threecx import ThreeCxSource

SOURCE_KINDS = ("asterisk", "freepbx", "3cx", "manifest")

__all__ = [
    "SOURCE_KINDS",
    "AsteriskSource",
    "CallSource",
    "FreePbxSource",
    "ManifestSource",
    "SourceError",
    "SourceSettings",
    "ThreeCxSource",
    "open_source",
    "read_all",
]


def open_source(
    kind: str, path: Path, settings: SourceSettings, *, cdr: Path | None = None
) -> CallSource:
    """The reader for a source kind, as the command line names it.

    - ``asterisk``: ``path`` is the folder with the recordings (searched recursively) and
      ``cdr`` the Master.csv; without ``cdr``, the one Master.csv below ``path`` is used.
      ``path`` may also be the Master.csv itself, which then has no recordings folder.
    - ``freepbx``: ``path`` is the ``monitor`` folder; ``cdr`` an optional Master.csv or
      CSV export of the ``cdr`` table.
    - ``3cx``: ``path`` is the recordings folder.
    - ``manifest``: ``path`` is the manifest CSV.

    Raises SourceError for an unknown kind or when the files cannot be found.
    """
    match kind:
        case "asterisk":
            if path.is_file() and cdr is None:
                return AsteriskSource(path, settings)
            return AsteriskSource(cdr or _find_master_csv(path), settings, recordings=path)
        case "freepbx":
            return FreePbxSource(path, settings, cdr=cdr)
        case "3cx":
            return ThreeCxSource(path, settings)
        case "manifest":
            return ManifestSource(path, settings)
    raise SourceError(codes.UNKNOWN_SOURCE, kind=kind, valid=", ".join(SOURCE_KINDS))


def _find_master_csv(folder: Path) -> Path:
    found = sorted(folder.rglob("Master.csv")) if folder.is_dir() else []
    if len(found) != 1:
        raise SourceError(codes.MASTER_CSV_COUNT, count=len(found), folder=folder)
    return found[0]

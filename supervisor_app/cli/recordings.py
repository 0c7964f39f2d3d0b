"""The ``import``, ``recordings list`` and ``sample verify`` commands, added to cli.py's parser."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from supervisor_app.cli import error_codes as cli_codes
from supervisor_app.cli.support import EXIT_FAILURE, StdinLines, confirm
from supervisor_app.domain.errors import UserFacingError
from supervisor_app.ingest.sources import SOURCE_KINDS
from supervisor_app.services.imports import ImportProgress, ImportReport, ImportService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.recordings import RecordingsService
from supervisor_app.services.session import Session
from supervisor_app.services.source_cleanup import DeletedSources
from supervisor_app.vault.recordings_repo import RecordingSummary

PROGRESS_INTERVAL_S = 1.0
MB = 1_000_000
LIST_COLUMNS = (
    "id",
    "agent",
    "team",
    "started_at",
    "duration",
    "direction",
    "purposes",
    "retention_left",
)


def add_commands(
    commands: Any, vault_opts: argparse.ArgumentParser, json_opt: argparse.ArgumentParser
) -> None:
    """Register the commands on cli.py's subparsers, with its shared vault and --json options."""
    imp = commands.add_parser(
        "import",
        parents=[vault_opts, json_opt],
        help="import a random sample of recorded calls from a telephone-system export",
    )
    imp.add_argument("--source", choices=SOURCE_KINDS, required=True, help="the export's kind")
    imp.add_argument("path", metavar="PATH", help="recordings folder (or manifest/Master.csv)")
    imp.add_argument("--cdr", metavar="FILE", help="call-record file (Master.csv or cdr export)")
    imp.add_argument("--dry-run", action="store_true", help="draw and count, but store nothing")
    imp.add_argument(
        "--delete-unsampled-source",
        action="store_true",
        help="then delete the export's files of calls that were not kept (sampling mode app)",
    )
    imp.add_argument("--yes", action="store_true", help="do not ask before deleting files")
    imp.set_defaults(func=cmd_import, needs_session=True)

    recordings = commands.add_parser("recordings", help="recordings in the vault")
    rec_cmds = recordings.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=type(recordings)
    )
    rlist = rec_cmds.add_parser(
        "list", parents=[vault_opts, json_opt], help="list the recordings you may see (no audio)"
    )
    rlist.set_defaults(func=cmd_recordings_list, needs_session=True)

    sample = commands.add_parser("sample", help="the samples drawn at import")
    sample_cmds = sample.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=type(sample)
    )
    sverify = sample_cmds.add_parser(
        "verify",
        parents=[vault_opts, json_opt],
        help="prove a batch's sample was drawn at random and within the policy's limits",
    )
    sverify.add_argument("batch", metavar="BATCH", type=int, help="the batch number")
    sverify.set_defaults(func=cmd_sample_verify, needs_session=True)


# --- import ------------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO) -> int:
    """Run an import; progress on stderr, the report on stdout."""
    show = None if args.json else _progress_printer(sys.stderr)
    service = ImportService(session)
    report = service.run(
        args.source,
        Path(args.path).expanduser(),
        Path(args.cdr).expanduser() if args.cdr else None,
        dry_run=args.dry_run,
        progress=show,
    )
    deleted = None
    if args.delete_unsampled_source and report.cleanup is not None and report.cleanup.count:
        cleanup = report.cleanup
        question = (
            f"Delete {cleanup.count} recording files of calls that were not kept from "
            f"{cleanup.folder}? They cannot be restored."
        )
        if confirm(question, stdin, args.yes):
            deleted = service.delete_sources(cleanup)
    if args.json:
        doc = report.to_json()
        if deleted is not None:
            doc["source_files_deleted"] = deleted.deleted
            doc["source_files_not_deleted"] = len(deleted.failed)
        out.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    else:
        out.write(describe_report(report))
        if deleted is not None:
            out.write(describe_deleted(deleted))
    # Nothing could be stored although recordings were selected: the import failed.
    if not report.dry_run and report.failed and report.imported == 0 and report.duplicates == 0:
        return EXIT_FAILURE
    return 0


def describe_deleted(deleted: DeletedSources) -> str:
    """What deleting the export's files did."""
    text = f"{deleted.deleted} recording files deleted from the export; the audit log lists them.\n"
    if deleted.failed:
        text += (
            f"{len(deleted.failed)} could not be deleted (check the folder's permissions): "
            + ", ".join(deleted.failed)
            + "\n"
        )
    return text


def _progress_printer(stream: TextIO) -> Callable[[ImportProgress], None]:
    last = 0.0

    def show(p: ImportProgress) -> None:
        nonlocal last
        now = time.monotonic()
        if p.done not in (0, p.total) and now - last < PROGRESS_INTERVAL_S:
            return
        last = now
        eta = f", about {p.eta_s:.0f} s left" if p.eta_s is not None and p.done < p.total else ""
        stream.write(
            f"Importing: {p.done} of {p.total} recordings, "
            f"{p.bytes_done / MB:.1f} of {p.bytes_total / MB:.1f} MB{eta}\n"
        )
        stream.flush()

    return show


def describe_report(report: ImportReport) -> str:
    """The report as sentences for a person."""
    excluded = sum(report.excluded.values())
    reasons = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in report.excluded.items() if v)
    lines = [
        "Dry run: nothing was stored." if report.dry_run else "",
        f"Batch {report.batch} (seed {report.seed})."
        if report.batch is not None
        else f"No new batch: every call in scope was drawn before (seed {report.seed} unused).",
        f"{report.found} calls found, {report.in_scope} in scope, {excluded} excluded"
        + (f" ({reasons})." if reasons else "."),
        f"{report.sampled} sampled: {report.imported} imported, {report.duplicates} already "
        f"in the vault, {len(report.failed)} failed.",
    ]
    if report.cancelled:
        lines.append("Cancelled: the recordings stored so far are kept; run again to finish.")
    if report.cleanup is not None and report.cleanup.count:
        c = report.cleanup
        lines.append(
            f"The export still holds {c.count} recording files of calls that were not kept "
            f"({c.not_sampled} not sampled, {c.excluded} out of scope: private, protected, "
            "internal and the like); --delete-unsampled-source deletes them."
        )
    lines += [f"  failed: {f.reason}" for f in report.failed]
    if report.unparsed_rows:
        lines.append(f"{report.unparsed_rows} rows or files could not be read:")
        lines += [f"  {p}" for p in report.problems]
    return "".join(line + "\n" for line in lines if line)


# --- recordings list ---------------------------------------------------------------------------


def cmd_recordings_list(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """List the recordings the user may see: facts only, never audio or numbers."""
    zone = _pbx_zone(session)
    now = datetime.now(UTC)
    rows = [_list_row(r, zone, now, as_json=args.json) for r in RecordingsService(session).list()]
    if args.json:
        out.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    else:
        _print_table(rows, out)
    return 0


def _pbx_zone(session: Session) -> tzinfo:
    name = PolicyService(session).current().scope.timezone
    try:
        return ZoneInfo(name) if name else UTC
    except (ValueError, KeyError):
        return UTC


def _list_row(
    rec: RecordingSummary, zone: tzinfo, now: datetime, *, as_json: bool
) -> dict[str, Any]:
    until = rec.retain_until
    days_left = max((until - now).days, 0) if until else None
    local = rec.started_at.astimezone(zone)
    if as_json:
        return {
            "id": rec.id,
            "batch": rec.batch_id,
            "agent": rec.agent_name,
            "team": rec.team_name,
            "started_at": local.isoformat(),
            "duration_s": round(rec.duration_s, 2),
            "direction": rec.direction,
            "purposes": [
                {"id": p.purpose_id, "retain_until": p.retain_until.isoformat()}
                for p in rec.purposes
            ],
            "retain_until": until.isoformat() if until else None,
            "retention_days_left": days_left,
            "on_hold": rec.on_hold,
            "status": rec.status,
        }
    minutes, seconds = divmod(round(rec.duration_s), 60)
    return {
        "id": rec.id,
        "agent": rec.agent_name,
        "team": rec.team_name,
        "started_at": local.strftime("%Y-%m-%d %H:%M"),
        "duration": f"{minutes}:{seconds:02d}",
        "direction": rec.direction or "",
        "purposes": ", ".join(p.purpose_id for p in rec.purposes),
        "retention_left": (f"{days_left} d" if days_left is not None else "")
        + (" (on hold)" if rec.on_hold else ""),
    }


def _print_table(rows: list[dict[str, Any]], out: TextIO) -> None:
    if not rows:
        out.write("(none)\n")
        return
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in LIST_COLUMNS]
    header = "  ".join(c.upper().ljust(w) for c, w in zip(LIST_COLUMNS, widths, strict=True))
    out.write(header.rstrip() + "\n")
    for row in rows:
        line = "  ".join(str(row[c]).ljust(w) for c, w in zip(LIST_COLUMNS, widths, strict=True))
        out.write(line.rstrip() + "\n")


# --- sample verify -----------------------------------------------------------------------------


def cmd_sample_verify(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """Exit 0 when the batch's sample is proven random and within the caps, else 1."""
    report = RecordingsService(session).verify_batch(args.batch)
    if args.json:
        out.write(json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n")
        return 0 if report.ok else 1
    if not report.ok:
        raise UserFacingError(
            cli_codes.SAMPLE_FAILS, batch=report.batch_id, problems=" ".join(report.problems)
        )
    out.write(
        f"Batch {report.batch_id}: the sample is exactly what seed {report.seed} draws from its "
        f"{report.candidates} candidates, within the policy's limits; {report.selected} "
        f"selected, {report.stored} stored.\n"
    )
    return 0

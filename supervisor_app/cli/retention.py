"""The ``purge`` and ``hold`` commands: forgetting on time, and keeping evidence for a case."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any, TextIO

from supervisor_app.cli.support import emit, parse_date
from supervisor_app.services.retention import PurgeReport, RetentionService
from supervisor_app.services.session import Session
from supervisor_app.vault.retention_repo import HoldRow

HOLD_COLUMNS = ("id", "recording", "purpose", "case", "until", "placed_by", "placed_at", "state")


def add_commands(
    commands: Any, vault_opts: argparse.ArgumentParser, json_opt: argparse.ArgumentParser
) -> None:
    """Register the commands on cli.py's subparsers, with its shared vault and --json options."""
    purge = commands.add_parser(
        "purge",
        parents=[vault_opts, json_opt],
        help="delete the audio of recordings past their retention (for a scheduled task)",
    )
    purge.add_argument(
        "--dry-run", action="store_true", help="say what would be deleted, delete nothing"
    )
    # This command is the purge: the one every other command runs after unlocking is skipped.
    purge.set_defaults(func=cmd_purge, needs_session=True, purges_itself=True)

    hold = commands.add_parser("hold", help="keep a recording as evidence in a concrete case")
    hold_cmds = hold.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=type(hold)
    )
    place = hold_cmds.add_parser(
        "place", parents=[vault_opts, json_opt], help="hold a recording past its retention"
    )
    place.add_argument("recording", metavar="RECORDING", type=int, help="the recording's id")
    place.add_argument("--purpose", required=True, help="a purpose that allows evidence holds")
    place.add_argument("--case", required=True, help="the case reference (dossiernummer)")
    place.add_argument("--reason", required=True, help="why it is needed (at least 10 characters)")
    place.add_argument("--until", metavar="YYYY-MM-DD", help="the last day it is held (optional)")
    place.set_defaults(func=cmd_hold_place, needs_session=True)

    release = hold_cmds.add_parser(
        "release", parents=[vault_opts, json_opt], help="end a hold; normal retention resumes"
    )
    release.add_argument("hold", metavar="HOLD_ID", type=int, help="the hold's id")
    release.add_argument("--reason", required=True, help="why the hold ends")
    release.set_defaults(func=cmd_hold_release, needs_session=True)

    hlist = hold_cmds.add_parser(
        "list", parents=[vault_opts, json_opt], help="the holds on recordings you may see"
    )
    hlist.add_argument("--active", action="store_true", help="only holds not yet released")
    hlist.set_defaults(func=cmd_hold_list, needs_session=True)


def cmd_purge(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """Purge now (or with --dry-run, count); the report on stdout."""
    report = RetentionService(session).purge(dry_run=args.dry_run)
    if args.json:
        out.write(json.dumps(report.to_json(), indent=2) + "\n")
    else:
        out.write(describe_purge(report))
    return 0


def describe_purge(report: PurgeReport) -> str:
    """The report as sentences for a person."""
    lines: list[str] = []
    if report.closed_runs:
        runs = ", ".join(str(r) for r in report.closed_runs)
        lines.append(f"Finished and logged purge runs a crash had interrupted: {runs}.")
    if report.deadlines_shortened:
        lines.append(
            f"The newest policy brought {report.deadlines_shortened} retention deadlines forward."
        )
    if report.dry_run:
        lines.append(
            f"{report.due} recordings are past their retention; a purge would delete their audio"
            + (f" (ids {', '.join(str(i) for i in report.purged)})." if report.purged else ".")
        )
    elif report.run is None:
        lines.append("Nothing is past its retention; nothing was deleted.")
    else:
        lines.append(
            f"Purge run {report.run}: the audio of {len(report.purged)} recordings past their "
            "retention was deleted; their tombstones and the audit entry prove it."
        )
        if report.cancelled:
            lines.append("Stopped early; the next purge deletes the rest.")
        if report.size_before:
            lines.append(
                f"The vault went from {report.size_before / 1e6:.1f} MB to "
                f"{report.size_after / 1e6:.1f} MB."
            )
    return "".join(line + "\n" for line in lines)


def cmd_hold_place(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """Place a hold and say until when the recording is now kept."""
    until = parse_date(args.until) if args.until else None
    hold = RetentionService(session).place_hold(
        args.recording, args.purpose, args.case, args.reason, until
    )
    if args.json:
        out.write(json.dumps(_hold_json(hold, hold.placed_at.date()), indent=2) + "\n")
    else:
        ends = f"until {hold.until.isoformat()}" if hold.until else "until it is released"
        out.write(
            f"Evidence hold {hold.id} placed: recording {hold.recording_id} is kept for case "
            f"{hold.case_reference} {ends}.\n"
        )
    return 0


def cmd_hold_release(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """Release a hold."""
    hold = RetentionService(session).release_hold(args.hold, args.reason)
    if args.json:
        out.write(json.dumps(_hold_json(hold), indent=2, ensure_ascii=False) + "\n")
    else:
        out.write(
            f"Evidence hold {hold.id} released; recording {hold.recording_id} follows its normal "
            "retention again and is deleted at the next purge if that has passed.\n"
        )
    return 0


def cmd_hold_list(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """List holds (newest first)."""
    service = RetentionService(session)
    today = service.today()
    holds = [
        h for h in service.holds(unreleased_only=args.active) if not args.active or h.active(today)
    ]
    rows = [_hold_json(h, today) if args.json else _hold_row(h, today) for h in holds]
    emit(rows, HOLD_COLUMNS, args.json, out)
    return 0


def _state(hold: HoldRow, today: date) -> str:
    if hold.released_at is not None:
        return "released"
    return "active" if hold.active(today) else "ended"


def _hold_json(hold: HoldRow, today: date | None = None) -> dict[str, Any]:
    return {
        "id": hold.id,
        "recording": hold.recording_id,
        "purpose": hold.purpose_id,
        "case": hold.case_reference,
        "reason": hold.reason,
        "until": hold.until.isoformat() if hold.until else None,
        "placed_by": hold.placed_by,
        "placed_at": hold.placed_at.isoformat(),
        "released_by": hold.released_by,
        "released_at": hold.released_at.isoformat() if hold.released_at else None,
        "release_reason": hold.release_reason,
        "state": _state(hold, today) if today else None,
    }


def _hold_row(hold: HoldRow, today: date) -> dict[str, Any]:
    return {
        "id": hold.id,
        "recording": hold.recording_id,
        "purpose": hold.purpose_id,
        "case": hold.case_reference,
        "until": hold.until.isoformat() if hold.until else "",
        "placed_by": hold.placed_by,
        "placed_at": hold.placed_at.strftime("%Y-%m-%d %H:%M"),
        "state": _state(hold, today),
    }

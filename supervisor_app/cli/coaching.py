"""The ``coaching`` commands, added to cli.py: list feedback sheets, write one, mark it sent."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any, TextIO

from supervisor_app.cli.support import StdinLines, parse_date
from supervisor_app.domain.notifications import Channel
from supervisor_app.services.feedback_sheets import FeedbackSheetService, SheetRow
from supervisor_app.services.files import write_text
from supervisor_app.services.session import Session

FORMATS = ("pdf", "html", "text")


def add_commands(
    commands: Any, vault_opts: argparse.ArgumentParser, json_opt: argparse.ArgumentParser
) -> None:
    """Register the commands on cli.py's subparsers, with its shared vault and --json options."""
    coaching = commands.add_parser(
        "coaching", help="feedback sheets of scored calls, for the agents' team leads"
    )
    cmds = coaching.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=type(coaching)
    )
    listing = cmds.add_parser(
        "list", parents=[vault_opts, json_opt], help="feedback sheets you may see, newest first"
    )
    listing.add_argument("--agent", metavar="EXT", help="only the sheets of this agent")
    listing.set_defaults(func=cmd_list, needs_session=True)

    sheet = cmds.add_parser(
        "sheet",
        parents=[vault_opts],
        help="write an agent's feedback sheet of a period (recorded with its receipt code)",
    )
    sheet.add_argument("--agent", metavar="EXT", required=True, help="the agent's extension")
    sheet.add_argument("--from", dest="period_from", metavar="YYYY-MM-DD", required=True)
    sheet.add_argument("--to", dest="period_to", metavar="YYYY-MM-DD", required=True)
    sheet.add_argument("--format", choices=FORMATS, required=True)
    sheet.add_argument("--summary", default="", help="a short free summary for the agent")
    sheet.add_argument("file", metavar="FILE", help="where to write it (not encrypted)")
    sheet.set_defaults(func=cmd_sheet, needs_session=True)

    sent = cmds.add_parser(
        "mark-sent",
        parents=[vault_opts],
        help="record that a sheet reached the agent (its listens' notices count as sent)",
    )
    sent.add_argument("id", metavar="ID", type=int, help="the sheet's id")
    sent.add_argument(
        "--channel",
        required=True,
        choices=[c.value for c in Channel],
        help="mail, eml, pdf, copy, or outside (then --note says how)",
    )
    sent.add_argument("--note", default="", help="how or when, e.g. handed over in person")
    sent.set_defaults(func=cmd_mark_sent, needs_session=True)


def _row(row: SheetRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "agent_id": row.agent_id,
        "agent": row.agent_name,
        "from": row.period_from.isoformat(),
        "to": row.period_to.isoformat(),
        "calls": len(row.recording_ids),
        "state": row.state.value,
        "channel": row.channel.value if row.channel else None,
        "sent_at": _iso(row.sent_at) if row.sent_at else None,
        "receipt": row.receipt,
    }


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def cmd_list(args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO) -> int:
    """List the feedback sheets the user may see."""
    service = FeedbackSheetService(session)
    agent = service.agent_by_extension(args.agent).id if args.agent else None
    rows = [_row(r) for r in service.sheets(agent)]
    if args.json:
        out.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return 0
    if not rows:
        out.write("No feedback sheets.\n")
        return 0
    columns = ("id", "agent", "from", "to", "calls", "state", "receipt")
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in columns]
    out.write("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    out.write("\n")
    for r in rows:
        cells = (str(r[c]).ljust(w) for c, w in zip(columns, widths, strict=True))
        out.write("  ".join(cells).rstrip() + "\n")
    return 0


def cmd_sheet(args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO) -> int:
    """Record the sheet (or find the same one made before) and write it; it is not sent yet."""
    service = FeedbackSheetService(session)
    agent = service.agent_by_extension(args.agent)
    row = service.for_period(
        agent.id, parse_date(args.period_from), parse_date(args.period_to), args.summary
    )
    letter = service.letter(row.id)
    target = Path(args.file).expanduser()
    if args.format == "text":
        write_text(target, letter.text)
    elif args.format == "html":
        write_text(target, letter.html)
    else:
        # Qt typesets the PDF; loaded only here so the other commands need no display.
        from supervisor_app.printing import documents_pdf

        documents_pdf.ensure_gui_app()
        # The same foot as a notice letter: what it is and its receipt code, on every page.
        footer = f"{letter.subject} · {letter.receipt}"
        documents_pdf.write_pdf(letter.html, target, letter.subject, footer)
    out.write(
        f"Feedback sheet {row.id} for {agent.name} written to {target} (not encrypted: keep it "
        f"safe); receipt code {row.receipt}. Once it is sent, run: coaching mark-sent {row.id} "
        "--channel ...\n"
    )
    return 0


def cmd_mark_sent(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    """Record that a sheet was sent; the listens it covers count as told."""
    row = FeedbackSheetService(session).mark_sent(args.id, args.channel, args.note)
    out.write(
        f"Feedback sheet {row.id} to {row.agent_name} marked as sent ({args.channel}) with "
        f"receipt {row.receipt}; the notices of the listens it covers are marked sent too.\n"
    )
    return 0

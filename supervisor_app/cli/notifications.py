"""The ``notifications`` and ``receipt`` commands, added to cli.py."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any, TextIO

from supervisor_app.domain.notifications import Channel, Item, State
from supervisor_app.services.letters import LetterService
from supervisor_app.services.notifications import (
    NotificationService,
    describe_receipt,
)
from supervisor_app.services.session import Session
from supervisor_app.vault.notifications_repo import ItemFilter

EXIT_NO_MATCH = 1
FORMATS = ("text", "html", "eml", "mailto")


def add_commands(
    commands: Any, vault_opts: argparse.ArgumentParser, json_opt: argparse.ArgumentParser
) -> None:
    """Register the commands on cli.py's subparsers, with its shared vault and --json options."""
    notes = commands.add_parser(
        "notifications", help="notices to agents after sampling or a listen"
    )
    cmds = notes.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=type(notes)
    )
    listing = cmds.add_parser(
        "list",
        parents=[vault_opts, json_opt],
        help="notices you may see, earliest deadline first (overdue ones are marked)",
    )
    listing.add_argument("--overdue", action="store_true", help="only pending notices past due")
    listing.add_argument(
        "--state", choices=[s.value for s in State], help="only notices in this state"
    )
    listing.set_defaults(func=cmd_list, needs_session=True)

    sent = cmds.add_parser(
        "mark-sent", parents=[vault_opts], help="record that a notice reached the agent"
    )
    sent.add_argument("id", metavar="ID", type=int, help="the notice's id")
    sent.add_argument(
        "--channel",
        required=True,
        choices=[c.value for c in Channel],
        help="mail, eml, pdf, copy, or outside (then --note says how)",
    )
    sent.add_argument("--note", default="", help="how or when, e.g. handed over in person")
    sent.set_defaults(func=cmd_mark_sent, needs_session=True)

    ack = cmds.add_parser(
        "acknowledge", parents=[vault_opts], help="record that the agent confirmed a sent notice"
    )
    ack.add_argument("id", metavar="ID", type=int, help="the notice's id")
    ack.add_argument("--note", default="", help="e.g. how the agent confirmed")
    ack.set_defaults(func=cmd_acknowledge, needs_session=True)

    show = cmds.add_parser(
        "show", parents=[vault_opts], help="the notice's text, letter HTML, .eml or mailto: link"
    )
    show.add_argument("id", metavar="ID", type=int, help="the notice's id")
    show.add_argument("--format", choices=FORMATS, default="text")
    show.add_argument(
        "--output", metavar="FILE", help="write to FILE (not encrypted) instead of printing"
    )
    show.set_defaults(func=cmd_show, needs_session=True)

    receipt = commands.add_parser("receipt", help="receipt codes on notices")
    receipt_cmds = receipt.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=type(receipt)
    )
    check = receipt_cmds.add_parser(
        "check",
        parents=[vault_opts, json_opt],
        help="whether a receipt matches an intact log entry, and what it covers; exit 1 if not",
    )
    check.add_argument("code", metavar="CODE", help="the code, e.g. 3f9a-0c12-be47")
    check.set_defaults(func=cmd_receipt_check, needs_session=True)


# --- notifications -----------------------------------------------------------------------------


def _row(item: Item, now: dt.datetime) -> dict[str, Any]:
    return {
        "id": item.id,
        "kind": item.kind.value,
        "agent_id": item.agent_id,
        "agent": item.agent_name,
        "recordings": list(item.recording_ids),
        "listen_session": item.listen_session_id,
        "week": item.digest_week,
        "created_at": _iso(item.created_at),
        "due_on": item.due_on.isoformat(),
        "overdue_from": _iso(item.overdue_from),
        "overdue": item.is_overdue(now),
        "state": item.state.value,
        "channel": item.channel.value if item.channel else None,
        "sent_by": item.sent_by,
        "sent_at": _iso(item.sent_at) if item.sent_at else None,
        "note": item.note,
        "receipt": item.receipt,
    }


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def cmd_list(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """List notices; overdue ones say so in the STATE column."""
    service = NotificationService(session)
    now = service.now()
    if args.overdue:
        found = service.overdue()
    else:
        states = frozenset({State(args.state)}) if args.state else None
        found = service.items(ItemFilter(states=states))
    rows = [_row(item, now) for item in found]
    if args.json:
        out.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return 0
    if not rows:
        out.write("No overdue notices.\n" if args.overdue else "No notices.\n")
        return 0
    columns = ("id", "kind", "agent", "due_on", "state", "receipt")
    table = [
        {
            **r,
            "kind": r["kind"] + (f" ({r['week']})" if r["week"] else ""),
            "state": "OVERDUE" if r["overdue"] else r["state"],
        }
        for r in rows
    ]
    widths = [max(len(c), *(len(str(r[c])) for r in table)) for c in columns]
    out.write("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    out.write("\n")
    for r in table:
        cells = (str(r[c]).ljust(w) for c, w in zip(columns, widths, strict=True))
        out.write("  ".join(cells).rstrip() + "\n")
    return 0


def cmd_mark_sent(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """Record that a notice was sent, through which channel; it goes into the audit log."""
    item = NotificationService(session).mark_sent(args.id, args.channel, args.note)
    out.write(
        f"Notice {item.id} to {item.agent_name} marked as sent ({args.channel}); "
        "it is in the audit log.\n"
    )
    return 0


def cmd_acknowledge(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """Record that the agent confirmed receiving a notice."""
    item = NotificationService(session).mark_acknowledged(args.id, args.note)
    out.write(f"Notice {item.id} marked as acknowledged by {item.agent_name}.\n")
    return 0


def cmd_show(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """Print or save a notice in one of its forms; showing it does not mark it sent."""
    letters = LetterService(session)
    if args.format == "eml":
        data = letters.eml(args.id)
    else:
        letter = letters.letter(args.id)
        text = {
            "text": letter.text,
            "html": letter.html,
            "mailto": letters.mailto(args.id) + "\n",
        }[args.format]
        data = text.encode("utf-8")
    if args.output:
        target = Path(args.output).expanduser()
        if args.format == "eml":
            letters.write_eml(args.id, target)
        else:
            target.write_bytes(data)
        out.write(
            f"Notice {args.id} written to {target} (not encrypted: keep it safe). "
            f"Once it is sent, run: notifications mark-sent {args.id} --channel ...\n"
        )
        return 0
    out.write(data.decode("utf-8"))
    return 0


# --- receipt -----------------------------------------------------------------------------------


def cmd_receipt_check(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """Exit 0 when the receipt matches an intact log entry, else 1; say what it covers."""
    check = NotificationService(session).check_receipt(args.code)
    if args.json:
        out.write(json.dumps(check.to_json(), indent=2) + "\n")
    else:
        out.write(describe_receipt(check) + "\n")
    return 0 if check.matches else EXIT_NO_MATCH

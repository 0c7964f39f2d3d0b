"""The ``listen``, ``log`` (verify, anchor, export) and ``access who`` commands, for cli.py."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from supervisor_app.audio.player import PlayerState
from supervisor_app.audio.sinks import DeviceSink, NullSink, Sink
from supervisor_app.services.audit_log import AuditLogService, describe
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.session import Session

EXIT_BROKEN = 1
WAIT_STEP_S = 0.5  # how often the terminal player wakes up, so Ctrl-C is handled promptly


def add_commands(
    commands: Any, vault_opts: argparse.ArgumentParser, json_opt: argparse.ArgumentParser
) -> None:
    """Register the commands on cli.py's subparsers, with its shared vault and --json options."""
    listen = commands.add_parser(
        "listen",
        parents=[vault_opts],
        help="play a recording for a purpose, logged exactly like a listen in the app",
    )
    listen.add_argument("recording", metavar="RECORDING", type=int, help="the recording's id")
    listen.add_argument("--purpose", required=True, help="the policy purpose you listen for")
    listen.add_argument("--reason", required=True, help="why you listen (at least 10 characters)")
    listen.add_argument(
        "--case", default="", help="the case reference, for a purpose that allows evidence holds"
    )
    listen.add_argument(
        "--sink",
        choices=["device", "null"],
        default="device",
        help="device plays on the sound output; null consumes the audio silently, at full speed",
    )
    listen.set_defaults(func=cmd_listen, needs_session=True)

    log = commands.add_parser("log", help="the tamper-evident audit log")
    log_cmds = log.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=type(log)
    )
    verify = log_cmds.add_parser(
        "verify",
        parents=[vault_opts, json_opt],
        help="check the hash chain, the signatures and the heads slots and anchors vouch for;"
        " exit 1 naming what is wrong",
    )
    verify.add_argument(
        "--anchor",
        metavar="FILE",
        action="append",
        default=[],
        help="an anchor file written by 'log anchor' (repeatable): the log must still extend it",
    )
    verify.set_defaults(func=cmd_log_verify, needs_session=True)
    anchor = log_cmds.add_parser(
        "anchor",
        parents=[vault_opts],
        help="write the log's current head, signed, to FILE for the privacy officer to keep",
    )
    anchor.add_argument("file", metavar="FILE")
    anchor.set_defaults(func=cmd_log_anchor, needs_session=True)
    export = log_cmds.add_parser(
        "export", parents=[vault_opts], help="write the whole log with its head hash"
    )
    export.add_argument("--format", choices=["csv", "pdf"], required=True)
    export.add_argument(
        "--language", choices=["nl", "en"], default="en", help="the PDF's language (default en)"
    )
    export.add_argument("file", metavar="FILE")
    export.set_defaults(func=cmd_log_export, needs_session=True)

    access = commands.add_parser("access", help="listening rights")
    access_cmds = access.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=type(access)
    )
    who = access_cmds.add_parser(
        "who",
        parents=[vault_opts, json_opt],
        help="which users could listen to a recording, and for which purposes",
    )
    who.add_argument("recording", metavar="RECORDING", type=int, help="the recording's id")
    who.set_defaults(func=cmd_access_who, needs_session=True)


# --- listen ------------------------------------------------------------------------------------


def cmd_listen(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """Open a logged listen session, play it to the end (or Ctrl-C), report what was heard."""
    listen = ListeningService(session).open(
        args.recording, args.purpose, args.reason, case_reference=args.case
    )
    error = None
    try:
        sink: Sink = NullSink() if args.sink == "null" else DeviceSink()
        player = listen.player(sink)
        player.play()
        while player.wait(WAIT_STEP_S) is PlayerState.PLAYING:
            pass
        error = player.error
    finally:
        # Also on Ctrl-C or a missing device: the session is closed with what was heard.
        summary = listen.close()
    total = listen.recording.frames / listen.recording.samplerate
    out.write(
        f"Listen session {summary.session_id}: heard {summary.seconds_heard:.1f} s of "
        f"{total:.1f} s of recording {summary.recording_id} for “{listen.purpose.display_name}”;"
        " it is in the audit log.\n"
    )
    if error is not None:
        raise error
    return 0


# --- log ---------------------------------------------------------------------------------------


def cmd_log_verify(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """Exit 0 with count and head hash when all holds; exit 1 naming what does not."""
    result = AuditLogService(session).verify_all([Path(a).expanduser() for a in args.anchor])
    report = result.chain
    if args.json:
        data = {
            "intact": result.intact,
            "entries": report.count,
            "signed": report.signed,
            "head_hash": report.head_hash,
            "first_bad_seq": report.first_bad_seq,
            "problem": report.problem or None,
            "heads_not_extended": [w.details() for w in result.heads],
            "anchors": [a.to_json() for a in result.anchors],
            "records_not_as_logged": [r.to_json() for r in result.records],
        }
        out.write(json.dumps(data, indent=2) + "\n")
    else:
        out.write("".join(line + "\n" for line in result.sentences()))
    return 0 if result.intact else EXIT_BROKEN


def cmd_log_anchor(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """Write a signed anchor of the log's head."""
    target = Path(args.file).expanduser()
    doc = AuditLogService(session).anchor(target)
    out.write(
        f"Anchor of audit log entry {doc['seq']} (hash {doc['hash']}) signed by {doc['user']} "
        f"and written to {target}. Keep it outside the vault; check it with "
        "“log verify --anchor”.\n"
    )
    return 0


def cmd_log_export(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """Write the log as CSV or PDF, with the head hash on it."""
    service = AuditLogService(session)
    target = Path(args.file).expanduser()
    if args.format == "csv":
        export = service.export_csv(target)
    else:
        body, export = service.html(args.language)
        # Qt renders the PDF; it is loaded only here so the other commands need no display.
        from supervisor_app.printing import documents_pdf

        documents_pdf.ensure_gui_app()
        title = "Logboek" if args.language == "nl" else "Audit log"
        footer = f"{title} · {export.head_hash}"
        documents_pdf.write_pdf(body, target, title, footer)
        service.log_pdf_export(target, export)
    out.write(
        f"{export.count} audit log entries written to {target} (not encrypted: keep it safe); "
        f"head hash {export.head_hash}.\n"
    )
    if not export.report.intact:
        out.write(describe(export.report) + "\n")
        return EXIT_BROKEN
    return 0


# --- access who --------------------------------------------------------------------------------


def cmd_access_who(args: argparse.Namespace, session: Session, stdin: Any, out: TextIO) -> int:
    """List the users who could listen to a recording now, with their purposes."""
    rights = ListeningService(session).who_can_listen(args.recording)
    rows: list[dict[str, Any]] = [
        {
            "user": r.user.name,
            "name": r.user.display_name,
            "purposes": [p.id for p in r.purposes],
        }
        for r in rights
    ]
    if args.json:
        out.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return 0
    if not rows:
        out.write(f"Nobody can listen to recording {args.recording} now.\n")
        return 0
    width = max(len(r["user"]) for r in rows)
    for row in rows:
        out.write(f"{row['user'].ljust(width)}  {', '.join(row['purposes'])}\n")
    return 0

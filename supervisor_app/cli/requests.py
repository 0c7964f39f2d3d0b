"""Answering people: ``request``, ``export subject``, ``erase``, ``objection`` and ``report``.

Passphrases of exports go to standard error, once, never to standard output or a file, so a
script that keeps the output (or ``--json``) does not keep the key with it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from supervisor_app.cli import error_codes as cli_codes
from supervisor_app.cli.support import StdinLines, confirm, emit, parse_date
from supervisor_app.domain.errors import InputError
from supervisor_app.services.access_export import (
    AccessExportService,
    ExportOptions,
    ExportResult,
    Subject,
)
from supervisor_app.services.erasure import ErasureService, Preview, Target
from supervisor_app.services.files import write_bytes, write_text
from supervisor_app.services.report_merge import merge_files
from supervisor_app.services.requests import RequestsService, RequestView
from supervisor_app.services.session import Session
from supervisor_app.services.transparency import TransparencyService
from supervisor_app.vault.requests_repo import ObjectionRow

REQUEST_COLUMNS = ("id", "kind", "subject", "received", "deadline", "state", "days_left")
OBJECTION_COLUMNS = ("id", "agent", "request", "set_at", "state")


def add_commands(
    commands: Any, vault_opts: argparse.ArgumentParser, json_opt: argparse.ArgumentParser
) -> None:
    """Register the commands on cli.py's subparsers, with its shared vault and --json options."""
    request = commands.add_parser("request", help="the register of requests from agents, callers")
    actions = request.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=type(request)
    )
    add = actions.add_parser(
        "add", parents=[vault_opts, json_opt], help="register a request as it arrives"
    )
    _subject_options(add, required=True)
    add.add_argument(
        "--kind", required=True, choices=("access", "erasure", "objection", "restriction")
    )
    add.add_argument("--received", required=True, metavar="YYYY-MM-DD", help="day it arrived")
    add.add_argument("--verified", default="", metavar="TEXT", help="how the identity was checked")
    add.add_argument("--note", default="", metavar="TEXT", help="a free note")
    add.set_defaults(func=cmd_request_add, needs_session=True)

    listing = actions.add_parser(
        "list", parents=[vault_opts, json_opt], help="requests, overdue ones first"
    )
    listing.add_argument("--open", action="store_true", help="only requests still open")
    listing.set_defaults(func=cmd_request_list, needs_session=True)

    close = actions.add_parser(
        "close", parents=[vault_opts, json_opt], help="record that a request was answered"
    )
    close.add_argument("request", metavar="ID", type=int)
    close.add_argument("--outcome", required=True, choices=("answered", "refused"))
    close.add_argument("--note", required=True, metavar="TEXT", help="how, or why it was refused")
    close.set_defaults(func=cmd_request_close, needs_session=True)

    extend = actions.add_parser(
        "extend", parents=[vault_opts, json_opt], help="extend the deadline by two months (once)"
    )
    extend.add_argument("request", metavar="ID", type=int)
    extend.add_argument("--reason", required=True, metavar="TEXT", help="why more time is needed")
    extend.set_defaults(func=cmd_request_extend, needs_session=True)

    export = commands.add_parser("export", help="export a person's data (access request)")
    export_actions = export.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=type(export)
    )
    subject = export_actions.add_parser(
        "subject",
        parents=[vault_opts, json_opt],
        help="an encrypted ZIP of an agent's or a caller's data; the passphrase goes to stderr",
    )
    _subject_options(subject, required=True)
    subject.add_argument("--output", required=True, metavar="FILE.zip")
    subject.add_argument("--request", type=int, metavar="ID", help="the access request it answers")
    subject.add_argument("--wav", action="store_true", help="audio as WAV instead of FLAC")
    subject.add_argument(
        "--language", choices=("nl", "en"), help="a caller's language (an agent's own is used)"
    )
    subject.add_argument(
        "--no-agent-first-name",
        action="store_true",
        help="in a caller's export, leave out the agents' first names the policy allows",
    )
    subject.add_argument(
        "--passphrase-sheet", metavar="FILE.html", help="also write a printable passphrase page"
    )
    subject.set_defaults(func=cmd_export_subject, needs_session=True)

    erase = commands.add_parser(
        "erase", parents=[vault_opts, json_opt], help="erase recordings on request (art. 17, 21)"
    )
    target = erase.add_mutually_exclusive_group(required=True)
    target.add_argument("--number", metavar="NUMBER", help="every recording of this caller")
    target.add_argument("--agent", metavar="EXT", help="every recording of this agent")
    target.add_argument("--recording", type=int, metavar="ID", help="one recording")
    erase.add_argument("--request", type=int, required=True, metavar="ID")
    erase.add_argument("--dry-run", action="store_true", help="show what would go, erase nothing")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(func=cmd_erase, needs_session=True)

    objection = commands.add_parser("objection", help="an agent's objection to being sampled")
    obj_actions = objection.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=type(objection)
    )
    set_ = obj_actions.add_parser(
        "set", parents=[vault_opts, json_opt], help="keep the agent's calls out of every import"
    )
    set_.add_argument("--agent", required=True, metavar="EXT")
    set_.add_argument("--reason", required=True, metavar="TEXT")
    set_.add_argument("--request", type=int, metavar="ID", help="the objection request")
    set_.set_defaults(func=cmd_objection_set, needs_session=True)
    lift = obj_actions.add_parser(
        "lift", parents=[vault_opts, json_opt], help="end an objection: sampled again"
    )
    lift.add_argument("--agent", required=True, metavar="EXT")
    lift.add_argument("--reason", required=True, metavar="TEXT")
    lift.set_defaults(func=cmd_objection_lift, needs_session=True)
    olist = obj_actions.add_parser("list", parents=[vault_opts, json_opt], help="all objections")
    olist.add_argument("--active", action="store_true", help="only those in force")
    olist.set_defaults(func=cmd_objection_list, needs_session=True)

    report = commands.add_parser("report", help="reports for the works council")
    report_actions = report.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=type(report)
    )
    transparency = report_actions.add_parser(
        "transparency", parents=[vault_opts], help="counts per team for a period (no names)"
    )
    transparency.add_argument("--from", dest="period_from", required=True, metavar="YYYY-MM-DD")
    transparency.add_argument("--to", dest="period_to", required=True, metavar="YYYY-MM-DD")
    transparency.add_argument("--format", required=True, choices=("pdf", "csv", "json"))
    transparency.add_argument("--language", choices=("nl", "en"), default="nl")
    transparency.add_argument("file", metavar="FILE")
    transparency.set_defaults(func=cmd_report_transparency, needs_session=True)
    merge = report_actions.add_parser(
        "merge",
        help="add up the transparency reports (JSON or CSV) of several vaults into one",
    )
    merge.add_argument("files", metavar="FILE", nargs="+", help="each vault's report")
    merge.add_argument("--output", metavar="FILE", required=True, help="the organisation's report")
    merge.add_argument(
        "--format", choices=("pdf", "csv", "json"), help="default: from the output's extension"
    )
    merge.add_argument("--language", choices=("nl", "en"), default="nl", help="for the PDF")
    merge.set_defaults(func=cmd_report_merge, needs_session=False)


def _subject_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    who = parser.add_mutually_exclusive_group(required=required)
    who.add_argument("--agent", metavar="EXT", help="an agent, by extension")
    who.add_argument("--number", metavar="NUMBER", help="a caller, by telephone number")


# --- requests ----------------------------------------------------------------------------------


def cmd_request_add(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    """Register a request and say its deadline."""
    view = RequestsService(session).add(
        args.kind,
        received_on=parse_date(args.received),
        agent_extension=args.agent,
        number=args.number,
        verification=args.verified,
        note=args.note,
    )
    _one(view, args.json, out, f"Request {view.row.id} registered; answer it by {{deadline}}.")
    return 0


def cmd_request_list(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    """List requests, overdue first."""
    views = RequestsService(session).list(open_only=args.open)
    if args.json:
        emit([v.to_json() for v in views], REQUEST_COLUMNS, True, out)
    else:
        emit([_row(v) for v in views], REQUEST_COLUMNS, False, out)
    return 0


def cmd_request_close(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    """Close a request."""
    view = RequestsService(session).close(args.request, args.outcome, args.note)
    in_time = "in time" if view.to_json()["answered_in_time"] else "after its deadline"
    _one(view, args.json, out, f"Request {view.row.id} {view.row.state.value}, {in_time}.")
    return 0


def cmd_request_extend(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    """Extend a request's deadline."""
    view = RequestsService(session).extend(args.request, args.reason)
    _one(
        view,
        args.json,
        out,
        f"Request {view.row.id} extended to {{deadline}}; tell the person why, within the first "
        "month.",
    )
    return 0


def _one(view: RequestView, as_json: bool, out: TextIO, sentence: str) -> None:
    if as_json:
        out.write(json.dumps(view.to_json(), indent=2, ensure_ascii=False) + "\n")
    else:
        out.write(sentence.format(deadline=view.row.deadline.isoformat()) + "\n")


def _row(view: RequestView) -> dict[str, Any]:
    r = view.row
    who = f"agent {r.agent_name}" if r.agent_name else f"caller {r.number}"
    return {
        "id": r.id,
        "kind": r.kind.value,
        "subject": who,
        "received": r.received_on.isoformat(),
        "deadline": r.deadline.isoformat(),
        "state": "OVERDUE" if view.overdue else r.state.value,
        "days_left": view.days_left if r.state.is_open else "",
    }


# --- access exports ----------------------------------------------------------------------------


def cmd_export_subject(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    """Write the encrypted ZIP; the passphrase goes to standard error, once."""
    # Qt renders the letter's PDF; loaded only here so other commands need no display.
    from supervisor_app.printing import documents_pdf

    documents_pdf.ensure_gui_app()
    result = AccessExportService(session).export(
        Subject(agent_extension=args.agent, number=args.number),
        Path(args.output),
        lambda body, title: documents_pdf.pdf_bytes(body, title),
        request_id=args.request,
        options=ExportOptions(
            audio="wav" if args.wav else "flac",
            language=args.language,
            agent_first_name=not args.no_agent_first_name,
        ),
    )
    if args.passphrase_sheet:
        write_text(Path(args.passphrase_sheet), result.passphrase_sheet())
    sys.stderr.write(
        f"PASSPHRASE (shown only this once; hand it over by another route than the file):\n\n"
        f"    {result.passphrase}\n\n"
    )
    sys.stderr.flush()
    if args.json:
        out.write(json.dumps(result.to_json(), indent=2, ensure_ascii=False) + "\n")
    else:
        out.write(_describe_export(result))
    return 0


def _describe_export(result: ExportResult) -> str:
    text = (
        f"Export written to {result.path}: {result.recordings} recordings and "
        f"{len(result.files)} files, encrypted with AES-256.\n"
    )
    if result.request_id is not None:
        text += (
            f"Once the person has the file and the passphrase, close the request: "
            f"supervisor-app request close {result.request_id} --outcome answered "
            '--note "export handed over"\n'
        )
    return text


# --- erasure and objections --------------------------------------------------------------------


def cmd_erase(args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO) -> int:
    """Preview, confirm and erase."""
    service = ErasureService(session)
    target = Target(number=args.number, agent_extension=args.agent, recording_id=args.recording)
    preview = service.preview(args.request, target)
    if args.dry_run:
        if args.json:
            out.write(json.dumps(preview.to_json(), indent=2) + "\n")
        else:
            out.write(describe_preview(preview))
        return 0
    if not args.json:
        out.write(describe_preview(preview))
        out.flush()
    if not preview.to_erase:
        if args.json:
            out.write(json.dumps(preview.to_json(), indent=2) + "\n")
        return 0
    question = f"Erase the audio of {len(preview.to_erase)} recordings for good?"
    if not confirm(question, stdin, args.yes):
        raise InputError(cli_codes.NOTHING_ERASED)
    report = service.erase(args.request, target, confirm=True)
    if args.json:
        out.write(json.dumps(report.to_json(), indent=2) + "\n")
    else:
        out.write(
            f"Erased {len(report.erased)} recordings for request {report.request_id}; their "
            "tombstones, the audit log and the notices to the agents prove it. Close the request "
            "once the person is told.\n"
        )
    return 0


def describe_preview(preview: Preview) -> str:
    """The preview as sentences: what goes, what a hold keeps."""
    lines = []
    if preview.to_erase:
        first, last = preview.first_call, preview.last_call
        assert first is not None and last is not None
        purposes = ", ".join(f"{p} ({n})" for p, n in sorted(preview.purpose_counts().items()))
        lines.append(
            f"{len(preview.to_erase)} recordings would be erased, of calls from "
            f"{first.date().isoformat()} to {last.date().isoformat()}, kept for: {purposes}."
        )
    else:
        lines.append("No recording holds audio that this erasure could remove.")
    for c in preview.blocked:
        holds = ", ".join(f"hold {h.id} ({h.purpose_id}, case {h.case_reference})" for h in c.holds)
        lines.append(
            f"Recording {c.recording_id} is kept as evidence by {holds}: a hold wins, so it is "
            "not erased. Release the hold first if the case allows."
        )
    if preview.already_gone:
        lines.append(f"{preview.already_gone} recordings of this agent hold no audio any more.")
    return "".join(line + "\n" for line in lines)


def cmd_objection_set(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    """Record an objection."""
    row = ErasureService(session).set_objection(
        args.reason, agent_extension=args.agent, request_id=args.request
    )
    _objection(row, args.json, out, "in force: the agent's calls stay out of every import")
    return 0


def cmd_objection_lift(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    """Lift an objection."""
    row = ErasureService(session).lift_objection(args.reason, agent_extension=args.agent)
    _objection(row, args.json, out, "lifted: the agent's calls may be sampled from the next import")
    return 0


def cmd_objection_list(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    """List objections."""
    rows = ErasureService(session).objections(active_only=args.active)
    emit([_objection_json(r) for r in rows], OBJECTION_COLUMNS, args.json, out)
    return 0


def _objection(row: ObjectionRow, as_json: bool, out: TextIO, state: str) -> None:
    if as_json:
        out.write(json.dumps(_objection_json(row), indent=2, ensure_ascii=False) + "\n")
    else:
        out.write(f"Objection {row.id} of agent {row.agent_id} {state}.\n")


def _objection_json(row: ObjectionRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "agent": row.agent_id,
        "request": row.request_id if row.request_id is not None else "",
        "reason": row.reason,
        "set_by": row.set_by,
        "set_at": row.set_at.isoformat(),
        "lifted_at": row.lifted_at.isoformat() if row.lifted_at else None,
        "lift_reason": row.lift_reason,
        "state": "active" if row.active else "lifted",
    }


# --- the transparency report -------------------------------------------------------------------


def cmd_report_transparency(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    """Write the report as PDF, CSV or JSON."""
    service = TransparencyService(session)
    report = service.report(parse_date(args.period_from), parse_date(args.period_to))
    target = Path(args.file)
    if args.format == "json":
        write_text(target, json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        write_bytes(target, report.to_csv().encode("utf-8"))
    else:
        from supervisor_app.printing import documents_pdf

        documents_pdf.ensure_gui_app()
        documents_pdf.write_pdf(
            report.html(args.language), target, report.title(args.language), report.footer
        )
    service.log_written(report, target.name, args.format)
    state = "verified" if report.chain_intact else "NOT verified"
    out.write(
        f"Transparency report written to {target} (audit log {state}, head {report.audit_head}).\n"
    )
    return 0


def cmd_report_merge(args: argparse.Namespace, stdin: StdinLines, out: TextIO) -> int:
    """Merge the vaults' reports and write the organisation's report."""
    target = Path(args.output)
    fmt = args.format or target.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "csv", "json"):
        raise InputError(cli_codes.MERGE_FORMAT, file=target.name)
    merged = merge_files([Path(f) for f in args.files])
    if fmt == "json":
        write_text(target, json.dumps(merged.to_json(), indent=2, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        write_bytes(target, merged.to_csv().encode("utf-8"))
    else:
        from supervisor_app.printing import documents_pdf

        documents_pdf.ensure_gui_app()
        documents_pdf.write_pdf(
            merged.html(args.language),
            target,
            merged.title(args.language),
            merged.footer(args.language),
        )
    out.write(
        f"Report of {len(merged.vaults)} vaults for {merged.period_from.isoformat()} to "
        f"{merged.period_to.isoformat()} written to {target}:\n"
    )
    for vault in merged.vaults:
        state = "verified" if vault.audit_verified else "NOT verified"
        out.write(
            f"  {vault.vault_id}  audit log {state}, head {vault.audit_head}  ({vault.file})\n"
        )
    return 0

"""The ``policy`` and ``documents`` commands: the recording policy and what agents receive."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from supervisor_app.cli import error_codes as cli_codes
from supervisor_app.cli.support import Parser, StdinLines, confirm, parse_date
from supervisor_app.domain.errors import InputError
from supervisor_app.domain.people import Language
from supervisor_app.domain.policy import DocumentKind
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.files import write_text
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.session import Session

REGISTER_KIND = "register"


def _cmd_policy_export(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    target = Path(args.file)
    existing = target.read_text(encoding="utf-8") if target.is_file() else None
    text = PolicyService(session).export_text(existing)
    write_text(target, text)
    out.write(f"Policy written to {target}.\n")
    return 0


def _cmd_policy_import(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    service = PolicyService(session)
    before = service.current().version
    found = service.read_policy_file(Path(args.file))
    effect = service.effect_of(found.policy)
    if effect.changes_anything:
        question = (
            f"This policy shortens the retention of {effect.shortened} stored recordings; "
            f"{effect.purged_now} of them are then past it and are deleted at the next purge. "
            "Import it?"
        )
        if not confirm(question, stdin, args.yes):
            out.write("The policy was not imported; nothing changed.\n")
            return 0
    policy = service.import_policy(found)
    source = found.source
    of = f" (version {source.version} of the policy of {source.organisation})" if source else ""
    if policy.version == before:
        out.write(f"The policy is unchanged (version {policy.version}{of}).\n")
    else:
        out.write(f"Policy version {policy.version} stored{of}.\n")
    return _print_status(service, out, as_json=False)


def _cmd_policy_status(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    return _print_status(PolicyService(session), out, as_json=args.json)


def _print_status(service: PolicyService, out: TextIO, *, as_json: bool) -> int:
    status = service.status()
    if as_json:
        source = service.organisation_policy()
        doc = {
            "version": status.policy.version,
            "organisation": status.policy.organisation.name,
            "organisation_version": source.version if source else None,
            "complete": status.complete,
            "published": sorted(status.published),
            "missing": [{"key": m.key, "text": m.text} for m in status.missing],
            "warnings": [{"key": w.key, "text": w.text} for w in status.warnings],
            "languages": sorted(status.languages),
        }
        out.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
        return 0
    if status.complete:
        out.write(f"The policy (version {status.policy.version}) is complete.\n")
    else:
        out.write(f"The policy (version {status.policy.version}) is not complete yet; missing:\n")
        out.writelines(f"  - {m.text}\n" for m in status.missing)
    if status.warnings:
        out.write("Worth a second look:\n")
        out.writelines(f"  - {w.text}\n" for w in status.warnings)
    return 0


def _cmd_documents_publish(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    docs = DocumentService(session).publish()
    for doc in docs:
        out.write(
            f"{doc.kind} version {doc.doc_version} ({doc.language}), policy version "
            f"{doc.policy_version}, SHA-256 {doc.body_sha256}\n"
        )
    return 0


def _cmd_documents_export(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    service = DocumentService(session)
    if args.kind == REGISTER_KIND:
        rendered = service.register_entry(args.language)
        # The register entry is drawn from the current policy, not published: its title says
        # what each printed page is.
        title, body, footer = rendered.title, rendered.html, rendered.title
    else:
        doc = service.published(args.kind, args.language, args.version)
        title, body = doc.title, doc.body
        footer = f"{doc.title} v{doc.doc_version} · SHA-256 {doc.body_sha256[:16]}…"
    target = Path(args.file)
    # Qt renders the PDF; it is loaded only here so the other commands need no display.
    from supervisor_app.printing import documents_pdf

    if args.format == "pdf":
        documents_pdf.ensure_gui_app()
        documents_pdf.write_pdf(body, target, title, footer)
    else:
        documents_pdf.write_html(body, target)
    out.write(f"{title} written to {target}.\n")
    return 0


def _cmd_documents_acknowledge(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    people = PeopleService(session)
    wanted = set(args.extension)
    agents = [a for a in people.agents() if wanted & set(a.extensions)]
    found = {ext for a in agents for ext in a.extensions} & wanted
    if missing := sorted(wanted - found):
        raise InputError(cli_codes.NO_AGENT_WITH_EXTENSIONS, extensions=", ".join(missing))
    received = parse_date(args.date) if args.date else None
    service = DocumentService(session)
    added = service.acknowledge([a.id for a in agents], version=args.version, received_on=received)
    version = args.version or service.current_protocol_version()
    noun = "acknowledgement" if added == 1 else "acknowledgements"
    out.write(f"Recorded {added} {noun} of protocol version {version}.\n")
    return 0


def add_commands(
    commands: Any, vault_opts: argparse.ArgumentParser, json_opt: argparse.ArgumentParser
) -> None:
    """Register the commands on cli.py's subparsers, with its shared vault and --json options."""
    policy = commands.add_parser("policy", help="the recording policy")
    policy_cmds = policy.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=Parser
    )
    pexport = policy_cmds.add_parser("export", parents=[vault_opts], help="write it as TOML")
    pexport.add_argument("file", metavar="FILE")
    pexport.set_defaults(func=_cmd_policy_export)
    pimport = policy_cmds.add_parser("import", parents=[vault_opts], help="read it from TOML")
    pimport.add_argument("file", metavar="FILE")
    pimport.add_argument(
        "--yes",
        action="store_true",
        help="do not ask when it shortens stored recordings' retention",
    )
    pimport.set_defaults(func=_cmd_policy_import)
    pstatus = policy_cmds.add_parser(
        "status", parents=[vault_opts, json_opt], help="is it complete, and what is missing"
    )
    pstatus.set_defaults(func=_cmd_policy_status)

    docs = commands.add_parser("documents", help="staff regulation, agent protocol, register")
    docs_cmds = docs.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=Parser
    )
    publish = docs_cmds.add_parser(
        "publish", parents=[vault_opts], help="publish both documents for the current policy"
    )
    publish.set_defaults(func=_cmd_documents_publish)
    dexport = docs_cmds.add_parser(
        "export", parents=[vault_opts], help="write a document to a file"
    )
    dexport.add_argument("kind", choices=[k.value for k in DocumentKind] + [REGISTER_KIND])
    dexport.add_argument("--format", choices=["pdf", "html"], required=True)
    dexport.add_argument("--language", choices=[lang.value for lang in Language], required=True)
    dexport.add_argument("--version", type=int, help="a published version (default: newest)")
    dexport.add_argument("file", metavar="FILE")
    dexport.set_defaults(func=_cmd_documents_export)
    ack = docs_cmds.add_parser(
        "acknowledge", parents=[vault_opts], help="record that agents received the protocol"
    )
    ack.add_argument("--extension", action="append", required=True, help="agent extension")
    ack.add_argument("--version", type=int, help="protocol version (default: current)")
    ack.add_argument("--date", help="date received, YYYY-MM-DD (default: today)")
    ack.set_defaults(func=_cmd_documents_acknowledge)

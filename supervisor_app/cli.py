"""The command line: the same services as the GUI, for scripts, scheduled jobs and admins.

Errors are one line on stderr; exit code 2 means the input was wrong (usage, a bad value,
a weak passphrase, something that does not exist), 1 means anything else went wrong.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TextIO

from supervisor_app import (
    __version__,
    applog,
    cli_listening,
    cli_notifications,
    cli_recordings,
    paths,
)
from supervisor_app.domain.errors import InputError, UserFacingError
from supervisor_app.domain.people import Language
from supervisor_app.domain.policy import DocumentKind
from supervisor_app.domain.roles import parse_role
from supervisor_app.services import demo, settings, setup
from supervisor_app.services.documents import DocumentService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.session import Session
from supervisor_app.vault.db import DatabaseError
from supervisor_app.vault.errors import from_sqlite_error
from supervisor_app.vault.vault import LockedVault

log = logging.getLogger(__name__)

REGISTER_KIND = "register"
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line (and exit code 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


# --- reading secrets ------------------------------------------------------------------------


class _Stdin:
    """Hands out stdin's lines in order, so two secret files can both be '-'."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def line(self, what: str) -> str:
        text = self.stream.readline()
        if not text:
            raise InputError(f"Standard input ended before the {what} was given.")
        return text.rstrip("\r\n")


def _read_secret(path: str, what: str, stdin: _Stdin) -> str:
    """Read a passphrase from a file ('-' = the next line of stdin), without its newline."""
    if path == "-":
        secret = stdin.line(what)
    else:
        try:
            with open(path, encoding="utf-8") as fh:
                secret = fh.readline().rstrip("\r\n")
        except OSError as exc:
            raise InputError(f"The {what} file {path} cannot be read ({exc.strerror}).") from None
    if not secret:
        raise InputError(f"The {what} is empty; put it on the first line of the file.")
    return secret


# --- command plumbing -----------------------------------------------------------------------


def _vault_folder(args: argparse.Namespace) -> Path:
    if args.vault:
        return Path(args.vault).expanduser()
    remembered = settings.load(paths.config_dir()).vault_folder
    return Path(remembered) if remembered else paths.default_vault_dir()


def _open_session(args: argparse.Namespace, stdin: _Stdin) -> Session:
    folder = _vault_folder(args)
    locked = LockedVault.open(folder)
    if args.recovery_key_file:
        key = _read_secret(args.recovery_key_file, "recovery key", stdin)
        return Session.start(locked.unlock_with_recovery_key(key))
    if not args.user:
        raise InputError("Say who you are with --user NAME (and --passphrase-file FILE).")
    if not args.passphrase_file:
        raise InputError(
            "Give your passphrase with --passphrase-file FILE ('-' reads standard input)."
        )
    passphrase = _read_secret(args.passphrase_file, "passphrase", stdin)
    return Session.start(locked.unlock(args.user, passphrase))


def _print_table(rows: list[dict[str, Any]], columns: Sequence[str], out: TextIO) -> None:
    if not rows:
        out.write("(none)\n")
        return
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in columns]
    out.write(
        "  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n"
    )
    for row in rows:
        out.write(
            "  ".join(str(row[c]).ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()
            + "\n"
        )


def _emit(rows: list[dict[str, Any]], columns: Sequence[str], as_json: bool, out: TextIO) -> None:
    if as_json:
        out.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    else:
        _print_table(rows, columns, out)


# --- commands -------------------------------------------------------------------------------


def _cmd_init(args: argparse.Namespace, stdin: _Stdin, out: TextIO) -> int:
    passphrase = _read_secret(args.passphrase_file, "passphrase", stdin)
    folder = Path(args.vault).expanduser()
    session, recovery = setup.create(
        folder, args.admin, passphrase, display_name=args.display_name or ""
    )
    session.lock()
    out.write(
        f"Vault created in {folder} with administrator {args.admin}.\n\n"
        "RECOVERY KEY (shown only this once; print it or write it down and keep it safe):\n\n"
        f"    {recovery}\n\n"
        "Anyone with this key can open the vault. Without it, a forgotten administrator\n"
        "passphrase cannot be reset.\n"
    )
    return 0


def _cmd_user_add(args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO) -> int:
    people = PeopleService(session)
    roles = [_role(r) for r in args.role]
    grants = people.grants_for(roles, args.team or [])
    passphrase = _read_secret(args.new_passphrase_file, "new passphrase", stdin)
    user = people.add_user(args.name, grants, passphrase, args.display_name or "")
    out.write(f"User {user.name} added.\n")
    return 0


def _role(text: str) -> Any:
    try:
        return parse_role(text)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def _cmd_user_passwd(args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO) -> int:
    passphrase = _read_secret(args.new_passphrase_file, "new passphrase", stdin)
    PeopleService(session).set_passphrase(args.name, passphrase)
    out.write(f"Passphrase of {args.name} changed.\n")
    return 0


def _cmd_user_remove(args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO) -> int:
    PeopleService(session).remove_user(args.name, rekey=args.rekey)
    out.write(f"User {args.name} removed.\n")
    if args.rekey:
        out.write("The vault was re-encrypted under a new key.\n")
    else:
        out.write(
            "Tip: run with --rekey to re-encrypt the vault, so that a copy of the key the user "
            "may have kept no longer opens it.\n"
        )
    return 0


def _cmd_user_list(args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO) -> int:
    people = PeopleService(session)
    team_names = {t.id: t.name for t in people.teams()}
    rows = []
    for user in people.users():
        roles = sorted(
            {
                g.role.value + (f"@{team_names.get(g.team_id, g.team_id)}" if g.team_id else "")
                for g in user.grants
            }
        )
        rows.append({"name": user.name, "display_name": user.display_name, "roles": roles})
    if not args.json:
        rows = [{**r, "roles": ", ".join(r["roles"])} for r in rows]
    _emit(rows, ("name", "display_name", "roles"), args.json, out)
    return 0


def _cmd_agent_add(args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO) -> int:
    agent = PeopleService(session).add_agent(
        args.name, args.extension, args.team, args.email, Language(args.language)
    )
    out.write(
        f"Agent {agent.name} added to {agent.team_name}"
        f" (extension {', '.join(agent.extensions)}).\n"
    )
    return 0


def _cmd_agent_list(args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO) -> int:
    rows: list[dict[str, Any]] = [
        {
            "id": a.id,
            "name": a.name,
            "extensions": list(a.extensions) if args.json else ", ".join(a.extensions),
            "team": a.team_name,
            "email": a.email or "",
            "language": a.language.value,
        }
        for a in PeopleService(session).agents()
    ]
    _emit(rows, ("id", "name", "extensions", "team", "email", "language"), args.json, out)
    return 0


def _cmd_team_add(args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO) -> int:
    team = PeopleService(session).add_team(args.name)
    out.write(f"Team {team.name} added.\n")
    return 0


def _cmd_team_list(args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO) -> int:
    rows: list[dict[str, Any]] = [
        {"id": t.id, "name": t.name} for t in PeopleService(session).teams()
    ]
    _emit(rows, ("id", "name"), args.json, out)
    return 0


def _cmd_policy_export(
    args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO
) -> int:
    target = Path(args.file)
    existing = target.read_text(encoding="utf-8") if target.is_file() else None
    text = PolicyService(session).export_text(existing)
    _write_text(target, text)
    out.write(f"Policy written to {target}.\n")
    return 0


def _cmd_policy_import(
    args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO
) -> int:
    service = PolicyService(session)
    before = service.current().version
    policy = service.import_file(Path(args.file))
    if policy.version == before:
        out.write(f"The policy is unchanged (version {policy.version}).\n")
    else:
        out.write(f"Policy version {policy.version} stored.\n")
    return _print_status(service, out, as_json=False)


def _cmd_policy_status(
    args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO
) -> int:
    return _print_status(PolicyService(session), out, as_json=args.json)


def _print_status(service: PolicyService, out: TextIO, *, as_json: bool) -> int:
    status = service.status()
    if as_json:
        doc = {
            "version": status.policy.version,
            "complete": status.complete,
            "published": sorted(status.published),
            "missing": [{"key": m.key, "text": m.text} for m in status.missing],
        }
        out.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    elif status.complete:
        out.write(f"The policy (version {status.policy.version}) is complete.\n")
    else:
        out.write(f"The policy (version {status.policy.version}) is not complete yet; missing:\n")
        out.writelines(f"  - {m.text}\n" for m in status.missing)
    return 0


def _cmd_documents_publish(
    args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO
) -> int:
    docs = DocumentService(session).publish()
    for doc in docs:
        out.write(
            f"{doc.kind} version {doc.doc_version} ({doc.language}), policy version "
            f"{doc.policy_version}, SHA-256 {doc.body_sha256}\n"
        )
    return 0


def _cmd_documents_export(
    args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO
) -> int:
    service = DocumentService(session)
    if args.kind == REGISTER_KIND:
        rendered = service.register_entry(args.language)
        title, body, footer = rendered.title, rendered.html, ""
    else:
        doc = service.published(args.kind, args.language, args.version)
        title, body = doc.title, doc.body
        footer = f"{doc.title} v{doc.doc_version} · SHA-256 {doc.body_sha256[:16]}…"
    target = Path(args.file)
    # Qt renders the PDF; it is loaded only here so the other commands need no display.
    from supervisor_app.ui import documents_pdf

    if args.format == "pdf":
        documents_pdf.ensure_gui_app()
        documents_pdf.write_pdf(body, target, title, footer)
    else:
        documents_pdf.write_html(body, target)
    out.write(f"{title} written to {target}.\n")
    return 0


def _cmd_documents_acknowledge(
    args: argparse.Namespace, session: Session, stdin: _Stdin, out: TextIO
) -> int:
    people = PeopleService(session)
    wanted = set(args.extension)
    agents = [a for a in people.agents() if wanted & set(a.extensions)]
    found = {ext for a in agents for ext in a.extensions} & wanted
    if missing := sorted(wanted - found):
        raise InputError(f"No agent has extension {', '.join(missing)}; check the number.")
    received = _parse_date(args.date) if args.date else None
    service = DocumentService(session)
    added = service.acknowledge([a.id for a in agents], version=args.version, received_on=received)
    version = args.version or service.current_protocol_version()
    out.write(f"Recorded {added} acknowledgement(s) of protocol version {version}.\n")
    return 0


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"“{text}” is not a date; write it as YYYY-MM-DD.") from None


def _write_text(target: Path, text: str) -> None:
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserFacingError(f"{target} could not be written ({exc.strerror}).") from None


# --- parser ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The full command-line grammar."""
    parser = _Parser(
        prog="supervisor-app",
        description="Listen to a sample of recorded calls lawfully. "
        "Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open (creating if needed) the demo vault"
    )
    parser.add_argument("--vault", metavar="DIR", help="the vault folder to open")
    parser.add_argument(
        "--self-test", action="store_true", help="check, without a window, that the app works"
    )

    vault_opts = _Parser(add_help=False)
    vault_opts.add_argument("--vault", metavar="DIR", help="the vault folder")
    vault_opts.add_argument("--user", metavar="NAME", help="your user name")
    vault_opts.add_argument(
        "--passphrase-file",
        metavar="F",
        help="file whose first line is your passphrase ('-' = stdin)",
    )
    vault_opts.add_argument(
        "--recovery-key-file", metavar="F", help="unlock with the recovery key in this file instead"
    )
    json_opt = _Parser(add_help=False)
    json_opt.add_argument("--json", action="store_true", help="print JSON")

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser("init", help="create a new vault and its first administrator")
    init.add_argument(
        "--vault", metavar="DIR", required=True, help="new or empty folder for the vault"
    )
    init.add_argument(
        "--admin", metavar="NAME", required=True, help="the first administrator's user name"
    )
    init.add_argument("--display-name", metavar="TEXT", help="the administrator's full name")
    init.add_argument(
        "--passphrase-file",
        metavar="F",
        required=True,
        help="file with the passphrase ('-' = stdin)",
    )
    init.set_defaults(func=_cmd_init, needs_session=False)

    user = commands.add_parser("user", help="manage users (people who unlock the app)")
    user_cmds = user.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=_Parser
    )
    add = user_cmds.add_parser("add", parents=[vault_opts], help="add a user with roles")
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        help="administrator, team_lead, quality_coach or auditor",
    )
    add.add_argument(
        "--team", action="append", help="team for team_lead and quality_coach (repeatable)"
    )
    add.add_argument("--display-name", metavar="TEXT")
    add.add_argument(
        "--new-passphrase-file", metavar="F", required=True, help="the new user's passphrase"
    )
    add.set_defaults(func=_cmd_user_add)
    passwd = user_cmds.add_parser("passwd", parents=[vault_opts], help="set a user's passphrase")
    passwd.add_argument("name", metavar="NAME")
    passwd.add_argument("--new-passphrase-file", metavar="F", required=True)
    passwd.set_defaults(func=_cmd_user_passwd)
    remove = user_cmds.add_parser(
        "remove", parents=[vault_opts], help="remove a user and their key"
    )
    remove.add_argument("name", metavar="NAME")
    remove.add_argument(
        "--rekey", action="store_true", help="also re-encrypt the vault under a new key"
    )
    remove.set_defaults(func=_cmd_user_remove)
    ulist = user_cmds.add_parser("list", parents=[vault_opts, json_opt], help="list users")
    ulist.set_defaults(func=_cmd_user_list)

    agent = commands.add_parser("agent", help="manage agents (whose calls are recorded)")
    agent_cmds = agent.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=_Parser
    )
    aadd = agent_cmds.add_parser("add", parents=[vault_opts], help="register an agent")
    aadd.add_argument(
        "--extension", action="append", required=True, help="telephone extension (repeatable)"
    )
    aadd.add_argument("--name", required=True)
    aadd.add_argument("--team", required=True)
    aadd.add_argument("--email")
    aadd.add_argument(
        "--language", choices=[lang.value for lang in Language], default=Language.NL.value
    )
    aadd.set_defaults(func=_cmd_agent_add)
    alist = agent_cmds.add_parser(
        "list", parents=[vault_opts, json_opt], help="list agents you may see"
    )
    alist.set_defaults(func=_cmd_agent_list)

    team = commands.add_parser("team", help="manage teams")
    team_cmds = team.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=_Parser
    )
    tadd = team_cmds.add_parser("add", parents=[vault_opts], help="add a team")
    tadd.add_argument("name", metavar="NAME")
    tadd.set_defaults(func=_cmd_team_add)
    tlist = team_cmds.add_parser("list", parents=[vault_opts, json_opt], help="list teams")
    tlist.set_defaults(func=_cmd_team_list)

    policy = commands.add_parser("policy", help="the recording policy")
    policy_cmds = policy.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=_Parser
    )
    pexport = policy_cmds.add_parser("export", parents=[vault_opts], help="write it as TOML")
    pexport.add_argument("file", metavar="FILE")
    pexport.set_defaults(func=_cmd_policy_export)
    pimport = policy_cmds.add_parser("import", parents=[vault_opts], help="read it from TOML")
    pimport.add_argument("file", metavar="FILE")
    pimport.set_defaults(func=_cmd_policy_import)
    pstatus = policy_cmds.add_parser(
        "status", parents=[vault_opts, json_opt], help="is it complete, and what is missing"
    )
    pstatus.set_defaults(func=_cmd_policy_status)

    docs = commands.add_parser("documents", help="staff regulation, agent protocol, register")
    docs_cmds = docs.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=_Parser
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

    cli_recordings.add_commands(commands, vault_opts, json_opt)
    cli_listening.add_commands(commands, vault_opts, json_opt)
    cli_notifications.add_commands(commands, vault_opts, json_opt)
    return parser


def _start_gui(args: argparse.Namespace, out: TextIO) -> int:
    folder = Path(args.vault).expanduser() if args.vault else None
    if args.demo:
        folder = paths.demo_vault_dir()
        if demo.ensure_demo_vault(folder):
            out.write(f"Demo vault created in {folder}\n")
        out.write(demo.describe() + "\n")
        out.flush()
    # Qt is imported only when a window is wanted, so the CLI runs without a display.
    from supervisor_app.app import run_gui

    return int(run_gui(folder, demo=args.demo))


def main(argv: Sequence[str], *, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    """Run one command; returns the process exit code."""
    out = out or sys.stdout
    args = build_parser().parse_args(list(argv))
    if args.self_test:
        from supervisor_app import selftest

        return selftest.run(out)
    applog.setup()
    reader = _Stdin(stdin or sys.stdin)
    func: Callable[..., int] | None = getattr(args, "func", None)
    try:
        if func is None:
            return _start_gui(args, out)
        if not getattr(args, "needs_session", True):
            return func(args, reader, out)
        session = _open_session(args, reader)
        try:
            return func(args, session, reader, out)
        finally:
            session.lock()
    except InputError as exc:
        sys.stderr.write(f"supervisor-app: {exc.message}\n")
        return EXIT_BAD_INPUT
    except UserFacingError as exc:
        sys.stderr.write(f"supervisor-app: {exc.message}\n")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        sys.stderr.write("supervisor-app: interrupted.\n")
        return EXIT_FAILURE
    except DatabaseError as exc:
        mapped = from_sqlite_error(exc)
        if mapped is None:
            raise
        sys.stderr.write(f"supervisor-app: {mapped.message}\n")
        return EXIT_FAILURE
    except Exception:
        log.exception("unexpected error in command %s", getattr(args, "command", None))
        sys.stderr.write(
            "supervisor-app: an unexpected error occurred; details are in the log file "
            f"{paths.log_dir() / applog.LOG_FILE}.\n"
        )
        return EXIT_FAILURE

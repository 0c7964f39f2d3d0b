"""The ``user``, ``agent``, ``team`` and ``recovery-key`` commands: who unlocks, and agents."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from supervisor_app.cli import error_codes as cli_codes
from supervisor_app.cli.support import Parser, StdinLines, confirm, emit, read_secret
from supervisor_app.domain.agent_roster import RosterPlan
from supervisor_app.domain.errors import InputError
from supervisor_app.domain.people import Agent, Language
from supervisor_app.domain.roles import parse_role
from supervisor_app.services.agent_import import AgentImportService, lines_wrong
from supervisor_app.services.people import PeopleService
from supervisor_app.services.recovery_key import RecoveryKeyService
from supervisor_app.services.session import Session


def _cmd_user_add(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    people = PeopleService(session)
    roles = [_role(r) for r in args.role]
    grants = people.grants_for(roles, args.team or [])
    passphrase = read_secret(args.new_passphrase_file, "new passphrase", stdin)
    user = people.add_user(args.name, grants, passphrase, args.display_name or "")
    out.write(f"User {user.name} added.\n")
    return 0


def _role(text: str) -> Any:
    return parse_role(text)


def _cmd_user_passwd(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    passphrase = read_secret(args.new_passphrase_file, "new passphrase", stdin)
    PeopleService(session).set_passphrase(args.name, passphrase)
    out.write(f"Passphrase of {args.name} changed.\n")
    return 0


def _cmd_user_remove(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    PeopleService(session).remove_user(args.name, rekey=not args.no_rekey)
    out.write(f"User {args.name} removed.\n")
    if args.no_rekey:
        sys.stderr.write(
            "supervisor-app: WARNING: the vault was not re-encrypted. A copy of the key file or "
            "the database key that the user may have kept still opens this vault and any "
            "later copy of it; run “user remove” without --no-rekey next time.\n"
        )
    else:
        out.write("The vault was re-encrypted under a new key.\n")
    return 0


def _cmd_recovery_key_replace(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    service = RecoveryKeyService(session)
    service.check_allowed()  # before asking: a refusal needs no confirmation
    question = "Replace the recovery key? The old key stops working" + (
        "." if args.no_rekey else ", and the vault is re-encrypted under a new key."
    )
    if not confirm(question, stdin, args.yes):
        out.write("The recovery key was not replaced; nothing changed.\n")
        return 0
    key = service.replace(rekey=not args.no_rekey)
    if not args.no_rekey:
        out.write("The vault was re-encrypted under a new key.\n")
    out.write(
        "The recovery key was replaced; the old one no longer opens the vault.\n\n"
        "NEW RECOVERY KEY (shown only this once; print it or write it down and keep it safe):\n\n"
        f"    {key}\n\n"
        "Anyone with this key can open the vault. Without it, a forgotten administrator\n"
        "passphrase cannot be reset.\n"
    )
    if args.no_rekey:
        sys.stderr.write(
            "supervisor-app: WARNING: the vault was not re-encrypted. The old recovery key "
            "with an old copy of the key file still opens this vault and any later copy of "
            "it; run “recovery-key replace” without --no-rekey next time.\n"
        )
    return 0


def _cmd_user_list(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
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
    emit(rows, ("name", "display_name", "roles"), args.json, out)
    return 0


def _cmd_agent_add(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    agent = PeopleService(session).add_agent(
        args.name, args.extension, args.team, args.email, Language(args.language)
    )
    out.write(
        f"Agent {agent.name} added to {agent.team_name}"
        f" (extension {', '.join(agent.extensions)}).\n"
    )
    return 0


def _cmd_agent_list(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    rows: list[dict[str, Any]] = [
        {
            "id": a.id,
            "name": a.name,
            "extensions": list(a.extensions) if args.json else ", ".join(a.extensions),
            "team": a.team_name,
            "email": a.email or "",
            "language": a.language.value,
            "left_on": a.left_on.isoformat() if a.left_on else ("" if not args.json else None),
        }
        for a in PeopleService(session).agents()
    ]
    columns = ("id", "name", "extensions", "team", "email", "language", "left_on")
    emit(rows, columns, args.json, out)
    return 0


def _cmd_agent_import(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    service = AgentImportService(session)
    agents = service.read_file(Path(args.file))
    teams = args.team or None
    plan = service.preview(agents, teams)
    _print_plan(plan, out)
    if plan.errors:
        raise lines_wrong(agents.name, plan)
    leaving = _leaving(plan, args.mark_left or [], all_missing=args.mark_missing_left)
    if args.dry_run:
        out.write("Dry run: nothing was imported.\n")
        return 0
    if not plan.changes_anything and not leaving:
        out.write("Every agent on the list is in the vault already; nothing to import.\n")
        return 0
    question = f"Import the list ({len(plan.added)} added, {len(plan.changed)} changed"
    question += f", {len(leaving)} marked as left)?" if leaving else ")?"
    if not confirm(question, stdin, args.yes):
        out.write("The agents list was not imported; nothing changed.\n")
        return 0
    report = service.apply(agents, teams=teams, mark_left=[a.id for a in leaving])
    out.write(
        f"Agents list imported: {report.added} added, {report.changed} changed, "
        f"{report.unchanged} unchanged, {report.marked_left} marked as left"
        + (f", teams created: {', '.join(report.teams_created)}" if report.teams_created else "")
        + ".\n"
    )
    if report.still_missing:
        out.write(
            f"{report.still_missing} agents of the vault are not on the list and were left as "
            "they are; mark them as left with --mark-left EXT if they no longer work here.\n"
        )
    return 0


def _leaving(plan: RosterPlan, extensions: list[str], *, all_missing: bool) -> list[Agent]:
    if all_missing:
        return list(plan.missing)
    by_extension = {ext: a for a in plan.missing for ext in a.extensions}
    unknown = [ext for ext in extensions if ext not in by_extension]
    if unknown:
        raise InputError(cli_codes.NOT_MISSING_EXTENSIONS, extensions=", ".join(unknown))
    return list({by_extension[ext].id: by_extension[ext] for ext in extensions}.values())


def _print_plan(plan: RosterPlan, out: TextIO) -> None:
    def agent_line(exts: tuple[str, ...], name: str, team: str, note: str = "") -> str:
        return f"  {', '.join(exts):<12} {name:<32} {team}{note}\n"

    out.write(f"To add ({len(plan.added)}):\n")
    out.writelines(agent_line(r.extensions, r.name, r.team) for r in plan.added)
    out.write(f"To change ({len(plan.changed)}):\n")
    out.writelines(
        agent_line(u.row.extensions, u.row.name, u.row.team, f"  ({', '.join(u.changes)})")
        for u in plan.changed
    )
    out.write(f"Unchanged: {len(plan.unchanged)}\n")
    if plan.new_teams:
        out.write(f"Teams to create: {', '.join(plan.new_teams)}\n")
    out.write(f"In the vault but not on the list ({len(plan.missing)}):\n")
    out.writelines(agent_line(a.extensions, a.name, a.team_name) for a in plan.missing)
    if plan.other_teams:
        out.write(f"Lines of other teams, left out: {plan.other_teams}\n")


def _cmd_team_add(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    team = PeopleService(session).add_team(args.name)
    out.write(f"Team {team.name} added.\n")
    return 0


def _cmd_team_list(
    args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO
) -> int:
    rows: list[dict[str, Any]] = [
        {"id": t.id, "name": t.name} for t in PeopleService(session).teams()
    ]
    emit(rows, ("id", "name"), args.json, out)
    return 0


def add_commands(
    commands: Any, vault_opts: argparse.ArgumentParser, json_opt: argparse.ArgumentParser
) -> None:
    """Register the commands on cli.py's subparsers, with its shared vault and --json options."""
    user = commands.add_parser("user", help="manage users (people who unlock the app)")
    user_cmds = user.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=Parser
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
        "--no-rekey",
        action="store_true",
        help="do not re-encrypt the vault under a new key (not advised: a key the user kept "
        "would still open it)",
    )
    # Re-encrypting is the default now; --rekey stays accepted for existing scripts.
    remove.add_argument("--rekey", action="store_true", help=argparse.SUPPRESS)
    remove.set_defaults(func=_cmd_user_remove)
    ulist = user_cmds.add_parser("list", parents=[vault_opts, json_opt], help="list users")
    ulist.set_defaults(func=_cmd_user_list)

    recovery = commands.add_parser("recovery-key", help="replace the printed recovery key")
    recovery_cmds = recovery.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=Parser
    )
    replace = recovery_cmds.add_parser(
        "replace",
        parents=[vault_opts],
        help="make a new recovery key (printed once); the old one stops working",
    )
    replace.add_argument(
        "--no-rekey",
        action="store_true",
        help="do not re-encrypt the vault under a new key (not advised: the old key with an "
        "old copy of the key file would still open it)",
    )
    replace.add_argument("--yes", action="store_true", help="do not ask before replacing")
    replace.set_defaults(func=_cmd_recovery_key_replace)

    agent = commands.add_parser("agent", help="manage agents (whose calls are recorded)")
    agent_cmds = agent.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=Parser
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
    aimport = agent_cmds.add_parser(
        "import",
        parents=[vault_opts],
        help="add and update agents from a CSV list (extension, name, team, e-mail, language)",
    )
    aimport.add_argument("file", metavar="FILE.csv")
    aimport.add_argument(
        "--team",
        action="append",
        metavar="TEAM",
        help="take only the lines of this team (repeatable): the teams this vault serves",
    )
    aimport.add_argument("--dry-run", action="store_true", help="show what would change, only")
    aimport.add_argument("--yes", action="store_true", help="do not ask before importing")
    aimport.add_argument(
        "--mark-left",
        action="append",
        metavar="EXT",
        help="mark the agent with this extension, missing from the list, as left (repeatable)",
    )
    aimport.add_argument(
        "--mark-missing-left",
        action="store_true",
        help="mark every agent missing from the list as left",
    )
    aimport.set_defaults(func=_cmd_agent_import)
    alist = agent_cmds.add_parser(
        "list", parents=[vault_opts, json_opt], help="list agents you may see"
    )
    alist.set_defaults(func=_cmd_agent_list)

    team = commands.add_parser("team", help="manage teams")
    team_cmds = team.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True, parser_class=Parser
    )
    tadd = team_cmds.add_parser("add", parents=[vault_opts], help="add a team")
    tadd.add_argument("name", metavar="NAME")
    tadd.set_defaults(func=_cmd_team_add)
    tlist = team_cmds.add_parser("list", parents=[vault_opts, json_opt], help="list teams")
    tlist.set_defaults(func=_cmd_team_list)

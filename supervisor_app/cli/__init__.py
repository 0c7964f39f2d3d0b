"""The command line: the same services as the GUI, for scripts, scheduled jobs and admins.

Errors are one line on stderr; exit code 2 means the input was wrong (usage, a bad value,
a weak passphrase, something that does not exist), 1 means anything else went wrong.
"""

from __future__ import annotations

import argparse
import logging
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from supervisor_app import (
    __version__,
    applog,
    paths,
)
from supervisor_app.cli import (
    backup,
    coaching,
    listening,
    notifications,
    people,
    policy,
    recordings,
    requests,
    retention,
)
from supervisor_app.cli import error_codes as cli_codes
from supervisor_app.cli.language import LANGUAGES, cli_language, error_sentence
from supervisor_app.cli.support import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    Parser,
    StdinLines,
    read_secret,
)
from supervisor_app.domain.errors import InputError, UserFacingError
from supervisor_app.services import demo, settings, setup
from supervisor_app.services import session as session_service
from supervisor_app.services.retention import RetentionService
from supervisor_app.services.session import Session
from supervisor_app.vault.db import DatabaseError
from supervisor_app.vault.errors import UnknownUser, from_sqlite_error

log = logging.getLogger(__name__)


# --- command plumbing -----------------------------------------------------------------------


def _vault_folder(args: argparse.Namespace) -> Path:
    if args.vault:
        return Path(args.vault).expanduser()
    remembered = settings.load(paths.config_dir()).vault_folder
    return Path(remembered) if remembered else paths.default_vault_dir()


def _open_session(args: argparse.Namespace, stdin: StdinLines) -> Session:
    folder = _vault_folder(args)
    if args.recovery_key_file:
        key = read_secret(args.recovery_key_file, "recovery key", stdin)
        return session_service.unlock_with_recovery_key(folder, key)
    if not args.user:
        raise InputError(cli_codes.NO_USER_OPTION)
    if not args.passphrase_file:
        raise InputError(cli_codes.NO_PASSPHRASE_OPTION)
    passphrase = read_secret(args.passphrase_file, "passphrase", stdin)
    delay = session_service.unlock_delay(folder, args.user)
    if delay > 0:
        sys.stderr.write(
            f"supervisor-app: after several wrong passphrases for {args.user}, waiting "
            f"{math.ceil(delay)} s before trying this one.\n"
        )
    return session_service.unlock(folder, args.user, passphrase)


def _warn_about_heads(session: Session) -> None:
    # Loud on purpose: the log no longer holds what someone saw in it (services/witnesses.py).
    for warning in session.head_warnings:
        sys.stderr.write(f"supervisor-app: WARNING: {warning.sentence()}\n")
    if session.finished_rekey is not None:
        sys.stderr.write(
            "supervisor-app: A rekey of the vault that was interrupted "
            f"(begun {session.finished_rekey.started_at} by {session.finished_rekey.started_by})"
            " was finished now; the old key no longer opens it.\n"
        )


def _cmd_init(args: argparse.Namespace, stdin: StdinLines, out: TextIO) -> int:
    passphrase = read_secret(args.passphrase_file, "passphrase", stdin)
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


LANG_HELP = "the language of error messages (default: from LC_ALL, LC_MESSAGES or LANG)"


def build_parser() -> argparse.ArgumentParser:
    """The full command-line grammar."""
    parser = Parser(
        prog="supervisor-app",
        description="Listen to a sample of recorded calls lawfully. "
        "Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open (creating if needed) the demo vault"
    )
    parser.add_argument("--vault", metavar="DIR", help="the vault folder to open")
    parser.add_argument("--lang", choices=LANGUAGES, help=LANG_HELP)
    parser.add_argument(
        "--self-test", action="store_true", help="check, without a window, that the app works"
    )

    vault_opts = Parser(add_help=False)
    vault_opts.add_argument("--vault", metavar="DIR", help="the vault folder")
    # Also after the command; SUPPRESS keeps a --lang given before it.
    vault_opts.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=LANG_HELP)
    vault_opts.add_argument("--user", metavar="NAME", help="your user name")
    vault_opts.add_argument(
        "--passphrase-file",
        metavar="F",
        help="file whose first line is your passphrase ('-' = stdin)",
    )
    vault_opts.add_argument(
        "--recovery-key-file", metavar="F", help="unlock with the recovery key in this file instead"
    )
    json_opt = Parser(add_help=False)
    json_opt.add_argument("--json", action="store_true", help="print JSON")

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

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

    people.add_commands(commands, vault_opts, json_opt)
    policy.add_commands(commands, vault_opts, json_opt)
    recordings.add_commands(commands, vault_opts, json_opt)
    listening.add_commands(commands, vault_opts, json_opt)
    notifications.add_commands(commands, vault_opts, json_opt)
    retention.add_commands(commands, vault_opts, json_opt)
    requests.add_commands(commands, vault_opts, json_opt)
    coaching.add_commands(commands, vault_opts, json_opt)
    backup.add_commands(commands, vault_opts, json_opt)
    demo_export = commands.add_parser(
        "demo-export",
        help="write the demo telephone-system export, its calls dated to the past week, to DIR",
    )
    demo_export.add_argument("folder", metavar="DIR", help="a new or empty folder")
    demo_export.set_defaults(func=_cmd_demo_export, needs_session=False)
    return parser


def _cmd_demo_export(args: argparse.Namespace, stdin: StdinLines, out: TextIO) -> int:
    target = Path(args.folder).expanduser()
    monitor, cdr = demo.write_demo_export(target)
    out.write(
        f"Demo export written to {target}. Import it with:\n"
        f"  supervisor-app import --source freepbx {monitor} --cdr {cdr}\n"
    )
    return 0


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
    language = cli_language(args.lang)
    if args.self_test:
        from supervisor_app import selftest

        return selftest.run(out)
    applog.setup()
    reader = StdinLines(stdin or sys.stdin)
    func: Callable[..., int] | None = getattr(args, "func", None)
    try:
        if func is None:
            return _start_gui(args, out)
        if not getattr(args, "needs_session", True):
            return func(args, reader, out)
        session = _open_session(args, reader)
        _warn_about_heads(session)
        try:
            if not getattr(args, "purges_itself", False):
                # Forgetting on time happens at every unlock, in the app and here alike.
                RetentionService(session).purge()
            return func(args, session, reader, out)
        finally:
            session.lock()
    except (InputError, UnknownUser) as exc:
        # An unknown user name is wrong input like any other name that does not exist.
        sys.stderr.write(f"supervisor-app: {error_sentence(exc, language)}\n")
        return EXIT_BAD_INPUT
    except UserFacingError as exc:
        sys.stderr.write(f"supervisor-app: {error_sentence(exc, language)}\n")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        sys.stderr.write("supervisor-app: interrupted.\n")
        return EXIT_FAILURE
    except DatabaseError as exc:
        mapped = from_sqlite_error(exc)
        if mapped is None:
            raise
        sys.stderr.write(f"supervisor-app: {error_sentence(mapped, language)}\n")
        return EXIT_FAILURE
    except Exception:
        log.exception("unexpected error in command %s", getattr(args, "command", None))
        sys.stderr.write(
            "supervisor-app: an unexpected error occurred; details are in the log file "
            f"{paths.log_dir() / applog.LOG_FILE}.\n"
        )
        return EXIT_FAILURE

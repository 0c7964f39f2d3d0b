"""The ``backup`` and ``restore`` commands: copies of the vault that forget on time too."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from supervisor_app.cli import error_codes as cli_codes
from supervisor_app.cli.support import StdinLines, read_secret
from supervisor_app.domain.errors import InputError
from supervisor_app.services.backup import BackupService, restore
from supervisor_app.services.session import Session


def _cmd_backup(args: argparse.Namespace, session: Session, stdin: StdinLines, out: TextIO) -> int:
    report = BackupService(session).make(Path(args.output), args.keep_days)
    manifest = report.manifest
    if args.json:
        doc = {
            "backup": str(report.path),
            "made_at": manifest.made_at.isoformat(),
            "audit_head": {"seq": manifest.head_seq, "hash": manifest.head_hash},
            "database_sha256": manifest.database_sha256,
            "keep_days": report.keep_days,
            "deleted": list(report.deleted),
            "purged_first": report.purged,
        }
        out.write(json.dumps(doc, indent=2) + "\n")
        return 0
    out.write(
        f"Backup written to {report.path} and checked (audit log entry {manifest.head_seq}, "
        f"head {manifest.head_hash}).\n"
    )
    deleted = len(report.deleted)
    if not deleted:
        rotated = "no older backup was due to be deleted"
    else:
        rotated = (
            f"{deleted} older backup{' was' if deleted == 1 else 's were'} deleted: "
            + ", ".join(report.deleted)
        )
    days = f"{report.keep_days} day{'s' if report.keep_days != 1 else ''}"
    out.write(f"Backups of this vault are kept {days}; {rotated}.\n")
    return 0


def _cmd_restore(args: argparse.Namespace, stdin: StdinLines, out: TextIO) -> int:
    if args.recovery_key_file:
        secret = read_secret(args.recovery_key_file, "recovery key", stdin)
        user, recovery = "", True
    else:
        if not args.user or not args.passphrase_file:
            raise InputError(cli_codes.RESTORE_WHO)
        secret = read_secret(args.passphrase_file, "passphrase", stdin)
        user, recovery = args.user, False
    restored = restore(
        Path(args.backup),
        Path(args.vault),
        user=user,
        secret=secret,
        recovery=recovery,
        replace=args.replace,
    )
    try:
        manifest = restored.manifest
        out.write(
            f"The vault in {args.vault} was restored from the backup {restored.backup_name} "
            f"made on {manifest.made_at:%Y-%m-%d %H:%M} UTC (audit log entry "
            f"{manifest.head_seq}, head {manifest.head_hash}).\n"
        )
        purged = len(restored.purge.purged)
        if not purged:
            out.write("No recording's retention ended since the backup.\n")
        elif purged == 1:
            out.write("1 recording whose retention ended since the backup was deleted at once.\n")
        else:
            out.write(
                f"{purged} recordings whose retention ended since the backup were deleted "
                "at once.\n"
            )
        if restored.set_aside is not None:
            sys.stderr.write(
                f"supervisor-app: the vault that was there is kept in {restored.set_aside}; "
                "delete that folder once you have checked the restored vault.\n"
            )
    finally:
        restored.session.lock()
    return 0


def add_commands(
    commands: Any, vault_opts: argparse.ArgumentParser, json_opt: argparse.ArgumentParser
) -> None:
    """Register the commands on cli.py's subparsers, with its shared vault and --json options."""
    backup = commands.add_parser(
        "backup",
        parents=[vault_opts, json_opt],
        help="copy the vault into a dated folder in DIR and delete backups past their time",
    )
    backup.add_argument(
        "--output", metavar="DIR", required=True, help="the folder that keeps the backups"
    )
    backup.add_argument(
        "--keep-days",
        metavar="N",
        type=int,
        help="delete this vault's backups older than N days (default: the policy's shortest "
        "retention; at most its longest)",
    )
    # The backup itself purges first, so nothing past its retention is copied.
    backup.set_defaults(func=_cmd_backup, purges_itself=True)

    restore_cmd = commands.add_parser(
        "restore",
        help="put a backup in place of a vault, and purge what expired since it was made",
    )
    restore_cmd.add_argument("backup", metavar="BACKUP", help="a backup folder")
    restore_cmd.add_argument("--vault", metavar="DIR", required=True, help="the vault folder")
    restore_cmd.add_argument(
        "--replace",
        action="store_true",
        help="replace the vault in DIR (it is kept next to it, renamed)",
    )
    restore_cmd.add_argument("--user", metavar="NAME", help="an administrator in the backup")
    restore_cmd.add_argument(
        "--passphrase-file",
        metavar="F",
        help="file whose first line is that user's passphrase ('-' = stdin)",
    )
    restore_cmd.add_argument(
        "--recovery-key-file", metavar="F", help="restore with the backup's recovery key instead"
    )
    restore_cmd.set_defaults(func=_cmd_restore, needs_session=False)

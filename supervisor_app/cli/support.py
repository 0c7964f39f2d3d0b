"""Small pieces every command module shares: the parser class, secrets, tables, files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any, NoReturn, TextIO

from supervisor_app.cli import error_codes as cli_codes
from supervisor_app.domain.errors import InputError, os_reason

EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line (and exit code 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


class StdinLines:
    """Hands out stdin's lines in order, so two secret files can both be '-'."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def line(self, what: str) -> str:
        text = self.stream.readline()
        if not text:
            raise InputError(cli_codes.STDIN_ENDED)
        return text.rstrip("\r\n")


def confirm(question: str, stdin: StdinLines, yes: bool) -> bool:
    """Ask a yes/no question on stderr and read the answer; --yes answers it beforehand."""
    if yes:
        return True
    sys.stderr.write(f"{question} [y/N] ")
    sys.stderr.flush()
    try:
        answer = stdin.line("answer")
    except InputError:
        raise InputError(cli_codes.NO_ANSWER) from None
    return answer.strip().casefold() in {"y", "yes", "j", "ja"}


def read_secret(path: str, what: str, stdin: StdinLines) -> str:
    """Read a passphrase from a file ('-' = the next line of stdin), without its newline."""
    if path == "-":
        secret = stdin.line(what)
    else:
        try:
            with open(path, encoding="utf-8") as fh:
                secret = fh.readline().rstrip("\r\n")
        except OSError as exc:
            raise InputError(
                cli_codes.SECRET_FILE_UNREADABLE, file=path, reason=os_reason(exc)
            ) from None
    if not secret:
        raise InputError(cli_codes.SECRET_EMPTY, file=path)
    return secret


def print_table(rows: list[dict[str, Any]], columns: Sequence[str], out: TextIO) -> None:
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


def emit(rows: list[dict[str, Any]], columns: Sequence[str], as_json: bool, out: TextIO) -> None:
    if as_json:
        out.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    else:
        print_table(rows, columns, out)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(cli_codes.NOT_A_DATE, text=text) from None

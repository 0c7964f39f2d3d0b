"""Entry point: ``supervisor-app`` with a subcommand runs the CLI, without one the GUI."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the command line or the desktop app."""
    # Files the app creates (vault, slots, settings, log) are for this user only.
    os.umask(0o077)
    args = sys.argv[1:] if argv is None else argv
    from supervisor_app import cli

    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())

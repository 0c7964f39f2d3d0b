"""``uv run tasks.py bench`` starts here: one table of unlock, import and playback figures.

Each figure stands against a baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys

from table import print_table  # bench/table.py, next to this file


def main(argv: list[str] | None = None) -> int:
    """Run unlock, import and playback/verification benchmarks; print one table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a first look")
    args = parser.parse_args(argv)
    unlock = importlib.import_module("unlock")
    imports = importlib.import_module("import")  # "import" is a keyword: no import statement
    playback = importlib.import_module("playback")
    rows = unlock.measure(runs=3 if args.quick else 7)
    if args.quick:
        rows += imports.measure(calls=20, minutes=1, runs=1)
        rows += playback.measure(runs=3, long_minutes=10, entries=10_000)
    else:
        rows += imports.measure()
        rows += playback.measure()
    print(
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs"
    )
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())

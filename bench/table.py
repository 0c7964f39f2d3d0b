"""One table for every benchmark: the figure, its same-run baseline, the ratio and the aim."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Row:
    """One measured figure next to the baseline measured in the same run."""

    figure: str
    measured: str
    baseline: str
    ratio: str
    aim: str


def print_table(rows: Sequence[Row]) -> None:
    """Print rows as a plain-text table (also valid Markdown)."""
    header = Row("figure", "measured", "same-run baseline", "ratio", "aim")
    cells = [header, *rows]
    widths = [max(len(getattr(r, f)) for r in cells) for f in Row.__slots__]

    def line(row: Row) -> str:
        parts = (getattr(row, f).ljust(w) for f, w in zip(Row.__slots__, widths, strict=True))
        return "| " + " | ".join(parts) + " |"

    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line(row))

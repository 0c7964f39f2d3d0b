"""A growing wait after wrong passphrases for the same user, at the unlock screen and the CLI.

Argon2id makes every guess cost about half a second; this makes a run of online guesses
cost far more: after FREE_ATTEMPTS wrong passphrases in a row for one user, each further
attempt waits 1, 2, 4, … seconds (at most MAX_DELAY_S) after the previous failure. The
count lives in a small file next to the vault, so restarting the app does not reset it,
and a correct passphrase for that user clears it. Names that have no slot share one count
(what was typed might be a mistyped passphrase, so it is never written down).

Someone with a copy of keyslots.json can guess offline without any wait; against that only
Argon2id's cost helps. The clock and the sleep are parameters so tests need not wait.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

BACKOFF_FILE: Final = "unlock-backoff.json"
FREE_ATTEMPTS: Final = 3
FIRST_DELAY_S: Final = 1.0
MAX_DELAY_S: Final = 60.0
UNKNOWN: Final = "(unknown user)"


def delay_after(failures: int) -> float:
    """Seconds to wait after the last of `failures` wrong passphrases in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_S))


class Backoff:
    """The count of wrong passphrases in a row per user, kept in the vault folder."""

    def __init__(self, folder: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = folder / BACKOFF_FILE
        self.clock = clock

    def remaining(self, name: str) -> float:
        """Seconds before the next attempt for name may run (0 when it may run now)."""
        failures, last = self._read().get(name.strip().casefold(), (0, 0.0))
        return max(last + delay_after(failures) - self.clock(), 0.0)

    def failed(self, name: str) -> None:
        """Count one more wrong passphrase for name."""
        state = self._read()
        key = name.strip().casefold()
        failures, _ = state.get(key, (0, 0.0))
        state[key] = (failures + 1, self.clock())
        self._write(state)

    def succeeded(self, name: str) -> None:
        """A right passphrase: name starts again with free attempts."""
        state = self._read()
        if state.pop(name.strip().casefold(), None) is not None:
            self._write(state)

    def _read(self) -> dict[str, tuple[int, float]]:
        try:
            with self.path.open("rb") as fh:
                raw = json.loads(fh.read(64 * 1024).decode("utf-8"))
        except (OSError, ValueError, RecursionError):
            return {}  # missing or damaged: no wait, rather than a vault nobody can open
        if not isinstance(raw, dict):
            return {}
        state: dict[str, tuple[int, float]] = {}
        for key, value in raw.items():
            if isinstance(value, list) and len(value) == 2:
                count, last = value
                if type(count) is int and isinstance(last, int | float):
                    state[str(key)] = (count, float(last))
        return state

    def _write(self, state: dict[str, tuple[int, float]]) -> None:
        tmp = self.path.with_name(f".{BACKOFF_FILE}.{secrets.token_hex(4)}.tmp")
        try:
            tmp.write_text(json.dumps({k: list(v) for k, v in state.items()}), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            tmp.unlink(missing_ok=True)  # a read-only vault folder: attempts go uncounted

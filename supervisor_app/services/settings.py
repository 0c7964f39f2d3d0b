"""App settings (not vault data): declared once, stored as JSON in the config folder.

Nothing personal goes here: no user names, no recent files beyond the vault folder.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Final

SETTINGS_FILE: Final = "settings.json"
LANGUAGES: Final = ("auto", "nl", "en")


@dataclass(slots=True)
class Settings:
    """Every setting with its default."""

    language: str = "auto"  # "auto" follows the operating system
    idle_lock_minutes: int = 10
    vault_folder: str = ""

    def validated(self) -> Settings:
        """A copy with out-of-range values put back to their defaults."""
        default = Settings()
        return Settings(
            language=self.language if self.language in LANGUAGES else default.language,
            idle_lock_minutes=self.idle_lock_minutes
            if isinstance(self.idle_lock_minutes, int) and 1 <= self.idle_lock_minutes <= 240
            else default.idle_lock_minutes,
            vault_folder=self.vault_folder if isinstance(self.vault_folder, str) else "",
        )


def load(folder: Path) -> Settings:
    """Read the settings; a missing or damaged file gives the defaults."""
    try:
        raw = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in raw.items() if k in known}).validated()


def save(folder: Path, settings: Settings) -> None:
    """Write the settings atomically (a crash leaves the old file)."""
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{SETTINGS_FILE}.tmp"
    tmp.write_text(json.dumps(asdict(settings.validated()), indent=2), encoding="utf-8")
    os.replace(tmp, folder / SETTINGS_FILE)

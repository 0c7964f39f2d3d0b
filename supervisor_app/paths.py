"""Every place the app reads or writes, in one module; SUPERVISOR_APP_HOME overrides all.

The override keeps tests, demos and portable installs away from the user's real folders.
"""

from __future__ import annotations

import importlib.resources
import os
from pathlib import Path

import platformdirs

from supervisor_app import APP_ID

HOME_ENV = "SUPERVISOR_APP_HOME"
RESOURCES_PACKAGE = "supervisor_app.resources"


def _base(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / kind
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))
    if kind == "log":
        return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def data_dir() -> Path:
    """Where vaults live by default."""
    return _base("data")


def config_dir() -> Path:
    """Where the settings file lives."""
    return _base("config")


def log_dir() -> Path:
    """Where the app log lives (it never holds personal data)."""
    return _base("log")


def default_vault_dir() -> Path:
    """The folder the first-run wizard proposes for a new vault."""
    return data_dir() / "vault"


def demo_vault_dir() -> Path:
    """The demo vault's folder."""
    return data_dir() / "demo-vault"


def resources_dir() -> Path:
    """The files the app ships with (templates, translations, demo export, example policy).

    They are the package ``supervisor_app.resources``, found the same way from a checkout, a
    wheel and the frozen bundle. Callers walk and open them as files (the importers read the
    demo export like any folder), so an install that is not a plain folder is refused.
    """
    root = importlib.resources.files(RESOURCES_PACKAGE)
    if not isinstance(root, Path):
        raise RuntimeError(f"{RESOURCES_PACKAGE} must be installed as a folder, not in {root}")
    return root

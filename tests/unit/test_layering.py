"""The dependency rule from DESIGN.md: who may import Qt, the vault and the windows.

Qt only in ui/, printing/ and app.py; a pure, stdlib-only domain; ui/ reaches the vault only
through services/; only the app's entry points reach into ui/.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "supervisor_app"
QT_ALLOWED = {PACKAGE / "app.py"}
# Qt's text engine draws the PDFs that both front ends print (no windows there).
QT_PACKAGES = ("ui", "printing")
# Where the windows start: the app, and the installed app's self-test of its Qt parts.
# The command line reaches ui/ only for ui/words/error_text.py, which words its errors in Dutch.
UI_ENTRIES = {PACKAGE / "app.py", PACKAGE / "selftest.py", PACKAGE / "cli/language.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_package_has_modules_to_check() -> None:
    assert len(_modules()) > 10


def test_no_qt_outside_ui_and_app() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if not any(PACKAGE / name in path.parents for name in QT_PACKAGES)
        and path not in QT_ALLOWED
        and any(
            name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
            for name in _imports(path)
        )
    ]
    assert offenders == []


def test_domain_uses_only_the_standard_library_and_itself() -> None:
    import sys

    stdlib = sys.stdlib_module_names
    offenders = {}
    for path in (PACKAGE / "domain").rglob("*.py"):
        bad = {
            name
            for name in _imports(path)
            if name.split(".")[0] not in stdlib and not name.startswith("supervisor_app.domain")
        }
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert offenders == {}


def test_services_vault_and_domain_never_import_the_ui() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for layer in ("domain", "vault", "services")
        for path in (PACKAGE / layer).rglob("*.py")
        if any(
            name.startswith(("supervisor_app.ui", "supervisor_app.app")) for name in _imports(path)
        )
    ]
    assert offenders == []


def test_ui_reaches_the_vault_only_through_the_services() -> None:
    """Pages ask the services (ui/core/operations.py); the types they show come with them."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "ui").rglob("*.py")
        if any(name.startswith("supervisor_app.vault") for name in _imports(path))
    ]
    assert offenders == []


def test_nothing_but_the_app_reaches_into_the_ui() -> None:
    """The command line and every layer below stay usable without the windows."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if (PACKAGE / "ui") not in path.parents
        and path not in UI_ENTRIES
        and any(name.startswith("supervisor_app.ui") for name in _imports(path))
    ]
    assert offenders == []


def test_every_module_starts_with_a_docstring() -> None:
    missing = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if not ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert missing == []

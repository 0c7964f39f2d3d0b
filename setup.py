"""Build steps pyproject.toml cannot declare: resources/ inside the package, translations compiled.

The repository keeps ``resources/`` at its top level; every build maps it into the package as
``supervisor_app.resources``, so the app reads it through ``importlib.resources`` the same way
from a checkout (editable install), a wheel and the PyInstaller bundle. The build also compiles
the translations (``.ts`` to ``.qm``) with ``pyside6-lrelease``: nobody compiles them by hand.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES_PACKAGE = "supervisor_app.resources"
TRANSLATIONS = ROOT / "resources" / "translations"


def lrelease() -> Path:
    """PySide6's own lrelease binary (a build requirement, so it is always installed here)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("PySide6-Essentials is needed to build: it compiles the translations")
    folder = Path(next(iter(spec.submodule_search_locations)))
    binary = folder / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if not binary.is_file():
        raise SystemExit(f"PySide6 has no lrelease in {folder}")
    return binary


def compile_translations(target: Path, *, only_if_stale: bool) -> list[Path]:
    """Compile every resources/translations/*.ts into target/*.qm; returns the .qm files."""
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    if not sources:
        raise SystemExit(f"no translations (*.ts) in {TRANSLATIONS}")
    target.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    built = []
    for source in sources:
        qm = target / f"{source.stem}.qm"
        if not (only_if_stale and qm.is_file() and qm.stat().st_mtime >= source.stat().st_mtime):
            subprocess.run([str(tool), "-silent", str(source), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


class BuildPyWithTranslations(build_py):
    """build_py that also compiles the translations into the resources package."""

    def run(self) -> None:
        """Compile the .qm files, then build as usual."""
        if self.editable_mode:
            # An editable install reads resources/ in the checkout itself (the .qm files there
            # are ignored by git); recompile only what changed since the last install.
            compile_translations(TRANSLATIONS, only_if_stale=True)
            super().run()
            return
        super().run()
        package = Path(self.build_lib, *RESOURCES_PACKAGE.split("."))
        compile_translations(package / "translations", only_if_stale=False)


setup(
    packages=[*find_packages(include=["supervisor_app", "supervisor_app.*"]), RESOURCES_PACKAGE],
    package_dir={RESOURCES_PACKAGE: "resources"},
    cmdclass={"build_py": BuildPyWithTranslations},
)

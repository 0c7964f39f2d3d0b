"""Developer tasks, the same on Windows, macOS and Linux: ``uv run tasks.py TASK``.

``uv run`` first brings ``.venv`` in line with ``uv.lock`` (the project itself installed
editable, which compiles the translations), then runs this file with that environment's Python.

    test [PYTEST ARGS]  ruff, the formatter check, mypy, the workflow check, then pytest offscreen
    lint                ruff check and ruff format --check
    typecheck           mypy (strict) on the package, tests/, bench/ and the build scripts
    workflow            check .github/workflows against GitHub's schema and for security mistakes
    lupdate             re-extract the user-visible strings into resources/translations/*.ts
    bench               one table of unlock, import, playback and log verification
                        (bench/all.py), then the purge and scale benchmarks
    package             the PyInstaller bundle in dist/, built from the project's wheel
    installer           the platform's installer from that bundle (see installers/installer.py)
    installer-check     install or unpack that installer and self-test the installed app
    wheel-check         build a wheel, pip-install it into a new virtual environment and run
                        ``supervisor-app --self-test`` from there
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CHECKED = ["supervisor_app", "tests", "bench", "installers", "tasks.py", "setup.py"]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
# The bundle is built in an environment of its own, with the project installed from a wheel
# (PyInstaller cannot follow an editable install's import hook) and without the dev tools.
PACKAGE_ENV = ROOT / "build" / "package-env"
IS_WINDOWS = sys.platform == "win32"


def run(*command: str | Path, env: dict[str, str] | None = None, cwd: Path = ROOT) -> None:
    """Run a command, echoed first; stop with its exit code if it fails."""
    args = [str(part) for part in command]
    print("+", " ".join(args), flush=True)
    result = subprocess.run(args, cwd=cwd, env=env, check=False)
    if result.returncode != 0:
        raise SystemExit(result.returncode)


def python(*args: str | Path, env: dict[str, str] | None = None) -> None:
    """Run this environment's Python."""
    run(sys.executable, *args, env=env)


def offscreen() -> dict[str, str]:
    """The environment for anything that starts Qt without a display."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def uv() -> str:
    """The uv that runs this file (uv run sets UV), else the one on PATH."""
    found = os.environ.get("UV") or shutil.which("uv")
    if not found:
        raise SystemExit("uv is not on PATH: install it with 'python -m pip install uv'")
    return found


def venv_tool(venv: Path, name: str) -> Path:
    """A program installed in a virtual environment (in Scripts, with .exe, on Windows)."""
    return venv / "Scripts" / f"{name}.exe" if IS_WINDOWS else venv / "bin" / name


# --- the tasks ----------------------------------------------------------------------------------


def lint(_args: Sequence[str]) -> None:
    """Ruff's rules and its formatter, without changing a file."""
    python("-m", "ruff", "check", *CHECKED)
    python("-m", "ruff", "format", "--check", *CHECKED)


def typecheck(_args: Sequence[str]) -> None:
    """Mypy, strict, with the files listed in pyproject.toml."""
    python("-m", "mypy")


def workflow(_args: Sequence[str]) -> None:
    """The GitHub workflow cannot run here: check its shape and its security instead."""
    files = [str(path.relative_to(ROOT)) for path in WORKFLOWS]
    if not files:
        raise SystemExit("no workflow in .github/workflows")
    run(venv_tool(Path(sys.prefix), "check-jsonschema"), "--builtin-schema",
        "vendor.github-workflows", *files)  # fmt: skip
    # Offline: judge the file as written, without asking GitHub about the actions it uses.
    run(venv_tool(Path(sys.prefix), "zizmor"), "--offline", "--no-progress", *files)


def test(args: Sequence[str]) -> None:
    """Everything CI checks before building: lint, types, the workflow, then the whole suite."""
    lint(())
    typecheck(())
    workflow(())
    python("-m", "pytest", *args, env=offscreen())


def lupdate(_args: Sequence[str]) -> None:
    """Re-extract user-visible strings after changing the UI; then translate the new ones."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "supervisor_app").rglob("*.py"))
    targets = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "resources").rglob("*.ts"))
    # error_code("name", "English sentence") declares an error (domain/errors.py): lupdate
    # reads it like QT_TRANSLATE_NOOP, with the code's name as the context that
    # ui/words/error_text.py looks up.
    alias = ["-tr-function-alias", "QT_TRANSLATE_NOOP+=error_code"]
    run(venv_tool(Path(sys.prefix), "pyside6-lupdate"), *alias, *sources, "-ts", *targets,
        "-no-obsolete")  # fmt: skip


def bench(_args: Sequence[str]) -> None:
    """The benchmarks, each printing ratios against a baseline measured in the same run.

    bench/all.py prints unlock, import, playback and log verification as one table; the purge
    and scale benchmarks print their own figures after it.
    """
    for name in ("all", "purge", "scale"):
        python(ROOT / "bench" / f"{name}.py", env=offscreen())


def package(_args: Sequence[str]) -> None:
    """The one-folder app (or .app on macOS) in dist/, from the locked package environment."""
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    env["UV_PROJECT_ENVIRONMENT"] = str(PACKAGE_ENV)
    run(uv(), "sync", "--no-dev", "--group", "package", "--no-editable", "--reinstall-package",
        "supervisor-app", env=env)  # fmt: skip
    run(venv_tool(PACKAGE_ENV, "pyinstaller"), "--noconfirm", "--log-level", "WARN",
        "--distpath", ROOT / "dist", "--workpath", ROOT / "build" / "pyinstaller",
        ROOT / "build.spec")  # fmt: skip


def installer(args: Sequence[str]) -> None:
    """The platform's installer (Windows setup, macOS disk image, Linux archive) in dist/."""
    python(ROOT / "installers" / "installer.py", "build", *args)


def installer_check(args: Sequence[str]) -> None:
    """Install or unpack the installer in a throwaway place and self-test the installed app."""
    python(ROOT / "installers" / "installer.py", "check", *args)


def wheel_check(_args: Sequence[str]) -> None:
    """A wheel built from the repository works on its own: pip install, then --self-test."""
    with tempfile.TemporaryDirectory(prefix="supervisor-app-wheel-") as tmp:
        work = Path(tmp)
        run(uv(), "build", "--quiet", "--wheel", "--out-dir", work / "dist")
        wheels = sorted((work / "dist").glob("supervisor_app-*.whl"))
        if len(wheels) != 1:
            raise SystemExit(f"expected one wheel, found {[w.name for w in wheels]}")
        # A plain venv with pip, made by the interpreter the project runs on.
        base = getattr(sys, "_base_executable", sys.executable)
        run(base, "-m", "venv", work / "venv")
        run(venv_tool(work / "venv", "python"), "-m", "pip", "install", "--quiet", wheels[0])
        # Run from an empty folder, so nothing from the checkout can be imported by accident.
        empty = work / "elsewhere"
        empty.mkdir()
        clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        run(venv_tool(work / "venv", "supervisor-app"), "--self-test", env=clean, cwd=empty)


TASKS: dict[str, Callable[[Sequence[str]], None]] = {
    "test": test,
    "lint": lint,
    "typecheck": typecheck,
    "workflow": workflow,
    "lupdate": lupdate,
    "bench": bench,
    "package": package,
    "installer": installer,
    "installer-check": installer_check,
    "wheel-check": wheel_check,
}


def main(argv: Sequence[str]) -> int:
    """Run the task named first in argv with the rest as its arguments."""
    if not argv or argv[0] not in TASKS:
        print(__doc__, file=sys.stderr)
        return 2
    TASKS[argv[0]](argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Set-up, build and checks agree: the README, .ci/run, the workflow and pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from supervisor_app import paths

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI_RUN = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SYSTEMS = {"ubuntu-latest", "windows-latest", "macos-latest"}


def setup_commands() -> list[str]:
    """The command lines of the first code block under the README's set-up heading."""
    section = README.split("## Set-up: two commands", 1)[1]
    block = re.search(r"```\w*\n(.*?)```", section, re.DOTALL)
    assert block, "the set-up section has no code block"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


def workflow() -> dict[str, Any]:
    """The GitHub workflow, parsed."""
    text = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    parsed: dict[str, Any] = YAML(typ="safe").load(text)
    return parsed


def commands(job: dict[str, Any]) -> list[str]:
    """Every run: line of a job's steps."""
    return [line.strip() for step in job["steps"] for line in step.get("run", "").splitlines()]


def test_the_readme_sets_up_with_the_same_two_commands_everywhere() -> None:
    assert setup_commands() == ["uv run supervisor-app --demo", "uv run tasks.py test"]
    # One block for every system: no separate Windows recipe any more.
    section = README.split("## Set-up: two commands", 1)[1].split("\n## ", 1)[0]
    assert "```powershell" not in section.lower()


def test_ci_runs_the_readme_commands_against_the_lock() -> None:
    lines = [line.strip() for line in CI_RUN.splitlines()]
    assert "export UV_LOCKED=1" in lines
    assert "uv run tasks.py test" in lines
    assert any(line.startswith("setsid uv run supervisor-app --demo") for line in lines)
    assert "uv run tasks.py wheel-check" in lines


def test_the_workflow_tests_on_three_systems_before_it_builds_installers() -> None:
    flow = workflow()
    assert flow["env"]["UV_LOCKED"] == "1"
    test, installer = flow["jobs"]["test"], flow["jobs"]["installer"]
    assert set(test["strategy"]["matrix"]["os"]) == SYSTEMS
    assert "uv run tasks.py test" in commands(test)
    assert installer["needs"] == "test"
    assert set(installer["strategy"]["matrix"]["os"]) == SYSTEMS
    steps = commands(installer)
    order = [
        "uv run tasks.py package",
        "uv run tasks.py installer",
        "uv run tasks.py installer-check",
    ]
    assert [steps.index(step) for step in order] == sorted(steps.index(step) for step in order)


def test_signing_is_skipped_without_its_secrets() -> None:
    for step in workflow()["jobs"]["installer"]["steps"]:
        secrets = [v for v in step.get("env", {}).values() if "secrets." in str(v)]
        if secrets:
            # Each signing step checks its secret and says what it skipped.
            assert re.search(r"if \(-not \$env:\w+\)|if \[ -z ", step["run"]), step["name"]


def test_linters_and_type_checker_are_pinned() -> None:
    dev = PYPROJECT["dependency-groups"]["dev"]
    for tool in ("ruff", "mypy"):
        [spec] = [d for d in dev if re.match(rf"{tool}\b", d)]
        assert re.fullmatch(rf"{tool}==[\d.]+", spec), spec


def test_pyside_stays_below_6_12_at_run_and_build_time() -> None:
    for requirement in (
        *PYPROJECT["project"]["dependencies"],
        *PYPROJECT["build-system"]["requires"],
    ):
        if requirement.lower().startswith("pyside6"):
            assert "<6.12" in requirement, requirement


@pytest.mark.parametrize("source", sorted((ROOT / "resources" / "translations").glob("*.ts")))
def test_the_installed_resources_hold_every_compiled_translation(source: Path) -> None:
    # The build compiles each .ts into the package the app reads through importlib.resources.
    compiled = paths.resources_dir() / "translations" / f"{source.stem}.qm"
    assert compiled.is_file(), f"{compiled} was not built"
    assert compiled.stat().st_size > 0

"""Every action the app writes to the audit log has its words in the log's PDF, in both languages.

Without them the export falls back to the bare action name ("subject export started") in the
middle of a Dutch page. The actions are read from the code itself: the first argument of every
``….record(…)`` call and the third of every ``audit.append(…)``, literal or a named constant.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from supervisor_app import paths
from supervisor_app.services.session import MIGRATION_ACTIONS

PACKAGE = Path(__file__).resolve().parents[2] / "supervisor_app"
# Which argument names the action, by the name of the function called.
ACTION_ARGUMENT = {"record": 0, "append": 2}


def _constants(trees: list[ast.Module]) -> dict[str, str]:
    """Every module-level NAME = "text" of the package (action names are unique enough)."""
    found: dict[str, str] = {}
    for tree in trees:
        for node in tree.body:
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
            targets = (
                node.targets
                if isinstance(node, ast.Assign)
                else [node.target]
                if isinstance(node, ast.AnnAssign)
                else []
            )
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.update({t.id: value.value for t in targets if isinstance(t, ast.Name)})
    return found


def _is_action_call(call: ast.Call) -> int | None:
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "record":
        return ACTION_ARGUMENT["record"]
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "append"
        and isinstance(func.value, ast.Name)
        and func.value.id == "audit"
    ):
        return ACTION_ARGUMENT["append"]
    return None


def written_actions() -> set[str]:
    """The action names the package's code writes."""
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in PACKAGE.rglob("*.py")]
    constants = _constants(trees)
    actions: set[str] = set(MIGRATION_ACTIONS)
    for tree in trees:
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            index = _is_action_call(call)
            if index is None or len(call.args) <= index:
                continue
            arg = call.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                actions.add(arg.value)
            elif isinstance(arg, ast.Name) and arg.id in constants:
                actions.add(constants[arg.id])
            elif isinstance(arg, ast.Attribute) and arg.attr in constants:
                actions.add(constants[arg.attr])
    return actions


def test_the_scan_finds_the_actions_it_should() -> None:
    actions = written_actions()
    # A literal, a constant of the same module, a constant of another module, a migration's.
    assert {"listen_started", "vault_rekeyed", "clock_behind_log", "retention_recomputed"} <= (
        actions
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_written_action_has_words(language: str) -> None:
    words = json.loads(
        (paths.resources_dir() / "templates" / f"audit_log.{language}.json").read_text("utf-8")
    )
    missing = sorted(a for a in written_actions() if f"action_{a}" not in words)
    assert missing == []

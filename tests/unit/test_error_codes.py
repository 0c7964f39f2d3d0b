"""Every error code has a Dutch and an English sentence; every raise gives the values they name."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import supervisor_app
from supervisor_app.domain.errors import ErrorCode, InputError, declared_codes

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "supervisor_app"
TS_DIR = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)\}")


def _all_codes() -> dict[str, ErrorCode]:
    """Import every module, so every layer's error_codes module has declared its codes."""
    for module in pkgutil.walk_packages(supervisor_app.__path__, "supervisor_app."):
        if module.name.endswith("__main__"):
            continue
        importlib.import_module(module.name)
    return dict(declared_codes())


CODES = _all_codes()


def _translations(language: str) -> dict[tuple[str, str], str]:
    """(context, source) → finished translation in supervisor_app_<language>.ts."""
    found: dict[tuple[str, str], str] = {}
    root = ET.parse(TS_DIR / f"supervisor_app_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            found[(name, message.findtext("source") or "")] = translation.text or ""
    return found


def test_the_codes_of_every_layer_are_declared() -> None:
    prefixes = {name.split(".")[0] for name in CODES}
    assert {"vault", "people", "access", "audio", "ingest", "rights", "cli", "ui"} <= prefixes
    assert len(CODES) > 250


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_code_is_translated_with_the_same_placeholders(language: str) -> None:
    translations = _translations(language)
    problems = []
    for code in CODES.values():
        text = translations.get((code.name, code.english))
        if not text or not text.strip():
            problems.append(f"{code.name}: no {language} translation of {code.english!r}")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(code.english)):
            problems.append(f"{code.name}: {text!r} does not name the values {code.english!r} does")
    assert not problems, "\n".join(problems)


def test_the_dutch_sentences_are_not_the_english_ones() -> None:
    dutch = _translations("nl")
    same = [
        code.name
        for code in CODES.values()
        if dutch.get((code.name, code.english)) == code.english and code.english != "{text}"
    ]
    assert not same


def test_a_code_is_declared_once() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        from supervisor_app.domain.errors import error_code

        error_code("vault.no_folder", "Again.")


def test_an_error_keeps_its_code_values_and_english_sentence() -> None:
    from supervisor_app.domain import error_codes as codes

    error = InputError(codes.EXTENSION_INVALID, extension="abc")
    assert error.code is codes.EXTENSION_INVALID
    assert dict(error.values) == {"extension": "abc"}
    assert str(error) == "“abc” is not a telephone extension; use digits only, such as 201."


# --- every raise gives exactly the values its sentence names ---------------------------------


def _code_modules(tree: ast.Module) -> dict[str, str]:
    """Local alias → the error_codes module it names (``from x import error_codes as codes``)."""
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                if alias.name.endswith("error_codes"):
                    aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return aliases


def _raise_sites() -> list[tuple[str, int, ErrorCode, set[str]]]:
    """(file, line, code, value names) for each ``SomeError(codes.X, name=value, …)``."""
    sites = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = _code_modules(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            callee = node.func
            name = callee.attr if isinstance(callee, ast.Attribute) else getattr(callee, "id", "")
            first = node.args[0]
            if not (
                name[:1].isupper()
                and isinstance(first, ast.Attribute)
                and isinstance(first.value, ast.Name)
                and first.value.id in aliases
            ):
                continue
            module = importlib.import_module(aliases[first.value.id])
            code = getattr(module, first.attr)
            names = {k.arg for k in node.keywords if k.arg is not None}
            if any(k.arg is None for k in node.keywords):
                continue  # **values passed on: checked where they were made
            sites.append((str(path.relative_to(ROOT)), node.lineno, code, names))
    return sites


def test_every_raise_gives_the_values_its_sentence_names() -> None:
    sites = _raise_sites()
    assert len(sites) > 150
    wrong = [
        f"{where}:{line} {code.name} gets {sorted(names)}, "
        f"needs {sorted(PLACEHOLDER.findall(code.english))}"
        for where, line, code, names in sites
        if names != set(PLACEHOLDER.findall(code.english))
    ]
    assert not wrong, "\n".join(wrong)

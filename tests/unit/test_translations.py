"""The Dutch and English translations are complete, current and keep their placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
TS_FILES = sorted(TS_DIR.glob("supervisor_app_*.ts"))
PLACEHOLDER = re.compile(r"%\d+|\{[A-Za-z_]\w*\}")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message in a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: message without translation element"
            found.append((name, message.findtext("source") or "", translation))
    return found


def _lupdate() -> Path:
    # The tool comes with PySide6 and sits next to the interpreter (bin/ or Scripts/).
    folder = Path(sys.executable).parent
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        if (folder / name).is_file():
            return folder / name
    found = shutil.which("pyside6-lupdate")
    assert found, "pyside6-lupdate not found next to the Python interpreter or on PATH"
    return Path(found)


def _texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a %n message (singular, plural)."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_both_languages_exist() -> None:
    assert [p.name for p in TS_FILES] == ["supervisor_app_en.ts", "supervisor_app_nl.ts"]


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(path: Path) -> None:
    messages = _messages(path)
    assert messages, f"{path.name} holds no messages"
    unfinished = [
        f"{context}: {source!r}"
        for context, source, translation in messages
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in _texts(translation))
    ]
    assert not unfinished, f"{path.name} has untranslated messages:\n" + "\n".join(unfinished)


def test_english_translation_is_the_source_text() -> None:
    english = TS_DIR / "supervisor_app_en.ts"
    differing = [
        source
        for _context, source, translation in _messages(english)
        # A %n message's forms say the singular and the plural of its "(s)".
        if _texts(translation) != [source] and "%n" not in source
    ]
    assert not differing


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_placeholders_and_accelerators_are_kept(path: Path) -> None:
    wrong = []
    for context, source, translation in _messages(path):
        for text in _texts(translation):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if source.count("&") != text.count("&"):
                wrong.append(f"{context}: {source!r} -> {text!r} (& accelerator)")
    assert not wrong, "\n".join(wrong)


def test_ts_files_are_up_to_date_with_the_source(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "supervisor_app").rglob("*.py"))
    copies = []
    for path in TS_FILES:
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        copies.append(copy)
    result = subprocess.run(
        # As tasks.py lupdate: error_code("name", "sentence") is a translatable text.
        [
            str(_lupdate()),
            *("-tr-function-alias", "QT_TRANSLATE_NOOP+=error_code"),
            *sources,
            "-ts",
            *map(str, copies),
            "-no-obsolete",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for path, copy in zip(TS_FILES, copies, strict=True):
        committed = {(c, s) for c, s, _t in _messages(path)}
        current = {(c, s) for c, s, _t in _messages(copy)}
        new = sorted(current - committed)
        assert not new, (
            f"{path.name} misses strings from the source; run `make lupdate` and translate:\n"
            + "\n".join(f"{c}: {s!r}" for c, s in new)
        )

"""One language's phrases (phrases.<lang>.json): text with $placeholders, plurals, names, dates.

Documents and notices are both written from these phrases and from templates; the caller
passes the file texts in, so the domain stays free of I/O.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from string import Template
from typing import Final

LANGUAGES: Final = ("nl", "en")

# A phrase is text, a list of texts (month names) or {"one": ..., "other": ...} forms.
Phrase = str | list[str] | dict[str, str]


def checked_language(language: str) -> str:
    """Return language when the app speaks it, else raise ValueError (a bug, not user input)."""
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}; use one of: {', '.join(LANGUAGES)}.")
    return language


def phrase_file(language: str) -> str:
    """The file name of a language's phrases."""
    return f"phrases.{checked_language(language)}.json"


def substitute(text: str, values: Mapping[str, str], where: str) -> str:
    """Fill text's $placeholders; an unknown or malformed one names ``where`` it was."""
    try:
        return Template(text).substitute(values)
    except KeyError as error:
        raise ValueError(f"{where} uses the unknown placeholder ${error.args[0]}.") from None
    except ValueError as error:  # a lone "$" that should have been written "$$"
        raise ValueError(f"{where}: {error}") from None


def parse_phrases(text: str, name: str) -> dict[str, Phrase]:
    """The phrases in a phrase file's text, each checked for one of the allowed forms."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"{name} is not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{name} must hold one object of phrases.")
    phrases: dict[str, Phrase] = {}
    for key, value in data.items():
        if isinstance(value, str):
            phrases[key] = value
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            phrases[key] = [str(v) for v in value]
        elif isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            phrases[key] = {str(k): str(v) for k, v in value.items()}
        else:
            raise ValueError(f"{name}: the phrase {key!r} has an unexpected form.")
    return phrases


class Phrasebook:
    """The phrases and templates of one language."""

    def __init__(self, language: str, templates: Mapping[str, str]) -> None:
        self.language = checked_language(language)
        self._templates = templates
        self._name = phrase_file(language)
        self._phrases = parse_phrases(self.source(self._name), self._name)

    def source(self, name: str) -> str:
        """The text of a template file."""
        try:
            return self._templates[name]
        except KeyError:
            raise ValueError(f"The template {name} is missing.") from None

    def entry(self, key: str) -> Phrase:
        """A phrase in whatever form it has."""
        try:
            return self._phrases[key]
        except KeyError:
            raise ValueError(f"The phrase {key!r} is missing from {self._name}.") from None

    def phrase(self, key: str, **values: str) -> str:
        """The phrase ``key`` with its $placeholders filled."""
        entry = self.entry(key)
        if not isinstance(entry, str):
            raise ValueError(f"The phrase {key!r} must be text.")
        return substitute(entry, values, f"{self._name}: {key}")

    def plural(self, key: str, count: int, **values: str) -> str:
        """The singular or plural form of ``key`` for count, with $n set to the count."""
        entry = self.entry(key)
        if not (isinstance(entry, dict) and {"one", "other"} <= entry.keys()):
            raise ValueError(f"The phrase {key!r} must have the forms “one” and “other”.")
        form = entry["one"] if count == 1 else entry["other"]
        return substitute(form, {"n": str(count), **values}, f"{self._name}: {key}")

    def names(self, key: str, count: int) -> list[str]:
        """A list phrase (month or weekday names) that must hold exactly count names."""
        entry = self.entry(key)
        if not (isinstance(entry, list) and len(entry) == count):
            raise ValueError(f"The phrase {key!r} must list {count} names.")
        return list(entry)

    def join(self, items: Sequence[str]) -> str:
        """``a``, ``a and b``, ``a, b and c`` (no serial comma in either language)."""
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.phrase('and')} {items[-1]}"

    def date(self, day: dt.date) -> str:
        """A date as written in running text, e.g. ``1 september 2026``."""
        month = self.names("months", 12)[day.month - 1]
        return self.phrase("date", day=str(day.day), month=month, year=str(day.year))

    def fill(self, name: str, values: Mapping[str, str], required: frozenset[str]) -> str:
        """The template ``name`` filled; it must use every placeholder in required."""
        source = self.source(name)
        missing = required - set(Template(source).get_identifiers())
        if missing:
            raise ValueError(f"The template {name} lacks ${', $'.join(sorted(missing))}.")
        return substitute(source, values, name)

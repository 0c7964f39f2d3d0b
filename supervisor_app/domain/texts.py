"""Free texts of the policy in every language the app speaks, and how much a text says."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from supervisor_app.domain.phrasebook import LANGUAGES, checked_language

# A word of substance: two letters or more ("x", "-", "1" say nothing on their own).
_WORD = re.compile(r"\w*[^\W\d_]\w*[^\W\d_]\w*")


def word_count(text: str) -> int:
    """How many words of at least two letters text holds (a check that it says something)."""
    return len(_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class LocalText:
    """One free text of the policy, written in each language (blank where not yet written).

    Documents and notices print the text of their reader's language and never another, so a
    Dutch letter never quotes an English title.
    """

    nl: str = ""
    en: str = ""

    @classmethod
    def of(cls, language: str, text: str) -> LocalText:
        """A text written in one language only."""
        return cls().replaced(language, text)

    def get(self, language: str) -> str:
        """The text in language, stripped; blank when it has not been written in it."""
        return (self.nl if checked_language(language) == "nl" else self.en).strip()

    def replaced(self, language: str, text: str) -> LocalText:
        """A copy with the text in language changed."""
        return replace(self, **{checked_language(language): text})

    def first(self, order: Iterable[str] = LANGUAGES) -> str:
        """The first language's text that is written, in order (screens only, never letters)."""
        return next((text for lang in order if (text := self.get(lang))), "")

    @property
    def is_blank(self) -> bool:
        """Whether no language has any text."""
        return not any(self.get(lang) for lang in LANGUAGES)

    def missing(self, languages: Iterable[str]) -> tuple[str, ...]:
        """The languages among ``languages`` that have no text yet, in the app's order."""
        wanted = set(languages)
        return tuple(lang for lang in LANGUAGES if lang in wanted and not self.get(lang))


@dataclass(frozen=True, slots=True)
class LocalLines:
    """A list of short texts (the protocol's expectations), one list per language."""

    nl: tuple[str, ...] = ()
    en: tuple[str, ...] = ()

    @classmethod
    def of(cls, language: str, lines: Iterable[str]) -> LocalLines:
        """Lines written in one language only."""
        return cls().replaced(language, lines)

    def get(self, language: str) -> tuple[str, ...]:
        """The non-blank lines in language, stripped."""
        lines = self.nl if checked_language(language) == "nl" else self.en
        return tuple(line.strip() for line in lines if line.strip())

    def replaced(self, language: str, lines: Iterable[str]) -> LocalLines:
        """A copy with the lines in language changed."""
        return replace(self, **{checked_language(language): tuple(lines)})

    @property
    def is_blank(self) -> bool:
        """Whether no language has a line."""
        return not any(self.get(lang) for lang in LANGUAGES)

    def missing(self, languages: Iterable[str]) -> tuple[str, ...]:
        """The languages among ``languages`` without a single line yet."""
        wanted = set(languages)
        return tuple(lang for lang in LANGUAGES if lang in wanted and not self.get(lang))

    def has_blank_line(self) -> bool:
        """Whether some language's list holds an empty line (a line left out by mistake)."""
        return any(not line.strip() for lang in LANGUAGES for line in self._raw(lang))

    def _raw(self, language: str) -> tuple[str, ...]:
        return self.nl if language == "nl" else self.en

"""The language the command line speaks (--lang, else the environment) and its error sentences.

English is the errors' own wording. For Dutch the command line uses the app's translations and
ui/words/error_text.py, so a sentence reads the same in the window and in the terminal. Only QtCore
is loaded for that (no windows, no display), and only when an error is to be shown in Dutch.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final

from supervisor_app.domain.errors import UserFacingError

LANGUAGES: Final = ("nl", "en")
# POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG.
_LOCALE_VARIABLES: Final = ("LC_ALL", "LC_MESSAGES", "LANG")


def cli_language(option: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The chosen language: the --lang option, else the locale's ("nl…" is Dutch), else English."""
    if option in LANGUAGES:
        return option
    for name in _LOCALE_VARIABLES:
        value = environ.get(name, "")
        if value:
            return "nl" if value.casefold().startswith("nl") else "en"
    return "en"


def error_sentence(exc: UserFacingError, language: str) -> str:
    """The error as one sentence in language."""
    if language != "nl":
        return exc.message
    from supervisor_app.ui.words.error_text import error_text_in

    return error_text_in(exc, language)

"""Every error a user can meet, as a sentence in the interface language.

Below ui/ an error carries a code and values (domain/errors.py). Each code's English sentence
is marked for translation where it is declared: ``tasks.py lupdate`` reads ``error_code`` calls
as translatable texts whose context is the code's name. Here the code becomes the translated
sentence, and each value is written in the reader's words: a date as 01-12-2026 in Dutch, a
role or request kind by its translated name, a purpose by its title in the reader's language.
The command line words its errors with the same function (supervisor_app/cli/language.py).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from enum import Enum
from pathlib import PurePath
from typing import Final

from PySide6.QtCore import QCoreApplication, QLocale

from supervisor_app.domain import error_codes as domain_codes
from supervisor_app.domain.agent_roster import LineError
from supervisor_app.domain.errors import (
    ErrorCode,
    InputError,
    OsProblem,
    UserFacingError,
    Value,
    error_code,
)
from supervisor_app.domain.policy import DocumentKind
from supervisor_app.domain.requests import RequestKind, RequestState
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalText
from supervisor_app.services.agent_import import AgentsListRefused
from supervisor_app.services.documents import DocumentsBlocked
from supervisor_app.services.policy import PolicyFileRefused, PolicyIncomplete
from supervisor_app.ui.core import i18n
from supervisor_app.ui.core.i18n import interface_language
from supervisor_app.ui.words.labels import role_name
from supervisor_app.ui.words.policy_labels import document_name
from supervisor_app.ui.words.request_labels import kind_name, state_name
from supervisor_app.ui.words.time_format import shown_time

log = logging.getLogger(__name__)

# A sentence ui/ words itself (a field left empty in a dialog): already in the reader's language.
OWN_SENTENCE: Final = error_code("ui.own_sentence", "{text}")


class UiError(InputError):
    """A mistake a dialog finds before asking the services, already in the reader's language."""

    def __init__(self, text: str) -> None:
        super().__init__(OWN_SENTENCE, text=text)


def error_text(exc: UserFacingError) -> str:
    """The error as one sentence in the interface language."""
    return sentence(exc.code, {**exc.values, **_worded_lists(exc)})


def _worded_lists(exc: UserFacingError) -> dict[str, Value]:
    """What is missing from a policy, or wrong in a policy file, as the policy page words it.

    These errors carry the items themselves; their English lines are only the log's.
    """
    # Imported here: missing_text words a policy file's problems with this module.
    from supervisor_app.ui.words.missing_text import missing_text, problem_text

    if isinstance(exc, PolicyIncomplete):
        return {"missing": "\n".join(f"- {missing_text(i, exc.policy)}" for i in exc.missing)}
    if isinstance(exc, DocumentsBlocked):
        return {"first": missing_text(exc.item, exc.policy)}
    if isinstance(exc, PolicyFileRefused):
        return {"problems": "\n".join(problem_text(p) for p in exc.problems)}
    if isinstance(exc, AgentsListRefused):
        return {"lines": "\n".join(line_error_text(e) for e in exc.errors)}
    return {}


def line_error_text(error: LineError) -> str:
    """One wrong line of an agents list, in the interface language ("Regel 4: …")."""
    return sentence(
        domain_codes.ROSTER_LINE, {"line": error.line, "problem": error_text(error.problem)}
    )


def error_text_in(exc: UserFacingError, language: str) -> str:
    """The error in language, outside the windows (the command line's last word).

    A QCoreApplication made for it lives until the process ends; where one exists already (a
    test, a printed PDF) it is borrowed and its language put back afterwards.
    """
    app = QCoreApplication.instance() or QCoreApplication([])
    previous = i18n.interface_language()
    i18n.install_translators(app, language)
    try:
        return error_text(exc)
    finally:
        i18n.install_translators(app, previous)


def sentence(code: ErrorCode, values: Mapping[str, Value]) -> str:
    """A code's sentence in the interface language, with its values in the reader's words."""
    if code is OWN_SENTENCE:
        return str(values.get("text", ""))
    template = QCoreApplication.translate(code.name, code.english)
    words = {key: reader_value(value) for key, value in values.items()}
    try:
        return template.format(**words)
    except (KeyError, IndexError, ValueError):
        # A translation naming a value the code does not give is a bug in the translation
        # (a test guards against it); the English sentence still tells the user what to do.
        log.error("the translation of error %s does not fit its values", code.name)
        return code.sentence(values)


def reader_value(value: Value) -> str:
    """A value as the interface language writes it."""
    if isinstance(value, Role):
        return role_name(value)
    if isinstance(value, OsProblem):
        return os_problem_text(value)
    if isinstance(value, RequestKind):
        return request_kind_text(value)
    if isinstance(value, DocumentKind):
        return document_text(value)
    if isinstance(value, RequestState):
        return state_name(value).lower()
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, LocalText):
        language = interface_language()
        return value.first((language, "en" if language == "nl" else "nl"))
    if isinstance(value, dt.datetime):
        return shown_time(value)
    if isinstance(value, dt.date):
        return reader_date(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    if isinstance(value, PurePath):
        return str(value)
    return str(value)


def reader_date(day: dt.date) -> str:
    """A date as a reader of the interface language writes it: 01-12-2026, or 2026-12-01."""
    return day.strftime("%d-%m-%Y") if interface_language() == "nl" else day.isoformat()


def os_problem_text(problem: OsProblem) -> str:
    """Why a file could not be used, as part of a sentence."""
    texts = {
        OsProblem.NOT_FOUND: QCoreApplication.translate("ErrorText", "it does not exist"),
        OsProblem.NO_PERMISSION: QCoreApplication.translate(
            "ErrorText", "you may not read or write it"
        ),
        OsProblem.DISK_FULL: QCoreApplication.translate("ErrorText", "the disk is full"),
        OsProblem.READ_ONLY: QCoreApplication.translate(
            "ErrorText", "the disk or folder is read-only"
        ),
        OsProblem.IS_FOLDER: QCoreApplication.translate("ErrorText", "it is a folder"),
        OsProblem.NOT_FOLDER: QCoreApplication.translate("ErrorText", "it is not a folder"),
    }
    return texts[problem]


def request_kind_text(kind: RequestKind) -> str:
    """A kind of request as a sentence names it ("a request for access")."""
    return kind_name(kind).lower()


def document_text(kind: DocumentKind) -> str:
    """A document's name in a sentence."""
    return document_name(kind.value)

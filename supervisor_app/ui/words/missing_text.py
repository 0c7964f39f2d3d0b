"""The policy's missing items in the interface language, and which purpose a key names.

Each item carries the English sentence declared with its rule (found by lupdate in the
domain) and the values to fill in; here the sentence is translated and the values are put
in the reader's words: a purpose by its title in the interface language, roles by their
names, dates as 01-12-2026, languages by their names. The problems of a policy file that
cannot be imported are translated the same way where the domain declared their sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from supervisor_app.domain.errors import InputError
from supervisor_app.domain.policy import Policy, is_valid_purpose_id
from supervisor_app.domain.policy_check import MissingItem
from supervisor_app.domain.policy_schema import (
    CHECKS,
    FILE_PROBLEMS,
    LANGUAGE_NAMES,
    STILL_MISSING_IN,
    TWO_LANGUAGES,
    ReadProblem,
    language_list,
)
from supervisor_app.domain.roles import parse_role
from supervisor_app.ui.words.error_text import error_text
from supervisor_app.ui.words.labels import purpose_title, role_name

_PURPOSE_KEY = re.compile(r"purposes\[([^\]]*)\]\.(\w+)")

# Bound once so lupdate finds the calls: it knows translate() by name.
translate = QCoreApplication.translate


def purpose_bases(policy: Policy) -> list[str]:
    """The key prefix of each purpose, in order, as ``missing_items`` writes it.

    A purpose is named by its id when that id is valid and not used by an earlier
    purpose, else by its position counted from 1.
    """
    seen: set[str] = set()
    bases = []
    for position, purpose in enumerate(policy.purposes, start=1):
        usable = is_valid_purpose_id(purpose.id) and purpose.id not in seen
        bases.append(f"purposes[{purpose.id}]" if usable else f"purposes[{position}]")
        seen.add(purpose.id)
    return bases


def split_purpose_key(policy: Policy, key: str) -> tuple[int, str] | None:
    """(index of the purpose, field) for a key like ``purposes[training].necessity``."""
    match = _PURPOSE_KEY.fullmatch(key)
    if match is None:
        return None
    base = f"purposes[{match.group(1)}]"
    bases = purpose_bases(policy)
    if base not in bases:
        return None
    return bases.index(base), match.group(2)


def _purpose_name(policy: Policy, index: int) -> str:
    purpose = policy.purposes[index]
    shown = purpose_title(purpose)
    return f"“{shown}”" if shown else translate("MissingItems", "number {n}").format(n=index + 1)


def _roles(values: str) -> str:
    names = []
    for value in values.split(","):
        try:
            names.append(role_name(parse_role(value)))
        except InputError:
            names.append(value.strip())
    return ", ".join(names)


def _date(iso: str) -> str:
    try:
        return dt.date.fromisoformat(iso).strftime("%d-%m-%Y")
    except ValueError:
        return iso


def missing_text(item: MissingItem, policy: Policy) -> str:
    """The sentence for item in the interface language."""
    params = dict(item.params)
    if "name" in params:
        found = split_purpose_key(policy, item.key)
        if found is not None:
            params["name"] = _purpose_name(policy, found[0])
    if "roles" in params:
        params["roles"] = _roles(params["roles"])
    if "date" in params:
        params["date"] = _date(params["date"])
    sentence = translate(CHECKS, item.template).format(**params)
    if item.languages:
        names = {lang: translate(CHECKS, name) for lang, name in LANGUAGE_NAMES.items()}
        languages = language_list(item.languages, names, translate(CHECKS, TWO_LANGUAGES))
        sentence += " " + translate(CHECKS, STILL_MISSING_IN).format(languages=languages)
    return sentence


def problem_text(problem: ReadProblem) -> str:
    """A policy file's problem as one line: its key, then why, translated where declared."""
    if problem.error is not None:
        sentence = error_text(problem.error)
    elif problem.template:
        # A value may be a word of the reader's too ("a number"); the file's own text stays.
        params = {key: translate(FILE_PROBLEMS, value) for key, value in problem.params.items()}
        sentence = translate(FILE_PROBLEMS, problem.template).format(**params)
    else:
        sentence = problem.text
    return f"{problem.key}: {sentence}" if problem.key else sentence

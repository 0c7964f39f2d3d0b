"""ui/words/error_text.py: a code's sentence in the reader's language, values in their words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from supervisor_app.domain import error_codes as domain_codes
from supervisor_app.domain.errors import InputError, OsProblem
from supervisor_app.domain.policy import Policy
from supervisor_app.domain.policy_check import review
from supervisor_app.domain.requests import RequestKind, RequestState
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalText
from supervisor_app.services import error_codes as codes
from supervisor_app.services.policy import PolicyIncomplete
from supervisor_app.ui.core.i18n import interface_language
from supervisor_app.ui.words.error_text import UiError, error_text, error_text_in
from supervisor_app.ui.words.missing_text import missing_text
from tests.ui.requests_fixtures import speaking


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[str]:
    with speaking("nl") as language:
        yield language


def test_values_are_written_in_the_readers_words(dutch: str) -> None:
    received = InputError(domain_codes.REQUEST_RECEIVED_IN_FUTURE, date=dt.date(2026, 12, 1))
    assert error_text(received) == (
        "De dag van ontvangst 01-12-2026 ligt in de toekomst; vul de dag in waarop het verzoek "
        "binnenkwam."
    )
    role = InputError(domain_codes.ROLE_NEEDS_TEAM, role=Role.TEAM_LEAD)
    assert error_text(role).startswith("De rol Teamleider werkt alleen voor gekozen teams")
    purpose = InputError(
        codes.HOLD_NOT_KEPT_FOR, purpose=LocalText(nl="Training en coaching", en="Training")
    )
    assert "“Training en coaching”" in error_text(purpose)
    unreadable = InputError(
        codes.POLICY_FILE_UNREADABLE, file=Path("/x/beleid.toml"), reason=OsProblem.NOT_FOUND
    )
    assert error_text(unreadable) == (
        "Het beleidsbestand /x/beleid.toml kan niet worden gelezen (het bestaat niet)."
    )
    kind = InputError(codes.EXPORT_WRONG_KIND, request=3, kind=RequestKind.ERASURE)
    assert "verzoek om " in error_text(kind) and "(art. 17)" in error_text(kind)
    closed = InputError(codes.EXPORT_REQUEST_CLOSED, request=3, state=RequestState.ANSWERED)
    assert error_text(closed) == "Verzoek 3 is al beantwoord."


def test_english_is_the_codes_own_sentence(qapp: QApplication) -> None:
    error = InputError(domain_codes.REQUEST_RECEIVED_IN_FUTURE, date=dt.date(2026, 12, 1))
    with speaking("en"):
        assert error_text(error) == (
            "The day of receipt 2026-12-01 lies in the future; enter the day the request arrived."
        )
    assert str(error) == error_text(error)


def test_a_dialogs_own_sentence_is_shown_as_written(dutch: str) -> None:
    assert error_text(UiError("Kies waar de export komt.")) == "Kies waar de export komt."


def test_outside_the_windows_the_language_is_borrowed_and_put_back(qapp: QApplication) -> None:
    error = InputError(domain_codes.TEAM_NAME_INVALID, limit=64)
    assert interface_language() == "en"
    assert error_text_in(error, "nl") == "Vul een teamnaam in van hoogstens 64 tekens."
    assert interface_language() == "en"
    assert error_text(error) == "Enter a team name of at most 64 characters."


def test_what_a_policy_misses_is_listed_in_the_readers_words(dutch: str) -> None:
    empty = Policy.empty()
    missing = [m for m in review(empty, (), languages=("nl",)) if not m.warning]
    refused = PolicyIncomplete(codes.POLICY_INCOMPLETE_IMPORT, missing, empty)
    lines = error_text(refused).splitlines()
    assert lines[0] == (
        "Het opnamebeleid is nog niet compleet, dus gesprekken importeren mag nog niet. "
        "Er ontbreekt nog:"
    )
    assert len(lines) == len(missing) + 1
    assert lines[1:] == [f"- {missing_text(m, empty)}" for m in missing]
    assert "The recording policy" in str(refused)  # the log keeps English

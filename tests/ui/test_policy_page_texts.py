"""Every missing item the domain can name has its sentence in both interface languages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from supervisor_app import paths
from supervisor_app.domain.policy import (
    MAX_COUNT,
    MAX_DEADLINE_DAYS,
    MAX_RETENTION_DAYS,
    AssessmentKind,
    Attestations,
    ImpactAssessment,
    Policy,
    Protocol,
    Purpose,
    Sampling,
    SamplingMode,
    Scope,
    WorksCouncil,
)
from supervisor_app.domain.policy_check import MissingItem, review
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalLines, LocalText
from supervisor_app.services.policy_toml import PolicyFileError, Problem, load_policy
from supervisor_app.ui.core.i18n import install_translators
from supervisor_app.ui.words.missing_text import missing_text, problem_text

EXAMPLE = load_policy((paths.resources_dir() / "policy.example.toml").read_text(encoding="utf-8"))
TODAY = dt.date(2026, 12, 1)


def _broken_policies() -> list[Policy]:
    training = EXAMPLE.purposes[0]
    tomorrow = TODAY + dt.timedelta(days=1)
    return [
        Policy(),
        Policy.empty(),
        replace(EXAMPLE, purposes=(Purpose(), Purpose(id="Bad!"), training, training)),
        replace(
            EXAMPLE,
            purposes=(
                replace(
                    training,
                    listener_roles=(Role.ADMINISTRATOR, Role.TEAM_LEAD),
                    hold_roles=(Role.QUALITY_COACH,),
                    necessity=LocalText(nl="x", en="x"),
                    retention_days=400,
                    title=LocalText(nl="Training"),
                ),
            ),
            sampling=Sampling(SamplingMode.APP, 0.5, 2, 3),
            scope=replace(
                EXAMPLE.scope,
                timezone="Mars/Olympus",
                internal_extensions=((9, 1),),
                protected_numbers=(),
            ),
            protocol=Protocol(LocalLines(nl=("Wees beleefd", " "), en=("Be polite", " "))),
            attestations=replace(
                EXAMPLE.attestations,
                works_council=WorksCouncil(tomorrow, "OR-1", LocalText(nl="x", en="x")),
                dpia=ImpactAssessment(AssessmentKind.RISK_ASSESSMENT, tomorrow, "RA"),
            ),
        ),
        replace(EXAMPLE, sampling=Sampling(SamplingMode.APP, 0.1, 30, -1), scope=Scope()),
        replace(EXAMPLE, attestations=Attestations()),
        # A version stored under looser rules may hold numbers above their bounds.
        replace(
            EXAMPLE,
            purposes=(replace(training, retention_days=MAX_RETENTION_DAYS + 1),),
            sampling=replace(EXAMPLE.sampling, max_per_agent_per_week=MAX_COUNT + 1),
            notification=replace(
                EXAMPLE.notification,
                deadline_days_after_listen=MAX_DEADLINE_DAYS + 1,
                deadline_days_after_sampling=MAX_DEADLINE_DAYS + 1,
            ),
            attestations=replace(
                EXAMPLE.attestations,
                source_retention=replace(
                    EXAMPLE.attestations.source_retention, days=MAX_RETENTION_DAYS + 1
                ),
            ),
        ),
    ]


def _items() -> Iterator[tuple[MissingItem, Policy]]:
    for policy in _broken_policies():
        for item in review(policy, (), languages=("nl", "en"), today=TODAY):
            yield item, policy


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    """The interface in Dutch for one test."""
    install_translators(qapp, "nl")
    yield
    install_translators(qapp, "en")


def test_english_interface_says_what_the_domain_says(qapp: QApplication) -> None:
    seen: set[str] = set()
    for item, policy in _items():
        text = missing_text(item, policy)
        assert "{" not in text, text
        if not {"name", "roles", "date"} & item.params.keys():
            assert text == item.text, item.key
        seen.add(item.key.split(".")[-1] if item.key.startswith("purposes[") else item.key)
    # The policies above reach the items whose sentence depends on the values.
    assert {"id", "title", "listener_roles", "hold_roles", "retention_reason"} <= seen
    assert {"scope.timezone", "attestations.works_council", "protocol.expectations"} <= seen
    assert {"attestations.dpia.kind", "sampling.reason", "scope.protected_numbers"} <= seen
    assert {"retention_days", "sampling.max_per_agent_per_week"} <= seen
    assert {"notification.deadline_days_after_listen", "attestations.source_retention.days"} <= seen


def test_the_interface_names_roles_and_purposes_its_own_way(qapp: QApplication) -> None:
    texts = [missing_text(item, policy) for item, policy in _items()]
    assert any("Remove Administrator from the roles" in text for text in texts)
    assert not any("administrator from the roles" in text for text in texts)


def test_dutch_interface_has_a_sentence_for_every_item(dutch: None) -> None:
    for item, policy in _items():
        text = missing_text(item, policy)
        assert text != item.text, f"{item.key} is not translated: {item.text}"
        assert "{" not in text, text
    [title] = [
        missing_text(item, policy)
        for item, policy in _items()
        if item.key == "purposes[training].title"
    ]
    assert title == "Geef doel “Training” een titel. Het ontbreekt nog in het Engels."


def test_a_future_date_is_shown_as_the_interface_writes_dates(dutch: None) -> None:
    texts = [missing_text(item, policy) for item, policy in _items()]
    assert any("(02-12-2026)" in text for text in texts)


def test_purpose_without_a_name_is_called_by_its_number(qapp: QApplication) -> None:
    policy = replace(EXAMPLE, purposes=(EXAMPLE.purposes[0], Purpose()))
    items = [i for i in review(policy, ()) if i.key == "purposes[2].title"]
    assert missing_text(items[0], policy) == "Give purpose number 2 a title."


def _file_problems() -> list[Problem]:
    text = (
        '[[purposes]]\nid = "training"\nretention_days = 3000000\n'
        "[sampling]\nrate = 5\nmax_per_agent_per_week = 100000\n"
        "[notification]\ndeadline_days_after_listen = 1000\n"
    )
    with pytest.raises(PolicyFileError) as error:
        load_policy(text)
    return error.value.problems


def test_a_number_above_its_bound_in_a_file_is_one_sentence_in_english(
    qapp: QApplication,
) -> None:
    lines = [problem_text(problem) for problem in _file_problems()]
    assert lines == [
        "purposes[1].retention_days: This must be a whole number from 1 to "
        f"{MAX_RETENTION_DAYS}, not 3000000.",
        "sampling.rate: The rate is a share of calls: more than 0 and at most 1 (e.g. 0.05).",
        f"sampling.max_per_agent_per_week: This must be a whole number from 1 to {MAX_COUNT}, "
        "not 100000.",
        "notification.deadline_days_after_listen: This must be a whole number from 1 to "
        f"{MAX_DEADLINE_DAYS}, not 1000.",
    ]


def test_a_number_above_its_bound_in_a_file_is_said_in_dutch(dutch: None) -> None:
    for problem in _file_problems():
        line = problem_text(problem)
        assert line.startswith(problem.key + ": ")
        assert problem.text not in line and "{" not in line, line
    first = problem_text(_file_problems()[0])
    assert first == (
        "purposes[1].retention_days: Dit moet een geheel getal van 1 tot en met "
        f"{MAX_RETENTION_DAYS} zijn, niet 3000000."
    )

"""Every missing item the domain can name has its own sentence in the interface."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QApplication

from supervisor_app import paths
from supervisor_app.domain.policy import (
    Attestations,
    Policy,
    Purpose,
    Sampling,
    SamplingMode,
    Scope,
    WorksCouncil,
    missing_items,
)
from supervisor_app.domain.roles import Role
from supervisor_app.services.policy_toml import load_policy
from supervisor_app.ui.missing_text import is_reworded, missing_text

EXAMPLE = load_policy((paths.resources_dir() / "policy.example.toml").read_text(encoding="utf-8"))


def _broken_policies() -> list[Policy]:
    training = EXAMPLE.purposes[0]
    return [
        Policy(),
        Policy.empty(),
        replace(EXAMPLE, purposes=(Purpose(), Purpose(id="Bad!"), training, training)),
        replace(
            EXAMPLE,
            purposes=(replace(training, listener_roles=(Role.ADMINISTRATOR, Role.TEAM_LEAD)),),
            sampling=Sampling(SamplingMode.APP, 0.0, 2, 3),
            scope=replace(EXAMPLE.scope, timezone="Mars/Olympus", internal_extensions=((9, 1),)),
            protocol_expectations=("Be polite", " "),
            attestations=replace(
                EXAMPLE.attestations,
                works_council=WorksCouncil(dt.date(2026, 1, 1), "OR-1", "no council"),
            ),
        ),
        replace(EXAMPLE, sampling=Sampling(SamplingMode.APP, 0.1, 3, -1), scope=Scope()),
        replace(EXAMPLE, attestations=Attestations()),
    ]


def test_english_interface_says_what_the_domain_says(qapp: QApplication) -> None:
    seen: set[str] = set()
    for policy in _broken_policies():
        for item in missing_items(policy, ()):
            text = missing_text(item, policy)
            if is_reworded(item):
                assert text != item.text
            else:
                assert text == item.text, item.key
            seen.add(item.key.split(".")[-1] if item.key.startswith("purposes[") else item.key)
    # The policies above reach every kind of item, so no sentence can fall through.
    assert {"id", "title", "listener_roles", "sampling.min_per_agent_per_week"} <= seen
    assert {"scope.timezone", "attestations.works_council", "protocol.expectations"} <= seen


def test_purpose_without_a_name_is_called_by_its_number(qapp: QApplication) -> None:
    policy = replace(EXAMPLE, purposes=(EXAMPLE.purposes[0], Purpose()))
    items = [i for i in missing_items(policy, ()) if i.key == "purposes[2].title"]
    assert missing_text(items[0], policy) == "Give purpose number 2 a title."

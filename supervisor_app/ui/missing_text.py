"""The policy's missing items in the interface language, and which purpose a key names."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from supervisor_app.domain.policy import MissingItem, Policy, is_valid_purpose_id
from supervisor_app.domain.roles import Role
from supervisor_app.ui.labels import role_name

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
    shown = policy.purposes[index].display_name
    return f"“{shown}”" if shown else translate("MissingItems", "number {n}").format(n=index + 1)


# Sentences that need no values, by key.
_FIXED: dict[str, Callable[[], str]] = {
    "organisation.name": lambda: translate("MissingItems", "Enter the name of the organisation."),
    "organisation.contact": lambda: translate(
        "MissingItems", "Enter where agents and customers can send objections and access requests."
    ),
    "organisation.privacy_officer": lambda: translate(
        "MissingItems", "Enter who the privacy officer is."
    ),
    "purposes": lambda: translate(
        "MissingItems", "Add at least one purpose for which calls may be listened to."
    ),
    "sampling.mode": lambda: translate(
        "MissingItems",
        "Choose whether the app draws the sample of calls or the telephone system already did.",
    ),
    # The editor shows the rate as a percentage, so the sentence does too.
    "sampling.rate": lambda: translate(
        "MissingItems",
        "Set the share of business calls to sample: more than 0% and at most 100% (e.g. 5%).",
    ),
    "sampling.max_per_agent_per_week": lambda: translate(
        "MissingItems",
        "Set the most calls per agent per week that may be sampled (at least 1, at most 10000).",
    ),
    "scope.business_calls": lambda: translate(
        "MissingItems",
        "Name at least one business queue, inbound number, campaign context or account code; "
        "until then no call counts as a business call.",
    ),
    "scope.internal_extensions": lambda: translate(
        "MissingItems",
        "Correct the internal extension ranges: each must run from a lower to a higher number.",
    ),
    "notification.deadline_days_after_listen": lambda: translate(
        "MissingItems",
        "Set within how many days an agent is told that a call of theirs was listened to.",
    ),
    "notification.deadline_days_after_sampling": lambda: translate(
        "MissingItems",
        "Set within how many days an agent is told that a call of theirs was recorded.",
    ),
    "notification.style": lambda: translate(
        "MissingItems", "Choose whether agents get a notice per recording or a weekly digest."
    ),
    "attestations.dpia": lambda: translate(
        "MissingItems", "Record the kind, date and reference of the DPIA or risk assessment."
    ),
    "attestations.ivr_announcement": lambda: translate(
        "MissingItems", "Confirm that callers hear that calls are recorded, and since when."
    ),
    "attestations.security_statement": lambda: translate(
        "MissingItems",
        "Write how recordings are secured (the app's own measures can be used as a start).",
    ),
    "attestations.source_retention": lambda: translate(
        "MissingItems",
        "State how many days the telephone system keeps its own recordings and who removes them.",
    ),
    "documents.staff_regulation": lambda: translate(
        "MissingItems",
        "Publish the staff-regulation section on call recording for this version of the policy.",
    ),
    "documents.agent_protocol": lambda: translate(
        "MissingItems", "Publish the agent protocol for this version of the policy."
    ),
}


def is_reworded(item: MissingItem) -> bool:
    """Whether the interface words item differently from the domain on purpose.

    The editor shows the rate as a percentage and roles by their names, not as
    ``team_lead``; everywhere else the English sentence is the domain's own.
    """
    refused_roles = item.key.endswith(".listener_roles") and item.text.startswith("Remove")
    return item.key == "sampling.rate" or refused_roles or item.key.endswith(".hold_roles")


def missing_text(item: MissingItem, policy: Policy) -> str:
    """The sentence for item in the interface language (the domain's own if unknown).

    The domain writes each item as an English sentence with a stable key; the sentence is
    chosen here by key and, where one key has several sentences, by the English wording.
    """
    fixed = _FIXED.get(item.key)
    if fixed is not None:
        return fixed()
    text = item.text
    if item.key == "sampling.min_per_agent_per_week":
        if text.startswith("The fewest"):
            return translate(
                "MissingItems",
                "The fewest calls per agent per week is more than the most; "
                "lower the fewest or raise the most.",
            )
        return translate(
            "MissingItems", "Set the fewest calls per agent per week to sample to 0 or more."
        )
    if item.key == "scope.timezone":
        if policy.scope.timezone.strip():
            return translate(
                "MissingItems",
                "The time zone “{zone}” is not known; use a name like Europe/Amsterdam.",
            ).format(zone=policy.scope.timezone)
        return translate("MissingItems", "Choose the time zone of the telephone system.")
    if item.key == "attestations.works_council":
        if text.startswith("Record either"):
            return translate(
                "MissingItems",
                "Record either the works council's consent or why it does not apply, not both.",
            )
        return translate(
            "MissingItems",
            "Record the date and reference of the works council's consent, "
            "or why consent does not apply.",
        )
    if item.key == "protocol.expectations":
        if text.startswith("Remove"):
            return translate("MissingItems", "Remove the empty line from the agent protocol.")
        return translate(
            "MissingItems",
            "Write at least one expectation for the agent protocol, such as “Always be polite”.",
        )
    found = split_purpose_key(policy, item.key)
    if found is None:
        return text
    index, field = found
    return _purpose_text(policy, index, field, text)


def _purpose_text(policy: Policy, index: int, field: str, text: str) -> str:
    name = _purpose_name(policy, index)
    purpose = policy.purposes[index]
    if field == "id":
        if text.startswith("Two purposes"):
            return translate(
                "MissingItems", "Two purposes have the id “{id}”; give each purpose its own id."
            ).format(id=purpose.id)
        if text.startswith("Change"):
            return translate(
                "MissingItems",
                "Change the id of purpose {name} to lowercase letters, digits, - or _, "
                "starting with a letter.",
            ).format(name=name)
        return translate(
            "MissingItems",
            "Give purpose {name} a short id of lowercase letters, digits, - or _, "
            "such as “training”.",
        ).format(name=name)
    if field == "listener_roles" and text.startswith("Remove"):
        refused = [role_name(r) for r in Role if r in purpose.listener_roles and not r.may_listen]
        return translate(
            "MissingItems",
            "Remove {roles} from the roles that may listen for the purpose {name}; "
            "only team leads and quality coaches can listen.",
        ).format(roles=", ".join(refused), name=name)
    if field == "hold_roles":
        stray = [role_name(r) for r in purpose.hold_roles if r not in purpose.listener_roles]
        return translate(
            "MissingItems",
            "Only roles that may listen for the purpose {name} can keep its recordings as "
            "evidence; remove {roles} or let that role listen.",
        ).format(roles=", ".join(stray), name=name)
    sentences: dict[str, Callable[[], str]] = {
        "title": lambda: translate("MissingItems", "Give purpose {name} a title."),
        "applies_to": lambda: translate(
            "MissingItems",
            "Choose which calls the purpose {name} applies to: all business calls, "
            "or named queues or campaigns.",
        ),
        "legal_basis": lambda: translate(
            "MissingItems", "Choose the legal basis for the purpose {name}."
        ),
        "basis_explanation": lambda: translate(
            "MissingItems", "Explain why the chosen legal basis applies to the purpose {name}."
        ),
        "necessity": lambda: translate(
            "MissingItems",
            "Write why recording is necessary for the purpose {name} "
            "and which less intrusive means were weighed.",
        ),
        "retention_days": lambda: translate(
            "MissingItems",
            "Set how many days recordings are kept for the purpose {name} "
            "(at least 1, at most 3650).",
        ),
        "listener_roles": lambda: translate(
            "MissingItems", "Choose which roles may listen for the purpose {name}."
        ),
    }
    sentence = sentences.get(field)
    return sentence().format(name=name) if sentence else text

"""Whether the policy is complete and plausible: what is missing or refused, and why.

Each field's own rules come with its declaration (domain/policy.py); the rules here join
several fields: evidence holds only for roles that listen, a long retention or a large
sample only with a stated reason, purposes only for calls the scope knows, the works
council's consent or its exemption, and the published documents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable

from supervisor_app.domain.policy import (
    HIGH_SAMPLING_RATE,
    HIGH_WEEKLY_CAP,
    LONG_RETENTION_DAYS,
    DocumentKind,
    Policy,
    Purpose,
    Sampling,
    SamplingMode,
    Scope,
    WorksCouncil,
)
from supervisor_app.domain.policy_schema import QT_TRANSLATE_NOOP, Check, MissingItem, join, rule

__all__ = [
    "MissingItem",
    "is_complete",
    "missing_items",
    "needed_languages",
    "policy_warnings",
    "review",
]


class PolicyCheck(Check):
    """A check of the whole policy, which also knows the documents published for it."""

    def __init__(
        self,
        policy: Policy,
        published: frozenset[str],
        languages: frozenset[str],
        today: dt.date | None,
    ) -> None:
        super().__init__(policy, languages, today)
        self.policy = policy
        self.published = published


def needed_languages(policy: Policy, languages: Iterable[str] = ()) -> frozenset[str]:
    """The languages every text must exist in: the main language and the agents' languages."""
    return frozenset({policy.main_language, *languages})


def review(
    policy: Policy,
    published_documents: Iterable[str],
    *,
    languages: Collection[str] = (),
    today: dt.date | None = None,
) -> list[MissingItem]:
    """Everything missing, refused or worth a warning, in the order of the editor.

    ``published_documents`` names the document kinds (see DocumentKind) published for this
    policy version; ``languages`` the languages the vault's agents read (every text must
    exist in those and in the main language); ``today`` makes dates after it implausible
    (consent, DPIA, announcement). Items with ``warning`` set do not block completeness.
    """
    check = PolicyCheck(
        policy,
        frozenset(str(kind) for kind in published_documents),
        needed_languages(policy, languages),
        today,
    )
    check.record(policy, "")
    return check.items


def missing_items(
    policy: Policy,
    published_documents: Iterable[str],
    *,
    languages: Collection[str] = (),
    today: dt.date | None = None,
) -> list[MissingItem]:
    """What keeps the policy from being complete; an empty list means it is complete."""
    found = review(policy, published_documents, languages=languages, today=today)
    return [item for item in found if not item.warning]


def policy_warnings(
    policy: Policy,
    published_documents: Iterable[str],
    *,
    languages: Collection[str] = (),
    today: dt.date | None = None,
) -> list[MissingItem]:
    """What is allowed but worth a second look (an empty list of protected numbers)."""
    found = review(policy, published_documents, languages=languages, today=today)
    return [item for item in found if item.warning]


def is_complete(
    policy: Policy,
    published_documents: Iterable[str],
    *,
    languages: Collection[str] = (),
    today: dt.date | None = None,
) -> bool:
    """Whether nothing is missing, so importing and listening may go ahead."""
    return not missing_items(policy, published_documents, languages=languages, today=today)


# --- rules that join fields ---------------------------------------------------------------------


@rule(Purpose)
def _holds_only_for_listeners(purpose: Purpose, check: Check, key: str) -> None:
    stray = [r.value for r in purpose.hold_roles if r not in purpose.listener_roles]
    if stray:
        check.need(
            join(key, "hold_roles"),
            QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Only roles that may listen for the purpose {name} can keep its recordings as "
                "evidence; remove {roles} or let that role listen.",
            ),
            roles=", ".join(stray),
        )


@rule(Purpose)
def _coaching_is_not_evidence(purpose: Purpose, check: Check, key: str) -> None:
    # Scores and notes serve coaching only (R5): a purpose that keeps calls as evidence in a
    # dispute must not collect them, or coaching remarks would end up in a case file.
    if purpose.coaching and purpose.hold_roles:
        check.need(
            join(key, "coaching"),
            QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The purpose {name} keeps recordings as evidence and is also marked for "
                "coaching; scores and notes belong to coaching only, so remove who may keep "
                "as evidence or untick coaching.",
            ),
        )


@rule(Purpose)
def _long_retention_needs_a_reason(purpose: Purpose, check: Check, key: str) -> None:
    if purpose.retention_days > LONG_RETENTION_DAYS and purpose.retention_reason.is_blank:
        check.need(
            join(key, "retention_reason"),
            QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Recordings for the purpose {name} are kept {days} days, longer than a year; "
                "state why the purpose needs that long, or keep them at most 365 days.",
            ),
            days=str(purpose.retention_days),
        )


@rule(Purpose)
def _applies_only_to_business_calls(purpose: Purpose, check: Check, key: str) -> None:
    scope = check.root.scope if isinstance(check.root, Policy) else Scope()
    queues = [q for q in purpose.applies_to.queues if q not in scope.business_queues]
    campaigns = [c for c in purpose.applies_to.campaigns if c not in scope.campaigns]
    if queues:
        check.need(
            join(key, "applies_to"),
            QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The purpose {name} applies to queues the scope does not count as business "
                "calls ({items}); add them to the scope's queues or remove them from the "
                "purpose.",
            ),
            items=", ".join(queues),
        )
    if campaigns:
        check.need(
            join(key, "applies_to"),
            QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The purpose {name} applies to campaigns the scope does not know ({items}); add "
                "them to the scope's campaign contexts or account codes, or remove them from "
                "the purpose.",
            ),
            items=", ".join(campaigns),
        )


@rule(Sampling)
def _sample_limits(sampling: Sampling, check: Check, key: str) -> None:
    if sampling.mode is not SamplingMode.APP:
        return
    if 1 <= sampling.max_per_agent_per_week < sampling.min_per_agent_per_week:
        check.need(
            join(key, "min_per_agent_per_week"),
            QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The fewest calls per agent per week is more than the most; "
                "lower the fewest or raise the most.",
            ),
        )
    if not sampling.reason.is_blank:
        return
    if HIGH_SAMPLING_RATE < sampling.rate <= 1:
        check.need(
            join(key, "reason"),
            QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "A sample of {rate} % of the business calls is more than 20 %; state why so "
                "many calls are needed, or lower the share.",
            ),
            rate=f"{sampling.rate * 100:.1f}".rstrip("0").rstrip("."),
        )
    elif sampling.max_per_agent_per_week > HIGH_WEEKLY_CAP:
        check.need(
            join(key, "reason"),
            QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Keeping up to {count} calls of an agent per week is more than 25; state why so "
                "many are needed, or lower the number.",
            ),
            count=str(sampling.max_per_agent_per_week),
        )


@rule(Scope)
def _some_business_calls(scope: Scope, check: Check, key: str) -> None:
    if not scope.has_business_selector:
        check.need(
            join(key, "business_calls"),
            QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Name at least one business queue, inbound number, campaign context or account "
                "code; until then no call counts as a business call.",
            ),
        )


@rule(WorksCouncil)
def _consent_or_exemption(council: WorksCouncil, check: Check, key: str) -> None:
    dated = council.consent_date is not None
    referenced = bool(council.reference.strip())
    exempt = not council.not_applicable_reason.is_blank
    if (dated or referenced) and exempt:
        check.need(
            key,
            QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Record either the works council's consent or why it does not apply, not both.",
            ),
        )
    elif dated != referenced and not exempt:
        check.need(
            key,
            QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Record both the date and the reference of the works council's consent.",
            ),
        )
    elif not (dated or exempt):
        check.need(
            key,
            QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Record the date and reference of the works council's consent, "
                "or why consent does not apply.",
            ),
        )


@rule(Policy)
def _documents_published(policy: Policy, check: Check, key: str) -> None:
    published = check.published if isinstance(check, PolicyCheck) else frozenset()
    if DocumentKind.STAFF_REGULATION.value not in published:
        check.need(
            "documents.staff_regulation",
            QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Publish the staff-regulation section on call recording "
                "for this version of the policy.",
            ),
        )
    if DocumentKind.AGENT_PROTOCOL.value not in published:
        check.need(
            "documents.agent_protocol",
            QT_TRANSLATE_NOOP(
                "PolicyCheck", "Publish the agent protocol for this version of the policy."
            ),
        )

"""A complete, plausible policy in two languages, built in code, for tests to change."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from supervisor_app.domain.policy import (
    DEFAULT_SECURITY_STATEMENT,
    AppliesTo,
    AssessmentKind,
    Attestations,
    ImpactAssessment,
    IvrAnnouncement,
    LegalBasis,
    Notification,
    NotificationStyle,
    Organisation,
    Policy,
    Protocol,
    Purpose,
    Register,
    Regulation,
    ResultsUse,
    Sampling,
    SamplingMode,
    Scope,
    SourceRetention,
    WorksCouncil,
)
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalLines, LocalText

# Called by name through a variable, so that the changes below can be given as keywords.
replace = dataclasses.replace

ALL_DOCUMENTS = frozenset({"staff_regulation", "agent_protocol"})
TODAY = dt.date(2026, 12, 1)


def both(nl: str, en: str | None = None) -> LocalText:
    """A text in Dutch and English (the same words in both when en is not given)."""
    return LocalText(nl=nl, en=nl if en is None else en)


TRAINING = Purpose(
    id="training",
    title=both("Training en coaching", "Training and coaching"),
    applies_to=AppliesTo.everything(),
    legal_basis=LegalBasis.LEGITIMATE_INTEREST,
    basis_explanation=both(
        "Agents coachen is een gerechtvaardigd belang dat zwaarder weegt dan een kleine "
        "steekproef.",
        "Coaching agents is a legitimate interest that outweighs a small sample of calls.",
    ),
    necessity=both(
        "Notities en meeluisteren zijn overwogen; ze missen de toon of veranderen het gedrag.",
        "Notes and live listening were weighed; they miss the tone or change the behaviour.",
    ),
    retention_days=30,
    listener_roles=(Role.TEAM_LEAD, Role.QUALITY_COACH),
    coaching=True,
)
DISPUTE = Purpose(
    id="dispute",
    title=both("Geschillen", "Disputes"),
    applies_to=AppliesTo(campaigns=("donor",)),
    legal_basis=LegalBasis.LEGITIMATE_INTEREST,
    basis_explanation=both(
        "We moeten kunnen laten zien waarmee een donateur aan de telefoon heeft ingestemd.",
        "We must be able to show what a donor agreed to during the telephone call.",
    ),
    necessity=both(
        "Een schriftelijke bevestiging alleen bleek bij eerdere geschillen niet genoeg te zijn.",
        "A written confirmation alone was not enough in earlier disputes with our donors.",
    ),
    retention_days=90,
    listener_roles=(Role.TEAM_LEAD,),
)
COMPLETE = Policy(
    organisation=Organisation(
        name="Stichting Voorbeeld",
        contact="privacy@voorbeeld.nl",
        privacy_officer="M. Jansen",
        privacy_officer_is_dpo=True,
        privacy_officer_contact="fg@voorbeeld.nl",
    ),
    purposes=(TRAINING, DISPUTE),
    sampling=Sampling(SamplingMode.APP, 0.05, 3, 1),
    scope=Scope(
        timezone="Europe/Amsterdam",
        business_queues=("400",),
        campaign_accountcodes=("donor",),
        protected_numbers=("+31207654321",),
        internal_extensions=((100, 399),),
    ),
    notification=Notification(5, 7, NotificationStyle.WEEKLY_DIGEST),
    attestations=Attestations(
        security_statement=DEFAULT_SECURITY_STATEMENT,
        works_council=WorksCouncil(consent_date=dt.date(2026, 3, 12), reference="OR-2026-07"),
        dpia=ImpactAssessment(AssessmentKind.DPIA, dt.date(2026, 2, 20), "DPIA-1"),
        ivr_announcement=IvrAnnouncement(exists=True, date=dt.date(2026, 4, 1)),
        source_retention=SourceRetention(
            days=14, removed_by=both("de IT-afdeling", "the IT department")
        ),
    ),
    regulation=Regulation(
        use_of_results=ResultsUse.FEEDBACK,
        entry_into_force=dt.date(2026, 4, 1),
        adopted_by=both("de directie", "the board of directors"),
        evaluation=both("elk jaar in maart, met de OR", "every year in March, with the council"),
    ),
    register=Register(
        recipients=both(
            "Er zijn geen ontvangers buiten de organisatie.",
            "There are no recipients outside the organisation.",
        ),
        transfers=both(
            "Er gaan geen gegevens buiten de Europese Economische Ruimte.",
            "No data leaves the European Economic Area.",
        ),
    ),
    protocol=Protocol(
        LocalLines(
            nl=("Blijf altijd beleefd.", "Vloek nooit."),
            en=("Always be polite.", "Never swear."),
        )
    ),
)


def with_purpose(**changes: object) -> Callable[[Policy], Policy]:
    """Change fields of the training purpose."""
    return lambda p: replace(p, purposes=(replace(TRAINING, **changes), DISPUTE))


def with_section(section: str, **changes: object) -> Callable[[Policy], Policy]:
    """Change fields of one top-level section."""
    return lambda p: replace(p, **{section: replace(getattr(p, section), **changes)})


def with_attestation(part: str, value: object) -> Callable[[Policy], Policy]:
    """Replace one part of the attestations."""
    return lambda p: replace(p, attestations=replace(p.attestations, **{part: value}))

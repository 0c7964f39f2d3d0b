"""The recording policy: why, who, how long and on which basis calls are heard; what is missing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import TypeVar
from zoneinfo import available_timezones

from supervisor_app.domain.roles import Role, parse_role

# What the app itself guarantees (R13). Offered as the starting text of the security
# statement so the administrator only has to add what the organisation does around it.
DEFAULT_SECURITY_STATEMENT = (
    "Recordings are kept only in an encrypted vault (SQLCipher, AES-256) on the supervisor's "
    "computer. Each user opens it with their own personal key; there is no shared password. "
    "Users see only the recordings of the teams they are assigned to and only in the role they "
    "hold, and every listen must name the purpose it serves. Every listen, export and change is "
    "written to a tamper-evident audit log in which each entry is chained to the previous one by "
    "a cryptographic hash. The app locks itself after a few minutes without use. Recordings are "
    "deleted automatically when the retention period of their purpose ends."
)

# A purpose id appears in key paths ("purposes[training].necessity") and in the vault, so it is
# kept to a short slug. Starting with a letter keeps it apart from positions ("purposes[2]").
_PURPOSE_ID = re.compile(r"[a-z][a-z0-9_-]*")


# Upper bounds of the policy's numbers: far above anything lawful or practical, low enough
# that dates computed from them stay within what a calendar (and Python) can hold.
MAX_RETENTION_DAYS = 3650  # ten years after the call
MAX_DEADLINE_DAYS = 365
MAX_COUNT = 10_000  # calls per agent and week


class LegalBasis(StrEnum):
    """The lawful basis (art. 6 GDPR) a purpose relies on.

    Consent is deliberately not a member: an employee cannot freely consent to
    their employer (R3), so the app does not offer it.
    """

    LEGITIMATE_INTEREST = "legitimate_interest"
    LEGAL_OBLIGATION = "legal_obligation"
    CONTRACT = "contract"


CONSENT_REFUSED = (
    "Consent is not a valid legal basis for recording employees, because an employee cannot "
    "freely refuse their employer; use legitimate_interest (usual), legal_obligation or contract."
)


def parse_legal_basis(text: str) -> LegalBasis:
    """Return the legal basis named by text (e.g. ``legitimate_interest``).

    Raises ValueError with a sentence; "consent" gets its own explanation (R3).
    """
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    if key == "consent":
        raise ValueError(CONSENT_REFUSED)
    try:
        return LegalBasis(key)
    except ValueError:
        valid = ", ".join(b.value for b in LegalBasis)
        raise ValueError(f"Unknown legal basis {text!r}; use one of: {valid}.") from None


class SamplingMode(StrEnum):
    """Who draws the sample of calls that may be heard (R6)."""

    APP = "app"  # the app draws a seeded sample at import
    SOURCE = "source"  # the telephone system already sampled; import every in-scope recording


class NotificationStyle(StrEnum):
    """How agents are told afterwards that their calls were sampled or heard (R7)."""

    PER_RECORDING = "per_recording"
    WEEKLY_DIGEST = "weekly_digest"


class AssessmentKind(StrEnum):
    """Which kind of impact assessment the organisation made (R11)."""

    DPIA = "dpia"
    RISK_ASSESSMENT = "risk_assessment"


class DocumentKind(StrEnum):
    """The documents that must be published for a policy version before it is complete."""

    STAFF_REGULATION = "staff_regulation"
    AGENT_PROTOCOL = "agent_protocol"


@dataclass(frozen=True, slots=True)
class Organisation:
    """The controller: who is responsible and whom agents and customers can contact."""

    name: str = ""
    contact: str = ""  # where objections and access requests go (R15, R16)
    privacy_officer: str = ""


@dataclass(frozen=True, slots=True)
class AppliesTo:
    """Which business calls a purpose covers: all of them, or named queues and/or campaigns.

    When ``all_calls`` is true the queue and campaign lists are empty.
    """

    all_calls: bool = False
    queues: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()

    @classmethod
    def everything(cls) -> AppliesTo:
        """Cover every business call."""
        return cls(all_calls=True)

    @property
    def is_set(self) -> bool:
        """Whether the purpose says which calls it covers at all."""
        return self.all_calls or bool(self.queues) or bool(self.campaigns)


@dataclass(frozen=True, slots=True)
class Purpose:
    """One documented reason to keep and hear recordings (R2–R5, R12)."""

    id: str = ""
    title: str = ""
    applies_to: AppliesTo = AppliesTo()
    legal_basis: LegalBasis | None = None
    basis_explanation: str = ""
    necessity: str = ""  # why recording is needed and which less intrusive means were weighed
    retention_days: int = 0
    listener_roles: tuple[Role, ...] = ()
    # Telling the agent who listened is the more transparent default.
    disclose_listener_name: bool = True
    # Roles that may keep a recording past its retention as evidence in a concrete case
    # (an evidence hold, with a case reference). Empty: this purpose allows no holds.
    hold_roles: tuple[Role, ...] = ()

    @property
    def allows_holds(self) -> bool:
        """Whether recordings kept for this purpose may be held as evidence (a dispute)."""
        return bool(self.hold_roles)

    @property
    def display_name(self) -> str:
        """The title for sentences, falling back to the id."""
        return self.title.strip() or self.id


@dataclass(frozen=True, slots=True)
class Sampling:
    """How many calls may be heard: a proportionate sample rather than everything (R6)."""

    mode: SamplingMode | None = None
    rate: float = 0.0  # fraction of in-scope calls, 0 < rate <= 1 (app mode only)
    max_per_agent_per_week: int = 0  # per ISO week (app mode only)
    min_per_agent_per_week: int = 0


@dataclass(frozen=True, slots=True)
class Scope:
    """What counts as a business call; everything else is out (default deny, R9)."""

    timezone: str = ""  # IANA name of the telephone system's clock
    business_queues: tuple[str, ...] = ()
    business_numbers: tuple[str, ...] = ()  # inbound numbers (DIDs)
    campaign_contexts: tuple[str, ...] = ()
    campaign_accountcodes: tuple[str, ...] = ()
    # Confidential counsellor, company doctor, works council…: never in scope, either direction.
    protected_numbers: tuple[str, ...] = ()
    internal_extensions: tuple[tuple[int, int], ...] = ()  # inclusive (low, high) ranges

    @property
    def has_business_selector(self) -> bool:
        """Whether anything at all marks a call as business; without it nothing is in scope."""
        return bool(
            self.business_queues
            or self.business_numbers
            or self.campaign_contexts
            or self.campaign_accountcodes
        )


@dataclass(frozen=True, slots=True)
class Notification:
    """When and how agents are told afterwards (R7)."""

    deadline_days_after_listen: int = 0
    deadline_days_after_sampling: int = 0
    style: NotificationStyle | None = None


@dataclass(frozen=True, slots=True)
class WorksCouncil:
    """Works council consent (R10): a date and reference, or why consent does not apply."""

    consent_date: dt.date | None = None
    reference: str = ""
    not_applicable_reason: str = ""


@dataclass(frozen=True, slots=True)
class ImpactAssessment:
    """The DPIA or documented risk assessment (R11)."""

    kind: AssessmentKind | None = None
    date: dt.date | None = None
    reference: str = ""


@dataclass(frozen=True, slots=True)
class IvrAnnouncement:
    """Attestation that callers hear beforehand that calls are recorded (R17)."""

    exists: bool = False
    date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class SourceRetention:
    """How long the telephone system keeps its own recordings, and who removes them.

    The app keeps only its sample; the telephone system may keep every call, private ones
    included, until someone removes them. The staff regulation says so truthfully.
    """

    days: int | None = None  # None: not stated yet; 0: removed the day they are exported
    removed_by: str = ""


@dataclass(frozen=True, slots=True)
class Attestations:
    """What the organisation states it has done outside the app."""

    works_council: WorksCouncil = WorksCouncil()
    dpia: ImpactAssessment = ImpactAssessment()
    ivr_announcement: IvrAnnouncement = IvrAnnouncement()
    security_statement: str = ""
    source_retention: SourceRetention = SourceRetention()


@dataclass(frozen=True, slots=True)
class Policy:
    """The whole recording policy. Equality ignores ``version`` so two versions can be compared."""

    organisation: Organisation = Organisation()
    purposes: tuple[Purpose, ...] = ()
    sampling: Sampling = Sampling()
    scope: Scope = Scope()
    notification: Notification = Notification()
    attestations: Attestations = Attestations()
    protocol_expectations: tuple[str, ...] = ()  # conduct expected of agents in calls (R8)
    version: int = field(default=0, compare=False)  # 0 = not yet stored

    @classmethod
    def empty(cls) -> Policy:
        """The policy a new vault starts with: blank except for the app's own security text."""
        return cls(attestations=Attestations(security_statement=DEFAULT_SECURITY_STATEMENT))

    def purpose(self, purpose_id: str) -> Purpose | None:
        """Return the purpose with this id, or None."""
        return next((p for p in self.purposes if p.id == purpose_id), None)

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-serialisable form (dates as ISO text); ``from_dict`` reverses it exactly."""
        return _policy_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Policy:
        """Rebuild a policy from ``to_dict`` output.

        Missing keys take their blank value so versions stored before a field existed
        still load. Raises ValueError or TypeError when a value has the wrong form.
        """
        return _policy_from_dict(data)


@dataclass(frozen=True, slots=True)
class MissingItem:
    """One thing that keeps the policy from being complete.

    ``key`` is stable (for tests, links to the editor and translation); ``text`` is
    the English sentence a user reads.
    """

    key: str
    text: str


# --- internal extensions -------------------------------------------------------------


def parse_extension_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Parse text like ``"100-399, 500, 600-699"`` into inclusive (low, high) ranges.

    Blank text gives no ranges. Raises ValueError naming the first bad part.
    """
    ranges: list[tuple[int, int]] = []
    for raw in text.split(","):
        part = raw.strip()
        if not part:
            continue
        low_text, dash, high_text = part.partition("-")
        low_text, high_text = low_text.strip(), high_text.strip()
        if not dash:
            high_text = low_text
        # isascii: str.isdigit also accepts digits such as "²" that int() refuses.
        if not all(t.isascii() and t.isdigit() for t in (low_text, high_text)):
            raise ValueError(
                f"“{part}” is not an extension or a range of extensions; "
                "write numbers like 100-399 or 500, separated by commas."
            )
        low, high = int(low_text), int(high_text)
        if low > high:
            raise ValueError(f"The range “{part}” runs backwards; write the lower number first.")
        ranges.append((low, high))
    return tuple(ranges)


def format_extension_ranges(ranges: Iterable[tuple[int, int]]) -> str:
    """Write ranges back as text that ``parse_extension_ranges`` reads."""
    return ", ".join(str(low) if low == high else f"{low}-{high}" for low, high in ranges)


def is_valid_purpose_id(text: str) -> bool:
    """Whether text can serve as a purpose id: lowercase letters, digits, - or _, letter first."""
    return _PURPOSE_ID.fullmatch(text) is not None


@cache
def _known_timezones() -> frozenset[str]:
    # Scanning the time-zone database is slow; the set does not change while the app runs.
    return frozenset(available_timezones())


def is_valid_timezone(name: str) -> bool:
    """Whether name is an IANA time zone such as ``Europe/Amsterdam``."""
    return name in _known_timezones()


# --- completeness ----------------------------------------------------------------------


def missing_items(policy: Policy, published_documents: Iterable[str]) -> list[MissingItem]:
    """List everything that keeps the policy from being complete, in the order of the editor.

    ``published_documents`` names the document kinds (see DocumentKind) published for this
    policy version. An empty list means the policy is complete.
    """
    items: list[MissingItem] = []

    def need(key: str, text: str) -> None:
        items.append(MissingItem(key, text))

    org = policy.organisation
    if not org.name.strip():
        need("organisation.name", "Enter the name of the organisation.")
    if not org.contact.strip():
        need(
            "organisation.contact",
            "Enter where agents and customers can send objections and access requests.",
        )
    if not org.privacy_officer.strip():
        need("organisation.privacy_officer", "Enter who the privacy officer is.")

    if not policy.purposes:
        need("purposes", "Add at least one purpose for which calls may be listened to.")
    seen_ids: set[str] = set()
    for position, purpose in enumerate(policy.purposes, start=1):
        _purpose_items(purpose, position, seen_ids, need)

    _sampling_items(policy.sampling, need)
    _scope_items(policy.scope, need)
    _notification_items(policy.notification, need)
    _attestation_items(policy.attestations, need)

    expectations = policy.protocol_expectations
    if not any(e.strip() for e in expectations):
        need(
            "protocol.expectations",
            "Write at least one expectation for the agent protocol, such as “Always be polite”.",
        )
    elif not all(e.strip() for e in expectations):
        need("protocol.expectations", "Remove the empty line from the agent protocol.")

    published = {str(kind) for kind in published_documents}
    if DocumentKind.STAFF_REGULATION.value not in published:
        need(
            "documents.staff_regulation",
            "Publish the staff-regulation section on call recording "
            "for this version of the policy.",
        )
    if DocumentKind.AGENT_PROTOCOL.value not in published:
        need(
            "documents.agent_protocol",
            "Publish the agent protocol for this version of the policy.",
        )
    return items


def is_complete(policy: Policy, published_documents: Iterable[str]) -> bool:
    """Whether nothing is missing, so importing and listening may go ahead."""
    return not missing_items(policy, published_documents)


# The checks below report each missing item through this callback.
_Need = Callable[[str, str], None]


def _purpose_items(purpose: Purpose, position: int, seen_ids: set[str], need: _Need) -> None:
    # Name a purpose by its id in keys when it has a usable one, else by its position.
    usable_id = is_valid_purpose_id(purpose.id) and purpose.id not in seen_ids
    base = f"purposes[{purpose.id}]" if usable_id else f"purposes[{position}]"
    name = f"“{purpose.display_name}”" if purpose.display_name else f"number {position}"

    if not purpose.id:
        need(
            f"{base}.id",
            f"Give purpose {name} a short id of lowercase letters, digits, - or _, "
            "such as “training”.",
        )
    elif not is_valid_purpose_id(purpose.id):
        need(
            f"{base}.id",
            f"Change the id of purpose {name} to lowercase letters, digits, - or _, "
            "starting with a letter.",
        )
    elif purpose.id in seen_ids:
        need(
            f"{base}.id",
            f"Two purposes have the id “{purpose.id}”; give each purpose its own id.",
        )
    seen_ids.add(purpose.id)

    if not purpose.title.strip():
        need(f"{base}.title", f"Give purpose {name} a title.")
    if not purpose.applies_to.is_set:
        need(
            f"{base}.applies_to",
            f"Choose which calls the purpose {name} applies to: all business calls, "
            "or named queues or campaigns.",
        )
    if purpose.legal_basis is None:
        need(f"{base}.legal_basis", f"Choose the legal basis for the purpose {name}.")
    if not purpose.basis_explanation.strip():
        need(
            f"{base}.basis_explanation",
            f"Explain why the chosen legal basis applies to the purpose {name}.",
        )
    if not purpose.necessity.strip():
        need(
            f"{base}.necessity",
            f"Write why recording is necessary for the purpose {name} "
            "and which less intrusive means were weighed.",
        )
    if not 0 < purpose.retention_days <= MAX_RETENTION_DAYS:
        need(
            f"{base}.retention_days",
            f"Set how many days recordings are kept for the purpose {name} "
            f"(at least 1, at most {MAX_RETENTION_DAYS}).",
        )
    if not purpose.listener_roles:
        need(f"{base}.listener_roles", f"Choose which roles may listen for the purpose {name}.")
    else:
        refused = [r.value for r in purpose.listener_roles if not r.may_listen]
        if refused:
            need(
                f"{base}.listener_roles",
                f"Remove {', '.join(refused)} from the roles that may listen for the purpose "
                f"{name}; only team_lead and quality_coach can listen.",
            )
    stray = [r.value for r in purpose.hold_roles if r not in purpose.listener_roles]
    if stray:
        need(
            f"{base}.hold_roles",
            f"Only roles that may listen for the purpose {name} can hold its recordings as "
            f"evidence; remove {', '.join(stray)} or let that role listen.",
        )


def _sampling_items(sampling: Sampling, need: _Need) -> None:
    if sampling.mode is None:
        need(
            "sampling.mode",
            "Choose whether the app draws the sample of calls or the telephone system already did.",
        )
    if sampling.mode is not SamplingMode.APP:
        return
    # Written so that NaN also counts as out of range.
    if not 0 < sampling.rate <= 1:
        need(
            "sampling.rate",
            "Set the share of business calls to sample: more than 0 and at most 1 (e.g. 0.05).",
        )
    if not 1 <= sampling.max_per_agent_per_week <= MAX_COUNT:
        need(
            "sampling.max_per_agent_per_week",
            "Set the most calls per agent per week that may be sampled "
            f"(at least 1, at most {MAX_COUNT}).",
        )
    if sampling.min_per_agent_per_week < 0:
        need(
            "sampling.min_per_agent_per_week",
            "Set the fewest calls per agent per week to sample to 0 or more.",
        )
    elif 1 <= sampling.max_per_agent_per_week < sampling.min_per_agent_per_week:
        need(
            "sampling.min_per_agent_per_week",
            "The fewest calls per agent per week is more than the most; "
            "lower the fewest or raise the most.",
        )


def _scope_items(scope: Scope, need: _Need) -> None:
    if not scope.timezone.strip():
        need("scope.timezone", "Choose the time zone of the telephone system.")
    elif not is_valid_timezone(scope.timezone):
        need(
            "scope.timezone",
            f"The time zone “{scope.timezone}” is not known; use a name like Europe/Amsterdam.",
        )
    if not scope.has_business_selector:
        need(
            "scope.business_calls",
            "Name at least one business queue, inbound number, campaign context or account code; "
            "until then no call counts as a business call.",
        )
    if any(low < 0 or low > high for low, high in scope.internal_extensions):
        need(
            "scope.internal_extensions",
            "Correct the internal extension ranges: each must run from a lower to a higher number.",
        )


def _notification_items(notification: Notification, need: _Need) -> None:
    if not 0 < notification.deadline_days_after_listen <= MAX_DEADLINE_DAYS:
        need(
            "notification.deadline_days_after_listen",
            "Set within how many days an agent is told that a call of theirs was listened to.",
        )
    if not 0 < notification.deadline_days_after_sampling <= MAX_DEADLINE_DAYS:
        need(
            "notification.deadline_days_after_sampling",
            "Set within how many days an agent is told that a call of theirs was recorded.",
        )
    if notification.style is None:
        need(
            "notification.style",
            "Choose whether agents get a notice per recording or a weekly digest.",
        )


def _attestation_items(attestations: Attestations, need: _Need) -> None:
    council = attestations.works_council
    consented = council.consent_date is not None and bool(council.reference.strip())
    exempt = bool(council.not_applicable_reason.strip())
    if consented and exempt:
        need(
            "attestations.works_council",
            "Record either the works council's consent or why it does not apply, not both.",
        )
    elif not (consented or exempt):
        need(
            "attestations.works_council",
            "Record the date and reference of the works council's consent, "
            "or why consent does not apply.",
        )
    dpia = attestations.dpia
    if dpia.kind is None or dpia.date is None or not dpia.reference.strip():
        need(
            "attestations.dpia",
            "Record the kind, date and reference of the DPIA or risk assessment.",
        )
    ivr = attestations.ivr_announcement
    if not ivr.exists or ivr.date is None:
        need(
            "attestations.ivr_announcement",
            "Confirm that callers hear that calls are recorded, and since when.",
        )
    if not attestations.security_statement.strip():
        need(
            "attestations.security_statement",
            "Write how recordings are secured (the app's own measures can be used as a start).",
        )
    source = attestations.source_retention
    if source.days is None or source.days < 0 or not source.removed_by.strip():
        need(
            "attestations.source_retention",
            "State how many days the telephone system keeps its own recordings "
            "and who removes them.",
        )


# --- versions --------------------------------------------------------------------------

_SHORT = 40  # longer values (statements) are summarised as "changed" rather than quoted


def diff_summary(old: Policy | None, new: Policy) -> str:
    """Summarise in one line what changed from old to new, e.g. ``sampling.rate: 0.05 → 0.1``."""
    if old is None:
        return "first version"
    changes: list[str] = []
    old_purposes = {p.id: p for p in old.purposes}
    new_purposes = {p.id: p for p in new.purposes}
    added = [i for i in new_purposes if i not in old_purposes]
    removed = [i for i in old_purposes if i not in new_purposes]
    if added:
        changes.append(f"purposes: added {', '.join(added)}")
    if removed:
        changes.append(f"purposes: removed {', '.join(removed)}")
    for purpose_id, new_purpose in new_purposes.items():
        old_purpose = old_purposes.get(purpose_id)
        if old_purpose is not None:
            changes += _leaf_changes(
                f"purposes[{purpose_id}]",
                _purpose_to_dict(old_purpose),
                _purpose_to_dict(new_purpose),
            )
    kept_order = [i for i in old_purposes if i in new_purposes]
    if kept_order != [i for i in new_purposes if i in old_purposes]:
        changes.append("purposes: reordered")
    old_rest, new_rest = old.to_dict(), new.to_dict()
    for key in ("version", "purposes"):
        old_rest.pop(key)
        new_rest.pop(key)
    changes += _leaf_changes("", old_rest, new_rest)
    return "; ".join(changes) if changes else "no changes"


def _leaf_changes(prefix: str, old: object, new: object) -> list[str]:
    if isinstance(old, dict) and isinstance(new, dict):
        found: list[str] = []
        for key in new:
            path = f"{prefix}.{key}" if prefix else str(key)
            found += _leaf_changes(path, old.get(key), new[key])
        return found
    if old == new:
        return []
    if isinstance(old, list) and isinstance(new, list):
        parts = [f"added {_show(v)}" for v in new if v not in old]
        parts += [f"removed {_show(v)}" for v in old if v not in new]
        return [f"{prefix}: {', '.join(parts) or 'reordered'}"]
    old_text, new_text = _show(old), _show(new)
    if len(old_text) > _SHORT or len(new_text) > _SHORT:
        return [f"{prefix}: changed"]
    return [f"{prefix}: {old_text} → {new_text}"]


def _show(value: object) -> str:
    if value is None or value == "":
        return "(blank)"
    if isinstance(value, list):
        return "-".join(str(v) for v in value)  # only extension ranges nest lists
    return str(value)


# --- plain dict form -------------------------------------------------------------------


def _policy_to_dict(policy: Policy) -> dict[str, object]:
    org, sampling, scope = policy.organisation, policy.sampling, policy.scope
    notification, att = policy.notification, policy.attestations
    return {
        "version": policy.version,
        "organisation": {
            "name": org.name,
            "contact": org.contact,
            "privacy_officer": org.privacy_officer,
        },
        "purposes": [_purpose_to_dict(p) for p in policy.purposes],
        "sampling": {
            "mode": _enum_value(sampling.mode),
            "rate": sampling.rate,
            "max_per_agent_per_week": sampling.max_per_agent_per_week,
            "min_per_agent_per_week": sampling.min_per_agent_per_week,
        },
        "scope": {
            "timezone": scope.timezone,
            "business_queues": list(scope.business_queues),
            "business_numbers": list(scope.business_numbers),
            "campaign_contexts": list(scope.campaign_contexts),
            "campaign_accountcodes": list(scope.campaign_accountcodes),
            "protected_numbers": list(scope.protected_numbers),
            "internal_extensions": [[low, high] for low, high in scope.internal_extensions],
        },
        "notification": {
            "deadline_days_after_listen": notification.deadline_days_after_listen,
            "deadline_days_after_sampling": notification.deadline_days_after_sampling,
            "style": _enum_value(notification.style),
        },
        "attestations": {
            "works_council": {
                "consent_date": _iso(att.works_council.consent_date),
                "reference": att.works_council.reference,
                "not_applicable_reason": att.works_council.not_applicable_reason,
            },
            "dpia": {
                "kind": _enum_value(att.dpia.kind),
                "date": _iso(att.dpia.date),
                "reference": att.dpia.reference,
            },
            "ivr_announcement": {
                "exists": att.ivr_announcement.exists,
                "date": _iso(att.ivr_announcement.date),
            },
            "security_statement": att.security_statement,
            "source_retention": {
                "days": att.source_retention.days,
                "removed_by": att.source_retention.removed_by,
            },
        },
        "protocol": {"expectations": list(policy.protocol_expectations)},
    }


def _purpose_to_dict(purpose: Purpose) -> dict[str, object]:
    return {
        "id": purpose.id,
        "title": purpose.title,
        "applies_to": {
            "all_calls": purpose.applies_to.all_calls,
            "queues": list(purpose.applies_to.queues),
            "campaigns": list(purpose.applies_to.campaigns),
        },
        "legal_basis": _enum_value(purpose.legal_basis),
        "basis_explanation": purpose.basis_explanation,
        "necessity": purpose.necessity,
        "retention_days": purpose.retention_days,
        "listener_roles": [r.value for r in purpose.listener_roles],
        "disclose_listener_name": purpose.disclose_listener_name,
        "hold_roles": [r.value for r in purpose.hold_roles],
    }


def _enum_value(member: StrEnum | None) -> str | None:
    return None if member is None else member.value


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _policy_from_dict(data: Mapping[str, object]) -> Policy:
    org = _section(data, "organisation")
    sampling = _section(data, "sampling")
    scope = _section(data, "scope")
    notification = _section(data, "notification")
    att = _section(data, "attestations")
    council = _section(att, "works_council")
    dpia = _section(att, "dpia")
    ivr = _section(att, "ivr_announcement")
    source = _section(att, "source_retention")
    return Policy(
        version=_int(data, "version"),
        organisation=Organisation(
            name=_str(org, "name"),
            contact=_str(org, "contact"),
            privacy_officer=_str(org, "privacy_officer"),
        ),
        purposes=tuple(_purpose_from_dict(p) for p in _list(data, "purposes")),
        sampling=Sampling(
            mode=_optional_enum(sampling, "mode", SamplingMode),
            rate=_float(sampling, "rate"),
            max_per_agent_per_week=_int(sampling, "max_per_agent_per_week"),
            min_per_agent_per_week=_int(sampling, "min_per_agent_per_week"),
        ),
        scope=Scope(
            timezone=_str(scope, "timezone"),
            business_queues=_strings(scope, "business_queues"),
            business_numbers=_strings(scope, "business_numbers"),
            campaign_contexts=_strings(scope, "campaign_contexts"),
            campaign_accountcodes=_strings(scope, "campaign_accountcodes"),
            protected_numbers=_strings(scope, "protected_numbers"),
            internal_extensions=_ranges(scope, "internal_extensions"),
        ),
        notification=Notification(
            deadline_days_after_listen=_int(notification, "deadline_days_after_listen"),
            deadline_days_after_sampling=_int(notification, "deadline_days_after_sampling"),
            style=_optional_enum(notification, "style", NotificationStyle),
        ),
        attestations=Attestations(
            works_council=WorksCouncil(
                consent_date=_optional_date(council, "consent_date"),
                reference=_str(council, "reference"),
                not_applicable_reason=_str(council, "not_applicable_reason"),
            ),
            dpia=ImpactAssessment(
                kind=_optional_enum(dpia, "kind", AssessmentKind),
                date=_optional_date(dpia, "date"),
                reference=_str(dpia, "reference"),
            ),
            ivr_announcement=IvrAnnouncement(
                exists=_bool(ivr, "exists", False),
                date=_optional_date(ivr, "date"),
            ),
            security_statement=_str(att, "security_statement"),
            source_retention=SourceRetention(
                days=_optional_int(source, "days"),
                removed_by=_str(source, "removed_by"),
            ),
        ),
        protocol_expectations=_strings(_section(data, "protocol"), "expectations"),
    )


def _purpose_from_dict(data: object) -> Purpose:
    if not isinstance(data, Mapping):
        raise TypeError(f"A purpose must be a mapping, not {type(data).__name__}.")
    applies = _section(data, "applies_to")
    basis = data.get("legal_basis")
    return Purpose(
        id=_str(data, "id"),
        title=_str(data, "title"),
        applies_to=AppliesTo(
            all_calls=_bool(applies, "all_calls", False),
            queues=_strings(applies, "queues"),
            campaigns=_strings(applies, "campaigns"),
        ),
        legal_basis=None if basis is None else parse_legal_basis(str(basis)),
        basis_explanation=_str(data, "basis_explanation"),
        necessity=_str(data, "necessity"),
        retention_days=_int(data, "retention_days"),
        listener_roles=tuple(parse_role(str(r)) for r in _list(data, "listener_roles")),
        disclose_listener_name=_bool(data, "disclose_listener_name", True),
        hold_roles=tuple(parse_role(str(r)) for r in _list(data, "hold_roles")),
    )


_E = TypeVar("_E", bound=StrEnum)


def _section(data: Mapping[str, object], key: str) -> Mapping[str, object]:
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise TypeError(f"{key} must be a mapping, not {type(value).__name__}.")
    return value


def _str(data: Mapping[str, object], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise TypeError(f"{key} must be text, not {type(value).__name__}.")
    return value


def _int(data: Mapping[str, object], key: str) -> int:
    value = data.get(key, 0)
    # bool is an int; a stored true must not pass as a number of days.
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{key} must be a whole number, not {type(value).__name__}.")
    return value


def _optional_int(data: Mapping[str, object], key: str) -> int | None:
    return None if data.get(key) is None else _int(data, key)


def _float(data: Mapping[str, object], key: str) -> float:
    value = data.get(key, 0.0)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{key} must be a number, not {type(value).__name__}.")
    return float(value)


def _bool(data: Mapping[str, object], key: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise TypeError(f"{key} must be true or false, not {type(value).__name__}.")
    return value


def _list(data: Mapping[str, object], key: str) -> list[object]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise TypeError(f"{key} must be a list, not {type(value).__name__}.")
    return value


def _strings(data: Mapping[str, object], key: str) -> tuple[str, ...]:
    return tuple(str(v) for v in _list(data, key))


def _ranges(data: Mapping[str, object], key: str) -> tuple[tuple[int, int], ...]:
    ranges: list[tuple[int, int]] = []
    for pair in _list(data, key):
        if not (isinstance(pair, list) and len(pair) == 2):
            raise TypeError(f"{key} must hold [low, high] pairs, not {pair!r}.")
        ranges.append((int(pair[0]), int(pair[1])))
    return tuple(ranges)


def _optional_enum(data: Mapping[str, object], key: str, kind: type[_E]) -> _E | None:
    value = data.get(key)
    return None if value is None else kind(str(value))


def _optional_date(data: Mapping[str, object], key: str) -> dt.date | None:
    value = data.get(key)
    return None if value is None else dt.date.fromisoformat(str(value))

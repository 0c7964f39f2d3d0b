"""The recording policy: why, who, how long and on which basis calls are heard.

Each field is declared once, below, with its kind, limits, label, help and the sentences of
its rules (see domain/policy_schema.py); the stored form, the TOML file, the completeness
check (domain/policy_check.py) and the editor are all derived from these declarations.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache
from typing import ClassVar, TypeVar
from zoneinfo import available_timezones

from supervisor_app.domain import error_codes as codes
from supervisor_app.domain.errors import InputError
from supervisor_app.domain.people import Language
from supervisor_app.domain.policy_schema import (
    NOT_TRUE_OR_FALSE,
    QT_TRANSLATE_NOOP,
    Choice,
    Count,
    Date,
    Field,
    Flag,
    Fraction,
    Lines,
    Local,
    OptionalCount,
    Ranges,
    Reader,
    Records,
    Roles,
    Section,
    Strings,
    Text,
    declare,
    describe,
    join,
    plain,
)
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalLines, LocalText, word_count

# What the app itself guarantees (R13). Offered as the starting text of the security
# statement so the administrator only has to add what the organisation does around it.
DEFAULT_SECURITY_STATEMENT = LocalText(
    nl=(
        "Opnames worden alleen bewaard in een versleutelde kluis (SQLCipher, AES-256) op de "
        "computer van de leidinggevende. Elke gebruiker opent de kluis met een eigen, "
        "persoonlijke sleutel; er is geen gedeeld wachtwoord. Gebruikers zien alleen de "
        "opnames van de teams waaraan ze zijn toegewezen, en alleen in de rol die ze hebben. "
        "Wie terugluistert, moet het doel noemen. Elke keer dat er wordt teruggeluisterd, "
        "geëxporteerd of iets gewijzigd, komt in een logboek waarin elke regel met een "
        "cryptografische hash aan de vorige is gekoppeld, zodat niets ongemerkt kan worden "
        "aangepast. De app vergrendelt zichzelf na een paar minuten zonder gebruik. Opnames "
        "worden automatisch verwijderd zodra de bewaartermijn van hun doel voorbij is."
    ),
    en=(
        "Recordings are kept only in an encrypted vault (SQLCipher, AES-256) on the "
        "supervisor's computer. Each user opens it with their own personal key; there is no "
        "shared password. Users see only the recordings of the teams they are assigned to and "
        "only in the role they hold, and every listen must name the purpose it serves. Every "
        "listen, export and change is written to a tamper-evident audit log in which each "
        "entry is chained to the previous one by a cryptographic hash. The app locks itself "
        "after a few minutes without use. Recordings are deleted automatically when the "
        "retention period of their purpose ends."
    ),
)

# A purpose id appears in key paths ("purposes[training].necessity") and in the vault, so it is
# kept to a short slug. Starting with a letter keeps it apart from positions ("purposes[2]").
_PURPOSE_ID = re.compile(r"[a-z][a-z0-9_-]*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

R = TypeVar("R")

# Above these a purpose or the sample must say why (plausibility, not a hard limit).
LONG_RETENTION_DAYS = 365
HIGH_SAMPLING_RATE = 0.20
HIGH_WEEKLY_CAP = 25

# Upper bounds of the policy's numbers (hard limits: a file beyond them is not imported and
# the completeness check names them): far above anything lawful or practical, low enough that
# dates computed from them stay within what a calendar (and Python) can hold.
MAX_RETENTION_DAYS = 3650  # ten years after the call; the telephone system's own copies too
MAX_DEADLINE_DAYS = 365
MAX_COUNT = 1_000  # calls per agent and week (fewest and most)


class LegalBasis(StrEnum):
    """The lawful basis (art. 6 GDPR) a purpose relies on.

    Consent is deliberately not a member: an employee cannot freely consent to
    their employer (R3), so the app does not offer it.
    """

    LEGITIMATE_INTEREST = "legitimate_interest"
    LEGAL_OBLIGATION = "legal_obligation"
    CONTRACT = "contract"


def parse_legal_basis(text: str) -> LegalBasis:
    """Return the legal basis named by text (e.g. ``legitimate_interest``).

    Raises InputError with a sentence; "consent" gets its own explanation (R3).
    """
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    if key == "consent":
        raise InputError(codes.CONSENT_REFUSED)
    try:
        return LegalBasis(key)
    except ValueError:
        valid = ", ".join(b.value for b in LegalBasis)
        raise InputError(codes.UNKNOWN_LEGAL_BASIS, basis=text.strip(), valid=valid) from None


class SamplingMode(StrEnum):
    """Who draws the sample of calls that may be heard (R6)."""

    APP = "app"  # the app draws a seeded sample at import
    SOURCE = "source"  # the telephone system already sampled; import every in-scope recording


class NotificationStyle(StrEnum):
    """How agents are told afterwards that their calls were sampled or heard (R7)."""

    PER_RECORDING = "per_recording"
    WEEKLY_DIGEST = "weekly_digest"


class AssessmentKind(StrEnum):
    """Which kind of impact assessment the organisation made (R11).

    A risk assessment is still read from older versions, but it is not enough: listening back
    to employees' calls needs a DPIA.
    """

    DPIA = "dpia"
    RISK_ASSESSMENT = "risk_assessment"


class ResultsUse(StrEnum):
    """What the results of listening back may be used for (stated in the staff regulation)."""

    FEEDBACK = "feedback"  # feedback and coaching only
    APPRAISAL = "appraisal"  # also in performance appraisals
    DISCIPLINE = "discipline"  # also in appraisals and for disciplinary measures


class DocumentKind(StrEnum):
    """The documents that must be published for a policy version before it is complete."""

    STAFF_REGULATION = "staff_regulation"
    AGENT_PROTOCOL = "agent_protocol"


# --- values that check themselves ---------------------------------------------------------------


def parse_extension_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Parse text like ``"100-399, 500, 600-699"`` into inclusive (low, high) ranges.

    Blank text gives no ranges. Raises InputError naming the first bad part.
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
            raise InputError(codes.EXTENSION_RANGE_INVALID, part=part)
        low, high = int(low_text), int(high_text)
        if low > high:
            raise InputError(codes.EXTENSION_RANGE_BACKWARDS, part=part)
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


@cache
def timezone_names() -> list[str]:
    """Region/City zone names to choose from (aliases such as "EST5EDT" only confuse)."""
    return sorted(z for z in _known_timezones() if "/" in z and not z.startswith("Etc/"))


def looks_like_address(text: str) -> bool:
    """Whether text can reach someone (an e-mail or web address, telephone or postal address).

    A postal address is three words or more with a number in them.
    """
    digits = sum(c.isdigit() for c in text)
    web = "www." in text or "://" in text
    postal = word_count(text) >= 3 and digits > 0
    return bool(_EMAIL.search(text)) or web or digits >= 6 or postal


# --- the records --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Organisation:
    """The controller: who is responsible and whom agents and customers can contact."""

    name: str = declare(
        Text(
            label=QT_TRANSLATE_NOOP("PolicyField", "&Name:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "The organisation's name as the documents print it."
            ),
            required=True,
            missing=QT_TRANSLATE_NOOP("PolicyCheck", "Enter the name of the organisation."),
            words=1,
            too_short=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Enter the organisation's full name; “{text}” is not a name."
            ),
        )
    )
    language: Language = declare(
        Choice(
            enum=Language,
            default=Language.NL,
            label=QT_TRANSLATE_NOOP("PolicyField", "Main &language:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "A text written without a language, such as a plain string in a policy file, "
                "counts as this language. Texts are needed in this language and in each "
                "language an agent reads.",
            ),
            note=True,
            labels={
                Language.NL.value: QT_TRANSLATE_NOOP("PolicyChoice", "Dutch"),
                Language.EN.value: QT_TRANSLATE_NOOP("PolicyChoice", "English"),
            },
        )
    )  # type: ignore[assignment]  # a Choice with a default is never None (it has no blank)
    contact: str = declare(
        Text(
            label=QT_TRANSLATE_NOOP("PolicyField", "&Contact:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Where agents and customers send objections and requests to see recordings.",
            ),
            note=True,
            placeholder=QT_TRANSLATE_NOOP("PolicyField", "e.g. privacy@example.nl"),
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Enter where agents and customers can send objections and access requests.",
            ),
            valid=looks_like_address,
            invalid=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Enter an e-mail address, telephone number or postal address where objections "
                "and access requests can be sent; “{text}” is none of these.",
            ),
        )
    )
    privacy_officer: str = declare(
        Text(
            label=QT_TRANSLATE_NOOP("PolicyField", "&Privacy officer:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "The name of the data protection officer, or of the person who answers "
                "privacy questions where there is none.",
            ),
            required=True,
            missing=QT_TRANSLATE_NOOP("PolicyCheck", "Enter who the privacy officer is."),
            words=1,
            too_short=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Enter the privacy officer's name, such as “M. Jansen”; “{text}” is not a name.",
            ),
        )
    )
    privacy_officer_is_dpo: bool = declare(
        Flag(
            label=QT_TRANSLATE_NOOP(
                "PolicyField", "A data protection officer (art. 37 GDPR) &appointed"
            ),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Documents call them the data protection officer; otherwise the contact "
                "person for privacy.",
            ),
        )
    )
    privacy_officer_contact: str = declare(
        Text(
            label=QT_TRANSLATE_NOOP("PolicyField", "Privacy officer's c&ontact:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "An e-mail address or telephone number at which agents reach the privacy "
                "officer directly.",
            ),
            note=True,
            placeholder=QT_TRANSLATE_NOOP("PolicyField", "e.g. fg@example.nl"),
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Enter how agents can reach the privacy officer."
            ),
            valid=looks_like_address,
            invalid=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Enter an e-mail address or telephone number for the privacy officer; "
                "“{text}” is neither.",
            ),
        )
    )


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


@dataclass(frozen=True, kw_only=True)
class AppliesToField(Field[AppliesTo]):
    """Which calls a purpose covers: ``"all"`` or ``{ queues = [...], campaigns = [...] }``."""

    kind: ClassVar[str] = "applies_to"
    default: AppliesTo = AppliesTo()
    _KEYS: ClassVar[tuple[str, ...]] = ("all_calls", "queues", "campaigns")

    def read(self, raw: object, reader: Reader, key: str) -> AppliesTo:
        """The word all, or a table of queues and campaigns (stored versions add all_calls)."""
        if raw == "all":
            return AppliesTo.everything()
        if not isinstance(raw, Mapping):
            reader.translatable_problem(
                key,
                QT_TRANSLATE_NOOP(
                    "PolicyFile",
                    'Write "all", or a table such as '
                    '{{ queues = ["400"], campaigns = ["donor"] }}.',
                ),
            )
            return AppliesTo()
        reader.unknown_keys(raw, self._KEYS, key)
        lists = Strings()
        everything = raw.get("all_calls", False)
        if not isinstance(everything, bool):
            reader.translatable_problem(
                join(key, "all_calls"), NOT_TRUE_OR_FALSE, what=describe(everything)
            )
            everything = False
        return AppliesTo(
            all_calls=everything,
            queues=lists.read(raw.get("queues", []), reader, join(key, "queues")),
            campaigns=lists.read(raw.get("campaigns", []), reader, join(key, "campaigns")),
        )

    def plain(self, value: AppliesTo) -> object:
        """Every part."""
        return {
            "all_calls": value.all_calls,
            "queues": list(value.queues),
            "campaigns": list(value.campaigns),
        }

    def toml(self, value: AppliesTo) -> object:
        """The word all, or only the lists that have entries."""
        if value.all_calls:
            return "all"
        parts = {"queues": list(value.queues), "campaigns": list(value.campaigns)}
        return {name: items for name, items in parts.items() if items} or None

    def is_blank(self, value: AppliesTo) -> bool:
        """Says no calls at all."""
        return not value.is_set


_LISTENER_ROLES_HELP = QT_TRANSLATE_NOOP(
    "PolicyCheck",
    "Remove {roles} from the roles that may listen for the purpose {name}; "
    "only team leads and quality coaches can listen.",
)


@dataclass(frozen=True, slots=True)
class Purpose:
    """One documented reason to keep and hear recordings (R2–R5, R12)."""

    id: str = declare(
        Text(
            label=QT_TRANSLATE_NOOP("PolicyField", "&Id:"),
            help=QT_TRANSLATE_NOOP("PolicyField", "Lowercase letters, digits, - or _."),
            note=True,
            placeholder=QT_TRANSLATE_NOOP("PolicyField", "e.g. training"),
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Give purpose {name} a short id of lowercase letters, digits, - or _, "
                "such as “training”.",
            ),
            valid=is_valid_purpose_id,
            invalid=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Change the id of purpose {name} to lowercase letters, digits, - or _, "
                "starting with a letter.",
            ),
            read_invalid=(
                "An id may hold only lowercase letters, digits, - and _, and starts with a letter."
            ),
        )
    )
    title: LocalText = declare(
        Local(
            label=QT_TRANSLATE_NOOP("PolicyField", "&Title:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "The purpose's name as agents read it in documents and notices."
            ),
            required=True,
            missing=QT_TRANSLATE_NOOP("PolicyCheck", "Give purpose {name} a title."),
        )
    )
    applies_to: AppliesTo = declare(
        AppliesToField(
            label=QT_TRANSLATE_NOOP("PolicyField", "Applies to:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "All business calls, or only the calls of named queues or campaigns.",
            ),
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Choose which calls the purpose {name} applies to: all business calls, "
                "or named queues or campaigns.",
            ),
        )
    )
    legal_basis: LegalBasis | None = declare(
        Choice(
            enum=LegalBasis,
            parse=parse_legal_basis,
            label=QT_TRANSLATE_NOOP("PolicyField", "&Legal basis:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Consent is not offered: an employee cannot freely refuse their employer.",
            ),
            note=True,
            labels={
                LegalBasis.LEGITIMATE_INTEREST.value: QT_TRANSLATE_NOOP(
                    "PolicyChoice", "Legitimate interest (art. 6(1)(f))"
                ),
                LegalBasis.LEGAL_OBLIGATION.value: QT_TRANSLATE_NOOP(
                    "PolicyChoice", "Legal obligation (art. 6(1)(c))"
                ),
                LegalBasis.CONTRACT.value: QT_TRANSLATE_NOOP(
                    "PolicyChoice", "Contract (art. 6(1)(b))"
                ),
            },
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Choose the legal basis for the purpose {name}."
            ),
        )
    )
    basis_explanation: LocalText = declare(
        Local(
            label=QT_TRANSLATE_NOOP("PolicyField", "&Explanation:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Why the legal basis applies: the interest served, and why it outweighs the "
                "agents' privacy.",
            ),
            lines=3,
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Explain why the chosen legal basis applies to the purpose {name}."
            ),
            words=8,
            too_short=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The explanation of the legal basis of the purpose {name} is too short to show "
                "anything; explain in at least {n} words why the basis applies, not just “{text}”.",
            ),
        )
    )
    necessity: LocalText = declare(
        Local(
            label=QT_TRANSLATE_NOOP("PolicyField", "&Necessity:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Why recording is needed and which less intrusive means were weighed.",
            ),
            note=True,
            lines=3,
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Write why recording is necessary for the purpose {name} "
                "and which less intrusive means were weighed.",
            ),
            words=8,
            too_short=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The necessity of the purpose {name} is too short to convince anyone; write in "
                "at least {n} words why recording is needed and which milder means were "
                "weighed, not just “{text}”.",
            ),
        )
    )
    retention_days: int = declare(
        Count(
            minimum=1,
            maximum=MAX_RETENTION_DAYS,
            unit="days",
            label=QT_TRANSLATE_NOOP("PolicyField", "&Keep for:"),
            help=QT_TRANSLATE_NOOP("PolicyField", "Counted from the day of the call."),
            note=True,
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Set how many days recordings are kept for the purpose {name}: "
                "from {minimum} to {maximum}.",
            ),
        )
    )
    retention_reason: LocalText = declare(
        Local(
            label=QT_TRANSLATE_NOOP("PolicyField", "Why this &long:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Needed when recordings are kept longer than 365 days: why the purpose needs "
                "that long.",
            ),
            note=True,
            lines=2,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "State why recordings for the purpose {name} are kept longer than a year.",
            ),
            words=8,
            too_short=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The reason why recordings for the purpose {name} are kept this long is too "
                "short; explain in at least {n} words why, not just “{text}”.",
            ),
        )
    )
    listener_roles: tuple[Role, ...] = declare(
        Roles(
            label=QT_TRANSLATE_NOOP("PolicyField", "Who may listen:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "Only team leads and quality coaches can ever listen."
            ),
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Choose which roles may listen for the purpose {name}."
            ),
            cannot_listen=_LISTENER_ROLES_HELP,
        )
    )
    # Telling the agent who listened is the more transparent default.
    disclose_listener_name: bool = declare(
        Flag(
            default=True,
            label=QT_TRANSLATE_NOOP("PolicyField", "Tell the agent &who listened"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "The notice names who listened; otherwise only their role."
            ),
        )
    )
    # Roles that may keep a recording past its retention as evidence in a concrete case
    # (an evidence hold, with a case reference). Empty: this purpose allows no holds.
    hold_roles: tuple[Role, ...] = declare(
        Roles(
            label=QT_TRANSLATE_NOOP("PolicyField", "Who may keep as evidence:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Longer than the retention period, for a concrete case with its case "
                "reference. Leave empty when this purpose needs no evidence.",
            ),
            note=True,
        )
    )

    # Coaching (training) purposes are the lawful home of scoring: a listener fills in a
    # scorecard against the agent protocol, notes moments in the call and shares a feedback
    # sheet. Other purposes (evidence in a dispute) get none of that (R5).
    coaching: bool = declare(
        Flag(
            label=QT_TRANSLATE_NOOP(
                "PolicyField", "&Coaching: score the call against the agent protocol"
            ),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Listeners may fill in a scorecard, note moments in the call and send the "
                "agent a feedback sheet. These are deleted with the recording.",
            ),
            note=True,
        )
    )

    @property
    def allows_holds(self) -> bool:
        """Whether recordings kept for this purpose may be held as evidence (a dispute)."""
        return bool(self.hold_roles)

    @property
    def display_name(self) -> str:
        """The title in the English sentences below ui/ (the command line, errors, the log).

        English where it has one, else Dutch, else the id; screens use the interface
        language and letters and documents their reader's (``name_in``).
        """
        return self.title.first(("en", "nl")) or self.id

    @property
    def names(self) -> LocalText:
        """The title in each language for a sentence: the other language's, or the id, if none.

        Errors name a purpose with it, so ui/ can show the title in the interface language.
        """
        shown = self.display_name
        return LocalText(nl=self.title.get("nl") or shown, en=self.title.get("en") or shown)

    def name_in(self, language: str) -> str:
        """The title in one language, for a document or notice; the id where it has none."""
        return self.title.get(language) or self.id


def _app_samples(sampling: Sampling) -> bool:
    return sampling.mode is SamplingMode.APP


@dataclass(frozen=True, slots=True)
class Sampling:
    """How many calls may be heard: a proportionate sample rather than everything (R6)."""

    mode: SamplingMode | None = declare(
        Choice(
            enum=SamplingMode,
            label=QT_TRANSLATE_NOOP("PolicyField", "&Who samples:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "This app draws a random sample when calls are imported, or the telephone "
                "system records only a sample itself.",
            ),
            labels={
                SamplingMode.APP.value: QT_TRANSLATE_NOOP(
                    "PolicyChoice", "This app draws a random sample at import"
                ),
                SamplingMode.SOURCE.value: QT_TRANSLATE_NOOP(
                    "PolicyChoice",
                    "The telephone system already samples; import every recording",
                ),
            },
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Choose whether the app draws the sample of calls or the telephone system "
                "already did.",
            ),
        )
    )
    rate: float = declare(
        Fraction(
            label=QT_TRANSLATE_NOOP("PolicyField", "&Share of calls:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "The share of business calls the app keeps, e.g. 5 %."
            ),
            note=True,
            required=_app_samples,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Set the share of business calls to sample: more than 0 % and at most 100 % "
                "(e.g. 5 %).",
            ),
            out_of_range=QT_TRANSLATE_NOOP(
                "PolicyFile",
                "The rate is a share of calls: more than 0 and at most 1 (e.g. 0.05).",
            ),
        )
    )
    max_per_agent_per_week: int = declare(
        Count(
            minimum=1,
            maximum=MAX_COUNT,
            label=QT_TRANSLATE_NOOP("PolicyField", "&Most per agent:"),
            help=QT_TRANSLATE_NOOP("PolicyField", "The most calls of one agent kept per week."),
            note=True,
            required=_app_samples,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Set the most calls per agent per week that may be sampled: "
                "from {minimum} to {maximum}.",
            ),
        )
    )
    min_per_agent_per_week: int = declare(
        Count(
            minimum=0,
            maximum=MAX_COUNT,
            label=QT_TRANSLATE_NOOP("PolicyField", "&Fewest per agent:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "At least this many calls of each agent per week, if there are enough.",
            ),
            note=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Set the fewest calls per agent per week to sample: from {minimum} to {maximum}.",
            ),
        )
    )
    reason: LocalText = declare(
        Local(
            label=QT_TRANSLATE_NOOP("PolicyField", "Why this &many:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Needed when more than 20 % of the calls, or more than 25 calls of an agent "
                "per week, are kept: why so many are needed.",
            ),
            note=True,
            lines=2,
            missing=QT_TRANSLATE_NOOP("PolicyCheck", "State why the sample is this large."),
            words=8,
            too_short=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The reason for so large a sample is too short; explain in at least {n} words "
                "why so many calls are needed, not just “{text}”.",
            ),
        )
    )


@dataclass(frozen=True, slots=True)
class Scope:
    """What counts as a business call; everything else is out (default deny, R9)."""

    timezone: str = declare(
        Text(
            label=QT_TRANSLATE_NOOP("PolicyField", "&Time zone:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "The clock of the telephone system, e.g. Europe/Amsterdam."
            ),
            note=True,
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Choose the time zone of the telephone system."
            ),
            valid=is_valid_timezone,
            suggestions=timezone_names,
            invalid=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The time zone “{text}” is not known; use a name like Europe/Amsterdam.",
            ),
            read_invalid="The time zone “{text}” is not known; use a name like Europe/Amsterdam.",
        )
    )
    business_queues: tuple[str, ...] = declare(
        Strings(
            label=QT_TRANSLATE_NOOP("PolicyField", "&Queues:"),
            help=QT_TRANSLATE_NOOP("PolicyField", "Queues whose calls are business calls."),
            placeholder=QT_TRANSLATE_NOOP("PolicyField", "e.g. 400, 401"),
        )
    )
    business_numbers: tuple[str, ...] = declare(
        Strings(
            label=QT_TRANSLATE_NOOP("PolicyField", "Inbound &numbers:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "The organisation's own numbers whose calls are business calls."
            ),
            placeholder=QT_TRANSLATE_NOOP("PolicyField", "e.g. +31201234500"),
        )
    )
    campaign_contexts: tuple[str, ...] = declare(
        Strings(
            label=QT_TRANSLATE_NOOP("PolicyField", "Campaign &contexts:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "Dial-plan contexts of outbound campaigns in the telephone system."
            ),
        )
    )
    campaign_accountcodes: tuple[str, ...] = declare(
        Strings(
            label=QT_TRANSLATE_NOOP("PolicyField", "Campaign &account codes:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "Account codes of outbound campaigns in the telephone system."
            ),
        )
    )
    # Confidential counsellor, company doctor, works council…: never in scope, either direction.
    protected_numbers: tuple[str, ...] = declare(
        Strings(
            lines=3,
            label=QT_TRANSLATE_NOOP("PolicyField", "&Protected numbers:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "One per line: the confidential counsellor, company doctor, works council… "
                "Calls to or from these numbers are never kept.",
            ),
            note=True,
            warn_if_blank=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "No protected numbers are listed, so nothing keeps calls with the confidential "
                "counsellor, company doctor or works council out by their number; add those "
                "numbers, unless there are none.",
            ),
        )
    )
    internal_extensions: tuple[tuple[int, int], ...] = declare(
        Ranges(
            label=QT_TRANSLATE_NOOP("PolicyField", "Internal &extensions:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Ranges of colleagues' extensions; calls between them are never kept.",
            ),
            note=True,
            placeholder=QT_TRANSLATE_NOOP("PolicyField", "e.g. 100-399, 500"),
            parse=parse_extension_ranges,
            format=format_extension_ranges,
            invalid=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Correct the internal extension ranges: each must run from a lower to a "
                "higher number.",
            ),
        )
    )

    @property
    def has_business_selector(self) -> bool:
        """Whether anything at all marks a call as business; without it nothing is in scope."""
        return bool(
            self.business_queues
            or self.business_numbers
            or self.campaign_contexts
            or self.campaign_accountcodes
        )

    @property
    def campaigns(self) -> tuple[str, ...]:
        """Every campaign name the scope knows: contexts and account codes."""
        return tuple(dict.fromkeys(self.campaign_contexts + self.campaign_accountcodes))


@dataclass(frozen=True, slots=True)
class Notification:
    """When and how agents are told afterwards (R7)."""

    deadline_days_after_listen: int = declare(
        Count(
            minimum=1,
            maximum=MAX_DEADLINE_DAYS,
            unit="days",
            label=QT_TRANSLATE_NOOP("PolicyField", "After a &listen, within:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "An agent is told of each listen separately, within this time."
            ),
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Set within how many days an agent is told that a call of theirs was listened "
                "to: from {minimum} to {maximum}.",
            ),
        )
    )
    deadline_days_after_sampling: int = declare(
        Count(
            minimum=1,
            maximum=MAX_DEADLINE_DAYS,
            unit="days",
            label=QT_TRANSLATE_NOOP("PolicyField", "After &recording, within:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Counted from the recording, or in a weekly overview from the week's first one.",
            ),
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Set within how many days an agent is told that a call of theirs was recorded: "
                "from {minimum} to {maximum}.",
            ),
        )
    )
    style: NotificationStyle | None = declare(
        Choice(
            enum=NotificationStyle,
            label=QT_TRANSLATE_NOOP("PolicyField", "&How:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "How agents hear that their calls were recorded."
            ),
            labels={
                NotificationStyle.PER_RECORDING.value: QT_TRANSLATE_NOOP(
                    "PolicyChoice", "A notice for every recording"
                ),
                NotificationStyle.WEEKLY_DIGEST.value: QT_TRANSLATE_NOOP(
                    "PolicyChoice", "One overview per week"
                ),
            },
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Choose whether agents get a notice per recording or a weekly digest.",
            ),
        )
    )


@dataclass(frozen=True, slots=True)
class WorksCouncil:
    """Works council consent (R10): a date and reference, or why consent does not apply."""

    consent_date: dt.date | None = declare(
        Date(
            label=QT_TRANSLATE_NOOP("PolicyField", "Date:"),
            help=QT_TRANSLATE_NOOP("PolicyField", "The day the works council consented."),
            future=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The works council's consent date ({date}) lies in the future; enter the day it "
                "actually consented.",
            ),
        )
    )
    reference: str = declare(
        Text(
            label=QT_TRANSLATE_NOOP("PolicyField", "Reference:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "The reference of the works council's decision or letter."
            ),
        )
    )
    not_applicable_reason: LocalText = declare(
        Local(
            label=QT_TRANSLATE_NOOP("PolicyField", "Reason:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "Why the works council's consent does not apply."
            ),
            placeholder=QT_TRANSLATE_NOOP(
                "PolicyField", "e.g. the organisation has no works council"
            ),
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "State why the works council's consent does not apply."
            ),
            words=5,
            too_short=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The reason why the works council need not consent is too short to check; "
                "explain in at least {n} words why consent does not apply, not just “{text}”.",
            ),
        )
    )


@dataclass(frozen=True, slots=True)
class ImpactAssessment:
    """The DPIA (R11): listening back to employees' calls is systematic monitoring of them."""

    kind: AssessmentKind | None = declare(
        Choice(
            enum=AssessmentKind,
            label=QT_TRANSLATE_NOOP("PolicyField", "&Kind:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Listening back to employees' calls is systematic monitoring: a DPIA is required.",
            ),
            labels={
                AssessmentKind.DPIA.value: QT_TRANSLATE_NOOP(
                    "PolicyChoice", "DPIA (data protection impact assessment)"
                ),
                AssessmentKind.RISK_ASSESSMENT.value: QT_TRANSLATE_NOOP(
                    "PolicyChoice", "Documented risk assessment"
                ),
            },
            required=True,
            missing=QT_TRANSLATE_NOOP("PolicyCheck", "Record that a DPIA was carried out."),
            refused={
                AssessmentKind.RISK_ASSESSMENT.value: QT_TRANSLATE_NOOP(
                    "PolicyCheck",
                    "A risk assessment is not enough: listening back to employees' calls is "
                    "systematic monitoring of employees, which the Dutch Data Protection "
                    "Authority lists as always needing a DPIA (art. 35 GDPR); carry out a DPIA "
                    "and record it.",
                )
            },
        )
    )
    date: dt.date | None = declare(
        Date(
            label=QT_TRANSLATE_NOOP("PolicyField", "Date:"),
            help=QT_TRANSLATE_NOOP("PolicyField", "The day the DPIA was completed."),
            required=True,
            missing=QT_TRANSLATE_NOOP("PolicyCheck", "Record the date of the DPIA."),
            future=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The DPIA's date ({date}) lies in the future; enter the day it was completed.",
            ),
        )
    )
    reference: str = declare(
        Text(
            label=QT_TRANSLATE_NOOP("PolicyField", "Reference:"),
            help=QT_TRANSLATE_NOOP("PolicyField", "The DPIA's document number or title."),
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Record the reference of the DPIA, such as its document number."
            ),
        )
    )


def _announced(ivr: IvrAnnouncement) -> bool:
    return ivr.exists


@dataclass(frozen=True, slots=True)
class IvrAnnouncement:
    """Attestation that callers hear beforehand that calls are recorded (R17)."""

    exists: bool = declare(
        Flag(
            label=QT_TRANSLATE_NOOP("PolicyField", "Callers are told calls may be &recorded"),
            help=QT_TRANSLATE_NOOP("PolicyField", "Before the call starts, with the reason why."),
            note=True,
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Confirm that callers hear that calls are recorded, and since when."
            ),
        )
    )
    date: dt.date | None = declare(
        Date(
            label=QT_TRANSLATE_NOOP("PolicyField", "Since:"),
            help=QT_TRANSLATE_NOOP("PolicyField", "The day callers first heard it."),
            required=_announced,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Enter since when callers hear that calls are recorded."
            ),
            future=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The announcement to callers cannot start in the future ({date}); enter the day "
                "callers first heard it.",
            ),
        )
    )


@dataclass(frozen=True, slots=True)
class SourceRetention:
    """How long the telephone system keeps its own recordings, and who removes them.

    The app keeps only its sample; the telephone system may keep every call, private ones
    included, until someone removes them. The staff regulation says so truthfully.
    """

    days: int | None = declare(
        OptionalCount(
            minimum=0,
            maximum=MAX_RETENTION_DAYS,
            unit="days",
            label=QT_TRANSLATE_NOOP("PolicyField", "Kept &there for:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "The telephone system keeps every recorded call until it is removed there; "
                "the staff regulation says how long.",
            ),
            note=True,
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "State how many days the telephone system keeps its own recordings: "
                "from {minimum} to {maximum}.",
            ),
        )
    )  # None: not stated yet; 0: removed the day they are exported
    removed_by: LocalText = declare(
        Local(
            label=QT_TRANSLATE_NOOP("PolicyField", "Removed by:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "Who removes them there, as the staff regulation names them."
            ),
            placeholder=QT_TRANSLATE_NOOP("PolicyField", "e.g. the IT department"),
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "State who removes the telephone system's own recordings."
            ),
        )
    )


@dataclass(frozen=True, slots=True)
class Attestations:
    """What the organisation states it has done outside the app."""

    security_statement: LocalText = declare(
        Local(
            lines=6,
            label=QT_TRANSLATE_NOOP("PolicyField", "&Security:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "How recordings are secured; add what the organisation does around the app.",
            ),
            note=True,
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Write how recordings are secured (the app's own measures can be used as a start).",
            ),
            words=12,
            too_short=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The security statement is too short to describe any measure; write in at "
                "least {n} words how recordings are secured, not just “{text}”.",
            ),
        )
    )
    works_council: WorksCouncil = declare(
        Section(
            record=WorksCouncil,
            default=WorksCouncil(),
            label=QT_TRANSLATE_NOOP("PolicyField", "Works council"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "The works council's consent (art. 27, paragraph 1, under l and k, Works "
                "Councils Act), or why it does not apply. Calls from before the consent date "
                "are never imported.",
            ),
        )
    )
    dpia: ImpactAssessment = declare(
        Section(
            record=ImpactAssessment,
            default=ImpactAssessment(),
            label=QT_TRANSLATE_NOOP("PolicyField", "Impact assessment"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "The data protection impact assessment (DPIA) of listening back to calls.",
            ),
        )
    )
    ivr_announcement: IvrAnnouncement = declare(
        Section(
            record=IvrAnnouncement,
            default=IvrAnnouncement(),
            label=QT_TRANSLATE_NOOP("PolicyField", "Announcement to callers"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Callers hear at the start of the call that it may be recorded, and why. Calls "
                "from before this date are never imported.",
            ),
        )
    )
    source_retention: SourceRetention = declare(
        Section(
            record=SourceRetention,
            default=SourceRetention(),
            label=QT_TRANSLATE_NOOP("PolicyField", "The telephone system's own recordings"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "The telephone system keeps its own copy of every recorded call until it is "
                "removed there.",
            ),
        )
    )


@dataclass(frozen=True, slots=True)
class Regulation:
    """What the staff regulation states besides the purposes: use, force and evaluation (R1)."""

    use_of_results: ResultsUse | None = declare(
        Choice(
            enum=ResultsUse,
            label=QT_TRANSLATE_NOOP("PolicyField", "&Use of results:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "What listening back may lead to; the staff regulation says so."
            ),
            note=True,
            labels={
                ResultsUse.FEEDBACK.value: QT_TRANSLATE_NOOP(
                    "PolicyChoice", "Feedback and coaching only"
                ),
                ResultsUse.APPRAISAL.value: QT_TRANSLATE_NOOP(
                    "PolicyChoice", "Also in performance appraisals"
                ),
                ResultsUse.DISCIPLINE.value: QT_TRANSLATE_NOOP(
                    "PolicyChoice", "Also in appraisals and for disciplinary measures"
                ),
            },
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Choose what the results of listening back may be used for."
            ),
        )
    )
    entry_into_force: dt.date | None = declare(
        Date(
            label=QT_TRANSLATE_NOOP("PolicyField", "In &force from:"),
            help=QT_TRANSLATE_NOOP("PolicyField", "The day the staff regulation applies from."),
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Enter the date from which the staff regulation applies."
            ),
        )
    )
    adopted_by: LocalText = declare(
        Local(
            label=QT_TRANSLATE_NOOP("PolicyField", "&Adopted by:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "Who adopted the regulation, e.g. the board of directors."
            ),
            placeholder=QT_TRANSLATE_NOOP("PolicyField", "e.g. the board of directors"),
            required=True,
            missing=QT_TRANSLATE_NOOP("PolicyCheck", "Enter who adopted the staff regulation."),
            words=2,
            too_short=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Say who adopted the staff regulation, such as “the board of directors”; "
                "“{text}” does not say who.",
            ),
        )
    )
    evaluation: LocalText = declare(
        Local(
            label=QT_TRANSLATE_NOOP("PolicyField", "&Evaluation:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "When and with whom the regulation is evaluated, e.g. every year in March with "
                "the works council.",
            ),
            note=True,
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Enter when and with whom the staff regulation is evaluated."
            ),
            words=4,
            too_short=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The evaluation is too short to plan anything; say in at least {n} words when "
                "and with whom the staff regulation is evaluated, not just “{text}”.",
            ),
        )
    )


@dataclass(frozen=True, slots=True)
class Register:
    """What the register of processing (art. 30 GDPR) says about recipients and transfers."""

    recipients: LocalText = declare(
        Local(
            lines=2,
            label=QT_TRANSLATE_NOOP("PolicyField", "&Recipients:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Who outside the organisation receives recordings or call data, if anyone.",
            ),
            note=True,
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "State who outside the organisation receives recordings or call data, or that "
                "nobody does.",
            ),
            words=4,
            too_short=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The statement on recipients is too short; say in at least {n} words who "
                "receives recordings or call data, not just “{text}”.",
            ),
        )
    )
    transfers: LocalText = declare(
        Local(
            lines=2,
            label=QT_TRANSLATE_NOOP("PolicyField", "&Transfers:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "Whether data goes to countries outside the European Economic Area, and on "
                "which terms.",
            ),
            note=True,
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "State whether data is transferred outside the European Economic Area.",
            ),
            words=4,
            too_short=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The statement on transfers is too short; say in at least {n} words whether "
                "data leaves the European Economic Area, not just “{text}”.",
            ),
        )
    )


@dataclass(frozen=True, slots=True)
class Requests:
    """What answers to requests of agents and callers may contain (arts. 15–21 GDPR)."""

    agent_first_name_to_callers: bool = declare(
        Flag(
            label=QT_TRANSLATE_NOOP(
                "PolicyField", "A caller may learn the &first name of the agent they spoke to"
            ),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "In the copy a caller receives when they ask for their recordings; otherwise "
                "it says nothing about the agent.",
            ),
            note=True,
        )
    )


@dataclass(frozen=True, slots=True)
class Protocol:
    """The agent protocol: the conduct expected of agents in calls (R8)."""

    expectations: LocalLines = declare(
        Lines(
            label=QT_TRANSLATE_NOOP("PolicyField", "&Expectations:"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField", "One expectation per line, in the same order in each language."
            ),
            note=True,
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "Write at least one expectation for the agent protocol, such as “Always be "
                "polite”.",
            ),
            blank_line=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Remove the empty line from the agent protocol."
            ),
            unequal=QT_TRANSLATE_NOOP(
                "PolicyCheck",
                "The agent protocol has a different number of expectations in each language; "
                "write every expectation in every language, one per line.",
            ),
        )
    )


def _section(record: type[R], label: str, help_text: str) -> Section[R]:
    return Section(record=record, default=record(), label=label, help=help_text)


@dataclass(frozen=True, slots=True)
class Policy:
    """The whole recording policy. Equality ignores ``version`` so two versions can be compared."""

    organisation: Organisation = declare(
        _section(
            Organisation,
            QT_TRANSLATE_NOOP("PolicyField", "Organisation"),
            QT_TRANSLATE_NOOP(
                "PolicyField", "The organisation responsible for the recordings (the controller)."
            ),
        )
    )
    purposes: tuple[Purpose, ...] = declare(
        Records(
            record=Purpose,
            label=QT_TRANSLATE_NOOP("PolicyField", "Purposes"),
            help=QT_TRANSLATE_NOOP(
                "PolicyField",
                "A recording kept for one purpose is never used for another. Each purpose needs "
                "a legal basis, a reason why recording is necessary and a retention period.",
            ),
            required=True,
            missing=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Add at least one purpose for which calls may be listened to."
            ),
            valid_id=is_valid_purpose_id,
            duplicate=QT_TRANSLATE_NOOP(
                "PolicyCheck", "Two purposes have the id “{id}”; give each purpose its own id."
            ),
            read_duplicate="Another purpose already has the id “{id}”; each id must be unique.",
        )
    )
    sampling: Sampling = declare(
        _section(
            Sampling,
            QT_TRANSLATE_NOOP("PolicyField", "Sampling"),
            QT_TRANSLATE_NOOP(
                "PolicyField",
                "Only a sample of business calls may be kept and heard, never every call of "
                "an agent.",
            ),
        )
    )
    scope: Scope = declare(
        _section(
            Scope,
            QT_TRANSLATE_NOOP("PolicyField", "Scope"),
            QT_TRANSLATE_NOOP(
                "PolicyField",
                "Only business calls can be kept: calls through the queues, numbers and "
                "campaigns named here. Everything else is left out. Separate several values "
                "with commas.",
            ),
        )
    )
    notification: Notification = declare(
        _section(
            Notification,
            QT_TRANSLATE_NOOP("PolicyField", "Notification"),
            QT_TRANSLATE_NOOP(
                "PolicyField",
                "Agents are told afterwards that a call of theirs was recorded or listened to.",
            ),
        )
    )
    attestations: Attestations = declare(
        _section(
            Attestations,
            QT_TRANSLATE_NOOP("PolicyField", "Attestations"),
            QT_TRANSLATE_NOOP("PolicyField", "What the organisation has arranged outside the app."),
        )
    )
    regulation: Regulation = declare(
        _section(
            Regulation,
            QT_TRANSLATE_NOOP("PolicyField", "Staff regulation"),
            QT_TRANSLATE_NOOP(
                "PolicyField",
                "What the staff regulation says besides the purposes: what the results are "
                "used for, from when it applies, who adopted it and when it is evaluated.",
            ),
        )
    )
    register: Register = declare(
        _section(
            Register,
            QT_TRANSLATE_NOOP("PolicyField", "Register"),
            QT_TRANSLATE_NOOP(
                "PolicyField",
                "What the register of processing (art. 30 GDPR) says about who receives the "
                "data and where it goes.",
            ),
        )
    )
    requests: Requests = declare(
        _section(
            Requests,
            QT_TRANSLATE_NOOP("PolicyField", "Requests"),
            QT_TRANSLATE_NOOP(
                "PolicyField",
                "What the answer to a request for access may contain.",
            ),
        )
    )
    protocol: Protocol = declare(
        _section(
            Protocol,
            QT_TRANSLATE_NOOP("PolicyField", "Agent protocol"),
            QT_TRANSLATE_NOOP(
                "PolicyField",
                "Every agent receives these expectations in the agent protocol before any call "
                "of theirs can be sampled.",
            ),
        )
    )
    version: int = field(default=0, compare=False)  # 0 = not yet stored

    @classmethod
    def empty(cls) -> Policy:
        """The policy a new vault starts with: blank except for the app's own security text."""
        return cls(attestations=Attestations(security_statement=DEFAULT_SECURITY_STATEMENT))

    @property
    def main_language(self) -> str:
        """The organisation's main language (of texts written without a language)."""
        return self.organisation.language.value

    def purpose(self, purpose_id: str) -> Purpose | None:
        """Return the purpose with this id, or None."""
        return next((p for p in self.purposes if p.id == purpose_id), None)

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-serialisable form (dates as ISO text); ``from_dict`` reverses it exactly."""
        return {"version": self.version, **plain(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Policy:
        """Rebuild a policy from ``to_dict`` output, or from any version stored before.

        Missing keys take their blank value, and a plain string where a text per language is
        now kept counts as the organisation's main language, so versions stored before a
        field existed still load. Raises ValueError when a value has the wrong form.
        """
        reader = Reader(strict=False, main_language=main_language_of(data))
        body = {key: value for key, value in data.items() if key != "version"}
        policy = reader.record(cls, body, "")
        if reader.problems:
            raise ValueError("; ".join(str(p) for p in reader.problems))
        version = data.get("version", 0)
        if not isinstance(version, int) or isinstance(version, bool):
            raise ValueError(f"version must be a whole number, not {describe(version)}.")
        return replace(policy, version=version)


def main_language_of(data: Mapping[str, object]) -> str:
    """The main language plain policy data (stored, or a parsed file) names, else the default.

    It must be known before the texts are read: a plain string counts as that language.
    """
    org = data.get("organisation")
    language = org.get("language") if isinstance(org, Mapping) else None
    valid = {lang.value for lang in Language}
    return language if isinstance(language, str) and language in valid else Language.NL.value


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
                f"purposes[{purpose_id}]", plain(old_purpose), plain(new_purpose)
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

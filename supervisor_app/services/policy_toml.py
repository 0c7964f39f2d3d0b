"""The recording policy as a TOML file that a privacy officer can read, comment and edit."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

import tomlkit
from tomlkit.container import Container
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, InlineTable, Item, Table

from supervisor_app.domain.policy import (
    MAX_COUNT,
    MAX_DEADLINE_DAYS,
    MAX_RETENTION_DAYS,
    AppliesTo,
    AssessmentKind,
    Attestations,
    ImpactAssessment,
    IvrAnnouncement,
    Notification,
    NotificationStyle,
    Organisation,
    Policy,
    Purpose,
    Sampling,
    SamplingMode,
    Scope,
    SourceRetention,
    WorksCouncil,
    format_extension_ranges,
    is_valid_purpose_id,
    is_valid_timezone,
    parse_extension_ranges,
    parse_legal_basis,
)
from supervisor_app.domain.roles import Role, parse_role


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a policy file.

    ``key`` is the path in the file, e.g. ``purposes[1].legal_basis`` (purposes are
    counted from 1, as a reader counts them); it is empty when the file as a whole
    cannot be read.
    """

    key: str
    text: str

    def __str__(self) -> str:
        return f"{self.key}: {self.text}" if self.key else self.text


class PolicyFileError(Exception):
    """A policy file that cannot be imported; ``problems`` lists everything wrong with it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


# The keys each table may hold, in the order a fresh file writes them.
_TOP = ("organisation", "purposes", "sampling", "scope", "notification", "attestations", "protocol")
_ORGANISATION = ("name", "contact", "privacy_officer")
_PURPOSE = (
    "id",
    "title",
    "applies_to",
    "legal_basis",
    "basis_explanation",
    "necessity",
    "retention_days",
    "listener_roles",
    "disclose_listener_name",
    "hold_roles",
)
_APPLIES_TO = ("queues", "campaigns")
_SAMPLING = ("mode", "rate", "max_per_agent_per_week", "min_per_agent_per_week")
_SCOPE = (
    "timezone",
    "business_queues",
    "business_numbers",
    "campaign_contexts",
    "campaign_accountcodes",
    "protected_numbers",
    "internal_extensions",
)
_NOTIFICATION = ("deadline_days_after_listen", "deadline_days_after_sampling", "style")
_ATTESTATIONS = (
    "security_statement",
    "works_council",
    "dpia",
    "ivr_announcement",
    "source_retention",
)
_SOURCE_RETENTION = ("days", "removed_by")
_WORKS_COUNCIL = ("consent_date", "reference", "not_applicable_reason")
_DPIA = ("kind", "date", "reference")
_IVR = ("exists", "date")
_PROTOCOL = ("expectations",)

_E = TypeVar("_E", bound=StrEnum)


# --- reading ---------------------------------------------------------------------------


def is_empty(text: str) -> bool:
    """Whether a TOML text sets nothing at all (blank, or comments only)."""
    try:
        return not tomlkit.parse(text).unwrap()
    except TOMLKitError:
        return False


def load_policy(text: str) -> Policy:
    """Read a policy from TOML text.

    A missing key means "not filled in yet": such a policy loads, and
    ``missing_items`` says what is left. A value of the wrong type or outside its
    range makes the whole file invalid; PolicyFileError then lists every problem
    in the file at once, and no policy is returned.
    """
    try:
        data: Mapping[str, object] = tomlkit.parse(text).unwrap()
    except TOMLKitError as error:
        raise PolicyFileError([Problem("", _parse_error_sentence(error))]) from None
    reader = _Reader()
    policy = reader.policy(data)
    if reader.problems:
        raise PolicyFileError(reader.problems)
    return policy


def _parse_error_sentence(error: TOMLKitError) -> str:
    # tomlkit's messages read like "Invalid date at line 3 col 7" or 'Key "name" already
    # exists.'; make one sentence of them.
    detail = str(error).rstrip(".")
    return f"The file is not valid TOML: {detail}. Correct it and import again."


class _Reader:
    """Turns the plain data of a TOML file into a Policy, collecting every problem on the way.

    Each method returns a usable blank value after recording a problem, so reading
    carries on and the whole file is checked in one pass.
    """

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, key: str, text: str) -> None:
        self.problems.append(Problem(key, text))

    def policy(self, data: Mapping[str, object]) -> Policy:
        # Sections are read in the order the file has them, so problems are listed that way.
        self.unknown_keys(data, _TOP, "")
        return Policy(
            organisation=self.organisation(data),
            purposes=self.purposes(data),
            sampling=self.sampling(data),
            scope=self.scope(data),
            notification=self.notification(data),
            attestations=self.attestations(data),
            protocol_expectations=self.protocol(data),
        )

    # -- sections

    def organisation(self, data: Mapping[str, object]) -> Organisation:
        org = self.table(data, "organisation", "", _ORGANISATION)
        return Organisation(
            name=self.text(org, "name", "organisation"),
            contact=self.text(org, "contact", "organisation"),
            privacy_officer=self.text(org, "privacy_officer", "organisation"),
        )

    def purposes(self, data: Mapping[str, object]) -> tuple[Purpose, ...]:
        raw = data.get("purposes", [])
        if not isinstance(raw, list):
            self.problem(
                "purposes",
                "Write each purpose as its own [[purposes]] table (with double brackets).",
            )
            return ()
        purposes: list[Purpose] = []
        seen: set[str] = set()
        for position, item in enumerate(raw, start=1):
            path = f"purposes[{position}]"
            if not isinstance(item, Mapping):
                self.problem(path, "A purpose must be a table of keys and values.")
                continue
            purposes.append(self.purpose(item, path, seen))
        return tuple(purposes)

    def purpose(self, data: Mapping[str, object], path: str, seen_ids: set[str]) -> Purpose:
        self.unknown_keys(data, _PURPOSE, path)
        purpose_id = self.text(data, "id", path)
        if purpose_id and not is_valid_purpose_id(purpose_id):
            self.problem(
                f"{path}.id",
                "An id may hold only lowercase letters, digits, - and _, and starts with a letter.",
            )
        elif purpose_id in seen_ids:
            self.problem(
                f"{path}.id",
                f"Another purpose already has the id “{purpose_id}”; each id must be unique.",
            )
        if purpose_id:
            seen_ids.add(purpose_id)
        basis = None
        basis_text = self.text(data, "legal_basis", path)
        if basis_text:
            try:
                basis = parse_legal_basis(basis_text)
            except ValueError as error:
                self.problem(f"{path}.legal_basis", str(error))
        return Purpose(
            id=purpose_id,
            title=self.text(data, "title", path),
            applies_to=self.applies_to(data, path),
            legal_basis=basis,
            basis_explanation=self.text(data, "basis_explanation", path),
            necessity=self.text(data, "necessity", path),
            retention_days=self.count(
                data, "retention_days", path, minimum=1, maximum=MAX_RETENTION_DAYS
            ),
            listener_roles=self.listener_roles(data, path),
            disclose_listener_name=self.flag(data, "disclose_listener_name", path, default=True),
            hold_roles=self.roles(data, "hold_roles", path),
        )

    def applies_to(self, data: Mapping[str, object], path: str) -> AppliesTo:
        value = data.get("applies_to")
        key = f"{path}.applies_to"
        if value is None:
            return AppliesTo()
        if value == "all":
            return AppliesTo.everything()
        if not isinstance(value, Mapping):
            self.problem(
                key,
                'Write "all", or a table such as { queues = ["400"], campaigns = ["donor"] }.',
            )
            return AppliesTo()
        self.unknown_keys(value, _APPLIES_TO, key)
        return AppliesTo(
            queues=self.texts(value, "queues", key),
            campaigns=self.texts(value, "campaigns", key),
        )

    def listener_roles(self, data: Mapping[str, object], path: str) -> tuple[Role, ...]:
        return self.roles(data, "listener_roles", path)

    def roles(self, data: Mapping[str, object], field: str, path: str) -> tuple[Role, ...]:
        key = f"{path}.{field}"
        roles: list[Role] = []
        for name in self.texts(data, field, path):
            try:
                role = parse_role(name)
            except ValueError as error:
                self.problem(key, str(error))
                continue
            if not role.may_listen:
                self.problem(
                    key,
                    f"The role {role.value} can never listen; only team_lead and "
                    "quality_coach can.",
                )
            roles.append(role)
        return tuple(roles)

    def sampling(self, top: Mapping[str, object]) -> Sampling:
        path = "sampling"
        data = self.table(top, "sampling", "", _SAMPLING)
        rate = 0.0
        raw_rate = data.get("rate")
        if raw_rate is not None:
            if isinstance(raw_rate, int | float) and not isinstance(raw_rate, bool):
                rate = float(raw_rate)
                # Written so that nan also counts as out of range.
                if not 0 < rate <= 1:
                    self.problem(
                        "sampling.rate",
                        "The rate is a share of calls: more than 0 and at most 1 (e.g. 0.05).",
                    )
            else:
                self.problem("sampling.rate", "The rate must be a number such as 0.05.")
        most = self.count(data, "max_per_agent_per_week", path, minimum=1)
        fewest = self.count(data, "min_per_agent_per_week", path, minimum=0)
        if most and fewest > most:
            self.problem(
                "sampling.min_per_agent_per_week",
                "The fewest calls per agent per week cannot be more than the most "
                f"({fewest} > {most}).",
            )
        return Sampling(
            mode=self.choice(data, "mode", path, SamplingMode),
            rate=rate,
            max_per_agent_per_week=most,
            min_per_agent_per_week=fewest,
        )

    def scope(self, top: Mapping[str, object]) -> Scope:
        path = "scope"
        data = self.table(top, "scope", "", _SCOPE)
        timezone = self.text(data, "timezone", path)
        if timezone and not is_valid_timezone(timezone):
            self.problem(
                "scope.timezone",
                f"The time zone “{timezone}” is not known; use a name like Europe/Amsterdam.",
            )
        ranges: tuple[tuple[int, int], ...] = ()
        extensions = self.text(data, "internal_extensions", path)
        try:
            ranges = parse_extension_ranges(extensions)
        except ValueError as error:
            self.problem("scope.internal_extensions", str(error))
        return Scope(
            timezone=timezone,
            business_queues=self.texts(data, "business_queues", path),
            business_numbers=self.texts(data, "business_numbers", path),
            campaign_contexts=self.texts(data, "campaign_contexts", path),
            campaign_accountcodes=self.texts(data, "campaign_accountcodes", path),
            protected_numbers=self.texts(data, "protected_numbers", path),
            internal_extensions=ranges,
        )

    def notification(self, top: Mapping[str, object]) -> Notification:
        path = "notification"
        data = self.table(top, "notification", "", _NOTIFICATION)
        return Notification(
            deadline_days_after_listen=self.count(
                data, "deadline_days_after_listen", path, minimum=1, maximum=MAX_DEADLINE_DAYS
            ),
            deadline_days_after_sampling=self.count(
                data, "deadline_days_after_sampling", path, minimum=1, maximum=MAX_DEADLINE_DAYS
            ),
            style=self.choice(data, "style", path, NotificationStyle),
        )

    def attestations(self, data: Mapping[str, object]) -> Attestations:
        path = "attestations"
        att = self.table(data, "attestations", "", _ATTESTATIONS)
        council = self.table(att, "works_council", path, _WORKS_COUNCIL)
        dpia = self.table(att, "dpia", path, _DPIA)
        ivr = self.table(att, "ivr_announcement", path, _IVR)
        source = self.table(att, "source_retention", path, _SOURCE_RETENTION)
        source_path = "attestations.source_retention"
        council_path = "attestations.works_council"
        works_council = WorksCouncil(
            consent_date=self.day(council, "consent_date", council_path),
            reference=self.text(council, "reference", council_path),
            not_applicable_reason=self.text(council, "not_applicable_reason", council_path),
        )
        if works_council.not_applicable_reason and (
            works_council.consent_date or works_council.reference
        ):
            self.problem(
                council_path,
                "Give either the consent (consent_date and reference) or "
                "not_applicable_reason, not both.",
            )
        return Attestations(
            works_council=works_council,
            dpia=ImpactAssessment(
                kind=self.choice(dpia, "kind", "attestations.dpia", AssessmentKind),
                date=self.day(dpia, "date", "attestations.dpia"),
                reference=self.text(dpia, "reference", "attestations.dpia"),
            ),
            ivr_announcement=IvrAnnouncement(
                exists=self.flag(ivr, "exists", "attestations.ivr_announcement", default=False),
                date=self.day(ivr, "date", "attestations.ivr_announcement"),
            ),
            security_statement=self.text(att, "security_statement", path),
            source_retention=SourceRetention(
                days=(
                    self.count(source, "days", source_path, minimum=0)
                    if source.get("days") is not None
                    else None
                ),
                removed_by=self.text(source, "removed_by", source_path),
            ),
        )

    def protocol(self, top: Mapping[str, object]) -> tuple[str, ...]:
        data = self.table(top, "protocol", "", _PROTOCOL)
        return self.texts(data, "expectations", "protocol")

    # -- values

    def table(
        self, data: Mapping[str, object], key: str, path: str, allowed: Collection[str]
    ) -> Mapping[str, object]:
        full = _join(path, key)
        value = data.get(key, {})
        if not isinstance(value, Mapping):
            self.problem(full, f"Write {full} as a table: [{full}] followed by its keys.")
            return {}
        self.unknown_keys(value, allowed, full)
        return value

    def unknown_keys(self, data: Mapping[str, object], allowed: Collection[str], path: str) -> None:
        for key in data:
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f"; did you mean “{close[0]}”?" if close else "."
            valid = ", ".join(allowed)
            self.problem(_join(path, key), f"Unknown key “{key}”{hint} Valid keys here: {valid}.")

    def text(self, data: Mapping[str, object], key: str, path: str) -> str:
        value = data.get(key, "")
        if isinstance(value, str):
            return value
        self.problem(_join(path, key), f"This must be text in quotes, not {_kind(value)}.")
        return ""

    def texts(self, data: Mapping[str, object], key: str, path: str) -> tuple[str, ...]:
        value = data.get(key, [])
        full = _join(path, key)
        if not isinstance(value, list):
            self.problem(
                full, f'This must be a list of texts such as ["a", "b"], not {_kind(value)}.'
            )
            return ()
        texts: list[str] = []
        for position, item in enumerate(value, start=1):
            if not isinstance(item, str):
                self.problem(full, f"Entry {position} must be text in quotes, not {_kind(item)}.")
            elif not item.strip():
                self.problem(full, f"Entry {position} is empty; remove it or fill it in.")
            else:
                texts.append(item)
        return tuple(texts)

    def count(
        self,
        data: Mapping[str, object],
        key: str,
        path: str,
        *,
        minimum: int,
        maximum: int = MAX_COUNT,
    ) -> int:
        value = data.get(key)
        if value is None:
            return 0
        full = _join(path, key)
        # bool is an int in Python; `true` must not pass as a number of days.
        if not isinstance(value, int) or isinstance(value, bool):
            self.problem(full, f"This must be a whole number, not {_kind(value)}.")
            return 0
        if value < minimum:
            self.problem(full, f"This must be at least {minimum}, not {value}.")
            return 0
        if value > maximum:
            self.problem(full, f"This must be at most {maximum}, not {value}.")
            return 0
        return value

    def flag(self, data: Mapping[str, object], key: str, path: str, *, default: bool) -> bool:
        value = data.get(key, default)
        if isinstance(value, bool):
            return value
        self.problem(_join(path, key), f"This must be true or false, not {_kind(value)}.")
        return default

    def day(self, data: Mapping[str, object], key: str, path: str) -> dt.date | None:
        value = data.get(key)
        full = _join(path, key)
        if value is None:
            return None
        # datetime is a date subclass; a time of day means the wrong thing was written.
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(full, f"This must be a date such as 2026-09-01, not {_kind(value)}.")
        return None

    def choice(self, data: Mapping[str, object], key: str, path: str, kind: type[_E]) -> _E | None:
        value = self.text(data, key, path)
        if not value:
            return None
        try:
            return kind(value)
        except ValueError:
            valid = ", ".join(member.value for member in kind)
            self.problem(_join(path, key), f"Unknown value “{value}”; use one of: {valid}.")
            return None


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", list: "a list"}
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, dt.date):
        return "a date"
    return names.get(type(value), f"“{value}”")


# --- writing ---------------------------------------------------------------------------


def dump_policy(policy: Policy, existing_text: str | None = None) -> str:
    """Write a policy as TOML text that ``load_policy`` reads back to an equal policy.

    Given the text of the file the policy was imported from, only changed values are
    rewritten, so the privacy officer's comments, order and layout survive. A comment
    at the end of a changed line is kept as written; a comment block above a purpose
    moves and goes with that purpose. Raises PolicyFileError if ``existing_text`` is
    not valid TOML.
    """
    data = _policy_data(policy)
    if existing_text is None:
        document = tomlkit.document()
        document.add(tomlkit.comment("Recording policy for the Supervisor App."))
        document.add(tomlkit.comment("Missing keys mean: not filled in yet."))
        document.add(tomlkit.nl())
        for key, value in data.items():
            document.add(key, _item(value, (key,)))
        return tomlkit.dumps(document)
    try:
        document = tomlkit.parse(existing_text)
    except TOMLKitError as error:
        raise PolicyFileError([Problem("", _parse_error_sentence(error))]) from None
    _merge(document, data, ())
    return tomlkit.dumps(document)


def _policy_data(policy: Policy) -> dict[str, object]:
    """The policy as plain TOML values; values that mean "not filled in" are left out.

    Leaving them out (rather than writing 0 or an empty date) keeps the file valid:
    the reader rejects an explicit 0 days, but reads a missing key as blank.
    """
    org, sampling, scope = policy.organisation, policy.sampling, policy.scope
    notification, att = policy.notification, policy.attestations
    council, dpia, ivr = att.works_council, att.dpia, att.ivr_announcement
    return _filled(
        {
            "organisation": {
                "name": org.name,
                "contact": org.contact,
                "privacy_officer": org.privacy_officer,
            },
            # TOML cannot write an empty list of tables; no key reads back as no purposes.
            "purposes": [_purpose_data(p) for p in policy.purposes] or None,
            "sampling": _filled(
                {
                    "mode": sampling.mode,
                    "rate": sampling.rate or None,
                    "max_per_agent_per_week": sampling.max_per_agent_per_week or None,
                    "min_per_agent_per_week": sampling.min_per_agent_per_week,
                }
            ),
            "scope": {
                "timezone": scope.timezone,
                "business_queues": list(scope.business_queues),
                "business_numbers": list(scope.business_numbers),
                "campaign_contexts": list(scope.campaign_contexts),
                "campaign_accountcodes": list(scope.campaign_accountcodes),
                "protected_numbers": list(scope.protected_numbers),
                "internal_extensions": format_extension_ranges(scope.internal_extensions),
            },
            "notification": _filled(
                {
                    "deadline_days_after_listen": notification.deadline_days_after_listen or None,
                    "deadline_days_after_sampling": notification.deadline_days_after_sampling
                    or None,
                    "style": notification.style,
                }
            ),
            "attestations": {
                "security_statement": att.security_statement,
                # Consent and "does not apply" are alternatives; write only what is filled in.
                "works_council": _filled(
                    {
                        "consent_date": council.consent_date,
                        "reference": council.reference or None,
                        "not_applicable_reason": council.not_applicable_reason or None,
                    }
                ),
                "dpia": _filled(
                    {"kind": dpia.kind, "date": dpia.date, "reference": dpia.reference}
                ),
                "ivr_announcement": _filled({"exists": ivr.exists, "date": ivr.date}),
                "source_retention": _filled(
                    {
                        "days": att.source_retention.days,
                        "removed_by": att.source_retention.removed_by or None,
                    }
                ),
            },
            "protocol": {"expectations": list(policy.protocol_expectations)},
        }
    )


def _purpose_data(purpose: Purpose) -> dict[str, object]:
    applies: object = None
    if purpose.applies_to.all_calls:
        applies = "all"
    elif purpose.applies_to.is_set:
        applies = _filled(
            {
                "queues": list(purpose.applies_to.queues) or None,
                "campaigns": list(purpose.applies_to.campaigns) or None,
            }
        )
    return _filled(
        {
            "id": purpose.id,
            "title": purpose.title,
            "applies_to": applies,
            "legal_basis": purpose.legal_basis,
            "basis_explanation": purpose.basis_explanation,
            "necessity": purpose.necessity,
            "retention_days": purpose.retention_days or None,
            "listener_roles": [r.value for r in purpose.listener_roles],
            "disclose_listener_name": purpose.disclose_listener_name,
            "hold_roles": [r.value for r in purpose.hold_roles] or None,
        }
    )


def _filled(values: dict[str, object]) -> dict[str, object]:
    # Enum members become their plain text so that comparing with the file's values works.
    return {
        key: value.value if isinstance(value, StrEnum) else value
        for key, value in values.items()
        if value is not None
    }


# tomlkit's containers: a whole document, a [table] or an inline { table }.
_Table = Container | Table | InlineTable


def _merge(target: _Table, data: Mapping[str, object], path: tuple[str, ...]) -> None:
    """Make target hold exactly data, touching only what differs."""
    for key in [k for k in target if k not in data]:
        current = target[key]
        if isinstance(current, AoT):
            # Only purposes is a list of tables; this keeps the comments that follow it.
            _merge_purposes(target, current, [])
        else:
            del target[key]
    for key, value in data.items():
        here = (*path, key)
        if key in target:
            current = target[key]
            if isinstance(value, Mapping) and isinstance(current, Container | Table | InlineTable):
                _merge(current, value, here)
                continue
            if here == ("purposes",) and isinstance(current, AoT) and isinstance(value, list):
                _merge_purposes(target, current, value)
                continue
            # tomlkit hands out booleans as plain bool, everything else as items.
            plain = current.unwrap() if isinstance(current, Item | Container) else current
            if plain == value:
                continue  # unchanged: keep its quoting, layout and line comment
            target[key] = _keep_line_comment(_raw_item(target, key), _item(value, here))
        else:
            target[key] = _item(value, here)


def _raw_item(target: _Table, key: str) -> Item | None:
    # Indexing hands out some values unwrapped; the container's item() does not.
    container = target if isinstance(target, Container) else target.value
    found = container.item(key)
    return found if isinstance(found, Item) else None


def _keep_line_comment(old: Item | None, new: Item) -> Item:
    """Carry the comment at the end of the old value's line over to the new value."""
    # A table's trivia is about its [header] line, not a value's line.
    if old is not None and not isinstance(old, Table | AoT):
        new.trivia.comment_ws = old.trivia.comment_ws
        new.trivia.comment = old.trivia.comment
        new.trivia.trail = old.trivia.trail
    return new


def _merge_purposes(target: _Table, tables: AoT, purposes: list[object]) -> None:
    wanted = [_purpose_id(p) for p in purposes]
    have = [_purpose_id(t.unwrap()) for t in tables]
    path = ("purposes", "[]")
    if have == wanted:
        # The usual case: the same purposes in the same order; update each where it is.
        for table, purpose in zip(tables, purposes, strict=True):
            _merge(table, _mapping(purpose), path)
        return
    # Purposes were added, removed or reordered. A comment block above a [[purposes]]
    # header introduces that purpose, and the block after the last one introduces the
    # next section; tomlkit keeps each block at the end of the table before it, so
    # detach the blocks first and give each back to what it introduces.
    old = list(tables)
    blocks = [_cut_trailing_comments(t) for t in old]
    headers: list[list[Item]] = [[], *blocks[:-1]]
    tail = blocks[-1] if blocks else []
    available: dict[str, tuple[Table, list[Item]]] = {}
    for purpose_id, table, header in zip(have, old, headers, strict=True):
        if purpose_id:
            available.setdefault(purpose_id, (table, header))
    rebuilt: list[Table] = []
    for purpose_id, purpose in zip(wanted, purposes, strict=True):
        table, header = available.pop(purpose_id, None) or (None, [])
        if table is None:
            table = _new_table(_mapping(purpose), path)
        else:
            _merge(table, _mapping(purpose), path)
        # The previous table holds this one's header block; before the first table,
        # the section above the purposes does.
        _append_all(rebuilt[-1] if rebuilt else _table_before(target, "purposes"), header)
        rebuilt.append(table)
    _append_all(rebuilt[-1] if rebuilt else _table_before(target, "purposes"), tail)
    if rebuilt:
        replacement = tomlkit.aot()
        replacement.extend(rebuilt)
        target["purposes"] = replacement
    else:
        del target["purposes"]


def _cut_trailing_comments(table: Table) -> list[Item]:
    """Remove and return the comments and blank lines after the table's last key."""
    body = table.value.body
    cut = len(body)
    while cut and body[cut - 1][0] is None:
        cut -= 1
    block = [item for _, item in body[cut:]]
    # Only entries without a key go, so the container's key index stays right.
    del body[cut:]
    return block


def _append_all(table: Table | None, items: list[Item]) -> None:
    if table is not None:
        for item in items:
            table.value.append(None, item)


def _table_before(target: _Table, key: str) -> Table | None:
    keys = list(target.keys())
    position = keys.index(key)
    before = target[keys[position - 1]] if position else None
    return before if isinstance(before, Table) else None


def _purpose_id(purpose: object) -> str:
    value = purpose.get("id", "") if isinstance(purpose, Mapping) else ""
    return value if isinstance(value, str) else ""


def _mapping(value: object) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise TypeError(f"expected a mapping, got {type(value).__name__}")
    return value


def _item(value: object, path: tuple[str, ...]) -> Item:
    """Turn a plain value into a tomlkit item, choosing a readable form by its place."""
    if isinstance(value, Mapping):
        if path[-1:] == ("applies_to",):
            inline = tomlkit.inline_table()
            for key, inner in value.items():
                inline.append(key, _item(inner, (*path, key)))
            return inline
        return _new_table(value, path)
    if isinstance(value, list) and path == ("purposes",):
        tables = tomlkit.aot()
        for purpose in value:
            tables.append(_new_table(_mapping(purpose), (*path, "[]")))
        return tables
    if isinstance(value, list):
        array = tomlkit.array()
        array.extend(value)
        # One expectation per line reads like the protocol it becomes.
        if path == ("protocol", "expectations") and len(value) > 1:
            array.multiline(True)
        return array
    if isinstance(value, str) and "\n" in value:
        return tomlkit.string(value, multiline=True)
    if isinstance(value, str) and len(value) > _WRAP_AT:
        return _wrapped(value)
    return tomlkit.item(value)


_WRAP_AT = 88


def _wrapped(text: str) -> Item:
    """Write a long text over several lines, the way the example file does.

    A backslash at the end of a line inside triple quotes joins the lines again
    when the file is read, so the text itself does not change.
    """
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + len(word) > _WRAP_AT:
            lines.append(line)
            line = ""
        line += word + " "
    lines.append(line[:-1])
    body = " \\\n".join(_escaped(chunk.removesuffix(" ")) for chunk in lines)
    item = tomlkit.parse(f'x = """\n{body}"""')["x"]
    # Continuation lines lose leading blanks, so odd spacing cannot be wrapped; check it.
    if isinstance(item, Item) and item.unwrap() == text:
        return item
    return tomlkit.item(text)


def _escaped(text: str) -> str:
    # tomlkit writes "…" with every needed escape; the same escapes are valid inside """…""".
    return tomlkit.item(text).as_string()[1:-1]


def _new_table(data: Mapping[str, object], path: tuple[str, ...]) -> Table:
    table = tomlkit.table()
    for key, value in data.items():
        table.add(key, _item(value, (*path, key)))
    return table

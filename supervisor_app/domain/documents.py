"""The staff-regulation section, agent protocol and register entry, written from a policy."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Literal

from supervisor_app.domain.backups import keep_days
from supervisor_app.domain.phrasebook import LANGUAGES, Phrasebook, checked_language, phrase_file
from supervisor_app.domain.policy import (
    AppliesTo,
    AssessmentKind,
    DocumentKind,
    NotificationStyle,
    Policy,
    Purpose,
    ResultsUse,
    SamplingMode,
    format_extension_ranges,
)
from supervisor_app.domain.roles import Role
from supervisor_app.domain.texts import LocalText

# The art. 30 register entry is exported, not published: it is not one of the documents a
# policy needs before it is complete, so it is kept out of DocumentKind.
REGISTER_ENTRY: Final = "register_entry"
RegisterEntryKind = Literal["register_entry"]
AnyDocumentKind = DocumentKind | RegisterEntryKind

# One stylesheet for every document, filled into each template's $style.
STYLE_FILE: Final = "documents.css"

ALL_KINDS: Final[tuple[AnyDocumentKind, ...]] = (
    DocumentKind.STAFF_REGULATION,
    DocumentKind.AGENT_PROTOCOL,
    REGISTER_ENTRY,
)

# The placeholders each document template must use. A translator who drops one would
# silently drop a legal element (R2, R8, art. 30), so render() refuses such a template.
REQUIRED_ELEMENTS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        DocumentKind.STAFF_REGULATION.value: frozenset(
            {
                "style",
                "title",
                "header",
                "version_line",
                "organisation",
                "sampling",
                "purposes",
                "listeners",
                "security_statement",
                "retention_rows",
                "holds",
                "source_retention",
                "date_gates",
                "use_of_results",
                "notification",
                "private_calls",
                "contact",
                "privacy_officer",
                "privacy_officer_contact",
                "works_council",
                "backups",
                "adoption",
            }
        ),
        DocumentKind.AGENT_PROTOCOL.value: frozenset(
            {
                "style",
                "title",
                "header",
                "version_line",
                "organisation",
                "expectations",
                "business_scope",
                "private_calls",
                "protected_numbers",
                "internal_calls",
                "notification",
                "contact",
                "privacy_officer",
                "privacy_officer_contact",
            }
        ),
        REGISTER_ENTRY: frozenset(
            {
                "style",
                "title",
                "header",
                "version_line",
                "organisation",
                "contact",
                "privacy_officer",
                "privacy_officer_contact",
                "purpose_rows",
                "recipients",
                "transfers",
                "listeners",
                "retention_rows",
                "holds",
                "source_retention",
                "security_statement",
                "dpia",
                "works_council",
                "sampling",
                "backups",
            }
        ),
    }
)


@dataclass(frozen=True)
class RenderedDocument:
    """One document in one language, ready to preview, publish or export."""

    kind: AnyDocumentKind
    language: str  # "nl" or "en"
    title: str
    html: str

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the UTF-8 HTML: the fingerprint of a published version."""
        return hashlib.sha256(self.html.encode("utf-8")).hexdigest()


def template_file(kind: AnyDocumentKind | str, language: str) -> str:
    """The file name of the HTML template for a document, e.g. ``staff_regulation.nl.html``."""
    return f"{kind}.{checked_language(language)}.html"


def template_names(kind: AnyDocumentKind | str, language: str) -> list[str]:
    """The template files render() needs for this document and language."""
    if str(kind) not in REQUIRED_ELEMENTS:
        raise ValueError(f"Unknown document kind {kind!r}.")
    return [template_file(kind, language), phrase_file(language), STYLE_FILE]


def all_template_names() -> list[str]:
    """Every template file of every document in every language, without repeats."""
    names: dict[str, None] = {}
    for kind in ALL_KINDS:
        for language in LANGUAGES:
            names.update(dict.fromkeys(template_names(kind, language)))
    return list(names)


def render(
    kind: DocumentKind,
    policy: Policy,
    language: str,
    templates: Mapping[str, str],
    version: int | None = None,
    published_on: dt.date | None = None,
) -> RenderedDocument:
    """Write the staff-regulation section or the agent protocol for a policy.

    ``templates`` maps file names (see template_names) to their text. ``version`` and
    ``published_on`` go into the header; without them the text is marked as a draft.
    Raises ValueError for an unknown language or a broken template.
    """
    kind = DocumentKind(kind)
    writer = _Writer(language, templates)
    if kind is DocumentKind.STAFF_REGULATION:
        values = _staff_regulation_values(writer, policy)
    else:
        values = _protocol_values(writer, policy)
    return _finish(writer, kind, policy, values, version, published_on)


def render_register_entry(
    policy: Policy,
    language: str,
    templates: Mapping[str, str],
    version: int | None = None,
    published_on: dt.date | None = None,
) -> RenderedDocument:
    """Write the register-of-processing entry (art. 30 GDPR) for call recording.

    ``version`` is the policy version and ``published_on`` the day its documents were
    published; without both the entry says it is a draft.
    """
    writer = _Writer(language, templates)
    values = _register_values(writer, policy)
    if version is not None and published_on is not None:
        values["version_line"] = writer.phrase(
            "version_line",
            text=writer.phrase(
                "register_version_published",
                version=str(version),
                date=writer.date(published_on),
            ),
        )
    return _finish(writer, REGISTER_ENTRY, policy, values, version, published_on)


# --- the three documents ----------------------------------------------------------------


def _finish(
    writer: _Writer,
    kind: AnyDocumentKind,
    policy: Policy,
    values: dict[str, str],
    version: int | None,
    published_on: dt.date | None,
) -> RenderedDocument:
    org = policy.organisation
    title = writer.phrase(f"title_{kind}")
    name = _filled(writer, org.name)
    officer_role = (
        "privacy_officer_dpo" if org.privacy_officer_is_dpo else "privacy_officer_contact_person"
    )
    values.setdefault("version_line", _version_line(writer, version, published_on))
    values.update(
        lang=writer.language,
        style=writer.source(STYLE_FILE),
        title=html.escape(title),
        header=writer.phrase(f"header_{kind}", organisation=name),
        organisation=name,
        contact=_filled(writer, org.contact),
        privacy_officer=writer.phrase(officer_role, name=_filled(writer, org.privacy_officer)),
        privacy_officer_contact=_filled(writer, org.privacy_officer_contact),
    )
    text = writer.fill_template(template_file(kind, writer.language), values)
    return RenderedDocument(kind=kind, language=writer.language, title=title, html=text)


def _staff_regulation_values(writer: _Writer, policy: Policy) -> dict[str, str]:
    return {
        "sampling": _sampling(writer, policy),
        "ivr": _ivr(writer, policy),
        "purposes": "\n".join(
            _purpose_section(writer, number, purpose)
            for number, purpose in enumerate(policy.purposes, start=1)
        )
        or f"<p>{writer.phrase('not_set')}</p>",
        "listeners": _listeners(writer, _listener_roles(policy.purposes)),
        "use_of_results": _use_of_results(writer, policy),
        "security_statement": writer.text(policy.attestations.security_statement),
        "retention_rows": _retention_rows(writer, policy.purposes),
        "holds": _holds(writer, policy.purposes),
        "source_retention": _source_retention(writer, policy),
        "backups": _backups(writer, policy),
        "date_gates": writer.phrase("date_gates"),
        "notification": _notification(writer, policy),
        "private_calls": writer.phrase("private_calls"),
        "works_council": _works_council(writer, policy),
        "dpia": _dpia(writer, policy),
        "adoption": _adoption(writer, policy),
    }


def _protocol_values(writer: _Writer, policy: Policy) -> dict[str, str]:
    scope = policy.scope
    ranges = format_extension_ranges(scope.internal_extensions).replace("-", "–")
    return {
        "expectations": _expectations(writer, policy),
        "business_scope": _business_scope(writer, policy),
        "private_calls": writer.phrase("private_calls"),
        "protected_numbers": (
            writer.phrase(
                "protected_numbers", numbers=_join_escaped(writer, scope.protected_numbers)
            )
            if scope.protected_numbers
            else writer.phrase("protected_numbers_none")
        ),
        "internal_calls": (
            writer.phrase("internal_calls_ranges", ranges=_esc(ranges))
            if ranges
            else writer.phrase("internal_calls")
        ),
        "notification": _notification(writer, policy),
    }


def _register_values(writer: _Writer, policy: Policy) -> dict[str, str]:
    purpose_rows = "\n".join(
        writer.phrase(
            "register_purpose_row",
            title=writer.title(p),
            applies_to=_applies_to(writer, p.applies_to),
            legal_basis=_legal_basis(writer, p),
            explanation=writer.text(p.basis_explanation),
            necessity=writer.text(p.necessity),
        )
        for p in policy.purposes
    )
    return {
        "purpose_rows": purpose_rows or f"<p>{writer.phrase('not_set')}</p>",
        "listeners": _listeners(writer, _listener_roles(policy.purposes)),
        "retention_rows": _retention_rows(writer, policy.purposes),
        "holds": _holds(writer, policy.purposes),
        "source_retention": _source_retention(writer, policy),
        "backups": _backups(writer, policy),
        "security_statement": writer.text(policy.attestations.security_statement),
        "recipients": writer.text(policy.register.recipients),
        "transfers": writer.text(policy.register.transfers),
        "dpia": _dpia(writer, policy),
        "works_council": _works_council(writer, policy),
        "ivr": _ivr(writer, policy),
        "sampling": _sampling(writer, policy),
    }


# --- pieces -----------------------------------------------------------------------------


def _version_line(writer: _Writer, version: int | None, published_on: dt.date | None) -> str:
    if version is not None and published_on is not None:
        key, values = "version_published", {"version": str(version)}
        values["date"] = writer.date(published_on)
    elif version is not None:
        key, values = "version_only", {"version": str(version)}
    elif published_on is not None:
        key, values = "published_only", {"date": writer.date(published_on)}
    else:
        # A preview must never be mistaken for the version agents were given.
        key, values = "draft", {}
    return writer.phrase("version_line", text=writer.phrase(key, **values))


def _sampling(writer: _Writer, policy: Policy) -> str:
    sampling = policy.sampling
    if sampling.mode is SamplingMode.SOURCE:
        return writer.phrase("sampling_source")
    if sampling.mode is None:
        return writer.phrase("sampling_unset")
    text = writer.phrase(
        "sampling_app",
        # Written so that NaN also counts as not set.
        rate=writer.percentage(sampling.rate)
        if 0 < sampling.rate <= 1
        else writer.phrase("not_set"),
        maximum=_count(writer, "calls", sampling.max_per_agent_per_week),
    )
    if sampling.min_per_agent_per_week > 0:
        text += " " + writer.phrase(
            "sampling_minimum", minimum=writer.plural("calls", sampling.min_per_agent_per_week)
        )
    reason = sampling.reason.get(writer.language)
    if reason:
        text += " " + writer.phrase("sampling_reason", reason=_text(reason))
    return text


def _ivr(writer: _Writer, policy: Policy) -> str:
    ivr = policy.attestations.ivr_announcement
    if not ivr.exists:
        return ""
    if ivr.date is None:
        return writer.phrase("ivr")
    return writer.phrase("ivr_since", date=writer.date(ivr.date))


def _purpose_section(writer: _Writer, number: int, purpose: Purpose) -> str:
    roles = purpose.listener_roles
    reason = purpose.retention_reason.get(writer.language)
    return writer.phrase(
        "purpose_section",
        number=str(number),
        title=writer.title(purpose),
        applies_to=_applies_to(writer, purpose.applies_to),
        legal_basis=_legal_basis(writer, purpose),
        explanation=writer.text(purpose.basis_explanation),
        necessity=writer.text(purpose.necessity),
        listeners=_role_list(writer, roles),
        disclosure=writer.phrase(
            "listener_named" if purpose.disclose_listener_name else "listener_not_named"
        )
        + (" " + writer.phrase("purpose_coaching") if purpose.coaching else ""),
        retention=_count(writer, "retention_after_call", purpose.retention_days),
        retention_reason=writer.phrase("retention_reason", reason=_text(reason)) if reason else "",
    )


def _expectations(writer: _Writer, policy: Policy) -> str:
    items = [_esc(e) for e in policy.protocol.expectations.get(writer.language)]
    return "\n".join(
        writer.phrase("list_item", text=item) for item in items or [writer.phrase("not_set")]
    )


def _applies_to(writer: _Writer, applies_to: AppliesTo) -> str:
    if applies_to.all_calls:
        return writer.phrase("applies_all")
    parts = []
    if applies_to.queues:
        parts.append(
            writer.plural(
                "applies_queues",
                len(applies_to.queues),
                items=_join_escaped(writer, applies_to.queues),
            )
        )
    if applies_to.campaigns:
        parts.append(
            writer.plural(
                "applies_campaigns",
                len(applies_to.campaigns),
                items=_join_escaped(writer, applies_to.campaigns),
            )
        )
    return writer.join(parts) if parts else writer.phrase("not_set")


def _legal_basis(writer: _Writer, purpose: Purpose) -> str:
    if purpose.legal_basis is None:
        return writer.phrase("not_set")
    return writer.phrase(f"basis_{purpose.legal_basis.value}")


def _listener_roles(purposes: Iterable[Purpose]) -> list[Role]:
    held = {role for p in purposes for role in p.listener_roles}
    return [role for role in Role if role in held]  # enum order, so the text never shuffles


def _role_list(writer: _Writer, roles: Iterable[Role]) -> str:
    ordered = [role for role in Role if role in set(roles)]
    if not ordered:
        return writer.phrase("not_set")
    return writer.join([writer.phrase(f"role_{role.value}") for role in ordered])


def _listeners(writer: _Writer, roles: Sequence[Role]) -> str:
    if not roles:
        return writer.phrase("listeners_none")
    key = "listeners_team" if all(r.team_scoped for r in roles) else "listeners"
    return writer.phrase(key, roles=_role_list(writer, roles))


def _retention_rows(writer: _Writer, purposes: Sequence[Purpose]) -> str:
    if not purposes:
        return writer.phrase(
            "retention_row", title=writer.phrase("not_set"), retention="", listeners=""
        )
    return "\n".join(
        writer.phrase(
            "retention_row",
            title=writer.title(p),
            retention=_count(writer, "retention_after_call", p.retention_days),
            listeners=_role_list(writer, p.listener_roles),
        )
        for p in purposes
    )


def _holds(writer: _Writer, purposes: Sequence[Purpose]) -> str:
    """Who may keep recordings as evidence past their retention, and for which purposes."""
    holding = [p for p in purposes if p.allows_holds]
    if not holding:
        return writer.phrase("holds_none")
    roles = {role for p in holding for role in p.hold_roles}
    return writer.phrase(
        "holds",
        purposes=writer.join([f"“{writer.title(p)}”" for p in holding]),
        roles=_role_list(writer, roles),
    )


def _source_retention(writer: _Writer, policy: Policy) -> str:
    """What the telephone system keeps itself, truthfully (R17 and the staff regulation)."""
    source = policy.attestations.source_retention
    removed_by = _esc(source.removed_by.get(writer.language))
    if source.days is None or not removed_by:
        return writer.phrase("not_set")
    if source.days == 0:
        return writer.phrase("source_retention_same_day", removed_by=removed_by)
    key = (
        "source_retention_source"
        if policy.sampling.mode is SamplingMode.SOURCE
        else "source_retention_app"
    )
    return writer.phrase(key, days=writer.plural("days", source.days), removed_by=removed_by)


def _backups(writer: _Writer, policy: Policy) -> str:
    """How long backups are kept: they are rotated like the recordings are forgotten."""
    bounds = keep_days(policy)
    longest = (
        writer.phrase("backups_at_most", days=writer.plural("days", bounds.maximum))
        if bounds.maximum > bounds.default
        else ""
    )
    return writer.phrase("backups", days=writer.plural("days", bounds.default), longest=longest)


def _notification(writer: _Writer, policy: Policy) -> str:
    """How and when agents are told, true to the style: a listen is always told on its own."""
    notification = policy.notification
    if not isinstance(notification.style, NotificationStyle):
        return writer.phrase("notification_unset")
    return writer.phrase(
        f"notification_{notification.style.value}",
        sampling_deadline=_count(writer, "days", notification.deadline_days_after_sampling),
        listen_deadline=_count(writer, "days", notification.deadline_days_after_listen),
    )


def _use_of_results(writer: _Writer, policy: Policy) -> str:
    use = policy.regulation.use_of_results
    return writer.phrase(f"use_{ResultsUse(use).value}" if use is not None else "use_unset")


def _adoption(writer: _Writer, policy: Policy) -> str:
    regulation = policy.regulation
    day = regulation.entry_into_force
    return writer.phrase(
        "adoption",
        adopted_by=_esc(regulation.adopted_by.get(writer.language)) or writer.phrase("not_set"),
        date=writer.date(day) if day is not None else writer.phrase("not_set"),
        evaluation=_esc(regulation.evaluation.get(writer.language)) or writer.phrase("not_set"),
    )


def _works_council(writer: _Writer, policy: Policy) -> str:
    council = policy.attestations.works_council
    if council.consent_date is not None and council.reference.strip():
        return writer.phrase(
            "works_council_consent",
            date=writer.date(council.consent_date),
            reference=_esc(council.reference),
        )
    reason = council.not_applicable_reason.get(writer.language)
    if reason:
        return writer.phrase("works_council_not_applicable", reason=_sentence(reason))
    return writer.phrase("works_council_unset")


def _dpia(writer: _Writer, policy: Policy) -> str:
    dpia = policy.attestations.dpia
    if dpia.kind is None or dpia.date is None or not dpia.reference.strip():
        return writer.phrase("dpia_unset")
    return writer.phrase(
        "dpia",
        kind=writer.phrase(f"assessment_{AssessmentKind(dpia.kind).value}"),
        date=writer.date(dpia.date),
        reference=_esc(dpia.reference),
    )


def _business_scope(writer: _Writer, policy: Policy) -> str:
    scope = policy.scope
    campaigns = scope.campaign_contexts + scope.campaign_accountcodes
    items = [
        writer.plural(key, len(values), items=_join_escaped(writer, values))
        for key, values in (
            ("scope_queues", scope.business_queues),
            ("scope_numbers", scope.business_numbers),
            ("scope_campaigns", tuple(dict.fromkeys(campaigns))),
        )
        if values
    ]
    if not items:
        items = [writer.phrase("scope_none")]
    return "\n".join(writer.phrase("list_item", text=item) for item in items)


# --- text helpers -----------------------------------------------------------------------


def _esc(value: str) -> str:
    return html.escape(value.strip())


def _count(writer: _Writer, key: str, count: int) -> str:
    """``3 dagen``; a count that is not yet set (0) shows as "not yet filled in"."""
    return writer.plural(key, count) if count > 0 else writer.phrase("not_set")


def _filled(writer: _Writer, value: str) -> str:
    """Escape a required value; a blank one shows as "not yet filled in" in a preview."""
    return _esc(value) or writer.phrase("not_set")


def _text(value: str) -> str:
    """Escape free text; a blank line in it starts a new paragraph, other breaks are spaces."""
    paragraphs = [" ".join(part.split()) for part in value.strip().split("\n\n")]
    return "<br><br>".join(html.escape(p) for p in paragraphs if p)


def _sentence(value: str) -> str:
    """Escape a short text that stands as a sentence of its own, ending it with a full stop."""
    text = _esc(value)
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _join_escaped(writer: _Writer, values: Iterable[str]) -> str:
    return writer.join([_esc(v) for v in values if v.strip()])


class _Writer(Phrasebook):
    """One language's phrases and number, date and list conventions."""

    def text(self, value: LocalText) -> str:
        """A free text of the policy in this language only; "not yet filled in" without it."""
        return _text(value.get(self.language)) or self.phrase("not_set")

    def title(self, purpose: Purpose) -> str:
        """A purpose's title in this language (its id where it has none yet), escaped."""
        return _esc(purpose.name_in(self.language))

    def percentage(self, fraction: float) -> str:
        """A fraction as a percentage with at most one decimal, e.g. ``2,5%`` in Dutch."""
        text = f"{fraction * 100:.1f}".rstrip("0").rstrip(".")
        return self.phrase("percent", number=text.replace(".", self.phrase("decimal_separator")))

    def fill_template(self, name: str, values: Mapping[str, str]) -> str:
        """The document template ``name`` with every placeholder filled."""
        return self.fill(name, values, REQUIRED_ELEMENTS[name.split(".", 1)[0]])

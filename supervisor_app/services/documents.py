"""Staff-regulation text and agent protocol: preview, publish as immutable versions, receipts."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache

from supervisor_app import paths
from supervisor_app.domain import documents
from supervisor_app.domain.errors import InputError, NotFound, Value
from supervisor_app.domain.people import Agent, Language
from supervisor_app.domain.policy import DocumentKind, Policy
from supervisor_app.domain.policy_check import MissingItem
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as codes
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.session import Session
from supervisor_app.vault import people_repo, policy_repo
from supervisor_app.vault.db import transaction
from supervisor_app.vault.policy_repo import PublishedDocument as PublishedDocument

LANGUAGES = tuple(lang.value for lang in Language)


class DocumentsBlocked(InputError):
    """The documents wait for the rest of the policy: the first thing still missing.

    ``item`` and ``policy`` let ui/ word that item as the policy page does.
    """

    def __init__(self, item: MissingItem, policy: Policy) -> None:
        super().__init__(codes.DOCUMENTS_BLOCKED, first=item.text)
        self.item = item
        self.policy = policy


@cache
def load_templates() -> dict[str, str]:
    """Every file in resources/templates by name (read once; they ship with the app)."""
    folder = paths.resources_dir() / "templates"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file()}


@dataclass(frozen=True, slots=True)
class ProtocolStatus:
    """Which agents have received the current protocol version."""

    version: int | None  # None while no protocol has been published
    acknowledged: dict[int, str]  # agent id → date received
    missing: list[Agent]


class DocumentService:
    """Use cases for the Documents page and the ``documents`` commands."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _policy(self) -> Policy:
        return policy_repo.latest_policy(self.session.conn) or Policy.empty()

    def preview(self, kind: str, language: str) -> documents.RenderedDocument:
        """The document as it would be published now, from the current policy."""
        _check_language(language)
        return _render(kind, self._policy(), language)

    def publish(self) -> list[PublishedDocument]:
        """Publish both documents in both languages for the current policy version.

        The version number of a document goes up only when its text changes, so a policy
        change that does not touch the protocol does not make agents sign again.
        """
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_PUBLISH)
        conn = self.session.conn
        status = PolicyService(self.session).status()
        policy = status.policy
        # Everything but the documents themselves must be in place first.
        blocking = status.blocking_before_documents
        if blocking:
            raise DocumentsBlocked(blocking[0], policy)
        if policy.version == 0:
            raise InputError(codes.DOCUMENTS_NEED_SAVED_POLICY)
        today = datetime.now(UTC).date()
        stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        published: list[PublishedDocument] = []
        with transaction(conn):
            for kind in DocumentKind:
                drafts = {lang: _render(kind, policy, lang) for lang in LANGUAGES}
                content = _content_hash(drafts)
                previous = policy_repo.latest_document(conn, kind.value, LANGUAGES[0])
                if previous is not None and previous.policy_version == policy.version:
                    published.extend(
                        d
                        for lang in LANGUAGES
                        if (d := policy_repo.latest_document(conn, kind.value, lang)) is not None
                    )
                    continue
                if previous is not None and previous.content_sha256 == content:
                    number = previous.doc_version
                else:
                    number = (previous.doc_version if previous else 0) + 1
                new_docs: list[PublishedDocument] = []
                for lang in LANGUAGES:
                    final = documents.render(
                        kind, policy, lang, load_templates(), version=number, published_on=today
                    )
                    doc = PublishedDocument(
                        kind=kind.value,
                        doc_version=number,
                        policy_version=policy.version,
                        language=lang,
                        title=final.title,
                        body=final.html,
                        body_sha256=final.sha256,
                        content_sha256=content,
                        published_at=stamp,
                        published_by=self.session.user.name,
                    )
                    policy_repo.add_document(conn, doc)
                    new_docs.append(doc)
                published.extend(new_docs)
                self.session.record(
                    "document_published",
                    f"{kind.value}:{number}",
                    {
                        "policy_version": policy.version,
                        "sha256": {d.language: d.body_sha256 for d in new_docs},
                    },
                )
        return published

    def published(self, kind: str, language: str, version: int | None = None) -> PublishedDocument:
        """A published document (the newest, or a given version)."""
        _check_language(language)
        doc = policy_repo.latest_document(self.session.conn, kind, language, version)
        if doc is None:
            shown: Value = DocumentKind(kind) if kind in set(DocumentKind) else kind
            if version:
                raise NotFound(codes.DOCUMENT_VERSION_NOT_PUBLISHED, kind=shown, version=version)
            raise NotFound(codes.DOCUMENT_NOT_PUBLISHED, kind=shown)
        return doc

    def register_entry(self, language: str) -> documents.RenderedDocument:
        """The art. 30 register-of-processing entry for the current policy.

        Once the documents of the current policy version are published it names that
        version and the day; before that it says it is a draft.
        """
        _check_language(language)
        policy = self._policy()
        published = policy_repo.latest_document(
            self.session.conn, DocumentKind.STAFF_REGULATION.value, language
        )
        if published is not None and published.policy_version == policy.version:
            return documents.render_register_entry(
                policy,
                language,
                load_templates(),
                version=policy.version,
                published_on=date.fromisoformat(published.published_at[:10]),
            )
        return documents.render_register_entry(policy, language, load_templates())

    # --- acknowledgements -----------------------------------------------------------------

    def current_protocol_version(self) -> int | None:
        """The newest published protocol version, if any."""
        doc = policy_repo.latest_document(
            self.session.conn, DocumentKind.AGENT_PROTOCOL.value, LANGUAGES[0]
        )
        return doc.doc_version if doc else None

    def protocol_status(self) -> ProtocolStatus:
        """Agents (visible to the user) with and without the current protocol."""
        version = self.current_protocol_version()
        visible = people_repo.agents(self.session.conn, self.session.user.visible_team_ids())
        acked = policy_repo.acknowledged_agents(self.session.conn, version) if version else {}
        return ProtocolStatus(version, acked, [a for a in visible if a.id not in acked])

    def acknowledge(
        self, agent_ids: list[int], *, version: int | None = None, received_on: date | None = None
    ) -> int:
        """Record that agents received a protocol version (default: the current one).

        Returns how many new acknowledgements were recorded (repeats are ignored).
        """
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_ACKNOWLEDGEMENTS)
        current = self.current_protocol_version()
        if current is None:
            raise InputError(codes.NO_PROTOCOL_YET)
        version = version or current
        if not 1 <= version <= current:
            raise InputError(codes.NO_PROTOCOL_VERSION, version=version, current=current)
        received = received_on or datetime.now(UTC).date()
        if received > datetime.now(UTC).date():
            raise InputError(codes.RECEIVED_IN_FUTURE)
        conn = self.session.conn
        added = 0
        with transaction(conn):
            for agent_id in agent_ids:
                if people_repo.agent_by_id(conn, agent_id) is None:
                    raise NotFound(codes.NO_AGENT, agent=agent_id)
                if policy_repo.acknowledge(
                    conn, agent_id, version, received, self.session.user.name
                ):
                    added += 1
                    self.session.record(
                        "protocol_acknowledged",
                        f"agent:{agent_id}",
                        {"protocol_version": version, "received_on": received.isoformat()},
                    )
        return added


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise InputError(codes.UNKNOWN_LANGUAGE, language=language)


def _render(kind: str, policy: Policy, language: str) -> documents.RenderedDocument:
    try:
        doc_kind = DocumentKind(kind)
    except ValueError:
        names = ", ".join(k.value for k in DocumentKind)
        raise InputError(codes.UNKNOWN_DOCUMENT, kind=kind, valid=names) from None
    return documents.render(doc_kind, policy, language, load_templates())


def _content_hash(drafts: dict[str, documents.RenderedDocument]) -> str:
    # Over both languages without the version line, so only a change of text counts.
    digest = hashlib.sha256()
    for lang in sorted(drafts):
        digest.update(drafts[lang].html.encode())
    return digest.hexdigest()

"""The recording policy as a use case: read, change (new version each time), check, import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from supervisor_app.domain import retention
from supervisor_app.domain.errors import ErrorCode, InputError, UserFacingError, os_reason
from supervisor_app.domain.policy import Policy, diff_summary
from supervisor_app.domain.policy_check import MissingItem, needed_languages, review
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as codes
from supervisor_app.services import policy_source, policy_toml
from supervisor_app.services.policy_source import PolicyFile as PolicyFile
from supervisor_app.services.retention import PolicyEffect, RetentionService
from supervisor_app.services.session import Session
from supervisor_app.vault import people_repo, policy_repo
from supervisor_app.vault.db import transaction
from supervisor_app.vault.policy_repo import OrganisationPolicy as OrganisationPolicy
from supervisor_app.vault.policy_repo import PolicyVersionInfo as PolicyVersionInfo


class PolicyIncomplete(UserFacingError):
    """Import or listening was asked for while the policy is not complete.

    ``missing`` and ``policy`` let ui/ list what is missing as the policy page words it.
    """

    def __init__(self, refused: ErrorCode, missing: list[MissingItem], policy: Policy) -> None:
        lines = "\n".join(f"- {item.text}" for item in missing)
        super().__init__(refused, missing=lines)
        self.missing = missing
        self.policy = policy


class PolicyFileEmpty(InputError):
    """A policy file that sets nothing: stored, it would silently stop importing and listening."""

    def __init__(self, path: Path) -> None:
        super().__init__(codes.POLICY_FILE_EMPTY, file=path.name)
        self.file = path.name


class PolicyFileRefused(InputError):
    """A policy file with problems (PolicyFileError's, each with its key): nothing is stored."""

    def __init__(self, path: Path, problems: list[policy_toml.Problem]) -> None:
        count = len(problems)
        lines = "\n".join(str(p) for p in problems)
        code = codes.POLICY_FILE_REFUSED_ONE if count == 1 else codes.POLICY_FILE_REFUSED
        super().__init__(code, file=path.name, count=count, problems=lines)
        self.file = path.name
        self.problems = problems


@dataclass(frozen=True, slots=True)
class PolicyStatus:
    """The current policy, what keeps it from being complete, and what deserves a warning.

    ``languages`` are the languages every text must exist in: the organisation's main
    language and the language of each agent in the vault.
    """

    policy: Policy
    published: frozenset[str]
    missing: tuple[MissingItem, ...]
    warnings: tuple[MissingItem, ...] = ()
    languages: frozenset[str] = frozenset()
    today: dt.date | None = None

    @property
    def complete(self) -> bool:
        """Whether import and listening are allowed."""
        return not self.missing

    @property
    def blocking_before_documents(self) -> tuple[MissingItem, ...]:
        """What must be done before the documents can be published (all but the documents)."""
        return tuple(item for item in self.missing if not item.key.startswith("documents."))

    def check(self, draft: Policy, published: Iterable[str]) -> list[MissingItem]:
        """Missing items and warnings of a draft, for the same agents and day (the editor)."""
        return review(draft, published, languages=self.languages, today=self.today)

    def after_saving(self, saved: Policy) -> PolicyStatus:
        """The status of a version just saved: nothing published yet, the same agents and day."""
        found = self.check(saved, frozenset())
        return PolicyStatus(
            saved,
            frozenset(),
            tuple(item for item in found if not item.warning),
            tuple(item for item in found if item.warning),
            self.languages,
            self.today,
        )


class PolicyService:
    """Use cases for the Policy page and the ``policy`` commands."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def current(self) -> Policy:
        """The newest policy version, or an empty policy (version 0) in a new vault."""
        return policy_repo.latest_policy(self.session.conn) or Policy.empty()

    def status(self) -> PolicyStatus:
        """The current policy with its missing items (documents included) and warnings."""
        policy = self.current()
        published = policy_repo.published_kinds(self.session.conn, policy.version)
        languages = needed_languages(policy, self.agent_languages())
        today = retention.local_date(dt.datetime.now(dt.UTC), retention.zone(policy.scope.timezone))
        found = review(policy, published, languages=languages, today=today)
        return PolicyStatus(
            policy,
            published,
            tuple(item for item in found if not item.warning),
            tuple(item for item in found if item.warning),
            languages,
            today,
        )

    def agent_languages(self) -> frozenset[str]:
        """The languages the vault's agents read (each text of the policy must exist in them)."""
        return frozenset(agent.language.value for agent in people_repo.agents(self.session.conn))

    def require_complete(self, refused: ErrorCode) -> Policy:
        """Return the policy, or raise PolicyIncomplete (refused) naming all still missing."""
        status = self.status()
        if not status.complete:
            raise PolicyIncomplete(refused, list(status.missing), status.policy)
        return status.policy

    def history(self) -> list[PolicyVersionInfo]:
        """Every version with who changed it, when and what changed; newest first."""
        return policy_repo.policy_history(self.session.conn)

    def version(self, number: int) -> Policy:
        """An old version, read-only."""
        found = policy_repo.policy_version(self.session.conn, number)
        if found is None:
            raise InputError(codes.NO_POLICY_VERSION, version=number)
        return found

    def save(self, policy: Policy) -> Policy:
        """Store policy as a new version (administrators only); unchanged input stores nothing."""
        return self._store(policy, None)

    def _store(
        self, policy: Policy, source: OrganisationPolicy | None, found: PolicyFile | None = None
    ) -> Policy:
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_POLICY)
        conn = self.session.conn
        with transaction(conn):
            if found is not None:
                # Asked again inside the transaction: another version may have come meanwhile.
                self._check_source(found)
            old = policy_repo.latest_policy(conn)
            if old is not None and old == policy:
                recorded = policy_repo.organisation_policy_of(conn, old.version)
                if source is not None and recorded != source:
                    # The same content as the organisation's file: say so on the version that
                    # holds it, rather than store a copy that would need its documents again.
                    policy_repo.set_source(conn, old.version, source)
                    self.session.record(
                        "policy_source_recorded",
                        f"policy:{old.version}",
                        {
                            "organisation": source.organisation,
                            "organisation_version": source.version,
                        },
                    )
                return old
            summary = diff_summary(old, policy)
            version = policy_repo.add_policy_version(
                conn, policy, self.session.user.name, summary, source
            )
            details: dict[str, object] = {"summary": summary}
            if source is not None:
                details["organisation"] = source.organisation
                details["organisation_version"] = source.version
            self.session.record("policy_changed", f"policy:{version}", details)
            saved = policy_repo.policy_version(conn, version)
            assert saved is not None
            # A shorter retention applies to stored recordings at once (the next purge deletes
            # what it makes overdue); a longer one never extends them (services/retention.py).
            RetentionService(self.session).apply_policy(saved)
        return saved

    def organisation_policy(self) -> OrganisationPolicy | None:
        """The organisation's file the current version was imported from, if it was."""
        conn = self.session.conn
        policy = policy_repo.latest_policy(conn)
        return policy_repo.organisation_policy_of(conn, policy.version) if policy else None

    def effect_of(self, policy: Policy) -> PolicyEffect:
        """What saving policy would do to stored recordings (ask before shortening retention)."""
        return RetentionService(self.session).effect_of(policy)

    def read_policy_file(self, path: Path) -> PolicyFile:
        """Read and validate a TOML policy file without storing it.

        A file this vault must not take (another organisation's, an older version than the
        one in force: services/policy_source.py) is refused here already.
        """
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(
                codes.POLICY_FILE_UNREADABLE, file=path, reason=os_reason(exc)
            ) from None
        except UnicodeDecodeError:
            raise InputError(codes.POLICY_FILE_NOT_TEXT, file=path) from None
        if policy_toml.is_empty(text):
            # Saved as a new version, an empty policy would silently stop all importing and
            # listening: refuse it instead.
            raise PolicyFileEmpty(path)
        text, number = policy_source.take_version(text)
        try:
            policy = policy_toml.load_policy(text)
        except policy_toml.PolicyFileError as exc:
            raise PolicyFileRefused(path, exc.problems) from None
        found = PolicyFile(policy, number, path.name)
        self._check_source(found)
        return found

    def _check_source(self, found: PolicyFile) -> None:
        conn = self.session.conn
        in_force = policy_repo.organisation_policy_in_force(conn)
        policy_source.check_import(
            found,
            policy_repo.latest_policy(conn),
            in_force[0] if in_force else None,
            policy_repo.policy_version(conn, in_force[1]) if in_force else None,
        )

    def import_policy(self, found: PolicyFile) -> Policy:
        """Store a policy read from a file, recording whose file and which number it was.

        Checked again when stored, in case another version was stored since it was read.
        """
        return self._store(found.policy, found.source, found)

    def import_file(self, path: Path) -> Policy:
        """Validate a TOML policy file and store it; an invalid file changes nothing."""
        return self.import_policy(self.read_policy_file(path))

    def export_text(self, existing_text: str | None = None) -> str:
        """The current policy as TOML (keeping the comments of existing_text, if given).

        A version imported from the organisation's file carries that file's number again.
        """
        if existing_text is not None:
            existing_text, _number = policy_source.take_version(existing_text)
        text = policy_toml.dump_policy(self.current(), existing_text)
        source = self.organisation_policy()
        return policy_source.put_version(text, source.version) if source else text

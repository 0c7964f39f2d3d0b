"""Managing users, agents and teams: administrators change, others see their own teams."""

from __future__ import annotations

from collections.abc import Callable

from supervisor_app.domain.errors import InputError, NotFound
from supervisor_app.domain.people import (
    Agent,
    Language,
    RoleGrant,
    Team,
    User,
    check_agent,
    check_grants,
    check_team_name,
    check_user_name,
)
from supervisor_app.domain.roles import Role
from supervisor_app.services import error_codes as codes
from supervisor_app.services import rekey as rekeying
from supervisor_app.services.passphrase import check_strength
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, keyslots, people_repo
from supervisor_app.vault.db import transaction
from supervisor_app.vault.keyslots import KdfParams, calibrated_kdf


class PeopleService:
    """Use cases for the People page and the ``user``/``agent``/``team`` commands."""

    def __init__(
        self, session: Session, *, calibrate: Callable[[], KdfParams] | None = None
    ) -> None:
        self.session = session
        # Measures this machine's Argon2id speed; replaced in tests, which cannot wait for it.
        self.kdf_calibration = calibrate or calibrated_kdf

    # --- teams ----------------------------------------------------------------------------

    def teams(self) -> list[Team]:
        """Teams the user may see."""
        visible = self.session.user.visible_team_ids()
        all_teams = people_repo.teams(self.session.conn)
        return [t for t in all_teams if visible is None or t.id in visible]

    def add_team(self, name: str) -> Team:
        """Create a team (administrators only)."""
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_TEAMS)
        name = check_team_name(name)
        conn = self.session.conn
        with transaction(conn):
            if people_repo.team_by_name(conn, name) is not None:
                raise InputError(codes.TEAM_EXISTS, name=name)
            team = people_repo.add_team(conn, name)
            self.session.record("team_added", f"team:{team.id}", {"name": name})
        return team

    def team(self, name: str) -> Team:
        """The team of that name, or NotFound."""
        team = people_repo.team_by_name(self.session.conn, name)
        if team is None:
            raise NotFound(codes.NO_TEAM, name=name)
        return team

    # --- agents ---------------------------------------------------------------------------

    def agents(self) -> list[Agent]:
        """Agents the user may see: all for administrators and auditors, else their teams."""
        return people_repo.agents(self.session.conn, self.session.user.visible_team_ids())

    def add_agent(
        self,
        name: str,
        extensions: list[str],
        team_name: str,
        email: str | None = None,
        language: Language = Language.NL,
    ) -> Agent:
        """Register an agent (administrators only)."""
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_ADD_AGENTS)
        name, exts, mail = check_agent(name, extensions, email)
        conn = self.session.conn
        with transaction(conn):
            team = self.team(team_name)
            self._check_extensions_free(exts, None)
            agent_id = people_repo.add_agent(conn, name, team.id, exts, mail, language)
            # The log names the agent by id only: their name is personal data it need not repeat.
            self.session.record(
                "agent_added",
                f"agent:{agent_id}",
                {"team": team.name, "extensions": list(exts), "language": language.value},
            )
        agent = people_repo.agent_by_id(conn, agent_id)
        assert agent is not None
        return agent

    def update_agent(
        self,
        agent_id: int,
        name: str,
        extensions: list[str],
        team_name: str,
        email: str | None,
        language: Language,
    ) -> Agent:
        """Change an agent's details (administrators only)."""
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_CHANGE_AGENTS)
        name, exts, mail = check_agent(name, extensions, email)
        conn = self.session.conn
        with transaction(conn):
            if people_repo.agent_by_id(conn, agent_id) is None:
                raise NotFound(codes.AGENT_GONE)
            team = self.team(team_name)
            self._check_extensions_free(exts, agent_id)
            people_repo.update_agent(conn, agent_id, name, team.id, exts, mail, language)
            self.session.record(
                "agent_changed",
                f"agent:{agent_id}",
                {"team": team.name, "extensions": list(exts), "language": language.value},
            )
        agent = people_repo.agent_by_id(conn, agent_id)
        assert agent is not None
        return agent

    def _check_extensions_free(self, extensions: tuple[str, ...], agent_id: int | None) -> None:
        for ext in extensions:
            owner = people_repo.extension_owner(self.session.conn, ext)
            if owner is not None and owner != agent_id:
                raise InputError(codes.EXTENSION_TAKEN, extension=ext)

    # --- users ----------------------------------------------------------------------------

    def users(self) -> list[User]:
        """All users (administrators and auditors), or just oneself."""
        user = self.session.user
        if user.has(Role.ADMINISTRATOR) or user.has(Role.AUDITOR):
            return people_repo.users(self.session.conn)
        return [user]

    def grants_for(self, roles: list[Role], team_names: list[str]) -> list[RoleGrant]:
        """Turn roles plus team names into grants (team-scoped roles get each team)."""
        teams = [self.team(n) for n in team_names]
        grants: list[RoleGrant] = []
        for role in roles:
            if role.team_scoped:
                if not teams:
                    raise InputError(codes.ROLE_NEEDS_A_TEAM, role=role)
                grants.extend(RoleGrant(role, t.id) for t in teams)
            else:
                grants.append(RoleGrant(role))
        return grants

    def add_user(
        self, name: str, grants: list[RoleGrant], passphrase: str, display_name: str = ""
    ) -> User:
        """Create a user with roles and their own key slot (administrators only)."""
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_ADD_USERS)
        name = check_user_name(name)
        checked = check_grants(grants)
        check_strength(passphrase, [name, display_name])
        conn = self.session.conn
        vault = self.session.vault
        with transaction(conn):
            if people_repo.user_by_name(conn, name) is not None or vault.has_slot(name):
                raise InputError(codes.USER_EXISTS, name=name)
            user = people_repo.add_user(conn, name, display_name.strip() or name, checked)
            slot, _ = vault.prepare_slot(name, passphrase)
            # The entry registers the new user's signing key, which their first unlock uses.
            self.session.record(
                "user_added",
                name,
                {
                    "roles": _grants_json(checked),
                    audit.REGISTRATION_FIELD: [keyslots.registration(slot)],
                },
            )
            # The slot is written last, inside the transaction: if writing it fails, the
            # user row is rolled back too, so there is never a user without a key or back.
            vault.put_slot(slot)
        return user

    def set_roles(self, name: str, grants: list[RoleGrant]) -> User:
        """Replace a user's roles (administrators only; the last administrator stays one)."""
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_ROLES)
        checked = check_grants(grants)
        conn = self.session.conn
        with transaction(conn):
            user = self._user(name)
            if user.is_administrator and Role.ADMINISTRATOR not in {g.role for g in checked}:
                self._keep_an_administrator(user)
            people_repo.set_grants(conn, user.id, checked)
            self.session.record("user_roles_changed", user.name, {"roles": _grants_json(checked)})
        self.session.refresh_user()
        found = people_repo.user_by_name(conn, user.name)
        assert found is not None
        return found

    def set_passphrase(self, name: str, passphrase: str) -> None:
        """Set a new passphrase for a user: rewraps only that user's slot.

        Users may change their own; administrators may reset anyone's.
        """
        user = self._user(name)
        if user.name.casefold() != self.session.user.name.casefold():
            self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_PASSPHRASE)
        check_strength(passphrase, [user.name, user.display_name])
        vault = self.session.vault
        own = user.name.casefold() == self.session.user.name.casefold()
        old = (
            vault.slot_file.find(user.name).kdf
            if vault.has_slot(user.name)
            else vault.slot_file.kdf
        )
        slot, signer = vault.prepare_slot(user.name, passphrase, self._stronger_kdf(old))
        # The new slot's key is registered in a transaction of its own before the slot is
        # written: a crash in between leaves an unused key in the log, never a slot whose
        # key the log does not know.
        with transaction(self.session.conn):
            self.session.record(
                "signing_key_added",
                user.name,
                {audit.REGISTRATION_FIELD: [keyslots.registration(slot)]},
            )
        with transaction(self.session.conn):
            self.session.record("passphrase_changed", user.name)
            vault.put_slot(slot, signer if own else None)

    def _stronger_kdf(self, old: KdfParams) -> KdfParams:
        """The key-derivation cost for a new passphrase: recalibrated, never weaker than before."""
        return old.at_least(self.kdf_calibration())

    def remove_user(self, name: str, *, rekey: bool = True) -> None:
        """Remove a user and their key slot, and re-encrypt the database (unless not rekey).

        A removed user might have kept a copy of the key file, or of the database key; the
        rekey makes any later copy of the vault useless to them. The rekey is journaled in
        keyslots.json before anything changes, in the same write that removes their slot,
        so a crash cannot leave it half done: the next unlock finishes it (services/rekey.py).
        """
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_REMOVE_USERS)
        conn = self.session.conn
        user = self._user(name)
        if user.name.casefold() == self.session.user.name.casefold():
            raise InputError(codes.REMOVE_YOURSELF)
        if user.is_administrator:
            self._keep_an_administrator(user)
        vault = self.session.vault
        if rekey:
            vault.begin_rekey(self.session.user.name, removing=user.name)
            rekeying.finish(conn, vault, self.session.user.name, interrupted=False)
            return
        with transaction(conn):
            people_repo.mark_user_removed(conn, user.id)
            self.session.record("user_removed", user.name, {"rekey": False})
            if vault.has_slot(user.name):
                vault.remove_slot(user.name)

    def rekey(self) -> None:
        """Re-encrypt the database under a fresh key (administrators only)."""
        self.session.require(Role.ADMINISTRATOR, codes.ONLY_ADMIN_REKEY)
        self.session.vault.begin_rekey(self.session.user.name)
        rekeying.finish(
            self.session.conn, self.session.vault, self.session.user.name, interrupted=False
        )

    def _user(self, name: str) -> User:
        user = people_repo.user_by_name(self.session.conn, name)
        if user is None:
            raise NotFound(codes.NO_USER, name=name)
        return user

    def _keep_an_administrator(self, leaving: User) -> None:
        admins = [u for u in people_repo.users(self.session.conn) if u.is_administrator]
        if all(u.id == leaving.id for u in admins):
            raise InputError(codes.LAST_ADMINISTRATOR)


def _grants_json(grants: frozenset[RoleGrant]) -> list[dict[str, object]]:
    return sorted(
        ({"role": g.role.value, "team_id": g.team_id} for g in grants),
        key=lambda d: (str(d["role"]), str(d["team_id"] or "")),
    )

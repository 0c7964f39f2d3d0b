"""The access gate: who may hear which recording, for which purpose, right now (R5, R9, R13)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from supervisor_app.domain import error_codes as codes
from supervisor_app.domain.errors import ErrorCode, Value
from supervisor_app.domain.people import User
from supervisor_app.domain.policy import Policy, Purpose
from supervisor_app.domain.roles import Role

HELD: Final = "held"  # the only recording status whose audio may be heard


@dataclass(frozen=True, slots=True)
class KeptFor:
    """A purpose a recording is kept for, until its retention ends."""

    purpose_id: str
    retain_until: dt.datetime


@dataclass(frozen=True, slots=True)
class Hold:
    """An evidence hold: keeps a recording for the purpose it names, for a stated case."""

    purpose_id: str
    case_reference: str


@dataclass(frozen=True, slots=True)
class RecordingFacts:
    """What the gate needs to know about a recording, and nothing more."""

    id: int
    agent_id: int
    team_id: int
    status: str
    kept_for: tuple[KeptFor, ...] = ()
    holds: tuple[Hold, ...] = ()  # active holds only
    private: bool = False  # flagged as a private call (its audio is then destroyed too)


@dataclass(frozen=True, slots=True)
class Allowed:
    """The user may listen for this purpose, acting in this role."""

    purpose_id: str
    role: Role


@dataclass(frozen=True, slots=True)
class Denied:
    """The user may not listen: ``code`` names why in the log, ``sentence`` tells the user.

    ``values`` fill the sentence (the purpose's title); ``reason`` is it in English.
    """

    code: str
    sentence: ErrorCode
    values: Mapping[str, Value] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """The sentence in English (the log, the command line)."""
        return self.sentence.sentence(self.values)


Decision = Allowed | Denied


def decide(
    user: User,
    recording: RecordingFacts,
    purpose_id: str,
    policy: Policy,
    now: dt.datetime,
    *,
    policy_complete: bool,
) -> Decision:
    """Decide whether user may hear recording for purpose_id at now.

    Allowed only when every rule holds; the first rule broken gives the reason. The order
    puts what the user can least change first, so the sentence points at the real obstacle.
    """
    if not policy_complete:
        return Denied("policy_incomplete", codes.POLICY_INCOMPLETE_NO_LISTEN)
    if not any(role.may_listen for role in user.roles):
        return Denied("no_listener_role", codes.NO_LISTENER_ROLE)
    purpose = policy.purpose(purpose_id)
    if purpose is None:
        return Denied("unknown_purpose", codes.UNKNOWN_PURPOSE, {"purpose": purpose_id})
    name = {"purpose": purpose.names}
    roles = _listener_roles(user, purpose)
    if not roles:
        return Denied("role_not_allowed", codes.ROLE_NOT_ALLOWED, name)
    if recording.private or recording.status != HELD:
        return Denied("not_held", _gone_sentence(recording))
    if not _kept_for(recording, purpose_id, now):
        if any(k.purpose_id == purpose_id for k in recording.kept_for):
            return Denied("retention_passed", codes.RETENTION_PASSED, name)
        return Denied("purpose_not_held", codes.PURPOSE_NOT_HELD, name)
    for role in roles:
        if recording.team_id in user.teams_for(role):
            return Allowed(purpose_id, role)
    return Denied("other_team", codes.OTHER_TEAM, name)


def allowed_purposes(
    user: User,
    recording: RecordingFacts,
    policy: Policy,
    now: dt.datetime,
    *,
    policy_complete: bool,
) -> list[Purpose]:
    """The policy's purposes (in its order) for which decide would allow the user to listen."""
    return [
        p
        for p in policy.purposes
        if isinstance(
            decide(user, recording, p.id, policy, now, policy_complete=policy_complete), Allowed
        )
    ]


def _listener_roles(user: User, purpose: Purpose) -> list[Role]:
    # may_listen as well: a policy naming administrator as a listener role must not open a door.
    return [r for r in purpose.listener_roles if r.may_listen and user.has(r)]


def _kept_for(recording: RecordingFacts, purpose_id: str, now: dt.datetime) -> bool:
    """Whether the recording is still kept for the purpose.

    An active evidence hold naming the purpose keeps it past its deadline, but only for a
    purpose it was kept for in the first place (R5): a hold never opens a recording for a
    purpose it was not stored for, nor to anyone the other rules refuse.
    """
    kept = [k for k in recording.kept_for if k.purpose_id == purpose_id]
    if not kept:
        return False
    if any(h.purpose_id == purpose_id for h in recording.holds):
        return True
    return any(now < k.retain_until for k in kept)


def _gone_sentence(recording: RecordingFacts) -> ErrorCode:
    if recording.private or recording.status == "private_destroyed":
        return codes.PRIVATE_CALL
    if recording.status == "purged":
        return codes.PURGED
    if recording.status == "erased":
        return codes.ERASED
    return codes.NOT_PLAYABLE

"""The access gate: who may hear which recording, for which purpose, right now (R5, R9, R13)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

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
    """The user may not listen; ``reason`` is a sentence for them, ``code`` is for the log."""

    code: str
    reason: str


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
        return Denied(
            "policy_incomplete",
            "The recording policy is not complete, so nobody may listen yet; "
            "ask an administrator to finish it.",
        )
    if not any(role.may_listen for role in user.roles):
        return Denied(
            "no_listener_role",
            "Administrators and auditors cannot listen to recordings; "
            "only team leads and quality coaches can.",
        )
    purpose = policy.purpose(purpose_id)
    if purpose is None:
        return Denied(
            "unknown_purpose",
            f"The recording policy has no purpose “{purpose_id}”; choose one of its purposes.",
        )
    name = purpose.display_name
    roles = _listener_roles(user, purpose)
    if not roles:
        return Denied(
            "role_not_allowed",
            f"The policy does not let your role listen for the purpose “{name}”.",
        )
    if recording.private or recording.status != HELD:
        return Denied("not_held", _gone_sentence(recording))
    if not _kept_for(recording, purpose_id, now):
        if any(k.purpose_id == purpose_id for k in recording.kept_for):
            return Denied(
                "retention_passed",
                f"The time this recording may be kept for “{name}” has passed; "
                "it can no longer be heard for that purpose.",
            )
        return Denied(
            "purpose_not_held",
            f"This recording is not kept for “{name}”, so it cannot be heard for that purpose.",
        )
    for role in roles:
        if recording.team_id in user.teams_for(role):
            return Allowed(purpose_id, role)
    return Denied(
        "other_team",
        f"The agent of this recording is not in a team you may listen to for “{name}”.",
    )


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


def _gone_sentence(recording: RecordingFacts) -> str:
    if recording.private or recording.status == "private_destroyed":
        return "This was a private call: its audio was destroyed and nobody may listen to it."
    if recording.status == "purged":
        return "This recording was deleted when its retention ended; there is nothing to hear."
    if recording.status == "erased":
        return "This recording was erased on request; there is nothing to hear."
    return "This recording cannot be heard in its current state."

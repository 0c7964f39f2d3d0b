"""A policy with one field more, declared in one place, to show that everything follows it.

Adding a field to the policy is this one declaration: the stored form, the TOML file, the
completeness check and the editor all pick it up (tests/unit/test_policy_schema.py and
tests/ui/test_policy_schema_editor.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from supervisor_app.domain.policy import Policy, Sampling
from supervisor_app.domain.policy_schema import Local, Section, declare
from supervisor_app.domain.texts import LocalText


@dataclass(frozen=True, slots=True)
class SamplingWithNote(Sampling):
    """The sampling section with a note for the works council."""

    note: LocalText = declare(
        Local(
            label="&Note:",
            help="A note on the sample for the works council.",
            note=True,
            required=True,
            missing="Write the note on the sample.",
            words=3,
            too_short="The note on the sample is too short: “{text}”.",
        )
    )


@dataclass(frozen=True, slots=True)
class PolicyWithNote(Policy):
    """The policy whose sampling section has the note."""

    sampling: SamplingWithNote = declare(
        Section(
            record=SamplingWithNote,
            default=SamplingWithNote(),
            label="Sampling",
            help="Only a sample of business calls may be kept and heard.",
        )
    )

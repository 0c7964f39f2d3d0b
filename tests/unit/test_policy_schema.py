"""The policy is declared once: every form of it follows the declarations, a new field too."""

from __future__ import annotations

import dataclasses
import json

import pytest

from supervisor_app.domain.policy import Policy, Sampling
from supervisor_app.domain.policy_check import missing_items
from supervisor_app.domain.policy_schema import (
    Field,
    Records,
    Section,
    declared,
    field_at,
    get_path,
    replace_path,
    walk,
)
from supervisor_app.domain.texts import LocalText
from supervisor_app.services.policy_toml import PolicyFileError, dump_policy, load_policy
from tests.extended_policy import PolicyWithNote, SamplingWithNote
from tests.policy_samples import ALL_DOCUMENTS, COMPLETE, TODAY


def _with_note(note: LocalText) -> PolicyWithNote:
    """The sample policy, with the extra field in its sampling section."""
    sampling = SamplingWithNote(
        **{f.name: getattr(COMPLETE.sampling, f.name) for f in dataclasses.fields(Sampling)},
        note=note,
    )
    rest = {f.name: getattr(COMPLETE, f.name) for f in dataclasses.fields(Policy)}
    rest.pop("sampling")
    return PolicyWithNote(**rest, sampling=sampling)


NOTE = LocalText(nl="Besproken met de ondernemingsraad.", en="Discussed with the works council.")


# --- a field added in one place ------------------------------------------------------------


def test_a_new_field_is_stored_and_read_back() -> None:
    policy = _with_note(NOTE)
    stored = json.loads(json.dumps(policy.to_dict()))
    assert stored["sampling"]["note"] == {"nl": NOTE.nl, "en": NOTE.en}
    assert PolicyWithNote.from_dict(stored) == policy


def test_a_new_field_is_written_to_and_read_from_the_file() -> None:
    policy = _with_note(NOTE)
    text = dump_policy(policy)
    assert "# A note on the sample for the works council." in text
    assert load_policy(text, PolicyWithNote) == policy
    # The plain policy does not know the field: the file is refused, naming it.
    with pytest.raises(PolicyFileError) as error:
        load_policy(text)
    assert [p.key for p in error.value.problems] == ["sampling.note"]


def test_a_new_field_has_its_completeness_rules() -> None:
    blank = _with_note(LocalText())
    found = missing_items(blank, ALL_DOCUMENTS, languages=("nl", "en"), today=TODAY)
    assert [(m.key, m.text) for m in found] == [("sampling.note", "Write the note on the sample.")]
    short = _with_note(LocalText(nl="Zie OR.", en="See council."))
    [item] = missing_items(short, ALL_DOCUMENTS, languages=("nl", "en"), today=TODAY)
    assert item.text == "The note on the sample is too short: “Zie OR.”."
    assert missing_items(_with_note(NOTE), ALL_DOCUMENTS, languages=("nl", "en"), today=TODAY) == []


def test_the_rules_of_the_section_still_hold_for_it() -> None:
    policy = _with_note(NOTE)
    broken = dataclasses.replace(
        policy, sampling=dataclasses.replace(policy.sampling, min_per_agent_per_week=9)
    )
    keys = [m.key for m in missing_items(broken, ALL_DOCUMENTS, languages=("nl", "en"))]
    assert keys == ["sampling.min_per_agent_per_week"]


# --- every declared field is in every derived form -----------------------------------------

LEAVES = [(key, spec) for key, spec in walk(Policy) if not isinstance(spec, Section | Records)]


def test_every_field_is_declared_with_a_label_and_help() -> None:
    for key, spec in walk(Policy):
        assert spec.help.endswith("."), key
        assert spec.label or isinstance(spec, Field), key
    for key, spec in LEAVES:
        assert spec.label, f"{key} has no label for the editor"
        if spec.required is not False:
            assert spec.missing.endswith("."), f"{key} is required but says nothing when blank"


def test_every_field_is_in_the_stored_form() -> None:
    stored = COMPLETE.to_dict()
    for key, _spec in LEAVES:
        parts = key.split(".")
        value: object = stored
        for part in parts:
            if part.endswith("[]"):
                entries = value[part[:-2]] if isinstance(value, dict) else []
                assert isinstance(entries, list) and entries, key
                value = entries[0]
            else:
                assert isinstance(value, dict) and part in value, key
                value = value[part]


def test_the_path_helpers_reach_every_field() -> None:
    for key, _spec in walk(Policy):
        if "[]" in key:
            continue
        path = key.split(".")
        value = get_path(COMPLETE, path)
        assert replace_path(COMPLETE, path, value) == COMPLETE
        assert field_at(Policy, path) is dict(declared(_record_of(path)))[path[-1]]


def _record_of(path: list[str]) -> type:
    record: type = Policy
    for name in path[:-1]:
        spec = dict(declared(record))[name]
        assert isinstance(spec, Section)
        record = spec.record
    return record


def test_the_caller_first_name_field_exists_and_defaults_to_no() -> None:
    # Issue 12's access export reads this field; nothing about the agent unless it is set.
    assert Policy().requests.agent_first_name_to_callers is False
    assert COMPLETE.to_dict()["requests"] == {"agent_first_name_to_callers": False}
    text = dump_policy(COMPLETE)
    assert "agent_first_name_to_callers = false" in text

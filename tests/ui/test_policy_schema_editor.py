"""The editor is made from the declarations: both languages side by side, a new field too."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from supervisor_app import paths
from supervisor_app.domain.policy import Policy, Sampling
from supervisor_app.domain.policy_schema import Records, Section, walk
from supervisor_app.domain.texts import LocalText
from supervisor_app.services.policy_toml import load_policy
from supervisor_app.ui.policy.policy_editor import PolicyEditor
from supervisor_app.ui.policy.policy_widgets import LocalTextInput
from tests.extended_policy import PolicyWithNote, SamplingWithNote
from tests.ui.conftest import text_box

EXAMPLE = load_policy((paths.resources_dir() / "policy.example.toml").read_text(encoding="utf-8"))


def test_the_editor_shows_and_returns_every_field_of_the_example(
    qapp: QApplication, qtbot: QtBot
) -> None:
    editor = PolicyEditor()
    qtbot.addWidget(editor)
    editor.set_policy(EXAMPLE)
    assert editor.draft() == EXAMPLE
    # A page per section, in the declaration's order, with a field for every declared field.
    assert list(editor.pages) == [
        "organisation",
        "purposes",
        "sampling",
        "scope",
        "notification",
        "attestations",
        "regulation",
        "register",
        "requests",
        "protocol",
    ]
    for key, spec in walk(Policy):
        if isinstance(spec, Section | Records):
            continue
        if key.startswith("purposes[]."):
            assert key.removeprefix("purposes[].") in editor.purposes.inputs, key
        else:
            assert editor.input(key).spec is spec, key


def test_a_text_per_language_has_a_box_for_each_side_by_side(
    qapp: QApplication, qtbot: QtBot
) -> None:
    editor = PolicyEditor()
    qtbot.addWidget(editor)
    editor.set_policy(EXAMPLE)
    editor.resize(1200, 900)
    editor.show()
    editor.set_current_index(1)
    title = editor.purposes.inputs["title"]
    assert isinstance(title, LocalTextInput)
    dutch, english = text_box(title, "nl"), text_box(title, "en")
    assert isinstance(dutch, QLineEdit) and isinstance(english, QLineEdit)
    assert (dutch.text(), english.text()) == ("Training en coaching", "Training and coaching")
    assert dutch.geometry().top() == english.geometry().top()
    assert dutch.geometry().right() < english.geometry().left()  # Dutch first, on the left
    english.setText("Coaching")
    changed = editor.draft().purposes[0].title
    assert changed == LocalText(nl="Training en coaching", en="Coaching")
    protocol = editor.input("protocol.expectations")
    assert isinstance(text_box(protocol, "nl"), QPlainTextEdit)


def test_a_field_declared_once_gets_its_place_in_the_editor(
    qapp: QApplication, qtbot: QtBot
) -> None:
    editor = PolicyEditor(record=PolicyWithNote)
    qtbot.addWidget(editor)
    sampling = SamplingWithNote(
        **{f.name: getattr(EXAMPLE.sampling, f.name) for f in dataclasses.fields(Sampling)}
    )
    rest = {f.name: getattr(EXAMPLE, f.name) for f in dataclasses.fields(Policy)}
    rest.pop("sampling")
    policy = PolicyWithNote(**rest, sampling=sampling)
    editor.set_policy(policy)
    note = editor.input("sampling.note")
    assert isinstance(note, LocalTextInput)
    assert note.caption == "&Note:"
    dutch = text_box(note, "nl")
    assert isinstance(dutch, QLineEdit)
    dutch.setText("Besproken met de ondernemingsraad.")
    draft = editor.draft()
    assert isinstance(draft, PolicyWithNote)
    assert draft.sampling.note == LocalText(nl="Besproken met de ondernemingsraad.")
    # Its rules count in the page's list of what is missing, like any other field's.
    page = editor.page("sampling")
    assert page.owns("sampling.note")

"""The feedback sheet's text: both languages, every part present, outcomes in the reader's words."""

from __future__ import annotations

import datetime as dt

import pytest

from supervisor_app.domain.coaching import Outcome
from supervisor_app.domain.feedback_sheet import (
    SheetCall,
    SheetCriterion,
    SheetFacts,
    SheetListen,
    SheetNote,
    compose,
    template_names,
)
from supervisor_app.domain.notifications import Listener, PurposeFacts
from supervisor_app.domain.policy import LegalBasis
from supervisor_app.domain.roles import Role
from supervisor_app.services.documents import load_templates

CALL = dt.datetime(2026, 11, 16, 8, 5, tzinfo=dt.UTC)  # 09:05 in Amsterdam


def facts(receipt: str | None = "K7QX-M2PA") -> SheetFacts:
    listen = SheetListen(
        listened_at=CALL + dt.timedelta(days=2),
        listener=Listener(name="Bram Jansen", role=Role.TEAM_LEAD),
        purpose=PurposeFacts("Training", LegalBasis.LEGITIMATE_INTEREST, CALL + dt.timedelta(30)),
        reason="Coaching talk",
        receipt="AB12-CD34",
    )
    call = SheetCall(
        started_at=CALL,
        direction="inbound",
        protocol_version=1,
        scored_by=Listener(name="Bram Jansen", role=Role.TEAM_LEAD),
        criteria=(
            SheetCriterion("Be polite.", Outcome.MET),
            SheetCriterion("Confirm the amount.", Outcome.NOT_MET, "Forgot the frequency."),
        ),
        notes=(SheetNote(65_000, "Caller asks twice."),),
        listens=(listen,),
    )
    return SheetFacts(
        agent_name="Fatima El Amrani",
        organisation="Stichting Voorbeeld",
        contact="hr@voorbeeld.nl",
        timezone="Europe/Amsterdam",
        period_from=dt.date(2026, 11, 16),
        period_to=dt.date(2026, 11, 22),
        summary="A good week.\n\nKeep confirming amounts.",
        calls=(call,),
        receipt=receipt,
        sheet_date=dt.date(2026, 11, 24),
        privacy_officer="Mr. P. Rivacy",
        privacy_officer_contact="fg@voorbeeld.nl",
    )


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "en",
            ("Met", "Not met", "Forgot the frequency.", "1:05", "09:05", "K7QX-M2PA"),
        ),
        ("nl", ("Voldaan", "Niet voldaan", "Forgot the frequency.", "1:05", "09.05", "K7QX-M2PA")),
    ],
)
def test_a_sheet_says_every_part_in_the_agents_language(
    language: str, words: tuple[str, ...]
) -> None:
    templates = load_templates()
    assert all(name in templates for name in template_names(language))
    sheet = compose(facts(), language, templates)
    assert sheet.language == language
    for text in (sheet.text, sheet.html):
        for word in words:
            assert word in text, (language, word)
        assert "AB12-CD34" in text  # the listen's own receipt: the sheet tells of it
        assert "Keep confirming amounts." in text
    assert f'<html lang="{language}">' in sheet.html
    assert "$" not in sheet.text  # every placeholder filled
    assert f"- {words[1]}: Confirm the amount." in sheet.text


def test_before_it_is_made_a_sheet_says_its_code_follows() -> None:
    sheet = compose(facts(receipt=None), "en", load_templates())
    assert "added when the sheet is made" in sheet.text


def test_a_template_that_drops_a_required_part_is_refused() -> None:
    templates = dict(load_templates())
    templates["feedback_sheet.en.txt"] = templates["feedback_sheet.en.txt"].replace("$calls", "")
    with pytest.raises(ValueError, match="calls"):
        compose(facts(), "en", templates)

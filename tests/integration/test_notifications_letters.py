"""Notice letters from a real vault: the call's facts, no customer number, .eml and mailto:."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest

from supervisor_app.domain.errors import NotFound
from supervisor_app.domain.notifications import Kind
from supervisor_app.domain.people import Language
from supervisor_app.domain.policy import NotificationStyle
from supervisor_app.services.letters import LetterService, mailto_url
from supervisor_app.services.listening import ListeningService
from supervisor_app.services.notifications import NotificationService
from supervisor_app.services.people import PeopleService
from supervisor_app.services.retention import RetentionService
from supervisor_app.services.session import Session
from supervisor_app.vault import people_repo, recordings_repo
from supervisor_app.vault.db import transaction
from supervisor_app.vault.notifications_repo import ItemFilter
from tests.integration.test_import_pipeline import MONDAY
from tests.integration.test_listen import REASON, Vault, build_vault
from tests.integration.test_notifications import set_style

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
EMAIL = "fatima@voorbeeld.nl"
_NL_MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
_EN_MONTHS = "January February March April May June July August September October November December"


def dutch_day(day: dt.date) -> str:
    """A Monday as a Dutch letter writes it: "maandag 16 november 2026"."""
    return f"maandag {day.day} {_NL_MONTHS.split()[day.month - 1]} {day.year}"


def english_day(day: dt.date) -> str:
    """A Monday as an English letter writes it: "Monday 16 November 2026"."""
    return f"Monday {day.day} {_EN_MONTHS.split()[day.month - 1]} {day.year}"


CALL_DAY = MONDAY.date()  # every call of the test vault is on this Monday
YEAR, WEEK_NUMBER, _ = MONDAY.isocalendar()


@pytest.fixture
def vault(admin_session: Session, tmp_path: Path) -> Vault:
    built = build_vault(admin_session, tmp_path)
    PeopleService(admin_session).update_agent(
        1, "Fatima El Amrani", ["201"], "Team Noord", EMAIL, Language.NL
    )
    with transaction(admin_session.conn):
        admin_session.conn.execute(
            "UPDATE users SET display_name = 'Bram Jansen' WHERE name = 'bram'"
        )
    return built


def set_language(v: Vault, language: Language) -> None:
    agent = people_repo.agent_by_id(v.admin.conn, 1)
    assert agent is not None
    PeopleService(v.admin).update_agent(
        1, agent.name, list(agent.extensions), agent.team_name, agent.email, language
    )


def listened(v: Vault, session: Session | None = None, *, heard: bool = True) -> int:
    listen = ListeningService(session or v.lead).open(v.noord, "training", REASON)
    if heard:
        # The first second of the call was played (the player stores what the sink took).
        listen.record_intervals([(0, listen.recording.samplerate)])
    listen.close()
    item = NotificationService(v.admin).for_listen_session(listen.id)
    assert item is not None
    return item.id


def numbers(v: Vault) -> list[str]:
    """The other parties' numbers as stored: none may appear in any notice."""
    rows = v.admin.conn.execute("SELECT remote_number FROM recordings").fetchall()
    found = [r[0] for r in rows if r[0]]
    assert found  # the export has them, so the test can fail
    return found + [n.lstrip("+").removeprefix("31") for n in found]


def call_facts(v: Vault, recording_id: int) -> tuple[str, str]:
    detail = recordings_repo.recording(v.admin.conn, recording_id)
    assert detail is not None
    local = detail.summary.started_at.astimezone(AMSTERDAM)
    return f"{local.day} ", f"{local.hour:02d}"


def test_a_listen_letter_in_dutch_says_everything_the_agent_must_know(vault: Vault) -> None:
    item_id = listened(vault)
    letter = LetterService(vault.lead).letter(item_id)
    item = NotificationService(vault.admin).item(item_id)
    text = letter.text
    _, hour = call_facts(vault, vault.noord)
    assert letter.language == "nl" and letter.to == EMAIL
    assert letter.subject == "Een opname van je gesprek is teruggeluisterd"
    assert "Beste Fatima El Amrani," in text
    assert f"je inkomende gesprek van {dutch_day(CALL_DAY)} om " in text and f"{hour}." in text
    assert "Wie luisterde: Bram Jansen" in text
    # The purpose's title in the agent's language, with the basis, the reason given, where to
    # complain and how to reach the privacy officer.
    assert "“Training en coaching”" in text and "gerechtvaardigd belang" in text
    assert "Training and coaching" not in text
    assert f"Opgegeven reden: “{REASON}”." in text
    assert "klacht indienen bij de Autoriteit Persoonsgegevens" in text
    assert "M. Jansen, de functionaris gegevensbescherming, bereikbaar via fg@voorbeeld.nl" in text
    detail = recordings_repo.recording(vault.admin.conn, vault.noord)
    assert detail is not None
    until = detail.summary.purposes[0].retain_until.astimezone(AMSTERDAM)
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"]
    months += ["september", "oktober", "november", "december"]
    deletion = f"{until.day} {months[until.month - 1]} {until.year}."
    assert deletion in text.split("Wanneer de opname wordt verwijderd:")[1].splitlines()[0]
    assert "privacy@voorbeeld.nl" in text and "Stichting Voorbeeld" in text
    assert f"Controlecode: {item.receipt}" in text and "klopt de code niet meer" in text
    for number in numbers(vault):
        assert number not in text and number not in letter.html
    assert item.receipt in letter.html and '<html lang="nl">' in letter.html


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_listen_stopped_before_anything_played_is_not_told_as_heard(
    vault: Vault, language: Language
) -> None:
    set_language(vault, language)
    heard = LetterService(vault.lead).letter(listened(vault))
    opened = LetterService(vault.lead).letter(listened(vault, heard=False))
    if language is Language.NL:
        assert heard.subject == "Een opname van je gesprek is teruggeluisterd"
        assert "Wie luisterde: Bram Jansen" in heard.text
        assert opened.subject == "Een opname van je gesprek is geopend om terug te luisteren"
        assert "maar er is niets van afgespeeld." in opened.text
        assert "Wie de opname opende: Bram Jansen" in opened.text
        assert "is teruggeluisterd" not in opened.text
    else:
        assert heard.subject == "A recording of your call was listened to"
        assert opened.subject == "A recording of your call was opened to be listened to"
        assert "but nothing of it was played." in opened.text
        assert "Who opened it: Bram Jansen" in opened.text
        assert "has been listened to" not in opened.text
    # Everything else the agent must be told is there either way.
    assert REASON in opened.text and "Autoriteit Persoonsgegevens" in opened.text


def test_the_listener_is_a_role_when_the_purpose_does_not_name_them(vault: Vault) -> None:
    set_style(vault.admin, NotificationStyle.WEEKLY_DIGEST, disclose=False)
    letter = LetterService(vault.admin).letter(listened(vault))
    assert "Wie luisterde: een teamleider" in letter.text
    assert "Bram" not in letter.text and "bram" not in letter.text
    assert "Bram" not in letter.html


def test_an_english_agent_gets_english(vault: Vault) -> None:
    set_language(vault, Language.EN)
    letter = LetterService(vault.lead).letter(listened(vault))
    assert letter.language == "en"
    assert letter.subject == "A recording of your call was listened to"
    assert f"your incoming call of {english_day(CALL_DAY)} at " in letter.text
    assert "if the log were changed later, the code would no longer match" in letter.text


def test_a_digest_letter_lists_each_call_with_its_code(vault: Vault) -> None:
    notices = NotificationService(vault.admin)
    digest = notices.items(ItemFilter(kind=Kind.SAMPLED))[0]
    letter = LetterService(vault.admin).letter(digest.id)
    assert letter.subject == f"Je opgenomen gesprekken in week {WEEK_NUMBER} van {YEAR}"
    assert (
        f"In week {WEEK_NUMBER} van {YEAR} zijn 2 van je gesprekken opgenomen voor" in letter.text
    )
    for line in notices.lines(digest.id):
        assert f"(controlecode {line.receipt})" in letter.text
    assert f"Controlecode van dit overzicht: {digest.receipt}" in letter.text
    for number in numbers(vault):
        assert number not in letter.text


def test_a_digest_sent_after_a_call_was_destroyed_says_so(vault: Vault) -> None:
    notices = NotificationService(vault.admin)
    digest = notices.items(ItemFilter(kind=Kind.SAMPLED))[0]
    lines = notices.lines(digest.id)
    gone = lines[0]
    ListeningService(vault.admin).flag_private(gone.recording_id, confirm=True)
    text = LetterService(vault.admin).letter(digest.id).text
    (line,) = [row for row in text.splitlines() if f"(controlecode {gone.receipt})" in row]
    assert "inmiddels verwijderd" in line and "bewaard tot" not in line
    (other,) = [row for row in text.splitlines() if f"(controlecode {lines[1].receipt})" in row]
    assert "bewaard tot" in other


def test_a_dispute_listen_letter_says_a_hold_may_keep_the_call_longer(vault: Vault) -> None:
    RetentionService(vault.lead).place_hold(
        vault.campaign, "dispute", "DOS-2026-17", "The donor disputes the recurring gift"
    )
    listen = ListeningService(vault.lead).open(vault.campaign, "dispute", REASON, "DOS-2026-17")
    listen.record_intervals([(0, 4000)])
    listen.close()
    item = NotificationService(vault.admin).for_listen_session(listen.id)
    assert item is not None
    text = LetterService(vault.lead).letter(item.id).text
    deletion = text.split("Wanneer de opname wordt verwijderd:")[1].splitlines()[0]
    assert "of later als ze dan nog als bewijs in een zaak wordt bewaard" in deletion
    # Without a hold, the date stands alone.
    plain = LetterService(vault.lead).letter(listened(vault)).text
    assert "als bewijs" not in plain.split("Wanneer de opname wordt verwijderd:")[1].splitlines()[0]


def test_a_private_call_letter(vault: Vault) -> None:
    service = ListeningService(vault.lead)
    listen = service.open(vault.campaign, "training", REASON)
    listen.record_intervals([(0, 4000)])  # the player had played a moment of it
    service.flag_private(listen, confirm=True)
    item = NotificationService(vault.admin).items(ItemFilter(kind=Kind.PRIVATE_CALL_DESTROYED))[0]
    letter = LetterService(vault.admin).letter(item.id)
    assert letter.subject == "Een privégesprek van je is vernietigd"
    assert f"Terwijl Bram Jansen je uitgaande gesprek van {dutch_day(CALL_DAY)}" in letter.text
    assert item.receipt in letter.text


def test_a_private_call_flagged_before_it_played_is_not_said_to_be_heard(vault: Vault) -> None:
    service = ListeningService(vault.lead)
    listen = service.open(vault.campaign, "training", REASON)
    service.flag_private(listen, confirm=True)  # nothing was played
    item = NotificationService(vault.admin).items(ItemFilter(kind=Kind.PRIVATE_CALL_DESTROYED))[0]
    text = LetterService(vault.admin).letter(item.id).text
    assert "terugluisterde" not in text
    assert f"Bij je uitgaande gesprek van {dutch_day(CALL_DAY)}" in text
    assert "Er is niets van teruggeluisterd: Bram Jansen heeft het als privégesprek" in text


def test_a_user_cannot_write_a_letter_for_another_team(vault: Vault) -> None:
    zuid = NotificationService(vault.admin).items()[1]
    with pytest.raises(NotFound, match="no notification"):
        LetterService(vault.lead).letter(zuid.id)


# --- .eml and mailto ---------------------------------------------------------------------------


def test_the_eml_parses_with_the_right_headers_and_body(vault: Vault, tmp_path: Path) -> None:
    item_id = listened(vault)
    letters = LetterService(vault.lead)
    letter = letters.letter(item_id)
    now = dt.datetime(2026, 11, 18, 14, 0, tzinfo=dt.UTC)
    data = letters.eml(item_id, now=now)
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert message["To"] == f"Fatima El Amrani <{EMAIL}>"
    assert message["To"].addresses[0].addr_spec == EMAIL
    assert message["From"] == "privacy@voorbeeld.nl"
    assert message["Subject"] == letter.subject
    assert parsedate_to_datetime(message["Date"]) == now
    assert message["Message-ID"].startswith("<") and message["Message-ID"].endswith(
        "@voorbeeld.nl>"
    )
    assert message["X-Unsent"] == "1"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    # On the wire (and in the file) lines end in CRLF, as RFC 5322 wants.
    assert message.get_content().replace("\r\n", "\n") == letter.text
    assert b"\r\n" in data
    for number in numbers(vault):
        assert number.encode() not in data

    target = letters.write_eml(item_id, tmp_path / "notice.eml")
    again = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert again["Subject"] == letter.subject
    assert again.get_content().replace("\r\n", "\n") == letter.text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_without_an_address_the_eml_has_no_to_and_mailto_leaves_it_open(vault: Vault) -> None:
    PeopleService(vault.admin).update_agent(
        1, "Fatima El Amrani", ["201"], "Team Noord", None, Language.NL
    )
    item_id = listened(vault)
    message = email.message_from_bytes(
        LetterService(vault.lead).eml(item_id), policy=email.policy.default
    )
    assert message["To"] is None and message["Subject"]
    assert LetterService(vault.lead).mailto(item_id).startswith("mailto:?subject=")


def test_the_mailto_link_carries_address_subject_and_body(vault: Vault) -> None:
    item_id = listened(vault)
    letters = LetterService(vault.lead)
    letter = letters.letter(item_id)
    url = letters.mailto(item_id)
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == EMAIL
    assert " " not in url and "\n" not in url and "%0D%0A" in url
    query = parse_qs(parts.query)
    assert query["subject"] == [letter.subject]
    assert query["body"] == [letter.text.replace("\n", "\r\n")]


def test_mailto_encodes_what_would_break_the_link() -> None:
    url = mailto_url("a&b@example.org", "Hi & bye?", "one\ntwo = 100%")
    assert (
        url == "mailto:a%26b@example.org?subject=Hi%20%26%20bye%3F&body=one%0D%0Atwo%20%3D%20100%25"
    )

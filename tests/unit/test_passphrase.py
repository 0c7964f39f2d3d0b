"""Passphrase strength: weak ones are refused with a one-sentence hint, strong ones pass."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supervisor_app.domain.errors import InputError
from supervisor_app.services.demo import USERS
from supervisor_app.services.passphrase import MIN_LENGTH, check_strength


def _assert_hint(exc: InputError) -> None:
    text = str(exc)
    assert text.startswith("This passphrase is too")
    assert text.endswith(".") and "\n" not in text and ".." not in text


@pytest.mark.parametrize(
    "strong",
    [
        "correct horse battery staple",
        "zes-rode-kikkers-dansen-vrolijk",
        "Tr0ub4dour&3xyz",
        "a" * 3 + "-lange-zin-met-veel-woorden-" * 4,  # longer than zxcvbn looks
    ],
)
def test_strong_passphrases_pass(strong: str) -> None:
    check_strength(strong)


def test_the_demo_passphrases_pass_for_their_own_users() -> None:
    for user in USERS:
        check_strength(user.passphrase, [user.name, user.display_name])


@pytest.mark.parametrize("short", ["", "a", "Xq9!", "Zw8#kP2$vL5"])
def test_short_passphrases_are_refused_with_the_minimum(short: str) -> None:
    assert len(short) < MIN_LENGTH
    with pytest.raises(InputError, match=f"at least {MIN_LENGTH} characters") as caught:
        check_strength(short)
    _assert_hint(caught.value)


@pytest.mark.parametrize(
    "weak",
    ["password1234", "123456789012", "aaaaaaaaaaaaaaaa", "qwertyuiopasdf", "welkom123456"],
)
def test_guessable_passphrases_are_refused_with_a_reason(weak: str) -> None:
    with pytest.raises(InputError, match="too easy to guess") as caught:
        check_strength(weak)
    _assert_hint(caught.value)
    reason = str(caught.value).split(":", 1)[1]
    assert len(reason.strip()) > len("Add more unrelated words.")


def test_a_passphrase_made_of_the_users_own_name_is_refused() -> None:
    phrase = "Quirijnvoorthuysen"
    check_strength(phrase)  # strong for a stranger ...
    with pytest.raises(InputError) as caught:  # ... but not as this user's
        check_strength(phrase, ["quirijn", "Quirijn Voorthuysen", "voorthuysen"])
    _assert_hint(caught.value)


@settings(max_examples=60)
@given(st.text(max_size=MIN_LENGTH - 1))
def test_anything_shorter_than_the_minimum_is_refused(text: str) -> None:
    with pytest.raises(InputError):
        check_strength(text)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=MIN_LENGTH, max_size=120))
def test_the_check_either_passes_or_gives_one_sentence(text: str) -> None:
    try:
        check_strength(text, ["anna"])
    except InputError as exc:
        assert str(exc).endswith(".") and "\n" not in str(exc)

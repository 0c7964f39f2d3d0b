"""Tests for telephone-number normalisation: E.164 out, extensions and garbage not numbers."""

from __future__ import annotations

import pytest

from supervisor_app.ingest.phone import looks_like_extension, normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0612345678", "+31612345678"),
        ("06-12345678", "+31612345678"),
        ("+31612345678", "+31612345678"),
        ("+31 6 1234 5678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("020 123 4500", "+31201234500"),
        ("+31 (0)20 123 4500", "+31201234500"),
        ("+44 20 7946 0000", "+442079460000"),
        ("0044 20 7946 0000", "+442079460000"),
        ("+32 2 555 12 12", "+3225551212"),
    ],
)
def test_dutch_and_international_numbers_become_e164(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "anonymous", "Restricted", "unknown", "s", "abc-def", "1234567", "+999 123"],
)
def test_garbage_is_not_a_number(raw: str) -> None:
    assert normalise(raw) is None


@pytest.mark.parametrize("raw", ["201", "4001", "112", "14020", "999999"])
def test_extensions_and_short_numbers_are_not_phone_numbers(raw: str) -> None:
    assert looks_like_extension(raw)
    assert normalise(raw) is None


def test_the_default_region_reads_national_numbers() -> None:
    # The same national digits are a Belgian number when the site is in Belgium.
    assert normalise("02 555 12 12", default_region="BE") == "+3225551212"
    assert normalise("0612345678", default_region="NL") == "+31612345678"


def test_a_long_digit_string_is_not_an_extension() -> None:
    assert not looks_like_extension("0612345678")
    assert not looks_like_extension("+201")

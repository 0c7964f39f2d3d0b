"""Telephone numbers as found in exports, normalised to E.164 with the phonenumbers library."""

from __future__ import annotations

import phonenumbers

# Internal extensions are short digit strings (201, 4001). phonenumbers would happily read
# some of them as national short numbers (14020 is a Dutch municipality line), so anything
# this short without a "+" is never treated as a telephone number.
MAX_EXTENSION_DIGITS = 6


def looks_like_extension(raw: str) -> bool:
    """Whether raw is a short run of digits, the shape of an internal extension."""
    text = raw.strip()
    return text.isascii() and text.isdigit() and len(text) <= MAX_EXTENSION_DIGITS


def normalise(raw: str, default_region: str = "NL") -> str | None:
    """Return raw as an E.164 number (``+31612345678``), or None when it is not one.

    National numbers (``0612345678``) are read in ``default_region``; ``00`` and ``+`` prefixes
    work as dialled. Extensions, ``anonymous``, blanks and numbers that do not exist in the
    numbering plan give None; callers keep the raw text next to the result.
    """
    text = raw.strip()
    if not text or looks_like_extension(text):
        return None
    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

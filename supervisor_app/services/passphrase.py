"""Passphrase strength: weak passphrases are refused with a hint why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from zxcvbn import zxcvbn

from supervisor_app.domain.errors import ErrorCode, InputError
from supervisor_app.services import error_codes as codes

MIN_LENGTH: Final = 12
MIN_SCORE: Final = 3  # zxcvbn's "safely unguessable" (about 10^8 guesses and up)


def check_strength(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    """Raise InputError with a hint when passphrase is too weak to protect the vault.

    user_inputs are words the passphrase should not lean on, such as the user's name.
    """
    if len(passphrase) < MIN_LENGTH:
        raise InputError(codes.PASSPHRASE_TOO_SHORT, least=MIN_LENGTH)
    # zxcvbn looks at the first 72 characters only; longer passphrases are fine.
    result: dict[str, Any] = zxcvbn(passphrase[:72], user_inputs=list(user_inputs))
    if int(result["score"]) < MIN_SCORE:
        raise InputError(_why_weak(result.get("sequence") or []))


def _why_weak(matches: Sequence[dict[str, Any]]) -> ErrorCode:
    """The hint for a weak passphrase, from what zxcvbn recognised in it.

    zxcvbn's own feedback is English prose; its matches name the kind of weakness, which the
    app says in the user's language.
    """
    patterns = {str(m.get("pattern")) for m in matches}
    dictionaries = {
        str(m.get("dictionary_name")) for m in matches if m.get("pattern") == "dictionary"
    }
    if "passwords" in dictionaries:
        return codes.PASSPHRASE_COMMON
    if "date" in patterns:
        return codes.PASSPHRASE_DATE
    if patterns & {"spatial", "repeat", "sequence"}:
        return codes.PASSPHRASE_PATTERN
    if dictionaries:
        return codes.PASSPHRASE_WORD
    return codes.PASSPHRASE_WEAK

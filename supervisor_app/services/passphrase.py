"""Passphrase strength: weak passphrases are refused with a hint why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from zxcvbn import zxcvbn

from supervisor_app.domain.errors import InputError

MIN_LENGTH: Final = 12
MIN_SCORE: Final = 3  # zxcvbn's "safely unguessable" (about 10^8 guesses and up)


def check_strength(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    """Raise InputError with a hint when passphrase is too weak to protect the vault.

    user_inputs are words the passphrase should not lean on, such as the user's name.
    """
    if len(passphrase) < MIN_LENGTH:
        raise InputError(
            f"This passphrase is too short; use at least {MIN_LENGTH} characters, "
            "for example four unrelated words."
        )
    # zxcvbn looks at the first 72 characters only; longer passphrases are fine.
    result: dict[str, Any] = zxcvbn(passphrase[:72], user_inputs=list(user_inputs))
    if int(result["score"]) < MIN_SCORE:
        feedback = result.get("feedback") or {}
        hint = str(feedback.get("warning") or "").strip()
        suggestion = " ".join(str(s) for s in feedback.get("suggestions") or [])
        why = hint or suggestion or "It is too easy to guess."
        raise InputError(
            f"This passphrase is too easy to guess: {why.rstrip('.')}. Add more unrelated words."
        )

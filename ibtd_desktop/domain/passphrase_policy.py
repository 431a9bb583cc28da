"""Passphrase policy for a vault holding confidential source material.

A stolen laptop allows an offline attack on the key slots; Argon2id slows each guess down to
about half a second, so the passphrase itself must be beyond ~10^10 guesses (zxcvbn score 4)
and at least ``MIN_LENGTH`` characters. ``estimate`` feeds the GUI's strength meter;
``check_passphrase`` is what every service calls before a passphrase is used.
"""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from ibtd_desktop.domain.errors import WeakPassphrase

MIN_LENGTH = 12
MAX_LENGTH = 1024
MIN_SCORE = 4  # zxcvbn: 4 means an estimated >= 10^10 guesses
# zxcvbn is quadratic in the length; beyond this the estimate is "strong enough" anyway.
_ESTIMATE_PREFIX = 72  # zxcvbn refuses longer input
# Words an attacker tries first against this particular app.
_APP_WORDS = ("ibtd", "inspectie", "inspecteur", "kluis", "vault", "belastingen", "toeslagen", "douane")


@dataclass(frozen=True)
class PassphraseStrength:
    score: int  # 0..4, the meter's bar count
    guesses_log10: float
    acceptable: bool
    reason: str | None  # Dutch / English, None when acceptable


def estimate(passphrase: str, user_inputs: tuple[str, ...] = ()) -> PassphraseStrength:
    """Score a passphrase (pure, fast enough to run on each keystroke)."""
    if not passphrase:
        return PassphraseStrength(0, 0.0, False, _reason_too_short())
    inputs = [w for w in (*user_inputs, *_APP_WORDS) if w]
    # Also penalise each part of a multi-word user name.
    inputs += [part for w in user_inputs for part in w.split() if len(part) > 2]
    result = zxcvbn(passphrase[:_ESTIMATE_PREFIX], user_inputs=inputs)
    score = int(result["score"])
    guesses_log10 = float(result["guesses_log10"])
    reason = None
    if len(passphrase) < MIN_LENGTH:
        reason = _reason_too_short()
    elif len(passphrase) > MAX_LENGTH:
        reason = (
            f"Wachtzin is langer dan {MAX_LENGTH} tekens / passphrase is longer than {MAX_LENGTH} characters"
        )
    elif passphrase.strip() != passphrase:
        reason = (
            "Wachtzin begint of eindigt met een spatie / passphrase starts or ends with whitespace"
        )
    elif _contains_name(passphrase, user_inputs):
        reason = "Wachtzin bevat (een deel van) je naam / passphrase contains (part of) your name"
    elif score < MIN_SCORE:
        reason = (
            "Wachtzin is te voorspelbaar; gebruik vier of meer ongebruikelijke woorden / "
            "passphrase is too predictable; use four or more uncommon words"
        )
    return PassphraseStrength(score, guesses_log10, reason is None, reason)


def score(passphrase: str, user_inputs: tuple[str, ...] = ()) -> int:
    """0..4 for the strength meter."""
    return estimate(passphrase, user_inputs).score


def check_passphrase(passphrase: str, user_inputs: tuple[str, ...] = ()) -> None:
    """Raise ``WeakPassphrase`` (message never contains the passphrase) unless acceptable."""
    verdict = estimate(passphrase, user_inputs)
    if not verdict.acceptable:
        raise WeakPassphrase(verdict.reason)


def _contains_name(passphrase: str, user_inputs: tuple[str, ...]) -> bool:
    lowered = passphrase.casefold()
    return any(part.casefold() in lowered for name in user_inputs for part in name.split() if len(part) > 3)


def _reason_too_short() -> str:
    return f"Wachtzin is korter dan {MIN_LENGTH} tekens / passphrase is shorter than {MIN_LENGTH} characters"

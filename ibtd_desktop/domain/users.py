"""Vault users: who may unlock the vault and in which role.

Names live only inside the encrypted database; nothing outside it says who works on the laptop.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass

from ibtd_desktop.domain.errors import ValidationError

MAX_NAME_LENGTH = 100


class Role(enum.Enum):
    INSPECTOR = "inspector"
    REVIEWER = "reviewer"


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    role: Role


def normalise_user_name(name: str) -> str:
    """Trimmed, NFC-normalised display name; raises ``ValidationError`` when unusable.

    The message never repeats the name (it may end up in a bug report).
    """
    cleaned = unicodedata.normalize("NFC", " ".join(name.split()))
    if not cleaned:
        raise ValidationError("Gebruikersnaam ontbreekt / user name is empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            f"Gebruikersnaam is langer dan {MAX_NAME_LENGTH} tekens / "
            f"user name is longer than {MAX_NAME_LENGTH} characters"
        )
    if any(unicodedata.category(ch).startswith("C") for ch in cleaned):
        raise ValidationError("Gebruikersnaam bevat stuurtekens / user name contains control characters")
    return cleaned


def parse_role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise ValidationError(f"Onbekende rol / unknown role (choose: {choices})") from None

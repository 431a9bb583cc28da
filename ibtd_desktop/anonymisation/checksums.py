"""Checksum validators for Dutch identifiers. They choose a label; they never decide masking."""

from __future__ import annotations

import re

_NON_DIGIT = re.compile(r"\D")

# Length of an IBAN per country (ISO 13616) for the countries people here bank in most.
IBAN_LENGTHS = {
    "NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "PL": 28, "PT": 25,
    "LU": 20, "AT": 20, "CH": 21, "TR": 26, "IE": 22, "DK": 18, "SE": 24, "NO": 15, "FI": 18,
    "RO": 24, "BG": 22, "HU": 28, "CZ": 24, "SK": 24, "LT": 20, "LV": 21, "EE": 20, "GR": 27,
    "HR": 21, "SI": 19, "MA": 28, "SR": 0,
}


def digits_of(text: str) -> str:
    return _NON_DIGIT.sub("", text)


def elfproef(number: str) -> bool:
    """BSN 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 == 0 (mod 11); 8-digit legacy left-padded."""
    d = digits_of(number)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or d == "000000000":
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return total % 11 == 0


def iban_valid(iban: str) -> bool:
    """ISO 13616 mod 97-10 over the compact IBAN (any case, spaces ignored)."""
    compact = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", compact):
        return False
    expected = IBAN_LENGTHS.get(compact[:2])
    if expected and len(compact) != expected:
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


def iban_check_digits(body: str) -> str:
    """The two check digits that make ``country + ?? + bban`` valid (for tests and fakes)."""
    country, bban = body[:2].upper(), body[2:].upper()
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


# RDW sidecodes 1-14 as letter (X) / digit (9) group shapes.
SIDECODES = (
    "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
    "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9",
)


def plate_shape(plate: str) -> str:
    groups = re.split(r"[-\s]", plate.upper())
    return "-".join("".join("X" if c.isalpha() else "9" for c in g) for g in groups)


def is_plate(plate: str) -> bool:
    return plate_shape(plate) in SIDECODES

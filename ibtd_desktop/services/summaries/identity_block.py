"""The hard block: real identity values of a dossier's interviewees in a summary text.

Unlike a residual detection, a hit here can never be cleared by the inspector: the identity
table holds exactly what was promised never to leave the device. Variants are searched too:
the surname alone (with and without particles), initials with or without dots, a phone number
written with other separators, an address's street line or postcode.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from ibtd_desktop.domain.casework.people import IntervieweeIdentity
from ibtd_desktop.domain.summary_sources import SourcePerson

PARTICLES = frozenset(
    "van de der den het ter ten te in op 't la le du da di del della des el al bin ben von zu".split()
)
_PHONE_CANDIDATE = re.compile(r"\+?\d[\d\s\-().]{6,}\d")
_POSTCODE = re.compile(r"\b(\d{4})\s?([A-Za-z]{2})\b")


@dataclass(frozen=True)
class IdentityLeak:
    start: int
    end: int
    field: str  # "name" | "surname" | "initials" | "phone" | "email" | "address" | "postcode"
    pseudonym: str  # whose identity (the stand-in, safe to show)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class NameVariants:
    full: str  # matched case-insensitively
    surnames: tuple[str, ...]  # "van der Berg" (case-insensitive); "Berg" (as written or in capitals)
    initials: tuple[str, ...]  # "J.P.B.", "JPB", "J.P.v.d.B.", "JPvdB" (case-sensitive)


def name_variants(name: str) -> NameVariants:
    tokens = _nfc(name).split()
    if not tokens:
        return NameVariants("", (), ())
    first_particle = next((i for i, t in enumerate(tokens) if t.lower() in PARTICLES and i > 0), None)
    if first_particle is None:
        given, surname = tokens[:-1], tokens[-1:]
    else:
        given, surname = tokens[:first_particle], tokens[first_particle:]
    core = [t for t in surname if t.lower() not in PARTICLES] or surname
    surnames = {" ".join(surname)} if len(surname) > 1 else set()
    for part in core:  # "Berg", and both halves of "Jansen-Bakker"
        surnames.update(p for p in (part, *part.split("-")) if len(p) >= 2)
    initials: set[str] = set()
    if given:
        letters = [g[0].upper() for g in given]
        particles = [t[0].lower() for t in surname if t.lower() in PARTICLES]
        last = core[0][0].upper()
        dotted = "".join(f"{i}." for i in letters)
        initials = {
            dotted + last + ".",
            "".join(letters) + last,
            dotted + "".join(f"{p}." for p in particles) + last + ".",
            "".join(letters) + "".join(particles) + last,
        }
    by_length = lambda values: tuple(sorted(values, key=len, reverse=True))  # noqa: E731
    return NameVariants(" ".join(tokens), by_length(surnames), by_length(initials))


def _word_pattern(value: str) -> str:
    return r"(?<!\w)" + re.escape(value) + r"(?!\w)"


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _phone_key(digits: str) -> str:
    # +31 6 12345678 and 06-12345678 are the same number: compare the last nine digits.
    return digits[-9:] if len(digits) >= 9 else digits


def find_identity_leaks(text: str, people: Iterable[SourcePerson]) -> list[IdentityLeak]:
    text = _nfc(text)
    leaks: list[IdentityLeak] = []
    for person in people:
        ident = person.identity
        if ident is None or ident.is_empty():
            continue
        leaks.extend(_leaks_for(text, ident, person.pseudonym))
    leaks.sort(key=lambda leak: (leak.start, leak.end))
    return leaks


def _leaks_for(text: str, ident: IntervieweeIdentity, pseudonym: str) -> list[IdentityLeak]:
    found: list[IdentityLeak] = []

    def search(value: str, field: str, flags: int = re.IGNORECASE) -> None:
        value = _nfc(value).strip()
        if len(value) < 2:
            return
        for m in re.finditer(_word_pattern(value), text, flags):
            found.append(IdentityLeak(m.start(), m.end(), field, pseudonym))

    if ident.name:
        variants = name_variants(ident.name)
        search(variants.full, "name")
        for value in variants.surnames:
            if " " in value:
                search(value, "surname")
            else:  # a lone surname as a name is capitalised; "bakker" the trade is not a leak
                search(value, "surname", 0)
                search(value.upper(), "surname", 0)
        for value in variants.initials:
            search(value, "initials", 0)
    if ident.email:
        search(ident.email, "email")
    if ident.phone:
        key = _phone_key(_digits(ident.phone))
        if len(key) >= 6:
            for m in _PHONE_CANDIDATE.finditer(text):
                if _phone_key(_digits(m.group())) == key:
                    found.append(IdentityLeak(m.start(), m.end(), "phone", pseudonym))
    if ident.address:
        address = _nfc(ident.address)
        search(address, "address")
        street_line = address.split(",")[0].strip()
        if street_line != address and any(ch.isdigit() for ch in street_line):
            search(street_line, "address")
        street = re.sub(r"\s*\d.*$", "", street_line).strip()
        if len(street) >= 4 and street != street_line:
            search(street, "address")
        for part in address.split(",")[1:]:  # "4411 KL Rilland": the place, written as a name
            place = _POSTCODE.sub("", part).strip()
            if len(place) >= 3:
                search(place, "address", 0)
                search(place.upper(), "address", 0)
        for pc in _POSTCODE.finditer(address):
            pattern = rf"(?<!\w){pc.group(1)}\s?{pc.group(2)}(?!\w)"
            for m in re.finditer(pattern, text, re.IGNORECASE):
                found.append(IdentityLeak(m.start(), m.end(), "postcode", pseudonym))
    return found

"""The hard block: real identity values of a dossier's interviewees in a summary text.

Unlike a residual detection, a hit here can never be cleared by the inspector: the identity
table holds exactly what was promised never to leave the device. Variants are searched too:
the surname alone (with and without particles), initials with or without dots, a phone number
written with other separators, an address's street line or postcode.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
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
    pseudonym: str  # whose identity (the stand-in, safe to show); "" for a signal's reporter


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


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _phone_key(digits: str) -> str:
    # +31 6 12345678 and 06-12345678 are the same number: compare the last nine digits.
    return digits[-9:] if len(digits) >= 9 else digits


@dataclass(frozen=True)
class _Index:
    """Every identity value of a set of people in two alternation regexes: one pass per text."""

    insensitive: re.Pattern | None
    insensitive_map: dict[str, list[tuple[str, str]]]  # casefolded value -> [(field, pseudonym)]
    sensitive: re.Pattern | None
    sensitive_map: dict[str, list[tuple[str, str]]]
    phones: dict[str, list[str]]  # last nine digits -> pseudonyms
    postcodes: dict[str, list[str]]  # "4411KL" -> pseudonyms
    stand_ins: re.Pattern | None


def _alternation(values, flags: int) -> re.Pattern | None:  # noqa: ANN001
    if not values:
        return None
    body = "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", flags)


@lru_cache(maxsize=16)
def _index(people: tuple[SourcePerson, ...]) -> _Index:
    insensitive: dict[str, list[tuple[str, str]]] = {}
    sensitive: dict[str, list[tuple[str, str]]] = {}
    phones: dict[str, list[str]] = {}
    postcodes: dict[str, list[str]] = {}
    for person in people:
        ident = person.identity
        if ident is None or ident.is_empty():
            continue
        for value, field, exact in _variants(ident):
            value = _nfc(value).strip()
            if len(value) < 2:
                continue
            if exact:
                sensitive.setdefault(value, []).append((field, person.pseudonym))
            else:
                insensitive.setdefault(value.casefold(), []).append((field, person.pseudonym))
        if ident.phone:
            key = _phone_key(_digits(ident.phone))
            if len(key) >= 6:
                phones.setdefault(key, []).append(person.pseudonym)
        for pc in _POSTCODE.finditer(_nfc(ident.address)):
            postcodes.setdefault(pc.group(1) + pc.group(2).upper(), []).append(person.pseudonym)
    return _Index(
        _alternation(list(insensitive), re.IGNORECASE),
        insensitive,
        _alternation(list(sensitive), 0),
        sensitive,
        phones,
        postcodes,
        _alternation([p.pseudonym for p in people if p.pseudonym], 0),
    )


def _variants(ident: IntervieweeIdentity) -> list[tuple[str, str, bool]]:
    """(value, field, case-sensitive) for every form an identity value may take in a text."""
    out: list[tuple[str, str, bool]] = []
    if ident.name:
        variants = name_variants(ident.name)
        out.append((variants.full, "name", False))
        for value in variants.surnames:
            if " " in value:
                out.append((value, "surname", False))
            else:  # a lone surname as a name is capitalised; "bakker" the trade is not a leak
                out += [(value, "surname", True), (value.upper(), "surname", True)]
        out += [(value, "initials", True) for value in variants.initials]
    if ident.email:
        out.append((ident.email, "email", False))
    if ident.address:
        address = _nfc(ident.address)
        out.append((address, "address", False))
        street_line = address.split(",")[0].strip()
        if street_line != address and any(ch.isdigit() for ch in street_line):
            out.append((street_line, "address", False))
        street = re.sub(r"\s*\d.*$", "", street_line).strip()
        if len(street) >= 4 and street != street_line:
            out.append((street, "address", False))
        for part in address.split(",")[1:]:  # "4411 KL Rilland": the place, written as a name
            place = _POSTCODE.sub("", part).strip()
            if len(place) >= 3:
                out += [(place, "address", True), (place.upper(), "address", True)]
    return out


def find_identity_leaks(text: str, people: Iterable[SourcePerson]) -> list[IdentityLeak]:
    """Every occurrence of an identity value (or variant) of ``people`` in ``text``."""
    text = _nfc(text)
    index = _index(tuple(people))
    found: list[IdentityLeak] = []
    if index.insensitive is not None:
        for m in index.insensitive.finditer(text):
            found += [IdentityLeak(m.start(), m.end(), f, p) for f, p in index.insensitive_map[m.group().casefold()]]
    if index.sensitive is not None:
        for m in index.sensitive.finditer(text):
            found += [IdentityLeak(m.start(), m.end(), f, p) for f, p in index.sensitive_map[m.group()]]
    if index.phones:
        for m in _PHONE_CANDIDATE.finditer(text):
            for p in index.phones.get(_phone_key(_digits(m.group())), ()):
                found.append(IdentityLeak(m.start(), m.end(), "phone", p))
    if index.postcodes:
        for m in _POSTCODE.finditer(text):
            for p in index.postcodes.get(m.group(1) + m.group(2).upper(), ()):
                found.append(IdentityLeak(m.start(), m.end(), "postcode", p))
    if index.stand_ins is not None and found:
        # "Ouder AJ" is a stand-in, even when "AJ" are someone's initials.
        stand_ins = [(m.start(), m.end()) for m in index.stand_ins.finditer(text)]
        found = [f for f in found if not any(a <= f.start and f.end <= b for a, b in stand_ins)]
    found.sort(key=lambda leak: (leak.start, leak.end))
    return found

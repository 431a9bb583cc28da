"""Persons from the case file: their identity fields are always detected, with variants."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ibtd_desktop.anonymisation.checksums import digits_of
from ibtd_desktop.anonymisation.lexicons import dutch_words
from ibtd_desktop.anonymisation.spans import Span
from ibtd_desktop.anonymisation.tokens import PARTICLES


@dataclass(frozen=True)
class KnownPerson:
    """Identity fields of an interviewee (or other person) in the dossier."""

    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    pseudonym: str = ""
    place: str = ""
    other: tuple[str, ...] = ()


@dataclass(frozen=True)
class DetectionContext:
    known_people: list[KnownPerson] | tuple[KnownPerson, ...] = field(default_factory=tuple)


def name_variants(name: str) -> list[str]:
    """Full name, surname with and without particles, initials + surname, first name alone."""
    words = name.split()
    if not words:
        return []
    variants = {name}
    # Surname = everything after the first given name, or from the first particle on.
    idx = next((i for i, w in enumerate(words) if w.lower() in PARTICLES and i > 0), None)
    given = words[:idx] if idx else words[:-1]
    surname_words = words[idx:] if idx else words[-1:]
    surname = " ".join(surname_words)
    if len(words) > 1:
        variants.add(surname)
        bare = [w for w in surname_words if w.lower() not in PARTICLES]
        if bare:
            variants.add(" ".join(bare))
        initials = "".join(w[0].upper() + "." for w in given if w[:1].isalpha())
        if initials:
            variants.add(f"{initials} {surname}")
            variants.add(f"{given[0][0].upper()}. {surname}")
        for g in given:
            if len(g) > 2 and not g.endswith("."):
                variants.add(g)
    return sorted((v for v in variants if len(v) >= 2), key=len, reverse=True)


def _flex(value: str) -> str:
    """A regex matching ``value`` with any whitespace; particles in any case."""
    parts = [re.escape(p) for p in value.split()]
    return r"\s+".join(parts)


def _digits_pattern(value: str) -> str | None:
    d = digits_of(value)
    if len(d) < 6:
        return None
    if value.strip().startswith("+31") or value.strip().startswith("0031"):
        d = "0" + d[2:] if value.strip().startswith("+") else "0" + d[4:]
    national = d[1:] if d.startswith("0") else d
    sep = r"[\s.-]?"
    body = sep.join(re.escape(c) for c in national)
    return rf"(?<!\d)(?:(?:\+|00)\s?31\s?(?:\(0\)\s?)?[-\s]?|0){sep}{body}(?!\d)"


def find_known_people(text: str, context: DetectionContext) -> Iterator[Span]:
    for person in context.known_people:
        for variant in name_variants(person.name):
            # "Roos", "Bakker": a name that is also a word matches only as written (capitalised).
            flags = 0 if " " not in variant and variant.lower() in dutch_words() else re.IGNORECASE
            for m in re.finditer(rf"(?<![\w@.]){_flex(variant)}(?![\w@])", text, flags):
                yield Span(m.start(), m.end(), "PERSON", "context:name", 1.0)
        for value, label in ((person.email, "EMAIL"), (person.address, "ADDRESS"),
                             (person.place, "LOCATION"), (person.pseudonym, None)):
            if value and label:
                for m in re.finditer(rf"(?<![\w@]){_flex(value)}(?![\w@])", text, re.IGNORECASE):
                    yield Span(m.start(), m.end(), label, f"context:{label.lower()}", 1.0)
        if person.address:
            street = re.match(r"\s*([^,\n]+?\s\d+\S*)", person.address)
            if street:
                for m in re.finditer(rf"(?<![\w]){_flex(street.group(1))}(?![\w])", text, re.I):
                    yield Span(m.start(), m.end(), "ADDRESS", "context:address", 1.0)
        if person.phone:
            pattern = _digits_pattern(person.phone)
            if pattern:
                for m in re.finditer(pattern, text):
                    yield Span(m.start(), m.end(), "PHONE", "context:phone", 1.0)
        for value in person.other:
            if value and len(value) > 1:
                # Other identity fields: numbers (BSN, passport) or words (nickname, employer).
                label = "ID_NUMBER" if any(c.isdigit() for c in value) else "PERSON"
                for m in re.finditer(rf"(?<![\w@]){_flex(value)}(?![\w@])", text, re.IGNORECASE):
                    yield Span(m.start(), m.end(), label, "context:other", 1.0)

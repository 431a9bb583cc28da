"""Persons from the case file: their identity fields are always detected, with variants."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ibtd_desktop.anonymisation.checksums import digits_of
from ibtd_desktop.anonymisation.lexicons import dutch_words
from ibtd_desktop.anonymisation.scan import matches_at, occurrences
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


def whole_initials(name: str) -> str:
    """"R.M." for "Rachelle Mangroelal" or "R. Mangroelal": one initial per name word, particles
    left out; empty for a name of one word. Notes introduce a source so and then use them."""
    letters = []
    for w in name.replace(".", ". ").split():
        if w.lower() in PARTICLES or not w[:1].isalpha():
            continue
        letters.append(w[0].upper())
    return "".join(c + "." for c in letters) if len(letters) >= 2 else ""


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
        if whole := whole_initials(name):
            variants.add(whole)
        for g in given:
            if len(g) > 2 and not g.endswith("."):
                variants.add(g)
    return sorted((v for v in variants if len(v) >= 2), key=len, reverse=True)


def _flex(value: str) -> str:
    """A regex matching ``value`` with any whitespace; particles in any case."""
    parts = [re.escape(p) for p in value.split()]
    return r"\s+".join(parts)


def _national_digits(value: str) -> str:
    """The digits of a phone number after its country code or trunk zero."""
    d = digits_of(value)
    if value.strip().startswith("+31") or value.strip().startswith("0031"):
        d = "0" + d[2:] if value.strip().startswith("+") else "0" + d[4:]
    return d[1:] if d.startswith("0") else d


def _digits_pattern(value: str) -> str | None:
    if len(digits_of(value)) < 6:
        return None
    national = _national_digits(value)
    sep = r"[\s.-]?"
    body = sep.join(re.escape(c) for c in national)
    # "(?<!\d)(?:(?:\+|00)\s?31 ...|0)" with its first character consumed first (see _literal).
    intl = r"\s?31\s?(?:\(0\)\s?)?[-\s]?"
    return rf"[+0](?<!\d.)(?:(?<=\+){intl}|(?<=0)0{intl}|(?<=0)){sep}{body}(?!\d)"


def _literal(value: str, before: str, after: str) -> str:
    """``(?<!before)value(?!after)``, with any whitespace inside ``value``.

    The first character is consumed before the boundary is checked ("X(?<!b.)" matches where
    "(?<!b)X" does): Python's regex engine then skips straight to that character, where a
    pattern opening with a lookbehind is tried at every position of the text.
    """
    flex = _flex(value)
    first = re.escape(value[0])
    return rf"{first}(?<!{before}.){flex[len(first):]}(?!{after})"


def _equivalent_pairs() -> tuple[tuple[str, str], ...] | None:
    """(character, stand-in) for the characters re.IGNORECASE equates beyond simple lower case
    ("ſ" = "s", "ı" = "i", "ς" = "σ" ...), read from the regex engine itself; None when this
    Python keeps the table elsewhere (then no prefilter is used: slower, never wrong)."""
    table = None
    for module, name in (("re._casefix", "_EXTRA_CASES"), ("re._compiler", "_ignorecase_fixes")):
        try:
            table = getattr(__import__(module, fromlist=[name]), name)
            break
        except (ImportError, AttributeError):
            continue
    if not isinstance(table, dict):
        return None
    pairs = []
    for key, others in table.items():
        group = [chr(key) if isinstance(key, int) else key] + [
            chr(o) if isinstance(o, int) else o for o in others]
        stand_in = min(group)
        pairs.extend((c, stand_in) for c in group if c != stand_in)
    return tuple(sorted(set(pairs)))


_EQUIVALENT = _equivalent_pairs()


def fold(text: str) -> str | None:
    """``text`` with every character replaced by one stand-in of the characters re.IGNORECASE
    matches it with, keeping every offset: a case-insensitive literal can only match where its
    folded form is a substring of the folded text. None when the engine's table is unknown.

    str.lower() is simple lower case except for "İ" (it becomes "i" + a combining dot, which
    would shift offsets and break words apart); the regex engine compares "İ" as "i".
    """
    if _EQUIVALENT is None:
        return None
    folded = text.replace("\u0130", "i").lower()
    if not folded.isascii():
        for char, stand_in in _EQUIVALENT:
            if char in folded:
                folded = folded.replace(char, stand_in)
    return folded


class _Pattern:
    """One identity value's pattern, and the literal any match must contain: the folded first
    word (case-insensitive patterns) or the national digits of a phone number. Most of a
    dossier's people are absent from a given text; a substring test skips their patterns."""

    __slots__ = ("rx", "label", "source", "key", "space")

    def __init__(self, rx: re.Pattern, label: str, source: str, key: str, space: str) -> None:
        self.rx, self.label, self.source, self.key, self.space = rx, label, source, key, space


def _literal_pattern(value: str, before: str, after: str, flags: int, label: str,
                     source: str) -> _Pattern:
    rx = re.compile(_literal(value, before, after), flags)
    if flags & re.IGNORECASE:
        key = fold(value.split()[0])
        return _Pattern(rx, label, source, key or "", "folded" if key else "")
    return _Pattern(rx, label, source, value.split()[0], "text")


def _compile_person(person: KnownPerson) -> tuple[_Pattern, ...]:
    patterns: list[_Pattern] = []
    initials = whole_initials(person.name)
    for variant in name_variants(person.name):
        # "Roos", "Bakker": a name that is also a word matches only as written (capitalised),
        # and so do the initials ("r.m." is no mention).
        flags = 0 if variant == initials or " " not in variant and variant.lower() in dutch_words() \
            else re.IGNORECASE
        # Initials before a capitalised word belong to another name or a business ("R.I.
        # Koeriersdiensten"), which the language rules find whole.
        after = r"[\w@]|\s[A-Z]" if variant == initials else r"[\w@]"
        patterns.append(_literal_pattern(variant, r"[\w@.]", after, flags, "PERSON", "context:name"))
    for value, label in ((person.email, "EMAIL"), (person.address, "ADDRESS"),
                         (person.place, "LOCATION")):
        if value.strip():
            patterns.append(_literal_pattern(value.strip(), r"[\w@]", r"[\w@]", re.IGNORECASE,
                                             label, f"context:{label.lower()}"))
    if person.address:
        street = re.match(r"\s*([^,\n]+?\s\d+\S*)", person.address)
        if street:
            patterns.append(_literal_pattern(street.group(1), r"[\w]", r"[\w]", re.IGNORECASE,
                                             "ADDRESS", "context:address"))
    if person.phone:
        pattern = _digits_pattern(person.phone)
        if pattern:
            # Only single separators stand between the digits of a match: its national digits
            # are a substring of the text's digits.
            national = _national_digits(person.phone)
            patterns.append(_Pattern(re.compile(pattern), "PHONE", "context:phone", national, "digits"))
    for value in person.other:
        if value and len(value) > 1 and value.strip():
            # Other identity fields: numbers (BSN, passport) or words (nickname, employer).
            label = "ID_NUMBER" if any(c.isdigit() for c in value) else "PERSON"
            patterns.append(_literal_pattern(value.strip(), r"[\w@]", r"[\w@]", re.IGNORECASE,
                                             label, "context:other"))
    return tuple(patterns)


# A dossier's people are scanned for again at every residual scan and every safeguard check:
# their patterns are compiled once per person (re's own cache holds 512 patterns, fewer than
# 50 interviewees need, so it recompiled all of them on every call).
_compiled_person = functools.lru_cache(maxsize=1024)(_compile_person)


def _patterns(person: KnownPerson) -> tuple[_Pattern, ...]:
    try:
        return _compiled_person(person)
    except TypeError:  # a field holds a list: unhashable, so not cached
        return _compile_person(person)


def find_known_people(text: str, context: DetectionContext) -> Iterator[Span]:
    spaces: dict[str, str | None] = {"text": text, "": None}
    for person in context.known_people:
        for p in _patterns(person):
            if p.space not in spaces:
                spaces[p.space] = fold(text) if p.space == "folded" else digits_of(text)
            haystack = spaces[p.space]
            if haystack is not None and p.key not in haystack:
                continue
            for m in _matches(p, text, haystack):
                yield Span(m.start(), m.end(), p.label, p.source, 1.0)


def _matches(p: _Pattern, text: str, haystack: str | None) -> Iterator[re.Match]:
    """``p.rx.finditer(text)``. A literal pattern's match starts where its key (the value's
    first word, folded or as written) stands in the same-offset haystack, so it is tried only
    there: a case-insensitive pattern is otherwise tried at every position."""
    if haystack is None or p.space == "digits":  # digits-only text has other offsets
        return p.rx.finditer(text)
    return matches_at(p.rx, text, occurrences(haystack, p.key))

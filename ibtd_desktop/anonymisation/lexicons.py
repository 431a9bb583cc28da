"""Word lists shipped in resources/lexicons, each loaded once (lazily) into a frozenset."""

from __future__ import annotations

import functools

from ibtd_desktop.resources import resource_path


def _lines(name: str) -> list[str]:
    path = resource_path("lexicons", name)
    lines = path.read_text(encoding="utf-8").splitlines()
    if "#" in lines[0] if lines else False:  # hand-written files start with a comment header
        return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
    return [ln for ln in lines if ln]  # generated files: one clean entry per line


@functools.cache
def first_names() -> frozenset[str]:
    return frozenset(_lines("first_names.txt") + _lines("first_names_extra.txt"))


@functools.cache
def surnames() -> frozenset[str]:
    return frozenset(_lines("surnames.txt") + _lines("surnames_extra.txt"))


@functools.cache
def proper_names() -> frozenset[str]:
    """OpenTaal proper names that are not places: mostly first names and surnames."""
    return frozenset(_lines("proper_names_opentaal.txt"))


@functools.cache
def dutch_words() -> frozenset[str]:
    """Ordinary lowercase Dutch words (OpenTaal); proper names are not in it."""
    return frozenset(_lines("dutch_words.txt"))


@functools.cache
def foreign_places() -> frozenset[str]:
    return frozenset(_lines("places_foreign.txt") + _lines("places_foreign_extra.txt"))


@functools.cache
def municipalities() -> dict[str, str]:
    """Municipality (and common alias) -> province."""
    table: dict[str, str] = {}
    aliases: list[tuple[str, str]] = []
    for line in _lines("municipalities.txt"):
        if " = " in line:
            alias, official = line.split(" = ", 1)
            aliases.append((alias.strip(), official.strip()))
            continue
        province, names = line.split(":", 1)
        for name in names.split(";"):
            name = name.strip().replace(" (L.)", "")
            table.setdefault(name, province.strip())
    for alias, official in aliases:
        if official in table:
            table.setdefault(alias, table[official])
    return table


@functools.cache
def dutch_places() -> frozenset[str]:
    return frozenset(_lines("places_nl.txt") + _lines("places_extra.txt")) | frozenset(municipalities())


@functools.cache
def public_bodies() -> frozenset[str]:
    return frozenset(_lines("public_bodies.txt"))


@functools.cache
def non_person_capitalised() -> frozenset[str]:
    """Capitalised words that are neither persons nor private places (countries, brands...)."""
    return frozenset(_lines("not_names.txt"))

"""`detect(text, context)`: runs every rule, then resolves overlaps."""

from __future__ import annotations

from ibtd_desktop.anonymisation.context import DetectionContext, find_known_people
from ibtd_desktop.anonymisation.dates_ages import find_ages, find_birth_dates
from ibtd_desktop.anonymisation.identifiers import find_identifiers
from ibtd_desktop.anonymisation.merge import resolve
from ibtd_desktop.anonymisation.people import find_people, join_reversed_names, propagate_names
from ibtd_desktop.anonymisation.organisations import find_organisations
from ibtd_desktop.anonymisation.places import (
    find_addresses, find_locations, find_places_after_addresses,
)
from ibtd_desktop.anonymisation.spans import Span


def detect(text: str, context: DetectionContext | None = None) -> list[Span]:
    """Personal data in ``text``: non-overlapping spans sorted by offset. Pure; thread-safe."""
    spans: list[Span] = []
    if context is not None:
        spans.extend(find_known_people(text, context))
    spans.extend(find_identifiers(text))
    spans.extend(find_birth_dates(text))
    addresses = list(find_addresses(text))
    spans.extend(addresses)
    spans.extend(find_places_after_addresses(text, addresses))
    spans.extend(find_organisations(text))
    people = list(find_people(text))
    spans.extend(people)
    spans.extend(find_locations(text))
    first = resolve(spans)
    spans.extend(join_reversed_names(text, first))
    spans.extend(propagate_names(text, [s for s in first if s.label == "PERSON"]))
    spans.extend(find_ages(text, [s for s in first if s.label == "PERSON"]))
    return resolve(spans)

"""Overlap resolution: the output never has two spans touching the same character."""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter

from ibtd_desktop.anonymisation.spans import Span

# Lower wins. Validated, well-delimited formats beat fuzzy language rules.
PRIORITY = {
    "EMAIL": 0, "URL": 1, "IBAN": 2, "PHONE": 3, "LICENSE_PLATE": 4, "BSN": 5, "KVK": 5,
    "DATE_OF_BIRTH": 6, "POSTCODE": 7, "CASE_NUMBER": 8, "ID_NUMBER": 9, "ADDRESS": 10,
    "ORGANISATION_PRIVATE": 11, "PERSON": 12, "LOCATION": 13, "AGE": 14,
}


# Language labels compete by length: "Capelle aan den IJssel" (place) beats "IJssel" (name).
_LANGUAGE = frozenset({"ADDRESS", "ORGANISATION_PRIVATE", "PERSON", "LOCATION"})


def _inside_longer_name(spans: list[Span]) -> set[int]:
    """Case-file name spans lying inside a longer name found by the language rules.

    A known first name inside another person's full name ("Kees" in "Kees Postma", when the
    interviewee is Kees de Vries) must not win: the surname would be left visible.
    """
    names = [s for s in spans if s.label == "PERSON" and not s.source.startswith("context")]
    return {
        id(c) for c in spans
        if c.label == "PERSON" and c.source.startswith("context")
        and any(g.start <= c.start and c.end <= g.end and g.end - g.start > c.end - c.start for g in names)
    }


_START_END = attrgetter("start", "end")


def resolve(spans: Iterable[Span]) -> list[Span]:
    """Greedy by rank: keep a span unless it overlaps one already kept; sorted by offset."""
    spans = [s for s in spans if s.end > s.start]
    if not spans:
        return []
    if any(s.source.startswith("context") for s in spans):
        swallowed = _inside_longer_name(spans)
        spans = [s for s in spans if id(s) not in swallowed]
    kept: list[Span] = []
    taken = bytearray(max(s.end for s in spans))
    # The rank, lowest first: case-file values, then identifiers before language labels; within
    # a tier the longer span wins ("NL92 ABNA 0417 1643 00" over the phone-like "0417 1643 00"
    # inside it), so a partial match never leaves the rest of a value visible. Then confidence
    # (language labels), label priority, and the index, which keeps equal ranks in input order.
    # Built in one comprehension: a key function called per span was half of resolve's cost.
    ranked = sorted([
        (0 if s.source.startswith("context") else 1, tier := s.label in _LANGUAGE,
         s.start - s.end, -s.confidence if tier else 0, PRIORITY.get(s.label, 20),
         -s.confidence, s.start, i)
        for i, s in enumerate(spans)])
    for rank in ranked:
        span = spans[rank[-1]]
        if taken.find(1, span.start, span.end) != -1:
            continue
        kept.append(span)
        taken[span.start:span.end] = b"\x01" * (span.end - span.start)
    kept.sort(key=_START_END)
    return kept

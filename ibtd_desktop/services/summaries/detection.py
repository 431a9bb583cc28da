"""The one place the summaries feature talks to the anonymisation engine.

- ``detect_in_original``: detections on the notes, with the dossier's interviewees as known people;
- ``apply_redactions``: the draft text: known interviewees -> their dossier pseudonym, all other
  personal data -> typed placeholders or generalised values per the anonymity agreement policy;
- ``detect_in_final``: the residual scan's detections, minus what drafting itself put there
  (pseudonyms, ``[PLACEHOLDERS]``, province names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ibtd_desktop import anonymisation as anon
from ibtd_desktop.domain.summaries import PROVINCES
from ibtd_desktop.domain.summary_sources import SourcePerson
from ibtd_desktop.services.summaries.identity_block import name_variants

# What drafting writes: typed tags ("[NAAM]") and generalised places ("[provincie Zeeland]").
# Nothing else in brackets is trusted: "[Jan Jansen]" is still scanned.
_PLACEHOLDER = re.compile(r"\[(?:[A-Z][A-Z_ -]{1,30}|provincie (?:" + "|".join(map(re.escape, PROVINCES)) + r"))\]")

# Generalised ages as drafting writes them ("30-39 jaar", "80+ jaar"): a band is not an age.
_AGE_BAND = re.compile(r"(?<!\d)(?:\d{1,2}-\d{1,2}|\d{2}\+)\s+jaar\b")

_TITLE = r"(?<!\w)(?:mevrouw|mevr\.|mw\.|meneer|dhr\.|de heer)\s+"


# The inspector's "redact this" without a kind; drafted as GENERIC_PLACEHOLDER.
GENERIC_LABEL = "EXTRA"
GENERIC_PLACEHOLDER = "[ANONIEM]"
_GENERIC_SOURCE = "inspector:generic"


def inspector_span(start: int, end: int, label: str):  # noqa: ANN201
    """A span the inspector marked; a generic mark rides on PERSON so the engine's redact
    hands it to our replacement hook (and never generalises it)."""
    if label == GENERIC_LABEL:
        return anon.Span(start, end, "PERSON", _GENERIC_SOURCE, 1.0)
    return anon.Span(start, end, label, "inspector", 1.0)


def context_for(people: Iterable[SourcePerson]):  # noqa: ANN201
    """Known people for the engine. All of them: the engine itself skips, exactly, the people
    who cannot appear in a text (a pre-filter here once dropped names written with "İ")."""
    known = []
    for p in people:
        ident = p.identity
        known.append(
            anon.KnownPerson(
                name=ident.name if ident else "",
                address=ident.address if ident else "",
                phone=ident.phone if ident else "",
                email=ident.email if ident else "",
                pseudonym=p.pseudonym,
            )
        )
    return anon.DetectionContext(known_people=known)


def detect_in_original(text: str, people: Sequence[SourcePerson]) -> list:
    return list(anon.detect(text, context_for(people)))


def province_of_place(place: str) -> str | None:
    try:
        return anon.province_of(place)
    except (AttributeError, KeyError, ValueError):
        return None


def _protected(text: str, people: Iterable[SourcePerson], allowed: Iterable[str]) -> list[tuple[int, int]]:
    ranges = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]
    ranges += [(m.start(), m.end()) for m in _AGE_BAND.finditer(text)]
    ranges += _literal_ranges(text, [p.pseudonym for p in people if p.pseudonym] + [a for a in allowed if a])
    return ranges


def _literal_ranges(text: str, values: Iterable[str]) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for value in values
        for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text)
    ]


def _masked(text: str, ranges: Iterable[tuple[int, int]]) -> str:
    """``text`` with each range overwritten by a same-length tag ("[XXXXX]"), so the engine
    does not read a pseudonym's letter as an initial and glue the next word to it
    ("Burger A. Contact"); offsets stay the same."""
    chars = list(text)
    for a, b in ranges:
        if b - a >= 3:
            chars[a:b] = "[" + "X" * (b - a - 2) + "]"
    return "".join(chars)


def _only_protected(text: str, start: int, end: int, protected: list[tuple[int, int]]) -> bool:
    """True when the span holds nothing but drafting's own output plus punctuation or spaces;
    a protected value next to a real word ("Ouder C Postma") still counts as a hit."""
    rest = list(text[start:end])
    for a, b in protected:
        for i in range(max(a, start), min(b, end)):
            rest[i - start] = " "
    return not any(ch.isalnum() for ch in rest)


def detect_in_final(text: str, people: Sequence[SourcePerson], allowed: Iterable[str] = ()) -> list:
    """``allowed``: literal values that are not personal data here (the dossier's own reference)."""
    if not text.strip():
        return []
    protected = _protected(text, people, allowed)
    pseudonyms = _literal_ranges(text, [p.pseudonym for p in people if p.pseudonym])
    result = []
    for s in anon.detect(_masked(text, pseudonyms), context_for(people)):
        if _only_protected(text, s.start, s.end, protected):
            continue
        if s.label == "LOCATION" and s.text_in(text).strip() in PROVINCES:
            continue
        result.append(s)
    return result


def _pseudonym_for(fragment: str, people: Sequence[SourcePerson]) -> str | None:
    """The pseudonym of the known interviewee this name refers to, if any."""
    folded = fragment.casefold()
    for p in people:
        if p.identity is None or not p.identity.name:
            continue
        v = name_variants(p.identity.name)
        candidates = {v.full.casefold(), *(s.casefold() for s in v.surnames), *(i.casefold() for i in v.initials)}
        first = v.full.split()[0].casefold() if v.full else ""
        if folded in candidates or folded == first or any(folded.endswith(" " + c) for c in candidates):
            return p.pseudonym
    return None


def apply_redactions(
    text: str, spans: Sequence, subjects: Sequence[SourcePerson], everyone: Sequence[SourcePerson]
) -> str:
    """Redact ``spans`` of ``text``: interviewees by pseudonym, the rest per the agreed policy."""
    codes: set[str] = set()
    for p in subjects:
        codes.update(s.value for s in p.safeguards)
    policy = anon.policy_from_safeguards(sorted(codes))

    def person(span) -> str:  # noqa: ANN001
        if span.source == _GENERIC_SOURCE:
            return GENERIC_PLACEHOLDER
        return _pseudonym_for(span.text_in(text), everyone) or "[NAAM]"

    redacted = anon.redact(text, list(spans), policy, replace_person=person)
    pseudonyms = "|".join(re.escape(p.pseudonym) for p in everyone if p.pseudonym)
    if pseudonyms:  # "mevrouw Ouder A" reads oddly and hints at gender: drop the title
        redacted = re.sub(_TITLE + r"(?=(?:" + pseudonyms + r")(?!\w))", "", redacted, flags=re.IGNORECASE)
    return redacted

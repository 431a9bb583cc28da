"""Finding the people in a document: capitalised runs (classified in names.py), lower-case
names after cues, and every other mention of a name found (propagation)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator

from ibtd_desktop.anonymisation import lexicons as lx
from ibtd_desktop.anonymisation import scan as _rx
from ibtd_desktop.anonymisation.names import (
    _blocked, _chunks, _classify, _is_name_word, _is_ordinary, _is_place, _NOT_NAME_LOWER,
)
from ibtd_desktop.anonymisation.scan import word_start, words_alternation
from ibtd_desktop.anonymisation.spans import Span
from ibtd_desktop.anonymisation.tokens import PARTICLES, tokenize


_LOWER_NAME = re.compile(r"(?<![\w@.])([a-zà-ÿ][a-zà-ÿ'-]+)\s([a-zà-ÿ][a-zà-ÿ'-]+)(?![\w@])")


def _lowercase_names(text: str) -> Iterator[Span]:
    """'hakima ouali': a first name followed by a non-word, both in lower case."""
    for m in _LOWER_NAME.finditer(text):
        first, last = m.group(1), m.group(2)
        if first.title() in lx.first_names() and not _is_ordinary(first) and \
                not _is_ordinary(last) and len(last) > 2 and last not in PARTICLES:
            yield Span(m.start(), m.end(), "PERSON", "names:lowercase", 0.6)


_CUE_LOWER = re.compile(
    r"(?:mijn naam is|ik ben|ik heet|naam:)\s+((?:[a-zà-ÿ][\w'-]+)(?:\s(?:(?:van|de|der|den|el|al)\s)*"
    r"[a-zà-ÿ][\w'-]+)?)", re.IGNORECASE)


def _particle_surname(keep: list[str], word: str) -> bool:
    """'de jong' -> 'de Jong' is a listed surname (particles kept lower case)."""
    particles = []
    for k in reversed(keep):
        if k.lower() not in PARTICLES:
            break
        particles.insert(0, k.lower())
    candidate = " ".join(particles + [word.title()])
    return candidate in lx.surnames() or word.title() in lx.surnames()


def _cued_lowercase(text: str) -> Iterator[Span]:
    lowered = text.lower()
    if "naam" not in lowered and "ik ben" not in lowered and "ik heet" not in lowered:
        return
    for m in _CUE_LOWER.finditer(text):
        parts = m.group(1).split()
        keep = []
        for p in parts:
            after_particle = bool(keep) and keep[-1].lower() in PARTICLES
            if (_is_ordinary(p) or p.lower() in _NOT_NAME_LOWER) and p.lower() not in PARTICLES \
                    and not (after_particle and _particle_surname(keep, p)):
                break
            keep.append(p)
        while keep and keep[-1].lower() in PARTICLES:
            keep.pop()
        strong = not _rx.match(r"ik ben", m.group(), re.IGNORECASE)
        if keep and not strong and not _is_name_word(keep[0].title()):
            keep = []
        if keep:
            surface = " ".join(keep)
            yield Span(m.start(1), m.start(1) + len(surface), "PERSON", "names:cue-lowercase", 0.7)


_TITLE_LOWER = re.compile(word_start(
    ["heer", "mevrouw", r"mevr\.", r"mw\.", r"dhr\.", "meneer", r"mr\."],
    r"\s+((?:(?:van|de|der|den|el|al)\s)*[a-zà-ÿ][\w'-]{2,})", ignorecase=True))


def _public_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _public_regex().finditer(text)]


@functools.cache
def _public_regex() -> re.Pattern:
    names = sorted((b for b in lx.public_bodies() if " " in b), key=len, reverse=True)
    escaped = [re.escape(n) for n in names]
    if all(n[:1].isalnum() for n in names):  # "\b(?:...)\b", skipping ahead to first letters
        return re.compile(word_start(escaped, r"\b", ignorecase=False))
    return re.compile(r"\b(?:" + "|".join(escaped) + r")\b")


def _overlaps_any(ranges: list[tuple[int, int]], ends: list[int], start: int, end: int) -> bool:
    """Does [start, end) overlap one of ``ranges`` (sorted, disjoint)? By bisection: a linear
    test per run is quadratic on a long document."""
    k = bisect.bisect_right(ends, start)
    return k < len(ranges) and ranges[k][0] < end


def find_people(text: str) -> Iterator[Span]:
    public = _public_ranges(text)
    public_ends = [e for _, e in public]
    for m in _TITLE_LOWER.finditer(text):
        word = m.group(1).split()[-1]
        if m.group(1)[0].islower() and not _is_ordinary(word) and _is_name_word(word.title()):
            yield Span(m.start(1), m.end(1), "PERSON", "names:title-lowercase", 0.7)
    for run in _chunks(text):
        if public and _overlaps_any(public, public_ends, run[0].start, run[-1].end):
            continue
        span = _classify(text, run)
        if span is not None:
            yield span
    yield from _lowercase_names(text)
    yield from _cued_lowercase(text)


@functools.lru_cache(maxsize=100_000)
def _name_parts(surface: str) -> tuple[str, ...]:
    """The words of a detected name worth finding again (no initials, particles, short words)."""
    return tuple(tok.text for tok in tokenize(surface)
                 if not (tok.is_initial or tok.lower in PARTICLES or len(tok.text) < 3
                         or _blocked(tok.text)))


def propagate_names(text: str, people: Iterable[Span]) -> Iterator[Span]:
    """Every other mention of a detected name part in the same document is a mention too."""
    parts: set[str] = set()
    for p in people:
        parts.update(_name_parts(text[p.start:p.end]))
    # One alternation per document and case mode: compiling a pattern per name was the cost.
    exact = sorted((w for w in parts if _is_ordinary(w) or _is_place(w)), key=len, reverse=True)
    loose = sorted((w for w in parts if w not in exact), key=len, reverse=True)
    for words, flags in ((exact, 0), (loose, re.IGNORECASE)):
        if not words:
            continue
        alternation = words_alternation(words, ignorecase=bool(flags))
        pattern = re.compile(rf"(?<![\w@.]){alternation}(?![\w@]|\.\w)", flags)
        for m in pattern.finditer(text):
            if flags and m.group()[0].islower() and _is_ordinary(m.group()):
                continue
            yield Span(m.start(), m.end(), "PERSON", "names:propagated", 0.7)

"""Run an expensive pattern only near cheap anchors (e.g. '@', 'KvK', ' 12').

Python's regex engine skips fast only over patterns that begin with a literal or a character
set; rich patterns (lookbehinds, optional prefixes) are tried at every position. Searching the
merged windows around an anchor keeps throughput high without weakening the pattern. The
windows are passed as pos/endpos, so lookbehinds still see the real left context.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator


def windows(text: str, anchor: re.Pattern, before: int, after: int) -> list[tuple[int, int]]:
    """Merged (lo, hi) windows around the anchor hits, each extended to the end of its line."""
    return windows_around(text, [m.span() for m in anchor.finditer(text)], before, after)


def windows_around(text: str, hits: list[tuple[int, int]], before: int,
                   after: int) -> list[tuple[int, int]]:
    """``windows`` for anchor hits already found (sorted, as finditer gives them)."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for lo, hi in hits:
        lo, hi = (lo - before if lo > before else 0), (hi + after if hi + after < n else n)
        if spans and lo <= spans[-1][1]:
            if hi > spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    # Extend the end to the end of the line so a right-hand lookahead sees real context. The
    # last newline found is reused: on a long line, searching again per window is quadratic.
    lines = []
    nl = -1
    for lo, hi in spans:
        if nl < hi:
            nl = text.find("\n", hi)
            if nl < 0:
                nl = n
        lines.append((lo, nl))
    return lines


def occurrences(text: str, needle: str) -> Iterator[int]:
    """Every position of ``needle`` in ``text``, overlapping ones too (``str.find`` speed)."""
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)


def matches_at(rx: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """What ``rx.finditer(text)`` finds, given every position where a match could start (a
    superset): the leftmost match, then the next one starting at or after its end. ``rx`` must
    never match empty."""
    end = 0
    for pos in sorted(set(starts)):
        if pos >= end and (m := rx.match(text, pos)) is not None:
            end = m.end()
            yield m


def finditer_in(rx: re.Pattern, text: str, spans: list[tuple[int, int]],
                starts: list[int] | None = None) -> Iterator[re.Match]:
    """Matches of ``rx`` inside precomputed ``windows`` (deduplicated, in order of discovery):
    several rules share one anchor, and its windows are computed once. With ``starts`` (sorted,
    every position where a match of ``rx`` can start) the pattern is tried only there.

    Windows on one line share their end. Scanning each of them to that end is quadratic on a
    long line, so only the first is scanned in full and the later ones are replayed against it
    (``_replay``): exactly the matches a full scan of each window would give.
    """
    seen: set[tuple[int, int]] = set()
    i = 0
    while i < len(spans):
        lo, hi = spans[i]
        found = []
        for m in _scan(rx, text, lo, hi, starts):
            found.append(m)
            key = m.span()
            if key not in seen:
                seen.add(key)
                yield m
        j = i + 1
        replayable = all(m.end() > m.start() for m in found)
        while j < len(spans) and spans[j][1] == hi:
            if replayable:
                yield from _replay(rx, text, spans[j][0], hi, found, seen, starts)
            else:  # empty matches follow other rules: scan in full
                for m in _scan(rx, text, spans[j][0], hi, starts):
                    if m.span() not in seen:
                        seen.add(m.span())
                        yield m
            j += 1
        i = j


def _scan(rx: re.Pattern, text: str, pos: int, hi: int,
          starts: list[int] | None) -> Iterator[re.Match]:
    """``rx.finditer(text, pos, hi)``; with ``starts``, the same matches tried only there."""
    if starts is None:
        yield from rx.finditer(text, pos, hi)
        return
    for s in _candidates(pos, hi, starts):
        if s >= pos and (m := rx.match(text, s, hi)) is not None:
            pos = m.end() + (m.end() == m.start())
            yield m


def _candidates(pos: int, end: int, starts: list[int] | None) -> Iterable[int]:
    """The positions in [pos, end) where a match may start."""
    if starts is None:
        return range(pos, end)
    return starts[bisect.bisect_left(starts, pos):bisect.bisect_left(starts, end)]


def _replay(rx: re.Pattern, text: str, pos: int, hi: int, found: list[re.Match],
            seen: set[tuple[int, int]], starts: list[int] | None) -> Iterator[re.Match]:
    """What ``rx.finditer(text, pos, hi)`` adds to ``found`` = ``rx.finditer(text, lo, hi)``,
    lo <= pos, for a pattern that never matches empty.

    From a position between two found matches (or after the last), a scan finds what the
    first scan found next: that one searched the same stretch. Only from a position inside a
    found match can it differ: there each start up to that match's end is tried in turn.
    """
    ends = [m.end() for m in found]
    while True:
        k = bisect.bisect_right(ends, pos)  # first found match ending after pos
        if k == len(found) or pos <= found[k].start():
            return  # in step with the first scan from here on
        for start in _candidates(pos, found[k].end(), starts):
            m = rx.match(text, start, hi)
            if m is not None:
                break
        else:
            return  # nothing starts inside: the scan goes on from found[k].end() in step
        if m.span() not in seen:
            seen.add(m.span())
            yield m
        if m.end() == m.start():
            for m in _scan(rx, text, m.end(), hi, starts):  # cannot happen (checked); stay exact
                if m.span() not in seen:
                    seen.add(m.span())
                    yield m
            return
        pos = m.end()


def finditer_near(rx: re.Pattern, text: str, anchor: re.Pattern, before: int,
                  after: int) -> Iterator[re.Match]:
    """Matches of ``rx`` found inside the windows around ``anchor`` hits (deduplicated)."""
    return finditer_in(rx, text, windows(text, anchor, before, after))


# Cached compiled patterns for the many small checks: `re.search(str, ...)` pays for a cache
# lookup in `re._compile` on every call, which dominated the profile.
@functools.lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def search(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).fullmatch(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match]:
    return compiled(pattern, flags).finditer(string)


# Non-ASCII characters that re.IGNORECASE equates with an ASCII letter (checked over Unicode).
_IGNORECASE_EXTRA = {"i": "İı", "k": "\u212a", "s": "ſ"}


def word_start(alternatives: list[str], rest: str, *, ignorecase: bool) -> str:
    r"""The pattern ``\b(?:alt1|alt2...)rest`` written so the engine can skip ahead.

    Python's regex engine jumps quickly only to a first character class; a pattern opening with
    ``\b`` is tried at every position. So the first letter is consumed first (a class of all
    first letters), the word boundary is checked behind it, and each alternative continues
    with ``(?<=its first letter)``: the same matches and groups. Every alternative must open
    with a plain letter.
    """
    firsts = sorted({a[0] for a in alternatives})
    if ignorecase:
        firsts = sorted({v for c in firsts
                         for v in c.lower() + c.upper() + _IGNORECASE_EXTRA.get(c.lower(), "")})
    # Grouped by first letter (see by_first_char); the order inside a group is kept.
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(a[0].lower() if ignorecase else a[0], []).append(a[1:])
    branches = "|".join(f"(?<={c})(?:{'|'.join(rests)})" for c, rests in groups.items())
    body = f"(?:{branches}){rest}"
    return f"[{''.join(firsts)}](?<!\\w.)" + (f"(?i:{body})" if ignorecase else body)


def by_first_char(alternatives: list[str]) -> str:
    """``(?:alt1|alt2|...)`` grouped by first character: ``(?:a(?:lon|rber)|b(?:ureau)|...)``.

    The engine tries the branches of an alternation one by one at every position; grouped, it
    compares one character and tries only that group. Alternatives that differ in their first
    character never match at the same position, and the order inside a group is kept, so the
    matches are the same. Every alternative must open with a literal character.
    """
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        groups.setdefault(alt[0], []).append(alt[1:])
    parts = []
    for first, rests in groups.items():
        head = first if first.isalnum() else re.escape(first)
        parts.append(head + ("(?:" + "|".join(rests) + ")" if len(rests) > 1 or rests[0] else ""))
    return "(?:" + "|".join(parts) + ")"


def words_alternation(words: list[str], *, ignorecase: bool) -> str:
    """``(?:word1|word2|...)`` for literal words, grouped by first letter when that keeps the
    matches (see by_first_char): the document's name list can hold hundreds of words, and an
    ungrouped alternation costs that many comparisons at every word start.

    Under re.IGNORECASE the groups go by lower-case first letter, so that "Jan-S" and "jan"
    stay in their (longest-first) order; that is safe for ASCII first letters only.
    """
    escaped = [re.escape(w) for w in words]
    if not all(w[:1].isalnum() and (w[0].isascii() or not ignorecase) for w in words):
        return "(?:" + "|".join(escaped) + ")"
    if not ignorecase:
        return by_first_char(escaped)
    groups: dict[str, list[str]] = {}
    for w in escaped:
        groups.setdefault(w[0].lower(), []).append(w[1:])
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"

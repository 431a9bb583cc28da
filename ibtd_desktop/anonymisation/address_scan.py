"""Where the address patterns of places.py can match, found from the house numbers backwards.

Every address ends in " <digits>": a space, then the house number. The rich street patterns used
to be tried at every position of the windows around house numbers (scan.windows, 90 characters
before each), which cost more than everything else in the rule. Instead, the places where a
match can *start* are listed from the numbers backwards (a few word starts before each), and the
pattern is tried only there, in the order a scan of each window would try them: the same
matches, windows and order as ``scan.finditer_in(rx, text, scan.windows(text, anchor, ...))``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

def starts_within_spaces(text: str, q: int, spaces: int, first: re.Pattern) -> list[int]:
    """Positions before ``q`` where a match holding at most ``spaces`` spaces before ``q`` can
    start: those where ``first`` (a first character with its left boundary) matches."""
    b = q
    for _ in range(spaces + 1):
        b = text.rfind(" ", 0, b)
        if b < 0:
            break
    return [m.start() for m in first.finditer(text, b + 1, q)]


def starts_in_name_run(text: str, q: int, particles: frozenset[str], max_caps: int,
                       first: re.Pattern) -> list[int]:
    """Positions before ``q`` where a run of at most ``max_caps`` capitalised words with
    particles between them, ending at ``q``, can start. The words are walked back from ``q``;
    the first one that is neither (or the last capitalised one allowed) may hold the start
    after a bracket or quote, so it is searched too."""
    b = q
    caps = 0
    while b > 0:
        a = text.rfind(" ", 0, b)
        word = text[a + 1:b]
        if word in particles:
            b = a
            continue
        if word[:1].isascii() and word[:1].isupper():
            caps += 1
            if caps < max_caps and a >= 0:
                b = a
                continue
        b = a + 1
        break
    return [m.start() for m in first.finditer(text, max(b, 0), q)]


def finditer_at(rx: re.Pattern, text: str, starts: list[int],
                spans: list[tuple[int, int]]) -> Iterator[re.Match]:
    """What ``scan.finditer_in(rx, text, spans)`` yields, when every match of ``rx`` starts at
    one of ``starts`` (sorted, no duplicates): per window, the leftmost match from the end
    of the previous one, tried only at those positions; windows in order, each span once."""
    seen: set[tuple[int, int]] = set()
    for lo, hi in spans:
        pos = lo
        for i in range(bisect.bisect_left(starts, lo), len(starts)):
            s = starts[i]
            if s >= hi:
                break
            if s < pos:
                continue
            m = rx.match(text, s, hi)
            if m is None:
                continue
            pos = m.end()
            if m.span() not in seen:
                seen.add(m.span())
                yield m

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
    one of ``starts`` (sorted, no duplicates) and none is empty: per window, the leftmost match
    from the end of the previous one, tried only at those positions; each span once.

    Windows on one line share their end. The first is scanned; the later ones are replayed
    against it (see scan._replay), since scanning each to the line's end is quadratic on a long
    single-line document.
    """
    seen: set[tuple[int, int]] = set()
    i = 0
    while i < len(spans):
        lo, hi = spans[i]
        found = list(_scan_at(rx, text, starts, lo, hi))
        later = []
        j = i + 1
        while j < len(spans) and spans[j][1] == hi:
            later.append(_replay_at(rx, text, starts, spans[j][0], hi, found))
            j += 1
        for m in (m for group in (found, *later) for m in group):
            if m.span() not in seen:
                seen.add(m.span())
                yield m
        i = j


def _scan_at(rx: re.Pattern, text: str, starts: list[int], pos: int, hi: int) -> Iterator[re.Match]:
    for k in range(bisect.bisect_left(starts, pos), len(starts)):
        s = starts[k]
        if s >= hi:
            break
        if s < pos:
            continue
        m = rx.match(text, s, hi)
        if m is not None:
            pos = m.end()
            yield m


def _replay_at(rx: re.Pattern, text: str, starts: list[int], pos: int, hi: int,
               found: list[re.Match]) -> Iterator[re.Match]:
    """What ``_scan_at(rx, text, starts, pos, hi)`` adds to ``found``, the scan of the same
    line from an earlier position. From a position outside a found match the two scans are in
    step (the earlier one searched the same stretch); only the starts inside a found match can
    give another match."""
    ends = [m.end() for m in found]
    while True:
        k = bisect.bisect_right(ends, pos)  # the first found match ending after pos
        if k == len(found) or pos <= found[k].start():
            return
        m = None
        for idx in range(bisect.bisect_left(starts, pos), len(starts)):
            if starts[idx] >= found[k].end():
                break
            m = rx.match(text, starts[idx], hi)
            if m is not None:
                break
        if m is None:
            return  # nothing starts inside: on from found[k].end(), in step
        yield m
        pos = m.end()

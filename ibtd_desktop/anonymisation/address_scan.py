"""Where the address patterns of places.py can match, found from the house numbers backwards.

Every address ends in " <digits>": a space, then the house number. The rich street patterns used
to be tried at every position of the windows around house numbers (scan.windows, 90 characters
before each), which cost more than everything else in the rule. Instead, the places where a
match can *start* are listed from the numbers backwards (a few word starts before each), and the
pattern is tried only there (``scan.finditer_in`` with these ``starts``): the same matches,
windows and order as a scan of each window.
"""

from __future__ import annotations

import re


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

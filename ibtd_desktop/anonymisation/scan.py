"""Run an expensive pattern only near cheap anchors (e.g. '@', 'KvK', ' 12').

Python's regex engine skips fast only over patterns that begin with a literal or a character
set; rich patterns (lookbehinds, optional prefixes) are tried at every position. Searching the
merged windows around an anchor keeps throughput high without weakening the pattern. The
windows are passed as pos/endpos, so lookbehinds still see the real left context.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator


def windows(text: str, anchor: re.Pattern, before: int, after: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in anchor.finditer(text):
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


def finditer_near(rx: re.Pattern, text: str, anchor: re.Pattern, before: int,
                  after: int) -> Iterator[re.Match]:
    """Matches of ``rx`` found inside the windows around ``anchor`` hits (deduplicated)."""
    seen: set[tuple[int, int]] = set()
    for lo, hi in windows(text, anchor, before, after):
        # Extend the end to the end of the line so a right-hand lookahead sees real context.
        nl = text.find("\n", hi)
        hi = len(text) if nl < 0 else nl
        for m in rx.finditer(text, lo, hi):
            key = (m.start(), m.end())
            if key not in seen:
                seen.add(key)
                yield m


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

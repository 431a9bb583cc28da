"""The hits of a literal anchor (``frag1|frag2|...``) found without trying it at every position.

``anchor.finditer(text)`` for an alternation of literals that open with common letters enters
the regex engine at nearly every character. The same hits are found here from C-speed steps
that stop only where a fragment can be: a literal search (``str.find``), a pattern that opens
with one literal character (the engine jumps to it), or a gate on each fragment's rarest
character. Every function returns what ``[m.span() for m in anchor.finditer(text)]`` returns,
so windows built from the hits are the ones ``scan.windows`` builds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Letters by falling frequency in Dutch prose; anything else (capitals, digits, punctuation,
# accented letters) counts as rarer than all of them.
_COMMON = "enatirodslgvhkmubpwjzcf"


def leftmost(candidates: Iterable[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """finditer's choice among (start, alternative index, end) candidates, one per way an
    alternative matches: at each start the first alternative wins, and a start inside the
    last kept match is skipped (matches are never empty)."""
    out: list[tuple[int, int]] = []
    last_start, last_end = -1, 0
    for start, _, end in sorted(candidates):
        if start == last_start or start < last_end:
            continue
        out.append((start, end))
        last_start, last_end = start, end
    return out


def windows_around(text: str, hits: list[tuple[int, int]], before: int,
                   after: int) -> list[tuple[int, int]]:
    """``scan.windows`` for precomputed anchor hits (same merging, same line ends)."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for lo, hi in hits:
        lo, hi = (lo - before if lo > before else 0), (hi + after if hi + after < n else n)
        if spans and lo <= spans[-1][1]:
            if hi > spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    lines = []
    nl = -1
    for lo, hi in spans:
        if nl < hi:
            nl = text.find("\n", hi)
            if nl < 0:
                nl = n
        lines.append((lo, nl))
    return lines


def literal_hits(text: str, fragments: tuple[str, ...]) -> list[tuple[int, int]]:
    """Hits of ``frag1|frag2|...`` by ``str.find``: for a few fragments, often absent."""
    candidates = []
    for order, frag in enumerate(fragments):
        i = text.find(frag)
        while i >= 0:
            candidates.append((i, order, i + len(frag)))
            i = text.find(frag, i + 1)  # overlapping occurrences too: leftmost() decides
    return leftmost(candidates) if candidates else []


class GatedAnchor:
    """Hits of ``frag1|frag2|...`` (plain literals, tried in this order) via a gate on each
    fragment's rarest character: the engine then stops only at those characters.

    The gate consumes the rare character alone (the rest of the fragment is looked at around
    it), so no occurrence hides inside another gate match; each gate hit is then checked in
    Python against the fragments that chose that character.
    """

    def __init__(self, fragments: list[str]):
        self.fragments = fragments
        by_char: dict[str, list[tuple[str, int]]] = {}
        for frag in fragments:
            k = min(range(len(frag)), key=lambda i: _rank(frag[i]))
            by_char.setdefault(frag[k], []).append((frag, k))
        self._by_char = by_char
        branches = []
        for c, entries in by_char.items():
            alts = []
            for frag, k in entries:
                behind = f"(?<={re.escape(frag[:k + 1])})" if k else ""
                ahead = f"(?={re.escape(frag[k + 1:])})" if frag[k + 1:] else ""
                alts.append(behind + ahead)
            branches.append(re.escape(c) + "(?:" + "|".join(alts) + ")")
        self.gate = re.compile("|".join(branches))
        self._order = {frag: i for i, frag in reversed(list(enumerate(fragments)))}

    def hits(self, text: str) -> list[tuple[int, int]]:
        candidates = []
        for m in self.gate.finditer(text):
            r = m.start()
            for frag, k in self._by_char[text[r]]:
                start = r - k
                if start >= 0 and text.startswith(frag, start):
                    candidates.append((start, self._order[frag], start + len(frag)))
        return leftmost(candidates) if candidates else []


def _rank(c: str) -> int:
    """Lower is rarer: -1 for anything outside the common letters."""
    return len(_COMMON) - _COMMON.index(c) if c in _COMMON else -1


class SpacedAnchor:
    """Hits of ``(?:frag1|frag2|...) (?:follower)`` where no fragment holds the space that
    ends it: the engine jumps from space to space (a pattern opening with one literal
    character), the followers and fragment endings are checked there, and the fragment that
    ends at a hit is found in Python.

    ``followers`` are the alternatives after the space, in order; each a literal string or a
    character class such as ``[A-Z]`` (one character).
    """

    def __init__(self, fragments: list[str], followers: list[str]):
        self.fragments = fragments
        self._followers = [(re.compile(f), len(f) if not f.startswith("[") else 1)
                           for f in followers]
        by_last: dict[str, list[str]] = {}
        for frag in fragments:
            by_last.setdefault(frag[-1], []).append(frag)
        self._by_last = by_last
        ends = "|".join(
            f"(?<={re.escape(c)} )(?:{'|'.join(f'(?<={re.escape(f)} )' for f in frags)})"
            for c, frags in by_last.items())
        ahead = "|".join(f if f.startswith("[") else re.escape(f) for f in followers)
        self.gate = re.compile(f" (?={ahead})(?:{ends})")
        self._order = {frag: i for i, frag in reversed(list(enumerate(fragments)))}

    def hits(self, text: str) -> list[tuple[int, int]]:
        candidates = []
        for m in self.gate.finditer(text):
            q = m.start()
            for rx, width in self._followers:
                if rx.match(text, q + 1):
                    end = q + 1 + width
                    break
            else:  # cannot happen: the gate checked a follower
                continue
            for frag in self._by_last[text[q - 1]]:
                start = q - len(frag)
                if start >= 0 and text.startswith(frag, start):
                    candidates.append((start, self._order[frag], end))
        return leftmost(candidates) if candidates else []

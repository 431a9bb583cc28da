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

from ibtd_desktop.anonymisation.scan import occurrences

# Characters by falling frequency in Dutch prose; anything else (capitals, digits, most
# punctuation, accented letters) counts as rarer than all of them.
_COMMON = " enatirodslgmk.uhv\nbjpwc,fz"


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


def literal_hits(text: str, fragments: tuple[str, ...]) -> list[tuple[int, int]]:
    """Hits of ``frag1|frag2|...`` by ``str.find``: for a few fragments, often absent."""
    # Overlapping occurrences too: leftmost() decides.
    candidates = [(i, order, i + len(frag)) for order, frag in enumerate(fragments)
                  for i in occurrences(text, frag)]
    return leftmost(candidates) if candidates else []


class Gate:
    """The hits of several anchors ``(?:frag1|frag2|...)follower`` from one pass over the text.

    Each fragment (a plain literal; the fragments of an anchor are tried in their order) is
    found at its rarest character: one pattern stops only at those characters, looks at the
    rest of the fragment around it without consuming it (so no occurrence hides inside
    another), and each stop is checked in Python against the fragments that chose that
    character. ``follower`` (optional) is what must come right after the fragment, as a
    pattern; the hit ends where it ends. One pass for all anchors: a pattern over a character
    class costs about the same per character whatever it finds.
    """

    def __init__(self, anchors: list[tuple[list[str], str | None]]):
        self._followers = [re.compile(f) if f else None for _, f in anchors]
        by_char: dict[str, list[tuple[int, int, str, int]]] = {}
        for a, (fragments, follower) in enumerate(anchors):
            for order, frag in enumerate(fragments):
                k = min(range(len(frag)), key=lambda i: _rank(frag[i]))
                by_char.setdefault(frag[k], []).append((a, order, frag, k))
        self._by_char = by_char
        self._count = len(anchors)
        branches = []
        for c, entries in by_char.items():
            alts = {}
            for a, _, frag, k in entries:
                behind = f"(?<={re.escape(frag[:k + 1])})" if k else ""
                ahead = re.escape(frag[k + 1:]) + (f"(?:{anchors[a][1]})" if anchors[a][1] else "")
                alts[behind + (f"(?={ahead})" if ahead else "")] = None
            branches.append(re.escape(c) + "(?:" + "|".join(alts) + ")")
        self.gate = re.compile("|".join(branches))

    def hits(self, text: str) -> list[list[tuple[int, int]]]:
        candidates: list[list[tuple[int, int, int]]] = [[] for _ in range(self._count)]
        followers, by_char = self._followers, self._by_char
        for m in self.gate.finditer(text):
            r = m.start()
            for a, order, frag, k in by_char[text[r]]:
                start = r - k
                if start < 0 or not text.startswith(frag, start):
                    continue
                end = start + len(frag)
                if followers[a] is not None:
                    f = followers[a].match(text, end)
                    if f is None:
                        continue
                    end = f.end()
                candidates[a].append((start, order, end))
        return [leftmost(c) if c else [] for c in candidates]


def _rank(c: str) -> int:
    """Lower is rarer: -1 for anything outside the common characters."""
    return len(_COMMON) - _COMMON.index(c) if c in _COMMON else -1


class SpacedGate:
    """The hits of several anchors ``(?:frag1|frag2|...) follower`` whose fragments end right
    before a space (and hold none): one pass that jumps from space to space (a pattern opening
    with one literal character), checks what may follow (``ahead``, a pattern covering every
    anchor's follower) and what ends there (one class of last characters, then the fragments),
    and finds in Python which fragments end at each hit. ``follower`` starts with the space.
    """

    def __init__(self, anchors: list[tuple[list[str], str]], ahead: str):
        self._followers = [re.compile(f) for _, f in anchors]
        by_last: dict[str, list[tuple[int, int, str]]] = {}
        for a, (fragments, follower) in enumerate(anchors):
            if not follower.startswith(" ") or any(" " in f for f in fragments if f[-1] == " "):
                raise ValueError("fragments must end before the follower's space")
            for order, frag in enumerate(fragments):
                by_last.setdefault(frag[-1], []).append((a, order, frag))
        self._by_last = by_last
        self._count = len(anchors)
        ends = "|".join(
            f"(?<={re.escape(c)} )(?:{'|'.join(dict.fromkeys(f'(?<={re.escape(f)} )' for _, _, f in e))})"
            for c, e in by_last.items())
        lasts = re.escape("".join(by_last))
        self.gate = re.compile(f" (?={ahead})(?<=[{lasts}] )(?:{ends})")

    def hits(self, text: str) -> list[list[tuple[int, int]]]:
        candidates: list[list[tuple[int, int, int]]] = [[] for _ in range(self._count)]
        followers = self._followers
        for m in self.gate.finditer(text):
            q = m.start()
            for a, order, frag in self._by_last[text[q - 1]]:
                start = q - len(frag)
                if start < 0 or not text.startswith(frag, start):
                    continue
                f = followers[a].match(text, q)
                if f is not None:
                    candidates[a].append((start, order, f.end()))
        return [leftmost(c) if c else [] for c in candidates]

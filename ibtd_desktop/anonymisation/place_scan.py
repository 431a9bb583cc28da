"""Scanning helpers for places.py: patterns split into branches that each open with a literal.

Python's regex engine skips ahead fast only to a pattern's leading literal; a pattern opening
with a class of first letters ("in|uit|te|...", a word start) is entered at every such letter.
Each alternative of a cue-word pattern becomes its own pattern opening with the cue itself, and
their matches are merged back into what the single pattern would have found. A literal
absent from the text (an `in` test, at C speed) spares its scan.
"""

from __future__ import annotations

import os
import re
import sys


Branch = tuple[str, re.Pattern]  # a literal every match holds ("" for none), and the pattern


def cue_branches(alternatives: list[str], rest: str) -> list[Branch]:
    r"""One pattern per group of alternatives sharing their leading letters, each equal to that
    part of ``scan.word_start(alternatives, rest, ignorecase=False)``: the literal, the word
    boundary checked behind it, then the alternatives' tails (in order) and ``rest``."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        letters = re.match(r"[^\W\d_]*", alt).group()
        groups.setdefault(letters, []).append(alt)
    # Alternatives with a common stem ("woont", "woonde") share one scan for that stem.
    merged: dict[str, list[str]] = {}
    for letters, alts in groups.items():
        stem = next((s for s in merged if os.path.commonprefix([s, letters]) and
                     len(os.path.commonprefix([s, letters])) >= 4), None)
        if stem is None:
            merged[letters] = list(alts)
        else:
            common = os.path.commonprefix([stem, letters])
            merged[common] = merged.pop(stem) + alts
    patterns = []
    for stem, alts in merged.items():
        tails = "|".join(a[len(stem):] for a in alts)
        patterns.append((stem, re.compile(rf"{stem}(?<!\w.{{{len(stem)}}})(?:{tails}){rest}")))
    return patterns


def finditer_branches(rx: re.Pattern, branches: list[Branch], text: str) -> list[re.Match]:
    """What ``rx.finditer(text)`` gives, for ``rx`` equal to the alternation of ``branches``.

    When no two branch matches overlap, the single pattern finds each of them: at every
    position at most one branch applies, and no match hides another. An overlap (two cue words
    within one match) is rare, and then the single pattern decides.
    """
    # A document is short: starting a scan costs about as much as the scan, and more than
    # looking for the literal with `in` (C speed), which most documents lack.
    found = [m for literal, b in branches if literal in text for m in b.finditer(text)]
    if len(found) < 2:
        return found
    found.sort(key=re.Match.start)
    end = -1
    for m in found:
        if m.start() < end:
            return list(rx.finditer(text))
        end = m.end()
    return found


# The first UTF-8 bytes of every decimal digit outside ASCII (what `\d` matches besides 0-9).
_OTHER_DIGIT_LEADS = bytes(sorted({chr(c).encode()[0] for c in range(128, sys.maxunicode + 1)
                                   if chr(c).isdecimal()}))
_NOT_OTHER_DIGIT_LEADS = bytes(b for b in range(256) if b not in _OTHER_DIGIT_LEADS)


def may_hold_other_digits(text: str) -> bool:
    """False when ``text`` holds no decimal digit outside 0-9, told from the UTF-8 bytes that
    could open one (in C: encoding and deleting bytes is much faster than a regex class)."""
    return bool(text.encode("utf-8", "surrogatepass").translate(None, _NOT_OTHER_DIGIT_LEADS))

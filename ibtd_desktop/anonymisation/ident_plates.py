"""Where a sidecode-shaped plate can start, found on the digit map (see ident_map).

PLATE is tried at every position, yet find_plates keeps only candidates shaped like one of the
RDW sidecodes ("XX-99-99", "9-XXX-99", ...), and each of those holds a digit at a fixed offset
from its start: its first digit. So the map is searched for digits (a literal there) that begin
a run and have, around them, the letters, digits and separators of some sidecode with its first
digit there. Only at the starts those hits imply is PLATE itself matched: the same candidates
as a full scan, less ones no sidecode fits (which find_plates drops anyway).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ibtd_desktop.anonymisation.checksums import SIDECODES

_CLASS = {"X": "[A-Za-z]", "9": "0", "-": "[- ]"}


def _around_first_digit(shape: str) -> str:
    """The check, at a sidecode's first digit on the map, that the sidecode fits there."""
    k = shape.index("9")
    behind = "".join(_CLASS[c] for c in shape[:k + 1])
    ahead = "".join(_CLASS[c] for c in shape[k + 1:])
    return f"(?<={behind})" + (f"(?={ahead})" if ahead else "")


def _hits(shapes: list[str]) -> str:
    return "|".join(dict.fromkeys(_around_first_digit(s) for s in shapes))


_OFFSETS = tuple(sorted({s.index("9") for s in SIDECODES}, reverse=True))
# One digit consumed, not preceded by a digit (a sidecode's first digit begins its group). A
# cheap test first: a sidecode's first digit group comes after a separator, or opens it and
# is followed by one within 3 characters.
_AFTER_SEP = [s for s in SIDECODES if s.index("9") > 0]
_OPENING = [s for s in SIDECODES if s.index("9") == 0]
SIDECODE_HIT = re.compile(
    (f"0(?<!00)(?:(?<=[- ]0)(?:{_hits(_AFTER_SEP)})|(?=0{{0,2}}[- ])(?:{_hits(_OPENING)}))")
    .encode("ascii"))
# PLATE_COMPACT's matches (6 letters/digits between boundaries) with a digit among their first
# 5 characters, as every compact sidecode has; found from the first digit, which opens the
# match or follows its letters. ``end - 6`` is the start.
COMPACT_HIT = re.compile(
    (r"0(?<!00)(?:(?<![\w-]0)[A-Za-z0-9]{5}|(?<=[A-Za-z]0)(?:"
     + "|".join(rf"(?<=(?<![\w-])[A-Za-z]{{{k}}}0)[A-Za-z0-9]{{{5 - k}}}" for k in range(1, 5))
     + r"))(?![\w-])").encode("ascii"))


def plate_candidates(plate: re.Pattern, text: str, cmap: bytes) -> Iterator[re.Match]:
    """``plate.finditer(text)`` (PLATE) less candidates no sidecode fits, in order."""
    starts = set()
    for m in SIDECODE_HIT.finditer(cmap):
        q = m.start()
        for k in _OFFSETS:
            if q >= k:
                starts.add(q - k)
    for s in sorted(starts):
        m = plate.match(text, s)
        if m is not None:
            yield m


def compact_spans(cmap: bytes) -> Iterator[tuple[int, int]]:
    for m in COMPACT_HIT.finditer(cmap):
        yield m.end() - 6, m.end()

"""Cheap pre-scans for the lower-case passes of find_people (people.py): where a title can open
a ``_TITLE_LOWER`` match, and whether any ``_LOWER_NAME`` pair can open with a first name.

Both patterns open with character classes that the regex engine tests at nearly every
position. Literal searches in the lowered text, and one translate + split of the text as bytes,
do the same job at a fraction of the cost.
"""

from __future__ import annotations

import functools
import re

from ibtd_desktop.anonymisation.scan import occurrences

# _TITLE_LOWER's titles, as they occur lowered ("mevr" covers "mevrouw" and "mevr.").
_TITLE_LITERALS = ("heer", "mevr", "mw.", "meneer", "mr.", "dhr.")


def title_starts(lowered: str) -> list[int]:
    """Every position where a ``_TITLE_LOWER`` match can start, given the lowered text (as long
    as the text). Its titles' letters have no IGNORECASE equivalents but their ASCII capitals
    (the extras are i, k, s and µ), and no other character lowers to them."""
    return [i for lit in _TITLE_LITERALS for i in occurrences(lowered, lit)]


def _byte_class(b: int) -> int:
    """A Latin-1 character in the bytes scan: kept when it may be part of a lower-case pair's
    first word; 'A' (never in a first name) for the other characters that may not precede one
    (word characters, '@' and '.'); a space for all others, which split the words."""
    c = chr(b)
    if re.fullmatch(r"[a-zà-ÿ'-]", c):
        return b
    if re.fullmatch(r"[\w@.]", c):
        return ord("A")
    return ord(" ")


_BYTES = bytes(_byte_class(b) for b in range(256))
# A first word preceded by "-" or "'" (inside a token of the bytes scan): the longest run of
# its characters after the mark, as _LOWER_NAME's greedy first word before the whitespace.
_AFTER_MARK = re.compile(r"[-']([a-zà-ÿ][a-zà-ÿ'-]+)\s")


@functools.cache
def _encoded(firsts: frozenset[str]) -> frozenset[bytes]:
    """The first names that can be a pair's first word, as tokens of the bytes scan."""
    return frozenset(w.encode("latin-1") for w in firsts if re.fullmatch(r"[a-zà-ÿ][a-zà-ÿ'-]+", w))


def may_hold_lower_first(text: str, firsts: frozenset[str]) -> bool:
    r"""False when no ``_LOWER_NAME`` pair in ``text`` opens with a word of ``firsts`` (lower
    case; a superset test: True may be wrong).

    A pair's first word w ([a-zà-ÿ][a-zà-ÿ'-]+) is preceded by a character outside [\w@.] (or
    the text start) and followed by whitespace. Encoded as Latin-1 (other characters become
    '?', a separator), translated by _BYTES and split, the text's tokens hold w itself, unless
    the character before it is "-" or "'", which the bytes scan keeps: _AFTER_MARK finds those.
    """
    tokens = text.encode("latin-1", "replace").translate(_BYTES).split()
    if not _encoded(firsts).isdisjoint(tokens):
        return True
    for mark in "-'":  # a handful per document: cheaper than a scan for the class [-']
        for i in occurrences(text, mark):
            m = _AFTER_MARK.match(text, i)
            if m is not None and m.group(1) in firsts:
                return True
    return False

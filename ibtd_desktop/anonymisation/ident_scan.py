"""Where the code pattern can match, found at the speed of a substring search.

Python's regex engine scans a text at about 10 ns a character for a pattern that opens with a
character class, and CODE (a lookbehind, then any letter or digit) costs several times that.
A code that survives its checks holds 4 digits. So a text is first mapped, one byte per
character, to the classes CODE cares about (``class_map``); on the reversed map a digit is a
literal the engine skips to, and the stretches around digits are read off in one scan. CODE
then runs only in those stretches, chosen so its matches there are exactly those of a scan of
the whole text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ibtd_desktop.anonymisation.ident_map import byte_map

# Class bytes: b"0" an ASCII digit, b"9" another \d, b"A" an ASCII capital, b"a" an ASCII
# small letter, b"-" one of "-/.", b" " a \s, b"#" anything else (other word characters too).
_CLASSES = ((re.compile(r"[0-9]"), b"0"), (re.compile(r"\d"), b"9"), (re.compile(r"[A-Z]"), b"A"),
            (re.compile(r"[a-z]"), b"a"), (re.compile(r"[-/.]"), b"-"), (re.compile(r"\s"), b" "))


@functools.lru_cache(maxsize=4096)
def _class_of(c: str) -> int:
    """The class byte of one character, decided by the very character sets of the patterns."""
    for rx, cls in _CLASSES:
        if rx.match(c):
            return cls[0]
    return ord("#")


_LATIN1 = bytes(_class_of(chr(b)) for b in range(256))


def class_map(text: str) -> bytes:
    """One class byte per character of ``text`` (same offsets); a character beyond Latin-1 is
    decided by itself, since some are \\s or \\d to the regex engine."""
    return byte_map(text, _LATIN1, _class_of)


def finditer_windows(rx: re.Pattern, text: str, wins: list[tuple[int, int]],
                     tail: int) -> Iterator[re.Match]:
    """``rx.finditer(text)`` for a pattern whose matches all start inside ``wins`` and that
    reads (matching, backtracking, looking ahead) at most ``tail`` characters from a start.

    Each window is scanned with endpos ``tail`` past its end, so a candidate sees the real text;
    a scan resumes after the last match found, as a full scan would (non-overlapping matches).
    """
    n = len(text)
    last_end = 0
    for lo, hi in wins:
        for m in rx.finditer(text, max(lo, last_end), min(n, hi + tail)):
            if m.start() >= hi:
                break  # starts in the next window (or nowhere): scanned from there
            last_end = m.end()
            yield m


# Stretches that can hold a code match (CODE: ASCII letters and digits, "-/." followed by one of
# those, a space followed by a capital or a digit), cut at boundaries no match crosses: a "#"
# character, or " a", "- ", "  " (the first character needs a letter, digit or capital after
# it). As steps on the class map: which class may follow the one just read.
_FORWARD = rb"(?:(?<=[0Aa])[0Aa\- ]|(?<=-)[0Aa\-]|(?<= )[0A\-])"
_BACKWARD = rb"(?:(?<=[0A\-])[0Aa\- ]|(?<=a)[0Aa\-]|(?<= )[0Aa])"  # the same, read right to left
_SEGMENT_END = re.compile(rb"0" + _FORWARD + rb"*")
# Read backwards from a stretch's last digit (a literal: found fast), with 4 digits or more.
_SEGMENT_BACK = re.compile(rb"0(?:(?:" + _BACKWARD + rb"(?<!0))*" + _BACKWARD + rb"(?<=0)){3}" + _BACKWARD + rb"*")


def segment_windows(cmap: bytes) -> list[tuple[int, int]]:
    """The stretches, each between two boundaries no code match crosses, that hold at least 4
    ASCII digits (see above), as (start, end).

    A scan from a stretch's start is in step with a scan of the whole text, and every match
    starting in a stretch ends in it. So scanning the stretches finds exactly the matches that
    hold 4 digits or more. The starts are found reading the reversed map, where a stretch's
    last digit is a literal the engine skips to.
    """
    n = len(cmap)
    out = []
    for m in _SEGMENT_BACK.finditer(cmap[::-1]):
        last = n - 1 - m.start()
        out.append((n - m.end(), _SEGMENT_END.match(cmap, last).end()))
    out.reverse()
    return out

"""Dutch licence plates: the RDW sidecodes, with or without dashes (see identifiers.py)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ibtd_desktop.anonymisation import scan as _rx
from ibtd_desktop.anonymisation.checksums import SIDECODES, is_plate
from ibtd_desktop.anonymisation.ident_context import before
from ibtd_desktop.anonymisation.ident_map import digit_map
from ibtd_desktop.anonymisation.ident_plates import compact_spans, plate_candidates
from ibtd_desktop.anonymisation.spans import Span
from ibtd_desktop.anonymisation.table_columns import column_cells

# Captured inside a lookahead so overlapping candidates ("als GTZ 47 K") are all tried.
PLATE = re.compile(
    r"(?<![\w-])(?=((?:[A-Za-z]{1,3}|\d{1,3})(?:[- ](?:[A-Za-z]{1,3}|\d{1,3})){2})(?![\w]|-\w))"
)
PLATE_COMPACT = re.compile(r"(?<![\w-])[A-Za-z0-9]{6}(?![\w-])")
_PLATE_HEADER = re.compile(r"kentekens?|(?:nummer)?plaat|license plate|reg(?:istratie)?\.?\s?nr\.?", re.I)
# "plaat" as a word or in "nummerplaat", not in "plaats" ("POSTCODE/PLAATS: 5612HK").
PLATE_CONTEXT = re.compile(
    r"kenteken|auto|bus|taxi|voertuig|wagen|treffer|\bhit\b|\bplaat\b|nummerplaat|plaatje", re.I)


_COMPACT_SIDECODES = frozenset(s.replace("-", "") for s in SIDECODES)


# The checks on a candidate's own characters are pure: cached, since the same short tokens
# ("de 12 in", dates, amounts) recur thousands of times per MB.
@functools.lru_cache(maxsize=65536)
def _plate_shaped(raw: str) -> bool:
    return is_plate(raw) and bool(_rx.search(r"[A-Za-z]", raw)) and bool(_rx.search(r"\d", raw))


@functools.lru_cache(maxsize=65536)
def _compact_plate_shaped(raw: str) -> bool:
    shape = "".join("X" if c.isalpha() else "9" for c in raw.upper())
    return shape in _COMPACT_SIDECODES


# The plate patterns are tried at every position, yet every candidate holds a digit a bounded
# distance after its start. They run only in windows starting ``reach`` characters before each
# run of digits (see near_digits): the same matches as a full scan, since no candidate starts
# outside the windows. (The other identifier patterns open with a digit or a capital, which
# the regex engine already skips to: windows cost them more than they save, measured.)
_DIGITS = re.compile(r"\d+")


def near_digits(rx: re.Pattern, text: str, runs: list[tuple[int, int]], reach: int,
                tail: int) -> Iterator[re.Match]:
    """``rx.finditer(text)`` for a pattern whose matches have their first digit at most ``reach``
    characters after their start, and that reads at most ``tail`` characters from a start
    (match and lookahead). ``runs``: the spans of the runs of digits in ``text``.

    Windows [run start - reach, run end) hold every possible match start. Each is scanned with
    endpos ``tail`` past it, so candidates see the real text; a scan resumes after the last match
    found, as a full scan would (non-overlapping matches).
    """
    n = len(text)
    last_end = 0
    i = 0
    while i < len(runs):
        lo, hi = max(0, runs[i][0] - reach), runs[i][1]
        i += 1
        while i < len(runs) and runs[i][0] - reach <= hi:  # merge the windows that touch
            hi = runs[i][1]
            i += 1
        for m in rx.finditer(text, max(lo, last_end), min(n, hi + tail)):
            if m.start() >= hi:
                break  # starts in the next window (or nowhere): scanned from there
            last_end = m.end()
            yield m


def find_plates(text: str) -> Iterator[Span]:
    return plate_spans(text, digit_map(text))


def plate_spans(text: str, cmap: bytes | None) -> Iterator[Span]:
    """find_plates, given the digit map of ``text`` (see ident_map)."""
    if cmap is None:  # a digit beyond ASCII: the windows around the runs of digits
        runs = [m.span() for m in _DIGITS.finditer(text)]
        plates = near_digits(PLATE, text, runs, 10, 14)
        compact = (m.span() for m in near_digits(PLATE_COMPACT, text, runs, 5, 8))
    else:  # only where a sidecode fits (see ident_plates)
        plates, compact = plate_candidates(PLATE, text, cmap), compact_spans(cmap)
    # PLATE: zero-width candidates whose group (<= 3+1+3+1+3 characters) holds a digit.
    for m in plates:
        raw = m.group(1)
        if not _plate_shaped(raw):
            continue
        if " " in raw and not PLATE_CONTEXT.search(before(text, m.start())):
            continue
        if raw.islower() and not PLATE_CONTEXT.search(before(text, m.start())):
            continue
        yield Span(m.start(1), m.end(1), "LICENSE_PLATE", "rule:plate-sidecode", 0.95)
    for s, e in compact:  # the sidecodes hold digits
        if _compact_plate_shaped(text[s:e]) and PLATE_CONTEXT.search(before(text, s, 25)):
            yield Span(s, e, "LICENSE_PLATE", "rule:plate-context", 0.85)
    yield from _table_plates(text)


def _table_plates(text: str) -> Iterator[Span]:
    """Plates in a table column headed "kenteken": the header is the context, so lower-case
    and compact cells count as they do after the word."""
    for a, b in column_cells(text, _PLATE_HEADER):
        raw = text[a:b]
        if _plate_shaped(raw) or len(raw) == 6 and raw.isalnum() and _compact_plate_shaped(raw):
            yield Span(a, b, "LICENSE_PLATE", "rule:plate-table-column", 0.9)

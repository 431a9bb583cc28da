"""Cells of one column of a '|' or tab table, found by its header cell.

Notes carry tables ("| naam | leeftijd | kenteken |") whose cells hold a bare value with no cue
word beside it: the header is the cue. A table ends at the first line without its separator;
rows such as "|---|" simply match no value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's stripped content, offsets within the line."""
    out, pos = [], 0
    for part in line.split(sep):
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    return out


def column_cells(text: str, header: re.Pattern) -> Iterator[tuple[int, int]]:
    """(start, end) in ``text`` of the non-empty cells below a header cell that ``header``
    matches in full, for every table in ``text``."""
    if "|" not in text and "\t" not in text:
        return
    column, sep, offset = None, "", 0
    for line in text.split("\n"):
        if column is not None and sep in line:
            cells = _cells(line, sep)
            if column < len(cells):
                a, b = cells[column]
                if a < b:
                    yield offset + a, offset + b
        else:
            column = None
            for candidate in ("|", "\t"):
                if candidate in line:
                    cells = _cells(line, candidate)
                    found = [i for i, (a, b) in enumerate(cells) if header.fullmatch(line, a, b)]
                    if found:
                        column, sep = found[0], candidate
                        break
        offset += len(line) + 1

"""Quotes in a summary text: what counts as a quote, and a hash to bind the source's approval."""

from __future__ import annotations

import hashlib
import re

# Double quotes of every typographic kind; single quotes only as a pair of typographic marks
# (a straight apostrophe is too common inside Dutch words: "auto's", "'s avonds").
_QUOTE = re.compile(r'"([^"\n]{3,})"|“([^”\n]{3,})”|„([^”“\n]{3,})[”“]|‘([^’\n]{3,})’|«([^»\n]{3,})»')


def extract_quotes(text: str) -> list[str]:
    """The quoted passages, in order (inner text without the marks, stripped)."""
    return [next(g for g in m.groups() if g is not None).strip() for m in _QUOTE.finditer(text)]


def quote_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def quotes_hash(quotes: list[str]) -> str:
    """SHA-256 over the quotes in order: any change to a quote needs the source's approval again."""
    return hashlib.sha256("\u241e".join(quotes).encode("utf-8")).hexdigest()

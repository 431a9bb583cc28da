"""Where propagate_names' mention pattern matches, found with ``str.find`` per word.

A document has a handful of name parts; a literal search per part (well under a nanosecond per
character) is far cheaper than one scan with a character-class pattern (5-15 ns per
character). The words' order (longest first) and the non-overlapping left-to-right choice of
the pattern are replayed on the occurrences found.
"""

from __future__ import annotations

from ibtd_desktop.anonymisation.context import fold

# Beyond this many words, one regex scan costs less than a literal search per word.
_MAX_WORDS = 24


def _word_char(c: str) -> bool:
    r"""``\w`` of a str pattern: alphanumeric or underscore."""
    return c.isalnum() or c == "_"


def _free_before(text: str, q: int) -> bool:
    r"""``(?<![\w@.])`` at ``q``."""
    if q == 0:
        return True
    c = text[q - 1]
    return not (_word_char(c) or c == "@" or c == ".")


def _free_after(text: str, e: int) -> bool:
    r"""``(?![\w@]|\.\w)`` at ``e``."""
    if e >= len(text):
        return True
    c = text[e]
    if _word_char(c) or c == "@":
        return False
    return not (c == "." and e + 1 < len(text) and _word_char(text[e + 1]))


def mention_spans(text: str, words: list[str], ignorecase: bool,
                  folded: str | None = None) -> list[tuple[int, int]] | None:
    """The spans of ``people._mention_pattern(words, ignorecase).finditer(text)`` (``words``
    longest first), or None where a literal search cannot stand in for it: many words, or
    where this Python's case table is unknown.

    Case-insensitively, the words are looked for in the folded text (context.fold): two
    characters fold alike exactly when IGNORECASE equates them, and offsets stay the same.
    ``folded``: ``fold(text)`` when the caller has it already."""
    if len(words) > _MAX_WORDS:
        return None
    hay, needles = text, words
    if ignorecase:
        hay = folded if folded is not None else fold(text)
        if hay is None:
            return None
        needles = [fold(w) for w in words]
    best: dict[int, int] = {}  # start -> length of the first word (in order) matching there
    size = len(text)
    for w in needles:
        n = len(w)
        q = hay.find(w)
        while q >= 0:
            # _free_before and _free_after, inline for the common case: a space on both sides.
            if q not in best and (q == 0 or text[q - 1] == " " or _free_before(text, q)) and \
                    (q + n == size or text[q + n] == " " or _free_after(text, q + n)):
                best[q] = n
            q = hay.find(w, q + 1)
    spans = []
    end = 0
    for q in sorted(best):  # leftmost first, then on from the end of each match
        if q >= end:
            end = q + best[q]
            spans.append((q, end))
    return spans

"""Where propagate_names' mention pattern matches, found with ``str.find`` per word.

A document has a handful of name parts; a literal search per part (well under a nanosecond per
character) is far cheaper than one scan with a character-class pattern (5-15 ns per
character). The words' order (longest first) and the non-overlapping left-to-right choice of
the pattern are replayed on the occurrences found.
"""

from __future__ import annotations

import functools

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


@functools.lru_cache(maxsize=100_000)
def _folds_like_lower(word: str) -> bool:
    """Does re.IGNORECASE match this word exactly where its lower case occurs in the lowered
    text? True for ASCII and Latin-1/Latin Extended-A letters, except the dotted and dotless i
    and the long s, which IGNORECASE equates with 'i' and 's' (re._casefix) and İ, whose lower
    case is two characters long."""
    return all(c.isascii() or 0xC0 <= ord(c) < 0x180 and c not in "İıſ" for c in word)


def mention_spans(text: str, words: list[str], ignorecase: bool) -> list[tuple[int, int]] | None:
    """The spans of ``people._mention_pattern(words, ignorecase).finditer(text)`` (``words``
    longest first), or None where a literal search cannot stand in for it: many words, words
    or a text with characters that IGNORECASE folds differently from ``str.lower``."""
    if len(words) > _MAX_WORDS:
        return None
    hay, needles = text, words
    if ignorecase:
        # 'ı' and 'ſ' match 'i' and 's' under IGNORECASE but do not lower to them; İ lowers to
        # two characters, which the length check catches.
        if not all(_folds_like_lower(w) for w in words) or "ı" in text or "ſ" in text:
            return None
        hay = text.lower()
        if len(hay) != len(text):
            return None
        needles = [w.lower() for w in words]
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

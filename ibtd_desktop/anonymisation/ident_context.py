"""Case-insensitive context words searched in short windows at the speed of substring tests.

The context patterns of the identifier rules (``kvk|dossier|\\bpv\\b|...`` under re.IGNORECASE)
cost the regex engine several microseconds on a 45-character window: it tries a wide
alternation at every position. On an ASCII window the same question is answered exactly by
lower-casing it and testing each word with ``in``: for ASCII text and ASCII words, re.IGNORECASE
is plain ASCII case folding, and ``\\w`` is ``[A-Za-z0-9_]``. A window with any other character
(İ, ſ and the Kelvin sign fold to i, s and k under re.IGNORECASE) goes to the pattern itself.
"""

from __future__ import annotations

import re

_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


class ContextWords:
    """``pattern.search(window) is not None`` for a pattern ``alt1|alt2|...`` compiled with
    re.IGNORECASE whose alternatives are lower-case literals, or ``\\bword\\b``."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        plain, bounded = [], []
        for alt in pattern.pattern.split("|"):
            if alt.startswith(r"\b") and alt.endswith(r"\b"):
                bounded.append(alt[2:-2])
            else:
                plain.append(alt)
        for w in plain + bounded:
            if not (w.isascii() and w == w.lower() and re.escape(w).replace("\\ ", " ").replace("\\-", "-") == w):
                raise ValueError(f"not a plain lower-case word: {w!r}")
        self._plain = tuple(plain)
        self._bounded = tuple(bounded)

    def search_lowered(self, low: str) -> bool:
        """The answer for a window whose ASCII lower-case form is ``low`` (the window is ASCII)."""
        for w in self._plain:
            if w in low:
                return True
        for w in self._bounded:
            i = low.find(w)
            while i >= 0:
                j = i + len(w)
                if (i == 0 or low[i - 1] not in _WORD_CHARS) and (j == len(low) or low[j] not in _WORD_CHARS):
                    return True
                i = low.find(w, i + 1)
        return False

    def search(self, window: str) -> bool:
        if window.isascii():
            return self.search_lowered(window.lower())
        return self.pattern.search(window) is not None


CTX_WINDOW = 45  # characters of left context an identifier rule reads


def before(text: str, start: int, n: int = CTX_WINDOW) -> str:
    """The ``n`` characters before ``start``: a candidate's left context."""
    return text[max(0, start - n):start]


class Window:
    """One candidate's left context: the 45 characters before it and the 22 nearest, each
    lower-cased at most once and only when ASCII (see ContextWords)."""

    __slots__ = ("ctx", "near", "_low", "_near_low")

    def __init__(self, ctx: str, near: str):
        self.ctx, self.near = ctx, near
        self._low = ctx.lower() if ctx.isascii() else None
        # near is the end of ctx (both end at the candidate); ASCII whenever ctx is.
        self._near_low = near.lower() if near.isascii() else None

    def in_ctx(self, words: ContextWords) -> bool:
        if self._low is not None:
            return words.search_lowered(self._low)
        return words.pattern.search(self.ctx) is not None

    def in_near(self, words: ContextWords) -> bool:
        if self._near_low is not None:
            return words.search_lowered(self._near_low)
        return words.pattern.search(self.near) is not None

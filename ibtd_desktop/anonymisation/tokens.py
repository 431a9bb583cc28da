"""A small tokenizer shared by the language rules (names, places, organisations)."""

from __future__ import annotations

import functools
import re

_LETTER = r"A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ"
WORD = re.compile(
    rf"(?:[A-Z]\.){{1,4}}(?:[A-Z](?![{_LETTER}]))?"          # initials J. / J.W. / J.W.M.
    rf"|'[st](?=[\s-])"                                       # 's / 't particles
    rf"|[{_LETTER}](?:[{_LETTER}'’]*[{_LETTER}])?(?:-[{_LETTER}](?:[{_LETTER}'’]*[{_LETTER}])?)*"
)
# Endings of Dutch nouns for a person's job or role ("chauffeur", "expediteur", "afhandelaar",
# "medewerker"), as a regex alternation.
ROLE_NOUN_ENDINGS = "aar|eur|er|ant|ent|ist|ier|ster"
PARTICLES = frozenset(
    "van de der den het ten ter te 't in op 'th von zu da das dos do du di del della le la "
    "el al ul bin ben ibn abu bou ait a".split())
_SENTENCE_END = re.compile(r"(?:^|[.!?:;•\"“”(\[\n>|*–—-]|\d\.)\s*$")


_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?")


@functools.lru_cache(maxsize=65536)
def _is_initial(text: str) -> bool:
    return bool(_INITIALS.fullmatch(text))


class Token:
    """One word of a text. A plain slotted class: the rules build tens of thousands per MB, and
    a frozen dataclass costs several times more to construct; ``lower`` is asked for often."""

    __slots__ = ("start", "end", "text", "index", "lower")

    def __init__(self, start: int, end: int, text: str, index: int) -> None:
        self.start, self.end, self.text, self.index = start, end, text, index
        self.lower = text.lower()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r}, {self.index})"

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_initial(self) -> bool:
        return _is_initial(self.text)

    @property
    def is_allcaps(self) -> bool:
        return len(self.text) > 1 and self.text.isupper() and self.text.isalpha()


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(), i) for i, m in enumerate(WORD.finditer(text))]


def at_sentence_start(text: str, pos: int) -> bool:
    """True when only punctuation, a bullet or a line break stands before ``pos``."""
    # Only the last 12 characters matter: looking further back for the line start would make
    # every call O(line length), quadratic on a long single-line document.
    line_start = text.rfind("\n", max(0, pos - 12), pos) + 1
    before = text[max(line_start, pos - 12):pos]
    if not before.strip(" \t\"'“”‘’(-–•*>0123456789.:/)"):  # "09:10 Meegekeken", "1) "
        return True
    return bool(_SENTENCE_END.search(text[max(0, pos - 6):pos]))


def gap(text: str, a: Token, b: Token) -> str:
    return text[a.end:b.start]

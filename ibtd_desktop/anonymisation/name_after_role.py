"""Lower-case names right after a role or title, as hastily typed field notes write them:
"moeder naima", "teamleider dhr wubbels", "collega anouk", "oudste soufiane".

The other mentions of a name found here ("naima's gastouder", "wubbels:") follow through
propagation (people.propagate_names), which finds any-case mentions of non-ordinary names.

Driven by the text's words: the cue words among them are found with one translate and split
of its bytes, and only the word after each cue is looked up.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from ibtd_desktop.anonymisation import lexicons as lx
from ibtd_desktop.anonymisation.names import (
    _ROLE_HEADS, ROLES, _is_ordinary, _is_place, _NOT_NAME_LOWER, role_compound,
)
from ibtd_desktop.anonymisation.scan import occurrences
from ibtd_desktop.anonymisation.spans import Span
from ibtd_desktop.anonymisation.tokens import PARTICLES

# ROLES also holds function words and greetings that cue a capitalised name ("met", "beste");
# before a lower-case word they are no evidence, so only nouns for people and titles count.
_NOT_A_ROLE = frozenset(
    "hoi hallo dag liefs cc aan van from to signed door met en of ook nog dan zijn haar namens "
    "genaamd heet heette groet groeten beste geachte ondertekening aanwezig melder: lid leden "
    "kennis baas klant kind man vrouw".split())
_CUES = (ROLES - _NOT_A_ROLE) | frozenset(
    "oudste jongste middelste dhr mw mevr mr drs ir dr volgens".split())
# Word characters and the marks that continue a word: a name is no part of a longer token.
_WORDISH = "'-’@."


@functools.lru_cache(maxsize=100_000)
def _is_lower_name(word: str) -> bool:
    """A listed name in lower case that is no ordinary word, place, particle or role word."""
    title = word.title()
    return len(word) >= 3 and word.isalpha() and word.islower() and word not in PARTICLES \
        and word not in ROLES and word not in _CUES and word not in _NOT_NAME_LOWER \
        and not _is_ordinary(word) and not _is_place(title) \
        and (title in lx.first_names() or title in lx.proper_names())


# Latin-1 lower-case letters stay, every other byte splits ("?" stands for characters beyond
# Latin-1). A token may be part of a longer word: each occurrence is checked in the text.
_LOWER_ONLY = bytes(b if chr(b).islower() and chr(b).isalpha() else 32 for b in range(256))


def _lower_words(text: str) -> set[bytes]:
    return set(text.encode("latin-1", "replace").translate(_LOWER_ONLY).split())


def _surname_after(text: str, end: int) -> int:
    """The end of a lower-case surname right after a first name ("naima ouali"), else ``end``."""
    if text[end:end + 1] != " ":
        return end
    j = end + 1
    k = j
    while k < len(text) and (text[k].isalpha() or text[k] in "-'"):
        k += 1
    word = text[j:k]
    if len(word) < 3 or not word.islower() or word in PARTICLES or _is_ordinary(word):
        return end
    title = word.title()
    if title in lx.surnames() or title in lx.proper_names():
        return k
    return end


_CUE_TOKENS = frozenset(c.encode("latin-1") for c in _CUES if c.isalpha())
_ROLE_HEAD_BYTES = tuple(h.encode("latin-1") for h in _ROLE_HEADS)


def _cue_words(words: set[bytes]) -> set[bytes]:
    """The cue words among a text's words: listed roles and titles, and compounds whose head is
    a role ("ploegleider", "douanecollega")."""
    return (words & _CUE_TOKENS) | {w for w in words if _role_compound_token(w)}


@functools.lru_cache(maxsize=100_000)
def _role_compound_token(word: bytes) -> bool:
    return word.endswith(_ROLE_HEAD_BYTES) and role_compound(word.decode("latin-1"))


def after_role_names(text: str) -> Iterator[Span]:
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters
        lowered = text
    for cue in _cue_words(_lower_words(lowered)):
        word = cue.decode("latin-1")
        for i in occurrences(lowered, word):
            j = i + len(word)
            if i > 0 and (lowered[i - 1].isalnum() or lowered[i - 1] in _WORDISH):
                continue
            if text[j:j + 1] == ".":
                j += 1
            k = j
            while k < len(text) and text[k] in " \t":
                k += 1
            if k == j:
                continue
            end = k
            while end < len(text) and text[end].isalpha():
                end += 1
            if end < len(text) and (text[end].isalnum() or text[end] in "-@"):
                continue
            if _is_lower_name(text[k:end]):
                yield Span(k, _surname_after(text, end), "PERSON", "names:role-lowercase", 0.6)

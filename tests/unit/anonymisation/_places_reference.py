"""The place rules as they were before the speed-up (plain scans over the whole text or over
windows): the reference the fast paths in places.py must match exactly, on any text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ibtd_desktop.anonymisation import lexicons as lx
from ibtd_desktop.anonymisation import scan as _rx
from ibtd_desktop.anonymisation.places import (
    _ADDRESS_CUE, _CAP_NUMBER, _CAP_RUN, _COMPASS, _CUE_CAP_PLACE, _HOUSE_NUMBER_ANCHOR, _LIVES_IN,
    _LOWER_PLACE, _PLACE_HEAD_ANCHOR, _PLACE_HEADS, _POSTCODE_AHEAD, LOCATION_CUE, STREET_NUMBER,
    _blocked, _place_candidate, cue_place_span, _place_keys, _trim_address, neighbourhood_word,
)
from ibtd_desktop.anonymisation.scan import by_first_char, finditer_in, finditer_near, windows
from ibtd_desktop.anonymisation.spans import Span
from ibtd_desktop.anonymisation.tokens import at_sentence_start

_NEIGHBOURHOOD = re.compile(r"\b(?:wijk|buurt)\s([a-zà-ÿ][a-zà-ÿ-]{2,})\b")

_PLACE_WORD = re.compile(rf"(?<![\w-])[A-Z][a-zà-ÿ]+{by_first_char(_PLACE_HEADS.split('|'))}(?![\w-])")


def find_addresses(text: str) -> Iterator[Span]:
    near_numbers = windows(text, _HOUSE_NUMBER_ANCHOR, 90, 25)  # shared by both patterns
    for m in finditer_in(STREET_NUMBER, text, near_numbers):
        s, e = _trim_address(text, m.start(), m.end())
        if _rx.fullmatch(r"\d{4}", text[e - 4:e]) and _rx.search(r"\s(?:19|20)\d\d$", text[s:e]):
            continue  # "sinds 2019" is not a house number
        yield Span(s, e, "ADDRESS", "places:street-suffix", 0.9)
    for m in finditer_in(_CAP_NUMBER, text, near_numbers):
        s, e = _trim_address(text, m.start(), m.end())
        cue = _ADDRESS_CUE.search(text[max(0, s - 40):s]) or \
            _rx.search(r"(?:\bop|\baan de|\baan het)\s+$", text[max(0, s - 10):s])
        if cue or _POSTCODE_AHEAD.match(text, e):
            if _rx.search(r"\b(?:19|20)\d\d$", text[s:e]) or text[s:e].split()[0] in lx.public_bodies():
                continue
            yield Span(s, e, "ADDRESS", "places:name+number+cue", 0.85)


def find_place_shaped_words(text: str) -> Iterator[Span]:
    """Neighbourhoods and streets absent from the lists: 'Kanaleneiland', 'Lindelaan'."""
    for m in finditer_near(_PLACE_WORD, text, _PLACE_HEAD_ANCHOR, 40, 0):
        word = m.group()
        if word.lower() in lx.dutch_words() or _blocked(word) or \
                _rx.search(r"\bgemeente\s+$", text[max(0, m.start() - 12):m.start()], re.I):
            continue
        yield Span(m.start(), m.end(), "LOCATION", "places:place-shaped-word", 0.55)


def find_locations(text: str) -> Iterator[Span]:
    yield from find_lowercase_places(text)
    yield from find_place_shaped_words(text)
    for m in _CAP_RUN.finditer(text):
        name = m.group()
        if " " not in name and not _place_candidate(name):
            continue  # fast path: most runs are one word that is no place
        start = m.start()
        before = text[max(0, start - 25):start]
        if _rx.search(r"\bgemeente\s+$", before, re.IGNORECASE):
            continue  # "gemeente Utrecht" is the institution
        words = [(w.start(), w.group()) for w in _rx.finditer(r"\S+", name)]
        i = 0
        # Longest known place starting at each word ("Alphen aan den Rijn", "Uit Barendrecht").
        while i < len(words):
            found = 0
            for n in range(len(words) - i, 0, -1):
                s0 = start + words[i][0]
                cand = name[words[i][0]:words[i + n - 1][0] + len(words[i + n - 1][1])]
                if not _place_candidate(cand):
                    continue
                end = s0 + len(cand)
                if i + n < len(words) and words[i + n][1] in _COMPASS:
                    end = start + words[i + n][0] + len(words[i + n][1])
                cue = LOCATION_CUE.search(text[max(0, s0 - 25):s0])
                ordinary = cand.lower() in lx.dutch_words()
                if ordinary and not cue and (at_sentence_start(text, s0) or n == 1 and
                                             cand not in lx.municipalities()):
                    break
                yield Span(s0, end, "LOCATION", "places:lexicon", 0.8 if cue else 0.7)
                found = n
                break
            i += found or 1
    # Unknown capitalised words right after a place cue ("uit Beijum", "in Kanaleneiland").
    for m in _CUE_CAP_PLACE.finditer(text):
        span = cue_place_span(text, m)
        if span is not None:
            yield span
    # Lower-case places after a postcode or a place cue ("2518 EV den haag", "woonplaats: zwolle").
    for m in _LOWER_PLACE.finditer(text):
        cand = m.group(1)
        for n in (2, 1):
            words = cand.split()[:n]
            if len(words) < n:
                continue
            c = " ".join(words)
            parts = c.lower().split()
            if c.lower() in lx.dutch_words() or parts[0] in ("de", "den") and n == 1 or \
                    parts[0] == "de" and parts[-1] in lx.dutch_words():
                continue
            if c.lower() in _place_keys() and (c.islower() or _rx.match(r"\d", m.group())):
                yield Span(m.start(1), m.start(1) + len(c), "LOCATION", "places:lowercase", 0.6)
                break


def find_lowercase_places(text: str) -> Iterator[Span]:
    """'woont in toronto': an unknown lower-case word after a residence verb."""
    for m in _LIVES_IN.finditer(text):
        word = m.group(1)
        if word not in lx.dutch_words() and word not in ("een", "het", "de", "die", "dit"):
            yield Span(m.start(1), m.end(1), "LOCATION", "places:lives-in-lowercase", 0.55)
    for m in _NEIGHBOURHOOD.finditer(text):
        if neighbourhood_word(m.group(1)):
            yield Span(m.start(1), m.end(1), "LOCATION", "places:wijk-lowercase", 0.55)

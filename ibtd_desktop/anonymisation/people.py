"""Finding the people in a document: capitalised runs (classified in names.py), lower-case
names after cues, and every other mention of a name found (propagation)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator

from ibtd_desktop.anonymisation import lexicons as lx
from ibtd_desktop.anonymisation import name_lower, name_mentions, name_runs
from ibtd_desktop.anonymisation.name_after_role import after_role_names
from ibtd_desktop.anonymisation import scan as _rx
from ibtd_desktop.anonymisation.context import fold, whole_initials
from ibtd_desktop.anonymisation.names import (
    _allcaps_surname_shape, _blocked, _chunks, _classify, _is_name_word, _is_ordinary, _is_place,
    _looks_inflected, _NOT_NAME_LOWER,
)
from ibtd_desktop.anonymisation.scan import matches_at, occurrences, word_start, words_alternation
from ibtd_desktop.anonymisation.spans import Span
from ibtd_desktop.anonymisation.tokens import PARTICLES, tokenize


# English words that are also listed given names ("the", "an"): notes quote English mail.
_ENGLISH_WORDS = frozenset("the and for but not are was real bare age".split())
_VERB_ENDINGS = ("t", "de", "te", "den", "ten")
# The second word is looked ahead, so pairs overlap: "met ruud wolters" holds "ruud wolters".
_LOWER_NAME = re.compile(r"(?<![\w@.])([a-zà-ÿ][a-zà-ÿ'-]+)\s(?=([a-zà-ÿ][a-zà-ÿ'-]+)(?![\w@]))")
@functools.cache
def _lower_first_names() -> frozenset[str]:
    """Every lower-case word that can open a _lowercase_names pair: a listed first name, or an
    OpenTaal proper name (for a pair of two listed names), that is no ordinary word. Lower-casing
    a title-case name gives back the word for the characters _LOWER_NAME allows, so no word is
    missed."""
    return frozenset(w for w in (n.lower() for n in lx.first_names() | lx.proper_names())
                     if (w.title() in lx.first_names() or w.title() in lx.proper_names())
                     and not _is_ordinary(w))


def _lowercase_names(text: str) -> Iterator[Span]:
    """'hakima ouali': a first name followed by a non-word, both in lower case; 'ruud wolters':
    two listed names (the first an OpenTaal proper name the first-name list lacks)."""
    if not name_lower.may_hold_lower_first(text, _lower_first_names()):
        return  # nearly every document (tests/unit/anonymisation/_names_reference.py)
    taken = 0  # pairs overlap: a pair inside the last one found is no second name
    for m in _LOWER_NAME.finditer(text):
        first, last = m.group(1), m.group(2)
        if m.start() < taken or _is_ordinary(first) or _is_ordinary(last) or len(last) <= 2 or \
                last in PARTICLES or len(first) < 3 or first in _ENGLISH_WORDS:
            continue
        last_listed = last.title() in lx.surnames() or last.title() in lx.proper_names()
        if not last_listed and last.endswith(_VERB_ENDINGS) and _looks_inflected(last):
            # "gerda vertelt", "jolien haalde": a verb form (the word list holds only "halen"),
            # so a listed first name before it is the subject, alone
            if first.title() in lx.first_names():
                taken = m.end(1)
                yield Span(m.start(), m.end(1), "PERSON", "names:lowercase-subject", 0.55)
            continue
        if first.title() in lx.first_names() or first.title() in lx.proper_names() and last_listed:
            taken = m.end(2)
            yield Span(m.start(), m.end(2), "PERSON", "names:lowercase", 0.6)
    for m in _LOWER_PARTICLE_NAME.finditer(text):
        first, particles, last = m.group(1), m.group(2).split(), m.group(3)
        if first.title() in lx.first_names() and not _is_ordinary(first) and len(last) > 2 \
                and last not in PARTICLES and (not _is_ordinary(last) or _particle_surname(particles, last)):
            yield Span(m.start(), m.end(), "PERSON", "names:lowercase-particle", 0.6)


# "fatima el idrissi", "jan van der berg": a lower-case first name, particles, a surname that is
# no ordinary word unless particle and surname together are a listed surname ("de bakker").
_LOWER_PARTICLE_NAME = re.compile(
    r"(?<![\w@.])([a-zà-ÿ][a-zà-ÿ'-]+)((?:\s(?:van|de|der|den|ten|ter|te|'t|el|al|ben|bin|ibn|abu|"
    r"bou|ait|da|dos|do|du|di|del|le|la|von))+)\s([a-zà-ÿ][a-zà-ÿ'-]+)(?![\w@])")
# "haar broer heet youssef": after heet/heette/genaamd a lower-case listed name is a name.
_NAMED_LOWER = re.compile(
    r"(?<![\w])(?:[Hh]eet(?:te)?|[Gg]enaamd)\s+([a-zà-ÿ][\w'-]+)"
    r"((?:\s(?:van|de|der|den|el|al))+\s[a-zà-ÿ][\w'-]+)?(?![\w@])")


def _named_lowercase(text: str, lowered: str) -> Iterator[Span]:
    if "heet" not in lowered and "genaamd" not in lowered:
        return
    for m in _NAMED_LOWER.finditer(text):
        word = m.group(1)
        if _is_ordinary(word) or word in _NOT_NAME_LOWER or not _is_name_word(word.title()):
            continue
        end = m.end(1)
        if m.group(2):
            *particles, last = m.group(2).split()
            if len(last) > 2 and (not _is_ordinary(last) or _particle_surname(particles, last)):
                end = m.end(2)
        yield Span(m.start(1), end, "PERSON", "names:named-lowercase", 0.65)


# "(?i)(?:mijn naam is|ik ben|ik heet|naam:)\s+(...)" with the first letter consumed first (every
# letter IGNORECASE equates with m, i or n is in the class), so the engine skips ahead to those.
_CUE_LOWER = re.compile(
    r"[mMiIİınN](?i:(?:(?<=m)ijn naam is|(?<=i)k ben|(?<=i)k heet|(?<=n)aam:)\s+"
    r"((?:[a-zà-ÿ][\w'-]+)(?:\s(?:(?:van|de|der|den|el|al)\s)*[a-zà-ÿ][\w'-]+)?))")


def _particle_surname(keep: list[str], word: str) -> bool:
    """'de jong' -> 'de Jong' is a listed surname (particles kept lower case)."""
    particles = []
    for k in reversed(keep):
        if k.lower() not in PARTICLES:
            break
        particles.insert(0, k.lower())
    candidate = " ".join(particles + [word.title()])
    return candidate in lx.surnames() or word.title() in lx.surnames()


def _cue_lower_matches(text: str, lowered: str) -> Iterator[re.Match]:
    """_CUE_LOWER's matches, tried only where its phrases occur in ``lowered``. Its letters
    equal their IGNORECASE variants after .lower(), except for the dotless ı before 'k' (so
    'k ben' is looked for) and İ, whose lower case is two characters long (then positions in
    ``lowered`` are off: a full scan)."""
    if len(lowered) != len(text):
        return _CUE_LOWER.finditer(text)
    starts = [i for n in occurrences(lowered, "naam") for i in (n - 5, n)]
    starts += [n - 1 for k in ("k ben", "k heet") for n in occurrences(lowered, k)]
    return matches_at(_CUE_LOWER, text, (i for i in starts if i >= 0))


def _cued_lowercase(text: str, lowered: str | None = None) -> Iterator[Span]:
    if lowered is None:
        lowered = text.lower()
    if "naam" not in lowered and "ik ben" not in lowered and "ik heet" not in lowered:
        return
    for m in _cue_lower_matches(text, lowered):
        parts = m.group(1).split()
        keep = []
        for p in parts:
            after_particle = bool(keep) and keep[-1].lower() in PARTICLES
            if (_is_ordinary(p) or p.lower() in _NOT_NAME_LOWER) and p.lower() not in PARTICLES \
                    and not (after_particle and _particle_surname(keep, p)):
                break
            keep.append(p)
        while keep and keep[-1].lower() in PARTICLES:
            keep.pop()
        strong = not _rx.match(r"ik ben", m.group(), re.IGNORECASE)
        if keep and not strong and not _is_name_word(keep[0].title()):
            keep = []
        if keep:
            surface = " ".join(keep)
            yield Span(m.start(1), m.start(1) + len(surface), "PERSON", "names:cue-lowercase", 0.7)


_TITLE_LOWER = re.compile(word_start(
    ["heer", "mevrouw", r"mevr\.", r"mw\.", r"dhr\.", "meneer", r"mr\."],
    r"\s+((?:(?:van|de|der|den|el|al)\s)*[a-zà-ÿ][\w'-]{2,})", ignorecase=True))


_PARTICLE_SURNAME = re.compile(r"(?:\s(?:van|de|der|den|'t|ter|ten|het|in|op)){1,3}\s[a-zà-ÿ][\w'-]+")


def _public_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _public_regex().finditer(text)]


_public_regex = name_runs.public_regex


def _overlaps_any(ranges: list[tuple[int, int]], ends: list[int], start: int, end: int) -> bool:
    """Does [start, end) overlap one of ``ranges`` (sorted, disjoint)? By bisection: a linear
    test per run is quadratic on a long document."""
    k = bisect.bisect_right(ends, start)
    return k < len(ranges) and ranges[k][0] < end


def _title_lower_matches(text: str, lowered: str) -> Iterator[re.Match]:
    """_TITLE_LOWER's matches, tried only where its titles occur in ``lowered`` (a full scan
    when İ makes the lowered text longer)."""
    if len(lowered) != len(text):
        return _TITLE_LOWER.finditer(text)
    return matches_at(_TITLE_LOWER, text, name_lower.title_starts(lowered))


def find_people(text: str) -> Iterator[Span]:
    lowered = text.lower()  # for the title and cue pre-scans
    for m in _title_lower_matches(text, lowered):
        word = m.group(1).split()[-1]
        if not m.group(1)[0].islower():
            continue
        if not _is_ordinary(word) and _is_name_word(word.title()):
            yield Span(m.start(1), m.end(1), "PERSON", "names:title-lowercase", 0.7)
        elif text[m.start(1) - 2:m.start(1) - 1] == "." and word.title() in lx.first_names() and \
                (rest := _PARTICLE_SURNAME.match(text, m.end(1))):
            # "mw. els van 't hek": after an abbreviated title, a first name that is also a
            # word, with a surname behind its particles
            yield Span(m.start(1), rest.end(), "PERSON", "names:title-lowercase", 0.65)
    yield from _run_spans(text)
    yield from _lowercase_names(text)
    yield from _cued_lowercase(text, lowered)
    yield from _named_lowercase(text, lowered)
    yield from after_role_names(text)
    yield from _allcaps_reversed(text)
    yield from _cell_initials(text)


# "| L.B. (wil alleen initialen) |": a source's initials alone in a table cell. The pattern
# opens with the cell's "|" (a literal the engine skips to).
_CELL_INITIALS = re.compile(r"\|[ \t]*((?:[A-Z]\.){2,4})(?=[ \t]*(?:\||\(|$))", re.MULTILINE)


def _cell_initials(text: str) -> Iterator[Span]:
    for m in _CELL_INITIALS.finditer(text) if "|" in text else ():
        if m.group(1) not in _NOT_INITIALS:
            yield Span(m.start(1), m.end(1), "PERSON", "names:cell-initials", 0.7)


# "WISNIEWSKA, A.", "OKONKWO-ADEBAYO, C.E.": a system's surname in capitals, then initials;
# "A. BOUZERDA": initials, then the surname in capitals.
_CAPS = "A-ZÀ-ÖØ-ÞĆČŞŠŽİŁ"
_CAPS_SURNAME = rf"([{_CAPS}]{{4,}}(?:-[{_CAPS}]{{2,}})?)"
# Both open with a capital and check the boundary behind it: a pattern opening with a
# lookbehind is tried at every position.
_ALLCAPS_REVERSED = re.compile(
    rf"([{_CAPS}](?<![\w-].)[{_CAPS}]{{3,}}(?:-[{_CAPS}]{{2,}})?), (?:[A-Z]\.){{1,4}}"
    r"(?=\s*$|\s*[\n,;)]|\s+[a-z]|\s+([A-Z][a-zà-ÿ]+)\b)",
    re.MULTILINE)
# "IVANOVA / TSVETELINA", "YILDIRIM, SERKAN", "DOS SANTOS / ANA": a system's surname and then
# the first name, both in capitals (checked in Python: the first name is listed or, like the
# surname, no ordinary word, place or abbreviation).
_ALLCAPS_FIRST_REVERSED = re.compile(
    rf"[{_CAPS}](?<![\w-].)[{_CAPS}]*(?: [{_CAPS}]+){{0,3}}(?:-[{_CAPS}]{{2,}})? ?[/,] ?"
    rf"([{_CAPS}]{{2,}})(?![\w.-])")
_CAPS_PARTICLES = frozenset("VAN DE DER DEN DOS DA DI EL AL TEN TER LE LA".split())
_SLASH_OR_COMMA = re.compile(r" ?[/,] ?")
_PLACE_ENDING = re.compile(
    r"(?:WIJK|BUURT|EILAND|KWARTIER|POLDER|DORP|STRAAT|LAAN|WEG|DIJK|PLEIN|GRACHT|KADE|SINGEL|PARK)"
    r"(?= ?[/,]|$)")
_INITIALS_ALLCAPS = re.compile(rf"[A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.){{0,3}} ?{_CAPS_SURNAME}(?![\w-])")


def _caps_name_part(word: str) -> bool:
    """A surname (part) in capitals before a first name: listed, or no ordinary word, place or
    listed non-name. Looser than _allcaps_surname_shape (no inflection test: "IVANOVA" is no
    form of "ivan"), because the first name after it confirms the form."""
    title = word.title()
    return title in lx.surnames() or len(word) >= 3 and word.isalpha() and \
        not _is_ordinary(title) and not _is_place(title) and not _blocked(word) and not _blocked(title)


def _allcaps_reversed(text: str) -> Iterator[Span]:
    for m in _ALLCAPS_FIRST_REVERSED.finditer(text) if " / " in text or ", " in text else ():
        first = m.group(1)
        if first.title() not in lx.first_names() and not (
                _allcaps_surname_shape(first) and first.title() not in lx.surnames()):
            continue  # "TIMMERMAN, VERMEULEN" are two people
        if _PLACE_ENDING.search(m.group()):  # before the separator, or at the end
            continue  # "BOUKHARI, ARKELSEDIJK", "KANALENEILAND, RANIA": a street, a district
        words = _SLASH_OR_COMMA.split(m.group(), maxsplit=1)[0].split(" ")
        surname, keep = words[-1], 1  # the last word, and the particles before it
        while keep < len(words) and words[-keep - 1] in _CAPS_PARTICLES:
            keep += 1
        if any(_caps_name_part(p) for p in surname.split("-")):
            start = m.start() + len(" ".join(words[:-keep])) + (len(words) > keep)
            yield Span(start, m.end(), "PERSON", "names:allcaps-reversed", 0.75)
    for rx, cheap in ((_ALLCAPS_REVERSED, ", "), (_INITIALS_ALLCAPS, ".")):
        for m in rx.finditer(text) if cheap in text else ():
            # "WISNIEWSKA, A. Zij belde": a capitalised word after the initials must open a
            # sentence; "JANSEN, A. Bakker" is more likely a heading and then a name.
            follower = m.group(2) if m.re.groups > 1 else None
            if follower and not _is_ordinary(follower):
                continue
            if all(_allcaps_surname_shape(part) for part in m.group(1).split("-")):
                yield Span(m.start(), m.end(), "PERSON", "names:allcaps-initials", 0.7)


def _run_spans(text: str) -> Iterator[Span]:
    """What _chunk_spans yields, from name_runs."""
    found, public_starts = name_runs.all_run_spans(text)
    public = name_runs.public_ranges(text, public_starts)
    public_ends = [e for _, e in public]
    for start, end, span in found:
        if not public or not _overlaps_any(public, public_ends, start, end):
            yield span


def _chunk_spans(text: str) -> Iterator[Span]:
    """The runs of _chunks, classified (name_runs.run_spans does the same, faster)."""
    public = _public_ranges(text)
    public_ends = [e for _, e in public]
    for run in _chunks(text):
        if public and _overlaps_any(public, public_ends, run[0].start, run[-1].end):
            continue
        span = _classify(text, run)
        if span is not None:
            yield span


@functools.lru_cache(maxsize=100_000)
def _name_parts(surface: str) -> tuple[str, ...]:
    """The words of a detected name worth finding again (no initials, particles, short words)."""
    return tuple(tok.text for tok in tokenize(surface)
                 if not (tok.is_initial or tok.lower in PARTICLES or len(tok.text) < 3
                         or _blocked(tok.text)))


@functools.lru_cache(maxsize=100_000)
def _parts_by_mode(surface: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """_name_parts of a name, split into those matched case-sensitively (ordinary words and
    places: "Bakker" is no mention in "bakker") and the others."""
    parts = _name_parts(surface)
    exact = tuple(w for w in parts if _is_ordinary(w) or _is_place(w))
    return exact, tuple(w for w in parts if w not in exact)


# Non-ASCII characters that re.IGNORECASE equates with an ASCII letter (checked over Unicode).
_IGNORECASE_EXTRA = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _mention_pattern(words: list[str], ignorecase: bool) -> re.Pattern:
    r"""``(?<![\w@.])(?:word1|word2|...)(?![\w@]|\.\w)``, words longest first, written so that the
    engine skips ahead to the words' first letters instead of trying every position.

    The first letter is consumed first (a class of all of them, with their IGNORECASE
    equivalents), the boundary is checked behind it, and each group of words continues with
    ``(?<=its first letter)``. Words with different first letters never match at one position
    and the order inside a group is kept, so the matches are the same.
    """
    tail = r"(?![\w@]|\.\w)"
    if not all(w[:1].isalnum() and (w[0].isascii() or not ignorecase) for w in words):
        return re.compile(rf"(?<![\w@.]){words_alternation(words, ignorecase=ignorecase)}{tail}",
                          re.IGNORECASE if ignorecase else 0)
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].lower() if ignorecase else w[0], []).append(re.escape(w[1:]))
    firsts = set(groups)
    if ignorecase:
        firsts = {v for c in groups for v in c + c.upper() + _IGNORECASE_EXTRA.get(c, "")}
    branches = "|".join(f"(?<={c})(?:{'|'.join(rests)})" for c, rests in groups.items())
    body = f"(?:{branches}){tail}"
    return re.compile(f"[{''.join(sorted(firsts))}](?<![\\w@.].)" + (f"(?i:{body})" if ignorecase else body))


@functools.lru_cache(maxsize=4096)
def _whole_name_pattern(surface: str) -> re.Pattern:
    words = r"\s+".join(re.escape(w) for w in surface.split())
    return re.compile(rf"(?<![\w@.]){words}(?![\w@]|\.\w)", re.IGNORECASE)


def _whole_name_matches(text: str, folded: str | None, surface: str) -> Iterator[re.Match]:
    """``_whole_name_pattern(surface).finditer(text)``, tried only where the name's first word
    stands in the folded text (a case-insensitive pattern opening with a lookbehind is tried
    at every position otherwise)."""
    rx = _whole_name_pattern(surface)
    key = fold(surface.split()[0]) if folded is not None else None
    if key is None:
        return rx.finditer(text)
    return matches_at(rx, text, occurrences(folded, key))


# "Tjoa, Lie Hwa", "van Dongen, Marieke", "Yilmaz, Ayse": a surname, a comma and the first
# name(s) are one name (the guideline's reversed form). The rules find the two halves apart.
_FIRST_NAMES_AFTER = re.compile(r"[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?")
_LIST_GOES_ON = re.compile(r",\s*[A-Z]|\s+(?:en|of|&)\s+[A-Z]")


def join_reversed_names(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    """One PERSON span over "surname, first name(s)" where the halves are found as two spans:
    a surname (or a place after a particle: "van Dongen") and then names that open with a
    listed first name or are two capitalised words. A list of names stays apart: the first
    half must be no first name only, and no further name may follow."""
    spans = sorted(spans, key=lambda s: s.start)
    ends = {s.end for s in spans}
    for a, b in zip([None, *spans], spans):
        if b.label == "PERSON" and ", " in text[b.start:b.end]:
            # "de Vries, Anouk": the particle belongs to it; "Nguyen, Thi Hoa": a second first name
            particle = _PARTICLE_BEFORE.search(text, max(0, b.start - 12), b.start) \
                if text[b.start + 1:b.start + 2].islower() else None  # "van WISNIEWSKA, A.": no particle
            second = _SECOND_GIVEN.match(text, b.end)
            if second and (_is_ordinary(second.group(1)) or _is_place(second.group(1))):
                second = None
            if particle or second:
                yield Span(particle.start() if particle else b.start, second.end() if second else b.end,
                           "PERSON", "names:reversed-joined", 0.7)
        if b.label != "PERSON" or not _FIRST_NAMES_AFTER.fullmatch(text, b.start, b.end):
            continue
        given = text[b.start:b.end].split()
        if b.start - 2 not in ends and (lone := _UNFOUND_SURNAME.search(text, max(0, b.start - 40), b.start)):
            # "Respondent: Tjoa, Lie Hwa": a surname no rule knows, after a form label;
            # "Melder: de Graaf, Marloes": a particle and a word, then a listed first name
            if lone.group(1) and len(given) == 2 and not _is_ordinary(lone.group(1)) \
                    and not _is_place(lone.group(1)) or lone.group(2) and given[0] in lx.first_names():
                yield Span(lone.start(), b.end, "PERSON", "names:reversed-joined", 0.65)
            continue
        if a is None or text[a.end:b.start] != ", ":
            continue
        start = a.start
        if a.label == "LOCATION":
            particle = _PARTICLE_BEFORE.search(text, max(0, a.start - 12), a.start)
            if particle is None or " " in text[b.start:b.end]:
                continue
            start = particle.start()
        elif a.label != "PERSON":
            continue
        surname = [w for w in text[a.start:a.end].split() if w.lower() not in PARTICLES]
        if len(surname) != 1 or surname[0] in lx.first_names() and surname[0] not in lx.surnames():
            continue  # "Hylke Postma, Marsha Pinas", "Pieter, Jan en Klaas": lists
        if given[0] not in lx.first_names() and len(given) < 2:
            continue
        if _LIST_GOES_ON.match(text, b.end):
            continue
        yield Span(start, b.end, "PERSON", "names:reversed-joined", 0.7)


_SURNAME_WORD = r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
_UNFOUND_SURNAME = re.compile(  # at a line start or after a form label
    rf"(?:(?<=^)|(?<=: ))(?:({_SURNAME_WORD})|(?:van|de|van de|van der|van den|ter|ten|el) "
    rf"({_SURNAME_WORD}))(?=, $)", re.MULTILINE)
_SECOND_GIVEN = re.compile(r" ([A-Z][a-zà-ÿ]+)(?![\w-]| [A-Z])")
_PARTICLE_BEFORE = re.compile(r"\b(?:van|de|van de|van der|van den|ter|ten|te)\s$")


# Initials that are abbreviations whoever they seem to stand for ("Bram Visser" is no "B.V.").
_NOT_INITIALS = frozenset("B.V. N.V. C.V. V.O.F. N.B. P.S. O.M. V.S. E.U. K.V.K. A.U.B. I.P.V. "
                          "T.A.V. T.Z.T. I.S.M. M.B.T. D.W.Z. Z.S.M. O.A.".split())


def propagate_names(text: str, people: Iterable[Span]) -> Iterator[Span]:
    """Every other mention of a detected name part in the same document is a mention too."""
    exact_parts: set[str] = set()
    loose_parts: set[str] = set()
    whole: set[str] = set()
    initials: set[str] = set()
    for p in people:
        surface = text[p.start:p.end]
        if (i := whole_initials(surface)) and i not in _NOT_INITIALS:
            initials.add(i)
        exact_words, loose_words = _parts_by_mode(surface)
        exact_parts.update(exact_words)
        loose_parts.update(loose_words)
        if exact_words and len(exact_words) + len(loose_words) > 1:
            whole.add(" ".join(surface.split()))
    # "kevin bakker" after "Kevin Bakker": the whole name in any case, though "Bakker" alone is
    # found again only as written (an ordinary word).
    folded = fold(text) if whole or loose_parts else None  # shared with the loose mentions
    for surface in whole:
        for m in _whole_name_matches(text, folded, surface):
            yield Span(m.start(), m.end(), "PERSON", "names:propagated-whole", 0.7)
    # "Rachelle Mangroelal (R.M.)", then "R.M. vertelt": her initials, as written.
    for i in initials:
        for start in occurrences(text, i):
            end = start + len(i)
            if not (start and (text[start - 1].isalnum() or text[start - 1] == ".")) and \
                    not text[end:end + 1].isalnum():
                yield Span(start, end, "PERSON", "names:propagated-initials", 0.7)
    # One search per document and case mode: compiling a pattern per name was the cost.
    exact = sorted(exact_parts, key=len, reverse=True)
    loose = sorted(loose_parts, key=len, reverse=True)
    for words, ignorecase in ((exact, False), (loose, True)):
        if not words:
            continue
        spans = name_mentions.mention_spans(text, words, ignorecase, folded)
        if spans is None:
            spans = [m.span() for m in _mention_pattern(words, ignorecase).finditer(text)]
        for start, end in spans:
            if ignorecase and text[start].islower() and _is_ordinary(text[start:end]):
                continue
            yield Span(start, end, "PERSON", "names:propagated", 0.7)

"""Addresses (street + number), places tied to a person, and municipality -> province."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ibtd_desktop.anonymisation import scan as _rx
from ibtd_desktop.anonymisation import lexicons as lx
from ibtd_desktop.anonymisation.identifiers import POSTCODE_WORDS
from ibtd_desktop.anonymisation.address_scan import (
    starts_in_name_run, starts_within_spaces,
)
from ibtd_desktop.anonymisation.place_scan import cue_branches, finditer_branches, may_hold_other_digits
from ibtd_desktop.anonymisation.scan import by_first_char, finditer_in, windows, windows_around, word_start
from ibtd_desktop.anonymisation.spans import Span
from ibtd_desktop.anonymisation.tokens import at_sentence_start

STREET_SUFFIXES = (
    "straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|dreef|steeg|ring|boulevard|park|markt|"
    "plantsoen|dam|burgwal|wal|veld|hage|erf|baan|zijde|kanaal|diep|vliet|haven|berg|oord|kant|"
    "eiland|promenade|allee|hoek|akker|weide|horst|bos|rade|gaarde|hove|donk|straatweg|dwarsweg|"
    "pier|plaats|polder|linie|wijk|tuin|tuinen|hof|heuvel|heide|meer|brink|esch|kamp|laantje|"
    "stede|kwartier|wetering|vaart|sloot|loop|dreve|lei|dal|rijn|molen|poort|wierde"
)
# The suffix is tried after every letter of a word: grouped by first letter, each try compares
# one character instead of ~80 alternatives (same matches, see scan.by_first_char).
_SUFFIX_GROUPS = by_first_char(STREET_SUFFIXES.split("|"))
_NUM = r"\d{1,5}(?:-?(?:[a-zA-Z]{1,2}|bis)(?![\w-])|[- ](?:[A-Z]|hs|bis|hoog|huis|I{1,3})(?![\w-])|-\d{1,4}(?![\w-]))?(?: (?:bis|hoog|hs|huis|rd|zw|I{1,3}|\d{1,2}-?(?:hoog|hg))\b)?"
_STREET_PREFIX = r"(?:(?:[A-Z][\w'.-]*|van|de|der|den|het|'t|burgemeester|dokter|koning|koningin|prins|prinses|generaal|professor|pastoor|kapitein|sint|oude|nieuwe|lange|korte|grote|kleine|eerste|tweede|derde) ){0,4}"
STREET_NUMBER = re.compile(
    rf"(?<![\w-]){_STREET_PREFIX}[A-Za-zÀ-ÿ'-]*{_SUFFIX_GROUPS}(?: (?:[A-Z]\.){{1,3}}| [A-Z]{{1,2}}\.?[A-Z]?\.?)? {_NUM}",
)
_ADDRESS_CUE = re.compile(
    r"(?:adres|woonachtig|woont|wonen|wonende|woon|woonde|verhuisd naar|ingeschreven|thuis)"
    r"(?:\s(?:op|aan|in|de|het|sinds \d{4}|nu|nog|dhr\.|mw\.|cliënt))*[:,]?\s+$", re.IGNORECASE)
_CAP_NUMBER = re.compile(rf"(?<![\w-])(?:[A-Z][\w'-]* (?:(?:van|de|der|den|het|'t) )*){{0,3}}[A-Z][\w'-]+ {_NUM}(?=\s*[,;\n.)]|\s*$|\s+\d{{4}}\s?[A-Z]{{2}}|\s+(?:in|te)\s)")
_POSTCODE_AHEAD = re.compile(r",?\s*\d{4}\s?[A-Za-z]{2}\b")
_ADDR_STRIP = frozenset(
    "adres woonadres postadres mijn op aan bij in naar woont zijn haar het een ik wij via vanaf "
    "thuis locatie plaats de sinds en of nu woonachtig wonende woonadres: adres: privéadres".split())


def _trim_address(text: str, start: int, end: int) -> tuple[int, int]:
    words = list(_rx.finditer(r"\S+", text[start:end]))
    i = 0
    while i < len(words) - 2 and words[i].group().lower().rstrip(":,") in _ADDR_STRIP \
            and not (words[i].group() in ("Van", "De") and i + 1 < len(words)
                     and _rx.search(STREET_SUFFIXES, words[i + 1].group())):
        i += 1
    return start + words[i].start(), end


# A word, a space and a house number that is not a year or a time ("straat 12", not "in 2019").
_HOUSE_NUMBER_ANCHOR = re.compile(r"[A-Za-zà-ÿ.] (?!(?:19|20)\d\d\b)\d{1,5}(?![\d:]|,\d)")
# Every space before a digit, with (group 1) the anchor's number when the space follows a letter.
_NUMBER_SPACE = re.compile(r" (?=\d)(?:(?<=[A-Za-zà-ÿ.] )(?!(?:19|20)\d\d\b)(\d{1,5})(?![\d:]|,\d))?")
# Where each pattern can start (its first character, at a word start), and what must stand
# right before the number: a street suffix, or one after initials ("Julianalaan J.W. 4").
_STREET_FIRST = re.compile(r"[A-Za-zÀ-ÿ'-](?<![\w-].)")
_CAP_FIRST = re.compile(r"[A-Z](?<![\w-].)")
_SUFFIX_TUPLE = tuple(STREET_SUFFIXES.split("|"))
_SUFFIX_ENDS = frozenset(suffix[-3:] for suffix in _SUFFIX_TUPLE)  # one lookup rejects most words
_SUFFIX_INITIALS_END = re.compile(rf"{_SUFFIX_GROUPS}(?: (?:[A-Z]\.){{1,3}}| [A-Z]{{1,2}}\.?[A-Z]?\.?)\Z")
_INITIAL_ENDS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_CAP_PARTICLES = frozenset(("van", "de", "der", "den", "het", "'t"))


def _number_contexts(text: str) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """For each space before a number (one pass, as the numbers are few): the house-number
    anchor hits, and the numbers a street match or a name+number match can end before. A
    street's suffix ends right before the number or before initials ("Julianalaan J.W. 4");
    the last name word of a name+number match lies in the word before it, so it holds a
    capital."""
    hits, street_ends, name_ends = [], [], []
    rfind = text.rfind
    for m in _NUMBER_SPACE.finditer(text):
        q, number_end = m.start(), m.end(1)
        if number_end >= 0:
            hits.append((q - 1, number_end))
        word = text[rfind(" ", 0, q) + 1:q]
        if word[-3:] in _SUFFIX_ENDS and word.endswith(_SUFFIX_TUPLE) or \
                word[-1:] in _INITIAL_ENDS and _SUFFIX_INITIALS_END.search(text, max(0, q - 20), q):
            street_ends.append(q)
        if word != word.lower():
            name_ends.append(q)
    return hits, street_ends, name_ends


# "Na afloop 20 minuten", "de Markt 3 keer": a number followed by a unit or a count is none.
_COUNTED_AFTER = re.compile(
    r"\s+(?:minuten|minuut|min\.|uur|seconden|dagen|dag|weken|week|maanden|maand|jaar|jaren|"
    r"keer|maal|euro|procent|km|kilometer|meter|kilo|kg|personen|mensen|kinderen|stuks|"
    r"deelnemers|gezinnen|ouders|dossiers|zaken|brieven|pagina's)\b", re.IGNORECASE)


def find_addresses(text: str) -> Iterator[Span]:
    hits, street_ends, name_ends = _number_contexts(text)
    # The windows of the anchor are kept: they decide which matches the rule has always made.
    near_numbers = windows_around(text, hits, 90, 25)
    if not near_numbers:
        return
    # At most four prefix words and the initials: five spaces before the number.
    street_starts = sorted({s for q in street_ends
                            for s in starts_within_spaces(text, q, 5, _STREET_FIRST)})
    for m in finditer_in(STREET_NUMBER, text, near_numbers, street_starts):
        s, e = _trim_address(text, m.start(), m.end())
        if _rx.fullmatch(r"\d{4}", text[e - 4:e]) and _rx.search(r"\s(?:19|20)\d\d$", text[s:e]):
            continue  # "sinds 2019" is not a house number
        if _COUNTED_AFTER.match(text, e):
            continue
        yield Span(s, e, "ADDRESS", "places:street-suffix", 0.9)
    cap_starts = sorted({s for q in name_ends  # three name words before the last one at most
                         for s in starts_in_name_run(text, q, _CAP_PARTICLES, 4, _CAP_FIRST)})
    for m in finditer_in(_CAP_NUMBER, text, near_numbers, cap_starts):
        s, e = _trim_address(text, m.start(), m.end())
        cue = _ADDRESS_CUE.search(text[max(0, s - 40):s]) or \
            _rx.search(r"(?:\bop|\baan de|\baan het)\s+$", text[max(0, s - 10):s])
        if (cue or _POSTCODE_AHEAD.match(text, e)) and not _COUNTED_AFTER.match(text, e):
            if _rx.search(r"\b(?:19|20)\d\d$", text[s:e]) or text[s:e].split()[0] in lx.public_bodies():
                continue
            yield Span(s, e, "ADDRESS", "places:name+number+cue", 0.85)


# "Hanzestraat 66, Presikhaaf.", "Vaillantlaan 301, Transvaal (Den Haag)": the district or
# place after an address, listed or not, ends the phrase.
_PLACE_AFTER_ADDRESS = re.compile(
    r",\s?((?:'s-)?[A-Z][a-zà-ÿ'-]{2,}(?: [A-Z][a-zà-ÿ'-]+)?)(?=\s*[.(,;|\n]|\s*$)")


def find_places_after_addresses(text: str, addresses: list[Span]) -> Iterator[Span]:
    for a in addresses:
        m = _PLACE_AFTER_ADDRESS.match(text, a.end)
        if m is not None:
            name = m.group(1)
            if not _blocked(name) and name not in lx.public_bodies() and name not in lx.first_names():
                yield Span(m.start(1), m.end(1), "LOCATION", "places:after-address", 0.85)


LOCATION_CUE = re.compile(
    r"(?:\b(?:in|uit|te|naar|nabij|bij|vanuit|richting|omgeving|regio|wijk|buurt|dorp|stad|"
    r"woonplaats|geboorteplaats|woont|wonend|vestiging|filiaal|locatie|plaats)|[–—-])[:,]?\s+$",
    re.IGNORECASE)
_LOCATION_CUE_WORDS = tuple((
    "in|uit|te|naar|nabij|bij|vanuit|richting|omgeving|regio|wijk|buurt|dorp|stad|woonplaats|"
    "geboorteplaats|woont|wonend|vestiging|filiaal|locatie|plaats").split("|"))
_GEMEENTE = re.compile(r"\bgemeente\s+$", re.IGNORECASE)


def _cue_before(before: str, words: tuple[str, ...], rx: re.Pattern, dashes: str = "",
                punctuation: str = "") -> bool:
    r"""``rx.search(before)`` for ``rx`` = ``(?:\b(?:words)|[dashes])[punctuation]?\s+$``
    (IGNORECASE): the text before a candidate ends in white space after a cue word.
    Searching from every position is slow; looking at the end is not. Ends that are not ASCII
    (where IGNORECASE folds more letters) are left to the pattern."""
    r = before.rstrip()
    if len(r) == len(before):
        return False
    if r[-1:] and r[-1] in punctuation:
        r = r[:-1]
    if r[-1:] and r[-1] in dashes:
        return True
    tail = r[-16:]
    if not tail.isascii():
        return rx.search(before) is not None
    tail = tail.lower()
    if not tail.endswith(words):
        return False
    for word in words:
        if tail.endswith(word):
            k = len(r) - len(word)
            if k == 0 or not (r[k - 1].isalnum() or r[k - 1] == "_"):
                return True
    return False


_CAP_RUN = re.compile(r"[A-Z'](?:(?<=[A-Z])|(?<=')s-[A-Z]|(?<=')t [A-Z])[\w'-]+(?:(?: (?:aan|op|bij|den|de|der|in)){0,2} [A-Z][\w'-]+){0,3}")
# The same pattern opening with a larger class: eight or more members make a bitmap, which the
# engine skips through faster than a range and a literal; the C1 controls added (\x80-\x9f)
# are turned away by the lookbehinds right after.
_CAP_RUN_SCAN = re.compile(_CAP_RUN.pattern.replace("[A-Z']", r"[A-Z'\x80-\x9f]", 1))
_COMPASS = frozenset("Noord Zuid Oost West Centrum Buiten Haven Stad Poort".split())


@functools.cache
def _place_keys() -> dict[str, str]:
    return {p.lower(): p for p in lx.dutch_places()}


@functools.cache
def _place_first_words() -> frozenset[str]:
    """The first word (lower case) of every known place."""
    return frozenset(key.split(" ")[0] for key in _place_keys()) | \
        frozenset(place.split(" ")[0].lower() for place in lx.foreign_places())


@functools.lru_cache(maxsize=100_000)
def _known_place(name: str) -> bool:
    return name.lower() in _place_keys() or name in lx.foreign_places() or \
        name.isupper() and _foreign_in_capitals(name.title())  # "WOONPLAATS: KUMASI"


def _foreign_in_capitals(title: str) -> bool:
    """A foreign place written in capitals, unless it is a word or a first name as well (LAAG,
    MARTA): capitals hide the difference, and the list holds thousands of small towns."""
    return title in lx.foreign_places() and title.lower() not in lx.dutch_words() and \
        title not in lx.first_names() and title not in lx.surnames() and \
        title[0].lower() + title[1:] not in lx.surnames()  # "DE HAAN": "de Haan"


@functools.lru_cache(maxsize=100_000)
def _blocked(word: str) -> bool:
    return word in lx.non_person_capitalised() or word in lx.public_bodies()


@functools.lru_cache(maxsize=100_000)
def _place_candidate(cand: str) -> bool:
    """A known place (not a blocked word) or a known place with a compass suffix."""
    if "-" in cand and cand.rsplit("-", 1)[1] in _COMPASS and _known_place(cand.rsplit("-", 1)[0]):
        return True  # "Tilburg-Noord"
    return _known_place(cand) and not _blocked(cand)


_PLACE_HEADS = (
    "eiland|wijk|buurt|dorp|veld|haven|kwartier|park|berg|dijk|hoven|burg|stad|meer|woude|broek|"
    "polder|oord|zijl|dam|hout|horst|heuvel|hof|kamp|kerk|loo|rode|recht|sluis|wolde|zand|"
    "straat|laan|weg|plein|gracht|kade|singel|dreef|steeg")
_PLACE_HEAD_ANCHOR = re.compile(rf"{by_first_char(_PLACE_HEADS.split('|'))}\b")
# The capital comes first and the left boundary is checked behind it: a pattern opening with a
# lookbehind is tried at every position, one opening with a class skips ahead in C (faster
# still through a bitmap class: the members added are turned away by `(?<=[A-Z])`).
_PLACE_WORD = re.compile(
    rf"[A-Z'\x80-\x9f](?<![\w-].)(?<=[A-Z])[a-zà-ÿ]+{by_first_char(_PLACE_HEADS.split('|'))}(?![\w-])")


def find_place_shaped_words(text: str) -> Iterator[Span]:
    """Neighbourhoods and streets absent from the lists: 'Kanaleneiland', 'Lindelaan'."""
    near_heads = None
    for m in _PLACE_WORD.finditer(text):
        word = m.group()
        if word.lower() in lx.dutch_words() or _blocked(word) or \
                _rx.search(r"\bgemeente\s+$", text[max(0, m.start() - 12):m.start()], re.I):
            continue
        if not _near_own_head(word):
            near_heads = near_heads or windows(text, _PLACE_HEAD_ANCHOR, 40, 0)
            if not any(lo <= m.start() and m.end() <= hi for lo, hi in near_heads):
                continue
        yield Span(m.start(), m.end(), "LOCATION", "places:place-shaped-word", 0.55)


def _near_own_head(word: str) -> bool:
    """The rule only ever looked 40 characters before a head; a short word is always within
    reach of its own. Longer words (and words split by the non-letters × and ÷, which the
    letter class lets in) are checked against the real windows, to keep the same matches."""
    return len(word) <= 40 and "×" not in word and "÷" not in word


_LOWER_PLACE_NAME = r"((?:den |de |'s-)?[a-z][a-z-]{2,}(?:\s[a-z]{3,})?)"
# A postcode's letters, either case ("3314 kc dordrecht"), but none of the short words the
# postcode rule turns away ("2019 en zwolle").
_PC_LETTERS = rf"(?:[A-Z]{{2}}|(?!(?:{'|'.join(sorted(POSTCODE_WORDS))})\s)[a-z]{{2}})"
_LOWER_PLACE = re.compile(
    r"[\dWwIiUuTtOoRrVvLl](?:(?<=\d)\d{3}\s?" + _PC_LETTERS + r"\s+|(?<=[Ww])oonplaats:?\s+|"
    r"(?<![\w].)(?:(?<=[Ii])n|(?<=[Uu])it|(?<=[Tt])e|(?<=[Oo])p)\s+|(?<![\w].)(?<=[Ww])o(?:ont|nend)\s+|"
    r"(?<![\w].)(?:(?<=[Rr])egio|(?<=[Vv])liegveld|(?<=[Ll])uchthaven)\s+)"
    + _LOWER_PLACE_NAME)
# The same pattern, one branch per cue (see place_scan): the postcode, "woonplaats", in/uit/te/op,
# woont/wonend, regio/vliegveld/luchthaven.
_POSTCODE_BRANCH = [("", re.compile(r"\d{4}\s?" + _PC_LETTERS + r"\s+" + _LOWER_PLACE_NAME))]
# The postcode opens with a digit: a class, slow to skip to. One branch per ASCII digit opens
# with a literal; a text that may hold another decimal digit ("٣") keeps the class.
_POSTCODE_DIGIT_BRANCHES = [("", re.compile(rf"{d}\d{{3}}\s?{_PC_LETTERS}\s+" + _LOWER_PLACE_NAME))
                            for d in "0123456789"]
_LOWER_PLACE_BRANCHES = [
    (cue, re.compile(rf"{cue}(?<![\w].{{{len(cue)}}})\s+{_LOWER_PLACE_NAME}"))
    for cue in ("In", "in", "Uit", "uit", "Te", "te", "Op", "op")  # "werkt op schiphol"
] + [(cue, re.compile(rf"{cue}:?\s+{_LOWER_PLACE_NAME}"))  # the pattern asks no word start here
     for cue in ("Woonplaats", "woonplaats")
] + [(cue, re.compile(rf"{cue}(?<![\w].{{{len(cue)}}})\s+{_LOWER_PLACE_NAME}"))  # "woont enschede"
     for cue in ("Woont", "woont", "Wonend", "wonend",  # "regio arnhem", "vliegveld eindhoven"
                 "Regio", "regio", "Vliegveld", "vliegveld", "Luchthaven", "luchthaven")]
_CUE_CAP_WORDS = "in|uit|te|nabij|vanuit|wijk|buurt|woonplaats:?|geboorteplaats:?".split("|")
_CUE_CAP_NAME = r"\s+((?:'s-)?[A-Z][\w'-]+(?:\s(?:[A-Z][\w'-]+|aan den [A-Z][\w-]+))?)"
_FROM_PLACE_CUE = re.compile(r"(?<![\w])(?:uit|vanuit|woonplaats:?|geboorteplaats:?)\s+$")
_CUE_CAP_PLACE = re.compile(word_start(_CUE_CAP_WORDS, _CUE_CAP_NAME, ignorecase=False))
_CUE_CAP_BRANCHES = cue_branches(_CUE_CAP_WORDS, _CUE_CAP_NAME)


def _words_at(run: str) -> list[tuple[int, str]]:
    """The words of a capitalised run with their offsets (its words are split by one space)."""
    words, at = [], 0
    for word in run.split(" "):
        words.append((at, word))
        at += len(word) + 1
    return words


def _lexicon_places(text: str, start: int, words: list[tuple[int, str]]) -> Iterator[Span]:
    """Longest known place starting at each word ("Alphen aan den Rijn", "Uit Barendrecht")."""
    checked_gemeente = False
    i = 0
    while i < len(words):
        found = 0
        # Runs of several words are tried only from a word a known place begins with.
        longest = len(words) - i if words[i][1].lower() in _place_first_words() else 1
        for n in range(longest, 0, -1):
            s0 = start + words[i][0]
            cand = text[s0:start + words[i + n - 1][0] + len(words[i + n - 1][1])]
            if not _place_candidate(cand):
                continue
            if not checked_gemeente:  # asked only once a place is found: most runs hold none
                if _cue_before(text[max(0, start - 25):start], ("gemeente",), _GEMEENTE):
                    return  # "gemeente Utrecht" is the institution
                checked_gemeente = True
            end = s0 + len(cand)
            if i + n < len(words) and words[i + n][1] in _COMPASS:
                end = start + words[i + n][0] + len(words[i + n][1])
            cue = _cue_before(text[max(0, s0 - 25):s0], _LOCATION_CUE_WORDS, LOCATION_CUE,
                              "–—-", ":,")
            ordinary = cand.lower() in lx.dutch_words()
            if ordinary and not cue and (at_sentence_start(text, s0) or n == 1 and
                                         cand not in lx.municipalities()):
                break
            yield Span(s0, end, "LOCATION", "places:lexicon", 0.8 if cue else 0.7)
            found = n
            break
        i += found or 1


# "Eindhoven Airport", "Rotterdam The Hague Airport", "Groningen Airport Eelde": a workplace,
# one span; the first word must be a known place ("Regional Airport" alone is none).
_AIRPORT = re.compile(r"[A-Z](?<![\w-].)[\w'-]+(?: [A-Z][\w'-]+){0,2} Airport(?: [A-Z][a-z]+\b)?")


def _airports(text: str) -> Iterator[Span]:
    pos = 0
    while (m := _AIRPORT.search(text, pos)) is not None:
        first = m.group().split(" ", 1)[0]
        if _known_place(first):
            yield Span(m.start(), m.end(), "LOCATION", "places:airport", 0.9)
            pos = m.end()
        else:  # "Op Groningen Airport": try again from the next word
            pos = m.start() + len(first) + 1


def cue_place_span(text: str, m: re.Match) -> Span | None:
    """The place in a _CUE_CAP_PLACE match, if its word can be one (the plain and the fast scan
    of find_locations share this)."""
    name = m.group(1)
    first = name.split()[0]
    if _blocked(first) or _blocked(name) or first.lower() in lx.dutch_words():
        return None
    # "in Woensel", "familie in Berkane": a place, though a surname list has it; a first name
    # after "in" may be a person's ("in Sofia"), after "uit" or "vanuit" it is a place.
    if first in lx.first_names() and not _known_place(first) and \
            not _FROM_PLACE_CUE.search(text, max(0, m.start() - 1), m.start(1)):
        return None
    return Span(m.start(1), m.end(1), "LOCATION", "places:cue+capitalised", 0.85)


def find_locations(text: str) -> Iterator[Span]:
    yield from find_lowercase_places(text)
    yield from find_place_shaped_words(text)
    yield from _airports(text) if "Airport" in text else ()
    place = _place_candidate
    for m in _CAP_RUN_SCAN.finditer(text):
        name = m.group()
        if " " not in name:
            if place(name):
                yield from _lexicon_places(text, m.start(), [(0, name)])
            continue  # fast path: most runs are one word that is no place
        if "-" in name or not _place_first_words().isdisjoint(name.lower().split(" ")):
            # Only then can a part be a place: each begins with a known place's first word,
            # or is one with a compass suffix ("Tilburg-Noord").
            yield from _lexicon_places(text, m.start(), _words_at(name))
    # Unknown capitalised words right after a place cue ("uit Beijum", "in Kanaleneiland").
    for m in finditer_branches(_CUE_CAP_PLACE, _CUE_CAP_BRANCHES, text):
        span = cue_place_span(text, m)
        if span is not None:
            yield span
    # Lower-case places after a postcode or a place cue ("2518 EV den haag", "woonplaats: zwolle").
    postcode = _POSTCODE_BRANCH if may_hold_other_digits(text) else _POSTCODE_DIGIT_BRANCHES
    for m in finditer_branches(_LOWER_PLACE, postcode + _LOWER_PLACE_BRANCHES, text):
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


_LIVES_IN_VERBS = (
    "woont|wonen|woonde|woonachtig|geboren|opgegroeid|afkomstig|komt|kwam|verhuisd".split("|"))
_LIVES_IN_REST = r"(?: \w+)?\s(?:in|uit|te|naar)\s([a-zà-ÿ][a-zà-ÿ-]{2,})\b"
_LIVES_IN = re.compile(word_start(_LIVES_IN_VERBS, _LIVES_IN_REST, ignorecase=False))
_LIVES_IN_BRANCHES = cue_branches(_LIVES_IN_VERBS, _LIVES_IN_REST)


_NEIGHBOURHOOD_WORDS = ["wijk", "buurt"]
_NEIGHBOURHOOD_REST = r"\s([a-zà-ÿ][a-zà-ÿ-]{2,})\b"
_NEIGHBOURHOOD = re.compile(word_start(_NEIGHBOURHOOD_WORDS, _NEIGHBOURHOOD_REST, ignorecase=False))
_NEIGHBOURHOOD_BRANCHES = cue_branches(_NEIGHBOURHOOD_WORDS, _NEIGHBOURHOOD_REST)


# Endings of neighbourhood names ("schilderswijk", "transvaalkwartier").
_NEIGHBOURHOOD_ENDINGS = (
    "wijk", "buurt", "dorp", "hof", "veld", "kwartier", "park", "polder", "meer", "oord", "berg",
    "dam", "haven", "hoek", "horst", "zoom", "woude", "weide", "rode", "hage", "heuvel", "lanen",
    "eiland", "stad", "land", "burg", "broek", "kamp", "dijk", "plein", "ring")


def neighbourhood_word(word: str) -> bool:
    """A lower-case word after "wijk"/"buurt" that names one: a known place, a compound ending
    like a neighbourhood ("bloemenbuurt", listed or not), or a hyphenated name with an unlisted
    or compass part ("oud-west"). The word list holds no inflected verbs, so "de wijk woont"
    needs more than "no listed word" to be a place."""
    if word in _place_keys():
        return True
    if any(word.endswith(e) and len(word) >= len(e) + 3 for e in _NEIGHBOURHOOD_ENDINGS):
        return True
    parts = word.strip("-").split("-")
    return len(parts) > 1 and any(
        p not in lx.dutch_words() or p.title() in _COMPASS for p in parts)


# "woont in de rivierenwijk, deventer": a district named as a compound, and the town after it.
_IN_DE_DISTRICT = re.compile(
    r"\b(?:in|uit) de ([a-z]{3,}(?:wijk|buurt))\b(?:,\s([a-z][a-z-]{2,})\b)?")


def find_lowercase_places(text: str) -> Iterator[Span]:
    """'woont in toronto': an unknown lower-case word after a residence verb; 'wijk
    velve-lindenhof': a neighbourhood."""
    for m in finditer_branches(_LIVES_IN, _LIVES_IN_BRANCHES, text):
        word = m.group(1)
        if word not in lx.dutch_words() and word not in ("een", "het", "de", "die", "dit"):
            yield Span(m.start(1), m.end(1), "LOCATION", "places:lives-in-lowercase", 0.55)
    for m in finditer_branches(_NEIGHBOURHOOD, _NEIGHBOURHOOD_BRANCHES, text):
        if neighbourhood_word(m.group(1)):
            yield Span(m.start(1), m.end(1), "LOCATION", "places:wijk-lowercase", 0.55)
    for m in _IN_DE_DISTRICT.finditer(text) if "wijk" in text or "buurt" in text else ():
        if m.group(1) not in lx.dutch_words():
            yield Span(m.start(1), m.end(1), "LOCATION", "places:wijk-lowercase", 0.55)
            if m.group(2) and m.group(2) in _place_keys():
                yield Span(m.start(2), m.end(2), "LOCATION", "places:lowercase", 0.6)


def province_of(place: str) -> str | None:
    """The province of a Dutch municipality (or well-known place in one), else None."""
    if not place:
        return None
    name = re.sub(r"^(?:gemeente|gem\.)\s+", "", place.strip(), flags=re.IGNORECASE)
    table = lx.municipalities()
    if name in table:
        return table[name]
    return _municipality_keys().get(name.lower())


@functools.cache
def _municipality_keys() -> dict[str, str]:
    """Lower-cased municipality -> province; redaction asks for every generalised place."""
    return {k.lower(): v for k, v in lx.municipalities().items()}

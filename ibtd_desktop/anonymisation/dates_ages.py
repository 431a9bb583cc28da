"""Dates of birth (a date near a birth cue) and ages (never durations)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ibtd_desktop.anonymisation import scan as _rx
from ibtd_desktop.anonymisation.age_cues import CueGate, CueRule
from ibtd_desktop.anonymisation.anchor_hits import literal_hits
from ibtd_desktop.anonymisation.lexicons import dutch_words
from ibtd_desktop.anonymisation.names import ROLES
from ibtd_desktop.anonymisation.scan import by_first_char, finditer_in, finditer_near, windows_around, word_start
from ibtd_desktop.anonymisation.spans import Span
from ibtd_desktop.anonymisation.table_columns import column_cells
from ibtd_desktop.anonymisation.tokens import ROLE_NOUN_ENDINGS

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "mar": 3, "april": 4,
    "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_RX = "|".join(sorted(MONTHS, key=len, reverse=True))
# The same alternation grouped by first letter (scan.by_first_char): tried after every digit.
_MONTHS_GROUPED = by_first_char(_MONTH_RX.split("|"))
_MONTHS_UPPER_GROUPED = by_first_char(_MONTH_RX.upper().split("|"))
# The first digit is consumed before the boundary lookbehind: the regex engine then skips
# straight to digits instead of trying the pattern at every position (same matches).
DATE = re.compile(
    r"\d(?<![\w.-].)(?:"
    r"\d?[-/.]\d{1,2}[-/.](?:19|20)?\d\d"                        # 14-03-2024, 1.3.24
    r"|(?:(?<=1)9|(?<=2)0)\d\d-\d{1,2}-\d{1,2}"                   # 2024-03-14
    rf"|\d?\s?{_MONTHS_GROUPED}\.?(?:\s?(?:(?:19|20)\d\d|'\d\d))?"  # 14 maart 2024
    rf"|\d?{_MONTHS_UPPER_GROUPED}\d\d"                           # 14MRT24
    r")(?![\w]|[-/]\d)",
    re.IGNORECASE,
)
BIRTH_CUE = re.compile(
    r"(?:geboren|geb\.|°|geboortedatum|geboortedag|born|d\.o\.b\.?|dob|geb\s)", re.IGNORECASE)
_CUE_WINDOW = 40


_FULL_MONTHS = frozenset(
    "januari februari maart april mei juni juli augustus september oktober november december".split())


def _date_end(match: re.Match) -> int:
    """End of a date without a sentence-final dot after a full month name ("3 juni.")."""
    surface = match.group()
    word = re.sub(r"[^a-zA-Z]", "", surface).lower()
    if surface.endswith(".") and word in _FULL_MONTHS:
        return match.end() - 1
    return match.end()


def find_birth_dates(text: str) -> Iterator[Span]:
    for m in DATE.finditer(text):
        before = text[max(0, m.start() - _CUE_WINDOW):m.start()]
        cues = list(BIRTH_CUE.finditer(before))
        cue = cues[-1] if cues else None  # the nearest: "(geb. 3-3-13) en Ayu (geb. "
        if cue and not _rx.search(r"[.;\n]\s*[A-Z]", before[cue.end():]) \
                and not DATE.search(before[cue.end():]):
            yield Span(m.start(), _date_end(m), "DATE_OF_BIRTH", "rule:date+birth-cue", 0.9)
            continue
        # "Dhr. Daan Vermeulen (12.08.1991)": a full date in brackets right after a name.
        if _rx.search(r"[A-Z][\w'-]+\s\($", before) and text[m.end():m.end() + 1] == ")" \
                and _rx.search(r"(?:19|20)\d\d|'\d\d", m.group()):
            yield Span(m.start(), m.end(), "DATE_OF_BIRTH", "rule:date-after-name", 0.7)
    yield from find_table_birth_dates(text)


NUMERALS = (
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
    "zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig "
    "negentig één").split()  # "één" with its accents is the numeral, never the article
ORDINALS = (
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde "
    "dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste "
    "dertigste veertigste vijftigste zestigste").split()
_NUM_WORD = "|".join(sorted(NUMERALS, key=len, reverse=True))
_NUM = rf"(?:\d{{1,3}}|(?:{_NUM_WORD})(?:[eë]n(?:{_NUM_WORD}))?)"  # drieënveertig

AGE_YEARS = re.compile(rf"(?<![\w,.-])({_NUM})\s?(?:jaar|jr\.?|jaren)(?![\w])", re.IGNORECASE)
AGE_JARIG = re.compile(rf"(?<![\w-])(?:\d{{1,3}}-|(?:{_NUM_WORD}))jarige?n?\b", re.IGNORECASE)
AGE_BRACKET = re.compile(r"(?<=\()\d{1,3}(?=\))")
# The same matches as group 1: opening with the literal "(" the engine jumps to it (a pattern
# opening with a lookbehind is tried at every position). No match can start inside another:
# each needs a "(" right before it.
# "zoon (achtentwintig)", "Sjoerd de Jong (zevenentachtig, geb. ...)" too
_AGE_BRACKET_FAST = re.compile(rf"\((\d{{1,3}}|{_NUM})(?=\)|,\s)")
AGE_AFTER_VERB = re.compile(word_start(  # "is 45", "leeftijd: 33 jaar"; see scan.word_start
    "ik ben|is|was|nu|die|wordt|werd|toen|inmiddels|peildatum|leeftijd:?|age".split("|"),
    rf"\s+({_NUM})(?![\w%]|[.,:]\d)(?:\s+([a-zà-ÿ]+))?", ignorecase=True))
_COMMA_NUMBER = re.compile(r",\s*\d{1,2}\s*[,;)]")  # what every AGE_AFTER_RELATIVE match contains
_AGE_APPROX = re.compile(word_start(  # "ca. 45,": see scan.word_start
    [r"ca\.", "circa", "ongeveer", "rond de", "van"], r"\s+(\d{2})(?=\s*[,;)\n])", ignorecase=False))
_AGE_FOLLOWERS = frozenset("is en jaar oud geworden werd was jr toen maar dus".split())
AGE_ORDINAL = re.compile(word_start(
    "sinds|vanaf|op|tot|na|voor".split("|"),
    rf"\s+(?:mijn|zijn|haar|z'n|m'n)\s+((?:{'|'.join(ORDINALS)})"
    r"|\d{1,2}e|\d{1,2}ste|\d{1,2}de)\b(?=\s*(?:[.,;:)!?\n]|$|(?:jaar|verjaardag|in|op|bij|naar|ben|"
    r"ik|hij|zij|ze|heb|heeft|had|woon|woont|werk|werkt|ging|kwam|niet|meer|al|nog|was|is|"
    r"moest|kreeg|begon|stopte|trouwde|verhuisde|vertrok|kon|mocht|wilde|zat|raakte|werd|"
    r"de|het|een|en)\b))", ignorecase=True))
# "zijn vrouw, 58, zegt": an age between commas right after a family word.
AGE_AFTER_RELATIVE = re.compile(
    r"\b(?:vrouw|man|moeder|vader|zoon|dochter|broer|zus|partner|echtgenoot|echtgenote|kind|"
    r"opa|oma|buurman|buurvrouw|cliënt|cliënte|melder)"
    r"(?:\s+(?:uit|in|te)\s+[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)?"  # "een man uit Woensel, 63,"
    r"\s*,\s*(\d{1,2})\s*(?=[,;)])")
# "de tweeling van elf", "een vrouw van 85": an age after "van" and a word for a person, without
# "jaar" (with it, AGE_YEARS finds it); the word after it must end the phrase, so "zoon van twee
# ouders" is none. Parents are left out: "moeder van twee." counts her children.
_PERSON_BEFORE_VAN = re.compile(
    r"\b(?:zoon|zoontje|dochter|dochtertje|tweeling|kind|kindje|jongen|jongetje|meisje|meid|"
    r"kleinkind|kleinzoon|kleindochter|broertje|zusje|baby|jongste|oudste|neefje|nichtje|"
    r"vrouw|man|meneer|mevrouw|heer|dame|weduwe|weduwnaar|buurman|buurvrouw|broer|zus)$",
    re.IGNORECASE)
_AGE_AFTER_VAN = re.compile(  # read from the space before "van"
    rf"\s+van\s+({_NUM})(?=\s*(?:[.,;:)!?\n]|$|(?:en|die|dat|zit|zat|is|was|gaat|ging|woont|"
    r"heeft|had|kwam|kon|moet|moest|wil|wordt|werd|op|in|bij|naar|met|zo'n|zo|nog|al|ook|"
    r"niet|maar|of|doet|deed|zegt|zei|krijgt|kreeg|helpt|hielp|werkt|werkte|belt|belde|speelt|"
    r"staat|stond|heet|studeert|logeert)\b))",
    re.IGNORECASE)


def _ages_after_van(text: str) -> Iterator[re.Match]:
    """Matches of _AGE_AFTER_VAN after a person word, found from each " van " (scanning the
    text for the person words instead is twenty times slower)."""
    i = text.find(" van ")
    while i >= 0:
        if _PERSON_BEFORE_VAN.search(text, max(0, i - 13), i) and (m := _AGE_AFTER_VAN.match(text, i)):
            yield m
        i = text.find(" van ", i + 4)


# "sinds haar tachtigste slechtziend": from twelve on, an ordinal after sinds/vanaf and a
# possessive is an age whatever follows ("sinds haar tweede zwangerschap" counts, and stays).
_TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
_AGE_SINCE_ORDINAL = re.compile(
    r"[SsVv](?<![\w].)(?:(?<=[Ss])inds|(?<=[Vv])anaf)\s+(?:mijn|zijn|haar|z'n|m'n)\s+("
    r"(?:twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)de|"
    rf"(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?(?:{_TENS})ste|"
    r"[1-9]\d(?:e|ste|de))\b")
# "ze is net 18 geworden", "hij is bijna zeventig": an adverb between the verb and the age.
# Opens with the space before the adverb (a literal the engine skips to); the verb is checked
# behind it.
_AGE_AFTER_ADVERB = re.compile(
    rf" (?:(?<=\bis )|(?<=\bwas )|(?<=wordt )|(?<=\bwerd )|(?<=\bben ))"
    rf"(?:net|al|bijna|pas|ruim|ongeveer|inmiddels|nu)"
    rf" ({_NUM})(?=\s*(?:[.,;:)!?\n]|$|(?:geworden|en|toen|oud|maar|dus|nu)\b))")  # "al 2 jaar" is none
# "kinderen van 3, 5 en 8", "twee dochters (4 en 7)": the ages of several children.
_CHILDREN_AGES = re.compile(
    r"\b(?i:kinderen|kids|dochters|zonen|jongens|meisjes|kleinkinderen|tweeling)\s+(?:van\s+|\()"
    r"(\d{1,2}(?:,\s*\d{1,2})*\s+en\s+\d{1,2})(?=\s*(?:jaar\b|[.,;:)!?\n]|$)|\s+(?!maand|week|weken)[a-z])")
_NUMBER_EN_NUMBER = re.compile(r"\d\s+en\s+\d")  # what every _CHILDREN_AGES match holds
# "toen ze negentien was", "toen hij 17 werd": an age told as a moment.
_AGE_WHEN = re.compile(
    rf"[Tt](?<![\w].)oen\s+(?:ze|zij|hij|ik|je|jij|u|we|wij|(?:mijn|zijn|haar|onze|hun)\s+\w+)\s+({_NUM})"
    r"\s+(?:was|werd|is|waren|werden|ben)\b")
# "Mark Coenen (directeur-eigenaar, 59)": an age after a role in the brackets behind a name.
# "(deurwaarder, 58)", "(deurwaarder, 58, zit al 27 jr in het vak)", "(moldavisch, zesendertig)"
_AGE_AFTER_ROLE_IN_BRACKETS = re.compile(
    rf"\(([a-zà-ÿ][\w-]*(?: [\w-]+){{0,3}}),\s*({_NUM})\s*[,;)]")  # opens with "(": the engine skips


_DURATION_BEFORE = re.compile(
    r"\b(?:al|sinds|ruim|bijna|na|over|voor|binnen|tot|gedurende|afgelopen|laatste|tussen|en|"
    r"jaren|per|elke|iedere|zo'n|de|het|die|dit|deze|vanaf|vorig|paar|eind|begin|midden|"
    r"tot en met|t/m|meer dan|minder dan|langer dan|pakweg|ongeveer|heeft|hebben|had|moest|"
    r"werkt|werkte|woont|woonde|duurt|duurde|nog)\s+$", re.IGNORECASE)
_DURATION_AFTER = re.compile(
    r"\s*(?:geleden|lang|in\b|op\b|bij\b|werkzaam|getrouwd|gewerkt|gewoond|later|eerder|terug|"
    r"achterstand|naar\b|gevangenis|cel|voor\b|met\b|aan\b|achter|de tijd|onderweg|samen|"
    r"verblijf|dienst|ervaring|wachten|bezig|uit\b|niet|zonder|ouder|jonger|te\b|na\b)",
    re.IGNORECASE)


# "41 jaar chauffeur", "2 jaar UHT-medewerker": years in a job are a duration, not an age.
_ROLE_AFTER = re.compile(
    rf"\s+(?:[A-Z]{{2,}}-[\w-]+|[a-z]+(?:{ROLE_NOUN_ENDINGS}))(?![\w-])")
_NOT_ROLES = frozenset(
    "maar daar waar meer weer over onder zeer per ver eer der ter haar hier moeder vader zuster "
    "dochter achter later ouder jonger".split())
# "een termijn van drie jaar": the noun before "van" measures time.
_DURATION_NOUN_BEFORE = re.compile(
    r"(?:termijn|periode|duur|looptijd|straf|tijd|contract|verblijf|achterstand|maximum|minimum|"
    r"totaal|verlenging|uitstel|garantie|pauze|traject|regeling|lening|hypotheek|opleiding|"
    r"huwelijk|relatie|dienstverband)\w*\s+van\s+(?:\w+\s+)?$", re.IGNORECASE)


def _duration_after(text: str, pos: int) -> bool:
    """Whether the words after "N jaar" ending at ``pos`` make it a duration."""
    if _DURATION_AFTER.match(text, pos):
        return True
    m = _ROLE_AFTER.match(text, pos)
    return bool(m) and m.group().strip().lower() not in _NOT_ROLES


def _starts(words: list[str]) -> list[tuple[str, str]]:
    """CueRule.starts for a list of words under (?i): both cases of each first letter, then the
    rest of the words with that letter, longest first (as in the rule's alternation)."""
    rests: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        rests.setdefault(w[0], []).append(re.escape(w[1:]))
    return [(c + c.upper(), f"(?i:(?={'|'.join(r)}))") for c, r in rests.items()]


# AGE_AFTER_VERB, AGE_ORDINAL and _AGE_APPROX found from the whitespace before their number or
# possessive (age_cues): their word-start patterns stop at a third of all characters.
_CUE_GATE = CueGate([
    CueRule(AGE_AFTER_VERB, "ik ben|is|was|nu|die|wordt|werd|toen|inmiddels|peildatum|leeftijd:|"
            "leeftijd|age".split("|"), [("0123456789", "")] + _starts(NUMERALS), ignorecase=True),
    CueRule(AGE_ORDINAL, "sinds|vanaf|op|tot|na|voor".split("|"),
            _starts(["mijn", "zijn", "haar", "z'n", "m'n"]), ignorecase=True),
    CueRule(_AGE_APPROX, ["ca.", "circa", "ongeveer", "rond de", "van"],
            [("0123456789", r"(?=\d\s*[,;)\n])")], ignorecase=False),
])
_PERSON_END = re.compile(r"(?<![\w])[A-ZÀ-ÖØ-ÞĆČŞŠŽİ][\w'-]*\.?\s*$")


# "De rente is nu 4", "het aantal was 12": an article and a noun for a thing before the verb.
_ARTICLE_NOUN_BEFORE = re.compile(
    r"\b(?:[Dd]e|[Hh]et|[Dd]it|[Dd]eze|[Dd]at)\s+([a-zà-ÿ]+)(?:\s+(?:is|was|wordt|werd))?\s*$")
_ROLE_ENDING = re.compile(rf"\w*(?:{ROLE_NOUN_ENDINGS})")
_PERSON_NOUNS = frozenset(  # beside ROLES, which holds man, vrouw, kind, zus, broer, opa, oma
    "baby meisje jongen jongste oudste tweeling persoon jongere dame heer".split())


def _thing_subject(text: str, cue: int) -> bool:
    m = _ARTICLE_NOUN_BEFORE.search(text, max(0, cue - 40), cue)
    if m is None:
        return False
    noun = m.group(1)
    return noun in dutch_words() and noun not in ROLES and noun not in _PERSON_NOUNS \
        and not _ROLE_ENDING.fullmatch(noun)


_JAAR_FRAGMENTS = ("jaar", "jr", "JAAR", "Jaar")
_JAAR_ANCHOR = re.compile("|".join(_JAAR_FRAGMENTS))  # hits found by str.find: anchor_hits
_JARIG_ANCHOR = re.compile(r"jarig")


def _is_age_number(value: str) -> bool:
    return not value.isdigit() or 0 < int(value) <= 110


# A capitalised name, or a word for a person, right before "van".
_NAME_BEFORE_VAN = re.compile(
    r"(?:[A-Z][\w'-]+|\b(?i:vrouw|man|moeder|vader|zoon|dochter|broer|zus|meneer|mevrouw|"
    r"jongen|meisje|kind|buurman|buurvrouw|weduwe|weduwnaar))\s+$")


# "mijn zoon Dwayne net één.", "Sem pas 3)": the verb left out between a name and its age.
_AGE_ADVERB_AFTER_NAME = re.compile(
    rf"\s+(?:net|pas|bijna|ruim|inmiddels)\s+({_NUM})(\s?(?:jaar|jr)\b)?(?=\s*(?:[.,;:)!?\n]|$|(?:en|oud)\b))")


def _blank_before(text: str, pos: int) -> int:
    """Where the blanks before ``pos`` begin: "ruud wolters (deurwaarder, 58)" puts the bracket
    right after a (lower-case) name span."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


def find_ages(text: str, people: Iterable[Span] = ()) -> Iterator[Span]:
    people = list(people)
    person_ends = {p.end for p in people}
    hits = literal_hits(text, _JAAR_FRAGMENTS)
    for m in finditer_in(AGE_YEARS, text, windows_around(text, hits, 30, 6)) if hits else ():
        before = text[max(0, m.start() - 20):m.start()]
        if not _is_age_number(m.group(1)) or _DURATION_BEFORE.search(before):
            continue
        if _duration_after(text, m.end()) or _DURATION_NOUN_BEFORE.search(before):
            continue
        if not m.group(1).isdigit() and not _rx.search(
                r"(?:\b(?:is|ben|was|werd|wordt|van|ca\.|circa)|[(,])"
                r"(?:\s+(?:pas|net|nog maar|maar|bijna|ongeveer|inmiddels|toen|nu))?\s*$", before, re.IGNORECASE):
            continue  # "twee jaar" is a duration unless an age cue stands before it
        yield Span(m.start(), m.end(), "AGE", "rule:age-years", 0.85)
    for m in finditer_near(AGE_JARIG, text, _JARIG_ANCHOR, 30, 4):
        yield Span(m.start(), m.end(), "AGE", "rule:age-jarige", 0.9)
    after_verb, ordinal, approx = _CUE_GATE.matches(text)
    for m in after_verb:
        follower = (m.group(2) or "").lower()
        if follower and follower not in _AGE_FOLLOWERS and (follower in dutch_words() or len(follower) > 2):
            continue
        if follower in ("jaar", "jr") and _duration_after(text, m.end(2)):
            continue
        if m.group(1).lower() == "een":
            continue  # "is een 44-jarige": the article, not an age
        if _thing_subject(text, m.start()):
            continue
        if _is_age_number(m.group(1)):
            before = text[max(0, m.start(1) - 30):m.start(1)]
            if _rx.search(r"\b(?:om|rond|tegen|uur|om half)\s+\S*\s*$|groep\s*$", before, re.I):
                continue
            yield Span(m.start(1), m.end(1), "AGE", "rule:age-after-verb", 0.7)
    # Cheap literal test first: most documents have no ", 58," at all.
    for m in AGE_AFTER_RELATIVE.finditer(text) if _COMMA_NUMBER.search(text) else ():
        yield Span(m.start(1), m.end(1), "AGE", "rule:age-after-relative", 0.7)
    for m in ordinal:
        yield Span(m.start(1), m.end(1), "AGE", "rule:age-ordinal", 0.7)
    # Group 1 of each match is a number or number word ("een" is the article).
    for matches, source, conf in (
            (_ages_after_van(text), "rule:age-after-van", 0.7),
            (_AGE_SINCE_ORDINAL.finditer(text) if "inds " in text or "anaf " in text else (),
             "rule:age-since-ordinal", 0.7),
            (_AGE_AFTER_ADVERB.finditer(text), "rule:age-after-adverb", 0.65),
            (_AGE_WHEN.finditer(text) if "oen " in text else (), "rule:age-when", 0.7)):
        for m in matches:
            if _is_age_number(m.group(1)) and m.group(1).lower() != "een" and \
                    not _thing_subject(text, m.start()):
                yield Span(m.start(1), m.end(1), "AGE", source, conf)
    # Cheap test first: the pattern opens with a word boundary, tried at every position.
    for m in _CHILDREN_AGES.finditer(text) if _NUMBER_EN_NUMBER.search(text) else ():
        for n in re.finditer(r"\d{1,2}", m.group(1)):
            yield Span(m.start(1) + n.start(), m.start(1) + n.end(), "AGE", "rule:children-ages", 0.7)
    for m in _AGE_AFTER_ROLE_IN_BRACKETS.finditer(text) if "(" in text else ():
        before = text[max(0, m.start() - 30):m.start()].rstrip()
        if _is_age_number(m.group(2)) and m.group(2).lower() != "een" and (
                _PERSON_END.search(before) or _blank_before(text, m.start()) in person_ends):
            yield Span(m.start(2), m.end(2), "AGE", "rule:age-after-role-in-brackets", 0.7)
    for m in _AGE_BRACKET_FAST.finditer(text) if "(" in text else ():
        head = text[max(0, m.start(1) - 20):m.start(1) - 1]
        person_before = _PERSON_END.search(head.rstrip()) or _rx.search(
            r"\b(?:dochter|zoon|kind|kinderen|jongste|oudste|moeder|vader|broer|zus|man|vrouw|"
            r"meisje|jongen|baby|kleinkind|mee|nu|mw\.?|dhr\.?|ca\.)\s*$", head, re.I)
        if _is_age_number(m.group(1)) and person_before and not _rx.search(
                r"(?:artikel|art\.|lid|groep|bijlage|nr\.?|nummer|stap|fase|punt|vraag)\s*$", head, re.I):
            conf = 0.75 if _PERSON_END.search(head.rstrip()) else 0.6
            yield Span(m.start(1), m.end(1), "AGE", "rule:age-in-brackets", conf)
    for p in people:
        m = _rx.match(r",\s(\d{1,2})(?=\s*[,;)\n]|\s*$)", text[p.end:p.end + 6])
        if m:
            yield Span(p.end + m.start(1), p.end + m.end(1), "AGE", "rule:age-after-name", 0.75)
        elif (m := _AGE_ADVERB_AFTER_NAME.match(text, p.end)) and _is_age_number(m.group(1)):
            yield Span(m.start(1), m.end(), "AGE", "rule:age-after-name", 0.7)
    for m in approx:
        if text.startswith("van", m.start()) and not _NAME_BEFORE_VAN.search(
                text, max(0, m.start() - 30), m.start()) and m.start() - 1 not in person_ends:
            continue  # "team van 26," counts; "Jansen van 45," and "een vrouw van 45," are ages
        yield Span(m.start(1), m.end(1), "AGE", "rule:age-approx", 0.6)
    yield from find_table_ages(text)


# A column of ages: the header cell names it, the cells below hold a bare number ("| 38 |").
_AGE_HEADER = re.compile(r"(?:leeftijd|lft\.?|age)(?:\s*\((?:jaar|jr\.?)\))?", re.IGNORECASE)
_AGE_CELL = re.compile(r"(\d{1,3})(?:\s*(?:jaar|jr\.?))?")


def find_table_ages(text: str) -> Iterator[Span]:
    """Ages in the column of a table whose header cell reads "leeftijd" ("lft", "age"); cells
    holding anything but a number (with "jaar") are passed over."""
    for a, b in column_cells(text, _AGE_HEADER):
        m = _AGE_CELL.fullmatch(text, a, b)
        if m and _is_age_number(m.group(1)):
            yield Span(a, b, "AGE", "rule:age-table-column", 0.8)


_BIRTH_HEADER = re.compile(
    r"geboortedatum|geb\.?\s?datum|geb\.?|geboren(?:\s+op)?|date of birth|d\.?o\.?b\.?", re.IGNORECASE)


def find_table_birth_dates(text: str) -> Iterator[Span]:
    """Dates in the column of a table whose header cell reads "geboortedatum" ("geb.", "dob")."""
    for a, b in column_cells(text, _BIRTH_HEADER):
        m = DATE.fullmatch(text, a, b)
        if m:
            yield Span(a, _date_end(m), "DATE_OF_BIRTH", "rule:birth-date-table-column", 0.85)

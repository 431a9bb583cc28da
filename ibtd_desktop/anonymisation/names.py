"""Person names: titles and roles as cues, name lexicons, capitalisation; see people.py."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ibtd_desktop.anonymisation import scan as _rx
from ibtd_desktop.anonymisation import lexicons as lx
from ibtd_desktop.anonymisation.organisations import is_org_word
from ibtd_desktop.anonymisation.spans import Span
from ibtd_desktop.anonymisation.tokens import PARTICLES, WORD, Token, at_sentence_start

TITLES = frozenset(
    "mevrouw mevr mw mw. mevr. dhr dhr. heer meneer mr mr. drs drs. dr dr. ir ir. ing ing. prof "
    "prof. fam fam. familie juf juffrouw meester sister zuster broeder mrs mrs. ms ms. pastor "
    "pastoor dominee ds ds. imam predikant "
    "madame monsieur mister miss".split())
ROLES = frozenset(
    "inspecteur inspecteurs inspectrice collega collega's zaakbehandelaar zaakbehandelaars melder "
    "melders cliënt cliënte ouder zus zusje broer broertje zoon zoontje dochter dochtertje moeder "
    "vader partner ex ex-partner ex-man ex-vrouw echtgenoot echtgenote buurman buurvrouw neef "
    "nicht oom tante opa oma kind kleinkind kleinzoon kleindochter schoonzoon schoondochter "
    "schoonmoeder schoonvader chauffeur bestuurder medewerker medewerkster douanemedewerker "
    "teamleider coördinator gastouder advocaat advocate bewindvoerder adviseur adviseuse "
    "consulent consulente directeur eigenaar eigenaresse contactpersoon vrijwilliger raadsvrouw "
    "raadsman begeleider begeleidster hulpverlener ervaringsdeskundige gesprekspartner "
    "betrokkene ondertekening namens genaamd heet heette getuige tolk notulist secretaris "
    "voorzitter manager beller klant klantmanager wijkagent agent boa leerkracht docent "
    "juf huisarts arts verpleegkundige verloskundige vriend vriendin vriendje kennis "
    "mede-eigenaar zaakvoerder werkgever baas collega-inspecteur groet groeten beste geachte "
    "hoi hallo dag liefs cc aan van from to signed door met en of ook nog dan zijn haar "
    "aanwezig melder: lid leden deurwaarder stiefvader stiefmoeder pleegmoeder pleegvader "
    "weduwe weduwnaar zwager schoonzus schoonbroer nichtje neefje man vrouw".split())
# Frequent inflected verb forms and function words that are also in name lists; the OpenTaal
# list holds base forms only, so these would otherwise look like names at sentence start.
COMMON_FORMS = frozenset(
    "let mag kan wil zal moet ging kwam had was heeft zegt vroeg bleek bleef stond lag zat "
    "liet gaf nam kreeg werd wordt is zijn ben bent hebt heb kom komt ga gaat zie ziet weet "
    "vind vindt belt belde mail stuur stuurt meld meldt graag ook nog wel niet maar dus toen "
    "daarna verder eerst later inmiddels sinds tijdens volgens namens over onder boven tot "
    "van voor na door met zonder bij uit per via vanaf rond ca. heel erg echt zo alle elke "
    "geen veel weinig mijn zijn haar ons onze hun uw jullie deze die dit dat wat wie waar "
    "hoe waarom wanneer welke ja nee oké ok dank groet beste".split())
NAME_CUE_PHRASE = re.compile(
    r"(?:mijn naam is|ik ben|ik heet|naam:|naam is|heet|genaamd|namens|ondertekend door|"
    r"groet,|groeten,|vriendelijke groet,?|beste|geachte|hoi|hallo)\s+$", re.IGNORECASE)
_NOT_NAME_LOWER = frozenset("ik je jij u wij we zij ze hij het een de".split())


@functools.lru_cache(maxsize=100_000)
def _is_name_word(word: str) -> bool:
    w = word.rstrip("'’")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return (w in lx.first_names() or w in lx.surnames() or w in lx.proper_names()
            or w.title() in lx.first_names() or w.title() in lx.surnames())


# "Belastingadviseur Gea Hiemstra", "Douanemedewerker Kaya": a compound whose head is a role.
_ROLE_HEADS = tuple(
    "adviseur adviseuse medewerker medewerkster consulent consulente behandelaar inspecteur "
    "coördinator directeur eigenaar eigenaresse bestuurder begeleider hulpverlener voorzitter "
    "manager ambtenaar deskundige advocaat advocate assistent assistente leider leidster collega "
    "declarant ondernemer ondernemster controleur beambte planner boekhouder makelaar verhuurder "
    "vervoerder".split())


@functools.lru_cache(maxsize=10_000)
def role_compound(lower: str) -> bool:
    return any(lower.endswith(h) and len(lower) >= len(h) + 3 for h in _ROLE_HEADS)


def role_word(tok: Token, roles: frozenset[str]) -> bool:
    """A token that names a role, listed in ``roles`` or a role compound, and is no name."""
    return (tok.lower in roles or role_compound(tok.lower)) and not _is_name_word(tok.text)


def _allcaps_surname_shape(word: str) -> bool:
    """A word in capitals that could be a surname a system printed: long enough to be no
    abbreviation (BSN, KVK), and no ordinary word, place or listed non-name."""
    title = word.title()
    return len(word) >= 4 and word.isalpha() and not _is_ordinary(title) and not _is_place(title) \
        and not _blocked(word) and not _blocked(title) and not _looks_inflected(title)


def _surname_only(word: str) -> bool:
    """A listed surname that is no first name: "Ramdien" in "Ramdien, Sharmila" opens a reversed
    name, "Jan" in "Jan, Piet en Klaas" does not."""
    return (word in lx.surnames() or word in lx.proper_names()) and word not in lx.first_names()


def _first_and_surname(run) -> bool:
    """"Kees van Dijk", "Roos Bakker": a listed first name, then a listed surname, though every
    word is an ordinary word too."""
    rest = run[1:]
    if not rest or run[0].text not in lx.first_names() or run[0].lower in PARTICLES:
        return False
    if len(rest) == 1:
        return rest[0].text in lx.surnames()
    return rest[0].lower in PARTICLES and _listed_with_particles(rest)


def _listed_with_particles(run) -> bool:
    """Whether the run, particles and surname ("Van der Linden"), is a listed surname."""
    if run[-1].lower in TITLES:
        return False  # "De Heer" opens "De heer Jansen"; it is listed as a surname too
    whole = " ".join(t.text for t in run)
    return whole in lx.surnames() or whole[0].lower() + whole[1:] in lx.surnames()


_NAME_ONLY_PARTICLES = frozenset("der den 't 'th ter ten".split())


# "Van Water naar Land": a title, the particle a preposition (checked after the run).
FROM_TO = re.compile(r"\s+(?:naar|tot)\s")


def particle_chain(run) -> int:
    """A surname that is a word after particles written as a name's ("Van der Hoek", "Van 't
    Hek"): 2 when a particle only names use stands in it (at a sentence start too), 1 for a
    capitalised "Van" alone (only inside a sentence: "Van Harte welkom"), else 0."""
    if run[0].text not in ("Van", "Ter", "Ten") or not run[-1].text[:1].isupper() or \
            _is_compound_noun(run[-1].text):
        return 0
    if run[0].text != "Van" or any(t.lower in _NAME_ONLY_PARTICLES for t in run[1:-1]):
        return 2
    return 1


def _letter_and_word(run, lexical) -> bool:
    """One letter and an ordinary word that no name list holds: "A. Kinderen", "B. Afspraken".
    That is an initial and a surname only where the context does not make the letter a list
    item (see _list_letter_at): "met A. Landman gesproken" stays a person."""
    return len(run) == 2 and len(run[0].text) == 2 and not lexical and not run[1].is_allcaps \
        and (_is_ordinary(run[1].text) or _looks_inflected(run[1].text))


# Where a letter is a list item or an annex, or the initial of a reversed name before it
# ("Bijlage A. Kinderen", "WISNIEWSKA, A. Kinderen wonen"). A line start is no such place:
# "A. Zwartveen:" opens many a transcript line.
_LIST_LETTER_BEFORE = re.compile(
    r"(?:\b(?i:bijlage|punt|onderdeel|paragraaf|vraag|stap|optie|variant|scenario|categorie|"
    r"deel|hoofdstuk|sectie|fase|rubriek|item)\s+|[A-Z]{3,},\s+)$")


def _list_letter_at(text: str, start: int) -> bool:
    return _LIST_LETTER_BEFORE.search(text, max(0, start - 25), start) is not None


@functools.lru_cache(maxsize=100_000)
def _is_ordinary(word: str) -> bool:
    w = word.lower()
    if w in lx.dutch_words() or w in COMMON_FORMS:
        return True
    # Accents that only stress a word: "vóór", "dát", "één" are "voor", "dat", "een".
    return not w.isascii() and w.translate(_STRESS_ACCENTS) in lx.dutch_words()


_STRESS_ACCENTS = str.maketrans("áéíóú", "aeiou")


_COMPOUND_TAIL_MIN = 6


_NOT_DOUBLE_NAME_PARTS = frozenset("noord oost zuid west midden sint groot klein oud nieuw".split())


@functools.lru_cache(maxsize=100_000)
def _is_compound_noun(word: str) -> bool:
    """'Catshuisregeling', 'Facebookprofiel', 'AOW-brief', "PZB'er": not names."""
    if "-" in word:
        parts = word.split("-")
        if parts[-1].islower() or parts[-1].endswith(("se", "sche")) and not _is_name_word(parts[-1]):
            return True  # "AOW-brief"; "Oost-Europese", "Noord-Hollandse": adjectives
        if all(p[:1].isupper() and p[1:].islower() for p in parts) and not any(
                p.lower() in _NOT_DOUBLE_NAME_PARTS or p.endswith(("se", "sche")) for p in parts):
            # "Jansen-Bakker", "Heuvel-Dassen": a double name, its parts read one by one, as
            # "bakker" at the end of "jansen-bakker" is a word but no compound's tail
            return any(_is_compound_noun(p) for p in parts)
    if word.endswith(("'er", "'ers", "’er", "'en")):
        return True
    low = word.lower()
    words = lx.dutch_words()
    for i in range(4, len(low) - _COMPOUND_TAIL_MIN + 1):
        tail = low[i:]
        if tail in words or tail[:-1] in words or tail.endswith("en") and tail[:-2] in words:
            return True
    return False


@functools.lru_cache(maxsize=100_000)
def _is_place(word: str) -> bool:
    return word in lx.dutch_places() or word in lx.foreign_places()


@functools.lru_cache(maxsize=100_000)
def _blocked(word: str) -> bool:
    return word in lx.non_person_capitalised() or word in lx.public_bodies()


def _nameish(tok: Token) -> bool:
    if tok.is_initial:
        return True
    if tok.is_allcaps:
        return len(tok.text) > 2 and _is_name_word(tok.text.title())
    return tok.is_cap and not tok.text.startswith(("'",))


_CAP = r"[A-ZÀ-ÖØ-ÞĆČŞŠŽİŁ][\w'’]*(?:-[\w'’]+)*"
_INIT = r"(?:[A-Z]\.){1,4}(?:[A-Z](?![\w]))?"
_PART = r"(?:van|de|der|den|het|ten|ter|te|'t|(?:in|op)(?= (?:'t|de|den|het) )|von|zu|da|das|dos|do|du|di|del|della|le|la|el|al|ul|bin|ben|ibn|abu|bou|ait|a)"
# Runs of capitalised words / initials with lower-case particles inside, on one line.
# RUN and TITLE_PARTICLE_RUN consume their first letter first so the regex engine can skip
# to capitals (see scan.word_start); same matches as "(?:{_INIT}|{_CAP})..." and a title alternation.
_CAP1 = "A-ZÀ-ÖØ-ÞĆČŞŠŽİŁ"  # the first character of _CAP
RUN = re.compile(
    rf"[{_CAP1}](?:(?<=[A-Z])\.(?:[A-Z]\.){{0,3}}(?:[A-Z](?![\w]))?|[\w'’]*(?:-[\w'’]+)*)"
    rf"(?:(?: {_PART})* (?:{_INIT}|{_CAP}))*")
TITLE_PARTICLE_RUN = re.compile(
    r"[DdMmHhIiFf](?<!\w.)(?:(?<=[Dd])hr|(?<=[Mm])w|(?<=[Mm])evr|(?<=[Mm])evrouw|(?<=[Hh])eer|(?<=[Mm])eneer"
    r"|(?<=[Mm])r|(?<=[Dd])rs|(?<=[Dd])r|(?<=[Ii])r|(?<=[Ff])am|(?<=[Mm])ister|(?<=D)HR|(?<=M)W)\.? "
    rf"((?:{_PART} )+{_CAP}(?:(?: {_PART})* {_CAP})*)")
_STOP_PARTICLES = frozenset(("a",))


def _split_run(text: str, start: int, end: int, lead: bool = False) -> Iterator[list[Token]]:
    """Tokens of one run, split where a token cannot be part of a name (e.g. 'BSN')."""
    toks = [Token(start + m.start(), start + m.end(), m.group(), -1)
            for m in WORD.finditer(text[start:end])]
    run: list[Token] = []
    for i, t in enumerate(toks):
        if t.lower in ("te", "uit", "in") and i + 1 < len(toks) and _is_place(toks[i + 1].text):
            if run:
                yield run  # "Nagelsalon Lan Beauty te Zoetermeer": the place is no part of it
            run = []
            continue
        if t.text == "van" and run and i + 1 < len(toks) and (
                any(toks[i + 1].text == r.text for r in run if r.lower not in PARTICLES)
                or _business_follows(toks[i + 1:])):
            # "Gea Hiemstra van Hiemstra Fiscaal", "Gifty Boateng van Gastouderopvang Zon":
            # her business, named after her or by its type, is no part of her name
            yield run
            run = []
            continue
        if _nameish(t) or t.lower in PARTICLES and (run or lead):
            run.append(t)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _business_follows(rest: list[Token]) -> bool:
    """Whether a business name follows: a type word comes before any other lower-case "van"."""
    for u in rest:
        if u.text == "van":
            return False
        if is_org_word(u.text):
            return True
    return False


def _trim_particles(run: list[Token]) -> list[Token]:
    while run and run[-1].lower in PARTICLES and not run[-1].is_cap:
        run = run[:-1]
    return run


@functools.lru_cache(maxsize=100_000)
def _skip_single(word: str) -> bool:
    return "." not in word and _is_ordinary(word) and not _is_name_word(word) and \
        not _is_place(word) and word.lower() not in ROLES


@functools.lru_cache(maxsize=100_000)
def _run_layout(surface: str, lead: bool) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """Trimmed token groups of one run, as offsets relative to the run.

    Splitting looks at the run's own characters only, and the same runs ("De", "Belastingdienst",
    "Rotterdam") recur all through a document: cached by surface.
    """
    layout = []
    for run in _split_run(surface, 0, len(surface), lead):
        run = _trim_particles(run)
        if run:
            layout.append(tuple((t.start, t.end, t.text) for t in run))
    return tuple(layout)


def _runs(text: str, start: int, end: int, lead: bool = False) -> Iterator[list[Token]]:
    for group in _run_layout(text[start:end], lead):
        yield [Token(start + s, start + e, w, -1) for s, e, w in group]


def _chunks(text: str) -> Iterator[list[Token]]:
    seen: set[int] = set()
    for m in TITLE_PARTICLE_RUN.finditer(text):
        for run in _runs(text, m.start(1), m.end(1), lead=True):
            seen.add(run[0].start)
            yield run
    for m in RUN.finditer(text):
        word = m.group()
        if " " not in word and _skip_single(word) and at_sentence_start(text, m.start()):
            continue  # "Zij", "Daarna": an ordinary word opening a sentence (fast path)
        for run in _runs(text, m.start(), m.end()):
            # Title-particle runs are rare: most documents leave ``seen`` empty.
            if not seen or run[0].start not in seen and not any(t.start in seen for t in run):
                yield run


_WEAK_CUES = frozenset(
    "en of ook nog dan met van aan door zijn haar to cc groet groeten beste geachte hoi hallo dag "
    "liefs namens genaamd heet heette".split())
STRONG_ROLES = ROLES - _WEAK_CUES  # a role that cues a name even inside a capitalised run


# The last word before a run and the punctuation after it, read from the reversed window (the
# first way _cue_before_at found them; the tests keep it as the reference).
_PREV_REVERSED = re.compile(r"([ .:,]*)([^\s.:,]+)")
# Characters that can end a NAME_CUE_PHRASE phrase under IGNORECASE (computed once over all of
# Unicode): the phrase search runs only when the window ends in one of these plus whitespace.
_CUE_FINALS = frozenset(",:DEINORSTdeinorstİıſ")


def _cue_before(text: str, first: Token) -> str | None:
    return _cue_before_at(text, first.start)


def _cue_before_at(text: str, pos: int) -> str | None:
    before = text[max(0, pos - 30):pos]
    body = before[:-1] if before.endswith("\n") else before  # "$" also matches before a last \n
    # The last word before the run and the punctuation after it: what _PREV_REVERSED matches on
    # the reversed body (the longest gap, then the longest word), found with string methods.
    g = len(body.rstrip(" .:,"))
    if g and not body[g - 1].isspace():
        chunk = body[:g].rsplit(None, 1)[-1]
        word = chunk[max(chunk.rfind("."), chunk.rfind(":"), chunk.rfind(",")) + 1:]
        gap_text = body[g:]
        p = word.lower().strip("\"'“”‘(").rstrip(".")
        if p in TITLES or p + "." in TITLES:
            return "title"
        if p in ROLES and gap_text in (" ", ": ") and p not in _WEAK_CUES:
            return "role"
        if p == "heer" or (p == "de" and before[:g - len(word)].endswith("de ")):
            return "title"
    tail = before.rstrip()
    if len(tail) < len(before) and tail[-1:] in _CUE_FINALS and _phrase_ends(tail, before):
        return "phrase"
    return None


# NAME_CUE_PHRASE's phrases, lower case; the longest is 19 characters.
_CUE_PHRASES = (
    "mijn naam is", "ik ben", "ik heet", "naam:", "naam is", "heet", "genaamd", "namens",
    "ondertekend door", "groet,", "groeten,", "vriendelijke groet", "vriendelijke groet,", "beste",
    "geachte", "hoi", "hallo")


def _phrase_ends(tail: str, before: str) -> bool:
    """``NAME_CUE_PHRASE.search(before)``, for ``before`` = ``tail`` + whitespace: a phrase ends
    ``tail`` (every phrase ends in a non-space). For ASCII, IGNORECASE is equality after
    .lower(); other letters (İ, ı, the Kelvin sign) go to the regex."""
    end = tail[-19:]
    if end.isascii():
        return end.lower().endswith(_CUE_PHRASES)
    return NAME_CUE_PHRASE.search(before) is not None


_SENTENCE_PREPOSITIONS = frozenset("Op In Bij Te Na Voor Sinds Tijdens Volgens Naar Uit Met".split())
_REVERSED = re.compile(r", ([A-Z][a-zà-ÿ]+)")
_REVERSED_INITIALS = re.compile(r", (?:[A-Z]\.){1,4}(?=\s*$|\s*[\n,;)]|\s+[a-z])", re.MULTILINE)
_PLACE_SHAPED = re.compile(
    r"[A-Z][a-zà-ÿ]+(?:wijk|buurt|dorp|kwartier|polder|straat|laan|weg|plein|gracht|kade|singel)")
_COMPASS = frozenset("Noord Zuid Oost West Centrum Buiten".split())


def _place_with_compass(word: str) -> bool:
    head, _, tail = word.rpartition("-")
    return bool(head) and tail in _COMPASS and _is_place(head)


# A past participle: ge- after an optional separable prefix, -en/-d/-t at the end.
_PARTICIPLE = re.compile(  # after a separable prefix the stem may be short: "doorgezet"
    r"(?:mee|op|af|uit|in|aan|toe|terug|door|over|weg|na|bij|voor|samen|vast|los|neer|binnen|"
    r"buiten|open|dicht|rond|achter|langs|tegen)ge[a-zà-ÿ]{2,}(?:en|d|t)|ge[a-zà-ÿ]{3,}(?:en|d|t)")


@functools.lru_cache(maxsize=100_000)
def _looks_inflected(word: str) -> bool:
    """'Vertelde', 'Gewerkt', 'Nieuwe', 'Maakt': a Dutch word form whose base is in the list.

    The OpenTaal list holds base forms only; a capitalised unknown word at sentence start is
    a name only when it is not an inflection of an ordinary word.
    """
    w = word.lower()
    words = lx.dutch_words()
    if _PARTICIPLE.fullmatch(w):
        return True  # "Opgenomen", "Meegekeken", "Gecontroleerd": irregular stems too
    if w.endswith(("en", "e")):  # "Signalen" (signaal), "Concrete" (concreet): one vowel lost
        base = w[:-2] if w.endswith("en") else w[:-1]
        if len(base) >= 4 and base[-2] in "aeou" and base[-1] not in "aeiouy" and \
                base[-3] not in "aeiou" and base[:-1] + base[-2] + base[-1] in words:
            return True
    stems = {w, w[:-1], w[:-2], w[:-3], w[:-4]}
    if w.startswith("ge"):
        stems |= {w[2:-1], w[2:-2], w[2:]}
    if w.startswith(("be", "ver", "ont", "her", "over", "door", "op", "af", "uit", "in", "aan")):
        stems.add(w)
    for stem in [s for s in stems if len(s) >= 3]:
        if stem in words or stem + "en" in words or stem + stem[-1] + "en" in words:
            return True
        if len(stem) > 3 and stem[-2] == stem[-3] and stem[:-2] + stem[-1] + "en" in words:
            return True  # maakt -> maak -> maken
        if len(stem) > 3 and stem[-3] == stem[-2] and stem[:-2] + {"f": "v", "s": "z"}.get(
                stem[-1], stem[-1]) + "en" in words:
            return True  # leeft -> leef -> leven, reist -> reis -> reizen
    return False


def _strip(run: list[Token], text: str) -> list[Token]:
    stripped = False
    if len(run) > 2 and run[0].lower == "de" and run[1].lower == "heer":
        run, stripped = run[2:], True  # "De Heer Jansen": a title written with capitals
    elif len(run) > 2 and run[1].is_initial and not run[0].is_initial and \
            _is_ordinary(run[0].text) and not _is_name_word(run[0].text):
        run, stripped = run[1:], True  # "Verhuurder R.A. van Schaijk": a noun, then the name
    while run and (run[0].lower.rstrip(".") in TITLES or _blocked(run[0].text)
                   or (run[0].lower in PARTICLES and len(run) == 1)
                   or stripped and run[0].lower in PARTICLES and not run[0].is_cap):
        run = run[1:]
        stripped = True
    while run and (_blocked(run[-1].text) or run[-1].lower in PARTICLES):
        run = run[:-1]
    return run


def strip_with_role(run: list[Token], text: str) -> tuple[list[Token], bool]:
    """_strip, then the role the run opens with taken off; and whether it opened with one
    (before the cut, or a role compound after it: "Samenvatting Transportondernemer Harm
    Wubs"). _classify and name_plans._decision both start here."""
    role_inside = len(run) > 1 and run[0].is_cap and run[0].lower not in PARTICLES and \
        role_word(run[0], STRONG_ROLES)
    run = _strip(run, text)
    if not role_inside and len(run) > 1 and run[0].is_cap and role_compound(run[0].lower) and \
            not _is_name_word(run[0].text):
        role_inside = True
    if role_inside and run and role_word(run[0], ROLES):
        run = run[1:]
    return run, role_inside


def _person_span(text: str, run: list[Token], source: str, conf: float) -> Span:
    start, end = run[0].start, run[-1].end
    surface = text[start:end]
    if surface.endswith(("'s", "’s")) and len(surface) > 3:
        end -= 2
    elif (initials := _REVERSED_INITIALS.match(text, end)) is not None:
        end = initials.end()  # "Jansen, P.": the initials belong to the name
    return Span(start, end, "PERSON", source, conf)


def _classify(text: str, run: list[Token]) -> Span | None:
    """The name rules for one capitalised run, in order: the reference version.

    find_people runs name_plans (the same rules split into a cached part per run surface and a
    part that reads the context); this one serves the rare title-particle texts and is what the
    property tests (test_anon_names_fast*.py) hold the fast path to. A rule changed here must
    be changed in name_plans too: those tests fail until both agree.
    """
    if len(run) > 1 and run[0].text in _SENTENCE_PREPOSITIONS and at_sentence_start(text, run[0].start):
        run = run[1:]  # "Op Prinsjesdag ...", "In Rotterdam ..."
    run, role_inside = strip_with_role(run, text)
    if not run:
        return None
    words = [t for t in run if not t.is_initial and t.lower not in PARTICLES]
    if any(t.text in lx.public_bodies() or is_org_word(t.text) for t in run):
        return None  # institutions and businesses are handled elsewhere
    if len(run) > 1 and _is_place(text[run[0].start:run[-1].end]):
        return None
    if len(words) == 1 and (_PLACE_SHAPED.fullmatch(words[0].text) or _place_with_compass(words[0].text)):
        return None  # "Paramaribowijk", "Tilburg-Noord": places (see places.py)
    if any(_is_compound_noun(t.text) and not _is_name_word(t.text) for t in words):
        words_ok = [t for t in words if not _is_compound_noun(t.text) or _is_name_word(t.text)]
        if not words_ok or len(words_ok) < len(words) and len(words) == 1:
            return None
    has_initial = any(t.is_initial for t in run)
    # The context checks come after the cheap lexical rejections (they are pure).
    cue = "role" if role_inside else _cue_before(text, run[0])
    if cue in ("title", "role", "phrase"):
        if words or has_initial and len(run) > 1:
            return _person_span(text, run, f"names:{cue}", 0.9)
        return None
    # Only the rules below use these word classes: a cue decides before they are needed.
    lexical = [t for t in words if _is_name_word(t.text)]
    unknown = [t for t in words if not _is_ordinary(t.text) and not _is_place(t.text)
               and not _is_name_word(t.text) and not t.is_allcaps and not _is_compound_noun(t.text)]
    places = [t for t in words if _is_place(t.text) and not _is_name_word(t.text)]
    sentence_start = at_sentence_start(text, run[0].start)
    if not words:
        # Speaker tags such as "N.V.:" at the start of a line.
        if len(run) == 1 and run[0].is_initial and len(run[0].text) >= 4 and \
                text[run[0].end:run[0].end + 1] == ":" and sentence_start:
            return _person_span(text, run, "names:speaker-initials", 0.7)
        return None
    if has_initial and run[0].is_initial and words:
        if _letter_and_word(run, lexical) and _list_letter_at(text, run[0].start):
            return None
        return _person_span(text, run, "names:initials+surname", 0.9)
    if len(words) >= 2 and (lexical or unknown) and len(places) < len(words):
        if sentence_start and all(_is_ordinary(t.text) for t in words) and \
                not _first_and_surname(run):
            return None
        return _person_span(text, run, "names:multiword", 0.85)
    word = words[0]
    if len(words) == 1 and len(run) > 1 and run[0].lower in PARTICLES:
        # "De Boer", "El Haddouchi"; "Van Dijk" and "Van der Linden" are listed whole, though
        # "Dijk" is a word and "Linden" a place
        listed = _listed_with_particles(run)
        if (lexical or unknown or listed) and (
                not sentence_start or not _is_ordinary(word.text) or lexical or listed):
            return _person_span(text, run, "names:particle+surname", 0.8)
        chain = particle_chain(run)
        if chain and (not sentence_start or chain == 2) and not FROM_TO.match(text, run[-1].end):
            return _person_span(text, run, "names:particle+surname", 0.75)
    if places and not lexical:
        return None
    if word.is_allcaps and len(words) == 1 and len(run) == 1:
        title = word.text.title()
        if (title in lx.first_names() or title in lx.surnames()) and not _is_ordinary(title) \
                and not _blocked(word.text) and len(word.text) > 3:
            return _person_span(text, run, "names:allcaps-lexicon", 0.6)
        return None
    if len(word.text) < 2 or word.is_allcaps:
        return None
    if (unknown or lexical) and _REVERSED_INITIALS.match(text, run[-1].end):
        return _person_span(text, run, "names:reversed-initials", 0.75)  # "Jansen, P."
    if (unknown or _surname_only(word.text) and lexical) and \
            (rev := _REVERSED.match(text, run[-1].end)) and rev.group(1) in lx.first_names():
        return Span(run[0].start, rev.end(), "PERSON", "names:reversed", 0.7)  # "Wojcik, Agnieszka"
    if sentence_start:
        if word.text in lx.first_names() and _rx.match(r"[,(]| \(", text[run[-1].end:run[-1].end + 2]):
            return _person_span(text, run, "names:first-name+comma", 0.6)
        if lexical and not _is_ordinary(word.text) and not _is_place(word.text):
            return _person_span(text, run, "names:lexicon", 0.75)
        if unknown and not _looks_inflected(word.text) and len(word.text) > 3 and \
                _rx.match(r" [a-z]", text[run[-1].end:run[-1].end + 2]):
            return _person_span(text, run, "names:sentence-start-unknown", 0.5)
        return None
    if lexical and not _is_place(word.text):
        return _person_span(text, run, "names:lexicon", 0.8 if not _is_ordinary(word.text) else 0.6)
    if lexical and word.text in lx.first_names() and not _rx.search(
            r"\b(?:in|uit|te|naar|nabij|vanuit)\s+$", text[max(0, run[0].start - 8):run[0].start]):
        return _person_span(text, run, "names:first-name", 0.55)
    if unknown:
        return _person_span(text, run, "names:capitalised-unknown", 0.55)
    return None

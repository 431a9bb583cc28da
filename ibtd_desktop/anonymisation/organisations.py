"""Small private organisations that lead to a person: own business, employer, school, landlord."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ibtd_desktop.anonymisation import lexicons as lx
from ibtd_desktop.anonymisation.anchor_hits import Gate, SpacedGate, literal_hits
from ibtd_desktop.anonymisation.scan import by_first_char, finditer_in, windows_around
from ibtd_desktop.anonymisation.alternations import WordStart, first_char_grouped
from ibtd_desktop.anonymisation.spans import Span
from ibtd_desktop.anonymisation.tokens import ROLE_NOUN_ENDINGS, at_sentence_start

# Type words that open a business name ("Kapsalon Djamila", "Stichting Welzijn ...").
_HEAD = (
    r"Stichting|Vereniging|Gastouderbureau|Kinderdagverblijf|Kinderopvang|BSO|Peuterspeelzaal|"
    r"Kapsalon|Kapper|Barbershop|Barber|Nagelstudio|Schoonheidssalon|Salon|Restaurant|Eetcafé|Café|"
    r"Cafetaria|Snackbar|Shoarma|Pizzeria|Toko|Bakkerij|Slagerij|Supermarkt|Minimarkt|Garage|"
    r"Autobedrijf|Autohandel|Rijschool|Taxi|Taxibedrijf|Transportbedrijf|Transport|Koeriersdienst|"
    r"Loonbedrijf|Bouwbedrijf|Klussenbedrijf|Schildersbedrijf|Schoonmaakbedrijf|Installatiebedrijf|"
    r"Hoveniersbedrijf|Uitzendbureau|Administratiekantoor|Boekhoudkantoor|Adviesbureau|"
    r"Belastingadviesbureau|Advocatenkantoor|Bewindvoering|Bewindvoerderskantoor|Incassobureau|"
    r"Woningstichting|Verhuurbedrijf|Makelaardij|Makelaar|Webshop|Winkel|Atelier|Studio|Praktijk|"
    r"Fysiotherapie|Tandartspraktijk|Huisartsenpraktijk|Basisschool|School|Moskee|Kerk|Gemeente\s(?=[A-Z][a-z]+\s[A-Z])|"
    r"Zorgboerderij|Thuiszorg|Zorgbureau|Eenmanszaak|Handelsonderneming|Holding|Camping|Hotel|"
    r"Pension|Reisbureau|Drukkerij|Timmerbedrijf|Tegelzetbedrijf|Glazenwassersbedrijf|Fietsenmaker|"
    r"Visserij|Kwekerij|Tuincentrum|Bloemenzaak|Bloemist|Naaiatelier|Kledingwinkel|Boutique|"
    r"OBS|CBS|RKBS|obs|cbs|rkbs|Zorggroep|Zorgcentrum|Woonzorgcentrum|Taxicentrale|"
    r"[A-Z][a-z]+(?:bedrijf|bureau|kantoor|salon|studio|winkel|zaak|handel|service|diensten|opvang|"
    r"groep|centrum|centrale|beheer|verhuur|coöperatie|corporatie|makerij|expeditie)"
)
_TAIL = (
    r"Timmerwerken|Schilderwerken|Fotografie|Koeriersdiensten|Schoonmaakdiensten|Advies|"
    r"Herstelbegeleiding|Begeleiding|Bouw|Installatietechniek|Techniek|Transport|Services?|"
    r"Diensten|Consultancy|Holding|Groep|Trading|Import|Export|Media|Design|Catering|Klussen|"
    r"Schoonmaak|Fashion(?:\s[A-Z][a-z]+)?|Corner|Decor|Shop|Store|Beheer|Vastgoed|Administratie|"
    r"Verhuur|Onderhoud|Logistiek|Hair|Beauty|Nails|Kids|Opvang|ICT(?:\s[A-Z][a-z]+)?|"
    r"Fiscaal Advies|Belastingadvies|Bewind|B\.V\.|BV|V\.O\.F\.|v\.o\.f\.|VOF|& Zn\.?|& Zonen|"
    r"Advocaten|Advocatuur|Notarissen|Accountants|Makelaars|Architecten|Installaties|Uitzendgroep|"
    r"Expeditie|Forwarding|Logistics|Solutions|Shipping|Cargo|Freight|"
    r"[A-Z][a-z]+(?:diensten|werken|techniek|begeleiding|advies|bedrijf|handel|service|verhuur|"
    r"beheer|expeditie)"
)
# A word of a business name: capitalised (dots only in initials/abbreviations such as "Gebr."),
# initials, or a lower-case joining word ("Samen Sterk na de Affaire", "Zeynep aan Huis").
_CAPWORD = r"(?:(?:[A-Z]\.){1,3}(?![\w])|(?:Gebr|Fa|Wed|Fam|St|Sint)\.(?= [A-Z])|[A-Z][\w'’&-]*)"
_NAMEPART = (rf"(?:{_CAPWORD}|(?:der|den|de|van|het|'t|en|&)(?![\w'])"  # "Van der Berg", not "Van de"
             r"|(?:aan|na|voor|met)(?= [A-Z]| de [A-Z]))")
_HEAD_ANYCASE = "|".join(
    f"[{w[0]}{w[0].lower()}]{w[1:]}" if w[:1].isalpha() and w[1:2].islower() else w
    for w in _HEAD.split("|"))
_TAILS = rf"(?:{_TAIL})(?: (?:&|en) (?:{_TAIL}|[A-Z][a-z]+))?(?: (?:{_TAIL}))?"
HEAD_ORG = re.compile(
    rf"\b(?:{_HEAD_ANYCASE})(?![\w])(?: (?:{_NAMEPART})){{0,6}}(?<=[\w.'’])(?: {_TAILS})?")
TAIL_ORG = re.compile(
    rf"(?<![\w-])(?:{_CAPWORD} (?:(?:de|van|der|den|het|&|en) )*){{0,3}}{_CAPWORD} {_TAILS}(?!\w)")
# "Jade Garden (KvK 123...)", "Taxi Aydın, KvK": the name standing before a KvK number.
KVK_ORG = re.compile(
    r"((?:[A-Z][\w'’.&-]*|(?:[A-Z]\.){1,3})(?:\s(?:[A-Z][\w'’.&-]*|(?:[A-Z]\.){1,3}|de|van|der|"
    r"den|aan|op|en|&|v\.o\.f\.)){0,5})\s?(?:,\s|\s\()(?:KvK|kvk|KVK)")
CUE_ORG = re.compile(
    r"\b(?:eenmanszaak|webshop|bedrijf|bedrijfje|zaak|werkgever|uitzendbureau|opdrachtgever|"
    r"werkt bij|werkte bij|in dienst bij|verhuurder|huisbaas|kantoor)[,:]?\s+"
    r"((?:[A-Z][\w'’.&-]*)(?:\s(?:[A-Z][\w'’.&-]*|de|van|der|den|aan|op|en|&)){0,4})")
# The same four patterns written so the engine skips ahead (tests compare them on generated
# text): a pattern opening with \b, a lookbehind or a group of alternatives is tried at every
# position, one opening with a character class jumps to the next character in it. The first
# character is consumed, the boundary is checked behind it and each alternative goes on from
# its second character (the order of the alternatives that can start there is kept).
_CAPWORD_REST = (r"(?:\.(?:[A-Z]\.){0,2}(?![\w])|(?:(?<=G)ebr|(?<=F)a|(?<=W)ed|(?<=F)am|(?<=S)t"
                 r"|(?<=S)int)\.(?= [A-Z])|[\w'’&-]*)")  # _CAPWORD after its capital
_TAIL_GROUPED = first_char_grouped(_TAIL)
_TAILS_FAST = rf"{_TAIL_GROUPED}(?: (?:&|en) (?:{_TAIL_GROUPED}|[A-Z][a-z]+))?(?: {_TAIL_GROUPED})?"
_HEAD_ORG_FAST = WordStart(re.compile(
    first_char_grouped(_HEAD_ANYCASE, r"(?<!\w.)")
    + rf"(?![\w])(?: (?:{_NAMEPART})){{0,6}}(?<=[\w.'’])(?: {_TAILS_FAST})?"),
    first_char_grouped(_HEAD_ANYCASE) + r"(?![\w])")
_TAIL_JOIN = r" (?:(?:de|van|der|den|het|&|en) )*"
_TAIL_ORG_FAST = re.compile(  # (?:X){0,3}Y == X(?:X){0,2}Y|Y, and both open with a capital
    rf"[A-Z](?<![\w-].)(?:{_CAPWORD_REST}{_TAIL_JOIN}(?:{_CAPWORD}{_TAIL_JOIN}){{0,2}}"
    rf"{_CAPWORD} {_TAILS_FAST}(?!\w)|{_CAPWORD_REST} {_TAILS_FAST}(?!\w))")
_KVK_ORG_FAST = re.compile(
    r"([A-Z](?:[\w'’.&-]*|\.(?:[A-Z]\.){0,2})(?:\s(?:[A-Z][\w'’.&-]*|(?:[A-Z]\.){1,3}|de|van|der|"
    r"den|aan|op|en|&|v\.o\.f\.)){0,5})\s?(?:,\s|\s\()(?:KvK|kvk|KVK)")
_CUE_ORG_FAST = re.compile(first_char_grouped(
    "eenmanszaak|webshop|bedrijf|bedrijfje|zaak|werkgever|uitzendbureau|opdrachtgever|werkt bij|"
    "werkte bij|in dienst bij|verhuurder|huisbaas|kantoor", r"(?<!\w.)")
    + r"[,:]?\s+((?:[A-Z][\w'’.&-]*)(?:\s(?:[A-Z][\w'’.&-]*|de|van|der|den|aan|op|en|&)){0,4})")
# Cheap literal anchors: the rich patterns run only near these (see scan.py). The regexes say
# what a hit is; the same hits are found faster by anchor_hits (tests compare the two).
_HEAD_FRAGMENTS = (
    "tichting|ereniging|bureau|verblijf|pvang|BSO|alon|apper|arber|tudio|estaurant|afe|afé|"
    "etaria|nackbar|hoarma|izzeria|oko|akkerij|lagerij|markt|arage|bedrijf|handel|school|"
    "ransport|ienst|kantoor|oering|akelaar|ebshop|inkel|telier|raktijk|herapie|oskee|erk|"
    "oerderij|uiszorg|zaak|nderneming|olding|amping|otel|ension|rukkerij|ietsenmaker|isserij|"
    "wekerij|entrum|loemist|outique|emeente|axi|groep|entrale|ervice|iensten|OBS|CBS|obs|cbs|"
    "beheer|verhuur|coöperatie|corporatie|makerij|xpeditie"
).split("|")
_HEAD_FOLLOWER = r" (?:[A-Z0-9'’]|de |het |van |'t )"
_HEAD_ANCHOR = re.compile(
    by_first_char([re.escape(f) for f in _HEAD_FRAGMENTS]) + _HEAD_FOLLOWER)  # see scan.py
_TAIL_FRAGMENTS = (
    "Advoca|Notaris|Accountant|Makelaar|Architect|Installatie|Uitzend|werken|otografie|diensten|"
    "dvies|egeleiding|Bouw|echniek|ransport|ervice|onsultancy|"
    "olding|Groep|Trading|Import|Export|Media|Design|Catering|Klussen|Schoonmaak|Fashion|Corner|"
    "Decor|Shop|Store|Beheer|Vastgoed|Administratie|Verhuur|Onderhoud|Logistiek|Hair|Beauty|"
    "Nails|Kids|Opvang|ICT|B.V.|BV|V.O.F|v.o.f|VOF|& Z|bedrijf|handel|Bewind|xpeditie|"
    "orwarding|ogistics|olutions|hipping|Cargo|Freight|verhuur|beheer").split("|")
_TAIL_ANCHOR = re.compile(by_first_char([f.replace(".", r"\.") for f in _TAIL_FRAGMENTS]))
_KVK_FRAGMENTS = ("KvK", "kvk", "KVK")
_KVK_ANCHOR = re.compile("|".join(_KVK_FRAGMENTS))
_CUE_WORDS = ("eenmanszaak|webshop|bedrijf|zaak|werkgever|uitzendbureau|opdrachtgever|werkt bij|"
              "werkte bij|in dienst bij|verhuurder|huisbaas|kantoor").split("|")
_CUE_FOLLOWER = " [A-Z]"
_CUE_PUNCTUATED = tuple(w + p for w in _CUE_WORDS for p in (", ", ": "))
_CUE_ANCHOR = re.compile(f"(?:{'|'.join(_CUE_WORDS)}){_CUE_FOLLOWER}")
# Head words and cues both end before " X": one pass over the spaces finds both.
_SPACED_HITS = SpacedGate([(_HEAD_FRAGMENTS, _HEAD_FOLLOWER), (_CUE_WORDS, _CUE_FOLLOWER)],
                          "[A-Z0-9'’]|de |het |van |'t ")
_TAIL_HITS = Gate([(_TAIL_FRAGMENTS, None)])
_DROP_TAIL = re.compile(r"(?:\s(?:de|van|der|den|aan|op|en|&|in|uit))+$")


ORG_WORD = re.compile(rf"(?:{_HEAD}|{_TAIL})")


@functools.lru_cache(maxsize=100_000)
def is_org_word(word: str) -> bool:
    """'Kapsalon', 'Timmerwerken', 'Stichting': a word that makes a run a business name."""
    return bool(ORG_WORD.fullmatch(word))


def _public(name: str) -> bool:
    words = name.split()
    first = words[0]
    # "DHL Freight", "Maersk Logistics", "DHL Freight en Maersk": brands and type words name no
    # small business
    return name in lx.public_bodies() or first in lx.public_bodies() or \
        first in lx.non_person_capitalised() and all(
            is_org_word(w) or w in ("en", "&") or w in lx.non_person_capitalised() for w in words[1:])


# Capitalised only because they open the sentence: no part of the business name that follows.
# ("In Goede Handen Thuiszorg" loses its "In" at a sentence start: the rest is still masked.)
_SENTENCE_OPENERS = frozenset(
    "Via Bij Sinds Na Naast Voor Volgens Naar Uit Met Door Tijdens Namens Onder Tegen Ook En "
    "Toen Daarna Dan Maar Omdat Want Als Vanuit Zonder Over In Op Bovendien Later".split())
_TITLE_PREFIX = re.compile(r"(?:Dhr\.?|Mw\.?|Mevr\.?|Mevrouw|De heer|Meneer|Fam\.?) ")
_LEGAL_FORM_END = re.compile(r"(?:B\.V|N\.V|v\.o\.f|V\.O\.F|Gebr|Zn|c\.s)$")
_GENERIC_HEADS = frozenset(
    "eenmanszaak webshop uitzendbureau bedrijf bedrijfje zaak winkel werkgever".split())


# "Wooncoöperatie Noordoost aan de Harddraversweg": the address is no part of the name.
_AT_STREET = re.compile(
    r" (?:aan|op) (?:de |het )?[A-Z]\w*(?:straat|weg|laan|plein|gracht|kade|singel|dijk|dreef|"
    r"steeg|ring|markt|hof|park)\b.*$")


def _clean(text: str, s: int, e: int) -> tuple[int, int]:
    surface = _AT_STREET.sub("", _DROP_TAIL.sub("", text[s:e]))
    # Drop trailing joining words and capitalised sentence openers after a full stop.
    while True:
        trimmed = re.sub(r"(?:\s(?:de|van|der|den|het|aan|op|en|&|na|voor|met|in|bij|tot|uit))+$",
                         "", surface).rstrip(",;: ")
        if trimmed == surface:
            break
        surface = trimmed
    if surface.endswith(".") and not _LEGAL_FORM_END.search(surface[:-1]):
        surface = surface[:-1]
    title = _TITLE_PREFIX.match(surface)
    if title:
        s, surface = s + title.end(), surface[title.end():]
    first, _, rest = surface.partition(" ")
    if first in _SENTENCE_OPENERS and len(rest.split()) >= 2 and rest[:1].isupper() and \
            at_sentence_start(text, s):
        s, surface = s + len(first) + 1, rest  # "Via Jansen Schoonmaak B.V. geboekt"
    first, _, rest = surface.partition(" ")
    if first.lower() in _GENERIC_HEADS and rest[:1].isupper():
        s, surface = s + len(first) + 1, rest  # "eenmanszaak Taxi Aydın": the type is no part
    first, _, rest = surface.partition(" ")
    if _ROLE_NOUN.fullmatch(first) and first.lower() in lx.dutch_words() and \
            not is_org_word(first) and len(rest.split()) >= 2 and rest[:1].isupper():
        s, surface = s + len(first) + 1, rest  # "Afhandelaar Van Kampen Forwarding": a role
    cut = _person_of(surface)
    return s + cut, s + len(surface)


_ROLE_NOUN = re.compile(rf"[A-Z][a-z]+(?:{ROLE_NOUN_ENDINGS})")


def _person_of(surface: str) -> int:
    """Where the business starts in "Gifty Boateng van Gastouderopvang Sunshine Kids": after
    the last lower-case "van" when a person stands before it (two words or more, or a name
    the business repeats) or a type word opens what follows; 0 when no one does."""
    i = surface.rfind(" van ")
    if i <= 0 or not surface[i + 5:i + 6].isupper():
        return 0
    before, after = surface[:i].split(), surface[i + 5:].split()
    if is_org_word(before[0]) or not after:
        return 0
    if len(before) >= 2 or is_org_word(after[0]) or before[-1] in after:
        return i + 5
    return 0


def find_organisations(text: str) -> Iterator[Span]:
    head_hits, cue_hits = _SPACED_HITS.hits(text)
    tail_hits = _TAIL_HITS.hits(text)[0]
    kvk_hits = literal_hits(text, _KVK_FRAGMENTS)
    for rx, hits, source, conf in ((_HEAD_ORG_FAST, head_hits, "orgs:type-word", 0.9),
                                   (_TAIL_ORG_FAST, tail_hits, "orgs:type-suffix", 0.85)):
        for m in finditer_in(rx, text, windows_around(text, hits, 100, 100)) if hits else ():
            s, e = _clean(text, m.start(), m.end())
            name = text[s:e]
            if len(name.split()) < 2 or _public(name) or name.split()[-1] in lx.public_bodies():
                continue
            yield Span(s, e, "ORGANISATION_PRIVATE", source, conf)
    if ", " in text or ": " in text:  # "de verhuurder, Vastgoedbeheer Laakzicht, ..."
        cue_hits = sorted(cue_hits + literal_hits(text, _CUE_PUNCTUATED))
    for rx, hits, source in ((_KVK_ORG_FAST, kvk_hits, "orgs:before-kvk"),
                             (_CUE_ORG_FAST, cue_hits, "orgs:cue")):
        for m in finditer_in(rx, text, windows_around(text, hits, 120, 90)) if hits else ():
            s, e = _clean(text, m.start(1), m.end(1))
            name = text[s:e]
            if not name or _public(name) or name in lx.dutch_places() or name in lx.first_names():
                continue  # "zaak: Jan" names a person, if anyone
            yield Span(s, e, "ORGANISATION_PRIVATE", source, 0.85)

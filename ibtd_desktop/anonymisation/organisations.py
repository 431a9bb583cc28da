"""Small private organisations that lead to a person: own business, employer, school, landlord."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ibtd_desktop.anonymisation import lexicons as lx
from ibtd_desktop.anonymisation.scan import by_first_char, finditer_near
from ibtd_desktop.anonymisation.spans import Span

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
    r"groep|centrum|centrale)"
)
_TAIL = (
    r"Timmerwerken|Schilderwerken|Fotografie|Koeriersdiensten|Schoonmaakdiensten|Advies|"
    r"Herstelbegeleiding|Begeleiding|Bouw|Installatietechniek|Techniek|Transport|Services?|"
    r"Diensten|Consultancy|Holding|Groep|Trading|Import|Export|Media|Design|Catering|Klussen|"
    r"Schoonmaak|Fashion(?:\s[A-Z][a-z]+)?|Corner|Decor|Shop|Store|Beheer|Vastgoed|Administratie|"
    r"Verhuur|Onderhoud|Logistiek|Hair|Beauty|Nails|Kids|Opvang|ICT(?:\s[A-Z][a-z]+)?|"
    r"Fiscaal Advies|Belastingadvies|Bewind|B\.V\.|BV|V\.O\.F\.|v\.o\.f\.|VOF|& Zn\.?|& Zonen|"
    r"Advocaten|Advocatuur|Notarissen|Accountants|Makelaars|Architecten|Installaties|Uitzendgroep|"
    r"[A-Z][a-z]+(?:diensten|werken|techniek|begeleiding|advies|bedrijf|handel|service)"
)
# A word of a business name: capitalised (dots only in initials/abbreviations such as "Gebr."),
# initials, or a lower-case joining word ("Samen Sterk na de Affaire", "Zeynep aan Huis").
_CAPWORD = r"(?:(?:[A-Z]\.){1,3}(?![\w])|(?:Gebr|Fa|Wed|Fam|St|Sint)\.(?= [A-Z])|[A-Z][\w'’&-]*)"
_NAMEPART = rf"(?:{_CAPWORD}|de|van|der|den|het|'t|en|&|(?:aan|na|voor|met)(?= [A-Z]| de [A-Z]))"
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
# Cheap literal anchors: the rich patterns run only near these (see scan.py).
_HEAD_ANCHOR = re.compile(
    by_first_char((  # grouped by first letter: one comparison per position (see scan.py)
    r"tichting|ereniging|bureau|verblijf|pvang|BSO|alon|apper|arber|tudio|estaurant|af[eé]|"
    r"etaria|nackbar|hoarma|izzeria|oko|akkerij|lagerij|markt|arage|bedrijf|handel|school|"
    r"ransport|ienst|kantoor|oering|akelaar|ebshop|inkel|telier|raktijk|herapie|oskee|erk|"
    r"oerderij|uiszorg|zaak|nderneming|olding|amping|otel|ension|rukkerij|ietsenmaker|isserij|"
    r"wekerij|entrum|loemist|outique|emeente|axi|groep|entrale|OBS|CBS|obs|cbs").split("|"))
    + r" (?:[A-Z0-9'’]|de |het |van |'t )")
_TAIL_ANCHOR = re.compile(by_first_char((
    r"Advoca|Notaris|Accountant|Makelaar|Architect|Installatie|Uitzend|werken|otografie|diensten|dvies|egeleiding|Bouw|echniek|ransport|ervice|onsultancy|"
    r"olding|Groep|Trading|Import|Export|Media|Design|Catering|Klussen|Schoonmaak|Fashion|Corner|"
    r"Decor|Shop|Store|Beheer|Vastgoed|Administratie|Verhuur|Onderhoud|Logistiek|Hair|Beauty|"
    r"Nails|Kids|Opvang|ICT|B\.V\.|BV|V\.O\.F|v\.o\.f|VOF|& Z|bedrijf|handel|Bewind").split("|")))
_KVK_ANCHOR = re.compile(r"KvK|kvk|KVK")
_CUE_ANCHOR = re.compile(
    r"(?:eenmanszaak|webshop|bedrijf|zaak|werkgever|uitzendbureau|opdrachtgever|werkt bij|"
    r"werkte bij|in dienst bij|verhuurder|huisbaas|kantoor) [A-Z]")
_DROP_TAIL = re.compile(r"(?:\s(?:de|van|der|den|aan|op|en|&|in|uit))+$")


ORG_WORD = re.compile(rf"(?:{_HEAD}|{_TAIL})")


@functools.lru_cache(maxsize=100_000)
def is_org_word(word: str) -> bool:
    """'Kapsalon', 'Timmerwerken', 'Stichting': a word that makes a run a business name."""
    return bool(ORG_WORD.fullmatch(word))


def _public(name: str) -> bool:
    first = name.split()[0]
    return name in lx.public_bodies() or first in lx.public_bodies() or \
        first in lx.non_person_capitalised() and len(name.split()) == 1


_TITLE_PREFIX = re.compile(r"(?:Dhr\.?|Mw\.?|Mevr\.?|Mevrouw|De heer|Meneer|Fam\.?) ")
_LEGAL_FORM_END = re.compile(r"(?:B\.V|N\.V|v\.o\.f|V\.O\.F|Gebr|Zn|c\.s)$")
_GENERIC_HEADS = frozenset(
    "eenmanszaak webshop uitzendbureau bedrijf bedrijfje zaak winkel werkgever".split())


def _clean(text: str, s: int, e: int) -> tuple[int, int]:
    surface = _DROP_TAIL.sub("", text[s:e])
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
    if first.lower() in _GENERIC_HEADS and rest[:1].isupper():
        s, surface = s + len(first) + 1, rest  # "eenmanszaak Taxi Aydın": the type is no part
    return s, s + len(surface)


def find_organisations(text: str) -> Iterator[Span]:
    for rx, anchor, source, conf in ((HEAD_ORG, _HEAD_ANCHOR, "orgs:type-word", 0.9),
                                     (TAIL_ORG, _TAIL_ANCHOR, "orgs:type-suffix", 0.85)):
        for m in finditer_near(rx, text, anchor, 100, 100):
            s, e = _clean(text, m.start(), m.end())
            name = text[s:e]
            if len(name.split()) < 2 or _public(name) or name.split()[-1] in lx.public_bodies():
                continue
            yield Span(s, e, "ORGANISATION_PRIVATE", source, conf)
    for rx, anchor, source in ((KVK_ORG, _KVK_ANCHOR, "orgs:before-kvk"),
                               (CUE_ORG, _CUE_ANCHOR, "orgs:cue")):
        for m in finditer_near(rx, text, anchor, 120, 90):
            s, e = _clean(text, m.start(1), m.end(1))
            name = text[s:e]
            if not name or _public(name) or name in lx.dutch_places():
                continue
            words = name.split()
            # Only the last few capitalised words before "(KvK": "... bij Jade Garden (KvK".
            yield Span(s, e, "ORGANISATION_PRIVATE", source, 0.85)

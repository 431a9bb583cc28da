"""Small private organisations that lead to a person: own business, employer, school, landlord."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ibtd_desktop.anonymisation import lexicons as lx
from ibtd_desktop.anonymisation.scan import finditer_near
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
    r"[A-Z][a-z]+(?:bedrijf|bureau|kantoor|salon|studio|winkel|zaak|handel|service|diensten|opvang)"
)
_TAIL = (
    r"Timmerwerken|Schilderwerken|Fotografie|Koeriersdiensten|Schoonmaakdiensten|Advies|"
    r"Herstelbegeleiding|Begeleiding|Bouw|Installatietechniek|Techniek|Transport|Services?|"
    r"Diensten|Consultancy|Holding|Groep|Trading|Import|Export|Media|Design|Catering|Klussen|"
    r"Schoonmaak|Fashion(?:\s[A-Z][a-z]+)?|Corner|Decor|Shop|Store|Beheer|Vastgoed|Administratie|"
    r"Verhuur|Onderhoud|Logistiek|Hair|Beauty|Nails|Kids|Opvang|ICT(?:\s[A-Z][a-z]+)?|"
    r"Fiscaal Advies|Belastingadvies|Bewind|B\.V\.|BV|V\.O\.F\.|v\.o\.f\.|VOF|& Zn\.?|& Zonen|"
    r"[A-Z][a-z]+(?:diensten|werken|techniek|begeleiding|advies|bedrijf|handel|service)"
)
_NAMEPART = r"(?:[A-Z][\w'’&.-]*|(?:[A-Z]\.){1,3}|de|van|der|den|het|'t|aan|op|en|&)"
_HEAD_ANYCASE = "|".join(
    f"[{w[0]}{w[0].lower()}]{w[1:]}" if w[:1].isalpha() and w[1:2].islower() else w
    for w in _HEAD.split("|"))
HEAD_ORG = re.compile(rf"\b(?:{_HEAD_ANYCASE})(?:\s(?:{_NAMEPART})){{0,5}}\s?[A-Z0-9][\w'’.-]*(?:\s(?:{_TAIL}))?")
TAIL_ORG = re.compile(rf"(?<![\w-])(?:[A-Z][\w'’.-]*\s){{0,3}}(?:[A-Z][\w'’.-]*)\s(?:{_TAIL})(?:\s(?:{_TAIL}))?(?!\w)")
# "Jade Garden (KvK 123...)", "Taxi Aydın, KvK": the name standing before a KvK number.
KVK_ORG = re.compile(
    r"((?:[A-Z][\w'’.&-]*|(?:[A-Z]\.){1,3})(?:\s(?:[A-Z][\w'’.&-]*|(?:[A-Z]\.){1,3}|de|van|der|"
    r"den|aan|op|en|&|v\.o\.f\.)){0,5})\s?(?:,\s|\s\()(?:KvK|kvk|KVK)")
CUE_ORG = re.compile(
    r"\b(?:eenmanszaak|webshop|bedrijf|bedrijfje|zaak|werkgever|uitzendbureau|opdrachtgever|"
    r"werkt bij|werkte bij|in dienst bij|verhuurder|huisbaas|kantoor)\s+"
    r"((?:[A-Z][\w'’.&-]*)(?:\s(?:[A-Z][\w'’.&-]*|de|van|der|den|aan|op|en|&)){0,4})")
# Cheap literal anchors: the rich patterns run only near these (see scan.py).
_HEAD_ANCHOR = re.compile(
    r"(?:tichting|ereniging|bureau|verblijf|pvang|BSO|alon|apper|arber|tudio|estaurant|af[eé]|"
    r"etaria|nackbar|hoarma|izzeria|oko|akkerij|lagerij|markt|arage|bedrijf|handel|school|"
    r"ransport|ienst|kantoor|oering|akelaar|ebshop|inkel|telier|raktijk|herapie|oskee|erk|"
    r"oerderij|uiszorg|zaak|nderneming|olding|amping|otel|ension|rukkerij|ietsenmaker|isserij|"
    r"wekerij|entrum|loemist|outique|emeente|axi) (?:[A-Z0-9'’]|de |het |van |'t )")
_TAIL_ANCHOR = re.compile(
    r"(?:werken|otografie|diensten|dvies|egeleiding|Bouw|echniek|ransport|ervice|onsultancy|"
    r"olding|Groep|Trading|Import|Export|Media|Design|Catering|Klussen|Schoonmaak|Fashion|Corner|"
    r"Decor|Shop|Store|Beheer|Vastgoed|Administratie|Verhuur|Onderhoud|Logistiek|Hair|Beauty|"
    r"Nails|Kids|Opvang|ICT|B\.V\.|BV|V\.O\.F|v\.o\.f|VOF|& Z|bedrijf|handel|Bewind)")
_KVK_ANCHOR = re.compile(r"KvK|kvk|KVK")
_CUE_ANCHOR = re.compile(
    r"(?:eenmanszaak|webshop|bedrijf|zaak|werkgever|uitzendbureau|opdrachtgever|werkt bij|"
    r"werkte bij|in dienst bij|verhuurder|huisbaas|kantoor) [A-Z]")
_DROP_TAIL = re.compile(r"(?:\s(?:de|van|der|den|aan|op|en|&|in|uit))+$")


def _public(name: str) -> bool:
    first = name.split()[0]
    return name in lx.public_bodies() or first in lx.public_bodies() or \
        first in lx.non_person_capitalised() and len(name.split()) == 1


def _clean(text: str, s: int, e: int) -> tuple[int, int]:
    surface = _DROP_TAIL.sub("", text[s:e]).rstrip(".,;: ")
    return s, s + len(surface)


def find_organisations(text: str) -> Iterator[Span]:
    for rx, anchor, source, conf in ((HEAD_ORG, _HEAD_ANCHOR, "orgs:type-word", 0.8),
                                     (TAIL_ORG, _TAIL_ANCHOR, "orgs:type-suffix", 0.7)):
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
            yield Span(s, e, "ORGANISATION_PRIVATE", source, 0.75)

"""Format rules for identifiers. Masking follows the shape; checksums only choose the label."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ibtd_desktop.anonymisation import scan as _rx
from ibtd_desktop.anonymisation.checksums import IBAN_LENGTHS, digits_of, elfproef, iban_valid
from ibtd_desktop.anonymisation.ident_context import ContextWords, Window, before
from ibtd_desktop.anonymisation.ident_map import digit_map, on_map, spans
from ibtd_desktop.anonymisation.plates import find_plates, plate_spans  # noqa: F401  (find_plates: an identifier rule, as before)
from ibtd_desktop.anonymisation.ident_scan import class_map, finditer_windows, segment_windows
from ibtd_desktop.anonymisation.anchor_hits import literal_hits
from ibtd_desktop.anonymisation.scan import finditer_in, finditer_near, windows_around
from ibtd_desktop.anonymisation.spans import Span

_B = r"(?<![\w@/.-])"      # left boundary: not inside a word, address, path or code
_E = r"(?![\w@/]|[.-]\w)"  # right boundary
# Speed: Python's regex engine skips quickly only to a pattern's first literal or character
# set; a pattern that opens with a lookbehind is tried at every position. So several patterns
# below consume their first character first and check the left boundary right after it:
# "(?<![\w@/.-])X" matches exactly where "X(?<![\w@/.-].)" does when X is one character;
# alternatives that differ in their first character continue with "(?<=c)".
_B1 = r"(?<![\w@/.-].)"  # _B, checked after the first character

EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+(?:@|\s?[\[(]\s?(?:at|AT|apenstaartje)\s?[\])]\s?)"
    r"[\w-]+(?:(?:\.|\s?[\[(]\s?(?:dot|punt)\s?[\])]\s?)[\w-]+)*\.[A-Za-z]{2,}(?![\w-])"
)
URL = re.compile(
    r"(?:https?://|www\.)[^\s<>()\"',;]+[^\s<>()\"',;.!?:]"
    r"|(?<![\w@.-])(?:[a-z0-9-]+\.)+(?:com|nl|be|eu|org|net|info|nu|io|me|shop|online)"
    r"(?:/[^\s<>()\"',;]*[^\s<>()\"',;.!?:])?(?![\w@-])"
    r"|(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{2,}[A-Za-z0-9_]",
    re.IGNORECASE,
)
# Public websites stay visible; generic platform roots without a path are not personal.
PUBLIC_DOMAINS = (
    "toeslagen.nl", "belastingdienst.nl", "rijksoverheid.nl", "overheid.nl", "government.nl",
    "herstel.toeslagen.nl", "kvk.nl", "duo.nl", "uwv.nl", "svb.nl", "cak.nl", "cjib.nl",
    "mijnoverheid.nl", "digid.nl", "ibtd.nl", "juridischloket.nl", "politie.nl", "rechtspraak.nl",
    "nibud.nl", "wetten.overheid.nl", "officielebekendmakingen.nl", "ombudsman.nl",
    "commissiewerkelijkeschade.nl", "douane.nl", "rdw.nl", "ind.nl", "autoriteitpersoonsgegevens.nl",
    "facebook.com", "instagram.com", "linkedin.com", "tiktok.com", "youtube.com", "google.com",
    "gmail.com", "hotmail.com", "outlook.com", "bol.com", "marktplaats.nl", "x.com", "twitter.com",
)
IBAN = re.compile(r"(?<![\w])[A-Za-z]{2}\d{2}(?:\s?[A-Za-z0-9]{4}){2,7}(?:\s?[A-Za-z0-9]{1,3})?(?!\w)")
VAT = re.compile(r"[Nn]" + _B1 + r"[Ll]\s?\d{9}\s?[Bb]\s?\d{2}" + _E)  # [Nn] == n under re.I
EORI = re.compile(r"N" + _B1 + r"L\d{9}" + _E)
MRN = re.compile(r"\d" + _B1 + r"\d[A-Z]{2}[A-Z0-9]{14}" + _E)
PHONE_NL = re.compile(  # "070 – 345 67 89": an en dash separates like a hyphen
    r"[+0(](?<![\w+/.-].)(?<!\d .)"
    r"(?:(?<=\+) ?31 ?[- ]?(?:\(0\)[- ]?)?|(?<=0)0 ?31 ?[- ]?(?:\(0\)[- ]?)?|(?<=\()0\d{1,3}\) ?|(?<=0))"
    r"\d(?:(?: ?[-.–] ?| )?\d){1,24}(?![\w/]|[,:]\d)"
)
PHONE_INTL = re.compile(
    r"[+0](?<![\w+].)(?<!\d .)(?:(?<=\+)|(?<=0)0)(?!31)\d{1,3}(?:[\s-]?(?:\(\d+\)|\d+)){2,6}(?![\w])")
POSTCODE = re.compile(
    r"[N1-9](?<![\w-].)(?:(?<=N)L-?\s?[1-9]|(?<=[1-9]))\d{3}\s?(?!SA|SD|SS)[A-Za-z]{2}(?![\w-])")
POSTCODE_WORDS = frozenset(
    "en op in de te om na of al nu er ze je we is ik zo ja an af uw me zn hé nr tm".split()
)
PASSPORT = re.compile(r"[A-NP-Z]" + _B1 + r"[A-NP-Z][A-NP-Z0-9]{6}\d" + _E)
BSN_SHAPE = re.compile(  # 9 digits, 1234.56.789, 123 456 789, 12345 6789, 1234 56 789, 12.345.678,
    # 8 digits, and a KvK's 1234 5678 or 12 34 56 78
    r"\d" + _B1 + r"(?:\d{8}|\d{3}\.\d{2}\.\d{3}|\d{2}[.\s-]\d{3}[.\s-]\d{3}|\d{4}\s\d{4}"
    r"|\d{3}\s\d{2}\s\d{3}|\d\.\d{3}\.\d{3}|\d{7}|\d{3}\s\d{4}|\d\s\d{2}\s\d{2}\s\d{2})" + _E
)
_KVK_SPACED = re.compile(r"\d{4}\s\d{4}|\d{2}\s\d{2}\s\d{2}\s\d{2}")
# Codes of files, cases and documents: letters/digits joined by - / . with enough digits.
CODE = re.compile(
    r"(?<![\w/.-])(?:[A-Za-z0-9]+(?:(?:[-/.]|\s(?=[A-Z]{2}\s)|(?<=[A-Z])\s(?=\d+/))[A-Za-z0-9]+)+|"
    r"(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,})(?![\w]|[-/.][A-Za-z0-9])"
)
LONG_NUMBER = re.compile(r"\d(?<![\w.,€-].)\d{6,11}(?![\w]|[.,]\d)")

# The same patterns on digit_map(text), each opening with a digit (see ident_map). Those that
# open with letters are re-anchored on a digit, the letters checked behind it.
_BSN_MAP, _LONG_MAP, _MRN_MAP = on_map(BSN_SHAPE.pattern), on_map(LONG_NUMBER.pattern), on_map(MRN.pattern)
_IBAN_HEAD = r"(?<![\w])[A-Za-z]{2}\d{2}"
assert IBAN.pattern.startswith(_IBAN_HEAD)
_IBAN_MAP = on_map(r"\d\d(?<=(?<![\w])[A-Za-z]{2}\d\d)" + IBAN.pattern[len(_IBAN_HEAD):])
_VAT_MAP = on_map(r"\d(?:(?<=(?<![\w@/.-])[Nn][Ll]\d)|(?<=(?<![\w@/.-])[Nn][Ll]\s\d))\d{8}\s?[Bb]\s?\d{2}" + _E)
_PASSPORT_MAP = on_map(r"\d(?<=(?<![\w@/.-])[A-NP-Z][A-NP-Z][A-NP-Z0-9]{6}\d)" + _E)


def _iban_start(text: str, s: int) -> int:
    return s - 2


def _vat_start(text: str, s: int) -> int:
    return s - 2 if text[s - 1] in "Ll" else s - 3


def _passport_start(text: str, s: int) -> int:
    return s - 8

KVK_CONTEXT = re.compile(r"kvk|kamer van koophandel|handelsregister|inschrijvingsnummer", re.I)
CASE_CONTEXT = re.compile(
    r"aanslag|beschikking|dossier|zaak|bezwaar|melding|kenmerk|referentie|\bpv\b|proces-verbaal|"
    r"rolnummer|\bmrn\b|aangifte|regeling|vordering|nummer van de|procedure|uitspraak|brief|"
    r"politie|\bbrp\b|factuur|contract", re.I)
ID_CONTEXT = re.compile(
    r"paspoort|\bid\b|id-|identiteit|rijbewijs|personeels|dienstnummer|medewerker|vreemdeling|"
    r"v-nummer|\blrk\b|klantnummer|klantnr|relatienummer|relatienr|\beori\b|btw|verblijfs|pasnummer|"
    r"lidnummer|lidnr|huurdernummer|huurdernr|"
    r"registratienummer|landelijk register|kinderopvang onder|polisnummer", re.I)
PAYMENT_REFERENCE = re.compile(
    r"(?:betalings|transactie|overschrijvings)?(?:referentie|kenmerk)(?:nummer)?\s*(?:is|:)?\s*$|"
    r"overschrijving met kenmerk\s*$|betalingskenmerk\s*$", re.I)
BSN_CONTEXT = re.compile(r"\bbsn\b|burgerservice|sofi", re.I)


def _span(m: re.Match, label: str, source: str, conf: float = 0.95) -> Span:
    return Span(m.start(), m.end(), label, source, conf)


_EMAIL_ANCHOR = re.compile(r"@|at\s?[\])]|AT\s?[\])]|apenstaartje")
_URL_ANCHOR = re.compile(r"www\.|WWW\.|https?:|@|\.(?:com|nl|be|eu|org|net|info|nu|io|me|shop|online|COM|NL|BE)\b")
_CODE_ANCHOR = re.compile(r"\d")


# _EMAIL_ANCHOR's hits found by str.find on rare characters: "@", "apenstaartje", and the
# brackets, with "at"/"AT" (then maybe a \s) checked before them. The hits never overlap.
def _email_anchor_hits(text: str) -> list[tuple[int, int]]:
    hits = literal_hits(text, ("@", "apenstaartje"))
    for bracket in ")]":
        i = text.find(bracket)
        while i >= 0:
            if text[i - 2:i] in ("at", "AT") and i >= 2:
                hits.append((i - 2, i + 1))
            elif i >= 3 and text[i - 3:i - 1] in ("at", "AT") and text[i - 1].isspace():
                hits.append((i - 3, i + 1))
            i = text.find(bracket, i + 1)
    return sorted(hits)


# A public institution's functional mailbox (meldpunt@ibtd.nl, wederhoor-toeslagen@ibtd.nl)
# leads to no person; a staff member's address there (w.schouten@ibtd.nl) does.
_INSTITUTION_DOMAINS = PUBLIC_DOMAINS[:PUBLIC_DOMAINS.index("facebook.com")]
_FUNCTION_WORDS = frozenset(
    "info informatie meldpunt melding meldingen signaal signalen wederhoor secretariaat klachten "
    "klacht contact servicedesk helpdesk noreply no reply postbus post redactie pers persvoorlichting "
    "communicatie integriteit vertrouwenspersoon privacy fg avg team bezwaar bezwaren herstel "
    "toeslagen belastingen douane inspectie loket receptie planning administratie onderzoek "
    "webredactie service klantenservice ondersteuning support publicaties".split())


def _functional_mailbox(address: str) -> bool:
    local, _, domain = address.lower().partition("@")
    if not any(domain == d or domain.endswith("." + d) for d in _INSTITUTION_DOMAINS):
        return False
    words = [w for w in re.split(r"[-._+]", local) if w]
    return bool(words) and all(w in _FUNCTION_WORDS or w.isdigit() for w in words)


def find_emails(text: str) -> Iterator[Span]:
    wins = windows_around(text, _email_anchor_hits(text), 80, 90)
    for m in finditer_in(EMAIL, text, wins):
        if "@" in m.group() and _functional_mailbox(m.group()):
            continue
        yield _span(m, "EMAIL", "rule:email", 0.99)


def find_urls(text: str) -> Iterator[Span]:
    for m in finditer_near(URL, text, _URL_ANCHOR, 120, 120):
        value = m.group().lower().rstrip("/")
        bare = re.sub(r"^(https?://)?(www\.)?", "", value)
        if bare in PUBLIC_DOMAINS or bare.split("/")[0].endswith(
                (".overheid.nl", ".toeslagen.nl", ".belastingdienst.nl")) and "/" not in bare:
            continue
        if value.startswith("@") and text[max(0, m.start() - 1):m.start()].isalnum():
            continue
        yield _span(m, "URL", "rule:url", 0.9)


def find_ibans(text: str) -> Iterator[Span]:
    return _ibans(text, digit_map(text))


def _ibans(text: str, cmap: bytes | None) -> Iterator[Span]:
    for s, e in spans(IBAN, _IBAN_MAP, text, cmap, _iban_start):
        found = _iban_in(text, s, e)
        if found:
            yield found


def _iban_in(text: str, s: int, e: int) -> Span | None:
    """The IBAN the candidate text[s:e] holds: the whole of it, or a shorter head when a word
    after the number was taken for its last group ("BE71 0961 2345 6769 op naam")."""
    ends = [e] + [i for i in range(e - 1, s + 15, -1) if text[i].isspace()]
    shaped = None
    for end in ends:
        compact = re.sub(r"\s", "", text[s:end]).upper()
        if iban_valid(compact):
            return Span(s, end, "IBAN", "rule:iban+mod97", 0.99)
        country = compact[:2]
        if shaped is None and len(compact) == IBAN_LENGTHS.get(country) and (
                country != "NL" or compact[4:8].isalpha()):
            shaped = end
    if shaped is not None:
        # Shape of an IBAN with a failing checksum (a typo): masked, labelled by checksum.
        return Span(s, shaped, "ID_NUMBER", "rule:iban-shape-failed-mod97", 0.7)
    return None


def find_phones(text: str) -> Iterator[Span]:
    pos = 0
    while (m := PHONE_NL.search(text, pos)) is not None:
        pos = m.end()
        raw = m.group().rstrip(" -.–")
        if _rx.match(r"\d\d?[-.]\d\d?[-.]\d{4}", raw):
            continue  # a date
        # Digits before the 9 national ones: "+31" 2, "0031" 4, a trunk "0" 1, "(0)" one more.
        skip = 2 if raw.startswith("+") else 4 if raw.startswith("00") else 1
        if raw.startswith(("+", "00")) and "(0)" in raw[:9]:
            skip += 1
        seen, end = 0, None
        for i, c in enumerate(raw):
            if c.isdigit():
                seen += 1
                if seen == skip + 9:
                    end = i + 1
                    break
        if end is None or (end < len(raw) and raw[end].isdigit()):
            continue
        if end < len(raw) and not _rx.match(r" ?[-/–] ?\d| 0", raw[end:]):
            continue  # "0012 3456 7890 1234": part of a longer number, not a phone + another
        pos = m.start() + end  # "06-12345678 - 030-1234567": look again after the first
        yield Span(m.start(), m.start() + end, "PHONE", "rule:phone-nl", 0.95)
    for m in PHONE_INTL.finditer(text):
        if 8 <= len(digits_of(m.group())) <= 15:
            yield _span(m, "PHONE", "rule:phone-intl", 0.85)


def find_postcodes(text: str) -> Iterator[Span]:
    for m in POSTCODE.finditer(text):
        letters = m.group()[-2:]
        if not letters.isupper() and letters.lower() in POSTCODE_WORDS:
            continue
        if letters.islower() and not _rx.match(r"\s+[A-Za-z]", text[m.end():m.end() + 3]) \
                and not _rx.search(r"\d(?:-?[a-zA-Z]{1,2})?,\s*$", before(text, m.start(), 8)):
            # "2019 al" is a year and a word; a lowercase postcode needs a place or address.
            if letters.lower() in POSTCODE_WORDS or _rx.search(r"\d{4}\s[a-z]{2}$", m.group()):
                continue
        yield _span(m, "POSTCODE", "rule:postcode", 0.95)


_KVK = ContextWords(KVK_CONTEXT)
_CASE = ContextWords(CASE_CONTEXT)
_ID = ContextWords(ID_CONTEXT)
_BSN = ContextWords(BSN_CONTEXT)
_REF = ContextWords(re.compile(r"referentie|kenmerk", re.I))


def _window(text: str, start: int) -> Window:
    return Window(before(text, start), before(text, start, 22))


def _number_label(text: str, start: int, raw: str, win: Window | None = None) -> tuple[str, str, float]:
    # The context words are tested on the window's lower-cased form (see ident_context).
    w = win or _window(text, start)
    d = digits_of(raw)
    if len(d) in (8, 12) and w.in_near(_KVK):
        return "KVK", "rule:kvk+context", 0.95
    if len(d) in (8, 9) and elfproef(d):
        bsn = w.in_ctx(_BSN)
        if (bsn or not w.in_ctx(_KVK)) and (len(d) == 9 or bsn):
            return "BSN", "rule:bsn+elfproef", 0.95 if bsn else 0.8
    if w.in_near(_ID):
        return "ID_NUMBER", "rule:id+context", 0.85
    if w.in_ctx(_CASE):
        return "CASE_NUMBER", "rule:case+context", 0.8
    if w.in_near(_BSN):
        # Masked all the same: a mistyped BSN is still a BSN to its owner. The checksum only
        # decides the label.
        return "ID_NUMBER", "rule:bsn-shape-failed-elfproef", 0.6
    if len(d) == 8 and w.in_ctx(_KVK):
        return "KVK", "rule:kvk+context", 0.8
    return "ID_NUMBER", "rule:number-shape", 0.5


def find_numbers(text: str) -> Iterator[Span]:
    """BSN, KvK and other long numbers; the label comes from the checksum and the context."""
    return _numbers(text, digit_map(text))


def _numbers(text: str, cmap: bytes | None) -> Iterator[Span]:
    for rx, mapped in ((BSN_SHAPE, _BSN_MAP), (LONG_NUMBER, _LONG_MAP)):
        for start, end in spans(rx, mapped, text, cmap):
            raw = text[start:end]
            d = digits_of(raw)
            if len(d) == 8 and _rx.fullmatch(r"(19|20)\d{6}|\d{4}(19|20)\d\d", d) and \
                    not (KVK_CONTEXT.search(before(text, start, 22)) or elfproef(d)):
                continue  # 20240314 / 14032024: a compact date
            if _rx.match(r"\s*(?:euro|EUR|,-|,\d)", text[end:end + 6]) or \
                    _rx.search(r"[€$]\s*$", before(text, start, 3)):
                continue
            win = _window(text, start)
            if _KVK_SPACED.fullmatch(raw) and not (
                    win.in_near(_KVK) and _rx.match(r"(?![ -]?\d)", text[end:end + 2])
                    and not _rx.search(r"\d[ -]?$", before(text, start, 2))):
                continue  # "1234 5678" is a KvK number only after "KvK", never inside a longer one
            label, source, conf = _number_label(text, start, raw, win)
            if label != "BSN" and len(d) == 9 and PAYMENT_REFERENCE.search(before(text, start, 30)) or \
                    label != "BSN" and len(d) == 9 and win.in_ctx(_REF) and not win.in_ctx(_BSN):
                # A payment reference, or a mistyped BSN after "kenmerk": masked all the same
                # (the checksum decides the label, not whether a number is hidden).
                label, source, conf = "CASE_NUMBER", "rule:reference-failed-elfproef", 0.5
            yield Span(start, end, label, source, conf)


def find_documents(text: str) -> Iterator[Span]:
    return _documents(text, digit_map(text))


def _documents(text: str, cmap: bytes | None) -> Iterator[Span]:
    for s, e in spans(VAT, _VAT_MAP, text, cmap, _vat_start):
        yield Span(s, e, "ID_NUMBER", "rule:btw-id", 0.95)
    for m in EORI.finditer(text):
        yield _span(m, "ID_NUMBER", "rule:eori", 0.9)
    for s, e in spans(MRN, _MRN_MAP, text, cmap):
        yield Span(s, e, "CASE_NUMBER", "rule:mrn", 0.9)
    for s, e in spans(PASSPORT, _PASSPORT_MAP, text, cmap, _passport_start):
        yield Span(s, e, "ID_NUMBER", "rule:passport-shape", 0.85)


_DATE_LIKE = re.compile(r"\d{1,4}([-/.])\d{1,2}\1\d{2,4}")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d[-/](?:(?:19|20)?\d\d)")
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+")
_ARTICLE = re.compile(r"(?:art(?:ikel|\.)?|lid|hoofdstuk|paragraaf|§)\s*$", re.I)


_SERVICE_NUMBER = re.compile(r"09\d\d-?\d{3,7}|0800-?\d{3,7}")


@functools.lru_cache(maxsize=65536)
def _code_shaped(raw: str) -> bool:
    """The checks of find_codes that look at the candidate alone (pure, so cached)."""
    d = digits_of(raw)
    if len(d) < 4 or _DATE_LIKE.fullmatch(raw) or _YEAR_RANGE.fullmatch(raw):
        return False
    if _AMOUNT.fullmatch(raw):
        return False
    if _rx.fullmatch(r"\d+(?:[.]\d+)*", raw) and len(d) < 7:
        return False
    if _SERVICE_NUMBER.fullmatch(raw):
        return False  # 0800/0900 numbers belong to services, not persons
    if _rx.fullmatch(r"[\d./-]+", raw) and len(d) < 6:
        return False  # "16-11", "2.1", "3/4"
    if _rx.fullmatch(r"[A-Za-z]+-?\d{1,3}|\d{1,3}-?[A-Za-z]+", raw):
        return False  # "A4", "COVID-19", "3-kamer"
    if _rx.fullmatch(r"[A-Za-z]{1,3}\d{1,2}(?:-\d+)?", raw):
        return False
    return True


def _code_candidates(text: str) -> Iterator[re.Match]:
    """``CODE.finditer(text)`` less matches with fewer than 4 digits, which _code_shaped drops:
    only the stretches that can hold a match with 4 digits are scanned (see segment_windows).
    A match reads at most 3 characters past its stretch."""
    cmap = class_map(text)
    if b"9" in cmap:  # digits beyond ASCII: the stretches count only ASCII ones
        return CODE.finditer(text)
    return finditer_windows(CODE, text, segment_windows(cmap), 8)


def find_codes(text: str) -> Iterator[Span]:
    """Case/document references such as UHT-2021-048213, BD/TS/2022/118734, 4321.78.533.H.96."""
    for m in _code_candidates(text):
        raw = m.group()
        if not _code_shaped(raw):
            continue
        if _rx.search(r"[€$]\s*$", before(text, m.start(), 3)):
            continue
        if _ARTICLE.search(before(text, m.start(), 14)):
            continue
        label, source, conf = _number_label(text, m.start(), raw)
        if label in ("BSN", "KVK") and not _rx.fullmatch(r"[\d.\s-]+", raw):
            label, source = "CASE_NUMBER", "rule:code"
        if label == "ID_NUMBER" and source == "rule:number-shape":
            if _rx.search(r"(?:19|20)\d\d", raw) and _rx.search(r"[-/.]", raw):
                label, source = "CASE_NUMBER", "rule:code"
        if label == "CASE_NUMBER" and source == "rule:code":
            lo = max(0, m.start() - 25)  # searched in place: a window cut mid-word ("Bouz|id")
            if ID_CONTEXT.search(text, lo, m.start()) and not CASE_CONTEXT.search(text, lo, m.start()):
                label, source = "ID_NUMBER", "rule:code+id-context"  # "EORI-nummer NL8123…"
        yield Span(m.start(), m.end(), label, source, min(conf, 0.8))


# A short number (4-6 digits, which the shapes above pass over) right after a word that names
# it: "personeelsnummer 40719", "klantnr. 88213", "dossiernummer: 4821".
_SHORT_NUMBER = re.compile(
    r"(?:nummer|Nummer|NUMMER|nr|Nr|NR)(?:\.|s)?\s*(?::|is|was)?\s*(\d{4,6})(?![\w]|[.,-]\d)")
_SHORT_ID_WORD = re.compile(
    r"(?:personeels|medewerkers|werknemers|dienst|klant|relatie|lid|leden|pas|registratie|"
    r"polis|debiteur|debiteuren|cli[eë]nt|leerling|vreemdelingen|v-|lrk-?|bsn-?)\s?$", re.I)
_SHORT_CASE_WORD = re.compile(
    r"(?:zaak|dossier|aanslag|beschikkings?|bezwaar|meldings?|kenmerk|pv-?|rol|factuur)\s?$", re.I)


def find_short_numbers(text: str) -> Iterator[Span]:
    for m in _SHORT_NUMBER.finditer(text):
        word = before(text, m.start(), 20)
        if _SHORT_ID_WORD.search(word):
            yield Span(m.start(1), m.end(1), "ID_NUMBER", "rule:short-number+cue", 0.8)
        elif _SHORT_CASE_WORD.search(word):
            yield Span(m.start(1), m.end(1), "CASE_NUMBER", "rule:short-number+cue", 0.8)


def find_identifiers(text: str) -> Iterator[Span]:
    cmap = digit_map(text)  # built once for the four rules that read it
    yield from find_emails(text)
    yield from find_urls(text)
    yield from _ibans(text, cmap)
    yield from find_phones(text)
    yield from find_postcodes(text)
    yield from plate_spans(text, cmap)
    yield from _documents(text, cmap)
    yield from find_short_numbers(text)
    yield from _numbers(text, cmap)
    yield from find_codes(text)

"""The fast paths of the place rules (branch scans, scans from the house numbers backwards, one
scan for place-shaped words) must find exactly what the plain scans found, on any text."""

import re

from hypothesis import given, settings, strategies as st

from ibtd_desktop.anonymisation import places
from ibtd_desktop.anonymisation.place_scan import finditer_branches, may_hold_other_digits
from tests.unit.anonymisation import _places_reference as reference

# Pieces that make the rules fire and interfere: streets, particles, initials, house numbers,
# years, times, postcodes, cue words with and without capitals, places, brackets, non-letters
# inside the letter classes (× ÷), a non-ASCII digit, and a word too long for the old windows.
PIECES = [
    "Dorpsstraat", "Kerkweg", "Lindelaan", "Julianalaan", "Stationsplein", "hof", "laan", "J.W.", "A",
    "AB", "A.", "de", "van", "der", "den", "het", "'t", "Van", "De", "sint", "oude", "Jan", "Pieter",
    "Utrecht", "Amsterdam", "Tilburg-Noord", "Tilburg", "Noord", "Alphen", "aan", "Rijn", "Den", "Haag",
    "'s-Hertogenbosch", "'s-hertogenbosch", "Kanaleneiland", "Bloemendijk", "Xwijk", "Adam",
    "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaadijk", "Abc×dijk", "Abcdijk×xyz", "÷",
    "in", "In", "uit", "Uit", "te", "Te", "woont", "woonde", "woonachtig", "wonen", "komt", "kwam",
    "geboren", "verhuisd", "naar", "nabij", "vanuit", "wijk", "buurt", "woonplaats:", "Woonplaats",
    "geboorteplaats:", "bewoonplaats", "gemeente", "Gemeente", "adres:", "op", "aan de", "bij",
    "12", "4a", "12-14", "12 bis", "3 hs", "7 II", "2019", "1987", "12:30", "3,5", "123456",
    "2518", "EV", "2518EV", "2518 EV", "٣٤٥٦", "zwolle", "amsterdam", "den haag", "toronto", "de bilt",
    ",", ".", ";", "(", ")", "-", "–", "'", ":", "\n", "Oss", "Ede", "Ee",
]
# Runs of capitalised words and particles, the longest the address patterns allow and beyond.
NAME_RUNS = st.lists(st.sampled_from(["Jan", "Van", "de", "der", "'t", "Oude", "sint", "prins", "A", "J.W."]),
                     min_size=1, max_size=7).map(" ".join)
ADDRESSES = st.tuples(
    st.sampled_from(["", "Adres: ", "woont aan de ", "op "]), NAME_RUNS,
    st.sampled_from([" Dorpsstraat", " Kerkweg", "", " Pieter"]), st.sampled_from(["", " J.W.", " AB"]),
    st.sampled_from([" 12", " 4a", " 7 II", " 2019"]), st.sampled_from(["", ",", ", 2518 EV", " in", "."]),
).map("".join)
SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\n", "", ", ", "\t"])


@st.composite
def texts(draw):
    pieces = draw(st.lists(st.one_of(st.sampled_from(PIECES), NAME_RUNS, ADDRESSES), max_size=40))
    return "".join(piece + draw(SEPARATORS) for piece in pieces)


def _spans(found):
    return [(s.start, s.end, s.label, s.source, s.confidence) for s in found]


@settings(max_examples=400, deadline=None)
@given(texts())
def test_addresses_match_the_window_scans(text):
    assert _spans(places.find_addresses(text)) == _spans(reference.find_addresses(text))


@settings(max_examples=400, deadline=None)
@given(texts())
def test_locations_match_the_plain_scans(text):
    assert _spans(places.find_locations(text)) == _spans(reference.find_locations(text))


@settings(max_examples=300, deadline=None)
@given(texts())
def test_branch_scans_find_what_the_single_patterns_find(text):
    cases = [
        (places._LIVES_IN, places._LIVES_IN_BRANCHES),
        (places._CUE_CAP_PLACE, places._CUE_CAP_BRANCHES),
        (places._LOWER_PLACE, places._POSTCODE_BRANCH + places._LOWER_PLACE_BRANCHES),
    ]
    if not may_hold_other_digits(text):
        cases.append((places._LOWER_PLACE, places._POSTCODE_DIGIT_BRANCHES + places._LOWER_PLACE_BRANCHES))
    for rx, branches in cases:
        expected = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in finditer_branches(rx, branches, text)] == expected


def test_the_comparisons_are_not_vacuous():
    text = ("Ik woon aan de Dorpsstraat 12 in Utrecht, woonplaats: zwolle. Adres: Jan van Galen 4, "
            "2518 EV den haag; hij woont in toronto, in Kanaleneiland en Alphen aan den Rijn.")
    assert len(list(places.find_addresses(text))) >= 2
    assert len(list(places.find_locations(text))) >= 5
    assert _spans(places.find_locations(text)) == _spans(reference.find_locations(text))
    assert _spans(places.find_addresses(text)) == _spans(reference.find_addresses(text))


def test_other_digits_are_told_apart_from_ascii_text():
    assert not may_hold_other_digits("Dorpsstraat 12 – € ë ’ 2518 EV")
    assert may_hold_other_digits("huisnummer ٣")
    assert may_hold_other_digits("\U0001D7CE")  # a mathematical digit outside the BMP
    every_digit = "".join(chr(c) for c in range(128, 0x110000) if re.match(r"\d", chr(c)))
    assert all(may_hold_other_digits(d) for d in every_digit)


# The ends of texts before a place: cue words, word parts, punctuation, letters IGNORECASE
# folds onto ASCII ones (ı, ſ), white space.
CUE_ENDS = st.lists(st.sampled_from(
    ["in", "IN", "Te", "bij", "xbij", "woonplaats", "geboorteplaats", "plaats", "gemeente",
     "Gemeente", "-", "–", ":", ",", " ", "  ", "\n", "\t", "x", "_", "(", "ı", "ſ", "é", "2"]),
    max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(CUE_ENDS)
def test_cues_read_from_the_end_match_the_patterns(before):
    cue = places._cue_before(before, places._LOCATION_CUE_WORDS, places.LOCATION_CUE, "–—-", ":,")
    assert cue == (places.LOCATION_CUE.search(before) is not None)
    gemeente = places._cue_before(before, ("gemeente",), places._GEMEENTE)
    assert gemeente == (places._GEMEENTE.search(before) is not None)

"""The windowed code scan (ident_scan) must find exactly what CODE.finditer finds, less the
matches with fewer than 4 digits (which find_codes drops anyway)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ibtd_desktop.anonymisation import identifiers
from ibtd_desktop.anonymisation.ident_scan import class_map

# Characters that decide a code's extent, with a bias to the tricky ones: separators, spaces
# (before capitals, digits, "/"), non-ASCII letters, digits and spaces.
_ALPHABET = "0123456789" * 3 + "ABCZ" * 2 + "abz" + "-/.  \n\t,:_é€–٣\u2009\xa0"
_texts = st.text(alphabet=_ALPHABET, max_size=80)


def _plain(text):
    return [m.span() for m in identifiers.CODE.finditer(text)
            if sum(c in "0123456789" for c in m.group()) >= 4]


def _fast(text):
    return [m.span() for m in identifiers._code_candidates(text)
            if sum(c in "0123456789" for c in m.group()) >= 4]


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_code_candidates_match_full_scan(text):
    assert _fast(text) == _plain(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["UHT-2021-048213", "AB CD 1234/5", "zaak", "NL 12", " ", "  ",
                                 "- ", ".", "1234.56.789.H.01", "BD/TS/2022/118734", "x", "\n"]),
                max_size=12))
def test_code_candidates_on_code_like_pieces(pieces):
    text = "".join(pieces)
    assert _fast(text) == _plain(text)


def test_class_map_keeps_offsets_and_classes():
    text = "Zaak AB-12 € 5\u2009٣ é_x"
    cmap = class_map(text)
    assert len(cmap) == len(text)
    assert cmap == b"Aaaa AA-00 # 0 9 ##a"

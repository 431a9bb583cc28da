"""The identifier patterns run on the digit map (ident_map) must find exactly what the
patterns find on the text itself."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ibtd_desktop.anonymisation import identifiers as I
from ibtd_desktop.anonymisation.ident_map import digit_map, spans

_CASES = [
    (I.BSN_SHAPE, I._BSN_MAP, None), (I.LONG_NUMBER, I._LONG_MAP, None), (I.MRN, I._MRN_MAP, None),
    (I.IBAN, I._IBAN_MAP, I._iban_start), (I.VAT, I._VAT_MAP, I._vat_start),
    (I.PASSPORT, I._PASSPORT_MAP, I._passport_start),
]
# Digits, the letters the patterns name, and the characters whose class the map must keep:
# separators, \s beyond ASCII and \x1c, "€", \x01, word characters beyond ASCII.
_ALPHABET = "0123456789" * 4 + "NLlnBbAZOQX" * 2 + " .-/@,_\n\t\xa0\x1c\x01€é–"
_PIECES = ["NL", "nl", "NL ", "12", "123456789", "1234.56.789", "12 345 678", "NL91ABNA0417164300",
           "NL123456789B01", "NL 123456789 B 01", "24NLA1B2C3D4E5F6G7", "AB12345C6", "XN1234567",
           " ", "-", ".", "@", "€", "é", "\xa0", "_", "\x1c", "0", "BE", "ab"]
_texts = st.text(alphabet=_ALPHABET, max_size=60) | st.lists(
    st.sampled_from(_PIECES), max_size=10).map("".join)


def _plain(rx, text):
    return [m.span() for m in rx.finditer(text)]


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_mapped_patterns_match_the_text_patterns(text):
    cmap = digit_map(text)
    assert cmap is not None and len(cmap) == len(text)
    for rx, mapped, back in _CASES:
        assert list(spans(rx, mapped, text, cmap, back)) == _plain(rx, text), rx.pattern


def test_non_ascii_digits_scan_the_text():
    text = "NL٣٣ABNA0417164300 en 12345678٣"
    assert digit_map(text) is None
    for rx, mapped, back in _CASES:
        assert list(spans(rx, mapped, text, None, back)) == _plain(rx, text)


def test_map_classes():
    assert digit_map("a1 €\xa0é\x01\x1c–?") == b"a0 \x01\x0b_\x00\x0b\x00?"

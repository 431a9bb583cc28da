"""The plate candidates found from sidecode hits on the digit map (ident_plates) must be the
sidecode-shaped candidates of a full PLATE scan, and the compact ones those of PLATE_COMPACT."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ibtd_desktop.anonymisation import plates as P
from ibtd_desktop.anonymisation.ident_map import digit_map
from ibtd_desktop.anonymisation.ident_plates import compact_spans, plate_candidates

_ALPHABET = "0123456789" * 3 + "abXYZ" * 3 + "-- \n_.é\xa0"
_PIECES = ["AB", "12", "XYZ", "1", "x", "123", "-", " ", "  ", "AB-12-CD", "9-XXX-99", "12-ABC-3",
           "GTZ 47 K", "é", "_", "AB1234", "1ABC23", "ABCD12", "KENTEKEN ", "\n", "abc"]
_texts = st.text(alphabet=_ALPHABET, max_size=40) | st.lists(
    st.sampled_from(_PIECES), max_size=10).map("".join)


def _shaped(matches):
    return [m.span(1) for m in matches if P._plate_shaped(m.group(1))]


@settings(max_examples=4000, deadline=None)
@given(_texts)
def test_plate_candidates_match_full_scan(text):
    cmap = digit_map(text)
    assert _shaped(plate_candidates(P.PLATE, text, cmap)) == _shaped(P.PLATE.finditer(text))


@settings(max_examples=4000, deadline=None)
@given(_texts)
def test_compact_spans_match_full_scan(text):
    cmap = digit_map(text)
    plain = [m.span() for m in P.PLATE_COMPACT.finditer(text)
             if any(c.isdigit() for c in m.group()[:5])]
    assert list(compact_spans(cmap)) == plain


def test_find_plates_with_a_non_ascii_digit():
    text = "kenteken AB-12-CD en ٣"
    assert [(s.start, s.end) for s in P.find_plates(text)] == [(9, 17)]

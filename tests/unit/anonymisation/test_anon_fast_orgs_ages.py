"""The fast forms of the organisation and age patterns must match exactly what the plain
patterns match: same anchor hits, same matches, same groups, on generated text."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ibtd_desktop.anonymisation import dates_ages as da
from ibtd_desktop.anonymisation import organisations as org
from ibtd_desktop.anonymisation.alternations import first_char_grouped, top_level
from ibtd_desktop.anonymisation.anchor_hits import literal_hits
from ibtd_desktop.anonymisation.scan import windows_around
from ibtd_desktop.anonymisation.scan import windows

_PIECES = (
    org._HEAD_FRAGMENTS + org._TAIL_FRAGMENTS + org._CUE_WORDS + list(org._KVK_FRAGMENTS)
    + ["Kapsalon", "kapsalon", "Stichting", "Autobedrijf", "Timmerwerken", "Gebr.", "St.", "J.K.",
       "B.V.", "v.o.f.", "& Zn.", "Fashion Store", "ICT Groep", "Gemeente", "Jan", "Aydın", "de",
       "van", "'t", "en", "&", "aan", "na", "bedrijfje", "werkt bij", ", KvK", " (KvK", "(34)",
       "(2024)", "jaar", "jr", "JAAR", "Jaar", "12", "Sinds", "mijn", "O'Neill", "x-Y", "’s",
       "Jan Bouw", "-Jan Bouw", "Bakker & Zonen", "De Vries Groep", "Fa. Jansen", "A.B. Techniek",
       "Kapsalon Jan de", "Mol Hair, KvK", "Bakker (KvK", "zaak: Jan", "Jan Diensten"]
    + list(" ,.;:()-\n'’é0123456789ABZabz"))
TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
SPACED = st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join)


def _spans(rx, text):
    return [m.span() for m in rx.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXT, SPACED))
def test_anchor_hits_are_the_anchor_patterns_hits(text):
    head, cue = org._SPACED_HITS.hits(text)
    assert head == _spans(org._HEAD_ANCHOR, text)
    assert cue == _spans(org._CUE_ANCHOR, text)
    assert org._TAIL_HITS.hits(text)[0] == _spans(org._TAIL_ANCHOR, text)
    assert literal_hits(text, org._KVK_FRAGMENTS) == _spans(org._KVK_ANCHOR, text)
    assert literal_hits(text, da._JAAR_FRAGMENTS) == _spans(da._JAAR_ANCHOR, text)
    assert windows_around(text, head, 7, 5) == windows(text, org._HEAD_ANCHOR, 7, 5)


def _all(rx, text, lo, hi):
    return [(m.span(), m.groups()) for m in rx.finditer(text, lo, hi)]


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXT, SPACED), st.integers(0, 60), st.integers(0, 60))
def test_fast_org_patterns_match_like_the_plain_ones(text, a, b):
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    for plain, fast in ((org.HEAD_ORG, org._HEAD_ORG_FAST), (org.TAIL_ORG, org._TAIL_ORG_FAST),
                        (org.KVK_ORG, org._KVK_ORG_FAST), (org.CUE_ORG, org._CUE_ORG_FAST)):
        assert _all(fast, text, lo, hi) == _all(plain, text, lo, hi), plain.pattern[:40]
        assert _all(fast, text, 0, len(text)) == _all(plain, text, 0, len(text))
        for start in range(lo, hi):
            m, n = plain.match(text, start, hi), fast.match(text, start, hi)
            assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups()))


def test_fast_org_patterns_are_exercised():
    text = "Kapsalon Djamila en Jan de Vries Timmerwerken, Taxi Aydın (KvK 1234) werkt bij Jade Garden"
    for plain in (org.HEAD_ORG, org.TAIL_ORG, org.KVK_ORG, org.CUE_ORG):
        assert plain.search(text)
    assert org._SPACED_HITS.hits(text)[0] and org._TAIL_HITS.hits(text)[0]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "1", "23", "456", "7", " ", "a", "(("]), max_size=30)
       .map("".join))
def test_bracket_age_pattern_finds_the_lookbehind_matches(text):
    assert [m.span(1) for m in da._AGE_BRACKET_FAST.finditer(text)] == _spans(da.AGE_BRACKET, text)


def test_first_char_grouped_keeps_branch_order_and_classes():
    alternation = "[Ss]alon|Salons|[A-Z][a-z]+(?:bedrijf|[Bb]ureau)|obs|& Zn"
    assert top_level(alternation) == ["[Ss]alon", "Salons", "[A-Z][a-z]+(?:bedrijf|[Bb]ureau)",
                                      "obs", "& Zn"]
    words = alternation.rsplit("|", 1)[0]  # \b before a letter: (?<!\w) behind it
    plain = re.compile(rf"\b(?:{words})")
    fast = re.compile(first_char_grouped(words, r"(?<!\w.)"))
    for text in ("Salons salon Autobedrijf AutoBureau xobs obs & Zn", "Salon", "aSalon"):
        assert _spans(fast, text) == _spans(plain, text)
        assert _spans(re.compile(first_char_grouped(alternation)), text) == \
            _spans(re.compile(f"(?:{alternation})"), text)

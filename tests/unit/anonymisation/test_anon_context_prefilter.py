"""The case-file prefilter may skip a pattern only where it cannot match: a false skip would
leave an interviewee's name visible."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ibtd_desktop.anonymisation import DetectionContext, KnownPerson
from ibtd_desktop.anonymisation import context as ctx

# Characters whose case rules are special in Unicode or in Python's regex engine, plus ordinary
# letters, digits and separators.
TRICKY = "İıiIſsSKkKµμΣσςßẞéÉëËçÇøØåÅǅǄǆ" + "Ϊ́ΐθϑ" + "ﬅﬆ" + "вᲀтᲄᲅ"
ALPHABET = TRICKY + "abdejlnorvAJDVEO" + "0123456789" + " -.@'\n"


def test_the_engines_case_table_is_found():
    assert ctx.fold("x") == "x"  # not None: the prefilter is in use on this Python


def test_fold_keeps_offsets_and_equates_exactly_what_ignorecase_equates():
    chars = sorted(set(TRICKY + "".join(map(chr, range(32, 0x250))) + "ΑαΒβΣσςΘθϑΚκϰ"))
    for a in chars:
        assert len(ctx.fold(a)) == 1
        for b in chars:
            # Both ways: name_mentions takes a folded match for a regex match.
            matched = re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None
            assert matched == (ctx.fold(a) == ctx.fold(b)), (a, b)
    assert len(ctx.fold("İbrahim Yılmaz")) == len("İbrahim Yılmaz")


def _unfiltered(text, context):
    """Every pattern run over the whole text: what the prefilter must reproduce."""
    out = []
    for person in context.known_people:
        for p in ctx._patterns(person):
            out += [(m.start(), m.end(), p.label, p.source) for m in p.rx.finditer(text)]
    return sorted(out)


def _filtered(text, context):
    return sorted((s.start, s.end, s.label, s.source) for s in ctx.find_known_people(text, context))


words = st.text(alphabet=TRICKY + "abdejlnorvAJDVEO", min_size=2, max_size=6)


@settings(max_examples=300, deadline=None)
@given(first=words, last=words, noise=st.text(alphabet=ALPHABET, max_size=60),
       upper=st.booleans(), phone=st.from_regex(r"06[ -]?\d{8}", fullmatch=True))
def test_prefilter_finds_what_the_full_scan_finds(first, last, noise, upper, phone):
    person = KnownPerson(name=f"{first} van {last}", phone=phone, place=last,
                         email=f"{first}@{last}.nl", other=(last + "1",))
    context = DetectionContext(known_people=(person,))
    shown = f"{first} van {last}".upper() if upper else f"{first.lower()} {last}"
    text = f"{noise} {shown}, {last}s {noise[::-1]} {phone.replace(' ', '.')} {first}@{last}.nl"
    assert _filtered(text, context) == _unfiltered(text, context)


def test_a_turkish_capital_i_is_still_found():
    person = KnownPerson(name="Ibrahim Yilmaz", phone="+31 6 1234 5678")
    text = "Gesprek met İBRAHİM YILMAZ, bereikbaar op 06-12345678."
    found = _filtered(text, DetectionContext((person,)))
    assert {text[s:e] for s, e, *_ in found} >= {"İBRAHİM YILMAZ", "06-12345678"}


def test_people_absent_from_the_text_are_skipped_without_changing_output():
    people = tuple(KnownPerson(name=f"Persoon{i} Achternaam{i}", phone=f"06-{i:08d}") for i in range(40))
    text = "Persoon7 vertelde dat Achternaam12 belde vanaf 06 00 00 00 31."
    context = DetectionContext(people)
    assert _filtered(text, context) == _unfiltered(text, context)
    assert {text[s:e] for s, e, *_ in _filtered(text, context)} == {
        "Persoon7", "Achternaam12", "06 00 00 00 31"}

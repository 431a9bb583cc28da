"""Round-2 fast paths of the person-name rules against their plain counterparts (see
test_anon_names_fast.py for the texts)."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ibtd_desktop.anonymisation import name_mentions, people
from ibtd_desktop.anonymisation.scan import words_alternation
from tests.unit.anonymisation._names_reference import lowercase_firsts

# Text pieces for the mention search: words in several cases, the characters IGNORECASE folds
# unlike str.lower (ı ſ İ K), boundaries (@ . _ digits) and non-ASCII letters.
MENTION_PIECES = [
    " ", " ", "  ", "\n", ".", ". ", ".x", ",", "@", "_", "-", "'", "3", "Jansen", "jansen", "JANSEN",
    "jAnsen", "Jan", "jan", "Anne-Marie", "anne-marie", "Fatima", "Kees", "\u212aees", "Ivo", "ıvo",
    "İvo", "Sem", "ſem", "Élodie", "élodie", "ÉLODIE", "Şahin", "şahin", "Huis", "huis", "3M",
    "Jansens", "xJansen", "Jansen.nl", "Jansen.", "Σem", "µ",
]
mention_texts = st.lists(st.sampled_from(MENTION_PIECES), max_size=25).map("".join)
MENTION_WORDS = ["Jansen", "jansen", "Jan", "Anne-Marie", "Anne", "Fatima", "Kees", "Ivo", "Sem", "Huis",
                 "Élodie", "Şahin", "3M", "Jansens", "ıvo", "ſem", "İvo", "Σem"]


@settings(max_examples=600, deadline=None)
@given(mention_texts, st.lists(st.sampled_from(MENTION_WORDS), min_size=1, max_size=6, unique=True),
       st.booleans())
@example("Jansen Jansens jansen", ["Jansens", "Jansen"], True)
@example("Jan@Jansen.nl Jansen. .Jan", ["Jansen", "Jan"], False)
@example("ıvo Ivo", ["Ivo"], True)
@example("Anne-Marie anne", ["Anne-Marie", "Anne"], True)
@example("\u212aees kees", ["Kees"], True)
def test_mention_spans_match_the_plain_alternation(text, words, ignorecase):
    words = sorted(words, key=len, reverse=True)
    plain = re.compile(rf"(?<![\w@.]){words_alternation(words, ignorecase=ignorecase)}(?![\w@]|\.\w)",
                       re.IGNORECASE if ignorecase else 0)
    fast = name_mentions.mention_spans(text, words, ignorecase)
    if fast is not None:
        assert fast == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in people._mention_pattern(words, ignorecase).finditer(text)] == \
        [m.span() for m in plain.finditer(text)]


def test_mention_spans_take_the_common_cases():
    text = "Jansen zei tegen JANSEN en jansen: Élodie (élodie)."
    assert name_mentions.mention_spans(text, ["Jansen", "Élodie"], True) == \
        [(0, 6), (17, 23), (27, 33), (35, 41), (43, 49)]
    assert name_mentions.mention_spans(text, ["Jansen"], False) == [(0, 6)]
    # "ı" is "i" to IGNORECASE: found by the folded search, as the pattern finds it.
    assert name_mentions.mention_spans("ıvo Ivo", ["Ivo"], True) == [(0, 3), (4, 7)]
    assert [m.span() for m in re.finditer("(?i:Ivo)", "ıvo Ivo")] == [(0, 3), (4, 7)]


# Lower-case pairs: first words after every kind of character ("-", "'", "@", ".", "€", capitals).
LOWER_PIECES = [
    " ", " ", " ", "\n", "\u00a0", "\u2003", ".", ",", "(", "-", "'", "’", "@", "_", "3", "€", "X", "é",
    "jan", "jan-peter", "anne-marie", "o'brien", "élodie", "piet", "de", "bakker", "Jan", "JAN",
    "per", "ex-jan", "x'jan", "ﬁ", "ÿvo",
]
lower_texts = st.lists(st.sampled_from(LOWER_PIECES), max_size=30).map("".join)
FIRSTS = frozenset({"jan", "jan-peter", "anne-marie", "o'brien", "élodie", "ÿvo", "peter"})


@settings(max_examples=800, deadline=None)
@given(lower_texts)
@example("ex-jan piet")
@example("X-anne-marie bakker")
@example("X'o'brien piet")
@example("€jan piet")
@example("jan\u2003piet")
def test_lower_first_prefilter_never_misses_a_pair(text):
    from ibtd_desktop.anonymisation import name_lower
    if FIRSTS.intersection(lowercase_firsts(text)):
        assert name_lower.may_hold_lower_first(text, FIRSTS), text


def test_lower_first_prefilter_passes_plain_text():
    from ibtd_desktop.anonymisation import name_lower
    assert not name_lower.may_hold_lower_first("Jan en JAN zagen x-jan. jan. jan@x 3jan janpiet", FIRSTS)
    assert name_lower.may_hold_lower_first("zij zag jan piet", FIRSTS)



from tests.unit.anonymisation.test_anon_names_fast import texts as name_texts  # noqa: E402


@settings(max_examples=400, deadline=None)
@given(name_texts)
@example("De Heer jansen, MEVR. de vries, Mw.  bakker, dhr.\nel amrani, Meneer x, mr. van dam")
@example("İk en de heer jansen")
def test_title_lowercase_tried_where_titles_occur(text):
    spans = [(m.span(), m.groups()) for m in people._title_lower_matches(text, text.lower())]
    assert spans == [(m.span(), m.groups()) for m in people._TITLE_LOWER.finditer(text)]


TITLE_PARTICLE_EXAMPLES = [
    "Dhr. van Dam en dhr. van der Berg", "mw. de Vries-Jansen zei dat Jansen kwam", "Mevrouw van Dijk",
    "x Dhr. de Jong Bakker", "fam. el Amrani, Fam. van 't Hof", "Ir. van den Berg en Jan de Wit",
    "Beste dhr. van Dam,\nMw. van Dam Op Prinsjesdag", "dhr. van Dam BSN Jansen",
    "mw. de Vries te Zoetermeer Bakker", "mister de Boer Jansen, P. en Op de Vries",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(
    ["dhr. ", "Dhr ", "mw. ", "mevrouw ", "fam ", "Ir. ", "van ", "de ", "der ", "'t ", "in ", "Dam",
     "Berg", "Jansen", "Op ", "P.", ", ", "\n", " ", ". ", "Rotterdam", "Hoge Raad", "bij ", "BSN ",
     "te ", "Zoetermeer "]),
    max_size=20).map("".join))
def test_run_pass_with_title_particle_runs(text):
    for known in TITLE_PARTICLE_EXAMPLES:
        assert list(people._run_spans(known)) == list(people._chunk_spans(known)), known
    assert list(people._run_spans(text)) == list(people._chunk_spans(text))


def _plain_cue_before_at(text, pos):
    """names._cue_before_at as it was written first: a regex on the reversed window."""
    from ibtd_desktop.anonymisation import names as n
    before = text[max(0, pos - 30):pos]
    body = before[:-1] if before.endswith("\n") else before
    m = n._PREV_REVERSED.match(body[::-1])
    if m:
        gap_text = m.group(1)[::-1]
        p = m.group(2)[::-1].lower().strip("\"'“”‘(").rstrip(".")
        if p in n.TITLES or p + "." in n.TITLES:
            return "title"
        if p in n.ROLES and gap_text in (" ", ": ") and p not in n._WEAK_CUES:
            return "role"
        if p == "heer" or (p == "de" and before[:len(body) - m.end()].endswith("de ")):
            return "title"
    tail = before.rstrip()
    if len(tail) < len(before) and tail[-1:] in n._CUE_FINALS and n.NAME_CUE_PHRASE.search(before):
        return "phrase"
    return None


CUE_PIECES = [
    " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", ".", ". ", ", ", ": ", ":", ",", "(", '"', "“", "-",
    "dhr", "Dhr.", "mw.", "de", "de de", "heer", "Melder", "melder:", "collega", "inspecteur", "van",
    "Beste", "BESTE", "hallo", "Hoi", "groet,", "Groeten,", "vriendelijke groet", "Vriendelijke groet,",
    "mijn naam is", "Mijn naam is", "naam:", "naam is", "ik ben", "İk ben", "ık heet", "ik heet",
    "Ondertekend door", "namens", "genaamd", "\u212aees", "heeT", "is", "Jan", "x", "3", "é",
]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), max_size=14).map("".join), st.data())
@example("ondertekend door          ", None)
@example("mijn naam is \n", None)
@example("x:Melder: ", None)
def test_cue_before_at_matches_the_reversed_regex(text, data):
    from ibtd_desktop.anonymisation import names as n
    positions = [len(text)] if data is None else [data.draw(st.integers(0, len(text))), len(text)]
    for pos in positions:
        assert n._cue_before_at(text, pos) == _plain_cue_before_at(text, pos), (text, pos)

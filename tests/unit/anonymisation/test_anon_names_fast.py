"""The fast paths of the person-name rules must find exactly what the plain scans find.

Texts are generated from the pieces the rules react to (titles, particles, cue phrases, names,
places, public bodies, punctuation, odd IGNORECASE letters), so the comparisons hit the rules.
"""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ibtd_desktop.anonymisation import name_runs, names, people
from ibtd_desktop.anonymisation.scan import words_alternation
from tests.unit.anonymisation._names_reference import lowercase_firsts
from ibtd_desktop.anonymisation.tokens import at_sentence_start

PIECES = [
    " ", " ", " ", "  ", "\n", "\n\n", ".", ". ", ", ", ": ", ":", ",", "(", ")", '"', "-", "'", "’",
    "dhr", "dhr.", "Dhr", "DHR", "mw.", "Mw", "mevrouw", "Mevr.", "heer", "de heer", "meneer", "mr.",
    "dr", "Ir", "fam", "Fam.", "mister", "van", "de", "der", "den", "in", "op", "'t", "te", "a", "el",
    "Van", "De", "Op", "In", "Jan", "jan", "Jansen", "P.", "J.W.", "J.", "N.V.", "Fatima", "fatima",
    "El Amrani", "Bouzid", "hakima", "ouali", "Rotterdam", "Zoetermeer", "Tilburg-Noord", "BSN", "KvK",
    "IBTD", "JANSEN", "Melder", "melder", "collega", "inspecteur", "Inspecteur", "Medewerker", "zus",
    "Beste", "beste", "Groet", "groet,", "vriendelijke groet", "mijn naam is", "Mijn naam is", "naam:",
    "ik ben", "İk ben", "ık heet", "ik heet", "ondertekend door", "namens", "Hoge Raad",
    "Raad van State", "Mijn toeslagen", "Belastingdienst", "Daarna", "Zij", "Woont", "Vertelde",
    "Catshuisregeling", "Paramaribowijk", "Kapsalon", "is", "was", "met", "bij", "het", "huis",
    "iſ", "\u212aees", "3", "12", "2021", "@", "x@", "Anne-Marie", "O'Brien", "Jansen's", "Smits,",
    "Wojcik, Agnieszka", "Jansen, P.", "in Rotterdam", "Op Prinsjesdag",
]
SEPARATORS = [" ", " ", " ", " ", "", "\n", ". ", ", ", ": "]
# Mostly words with single spaces between them, as the rules' patterns expect.
texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=30).map(
    lambda parts: "".join(p + s for p, s in parts))
# Cases a change to the fast paths has got wrong before it was caught.
EXAMPLES = [
    "bij de de Vries", "met mevrouw van Dam", "Mevrouw. van der Berg", "vriendelijke groet Jan",
    "Vriendelijke groet, Jan", "mijn naam is Bouzid", "ik ben Jan", "Naam: Jan", "De Jansen zei",
    "Op Jansen", "\nVan Dijk", "collega Jansen", "Collega: Jansen", "mevr.(Jansen", "x dhr.\nJansen",
    "de Hoge Raad", "Mijn toeslagen en Jan", "O'Hoge Raad", "Noord-Hoge Raad", "N.V.: ja",
]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_fast_run_pass_finds_what_chunks_and_classify_find(text):
    for known in EXAMPLES:
        assert list(people._run_spans(known)) == list(people._chunk_spans(known)), known
    assert list(people._run_spans(text)) == list(people._chunk_spans(text))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_title_particle_runs_are_never_missed(text):
    for known in EXAMPLES:
        assert (name_runs.run_spans(known) is None) == any(names.TITLE_PARTICLE_RUN.finditer(known)), known
    if any(names.TITLE_PARTICLE_RUN.finditer(text)):
        assert name_runs.run_spans(text) is None


@settings(max_examples=300, deadline=None)
@given(texts)
def test_public_bodies_found_from_run_starts(text):
    fast = name_runs.run_spans(text)
    if fast is not None:
        assert name_runs.public_ranges(text, fast[1]) == people._public_ranges(text)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_context_helpers_match_the_plain_ones(text, data):
    for known in EXAMPLES:
        for i in range(len(known) + 1):
            assert name_runs.sentence_start(known, i) == at_sentence_start(known, i), (known, i)
            assert name_runs.cue_at(known, i) == names._cue_before_at(known, i), (known, i)
    pos = data.draw(st.integers(0, len(text)))
    assert name_runs.sentence_start(text, pos) == at_sentence_start(text, pos)
    assert name_runs.cue_at(text, pos) == names._cue_before_at(text, pos)


_CUE_LOWER_PLAIN = re.compile(
    r"(?:mijn naam is|ik ben|ik heet|naam:)\s+((?:[a-zà-ÿ][\w'-]+)(?:\s(?:(?:van|de|der|den|el|al)\s)*"
    r"[a-zà-ÿ][\w'-]+)?)", re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_cue_phrases_tried_where_they_occur(text):
    spans = [(m.span(), m.groups()) for m in people._cue_lower_matches(text, text.lower())]
    assert spans == [(m.span(), m.groups()) for m in _CUE_LOWER_PLAIN.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_lowercase_first_words_are_those_of_the_pairs(text):
    assert lowercase_firsts(text) == [m.group(1) for m in people._LOWER_NAME.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts, st.lists(st.sampled_from(
    ["Jansen", "jansen", "Jan", "Anne-Marie", "Fatima", "Kees", "Ivo", "Sem", "Huis", "Élodie", "3M"]),
    min_size=1, max_size=5, unique=True), st.booleans())
def test_mention_pattern_matches_like_the_plain_alternation(text, words, ignorecase):
    words = sorted(words, key=len, reverse=True)
    plain = re.compile(rf"(?<![\w@.]){words_alternation(words, ignorecase=ignorecase)}(?![\w@]|\.\w)",
                       re.IGNORECASE if ignorecase else 0)
    fast = people._mention_pattern(words, ignorecase)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_generated_texts_reach_the_rules():
    text = "Beste Jan,\nmijn naam is fatima ouali. Dhr. van der Berg en mw. De Vries bij de Hoge Raad."
    assert name_runs.run_spans(text) is None  # a title-particle run
    assert list(people._cue_lower_matches(text, text.lower()))
    assert people._public_ranges(text)
    assert list(people._run_spans(text)) == list(people._chunk_spans(text))
    assert list(people._run_spans("Jansen, P. woont in Rotterdam bij Fatima"))

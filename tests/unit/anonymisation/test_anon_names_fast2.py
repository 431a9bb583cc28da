"""Round-2 fast paths of the person-name rules against their plain counterparts (see
test_anon_names_fast.py for the texts)."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ibtd_desktop.anonymisation import name_mentions, people
from ibtd_desktop.anonymisation.scan import words_alternation

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
    assert name_mentions.mention_spans("ıvo Ivo", ["Ivo"], True) is None

"""The context words (ident_context) must answer exactly what the context patterns answer."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ibtd_desktop.anonymisation import identifiers, plates
from ibtd_desktop.anonymisation.ident_context import ContextWords, Window

_PATTERNS = [identifiers.KVK_CONTEXT, identifiers.CASE_CONTEXT, identifiers.ID_CONTEXT,
             identifiers.BSN_CONTEXT, plates.PLATE_CONTEXT]
# Pieces of the context words, word characters next to them, case variants and the characters
# re.IGNORECASE folds onto ASCII letters (İ ı ſ and the Kelvin sign).
_PIECES = ["kvk", "KvK", "pv", "PV", "id", "ID-", "bsn", "Bsn", "mrn", "brp", "lrk", "eori", "zaak",
           "Dossier", "nummer van de", "kamer van koophandel", "proces-verbaal", "sofi", "hit",
           "_", "x", "1", " ", "-", ".", "é", "İ", "ı", "ſ", "\u212a", "\n", "auto", "bus"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=10).map("".join) | st.text(
    alphabet="kvpidbsnmrKVPIDBSN _-1é\u212aſ", max_size=30)


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_context_words_match_the_patterns(text):
    for pattern in _PATTERNS:
        words = ContextWords(pattern)
        assert words.search(text) == bool(pattern.search(text)), pattern.pattern
        win = Window(text, text[-22:])
        assert win.in_ctx(words) == bool(pattern.search(text))
        assert win.in_near(words) == bool(pattern.search(text[-22:]))


def test_boundaries_and_folding():
    words = ContextWords(identifiers.CASE_CONTEXT)
    assert words.search("het PV 12") and words.search("pv") and not words.search("pvc")
    assert not words.search("apv") and words.search("(pv)")
    kvk = ContextWords(identifiers.KVK_CONTEXT)
    assert kvk.search("\u212avk") == bool(identifiers.KVK_CONTEXT.search("\u212avk"))


def test_rejects_patterns_that_are_not_words():
    with pytest.raises(ValueError):
        ContextWords(re.compile(r"[€$]\s*$", re.I))


_EMAILISH = st.lists(st.sampled_from(["at", "AT", "aT", "@", ")", "]", " ", "\n", "\xa0", "x",
                                      "apenstaartje", "apenstaartje)", "a", "t"]), max_size=14).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_EMAILISH)
def test_email_anchor_hits_match_the_anchor(text):
    assert identifiers._email_anchor_hits(text) == [m.span() for m in identifiers._EMAIL_ANCHOR.finditer(text)]

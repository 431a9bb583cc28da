"""Escaping and chunking of text before it becomes reportlab Paragraphs."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from ibtd_desktop.export.fonts import register_fonts
from ibtd_desktop.export.pdf_text import chunks, markup

register_fonts()


def test_markup_escapes_and_keeps_line_breaks():
    assert markup("a < b & c > d\nregel  twee\t!") == "a &lt; b &amp; c &gt; d<br/>regel twee !"


def test_short_text_is_one_chunk():
    assert chunks("  Kort verhaal.  ") == ["Kort verhaal."]
    assert chunks("   ") == []


def test_long_text_is_cut_after_sentences():
    text = "Eerste zin is hier. " * 500
    pieces = chunks(text, limit=1000)
    assert len(pieces) > 5
    assert all(p.endswith(".") and len(p) <= 1000 for p in pieces)


def test_word_without_spaces_is_cut_hard():
    assert chunks("x" * 2500, limit=1000) == ["x" * 1000, "x" * 1000, "x" * 500]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?\n\u00eb"), max_size=3000),
       st.integers(min_value=20, max_value=500))
def test_chunks_lose_nothing_and_respect_the_limit(text, limit):
    pieces = chunks(text, limit)
    assert all(0 < len(p) <= limit for p in pieces)
    assert "".join(pieces).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")

"""A whole detected name found again in any case: the folded-text search finds exactly what the
case-insensitive pattern finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ibtd_desktop.anonymisation.context import fold
from ibtd_desktop.anonymisation.people import _whole_name_matches, _whole_name_pattern

LETTERS = "abdeiklnorsvİıIiſSKkKÉé"
word = st.text(alphabet=LETTERS, min_size=1, max_size=5)


@settings(max_examples=400, deadline=None)
@given(first=word, last=word, parts=st.lists(st.one_of(word, st.sampled_from([" ", "  ", "\n", ".", "@", "-"])),
                                              max_size=25), upper=st.booleans())
def test_the_folded_search_finds_what_the_pattern_finds(first, last, parts, upper):
    surface = f"{first} {last}"
    shown = surface.upper() if upper else surface.lower()
    text = "".join(parts[:10]) + " " + shown + "".join(parts[10:]) + surface
    want = [m.span() for m in _whole_name_pattern(surface).finditer(text)]
    assert [m.span() for m in _whole_name_matches(text, fold(text), surface)] == want


def test_spaces_inside_the_name_may_differ():
    text = "Kevin Bakker schreef; later belde kevin\n bakker."
    assert [text[m.start():m.end()] for m in _whole_name_matches(text, fold(text), "Kevin Bakker")] == [
        "Kevin Bakker", "kevin\n bakker"]

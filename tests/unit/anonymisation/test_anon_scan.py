"""The scanning helpers behind the detector's speed must not change what a pattern matches."""

import re

import pytest

from ibtd_desktop.anonymisation.scan import finditer_near, word_start

TEXTS = [
    "Hij is 45 jaar, IS 12, İs 3 en ſinds 2019 woont hij hier.",
    "xis 4 en 1is 5 en -is 6; Kwam 7 kwam 8 \u212awam 9",
    "sinds mijn 18e, SINDS HAAR 20e; vanaf 3",
    "",
]


@pytest.mark.parametrize("ignorecase", [True, False])
def test_word_start_matches_like_a_word_boundary_alternation(ignorecase):
    words = ["is", "ik ben", "kwam", "sinds", "vanaf"]
    rest = r"\s+(\d+)"
    plain = re.compile(rf"\b(?:{'|'.join(words)}){rest}", re.IGNORECASE if ignorecase else 0)
    fast = re.compile(word_start(words, rest, ignorecase=ignorecase))
    for text in TEXTS:
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected
    assert any(plain.finditer(TEXTS[0]))  # the comparison is not vacuous


def test_finditer_near_sees_real_context_around_its_windows():
    text = "aaa@bb.nl en ook xx@yy.nl\nen zz"
    rx = re.compile(r"(?<![\w.])\w+@\w+\.nl(?!\w)")
    found = [m.group() for m in finditer_near(rx, text, re.compile("@"), 3, 3)]
    assert found == ["aaa@bb.nl", "xx@yy.nl"]

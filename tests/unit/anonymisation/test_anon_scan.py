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


def test_windows_on_one_long_line_find_what_a_scan_per_window_finds():
    # Windows on one line are replayed against the first one's scan (no quadratic rescans).
    from ibtd_desktop.anonymisation.scan import windows

    rx = re.compile(r"(?<![\w-])[A-Z][\w-]* \d{1,3}(?:-\d+)?(?: [A-Z]\w*)*")
    anchor = re.compile(r"[a-z] \d")
    line = " ".join(f"Straat {i} en Lange-Laan {i}-{i % 7} Noord b {i} Huis" for i in range(300))
    text = line + "\nKade 5 Oost\n" + line[:500]
    spans = windows(text, anchor, 30, 5)
    expected, seen = [], set()
    for lo, hi in spans:
        for m in rx.finditer(text, lo, hi):
            if m.span() not in seen:
                seen.add(m.span())
                expected.append(m.span())
    assert len(expected) > 300
    assert [m.span() for m in finditer_near(rx, text, anchor, 30, 5)] == expected


@pytest.mark.parametrize("ignorecase", [True, False])
def test_grouped_name_alternation_keeps_longest_first_matches(ignorecase):
    from ibtd_desktop.anonymisation.scan import words_alternation

    words = sorted({"Jan", "jan", "JAN-S", "Jansen", "Kees", "Anne-Marie", "anne", "Özdemir"},
                   key=len, reverse=True)
    text = "Jan-s, jan-S en JAN-S; Jansen, KEES, \u212aees, Anne-Marie, anne-marie, özdemir"
    flags = re.IGNORECASE if ignorecase else 0
    plain = re.compile(rf"(?<![\w@.])(?:{'|'.join(map(re.escape, words))})(?![\w@]|\.\w)", flags)
    for group in (words, [w for w in words if w.isascii()]):  # ungrouped and grouped forms
        plain = re.compile(rf"(?<![\w@.])(?:{'|'.join(map(re.escape, group))})(?![\w@]|\.\w)", flags)
        fast = re.compile(rf"(?<![\w@.]){words_alternation(group, ignorecase=ignorecase)}(?![\w@]|\.\w)",
                          flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert any(plain.finditer(text))

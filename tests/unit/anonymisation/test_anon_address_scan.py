"""scan.finditer_in with candidate starts: the matches of a full window scan, and linear
on a long single-line document (text pasted from a PDF), where every window ends at the line's
end."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ibtd_desktop.anonymisation.scan import finditer_in, windows

STREET = re.compile(r"[A-Z][a-z]*(?:straat|laan) \d{1,3}(?: [A-Z])?")
ANCHOR = re.compile(r" \d")


class CountingPattern:
    """``rx`` with its ``match`` calls counted: the work finditer_in does with ``starts``."""

    def __init__(self, rx: re.Pattern) -> None:
        self.rx, self.calls = rx, 0

    def match(self, *args):
        self.calls += 1
        return self.rx.match(*args)


def _window_scans(rx: re.Pattern, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What finditer_in promises, by the definition: each window scanned in full, in order,
    every span once (independent of its replay)."""
    seen, out = set(), []
    for lo, hi in spans:
        for m in rx.finditer(text, lo, hi):
            if m.span() not in seen:
                seen.add(m.span())
                out.append(m.span())
    return out


def _starts(text: str) -> list[int]:
    """Every position where STREET can start (the precondition of ``starts``)."""
    return [m.start() for m in re.finditer(r"[A-Z]", text)]


pieces = st.sampled_from(["Kerkstraat 12", "Laan 3 B", "straat 4", " en ", "Molenlaan ", "12 ",
                          "\n", "Dorpsstraat 7 A", "Ab", " 9", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(pieces, max_size=40), st.integers(0, 12), st.integers(0, 12))
def test_the_same_matches_as_the_window_scan(parts, before, after):
    text = "".join(parts)
    spans = windows(text, ANCHOR, before, after)
    want = _window_scans(STREET, text, spans)
    assert [m.span() for m in finditer_in(STREET, text, spans)] == want
    assert [m.span() for m in finditer_in(STREET, text, spans, _starts(text))] == want


def _calls(n: int) -> int:
    text = " ".join(f"Kerkstraat {i % 90 + 1} bij Molenlaan" for i in range(n))  # one line
    rx = CountingPattern(STREET)
    list(finditer_in(rx, text, windows(text, ANCHOR, 5, 5), _starts(text)))
    return rx.calls


def test_linear_on_one_long_line():
    small, big = _calls(400), _calls(1600)
    assert big <= 4.5 * small, (small, big)  # quadratic work would be about 16x

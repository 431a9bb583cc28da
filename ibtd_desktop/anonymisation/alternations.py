"""A regex alternation rewritten so the engine skips ahead (compare scan.by_first_char).

Python's engine jumps quickly only to a pattern's first literal or character class; an
alternation whose branches open with classes such as ``[Ss]`` or ``[A-Z]``, or that follows
a ``\b``, is tried at every position. Here every branch opens with one literal character (a
class is spread over one branch per character), the branches are grouped by it, and a check
such as a word boundary comes right after it: the engine jumps to the next possible first
character and rejects the other groups with one comparison each. Same matches, same groups.
"""

from __future__ import annotations

import re


def top_level(alternation: str) -> list[str]:
    """The branches of ``a|b|(?:c|d)``: split on ``|`` outside groups and classes."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(alternation[start:i])
            start = i + 1
        i += 1
    out.append(alternation[start:])
    return out


def _first(branch: str) -> tuple[list[str], str]:
    """The characters a branch can open with, and the rest of it. The branch must open with a
    plain character or a class of plain characters and ranges (``[Ss]``, ``[A-Z]``)."""
    if branch[0] == "\\":
        if branch[1].isalnum():
            raise ValueError(f"branch opens with a class escape: {branch}")
        return [branch[1]], branch[2:]
    if branch[0] != "[":
        if branch[0] in "().*+?{^$|":
            raise ValueError(f"branch opens with {branch[0]!r}: {branch}")
        return [branch[0]], branch[1:]
    end = branch.index("]")
    body, chars, j = branch[1:end], [], 0
    while j < len(body):
        if j + 2 < len(body) and body[j + 1] == "-":
            chars.extend(chr(o) for o in range(ord(body[j]), ord(body[j + 2]) + 1))
            j += 3
        else:
            chars.append(body[j])
            j += 1
    if not all(c.isalnum() for c in chars):
        raise ValueError(f"class with non-alphanumerics: {branch}")
    return chars, branch[end + 1:]


def first_char_grouped(alternation: str, check: str = "") -> str:
    """``(?:alternation)`` as ``(?:c1check(?:rests...)|c2check(?:rests...)|...)``.

    ``check`` (a lookbehind such as ``(?<!\\w.)`` for a word boundary before the first
    character) runs after the first character is consumed. Branches that can open with c are
    kept in their order in c's group, so the engine tries the same branches in the same order.
    """
    groups: dict[str, list[str]] = {}
    for branch in top_level(alternation):
        chars, rest = _first(branch)
        if rest[:1] in ("*", "+", "?", "{"):
            raise ValueError(f"quantified first character: {branch}")
        for c in chars:
            groups.setdefault(c, []).append(rest)
    return "(?:" + "|".join(f"{re.escape(c)}{check}(?:{'|'.join(rests)})"
                            for c, rests in groups.items()) + ")"


class WordStart:
    """``finditer``/``match`` of a pattern that can match only at the start of a word,
    jumping between non-word characters instead of entering the engine at every letter.

    ``locate`` is ``\\W`` followed by a necessary opening of ``rx``; each place it finds is
    checked with ``rx.match`` one character on. Only these two methods are offered: they are
    what ``scan.finditer_in`` calls, and they return ``rx``'s own matches.
    """

    def __init__(self, rx: re.Pattern, opening: str):
        self.rx = rx
        self.locate = re.compile(r"\W" + opening)

    def match(self, text: str, pos: int, endpos: int) -> re.Match | None:
        return self.rx.match(text, pos, endpos)

    def finditer(self, text: str, pos: int, endpos: int):
        rx, locate = self.rx, self.locate
        if pos == 0:  # nothing before the first word for locate to stand on
            m = rx.match(text, 0, endpos)
            if m is not None:
                yield m
                pos = m.end()
        start = pos - 1 if pos else 0  # a word starting at pos has its boundary at pos - 1
        while True:
            loc = locate.search(text, start, endpos)
            if loc is None:
                return
            m = rx.match(text, loc.start() + 1, endpos)
            if m is None:
                start = loc.start() + 1
                continue
            yield m
            if m.end() == m.start():
                raise ValueError("empty match: finditer would step on")
            start = m.end() - 1

"""The matches of ``cue\\s+X...`` age rules found from the whitespace before X (same matches).

Rules such as ``AGE_AFTER_VERB`` (``\\b(?:is|was|...)\\s+(NUM)...``) open with a class of
common letters and a word-boundary check: the engine stops at a third of all characters. Every
match has a whitespace run between the cue and X, and the run's last character is nearly
always a space or a newline. So one pattern per such character opens with it as a literal (the
engine jumps from one to the next), then dispatches on the character after it: one branch per
possible first character of X, each opening with that character as a literal (the engine
rejects the other branches with one comparison each). A branch checks the rest of X ahead and
the cue behind; each hit is verified by the rule's own pattern at the cue's start. A longer
whitespace run, and a non-ASCII digit, make a hit that tries every rule. A document holding any
other whitespace character goes to the plain scan.

``finditer`` takes, from each position, the match starting leftmost, then goes on from its end;
with every position where the pattern matches at hand, the same choice is made here
(``_leftmost``), so a match hidden inside an earlier match stays hidden.
"""

from __future__ import annotations

import re

from ibtd_desktop.anonymisation.scan import matches_at

# Whitespace (re's \s, the same as str.isspace) other than " " and "\n": where a gate on those
# two characters could miss the last character of a whitespace run.
_RARE_SPACE = re.compile(r"[^\S \n]")
_GATE_CHARS = (" ", "\n")


class CueRule:
    """A rule ``cue\\s+X...`` (``rx``, a pattern whose match starts at the cue).

    ``starts``: (first characters of X, a lookahead for the rest of X after the first), pairs
    that together cover every X the rule accepts (a first character under the rule's case
    rules: list both cases). The lookahead may check less than the rule, never more.
    """

    def __init__(self, rx: re.Pattern, cues: list[str], starts: list[tuple[str, str]], *,
                 ignorecase: bool):
        self.rx, self.cues, self.starts, self.ignorecase = rx, cues, starts, ignorecase
        self.lengths = sorted({len(c) for c in cues})  # (?i) compares character by character


def _check_suffix_free(rules: list[CueRule]) -> None:
    """A hit names one cue (the first whose lookbehind holds): no other cue may end there."""
    cues = [c.lower() for r in rules for c in r.cues]
    for a in cues:
        for b in cues:
            if a != b and a.endswith(b):
                raise ValueError(f"cue {b!r} ends cue {a!r}")


class CueGate:
    """The matches of several ``CueRule``s from one pass per gate character.

    The gate patterns hold no groups (in CPython's engine every attempt pays for each group of
    the pattern): a hit is told apart in Python, from the character after it and one small
    lookbehind pattern per rule that names the cue (``_cue_at``).
    """

    def __init__(self, rules: list[CueRule]):
        _check_suffix_free(rules)
        self.rules = rules
        self._by_char: dict[str, list[int]] = {}  # first character of X -> rules
        for k, rule in enumerate(rules):
            for chars, _ in rule.starts:
                for c in chars:
                    if k not in self._by_char.setdefault(c, []):
                        self._by_char[c].append(k)
        self._cue_at = [self._cue_pattern(rule) for rule in rules]
        self._gates = {c: self._gate(c) for c in _GATE_CHARS}
        # A longer run ending in a space: found from its last two characters (a literal pair).
        firsts = re.escape("".join(sorted(self._by_char)))
        self._runs = [re.compile(f"{re.escape(pair)}(?=[{firsts}]|[^\\x00-\\x7f])")
                      for pair in ("  ", "\n ")]

    @staticmethod
    def _cue_pattern(rule: CueRule) -> re.Pattern:
        """Matches (empty) where one of the rule's cues ends; lastindex names it."""
        body = "|".join(f"(?<={re.escape(cue)})()" for cue in rule.cues)
        return re.compile(f"(?i:{body})" if rule.ignorecase else body)

    def _gate(self, ws: str) -> re.Pattern:
        by_char: dict[str, list[str]] = {}
        firsts = set()
        for rule in self.rules:
            # The first character of X is consumed: "." stands for it behind.
            behind = "|".join(f"(?<={re.escape(cue + ws)}.)" for cue in rule.cues)
            behind = f"(?i:{behind})" if rule.ignorecase else behind
            for chars, rest in rule.starts:
                firsts.update(chars)
                for c in chars:
                    by_char.setdefault(c, []).append(f"{rest}(?:{behind})")
        branches = [f"{re.escape(c)}(?:{'|'.join(alts)})" for c, alts in by_char.items()]
        # A digit outside ASCII: every rule is tried.
        branches.append(r"[^\x00-\x7f](?<=\d)")
        if ws == "\n":  # newlines are few: the check for a longer run can be done at each
            first_class = re.escape("".join(sorted(firsts)))
            branches.append(rf"(?=[{first_class}]|[^\x00-\x7f])(?<=\s\n)")
        return re.compile(re.escape(ws) + "(?:" + "|".join(branches) + ")")

    def matches(self, text: str) -> list[list[re.Match]]:
        """Per rule, what ``rule.rx.finditer(text)`` yields."""
        # isprintable is False for every whitespace character but " " (quick in C); only then
        # is the class searched.
        if not text.replace("\n", " ").isprintable() and _RARE_SPACE.search(text):
            return [list(rule.rx.finditer(text)) for rule in self.rules]
        found: list[set[int]] = [set() for _ in self.rules]
        for ws, gate in self._gates.items():
            if ws != " " and ws not in text:
                continue
            for m in gate.finditer(text):
                self._verify(text, m.start(), found)
        for run in self._runs:
            for m in run.finditer(text):
                self._verify(text, m.start() + 1, found)
        return [list(matches_at(rule.rx, text, starts)) for rule, starts in zip(self.rules, found)]

    def _verify(self, text: str, h: int, found: list[set[int]]) -> None:
        """Every start of a match whose cue ends where the whitespace run holding ``text[h]``
        starts (a cue's last character is never whitespace)."""
        w = h
        while w > 0 and text[w - 1].isspace():
            w -= 1
        ks = self._by_char.get(text[h + 1], range(len(self.rules)))
        for k in ks:
            cue = self._cue_at[k].match(text, w)
            if cue is not None:
                length = len(self.rules[k].cues[cue.lastindex - 1])
                if w - length >= 0:
                    found[k].add(w - length)

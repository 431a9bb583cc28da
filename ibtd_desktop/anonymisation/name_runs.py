"""The capitalised-run pass of find_people, fast: what ``_chunks`` + ``_classify`` (names.py) give.

Most of ``_classify`` looks at a run's own words only, and the same runs ("De", "Mevrouw",
"Rotterdam") recur all through a document. So each RUN surface is analysed once (``_layout``,
cached by surface) into plans that hold every surface-only outcome; per occurrence only the
context is read: the word before the run (``_cue_at``), the sentence start and the characters
after it. The two rarer passes of ``_chunks`` ride along: title-particle runs ("dhr. van Dam")
and public bodies can only start where a run or a run's particle is, so their patterns are
tried only there (``matches_at``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ibtd_desktop.anonymisation import lexicons as lx
from ibtd_desktop.anonymisation.name_plans import Plan, decide_without_cue, group_plans, span
from ibtd_desktop.anonymisation.names import (
    _CUE_FINALS, NAME_CUE_PHRASE, RUN, ROLES, TITLE_PARTICLE_RUN, TITLES, _WEAK_CUES, _CAP1,
    _classify, _cue_before_at, _runs, _skip_single,
)
from ibtd_desktop.anonymisation.scan import matches_at, word_start
from ibtd_desktop.anonymisation.spans import Span
from ibtd_desktop.anonymisation.tokens import at_sentence_start


# The characters _SENTENCE_END in tokens.py accepts before the (blank) rest of the window.
_ENDERS = frozenset(".!?:;•\"“”([\n>|*–—-")


def sentence_start(text: str, pos: int) -> bool:
    """``at_sentence_start``, answered without slicing in the common cases: right after one of
    its sentence-ending characters (or that and a space), and right after a letter (or a letter
    and a space), which is neither punctuation, a bullet nor a line break."""
    if pos >= 2:
        c = text[pos - 1]
        if c in _ENDERS:
            return True
        if c == " ":
            c = text[pos - 2]
            if c in _ENDERS:
                return True
        if c.isalpha():
            return False
    return at_sentence_start(text, pos)


_SLOW = object()  # "read the window" (the word alone does not decide)
_DELIMITER = re.compile(r"[\s.:,]")  # what ends the word _cue_before_at looks at
# The last words of the multi-word cue phrases ("mijn naam is", "ik ben", "ondertekend door").
_PHRASE_LAST_WORD = re.compile(r"is|ben|heet|door|groet,?", re.IGNORECASE)


@functools.lru_cache(maxsize=100_000)
def _word_cue(word: str) -> object:
    """``_cue_before_at`` for a run after ``word`` + one space, as far as the word decides."""
    bare = word.rstrip(".:,")  # "dhr.", "Aanwezig:": the punctuation belongs to the gap
    if not bare or _DELIMITER.search(bare):
        return _SLOW  # the window holds more than one word and its gap
    p = bare.lower().strip("\"'“”‘(").rstrip(".")
    if p in TITLES or p + "." in TITLES:
        return "title"
    if p in ROLES and word[len(bare):] in ("", ":") and p not in _WEAK_CUES:
        return "role"
    if p == "de":
        return _SLOW  # "de de X": the word before counts
    if word[-1] in _CUE_FINALS:
        if NAME_CUE_PHRASE.search(word + " "):
            return "phrase"  # phrases within the word ("beste", "naam:"), also at its end
        if _PHRASE_LAST_WORD.fullmatch(word):
            return _SLOW  # "naam is": the words before count
    return None


def _word_before(text: str, pos: int) -> str | None:
    """The word in the 30-character window before ``pos`` that ends with the space before
    ``pos`` (None without that space)."""
    if pos < 2 or text[pos - 1] != " ":
        return None
    lo = pos - 30 if pos > 30 else 0
    k = text.rfind(" ", lo, pos - 1)
    return text[k + 1 if k >= 0 else lo:pos - 1]


def cue_at(text: str, pos: int, word: str | None = None) -> str | None:
    """``_cue_before_at(text, pos)``; ``word`` is ``_word_before(text, pos)`` when known."""
    if word is None:
        word = _word_before(text, pos)
    if word is not None:
        cue = _word_cue(word)
        if cue is not _SLOW:
            return cue
    return _cue_before_at(text, pos)


_PART_WORDS = frozenset(
    "van de der den het ten ter te 't in op von zu da das dos do du di del della le la el al ul "
    "bin ben ibn abu bou ait a".split())  # the alternatives of names._PART
# TITLE_PARTICLE_RUN's titles as they end the word before the particles (with their dot).
_TPR_TITLES = tuple(
    t + dot for base in "dhr mw mevr mevrouw heer meneer mr drs dr ir fam mister".split()
    for t in (base, base[0].upper() + base[1:]) for dot in ("", ".")) + ("DHR", "DHR.", "MW", "MW.")


def _title_particle_starts(text: str, j: int, out: list[int]) -> None:
    """Where a TITLE_PARTICLE_RUN match could start, for a particle at ``j`` after a space: the
    title ends the word before the particles ("dhr. van der Berg")."""
    while j >= 1 and text[j - 1] == " ":
        e = j - 1
        if text[max(0, e - 8):e].endswith(_TPR_TITLES):
            out.extend(t for t in range(e - 8, e - 1) if t >= 0)
        k = text.rfind(" ", max(0, e - 6), e)
        if k < 0 or text[k + 1:e] not in _PART_WORDS:
            return
        j = k + 1


def public_regex() -> re.Pattern:
    """Multi-word public bodies ("Raad van State"), longest first (people._public_regex)."""
    return _public()[0]


@functools.cache
def _public() -> tuple[re.Pattern, frozenset[str] | None]:
    """The pattern, and the bodies' first words when every body starts with a capital and a
    word (then every match starts at a word start inside a RUN match); else None: scan."""
    names = sorted((b for b in lx.public_bodies() if " " in b), key=len, reverse=True)
    escaped = [re.escape(n) for n in names]
    if all(n[:1].isalnum() for n in names):  # "\b(?:...)\b", skipping ahead to first letters
        rx = re.compile(word_start(escaped, r"\b", ignorecase=False))
    else:
        rx = re.compile(r"\b(?:" + "|".join(escaped) + r")\b")
    firsts: set[str] | None = set()
    for n in names:
        m = re.match(r"\w+", n)
        if m is None or m.end() == len(n) or not re.match(f"[{_CAP1}]", n):
            firsts = None
            break
        firsts.add(m.group())
    return rx, None if firsts is None else frozenset(firsts)


def _space_words(surface: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for w in surface.split(" "):
        yield pos, w
        pos += len(w) + 1


@functools.lru_cache(maxsize=100_000)
def _layout(surface: str) -> tuple[bool, tuple[Plan, ...], tuple[int, ...], tuple[int, ...]]:
    """One RUN surface: (an ordinary single word, skipped at a sentence start; the plans of its
    token groups that can give a span in some context, often none; offsets of its words that may
    start a public body; offsets of its particles)."""
    single = " " not in surface and _skip_single(surface)
    firsts = _public()[1]
    public = () if firsts is None else tuple(
        m.start() for m in re.finditer(r"\w+", surface) if m.group() in firsts)
    particles = tuple(s for s, w in _space_words(surface) if s and w in _PART_WORDS)
    live = tuple(g for g in group_plans(surface) if g.full is not None or g.cut is not None)
    if not (live or public or particles):
        return _DEAD
    return single, live, public, particles


_DEAD = (False, (), (), ())  # a run with no span in any context, no public body, no particle


def run_spans(text: str) -> tuple[list[tuple[int, int, Span]], list[int]] | None:
    """The spans of ``_classify`` over ``_chunks`` (with each group's start and end, for the
    caller's public-body check) and where a public body could start; None when the text holds a
    title-particle run (``all_run_spans`` handles those too)."""
    found, _, public_starts, title_starts = _scan(text)
    if title_starts and next(matches_at(TITLE_PARTICLE_RUN, text, title_starts), None) is not None:
        return None
    return found, public_starts


def all_run_spans(text: str) -> tuple[list[tuple[int, int, Span]], list[int]]:
    """``run_spans``, also for a text with title-particle runs."""
    found, where, public_starts, title_starts = _scan(text)
    if title_starts:
        tpr = list(matches_at(TITLE_PARTICLE_RUN, text, title_starts))
        if tpr:
            found = _with_title_particle_runs(text, tpr, found, where)
    return found, public_starts


def _with_title_particle_runs(text: str, tpr: list[re.Match], found: list[tuple[int, int, Span]],
                              where: list[tuple[int, Plan]]) -> list[tuple[int, int, Span]]:
    """What ``_chunks`` + ``_classify`` give with title-particle runs: their runs first
    (classified the plain way, they are rare), then the RUN groups none of whose tokens starts
    where one of those runs starts (``found``, with each one's run start and plan in ``where``)."""
    first = []
    seen: set[int] = set()
    for m in tpr:
        for run in _runs(text, m.start(1), m.end(1), lead=True):
            seen.add(run[0].start)
            found_span = _classify(text, run)
            if found_span is not None:
                first.append((run[0].start, run[-1].end, found_span))
    return first + [f for f, (s, g) in zip(found, where) if not any(s + t in seen for t in g.starts)]


def _scan(text: str) -> tuple[list[tuple[int, int, Span]], list[tuple[int, Plan]], list[int], list[int]]:
    """The RUN pass: spans, each one's run start and plan, where a public body could start,
    and where a title-particle run could start."""
    found: list[tuple[int, int, Span]] = []
    where: list[tuple[int, Plan]] = []
    title_starts: list[int] = []
    public_starts: list[int] = []
    pos = 0
    find, rfind = text.find, text.rfind
    # findall + str.find instead of finditer: no match object per run. Every capital outside a
    # match starts one, so the first occurrence of a run's text from the previous end is it.
    for surface in RUN.findall(text):
        s = find(surface, pos)
        pos = s + len(surface)
        layout = _layout(surface)
        word = None
        if s >= 2 and text[s - 1] == " ":  # _word_before, inline: it is asked for every run
            lo = s - 30 if s > 30 else 0
            k = rfind(" ", lo, s - 1)
            word = text[k + 1 if k >= 0 else lo:s - 1]
            if word in _PART_WORDS:  # "dhr. van Dam": a title-particle run may end here
                _title_particle_starts(text, s - 1 - len(word), title_starts)
        if layout is _DEAD:
            continue  # about half the runs ("De", "Belastingdienst"): nothing more to read
        single, plans, public, particles = layout
        for p in particles:
            _title_particle_starts(text, s + p, title_starts)
        if public:
            public_starts.extend(s + p for p in public)
        if not plans or single and sentence_start(text, s):
            continue  # no name in any context; "Zij", "Daarna": an ordinary word opening a sentence
        for g in plans:
            d = g.cut if g.prep and sentence_start(text, s + g.first) else g.full
            if d is None:
                continue
            start, end = s + d.start, s + d.end
            if d.role_inside:
                cue = "role"
            else:
                cue = cue_at(text, start, word if d.start == 0 else None)
            if cue is not None:
                found_span = span(text, start, end, d, f"names:{cue}", 0.9) if d.cue_ok else None
            else:
                found_span = decide_without_cue(text, start, end, d, sentence_start)
            if found_span is not None:
                found.append((s + g.first, s + g.last_end, found_span))
                where.append((s, g))
    return found, where, public_starts, title_starts


def public_ranges(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """people._public_ranges, given run_spans' candidate starts."""
    rx, firsts = _public()
    if firsts is not None and not starts:
        return []  # nearly every text: no run opens with a body's first word
    found = rx.finditer(text) if firsts is None else matches_at(rx, text, starts)
    return [(m.start(), m.end()) for m in found]

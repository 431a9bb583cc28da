"""``_classify`` (names.py) split in two: what a run's own words decide, worked out once per run
surface (``group_plans``), and what only the context decides, read per occurrence (``decide``).

The order of the rules is _classify's; a plan holds the outcome of every surface-only test in
it, so ``decide`` reads the same context in the same cases. Keep the two in step.
"""

from __future__ import annotations

from ibtd_desktop.anonymisation import lexicons as lx
from ibtd_desktop.anonymisation import scan as _rx
from ibtd_desktop.anonymisation.names import (
    FROM_TO, _PLACE_SHAPED, _REVERSED, _REVERSED_INITIALS, _SENTENCE_PREPOSITIONS,
    _blocked, _first_and_surname, _is_compound_noun, _is_name_word, _is_ordinary, _is_place,
    _letter_and_word, _list_letter_at, _listed_with_particles, _looks_inflected,
    _place_with_compass, _run_layout, _surname_only, particle_chain, strip_with_role,
)
from ibtd_desktop.anonymisation.organisations import is_org_word
from ibtd_desktop.anonymisation.spans import Span
from ibtd_desktop.anonymisation.tokens import PARTICLES, Token



class Plan:
    """One token group of a run: offsets relative to the run, and its stripped decisions."""

    __slots__ = ("first", "last_end", "starts", "prep", "full", "cut")

    def __init__(self, run: list[Token], surface: str) -> None:
        self.first, self.last_end = run[0].start, run[-1].end
        self.starts = tuple(t.start for t in run)  # for _chunks' title-particle exclusion
        # "Op Prinsjesdag ...": the preposition goes at a sentence start (decided per occurrence).
        self.prep = len(run) > 1 and run[0].text in _SENTENCE_PREPOSITIONS
        self.full = _decision(run, surface)
        self.cut = _decision(run[1:], surface) if self.prep else None


class Decision:
    """A run after stripping, with every surface-only test of _classify answered."""

    __slots__ = ("start", "end", "role_inside", "cue_ok", "ends_s", "nowords", "speaker",
                 "init_surname", "letter_word", "chain", "multi", "multi_all_ord", "partsur",
                 "partsur_strong",
                 "places_nolex", "allcaps_single", "allcaps_ok", "short_or_caps", "ul", "unk",
                 "first_comma", "lex_strong", "unk_start", "lex_noplace", "lex_conf", "lex_first", "rev_ok")


def group_plans(surface: str) -> tuple[Plan, ...]:
    plans = []
    for group in _run_layout(surface, False):
        plans.append(Plan([Token(s, e, w, -1) for s, e, w in group], surface))
    return tuple(plans)


def _decision(run: list[Token], surface: str) -> Decision | None:
    """None when the run is no name whatever its context."""
    run, role_inside = strip_with_role(run, surface)
    if not run:
        return None
    words = [t for t in run if not t.is_initial and t.lower not in PARTICLES]
    if any(t.text in lx.public_bodies() or is_org_word(t.text) for t in run):
        return None
    if len(run) > 1 and _is_place(surface[run[0].start:run[-1].end]):
        return None
    if len(words) == 1 and (_PLACE_SHAPED.fullmatch(words[0].text) or _place_with_compass(words[0].text)):
        return None
    if any(_is_compound_noun(t.text) and not _is_name_word(t.text) for t in words):
        words_ok = [t for t in words if not _is_compound_noun(t.text) or _is_name_word(t.text)]
        if not words_ok or len(words_ok) < len(words) and len(words) == 1:
            return None
    has_initial = any(t.is_initial for t in run)
    d = Decision()
    d.start, d.end = run[0].start, run[-1].end
    d.role_inside = role_inside
    d.cue_ok = bool(words or has_initial and len(run) > 1)
    named = surface[d.start:d.end]
    d.ends_s = named.endswith(("'s", "’s")) and len(named) > 3
    d.nowords = not words
    d.speaker = len(run) == 1 and run[0].is_initial and len(run[0].text) >= 4
    if not words:
        return d
    lexical = [t for t in words if _is_name_word(t.text)]
    unknown = [t for t in words if not _is_ordinary(t.text) and not _is_place(t.text)
               and not _is_name_word(t.text) and not t.is_allcaps and not _is_compound_noun(t.text)]
    places = [t for t in words if _is_place(t.text) and not _is_name_word(t.text)]
    word = words[0]
    d.init_surname = has_initial and run[0].is_initial
    d.letter_word = _letter_and_word(run, lexical)
    d.multi = len(words) >= 2 and bool(lexical or unknown) and len(places) < len(words)
    d.multi_all_ord = all(_is_ordinary(t.text) for t in words) and not _first_and_surname(run)
    particle_and_word = len(words) == 1 and len(run) > 1 and run[0].lower in PARTICLES
    listed = particle_and_word and _listed_with_particles(run)
    d.partsur = particle_and_word and bool(lexical or unknown or listed)
    d.partsur_strong = not _is_ordinary(word.text) or bool(lexical) or listed
    d.chain = particle_chain(run) if particle_and_word else 0
    d.places_nolex = bool(places) and not lexical
    d.allcaps_single = word.is_allcaps and len(words) == 1 and len(run) == 1
    title = word.text.title()
    d.allcaps_ok = (title in lx.first_names() or title in lx.surnames()) and not _is_ordinary(title) \
        and not _blocked(word.text) and len(word.text) > 3
    d.short_or_caps = len(word.text) < 2 or word.is_allcaps
    d.ul, d.unk = bool(unknown or lexical), bool(unknown)
    d.rev_ok = bool(unknown) or bool(lexical) and _surname_only(word.text)
    d.first_comma = word.text in lx.first_names()
    d.lex_strong = bool(lexical) and not _is_ordinary(word.text) and not _is_place(word.text)
    d.unk_start = bool(unknown) and len(word.text) > 3 and not _looks_inflected(word.text)
    d.lex_noplace = bool(lexical) and not _is_place(word.text)
    d.lex_conf = 0.8 if not _is_ordinary(word.text) else 0.6
    d.lex_first = bool(lexical) and word.text in lx.first_names()
    return d


def span(text: str, start: int, end: int, d: Decision, source: str, conf: float) -> Span:
    """names._person_span for a decided run."""
    if d.ends_s:
        end -= 2
    elif text.startswith(", ", end) and (initials := _REVERSED_INITIALS.match(text, end)) is not None:
        end = initials.end()  # "Jansen, P.": the initials belong to the name
    return Span(start, end, "PERSON", source, conf)


def decide_without_cue(text: str, start: int, end: int, d: Decision, at_start) -> Span | None:
    """The rules of _classify after the cue, for a run with none; ``at_start(text, pos)`` is
    at_sentence_start (asked at most once, and only where _classify asks it)."""
    if d.nowords:
        if d.speaker and text[end:end + 1] == ":" and at_start(text, start):
            return span(text, start, end, d, "names:speaker-initials", 0.7)
        return None
    if d.init_surname:
        if d.letter_word and _list_letter_at(text, start):
            return None
        return span(text, start, end, d, "names:initials+surname", 0.9)
    if d.multi:
        if d.multi_all_ord and at_start(text, start):
            return None
        return span(text, start, end, d, "names:multiword", 0.85)
    sentence_start = None
    if d.partsur:
        sentence_start = at_start(text, start)
        if not sentence_start or d.partsur_strong:
            return span(text, start, end, d, "names:particle+surname", 0.8)
    if d.chain and not FROM_TO.match(text, end):
        if sentence_start is None:
            sentence_start = at_start(text, start)
        if not sentence_start or d.chain == 2:
            return span(text, start, end, d, "names:particle+surname", 0.75)
    if d.places_nolex:
        return None
    if d.allcaps_single:
        return span(text, start, end, d, "names:allcaps-lexicon", 0.6) if d.allcaps_ok else None
    if d.short_or_caps:
        return None
    after = text.startswith(", ", end)  # both reversed forms open with ", "
    if d.ul and after and _REVERSED_INITIALS.match(text, end):
        return span(text, start, end, d, "names:reversed-initials", 0.75)  # "Jansen, P."
    if d.rev_ok and after and (rev := _REVERSED.match(text, end)) and rev.group(1) in lx.first_names():
        return Span(start, rev.end(), "PERSON", "names:reversed", 0.7)  # "Wojcik, Agnieszka"
    if sentence_start is None:
        sentence_start = at_start(text, start)
    if sentence_start:
        if d.first_comma and _rx.match(r"[,(]| \(", text[end:end + 2]):
            return span(text, start, end, d, "names:first-name+comma", 0.6)
        if d.lex_strong:
            return span(text, start, end, d, "names:lexicon", 0.75)
        if d.unk_start and _rx.match(r" [a-z]", text[end:end + 2]):
            return span(text, start, end, d, "names:sentence-start-unknown", 0.5)
        return None
    if d.lex_noplace:
        return span(text, start, end, d, "names:lexicon", d.lex_conf)
    if d.lex_first and not _rx.search(
            r"\b(?:in|uit|te|naar|nabij|vanuit)\s+$", text[max(0, start - 8):start]):
        return span(text, start, end, d, "names:first-name", 0.55)
    if d.unk:
        return span(text, start, end, d, "names:capitalised-unknown", 0.55)
    return None

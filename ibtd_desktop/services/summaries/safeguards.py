"""Every safeguard a summary must pass before it may be submitted, approved or exported.

Each problem says what to fix, and never repeats the text it found (messages end up in dialogs
and bug reports): positions, labels and pseudonyms only. ``check_release`` gathers all problems
so the inspector sees them at once, then raises ``SummaryRefused``.

Which checks are hard (cannot be cleared by the inspector):
- consent: no summary for an interviewee whose consent does not allow sharing;
- quotes: only as consent allows; 'after approval' quotes are held until the approval is recorded;
- the real identity values of the dossier's interviewees and their variants;
- the anonymity agreements' safeguards (e.g. no place smaller than a province).
The residual scan's other detections block until the inspector clears each one with a reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ibtd_desktop.domain.casework.enums import QuotePermission, Safeguard
from ibtd_desktop.domain.errors import SafeguardRefused
from ibtd_desktop.domain.summaries import PROVINCES
from ibtd_desktop.domain.summary_sources import SourcePerson
from ibtd_desktop.services.summaries import detection
from ibtd_desktop.services.summaries.identity_block import find_identity_leaks
from ibtd_desktop.services.summaries.quotes import extract_quotes, quotes_hash

_LABELS_NL = {
    "PERSON": "naam", "BSN": "BSN", "IBAN": "IBAN", "PHONE": "telefoonnummer", "EMAIL": "e-mailadres",
    "POSTCODE": "postcode", "ADDRESS": "adres", "LOCATION": "plaats", "DATE_OF_BIRTH": "geboortedatum",
    "AGE": "leeftijd", "LICENSE_PLATE": "kenteken", "KVK": "KvK-nummer", "CASE_NUMBER": "zaaknummer",
    "ORGANISATION_PRIVATE": "organisatie", "ID_NUMBER": "identiteitsnummer", "URL": "webadres",
    "JOB_TITLE": "functie", "EXACT_DATE": "exacte datum",
}
_EXACT_DATE = re.compile(
    r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b"
    r"|\b\d{1,2}\s+(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?"
    r"|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{4}|'\d{2})\b",
    re.IGNORECASE,
)
# Job titles that point at one person in a small organisation ("de teamleider van ...").
_JOB_TITLE = re.compile(
    r"\b(?:directeur|directrice|teamleider|teamleidster|afdelingshoofd|manager|leidinggevende|"
    r"bedrijfsleider|eigenaar|eigenaresse|coördinator|coordinator|hoofd\s+\w+|wethouder|"
    r"burgemeester|kinderopvangmedewerker|gastouder|boekhouder|administrateur)\b",
    re.IGNORECASE,
)


def label_nl(label: str) -> str:
    return _LABELS_NL.get(label, label.lower())


@dataclass(frozen=True)
class Problem:
    code: str  # "consent" | "quotes" | "identity" | "agreement" | "residual" | "approval"
    message: str


class SummaryRefused(SafeguardRefused):
    """One or more safeguards refused; ``problems`` lists each with what to fix."""

    def __init__(self, action: str, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"- {p.message}" for p in self.problems)
        super().__init__(f"{action} geweigerd / refused:\n{lines}")


@dataclass(frozen=True)
class ResidualHit:
    """A detection in the final text. ``hard`` hits can never be cleared."""

    start: int
    end: int
    label: str
    hard: bool
    cleared: bool
    why: str  # what it is and what to do, without the text itself

    @property
    def blocking(self) -> bool:
        return self.hard or not self.cleared


@dataclass(frozen=True)
class ResidualReport:
    hits: tuple[ResidualHit, ...]

    @property
    def blocking(self) -> tuple[ResidualHit, ...]:
        return tuple(h for h in self.hits if h.blocking)

    @property
    def clean(self) -> bool:
        return not self.blocking


# --- consent --------------------------------------------------------------------------------


def consent_problems(people: Iterable[SourcePerson]) -> list[Problem]:
    problems = []
    for p in people:
        if p.share_summary:
            continue
        if not p.has_consent:
            fix = "no consent is recorded; record the consent before drafting a summary"
        elif p.consent_withdrawn:
            fix = "consent was withdrawn; no summary of this interviewee may be shared"
        else:
            fix = "the consent does not allow sharing a summary; record new consent if the source agrees"
        problems.append(Problem("consent", f"{p.pseudonym}: {fix}"))
    return problems


# --- quotes ---------------------------------------------------------------------------------


def quote_problems(
    text: str, people: Iterable[SourcePerson], approvals: set[tuple[int, str]]
) -> list[Problem]:
    quotes = extract_quotes(text)
    if not quotes:
        return []
    digest = quotes_hash(quotes)
    problems = []
    for p in people:
        needs_approval = p.quotes is QuotePermission.AFTER_APPROVAL or Safeguard.QUOTES_CHECKED in p.safeguards
        if p.quotes is QuotePermission.NO:
            problems.append(Problem(
                "quotes",
                f"{p.pseudonym}: the consent allows no quotes; rewrite the {len(quotes)} quoted passage(s) "
                "as a paraphrase without quotation marks",
            ))
        elif needs_approval and (p.id, digest) not in approvals:
            problems.append(Problem(
                "quotes",
                f"{p.pseudonym}: quotes are held until the source approves them; record the source's "
                "approval of the current quotes (a changed quote needs approval again)",
            ))
    return problems


# --- anonymity agreements -------------------------------------------------------------------


def agreement_problems(text: str, spans: Iterable, people: Iterable[SourcePerson]) -> list[Problem]:
    """Safeguards promised in the anonymity agreements, checked on the final text (hard)."""
    promised: set[Safeguard] = set()
    for p in people:
        promised.update(p.safeguards)
    if not promised:
        return []
    spans = list(spans)
    found: list[tuple[int, int, str, Safeguard]] = []
    if Safeguard.NO_NAME in promised:
        found += [(s.start, s.end, s.label, Safeguard.NO_NAME) for s in spans if s.label == "PERSON"]
    if Safeguard.NO_PLACE_BELOW_PROVINCE in promised:
        for s in spans:
            if s.label in ("ADDRESS", "POSTCODE") or (
                s.label == "LOCATION" and not _is_province(s.text_in(text))
            ):
                found.append((s.start, s.end, s.label, Safeguard.NO_PLACE_BELOW_PROVINCE))
    if Safeguard.NO_JOB_TITLE_EMPLOYER in promised:
        found += [
            (s.start, s.end, s.label, Safeguard.NO_JOB_TITLE_EMPLOYER)
            for s in spans if s.label == "ORGANISATION_PRIVATE"
        ]
        found += [(m.start(), m.end(), "JOB_TITLE", Safeguard.NO_JOB_TITLE_EMPLOYER) for m in _JOB_TITLE.finditer(text)]
    if Safeguard.NO_EXACT_DATES in promised:
        found += [(s.start, s.end, s.label, Safeguard.NO_EXACT_DATES) for s in spans if s.label == "DATE_OF_BIRTH"]
        found += [(m.start(), m.end(), "EXACT_DATE", Safeguard.NO_EXACT_DATES) for m in _EXACT_DATE.finditer(text)]
    fixes = {
        Safeguard.NO_NAME: "agreed: no name; replace it by the pseudonym or [NAAM]",
        Safeguard.NO_PLACE_BELOW_PROVINCE: "agreed: no place smaller than a province; use the province",
        Safeguard.NO_JOB_TITLE_EMPLOYER: "agreed: no job title or employer; describe the role in general terms",
        Safeguard.NO_EXACT_DATES: "agreed: no exact dates; use month and year, or the year",
    }
    return [
        Problem("agreement", f"{label_nl(label)} at characters {start}-{end}: {fixes[code]}")
        for start, end, label, code in sorted(found)
    ]


def _is_province(fragment: str) -> bool:
    cleaned = re.sub(r"^(?:de\s+)?provincie\s+", "", fragment.strip(), flags=re.IGNORECASE)
    return cleaned in PROVINCES or detection.province_of_place(cleaned) == cleaned


# --- residual scan --------------------------------------------------------------------------


def residual_scan(
    text: str,
    people: Iterable[SourcePerson],
    clearances: Iterable[tuple[str, str, str]] = (),
    spans: list | None = None,
    allowed: Iterable[str] = (),
) -> ResidualReport:
    """Scan the final text again. Cheap enough to call as the inspector types.

    Identity values and variants are hard hits. Other detections block unless the inspector
    cleared that exact (label, text) with a reason. Pseudonyms, [PLACEHOLDERS] and provinces
    are what drafting put there and are not hits.
    """
    people = list(people)
    cleared = {(label, fragment) for label, fragment, _ in clearances}
    hits: list[ResidualHit] = []
    for leak in find_identity_leaks(text, people):
        hits.append(ResidualHit(
            leak.start, leak.end, "IDENTITY", hard=True, cleared=False,
            why=f"real {leak.field} of {leak.pseudonym or 'the reporter of a signal'} (cannot be cleared); "
                "replace it by the pseudonym or a placeholder",
        ))
    if spans is None:
        spans = detection.detect_in_final(text, people, allowed)
    for s in spans:
        if any(h.hard and h.start < s.end and s.start < h.end for h in hits):
            continue
        fragment = s.text_in(text)
        ok = (s.label, fragment) in cleared
        hits.append(ResidualHit(
            s.start, s.end, s.label, hard=False, cleared=ok,
            why=f"possible {label_nl(s.label)}; redact or generalise it, or clear it with a reason",
        ))
    hits.sort(key=lambda h: (h.start, h.end))
    return ResidualReport(tuple(hits))


def residual_problems(report: ResidualReport) -> list[Problem]:
    return [
        Problem("identity" if h.hard else "residual", f"characters {h.start}-{h.end}: {h.why}")
        for h in report.blocking
    ]


def pseudonym_problems(text: str, subjects: Iterable[SourcePerson], everyone: Iterable[SourcePerson]) -> list[Problem]:
    """A dossier summary must not speak about an interviewee who did not consent to sharing."""
    subject_ids = {p.id for p in subjects}
    return [
        Problem("consent", f"{p.pseudonym} is mentioned but "
                + ("consent was withdrawn" if p.consent_withdrawn else "did not consent to sharing a summary")
                + "; leave this interviewee out")
        for p in everyone
        if p.pseudonym and p.id not in subject_ids and not p.share_summary
        and re.search(r"(?<!\w)" + re.escape(p.pseudonym) + r"(?!\w)", text)
    ]


def check_release(
    action: str,
    text: str,
    subjects: list[SourcePerson],
    everyone: list[SourcePerson],
    *,
    clearances: Iterable[tuple[str, str, str]] = (),
    quote_approvals: set[tuple[int, str]] | None = None,
    allowed: Iterable[str] = (),
    title: str = "",
) -> ResidualReport:
    """Every safeguard on ``text``; raises ``SummaryRefused`` listing every problem.

    ``subjects``: whose words the summary carries (consent, quotes, agreements apply);
    ``everyone``: all interviewees of the dossier (identity block, known names, pseudonyms).
    """
    spans = detection.detect_in_final(text, everyone, allowed)
    report = residual_scan(text, everyone, clearances, spans)
    problems = consent_problems(subjects)
    if title and find_identity_leaks(title, everyone):
        problems.append(Problem("identity", "the title contains an identity value of an interviewee; change the title"))
    problems += pseudonym_problems(text, subjects, everyone)
    problems += quote_problems(text, subjects, quote_approvals or set())
    problems += agreement_problems(text, spans, subjects)
    problems += residual_problems(report)
    if problems:
        raise SummaryRefused(action, problems)
    return report

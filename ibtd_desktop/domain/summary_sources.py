"""What drafting and the safeguards read from case work: frozen, read-only views.

These carry identity fields because the safeguards must search the final text for them. They
never leave the services layer: no list, log, message or export is built from ``identity``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ibtd_desktop.domain.casework.enums import QuotePermission, Safeguard
from ibtd_desktop.domain.casework.people import IntervieweeIdentity


@dataclass(frozen=True)
class SourcePerson:
    """An interviewee as the safeguards see it."""

    id: int
    pseudonym: str
    role: str
    identity: IntervieweeIdentity | None
    share_summary: bool  # consent given, not withdrawn, and sharing a summary allowed
    quotes: QuotePermission
    safeguards: tuple[Safeguard, ...]
    has_consent: bool = True
    consent_withdrawn: bool = False


@dataclass(frozen=True)
class InterviewSource:
    id: int
    investigation_id: int
    held_on: date
    notes: str
    interviewee_ids: tuple[int, ...]


@dataclass(frozen=True)
class DossierSource:
    """An investigation with everything a dossier summary and an export draw on."""

    id: int
    reference: str
    title: str
    people: tuple[SourcePerson, ...]  # every interviewee of the dossier
    interviews: tuple[InterviewSource, ...]
    signal_texts: tuple[str, ...]
    findings: tuple[tuple[int, str], ...]  # (number, text)
    recommendations: tuple[tuple[int, str, str], ...]  # (number, text, status code)
    rebuttal_rows: tuple[tuple[str, str, str], ...]  # (finding, response, handling)

    def person(self, interviewee_id: int) -> SourcePerson:
        for p in self.people:
            if p.id == interviewee_id:
                return p
        raise KeyError(interviewee_id)

"""Interviewees, their (separately held) identity, consent and anonymity agreement; field visits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ibtd_desktop.domain.casework.enums import (
    PSEUDONYM_PREFIX,
    ConsentForm,
    IntervieweeRole,
    OrganisationKind,
    QuotePermission,
    Safeguard,
)


def sequence_letters(n: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA (bijective base 26)."""
    if n < 1:
        raise ValueError("sequence numbers start at 1")
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def make_pseudonym(role: IntervieweeRole, sequence: int) -> str:
    """Stable stand-in within one investigation; depends only on role and order of entry."""
    return f"{PSEUDONYM_PREFIX[role]} {sequence_letters(sequence)}"


@dataclass(frozen=True)
class IntervieweeIdentity:
    """Real name and contact details. Loaded only by ``reveal_identity`` (audited)."""

    name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""

    def is_empty(self) -> bool:
        return not (self.name or self.phone or self.email or self.address)


@dataclass(frozen=True)
class Consent:
    given_on: date
    form: ConsentForm
    notes_allowed: bool = True
    quotes: QuotePermission = QuotePermission.NO
    recording: bool = False
    share_summary: bool = False
    retain_until: date | None = None
    withdrawn_on: date | None = None

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_on is not None


@dataclass(frozen=True)
class AnonymityAgreement:
    safeguards: tuple[Safeguard, ...] = ()
    text: str = ""
    communicated_on: date | None = None


@dataclass(frozen=True)
class AddInterviewee:
    investigation_id: int
    role: IntervieweeRole
    organisation_kind: OrganisationKind | None = None
    identity: IntervieweeIdentity | None = None
    consent: Consent | None = None
    anonymity: AnonymityAgreement | None = None
    external_key: str | None = None


@dataclass(frozen=True)
class UpdateInterviewee:
    interviewee_id: int
    role: IntervieweeRole
    organisation_kind: OrganisationKind | None = None


@dataclass(frozen=True)
class RecordConsent:
    interviewee_id: int
    consent: Consent


@dataclass(frozen=True)
class WithdrawConsent:
    interviewee_id: int
    withdrawn_on: date


@dataclass(frozen=True)
class RecordAnonymityAgreement:
    interviewee_id: int
    agreement: AnonymityAgreement


@dataclass(frozen=True)
class SetIdentity:
    """Replace (or, with an empty identity, erase) the identity fields."""

    interviewee_id: int
    identity: IntervieweeIdentity


@dataclass(frozen=True)
class RevealIdentity:
    interviewee_id: int
    reason: str = ""


@dataclass(frozen=True)
class IntervieweeRow:
    """List row: pseudonym only, never identity."""

    id: int
    investigation_id: int
    pseudonym: str
    role: IntervieweeRole
    organisation_kind: OrganisationKind | None
    has_identity: bool
    consent_given: bool
    consent_withdrawn: bool
    interview_count: int


@dataclass(frozen=True)
class IntervieweeDetail:
    id: int
    investigation_id: int
    pseudonym: str
    role: IntervieweeRole
    organisation_kind: OrganisationKind | None
    has_identity: bool
    consent: Consent | None
    anonymity: AnonymityAgreement | None
    interview_ids: tuple[int, ...]
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class RecordFieldVisit:
    investigation_id: int
    visited_on: date
    organisation: str
    organisation_kind: OrganisationKind = OrganisationKind.OTHER
    place: str = ""
    inspectors: tuple[str, ...] = ()
    notes: str = ""
    external_key: str | None = None


@dataclass(frozen=True)
class UpdateFieldVisit:
    field_visit_id: int
    visited_on: date
    organisation: str
    organisation_kind: OrganisationKind
    place: str = ""
    inspectors: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class FieldVisitRow:
    id: int
    investigation_id: int
    visited_on: date
    organisation: str
    organisation_kind: OrganisationKind
    place: str
    inspectors: tuple[str, ...]
    interview_count: int


@dataclass(frozen=True)
class FieldVisitDetail:
    id: int
    investigation_id: int
    visited_on: date
    organisation: str
    organisation_kind: OrganisationKind
    place: str
    inspectors: tuple[str, ...]
    notes: str
    interview_ids: tuple[int, ...]

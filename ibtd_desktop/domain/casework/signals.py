"""Signals: reports of risks or bottlenecks, triaged and linked to a dossier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ibtd_desktop.domain.casework.enums import Domain, SignalChannel, SourceConfidentiality, TriageStatus


@dataclass(frozen=True)
class SourceIdentity:
    """Who reported a signal. A distinct sensitivity class: never in lists, exports or summaries."""

    name: str = ""
    contact: str = ""


@dataclass(frozen=True)
class RecordSignal:
    received_on: date
    channel: SignalChannel
    text: str
    domain: Domain | None = None
    theme: str | None = None  # theme code
    confidentiality: SourceConfidentiality = SourceConfidentiality.CONFIDENTIAL
    triage: TriageStatus = TriageStatus.NEW
    investigation_id: int | None = None
    source: SourceIdentity | None = None
    external_key: str | None = None


@dataclass(frozen=True)
class UpdateSignal:
    signal_id: int
    received_on: date
    channel: SignalChannel
    text: str
    domain: Domain | None
    theme: str | None
    confidentiality: SourceConfidentiality


@dataclass(frozen=True)
class TriageSignal:
    """Set the triage status; linking sets ``gekoppeld`` with the dossier id."""

    signal_id: int
    triage: TriageStatus
    investigation_id: int | None = None


@dataclass(frozen=True)
class SignalFilter:
    investigation_id: int | None = None
    triage: TriageStatus | None = None
    channel: SignalChannel | None = None
    received_from: date | None = None
    received_to: date | None = None


@dataclass(frozen=True)
class SignalRow:
    id: int
    received_on: date
    channel: SignalChannel
    excerpt: str  # first line, shortened
    domain: Domain | None
    theme: str | None
    confidentiality: SourceConfidentiality
    triage: TriageStatus
    investigation_id: int | None
    investigation_reference: str | None
    has_source_identity: bool


@dataclass(frozen=True)
class SignalDetail:
    id: int
    received_on: date
    channel: SignalChannel
    text: str
    domain: Domain | None
    theme: str | None
    confidentiality: SourceConfidentiality
    triage: TriageStatus
    investigation_id: int | None
    investigation_reference: str | None
    has_source_identity: bool
    created_at: datetime | None = None
    updated_at: datetime | None = None

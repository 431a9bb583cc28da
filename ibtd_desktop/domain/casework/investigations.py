"""Investigations (dossiers), themes, and their commands and rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ibtd_desktop.domain.casework.enums import Domain, InvestigationKind, InvestigationStatus

# Statuses in their working order; moving back is allowed (a dossier can be reopened).
STATUS_ORDER: tuple[InvestigationStatus, ...] = tuple(InvestigationStatus)


@dataclass(frozen=True)
class ThemeRow:
    id: int
    code: str
    label: str
    archived: bool = False


@dataclass(frozen=True)
class AddTheme:
    label: str
    code: str | None = None  # derived from the label when omitted


@dataclass(frozen=True)
class CreateInvestigation:
    reference: str
    title: str
    kind: InvestigationKind
    themes: tuple[str, ...] = ()  # theme codes
    domains: tuple[Domain, ...] = ()
    status: InvestigationStatus = InvestigationStatus.EXPLORATION
    lead_inspector: str = ""
    team: tuple[str, ...] = ()
    start_date: date | None = None
    end_date: date | None = None
    description: str = ""
    external_key: str | None = None


@dataclass(frozen=True)
class UpdateInvestigation:
    """Replaces every editable field (the edit form sends the whole record)."""

    investigation_id: int
    reference: str
    title: str
    kind: InvestigationKind
    themes: tuple[str, ...]
    domains: tuple[Domain, ...]
    status: InvestigationStatus
    lead_inspector: str = ""
    team: tuple[str, ...] = ()
    start_date: date | None = None
    end_date: date | None = None
    description: str = ""


@dataclass(frozen=True)
class ChangeInvestigationStatus:
    investigation_id: int
    status: InvestigationStatus


@dataclass(frozen=True)
class InvestigationFilter:
    text: str = ""  # substring of reference or title
    status: InvestigationStatus | None = None
    theme: str | None = None
    domain: Domain | None = None


@dataclass(frozen=True)
class InvestigationRow:
    """One line in the dossier list."""

    id: int
    reference: str
    title: str
    kind: InvestigationKind
    status: InvestigationStatus
    themes: tuple[str, ...]
    domains: tuple[Domain, ...]
    lead_inspector: str
    start_date: date | None
    end_date: date | None
    updated_at: datetime | None


@dataclass(frozen=True)
class InvestigationDetail:
    id: int
    reference: str
    title: str
    kind: InvestigationKind
    status: InvestigationStatus
    themes: tuple[str, ...]
    domains: tuple[Domain, ...]
    lead_inspector: str
    team: tuple[str, ...]
    start_date: date | None
    end_date: date | None
    description: str
    counts: dict[str, int] = field(default_factory=dict)  # signals, interviewees, interviews, field_visits
    created_at: datetime | None = None
    updated_at: datetime | None = None
    created_by: int | None = None
    updated_by: int | None = None

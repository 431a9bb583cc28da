"""Findings, recommendations and the rebuttal table (hoor en wederhoor) of an investigation."""

from __future__ import annotations

from dataclasses import dataclass

from ibtd_desktop.domain.casework.enums import RecommendationStatus


@dataclass(frozen=True)
class AddFinding:
    investigation_id: int
    text: str


@dataclass(frozen=True)
class FindingRow:
    id: int
    investigation_id: int
    number: int
    text: str


@dataclass(frozen=True)
class AddRecommendation:
    investigation_id: int
    text: str
    addressee: str = ""  # e.g. "Dienst Toeslagen"
    finding_id: int | None = None


@dataclass(frozen=True)
class UpdateRecommendationStatus:
    recommendation_id: int
    status: RecommendationStatus
    follow_up: str = ""


@dataclass(frozen=True)
class RecommendationRow:
    id: int
    investigation_id: int
    number: int
    text: str
    addressee: str
    finding_id: int | None
    status: RecommendationStatus
    follow_up: str


@dataclass(frozen=True)
class AddRebuttalRow:
    investigation_id: int
    finding: str
    response: str = ""
    handling: str = ""
    finding_id: int | None = None


@dataclass(frozen=True)
class UpdateRebuttalRow:
    rebuttal_id: int
    finding: str
    response: str
    handling: str


@dataclass(frozen=True)
class RebuttalRow:
    id: int
    investigation_id: int
    position: int
    finding: str
    response: str
    handling: str
    finding_id: int | None

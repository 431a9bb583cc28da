"""Commands (frozen, imperative nouns) and results of the summary use cases."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ibtd_desktop.domain.summaries import AnonymisedSummary, DetectionDecisionKind, SummaryAttributes


@dataclass(frozen=True)
class StartInterviewSummary:
    interview_id: int
    title: str = ""
    attributes: SummaryAttributes = field(default_factory=SummaryAttributes)


@dataclass(frozen=True)
class StartDossierSummary:
    investigation_id: int
    title: str = ""
    attributes: SummaryAttributes = field(default_factory=SummaryAttributes)


@dataclass(frozen=True)
class EditSummary:
    """New text/attributes. In place for the author's concept; otherwise a new version."""

    summary_id: int
    text: str
    attributes: SummaryAttributes | None = None  # None: keep the current attributes


@dataclass(frozen=True)
class RecordDetectionDecision:
    summary_id: int
    start: int  # offsets in the ORIGINAL notes
    end: int
    label: str
    kind: DetectionDecisionKind
    reason: str = ""


@dataclass(frozen=True)
class RedraftSummary:
    """Rebuild the concept text from the notes with every detection decision applied."""

    summary_id: int


@dataclass(frozen=True)
class ClearResidualHit:
    """The inspector declares a residual detection in the final text not personal data."""

    summary_id: int
    label: str
    fragment: str
    reason: str


@dataclass(frozen=True)
class RecordQuoteApproval:
    """The source approved the summary's current quotes (consent 'after approval')."""

    summary_id: int
    interviewee_id: int
    approved_on: date
    note: str = ""


@dataclass(frozen=True)
class SubmitSummary:
    summary_id: int
    small_group_k: int = 5  # warn when the structured attributes single out fewer than k persons


@dataclass(frozen=True)
class WithdrawSummary:
    summary_id: int


@dataclass(frozen=True)
class ApproveSummary:
    summary_id: int
    content_hash: str  # the hash of the version the reviewer read: approval is bound to it
    comments: str = ""
    small_group_k: int = 5


@dataclass(frozen=True)
class ReturnSummary:
    summary_id: int
    comments: str  # what the author must change (required)
    content_hash: str = ""


@dataclass(frozen=True)
class ExportSummary:
    summary_id: int
    pdf_path: Path | None = None
    json_path: Path | None = None


@dataclass(frozen=True)
class ExportDossier:
    investigation_id: int
    pdf_path: Path | None = None
    json_path: Path | None = None


@dataclass(frozen=True)
class SmallGroupWarning:
    """Structured attributes single out fewer than k persons among the dossier's summaries."""

    attributes: tuple[tuple[str, str], ...]  # the combination, e.g. (("province","Zeeland"),("age_band","80+"))
    group_size: int
    k: int
    suggestion: str  # e.g. "generaliseer leeftijdscategorie naar 10-jaarsklassen of laat provincie weg"


@dataclass(frozen=True)
class SummaryResult:
    summary: AnonymisedSummary
    warnings: tuple[SmallGroupWarning, ...] = ()


@dataclass(frozen=True)
class ExportResult:
    pdf_path: Path | None
    json_path: Path | None
    summary_ids: tuple[int, ...]
    fingerprint: str
    export_id: str = ""  # printed in the PDF footer/title and the JSON

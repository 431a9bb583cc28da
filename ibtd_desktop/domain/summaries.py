"""Anonymised summaries: versions, four-eyes review and the rules that bind them.

Plain Python. The rules here are the ones that must hold whatever the storage or UI does:
which status may follow which, who may approve, that approval is bound to the exact content
(a SHA-256 over canonical JSON of the text and its structured attributes), and that an
approved version never changes (an edit makes a new version that needs approval again).
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import datetime

from ibtd_desktop.domain.errors import PermissionDenied, SafeguardRefused, ValidationError


class SummaryStatus(enum.Enum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"

    @property
    def label_nl(self) -> str:
        return STATUS_LABELS_NL[self]


STATUS_LABELS_NL = {
    SummaryStatus.DRAFT: "concept",
    SummaryStatus.SUBMITTED: "ter beoordeling",
    SummaryStatus.APPROVED: "goedgekeurd",
    SummaryStatus.RETURNED: "teruggestuurd",
}


class SummaryKind(enum.Enum):
    INTERVIEW = "interview"  # one interview, one interviewee
    DOSSIER = "dossier"  # a whole investigation


class ReviewOutcome(enum.Enum):
    APPROVED = "approved"
    RETURNED = "returned"


class SummaryAction(enum.Enum):
    SUBMIT = "submit"
    WITHDRAW = "withdraw"
    APPROVE = "approve"
    RETURN = "return"


# (from, action) -> to. Editing is not a transition: only a DRAFT version is edited in place;
# editing a RETURNED or APPROVED version starts a new DRAFT version (see `edit_creates_new_version`).
_TRANSITIONS: dict[tuple[SummaryStatus, SummaryAction], SummaryStatus] = {
    (SummaryStatus.DRAFT, SummaryAction.SUBMIT): SummaryStatus.SUBMITTED,
    (SummaryStatus.SUBMITTED, SummaryAction.WITHDRAW): SummaryStatus.DRAFT,
    (SummaryStatus.SUBMITTED, SummaryAction.APPROVE): SummaryStatus.APPROVED,
    (SummaryStatus.SUBMITTED, SummaryAction.RETURN): SummaryStatus.RETURNED,
}

_ACTION_HINTS = {
    SummaryAction.SUBMIT: "only a concept can be submitted for review; edit the summary to start a new concept",
    SummaryAction.WITHDRAW: "only a summary that is under review can be withdrawn",
    SummaryAction.APPROVE: "only a summary under review (ter beoordeling) can be approved; submit it first",
    SummaryAction.RETURN: "only a summary under review (ter beoordeling) can be returned",
}


def next_status(current: SummaryStatus, action: SummaryAction) -> SummaryStatus:
    """The status after ``action``; ``SafeguardRefused`` if the workflow does not allow it."""
    try:
        return _TRANSITIONS[(current, action)]
    except KeyError:
        raise SafeguardRefused(
            f"cannot {action.value} a summary that is {current.label_nl}: {_ACTION_HINTS[action]}"
        ) from None


def edit_creates_new_version(status: SummaryStatus) -> bool:
    """Whether a text/attribute change must go into a new version rather than this one.

    A version under review is frozen too, but it must be withdrawn first (the reviewer is
    looking at it): ``SafeguardRefused``.
    """
    if status is SummaryStatus.SUBMITTED:
        raise SafeguardRefused(
            "this summary is under review (ter beoordeling): withdraw it before editing, "
            "or wait for the reviewer's decision"
        )
    return status in (SummaryStatus.APPROVED, SummaryStatus.RETURNED)


def check_reviewer(reviewer_id: int, author_ids: Iterable[int]) -> None:
    """Four eyes: nobody who wrote any version of a summary may approve or return it."""
    if reviewer_id in set(author_ids):
        raise PermissionDenied(
            "the author of a summary cannot review it: a different vault user must unlock "
            "with their own passphrase to approve or return it"
        )


# --- structured attributes --------------------------------------------------------------

PROVINCES = (
    "Drenthe", "Flevoland", "Friesland", "Gelderland", "Groningen", "Limburg",
    "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
)
_AGE_BAND = re.compile(r"^(\d{1,2})-(\d{1,3})$|^(\d{2})\+$")


@dataclass(frozen=True)
class SummaryAttributes:
    """The structured (quasi-identifying) attributes published with a summary.

    All optional; values are already generalised (age band, province, year). They are the
    columns of the small-group check and part of the content hash.
    """

    role: str | None = None
    domain: str | None = None
    province: str | None = None
    age_band: str | None = None
    year: int | None = None
    benefit_type: str | None = None

    def __post_init__(self) -> None:
        if self.province is not None and self.province not in PROVINCES:
            raise ValidationError("summary attributes: province must be one of the 12 provinces")
        if self.age_band is not None and not _AGE_BAND.match(self.age_band):
            raise ValidationError("summary attributes: age band must look like '40-49' or '80+'")
        if self.year is not None and not 1900 <= self.year <= 2200:
            raise ValidationError("summary attributes: year out of range")

    def as_dict(self) -> dict[str, str | int | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict | None) -> "SummaryAttributes":
        data = data or {}
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValidationError("summary attributes: unknown attribute " + ", ".join(sorted(unknown)))
        return cls(**data)


QUASI_IDENTIFIERS = tuple(f.name for f in fields(SummaryAttributes))


def canonical_json(text: str, attributes: SummaryAttributes) -> str:
    # sort_keys + fixed separators + no ASCII escaping: one byte string per content, stable
    # across Python versions. Text is hashed exactly as stored (no normalisation): approval is
    # of the exact characters that will be exported.
    return json.dumps(
        {"attributes": attributes.as_dict(), "text": text},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )


def content_hash(text: str, attributes: SummaryAttributes) -> str:
    """SHA-256 (hex) over the canonical JSON of text + structured attributes."""
    return hashlib.sha256(canonical_json(text, attributes).encode("utf-8")).hexdigest()


# --- rows the services hand out -----------------------------------------------------------


@dataclass(frozen=True)
class SummaryVersion:
    id: int
    summary_id: int
    number: int
    text: str
    attributes: SummaryAttributes
    content_hash: str
    status: SummaryStatus
    author_id: int | None
    created_at: datetime
    submitted_at: datetime | None = None

    def is_intact(self) -> bool:
        """The stored hash still matches the stored content (nothing changed behind our back)."""
        return content_hash(self.text, self.attributes) == self.content_hash


@dataclass(frozen=True)
class ReviewDecision:
    id: int
    version_id: int
    outcome: ReviewOutcome
    reviewer_id: int
    reviewer_name: str
    content_hash: str
    decided_at: datetime
    comments: str = ""


@dataclass(frozen=True)
class AnonymisedSummary:
    """A summary with its current (latest) version."""

    id: int
    investigation_id: int
    interview_id: int | None
    kind: SummaryKind
    title: str
    current: SummaryVersion

    @property
    def status(self) -> SummaryStatus:
        return self.current.status

    @property
    def content_hash(self) -> str:
        """The hash a reviewer's approval must carry (of the current version)."""
        return self.current.content_hash


@dataclass(frozen=True)
class ResidualClearance:
    """A residual-scan hit the inspector declared not personal data (shown to the reviewer)."""

    label: str
    fragment: str
    reason: str
    cleared_by: int | None
    cleared_at: datetime | None


@dataclass(frozen=True)
class SummaryHistory:
    summary: AnonymisedSummary
    versions: tuple[SummaryVersion, ...]
    decisions: tuple[ReviewDecision, ...]
    detection_decisions: tuple["DetectionDecision", ...] = field(default=())
    clearances: tuple[ResidualClearance, ...] = field(default=())


def approval_is_valid(version: SummaryVersion, decisions: Iterable[ReviewDecision]) -> bool:
    """An approved version counts only if an approval decision carries its exact hash."""
    if version.status is not SummaryStatus.APPROVED or not version.is_intact():
        return False
    return any(
        d.version_id == version.id
        and d.outcome is ReviewOutcome.APPROVED
        and d.content_hash == version.content_hash
        for d in decisions
    )


# --- detection decisions (editor support) --------------------------------------------------


class DetectionDecisionKind(enum.Enum):
    ACCEPTED = "accepted"  # the redaction stays
    UNDONE = "undone"  # the inspector restored the original text, with a recorded reason
    EXTRA = "extra"  # text the engine missed, marked for redaction by the inspector


@dataclass(frozen=True)
class DetectionDecision:
    """What the inspector decided about one span of the ORIGINAL notes text."""

    start: int
    end: int
    label: str
    kind: DetectionDecisionKind
    reason: str = ""
    decided_by: int | None = None
    decided_at: datetime | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValidationError("detection decision: span must have start < end")
        if self.kind is DetectionDecisionKind.UNDONE and not self.reason.strip():
            raise ValidationError("undoing a redaction needs a reason (it is recorded for the reviewer)")
        if not self.label.strip():
            raise ValidationError("detection decision: label is required")

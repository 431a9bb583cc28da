"""Summaries in the vault (the case-work views they need are in ``summary_sources``).

ORM in, frozen domain rows out. Flushes, never commits: the service's unit of work decides.
Approved and submitted versions are never updated here (``update_draft`` refuses them).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ibtd_desktop.domain.errors import NotFound, SafeguardRefused
from ibtd_desktop.domain.summaries import (
    AnonymisedSummary,
    DetectionDecision,
    DetectionDecisionKind,
    ResidualClearance,
    ReviewDecision,
    ReviewOutcome,
    SummaryAttributes,
    SummaryKind,
    SummaryStatus,
    SummaryVersion,
    content_hash,
)
from ibtd_desktop.storage.orm.base import utcnow
from ibtd_desktop.storage.summary_sources import CaseworkViews
from ibtd_desktop.storage.orm.summaries import (
    Summary,
    SummaryClearance,
    SummaryDetectionDecision,
    SummaryQuoteApproval,
    SummaryReview,
    SummaryVersionRecord,
)


def _stamp(record: object, user_id: int | None, *, new: bool = False) -> None:
    now = utcnow()
    if new:
        record.created_by = user_id  # type: ignore[attr-defined]
        record.created_at = now  # type: ignore[attr-defined]
    record.updated_by = user_id  # type: ignore[attr-defined]
    record.updated_at = now  # type: ignore[attr-defined]


def _version_row(v: SummaryVersionRecord) -> SummaryVersion:
    return SummaryVersion(
        id=v.id,
        summary_id=v.summary_id,
        number=v.number,
        text=v.text,
        attributes=SummaryAttributes.from_dict(v.attributes),
        content_hash=v.content_hash,
        status=SummaryStatus(v.status),
        author_id=v.created_by,
        created_at=v.created_at,
        submitted_at=v.submitted_at,
    )


class SummaryRepository(CaseworkViews):
    """Summaries, versions, review and inspector decisions; case-work views via ``CaseworkViews``."""

    def __init__(self, session: Session, user_id: int | None) -> None:
        self.session = session
        self.user_id = user_id

    # --- summaries and versions ---------------------------------------------------------

    def add(
        self,
        *,
        investigation_id: int,
        interview_id: int | None,
        kind: SummaryKind,
        title: str,
        text: str,
        attributes: SummaryAttributes,
    ) -> AnonymisedSummary:
        summary = Summary(
            investigation_id=investigation_id, interview_id=interview_id, kind=kind.value, title=title
        )
        _stamp(summary, self.user_id, new=True)
        self.session.add(summary)
        self.session.flush()
        self.add_version(summary.id, text, attributes)
        return self.get(summary.id)

    def add_version(self, summary_id: int, text: str, attributes: SummaryAttributes) -> SummaryVersion:
        latest = self._latest_record(summary_id)
        record = SummaryVersionRecord(
            summary_id=summary_id,
            number=(latest.number + 1) if latest else 1,
            text=text,
            attributes=attributes.as_dict(),
            content_hash=content_hash(text, attributes),
            status=SummaryStatus.DRAFT.value,
        )
        _stamp(record, self.user_id, new=True)
        self.session.add(record)
        self.session.flush()
        return _version_row(record)

    def update_draft(self, version_id: int, text: str, attributes: SummaryAttributes) -> SummaryVersion:
        record = self._version_record(version_id)
        if record.status != SummaryStatus.DRAFT.value:
            # Last line of defence; the service decides before it gets here.
            raise SafeguardRefused("only a concept version can be changed in place")
        record.text = text
        record.attributes = attributes.as_dict()
        record.content_hash = content_hash(text, attributes)
        _stamp(record, self.user_id)
        self.session.flush()
        return _version_row(record)

    def set_status(self, version_id: int, status: SummaryStatus, *, submitted: bool = False) -> SummaryVersion:
        record = self._version_record(version_id)
        record.status = status.value
        if submitted:
            record.submitted_at = utcnow()
        _stamp(record, self.user_id)
        self.session.flush()
        return _version_row(record)

    def get(self, summary_id: int) -> AnonymisedSummary:
        summary = self.session.get(Summary, summary_id)
        if summary is None:
            raise NotFound(f"summary {summary_id} does not exist")
        latest = self._latest_record(summary_id)
        assert latest is not None, "a summary always has a version"
        return self._summary_row(summary, latest)

    def list(self, investigation_id: int | None = None) -> list[AnonymisedSummary]:
        stmt = select(Summary).order_by(Summary.investigation_id, Summary.id)
        if investigation_id is not None:
            stmt = stmt.where(Summary.investigation_id == investigation_id)
        summaries = list(self.session.scalars(stmt))
        if not summaries:
            return []
        latest: dict[int, SummaryVersionRecord] = {}
        versions = self.session.scalars(
            select(SummaryVersionRecord)
            .where(SummaryVersionRecord.summary_id.in_([s.id for s in summaries]))
            .order_by(SummaryVersionRecord.number)
        )
        for v in versions:
            latest[v.summary_id] = v
        return [self._summary_row(s, latest[s.id]) for s in summaries]

    def versions(self, summary_id: int) -> tuple[SummaryVersion, ...]:
        stmt = (
            select(SummaryVersionRecord)
            .where(SummaryVersionRecord.summary_id == summary_id)
            .order_by(SummaryVersionRecord.number)
        )
        return tuple(_version_row(v) for v in self.session.scalars(stmt))

    def version(self, version_id: int) -> SummaryVersion:
        return _version_row(self._version_record(version_id))

    # --- review decisions ---------------------------------------------------------------

    def add_review(
        self, version: SummaryVersion, outcome: ReviewOutcome, reviewer_id: int, comments: str
    ) -> ReviewDecision:
        record = SummaryReview(
            version_id=version.id,
            outcome=outcome.value,
            reviewer_id=reviewer_id,
            content_hash=version.content_hash,
            comments=comments,
            decided_at=utcnow(),
        )
        self.session.add(record)
        self.session.flush()
        return self._review_row(record, self.user_names().get(reviewer_id, ""))

    def reviews(self, summary_id: int) -> tuple[ReviewDecision, ...]:
        stmt = (
            select(SummaryReview)
            .join(SummaryVersionRecord, SummaryVersionRecord.id == SummaryReview.version_id)
            .where(SummaryVersionRecord.summary_id == summary_id)
            .order_by(SummaryReview.decided_at, SummaryReview.id)
        )
        names = self.user_names()
        return tuple(self._review_row(r, names.get(r.reviewer_id, "")) for r in self.session.scalars(stmt))

    # --- detection decisions, clearances, quote approvals ---------------------------------

    def add_detection_decision(self, summary_id: int, decision: DetectionDecision) -> DetectionDecision:
        record = SummaryDetectionDecision(
            summary_id=summary_id,
            span_start=decision.start,
            span_end=decision.end,
            label=decision.label,
            kind=decision.kind.value,
            reason=decision.reason,
        )
        _stamp(record, self.user_id, new=True)
        self.session.add(record)
        self.session.flush()
        return self._decision_row(record)

    def detection_decisions(self, summary_id: int) -> tuple[DetectionDecision, ...]:
        stmt = (
            select(SummaryDetectionDecision)
            .where(SummaryDetectionDecision.summary_id == summary_id)
            .order_by(SummaryDetectionDecision.id)
        )
        return tuple(self._decision_row(r) for r in self.session.scalars(stmt))

    def add_clearance(self, summary_id: int, label: str, fragment: str, reason: str) -> None:
        record = SummaryClearance(summary_id=summary_id, label=label, fragment=fragment, reason=reason)
        _stamp(record, self.user_id, new=True)
        self.session.add(record)
        self.session.flush()

    def clearances(self, summary_id: int) -> tuple[tuple[str, str, str], ...]:
        """(label, fragment, reason) in the order they were recorded."""
        stmt = select(SummaryClearance).where(SummaryClearance.summary_id == summary_id).order_by(SummaryClearance.id)
        return tuple((c.label, c.fragment, c.reason) for c in self.session.scalars(stmt))

    def clearance_rows(self, summary_id: int) -> tuple[ResidualClearance, ...]:
        stmt = select(SummaryClearance).where(SummaryClearance.summary_id == summary_id).order_by(SummaryClearance.id)
        return tuple(
            ResidualClearance(c.label, c.fragment, c.reason, c.created_by, c.created_at)
            for c in self.session.scalars(stmt)
        )

    def add_quote_approval(
        self, summary_id: int, interviewee_id: int, quotes_hash: str, approved_on: date, note: str
    ) -> None:
        record = SummaryQuoteApproval(
            summary_id=summary_id,
            interviewee_id=interviewee_id,
            quotes_hash=quotes_hash,
            approved_on=approved_on,
            note=note,
        )
        _stamp(record, self.user_id, new=True)
        self.session.add(record)
        self.session.flush()

    def quote_approvals(self, summary_id: int) -> set[tuple[int, str]]:
        """{(interviewee_id, quotes_hash)} recorded for this summary."""
        stmt = select(SummaryQuoteApproval).where(SummaryQuoteApproval.summary_id == summary_id)
        return {(q.interviewee_id, q.quotes_hash) for q in self.session.scalars(stmt)}

    # --- helpers ------------------------------------------------------------------------

    def _latest_record(self, summary_id: int) -> SummaryVersionRecord | None:
        return self.session.scalar(
            select(SummaryVersionRecord)
            .where(SummaryVersionRecord.summary_id == summary_id)
            .order_by(SummaryVersionRecord.number.desc())
            .limit(1)
        )

    def _version_record(self, version_id: int) -> SummaryVersionRecord:
        record = self.session.get(SummaryVersionRecord, version_id)
        if record is None:
            raise NotFound(f"summary version {version_id} does not exist")
        return record

    @staticmethod
    def _summary_row(summary: Summary, latest: SummaryVersionRecord) -> AnonymisedSummary:
        return AnonymisedSummary(
            id=summary.id,
            investigation_id=summary.investigation_id,
            interview_id=summary.interview_id,
            kind=SummaryKind(summary.kind),
            title=summary.title,
            current=_version_row(latest),
        )

    @staticmethod
    def _review_row(r: SummaryReview, reviewer_name: str) -> ReviewDecision:
        return ReviewDecision(
            id=r.id,
            version_id=r.version_id,
            outcome=ReviewOutcome(r.outcome),
            reviewer_id=r.reviewer_id,
            reviewer_name=reviewer_name,
            content_hash=r.content_hash,
            decided_at=r.decided_at,
            comments=r.comments or "",
        )

    @staticmethod
    def _decision_row(r: SummaryDetectionDecision) -> DetectionDecision:
        return DetectionDecision(
            start=r.span_start,
            end=r.span_end,
            label=r.label,
            kind=DetectionDecisionKind(r.kind),
            reason=r.reason or "",
            decided_by=r.created_by,
            decided_at=r.created_at,
            id=r.id,
        )


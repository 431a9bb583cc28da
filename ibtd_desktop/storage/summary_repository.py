"""Summaries in the vault, and the read-only case-work views drafting and safeguards need.

ORM in, frozen domain rows out. Flushes, never commits: the service's unit of work decides.
Approved and submitted versions are never updated here (``update_draft`` refuses them).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ibtd_desktop.domain.casework.enums import QuotePermission, Safeguard
from ibtd_desktop.domain.casework.people import IntervieweeIdentity
from ibtd_desktop.domain.errors import NotFound, SafeguardRefused
from ibtd_desktop.domain.summaries import (
    AnonymisedSummary,
    DetectionDecision,
    DetectionDecisionKind,
    ReviewDecision,
    ReviewOutcome,
    SummaryAttributes,
    SummaryKind,
    SummaryStatus,
    SummaryVersion,
    content_hash,
)
from ibtd_desktop.domain.summary_sources import DossierSource, InterviewSource, SourcePerson
from ibtd_desktop.storage.orm.base import Base, utcnow
from ibtd_desktop.storage.orm.casework import (
    AnonymityAgreementRecord,
    ConsentRecord,
    Finding,
    Interview,
    Interviewee,
    IntervieweeIdentityRecord,
    Investigation,
    RebuttalEntry,
    Recommendation,
    Signal,
)
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


class SummaryRepository:
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

    def user_names(self) -> dict[int, str]:
        # The users table belongs to the vault feature; read it through the shared metadata.
        users = Base.metadata.tables["users"]
        return {row[0]: row[1] for row in self.session.execute(select(users.c.id, users.c.name))}

    def user_role(self, user_id: int) -> str:
        users = Base.metadata.tables["users"]
        role = self.session.scalar(select(users.c.role).where(users.c.id == user_id))
        return str(role or "")

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

    # --- case-work views ---------------------------------------------------------------

    def interview_source(self, interview_id: int) -> InterviewSource:
        interview = self.session.get(Interview, interview_id, options=[selectinload(Interview.interviewees)])
        if interview is None:
            raise NotFound(f"interview {interview_id} does not exist")
        return InterviewSource(
            id=interview.id,
            investigation_id=interview.investigation_id,
            held_on=interview.held_on,
            notes=interview.notes or "",
            interviewee_ids=tuple(p.id for p in interview.interviewees),
        )

    def investigation_references(self) -> dict[int, str]:
        return dict(self.session.execute(select(Investigation.id, Investigation.reference)).all())

    def investigation_id_by_reference(self, reference: str) -> int:
        inv_id = self.session.scalar(select(Investigation.id).where(Investigation.reference == reference))
        if inv_id is None:
            raise NotFound("no investigation with that reference")
        return inv_id

    def dossier_source(self, investigation_id: int, *, with_texts: bool = True) -> DossierSource:
        inv = self.session.get(Investigation, investigation_id)
        if inv is None:
            raise NotFound(f"investigation {investigation_id} does not exist")
        people = self._people(investigation_id)
        interviews = tuple(
            self.interview_source(i)
            for i in self.session.scalars(
                select(Interview.id)
                .where(Interview.investigation_id == investigation_id)
                .order_by(Interview.held_on, Interview.id)
            )
        ) if with_texts else ()
        signals = tuple(
            self.session.scalars(
                select(Signal.text).where(Signal.investigation_id == investigation_id).order_by(Signal.id)
            )
        ) if with_texts else ()
        findings = tuple(
            (f.number, f.text)
            for f in self.session.scalars(
                select(Finding).where(Finding.investigation_id == investigation_id).order_by(Finding.number)
            )
        )
        recommendations = tuple(
            (r.number, r.text, r.status)
            for r in self.session.scalars(
                select(Recommendation)
                .where(Recommendation.investigation_id == investigation_id)
                .order_by(Recommendation.number)
            )
        )
        rebuttal = tuple(
            (r.finding, r.response or "", r.handling or "")
            for r in self.session.scalars(
                select(RebuttalEntry)
                .where(RebuttalEntry.investigation_id == investigation_id)
                .order_by(RebuttalEntry.position, RebuttalEntry.id)
            )
        )
        return DossierSource(
            id=inv.id,
            reference=inv.reference,
            title=inv.title,
            people=people,
            interviews=interviews,
            signal_texts=signals,
            findings=findings,
            recommendations=recommendations,
            rebuttal_rows=rebuttal,
        )

    def _people(self, investigation_id: int) -> tuple[SourcePerson, ...]:
        interviewees = list(
            self.session.scalars(
                select(Interviewee).where(Interviewee.investigation_id == investigation_id).order_by(Interviewee.id)
            )
        )
        ids = [p.id for p in interviewees]
        identities = {
            r.interviewee_id: r
            for r in self.session.scalars(
                select(IntervieweeIdentityRecord).where(IntervieweeIdentityRecord.interviewee_id.in_(ids))
            )
        }
        consents = {
            r.interviewee_id: r
            for r in self.session.scalars(select(ConsentRecord).where(ConsentRecord.interviewee_id.in_(ids)))
        }
        agreements = {
            r.interviewee_id: r
            for r in self.session.scalars(
                select(AnonymityAgreementRecord).where(AnonymityAgreementRecord.interviewee_id.in_(ids))
            )
        }
        people = []
        for p in interviewees:
            ident = identities.get(p.id)
            consent = consents.get(p.id)
            agreement = agreements.get(p.id)
            withdrawn = consent is not None and consent.withdrawn_on is not None
            safeguards = []
            for code in (agreement.safeguards if agreement else None) or ():
                try:
                    safeguards.append(Safeguard(code))
                except ValueError:
                    continue  # an unknown code from a newer version: ignore rather than crash
            people.append(
                SourcePerson(
                    id=p.id,
                    pseudonym=p.pseudonym,
                    role=p.role,
                    identity=IntervieweeIdentity(
                        name=ident.name or "", phone=ident.phone or "", email=ident.email or "",
                        address=ident.address or "",
                    ) if ident else None,
                    share_summary=bool(consent and consent.share_summary and not withdrawn),
                    quotes=QuotePermission(consent.quotes) if consent else QuotePermission.NO,
                    safeguards=tuple(safeguards),
                    has_consent=consent is not None,
                    consent_withdrawn=withdrawn,
                )
            )
        return tuple(people)

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


"""Findings, recommendations and rebuttal-table rows of an investigation."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ibtd_desktop.domain.casework.enums import RecommendationStatus
from ibtd_desktop.domain.casework.findings import FindingRow, RebuttalRow, RecommendationRow
from ibtd_desktop.storage.casework.common import get_or_404, stamp
from ibtd_desktop.storage.orm.casework import Finding, RebuttalEntry, Recommendation


def _next(session: Session, column, investigation_id: int) -> int:  # noqa: ANN001
    model = column.class_
    top = session.scalar(select(func.max(column)).where(model.investigation_id == investigation_id))
    return (top or 0) + 1


def finding_row(f: Finding) -> FindingRow:
    return FindingRow(id=f.id, investigation_id=f.investigation_id, number=f.number, text=f.text)


def recommendation_row(r: Recommendation) -> RecommendationRow:
    return RecommendationRow(
        id=r.id, investigation_id=r.investigation_id, number=r.number, text=r.text, addressee=r.addressee or "",
        finding_id=r.finding_id, status=RecommendationStatus(r.status), follow_up=r.follow_up or "",
    )


def rebuttal_row(r: RebuttalEntry) -> RebuttalRow:
    return RebuttalRow(id=r.id, investigation_id=r.investigation_id, position=r.position, finding=r.finding,
                       response=r.response or "", handling=r.handling or "", finding_id=r.finding_id)


def add_finding(session: Session, investigation_id: int, text: str, user_id: int | None) -> FindingRow:
    record = Finding(investigation_id=investigation_id, number=_next(session, Finding.number, investigation_id),
                     text=text)
    stamp(record, user_id, new=True)
    session.add(record)
    session.flush()
    return finding_row(record)


def get_finding(session: Session, finding_id: int) -> Finding:
    return get_or_404(session, Finding, finding_id, "finding")


def list_findings(session: Session, investigation_id: int) -> list[FindingRow]:
    stmt = select(Finding).where(Finding.investigation_id == investigation_id).order_by(Finding.number)
    return [finding_row(f) for f in session.scalars(stmt)]


def add_recommendation(session: Session, investigation_id: int, text: str, addressee: str,
                       finding_id: int | None, user_id: int | None) -> RecommendationRow:
    record = Recommendation(
        investigation_id=investigation_id, number=_next(session, Recommendation.number, investigation_id),
        text=text, addressee=addressee, finding_id=finding_id, status=RecommendationStatus.OPEN.value,
        follow_up="",
    )
    stamp(record, user_id, new=True)
    session.add(record)
    session.flush()
    return recommendation_row(record)


def update_recommendation_status(session: Session, recommendation_id: int, status: RecommendationStatus,
                                 follow_up: str, user_id: int | None) -> RecommendationRow:
    record = get_or_404(session, Recommendation, recommendation_id, "recommendation")
    record.status, record.follow_up = status.value, follow_up
    stamp(record, user_id)
    session.flush()
    return recommendation_row(record)


def list_recommendations(session: Session, investigation_id: int) -> list[RecommendationRow]:
    stmt = select(Recommendation).where(Recommendation.investigation_id == investigation_id)
    return [recommendation_row(r) for r in session.scalars(stmt.order_by(Recommendation.number))]


def add_rebuttal(session: Session, investigation_id: int, finding: str, response: str, handling: str,
                 finding_id: int | None, user_id: int | None) -> RebuttalRow:
    record = RebuttalEntry(
        investigation_id=investigation_id, position=_next(session, RebuttalEntry.position, investigation_id),
        finding=finding, response=response, handling=handling, finding_id=finding_id,
    )
    stamp(record, user_id, new=True)
    session.add(record)
    session.flush()
    return rebuttal_row(record)


def update_rebuttal(session: Session, rebuttal_id: int, finding: str, response: str, handling: str,
                    user_id: int | None) -> RebuttalRow:
    record = get_or_404(session, RebuttalEntry, rebuttal_id, "rebuttal row")
    record.finding, record.response, record.handling = finding, response, handling
    stamp(record, user_id)
    session.flush()
    return rebuttal_row(record)


def list_rebuttals(session: Session, investigation_id: int) -> list[RebuttalRow]:
    stmt = select(RebuttalEntry).where(RebuttalEntry.investigation_id == investigation_id)
    return [rebuttal_row(r) for r in session.scalars(stmt.order_by(RebuttalEntry.position))]

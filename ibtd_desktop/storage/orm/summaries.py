"""Summary tables: summaries, their versions, review decisions and the inspector's decisions.

A version row's text/attributes/hash never change once the version left the concept stage (the
repository refuses it; the domain decides). Review decisions are append-only.

Keep ``migrations/versions/0003_summaries.py`` in step with this module (a test compares them).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ibtd_desktop.storage.orm.base import Audited, Base, utcnow


class Summary(Audited, Base):
    __tablename__ = "summaries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    investigation_id: Mapped[int] = mapped_column(
        ForeignKey("investigations.id", ondelete="CASCADE"), index=True
    )
    # NULL for a dossier summary.
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))


class SummaryVersionRecord(Audited, Base):
    __tablename__ = "summary_versions"
    __table_args__ = (UniqueConstraint("summary_id", "number", name="uq_summary_versions_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    summary_id: Mapped[int] = mapped_column(ForeignKey("summaries.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    attributes: Mapped[dict] = mapped_column(JSON, default=dict)
    content_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), index=True)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class SummaryReview(Base):
    """Append-only: one approval or return, bound to the content hash the reviewer saw."""

    __tablename__ = "summary_reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("summary_versions.id", ondelete="CASCADE"), index=True)
    outcome: Mapped[str] = mapped_column(String(20))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    content_hash: Mapped[str] = mapped_column(String(64))
    comments: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SummaryDetectionDecision(Audited, Base):
    """Accept / undo (with reason) / extra redaction, on a span of the ORIGINAL notes."""

    __tablename__ = "summary_detection_decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    summary_id: Mapped[int] = mapped_column(ForeignKey("summaries.id", ondelete="CASCADE"), index=True)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")


class SummaryClearance(Audited, Base):
    """A residual-scan hit in the final text the inspector explicitly cleared, with a reason."""

    __tablename__ = "summary_clearances"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    summary_id: Mapped[int] = mapped_column(ForeignKey("summaries.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(40))
    fragment: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)


class SummaryQuoteApproval(Audited, Base):
    """The source approved the quotes of a summary (consent 'quotes after approval').

    Bound to a hash of the quotes: changed quotes need the source's approval again.
    """

    __tablename__ = "summary_quote_approvals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    summary_id: Mapped[int] = mapped_column(ForeignKey("summaries.id", ondelete="CASCADE"), index=True)
    interviewee_id: Mapped[int] = mapped_column(ForeignKey("interviewees.id", ondelete="CASCADE"))
    quotes_hash: Mapped[str] = mapped_column(String(64))
    approved_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

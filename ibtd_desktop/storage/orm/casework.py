"""Case-work tables. Identity data lives in its own tables (``*_identities``) so that no list or
detail query can pick it up by accident; attachment bytes live in ``attachment_blobs`` and are
loaded only on demand. Codes (enum values from ``domain.casework.enums``) are stored as text.

Keep ``migrations/versions/0002_casework.py`` in step with this module (a test compares them).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ibtd_desktop.storage.orm.base import Audited, Base, utcnow

investigation_themes = Table(
    "investigation_themes",
    Base.metadata,
    Column("investigation_id", ForeignKey("investigations.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("themes.id", ondelete="RESTRICT"), primary_key=True),
)

interview_interviewees = Table(
    "interview_interviewees",
    Base.metadata,
    Column("interview_id", ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True),
    Column("interviewee_id", ForeignKey("interviewees.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_interview_interviewees_interviewee_id", "interviewee_id"),
)


class Theme(Audited, Base):
    __tablename__ = "themes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Investigation(Audited, Base):
    __tablename__ = "investigations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(30), index=True)
    domains: Mapped[list] = mapped_column(JSON, default=list)
    lead_inspector: Mapped[str] = mapped_column(String(200), default="")
    team: Mapped[list] = mapped_column(JSON, default=list)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    external_key: Mapped[str | None] = mapped_column(String(200), unique=True, nullable=True)

    themes: Mapped[list[Theme]] = relationship(secondary=investigation_themes, order_by=Theme.position)


class Signal(Audited, Base):
    __tablename__ = "signals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    domain: Mapped[str | None] = mapped_column(String(30), nullable=True)
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="SET NULL"), nullable=True)
    confidentiality: Mapped[str] = mapped_column(String(30))
    triage: Mapped[str] = mapped_column(String(30), index=True)
    investigation_id: Mapped[int | None] = mapped_column(
        ForeignKey("investigations.id", ondelete="SET NULL"), nullable=True, index=True
    )
    external_key: Mapped[str | None] = mapped_column(String(200), unique=True, nullable=True)

    theme: Mapped[Theme | None] = relationship()
    investigation: Mapped[Investigation | None] = relationship()


class SignalSourceIdentity(Audited, Base):
    """Who reported a signal: a distinct sensitivity class, never joined into lists."""

    __tablename__ = "signal_source_identities"
    signal_id: Mapped[int] = mapped_column(ForeignKey("signals.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")


class FieldVisit(Audited, Base):
    __tablename__ = "field_visits"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    investigation_id: Mapped[int] = mapped_column(
        ForeignKey("investigations.id", ondelete="CASCADE"), index=True
    )
    visited_on: Mapped[date] = mapped_column(Date)
    organisation: Mapped[str] = mapped_column(String(300))
    organisation_kind: Mapped[str] = mapped_column(String(30))
    place: Mapped[str] = mapped_column(String(200), default="")
    inspectors: Mapped[list] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    external_key: Mapped[str | None] = mapped_column(String(200), unique=True, nullable=True)


class Interviewee(Audited, Base):
    __tablename__ = "interviewees"
    __table_args__ = (UniqueConstraint("investigation_id", "pseudonym", name="uq_interviewees_pseudonym"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    investigation_id: Mapped[int] = mapped_column(
        ForeignKey("investigations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(40))
    organisation_kind: Mapped[str | None] = mapped_column(String(30), nullable=True)
    # Sequence within (investigation, role prefix); the pseudonym is fixed at creation.
    pseudonym_seq: Mapped[int] = mapped_column(Integer)
    pseudonym: Mapped[str] = mapped_column(String(80))
    external_key: Mapped[str | None] = mapped_column(String(200), unique=True, nullable=True)


class PseudonymSequence(Base):
    """Last pseudonym number handed out per (investigation, prefix), so a deleted interviewee's
    pseudonym is never given to someone else."""

    __tablename__ = "pseudonym_sequences"
    investigation_id: Mapped[int] = mapped_column(
        ForeignKey("investigations.id", ondelete="CASCADE"), primary_key=True
    )
    prefix: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class IntervieweeIdentityRecord(Audited, Base):
    __tablename__ = "interviewee_identities"
    interviewee_id: Mapped[int] = mapped_column(
        ForeignKey("interviewees.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")


class IdentityReveal(Base):
    """Audit trail: who looked at whose identity (an interviewee's or a signal source's), when, why."""

    __tablename__ = "identity_reveals"
    __table_args__ = (
        CheckConstraint("(interviewee_id IS NULL) <> (signal_id IS NULL)", name="one_subject"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interviewee_id: Mapped[int | None] = mapped_column(
        ForeignKey("interviewees.id", ondelete="CASCADE"), nullable=True, index=True
    )
    signal_id: Mapped[int | None] = mapped_column(
        ForeignKey("signals.id", ondelete="CASCADE"), nullable=True, index=True
    )
    revealed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    revealed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    reason: Mapped[str] = mapped_column(Text, default="")


class ConsentRecord(Audited, Base):
    __tablename__ = "consents"
    interviewee_id: Mapped[int] = mapped_column(
        ForeignKey("interviewees.id", ondelete="CASCADE"), primary_key=True
    )
    given_on: Mapped[date] = mapped_column(Date)
    form: Mapped[str] = mapped_column(String(20))
    notes_allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    quotes: Mapped[str] = mapped_column(String(20))
    recording: Mapped[bool] = mapped_column(Boolean, default=False)
    share_summary: Mapped[bool] = mapped_column(Boolean, default=False)
    retain_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class AnonymityAgreementRecord(Audited, Base):
    __tablename__ = "anonymity_agreements"
    interviewee_id: Mapped[int] = mapped_column(
        ForeignKey("interviewees.id", ondelete="CASCADE"), primary_key=True
    )
    safeguards: Mapped[list] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text, default="")
    communicated_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Interview(Audited, Base):
    __tablename__ = "interviews"
    __table_args__ = (Index("ix_interviews_investigation_held", "investigation_id", "held_on", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    investigation_id: Mapped[int] = mapped_column(ForeignKey("investigations.id", ondelete="CASCADE"))
    field_visit_id: Mapped[int | None] = mapped_column(
        ForeignKey("field_visits.id", ondelete="SET NULL"), nullable=True, index=True
    )
    held_on: Mapped[date] = mapped_column(Date, index=True)
    mode: Mapped[str] = mapped_column(String(20))
    interviewers: Mapped[list] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    notes_chars: Mapped[int] = mapped_column(Integer, default=0)
    notes_saved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    external_key: Mapped[str | None] = mapped_column(String(200), unique=True, nullable=True)

    investigation: Mapped[Investigation] = relationship()
    interviewees: Mapped[list[Interviewee]] = relationship(
        secondary=interview_interviewees, order_by=Interviewee.id
    )


class InterviewDraft(Base):
    """The last debounced edit of an interview's notes; promoted (and deleted) on explicit save."""

    __tablename__ = "interview_drafts"
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    saved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class Attachment(Audited, Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    size: Mapped[int] = mapped_column(Integer)


class AttachmentBlob(Base):
    __tablename__ = "attachment_blobs"
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Finding(Audited, Base):
    __tablename__ = "findings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    investigation_id: Mapped[int] = mapped_column(
        ForeignKey("investigations.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Recommendation(Audited, Base):
    __tablename__ = "recommendations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    investigation_id: Mapped[int] = mapped_column(
        ForeignKey("investigations.id", ondelete="CASCADE"), index=True
    )
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("findings.id", ondelete="SET NULL"), nullable=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    addressee: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20))
    follow_up: Mapped[str] = mapped_column(Text, default="")


class RebuttalEntry(Audited, Base):
    """One row of the rebuttal table (wederhoortabel): finding, the service's response, handling."""

    __tablename__ = "rebuttal_rows"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    investigation_id: Mapped[int] = mapped_column(
        ForeignKey("investigations.id", ondelete="CASCADE"), index=True
    )
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("findings.id", ondelete="SET NULL"), nullable=True)
    position: Mapped[int] = mapped_column(Integer)
    finding: Mapped[str] = mapped_column(Text)
    response: Mapped[str] = mapped_column(Text, default="")
    handling: Mapped[str] = mapped_column(Text, default="")

"""Interviews: metadata, notes with crash-safe drafts, paged lists, attachments."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from ibtd_desktop.domain.casework.enums import AttachmentKind, InterviewMode
from ibtd_desktop.domain.casework.interviews import (
    AttachmentRow,
    InterviewDetail,
    InterviewFilter,
    InterviewRow,
    NotesDraft,
)
from ibtd_desktop.domain.casework.search import HitKind
from ibtd_desktop.storage import search_index
from ibtd_desktop.storage.casework.common import get_or_404, stamp
from ibtd_desktop.storage.orm.base import utcnow
from ibtd_desktop.storage.orm.casework import (
    Attachment,
    AttachmentBlob,
    Interview,
    InterviewDraft,
    Interviewee,
    Investigation,
    interview_interviewees,
)


def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=timezone.utc)


def index_entry(interview: Interview, people: list[Interviewee]) -> search_index.IndexEntry:
    return search_index.IndexEntry(
        kind=HitKind.INTERVIEW, record_id=interview.id, investigation_id=interview.investigation_id,
        on=interview.held_on, title=" ".join(p.pseudonym for p in people), body=interview.notes or "",
        roles=tuple(sorted({p.role for p in people})),
    )


def get(session: Session, interview_id: int) -> Interview:
    return get_or_404(session, Interview, interview_id, "interview")


def save(session: Session, interview: Interview | None, values: dict, people: list[Interviewee],
         user_id: int | None, *, index: bool = True) -> Interview:
    new = interview is None
    if new:
        interview = Interview(notes="", notes_chars=0)
        session.add(interview)
    notes = values.pop("notes", None)
    for name, value in values.items():
        setattr(interview, name, value)
    if notes is not None:
        interview.notes, interview.notes_chars = notes, len(notes)
        interview.notes_saved_at = utcnow()
    interview.interviewees = list(people)
    stamp(interview, user_id, new=new)
    session.flush()
    if index:
        search_index.put(session, [index_entry(interview, people)])
    return interview


def save_notes(session: Session, interview_id: int, text: str, user_id: int | None) -> Interview:
    """Promote ``text`` to the saved notes, drop the draft, re-index."""
    interview = get(session, interview_id)
    interview.notes, interview.notes_chars = text, len(text)
    interview.notes_saved_at = utcnow()
    stamp(interview, user_id)
    session.execute(delete(InterviewDraft).where(InterviewDraft.interview_id == interview_id))
    session.flush()
    search_index.put(session, [index_entry(interview, list(interview.interviewees))])
    return interview


def save_draft(session: Session, interview_id: int, text: str, user_id: int | None) -> datetime:
    """One upsert of one row: cheap enough for every debounce tick."""
    if session.scalar(select(Interview.id).where(Interview.id == interview_id)) is None:
        get(session, interview_id)  # raises NotFound
    now = utcnow()
    draft = session.get(InterviewDraft, interview_id)
    if draft is None:
        session.add(InterviewDraft(interview_id=interview_id, text=text, saved_at=now, saved_by=user_id))
    else:
        draft.text, draft.saved_at, draft.saved_by = text, now, user_id
    session.flush()
    return now


def discard_draft(session: Session, interview_id: int) -> None:
    session.execute(delete(InterviewDraft).where(InterviewDraft.interview_id == interview_id))


def to_detail(session: Session, interview: Interview) -> InterviewDetail:
    people = list(interview.interviewees)
    draft = session.get(InterviewDraft, interview.id)
    saved_at = as_utc(interview.notes_saved_at)
    newer = None
    if draft is not None and (saved_at is None or as_utc(draft.saved_at) >= saved_at):
        newer = NotesDraft(text=draft.text, saved_at=as_utc(draft.saved_at))
    attachments = session.scalar(select(func.count(Attachment.id)).where(Attachment.interview_id == interview.id))
    return InterviewDetail(
        id=interview.id, investigation_id=interview.investigation_id,
        investigation_reference=interview.investigation.reference,
        held_on=interview.held_on, mode=InterviewMode(interview.mode),
        interviewee_ids=tuple(p.id for p in people), interviewees=tuple(p.pseudonym for p in people),
        interviewers=tuple(interview.interviewers or ()), field_visit_id=interview.field_visit_id,
        notes=interview.notes or "", notes_saved_at=saved_at, draft=newer,
        attachment_count=int(attachments or 0),
        created_at=as_utc(interview.created_at), updated_at=as_utc(interview.updated_at),
    )


# --- large lists: ids first, rows on demand -------------------------------------------------

def _filtered(stmt, flt: InterviewFilter):  # noqa: ANN001, ANN202
    if flt.investigation_id is not None:
        stmt = stmt.where(Interview.investigation_id == flt.investigation_id)
    if flt.held_from is not None:
        stmt = stmt.where(Interview.held_on >= flt.held_from)
    if flt.held_to is not None:
        stmt = stmt.where(Interview.held_on <= flt.held_to)
    if flt.field_visit_id is not None:
        stmt = stmt.where(Interview.field_visit_id == flt.field_visit_id)
    if flt.role is not None:
        stmt = stmt.where(exists().where(
            interview_interviewees.c.interview_id == Interview.id,
            interview_interviewees.c.interviewee_id == Interviewee.id,
            Interviewee.role == flt.role.value,
        ))
    return stmt


_ORDER = (Interview.held_on.desc(), Interview.id.desc())


def _core(session: Session, stmt):  # noqa: ANN001, ANN202
    """Column-only list queries skip the ORM result machinery (about a third faster here)."""
    return session.connection().execute(stmt)


def ids(session: Session, flt: InterviewFilter, offset: int = 0, limit: int | None = None) -> list[int]:
    stmt = _filtered(select(Interview.id), flt).order_by(*_ORDER).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [row[0] for row in _core(session, stmt)]


def count(session: Session, flt: InterviewFilter) -> int:
    return int(_core(session, _filtered(select(func.count(Interview.id)), flt)).scalar() or 0)


def rows_for_ids(session: Session, interview_ids: list[int]) -> list[InterviewRow]:
    """Rows in the order of ``interview_ids``; unknown ids are skipped. Never loads notes."""
    if not interview_ids:
        return []
    base = _core(session, 
        select(Interview.id, Interview.investigation_id, Investigation.reference, Interview.held_on,
               Interview.mode, Interview.field_visit_id, Interview.notes_chars, Interview.interviewers)
        .join(Investigation, Investigation.id == Interview.investigation_id)
        .where(Interview.id.in_(interview_ids))
    ).all()
    people: dict[int, list[str]] = defaultdict(list)
    for iid, pseudonym in _core(session, 
        select(interview_interviewees.c.interview_id, Interviewee.pseudonym)
        .join(Interviewee, Interviewee.id == interview_interviewees.c.interviewee_id)
        .where(interview_interviewees.c.interview_id.in_(interview_ids))
        .order_by(interview_interviewees.c.interview_id, Interviewee.id)
    ):
        people[iid].append(pseudonym)
    attachments = dict(_core(session, 
        select(Attachment.interview_id, func.count(Attachment.id))
        .where(Attachment.interview_id.in_(interview_ids)).group_by(Attachment.interview_id)
    ).all())
    drafts = {row[0] for row in _core(
        session, select(InterviewDraft.interview_id).where(InterviewDraft.interview_id.in_(interview_ids)))}
    by_id = {
        r[0]: InterviewRow(
            id=r[0], investigation_id=r[1], investigation_reference=r[2], held_on=r[3],
            mode=InterviewMode(r[4]), interviewees=tuple(people.get(r[0], ())), field_visit_id=r[5],
            notes_chars=int(r[6] or 0), attachment_count=int(attachments.get(r[0], 0)),
            has_draft=r[0] in drafts, interviewers=tuple(r[7] or ()),
        )
        for r in base
    }
    return [by_id[i] for i in interview_ids if i in by_id]


# --- attachments --------------------------------------------------------------------------

def _attachment_row(a: Attachment) -> AttachmentRow:
    return AttachmentRow(id=a.id, interview_id=a.interview_id, filename=a.filename, media_type=a.media_type,
                         kind=AttachmentKind(a.kind), size=a.size, created_at=as_utc(a.created_at))


def add_attachment(session: Session, interview_id: int, filename: str, media_type: str,
                   kind: AttachmentKind, data: bytes, user_id: int | None) -> AttachmentRow:
    get(session, interview_id)
    record = Attachment(interview_id=interview_id, filename=filename, media_type=media_type,
                        kind=kind.value, size=len(data))
    stamp(record, user_id, new=True)
    session.add(record)
    session.flush()
    session.add(AttachmentBlob(attachment_id=record.id, data=data))
    session.flush()
    return _attachment_row(record)


def list_attachments(session: Session, interview_id: int) -> list[AttachmentRow]:
    stmt = select(Attachment).where(Attachment.interview_id == interview_id).order_by(Attachment.id)
    return [_attachment_row(a) for a in session.scalars(stmt)]


def load_attachment(session: Session, attachment_id: int) -> tuple[AttachmentRow, bytes]:
    record = get_or_404(session, Attachment, attachment_id, "attachment")
    data = session.scalar(select(AttachmentBlob.data).where(AttachmentBlob.attachment_id == attachment_id))
    return _attachment_row(record), bytes(data or b"")


def remove_attachment(session: Session, attachment_id: int) -> None:
    record = get_or_404(session, Attachment, attachment_id, "attachment")
    session.delete(record)
    session.flush()


def delete_interview(session: Session, interview_id: int) -> None:
    interview = get(session, interview_id)
    search_index.remove(session, HitKind.INTERVIEW, [interview_id])
    session.delete(interview)
    session.flush()

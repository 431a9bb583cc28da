"""Interviews, their confidential notes (with crash-safe drafts) and attachments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ibtd_desktop.domain.casework.enums import AttachmentKind, IntervieweeRole, InterviewMode


@dataclass(frozen=True)
class RecordInterview:
    investigation_id: int
    held_on: date
    mode: InterviewMode
    interviewee_ids: tuple[int, ...] = ()
    interviewers: tuple[str, ...] = ()
    field_visit_id: int | None = None
    notes: str = ""
    external_key: str | None = None


@dataclass(frozen=True)
class UpdateInterview:
    """Metadata only; notes go through ``save_interview_notes`` / drafts."""

    interview_id: int
    held_on: date
    mode: InterviewMode
    interviewee_ids: tuple[int, ...]
    interviewers: tuple[str, ...] = ()
    field_visit_id: int | None = None


@dataclass(frozen=True)
class InterviewFilter:
    investigation_id: int | None = None
    held_from: date | None = None
    held_to: date | None = None
    role: IntervieweeRole | None = None
    field_visit_id: int | None = None


@dataclass(frozen=True)
class InterviewRow:
    """List row: no notes text, pseudonyms only."""

    id: int
    investigation_id: int
    investigation_reference: str
    held_on: date
    mode: InterviewMode
    interviewees: tuple[str, ...]  # pseudonyms
    field_visit_id: int | None
    notes_chars: int
    attachment_count: int
    has_draft: bool
    interviewers: tuple[str, ...] = ()  # inspectors' names (not sources)


@dataclass(frozen=True)
class NotesDraft:
    text: str
    saved_at: datetime


@dataclass(frozen=True)
class InterviewDetail:
    id: int
    investigation_id: int
    investigation_reference: str
    held_on: date
    mode: InterviewMode
    interviewee_ids: tuple[int, ...]
    interviewees: tuple[str, ...]  # pseudonyms, same order as interviewee_ids
    interviewers: tuple[str, ...]
    field_visit_id: int | None
    notes: str
    notes_saved_at: datetime | None
    # A draft newer than the saved notes (an edit that was not saved, e.g. after a crash).
    draft: NotesDraft | None
    attachment_count: int
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class NotesSaved:
    interview_id: int
    saved_at: datetime
    chars: int


@dataclass(frozen=True)
class AddAttachment:
    interview_id: int
    filename: str
    data: bytes
    media_type: str = "application/octet-stream"
    kind: AttachmentKind | None = None  # guessed from media_type when omitted


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    interview_id: int
    filename: str
    media_type: str
    kind: AttachmentKind
    size: int
    created_at: datetime | None = None

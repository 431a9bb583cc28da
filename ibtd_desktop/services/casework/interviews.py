"""Interviews: record/edit, notes with crash-safe drafts, and paged lists for 10,000+ rows.

Notes editing, as the GUI uses it:
- on every debounce tick: ``save_interview_draft(id, text, uow)`` — one row upsert, no re-indexing;
- on explicit save (or leaving the page): ``save_interview_notes(id, text, uow)`` — promotes the
  text, drops the draft, updates the search index;
- on open: ``get_interview`` returns ``draft`` when an unsaved edit newer than the notes exists
  (e.g. after a crash); the GUI offers to restore it or ``discard_interview_draft``.
"""

from __future__ import annotations

from datetime import datetime

from ibtd_desktop.domain.casework.enums import InterviewMode
from ibtd_desktop.domain.casework.interviews import (
    InterviewDetail,
    InterviewFilter,
    InterviewRow,
    NotesSaved,
    RecordInterview,
    UpdateInterview,
)
from ibtd_desktop.domain.casework.validation import FieldError, check_notes, parse_date, parse_enum, require_text
from ibtd_desktop.domain.errors import NotFound
from ibtd_desktop.services.casework._tx import reads, writes
from ibtd_desktop.storage.casework import interviews as repo
from ibtd_desktop.storage.casework import investigations as investigations_repo
from ibtd_desktop.storage.casework import people as people_repo

MAX_PAGE = 2_000


def _people(uow, investigation_id: int, ids: tuple[int, ...], record: str) -> list:  # noqa: ANN001
    people = []
    for person_id in dict.fromkeys(ids):
        try:
            person = people_repo.get(uow.session, person_id)
        except NotFound:
            raise FieldError(record, "interviewees", "no such interviewee") from None
        if person.investigation_id != investigation_id:
            raise FieldError(record, "interviewees", "interviewee belongs to another investigation")
        people.append(person)
    return people


def _field_visit(uow, investigation_id: int, field_visit_id: int | None, record: str) -> None:  # noqa: ANN001
    if field_visit_id is None:
        return
    try:
        visit = people_repo.get_field_visit(uow.session, field_visit_id)
    except NotFound:
        raise FieldError(record, "field_visit", "no such field visit") from None
    if visit.investigation_id != investigation_id:
        raise FieldError(record, "field_visit", "field visit belongs to another investigation")


def _values(cmd, record: str) -> dict:  # noqa: ANN001
    return {
        "held_on": parse_date(cmd.held_on, record, "date"),
        "mode": parse_enum(InterviewMode, cmd.mode, record, "mode").value,
        "interviewers": [require_text(i, record, "interviewers", max_chars=200) for i in cmd.interviewers],
        "field_visit_id": cmd.field_visit_id,
    }


def record_interview_in(cmd: RecordInterview, uow, *, people: list | None = None,  # noqa: ANN001
                        index: bool = True) -> int:
    """Inside an open unit of work; returns the new id. Bulk callers pass resolved ``people``."""
    record = f"interview {cmd.external_key}" if cmd.external_key else "interview"
    values = _values(cmd, record)
    values["notes"] = check_notes(cmd.notes, record)
    if people is None:
        try:
            investigations_repo.get(uow.session, cmd.investigation_id)
        except NotFound:
            raise FieldError(record, "investigation", "no such investigation") from None
        people = _people(uow, cmd.investigation_id, cmd.interviewee_ids, record)
        _field_visit(uow, cmd.investigation_id, cmd.field_visit_id, record)
    values.update(investigation_id=cmd.investigation_id, external_key=cmd.external_key)
    return repo.save(uow.session, None, values, people, uow.user_id, index=index).id


@writes
def record_interview(cmd: RecordInterview, uow) -> InterviewDetail:  # noqa: ANN001
    interview_id = record_interview_in(cmd, uow)
    return repo.to_detail(uow.session, repo.get(uow.session, interview_id))


@writes
def update_interview(cmd: UpdateInterview, uow) -> InterviewDetail:  # noqa: ANN001
    interview = repo.get(uow.session, cmd.interview_id)
    record = f"interview {interview.id}"
    values = _values(cmd, record)
    people = _people(uow, interview.investigation_id, cmd.interviewee_ids, record)
    _field_visit(uow, interview.investigation_id, cmd.field_visit_id, record)
    interview = repo.save(uow.session, interview, values, people, uow.user_id)
    return repo.to_detail(uow.session, interview)


@writes
def save_interview_notes(interview_id: int, text: str, uow) -> NotesSaved:  # noqa: ANN001
    """Explicit save: the text becomes the notes; any draft is dropped; search index updated."""
    text = check_notes(text, f"interview {interview_id}")
    interview = repo.save_notes(uow.session, interview_id, text, uow.user_id)
    return NotesSaved(interview_id=interview.id, saved_at=repo.as_utc(interview.notes_saved_at), chars=len(text))


@writes
def save_interview_draft(interview_id: int, text: str, uow) -> datetime:  # noqa: ANN001
    """Debounced autosave: one row upsert in ``interview_drafts``; survives a crash."""
    text = check_notes(text, f"interview {interview_id}")
    return repo.save_draft(uow.session, interview_id, text, uow.user_id)


@writes
def discard_interview_draft(interview_id: int, uow) -> None:  # noqa: ANN001
    repo.discard_draft(uow.session, interview_id)


@reads
def get_interview(interview_id: int, uow) -> InterviewDetail:  # noqa: ANN001
    return repo.to_detail(uow.session, repo.get(uow.session, interview_id))


@writes
def delete_interview(interview_id: int, uow) -> None:  # noqa: ANN001
    repo.delete_interview(uow.session, interview_id)


def _page(offset: int, limit: int) -> None:
    if offset < 0 or limit < 0 or limit > MAX_PAGE:
        raise FieldError("interview list", "limit", f"offset >= 0 and 0 <= limit <= {MAX_PAGE}")


@reads
def list_interviews(flt: InterviewFilter, offset: int, limit: int, uow) -> list[InterviewRow]:  # noqa: ANN001
    """One page, newest first (held_on desc, id desc). Rows never carry notes or identity."""
    _page(offset, limit)
    return repo.rows_for_ids(uow.session, repo.ids(uow.session, flt, offset, limit))


@reads
def count_interviews(flt: InterviewFilter, uow) -> int:  # noqa: ANN001
    return repo.count(uow.session, flt)


@reads
def interview_ids(flt: InterviewFilter, uow) -> list[int]:  # noqa: ANN001
    """All matching ids in list order, for table models that fetch rows lazily."""
    return repo.ids(uow.session, flt)


@reads
def interview_rows(ids: list[int], uow) -> list[InterviewRow]:  # noqa: ANN001
    """Rows for ``ids`` in that order (missing ids skipped)."""
    if len(ids) > MAX_PAGE:
        raise FieldError("interview list", "ids", f"at most {MAX_PAGE} per call")
    return repo.rows_for_ids(uow.session, list(ids))

"""The database jobs behind the interview editor. Each ``*_job`` is built on the GUI thread
from values read off the widgets and returns a function that runs on the database thread.

A new interview gets its record the first time anything is stored (an autosaved draft or a
save); ``NewRecord`` remembers the id across jobs, so two queued jobs never create it twice,
and a page that was locked before the result arrived still learns the id after unlock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable

from ibtd_desktop.domain.casework.interviews import InterviewDetail, RecordInterview, UpdateInterview
from ibtd_desktop.domain.casework.investigations import InvestigationRow
from ibtd_desktop.domain.casework.people import FieldVisitRow, IntervieweeRow


class NewRecord:
    """Written on the database thread, read on the GUI thread after the job (or the lock) ran."""

    def __init__(self) -> None:
        self.id: int | None = None


@dataclass(frozen=True)
class EditorData:
    detail: InterviewDetail | None
    dossiers: list[InvestigationRow]
    interviewees: list[IntervieweeRow]
    visits: list[FieldVisitRow]


@dataclass(frozen=True)
class Saved:
    interview_id: int
    at: datetime


def load_job(gateway: Any, interview_id: int | None, dossier_id: int | None) -> Callable[[], EditorData]:
    def job() -> EditorData:
        detail = gateway.get(interview_id) if interview_id is not None else None
        dossiers = gateway.dossiers()
        chosen = detail.investigation_id if detail else dossier_id
        if chosen is None and dossiers:
            chosen = dossiers[0].id
        if chosen is None:
            return EditorData(detail, dossiers, [], [])
        return EditorData(detail, dossiers, gateway.interviewees(chosen), gateway.field_visits(chosen))

    return job


def people_job(gateway: Any, dossier_id: int) -> Callable[[], tuple[list[IntervieweeRow], list[FieldVisitRow]]]:
    return lambda: (gateway.interviewees(dossier_id), gateway.field_visits(dossier_id))


def draft_job(gateway: Any, record: NewRecord, existing_id: int | None, new_cmd: RecordInterview | None,
              text: str) -> Callable[[], Saved]:
    def job() -> Saved:
        interview_id = existing_id if existing_id is not None else _ensure_record(gateway, record, new_cmd)
        return Saved(interview_id, gateway.save_draft(interview_id, text))

    return job


def save_job(gateway: Any, record: NewRecord, existing_id: int | None, new_cmd: RecordInterview | None,
             update: Callable[[int], UpdateInterview] | None, text: str) -> Callable[[], Saved]:
    """Explicit save: metadata and notes (notes replace any draft and are indexed for search)."""

    def job() -> Saved:
        interview_id = existing_id if existing_id is not None else _ensure_record(gateway, record, new_cmd)
        if update is not None:
            gateway.update(update(interview_id))
        saved = gateway.save_notes(interview_id, text)
        return Saved(interview_id, saved.saved_at)

    return job


def _ensure_record(gateway: Any, record: NewRecord, cmd: RecordInterview | None) -> int:
    if record.id is None:
        if cmd is None:
            raise ValueError("a new interview needs its record command")
        record.id = gateway.record(cmd).id
    return record.id

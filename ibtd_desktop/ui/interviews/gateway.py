"""The case-work services the Gesprekken and search UI call, bound to one unlocked vault.

Every method does database work: call it ONLY inside a ``TaskRunner.run`` task (database
thread), never on the GUI thread. Each call opens its own unit of work. Errors are the services'
(``ValidationError``/``FieldError``, ``NotFound``, ``VaultLocked``); messages hold no content.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ibtd_desktop.domain.casework.interviews import (
    AddAttachment,
    AttachmentRow,
    InterviewDetail,
    InterviewFilter,
    InterviewRow,
    NotesSaved,
    RecordInterview,
    UpdateInterview,
)
from ibtd_desktop.domain.casework.investigations import InvestigationFilter, InvestigationRow
from ibtd_desktop.domain.casework.people import FieldVisitRow, IntervieweeRow
from ibtd_desktop.domain.casework.search import SearchHit, SearchQuery
from ibtd_desktop.services.casework import attachments, field_visits, interviewees, interviews, investigations
from ibtd_desktop.services.casework import search as search_service

PAGE_LIMIT = interviews.MAX_PAGE


class CaseworkGateway:
    def __init__(self, vault: Any) -> None:
        self._vault = vault

    # -- lists ------------------------------------------------------------------------------
    def interview_ids(self, flt: InterviewFilter) -> list[int]:
        return interviews.interview_ids(flt, self._vault.uow())

    def interview_rows(self, ids: list[int]) -> list[InterviewRow]:
        return interviews.interview_rows(ids, self._vault.uow())

    def dossiers(self) -> list[InvestigationRow]:
        return investigations.list_investigations(InvestigationFilter(), self._vault.uow())

    def interviewees(self, investigation_id: int) -> list[IntervieweeRow]:
        return interviewees.list_interviewees(investigation_id, self._vault.uow())

    def field_visits(self, investigation_id: int) -> list[FieldVisitRow]:
        return field_visits.list_field_visits(investigation_id, self._vault.uow())

    # -- one interview ----------------------------------------------------------------------
    def get(self, interview_id: int) -> InterviewDetail:
        return interviews.get_interview(interview_id, self._vault.uow())

    def record(self, cmd: RecordInterview) -> InterviewDetail:
        return interviews.record_interview(cmd, self._vault.uow())

    def update(self, cmd: UpdateInterview) -> InterviewDetail:
        return interviews.update_interview(cmd, self._vault.uow())

    def save_notes(self, interview_id: int, text: str) -> NotesSaved:
        return interviews.save_interview_notes(interview_id, text, self._vault.uow())

    def save_draft(self, interview_id: int, text: str) -> datetime:
        return interviews.save_interview_draft(interview_id, text, self._vault.uow())

    def discard_draft(self, interview_id: int) -> None:
        interviews.discard_interview_draft(interview_id, self._vault.uow())

    # -- attachments ------------------------------------------------------------------------
    def attachments(self, interview_id: int) -> list[AttachmentRow]:
        return attachments.list_attachments(interview_id, self._vault.uow())

    def add_attachment(self, cmd: AddAttachment) -> AttachmentRow:
        return attachments.add_attachment(cmd, self._vault.uow())

    def load_attachment(self, attachment_id: int) -> tuple[AttachmentRow, bytes]:
        return attachments.load_attachment(attachment_id, self._vault.uow())

    def remove_attachment(self, attachment_id: int) -> None:
        attachments.remove_attachment(attachment_id, self._vault.uow())

    # -- search -----------------------------------------------------------------------------
    def search(self, query: SearchQuery) -> list[SearchHit]:
        return search_service.search(query, self._vault.uow())

"""Field visits (werkbezoeken) of an investigation."""

from __future__ import annotations

from ibtd_desktop.domain.casework.enums import OrganisationKind
from ibtd_desktop.domain.casework.people import FieldVisitDetail, FieldVisitRow, RecordFieldVisit, UpdateFieldVisit
from ibtd_desktop.domain.errors import NotFound
from ibtd_desktop.domain.casework.validation import FieldError, parse_date, parse_enum, require_text
from ibtd_desktop.services.casework._tx import reads, writes
from ibtd_desktop.storage.casework import investigations as investigations_repo
from ibtd_desktop.storage.casework import people as repo


def _values(cmd, record: str) -> dict:  # noqa: ANN001
    return {
        "visited_on": parse_date(cmd.visited_on, record, "visited_on"),
        "organisation": require_text(cmd.organisation, record, "organisation", max_chars=300).strip(),
        "organisation_kind": parse_enum(OrganisationKind, cmd.organisation_kind, record, "organisation_kind").value,
        "place": require_text(cmd.place, record, "place", max_chars=200, required=False),
        "inspectors": [require_text(i, record, "inspectors", max_chars=200) for i in cmd.inspectors],
        "notes": require_text(cmd.notes, record, "notes", required=False),
    }


@writes
def record_field_visit(cmd: RecordFieldVisit, uow) -> FieldVisitDetail:  # noqa: ANN001
    record = f"field visit {cmd.external_key}" if cmd.external_key else "field visit"
    try:
        investigations_repo.get(uow.session, cmd.investigation_id)
    except NotFound:
        raise FieldError(record, "investigation", "no such investigation") from None
    values = _values(cmd, record)
    values.update(investigation_id=cmd.investigation_id, external_key=cmd.external_key)
    visit = repo.save_field_visit(uow.session, None, values, uow.user_id)
    return repo.field_visit_detail(uow.session, visit)


@writes
def update_field_visit(cmd: UpdateFieldVisit, uow) -> FieldVisitDetail:  # noqa: ANN001
    visit = repo.get_field_visit(uow.session, cmd.field_visit_id)
    visit = repo.save_field_visit(uow.session, visit, _values(cmd, f"field visit {visit.id}"), uow.user_id)
    return repo.field_visit_detail(uow.session, visit)


@reads
def get_field_visit(field_visit_id: int, uow) -> FieldVisitDetail:  # noqa: ANN001
    return repo.field_visit_detail(uow.session, repo.get_field_visit(uow.session, field_visit_id))


@reads
def list_field_visits(investigation_id: int, uow) -> list[FieldVisitRow]:  # noqa: ANN001
    return repo.field_visit_rows(uow.session, investigation_id)


@writes
def delete_field_visit(field_visit_id: int, uow) -> None:  # noqa: ANN001
    """The interviews held there stay (their field visit is cleared)."""
    repo.delete_field_visit(uow.session, field_visit_id)

"""Findings, recommendations (with follow-up) and the rebuttal table per investigation."""

from __future__ import annotations

from ibtd_desktop.domain.casework.enums import RecommendationStatus
from ibtd_desktop.domain.casework.findings import (
    AddFinding,
    AddRebuttalRow,
    AddRecommendation,
    FindingRow,
    RebuttalRow,
    RecommendationRow,
    UpdateRebuttalRow,
    UpdateRecommendationStatus,
)
from ibtd_desktop.domain.casework.validation import FieldError, parse_enum, require_text
from ibtd_desktop.domain.errors import NotFound
from ibtd_desktop.services.casework._tx import reads, writes
from ibtd_desktop.storage.casework import findings as repo
from ibtd_desktop.storage.casework import investigations as investigations_repo


def _investigation(uow, investigation_id: int, record: str) -> None:  # noqa: ANN001
    try:
        investigations_repo.get(uow.session, investigation_id)
    except NotFound:
        raise FieldError(record, "investigation", "no such investigation") from None


def _finding(uow, investigation_id: int, finding_id: int | None, record: str) -> None:  # noqa: ANN001
    if finding_id is None:
        return
    try:
        finding = repo.get_finding(uow.session, finding_id)
    except NotFound:
        raise FieldError(record, "finding", "no such finding") from None
    if finding.investigation_id != investigation_id:
        raise FieldError(record, "finding", "finding belongs to another investigation")


@writes
def add_finding(cmd: AddFinding, uow) -> FindingRow:  # noqa: ANN001
    _investigation(uow, cmd.investigation_id, "finding")
    return repo.add_finding(uow.session, cmd.investigation_id, require_text(cmd.text, "finding", "text"), uow.user_id)


@reads
def list_findings(investigation_id: int, uow) -> list[FindingRow]:  # noqa: ANN001
    return repo.list_findings(uow.session, investigation_id)


@writes
def add_recommendation(cmd: AddRecommendation, uow) -> RecommendationRow:  # noqa: ANN001
    record = "recommendation"
    _investigation(uow, cmd.investigation_id, record)
    _finding(uow, cmd.investigation_id, cmd.finding_id, record)
    return repo.add_recommendation(
        uow.session, cmd.investigation_id, require_text(cmd.text, record, "text"),
        require_text(cmd.addressee, record, "addressee", max_chars=200, required=False), cmd.finding_id, uow.user_id,
    )


@writes
def update_recommendation_status(cmd: UpdateRecommendationStatus, uow) -> RecommendationRow:  # noqa: ANN001
    record = f"recommendation {cmd.recommendation_id}"
    status = parse_enum(RecommendationStatus, cmd.status, record, "status")
    follow_up = require_text(cmd.follow_up, record, "follow_up", required=False)
    return repo.update_recommendation_status(uow.session, cmd.recommendation_id, status, follow_up, uow.user_id)


@reads
def list_recommendations(investigation_id: int, uow) -> list[RecommendationRow]:  # noqa: ANN001
    return repo.list_recommendations(uow.session, investigation_id)


@writes
def add_rebuttal_row(cmd: AddRebuttalRow, uow) -> RebuttalRow:  # noqa: ANN001
    record = "rebuttal row"
    _investigation(uow, cmd.investigation_id, record)
    _finding(uow, cmd.investigation_id, cmd.finding_id, record)
    return repo.add_rebuttal(
        uow.session, cmd.investigation_id, require_text(cmd.finding, record, "finding"),
        require_text(cmd.response, record, "response", required=False),
        require_text(cmd.handling, record, "handling", required=False), cmd.finding_id, uow.user_id,
    )


@writes
def update_rebuttal_row(cmd: UpdateRebuttalRow, uow) -> RebuttalRow:  # noqa: ANN001
    record = f"rebuttal row {cmd.rebuttal_id}"
    return repo.update_rebuttal(
        uow.session, cmd.rebuttal_id, require_text(cmd.finding, record, "finding"),
        require_text(cmd.response, record, "response", required=False),
        require_text(cmd.handling, record, "handling", required=False), uow.user_id,
    )


@reads
def list_rebuttal_rows(investigation_id: int, uow) -> list[RebuttalRow]:  # noqa: ANN001
    return repo.list_rebuttals(uow.session, investigation_id)

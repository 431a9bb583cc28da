"""Demo summaries: a demo reviewer and some four-eyes approved summaries in a demo vault.

Runs the real workflow (draft from notes, every safeguard, approval by a second user with
their own passphrase); interviews whose draft a safeguard refuses are simply skipped, as an
inspector would have to edit them first.
"""

from __future__ import annotations

from dataclasses import dataclass

from ibtd_desktop.domain.errors import SafeguardRefused
from ibtd_desktop.domain.summaries import SummaryKind, SummaryStatus
from ibtd_desktop.domain.users import Role
from ibtd_desktop.services.summaries import drafting, review
from ibtd_desktop.services.summaries.commands import (
    ApproveSummary,
    StartDossierSummary,
    StartInterviewSummary,
    SubmitSummary,
)
from ibtd_desktop.storage.summary_repository import SummaryRepository

DEMO_REVIEWER = "Demo Beoordelaar"
DEMO_REVIEWER_PASSPHRASE = "Vier-Ogen-Tulpenveld-Oefening-2024"  # public: demo data only


@dataclass(frozen=True)
class DemoSummaryReport:
    drafted: int
    approved: int
    refused: int
    dossier_summaries: int


def _release(vault, summary_id: int, passphrase: str) -> bool:  # noqa: ANN001
    try:
        submitted = review.submit_summary(SubmitSummary(summary_id), vault.uow()).summary
        review.approve_summary(ApproveSummary(summary_id, submitted.content_hash), vault, passphrase)
    except SafeguardRefused:
        return False
    return True


def _shareable_interviews(vault, limit: int) -> list[tuple[int, int]]:  # noqa: ANN001
    """(investigation id, interview id) of interviews whose interviewees all allow sharing."""
    found: list[tuple[int, int]] = []
    with vault.uow() as uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        for investigation_id in sorted(repo.investigation_references()):
            dossier = repo.dossier_source(investigation_id, with_texts=True)
            sharing = {p.id for p in dossier.people if p.share_summary}
            for interview in dossier.interviews:
                if interview.interviewee_ids and set(interview.interviewee_ids) <= sharing and interview.notes:
                    found.append((investigation_id, interview.id))
                    if len(found) >= limit:
                        return found
    return found


def add_demo_summaries(
    vault, reviewer_passphrase: str = DEMO_REVIEWER_PASSPHRASE, *, interviews: int = 12  # noqa: ANN001
) -> DemoSummaryReport:
    """Add the demo reviewer (if missing) and approved summaries for up to ``interviews`` interviews,
    plus a dossier summary for each investigation that got an approved interview summary."""
    if not any(u.name == DEMO_REVIEWER for u in vault.users()):
        vault.add_user(DEMO_REVIEWER, Role.REVIEWER, reviewer_passphrase)
    with vault.uow() as uow:
        done = {s.interview_id for s in SummaryRepository(uow.session, uow.user_id).list()}
    drafted = approved = refused = 0
    investigations: set[int] = set()
    for investigation_id, interview_id in _shareable_interviews(vault, interviews + len(done)):
        if interview_id in done:
            continue
        try:
            summary = drafting.start_interview_summary(StartInterviewSummary(interview_id), vault.uow()).summary
        except SafeguardRefused:
            refused += 1
            continue
        drafted += 1
        if _release(vault, summary.id, reviewer_passphrase):
            approved += 1
            investigations.add(investigation_id)
        else:
            refused += 1
    dossiers = 0
    for investigation_id in sorted(investigations):
        existing = review.list_summaries(vault.uow(), investigation_id)
        if any(s.kind is SummaryKind.DOSSIER and s.status is SummaryStatus.APPROVED for s in existing):
            continue
        main = drafting.start_dossier_summary(StartDossierSummary(investigation_id), vault.uow()).summary
        drafted += 1
        if _release(vault, main.id, reviewer_passphrase):
            dossiers += 1
        else:
            refused += 1
    return DemoSummaryReport(drafted, approved, refused, dossiers)

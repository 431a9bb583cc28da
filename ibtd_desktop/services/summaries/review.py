"""Four-eyes release: submit, withdraw, approve, return; history of versions and decisions.

A reviewer is a different vault user proving who they are with their own passphrase
(``vault.authenticate``) on the same laptop: the inspector's open session is never enough.
Approval is bound to the exact content hash the reviewer read, and recorded with the reviewer
and the time. All functions run one unit of work and return frozen rows.
"""

from __future__ import annotations

from ibtd_desktop.domain.errors import SafeguardRefused, ValidationError
from ibtd_desktop.domain.summaries import (
    AnonymisedSummary,
    ReviewDecision,
    ReviewOutcome,
    SummaryAction,
    SummaryHistory,
    check_reviewer,
    next_status,
)
from ibtd_desktop.services.summaries.commands import (
    ApproveSummary,
    ReturnSummary,
    SubmitSummary,
    SummaryResult,
    WithdrawSummary,
)
from ibtd_desktop.services.summaries.groups import small_group_warnings_for
from ibtd_desktop.services.summaries.loading import check_summary
from ibtd_desktop.storage.summary_repository import SummaryRepository


def submit_summary(cmd: SubmitSummary, uow) -> SummaryResult:  # noqa: ANN001
    """Concept -> ter beoordeling, after every safeguard passed (``SummaryRefused`` otherwise)."""
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        summary = repo.get(cmd.summary_id)
        status = next_status(summary.status, SummaryAction.SUBMIT)
        check_summary(repo, summary, "Indienen / submission")
        repo.set_status(summary.current.id, status, submitted=True)
        result = repo.get(summary.id)
        warnings = small_group_warnings_for(repo, result, cmd.small_group_k)
        uow.commit()
    return SummaryResult(result, warnings)


def withdraw_summary(cmd: WithdrawSummary, uow) -> AnonymisedSummary:  # noqa: ANN001
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        summary = repo.get(cmd.summary_id)
        status = next_status(summary.status, SummaryAction.WITHDRAW)
        repo.set_status(summary.current.id, status)
        result = repo.get(summary.id)
        uow.commit()
    return result


def _authors(repo: SummaryRepository, summary_id: int) -> set[int]:
    return {v.author_id for v in repo.versions(summary_id) if v.author_id is not None}


def approve_summary(cmd: ApproveSummary, vault, reviewer_passphrase: str) -> SummaryResult:  # noqa: ANN001
    """Ter beoordeling -> goedgekeurd by a second vault user.

    Raises ``WrongPassphrase`` (not a vault user), ``PermissionDenied`` (an author),
    ``SafeguardRefused`` (content changed since it was read, wrong status, or a safeguard).
    """
    reviewer = vault.authenticate(reviewer_passphrase)
    uow = vault.with_user(reviewer).uow()
    with uow:
        repo = SummaryRepository(uow.session, reviewer.id)
        summary = repo.get(cmd.summary_id)
        check_reviewer(reviewer.id, _authors(repo, summary.id))
        status = next_status(summary.status, SummaryAction.APPROVE)
        version = summary.current
        if not version.is_intact():
            raise SafeguardRefused("the stored summary does not match its content hash; it cannot be approved")
        if cmd.content_hash != version.content_hash:
            raise SafeguardRefused(
                "the summary changed after you read it; reload it and review the current version"
            )
        check_summary(repo, summary, "Goedkeuren / approval")
        repo.add_review(version, ReviewOutcome.APPROVED, reviewer.id, cmd.comments.strip())
        repo.set_status(version.id, status)
        result = repo.get(summary.id)
        warnings = small_group_warnings_for(repo, result, cmd.small_group_k)
        uow.commit()
    return SummaryResult(result, warnings)


def return_summary(cmd: ReturnSummary, vault, reviewer_passphrase: str) -> AnonymisedSummary:  # noqa: ANN001
    """Ter beoordeling -> teruggestuurd, with the reviewer's comments (required)."""
    if not cmd.comments.strip():
        raise ValidationError("returning a summary needs comments: say what the author must change")
    reviewer = vault.authenticate(reviewer_passphrase)
    uow = vault.with_user(reviewer).uow()
    with uow:
        repo = SummaryRepository(uow.session, reviewer.id)
        summary = repo.get(cmd.summary_id)
        check_reviewer(reviewer.id, _authors(repo, summary.id))
        status = next_status(summary.status, SummaryAction.RETURN)
        if cmd.content_hash and cmd.content_hash != summary.current.content_hash:
            raise SafeguardRefused("the summary changed after you read it; reload it first")
        repo.add_review(summary.current, ReviewOutcome.RETURNED, reviewer.id, cmd.comments.strip())
        repo.set_status(summary.current.id, status)
        result = repo.get(summary.id)
        uow.commit()
    return result


def summary_history(summary_id: int, uow) -> SummaryHistory:  # noqa: ANN001
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        return SummaryHistory(
            summary=repo.get(summary_id),
            versions=repo.versions(summary_id),
            decisions=repo.reviews(summary_id),
            detection_decisions=repo.detection_decisions(summary_id),
            clearances=repo.clearance_rows(summary_id),
        )


def list_summaries(uow, investigation_id: int | None = None) -> list[AnonymisedSummary]:  # noqa: ANN001
    with uow:
        return SummaryRepository(uow.session, uow.user_id).list(investigation_id)


def investigation_references(uow) -> dict[int, str]:  # noqa: ANN001
    with uow:
        return SummaryRepository(uow.session, uow.user_id).investigation_references()


def investigation_id_for(reference: str, uow) -> int:  # noqa: ANN001
    """``NotFound`` when no investigation has this reference."""
    with uow:
        return SummaryRepository(uow.session, uow.user_id).investigation_id_by_reference(reference)


def review_decisions(summary_id: int, uow) -> tuple[ReviewDecision, ...]:  # noqa: ANN001
    with uow:
        return SummaryRepository(uow.session, uow.user_id).reviews(summary_id)


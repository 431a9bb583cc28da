"""Who a summary is about, and the safeguard run every release step shares."""

from __future__ import annotations

from dataclasses import dataclass

from ibtd_desktop.domain.summaries import AnonymisedSummary, SummaryKind
from ibtd_desktop.domain.summary_sources import DossierSource, SourcePerson
from ibtd_desktop.services.summaries import safeguards
from ibtd_desktop.storage.summary_repository import SummaryRepository


@dataclass(frozen=True)
class SummaryContext:
    summary: AnonymisedSummary
    dossier: DossierSource  # without note/signal texts (with_texts=False)
    subjects: tuple[SourcePerson, ...]  # consent, quotes and agreements apply to these
    everyone: tuple[SourcePerson, ...]  # every interviewee of the dossier


def load_context(
    repo: SummaryRepository, summary: AnonymisedSummary, dossier: DossierSource | None = None
) -> SummaryContext:
    """``dossier``: pass it when checking many summaries of one investigation (loaded once)."""
    if dossier is None or dossier.id != summary.investigation_id:
        dossier = repo.dossier_source(summary.investigation_id, with_texts=False)
    if summary.kind is SummaryKind.INTERVIEW and summary.interview_id is not None:
        ids = repo.interview_source(summary.interview_id).interviewee_ids
        subjects = tuple(dossier.person(i) for i in ids)
    else:
        # A dossier summary speaks for those who agreed to sharing; anyone else is caught by
        # the pseudonym check and the identity block.
        subjects = tuple(p for p in dossier.people if p.share_summary)
    return SummaryContext(summary, dossier, subjects, dossier.people)


def check_summary(
    repo: SummaryRepository, summary: AnonymisedSummary, action: str, dossier: DossierSource | None = None
) -> safeguards.ResidualReport:
    """Every safeguard on the summary's current text; ``SummaryRefused`` if any fails."""
    ctx = load_context(repo, summary, dossier)
    return safeguards.check_release(
        action,
        summary.current.text,
        list(ctx.subjects),
        list(ctx.everyone),
        clearances=repo.clearances(summary.id),
        quote_approvals=repo.quote_approvals(summary.id),
        allowed=(ctx.dossier.reference,),
        title=summary.title,
    )

"""Drafting summaries, and what an editor needs around a draft.

A draft starts from the notes with every detection already applied (interviewees -> their
dossier pseudonym, other personal data -> placeholders or generalised values per the anonymity
agreement). The editor can list the detections on the original, accept / undo (with a recorded
reason) / mark extra text, rebuild the draft from those decisions, and run the residual scan as
the inspector types (``residual_scanner`` loads the context once; each call is pure).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ibtd_desktop import anonymisation as anon
from ibtd_desktop.domain.errors import SafeguardRefused, ValidationError
from ibtd_desktop.domain.summaries import (
    AnonymisedSummary,
    DetectionDecision,
    DetectionDecisionKind,
    SummaryAttributes,
    SummaryKind,
    SummaryStatus,
    edit_creates_new_version,
)
from ibtd_desktop.services.summaries import detection, safeguards
from ibtd_desktop.services.summaries.commands import (
    ClearResidualHit,
    EditSummary,
    RecordDetectionDecision,
    RecordQuoteApproval,
    RedraftSummary,
    StartDossierSummary,
    StartInterviewSummary,
    SummaryResult,
)
from ibtd_desktop.services.summaries.dossier_text import compose_dossier_text
from ibtd_desktop.services.summaries.identity_block import find_identity_leaks
from ibtd_desktop.services.summaries.loading import load_context
from ibtd_desktop.services.summaries.quotes import extract_quotes, quotes_hash
from ibtd_desktop.storage.summary_repository import SummaryRepository

MAX_TITLE = 300


@dataclass(frozen=True)
class DetectionItem:
    """One detection on the original notes, with the inspector's decision (if any)."""

    start: int
    end: int
    label: str
    source: str
    confidence: float
    decision: DetectionDecisionKind | None = None
    reason: str = ""


@dataclass(frozen=True)
class DetectionListing:
    original: str  # the confidential notes: for the editor's side-by-side view only
    detections: tuple[DetectionItem, ...]
    extras: tuple[DetectionDecision, ...]  # text marked for redaction by the inspector


def _title(title: str, default: str) -> str:
    title = " ".join(title.split()) or default
    if len(title) > MAX_TITLE:
        raise ValidationError(f"summary title: at most {MAX_TITLE} characters")
    return title


def start_interview_summary(cmd: StartInterviewSummary, uow) -> SummaryResult:  # noqa: ANN001
    """A concept for one interview; refused when an interviewee's consent does not allow sharing."""
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        interview = repo.interview_source(cmd.interview_id)
        dossier = repo.dossier_source(interview.investigation_id, with_texts=False)
        subjects = [dossier.person(i) for i in interview.interviewee_ids]
        if not subjects:
            raise ValidationError("this interview has no interviewee: link the interviewee before drafting")
        problems = safeguards.consent_problems(subjects)
        if problems:
            raise safeguards.SummaryRefused("Samenvatting starten / starting a summary", problems)
        spans = detection.detect_in_original(interview.notes, dossier.people)
        text = detection.apply_redactions(interview.notes, spans, subjects, dossier.people)
        attributes = cmd.attributes
        if attributes == SummaryAttributes():
            attributes = SummaryAttributes(
                role=subjects[0].role if len(subjects) == 1 else None, year=interview.held_on.year
            )
        summary = repo.add(
            investigation_id=interview.investigation_id,
            interview_id=interview.id,
            kind=SummaryKind.INTERVIEW,
            title=_title(cmd.title, "Gesprek met " + ", ".join(p.pseudonym for p in subjects)),
            text=text,
            attributes=attributes,
        )
        uow.commit()
    return SummaryResult(summary)


def start_dossier_summary(cmd: StartDossierSummary, uow) -> SummaryResult:  # noqa: ANN001
    """A concept for a whole investigation from its shareable interviews, signals and findings."""
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        dossier = repo.dossier_source(cmd.investigation_id)
        approved = {
            s.interview_id: s.current.text
            for s in repo.list(dossier.id)
            if s.kind is SummaryKind.INTERVIEW and s.status is SummaryStatus.APPROVED
        }
        text = compose_dossier_text(dossier, approved)
        summary = repo.add(
            investigation_id=dossier.id,
            interview_id=None,
            kind=SummaryKind.DOSSIER,
            title=_title(cmd.title, f"Dossiersamenvatting {dossier.reference}"),
            text=text,
            attributes=cmd.attributes,
        )
        uow.commit()
    return SummaryResult(summary)


def _save_text(repo: SummaryRepository, summary: AnonymisedSummary, text: str, attributes: SummaryAttributes) -> AnonymisedSummary:
    if not text.strip():
        raise ValidationError("a summary cannot be empty")
    current = summary.current
    if text == current.text and attributes == current.attributes:
        return summary
    new_version = edit_creates_new_version(current.status) or current.author_id != repo.user_id
    if new_version:
        # Approved versions are immutable; another user's edit is a version of its own so the
        # four-eyes rule knows every author.
        repo.add_version(summary.id, text, attributes)
    else:
        repo.update_draft(current.id, text, attributes)
    return repo.get(summary.id)


def edit_summary(cmd: EditSummary, uow) -> SummaryResult:  # noqa: ANN001
    """Change text/attributes; an approved or returned summary gets a new concept version."""
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        summary = repo.get(cmd.summary_id)
        attributes = cmd.attributes if cmd.attributes is not None else summary.current.attributes
        result = _save_text(repo, summary, cmd.text, attributes)
        uow.commit()
    return SummaryResult(result)


def _interview_original(repo: SummaryRepository, summary: AnonymisedSummary):  # noqa: ANN202
    if summary.kind is not SummaryKind.INTERVIEW or summary.interview_id is None:
        raise ValidationError("detections are listed for interview summaries; edit a dossier summary's text directly")
    return repo.interview_source(summary.interview_id)


def list_detections(summary_id: int, uow) -> DetectionListing:  # noqa: ANN001
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        summary = repo.get(summary_id)
        interview = _interview_original(repo, summary)
        people = repo.dossier_source(summary.investigation_id, with_texts=False).people
        decisions = repo.detection_decisions(summary_id)
    latest: dict[tuple[int, int, str], DetectionDecision] = {}
    for d in decisions:
        latest[(d.start, d.end, d.label)] = d  # the last decision on a span counts
    items = []
    for s in detection.detect_in_original(interview.notes, people):
        d = latest.get((s.start, s.end, s.label))
        items.append(DetectionItem(
            s.start, s.end, s.label, s.source, s.confidence,
            d.kind if d else None, d.reason if d else "",
        ))
    extras = tuple(d for d in latest.values() if d.kind is DetectionDecisionKind.EXTRA)
    return DetectionListing(interview.notes, tuple(items), extras)


def record_detection_decision(cmd: RecordDetectionDecision, uow) -> DetectionDecision:  # noqa: ANN001
    """Accept, undo (reason required, recorded) or mark extra text; then ``redraft_summary``."""
    decision = DetectionDecision(cmd.start, cmd.end, cmd.label.strip().upper(), cmd.kind, cmd.reason.strip())
    if decision.label not in (*anon.LABELS, detection.GENERIC_LABEL):
        raise ValidationError(
            "detection decision: unknown label (choose one of "
            + ", ".join((*anon.LABELS, detection.GENERIC_LABEL)) + ")"
        )
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        summary = repo.get(cmd.summary_id)
        interview = _interview_original(repo, summary)
        if decision.end > len(interview.notes):
            raise ValidationError("detection decision: span lies outside the notes")
        saved = repo.add_detection_decision(summary.id, decision)
        uow.commit()
    return saved


def redraft_summary(cmd: RedraftSummary, uow) -> SummaryResult:  # noqa: ANN001
    """Rebuild the text from the notes with the recorded decisions (replaces manual edits)."""
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        summary = repo.get(cmd.summary_id)
        interview = _interview_original(repo, summary)
        ctx = load_context(repo, summary)
        latest: dict[tuple[int, int, str], DetectionDecision] = {}
        for d in repo.detection_decisions(summary.id):
            latest[(d.start, d.end, d.label)] = d
        spans = [
            s for s in detection.detect_in_original(interview.notes, ctx.everyone)
            if not (
                (d := latest.get((s.start, s.end, s.label))) and d.kind is DetectionDecisionKind.UNDONE
            )
        ]
        for d in latest.values():
            if d.end > len(interview.notes):
                continue  # the notes were shortened since: this decision no longer points anywhere
            if d.kind is DetectionDecisionKind.EXTRA and not any(s.start < d.end and d.start < s.end for s in spans):
                spans.append(detection.inspector_span(d.start, d.end, d.label))
        text = detection.apply_redactions(interview.notes, spans, ctx.subjects, ctx.everyone)
        result = _save_text(repo, summary, text, summary.current.attributes)
        uow.commit()
    return SummaryResult(result)


def residual_scanner(summary_id: int, uow) -> Callable[[str], safeguards.ResidualReport]:  # noqa: ANN001
    """Load the context once; the returned function scans a text (pure, safe on any thread)."""
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        ctx = load_context(repo, repo.get(summary_id))
        clearances = repo.clearances(summary_id)
    people = list(ctx.everyone)
    allowed = (ctx.dossier.reference,)
    return lambda text: safeguards.residual_scan(text, people, clearances, allowed=allowed)


def clear_residual_hit(cmd: ClearResidualHit, uow) -> None:  # noqa: ANN001
    """Record that a residual detection is not personal data. Identity values cannot be cleared."""
    if not cmd.reason.strip():
        raise ValidationError("clearing a detection needs a reason (it is shown to the reviewer)")
    if not cmd.fragment.strip() or not cmd.label.strip():
        raise ValidationError("clearing a detection needs its label and text")
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        summary = repo.get(cmd.summary_id)
        ctx = load_context(repo, summary)
        if find_identity_leaks(cmd.fragment, ctx.everyone):
            raise SafeguardRefused(
                "this is a real identity value of an interviewee: it can never be cleared; "
                "replace it by the pseudonym or a placeholder"
            )
        repo.add_clearance(summary.id, cmd.label.strip().upper(), cmd.fragment, cmd.reason.strip())
        uow.commit()


def record_quote_approval(cmd: RecordQuoteApproval, uow) -> None:  # noqa: ANN001
    """The source approved the current quotes; binds to their hash (changed quotes: ask again)."""
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        summary = repo.get(cmd.summary_id)
        ctx = load_context(repo, summary)
        if cmd.interviewee_id not in {p.id for p in ctx.subjects}:
            raise ValidationError("quote approval: this interviewee is not a subject of the summary")
        quotes = extract_quotes(summary.current.text)
        if not quotes:
            raise ValidationError("quote approval: the summary contains no quotes")
        repo.add_quote_approval(summary.id, cmd.interviewee_id, quotes_hash(quotes), cmd.approved_on, cmd.note.strip())
        uow.commit()

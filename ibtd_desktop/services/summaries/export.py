"""Export: only approved, clean summaries leave the device (PDF and JSON).

Before anything is written the safeguards run again on every text that goes out (consent may
have been withdrawn since approval; the identity table may have grown), and the approval must
carry the exact content hash of the version. Anything not approved or not clean is refused with
``SummaryRefused``; nothing is written then.
"""

from __future__ import annotations

import secrets
from datetime import date

from ibtd_desktop.domain.casework.enums import LABELS_NL, Domain, IntervieweeRole, RecommendationStatus
from ibtd_desktop.domain.export_documents import (
    ExportDocument,
    ExportedSummary,
    FindingRow,
    RebuttalRow,
    RecommendationRow,
    content_fingerprint,
)
from ibtd_desktop.domain.summaries import (
    AnonymisedSummary,
    ReviewOutcome,
    SummaryKind,
    SummaryStatus,
    approval_is_valid,
)
from ibtd_desktop.export import json_export, pdf
from ibtd_desktop.export.files import write_export
from ibtd_desktop.services.summaries import safeguards
from ibtd_desktop.services.summaries.commands import ExportDossier, ExportResult, ExportSummary
from ibtd_desktop.services.summaries.identity_block import find_identity_leaks
from ibtd_desktop.services.summaries.loading import check_summary, load_context
from ibtd_desktop.storage.summary_repository import SummaryRepository

_ACTION = "Export"


def new_export_id(today: date) -> str:
    return f"IBTD-{today:%Y%m%d}-{secrets.token_hex(3).upper()}"


_CODED_ATTRIBUTES = {"role": IntervieweeRole, "domain": Domain}


def _display(key: str, value: object) -> str:
    """Codes become their Dutch label ("affected_parent" -> "gedupeerde ouder")."""
    kind = _CODED_ATTRIBUTES.get(key)
    if kind is not None:
        try:
            return LABELS_NL[kind.parse(value)]
        except (ValueError, KeyError):
            pass
    return str(value)


def _exported(repo: SummaryRepository, summary: AnonymisedSummary, subject: str, dossier=None) -> ExportedSummary:  # noqa: ANN001
    """The approved summary as it leaves the device; ``SummaryRefused`` if it may not."""
    version = summary.current
    decisions = repo.reviews(summary.id)
    if summary.status is not SummaryStatus.APPROVED:
        raise safeguards.SummaryRefused(_ACTION, [safeguards.Problem(
            "approval",
            f"summary {summary.id} is {summary.status.label_nl} (version {version.number}): "
            "only an approved summary can be exported; submit it and have it approved",
        )])
    if not approval_is_valid(version, decisions):
        raise safeguards.SummaryRefused(_ACTION, [safeguards.Problem(
            "approval",
            f"summary {summary.id}: the approval does not match the stored content; have it approved again",
        )])
    check_summary(repo, summary, _ACTION, dossier)
    approval = max(
        (d for d in decisions if d.version_id == version.id and d.outcome is ReviewOutcome.APPROVED),
        key=lambda d: d.decided_at,
    )
    attributes = {k: _display(k, v) for k, v in version.attributes.as_dict().items() if v is not None}
    return ExportedSummary(
        title=summary.title,
        subject_label=subject,
        kind=summary.kind.value,
        paragraphs=tuple(p.strip() for p in version.text.split("\n\n") if p.strip()),
        attributes=attributes,
        version=version.number,
        content_hash=version.content_hash,
        approved_by_role=repo.user_role(approval.reviewer_id) or "reviewer",
        approved_on=approval.decided_at.date(),
    )


def _subject(repo: SummaryRepository, summary: AnonymisedSummary, dossier=None) -> str:  # noqa: ANN001
    if summary.kind is SummaryKind.DOSSIER:
        return "Dossier"
    return ", ".join(p.pseudonym for p in load_context(repo, summary, dossier).subjects)


def build_summary_export(summary_id: int, uow) -> ExportedSummary:  # noqa: ANN001
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        summary = repo.get(summary_id)
        return _exported(repo, summary, _subject(repo, summary))


def build_dossier_document(investigation_id: int, uow, *, today: date | None = None, export_id: str | None = None) -> ExportDocument:  # noqa: ANN001
    """Dossier summary + approved interview summaries + appendices, all checked again.

    Interview summaries whose current version is not approved are left out (an edited summary
    waits for its new approval); the dossier summary itself must be approved.
    """
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        document, _, _ = _dossier_document(repo, investigation_id, today or date.today(), export_id)
    return document


def _dossier_document(repo: SummaryRepository, investigation_id: int, today: date, export_id: str | None):  # noqa: ANN202
    dossier = repo.dossier_source(investigation_id, with_texts=False)
    summaries = repo.list(investigation_id)
    dossier_summaries = [s for s in summaries if s.kind is SummaryKind.DOSSIER]
    if not dossier_summaries:
        raise safeguards.SummaryRefused(_ACTION, [safeguards.Problem(
            "approval", "this investigation has no dossier summary: draft one and have it approved",
        )])
    main_summary = dossier_summaries[-1]
    main = _exported(repo, main_summary, "Dossier", dossier)
    included = [s for s in summaries if s.kind is SummaryKind.INTERVIEW and s.status is SummaryStatus.APPROVED]
    interviews = tuple(_exported(repo, s, _subject(repo, s, dossier), dossier) for s in included)
    _check_appendices(dossier, repo.clearances(main_summary.id))
    document = ExportDocument(
        export_id=export_id or new_export_id(today),
        title=f"Dossier {dossier.reference}",
        investigation_ref=dossier.reference,
        released_on=today,
        dossier_summary=main,
        summaries=interviews,
        findings=tuple(FindingRow(f"B{n}", text) for n, text in dossier.findings),
        recommendations=tuple(
            RecommendationRow(f"A{n}", text, _status_label(status)) for n, text, status in dossier.recommendations
        ),
        rebuttal_rows=tuple(RebuttalRow(*row) for row in dossier.rebuttal_rows),
    )
    return document, (main_summary.id, *(s.id for s in included)), dossier.people


def _status_label(code: str) -> str:
    try:
        return LABELS_NL.get(RecommendationStatus.parse(code), code)
    except ValueError:
        return code


def _check_appendices(dossier, clearances) -> None:  # noqa: ANN001
    """Findings and the rebuttal table are not four-eyes reviewed summaries: scan them too.

    A false alarm is cleared on the dossier summary (its clearances apply to the appendices).
    """
    problems = []
    texts = [(f"finding B{n}", t) for n, t in dossier.findings]
    texts += [(f"recommendation A{n}", t) for n, t, _ in dossier.recommendations]
    for i, row in enumerate(dossier.rebuttal_rows, 1):
        texts += [(f"rebuttal row {i} ({column})", cell) for column, cell in zip(("finding", "response", "handling"), row)]
    for where, text in texts:
        report = safeguards.residual_scan(text, dossier.people, clearances, allowed=(dossier.reference,))
        problems += [
            safeguards.Problem(p.code, f"{where}, {p.message}") for p in safeguards.residual_problems(report)
        ]
    if problems:
        raise safeguards.SummaryRefused(_ACTION, problems)


def _final_check(data: bytes, people) -> None:  # noqa: ANN001
    # Defence in depth: whatever the renderers did, no identity value may be in the bytes.
    if find_identity_leaks(data.decode("utf-8"), people):
        raise safeguards.SummaryRefused(_ACTION, [safeguards.Problem(
            "identity", "an identity value of an interviewee reached the export; nothing was written",
        )])


def export_summary(cmd: ExportSummary, uow, *, today: date | None = None) -> ExportResult:  # noqa: ANN001
    """PDF and/or JSON of one approved summary. Blocking I/O: run it on a worker thread."""
    today = today or date.today()
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        summary = repo.get(cmd.summary_id)
        exported = _exported(repo, summary, _subject(repo, summary))
        people = repo.dossier_source(summary.investigation_id, with_texts=False).people
    export_id = new_export_id(today)
    json_bytes = json_export.render_json(exported, export_id=export_id, released_on=today)
    _final_check(json_bytes, people)
    pdf_path = write_export(cmd.pdf_path, pdf.render_summary_pdf(exported, export_id, today)) if cmd.pdf_path else None
    json_path = write_export(cmd.json_path, json_bytes) if cmd.json_path else None
    return ExportResult(pdf_path, json_path, (summary.id,), content_fingerprint(exported), export_id)


def export_dossier(cmd: ExportDossier, uow, *, today: date | None = None) -> ExportResult:  # noqa: ANN001
    """PDF and/or JSON of a dossier. Blocking I/O: run it on a worker thread."""
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        document, ids, people = _dossier_document(repo, cmd.investigation_id, today or date.today(), None)
    json_bytes = json_export.render_json(document)
    _final_check(json_bytes, people)
    pdf_path = write_export(cmd.pdf_path, pdf.render_dossier_pdf(document)) if cmd.pdf_path else None
    json_path = write_export(cmd.json_path, json_bytes) if cmd.json_path else None
    return ExportResult(pdf_path, json_path, ids, content_fingerprint(document), document.export_id)

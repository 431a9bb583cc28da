"""What the editor runs on the database thread: frozen bundles in, frozen results out.

Each function takes the vault and opens fresh units of work through the summary services; none
touches a widget (they run on the TaskRunner's database thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ibtd_desktop.domain.summaries import AnonymisedSummary, DetectionDecisionKind, SummaryAttributes, SummaryKind
from ibtd_desktop.services.summaries import drafting, review, ui_queries
from ibtd_desktop.services.summaries.commands import (
    EditSummary,
    RecordDetectionDecision,
    RedraftSummary,
    SmallGroupWarning,
    SubmitSummary,
    WithdrawSummary,
)
from ibtd_desktop.services.summaries.drafting import DetectionItem, DetectionListing

EXTRA_LABEL = "EXTRA"
EXTRA_PLACEHOLDER = "[ANONIEM]"


@dataclass(frozen=True)
class EditorData:
    summary: AnonymisedSummary
    listing: DetectionListing | None  # None for a dossier summary (no notes behind it)
    history: list[ui_queries.HistoryRow]
    warnings: tuple[SmallGroupWarning, ...]


def load_editor(vault: Any, summary_id: int) -> EditorData:
    summary = review.summary_history(summary_id, vault.uow()).summary
    listing = drafting.list_detections(summary_id, vault.uow()) if summary.kind is SummaryKind.INTERVIEW else None
    return EditorData(
        summary, listing, ui_queries.history_rows(summary_id, vault.uow()),
        ui_queries.small_group_warnings(summary_id, summary.current.attributes, vault.uow()),
    )


def save_draft(vault: Any, summary_id: int, text: str, attributes: SummaryAttributes) -> EditorData:
    drafting.edit_summary(EditSummary(summary_id, text, attributes), vault.uow())
    return load_editor(vault, summary_id)


def submit(vault: Any, summary_id: int, text: str | None, attributes: SummaryAttributes | None) -> EditorData:
    """Save unsaved edits (``text`` not None), then submit; ``SummaryRefused`` says what to fix."""
    if text is not None:
        drafting.edit_summary(EditSummary(summary_id, text, attributes), vault.uow())
    result = review.submit_summary(SubmitSummary(summary_id), vault.uow())
    data = load_editor(vault, summary_id)
    return EditorData(data.summary, data.listing, data.history, result.warnings or data.warnings)


def withdraw(vault: Any, summary_id: int) -> EditorData:
    review.withdraw_summary(WithdrawSummary(summary_id), vault.uow())
    return load_editor(vault, summary_id)


def accept_detection(vault: Any, summary_id: int, item: DetectionItem) -> EditorData:
    drafting.record_detection_decision(
        RecordDetectionDecision(summary_id, item.start, item.end, item.label, DetectionDecisionKind.ACCEPTED),
        vault.uow(),
    )
    return load_editor(vault, summary_id)


def undo_detection(vault: Any, summary_id: int, item: DetectionItem, reason: str) -> EditorData:
    """Record the undo with its reason and rebuild the concept from the notes."""
    drafting.record_detection_decision(
        RecordDetectionDecision(summary_id, item.start, item.end, item.label, DetectionDecisionKind.UNDONE, reason),
        vault.uow(),
    )
    drafting.redraft_summary(RedraftSummary(summary_id), vault.uow())
    return load_editor(vault, summary_id)


def mark_extra(vault: Any, summary_id: int, spans: list[tuple[int, int]], text: str,
               attributes: SummaryAttributes) -> EditorData:
    """Record the marked text's places in the notes (for the reviewer), then save the edited draft.

    The draft itself was edited in place (the selection replaced by a placeholder) so the
    inspector's other edits stay; a later redraft applies the recorded spans as well.
    """
    for start, end in spans:
        drafting.record_detection_decision(
            RecordDetectionDecision(summary_id, start, end, EXTRA_LABEL, DetectionDecisionKind.EXTRA), vault.uow()
        )
    drafting.edit_summary(EditSummary(summary_id, text, attributes), vault.uow())
    return load_editor(vault, summary_id)


def occurrences(original: str, fragment: str) -> list[tuple[int, int]]:
    """Every place ``fragment`` occurs in the original notes (case-sensitive, as selected)."""
    found, start = [], original.find(fragment) if fragment else -1
    while start >= 0:
        found.append((start, start + len(fragment)))
        start = original.find(fragment, start + len(fragment))
    return found

"""Read-only views the summaries and outgoing pages list (no texts, no identity fields).

The summary list needs, per summary, the dossier reference, the subjects' pseudonyms and the
role of the current version's author; ``review.list_summaries`` returns the bare summaries.
One unit of work, frozen rows out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ibtd_desktop.domain.summaries import SummaryAttributes, SummaryKind, SummaryStatus
from ibtd_desktop.services.summaries import groups
from ibtd_desktop.storage.summary_repository import SummaryRepository


@dataclass(frozen=True)
class SummaryListRow:
    id: int
    investigation_id: int
    reference: str  # the dossier's reference
    interview_id: int | None
    kind: SummaryKind
    title: str
    subjects: tuple[str, ...]  # pseudonyms only
    version: int
    status: SummaryStatus
    author_role: str  # "inspector" | "reviewer" | ""
    content_hash: str
    updated_at: datetime


def list_summary_rows(uow, investigation_id: int | None = None) -> list[SummaryListRow]:  # noqa: ANN001
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        summaries = repo.list(investigation_id)
        references = repo.investigation_references()
        pseudonyms: dict[int, dict[int, str]] = {}
        roles: dict[int, str] = {}
        rows = []
        for s in summaries:
            subjects: tuple[str, ...] = ()
            if s.kind is SummaryKind.INTERVIEW and s.interview_id is not None:
                if s.investigation_id not in pseudonyms:
                    people = repo.dossier_source(s.investigation_id, with_texts=False).people
                    pseudonyms[s.investigation_id] = {p.id: p.pseudonym for p in people}
                ids = repo.interview_source(s.interview_id).interviewee_ids
                subjects = tuple(pseudonyms[s.investigation_id].get(i, "") for i in ids)
            author = s.current.author_id
            if author is not None and author not in roles:
                roles[author] = repo.user_role(author)
            rows.append(SummaryListRow(
                id=s.id, investigation_id=s.investigation_id, reference=references.get(s.investigation_id, ""),
                interview_id=s.interview_id, kind=s.kind, title=s.title, subjects=subjects,
                version=s.current.number, status=s.status, author_role=roles.get(author, "") if author else "",
                content_hash=s.content_hash, updated_at=s.current.created_at,
            ))
    return rows


def outgoing_rows(uow) -> list[SummaryListRow]:  # noqa: ANN001
    """Summaries whose current version is approved (a dossier row stands for the dossier export)."""
    return [r for r in list_summary_rows(uow) if r.status is SummaryStatus.APPROVED]


@dataclass(frozen=True)
class HistoryRow:
    """One event in a summary's life, for the history panel and the reviewer.

    Versions written/submitted, review decisions, the inspector's detection decisions (with the
    reason of an undo) and cleared scan hits (no time is stored for those: ``when`` is None).
    """

    id: int
    when: datetime | None
    version: int
    event: str  # created | submitted | approved | returned | accepted | undone | extra | cleared
    who: str  # a vault user's name (inspectors and reviewers, never sources)
    comments: str = ""
    label: str = ""  # the detection label of a detection decision or clearance


def history_rows(summary_id: int, uow) -> list[HistoryRow]:  # noqa: ANN001
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        names = repo.user_names()
        versions = repo.versions(summary_id)
        decisions = repo.reviews(summary_id)
        detections = repo.detection_decisions(summary_id)
        clearances = repo.clearances(summary_id)
    numbers = {v.id: v.number for v in versions}
    events: list[tuple] = []
    for v in versions:
        author = names.get(v.author_id, "") if v.author_id is not None else ""
        events.append((v.created_at, v.number, "created", author, "", ""))
        if v.submitted_at is not None:
            events.append((v.submitted_at, v.number, "submitted", author, "", ""))
    for d in decisions:
        events.append((d.decided_at, numbers.get(d.version_id, 0), d.outcome.value, d.reviewer_name, d.comments, ""))
    for d in detections:
        when = d.decided_at
        number = max((v.number for v in versions if when is None or v.created_at <= when), default=0)
        events.append((when, number, d.kind.value, names.get(d.decided_by, "") if d.decided_by else "", d.reason, d.label))
    events.sort(key=lambda e: (e[0] is None, e[0] or datetime.min, e[1]))
    latest = versions[-1].number if versions else 0
    for label, fragment, reason in clearances:
        events.append((None, latest, "cleared", "", f"“{fragment}”: {reason}", label))
    return [HistoryRow(i, *e) for i, e in enumerate(events, 1)]


def small_group_warnings(summary_id: int, attributes: SummaryAttributes, uow):  # noqa: ANN001, ANN201
    """The small-group check for these (possibly unsaved) attributes of an interview summary."""
    with uow:
        repo = SummaryRepository(uow.session, uow.user_id)
        summary = repo.get(summary_id)
        if summary.kind is not SummaryKind.INTERVIEW:
            return ()
        others = [
            s.current.attributes
            for s in repo.list(summary.investigation_id)
            if s.kind is SummaryKind.INTERVIEW and s.status is SummaryStatus.APPROVED and s.id != summary.id
        ]
    return groups.small_group_warnings([*others, attributes], attributes)

"""Display titles for search hits (built at query time, so renames never leave stale titles)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ibtd_desktop.domain.casework.search import HitKind, SearchHit, SearchQuery
from ibtd_desktop.storage import search_index
from ibtd_desktop.storage.orm.casework import FieldVisit, Interview, Interviewee, Investigation, Signal, interview_interviewees

SEP = " · "


def _titles(session: Session, wanted: dict[HitKind, list[int]]) -> dict[tuple[HitKind, int], str]:
    titles: dict[tuple[HitKind, int], str] = {}
    if ids := wanted.get(HitKind.INVESTIGATION):
        for i, ref, title in session.execute(
            select(Investigation.id, Investigation.reference, Investigation.title).where(Investigation.id.in_(ids))
        ):
            titles[(HitKind.INVESTIGATION, i)] = f"{ref}{SEP}{title}"
    if ids := wanted.get(HitKind.SIGNAL):
        for i, on, channel, ref in session.execute(
            select(Signal.id, Signal.received_on, Signal.channel, Investigation.reference)
            .outerjoin(Investigation, Investigation.id == Signal.investigation_id).where(Signal.id.in_(ids))
        ):
            titles[(HitKind.SIGNAL, i)] = SEP.join(x for x in (ref, f"Signaal {on.isoformat()}", channel) if x)
    if ids := wanted.get(HitKind.INTERVIEW):
        people: dict[int, list[str]] = defaultdict(list)
        for iid, pseudonym in session.execute(
            select(interview_interviewees.c.interview_id, Interviewee.pseudonym)
            .join(Interviewee, Interviewee.id == interview_interviewees.c.interviewee_id)
            .where(interview_interviewees.c.interview_id.in_(ids)).order_by(Interviewee.id)
        ):
            people[iid].append(pseudonym)
        for i, on, ref in session.execute(
            select(Interview.id, Interview.held_on, Investigation.reference)
            .join(Investigation, Investigation.id == Interview.investigation_id).where(Interview.id.in_(ids))
        ):
            names = ", ".join(people.get(i, ()))
            titles[(HitKind.INTERVIEW, i)] = SEP.join(x for x in (ref, f"Gesprek {on.isoformat()}", names) if x)
    if ids := wanted.get(HitKind.FIELD_VISIT):
        for i, on, org, ref in session.execute(
            select(FieldVisit.id, FieldVisit.visited_on, FieldVisit.organisation, Investigation.reference)
            .join(Investigation, Investigation.id == FieldVisit.investigation_id).where(FieldVisit.id.in_(ids))
        ):
            titles[(HitKind.FIELD_VISIT, i)] = SEP.join((ref, f"Werkbezoek {on.isoformat()}", org))
    return titles


def search(session: Session, query: SearchQuery) -> list[SearchHit]:
    raw = search_index.query(session, query)
    wanted: dict[HitKind, list[int]] = defaultdict(list)
    for hit in raw:
        wanted[hit.kind].append(hit.record_id)
    titles = _titles(session, wanted)
    return [
        SearchHit(kind=h.kind, record_id=h.record_id, investigation_id=h.investigation_id,
                  title=titles.get((h.kind, h.record_id), ""), snippet=h.snippet, on=h.on, rank=h.rank)
        for h in raw
        if (h.kind, h.record_id) in titles  # an index entry whose record is gone is skipped
    ]


"""Rebuild the FTS index from the records (after a bulk load, or to repair it)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ibtd_desktop.storage import search_index
from ibtd_desktop.storage.casework import interviews, investigations, people, signals
from ibtd_desktop.storage.orm.casework import FieldVisit, Interview, Interviewee, Investigation, Signal, interview_interviewees

BATCH = 2_000


def _interview_entries(session: Session) -> list[search_index.IndexEntry]:
    people_of: dict[int, list] = defaultdict(list)
    for iid, person in session.execute(
        select(interview_interviewees.c.interview_id, Interviewee)
        .join(Interviewee, Interviewee.id == interview_interviewees.c.interviewee_id).order_by(Interviewee.id)
    ):
        people_of[iid].append(person)
    return [interviews.index_entry(i, people_of.get(i.id, [])) for i in session.scalars(select(Interview))]


def rebuild(session: Session) -> int:
    session.execute(text(f"DELETE FROM {search_index.FTS_TABLE}"))
    entries = [investigations.index_entry(i) for i in session.scalars(select(Investigation))]
    entries += [signals.index_entry(s) for s in session.scalars(select(Signal))]
    entries += [people.field_visit_entry(v) for v in session.scalars(select(FieldVisit))]
    entries += _interview_entries(session)
    for start in range(0, len(entries), BATCH):
        search_index.put(session, entries[start:start + BATCH])
    return len(entries)


def index_interviews(session: Session, interview_ids: list[int]) -> None:
    """Index many interviews at once (bulk loaders add them with ``index=False``)."""
    if not interview_ids:
        return
    wanted = set(interview_ids)
    people_of: dict[int, list] = defaultdict(list)
    for start in range(0, len(interview_ids), BATCH):
        chunk = interview_ids[start:start + BATCH]
        for iid, person in session.execute(
            select(interview_interviewees.c.interview_id, Interviewee)
            .join(Interviewee, Interviewee.id == interview_interviewees.c.interviewee_id)
            .where(interview_interviewees.c.interview_id.in_(chunk)).order_by(Interviewee.id)
        ):
            people_of[iid].append(person)
        rows = session.scalars(select(Interview).where(Interview.id.in_(chunk)))
        search_index.put(session, [interviews.index_entry(i, people_of.get(i.id, [])) for i in rows if i.id in wanted])

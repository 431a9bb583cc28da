"""Bulk loading of generated case work (demo data, benchmarks): Core executemany with ids
assigned here, in the caller's transaction, and the FTS index filled in batches. Input records
are already validated by their producer; references are positions in the input lists."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ibtd_desktop.domain.casework.enums import PSEUDONYM_PREFIX, IntervieweeRole
from ibtd_desktop.domain.casework.people import make_pseudonym
from ibtd_desktop.domain.casework.search import HitKind
from ibtd_desktop.storage import search_index
from ibtd_desktop.storage.casework import people as people_repo
from ibtd_desktop.storage.casework.common import themes_by_code
from ibtd_desktop.storage.orm.base import utcnow
from ibtd_desktop.storage.orm.casework import (
    AnonymityAgreementRecord,
    ConsentRecord,
    FieldVisit,
    Interview,
    Interviewee,
    IntervieweeIdentityRecord,
    Investigation,
    Signal,
    SignalSourceIdentity,
    investigation_themes,
    interview_interviewees,
)

CHUNK = 2_000


def _next_id(session: Session, model: type) -> int:
    return int(session.scalar(select(func.max(model.id))) or 0) + 1  # type: ignore[attr-defined]


def _insert(session: Session, table, rows: list[dict]) -> None:  # noqa: ANN001
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(table), rows[start:start + CHUNK])


def _value(x):  # noqa: ANN001, ANN202
    return None if x is None else getattr(x, "value", x)


def bulk_load(session: Session, data, user_id: int | None) -> dict[str, int]:  # noqa: ANN001, C901
    """``data`` is a ``services.casework.demo_data.DemoDataset``-shaped object. Returns counts."""
    now = utcnow()
    audit = {"created_by": user_id, "updated_by": user_id, "created_at": now, "updated_at": now}
    themes = themes_by_code(session)
    entries: list[search_index.IndexEntry] = []

    inv_id0 = _next_id(session, Investigation)
    inv_rows, theme_links = [], []
    for pos, c in enumerate(data.investigations):
        iid = inv_id0 + pos
        inv_rows.append(dict(audit, id=iid, reference=c.reference, title=c.title, kind=_value(c.kind),
                             status=_value(c.status), domains=[_value(d) for d in c.domains],
                             lead_inspector=c.lead_inspector, team=list(c.team), start_date=c.start_date,
                             end_date=c.end_date, description=c.description, external_key=c.external_key))
        theme_links += [{"investigation_id": iid, "theme_id": themes[t].id} for t in dict.fromkeys(c.themes)]
        entries.append(search_index.IndexEntry(HitKind.INVESTIGATION, iid, iid, c.start_date,
                                               f"{c.reference} {c.title}", c.description))
    _insert(session, Investigation.__table__, inv_rows)
    _insert(session, investigation_themes, theme_links)

    visit_id0 = _next_id(session, FieldVisit)
    visit_rows = []
    for pos, v in enumerate(data.field_visits):
        inv = inv_id0 + v.investigation_id
        visit_rows.append(dict(audit, id=visit_id0 + pos, investigation_id=inv, visited_on=v.visited_on,
                               organisation=v.organisation, organisation_kind=_value(v.organisation_kind),
                               place=v.place, inspectors=list(v.inspectors), notes=v.notes,
                               external_key=v.external_key))
        entries.append(search_index.IndexEntry(HitKind.FIELD_VISIT, visit_id0 + pos, inv, v.visited_on,
                                               f"{v.organisation} {v.place}", v.notes))
    _insert(session, FieldVisit.__table__, visit_rows)

    person_id0 = _next_id(session, Interviewee)
    seq: dict[tuple[int, str], int] = defaultdict(int)
    people, identities, consents, agreements = [], [], [], []
    pseudonyms, roles = {}, {}
    for pos, p in enumerate(data.interviewees):
        pid, inv = person_id0 + pos, inv_id0 + p.investigation_id
        role = IntervieweeRole(_value(p.role))
        seq[(inv, PSEUDONYM_PREFIX[role])] += 1
        n = seq[(inv, PSEUDONYM_PREFIX[role])]
        pseudonyms[pid], roles[pid] = make_pseudonym(role, n), role.value
        people.append(dict(audit, id=pid, investigation_id=inv, role=role.value,
                           organisation_kind=_value(p.organisation_kind), pseudonym_seq=n,
                           pseudonym=pseudonyms[pid], external_key=p.external_key))
        if p.identity is not None:
            identities.append(dict(audit, interviewee_id=pid, name=p.identity.name, phone=p.identity.phone,
                                   email=p.identity.email, address=p.identity.address))
        if p.consent is not None:
            c = p.consent
            consents.append(dict(audit, interviewee_id=pid, given_on=c.given_on, form=_value(c.form),
                                 notes_allowed=c.notes_allowed, quotes=_value(c.quotes), recording=c.recording,
                                 share_summary=c.share_summary, retain_until=c.retain_until,
                                 withdrawn_on=c.withdrawn_on))
        if p.anonymity is not None:
            a = p.anonymity
            agreements.append(dict(audit, interviewee_id=pid, safeguards=[_value(s) for s in a.safeguards],
                                   text=a.text, communicated_on=a.communicated_on))
    _insert(session, Interviewee.__table__, people)
    for (inv, prefix), last in seq.items():
        people_repo.set_sequence(session, inv, prefix, last)
    _insert(session, IntervieweeIdentityRecord.__table__, identities)
    _insert(session, ConsentRecord.__table__, consents)
    _insert(session, AnonymityAgreementRecord.__table__, agreements)

    talk_id0 = _next_id(session, Interview)
    talks, links = [], []
    for pos, t in enumerate(data.interviews):
        tid, inv = talk_id0 + pos, inv_id0 + t.investigation_id
        pids = [person_id0 + i for i in t.interviewee_ids]
        talks.append(dict(audit, id=tid, investigation_id=inv,
                          field_visit_id=None if t.field_visit_id is None else visit_id0 + t.field_visit_id,
                          held_on=t.held_on, mode=_value(t.mode), interviewers=list(t.interviewers), notes=t.notes,
                          notes_chars=len(t.notes), notes_saved_at=now, external_key=t.external_key))
        links += [{"interview_id": tid, "interviewee_id": pid} for pid in pids]
        entries.append(search_index.IndexEntry(
            HitKind.INTERVIEW, tid, inv, t.held_on, " ".join(pseudonyms[p] for p in pids), t.notes,
            tuple(sorted({roles[p] for p in pids}))))
    _insert(session, Interview.__table__, talks)
    _insert(session, interview_interviewees, links)

    sig_id0 = _next_id(session, Signal)
    sigs, sources = [], []
    for pos, s in enumerate(data.signals):
        sid = sig_id0 + pos
        inv = None if s.investigation_id is None else inv_id0 + s.investigation_id
        sigs.append(dict(audit, id=sid, received_on=s.received_on, channel=_value(s.channel), text=s.text,
                         domain=_value(s.domain), theme_id=themes[s.theme].id if s.theme else None,
                         confidentiality=_value(s.confidentiality), triage=_value(s.triage), investigation_id=inv,
                         external_key=s.external_key))
        if s.source is not None:
            sources.append(dict(audit, signal_id=sid, name=s.source.name, contact=s.source.contact))
        entries.append(search_index.IndexEntry(HitKind.SIGNAL, sid, inv, s.received_on, _value(s.channel), s.text))
    _insert(session, Signal.__table__, sigs)
    _insert(session, SignalSourceIdentity.__table__, sources)

    for start in range(0, len(entries), CHUNK):
        search_index.put(session, entries[start:start + CHUNK])
    return {"investigations": len(inv_rows), "field_visits": len(visit_rows), "interviewees": len(people),
            "interviews": len(talks), "signals": len(sigs)}

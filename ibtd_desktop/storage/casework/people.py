"""Interviewees (pseudonym, role), their identity, consent and anonymity agreement; field visits."""

from __future__ import annotations

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from ibtd_desktop.domain.casework.enums import (
    PSEUDONYM_PREFIX,
    ConsentForm,
    IntervieweeRole,
    OrganisationKind,
    QuotePermission,
    Safeguard,
)
from ibtd_desktop.domain.casework.people import (
    AnonymityAgreement,
    Consent,
    FieldVisitDetail,
    FieldVisitRow,
    IntervieweeDetail,
    IntervieweeIdentity,
    IntervieweeRow,
    make_pseudonym,
)
from ibtd_desktop.domain.casework.search import HitKind
from ibtd_desktop.storage import search_index
from ibtd_desktop.storage.casework.common import get_or_404, stamp
from ibtd_desktop.storage.orm.base import utcnow
from ibtd_desktop.storage.orm.casework import (
    AnonymityAgreementRecord,
    ConsentRecord,
    FieldVisit,
    IdentityReveal,
    Interview,
    Interviewee,
    IntervieweeIdentityRecord,
    PseudonymSequence,
    interview_interviewees,
)


# --- interviewees -------------------------------------------------------------------------

def next_pseudonym(session: Session, investigation_id: int, role: IntervieweeRole) -> tuple[int, str]:
    """Next (sequence, pseudonym) for this role's prefix in the investigation, and records it as
    handed out. Roles sharing a prefix share the sequence; numbers are never reused, even after
    the interviewee who had one is deleted."""
    prefix = PSEUDONYM_PREFIX[role]
    counter = session.get(PseudonymSequence, (investigation_id, prefix))
    roles = [r.value for r, p in PSEUDONYM_PREFIX.items() if p == prefix]
    top = session.scalar(
        select(func.max(Interviewee.pseudonym_seq)).where(
            Interviewee.investigation_id == investigation_id, Interviewee.role.in_(roles)
        )
    )
    seq = max(top or 0, counter.last_seq if counter else 0) + 1
    set_sequence(session, investigation_id, prefix, seq)
    return seq, make_pseudonym(role, seq)


def set_sequence(session: Session, investigation_id: int, prefix: str, last_seq: int) -> None:
    counter = session.get(PseudonymSequence, (investigation_id, prefix))
    if counter is None:
        session.add(PseudonymSequence(investigation_id=investigation_id, prefix=prefix, last_seq=last_seq))
    else:
        counter.last_seq = max(counter.last_seq, last_seq)


def add_interviewee(session: Session, investigation_id: int, role: IntervieweeRole,
                    organisation_kind: OrganisationKind | None, external_key: str | None,
                    user_id: int | None, *, seq_hint: dict | None = None) -> Interviewee:
    """``seq_hint`` lets bulk callers (demo, import) skip the max() query per row."""
    if seq_hint is not None:
        key = (investigation_id, PSEUDONYM_PREFIX[role])
        if key not in seq_hint:
            seq_hint[key] = next_pseudonym(session, investigation_id, role)[0] - 1
        seq_hint[key] += 1
        seq, pseudonym = seq_hint[key], make_pseudonym(role, seq_hint[key])
        set_sequence(session, investigation_id, key[1], seq)
    else:
        seq, pseudonym = next_pseudonym(session, investigation_id, role)
    person = Interviewee(
        investigation_id=investigation_id,
        role=role.value,
        organisation_kind=organisation_kind.value if organisation_kind else None,
        pseudonym_seq=seq,
        pseudonym=pseudonym,
        external_key=external_key,
    )
    stamp(person, user_id, new=True)
    session.add(person)
    return person


def get(session: Session, interviewee_id: int) -> Interviewee:
    return get_or_404(session, Interviewee, interviewee_id, "interviewee")


def set_identity(session: Session, interviewee_id: int, identity: IntervieweeIdentity | None,
                 user_id: int | None) -> None:
    record = session.get(IntervieweeIdentityRecord, interviewee_id)
    if identity is None or identity.is_empty():
        if record is not None:
            session.delete(record)
        return
    new = record is None
    if new:
        record = IntervieweeIdentityRecord(interviewee_id=interviewee_id)
        session.add(record)
    record.name, record.phone = identity.name, identity.phone
    record.email, record.address = identity.email, identity.address
    stamp(record, user_id, new=new)


def reveal_identity(session: Session, interviewee_id: int, reason: str,
                    user_id: int | None) -> IntervieweeIdentity | None:
    """Load identity fields and write the audit record in the same transaction."""
    get(session, interviewee_id)
    session.add(IdentityReveal(interviewee_id=interviewee_id, revealed_by=user_id,
                               revealed_at=utcnow(), reason=reason))
    session.flush()
    record = session.get(IntervieweeIdentityRecord, interviewee_id)
    if record is None:
        return None
    return IntervieweeIdentity(name=record.name, phone=record.phone, email=record.email,
                               address=record.address)


def reveal_count(session: Session, interviewee_id: int) -> int:
    return session.scalar(
        select(func.count(IdentityReveal.id)).where(IdentityReveal.interviewee_id == interviewee_id)
    )


def set_consent(session: Session, interviewee_id: int, consent: Consent | None, user_id: int | None) -> None:
    record = session.get(ConsentRecord, interviewee_id)
    if consent is None:
        if record is not None:
            session.delete(record)
        return
    new = record is None
    if new:
        record = ConsentRecord(interviewee_id=interviewee_id)
        session.add(record)
    record.given_on, record.form = consent.given_on, consent.form.value
    record.notes_allowed, record.quotes = consent.notes_allowed, consent.quotes.value
    record.recording, record.share_summary = consent.recording, consent.share_summary
    record.retain_until, record.withdrawn_on = consent.retain_until, consent.withdrawn_on
    stamp(record, user_id, new=new)


def set_anonymity(session: Session, interviewee_id: int, agreement: AnonymityAgreement | None,
                  user_id: int | None) -> None:
    record = session.get(AnonymityAgreementRecord, interviewee_id)
    if agreement is None:
        if record is not None:
            session.delete(record)
        return
    new = record is None
    if new:
        record = AnonymityAgreementRecord(interviewee_id=interviewee_id)
        session.add(record)
    record.safeguards = [s.value for s in agreement.safeguards]
    record.text, record.communicated_on = agreement.text, agreement.communicated_on
    stamp(record, user_id, new=new)


def _consent(record: ConsentRecord | None) -> Consent | None:
    if record is None:
        return None
    return Consent(
        given_on=record.given_on, form=ConsentForm(record.form), notes_allowed=bool(record.notes_allowed),
        quotes=QuotePermission(record.quotes), recording=bool(record.recording),
        share_summary=bool(record.share_summary), retain_until=record.retain_until,
        withdrawn_on=record.withdrawn_on,
    )


def _anonymity(record: AnonymityAgreementRecord | None) -> AnonymityAgreement | None:
    if record is None:
        return None
    return AnonymityAgreement(
        safeguards=tuple(Safeguard(s) for s in record.safeguards or ()),
        text=record.text or "", communicated_on=record.communicated_on,
    )


def to_detail(session: Session, person: Interviewee) -> IntervieweeDetail:
    interview_ids = tuple(session.scalars(
        select(interview_interviewees.c.interview_id)
        .where(interview_interviewees.c.interviewee_id == person.id)
        .order_by(interview_interviewees.c.interview_id)
    ))
    return IntervieweeDetail(
        id=person.id,
        investigation_id=person.investigation_id,
        pseudonym=person.pseudonym,
        role=IntervieweeRole(person.role),
        organisation_kind=OrganisationKind(person.organisation_kind) if person.organisation_kind else None,
        has_identity=session.get(IntervieweeIdentityRecord, person.id) is not None,
        consent=_consent(session.get(ConsentRecord, person.id)),
        anonymity=_anonymity(session.get(AnonymityAgreementRecord, person.id)),
        interview_ids=interview_ids,
        created_at=person.created_at,
        updated_at=person.updated_at,
    )


def list_rows(session: Session, investigation_id: int) -> list[IntervieweeRow]:
    has_identity = exists().where(IntervieweeIdentityRecord.interviewee_id == Interviewee.id)
    interviews = (
        select(func.count())
        .select_from(interview_interviewees)
        .where(interview_interviewees.c.interviewee_id == Interviewee.id)
        .scalar_subquery()
    )
    stmt = (
        select(Interviewee, has_identity, ConsentRecord.given_on, ConsentRecord.withdrawn_on, interviews)
        .outerjoin(ConsentRecord, ConsentRecord.interviewee_id == Interviewee.id)
        .where(Interviewee.investigation_id == investigation_id)
        .order_by(Interviewee.id)
    )
    rows = []
    for person, ident, given, withdrawn, n in session.execute(stmt):
        rows.append(IntervieweeRow(
            id=person.id, investigation_id=person.investigation_id, pseudonym=person.pseudonym,
            role=IntervieweeRole(person.role),
            organisation_kind=OrganisationKind(person.organisation_kind) if person.organisation_kind else None,
            has_identity=bool(ident), consent_given=given is not None,
            consent_withdrawn=withdrawn is not None, interview_count=int(n or 0),
        ))
    return rows


# --- field visits -------------------------------------------------------------------------

def field_visit_entry(visit: FieldVisit) -> search_index.IndexEntry:
    return search_index.IndexEntry(
        kind=HitKind.FIELD_VISIT, record_id=visit.id, investigation_id=visit.investigation_id,
        on=visit.visited_on, title=f"{visit.organisation} {visit.place}", body=visit.notes or "",
    )


def save_field_visit(session: Session, visit: FieldVisit | None, values: dict, user_id: int | None,
                     *, index: bool = True) -> FieldVisit:
    new = visit is None
    if new:
        visit = FieldVisit()
        session.add(visit)
    for name, value in values.items():
        setattr(visit, name, value)
    stamp(visit, user_id, new=new)
    session.flush()
    if index:
        search_index.put(session, [field_visit_entry(visit)])
    return visit


def get_field_visit(session: Session, field_visit_id: int) -> FieldVisit:
    return get_or_404(session, FieldVisit, field_visit_id, "field visit")


def field_visit_detail(session: Session, visit: FieldVisit) -> FieldVisitDetail:
    ids = tuple(session.scalars(select(Interview.id).where(Interview.field_visit_id == visit.id).order_by(Interview.id)))
    return FieldVisitDetail(
        id=visit.id, investigation_id=visit.investigation_id, visited_on=visit.visited_on,
        organisation=visit.organisation, organisation_kind=OrganisationKind(visit.organisation_kind),
        place=visit.place or "", inspectors=tuple(visit.inspectors or ()), notes=visit.notes or "",
        interview_ids=ids,
    )


def field_visit_rows(session: Session, investigation_id: int) -> list[FieldVisitRow]:
    n = select(func.count(Interview.id)).where(Interview.field_visit_id == FieldVisit.id).scalar_subquery()
    stmt = (select(FieldVisit, n).where(FieldVisit.investigation_id == investigation_id)
            .order_by(FieldVisit.visited_on, FieldVisit.id))
    return [
        FieldVisitRow(
            id=v.id, investigation_id=v.investigation_id, visited_on=v.visited_on,
            organisation=v.organisation, organisation_kind=OrganisationKind(v.organisation_kind),
            place=v.place or "", inspectors=tuple(v.inspectors or ()), interview_count=int(count or 0),
        )
        for v, count in session.execute(stmt)
    ]


def update_interviewee(session: Session, interviewee_id: int, role: IntervieweeRole,
                       organisation_kind: OrganisationKind | None, user_id: int | None) -> Interviewee:
    person = get(session, interviewee_id)
    person.role = role.value
    person.organisation_kind = organisation_kind.value if organisation_kind else None
    stamp(person, user_id)
    session.flush()
    return person


def delete_interviewee(session: Session, interviewee_id: int) -> list[int]:
    """Deletes the interviewee with identity, consent and agreement; returns their interview ids
    (the interviews stay, without this person) so the caller can re-index them."""
    person = get(session, interviewee_id)
    talks = list(session.scalars(
        select(interview_interviewees.c.interview_id).where(interview_interviewees.c.interviewee_id == person.id)
    ))
    session.delete(person)
    session.flush()
    return talks


def delete_field_visit(session: Session, field_visit_id: int) -> None:
    visit = get_field_visit(session, field_visit_id)
    search_index.remove(session, HitKind.FIELD_VISIT, [visit.id])
    session.delete(visit)
    session.flush()

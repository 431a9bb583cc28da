"""Signals and their (separately stored) source identity."""

from __future__ import annotations

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, joinedload

from ibtd_desktop.domain.casework.enums import Domain, SignalChannel, SourceConfidentiality, TriageStatus
from ibtd_desktop.domain.casework.search import HitKind
from ibtd_desktop.domain.casework.signals import SignalDetail, SignalFilter, SignalRow, SourceIdentity
from ibtd_desktop.storage import search_index
from ibtd_desktop.storage.casework.common import get_or_404, stamp
from ibtd_desktop.storage.orm.base import utcnow
from ibtd_desktop.storage.orm.casework import IdentityReveal, Investigation, Signal, SignalSourceIdentity

EXCERPT_CHARS = 140


def index_entry(sig: Signal) -> search_index.IndexEntry:
    return search_index.IndexEntry(
        kind=HitKind.SIGNAL,
        record_id=sig.id,
        investigation_id=sig.investigation_id,
        on=sig.received_on,
        title=sig.channel,
        body=sig.text,
    )


def _excerpt(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= EXCERPT_CHARS else first[: EXCERPT_CHARS - 1] + "…"


def _has_identity(session: Session, signal_id: int) -> bool:
    return session.get(SignalSourceIdentity, signal_id) is not None


def to_row(sig: Signal, has_identity: bool) -> SignalRow:
    return SignalRow(
        id=sig.id,
        received_on=sig.received_on,
        channel=SignalChannel(sig.channel),
        excerpt=_excerpt(sig.text),
        domain=Domain(sig.domain) if sig.domain else None,
        theme=sig.theme.code if sig.theme else None,
        confidentiality=SourceConfidentiality(sig.confidentiality),
        triage=TriageStatus(sig.triage),
        investigation_id=sig.investigation_id,
        investigation_reference=sig.investigation.reference if sig.investigation else None,
        has_source_identity=has_identity,
    )


def to_detail(session: Session, sig: Signal) -> SignalDetail:
    return SignalDetail(
        id=sig.id,
        received_on=sig.received_on,
        channel=SignalChannel(sig.channel),
        text=sig.text,
        domain=Domain(sig.domain) if sig.domain else None,
        theme=sig.theme.code if sig.theme else None,
        confidentiality=SourceConfidentiality(sig.confidentiality),
        triage=TriageStatus(sig.triage),
        investigation_id=sig.investigation_id,
        investigation_reference=sig.investigation.reference if sig.investigation else None,
        has_source_identity=_has_identity(session, sig.id),
        created_at=sig.created_at,
        updated_at=sig.updated_at,
    )


def get(session: Session, signal_id: int) -> Signal:
    return get_or_404(session, Signal, signal_id, "signal")


def save(session: Session, sig: Signal | None, values: dict, user_id: int | None,
         *, index: bool = True) -> Signal:
    new = sig is None
    if new:
        sig = Signal()
        session.add(sig)
    for name, value in values.items():
        setattr(sig, name, value)
    stamp(sig, user_id, new=new)
    session.flush()
    if index:
        search_index.put(session, [index_entry(sig)])
    return sig


def set_source_identity(session: Session, signal_id: int, identity: SourceIdentity | None,
                        user_id: int | None) -> None:
    record = session.get(SignalSourceIdentity, signal_id)
    if identity is None or not (identity.name or identity.contact):
        if record is not None:
            session.delete(record)
        session.flush()
        return
    new = record is None
    if new:
        record = SignalSourceIdentity(signal_id=signal_id)
        session.add(record)
    record.name = identity.name
    record.contact = identity.contact
    stamp(record, user_id, new=new)
    session.flush()


def reveal_source_identity(session: Session, signal_id: int, reason: str,
                           user_id: int | None) -> SourceIdentity | None:
    """Load the source identity and write the audit record in the same transaction."""
    session.add(IdentityReveal(signal_id=signal_id, revealed_by=user_id, revealed_at=utcnow(), reason=reason))
    session.flush()
    record = session.get(SignalSourceIdentity, signal_id)
    return None if record is None else SourceIdentity(name=record.name, contact=record.contact)


def list_rows(session: Session, flt: SignalFilter) -> list[SignalRow]:
    has_identity = exists().where(SignalSourceIdentity.signal_id == Signal.id)
    stmt = select(Signal, has_identity).options(joinedload(Signal.theme), joinedload(Signal.investigation))
    if flt.investigation_id is not None:
        stmt = stmt.where(Signal.investigation_id == flt.investigation_id)
    if flt.triage is not None:
        stmt = stmt.where(Signal.triage == flt.triage.value)
    if flt.channel is not None:
        stmt = stmt.where(Signal.channel == flt.channel.value)
    if flt.received_from is not None:
        stmt = stmt.where(Signal.received_on >= flt.received_from)
    if flt.received_to is not None:
        stmt = stmt.where(Signal.received_on <= flt.received_to)
    stmt = stmt.order_by(Signal.received_on.desc(), Signal.id.desc())
    return [to_row(sig, bool(flag)) for sig, flag in session.execute(stmt)]


def count_for_investigation(session: Session, investigation_id: int) -> int:
    return session.scalar(select(func.count(Signal.id)).where(Signal.investigation_id == investigation_id))


def investigation_exists(session: Session, investigation_id: int) -> bool:
    return session.get(Investigation, investigation_id) is not None


def delete(session: Session, signal_id: int) -> None:
    sig = get(session, signal_id)
    search_index.remove(session, HitKind.SIGNAL, [sig.id])
    session.delete(sig)
    session.flush()

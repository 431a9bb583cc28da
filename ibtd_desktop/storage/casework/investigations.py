"""Investigations (dossiers) in the vault."""

from __future__ import annotations

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session, selectinload

from ibtd_desktop.domain.casework.enums import Domain, InvestigationKind, InvestigationStatus
from ibtd_desktop.domain.casework.investigations import (
    InvestigationDetail,
    InvestigationFilter,
    InvestigationRow,
)
from ibtd_desktop.domain.casework.search import HitKind
from ibtd_desktop.storage import search_index
from ibtd_desktop.storage.casework.common import get_or_404, stamp
from ibtd_desktop.storage.orm.casework import FieldVisit, Interview, Interviewee, Investigation, Signal, Theme


def index_entry(inv: Investigation) -> search_index.IndexEntry:
    return search_index.IndexEntry(
        kind=HitKind.INVESTIGATION,
        record_id=inv.id,
        investigation_id=inv.id,
        on=inv.start_date,
        title=f"{inv.reference} {inv.title}",
        body=inv.description or "",
    )


def to_row(inv: Investigation) -> InvestigationRow:
    return InvestigationRow(
        id=inv.id,
        reference=inv.reference,
        title=inv.title,
        kind=InvestigationKind(inv.kind),
        status=InvestigationStatus(inv.status),
        themes=tuple(t.code for t in inv.themes),
        domains=tuple(Domain(d) for d in inv.domains or ()),
        lead_inspector=inv.lead_inspector or "",
        start_date=inv.start_date,
        end_date=inv.end_date,
        updated_at=inv.updated_at,
    )


def to_detail(session: Session, inv: Investigation) -> InvestigationDetail:
    def count(model) -> int:  # noqa: ANN001
        return session.scalar(select(func.count()).select_from(model).where(model.investigation_id == inv.id))

    return InvestigationDetail(
        id=inv.id,
        reference=inv.reference,
        title=inv.title,
        kind=InvestigationKind(inv.kind),
        status=InvestigationStatus(inv.status),
        themes=tuple(t.code for t in inv.themes),
        domains=tuple(Domain(d) for d in inv.domains or ()),
        lead_inspector=inv.lead_inspector or "",
        team=tuple(inv.team or ()),
        start_date=inv.start_date,
        end_date=inv.end_date,
        description=inv.description or "",
        counts={
            "signals": count(Signal),
            "interviewees": count(Interviewee),
            "interviews": count(Interview),
            "field_visits": count(FieldVisit),
        },
        created_at=inv.created_at,
        updated_at=inv.updated_at,
        created_by=inv.created_by,
        updated_by=inv.updated_by,
    )


def reference_taken(session: Session, reference: str, except_id: int | None = None) -> bool:
    stmt = select(Investigation.id).where(Investigation.reference == reference)
    if except_id is not None:
        stmt = stmt.where(Investigation.id != except_id)
    return session.scalar(stmt) is not None


def save(session: Session, inv: Investigation | None, values: dict, themes: list[Theme],
         user_id: int | None, *, index: bool = True) -> Investigation:
    """Create (``inv is None``) or update an investigation from validated ``values``."""
    new = inv is None
    if new:
        inv = Investigation()
        session.add(inv)
    for name, value in values.items():
        setattr(inv, name, value)
    inv.themes = list(themes)
    stamp(inv, user_id, new=new)
    session.flush()
    if index:
        search_index.put(session, [index_entry(inv)])
    return inv


def get(session: Session, investigation_id: int) -> Investigation:
    return get_or_404(session, Investigation, investigation_id, "investigation")


def list_rows(session: Session, flt: InvestigationFilter) -> list[InvestigationRow]:
    stmt = select(Investigation).options(selectinload(Investigation.themes))
    if flt.text:
        like = f"%{flt.text}%"
        stmt = stmt.where(or_(Investigation.reference.ilike(like), Investigation.title.ilike(like)))
    if flt.status is not None:
        stmt = stmt.where(Investigation.status == flt.status.value)
    if flt.theme:
        stmt = stmt.where(Investigation.themes.any(Theme.code == flt.theme))
    if flt.domain is not None:
        stmt = stmt.where(cast(Investigation.domains, String).like(f'%"{flt.domain.value}"%'))
    stmt = stmt.order_by(Investigation.reference)
    return [to_row(inv) for inv in session.scalars(stmt)]


def delete(session: Session, investigation_id: int) -> None:
    # Linked signals survive (SET NULL); re-index them without the dossier afterwards.
    from ibtd_desktop.storage.casework import signals

    inv = get(session, investigation_id)
    linked = list(session.scalars(select(Signal).where(Signal.investigation_id == investigation_id)))
    search_index.remove_investigation(session, investigation_id)
    session.delete(inv)
    session.flush()
    for sig in linked:
        session.refresh(sig)
    search_index.put(session, [signals.index_entry(sig) for sig in linked])

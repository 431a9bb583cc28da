"""Read-only views of case work for drafting, safeguards and export (``CaseworkViews``).

These read identity fields (the safeguards search final texts for them) straight from the
identity table, without the audited reveal: nothing read here is shown to anyone.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ibtd_desktop.domain.casework.enums import QuotePermission, Safeguard
from ibtd_desktop.domain.casework.people import IntervieweeIdentity
from ibtd_desktop.domain.errors import NotFound
from ibtd_desktop.domain.summary_sources import DossierSource, InterviewSource, SourcePerson
from ibtd_desktop.storage.orm.base import Base
from ibtd_desktop.storage.orm.casework import (
    AnonymityAgreementRecord,
    ConsentRecord,
    Finding,
    Interview,
    Interviewee,
    IntervieweeIdentityRecord,
    Investigation,
    RebuttalEntry,
    Recommendation,
    Signal,
    SignalSourceIdentity,
)


class CaseworkViews:
    session: Session

    def user_names(self) -> dict[int, str]:
        # The users table belongs to the vault feature; read it through the shared metadata.
        users = Base.metadata.tables["users"]
        return {row[0]: row[1] for row in self.session.execute(select(users.c.id, users.c.name))}

    def user_role(self, user_id: int) -> str:
        users = Base.metadata.tables["users"]
        role = self.session.scalar(select(users.c.role).where(users.c.id == user_id))
        return str(role or "")

    # --- case-work views ---------------------------------------------------------------

    def interview_source(self, interview_id: int) -> InterviewSource:
        interview = self.session.get(Interview, interview_id, options=[selectinload(Interview.interviewees)])
        if interview is None:
            raise NotFound(f"interview {interview_id} does not exist")
        return InterviewSource(
            id=interview.id,
            investigation_id=interview.investigation_id,
            held_on=interview.held_on,
            notes=interview.notes or "",
            interviewee_ids=tuple(p.id for p in interview.interviewees),
        )

    def investigation_references(self) -> dict[int, str]:
        return dict(self.session.execute(select(Investigation.id, Investigation.reference)).all())

    def investigation_id_by_reference(self, reference: str) -> int:
        inv_id = self.session.scalar(select(Investigation.id).where(Investigation.reference == reference))
        if inv_id is None:
            raise NotFound("no investigation with that reference")
        return inv_id

    def dossier_source(self, investigation_id: int, *, with_texts: bool = True) -> DossierSource:
        inv = self.session.get(Investigation, investigation_id)
        if inv is None:
            raise NotFound(f"investigation {investigation_id} does not exist")
        people = self._people(investigation_id) + self._signal_sources(investigation_id)
        interviews = tuple(
            self.interview_source(i)
            for i in self.session.scalars(
                select(Interview.id)
                .where(Interview.investigation_id == investigation_id)
                .order_by(Interview.held_on, Interview.id)
            )
        ) if with_texts else ()
        signals = tuple(
            self.session.scalars(
                select(Signal.text).where(Signal.investigation_id == investigation_id).order_by(Signal.id)
            )
        ) if with_texts else ()
        findings = tuple(
            (f.number, f.text)
            for f in self.session.scalars(
                select(Finding).where(Finding.investigation_id == investigation_id).order_by(Finding.number)
            )
        )
        recommendations = tuple(
            (r.number, r.text, r.status)
            for r in self.session.scalars(
                select(Recommendation)
                .where(Recommendation.investigation_id == investigation_id)
                .order_by(Recommendation.number)
            )
        )
        rebuttal = tuple(
            (r.finding, r.response or "", r.handling or "")
            for r in self.session.scalars(
                select(RebuttalEntry)
                .where(RebuttalEntry.investigation_id == investigation_id)
                .order_by(RebuttalEntry.position, RebuttalEntry.id)
            )
        )
        return DossierSource(
            id=inv.id,
            reference=inv.reference,
            title=inv.title,
            people=people,
            interviews=interviews,
            signal_texts=signals,
            findings=findings,
            recommendations=recommendations,
            rebuttal_rows=rebuttal,
        )

    def _signal_sources(self, investigation_id: int) -> tuple[SourcePerson, ...]:
        """Who reported the dossier's signals: never a subject, no pseudonym, but their name
        and contact are searched for like an interviewee's (negative ids keep them apart)."""
        stmt = (
            select(SignalSourceIdentity)
            .join(Signal, Signal.id == SignalSourceIdentity.signal_id)
            .where(Signal.investigation_id == investigation_id)
            .order_by(Signal.id)
        )
        people = []
        for src in self.session.scalars(stmt):
            contact = (src.contact or "").strip()
            identity = IntervieweeIdentity(
                name=src.name or "",
                email=contact if "@" in contact else "",
                phone=contact if "@" not in contact and sum(ch.isdigit() for ch in contact) >= 6 else "",
            )
            if identity.is_empty():
                continue
            people.append(SourcePerson(
                id=-src.signal_id, pseudonym="", role="signal_source", identity=identity,
                share_summary=False, quotes=QuotePermission.NO, safeguards=(), has_consent=False,
            ))
        return tuple(people)

    def _people(self, investigation_id: int) -> tuple[SourcePerson, ...]:
        interviewees = list(
            self.session.scalars(
                select(Interviewee).where(Interviewee.investigation_id == investigation_id).order_by(Interviewee.id)
            )
        )
        ids = [p.id for p in interviewees]
        identities = {
            r.interviewee_id: r
            for r in self.session.scalars(
                select(IntervieweeIdentityRecord).where(IntervieweeIdentityRecord.interviewee_id.in_(ids))
            )
        }
        consents = {
            r.interviewee_id: r
            for r in self.session.scalars(select(ConsentRecord).where(ConsentRecord.interviewee_id.in_(ids)))
        }
        agreements = {
            r.interviewee_id: r
            for r in self.session.scalars(
                select(AnonymityAgreementRecord).where(AnonymityAgreementRecord.interviewee_id.in_(ids))
            )
        }
        people = []
        for p in interviewees:
            ident = identities.get(p.id)
            consent = consents.get(p.id)
            agreement = agreements.get(p.id)
            withdrawn = consent is not None and consent.withdrawn_on is not None
            safeguards = []
            for code in (agreement.safeguards if agreement else None) or ():
                try:
                    safeguards.append(Safeguard(code))
                except ValueError:
                    continue  # an unknown code from a newer version: ignore rather than crash
            people.append(
                SourcePerson(
                    id=p.id,
                    pseudonym=p.pseudonym,
                    role=p.role,
                    identity=IntervieweeIdentity(
                        name=ident.name or "", phone=ident.phone or "", email=ident.email or "",
                        address=ident.address or "",
                    ) if ident else None,
                    share_summary=bool(consent and consent.share_summary and not withdrawn),
                    quotes=QuotePermission(consent.quotes) if consent else QuotePermission.NO,
                    safeguards=tuple(safeguards),
                    has_consent=consent is not None,
                    consent_withdrawn=withdrawn,
                )
            )
        return tuple(people)

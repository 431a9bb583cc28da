"""Builds a small dossier through the case-work services, for the summaries tests.

The identity values below must never reach a summary text, a PDF or a JSON export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ibtd_desktop.domain.casework.enums import (
    ConsentForm,
    Domain,
    InvestigationKind,
    IntervieweeRole,
    InterviewMode,
    QuotePermission,
    Safeguard,
    SignalChannel,
    TriageStatus,
)
from ibtd_desktop.domain.casework.findings import AddFinding, AddRebuttalRow, AddRecommendation
from ibtd_desktop.domain.casework.interviews import RecordInterview
from ibtd_desktop.domain.casework.investigations import CreateInvestigation
from ibtd_desktop.domain.casework.people import (
    AddInterviewee,
    AnonymityAgreement,
    Consent,
    IntervieweeIdentity,
)
from ibtd_desktop.domain.casework.signals import RecordSignal, SourceIdentity
from ibtd_desktop.domain.users import Role
from ibtd_desktop.services.casework import findings as findings_svc
from ibtd_desktop.services.casework import interviewees as people_svc
from ibtd_desktop.services.casework import interviews as interviews_svc
from ibtd_desktop.services.casework import investigations as inv_svc
from ibtd_desktop.services.casework import signals as signals_svc

REVIEWER_PASSPHRASE = "Tweede-Paar-Ogen-Leest-77"
REVIEWER_NAME = "Beoordelaar Test"

IDENTITY = IntervieweeIdentity(
    name="Marieke van der Zwaluw",
    phone="06-48213377",
    email="marieke.zwaluw@example.nl",
    address="Kievitstraat 14, 4411 KL Rilland",
)
SECOND_IDENTITY = IntervieweeIdentity(name="Youssef Benali", phone="0201234567")

NOTES = (
    "Gesprek met Marieke van der Zwaluw (06-48213377) op 3 maart 2024. "
    "Mevrouw Van der Zwaluw woont aan de Kievitstraat 14 in Rilland. "
    "Zij kreeg in 2019 een terugvordering van de Dienst Toeslagen. "
    "Haar BSN is 111222333. Ze vertelde dat de gemeente haar niet hielp."
)

# Every value that must never leave the device.
SECRET_VALUES = (
    "Marieke", "Zwaluw", "van der Zwaluw", "48213377", "06-48213377", "marieke.zwaluw@example.nl",
    "Kievitstraat", "Rilland", "4411 KL", "4411KL", "111222333", "Youssef", "Benali", "0201234567",
    "Kwartelkoning", "h.kwartel@example.nl",
)


def contains(value: str, text: str) -> bool:
    """``value`` as a whole token in ``text`` (hex hashes may contain any digit run)."""
    import re

    return re.search(r"(?<![0-9A-Za-z])" + re.escape(value) + r"(?![0-9A-Za-z])", text) is not None


@dataclass(frozen=True)
class Dossier:
    investigation_id: int
    reference: str
    interviewee_id: int
    interview_id: int
    other_interviewee_id: int
    other_interview_id: int


def consent(share: bool = True, quotes: QuotePermission = QuotePermission.NO, withdrawn: bool = False) -> Consent:
    return Consent(
        given_on=date(2024, 3, 1), form=ConsentForm.WRITTEN, share_summary=share, quotes=quotes,
        withdrawn_on=date(2024, 6, 1) if withdrawn else None,
    )


def build_dossier(
    vault,
    *,
    reference: str = "IBTD-2024-001",
    share: bool = True,
    quotes: QuotePermission = QuotePermission.NO,
    safeguards: tuple[Safeguard, ...] = (Safeguard.NO_NAME, Safeguard.NO_PLACE_BELOW_PROVINCE),
    notes: str = NOTES,
) -> Dossier:
    inv = inv_svc.create_investigation(
        CreateInvestigation(
            reference=reference, title="Terugvorderingen", kind=InvestigationKind.THEMATIC,
            themes=("financiele_voorzieningen",), domains=(Domain.BENEFITS,),
        ),
        vault.uow(),
    )
    person = people_svc.add_interviewee(
        AddInterviewee(
            investigation_id=inv.id, role=IntervieweeRole.AFFECTED_PARENT, identity=IDENTITY,
            consent=consent(share, quotes), anonymity=AnonymityAgreement(safeguards=safeguards),
        ),
        vault.uow(),
    )
    interview = interviews_svc.record_interview(
        RecordInterview(
            investigation_id=inv.id, held_on=date(2024, 3, 3), mode=InterviewMode.IN_PERSON,
            interviewee_ids=(person.id,), notes=notes,
        ),
        vault.uow(),
    )
    other = people_svc.add_interviewee(
        AddInterviewee(
            investigation_id=inv.id, role=IntervieweeRole.PROFESSIONAL, identity=SECOND_IDENTITY,
            consent=consent(False),
        ),
        vault.uow(),
    )
    other_interview = interviews_svc.record_interview(
        RecordInterview(
            investigation_id=inv.id, held_on=date(2024, 4, 9), mode=InterviewMode.PHONE,
            interviewee_ids=(other.id,), notes="Youssef Benali vertelde over zijn cliënten.",
        ),
        vault.uow(),
    )
    signals_svc.record_signal(
        RecordSignal(
            received_on=date(2024, 2, 1), channel=SignalChannel.REPORT_FORM,
            text="Hendrik Kwartelkoning meldt dat brieven over terugvorderingen onduidelijk zijn.",
            triage=TriageStatus.LINKED, investigation_id=inv.id,
            source=SourceIdentity(name="Hendrik Kwartelkoning", contact="h.kwartel@example.nl"),
        ),
        vault.uow(),
    )
    finding = findings_svc.add_finding(
        AddFinding(investigation_id=inv.id, text="Terugvorderingen worden laat en onduidelijk gemeld."),
        vault.uow(),
    )
    findings_svc.add_recommendation(
        AddRecommendation(
            investigation_id=inv.id, text="Meld terugvorderingen binnen zes weken.",
            addressee="Dienst Toeslagen", finding_id=finding.id,
        ),
        vault.uow(),
    )
    findings_svc.add_rebuttal_row(
        AddRebuttalRow(
            investigation_id=inv.id, finding="Terugvorderingen worden laat gemeld.",
            response="De dienst herkent dit.", handling="Tekst aangescherpt.", finding_id=finding.id,
        ),
        vault.uow(),
    )
    return Dossier(inv.id, reference, person.id, interview.id, other.id, other_interview.id)


def add_reviewer(vault):
    return vault.add_user(REVIEWER_NAME, Role.REVIEWER, REVIEWER_PASSPHRASE)

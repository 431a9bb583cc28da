"""Closed vocabularies of case work. Values are the stable codes stored in the vault and used
in the import format; ``LABELS_NL`` holds the Dutch text the UI shows (translated there via tr()).
"""

from __future__ import annotations

import enum


class _Coded(str, enum.Enum):
    @classmethod
    def parse(cls, value: object) -> "_Coded":
        """The member for a code (or member name); ``ValueError`` if unknown."""
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            for member in cls:
                if value == member.value or value.upper() == member.name:
                    return member
        raise ValueError(cls.__name__)

    @classmethod
    def codes(cls) -> list[str]:
        return [m.value for m in cls]

    def __str__(self) -> str:
        return self.value


class InvestigationKind(_Coded):
    THEMATIC = "thematic"
    SYSTEMIC = "systemic"  # multi-year attention area
    SIGNAL_NOTE = "signal_note"
    REFLECTION = "reflection"


class InvestigationStatus(_Coded):
    EXPLORATION = "verkenning"
    INVESTIGATION = "onderzoek"
    REBUTTAL = "hoor_en_wederhoor"
    REPORTING = "rapportage"
    FOLLOW_UP = "opvolging"
    CLOSED = "afgesloten"


class Domain(_Coded):
    TAXES = "belastingen"
    BENEFITS = "toeslagen"
    CUSTOMS = "douane"


class SignalChannel(_Coded):
    REPORT_FORM = "meldformulier"
    NETWORK = "netwerk"
    FIELD_VISIT = "werkbezoek"
    SOUNDING_BOARD = "klankbordgroep"
    INTEGRITY_OFFICER = "integriteitspersoon"
    MEDIA = "media"
    DIRECT = "directe_melding"


class SourceConfidentiality(_Coded):
    ANONYMOUS = "anonymous"
    CONFIDENTIAL = "confidential"
    MAY_BE_NAMED = "may_be_named"


class TriageStatus(_Coded):
    NEW = "nieuw"
    LINKED = "gekoppeld"
    DUPLICATE = "dubbel"
    CLOSED = "afgesloten"


class OrganisationKind(_Coded):
    TAX_SHOP = "belastingwinkel"
    SOCIAL_COUNSEL = "sociaal_raadslieden"
    FORM_BRIGADE = "formulierenbrigade"
    MUNICIPALITY = "gemeente"
    SERVICE = "dienst"
    OTHER = "anders"


class IntervieweeRole(_Coded):
    LIVED_EXPERIENCE_EXPERT = "lived_experience_expert"
    AFFECTED_PARENT = "affected_parent"
    AFFECTED_CITIZEN = "affected_citizen"
    ENTREPRENEUR = "entrepreneur"
    PROFESSIONAL = "professional"
    SERVICE_EMPLOYEE = "service_employee"


class InterviewMode(_Coded):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class ConsentForm(_Coded):
    ORAL = "oral"
    WRITTEN = "written"


class QuotePermission(_Coded):
    NO = "no"
    YES = "yes"
    AFTER_APPROVAL = "after_approval"


class Safeguard(_Coded):
    """Codes the anonymisation engine maps to a redaction policy."""

    NO_NAME = "no_name"
    NO_PLACE_BELOW_PROVINCE = "no_place_below_province"
    NO_JOB_TITLE_EMPLOYER = "no_job_title_employer"
    NO_EXACT_DATES = "no_exact_dates"
    QUOTES_CHECKED = "quotes_checked"


class AttachmentKind(_Coded):
    PHOTO = "photo"
    DOCUMENT = "document"
    AUDIO = "audio"


class RecommendationStatus(_Coded):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_ADOPTED = "not_adopted"


# Pseudonym prefix per role: "Ouder B", "Professional A". Never derived from a real name.
PSEUDONYM_PREFIX = {
    IntervieweeRole.LIVED_EXPERIENCE_EXPERT: "Ervaringsdeskundige",
    IntervieweeRole.AFFECTED_PARENT: "Ouder",
    IntervieweeRole.AFFECTED_CITIZEN: "Burger",
    IntervieweeRole.ENTREPRENEUR: "Ondernemer",
    IntervieweeRole.PROFESSIONAL: "Professional",
    IntervieweeRole.SERVICE_EMPLOYEE: "Medewerker",
}

LABELS_NL: dict[enum.Enum, str] = {
    InvestigationKind.THEMATIC: "thematisch onderzoek",
    InvestigationKind.SYSTEMIC: "systeemgericht aandachtsgebied",
    InvestigationKind.SIGNAL_NOTE: "signalement",
    InvestigationKind.REFLECTION: "reflectie",
    InvestigationStatus.EXPLORATION: "verkenning",
    InvestigationStatus.INVESTIGATION: "onderzoek",
    InvestigationStatus.REBUTTAL: "hoor en wederhoor",
    InvestigationStatus.REPORTING: "rapportage",
    InvestigationStatus.FOLLOW_UP: "opvolging",
    InvestigationStatus.CLOSED: "afgesloten",
    Domain.TAXES: "belastingen",
    Domain.BENEFITS: "toeslagen",
    Domain.CUSTOMS: "douane",
    SignalChannel.REPORT_FORM: "meldformulier",
    SignalChannel.NETWORK: "netwerk",
    SignalChannel.FIELD_VISIT: "werkbezoek",
    SignalChannel.SOUNDING_BOARD: "klankbordgroep",
    SignalChannel.INTEGRITY_OFFICER: "integriteitspersoon",
    SignalChannel.MEDIA: "media",
    SignalChannel.DIRECT: "directe melding",
    SourceConfidentiality.ANONYMOUS: "anoniem",
    SourceConfidentiality.CONFIDENTIAL: "vertrouwelijk",
    SourceConfidentiality.MAY_BE_NAMED: "mag genoemd worden",
    TriageStatus.NEW: "nieuw",
    TriageStatus.LINKED: "gekoppeld",
    TriageStatus.DUPLICATE: "dubbel",
    TriageStatus.CLOSED: "afgesloten",
    OrganisationKind.TAX_SHOP: "belastingwinkel",
    OrganisationKind.SOCIAL_COUNSEL: "sociaal raadslieden",
    OrganisationKind.FORM_BRIGADE: "formulierenbrigade",
    OrganisationKind.MUNICIPALITY: "gemeente",
    OrganisationKind.SERVICE: "dienst",
    OrganisationKind.OTHER: "anders",
    IntervieweeRole.LIVED_EXPERIENCE_EXPERT: "ervaringsdeskundige",
    IntervieweeRole.AFFECTED_PARENT: "gedupeerde ouder",
    IntervieweeRole.AFFECTED_CITIZEN: "gedupeerde burger",
    IntervieweeRole.ENTREPRENEUR: "ondernemer/zzp'er",
    IntervieweeRole.PROFESSIONAL: "professional",
    IntervieweeRole.SERVICE_EMPLOYEE: "medewerker dienst",
    InterviewMode.IN_PERSON: "persoonlijk",
    InterviewMode.PHONE: "telefonisch",
    InterviewMode.VIDEO: "video",
    ConsentForm.ORAL: "mondeling",
    ConsentForm.WRITTEN: "schriftelijk",
    QuotePermission.NO: "geen citaten",
    QuotePermission.YES: "citaten toegestaan",
    QuotePermission.AFTER_APPROVAL: "citaten na akkoord bron",
    Safeguard.NO_NAME: "geen naam",
    Safeguard.NO_PLACE_BELOW_PROVINCE: "geen plaats kleiner dan provincie",
    Safeguard.NO_JOB_TITLE_EMPLOYER: "geen functie of werkgever",
    Safeguard.NO_EXACT_DATES: "geen exacte data",
    Safeguard.QUOTES_CHECKED: "citaten eerst voorgelegd aan bron",
    AttachmentKind.PHOTO: "foto",
    AttachmentKind.DOCUMENT: "document",
    AttachmentKind.AUDIO: "geluidsopname",
}

# The seeded, editable theme list (code, Dutch label).
DEFAULT_THEMES: tuple[tuple[str, str], ...] = (
    ("risicoselectie", "risicoselectie"),
    ("rechtsbescherming", "rechtsbescherming"),
    ("hersteloperaties", "hersteloperaties"),
    ("financiele_voorzieningen", "financiële voorzieningen (niet-gebruik, terugvordering)"),
    ("wet_en_regelgeving", "wet- en regelgeving"),
    ("aansturing_en_cultuur", "aansturing en cultuur"),
)

"""Dutch display names (translated via tr) for the case-work enums the Gesprekken UI shows."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ibtd_desktop.domain.casework.enums import IntervieweeRole, InterviewMode

_MODES = {
    InterviewMode.IN_PERSON: QT_TRANSLATE_NOOP("InterviewLabels", "Persoonlijk"),
    InterviewMode.PHONE: QT_TRANSLATE_NOOP("InterviewLabels", "Telefonisch"),
    InterviewMode.VIDEO: QT_TRANSLATE_NOOP("InterviewLabels", "Video"),
}
_ROLES = {
    IntervieweeRole.LIVED_EXPERIENCE_EXPERT: QT_TRANSLATE_NOOP("InterviewLabels", "Ervaringsdeskundige"),
    IntervieweeRole.AFFECTED_PARENT: QT_TRANSLATE_NOOP("InterviewLabels", "Gedupeerde ouder"),
    IntervieweeRole.AFFECTED_CITIZEN: QT_TRANSLATE_NOOP("InterviewLabels", "Gedupeerde burger"),
    IntervieweeRole.ENTREPRENEUR: QT_TRANSLATE_NOOP("InterviewLabels", "Ondernemer"),
    IntervieweeRole.PROFESSIONAL: QT_TRANSLATE_NOOP("InterviewLabels", "Professional"),
    IntervieweeRole.SERVICE_EMPLOYEE: QT_TRANSLATE_NOOP("InterviewLabels", "Medewerker dienst"),
}


def mode_name(mode: InterviewMode) -> str:
    return QCoreApplication.translate("InterviewLabels", _MODES[mode])


def role_name(role: IntervieweeRole) -> str:
    return QCoreApplication.translate("InterviewLabels", _ROLES[role])

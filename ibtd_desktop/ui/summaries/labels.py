"""Display texts of the summaries feature (context ``Summaries``), translated at display time.

Status and author-role labels come from the domain's Dutch words; their English is in
``ibtd_en.ts`` under the same context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ibtd_desktop.domain.errors import IbtdError, PermissionDenied, WrongPassphrase
from ibtd_desktop.domain.summaries import SummaryKind, SummaryStatus
from ibtd_desktop.ui.i18n import localise_message

CONTEXT = "Summaries"

STATUS_TEXTS = {
    SummaryStatus.DRAFT: "concept",
    SummaryStatus.SUBMITTED: "ter beoordeling",
    SummaryStatus.APPROVED: "goedgekeurd",
    SummaryStatus.RETURNED: "teruggestuurd",
}
KIND_TEXTS = {SummaryKind.INTERVIEW: "gesprek", SummaryKind.DOSSIER: "dossier"}
ROLE_TEXTS = {"inspector": "inspecteur", "reviewer": "beoordelaar"}


def t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def status_text(status: SummaryStatus) -> str:
    return t(STATUS_TEXTS[status])


def kind_text(kind: SummaryKind) -> str:
    return t(KIND_TEXTS[kind])


def role_text(role: str) -> str:
    return t(ROLE_TEXTS[role]) if role in ROLE_TEXTS else role


def failure_text(exc: BaseException, action: str = "") -> str:
    """What a refused or failed call tells the user. Service texts never carry vault content.

    A ``SummaryRefused`` lists every problem (what to fix); its messages are the service's own.
    """
    problems = getattr(exc, "problems", None)
    if problems:
        head = t("%1 geweigerd. Los eerst het volgende op:").replace("%1", action or t("Actie"))
        return head + "\n" + "\n".join(f"• {p.message}" for p in problems)
    if isinstance(exc, WrongPassphrase):
        return t("Deze wachtwoordzin hoort bij geen gebruiker van deze kluis. Controleer de wachtwoordzin van de beoordelaar.")
    if isinstance(exc, PermissionDenied):
        return t("De auteur van een samenvatting mag haar niet beoordelen: een andere gebruiker moet met de eigen wachtwoordzin goedkeuren of terugsturen.") + "\n(" + localise_message(str(exc)) + ")"
    if isinstance(exc, IbtdError) and str(exc):
        return localise_message(str(exc))
    return t("Er ging iets mis (%1).").replace("%1", type(exc).__name__)

"""Display texts of the summaries feature (context ``Summaries``), translated at display time.

Status and author-role labels come from the domain's Dutch words; their English is in
``ibtd_en.ts`` under the same context.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ibtd_desktop.domain.casework.enums import Domain, IntervieweeRole

from ibtd_desktop.domain.errors import IbtdError, PermissionDenied, WrongPassphrase
from ibtd_desktop.domain.summaries import SummaryKind, SummaryStatus
from ibtd_desktop.ui.i18n import localise_message
from ibtd_desktop.ui.investigations.labels import label

CONTEXT = "Summaries"

STATUS_TEXTS = {
    SummaryStatus.DRAFT: "concept",
    SummaryStatus.SUBMITTED: "ter beoordeling",
    SummaryStatus.APPROVED: "goedgekeurd",
    SummaryStatus.RETURNED: "teruggestuurd",
}
KIND_TEXTS = {SummaryKind.INTERVIEW: "gesprek", SummaryKind.DOSSIER: "dossier"}
ROLE_TEXTS = {"inspector": "inspecteur", "reviewer": "beoordelaar"}


# Shown text -> (context, Dutch source), so a language switch re-translates widgets in place
# (``retranslate.retranslate_tree``). Only fixed UI vocabulary passes through here.
_SOURCES: dict[str, tuple[str, str]] = {}


def translate(context: str, source: str) -> str:
    shown = QCoreApplication.translate(context, source)
    _SOURCES[shown] = (context, source)
    return shown


def t(source: str) -> str:
    return translate(CONTEXT, source)


def retranslate(shown: str) -> str | None:
    """The current language's form of a text made by ``t``/``translate``; ``None`` if unknown."""
    found = _SOURCES.get(shown)
    return None if found is None else translate(*found)


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


ATTRIBUTE_TEXTS = {"role": "rol", "domain": "domein", "province": "provincie", "age_band": "leeftijdscategorie",
                   "year": "jaar", "benefit_type": "soort toeslag"}
_FIELD_TEXTS = {"name": "naam", "surname": "achternaam", "initials": "initialen", "phone": "telefoonnummer",
                "email": "e-mailadres", "address": "adres"}
_REAL_VALUE = re.compile(r"^real (\w+) of (.+?) \(")


def attribute_text(name: str, value: object) -> str:
    """'rol: ervaringsdeskundige' — coded values shown with their Dutch label."""
    shown = str(value)
    coded = {"role": IntervieweeRole, "domain": Domain}.get(name)
    if coded is not None:
        try:
            shown = label(coded(value))
        except ValueError:
            pass
    return f"{t(ATTRIBUTE_TEXTS.get(name, name))}: {shown}"


def hit_advice(hit) -> str:  # noqa: ANN001 - a safeguards.ResidualHit
    """What to do about a residual hit, in the UI language (the service's own text is English)."""
    if hit.hard:
        match = _REAL_VALUE.match(hit.why)
        who = t("echt %1 van %2").replace("%1", t(_FIELD_TEXTS.get(match.group(1), match.group(1)))).replace(
            "%2", match.group(2)) if match else t("echt identiteitsgegeven van een gesprekspartner")
        return who + " — " + t("kan nooit worden vrijgegeven; vervang het door het pseudoniem of een plaatshouder")
    from ibtd_desktop.services.summaries.safeguards import label_nl

    return t("mogelijk %1; anonimiseer of generaliseer het, of geef het vrij met een reden").replace(
        "%1", t(label_nl(hit.label)))


def state_text(summary, history) -> str:  # noqa: ANN001 - AnonymisedSummary, list[HistoryRow]
    """'Versie 2 · concept — …': where the summary stands in the four-eyes workflow."""
    text = t("Versie %1 · %2").replace("%1", str(summary.current.number)).replace("%2", status_text(summary.status))
    was_approved = any(h.event == "approved" and h.version < summary.current.number for h in history)
    if summary.status is SummaryStatus.DRAFT and was_approved:
        text += " — " + t("een eerdere versie was goedgekeurd; deze nieuwe versie moet opnieuw worden goedgekeurd.")
    elif summary.status is SummaryStatus.SUBMITTED:
        text += " — " + t("wacht op een beoordelaar; trek de samenvatting in om haar te wijzigen.")
    elif summary.status is SummaryStatus.APPROVED:
        text += " — " + t("wijzigen maakt een nieuwe versie die opnieuw moet worden goedgekeurd.")
    return text


def warnings_text(warnings) -> str:  # noqa: ANN001 - tuple[SmallGroupWarning, ...]
    lines = []
    for w in warnings:
        combo = ", ".join(attribute_text(k, v) for k, v in w.attributes)
        lines.append(t("Kleine groep: %1 komt maar %2 keer voor (minder dan %3). Suggestie: %4")
                     .replace("%1", combo).replace("%2", str(w.group_size)).replace("%3", str(w.k))
                     .replace("%4", w.suggestion))
    return "\n".join(lines)

"""The first draft of a dossier summary, composed from the investigation's material.

Only interviews whose every interviewee consented to sharing contribute; an interview with an
approved summary contributes that approved text, otherwise its redacted notes. Signals and
findings are redacted the same way. Dates are given as month and year only.
"""

from __future__ import annotations

from ibtd_desktop.domain.summary_sources import DossierSource
from ibtd_desktop.services.summaries import detection

_MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


def compose_dossier_text(dossier: DossierSource, approved_texts: dict[int | None, str]) -> str:
    sharing = [p for p in dossier.people if p.share_summary]
    sharing_ids = {p.id for p in sharing}

    def redacted(text: str) -> str:
        spans = detection.detect_in_original(text, dossier.people)
        return detection.apply_redactions(text, spans, sharing, dossier.people).strip()

    parts = [f"Samenvatting van dossier {dossier.reference}."]
    interviews = [
        i for i in dossier.interviews if i.interviewee_ids and set(i.interviewee_ids) <= sharing_ids
    ]
    if interviews:
        parts.append("Gesprekken")
        for i in interviews:
            who = ", ".join(dossier.person(x).pseudonym for x in i.interviewee_ids)
            when = f"{_MONTHS_NL[i.held_on.month - 1]} {i.held_on.year}"
            body = approved_texts.get(i.id) or redacted(i.notes)
            parts.append(f"Gesprek met {who} ({when}): {body}" if body else f"Gesprek met {who} ({when}).")
    signals = [redacted(t) for t in dossier.signal_texts if t.strip()]
    if signals:
        parts.append("Signalen")
        parts.extend(f"Signaal {n}: {t}" for n, t in enumerate(signals, 1))
    if dossier.findings:
        parts.append("Bevindingen")
        parts.extend(f"B{number}. {redacted(text)}" for number, text in dossier.findings)
    return "\n\n".join(parts)

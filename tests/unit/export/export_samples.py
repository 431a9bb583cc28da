"""Builders for export documents, and reading a PDF back with pypdf (shared by the export tests
and the benchmark; a uniquely named module, not conftest, so it never clashes on sys.path)."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader

from ibtd_desktop.domain.export_documents import (
    ExportDocument,
    ExportedSummary,
    FindingRow,
    RebuttalRow,
    RecommendationRow,
)

DIACRITICS = "Één ruïne, coördinatie, reünie, naïef, ĳverig, € 1.250, „tussen aanhalingstekens”, ‘enkel’, café"
RELEASED = date(2026, 11, 25)


def make_summary(number: int = 1, *, paragraphs=None, kind="interview", **overrides) -> ExportedSummary:
    values = dict(
        title=f"Gesprek met respondent {number} over de herstelregeling",
        subject_label=f"Respondent {number}",
        kind=kind,
        paragraphs=paragraphs
        if paragraphs is not None
        else (
            f"De respondent vertelt over de terugvordering van de kinderopvangtoeslag. {DIACRITICS}.",
            "Na de brief van de Belastingdienst volgde een periode van onzekerheid; de respondent "
            "zocht hulp bij een sociaal raadsman en een formulierenbrigade. " * 3,
        ),
        attributes={"role": "ouder", "domain": "toeslagen", "province": "Utrecht",
                    "age_band": "30-39", "year": 2019, "benefit_type": "kinderopvangtoeslag"},
        version=2,
        content_hash="9f2c" * 16,
        approved_by_role="reviewer",
        approved_on=date(2026, 11, 24),
    )
    values.update(overrides)
    return ExportedSummary(**values)


def make_document(count: int = 3, *, rebuttals: int = 3, **overrides) -> ExportDocument:
    values = dict(
        export_id="EXP-2026-0042",
        title="Herstel na de toeslagenaffaire: ervaringen van ouders",
        investigation_ref="IBTD-2026-014",
        released_on=RELEASED,
        dossier_summary=make_summary(0, kind="dossier", subject_label="Dossier IBTD-2026-014",
                                     title="Samenvatting van het onderzoek"),
        summaries=tuple(make_summary(i) for i in range(1, count + 1)),
        findings=(FindingRow("B1", "Ouders ervaren de herstelregeling als ingewikkeld."),
                  FindingRow("B2", "Termijnen worden vaak niet gehaald.")),
        recommendations=(RecommendationRow("A1", "Vereenvoudig de aanvraag.", "in uitvoering"),),
        rebuttal_rows=tuple(
            RebuttalRow(f"Bevinding {i}: de termijn van 6 maanden wordt overschreden.",
                        f"Reactie {i}: de dienst herkent dit beeld gedeeltelijk.",
                        f"Verwerking {i}: tekst aangepast in paragraaf {i}.")
            for i in range(1, rebuttals + 1)
        ),
    )
    values.update(overrides)
    return ExportDocument(**values)


def read_pdf(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in read_pdf(data).pages]


_FURNITURE = re.compile(r"^(pagina \d+ van \d+|Geanonimiseerd( — vrijgegeven op .*)?|EXP-[\w-]+|Gesprekssamenvatting)$")


def body_text(data: bytes) -> str:
    """All pages' text without the running header and footer lines, joined."""
    lines = []
    for text in page_texts(data):
        lines += [line for line in text.split("\n") if not _FURNITURE.match(line.strip())]
    return "\n".join(lines)

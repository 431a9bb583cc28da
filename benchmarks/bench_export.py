"""Time to render a dossier export PDF, against plain reportlab rendering the same text.

    /work/venv/bin/python benchmarks/bench_export.py                 # 50 and 200 summaries
    /work/venv/bin/python benchmarks/bench_export.py --summaries 50 --repeat 7
    /work/venv/bin/python benchmarks/bench_export.py --summaries --sample /tmp/sample.pdf
    pdftoppm -png -r 80 -f 1 -l 1 /tmp/sample.pdf docs/export-sample-page1   # the docs image

"ours" is ``render_dossier_pdf`` (embedded DejaVu, outline, header/footer with "pagina X
van Y", tables). The baselines lay out the same paragraphs with reportlab's sample styles on a
SimpleDocTemplate: once with the built-in Helvetica (no font embedding) and once with the same
embedded TTF, so the cost of our layout and of the font can be told apart.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape

from ibtd_desktop.domain.export_documents import (
    ExportDocument,
    ExportedSummary,
    FindingRow,
    RebuttalRow,
    RecommendationRow,
)
from ibtd_desktop.export import render_dossier_pdf
from ibtd_desktop.export.fonts import SANS, SANS_BOLD, register_fonts

SENTENCES = (
    "De respondent vertelt over de terugvordering van de kinderopvangtoeslag in 2019.",
    "Na de brief van de Belastingdienst volgde een periode van onzekerheid en financiële zorgen.",
    "Een sociaal raadsman hielp bij het bezwaar; de beslissing liet ruim een jaar op zich wachten.",
    "De respondent noemt het contact met de dienst „afstandelijk” maar de herstelbehandelaar behulpzaam.",
    "Over de compensatie van € 30.000 zegt de respondent dat die het vertrouwen niet terugbrengt.",
    "Coördinatie tussen gemeente en Dienst Toeslagen ontbrak volgens de respondent geheel.",
)


def make_document(count: int, rebuttals: int = 30) -> ExportDocument:
    def summary(i: int, kind: str = "interview") -> ExportedSummary:
        paragraphs = tuple(
            " ".join(SENTENCES[(i + p + k) % len(SENTENCES)] for k in range(5)) for p in range(5)
        )
        return ExportedSummary(
            title=f"Gesprek {i}: ervaringen met de herstelregeling", subject_label=f"Respondent {i}" if i else "Dossier IBTD-2026-099",
            kind=kind, paragraphs=paragraphs,
            attributes={"role": "ouder", "domain": "toeslagen", "province": "Gelderland",
                        "age_band": "30-39", "year": 2019, "benefit_type": "kinderopvangtoeslag"},
            version=1, content_hash="ab12" * 16, approved_by_role="reviewer",
            approved_on=date(2026, 11, 20),
        )

    return ExportDocument(
        export_id="EXP-BENCH-0001", title="Benchmark: herstel na de toeslagenaffaire",
        investigation_ref="IBTD-2026-099", released_on=date(2026, 11, 25),
        dossier_summary=summary(0, "dossier"),
        summaries=tuple(summary(i) for i in range(1, count + 1)),
        findings=tuple(FindingRow(f"B{i}", SENTENCES[i % 6]) for i in range(1, 11)),
        recommendations=tuple(RecommendationRow(f"A{i}", SENTENCES[i % 6], "open") for i in range(1, 6)),
        rebuttal_rows=tuple(RebuttalRow(SENTENCES[i % 6], SENTENCES[(i + 1) % 6], SENTENCES[(i + 2) % 6])
                            for i in range(rebuttals)),
    )


def baseline_pdf(doc: ExportDocument, embedded_font: bool) -> bytes:
    styles = getSampleStyleSheet()
    body, heading = styles["BodyText"], styles["Heading2"]
    if embedded_font:
        register_fonts()
        body.fontName, heading.fontName = SANS, SANS_BOLD
    story = []
    for s in ((doc.dossier_summary,) if doc.dossier_summary else ()) + doc.summaries:
        story.append(Paragraph(escape(s.title), heading))
        story += [Paragraph(escape(p), body) for p in s.paragraphs]
    for row in doc.rebuttal_rows:
        story += [Paragraph(escape(t), body) for t in (row.finding, row.response, row.handling)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


def timed(fn, repeat: int) -> tuple[float, float, bytes]:
    """Median CPU seconds (stable on a shared machine) and median wall-clock seconds."""
    cpu, wall, data = [], [], b""
    for _ in range(repeat):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        data = fn()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return statistics.median(cpu), statistics.median(wall), data


def pages(data: bytes) -> int:
    return data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--summaries", type=int, nargs="*", default=[50, 200])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sample", metavar="PDF", help="also write a 50-summary sample PDF here")
    args = parser.parse_args()
    register_fonts()
    if args.sample:
        with open(args.sample, "wb") as handle:
            handle.write(render_dossier_pdf(make_document(50)))
    render_dossier_pdf(make_document(1))  # warm-up: font parsing, imports
    print(f"{'summaries':>9}  {'variant':<28} {'cpu s':>7} {'wall s':>7} {'pages':>6} {'KiB':>7}")
    for count in args.summaries:
        doc = make_document(count)
        for name, fn in (
            ("ours (render_dossier_pdf)", lambda: render_dossier_pdf(doc)),
            ("plain reportlab, Helvetica", lambda: baseline_pdf(doc, embedded_font=False)),
            ("plain reportlab, DejaVu TTF", lambda: baseline_pdf(doc, embedded_font=True)),
        ):
            cpu, wall, data = timed(fn, args.repeat)
            print(f"{count:>9}  {name:<28} {cpu:>7.3f} {wall:>7.3f} {pages(data):>6} {len(data) / 1024:>7.0f}")


if __name__ == "__main__":
    main()

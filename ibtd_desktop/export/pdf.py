"""PDF renderers: an approved summary or a whole dossier export in, PDF bytes out.

Pure functions of their input (no clock, no user, no paths): the same input gives the same
bytes, which the tests rely on. Call from a worker thread: a large dossier takes a while.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ibtd_desktop.domain.errors import ValidationError
from ibtd_desktop.domain.export_documents import (
    ExportDocument,
    ExportedSummary,
    as_date,
    content_fingerprint,
    dutch_date,
    validate_export_id,
)
from ibtd_desktop.export.fonts import MONO, SANS, register_fonts
from ibtd_desktop.export.pdf_layout import (
    ACCENT,
    PageRef,
    RULE,
    STYLES,
    TEXT_WIDTH,
    TINT,
    PageFurniture,
    build_pdf,
)
from ibtd_desktop.export.pdf_text import markup, paragraph_markups

NBSP = "\u00a0"
ORGANISATION = "Inspectie belastingen, toeslagen en douane"
NOTICE = (
    "Dit document bevat uitsluitend geanonimiseerde samenvattingen die volgens het "
    "vier-ogen-principe zijn goedgekeurd. Gesprekspartners worden aangeduid met een pseudoniem."
)


def pdf_title(export_id: str) -> str:
    """The neutral document title in the PDF metadata (no case title: it may name a person)."""
    return f"IBTD geanonimiseerde samenvatting {export_id}"


def footer_text(released_on: date) -> str:
    return f"Geanonimiseerd — vrijgegeven op {dutch_date(released_on)}"


def render_summary_pdf(summary: ExportedSummary, export_id: str, released_on: date) -> bytes:
    """One approved summary as an A4 PDF. Raises ``ValidationError`` on unusable input."""
    if not isinstance(summary, ExportedSummary):
        raise ValidationError("export: expected an ExportedSummary")
    released_on = as_date(released_on, "released_on")
    export_id = validate_export_id(export_id)
    register_fonts()  # before any Paragraph: markup is parsed when the Paragraph is made
    story: list[Flowable] = [
        _para(ORGANISATION, STYLES.kicker),
        _para(summary.title, STYLES.title),
        _facts_table([
            ("Soort", summary.kind_label),
            ("Pseudoniem", summary.subject_label or "—"),
            ("Versie", str(summary.version)),
            ("Export-id", export_id),
            ("Vrijgegeven op", dutch_date(released_on)),
            ("Vingerafdruk", _para(content_fingerprint(summary), STYLES.mono)),
        ]),
        Spacer(1, 4 * mm),
        _notice(),
        Spacer(1, 6 * mm),
        HRFlowable(width="100%", thickness=0.5, color=RULE, spaceAfter=5 * mm),
    ]
    # pseudonym, kind and version are in the facts above: the body shows only the attributes
    story += _summary_body(summary, heading=None, identity_line=False)
    furniture = PageFurniture(export_id, footer_text(released_on), header_text=summary.kind_label)
    return build_pdf(story, furniture, pdf_title(export_id))


def render_dossier_pdf(doc: ExportDocument) -> bytes:
    """A dossier export: title page, dossier summary, interview summaries, appendices."""
    if not isinstance(doc, ExportDocument):
        raise ValidationError("export: expected an ExportDocument")
    register_fonts()
    sections = _sections(doc)
    story: list[Flowable] = _title_block(doc, sections)
    for key, heading, _ in sections:
        if key == "dossier":
            story.append(_heading(heading, STYLES.h1, level=0, page_ref=key))
            story += _summary_body(doc.dossier_summary, heading=None)
        elif key == "interviews":
            story.append(CondPageBreak(60 * mm))
            story.append(_heading(heading, STYLES.h1, level=0, page_ref=key))
            number = heading.split()[0]
            for index, summary in enumerate(doc.summaries, start=1):
                story += _summary_body(summary, heading=f"{number}.{index} {summary.title}")
        else:
            # The appendices start on a fresh page; a short one may share the page after it.
            story.append(PageBreak() if key == "A" else CondPageBreak(90 * mm))
            story.append(_heading(heading, STYLES.h1, level=0, page_ref=key))
            story.append(_appendix_table(doc, key))
    furniture = PageFurniture(doc.export_id, footer_text(doc.released_on), header_text=doc.title)
    return build_pdf(story, furniture, pdf_title(doc.export_id))


def _sections(doc: ExportDocument) -> list[tuple[str, str, str]]:
    """(key, heading, contents line) of each section present, in order."""
    sections = []
    if doc.dossier_summary is not None:
        sections.append(("dossier", "Dossiersamenvatting", ""))
    if doc.summaries:
        sections.append(("interviews", "Gesprekssamenvattingen", f" ({len(doc.summaries)})"))
    numbered = [(key, f"{n} {title}", f"{n} {title}{count}")
                for n, (key, title, count) in enumerate(sections, start=1)]
    appendices = [(letter, f"Bijlage {letter} — {title}", f"Bijlage {letter} — {title} ({len(rows)})")
                  for letter, title, rows in _appendix_list(doc)]
    return numbered + appendices


# --- building blocks ----------------------------------------------------------------------


def _para(text: str, style) -> Paragraph:
    return Paragraph(markup(text), style)


def _heading(text: str, style, level: int, page_ref: str | None = None) -> Paragraph:
    heading = _para(text, style)
    # read by the doc template's afterFlowable: outline entry, page number for the contents
    heading.outline = (" ".join(text.split()), level)
    heading.page_ref = page_ref
    return heading


def _notice() -> Table:
    table = Table([[_para(NOTICE, STYLES.notice)]], colWidths=[TEXT_WIDTH])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS),  # cells default to Helvetica, never embedded
        ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def _facts_table(rows: Iterable[tuple[str, str | Paragraph]]) -> Table:
    data = [
        [_para(label, STYLES.label), value if isinstance(value, Paragraph) else _para(value, STYLES.value)]
        for label, value in rows
    ]
    table = Table(data, colWidths=[34 * mm, TEXT_WIDTH - 34 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS),  # cells default to Helvetica, never embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def _title_block(doc: ExportDocument, sections: list[tuple[str, str, str]]) -> list[Flowable]:
    facts = []
    if doc.investigation_ref:
        facts.append(("Onderzoek", doc.investigation_ref))
    facts += [
        ("Export-id", doc.export_id),
        ("Vrijgegeven op", dutch_date(doc.released_on)),
        ("Vingerafdruk", _para(content_fingerprint(doc), STYLES.mono)),
    ]
    story: list[Flowable] = [
        _para(ORGANISATION, STYLES.kicker),
        _para(doc.title, STYLES.title),
        _facts_table(facts),
        Spacer(1, 4 * mm),
        _notice(),
        Spacer(1, 6 * mm),
    ]
    if sections:
        story.append(_para("Inhoud", STYLES.h2))
        story.append(_contents_table(sections))
        story.append(Spacer(1, 6 * mm))
    story.append(HRFlowable(width="100%", thickness=0.5, color=RULE, spaceAfter=6 * mm))
    return story


def _summary_body(summary: ExportedSummary, heading: str | None, identity_line: bool = True) -> list[Flowable]:
    flow: list[Flowable] = []
    if heading:
        flow.append(_heading(heading, STYLES.h2, level=1))
    lines = []
    if identity_line:
        parts = (summary.subject_label, summary.kind_label, f"versie {summary.version}")
        lines.append(markup(" · ".join(p for p in parts if p)))
    if summary.attributes:
        # no line break inside "Soort toeslag: kinderopvangtoeslag" (U+00A0 does not break)
        lines.append(" · ".join(
            f"<b>{markup(a.label).replace(' ', NBSP)}:</b>{NBSP}{markup(a.value)}" for a in summary.attributes
        ))
    if lines:
        flow.append(Paragraph("<br/>".join(lines), STYLES.meta))
    paragraphs = [text for text in summary.paragraphs if text.strip()]
    if not paragraphs:
        flow.append(_para("(geen tekst)", STYLES.approval))
    for text in paragraphs:
        for index, piece in enumerate(paragraph_markups(text)):
            flow.append(Paragraph(piece, STYLES.body if index == 0 else STYLES.body_cont))
    flow.append(Paragraph(_approval_markup(summary), STYLES.approval))
    return flow


def _approval_markup(summary: ExportedSummary) -> str:
    text = f"Goedgekeurd door een {markup(summary.approver_label)}"
    if summary.approved_on:
        text += f" op {dutch_date(summary.approved_on)}"
    if summary.content_hash:
        text += f'<br/>Inhoudshash: <font name="{MONO}">{markup(summary.content_hash)}</font>'
    return text


def _appendix_list(doc: ExportDocument) -> list[tuple[str, str, tuple]]:
    listed = [
        ("Bevindingen", doc.findings),
        ("Aanbevelingen en opvolging", doc.recommendations),
        ("Hoor en wederhoor", doc.rebuttal_rows),
    ]
    present = [(title, rows) for title, rows in listed if rows]
    return [(chr(ord("A") + i), title, rows) for i, (title, rows) in enumerate(present)]


def _appendix_table(doc: ExportDocument, letter: str) -> Table:
    title, rows = next((t, r) for key, t, r in _appendix_list(doc) if key == letter)
    if title == "Bevindingen":
        return _table(["Nr.", "Bevinding"], [(r.ref, r.text) for r in rows], [16 * mm, None])
    if title == "Aanbevelingen en opvolging":
        return _table(
            ["Nr.", "Aanbeveling", "Opvolging"],
            [(r.ref, r.text, r.follow_up_status or "—") for r in rows],
            [16 * mm, None, 34 * mm],
        )
    return _table(
        ["Bevinding (concept)", "Reactie van de dienst", "Verwerking door de inspectie"],
        [(r.finding, r.response, r.handling) for r in rows],
        [None, None, None],
    )


def _contents_table(sections: list[tuple[str, str, str]]) -> Table:
    data = [[_para(line, STYLES.toc), PageRef(key, STYLES.toc)] for key, _, line in sections]
    table = Table(data, colWidths=[TEXT_WIDTH - 12 * mm, 12 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]))
    return table


def _cell(text: str) -> list[Paragraph]:
    pieces = paragraph_markups(text) or [""]
    return [Paragraph(piece, STYLES.cell) for piece in pieces]


def _table(header: list[str], rows: list[tuple[str, ...]], widths: list[float | None]) -> Table:
    """A real table: splits between (and, for huge cells, inside) rows, header repeated."""
    fixed = sum(w for w in widths if w)
    flexible = TEXT_WIDTH - fixed
    share = flexible / sum(1 for w in widths if not w)
    col_widths = [w or share for w in widths]
    data = [[Paragraph(markup(h), STYLES.cell_head) for h in header]]
    data += [[_cell(value) for value in row] for row in rows]
    table = Table(data, colWidths=col_widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS),  # cells default to Helvetica, never embedded
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TINT]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table

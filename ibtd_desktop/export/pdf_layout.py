"""Page furniture of the exported PDFs: A4, styles, running header, footer, outline.

The footer says "pagina X van Y", which needs Y before any page is written: the canvas keeps
each finished page's state and draws the header/footer for all of them in ``save()`` (one
layout pass instead of two builds). Bookmarks point at pages, so they are deferred the same way.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ibtd_desktop.export.fonts import MONO, SANS, SANS_BOLD, SANS_ITALIC, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 24 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#154273")  # Rijkshuisstijl-like dark blue
MUTED = colors.HexColor("#5C5C5C")
RULE = colors.HexColor("#B4C0CF")
TINT = colors.HexColor("#EEF2F7")


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=SANS, fontSize=9.5, leading=14, textColor=INK, alignment=TA_LEFT)
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """The paragraph styles (one namespace, so the story code reads ``STYLES.h2``)."""

    body = _style("body", spaceAfter=5)
    body_cont = _style("body_cont", spaceAfter=5)  # continuation chunk of a long paragraph
    kicker = _style("kicker", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=2)
    title = _style("title", fontName=SANS_BOLD, fontSize=19, leading=24, textColor=ACCENT, spaceAfter=10)
    h1 = _style("h1", fontName=SANS_BOLD, fontSize=14, leading=18, textColor=ACCENT,
                spaceBefore=16, spaceAfter=8, keepWithNext=1)  # spaceBefore is dropped at a page top
    h2 = _style("h2", fontName=SANS_BOLD, fontSize=11.5, leading=15, textColor=ACCENT,
                spaceBefore=12, spaceAfter=2, keepWithNext=1)
    meta = _style("meta", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=4, keepWithNext=1)
    approval = _style("approval", fontName=SANS_ITALIC, fontSize=7.5, leading=10, textColor=MUTED,
                      spaceBefore=2, spaceAfter=4)
    notice = _style("notice", fontSize=8.5, leading=12, textColor=INK)
    cell = _style("cell", fontSize=8.5, leading=11.5)
    cell_head = _style("cell_head", fontName=SANS_BOLD, fontSize=8.5, leading=11.5, textColor=colors.white)
    label = _style("label", fontName=SANS_BOLD, fontSize=8.5, leading=12, textColor=MUTED)
    value = _style("value", fontSize=8.5, leading=12)
    mono = _style("mono", fontName=MONO, fontSize=8, leading=12, textColor=MUTED)
    toc = _style("toc", fontSize=9.5, leading=14)


STYLES = Styles()


@dataclass(frozen=True)
class PageFurniture:
    """What every page shows besides the story. Nothing here may identify a person."""

    export_id: str
    footer_text: str  # "Geanonimiseerd — vrijgegeven op 25 november 2026"
    header_text: str  # shown from page 2 on


class _NumberedCanvas(Canvas):
    """Defers each page until ``save()`` so the footer can say "pagina X van Y"."""

    def __init__(self, *args, furniture: PageFurniture, **kwargs):
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._page_states: list[dict] = []
        self._pending_bookmarks: list[tuple[str, float]] = []

    def bookmark_here(self, key: str, top: float) -> None:
        self._pending_bookmarks.append((key, top))

    def showPage(self):  # noqa: N802 (reportlab API)
        self._page_states.append(dict(self.__dict__))
        self._pending_bookmarks = []  # a fresh list: the saved state keeps the old one
        self._startPage()

    def save(self):
        total = len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            self.__dict__.update(state)
            for key, top in self._pending_bookmarks:
                Canvas.bookmarkPage(self, key, fit="XYZ", left=0, top=top)
            self._draw_furniture(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_furniture(self, number: int, total: int) -> None:
        f = self._furniture
        self.saveState()
        y = MARGIN_BOTTOM - 12 * mm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_LEFT, y + 10, PAGE_WIDTH - MARGIN_RIGHT, y + 10)
        self.setFillColor(MUTED)
        self.setFont(SANS, 7.5)
        self.drawString(MARGIN_LEFT, y, f.export_id)
        self.drawCentredString(PAGE_WIDTH / 2, y, f.footer_text)
        self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y, f"pagina {number} van {total}")
        if number > 1 and f.header_text:
            top = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
            self.drawString(MARGIN_LEFT, top, _fit(self, f.header_text, TEXT_WIDTH * 0.7, 7.5))
            self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top, "Geanonimiseerd")
            self.line(MARGIN_LEFT, top - 4, PAGE_WIDTH - MARGIN_RIGHT, top - 4)
        self.restoreState()


def _fit(canvas: Canvas, text: str, width: float, size: float) -> str:
    """``text`` shortened with an ellipsis so a long title cannot run into the right header."""
    if canvas.stringWidth(text, SANS, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", SANS, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _page_ref_form(key: str) -> str:
    return f"pageref_{key}"


class PageRef(Flowable):
    """The page number of a heading that is printed later (contents list), right-aligned.

    It draws a form XObject that the doc template fills in when the heading tagged with
    ``page_ref=key`` is laid out, so the contents need no second layout pass.
    """

    def __init__(self, key: str, style: ParagraphStyle):
        super().__init__()
        self.key, self.style = key, style

    def wrap(self, avail_width, avail_height):  # noqa: D102 (reportlab API)
        self.width, self.height = avail_width, self.style.leading
        return self.width, self.height

    def draw(self):
        baseline = self.height - self.style.fontSize  # where Paragraph puts its first baseline
        self.canv.saveState()
        self.canv.translate(self.width, baseline)
        self.canv.doForm(_page_ref_form(self.key))
        self.canv.restoreState()


class _ExportDocTemplate(BaseDocTemplate):
    """Adds outline entries for flowables tagged with ``outline=(title, level)`` and fills in
    the page number of flowables tagged with ``page_ref=key`` (see ``PageRef``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._outline_count = 0

    def afterFlowable(self, flowable):  # noqa: N802 (reportlab API)
        page_ref = getattr(flowable, "page_ref", None)
        if page_ref is not None:
            self._define_page_ref(page_ref)
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        title, level = outline
        self._outline_count += 1
        key = f"o{self._outline_count}"
        top = self.frame._y + flowable.height + (flowable.getSpaceBefore() or 0)
        self.canv.bookmark_here(key, min(top + 6, PAGE_HEIGHT))
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)


    def _define_page_ref(self, key: str) -> None:
        style = STYLES.toc
        canv = self.canv
        # The box reaches left of the origin: the number is drawn right-aligned at x=0.
        canv.beginForm(_page_ref_form(key), lowerx=-60, lowery=-10, upperx=10, uppery=30)
        canv.setFont(style.fontName, style.fontSize)
        canv.setFillColor(style.textColor)
        canv.drawRightString(0, 0, str(self.page))
        canv.endForm()


def build_pdf(story: list, furniture: PageFurniture, pdf_title: str) -> bytes:
    """Lay out ``story`` on A4 pages; deterministic bytes for the same input (invariant)."""
    register_fonts()
    buffer = io.BytesIO()
    doc = _ExportDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        # Metadata: neutral values only; never a user name, path or note text.
        title=pdf_title, author="IBTD", creator="ibtd-desktop", producer="ibtd-desktop",
        subject="", keywords="",
        invariant=1, lang="nl-NL", displayDocTitle=1,
        initialFontName=SANS,  # else every page references a (non-embedded) Helvetica
    )
    doc.build(story, canvasmaker=partial(_NumberedCanvas, furniture=furniture))
    return buffer.getvalue()

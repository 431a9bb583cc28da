"""The PDF renderers, checked by reading the PDF back with pypdf."""

from __future__ import annotations

import re

import pytest
from export_samples import DIACRITICS, body_text, RELEASED, make_document, make_summary, page_texts, read_pdf

from ibtd_desktop.domain.errors import ValidationError
from ibtd_desktop.domain.export_documents import RebuttalRow
from ibtd_desktop.export import render_dossier_pdf, render_summary_pdf
from ibtd_desktop.export.fonts import fonts_dir

FOOTER = "Geanonimiseerd — vrijgegeven op 25 november 2026"
PAGE_NUMBER = re.compile(r"pagina (\d+) van (\d+)")


def _flat(text: str) -> str:
    """Extracted text with line breaks and runs of spaces as one space (wrapping is layout)."""
    return " ".join(text.split())


def test_summary_pdf_has_the_text_with_exact_diacritics(summary):
    data = render_summary_pdf(summary, "EXP-2026-0001", RELEASED)
    assert data.startswith(b"%PDF-")
    text = _flat("\n".join(page_texts(data)))
    assert DIACRITICS in text
    assert "ĳverig" in text and "€ 1.250" in text and "„tussen aanhalingstekens”" in text
    assert summary.title in text
    assert "Respondent 1" in text
    assert "Leeftijdscategorie: 30-39" in text
    assert "Goedgekeurd door een beoordelaar op 24 november 2026" in text


def test_footer_on_every_page_with_export_id_and_dutch_date(document):
    texts = page_texts(render_dossier_pdf(document))
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert FOOTER in text
        assert "EXP-2026-0042" in text
        assert f"pagina {number} van {len(texts)}" in text


def test_pages_are_a4(document):
    for page in read_pdf(render_dossier_pdf(document)).pages:
        assert round(float(page.mediabox.width)) == 595
        assert round(float(page.mediabox.height)) == 842


def test_sixty_summaries_paginate_with_correct_page_numbers():
    doc = make_document(60)
    texts = page_texts(render_dossier_pdf(doc))
    assert len(texts) >= 15
    numbers = [PAGE_NUMBER.findall(t) for t in texts]
    assert numbers == [[(str(i), str(len(texts)))] for i in range(1, len(texts) + 1)]
    everything = _flat("\n".join(texts))
    for i in (1, 30, 60):
        assert f"2.{i} Gesprek met respondent {i} over de herstelregeling" in everything
    # every summary appears, in order
    positions = [everything.index(f"2.{i} Gesprek met respondent {i} ") for i in range(1, 61)]
    assert positions == sorted(positions)


def test_long_rebuttal_table_splits_with_repeated_header():
    doc = make_document(1, rebuttals=150)
    texts = page_texts(render_dossier_pdf(doc))
    table_pages = [t for t in texts if "Reactie 1" in t or re.search(r"Reactie \d+:", t)]
    assert len(table_pages) >= 3
    for text in table_pages:
        flat = _flat(text)
        assert "Bevinding (concept) Reactie van de dienst Verwerking door de inspectie" in flat
    rows = re.findall(r"Reactie (\d+):", _flat("\n".join(table_pages)))
    assert rows == [str(i) for i in range(1, 151)]  # each row once, in order


def test_appendices_present_only_when_they_exist():
    with_all = _flat("\n".join(page_texts(render_dossier_pdf(make_document(1)))))
    assert "Bijlage A — Bevindingen" in with_all
    assert "Bijlage B — Aanbevelingen en opvolging" in with_all
    assert "Bijlage C — Hoor en wederhoor" in with_all
    assert "in uitvoering" in with_all
    bare = make_document(1, findings=(), recommendations=(), rebuttal_rows=(), dossier_summary=None)
    text = _flat("\n".join(page_texts(render_dossier_pdf(bare))))
    assert "Bijlage" not in text
    assert "Dossiersamenvatting" not in text
    assert "1 Gesprekssamenvattingen" in text


def test_metadata_is_neutral_and_free_of_content():
    doc = make_document(2, title="Onderzoek naar Jan Jansen in /home/jan/dossier")
    reader = read_pdf(render_dossier_pdf(doc))
    meta = dict(reader.metadata)
    assert meta["/Title"] == "IBTD geanonimiseerde samenvatting EXP-2026-0042"
    assert meta["/Author"] == "IBTD"
    assert meta["/Creator"] == "ibtd-desktop"
    assert meta.get("/Subject", "") == ""
    assert meta.get("/Keywords", "") == ""
    allowed = {"/Title", "/Author", "/Creator", "/Producer", "/Subject", "/Keywords",
               "/CreationDate", "/ModDate", "/Trapped"}
    assert set(meta) <= allowed
    joined = " ".join(str(v) for v in meta.values())
    for leak in ("Jansen", "/home", "herstelregeling", "Respondent"):
        assert leak not in joined
    assert "/Metadata" not in reader.trailer["/Root"]  # no XMP packet with other fields


def test_pdf_bytes_hold_no_file_paths(summary):
    raw = render_summary_pdf(summary, "EXP-2026-0001", RELEASED)
    for leak in (str(fonts_dir()).encode(), b".ttf", b"/work", b"/tmp", b"resources"):
        assert leak not in raw


def test_fonts_are_embedded(summary):
    reader = read_pdf(render_summary_pdf(summary, "EXP-2026-0001", RELEASED))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = set()
    for ref in fonts.values():
        font = ref.get_object()
        names.add(str(font["/BaseFont"]))
        descendant = font.get("/DescendantFonts")
        descriptor = (descendant[0].get_object() if descendant else font)["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()  # a TrueType program is embedded
    assert any("DejaVuSans" in name for name in names)


def test_same_input_same_bytes(document):
    assert render_dossier_pdf(document) == render_dossier_pdf(document)


def test_other_content_other_bytes(document):
    other = make_document(3, export_id="EXP-2026-0043")
    assert render_dossier_pdf(document) != render_dossier_pdf(other)


def test_markup_characters_render_literally():
    nasty = 'Minder dan <5 jaar & meer dan 3 > 2; <b>niet vet</b> &amp; <br/> "quotes" \'s-Hertogenbosch'
    summary = make_summary(paragraphs=(nasty,), title="Titel met <tag> & co")
    text = _flat("\n".join(page_texts(render_summary_pdf(summary, "EXP-1", RELEASED))))
    assert _flat(nasty) in text
    assert "Titel met <tag> & co" in text


def test_control_characters_and_unsupported_glyphs_do_not_break_rendering():
    summary = make_summary(paragraphs=("a\x00b\x07c emoji 😀 han 汉 lone \ud800 end",))
    text = _flat("\n".join(page_texts(render_summary_pdf(summary, "EXP-1", RELEASED))))
    assert "abc emoji \ufffd han \ufffd lone \ufffd end" in text


def test_two_hundred_kb_paragraph_renders_completely():
    sentence = "Dit is zin nummer {} over de toeslagen en de herstelregeling. "
    long_text = "".join(sentence.format(i) for i in range(3200))
    assert len(long_text) > 200_000
    data = render_summary_pdf(make_summary(paragraphs=(long_text,)), "EXP-1", RELEASED)
    text = _flat(body_text(data))  # without header/footer lines between pages
    numbers = [int(n) for n in re.findall(r"zin nummer (\d+) over", text)]
    assert numbers == list(range(3200))  # nothing lost, nothing duplicated, in order


def test_huge_single_word_renders_completely():
    word = "ab" * 100_000
    data = render_summary_pdf(make_summary(paragraphs=(word,)), "EXP-1", RELEASED)
    assert word in "".join(body_text(data).split())


def test_huge_table_cell_splits_inside_the_row():
    cell = " ".join(f"reactiezin{i}." for i in range(4000))
    doc = make_document(1, rebuttal_rows=(RebuttalRow("kort", cell, "verwerkt"),))
    texts = page_texts(render_dossier_pdf(doc))
    assert len(texts) > 4
    found = [int(n) for n in re.findall(r"reactiezin(\d+)\.", "\n".join(texts))]
    assert found == list(range(4000))


def test_outline_lists_sections_and_summaries():
    reader = read_pdf(render_dossier_pdf(make_document(3)))
    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    assert titles[:2] == ["1 Dossiersamenvatting", "2 Gesprekssamenvattingen"]
    assert "Bijlage C — Hoor en wederhoor" in titles
    children = next(item for item in reader.outline if isinstance(item, list))
    assert [c.title for c in children][0] == "2.1 Gesprek met respondent 1 over de herstelregeling"
    # bookmarks point at the page where the heading is printed
    for item in top + children:
        page = reader.get_destination_page_number(item)
        assert _flat(item.title) in _flat(page_texts_cache(reader)[page])


def page_texts_cache(reader):
    return [p.extract_text() for p in reader.pages]


def test_empty_summary_text_is_marked():
    text = _flat("\n".join(page_texts(render_summary_pdf(make_summary(paragraphs=("", "  ")), "E-1", RELEASED))))
    assert "(geen tekst)" in text


@pytest.mark.parametrize("export_id", ["", "met spatie", "x" * 65])
def test_bad_export_id_is_refused(summary, export_id):
    with pytest.raises(ValidationError):
        render_summary_pdf(summary, export_id, RELEASED)


def test_wrong_input_type_is_refused(summary):
    with pytest.raises(ValidationError):
        render_dossier_pdf(summary)
    with pytest.raises(ValidationError):
        render_summary_pdf(summary, "E-1", "2026-11-25")


def test_contents_lists_sections_with_the_page_they_start_on():
    texts = page_texts(render_dossier_pdf(make_document(30, rebuttals=60)))
    contents = re.findall(r"^(.+?) \(\d+\)\s*\n(\d+)$|^(1 Dossiersamenvatting)\s*\n(\d+)$",
                          texts[0], flags=re.MULTILINE)
    entries = {(a or c): int(b or d) for a, b, c, d in contents}
    assert list(entries) == ["1 Dossiersamenvatting", "2 Gesprekssamenvattingen",
                             "Bijlage A — Bevindingen", "Bijlage B — Aanbevelingen en opvolging",
                             "Bijlage C — Hoor en wederhoor"]
    assert entries["Bijlage C — Hoor en wederhoor"] > entries["Bijlage A — Bevindingen"] > 2
    for heading, page in entries.items():
        body_lines = [line.strip() for line in texts[page - 1].split("\n")]
        assert heading in body_lines, heading  # the heading itself is printed on that page
        if page > 1:  # and not on the page before (contents on page 1 list every heading)
            assert heading not in [line.strip() for line in texts[page - 2].split("\n")]


def test_rendering_from_several_threads_gives_the_same_bytes():
    from concurrent.futures import ThreadPoolExecutor

    docs = [make_document(n) for n in (2, 5, 8)]
    serial = [render_dossier_pdf(d) for d in docs]
    with ThreadPoolExecutor(3) as pool:
        parallel = list(pool.map(render_dossier_pdf, docs * 2))
    assert parallel == serial * 2

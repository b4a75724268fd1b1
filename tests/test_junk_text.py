"""Pages whose text layer decodes to junk are detected and read by OCR
(issue 8, pattern 8: the two parish papers in dev/broken-text-layer use fonts
without a Unicode map)."""

from __future__ import annotations

import shutil

import pytest
from conftest import shared_path

from boardpapers.reading import ocr
from boardpapers.reading.junk_text import is_junk_text
from boardpapers.reading.pdf_reader import read_document

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

BROKEN = ("corpus", "dev", "broken-text-layer")
MINUTES = "horsley-parish-minutes-2014-03-18.pdf"  # 3 pages
AGENDA = "horsley-parish-agenda-2014-04-29.pdf"  # 1 page


def test_symbol_soup_is_junk_and_prose_is_not():
    junk = "6*'5'48+%'51(')#57561#%6#52.#00+0)%1057.6#065(146*' +0+6+#.2#4 " * 4
    assert is_junk_text(junk)
    prose = "The Board approved the minutes of the meeting held on 12 November 2020. " * 3
    assert not is_junk_text(prose)
    figures = "Revenue 2024/25 £12,345 (3.4%) 1,234 5,678 - 9,012 Total 28,269 " * 4
    assert not is_junk_text(figures)
    assert not is_junk_text("#$%")  # too short to judge


@pytest.mark.parametrize(("name", "pages"), [(MINUTES, 3), (AGENDA, 1)])
def test_junk_pages_are_flagged_and_not_indexed(name, pages):
    doc = read_document(str(shared_path(*BROKEN, name)), with_tables=False)
    assert doc.page_count == pages
    for page in doc.pages:
        assert page.needs_ocr and not page.has_text_layer
        assert page.text == ""  # the junk is not kept for the index
    assert any(f"{pages} page(s) whose text layer decodes to junk" in w for w in doc.warnings)


@needs_tesseract
def test_junk_page_read_by_ocr():
    doc = read_document(str(shared_path(*BROKEN, MINUTES)), with_tables=False)
    assert ocr.ocr_document(doc, pages=[1]) == 1
    text = doc.page(1).text
    # as printed on page 1 of the PDF
    assert "HORSLEY PARISH COUNCIL" in text
    assert "Minutes of the meeting held on" in text
    assert "14/039: Public Questions" in text
    assert "Community Shop/Pavilion" in text


def test_real_papers_keep_their_text_layer(load_doc):
    from conftest import PACK_2020

    doc = load_doc(PACK_2020)
    assert not any(p.needs_ocr for p in doc.pages)


def test_text_drawn_as_outlines_goes_to_ocr():
    # pages 1-2 of these minutes are glyph outlines (no text, over a thousand paths each);
    # page 3 has a text layer ("Date of next meetings")
    path = shared_path("corpus", "dev", "parish-souldern", "minutes_2018-08-23 SPC minutes.pdf")
    doc = read_document(str(path), with_tables=False)
    assert [p.needs_ocr for p in doc.pages] == [True, True, False]
    assert "Date of next meetings" in doc.page(3).text

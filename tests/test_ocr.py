"""OCR fallback: Tesseract on pages without a text layer."""

from __future__ import annotations

import shutil

import pytest
from conftest import shared_path

from boardpapers.reading import ocr
from boardpapers.reading.pdf_reader import read_document

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

SCANNED = ("corpus", "scanned", "suffolk-libraries-accounts-period-ended-31-march-2013.pdf")


@needs_tesseract
def test_ocr_scanned_accounts_pages():
    doc = read_document(str(shared_path(*SCANNED)), with_tables=False)
    assert doc.page_count == 33
    assert all(p.needs_ocr and not p.has_text_layer for p in doc.pages)
    assert ocr.ocr_document(doc, pages=[1, 2]) == 2
    cover, contents = doc.page(1), doc.page(2)
    for page in (cover, contents):
        assert page.ocr and not page.needs_ocr and not page.has_text_layer
        assert page.ocr_confidence is not None and page.ocr_confidence > 80
        assert page.spans
        for s in page.spans:  # boxes in PDF points, inside the A4 page
            assert 0 <= s.x0 < s.x1 <= page.width + 1 and 0 <= s.top < s.bottom <= page.height + 1
    assert "Suffolk" in cover.text and "Industrial and Provident Society" in cover.text
    assert "31 March 2013" in cover.text
    # each contents row reads across to its page number, as printed
    assert "Balance Sheet 20" in contents.text.splitlines()
    assert "Other Notes to the Financial Statements 25-32" in contents.text.splitlines()
    assert "Cash Flow Statement" in contents.text
    assert doc.page(3).needs_ocr and not doc.page(3).ocr  # not asked for
    assert any("OCRed with tesseract" in w for w in doc.warnings)


def test_without_tesseract_pages_keep_needs_ocr(monkeypatch):
    doc = read_document(str(shared_path(*SCANNED)), with_tables=False)
    monkeypatch.setattr(ocr, "tesseract_available", lambda: False)
    assert ocr.ocr_document(doc) == 0
    assert all(p.needs_ocr and not p.ocr for p in doc.pages)
    assert any(ocr.OCR_INSTALL_HINT in w for w in doc.warnings)


def test_env_override_makes_tesseract_missing(monkeypatch):
    monkeypatch.setenv("BOARDPAPERS_TESSERACT", "no-such-tesseract-binary")
    ocr.tesseract_path.cache_clear()
    try:
        assert not ocr.tesseract_available()
    finally:
        monkeypatch.undo()
        ocr.tesseract_path.cache_clear()
    assert ocr.tesseract_available() == (shutil.which("tesseract") is not None)


def test_parse_tsv_lines_runs_and_confidence():
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "1\t1\t0\t0\t0\t0\t0\t0\t2481\t3508\t-1\t",
        "5\t1\t1\t1\t1\t1\t100\t200\t150\t40\t96.5\tBalance",
        "5\t1\t1\t1\t1\t2\t270\t200\t130\t40\t93.5\tSheet",
        "5\t1\t1\t1\t1\t3\t1500\t200\t60\t40\t90\t20",  # a far column: its own span
        "5\t1\t1\t1\t2\t1\t100\t300\t120\t40\t80\tTotal",
        "5\t1\t1\t1\t2\t2\t230\t300\t10\t40\t-1\t ",
    ]
    text, spans, conf = ocr.parse_tsv("\n".join([head, *rows]), 72 / 300)
    assert text == "Balance Sheet 20\nTotal"
    assert [s.text for s in spans] == ["Balance Sheet", "20", "Total"]
    assert spans[0].x0 == pytest.approx(100 * 72 / 300) and spans[0].x1 == pytest.approx(400 * 72 / 300)
    assert conf == pytest.approx((96.5 + 93.5 + 90 + 80) / 4, abs=0.1)
    assert ocr.parse_tsv(head, 0.24) == ("", [], None)


def test_large_sheets_render_at_a_lower_dpi():
    assert ocr._page_dpi(595, 842, 300) == 300  # A4
    a0 = ocr._page_dpi(2384, 3370, 300)
    assert a0 < 300 and (2384 * a0 / 72) * (3370 * a0 / 72) <= ocr.MAX_PIXELS

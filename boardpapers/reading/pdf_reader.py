"""Read a PDF into a Document with pypdfium2; pdfplumber only for table pages.

Pages are read one at a time and closed straight away, so PDFium's memory does
not grow with the pack; only the extracted text and boxes are kept.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..model import Document, Page
from ..table_headers import register_page
from ..text import resolve_line_end_hyphens
from . import layout_pages
from .errors import IngestError, has_eof_marker, precheck
from .hashing import sha256_file
from .junk_text import is_junk_text
from .letter_spacing import mark_word_gaps
from .pdfium_base import _spans, open_pdf  # noqa: F401  (open_pdf: also used by callers of this module)
from .tables_reader import PageTableFinder, attach_tables, table_engine

# A page with fewer printable characters than this and at least one image is
# treated as having no text layer (a scan).
MIN_TEXT_CHARS = 20

log = logging.getLogger(__name__)


_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# Word sets ordinal suffixes as superscripts ("18<sup>th</sup> March 2014", "Proposed: CR
# 2<sup>nd</sup>: KD"); PDFium starts a new line at the raised baseline, so the page text reads
# "18\nth March 2014" and dates, seconders and searches for "18th March" miss. Only a suffix
# opening a line straight after a number closing the line before is joined. Seen in 78 places
# over the Souldern parish minutes 2012-2018; any Word paper with superscript ordinals.
_SPLIT_ORDINAL = re.compile(r"(?<=\d)\n(?=(?:st|nd|rd|th)\b)")


def clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if "\nst" in text or "\nnd" in text or "\nrd" in text or "\nth" in text:
        text = _SPLIT_ORDINAL.sub("", text)
    return _CTRL.sub("", resolve_line_end_hyphens(text))


# A page with (almost) no text but at least this many vector paths has its text drawn as
# outlines (glyphs converted to curves, as some PDF printers do): only OCR reads it.
# Measured: such pages of the Souldern parish papers (2018) carry 458-2,001 paths; a Word
# page with ruled tables about 30, a chart page a few hundred at most.
MIN_OUTLINED_TEXT_PATHS = 400


def _object_types(page: pdfium.PdfPage, max_depth: int) -> Iterator[int]:
    """The types of the page's objects in `page.get_objects(max_depth=...)` order
    (forms descended to `max_depth` levels), read with PDFium's calls directly:
    get_objects wraps every object in a PdfObject, which cost more than the test."""

    def walk(count: Any, get: Any, parent: Any, level: int) -> Iterator[int]:
        n = count(parent)
        if n < 0:
            raise pdfium.PdfiumError("Failed to get number of pageobjects.")
        for i in range(n):
            obj = get(parent, i)
            if not obj:
                raise pdfium.PdfiumError("Failed to get pageobject.")
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            yield kind
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < max_depth - 1:
                yield from walk(
                    pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, obj, level + 1
                )

    return walk(pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, page.raw, 0)


def _text_as_paths(page: pdfium.PdfPage) -> bool:
    n = 0
    for kind in _object_types(page, max_depth=2):
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            n += 1
            if n >= MIN_OUTLINED_TEXT_PATHS:
                return True
    return False


def _optional_spans(textpage: pdfium.PdfTextPage, height: float, text: str) -> list | None:
    """Spans of a page read only for a table running on to it: an optional extra there, as in
    tables_reader (a failure leaves the page without spans, not the document unread)."""
    try:
        return _spans(textpage, height, text)
    except Exception as exc:
        log.warning("spans failed on a table's continuation page: %s", exc)
        return None


def _has_images(page: pdfium.PdfPage) -> bool:
    return any(kind == pdfium_c.FPDF_PAGEOBJ_IMAGE for kind in _object_types(page, max_depth=1))


def iter_pages(
    pdf: pdfium.PdfDocument, junk_pages: list[int] | None = None, tables: PageTableFinder | None = None
) -> Iterator[Page]:
    """The PDF's pages; the numbers of pages whose text layer is junk (blanked,
    left for OCR) are appended to `junk_pages`. `tables`: finds the ruled tables of the pages
    it wants while each page is open (the pages then carry them)."""
    after_minutes = False
    after_register = False
    after_spans = False
    # the table families of the page before, as tables_reader.table_pages follows them: a page
    # carrying a table on gets its spans here, not by opening the page again for the tables
    table_fams: list[str] = []
    table_landscape = False
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                raw_text = textpage.get_text_range()
                text = clean_text(mark_word_gaps(raw_text, textpage))
                number = index + 1
                has_text = len(text.strip()) >= MIN_TEXT_CHARS or not (
                    _has_images(page) or _text_as_paths(page)
                )
                junk = has_text and is_junk_text(text)
                low = text.lower()  # one lower-cased copy for the page tests below
                minutes = layout_pages.minutes_page(text, after_minutes, low)
                wanted = layout_pages.wants_spans(
                    text, number, after_minutes, minutes=minutes, low=low, after_spans=after_spans
                )
                after_minutes = minutes
                register = register_page(text, after_register, low)
                after_register = register
                wanted = wanted or register
                if has_text and not junk:
                    landscape = width > height
                    table_fams = layout_pages.page_table_families(
                        text, landscape, table_fams, table_landscape
                    )
                    table_landscape = landscape
                    wanted = wanted or bool(table_fams)
                else:
                    table_fams = []
                spans = _spans(textpage, height, raw_text) if wanted else None
                after_spans = wanted
                headed = bool(table_fams) and bool(layout_pages.table_families(text))
                if tables is not None and tables.wants(has_text and not junk, headed):
                    if spans is None:  # a page a table runs on to
                        spans = _optional_spans(textpage, height, raw_text)
                    tables.find(number, page, textpage, text)
            finally:
                textpage.close()
            if junk:
                # a text layer without a Unicode map: not indexed; read by OCR
                has_text, text, spans = False, "", None
                if junk_pages is not None:
                    junk_pages.append(number)
            yield Page(
                number=number,
                text=text,
                width=width,
                height=height,
                spans=spans,
                tables=tables.tables.get(number, []) if tables is not None else [],
                has_text_layer=has_text,
                needs_ocr=not has_text,
            )
        finally:
            page.close()


def pdf_title(pdf: pdfium.PdfDocument, first_page_text: str) -> str | None:
    """Metadata title unless it is a Word template artefact, else the first
    substantial line of page 1."""
    meta = (pdf.get_metadata_dict().get("Title") or "").strip()
    meta = re.sub(r"^Microsoft Word - ", "", meta)
    meta = re.sub(r"\.docx?$", "", meta)
    if meta and meta.lower() not in {"agenda template", "minutes", "untitled"} and len(meta) > 3:
        return meta
    for line in first_page_text.splitlines():
        line = line.strip()
        if len(line) >= 8 and not line.lower().startswith(("page ", "http")):
            return line[:200]
    return meta or None


def read_document(
    path: str,
    sha256: str | None = None,
    *,
    with_tables: bool = True,
    max_pages: int | None = None,
) -> Document:
    """Parse one PDF, opening it once (page text, title and tables from the
    same PdfDocument). Raises IngestError with a one-line reason on bad input:
    not a PDF, empty, unreadable, more than `max_pages` pages."""
    size = precheck(path)
    sha = sha256 or sha256_file(path)
    pdf = open_pdf(path)
    try:
        n = len(pdf)
        if n == 0:
            raise IngestError("no pages: the PDF's page tree is empty", "empty")
        if max_pages and n > max_pages:
            raise IngestError(f"too many pages: {n} exceeds the {max_pages}-page limit", "too_large")
        pages: list[Page] = []
        junk_pages: list[int] = []
        finder = PageTableFinder(path) if with_tables and table_engine() == "pdfium" else None
        for page in iter_pages(pdf, junk_pages, finder):
            pages.append(page)
        doc = Document(
            sha256=sha,
            path=os.path.abspath(path),
            size=size,
            page_count=n,
            title=pdf_title(pdf, pages[0].text if pages else ""),
            pages=pages,
        )
        if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) >= 0:
            doc.warnings.append(
                "encrypted with an owner (permissions) password only: read without a password"
            )
        if finder is not None:
            doc.warnings.extend(finder.warnings)
        elif with_tables:  # the pdfplumber engine reads its pages on its own
            attach_tables(doc, pdf=pdf)
    finally:
        pdf.close()
    if not has_eof_marker(path):
        doc.warnings.append("no %%EOF marker at the end (truncated?): PDFium recovered what it could")
    no_text = sum(1 for p in doc.pages if p.needs_ocr)
    junk = len(junk_pages)
    if no_text - junk:
        doc.warnings.append(f"{no_text - junk} page(s) without a text layer")
    if junk:
        doc.warnings.append(f"{junk} page(s) whose text layer decodes to junk (fonts without a Unicode map)")
    return doc

"""Read a PDF into a Document with pypdfium2; pdfplumber only for table pages.

Pages are read one at a time and closed straight away, so PDFium's memory does
not grow with the pack; only the extracted text and boxes are kept.
"""

from __future__ import annotations

import ctypes
import os
import re
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..model import Document, Page, Span
from . import layout_pages
from .errors import IngestError, classify_pdfium_error, precheck
from .hashing import sha256_file
from .junk_text import is_junk_text

# A page with fewer printable characters than this and at least one image is
# treated as having no text layer (a scan).
MIN_TEXT_CHARS = 20
_SPAN_BUF_CHARS = 4096


def open_pdf(path: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        raise classify_pdfium_error(path, exc) from exc


# Bold faces: PDFium reports weight 400 for most embedded subset fonts, so
# the font name ("Calibri-Bold", "Arial,Bold", "Carlito-Bold") and the
# descriptor's force-bold flag decide as well.
_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demibold", re.I)
_FORCE_BOLD = 0x40000  # FXFONT_FORCE_BOLD in the font descriptor flags
_BOLD_WEIGHT = 600  # CSS semibold and heavier


def _spans(textpage: pdfium.PdfTextPage, page_height: float, text: str | None = None) -> list[Span]:
    """Text runs with boxes, font size and weight.

    PDFium's rectangles are runs of consecutive characters of one text object
    (one font and size), in character order. Each run's first character is
    found by position (one call), and the run's text is the slice of the
    page text up to the next run: about half the cost of asking PDFium for the
    text inside each rectangle, which scans the page once per rectangle.
    `text` is the page text as `get_text_range()` returns it, if already read.
    """
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountRects(raw, 0, -1)
    if count <= 0:
        return []
    if text is None:
        text = textpage.get_text_range()
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    name = ctypes.create_string_buffer(_FONT_NAME_CHARS)
    flags = ctypes.c_int()
    boxes: list[tuple[float, float, float, float]] = []
    starts: list[int] = []  # index into `text` of each run's first character, -1 unknown
    fonts: list[tuple[float, bool]] = []
    last_start = -1
    for i in range(count):
        pdfium_c.FPDFText_GetRect(raw, i, left, top, right, bottom)
        x0, y0, x1, y1 = left.value, top.value, right.value, bottom.value
        boxes.append((x0, y0, x1, y1))
        mid = (y0 + y1) / 2
        # exact containment (no tolerance: a near miss finds the neighbouring run)
        idx = pdfium_c.FPDFText_GetCharIndexAtPos(raw, x0 + 0.5, mid, 0.0, 0.0)
        start = pdfium_c.FPDFText_GetTextIndexFromCharIndex(raw, idx) if idx >= 0 else -1
        if start >= 0 and start > last_start:
            starts.append(start)
            last_start = start
        else:  # runs are in character order: anything else is a wrong hit
            starts.append(-1)
            idx = pdfium_c.FPDFText_GetCharIndexAtPos(raw, (x0 + x1) / 2, mid, 1.0, 1.0)
        if idx < 0:
            fonts.append((0.0, False))
            continue
        size = pdfium_c.FPDFText_GetFontSize(raw, idx)
        n = pdfium_c.FPDFText_GetFontInfo(raw, idx, name, _FONT_NAME_CHARS, flags)
        bold = (
            bool(_BOLD_NAME.search(name.raw[: max(n - 1, 0)]))
            or bool(flags.value & _FORCE_BOLD)
            or pdfium_c.FPDFText_GetFontWeight(raw, idx) >= _BOLD_WEIGHT
        )
        fonts.append((round(size, 2), bold))
    out: list[Span] = []
    buf = ptr = None
    for i, (x0, y0, x1, y1) in enumerate(boxes):
        start = starts[i]
        run = None
        # a run ends where the next begins; when the next run's start is unknown
        # too, PDFium's bounded text is exact (probing the right edge is not)
        end = starts[i + 1] if i + 1 < count else len(text)
        if start >= 0 and end > start and "\n" not in text[start:end].rstrip():
            run = text[start:end]
        if run is None:  # position lookup failed: ask PDFium for the box's text
            if buf is None:
                buf = ctypes.create_string_buffer(_SPAN_BUF_CHARS * 2 + 2)
                ptr = ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort))
            k = pdfium_c.FPDFText_GetBoundedText(raw, x0, y0, x1, y1, ptr, _SPAN_BUF_CHARS)
            run = buf.raw[: k * 2].decode("utf-16-le", errors="replace")
        run = _RUN_JUNK.sub("", run)
        text_run = run.strip()
        if text_run:
            size, bold = fonts[i]
            space = run.rstrip("\r\n")[-1:].isspace()
            out.append(Span(text_run, x0, page_height - y0, x1, page_height - y1, size, bold, space))
    return out


# NUL padding and PDFium's soft-hyphen markers (\x02 or \ufffe at a line end)
_RUN_JUNK = re.compile("[\x00\x02\ufffe]")
_FONT_NAME_CHARS = 128


_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return _CTRL.sub("", text)


# A page with (almost) no text but at least this many vector paths has its text drawn as
# outlines (glyphs converted to curves, as some PDF printers do): only OCR reads it.
# Measured: such pages of the Souldern parish papers (2018) carry 458-2,001 paths; a Word
# page with ruled tables about 30, a chart page a few hundred at most.
MIN_OUTLINED_TEXT_PATHS = 400


def _text_as_paths(page: pdfium.PdfPage) -> bool:
    n = 0
    for obj in page.get_objects(max_depth=2):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            n += 1
            if n >= MIN_OUTLINED_TEXT_PATHS:
                return True
    return False


def _has_images(page: pdfium.PdfPage) -> bool:
    for obj in page.get_objects(max_depth=1):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            return True
    return False


def iter_pages(pdf: pdfium.PdfDocument, junk_pages: list[int] | None = None) -> Iterator[Page]:
    """The PDF's pages; the numbers of pages whose text layer is junk (blanked,
    left for OCR) are appended to `junk_pages`."""
    after_minutes = False
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                raw_text = textpage.get_text_range()
                text = clean_text(raw_text)
                number = index + 1
                wanted = layout_pages.wants_spans(text, number, after_minutes)
                after_minutes = layout_pages.minutes_page(text, after_minutes)
                spans = _spans(textpage, height, raw_text) if wanted else None
            finally:
                textpage.close()
            has_text = len(text.strip()) >= MIN_TEXT_CHARS or not (_has_images(page) or _text_as_paths(page))
            if has_text and is_junk_text(text):
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
    """Parse one PDF. Raises IngestError with a one-line reason on bad input."""
    size = precheck(path)
    sha = sha256 or sha256_file(path)
    pdf = open_pdf(path)
    try:
        n = len(pdf)
        if n == 0:
            raise IngestError("no pages: the PDF's page tree is empty", "empty")
        if max_pages is not None and n > max_pages:
            raise IngestError(f"too many pages: {n} exceeds the {max_pages}-page limit", "too_large")
        pages: list[Page] = []
        junk_pages: list[int] = []
        for page in iter_pages(pdf, junk_pages):
            pages.append(page)
        doc = Document(
            sha256=sha,
            path=os.path.abspath(path),
            size=size,
            page_count=n,
            title=pdf_title(pdf, pages[0].text if pages else ""),
            pages=pages,
        )
    finally:
        pdf.close()
    if with_tables:
        from .tables_reader import attach_tables

        attach_tables(doc)
    no_text = sum(1 for p in doc.pages if p.needs_ocr)
    junk = len(junk_pages)
    if no_text - junk:
        doc.warnings.append(f"{no_text - junk} page(s) without a text layer")
    if junk:
        doc.warnings.append(f"{junk} page(s) whose text layer decodes to junk (fonts without a Unicode map)")
    return doc

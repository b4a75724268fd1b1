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


def _spans(textpage: pdfium.PdfTextPage, page_height: float) -> list[Span]:
    """Text runs with boxes from PDFium's rectangles (raw calls: about 2x faster
    than the wrapper methods)."""
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountRects(raw, 0, -1)
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    buf = ctypes.create_string_buffer(_SPAN_BUF_CHARS * 2 + 2)
    ptr = ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort))
    out: list[Span] = []
    for i in range(count):
        pdfium_c.FPDFText_GetRect(raw, i, left, top, right, bottom)
        n = pdfium_c.FPDFText_GetBoundedText(
            raw, left.value, top.value, right.value, bottom.value, ptr, _SPAN_BUF_CHARS
        )
        text = buf.raw[: n * 2].decode("utf-16-le", errors="replace").replace("\x00", "").strip()
        if text:
            out.append(
                Span(text, left.value, page_height - top.value, right.value, page_height - bottom.value)
            )
    return out


_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return _CTRL.sub("", text)


def _has_images(page: pdfium.PdfPage) -> bool:
    for obj in page.get_objects(max_depth=1):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            return True
    return False


def iter_pages(pdf: pdfium.PdfDocument, junk_pages: list[int] | None = None) -> Iterator[Page]:
    """The PDF's pages; the numbers of pages whose text layer is junk (blanked,
    left for OCR) are appended to `junk_pages`."""
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                text = clean_text(textpage.get_text_range())
                number = index + 1
                spans = _spans(textpage, height) if layout_pages.wants_spans(text, number) else None
            finally:
                textpage.close()
            has_text = len(text.strip()) >= MIN_TEXT_CHARS or not _has_images(page)
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

"""The PDFium calls the page reader and the table reader share: open a file
(a load failure becomes a one-line reason) and read a page's text runs with
their boxes. Its own module so pdf_reader and tables_reader both import it
and not each other."""

from __future__ import annotations

import ctypes
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..model import Span
from .errors import classify_pdfium_error

_SPAN_BUF_CHARS = 4096
# NUL padding and PDFium's soft-hyphen markers (\x02 or \ufffe at a line end)
_RUN_JUNK = re.compile("[\x00\x02\ufffe]")
_FONT_NAME_CHARS = 128


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

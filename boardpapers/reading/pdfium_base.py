"""The PDFium calls the page reader and the table reader share: open a file
(a load failure becomes a one-line reason) and read a page's text runs with
their boxes. Its own module so pdf_reader and tables_reader both import it
and not each other."""

from __future__ import annotations

import ctypes
import re
from typing import Any

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


def fast_call(name: str, restype: Any, *argtypes: Any) -> Any:
    """A prototype of a PDFium function taking plain ints for handles and
    addresses: a third faster a call than the typed binding (no pointer type
    checks), which matters for calls made once a character or text run."""
    addr = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(addr)


_VP, _INT, _DBL = ctypes.c_void_p, ctypes.c_int, ctypes.c_double
_count_rects = fast_call("FPDFText_CountRects", _INT, _VP, _INT, _INT)
_get_rect = fast_call("FPDFText_GetRect", _INT, _VP, _INT, _VP, _VP, _VP, _VP)
_char_at = fast_call("FPDFText_GetCharIndexAtPos", _INT, _VP, _DBL, _DBL, _DBL, _DBL)
_text_index = fast_call("FPDFText_GetTextIndexFromCharIndex", _INT, _VP, _INT)
_font_size = fast_call("FPDFText_GetFontSize", _DBL, _VP, _INT)
_font_info = fast_call("FPDFText_GetFontInfo", ctypes.c_ulong, _VP, _INT, _VP, ctypes.c_ulong, _VP)
_font_weight = fast_call("FPDFText_GetFontWeight", _INT, _VP, _INT)
_char_box = fast_call("FPDFText_GetCharBox", _INT, _VP, _INT, _VP, _VP, _VP, _VP)


# Characters walked past the last run found, at most, to find a run whose first character the
# position lookups miss (a run opening with a space has a zero-height box: Chromium prints a
# kerned pair "PA" + " inspection" so). A page line holds ~150 characters; a run is rarely
# more than a line past the last one found.
_WALK_CHARS = 400
# Points two left edges may differ by and be the same edge (float rounding of one number)
_SAME_EDGE = 0.01


def _first_char_in(tp: int, after: int, box: tuple[float, float, float, float]) -> int:
    """The first character after char index `after` whose box starts where the run's `box`
    starts: the run's opening character (a run's box is the union of its characters' boxes),
    found by walking the characters in order, so that no run's text is read from its box
    (PDFium's bounded text takes in the neighbours' glyphs a box overlaps: "RoSPA" + "PA" +
    "A inspection", "f" + "ffi" + "fi"). -1 when none is found within _WALK_CHARS."""
    x0, top, _, bottom = box
    cb = (ctypes.c_double * 4)()
    at = ctypes.addressof(cb)
    for k in range(after + 1, after + 1 + _WALK_CHARS):
        if not _char_box(tp, k, at, at + 8, at + 16, at + 24):
            return -1  # past the page's last character
        left, _, c_bottom, c_top = cb
        if abs(left - x0) <= _SAME_EDGE and bottom <= (c_bottom + c_top) / 2 <= top:
            return k
    return -1


# Points past the previous run's right edge to probe for a run's first character when the two
# boxes overlap (kerned pairs overlap by under 1 pt at body sizes; 0.3 pt stays inside the glyph)
_KERN_PROBE = 0.3


def _spans(textpage: pdfium.PdfTextPage, page_height: float, text: str | None = None) -> list[Span]:
    """Text runs with boxes, font size and weight.

    PDFium's rectangles are runs of consecutive characters of one text object
    (one font and size), in character order. Each run's first character is
    found by position (one call), and the run's text is the slice of the
    page text up to the next run: about half the cost of asking PDFium for the
    text inside each rectangle, which scans the page once per rectangle.
    `text` is the page text as `get_text_range()` returns it, if already read.
    PDFium is called through `fast_call` prototypes (a text page has hundreds
    of runs, each six calls); a font name's bold test is made once per name.
    """
    tp = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    count = _count_rects(tp, 0, -1)
    if count <= 0:
        return []
    if text is None:
        text = textpage.get_text_range()
    rect = (ctypes.c_double * 4)()
    at = ctypes.addressof(rect)
    p_left, p_top, p_right, p_bottom = at, at + 8, at + 16, at + 24
    name = ctypes.create_string_buffer(_FONT_NAME_CHARS)
    p_name = ctypes.addressof(name)
    flags = ctypes.c_int()
    p_flags = ctypes.addressof(flags)
    bold_names: dict[bytes, bool] = {}
    boxes: list[tuple[float, float, float, float]] = []
    starts: list[int] = []  # index into `text` of each run's first character, -1 unknown
    fonts: list[tuple[float, bool]] = []
    last_start = -1
    last_idx = -1  # char index of the last run start found
    for i in range(count):
        # a failed call leaves the last rectangle's values, as the typed binding did
        _get_rect(tp, i, p_left, p_top, p_right, p_bottom)
        x0, y0, x1, y1 = rect
        boxes.append((x0, y0, x1, y1))
        mid = (y0 + y1) / 2
        # exact containment (no tolerance: a near miss finds the neighbouring run)
        idx = _char_at(tp, x0 + 0.5, mid, 0.0, 0.0)
        start = _text_index(tp, idx) if idx >= 0 else -1
        if (
            not start > last_start
            and i
            and x0 < boxes[i - 1][2] < x1 - _KERN_PROBE
            and y1 < (boxes[i - 1][1] + boxes[i - 1][3]) / 2 < y0  # the previous run is on this line
        ):
            # the run's first glyph lies under the previous run's box (a kerned pair such as
            # "Ta", "To" set as two text objects, as Chromium prints them): probe just past it
            idx = _char_at(tp, boxes[i - 1][2] + _KERN_PROBE, mid, 0.0, 0.0)
            start = _text_index(tp, idx) if idx >= 0 else -1
        if not start > last_start:
            # a run the position lookups miss: walk the characters after the last run found
            idx = _first_char_in(tp, last_idx, boxes[i])
            start = _text_index(tp, idx) if idx >= 0 else -1
        if start >= 0 and start > last_start:
            starts.append(start)
            last_start = start
            last_idx = idx
        else:  # runs are in character order: anything else is a wrong hit
            starts.append(-1)
            idx = _char_at(tp, (x0 + x1) / 2, mid, 1.0, 1.0)
        if idx < 0:
            fonts.append((0.0, False))
            continue
        size = _font_size(tp, idx)
        n = _font_info(tp, idx, p_name, _FONT_NAME_CHARS, p_flags)
        font_name = name.raw[: max(n - 1, 0)]
        bold_name = bold_names.get(font_name)
        if bold_name is None:
            bold_name = bold_names[font_name] = bool(_BOLD_NAME.search(font_name))
        bold = bold_name or bool(flags.value & _FORCE_BOLD) or _font_weight(tp, idx) >= _BOLD_WEIGHT
        fonts.append((round(size, 2), bold))
    out: list[Span] = []
    last_out = -1  # the rectangle index of out[-1]
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
            k = pdfium_c.FPDFText_GetBoundedText(textpage.raw, x0, y0, x1, y1, ptr, _SPAN_BUF_CHARS)
            run = buf.raw[: k * 2].decode("utf-16-le", errors="replace")
        run = _RUN_JUNK.sub("", run)
        text_run = run.strip()
        if run[:1].isspace() and i and last_out == i - 1:
            # a run opening with the space between two words (found by _first_char_in): the
            # word break belongs to the run before, as when a run ends in its space
            out[-1].space_after = True
        if text_run:
            size, bold = fonts[i]
            space = run.rstrip("\r\n")[-1:].isspace()
            out.append(Span(text_run, x0, page_height - y0, x1, page_height - y1, size, bold, space))
            last_out = i
    return out

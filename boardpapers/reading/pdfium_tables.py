"""Ruled tables from PDFium's page objects, with pdfplumber's table algorithm.

pdfplumber's `page.find_tables()` spends nearly all its time in pdfminer
parsing the page; the table algorithm itself (`pdfplumber.table.TableFinder`,
MIT licence) is cheap. Here the two inputs it needs, ruling edges and
characters, come from pypdfium2 instead, built to the same rules as
pdfminer/pdfplumber so the rows come out the same:

* edges: every painted path, split into subpaths at each move-to, classified
  as pdfminer does (a two-point subpath is a line, a closed four-sided
  axis-aligned one a rect, anything else a curve), then turned into edges as
  pdfplumber does (`line_to_edge`, `rect_to_edges`, `curve_to_edges`);
* chars: PDFium's text-page characters with pdfminer's LTChar box (from the
  origin, the advance by one em from the font's descent) and pdfminer's
  `upright` test. PDFium differs from pdfminer in three ways made up for here:
  it swallows some real spaces (no-break spaces, spaces next to kerned text)
  into "generated" spaces, which are kept when they stand for a space-sized gap
  (SPACE_GAP); some fonts' loose boxes are the glyph's box, so a box is started
  at the origin and ended at the next character's origin on the same line; it
  marks a line-end hyphen as U+0002;
* coordinates: pdfminer's page transform for /Rotate and the MediaBox origin,
  then pdfplumber's flip to a top-left origin (CropBox ignored, as pdfplumber
  does). PDFium keeps coordinates as 32-bit floats: they are taken back to the
  short decimals of the content stream (`_dec`), and 'x y w h re' rectangles
  re-summed, so that edges exactly a tolerance apart snap as in pdfminer.

`PdfiumPage` is the small duck-typed page `TableFinder` reads (`edges`,
`bbox`); `extract` is `Table.extract()` with the same cell test and text, on
rows found by bisection. What is left different: characters' boxes can still
be a fraction of a point off pdfminer's (glyph-box fonts, vertical text), which
matters only for a character whose middle is on a cell boundary, and PDFium's
text for glyphs pdfminer cannot map ('(cid:1)' there, a control character here).
"""

from __future__ import annotations

import bisect
import ctypes
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .pdfium_base import fast_call as _fast

Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# Forms nested deeper than this are not searched for rulings.
MAX_FORM_DEPTH = 8
# Characters further than this outside every table are not read (a character's
# middle decides its cell; the margin covers the loose box against pdfminer's).
NEAR_MARGIN = 12.0
# pdfplumber's x_tolerance for words (utils.text.DEFAULT_X_TOLERANCE)
WORD_GAP = 3.0
# A gap narrower than this share of an em is a kerned pair, not a swallowed space
# (a space or no-break space is about a quarter of an em). Measured on the
# table pages of the corpus: 0.15 keeps all but 1 of 1268 spaces pdfplumber
# has; on turned pages (no generated-space position to go by) 0.2.
SPACE_GAP = 0.15
TURNED_SPACE_GAP = 0.2


def _dec(x: float) -> float:
    """The short decimal PDFium's 32-bit float came from (content streams write
    '393.831'; PDFium keeps 393.83099365...; pdfminer computes on 393.831).
    Edges exactly a tolerance apart (3 points) snap, or not, on the last bit."""
    return float(f"{x:.7g}")


def _mult(m1: Matrix, m0: Matrix) -> Matrix:
    """m1 then m0 (pdfminer's mult_matrix order)."""
    a1, b1, c1, d1, e1, f1 = m1
    a0, b0, c0, d0, e0, f0 = m0
    return (
        a0 * a1 + c0 * b1,
        b0 * a1 + d0 * b1,
        a0 * c1 + c0 * d1,
        b0 * c1 + d0 * d1,
        a0 * e1 + c0 * f1 + e0,
        b0 * e1 + d0 * f1 + f0,
    )


@dataclass(slots=True)
class PageFrame:
    """pdfminer's page matrix (rotation, MediaBox origin) and pdfplumber's flip."""

    ctm: Matrix
    height: float
    x_shift: float
    top_shift: float
    bbox: tuple[float, float, float, float]

    @classmethod
    def of(cls, page: pdfium.PdfPage) -> PageFrame:
        rotation = page.get_rotation() % 360
        x0, y0, x1, y1 = (_dec(v) for v in page.get_mediabox())
        # pdfminer.pdfinterp.PDFPageInterpreter.process_page
        if rotation == 90:
            ctm: Matrix = (0, -1, 1, 0, -y0, x1)
        elif rotation == 180:
            ctm = (-1, 0, 0, -1, x1, y1)
        elif rotation == 270:
            ctm = (0, 1, -1, 0, y1, -x0)
        else:
            ctm = (1, 0, 0, 1, -x0, -y0)
        # pdfplumber.page.Page.__init__ (_normalize_box, _invert_box) and .height
        nx0, nx1 = sorted((x0, x1))
        ny0, ny1 = sorted((y0, y1))
        if rotation in (90, 270):
            nx0, ny0, nx1, ny1 = ny0, nx0, ny1, nx1
        mb_height = ny1 - ny0
        bbox = (nx0, mb_height - ny1, nx1, mb_height - ny0)
        return cls(ctm=ctm, height=bbox[3] - bbox[1], x_shift=bbox[0], top_shift=bbox[1], bbox=bbox)

    @property
    def width(self) -> float:
        return self.bbox[2] - self.bbox[0]


def _edge(x0: float, x1: float, top: float, bottom: float, orientation: str | None, kind: str) -> dict:
    return {
        "object_type": kind,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
    }


def _subpath_edges(shape: str, pts: list[Point], frame: PageFrame) -> list[dict]:
    """pdfminer's PDFLayoutAnalyzer.paint_path for one subpath (points already in
    pdfminer's page space), then pdfplumber's edges for the object it makes."""
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts = pts[:-1]
    h, xs, ts = frame.height, frame.x_shift, frame.top_shift
    if shape in ("mlh", "ml"):
        (ax, ay), (bx, by) = pts[0], pts[1]
        x0, x1 = min(ax, bx) + xs, max(ax, bx) + xs
        top, bottom = h - max(ay, by) + ts, h - min(ay, by) + ts
        return [_edge(x0, x1, top, bottom, "h" if top == bottom else "v", "line")]
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        if pts[0] == pts[4] and (
            (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
            or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        ):
            left, right = min(x0, x2) + xs, max(x0, x2) + xs
            top, bottom = h - max(y0, y2) + ts, h - min(y0, y2) + ts
            return [
                _edge(left, right, top, top, "h", "rect_edge"),
                _edge(left, right, bottom, bottom, "h", "rect_edge"),
                _edge(left, left, top, bottom, "v", "rect_edge"),
                _edge(right, right, top, bottom, "v", "rect_edge"),
            ]
    out = []
    flipped = [(xs + x, ts + h - y) for x, y in pts]  # pdfplumber's point2coord
    for (ax, ay), (bx, by) in zip(flipped, flipped[1:], strict=False):
        orientation = "v" if ax == bx else ("h" if ay == by else None)
        if orientation is None:
            continue  # pdfplumber never uses a slanted curve edge for tables
        out.append(_edge(min(ax, bx), max(ax, bx), min(ay, by), max(ay, by), orientation, "curve_edge"))
    return out


_MOVE, _BEZIER = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_BEZIERTO


def _as_re(pts: list[Point]) -> list[Point]:
    """A rectangle drawn as PDFium stores 'x y w h re' (corners x+w, y+h summed in
    32-bit floats): redo the sums on the decimals, as pdfminer does."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
    if not (y1 == y0 and x2 == x1 and y3 == y2 and x3 == x0):
        return pts
    x, y = x0, y0
    w, h = _dec(x1 - x0), _dec(y2 - y0)
    return [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]


def _path_edges(obj: Any, matrix: Matrix, frame: PageFrame) -> list[dict]:
    """Edges of one path object. The subpaths are rebuilt as pdfminer sees the
    content stream: PDFium turns a close-path ('h') into a closing line-to, or
    flags the last point when it is back at the start."""
    n = _count_segments(obj)
    if n < 2:
        return []
    a, b, c, d, e, f = matrix
    fx, fy = ctypes.c_float(), ctypes.c_float()
    px, py = ctypes.addressof(fx), ctypes.addressof(fy)
    edges: list[dict] = []
    subpaths: list[tuple[list[str], list[Point]]] = []
    shape: list[str] = []
    pts: list[Point] = []
    start: Point = (0.0, 0.0)
    bezier = 0
    for i in range(n):
        seg = _segment(obj, i)
        kind = _segment_type(seg)
        _segment_point(seg, px, py)
        pt = (_dec(fx.value), _dec(fy.value))
        if kind == _MOVE:
            shape, pts, start, bezier = ["m"], [pt], pt, 0
            subpaths.append((shape, pts))
            continue
        if not shape:
            continue  # pdfminer drops a path that does not begin with a move-to
        if kind == _BEZIER:
            bezier += 1
            if bezier % 3:
                continue  # control points: pdfminer keeps the end point only
            shape.append("c")
        else:
            shape.append("l")
        pts.append(pt)
        if _segment_close(seg):
            if pt == start and shape[-1] == "l":
                shape[-1] = "h"
            else:
                shape.append("h")
                pts.append(start)
    for shape, pts in subpaths:
        if len(shape) < 2:
            continue
        code = "".join(shape)
        if code == "mlllh":
            pts = _as_re(pts)
        edges += _subpath_edges(code, [(a * x + c * y + e, b * x + d * y + f) for x, y in pts], frame)
    return edges


def _obj_matrix(obj: int, buf: Any) -> Matrix:
    _get_matrix(obj, ctypes.addressof(buf))
    return (_dec(buf.a), _dec(buf.b), _dec(buf.c), _dec(buf.d), _dec(buf.e), _dec(buf.f))


def _walk(objs: Iterator[int], parent: Matrix, frame: PageFrame, depth: int, out: list[dict]) -> None:
    buf = pdfium_c.FS_MATRIX()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    p_fill, p_stroke = ctypes.addressof(fill), ctypes.addressof(stroke)
    for obj in objs:
        kind = _object_type(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            _draw_mode(obj, p_fill, p_stroke)
            if not fill.value and not stroke.value:
                continue  # pdfminer only sees painted paths
            out += _path_edges(obj, _mult(_obj_matrix(obj, buf), parent), frame)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
            m = _mult(_obj_matrix(obj, buf), parent)
            count = _form_count(obj)
            _walk((_form_object(obj, i) for i in range(count)), m, frame, depth + 1, out)


def page_edges(page: pdfium.PdfPage, frame: PageFrame | None = None) -> list[dict]:
    """All ruling edges of a page in pdfplumber's edge format (`page.edges`)."""
    frame = frame or PageFrame.of(page)
    raw = ctypes.cast(page.raw, ctypes.c_void_p).value
    out: list[dict] = []
    count = _page_count(raw)
    _walk((_page_object(raw, i) for i in range(count)), frame.ctm, frame, 0, out)
    return out


_VP, _INT = ctypes.c_void_p, ctypes.c_int
# the calls made once a page object or path segment while walking a page's rulings (a chart page
# has thousands of segments), as plain-int prototypes: page_edges ran ~27% faster on the bulk
# corpus's pages (1,114 pages, the same edges) than through the typed bindings
_page_count = _fast("FPDFPage_CountObjects", _INT, _VP)
_page_object = _fast("FPDFPage_GetObject", _VP, _VP, _INT)
_form_count = _fast("FPDFFormObj_CountObjects", _INT, _VP)
_form_object = _fast("FPDFFormObj_GetObject", _VP, _VP, ctypes.c_ulong)
_object_type = _fast("FPDFPageObj_GetType", _INT, _VP)
_draw_mode = _fast("FPDFPath_GetDrawMode", _INT, _VP, _VP, _VP)
_get_matrix = _fast("FPDFPageObj_GetMatrix", _INT, _VP, _VP)
_count_segments = _fast("FPDFPath_CountSegments", _INT, _VP)
_segment = _fast("FPDFPath_GetPathSegment", _VP, _VP, _INT)
_segment_type = _fast("FPDFPathSegment_GetType", _INT, _VP)
_segment_point = _fast("FPDFPathSegment_GetPoint", _INT, _VP, _VP, _VP)
_segment_close = _fast("FPDFPathSegment_GetClose", _INT, _VP)
_count_chars = _fast("FPDFText_CountChars", _INT, _VP)
_unicode = _fast("FPDFText_GetUnicode", ctypes.c_uint, _VP, _INT)
_is_generated = _fast("FPDFText_IsGenerated", _INT, _VP, _INT)
_loose_box = _fast("FPDFText_GetLooseCharBox", _INT, _VP, _INT, _VP)
_origin = _fast("FPDFText_GetCharOrigin", _INT, _VP, _INT, _VP, _VP)
_text_object = _fast("FPDFText_GetTextObject", _VP, _VP, _INT)
_char_matrix = _fast("FPDFText_GetMatrix", _INT, _VP, _INT, _VP)
_font_size = _fast("FPDFText_GetFontSize", ctypes.c_double, _VP, _INT)
_text_font = _fast("FPDFTextObj_GetFont", _VP, _VP)
_font_descent = _fast("FPDFFont_GetDescent", _INT, _VP, ctypes.c_float, _VP)


# A clip path narrower than this (points) in either direction shows nothing: spreadsheet
# exports clip the text of a hidden row or column to a line (a Kent budget risk register puts
# "Significant Risks (over £10m)" of a hidden row over the first risk of every page).
CLIP_HIDDEN_PT = 2.0


def _clipped_away(obj: int) -> bool:
    """The text object is drawn through a clip path of no area that does not meet it: its
    characters are invisible on the page and would be mixed into the cell below them."""
    handle = ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)
    clip = pdfium_c.FPDFPageObj_GetClipPath(handle)
    if not clip:
        return False
    x, y = ctypes.c_float(), ctypes.c_float()
    xs: list[float] = []
    ys: list[float] = []
    for k in range(pdfium_c.FPDFClipPath_CountPaths(clip)):
        for n in range(pdfium_c.FPDFClipPath_CountPathSegments(clip, k)):
            seg = pdfium_c.FPDFClipPath_GetPathSegment(clip, k, n)
            if seg and pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
                xs.append(x.value)
                ys.append(y.value)
    if not xs or min(max(xs) - min(xs), max(ys) - min(ys)) >= CLIP_HIDDEN_PT:
        return False
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetBounds(handle, left, bottom, right, top):
        return False
    meets = (
        left.value <= max(xs) and right.value >= min(xs) and bottom.value <= max(ys) and top.value >= min(ys)
    )
    return not meets


def _text_object_info(tp: int, i: int, ctm: Matrix) -> tuple:
    """Per text object (PDFium gives every character of it the same matrix and
    size): the text-space-to-user matrix scaled by the font size, pdfminer's
    font descent in ems, and pdfminer's `upright` on the page matrix."""
    mat = pdfium_c.FS_MATRIX()
    _char_matrix(tp, i, ctypes.addressof(mat))
    size = _font_size(tp, i) or 1.0
    la, lb, lc, ld = mat.a * size, mat.b * size, mat.c * size, mat.d * size
    descent = None
    obj = _text_object(tp, i)
    font = _text_font(obj) if obj else None
    if font:
        desc = ctypes.c_float()
        if _font_descent(font, 1.0, ctypes.addressof(desc)):
            descent = desc.value
    a, b, c, d, _, _ = _mult((mat.a, mat.b, mat.c, mat.d, 0.0, 0.0), ctm)
    hidden = bool(obj) and _clipped_away(obj)
    return la, lb, lc, ld, descent, bool(a * d > 0 and b * c <= 0), (a, b, c, d, 0.0, 0.0), hidden


def page_chars(
    textpage: pdfium.PdfTextPage,
    frame: PageFrame,
    within: list[tuple[float, float, float, float]] | None = None,
) -> list[dict]:
    """Characters in pdfplumber's char format, without PDFium's generated line
    breaks. The box is pdfminer's LTChar box: the advance width (from PDFium's
    loose box) by one em from the font's descent (PDFium's loose box goes from
    descent to ascent, or uses the glyph's box for some fonts)."""
    tp = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    n = _count_chars(tp)
    rect = pdfium_c.FS_RECTF()
    prect = ctypes.addressof(rect)
    ox_, oy_ = ctypes.c_double(), ctypes.c_double()
    pox, poy = ctypes.addressof(ox_), ctypes.addressof(oy_)
    ctm = frame.ctm
    ca, cb, cc, cd, ce, cf = ctm
    h, xs, ts = frame.height, frame.x_shift, frame.top_shift
    infos: dict[int | None, tuple] = {}
    out: list[dict] = []
    pending: dict | None = None
    pending_x: float | None = None
    # unrotated page: the last character, to trim an overhanging box
    plain = ca == 1 and cd == 1 and cb == 0 and cc == 0
    near = None
    if within is not None and plain:
        m = NEAR_MARGIN
        near = [(x0 - m, top - m, x1 + m, bottom + m) for x0, top, x1, bottom in within]
    last: dict | None = None
    last_key: tuple | None = None
    last_ox = last_oy = 0.0
    low = -1  # index of the low half of a surrogate pair, read with the high half
    for i in range(n):
        if i == low:
            continue
        u = _unicode(tp, i)
        if u in (0, 0xFFFE, 0xFFFF, 0x0D, 0x0A):
            continue
        if 0xD800 <= u <= 0xDFFF:  # UTF-16 halves: one character, never a lone half
            u2 = _unicode(tp, i + 1) if u < 0xDC00 and i + 1 < n else 0
            if not 0xDC00 <= u2 <= 0xDFFF:
                continue
            u, low = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00), i + 1
        if u == 0x20 and _is_generated(tp, i) == 1:
            # PDFium stands a generated space in for some real space characters
            # (a no-break space, a space before a character it moved): pdfplumber
            # has a whitespace character there, which ends the word. It is kept
            # when the next real character follows on the same line about a
            # space's width away, but closer than pdfplumber's word gap (further
            # apart, the words split anyway).
            if out and not out[-1]["text"].isspace():
                pending = out[-1]
                _origin(tp, i, pox, poy)
                pending_x = ox_.value + ce + xs if plain else None
            continue
        if not _loose_box(tp, i, prect):
            continue
        if near is not None:
            # only the characters that can fall in a table (plus a margin)
            mx = (rect.left + rect.right) / 2 + ce + xs
            my = h - (rect.top + rect.bottom) / 2 - cf + ts
            # a plain loop: a generator per character cost more than the test
            for bx0, btop, bx1, bbottom in near:
                if bx0 <= mx <= bx1 and btop <= my <= bbottom:
                    break
            else:
                pending = last = None
                continue
        key = _text_object(tp, i)
        info = infos.get(key)
        if info is None:
            info = infos[key] = _text_object_info(tp, i, ctm)
        la, lb, lc, ld, descent, upright, matrix, hidden = info
        if hidden:
            pending = last = None
            continue
        _origin(tp, i, pox, poy)
        ox, oy = ox_.value, oy_.value
        left, right, lo, hi = rect.left, rect.right, rect.bottom, rect.top
        if lb == 0 and lc == 0 and la and ld:
            # horizontal text: pdfminer's box is the loose box's advance, one em
            # high from the descent
            v0 = descent if descent is not None else min((lo - oy) / ld, (hi - oy) / ld)
            ya, yb = oy + ld * v0, oy + ld * (v0 + 1.0)
            if la > 0 and left < ox < right:
                left = ox  # pdfminer's box starts at the origin ('j' overhangs it)
            # the two corners through the page matrix, written out (the same sums
            # as the general case below, without its lists: most characters)
            pxa, pxb = ca * left + cc * ya + ce, ca * right + cc * yb + ce
            pya, pyb = cb * left + cd * ya + cf, cb * right + cd * yb + cf
            x0, x1, y0, y1 = min(pxa, pxb) + xs, max(pxa, pxb) + xs, min(pya, pyb), max(pya, pyb)
        else:
            det = la * ld - lb * lc
            if not det:
                continue
            us, vs = [], []
            for x, y in ((left, lo), (right, hi), (left, hi), (right, lo)):
                dx, dy = x - ox, y - oy
                us.append((ld * dx - lc * dy) / det)
                vs.append((la * dy - lb * dx) / det)
            u0, u1 = min(us), max(us)
            v0 = descent if descent is not None else min(vs)
            corners = tuple(
                (ox + la * tu + lc * tv, oy + lb * tu + ld * tv)
                for tu, tv in ((u0, v0), (u1, v0 + 1.0), (u0, v0 + 1.0), (u1, v0))
            )
            pxs = [ca * x + cc * y + ce for x, y in corners]
            pys = [cb * x + cd * y + cf for x, y in corners]
            x0, x1, y0, y1 = min(pxs) + xs, max(pxs) + xs, min(pys), max(pys)
        top, bottom = h - y1 + ts, h - y0 + ts
        if (
            last is not None
            and info[:4] == last_key
            and oy == last_oy
            and last_ox < ox + ce + xs < last["x1"]
        ):
            # Some fonts' loose boxes are the glyph's box, wider than the advance
            # for an overhanging glyph ('f'): end it where the next one starts.
            last["x1"] = ox + ce + xs
            last["width"] = last["x1"] - last["x0"]
        if pending is not None:
            gap = x0 - pending["x1"]
            # Loose boxes of some fonts overstate the advance; the generated
            # space then starts where the previous character really ends.
            space = max(gap, x0 - pending_x) if pending_x is not None else gap
            least = SPACE_GAP if plain else TURNED_SPACE_GAP
            if least * pending["size"] <= space and gap < WORD_GAP and abs(top - pending["top"]) < 1.0:
                out.append({**pending, "text": " ", "x0": pending["x1"], "width": 0.0})
            pending = None
        ch = {
            "object_type": "char",
            # PDFium's marker for a hyphen at the end of a line
            "text": "-" if u == 0x02 else chr(u),
            "x0": x0,
            "x1": x1,
            "y0": y0,
            "y1": y1,
            "top": top,
            "bottom": bottom,
            "doctop": top,
            "width": x1 - x0,
            "height": y1 - y0,
            "size": y1 - y0,
            "upright": upright,
            "fontname": "",
            "matrix": matrix,
        }
        out.append(ch)
        if plain and lb == 0 and lc == 0 and la > 0:
            last, last_key, last_ox, last_oy = ch, info[:4], ox + ce + xs, oy
        else:
            last = None
    return out


# A table may be cut by the page's end when its rulings stop within this share of the page
# height from the page's foot (or, for the part that goes on, from its head).
CUT_SHARE = 0.15
# Rulings ending within this many points of each other end at one line.
CUT_END_TOL = 1.0
# pdfplumber's snap tolerance: a horizontal ruling this close to the rulings' end closes them.
CUT_SNAP = 3.0
# A line that covers at least this share of the rulings' span closes the table there.
CUT_COVER = 0.9


def _cover(hs: list[tuple[float, float]], x0: float, x1: float) -> float:
    """How much of [x0, x1] the intervals cover."""
    total, reach = 0.0, x0
    for a, b in sorted(hs):
        a, b = max(a, reach), min(b, x1)
        if b > a:
            total += b - a
            reach = b
    return total


def cut_edges(edges: list[dict], height: float) -> list[dict]:
    """Horizontal edges closing a ruled table that the page's end cuts through.

    Word, LibreOffice and browsers printing HTML break a row over the page and draw no border
    where the page cuts it: the column rulings stop at the page's foot (and the row's rest
    starts at the next page's head, under the repeated header or under nothing) with no line
    across. pdfplumber then has no closed cells there: the row's text is dropped, and only a
    cell closed by its own shading survives, as a row of one cell ('Proposed for closure',
    '6 Green'). Action logs, risk registers and registers of interests all run long rows over
    pages. Here, where three or more column rulings of a table with row lines end at one height
    near the page's foot (or start at one height near its head), no other ruling of the table
    goes on through that height and no line runs across them there, a line is drawn across
    them: the cut row becomes a row of cells, and the reader joins it with its rest on the
    next page (extract.tables: a first row without a key)."""
    vs = [e for e in edges if e.get("orientation") == "v"]
    if len(vs) < 3:
        return []
    hs = [e for e in edges if e.get("orientation") == "h"]
    out: list[dict] = []
    for side in ("bottom", "top"):
        if side == "bottom":
            ends = sorted((e["bottom"], e["x0"]) for e in vs if e["bottom"] >= (1 - CUT_SHARE) * height)
        else:
            ends = sorted((e["top"], e["x0"]) for e in vs if e["top"] <= CUT_SHARE * height)
        groups: list[list[tuple[float, float]]] = []
        for y, x in ends:
            if groups and y - groups[-1][-1][0] <= CUT_END_TOL:
                groups[-1].append((y, x))
            else:
                groups.append([(y, x)])
        for g in groups:
            xs = sorted({round(x) for _, x in g})
            distinct = [x for i, x in enumerate(xs) if i == 0 or x - xs[i - 1] > CUT_SNAP]
            if len(distinct) < 3:
                continue
            y = max(v for v, _ in g) if side == "bottom" else min(v for v, _ in g)
            x0, x1 = min(x for _, x in g), max(x for _, x in g)
            span = x1 - x0
            if any(
                v["top"] < y - CUT_SNAP
                and v["bottom"] > y + CUT_SNAP
                and x0 - CUT_SNAP <= v["x0"] <= x1 + CUT_SNAP
                for v in vs
            ):
                continue  # rulings go on through: inside the table (a two-level header's sub-cells)
            at = [(h["x0"], h["x1"]) for h in hs if abs(h["top"] - y) <= CUT_SNAP]
            if _cover(at, x0, x1) >= CUT_COVER * span:
                continue  # closed: the table ends here
            # a table with row lines: two lines across the rulings on the table's side
            levels = sorted(
                {
                    round(h["top"])
                    for h in hs
                    if (h["top"] < y - CUT_SNAP if side == "bottom" else h["top"] > y + CUT_SNAP)
                    and h["x0"] <= x1
                    and h["x1"] >= x0
                }
            )
            full = [
                lv
                for lv in levels
                if _cover([(h["x0"], h["x1"]) for h in hs if abs(h["top"] - lv) <= CUT_END_TOL], x0, x1)
                >= CUT_COVER * span
            ]
            if len(full) < 2:
                continue
            out.append(_edge(x0, x1, y, y, "h", "line"))
    return out


@dataclass
class PdfiumPage:
    """What pdfplumber's TableFinder and Table.extract read from a page."""

    edges: list[dict]
    chars: list[dict]
    bbox: tuple[float, float, float, float]
    width: float
    height: float
    rest: dict = field(default_factory=dict)

    def extract_words(self, **kwargs: Any) -> list[dict]:
        from pdfplumber import utils

        return utils.extract_words(self.chars, **kwargs)


@dataclass(slots=True)
class FoundTable:
    rows: list[list[str | None]]
    bbox: tuple[float, float, float, float]


def find_tables(
    page: pdfium.PdfPage,
    textpage: pdfium.PdfTextPage | None = None,
    *,
    char_filter: Callable[[dict], bool] | None = None,
    settings: dict | None = None,
) -> tuple[list[FoundTable], float]:
    """Tables on one page as pdfplumber's `find_tables()` (lines strategy) with
    `extract()` would give them; returns the tables and the page height in
    pdfplumber's coordinates. Characters are read only when a table is found."""
    from pdfplumber.table import TableFinder, TableSettings

    frame = PageFrame.of(page)
    edges = page_edges(page, frame)
    edges += cut_edges(edges, frame.height)
    ppage = PdfiumPage(edges=edges, chars=[], bbox=frame.bbox, width=frame.width, height=frame.height)
    finder = TableFinder(ppage, TableSettings.resolve(settings))  # type: ignore[arg-type]
    if not finder.tables:
        return [], frame.height
    own = textpage is None
    tp = page.get_textpage() if own else textpage
    try:
        chars = page_chars(tp, frame, within=[t.bbox for t in finder.tables])
    finally:
        if own:
            tp.close()
    ppage.chars = [ch for ch in chars if char_filter(ch)] if char_filter else chars
    return [FoundTable(rows=extract(t, ppage.chars), bbox=t.bbox) for t in finder.tables], frame.height


def extract(table: Any, chars: list[dict]) -> list[list[str | None]]:
    """pdfplumber's `Table.extract()` (default settings) on `chars`, the same
    cell test (the character's middle in [x0, x1) x [top, bottom)) and text
    but rows found by bisection instead of testing every character against
    every row. Characters keep page order, as `extract_text` may see ties."""
    from pdfplumber.utils import extract_text

    mids = sorted(
        ((ch["top"] + ch["bottom"]) / 2, i, (ch["x0"] + ch["x1"]) / 2, ch) for i, ch in enumerate(chars)
    )
    vmids = [m[0] for m in mids]
    out: list[list[str | None]] = []
    for row in table.rows:
        x0, top, x1, bottom = row.bbox
        lo, hi = bisect.bisect_left(vmids, top), bisect.bisect_left(vmids, bottom)
        row_chars = sorted((m for m in mids[lo:hi] if x0 <= m[2] < x1), key=itemgetter(1))
        arr: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                arr.append(None)
                continue
            cx0, ctop, cx1, cbottom = cell
            cell_chars = [m[3] for m in row_chars if cx0 <= m[2] < cx1 and ctop <= m[0] < cbottom]
            arr.append(extract_text(cell_chars) if cell_chars else "")
        out.append(arr)
    return out

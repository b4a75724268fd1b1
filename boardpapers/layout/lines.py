"""Text lines of a page, with box, font size and weight where the page has spans.

A `Line` is built from the spans (PDFium text runs) whose vertical centres
agree; pages read without spans get lines from the plain text, with no box
(`Line.has_box` is False) and unknown size. Runs that touch are joined
without a space (PDFium splits words across text objects: "Togethe" + "r").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Page, Span
from .numbering import Numbered, number_of

_WS = re.compile(r"\s+")
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")
# Runs closer than this share of the font size are one word; a wider gap is a space.
WORD_GAP_SHARE = 0.12
# A reported font size below this is the nominal size of a font scaled by the text
# matrix (PDFium then reports 1.0, as in the US school-board agendas of dev/us-public-bodies):
# the run's box height stands in for it.
MIN_PLAUSIBLE_SIZE = 3.0
# A run's box is about this share of its font size high (cap height plus descender).
BOX_HEIGHT_SHARE = 0.8
# Runs further apart than this many font sizes are in different columns (a table
# gutter or a two-column layout); Word's widest justified spaces stay under 2.
COLUMN_GAP_SIZES = 2.0


def span_text(s: Span) -> str:
    """Span text without control characters (PDFium's buffers can end in NUL)."""
    return _CTRL.sub("", s.text).strip()


@dataclass(slots=True)
class Line:
    """One text line. Coordinates as in model.py (top-left origin, points);
    all four are 0.0 and `has_box` False for lines read from plain text."""

    text: str
    page: int
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    size: float = 0.0  # dominant font size (by characters); 0.0 unknown
    bold: bool = False  # most characters are bold
    spans: list[Span] = field(default_factory=list)
    has_box: bool = False
    heading: bool = False  # set by the document layout (size, weight, capitals)
    numbered: Numbered | None = None

    @property
    def bbox(self) -> tuple[float, float, float, float] | None:
        return (self.x0, self.top, self.x1, self.bottom) if self.has_box else None

    @property
    def number(self) -> str | None:
        """The paragraph number the line starts with ("6.4", "27", "14/037"), if any."""
        return self.numbered.number if self.numbered else None

    @property
    def depth(self) -> int:
        return self.numbered.depth if self.numbered else 0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def cells(self, gap_sizes: float = COLUMN_GAP_SIZES) -> list[Line]:
        """The line split at wide gaps (columns), each part a Line."""
        if not self.spans:
            return [self]
        parts: list[list[Span]] = [[self.spans[0]]]
        for s in self.spans[1:]:
            prev = parts[-1][-1]
            size = max(run_size(s), run_size(prev))
            if s.x0 - prev.x1 > gap_sizes * size:
                parts.append([s])
            else:
                parts[-1].append(s)
        if len(parts) == 1:
            return [self]
        return [line_from_spans(p, self.page) for p in parts]


def run_size(s: Span) -> float:
    """The run's font size, or an estimate from its box when the reported size is not plausible."""
    if s.size >= MIN_PLAUSIBLE_SIZE:
        return s.size
    return max(s.bottom - s.top, 1.0) / BOX_HEIGHT_SHARE


def _mid(s: Span) -> float:
    return (s.top + s.bottom) / 2


def join_spans(spans: Sequence[Span]) -> str:
    out = ""
    prev: Span | None = None
    for s in spans:
        t = span_text(s)
        if not t:
            continue
        if prev is None:
            out = t
        else:
            size = max(run_size(s), run_size(prev))
            gap = s.x0 - prev.x1
            touching = gap < WORD_GAP_SHARE * size and not prev.space_after
            out = f"{out}{t}" if touching else f"{out} {t}"
        prev = s
    return _WS.sub(" ", out).strip()


def line_from_spans(spans: Sequence[Span], page: int) -> Line:
    spans = sorted(spans, key=lambda s: s.x0)
    text = join_spans(spans)
    chars = [(len(span_text(s)), s) for s in spans]
    total = sum(n for n, _ in chars) or 1
    sizes: dict[float, int] = {}
    for n, s in chars:
        sizes[s.size] = sizes.get(s.size, 0) + n
    size = max(sizes, key=lambda k: sizes[k]) if sizes else 0.0
    bold = sum(n for n, s in chars if s.bold) * 2 > total
    return Line(
        text=text,
        page=page,
        x0=min(s.x0 for s in spans),
        top=min(s.top for s in spans),
        x1=max(s.x1 for s in spans),
        bottom=max(s.bottom for s in spans),
        size=size,
        bold=bold,
        spans=list(spans),
        has_box=True,
        numbered=number_of(text),
    )


def group_lines(spans: Sequence[Span]) -> list[list[Span]]:
    """Spans grouped into lines: a span joins the line whose vertical extent
    holds its centre; lines top to bottom, spans left to right."""
    lines: list[list[Span]] = []
    bounds: list[tuple[float, float]] = []
    for s in sorted(spans, key=lambda s: (_mid(s), s.x0)):
        if not span_text(s):
            continue
        mid = _mid(s)
        if lines:
            top, bottom = bounds[-1]
            h = bottom - top
            # centre inside the line's band (shrunk a little so stacked lines stay apart)
            if top + h * 0.2 <= mid <= bottom - h * 0.2 or abs((top + bottom) / 2 - mid) <= 2.0:
                lines[-1].append(s)
                bounds[-1] = (min(top, s.top), max(bottom, s.bottom))
                continue
        lines.append([s])
        bounds.append((s.top, s.bottom))
    for ln in lines:
        ln.sort(key=lambda s: s.x0)
    return lines


def page_lines(page: Page) -> list[Line]:
    """The page's lines: from spans when the page has them, else from its text."""
    if page.spans:
        return [line_from_spans(g, page.number) for g in group_lines(page.spans)]
    out = []
    for raw in page.text.splitlines():
        text = _WS.sub(" ", _CTRL.sub("", raw)).strip()
        if text:
            out.append(Line(text=text, page=page.number, numbered=number_of(text)))
    return out

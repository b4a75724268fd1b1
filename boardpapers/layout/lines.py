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
# Runs closer than this share of the font size are one word; a wider gap is a space
# (the narrowest word space of common body fonts is ~0.22 em, Calibri; runs split
# inside a word by justified or kerned text sit up to ~0.14 em apart: "Outstand" + "ing").
WORD_GAP_SHARE = 0.16
# ... and where the text layer marks word ends with a space, the gap between letters of
# one word reaches ~0.16 em, and a word space without the mark is over 0.25 em.
SPACED_WORD_GAP_SHARE = 0.24
# A run this much smaller than the line beside it, overlapping it, is a superscript
# ("25" + "th", a footnote mark) and belongs to that line.
SUPERSCRIPT_RATIO = 0.85
_PUNCT = re.compile(r"^[.,;:)\]’'\"”]+$")
# Runs further apart than this many font sizes are in different columns (a table
# gutter or a two-column layout); Word's widest justified spaces stay under 2.
COLUMN_GAP_SIZES = 2.0


def span_text(s: Span) -> str:
    """Span text without control characters (PDFium's buffers can end in NUL)."""
    text = s.text
    # every character _CTRL removes is unprintable: most runs skip the regex
    # (called several times per run while a page's lines are built)
    return text.strip() if text.isprintable() else _CTRL.sub("", text).strip()


def _squash(text: str) -> str:
    """Whitespace runs as one space, ends stripped: `_WS.sub(" ", text).strip()`
    (str.split and the regex's \\s agree on what is whitespace), without the regex."""
    return " ".join(text.split())


# A run's box is about 1.2 font sizes high; a reported size under half the box height is
# a font scaled by the text matrix (PDFium reports 1.0 for such runs), not the printed size.
BOX_TO_SIZE = 0.8


def em(s: Span) -> float:
    """The printed font size of a run: its reported size, or from its box where the
    reported size is missing or not the printed one."""
    box = (s.bottom - s.top) * BOX_TO_SIZE
    return s.size if s.size >= 0.5 * box else max(box, 1.0)


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
            size = max(em(s), em(prev))
            if s.x0 - prev.x1 > gap_sizes * size:
                parts.append([s])
            else:
                parts[-1].append(s)
        if len(parts) == 1:
            return [self]
        return [line_from_spans(p, self.page) for p in parts]


def _mid(s: Span) -> float:
    return (s.top + s.bottom) / 2


def join_spans(spans: Sequence[Span]) -> str:
    return _joined(spans, [span_text(s) for s in spans], [em(s) for s in spans])


def _joined(spans: Sequence[Span], texts: Sequence[str], ems: Sequence[float]) -> str:
    """join_spans with each run's text and printed size worked out once (line_from_spans
    needs both again; this runs for every line of every page whose layout is read)."""
    # Where the text layer marks word ends (some run ends in a space), a run without
    # that mark goes on with the same word up to a wider gap: PDFs that place every
    # character on its own ("ci" + "rculate") leave up to ~0.16 em between letters.
    spaced = any(s.space_after for s in spans)
    share = SPACED_WORD_GAP_SHARE if spaced else WORD_GAP_SHARE
    out = ""
    prev: Span | None = None
    prev_em = 0.0
    for s, t, e in zip(spans, texts, ems, strict=True):
        if not t:
            continue
        if prev is None:
            out = t
        else:
            size = max(e, prev_em)
            gap = s.x0 - prev.x1
            touching = gap < share * size and not prev.space_after
            out = f"{out}{t}" if touching else f"{out} {t}"
        prev, prev_em = s, e
    return _squash(out)


def line_from_spans(spans: Sequence[Span], page: int) -> Line:
    """One line from its runs. Runs for every line of every page whose layout is read: the box,
    the sizes by characters and the bold characters are gathered in one pass over the runs."""
    spans = sorted(spans, key=lambda s: s.x0)
    texts = [span_text(s) for s in spans]
    ems = [em(s) for s in spans]
    text = _joined(spans, texts, ems)
    sizes: dict[float, int] = {}
    total = bold_chars = 0
    first = spans[0]
    x0, top, x1, bottom = first.x0, first.top, first.x1, first.bottom
    for t, e, s in zip(texts, ems, spans, strict=True):
        n = len(t)
        total += n
        key = round(e, 2)
        sizes[key] = sizes.get(key, 0) + n
        if s.bold:
            bold_chars += n
        if s.top < top:
            top = s.top
        if s.x1 > x1:
            x1 = s.x1
        if s.bottom > bottom:
            bottom = s.bottom
    size = max(sizes, key=sizes.__getitem__) if sizes else 0.0
    return Line(
        text=text,
        page=page,
        x0=x0,
        top=top,
        x1=x1,
        bottom=bottom,
        size=size,
        bold=bold_chars * 2 > (total or 1),
        spans=spans,
        has_box=True,
        numbered=number_of(text),
    )


# A glyph set as a run of its own whose box lies this much inside a line's band is of that line,
# though its centre sits low: a descender letter ("p" of "plan" in a text layer of one glyph a
# run, where the band's other letters are "l", "a", "n"; browser-printed NHS board agendas)
GLYPH_IN_BAND_SHARE = 0.7
# ... and a letter with a descender and no ascender ("g", "j", "p", "q", "y") has a box of its
# x-height over its descender, about 0.5 em over 0.22 em, so near 0.69 of it is inside the band:
# a "y" closing a line of a Chromium-printed US agenda sat 0.697 inside ("enacted b" + "y",
# written-heldout7). Other glyphs keep 0.7: capitals of a neighbouring column printed 3 pt lower
# sit 0.62 inside (a US agenda whose every letter is a run of its own).
DESCENDER_LETTERS = frozenset("gjpqy")
DESCENDER_IN_BAND_SHARE = 0.6


def _descender_glyph(s: Span, top: float, bottom: float) -> bool:
    glyph = s.text.strip()
    height = s.bottom - s.top
    inside = min(bottom, s.bottom) - max(top, s.top)
    share = DESCENDER_IN_BAND_SHARE if glyph in DESCENDER_LETTERS else GLYPH_IN_BAND_SHARE
    return len(glyph) == 1 and height > 0 and inside >= share * height


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
            if (
                top + h * 0.2 <= mid <= bottom - h * 0.2
                or abs((top + bottom) / 2 - mid) <= 2.0
                or _descender_glyph(s, top, bottom)
            ):
                lines[-1].append(s)
                bounds[-1] = (min(top, s.top), max(bottom, s.bottom))
                continue
        lines.append([s])
        bounds.append((s.top, s.bottom))
    lines = _merge_satellites(lines)
    for ln in lines:
        ln.sort(key=lambda s: s.x0)
    return lines


def _is_satellite(group: list[Span], other: list[Span]) -> bool:
    """A group of runs that is part of the line `other`, printed off its centre: a
    superscript (smaller, raised) or a lone punctuation mark whose small box sits low."""
    if all(_PUNCT.match(span_text(s)) for s in group):
        return True
    # the line's text size from its words: a symbol set large in a font of its own (a register's
    # "↑" direction arrow at 16 pt beside 10 pt text, its box reaching the line below) is no
    # measure of the line, or the whole next line would read as its superscripts
    big = max((s.size for s in other if any(ch.isalnum() for ch in span_text(s))), default=0.0)
    return bool(big) and all(0 < s.size <= SUPERSCRIPT_RATIO * big for s in group)


def _overlap(a: list[Span], b: list[Span]) -> float:
    top = max(min(s.top for s in a), min(s.top for s in b))
    bottom = min(max(s.bottom for s in a), max(s.bottom for s in b))
    return bottom - top


# A satellite run is short: "th", "st", a footnote number, a comma.
SATELLITE_CHARS = 3


def _merge_satellites(lines: list[list[Span]]) -> list[list[Span]]:
    """Superscripts and stray punctuation grouped as lines of their own (or with a run
    beside them in a margin: "th" + "NO") moved to the neighbouring line they overlap
    most and sit within (a raised "th" sorts above its line, a low comma below it).
    One pass over neighbours: linear."""
    if len(lines) < 2:
        return lines
    moves: list[tuple[int, int, Span]] = []  # (from line, to line, run)
    taken: set[int] = set()
    for i, ln in enumerate(lines):
        short = [s for s in ln if len(span_text(s)) <= SATELLITE_CHARS]
        if not short or (len(ln) > 2 and len(short) == len(ln)) or i in taken:
            continue
        for s in short:
            best, best_ov = -1, 0.0
            for j in (i - 1, i + 1):
                if not (0 <= j < len(lines)) or j in {m[0] for m in moves if m[2] is not s}:
                    continue
                other = lines[j]
                if len(ln) > 1 and not (min(o.x0 for o in other) <= s.x0 <= max(o.x1 for o in other)):
                    continue  # beside a line's runs, a short run of its own line stays there
                ov = _overlap([s], other)
                if ov > best_ov and _is_satellite([s], other):
                    best, best_ov = j, ov
            if best >= 0:
                moves.append((i, best, s))
                taken.add(best)
    if not moves:
        return lines
    merged = [list(ln) for ln in lines]
    for i, j, s in moves:
        merged[i] = [x for x in merged[i] if x is not s]
        merged[j].append(s)
    return [ln for ln in merged if ln]


def page_lines(page: Page) -> list[Line]:
    """The page's lines: from spans when the page has them, else from its text."""
    if page.spans:
        return [line_from_spans(g, page.number) for g in group_lines(page.spans)]
    return text_lines(page.text, page.number)


def text_line(raw: str) -> str:
    """One line of a page's plain text as its Line's text ("" for a blank line)."""
    return _squash(raw if raw.isprintable() else _CTRL.sub("", raw))


def text_lines(text: str, page: int) -> list[Line]:
    """Lines of a page read without spans, from its plain text (no box, size unknown)."""
    out = []
    for raw in text.splitlines():
        line = text_line(raw)
        if line:
            out.append(Line(text=line, page=page, numbered=number_of(line)))
    return out

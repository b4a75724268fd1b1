"""Tables rebuilt from word boxes, ruled or not.

- Header: the line that best reads as a header (a caller's score of its
  cells), plus the lines right under it with no row gap (cells wrapped over
  lines: "Date of / Declaration"), and the lines right over it whose every
  cell sits inside one column, starting at its start (labels set to the
  cell's bottom: "Type of / interest"). A group row above it ("Inherent Scores
  [pre-mitigation]") is left out: its cells span several columns.
- Columns: start at the header cells' left edges; each text run belongs to the
  last column starting at or before it.
- Rows: a new row starts after a vertical gap wider than the gaps inside a
  cell (when the table has such gaps), or where the key column (ref, name,
  number) starts a new entry after lines where it was empty; without row gaps
  every line with a key starts a row. Lines in between are wrapped cell text
  and are joined into the cells.
- The table ends at a line of prose running across columns.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Span
from .lines import SPACED_WORD_GAP_SHARE, WORD_GAP_SHARE, Line, em, join_spans, line_from_spans

# A header line's cells: runs further apart than this many font sizes.
HEADER_CELL_GAP_SIZES = 0.8
# Slack when a run's left edge is compared with a column start (points): text in
# Word cells starts at the cell's left padding, within a point or two of the header's.
COLUMN_SLACK = 6.0
# Lines closer than this many line heights belong to one row (wrapped cell text);
# Word's cell padding plus paragraph spacing puts rows 1.5-3 line heights apart.
IN_ROW_GAP_HEIGHTS = 0.6
# A group row sits at most this many line heights above the header it groups.
MAX_HEADER_SEARCH_HEIGHTS = 6.0
# A header goes on over lines with at most this gap (in line heights).
HEADER_GAP_HEIGHTS = 1.0
# A continuation page fits the columns when this share of its runs start at a
# column start.
FIT_SHARE = 0.6
# A page whose runs are single glyphs in over this share is set one character a run (more than
# half: word-run PDFs have a few lone glyphs, bullets and arrows; glyph-run ones nearly all)
GLYPH_RUN_SHARE = 0.5
_DATA_CELL = re.compile(r"^(?:\d+(?:[.,]\d+)?%?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|£[\d,.]+[mk]?)$")


@dataclass
class Grid:
    starts: list[float]  # left edge of each column
    labels: list[str]
    top: float  # top of the header line
    bottom: float  # bottom of the header block
    line_height: float
    # the gap that parted rows on an earlier page of the table (set by grid_rows), for a page
    # too short to show one: a last page holding a single row wrapped over lines
    row_gap: float | None = None
    # the header's columns pieced together from lines none of which holds them all (labels
    # wrapped and centred at different heights: `_union_columns`): their starts are estimates
    pieced: bool = False

    def column_of(self, x0: float) -> int:
        k = 0
        for i, s in enumerate(self.starts):
            if x0 >= s - COLUMN_SLACK:
                k = i
        return k


_LETTER_LABELS = re.compile(r"^[A-Z](?: [A-Z])+$")
# A serial column's label set closer to the next label than a cell gap: "No. Trustee", "S/No.
# Name", "# Member" (registers and lists whose narrow number column sits tight against the name
# column: trust boards' landscape grids). The serial word is a cell of its own; the label after
# it opens with a capital ("No. of meetings" is one label).
_SERIAL_LABEL = re.compile(r"^(?:(?:S/|Sr\.?\s?)?No\.|S/No|#)\s+[A-Z]")


def _split_label(c: Line) -> bool:
    return bool(_LETTER_LABELS.match(c.text)) or (c.text[:1] in "NS#" and bool(_SERIAL_LABEL.match(c.text)))


def header_cells(line: Line) -> list[Line]:
    """A header line's cells. A cell of single capital letters ("L C", "L I S" under a group
    label "Inherent": risk registers' likelihood / consequence / rating columns, too narrow
    for the usual cell gap) is one cell per letter: a label of letters is never a phrase. A
    serial label run on into the next ("No. Trustee": `_SERIAL_LABEL`) is two cells."""
    cells = line.cells(HEADER_CELL_GAP_SIZES)
    if not any(_split_label(c) for c in cells):
        return cells
    out: list[Line] = []
    for c in cells:
        if _LETTER_LABELS.match(c.text):
            out.extend(line_from_spans(w, line.page) for w in _words(c.spans))
        elif _split_label(c):
            words = _words(c.spans)
            out.append(line_from_spans(words[0], line.page))
            out.append(line_from_spans([sp for w in words[1:] for sp in w], line.page))
        else:
            out.append(c)
    return out


def _touching(prev: Span, sp: Span, spaced: bool) -> bool:
    """`sp` goes on with `prev`'s word (the layout's own word-gap rule, lines.join_spans)."""
    share = SPACED_WORD_GAP_SHARE if spaced else WORD_GAP_SHARE
    return not prev.space_after and sp.x0 - prev.x1 < share * max(em(sp), em(prev))


def _words(spans: Sequence[Span]) -> list[list[Span]]:
    """Spans grouped into words."""
    spaced = any(s.space_after for s in spans)
    out: list[list[Span]] = []
    for sp in spans:
        if out and _touching(out[-1][-1], sp, spaced):
            out[-1].append(sp)
        else:
            out.append([sp])
    return out


def _gap(a: Line, b: Line) -> float:
    return b.top - a.bottom


@dataclass
class Header:
    grid: Grid
    at: int  # index of the header's first line
    body_from: int  # index of the first line under the header block


def find_headers(
    lines: Sequence[Line], score: Callable[[list[str]], int], *, bold_header: bool = False
) -> list[Header]:
    """Every header on the page, top to bottom (a register often starts its
    table again, header and all, for each group of members)."""
    out: list[Header] = []
    start = 0
    while start < len(lines):
        h = find_header(lines, score, start, bold_header=bold_header)
        if h is None:
            break
        out.append(h)
        start = h.body_from
    return out


def find_header(
    lines: Sequence[Line], score: Callable[[list[str]], int], start: int = 0, *, bold_header: bool = False
) -> Header | None:
    """The first header line from `start` (the best-scoring one among lines
    scoring alike: the real header under a group row) and the lines wrapped under it.
    `bold_header`: a regular line right under a bold header line is a row, not the header's
    wrapped labels (see below; opt-in, as a table's spec says)."""
    best, best_score = -1, 0
    for i, ln in enumerate(lines):
        if i < start:
            continue
        if best >= 0 and ln.top - lines[best].bottom > MAX_HEADER_SEARCH_HEIGHTS * (
            lines[best].height or 8.0
        ):
            break  # a header further down is another table's
        if len(ln.spans) < 2:
            continue
        sc = score([c.text for c in header_cells(ln)])
        if sc > best_score:
            best, best_score = i, sc
    if best < 0:
        return _block_header(lines, score, start)
    main = lines[best]
    height = main.height or 8.0
    band = _band_above(lines, best, start, height)
    cells = _split_at_band(header_cells(main), band)
    starts = [c.x0 for c in cells]
    labels = [c.text for c in cells]
    ends = [c.x1 for c in cells]
    end = _header_end(lines, best, main, height, bold_header)
    union = _union_columns([*reversed(band), *lines[best : end + 1]], cells)
    if union is not None and score(union[1]) >= score(labels):
        starts, labels, ends = union
        top = best - len(band)
        # columns the header line lacks were pieced together from the lines round it
        grid = Grid(
            starts, labels, lines[top].top, lines[end].bottom, height, pieced=len(starts) > len(cells)
        )
        _centred_starts(grid, ends, lines[end + 1 : end + 1 + CENTRED_BODY_LINES])
        return Header(grid, top, end + 1)
    two_level = _two_level(band, cells) if band else None
    if two_level is not None and score(two_level[1]) > score(labels):
        starts, labels, ends = two_level
    else:
        two_level = None
    lead = None if two_level else _wrapped_first_label(lines, best, start, starts[0], height)
    if lead is not None:
        starts.insert(0, lead)
        labels.insert(0, "")
        ends.insert(0, starts[1])
    top = best
    while not two_level and top > start and _label_tops(lines[top - 1], lines[top], starts, height):
        top -= 1
    if two_level:
        top = best - len(band)  # the band's lines are read into the labels
    grid = Grid(starts, labels, lines[top].top, lines[end].bottom, height)
    for ln in reversed(lines[top:best] if not two_level else []):
        for sp in reversed(header_cells(ln)):
            k = grid.column_of(sp.x0)
            grid.labels[k] = f"{sp.text.strip()} {grid.labels[k]}".strip()
    for ln in lines[best + 1 : end + 1]:
        if lead is None:
            # a wrapped line's words whole in their columns (not one glyph at a time)
            for k, txt in enumerate(grid_cells(ln, grid)):
                if txt:
                    grid.labels[k] = f"{grid.labels[k]} {txt}".strip()
            continue
        for sp in header_cells(ln):
            k = grid.column_of(sp.x0)
            grid.labels[k] = f"{grid.labels[k]} {sp.text.strip()}".strip()
    _centred_starts(grid, ends, lines[end + 1 : end + 1 + CENTRED_BODY_LINES])
    return Header(grid, top, end + 1)


def _header_end(lines: Sequence[Line], best: int, main: Line, height: float, bold_header: bool) -> int:
    """Index of the header block's last line: the header line and the lines wrapped under it."""
    end = best
    while end + 1 < len(lines):
        nxt = lines[end + 1]
        if _gap(lines[end], nxt) > HEADER_GAP_HEIGHTS * height:
            break
        if any(_DATA_CELL.match(c.text) for c in header_cells(nxt)):
            break  # a data row set tight under the header
        if bold_header and main.bold and nxt.has_box and not nxt.bold:
            # a regular line under a bold header is its first row, set tight under a shaded
            # header band (NZ councils' registers of interests in an agenda); a header's
            # wrapped labels are set as the header is. Opt-in: the panels of fire authorities'
            # corporate risk registers ("Risk description | Inherent risk | Residual risk" over
            # a sentence and "Likelihood 5 x Impact 4") are read by the risk panel reader,
            # not as a table under that header
            break
        end += 1
    return end


def _union_columns(
    block: Sequence[Line], cells: list[Line]
) -> tuple[list[float], list[str], list[float]] | None:
    """Columns of a header whose cells wrap over different numbers of lines: one column per
    group of header cells whose boxes overlap across the block's lines (`block`: the header
    line with the band over it and the lines wrapped under it, top to bottom), each label its
    cells' words top to bottom. Headers of landscape registers and trackers printed from HTML
    or Word with long labels wrapped to 2-4 lines and short ones on one, set vertically
    centred, top- or bottom-aligned ("Business Entities / (officer, director, / partner, or 10%
    or / more ownership)" beside a one-line "Date Filed" that no single line holds with the
    other labels: US annual disclosure summaries). None when the header line (`cells`) already
    has every column, or when a cell spans two cells of another line (a group row over its
    columns: `_two_level` reads those)."""
    if len(block) < 2:
        return None
    per_line = [header_cells(ln) for ln in block]
    boxes = sorted(
        ((c.x0, c.x1, i, c) for i, line_cells in enumerate(per_line) for c in line_cells), key=lambda b: b[0]
    )
    cols: list[list[tuple[float, float, int, Line]]] = []
    for b in boxes:
        if cols and b[0] < max(x1 for _, x1, _, _ in cols[-1]):
            cols[-1].append(b)
        else:
            cols.append([b])
    if len(cols) < len(cells):
        return None  # a cell of the block runs over two of the header line's
    for col in cols:
        rows = [i for _, _, i, _ in col]
        if len(rows) != len(set(rows)):
            return None  # two cells of one line in one column: a cell over both spans them
    starts = [min(b[0] for b in col) for col in cols]
    ends = [max(b[1] for b in col) for col in cols]
    labels = [" ".join(c.text.strip() for _, _, _, c in sorted(col, key=lambda b: b[2])) for col in cols]
    return starts, labels, ends


# A header whose labels wrap to at most four lines, centred at different heights, interleaves
# its cells' lines: up to seven lines of text (a 4-line label beside 3- and 2-line ones)
MAX_BLOCK_LINES = 8
# A block of lines is read as a header only when set in bold, as header cells of HTML tables
# (th) and Word tables' header rows are: the regular lines of a register's rows, wrapped in
# narrow columns, also piece together into labels that score ("Non-Pecuniary Interest" cells of
# an ICB register's rows read as a header over the real one)
HEADER_BLOCK_BOLD = True


def _block_header(lines: Sequence[Line], score: Callable[[list[str]], int], start: int) -> Header | None:
    """A header no single line of which reads as one: every label wrapped and the labels
    centred vertically, so each line holds parts of a few (landscape registers printed from
    HTML, "Director / Position" level with the second line of "Business Entities" and the first
    of "Date"). The best-scoring block of lines set at most a header gap apart, read as one header
    (`_union_columns`); the first of those scoring alike. Only bold lines (HEADER_BLOCK_BOLD)."""
    best: tuple[int, int, int, tuple[list[float], list[str], list[float]]] | None = None
    for i in range(start, len(lines)):
        if best is not None and lines[i].top - lines[best[1]].bottom > MAX_HEADER_SEARCH_HEIGHTS * (
            lines[best[1]].height or 8.0
        ):
            break
        if HEADER_BLOCK_BOLD and not lines[i].bold:
            continue  # regular lines: rows
        height = lines[i].height or 8.0
        j = i
        while (
            j + 1 < len(lines)
            and j + 1 - i < MAX_BLOCK_LINES
            and lines[j + 1].bold == lines[i].bold
            and _gap(lines[j], lines[j + 1]) <= HEADER_GAP_HEIGHTS * height
        ):
            j += 1
        if j == i:
            continue
        union = _union_columns(lines[i : j + 1], [])
        if union is None:
            continue
        sc = score(union[1])
        if sc > 0 and (best is None or sc > best[2]):
            best = (i, j, sc, union)
    if best is None:
        return None
    i, j, _, (starts, labels, ends) = best
    grid = Grid(starts, labels, lines[i].top, lines[j].bottom, lines[i].height or 8.0, pieced=True)
    _centred_starts(grid, ends, lines[j + 1 : j + 1 + CENTRED_BODY_LINES])
    return Header(grid, i, j + 1)


# At most this many lines over a header line are read as its band: a group row, a rowspan label
# set a line higher, a label wrapped over two lines over it (three lines in the written NZ
# council risk register of written-dev14: group row, wrapped label's top, rowspan labels)
MAX_BAND_LINES = 4


def _band_above(lines: Sequence[Line], best: int, start: int, height: float) -> list[Line]:
    """The lines set over the header line within the header's line gap (overlapping it where
    cells of one header row are centred at different heights), weighted as it is (a shaded
    header band is all bold), nearest first."""
    out: list[Line] = []
    i = best
    while i - 1 >= start and len(out) < MAX_BAND_LINES:
        ln = lines[i - 1]
        if not ln.has_box or ln.bold != lines[best].bold or _gap(ln, lines[i]) > HEADER_GAP_HEIGHTS * height:
            break
        out.append(ln)
        i -= 1
    return out


# A band cell starting this close (points) to a word of the header line marks a column start
# there (left-aligned labels: "Risk" over "Rating" where "Likelihood Rating" run together in
# two narrow columns)
SPLIT_SLACK = 2.0


def _split_at_band(cells: list[Line], band: Sequence[Line]) -> list[Line]:
    """Header cells split where a cell of a line over them starts at one of their words: two
    narrow columns' labels closer than the cell gap ("Likelihood Rating" under "| Risk" of
    "Risk / Rating", bottom-aligned labels of a risk register's score columns)."""
    if not band:
        return cells
    xs = [c.x0 for ln in band for c in header_cells(ln)]
    out: list[Line] = []
    for c in cells:
        words = _words(c.spans)
        cut = [i for i in range(1, len(words)) if any(abs(words[i][0].x0 - x) <= SPLIT_SLACK for x in xs)]
        if not cut:
            out.append(c)
            continue
        for a, b in zip([0, *cut], [*cut, len(words)], strict=True):
            out.append(line_from_spans([sp for w in words[a:b] for sp in w], c.page))
    return out


def _two_level(band: Sequence[Line], cells: list[Line]) -> tuple[list[float], list[str], list[float]] | None:
    """Columns and labels of a header whose cells sit at several heights: a group row over
    some columns ("Inherent | Residual" over "L | C | Rating" twice) and labels of the other
    columns spanning both rows, centred between them ("ID", "Risk owner", "Trend"), or a
    label's first line over its column ("Key controls /" over "treatment"). `cells`: the
    header line's (the lowest row's) cells; `band`: the lines over it, nearest first. A band
    cell over no header cell is a column of its own; over one, the first words of its label;
    over several, a group label prefixed to each (and to a short label beside them that no
    other group claims: "L" under a centred "Inherent" that does not reach it). None when
    the band adds no column."""
    starts = [c.x0 for c in cells]
    labels = [c.text for c in cells]
    own = [(c.x0, c.x1) for c in cells]
    side: list[tuple[float, float, str]] = []  # columns of their own: x0, x1, text
    tops: dict[int, str] = {}
    groups: list[tuple[float, float, str, list[int]]] = []
    for ln in band:  # nearest first: texts are prefixed
        for c in _group_cells(header_cells(ln), own):
            over = [
                k for k, (x0, x1) in enumerate(own) if x1 > c.x0 - COLUMN_SLACK and x0 < c.x1 + COLUMN_SLACK
            ]
            stacked = next((g for g in groups if len(over) > 1 and set(over) & set(g[3])), None)
            if stacked is not None:
                # a group label wrapped over two lines ("Residual" over "(current)" over three
                # narrow "L | I | S" columns): one group, the upper line's words first
                i = groups.index(stacked)
                groups[i] = (
                    min(stacked[0], c.x0),
                    max(stacked[1], c.x1),
                    f"{c.text} {stacked[2]}",
                    sorted(set(stacked[3]) | set(over)),
                )
            elif not over:
                hit = next((s for s in side if s[1] > c.x0 and s[0] < c.x1), None)
                if hit is None:
                    side.append((c.x0, c.x1, c.text))
                else:
                    side[side.index(hit)] = (min(hit[0], c.x0), max(hit[1], c.x1), f"{c.text} {hit[2]}")
            elif len(over) == 1:
                tops[over[0]] = f"{c.text} {tops.get(over[0], '')}".strip()
            else:
                groups.append((c.x0, c.x1, c.text, over))
    if not side:
        return None
    claimed = {k for g in groups for k in g[3]}
    prefix = ["" for _ in cells]
    for _x0, _x1, text, over in groups:
        for k in over:
            prefix[k] = text
    # short labels beside a group, claimed by no cell over them: the nearest group's
    side_x = [s[0] for s in side]
    for k, c in enumerate(cells):
        if k in claimed or k in tops or len(c.text) > MAX_LETTER_LABEL or not groups:
            continue
        mid = (c.x0 + c.x1) / 2
        g = min(groups, key=lambda g: abs((g[0] + g[1]) / 2 - mid))
        lo, hi = min(mid, g[0]), max(mid, g[1])
        if not any(lo < x < hi for x in side_x):  # no column of its own between them
            prefix[k] = g[2]
    cols = [
        (starts[k], " ".join(t for t in (prefix[k], tops.get(k, ""), labels[k]) if t), own[k][1])
        for k in range(len(cells))
    ]
    cols += [(s[0], s[2], s[1]) for s in side]
    cols.sort()
    return [c[0] for c in cols], [c[1] for c in cols], [c[2] for c in cols]


# A label under a group this short is a letter or two ("L", "C", "I", "S")
MAX_LETTER_LABEL = 2


def _group_cells(cells: list[Line], own: list[tuple[float, float]]) -> list[Line]:
    """Band cells with a group label parted from the labels run on beside it: a group over
    narrow "L | I | S" columns leaves less than a cell gap to the next label on its line
    ("Target Trend Additional controls": landscape registers printed from HTML, every phase's
    three score columns a letter wide). A band cell over several header cells whose words go
    on past the first or last of them keeps the words over them as the group's label; the
    words beyond are labels of their own, parted where a word gap is as wide as the gap that
    parted them from the group (a cell gap; word gaps inside a label are narrower)."""
    out: list[Line] = []
    for c in cells:
        over = [(x0, x1) for x0, x1 in own if x1 > c.x0 - COLUMN_SLACK and x0 < c.x1 + COLUMN_SLACK]
        if len(over) < 2:
            out.append(c)
            continue
        lo, hi = min(x0 for x0, _ in over), max(x1 for _, x1 in over)
        words = _words(c.spans)
        inside = [w for w in words if w[0].x0 < hi + COLUMN_SLACK and w[-1].x1 > lo - COLUMN_SLACK]
        if len(inside) == len(words) or not inside:
            out.append(c)
            continue
        before = [w for w in words if w[-1].x1 <= lo - COLUMN_SLACK]
        after = [w for w in words if w[0].x0 >= hi + COLUMN_SLACK]
        parts: list[list[list[Span]]] = []
        for side, edge in ((before, None), (after, inside[-1][-1].x1)):
            if not side:
                continue
            # the cell gap: between the group's words and the first label beside it
            cell_gap = side[0][0].x0 - edge if edge is not None else inside[0][0].x0 - side[-1][-1].x1
            part = [side[0]]
            for prev, w in zip(side, side[1:], strict=False):
                if w[0].x0 - prev[-1].x1 >= CELL_GAP_SHARE * cell_gap:
                    parts.append(part)
                    part = [w]
                else:
                    part.append(w)
            parts.append(part)
        beside = [w for p in parts for w in p]
        if len(beside) + len(inside) != len(words):
            out.append(c)  # words between the group's columns: not a label run on beside it
            continue
        for p in [*[p for p in parts if p[0][0].x0 < lo], inside, *[p for p in parts if p[0][0].x0 >= lo]]:
            out.append(line_from_spans([sp for w in p for sp in w], c.page))
    return out


# A word gap this share of the gap between a group label and the label run on beside it parts
# two labels too (measured: 8.9 pt between "Trend" and "Additional controls" after 8.1 pt
# between "Target" and "Trend"; word gaps inside the labels 3.5-4.3 pt)
CELL_GAP_SHARE = 0.8
# Body lines read to find where a centred label's column starts
CENTRED_BODY_LINES = 40
# Body cells starting within this of each other (points) are text left-aligned in one column
ALIGNED_SLACK = 1.5


def _centred_starts(grid: Grid, ends: list[float], body: Sequence[Line]) -> None:
    """Column starts moved left to where the body's text starts, for labels centred in their
    columns over text set from the column's left edge (HTML tables' header cells are centred
    by default: "Risk owner" centred over "Group Manager" starting 9 pt further left). A column
    moves to the first of at least two body cells starting together, beginning with a letter,
    between the previous label's end and its own label, and only when its label then sits in
    the middle of the column so made (text indented inside a column of left-aligned labels
    does not)."""
    if len(grid.starts) < 2 or not body:
        return
    lefts = sorted(c.x0 for ln in body if ln.has_box for c in header_cells(ln) if c.text[:1].isalpha())
    if not lefts:
        return
    right = max(ln.x1 for ln in body)
    for k in range(len(grid.starts) - 1, 0, -1):
        lo, hi = ends[k - 1], grid.starts[k] - COLUMN_SLACK
        inside = [x for x in lefts if lo < x < hi]
        firsts = [a for a, b in zip(inside, inside[1:], strict=False) if b - a <= ALIGNED_SLACK]
        if not firsts:
            continue
        new = firsts[0]
        nxt = grid.starts[k + 1] if k + 1 < len(grid.starts) else right
        width = nxt - new
        mid = (grid.starts[k] + ends[k]) / 2
        if abs(mid - (new + nxt) / 2) <= max(CENTRED_SLACK, CENTRED_SHARE * width):
            grid.starts[k] = new


# A centred label's middle lies this close to its column's (points, or share of the column's width)
CENTRED_SLACK = 4.0
CENTRED_SHARE = 0.15


def _wrapped_first_label(
    lines: Sequence[Line], best: int, start: int, first: float, height: float
) -> float | None:
    """The left edge of a first column whose label the header line leaves out, its two lines
    set over and under that line: header cells centred vertically, the first label wrapped
    ("Action" / "No." round a one-line "Meeting | Item | Action | Responsible | ...": council
    action registers). Words left of the first label on both neighbouring lines, else None."""
    if best <= start or best + 1 >= len(lines):
        return None
    main, above, below = lines[best], lines[best - 1], lines[best + 1]
    if _gap(above, main) > HEADER_GAP_HEIGHTS * height or _gap(main, below) > HEADER_GAP_HEIGHTS * height:
        return None
    lefts = []
    for ln in (above, below):
        cells = [c for c in header_cells(ln) if c.x1 < first - COLUMN_SLACK]
        if not cells:
            return None
        lefts.append(min(c.x0 for c in cells))
    return min(lefts)


def _label_tops(line: Line, below: Line, starts: list[float], height: float) -> bool:
    """A line right over the header line whose cells each start at a column start and end
    before the next one: the first words of labels set to the cell's bottom ("Type of" over
    "interest", "Action taken to" over "mitigate risk": NHS trust registers of interests,
    Word tables with bottom-aligned header cells), not a title or a group row spanning
    columns."""
    if _gap(line, below) > HEADER_GAP_HEIGHTS * height:
        return False
    cells = header_cells(line)
    if not cells or len(cells) >= len(starts):
        return False
    for c in cells:
        k = next((i for i, s in enumerate(starts) if abs(c.x0 - s) <= COLUMN_SLACK), None)
        if k is None or (k + 1 < len(starts) and c.x1 > starts[k + 1] - COLUMN_SLACK):
            return False
    return True


# Left edges closer than this (points) are one column start.
START_CLUSTER = 4.0


def MIN_FRESH_STARTS(width: int) -> int:  # noqa: N802 - a named threshold
    """A page laid out afresh must show nearly all the table's columns (two may
    be empty on the page) to be read as the table going on."""
    return max(2, width - 2)


def page_grid(lines: Sequence[Line], ref: Grid) -> Grid | None:
    """Columns of a page that goes on with a table but laid out afresh (column
    widths fitted to this page's text, no repeated header): the left edges
    that recur on the page's lines. With as many edges as the table has
    columns they map one to one; with fewer, onto the last columns (the
    leading key columns are the ones a continued row leaves empty)."""
    xs = sorted(sp.x0 for ln in lines for sp in ln.spans)
    clusters: list[list[float]] = []
    for x in xs:
        if clusters and x - clusters[-1][-1] <= START_CLUSTER:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    need = 2 if len(lines) > 3 else 1
    starts = [c[0] for c in clusters if len(c) >= need]
    width = len(ref.starts)
    if (
        not MIN_FRESH_STARTS(width) <= len(starts) <= width
        or sum(1 for ln in lines if len(ln.spans) >= 2) < 2
    ):
        return None  # not the table's shape: another table or text
    lead = [starts[0] - (width - len(starts) - i) for i in range(width - len(starts))]
    height = statistics.median(ln.height for ln in lines) if lines else ref.line_height
    return Grid(lead + starts, list(ref.labels), lines[0].top if lines else 0.0, 0.0, height, ref.row_gap)


def join_wrapped(text: str, more: str) -> str:
    """A cell's next line after its text so far: a word broken at a hyphen
    ("Non-" + "Pecuniary", "co-" + "production") is joined without a space."""
    if not text:
        return more
    if text.endswith("-") and len(text) > 1 and text[-2].isalpha():
        return text + more
    return f"{text} {more}"


def grid_cells(line: Line, grid: Grid) -> list[str]:
    """A line's text per column of the grid ("" where a column is empty)."""
    return [join_spans(p) if p else "" for p in _column_spans(line, grid)]


# Marks a cell line that the cell wrapped onto (grid_rows with keep_breaks)
WRAPPED = "\t"


def _column_spans(line: Line, grid: Grid) -> list[list[Span]]:
    """The line's runs per column. A word is never cut at a column start: a run that goes on
    with the word before it stays in that word's column (PDFs placing each glyph on its own
    give "Strateg" | "ic" where a category band's word crosses the next column's start:
    registers grouped under band rows set in the first cells)."""
    per: list[list[Span]] = [[] for _ in grid.starts]
    spaced = any(s.space_after for s in line.spans)
    prev: Span | None = None
    k = 0
    for sp in line.spans:
        if prev is None or not _touching(prev, sp, spaced):
            k = grid.column_of(sp.x0)
        per[k].append(sp)
        prev = sp
    return per


def _column_rights(lines: Sequence[Line], grid: Grid) -> list[float]:
    """Each column's right edge as its text shows it: the furthest any line reaches in it
    (the width a wrapped line fills)."""
    rights = [0.0] * len(grid.starts)
    for ln in lines:
        for k, spans in enumerate(_column_spans(ln, grid)):
            if spans:
                rights[k] = max(rights[k], max(sp.x1 for sp in spans))
    # the cell's edge lies between its furthest text and the next column: halfway (a word ending
    # there would have fitted; the widest line rarely fills the cell to its padding)
    nexts = [*grid.starts[1:], max(rights, default=0.0)]
    return [max(r, (r + n) / 2) for r, n in zip(rights, nexts, strict=True)]


def _cell_ends(line: Line, grid: Grid) -> list[float]:
    """Where the line's text ends in each column (0.0 where it has none)."""
    return [max((sp.x1 for sp in spans), default=0.0) for spans in _column_spans(line, grid)]


def _first_word_widths(line: Line, grid: Grid) -> list[float]:
    """Per column, the width of the line's first word there plus a space before it: what
    the line above would have needed to hold it (estimated from the cell's width per character
    on this line, as runs may be words or single characters)."""
    out = []
    for spans in _column_spans(line, grid):
        text = join_spans(spans) if spans else ""
        if not text.strip():
            out.append(0.0)
            continue
        per_char = (max(sp.x1 for sp in spans) - min(sp.x0 for sp in spans)) / max(len(text), 1)
        out.append(per_char * (len(text.split()[0]) + 1))
    return out


# Runs closer than this many font sizes are words of one sentence when deciding whether a line
# runs across the table (word spaces, even justified, stay under it; table cells are further apart)
PROSE_RUN_GAP_SIZES = 0.6


def _is_prose(line: Line, grid: Grid) -> bool:
    """Text laid across the table, not in it: a run crossing two column starts. PDFs that
    place every character (or word) on its own give a sentence as many runs: there the runs
    are taken at word spacing, and the line must reach the last column (a note under the
    table: "“None” indicates a nil return ..." under registers printed from HTML) or end a
    sentence ("Governors are reminded to notify ... within 28 days."), as a band naming a group
    of rows ("Division of Surgery, Theatres and Critical Care") spans the first columns only."""
    last = len(grid.starts) - 3
    if last < 0:
        return False
    for sp in line.spans:
        k = grid.column_of(sp.x0)
        if k <= last and sp.x1 > grid.starts[k + 2] + COLUMN_SLACK:
            return True
    sentence = line.text.rstrip().endswith(".")
    if line.x1 <= grid.starts[-1] + COLUMN_SLACK and not sentence:
        return False
    reach = grid.starts[0] if sentence else grid.starts[-1]
    x0 = 0.0
    prev = None
    for sp in line.spans:
        if prev is None or sp.x0 - prev.x1 > PROSE_RUN_GAP_SIZES * max(em(sp), em(prev)):
            x0 = sp.x0  # a new run
        prev = sp
        k = grid.column_of(x0)
        if k <= last and sp.x1 > max(reach, grid.starts[k + 2]) + COLUMN_SLACK:
            return True
    return False


def _is_band(line: Line, grid: Grid) -> bool:
    """A group row laid across the table's first columns ("Trust Board – Executive Directors",
    "Division of Medicine": registers grouped by directorate under band rows): one run at word
    spacing from the first column over the next column's start. Its words belong together;
    cut at the column starts they read as "Division of M" | "edicine"."""
    runs = header_cells(line)
    return (
        len(runs) == 1
        and len(grid.starts) >= 2
        and abs(runs[0].x0 - grid.starts[0]) <= COLUMN_SLACK
        and runs[0].x1 > grid.starts[1] + COLUMN_SLACK
    )


def band_between_rows(line: Line, nxt: Line, grid: Grid) -> bool:
    """A bold band naming the group of rows under it, long enough to cross two column starts
    ("Section 2 – Co-optees and Committee Members": registers of interests grouped by kind of
    member, borderless with rules between rows), read as prose across the table but followed by a
    row filling two cells or more: one bold run from the first column, no full stop."""
    if not line.spans or not all(sp.bold for sp in line.spans) or line.text.rstrip().endswith("."):
        return False
    runs = header_cells(line)
    if len(runs) != 1 or abs(runs[0].x0 - grid.starts[0]) > COLUMN_SLACK:
        return False
    return not _is_prose(nxt, grid) and sum(1 for c in grid_cells(nxt, grid) if c) >= 2


def _is_numbered_heading(line: Line, grid: Grid) -> bool:
    """A numbered line of one run at the table's left edge ("2.13 Market
    Testing"): a section of the document, not a row (a row fills more cells)."""
    return (
        line.numbered is not None
        and line.numbered.style == "dotted"
        and len(line.spans) == 1
        and len(grid.starts) >= 3
        and line.x0 <= grid.starts[0] + COLUMN_SLACK
    )


def fits_columns(lines: Sequence[Line], grid: Grid) -> bool:
    """The page's lines sit in the grid's columns (a table going on without a
    repeated header): most runs start at a column start, the first lines are
    not prose across the table, and some line has two cells, or all the text
    is one wrapped cell in a column other than the first (a long cell running
    over the whole page)."""
    spans = [sp for ln in lines for sp in ln.spans]
    if not spans or any(_is_prose(ln, grid) for ln in lines[:2]):
        return False
    # PDFs that place every character on its own (a council register's cells set one glyph a
    # run) give a cell's line as many runs as letters: there the runs are taken at word spacing
    glyphs = sum(1 for sp in spans if len(sp.text.strip()) == 1)
    if glyphs > GLYPH_RUN_SHARE * len(spans):
        runs = [_run_starts(ln) for ln in lines]
        starts = [x for r in runs for x in r]
        near = sum(1 for x in starts if min(abs(x - g) for g in grid.starts) <= COLUMN_SLACK)
        # (a line of two cells counted in runs: every line of letters has two spans)
        return near >= FIT_SHARE * len(starts) and any(len(r) >= 2 for r in runs)
    starts = [sp.x0 for sp in spans]
    aligned = [min(range(len(grid.starts)), key=lambda k: abs(x - grid.starts[k])) for x in starts]
    near = sum(1 for x, k in zip(starts, aligned, strict=True) if abs(x - grid.starts[k]) <= COLUMN_SLACK)
    if near < FIT_SHARE * len(starts):
        return False
    return any(len(ln.spans) >= 2 for ln in lines) or (len(set(aligned)) == 1 and aligned[0] > 0)


def _run_starts(line: Line) -> list[float]:
    """Where the line's runs start, runs closer than word spacing taken as one."""
    out: list[float] = []
    prev = None
    for sp in line.spans:
        if prev is None or sp.x0 - prev.x1 > PROSE_RUN_GAP_SIZES * max(em(sp), em(prev)):
            out.append(sp.x0)
        prev = sp
    return out


_SHORT_NUMBER = re.compile(r"^\d{1,2}$")


def _number_goes_on(row: list[str], cells: list[str], key_cols: Sequence[int]) -> bool:
    """A row number broken over two lines of a narrow key cell ("1" over "1" for 11, as
    Word wraps a number in a column only a digit wide): the row's key so far is one short
    number, the line's key is another, and the line's other cells go on mid-sentence."""
    keys = [k for k in key_cols if k < len(cells) and cells[k]]
    if len(keys) != 1 or not _SHORT_NUMBER.match(cells[keys[0]]) or not _SHORT_NUMBER.match(row[keys[0]]):
        return False
    if len(row[keys[0]]) + len(cells[keys[0]]) > 3:
        return False
    others = [c for k, c in enumerate(cells) if c and k != keys[0]]
    return bool(others) and all(c[:1].islower() for c in others)


def _next_serial(row: list[str], cells: list[str], key_cols: Sequence[int]) -> bool:
    """A line numbered one on from the row above, its other cells opening afresh (a capital):
    the next row of single-line rows set evenly, which the gap test reads as one row where the
    page's rows are few and a paragraph follows them far below (an "Action points" table going
    on over a page break, "3 | Publish ..." / "4 | Arrange ..." / "The meeting closed ...": the
    smallest gap is the rows' own pitch). Not a wrapped cell ("HWB/23/" over "14")."""
    keys = [k for k in key_cols if k < len(cells) and cells[k]]
    if len(keys) != 1 or not _SHORT_NUMBER.match(cells[keys[0]]) or not _SHORT_NUMBER.match(row[keys[0]]):
        return False
    if int(cells[keys[0]].rstrip(".")) != int(row[keys[0]].rstrip(".")) + 1:
        return False
    others = [c for k, c in enumerate(cells) if c and k != keys[0]]
    return bool(others) and all(c[:1].isupper() or c[:1].isdigit() for c in others)


def _lone_label(row: list[str]) -> bool:
    """A row holding only a first cell of words: a band naming the rows below ("Strategic",
    "Financial" over a register's risks grouped by category), which a line filling several
    cells does not go on (a risk's reference under it starts a row though set a row gap closer)."""
    return bool(row) and bool(row[0]) and not any(row[1:]) and not any(ch.isdigit() for ch in row[0])


# A cell whose text starts right of its column's start by up to this many line heights is
# indented in its column, not a column moved: a bulleted list whose bullets are drawn, not set as
# text (landscape registers' grids, "• Director, ..."; 8-9 pt at 11-12 pt lines); a table laid
# out again with other widths moves some column by more, or to the left
LIST_INDENT_HEIGHTS = 1.2


def _indented(shift: float, grid: Grid) -> bool:
    return 0 < shift <= LIST_INDENT_HEIGHTS * (grid.line_height or 8.0)


def grid_rows(
    body: Sequence[Line],
    grid: Grid,
    key_cols: Sequence[int],
    continued: bool = False,
    starts_row: Callable[[list[str], list[str]], bool] | None = None,
    keep_breaks: bool = False,
) -> tuple[list[list[str]], bool, Grid]:
    """Rows of cell texts from the body lines; whether the table ended on this
    page (a prose line after its rows, or before them on a page the table was
    expected to go on to); and the columns in force at the end (rows filling
    every column reset them). `starts_row(row, cells)` may say that a line without
    a key begins a row of its own (a register's next interest under a name printed once).
    `keep_breaks`: a cell's lines are kept apart by newlines, a line the cell wrapped onto
    (its first word would not have fitted on the line above) marked by a leading `WRAPPED`,
    so that a cell listing several entries one a line can be split into them."""
    lines: list[Line] = []
    ended = False
    for j, ln in enumerate(body):
        if lines and _is_numbered_heading(ln, grid):
            ended = True  # the document goes on after the rows
            break
        if lines and j + 1 < len(body) and band_between_rows(ln, body[j + 1], grid):
            lines.append(ln)
            continue
        if _is_prose(ln, grid):
            ended = bool(lines) or continued
            if ended:
                break
            continue  # prose above the first row: a note under the header
        lines.append(ln)
    if not lines:
        return [], ended, grid
    gaps = [_gap(a, b) for a, b in zip(lines, lines[1:], strict=False)]
    height = statistics.median(ln.height for ln in lines) or grid.line_height
    small = sorted(gaps)[len(gaps) // 4] if gaps else 0.0
    threshold = small + IN_ROW_GAP_HEIGHTS * height
    gap_mode = bool(gaps) and max(gaps) > threshold
    if gap_mode:
        grid.row_gap = threshold
    elif gaps and grid.row_gap is not None:
        # no gap here wider than the lines': one row on the page, its lines wrapped (a table's
        # last page), read with the row gap of the pages before
        gap_mode, threshold = True, grid.row_gap
    rows: list[list[str]] = []
    prev_key = False
    width = len(grid.starts)
    rights = _column_rights(lines, grid) if keep_breaks else []
    last_ends: list[float] = [0.0] * width  # where each cell's last line ended (keep_breaks)
    after_band = False
    for i, ln in enumerate(lines):
        if _is_band(ln, grid):
            # the band's text whole in the first cell, a row of its own
            rows.append([join_spans(list(ln.spans))] + [""] * (width - 1))
            prev_key, after_band = True, True
            continue
        cells = grid_cells(ln, grid)
        key = any(cells[k] for k in key_cols if k < len(cells))
        filled = sum(1 for c in cells if c)
        if i == 0 or after_band:
            after_band = False
            new = True
        elif rows and _number_goes_on(rows[-1], cells, key_cols):
            new = False
            for k in key_cols:
                if k < len(cells) and cells[k]:
                    rows[-1][k] += cells[k]  # "1" over "1": the number 11 in a narrow cell
                    cells[k] = ""
        elif starts_row is not None and rows and not key and starts_row(rows[-1], cells):
            new = True
        elif gaps[i - 1] < 0 and not (gap_mode and gaps[i - 1] > threshold):
            # a line reaching up beside the line above (their boxes overlap) is in the same row:
            # a cell centred vertically in a row of wrapped text ("25/06/1" and its date beside
            # the middle line of a three-line action: Word and HTML tables with middle-aligned
            # cells, Scottish university courts' action logs); rows do not overlap
            new = False
        elif gap_mode:
            new = (
                gaps[i - 1] > threshold
                or (key and not prev_key)
                or (filled >= 3 and _lone_label(rows[-1]))
                or _next_serial(rows[-1], cells, key_cols)
            )
        else:
            new = key and (not prev_key or filled >= 2)
        if new:
            # a row's first line filling every column sets the columns from here on:
            # a table laid out again with other widths (a second block, a new page)
            own = header_cells(ln)
            if len(own) == width and any(
                abs(c.x0 - s) > COLUMN_SLACK and not _indented(c.x0 - s, grid)
                for c, s in zip(own, grid.starts, strict=True)
            ):
                grid = Grid(
                    [c.x0 for c in own], grid.labels, grid.top, grid.bottom, grid.line_height, grid.row_gap
                )
                cells = grid_cells(ln, grid)
            rows.append(cells)
            if keep_breaks:
                last_ends = _cell_ends(ln, grid)
        else:
            row = rows[-1]
            firsts = _first_word_widths(ln, grid) if keep_breaks else []
            for k, c in enumerate(cells):
                if not c:
                    continue
                if keep_breaks and row[k]:
                    # the word would have fitted above: a line of its own; else wrapped there
                    soft = last_ends[k] + firsts[k] >= rights[k]
                    row[k] = f"{row[k]}\n{WRAPPED if soft else ''}{c}"
                else:
                    row[k] = join_wrapped(row[k], c)
            if keep_breaks:
                last_ends = [e or old for e, old in zip(_cell_ends(ln, grid), last_ends, strict=True)]
        prev_key = key
    return rows, ended, grid

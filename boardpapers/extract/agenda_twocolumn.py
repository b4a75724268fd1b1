"""An order of business set in two columns on a cover or notice page: the numbered list runs
down the left column and on down the right ("1 Apologies" ... "7.2 ..." | "7.3 ..." ... "10
Closing Karakia"). New Zealand and Australian councils' summonses, school boards' and
districts' notices set it so with CSS or Word columns. The layout joins the two columns' text
where they share a band ("1 Opening Karakia  7.3 Cycleway Stage 2") and interleaves the rest
by height, so the list reads as a jumble of items and wrapped lines. This module cuts such a
block at the gutter and returns its lines in reading order: the left column, then the right.
Pure functions over layout lines."""

from __future__ import annotations

import dataclasses

from ..layout import Line, number_of
from ..layout.lines import line_from_spans

# The right column's numbers start past this share of the page width (a gutter near the middle;
# the kowhai-style A4 cover's right column starts at 0.52, a US letter two-column list near 0.5)
RIGHT_COLUMN_SHARE = 0.35
# At least this many numbered items in each column: two numbers beside a list are a table's
# side column (a page range, a duration), three or more a column of the list
MIN_COLUMN_ITEMS = 3
# Right-column numbers at one margin lie within this many points of each other's level margin
# (top-level "8" at 307 and sub-item "7.3" at 317 in the same column)
NUMBER_MARGIN_SPREAD = 40.0
# A line of the left column after the right column's last line still belongs to the list when it
# sits within this many line heights of the left column's line above (wrapped titles and items
# sit 0.2-1.0 apart; a heading below the list, "Membership", stands 2.5 apart)
LIST_LINE_GAP = 1.5


def _titled_number(text: str) -> int | None:
    """The leading integer of a numbered item with a title ("7.3 Kōwhai Coast ..."), else None:
    a number alone or before figures ("11 - 84", "30 July") is not an item."""
    n = number_of(text)
    if n is None or n.style != "dotted" or not n.rest[:1].isupper():
        return None
    return int(n.number.split(".")[0])


def _right_cells(ln: Line, split: float) -> tuple[list[Line], list[Line]]:
    """The line's cells left and right of the gutter at `split`."""
    cells = ln.cells() if ln.x1 > split else [ln]
    left = [c for c in cells if c.x0 < split]
    right = [c for c in cells if c.x0 >= split]
    return left, right


def _straddles(ln: Line, split: float) -> bool:
    """A cell running across the gutter: a full-width line, not a column's."""
    return any(c.x0 < split - 1 and c.x1 > split + 1 for c in (ln.cells() if ln.x1 > split else [ln]))


def _join(cells: list[Line], page: int) -> Line | None:
    spans = [s for c in cells for s in c.spans]
    if not spans:
        return None
    ln = line_from_spans(spans, page)
    # a glyph the text layer set off its line's baseline ("’" of "Mayor’s") is no line of its own
    return ln if any(ch.isalnum() for ch in ln.text) else None


def two_column_list(lines: list[Line], width: float) -> list[Line]:
    """`lines` with a two-column numbered list read column by column (see the module's note);
    the lines unchanged when the page holds no such list. Lines need boxes."""
    if width <= 0 or sum(1 for ln in lines if ln.numbered) < MIN_COLUMN_ITEMS:
        return lines
    half = RIGHT_COLUMN_SHARE * width
    # the right column's numbered cells: (line index, cell)
    right: list[tuple[int, Line]] = []
    for k, ln in enumerate(lines):
        if not ln.has_box or ln.x1 <= half:
            continue
        for c in ln.cells() if ln.x0 < half else [ln]:
            if c.x0 >= half and _titled_number(c.text) is not None:
                right.append((k, c))
                break
    if len(right) < MIN_COLUMN_ITEMS:
        return lines
    split_x = min(c.x0 for _, c in right)
    right = [(k, c) for k, c in right if c.x0 <= split_x + NUMBER_MARGIN_SPREAD]
    start = right[0][0]
    left_numbers = [
        n
        for ln in lines[start : right[-1][0] + 1]
        if ln.x0 < split_x and (n := _titled_number(ln.text)) is not None
    ]
    right_numbers = [n for _, c in right if (n := _titled_number(c.text)) is not None]
    if (
        len(left_numbers) < MIN_COLUMN_ITEMS
        or len(right) < MIN_COLUMN_ITEMS
        # the right column carries the list on: its numbers follow the left column's and rise
        or right_numbers[0] < left_numbers[-1]
        or right_numbers != sorted(right_numbers)
        or left_numbers != sorted(left_numbers)
    ):
        return lines
    end = right[-1][0]
    # the right column's wrapped lines after its last number
    while end + 1 < len(lines) and lines[end + 1].x0 >= split_x and not _straddles(lines[end + 1], split_x):
        if lines[end + 1].top - lines[end].bottom > LIST_LINE_GAP * max(lines[end].height, 1.0):
            break
        end += 1
    block = lines[start : end + 1]
    if any(_straddles(ln, split_x) for ln in block):
        return lines
    left_col: list[Line] = []
    right_col: list[Line] = []
    for ln in block:
        lcells, rcells = _right_cells(ln, split_x)
        if lcells and (joined := _join(lcells, ln.page)) is not None:
            left_col.append(joined)
        if rcells and (joined := _join(rcells, ln.page)) is not None:
            right_col.append(joined)
    # the left column's tail below the right column's last line
    tail = end + 1
    while tail < len(lines) and left_col:
        ln = lines[tail]
        if ln.x1 > split_x or ln.top - left_col[-1].bottom > LIST_LINE_GAP * max(left_col[-1].height, 1.0):
            break
        left_col.append(ln)
        tail += 1
    if not right_col:
        return lines
    return lines[:start] + left_col + _moved_under(right_col, left_col) + lines[tail:]


def _moved_under(right_col: list[Line], left_col: list[Line]) -> list[Line]:
    """The right column's lines moved under the left column's last line, at the left column's
    margins and line spacing, as if the list ran on in one column: the list readers judge
    margins, indents and gaps between lines, which the jump to the top of the next column would
    break (an item at the right column's margin reads as a point indented far past the items)."""
    left_margin = min((ln.x0 for ln in left_col if ln.numbered), default=left_col[0].x0)
    right_margin = min((ln.x0 for ln in right_col if ln.numbered), default=right_col[0].x0)
    gaps = sorted(b.top - a.bottom for a, b in zip(left_col, left_col[1:], strict=False))
    gap = max(gaps[len(gaps) // 2], 0.0) if gaps else 0.0
    dx = left_margin - right_margin
    dy = left_col[-1].bottom + gap - right_col[0].top
    out = []
    for ln in right_col:
        spans = [
            dataclasses.replace(s, x0=s.x0 + dx, x1=s.x1 + dx, top=s.top + dy, bottom=s.bottom + dy)
            for s in ln.spans
        ]
        out.append(line_from_spans(spans, ln.page))
    return out

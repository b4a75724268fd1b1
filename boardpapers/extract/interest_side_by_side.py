"""Members' cards printed side by side: a page of a register set as two columns of cards, each a
member's name, post and small table, the two cards of a row sharing the page's lines.

Family: registers of interests laid out as a grid of member cards two to a row (CSS grid or
two-column layouts of New Zealand and Australian trusts' and councils' board papers, printed
from a browser or a publishing tool), and forms printed two to a page. The page's lines run
across both cards (the left card's row and the right card's row on one baseline), so a reader
of one member's table under one heading sees two headings on a line and six columns.

This module finds the gutter between the two columns of cards and gives the page's lines as
segments: the lines across the page as they are, and each run of lines that no text crosses
at the gutter split into the left column's lines, then the right column's. The caller
(`interest_member_tables`) keeps the split only where each side holds a table header of its
own (the header repeated across the gutter): an ordinary table with a column at the page's
middle is no pair of cards.
"""

from __future__ import annotations

from ..layout.lines import Line, line_from_spans

# The gutter is sought near the middle of the text block (the lines' leftmost start to their
# rightmost end): two cards to a row are of one width (a grid of two equal columns, a two-column
# frame), so it lies within this share of the block's width either side of its centre (a table's
# column gap inside the left card, a quarter of the block in, is not it; a side panel beside a
# list is not sought here)
CENTRE_SLACK = 0.1
# Points per bin of the gutter's search
BIN = 1.0
# The gutter is at least this many points clear of text in the lines beside it (the read
# register's grid sets a column gap of 14 px, 10.5 pt, of which about 12 pt is clear between the
# left card's last column and the right card's text; a word space is 2-3 pt)
MIN_GUTTER = 6.0
# A run of lines is split only where at least this many of its lines hold text on both sides
# (two cards' name lines, posts and headers; a heading beside a short line is no pair of columns)
MIN_PAIRED_LINES = 3


def _covered(line: Line, lo: int, hi: int) -> set[int]:
    out: set[int] = set()
    for s in line.spans:
        a, b = max(lo, int(s.x0 // BIN)), min(hi, int(s.x1 // BIN))
        if a <= b:
            out.update(range(a, b + 1))
    return out


def _gutter(lines: list[Line]) -> tuple[float, float] | None:
    """The stretch of the page's middle that most lines with text on both of its sides leave
    clear: (x0, x1) in points, or None."""
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    centre, slack = (left + right) / 2, CENTRE_SLACK * (right - left)
    lo, hi = int((centre - slack) // BIN), int((centre + slack) // BIN)
    if hi <= lo:
        return None
    covers = [_covered(ln, lo, hi) for ln in lines]
    counts = []
    for b in range(lo, hi + 1):
        x = b * BIN
        n = sum(1 for ln, cov in zip(lines, covers, strict=True) if b not in cov and ln.x0 < x < ln.x1)
        if n >= MIN_PAIRED_LINES:
            counts.append((n, b))
    # the bin most lines leave clear whose clear stretch is a gutter's width (a column gap of the
    # left card's table cut by the window's edge is not)
    for _, best in sorted(counts, key=lambda c: (-c[0], c[1])):
        x = best * BIN
        paired = [cov for ln, cov in zip(lines, covers, strict=True) if best not in cov and ln.x0 < x < ln.x1]
        a = b = best
        while a - 1 >= lo and not any(a - 1 in cov for cov in paired):
            a -= 1
        while b + 1 <= hi and not any(b + 1 in cov for cov in paired):
            b += 1
        if (b - a + 1) * BIN >= MIN_GUTTER and lo < a and b < hi:
            return a * BIN, (b + 1) * BIN
    return None


def column_segments(lines: list[Line]) -> list[tuple[list[Line], bool]] | None:
    """The page's lines as segments (lines, a column's start): lines across the gutter as they are,
    each run of lines clear of it split into its left column, then its right column; None when
    the page holds no such run."""
    if len(lines) < MIN_PAIRED_LINES:
        return None
    g = _gutter(lines)
    if g is None:
        return None
    mid = (g[0] + g[1]) / 2
    segments: list[tuple[list[Line], bool]] = []
    run: list[Line] = []
    split = False

    def close() -> None:
        nonlocal run, split
        if not run:
            return
        paired = sum(1 for ln in run if ln.x0 < mid < ln.x1)
        if paired >= MIN_PAIRED_LINES:
            split = True
            for keep in (lambda s: s.x1 <= mid, lambda s: s.x0 >= mid):
                side = [(ln, [s for s in ln.spans if keep(s)]) for ln in run]
                relined = [line_from_spans(sp, ln.page) for ln, sp in side if sp]
                segments.append((sorted(relined, key=lambda ln: ln.top), True))
        else:
            segments.append((run, False))
        run = []

    for ln in lines:
        if any(s.x0 < mid < s.x1 for s in ln.spans):
            close()
            segments.append(([ln], False))
        else:
            run.append(ln)
    close()
    if not split:
        return None
    # adjacent segments of whole lines as one
    out: list[tuple[list[Line], bool]] = []
    for seg, starts in segments:
        if out and not starts and not out[-1][1]:
            out[-1] = (out[-1][0] + seg, False)
        elif out and not starts and out[-1][1]:
            out.append((seg, False))
        else:
            out.append((seg, starts))
    return out

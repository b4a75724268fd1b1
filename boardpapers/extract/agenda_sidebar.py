"""A side panel down the left of an agenda page: the board's roster ("BOARD OF TRUSTEES" /
"Marcus T. Whitfield" / "Chair, Wilson County" ...), the chief officer, the clerk and an
accessibility note, set in a narrow column beside the numbered list. US transit authorities',
school districts' and special districts' agendas print their letterhead so, and so do some
councils' and charities' notices. The layout joins the panel's text with the list's where they
share a band ("Chair, Wilson County  5:30  1. Call to Order"), so the list reads as items with a
stranger's name in front and lines of names between them. This module finds such a panel and
drops its text from the lines the agenda readers see. Pure functions over layout lines."""

from __future__ import annotations

import re

from ..layout import Line
from ..layout.lines import line_from_spans
from .agenda_twocolumn import MIN_COLUMN_ITEMS, _titled_number

# The panel's right edge lies left of this share of the page width (a US Letter roster panel
# ends near 0.30, its list's times and numbers start at 0.34 and 0.41); a wider left column is
# a list's own column
PANEL_MAX_SHARE = 0.38
# ... and its text starts left of this share (at the page's left margin), the list's numbers
# right of it
PANEL_START_SHARE = 0.2
# At least this many panel cells beside the list: a roster of six or more lines (names and seats);
# a label or two in the left margin (a section's name) is no panel
MIN_PANEL_CELLS = 6
# At least this share of the panel's cells stand alone on their line (the panel runs down the page
# at its own spacing); a left column of a table (a presenter, a time) sits beside every item
MIN_ALONE_SHARE = 0.5
# ... and this share of them are words (names, seats, roles), not times or figures
MIN_WORDY_SHARE = 0.6
# The gap between the panel and the list is at least this many points (a column gutter; the
# roster panel stands ~25 pt clear of the list's time column)
MIN_GUTTER = 12.0
# Cells whose x ranges overlap or lie closer than this many points form one column
COLUMN_JOIN = 6.0

_WORDY = re.compile(r"[A-Za-z]{2,}\W+[A-Za-z]{2,}|[A-Za-z]{4,}")
_FIGURES_ONLY = re.compile(r"^[\d\s:.,–-]*(?:[ap]\.?m\.?)?$", re.I)
# A slot time before the item's number, set close enough to join its cell: "5:30  1. Call to Order"
_LEADING_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+", re.I)


def _list_number(text: str) -> int | None:
    """The leading integer of a titled item, a slot time before it allowed."""
    return _titled_number(_LEADING_TIME.sub("", text, count=1))


def _columns(cells: list[Line]) -> list[tuple[float, float, list[Line]]]:
    """The cells grouped into columns by their x ranges, left to right: (x0, x1, cells)."""
    out: list[tuple[float, float, list[Line]]] = []
    for c in sorted(cells, key=lambda c: c.x0):
        if out and c.x0 <= out[-1][1] + COLUMN_JOIN:
            x0, x1, members = out[-1]
            out[-1] = (x0, max(x1, c.x1), [*members, c])
        else:
            out.append((c.x0, c.x1, [c]))
    return out


def drop_side_panel(lines: list[Line], width: float) -> list[Line]:
    """`lines` with a left side panel's text dropped (see the module's note); the lines unchanged
    when the page holds no such panel beside a numbered list. Lines need boxes."""
    if width <= 0:
        return lines
    limit = PANEL_MAX_SHARE * width
    # cheap gate first: a panel's lines stand alone in the left margin, narrow
    narrow = sum(1 for ln in lines if ln.has_box and ln.x0 < PANEL_START_SHARE * width and ln.x1 <= limit)
    if narrow < MIN_ALONE_SHARE * MIN_PANEL_CELLS:
        return lines
    cells_of = [ln.cells() if ln.has_box else [] for ln in lines]
    # the list's numbered cells right of the panel's limit
    numbered = [
        (k, c)
        for k, cells in enumerate(cells_of)
        for c in cells
        if c.x0 > PANEL_START_SHARE * width and _list_number(c.text) is not None
    ]
    if len(numbered) < MIN_COLUMN_ITEMS:
        return lines
    first, last = numbered[0][0], numbered[-1][0]
    list_x = min(c.x0 for _, c in numbered)
    # the columns left of the list's numbers, over the lines the list runs through
    left = [c for cells in cells_of[first : last + 1] for c in cells if c.x1 < list_x]
    cols = _columns(left)
    if not cols:
        return lines
    px0, px1, panel = cols[0]
    next_x = cols[1][0] if len(cols) > 1 else list_x
    if px1 > limit or px0 > PANEL_START_SHARE * width or next_x - px1 < MIN_GUTTER:
        return lines
    gutter = (px1 + next_x) / 2
    # the panel's run: the lines around the list's with no cell across the gutter
    crosses = [any(c.x0 < gutter < c.x1 for c in cells) for cells in cells_of]
    start = first
    while start > 0 and not crosses[start - 1]:
        start -= 1
    end = last
    while end + 1 < len(lines) and not crosses[end + 1]:
        end += 1
    if any(crosses[first : last + 1]):
        return lines
    panel = [c for cells in cells_of[start : end + 1] for c in cells if c.x1 <= gutter]
    if len(panel) < MIN_PANEL_CELLS or any(c.numbered or _titled_number(c.text) is not None for c in panel):
        return lines
    alone = sum(1 for k in range(start, end + 1) if cells_of[k] and all(c.x1 <= gutter for c in cells_of[k]))
    wordy = sum(1 for c in panel if _WORDY.search(c.text) and not _FIGURES_ONLY.match(c.text))
    if alone < MIN_ALONE_SHARE * len(panel) or wordy < MIN_WORDY_SHARE * len(panel):
        return lines
    out = list(lines[:start])
    for k in range(start, end + 1):
        kept = [s for c in cells_of[k] if c.x0 > gutter for s in c.spans]
        if not any(ch.isalnum() for s in kept for ch in s.text):
            continue
        if len(kept) == len(lines[k].spans):
            out.append(lines[k])
        else:
            out.append(line_from_spans(kept, lines[k].page))
    out.extend(lines[end + 1 :])
    return out

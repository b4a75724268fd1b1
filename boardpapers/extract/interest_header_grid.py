"""Registers printed as a grid of categories whose rows are parted by whitespace and hairlines
only, under a filled header row.

Family: registers of interests laid out landscape with one row per member and one column per
category (NZ councils' "Elected member | Employment / business | Companies and directorships |
Trusts and incorporated societies | Real property | Other organisations", English councils' and
NHS boards' grids), printed from HTML or a word processor with a shaded header and a thin rule
under each row. The reading layer's table finder returns the header row alone (its fill is the
only ruled box), and the layout layer does not find the header when its labels wrap over two
lines, bottom-aligned, or sit closer than a column gap.

The header row's cells give the columns: each column starts where the first word of its label
starts in the header band. The page's lines below the header are placed into those columns word
by word; a row starts where the first (member) column has text after a gap between lines or
after lines that left it empty (a member's cell is aligned to the top of its row). The table
ends at a line whose words cross a column start (prose under the table).

The member's cell holds their name in bold, their seat and the date of their return under it:
the bold lines are the name, a dated line the date, the rest the seat. A cell's entries are its
bulleted items where it has bullets, else the cell is one entry.

Gated on the page's ruled tables: a page is read only when its finder returned a single row
that a register grid's spec takes for a header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..layout import layout_of
from ..layout.lines import Line, em, join_spans
from ..layout.tables import COLUMN_SLACK, Grid
from ..model import Document, Span
from .tables import LogicalTable, Row, TableSpec

METHOD = "header-row-words"

# A line parted from the line above by more than this share of the body's usual line height
# starts a new row (rows of the NZ council register: 7-10 pt between rows against 1.5-3.5 pt
# between the lines of a cell, lines 9 pt high)
ROW_GAP_HEIGHTS = 0.5

# A run goes on with the word before it when the gap is under this share of its size (pages set
# one glyph a run; the layout layer's own word rule is of the same order)
WORD_GAP_SHARE = 0.15

# Bullets opening an entry of a cell
_BULLET = re.compile(r"\s*[•▪●◦‣∙·]\s*")
# The date of the member's return in their cell: "Return received 12/05/2025", "Updated 3 May
# 2025", "Date of declaration: 01/04/2025"
_DATE_LINE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}\b")


def _words(spans: Sequence[Span]) -> list[list[Span]]:
    out: list[list[Span]] = []
    for sp in spans:
        if out and not out[-1][-1].space_after and sp.x0 - out[-1][-1].x1 < WORD_GAP_SHARE * max(em(sp), 1.0):
            out[-1].append(sp)
        else:
            out.append([sp])
    return out


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _column_starts(labels: Sequence[str], band: Sequence[Line]) -> list[float] | None:
    """Each label's left edge: where its first word is printed in the header band, left to
    right. None when a label's first word is not found in order."""
    words = sorted(
        ((w[0].x0, _key(join_spans(w))) for ln in band for w in _words(ln.spans)),
        key=lambda t: t[0],
    )
    starts: list[float] = []
    for lab in labels:
        first = _key(lab.split()[0]) if lab.split() else ""
        if not first:
            return None
        floor = starts[-1] + COLUMN_SLACK if starts else float("-inf")
        x = next((x0 for x0, k in words if x0 > floor and k == first), None)
        if x is None:
            return None
        starts.append(x)
    return starts


def _per_column(line: Line, starts: Sequence[float]) -> list[list[list[Span]]] | None:
    """The line's words per column; None when a word crosses a column start (prose)."""
    per: list[list[list[Span]]] = [[] for _ in starts]
    for w in _words(line.spans):
        x0, x1 = w[0].x0, w[-1].x1
        k = 0
        for i, s in enumerate(starts):
            if x0 >= s - COLUMN_SLACK:
                k = i
        if k + 1 < len(starts) and x1 > starts[k + 1] + COLUMN_SLACK:
            return None
        per[k].append(w)
    return per


def _text(words: Sequence[list[Span]]) -> str:
    return join_spans([sp for w in words for sp in w])


def _bold(words: Sequence[list[Span]]) -> bool:
    spans = [sp for w in words for sp in w if sp.text.strip()]
    return bool(spans) and sum(sp.bold for sp in spans) * 2 > len(spans)


def _cell_entries(lines: Sequence[str]) -> list[str]:
    """A cell's entries: its bulleted items, else the cell as one entry."""
    text = " ".join(" ".join(lines).split())
    if not text:
        return []
    if _BULLET.search(text):
        return [e.strip() for e in _BULLET.split(text) if e.strip()]
    return [text]


def _member(lines: Sequence[tuple[str, bool]]) -> tuple[str, str, str]:
    """(name, seat, date) of a member's cell: bold lines the name, a dated line the date, the
    rest the seat. A name opening with the words its seat opens with ("Deputy Mayor Aroha Te
    Whata" over "Deputy Mayor – Ōrari Ward") loses them. Without bold lines (or all bold) the
    cell is handed on whole as the name, for the grid reader to split."""
    bold = [t for t, b in lines if b]
    if not bold or len(bold) == len(lines):
        return "\n".join(t for t, _ in lines), "", ""
    dated = next((t for t, b in lines if not b and _DATE_LINE.search(t)), "")
    seat = " ".join(t for t, b in lines if not b and t != dated)
    date = m.group(0) if (m := _DATE_LINE.search(dated)) else ""
    name = " ".join(bold).split()
    seat_words = seat.casefold().split()
    n = 0
    while n < len(name) - 2 and n < len(seat_words) and name[n].casefold() == seat_words[n]:
        n += 1
    return " ".join(name[n:]), seat, date


def _page_rows(lines: Sequence[Line], grid: Grid, width: int) -> list[list[list[str]]]:
    """The rows under the header: per row, per column, its lines of text."""
    rows: list[list[list[str]]] = []
    bold_rows: list[list[tuple[str, bool]]] = []
    prev: Line | None = None
    prev_first = False
    heights = sorted(ln.height for ln in lines if ln.spans and ln.top >= grid.bottom)
    usual = heights[len(heights) // 2] if heights else grid.line_height
    for ln in lines:
        if ln.top < grid.bottom - 1 or not ln.spans:
            continue
        per = _per_column(ln, grid.starts)
        if per is None:
            break
        first = bool(per[0])
        gap = ln.top - prev.bottom if prev is not None else 0.0
        if first and (not rows or not prev_first or gap > ROW_GAP_HEIGHTS * usual):
            rows.append([[] for _ in range(width)])
            bold_rows.append([])
        elif not rows:
            # lines of a member's row run over from the page before, under the repeated header
            rows.append([[] for _ in range(width)])
            bold_rows.append([])
        for k, words in enumerate(per):
            if words:
                rows[-1][k].append(_text(words))
        if first:
            bold_rows[-1].append((_text(per[0]), _bold(per[0])))
        prev, prev_first = ln, first
    for row, member in zip(rows, bold_rows, strict=True):
        row[0] = list(_member(member)) if member else ["", "", ""]
    return rows


def header_row_grids(doc: Document, spec: TableSpec) -> list[LogicalTable]:
    """Grids whose page's table finder returned the filled header row alone (see the module
    doc): one table per run of pages with the same header."""
    out: list[LogicalTable] = []
    lay = None
    for page in doc.pages:
        if page.spans is None:
            continue
        head = next(
            (
                t
                for t in page.tables
                if len(t.rows) == 1 and t.bbox and sum(1 for c in t.rows[0] if c) >= 3 and all(t.rows[0])
            ),
            None,
        )
        if head is None:
            continue
        labels = [" ".join((c or "").split()) for c in head.rows[0]]
        if not spec.is_header(labels):
            continue
        lay = lay or layout_of(doc)
        lines = lay.page(page.number).lines
        _, top, _, bottom = head.bbox
        band = [ln for ln in lines if ln.spans and top - 1 <= (ln.top + ln.bottom) / 2 <= bottom + 1]
        starts = _column_starts(labels, band)
        if starts is None:
            continue
        height = max((ln.height for ln in band), default=0.0)
        grid = Grid(starts=starts, labels=labels, top=top, bottom=bottom, line_height=height)
        rows = _page_rows(lines, grid, len(labels))
        if not rows:
            continue
        all_labels = [*labels, "Role", "Date"]
        fields = [*spec.label_fields(labels), "role", "declared_on"]
        if out and out[-1].labels == all_labels and out[-1].last_page == page.number - 1:
            table = out[-1]
        else:
            table = LogicalTable(labels=all_labels, fields=fields, page=page.number, method=METHOD)
            out.append(table)
        table.last_page = page.number
        for row in rows:
            name, seat, date = row[0]
            cells = [name, *("\n".join(_cell_entries(c)) for c in row[1:]), seat, date]
            table.rows.append(Row(cells=cells, page=page.number))
    return out

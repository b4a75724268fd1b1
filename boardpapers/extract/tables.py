"""Generic table reading for the accountability extractors.

Input: the pdfplumber tables ingest attached to table pages (rows of cells,
None for a cell covered by a merged neighbour) or, for borderless tables,
the page's spans. Output: `LogicalTable`s, each a header (labels mapped to
record fields by a `TableSpec`) and data rows that may run over several
pages, with or without a repeated header.

What is handled here, once, for all record types:
- header recognition by synonyms (`TableSpec.fields_for`), also when the
  header is broken over lines ("Forenam\\ne") or preceded by a group row;
- merged cells: raw columns are folded onto the header's columns, and a row
  whose leading cell is merged from above is a sub-row of the row above;
- multi-line cells (lines joined with spaces);
- tables running over pages: a headerless table on the next page with the
  same column count continues the open table; a repeated identical header
  on an adjacent page continues it too;
- a row split by a page break (the first row on the new page fills only a
  few cells and has no key) is merged back into the row above;
- borderless (whitespace-aligned) tables rebuilt from `Page.spans`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..layout.lines import em, join_spans

if TYPE_CHECKING:
    from ..layout import Line
    from ..layout.tables import Grid
from ..model import Document, Page, Span
from ..table_headers import table_families

_WS = re.compile(r"\s+")
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f]")
MAX_LABEL = 180  # header labels are short; the longest seen spell out instructions


def clean_cell(text: str | None) -> str:
    """One line of text from a (possibly multi-line) cell."""
    if not text:
        return ""
    lines = [ln.strip() for ln in text.replace("\r", "\n").split("\n")]
    lines = [ln for ln in lines if ln]
    out = ""
    for i, ln in enumerate(lines):
        if out.endswith("-") and len(out) > 1 and out[-2] != " " and ln[:1].isupper():
            out += ln  # "Non-\nPecuniary"
        elif (
            i == len(lines) - 1
            and i > 0
            and len(ln) <= 2
            and ln.isalpha()
            and ln.islower()
            and out[-1:].isalpha()
        ):
            out += ln  # a word broken in a narrow cell: "Husband\ns"
        else:
            out = f"{out} {ln}" if out else ln
    return _WS.sub(" ", out).strip()


def squash(text: str) -> str:
    """Lower case without whitespace: header cells broken mid-word still match."""
    return _WS.sub("", text).lower()


@dataclass
class TableSpec:
    """Maps header labels to record fields by synonyms (regexes matched against
    the squashed label, i.e. lower case, no whitespace)."""

    synonyms: dict[str, str]
    min_fields: int = 2
    key_fields: tuple[str, ...] = ()
    # Fields that, when all empty in the first row on a new page, mark that row
    # as the tail of a row split by the page break (see `_is_split_tail`).
    completing_fields: tuple[str, ...] = ()
    # The header family in ingest.layout_pages: a borderless table can only start
    # on a page whose text has that family's header words (a cheap gate).
    family: str | None = None
    # Fields that make a sub-row (leading cells merged from above) a record of its own when all
    # the table has of them are filled: registers of interests print a person's name and post
    # once, in cells merged over one row per interest (NHS trust Board registers, landscape
    # ruled tables). Without them a sub-row is the rest of the row above.
    own_record_fields: tuple[str, ...] = ()
    # Keep a ruled row whose one cell is merged across the whole table (a band naming the
    # section of the rows below: "SO1 - Deliver safe care" in NHS trust BAFs) as a row with
    # that text in its first cell; without it such rows are dropped.
    band_rows: bool = False
    # Borderless tables: a line under a key printed once starts a record of its own only when the
    # first own-record field's text on it matches this (a wrapped line may start with a capital)
    own_record_start: str | None = None
    # Borderless tables: a line under a key printed once starts a record of its own when it prints
    # a full date in one of these fields and the row above has one already: registers dating each
    # interest ("Date notified" in Australian directors' registers, "Date of declaration" in NHS
    # and council registers), several interests under a name printed once, without row gaps.
    dated_record_fields: tuple[str, ...] = ()
    # A ruled table whose only row is its header (the header shaded and ruled, the body not:
    # Australian directors' registers; action tables closing minutes under a filled header band,
    # their rows parted by hairlines the ruling finder does not take for a grid) is read again
    # without rules. Not a blank ruled grid under the header (LogicalTable.ruled_body_rows): read
    # again, the text under it (a parish clerk's address) became an action. Off by default.
    reread_header_only: bool = False
    # ... only where that header is two rows, a group row over short labels ("Inherent |
    # Residual | Target" over "L | I | S": landscape risk registers printed from HTML, the header
    # filled and ruled, the rows under it parted by bottom borders only). Off by default.
    reread_two_level_header_only: bool = False
    # A page whose ruled tables are a stack of one-row "tables" of one width, a row's height
    # apart (`striped_pages`), is read without rules: zebra-striped tables, every other row
    # filled, the fills taken for ruled cells and the unfilled rows between them lost. Off by
    # default.
    reread_striped: bool = False
    # A regular line right under a bold header line is the table's first row, not the header's
    # wrapped labels (layout.tables.find_header): a shaded header band with the first row set
    # tight under it. Off by default.
    bold_header_rows: bool = False
    # Keep a ruled row whose last filled cell is merged over the columns to its right as a row:
    # "Baroness Thornbury | Nil" over Category..To (registers of interests mark a member with
    # nothing to declare so). Without it such rows are dropped as note rows, and the rows
    # after them are read as the previous person's.
    merged_tail_rows: bool = False
    # Borderless tables: keep a newline where a cell's line was not wrapped (layout.tables.
    # grid_rows), for cells listing several entries one a line (registers printed as a grid)
    keep_breaks: bool = False
    # Ruled tables: keep a row of two cells, a short label and a text merged over the other
    # columns, under a record row as that record's (label, text) pair (Row.labelled): registers
    # printing one risk over several rows, its scores row then "Risk description / cause",
    # "Effect", "Current controls" rows (Scottish IJB and council strategic risk registers).
    # Without it such rows are dropped as note rows. Off by default.
    labelled_rows: bool = False
    _compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._compiled = {k: re.compile(v) for k, v in self.synonyms.items()}

    def field_for(self, label: str) -> str | None:
        s = squash(label)
        if not s or len(label) > MAX_LABEL:
            return None  # a long cell is data, not a header label
        for name, pat in self._compiled.items():
            if pat.search(s):
                return name
        return None

    def label_fields(self, labels: Sequence[str]) -> list[str | None]:
        """The field each label names, before duplicates are dropped; specs whose
        labels depend on their neighbours (risk score phases) override this."""
        return [self.field_for(lab) for lab in labels]

    def fields_for(self, labels: Sequence[str]) -> list[str | None]:
        """Fields per label; a field named twice keeps only its first column."""
        out: list[str | None] = []
        seen: set[str] = set()
        for f in self.label_fields(labels):
            if f in seen:
                f = None
            if f:
                seen.add(f)
            out.append(f)
        return out

    def is_header(self, labels: Sequence[str]) -> bool:
        return sum(1 for f in self.fields_for(labels) if f) >= self.min_fields


@dataclass
class Row:
    cells: list[str]
    page: int
    notes: list[str] = field(default_factory=list)
    # The text of the last band above the row: a cell spanning the whole table that groups
    # the rows under it ("Trust Board meeting held in public - 7 September 2023" in action logs).
    band: str | None = None
    # (label, text) rows under the row that belong to it (TableSpec.labelled_rows)
    labelled: list[tuple[str, str]] = field(default_factory=list)
    # The title over the ruled table the row was printed in, or over the borderless header above
    # it, where the table repeats the logical table's header ("Part B – Directorships" over each
    # part's table of a register printed by category: one logical table, a heading per part)
    heading: str | None = None

    def get(self, table: LogicalTable, name: str) -> str:
        i = table.index(name)
        return self.cells[i] if i is not None and i < len(self.cells) else ""

    def as_dict(self, table: LogicalTable) -> dict[str, str]:
        return {f: self.cells[i] for i, f in enumerate(table.fields) if f and i < len(self.cells)}


@dataclass
class LogicalTable:
    labels: list[str]
    fields: list[str | None]
    page: int
    title: str | None = None
    rows: list[Row] = field(default_factory=list)
    last_page: int = 0
    method: str = "pdfplumber-lines"
    # Ruled rows met under the header, blank ones included: 0 where the rules drew the header
    # alone (a shaded header band over a body parted by whitespace or hairlines), as against an
    # empty ruled grid (a blank form: parish minutes' "ACTION LIST SUMMARY" with no actions)
    ruled_body_rows: int = 0
    # ... of which rows whose first cell the ruling finder merged with the cell above: a body
    # parted by bottom borders only under a ruled header, the header's column rules not
    # reaching down (HTML-printed risk registers: a filled header over rows ruled off below)
    headless_body_rows: int = 0
    # ... of which one-cell rows (a band merged across the table: "Corporate Services" over a
    # tracker's rows grouped by department, the band alone ruled and filled, the rows under it not)
    band_body_rows: int = 0
    # the ruled header was two rows read as one (`_two_level_labels`)
    two_level_header: bool = False
    # borderless: the header pieced together from several lines none of which reads as one
    # (layout.tables.Grid.pieced)
    pieced_header: bool = False

    def index(self, name: str) -> int | None:
        try:
            return self.fields.index(name)
        except ValueError:
            return None

    @property
    def width(self) -> int:
        return len(self.labels)


# --------------------------------------------------------------------------- ruled tables


def _starts(raw_header: list[str | None]) -> list[int]:
    return [j for j, c in enumerate(raw_header) if c is not None]


def _fold(raw: list[str | None], starts: list[int]) -> list[str]:
    """Raw cells onto the header's columns: a raw cell belongs to the last header
    column starting at or before it."""
    out = [""] * len(starts)
    for j, c in enumerate(raw):
        if c is None:
            continue
        k = 0
        for i, s in enumerate(starts):
            if s <= j:
                k = i
        txt = clean_cell(c)
        if txt:
            out[k] = f"{out[k]} {txt}" if out[k] else txt
    return out


def _compact(raw: list[str | None]) -> list[str]:
    return [clean_cell(c) for c in raw if c is not None]


def _merge_into(prev: Row, cells: list[str]) -> None:
    for i, c in enumerate(cells):
        if not c or (i < len(prev.cells) and prev.cells[i].endswith(c)):
            continue
        if i >= len(prev.cells):
            prev.cells.extend([""] * (i + 1 - len(prev.cells)))
        prev.cells[i] = f"{prev.cells[i]} {c}" if prev.cells[i] else c


_UNIT = re.compile(r"^\(?(?:£|\$|€)\s?(?:m|k|bn|000'?s?)?\)?$|^%$|^£?000'?s$")


def _is_units_row(cells: list[str]) -> bool:
    """A row of units under the header ("£m", "%")."""
    filled = [c for c in cells if c]
    return bool(filled) and all(_UNIT.match(c) for c in filled)


def _is_own_record(spec: TableSpec, table: LogicalTable, cells: list[str]) -> bool:
    """A sub-row that fills every one of the spec's own-record fields the table has."""
    idx = [table.index(f) for f in spec.own_record_fields]
    idx = [i for i in idx if i is not None and i < len(cells)]
    return bool(idx) and all(cells[i] for i in idx)


def _starts_own_record(own: list[int], row: list[str], cells: list[str], first: re.Pattern[str]) -> bool:
    """A borderless line under a key printed once begins a record of its own when it starts
    every own-record cell afresh (capital first letter) where the row above has them all:
    "Financial | Non-executive director, ..." under "Non-financial professional | Honorary ..."
    (ICB and trust registers, a person's interests one under another without rules)."""
    if not (own[0] < len(cells) and first.match(cells[own[0]])):
        return False
    return all(i < len(cells) and row[i] and cells[i][:1].isupper() for i in own)


# A full date as a register prints it in a cell: "14/08/2023", "1.10.23", "14 August 2023", "14 Aug 23";
# "2025-09-10" (ISO dates: Canadian boards' registers)
_FULL_DATE_CELL = re.compile(
    r"^(?:\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s+[A-Z][a-z]{2,8}\.?\s+\d{2,4})|\d{4}-\d{2}-\d{2})$"
)


def _starts_dated_record(dated: list[int], row: list[str], cells: list[str]) -> bool:
    """A borderless line under a key printed once that dates an entry of its own: a full date
    in a date column where the row above has a date already (see `TableSpec.dated_record_fields`)."""
    return any(
        i < len(cells) and i < len(row) and row[i].strip() and _FULL_DATE_CELL.match(cells[i].strip())
        for i in dated
    )


def _sub_row_record(prev: Row, raw: list[str | None], starts: list[int], cells: list[str], page: int) -> Row:
    """A record under cells merged from above: the merged cells' text is the row above's."""
    out = list(cells)
    for k, start in enumerate(starts):
        if not out[k] and start < len(raw) and raw[start] is None and k < len(prev.cells):
            out[k] = prev.cells[k]
    return Row(out, page, notes=["name cells merged over this row in the source; repeated"])


def _is_split_tail(spec: TableSpec, table: LogicalTable, cells: list[str]) -> bool:
    """The first row on a continuation page holds the rest of the row above when
    it has no key and none of the completing fields (or at most one cell)."""
    idx = {f: i for i, f in enumerate(table.fields) if f}
    if any(cells[idx[k]] for k in spec.key_fields if k in idx and idx[k] < len(cells)):
        return False
    filled = sum(1 for c in cells if c)
    if filled == 0:
        return True
    first = next(c for c in cells if c)
    if re.match(r"[a-z]{2,}(?:\s|$)", first):
        return True  # the first filled cell goes on mid-sentence: "long term funding", "practice"
    comp = [idx[k] for k in spec.completing_fields if k in idx]
    if comp and not any(cells[i] for i in comp if i < len(cells)):
        return True
    return filled <= 1


def text_before_cells(page: Page, cells: Sequence[str]) -> str | None:
    """The text printed on a row's first line to the left of its first filled cell, from the
    page text: a leading cell the table reader lost (a name cell merged down over a page
    break has no bottom rule, so pdfplumber reads no cell there and drops its text)."""
    filled = [c for c in cells if c]
    if len(filled) < 2:
        return None
    words = filled[0].split()[:3] + filled[1].split()[:1]
    probe = re.compile(r"\s+".join(re.escape(w) for w in words))
    for line in page.text.splitlines():
        m = probe.search(line)
        if m and m.start() > 0:
            return line[: m.start()].strip() or None
    return None


def title_above(page: Page, top: float, max_gap: float = 80.0) -> str | None:
    """Text lines just above `top` on the page (from spans), nearest last."""
    if not page.spans:
        return None
    above = [s for s in page.spans if s.bottom <= top + 1 and s.bottom >= top - max_gap]
    if not above:
        return None
    lines = _lines(above)
    parts: list[str] = []
    for ln in reversed(lines[-3:]):
        line = _CTRL.sub("", join_spans(ln)).strip()  # runs split inside a word join up
        if len(line) > 120 or line.endswith((".", ",", ";")):
            break  # prose, not a title
        parts.insert(0, line)
    text = _WS.sub(" ", " ".join(parts)).strip()
    return text or None


# The labels of a header's second line are short: "L", "I", "S", "Likelihood", "Score".
MAX_SUB_LABEL = 20


def _two_level_labels(spec: TableSpec, raw: list[str | None], below: list[str | None]) -> list[str] | None:
    """One label per raw column when the header has a second line under cells merged across
    several columns: "Inherent" over "L | I | S" (fire authority and council risk registers
    with likelihood, impact and score per phase) gives "Inherent L", "Inherent I", "Inherent
    S". Only when the line is all short labels, fills a column a group cell spans, and the
    labels so built name more of the spec's fields than the first line alone (so a table's
    first data row is never read as a header line)."""
    if len(below) != len(raw):
        return None
    subs = [clean_cell(c) for c in below]
    if not any(subs) or any(len(x) > MAX_SUB_LABEL for x in subs):
        return None
    if not any(raw[j] is None and subs[j] for j in range(len(raw))):
        return None  # no group cell spans columns with labels of their own
    labels: list[str] = []
    group = ""
    for j, c in enumerate(raw):
        if c is not None:
            group = clean_cell(c)
        labels.append(f"{group} {subs[j]}".strip() if subs[j] else group)
    before = sum(1 for f in spec.fields_for(_compact(raw)) if f)
    after = sum(1 for f in spec.fields_for(labels) if f)
    return labels if after > before else None


@dataclass
class _Open:
    table: LogicalTable
    starts: list[int]
    raw_width: int


# A labelled row's label is a short phrase ("Further actions (owner / date)", the longest seen in
# strategic risk registers printing one risk over several rows); a longer first cell is data
MAX_ROW_LABEL = 40
# A row of one merged cell is a band over the rows below in a table of at least this many
# columns (narrower tables' one-cell rows are read as rows, as before bands were read).
BAND_MIN_COLUMNS = 4


def read_ruled_tables(
    doc: Document,
    spec: TableSpec,
    *,
    split_tail: Callable[[LogicalTable, list[str]], bool] | None = None,
    skip_pages: set[int] | frozenset[int] = frozenset(),
) -> list[LogicalTable]:
    """Logical tables matching `spec`, assembled from pdfplumber tables over the
    whole document."""
    tail = split_tail or (lambda t, cells: _is_split_tail(spec, t, cells))
    out: list[LogicalTable] = []
    cur: _Open | None = None
    band: str | None = None
    band_of: LogicalTable | None = None
    heading: str | None = None  # the title over the last ruled table opening with the header
    for page in doc.pages:
        if page.number in skip_pages:
            continue  # read without rules (`striped_pages`)
        for tab in page.tables:
            raw_rows = tab.rows
            if not raw_rows:
                continue
            first_fragment_row = True
            header_in_tab = False
            filling: Row | None = None  # a row whose empty first cell strips of text have filled
            fragment_of: _Open | None = None
            # a headerless table continues the open one when the page is adjacent
            if cur is not None and page.number - cur.table.last_page <= 2:
                fragment_of = cur
            skip_row = -1
            for ri, raw in enumerate(raw_rows):
                if ri == skip_row:
                    continue  # the second line of a two-level header, read with the first
                compact = _compact(raw)
                row_notes: list[str] = []
                if spec.is_header(compact):
                    labels = compact
                    starts = _starts(raw)
                    below = raw_rows[ri + 1] if ri + 1 < len(raw_rows) else None
                    split = _two_level_labels(spec, raw, below) if below is not None else None
                    if split is not None:
                        labels, starts, skip_row = split, list(range(len(raw))), ri + 1
                    fields = spec.fields_for(labels)
                    top = tab.bbox[1] if tab.bbox else 0.0
                    title = title_above(page, top) if ri == 0 else None
                    # the part's heading: over the ruled table, or its caption row (one cell
                    # across the table, ruled in with it) right over the header
                    above = raw_rows[ri - 1] if ri else None
                    caption = above is not None and bool(above[0]) and all(c is None for c in above[1:])
                    heading = clean_cell(above[0]) if caption and above else title
                    if (
                        cur is not None
                        and [squash(x) for x in cur.table.labels] == [squash(x) for x in labels]
                        and page.number - cur.table.last_page <= 2
                    ):
                        cur = _Open(cur.table, starts, len(raw))  # repeated header
                    else:
                        lt = LogicalTable(labels, fields, page.number, title=title, last_page=page.number)
                        lt.two_level_header = split is not None
                        out.append(lt)
                        cur = _Open(lt, starts, len(raw))
                    fragment_of = cur
                    first_fragment_row = True
                    header_in_tab = True
                    continue
                if fragment_of is None:
                    continue
                t = fragment_of.table
                t.ruled_body_rows += 1
                if raw and raw[0] is None:
                    t.headless_body_rows += 1
                one_cell = bool(raw[0]) and all(c is None for c in raw[1:])
                t.band_body_rows += one_cell
                prev = t.rows[-1] if t.rows else None
                if (
                    spec.band_rows
                    and one_cell
                    and prev is not None
                    and prev.page == page.number
                    and (not prev.cells[0] or filling is prev)
                ):
                    # not a band: the text of the row above's first cell, drawn in strips
                    # (a gradient-filled directorate cell in a council budget risk register)
                    _merge_into(prev, compact)
                    filling = prev
                    continue
                if t.width >= BAND_MIN_COLUMNS and one_cell:
                    band, band_of = clean_cell(raw[0]), t  # one merged cell across the table: a band
                    if not spec.band_rows:
                        continue
                if raw and raw[0] is None and t.rows and any(c is not None for c in raw):
                    # leading cell merged from above: a sub-row of the row above
                    if len(raw) == fragment_of.raw_width:
                        cells = _fold(raw, fragment_of.starts)
                        if _is_own_record(spec, t, cells):
                            t.rows.append(
                                _sub_row_record(t.rows[-1], raw, fragment_of.starts, cells, page.number)
                            )
                            t.last_page = page.number
                        else:
                            _merge_into(t.rows[-1], cells)
                    continue
                if len(compact) == t.width:
                    cells = compact
                elif header_in_tab and len(raw) == fragment_of.raw_width and len(compact) >= t.width - 2:
                    cells = _fold(raw, fragment_of.starts)
                elif header_in_tab and max(2, t.width - 2) <= len(compact) < t.width and any(compact):
                    cells = compact + [""] * (t.width - len(compact))
                    row_notes = ["fewer cells than the header; padded at the end"]
                elif (
                    spec.merged_tail_rows
                    and header_in_tab
                    and len(raw) == fragment_of.raw_width
                    and raw[0] is not None
                    and len(compact) >= 2
                    and raw[-1] is None
                ):
                    cells = _fold(raw, fragment_of.starts)
                    row_notes = ["a cell merged over the columns to its right"]
                elif spec.band_rows and len(compact) == 1 and one_cell:
                    cells = compact + [""] * (t.width - 1)  # a band row: the spec reads it (workstream)
                elif (
                    spec.labelled_rows
                    and len(compact) == 2
                    and raw[0] is not None
                    and t.rows
                    and 0 < len(compact[0]) <= MAX_ROW_LABEL
                    and compact[1]
                ):
                    t.rows[-1].labelled.append(
                        (clean_cell(compact[0]), compact[1])
                    )  # a labelled row of the record above
                    t.last_page = page.number
                    continue
                else:
                    continue  # column count differs: a note row, or another table
                if not any(cells) or _is_units_row(cells):
                    continue
                if (
                    first_fragment_row
                    and not t.rows
                    and page.number != t.page
                    and not header_in_tab
                    and all(len(c) <= MAX_SUB_LABEL for c in cells)
                ):
                    # the header row itself was split by the page break: its tail (short label
                    # words; a long cell is the first data row of a table whose rows on the page
                    # before the ruling finder missed: NHS committee minutes' action logs)
                    t.labels = [f"{a} {b}".strip() for a, b in zip(t.labels, cells, strict=False)]
                    first_fragment_row = False
                    continue
                if first_fragment_row and t.rows and t.rows[-1].page != page.number and tail(t, cells):
                    _merge_into(t.rows[-1], cells)
                    t.rows[-1].notes.append(f"row continues on page {page.number}")
                    t.last_page = page.number
                    first_fragment_row = False
                    continue
                first_fragment_row = False
                t.rows.append(
                    Row(
                        cells,
                        page.number,
                        notes=row_notes,
                        band=band if t is band_of else None,
                        heading=heading,
                    )
                )
                t.last_page = page.number
    return out


# --------------------------------------------------------------------------- borderless tables


def _stext(s: Span) -> str:
    """Span text without control characters (PDFium's buffers can end in NUL)."""
    return _CTRL.sub("", s.text).strip()


def _lines(spans: Sequence[Span], tol: float = 3.0) -> list[list[Span]]:
    """Spans grouped into text lines (by vertical centre), top to bottom, left to right."""
    lines: list[list[Span]] = []
    for s in sorted(spans, key=lambda s: ((s.top + s.bottom) / 2, s.x0)):
        mid = (s.top + s.bottom) / 2
        if lines:
            ref = lines[-1][0]
            if abs((ref.top + ref.bottom) / 2 - mid) <= tol:
                lines[-1].append(s)
                continue
        lines.append([s])
    for ln in lines:
        ln.sort(key=lambda s: s.x0)
    return lines


def _column_of(x0: float, starts: list[float], slack: float = 6.0) -> int:
    k = 0
    for i, s in enumerate(starts):
        if x0 >= s - slack:
            k = i
    return k


def read_borderless_tables(
    doc: Document, spec: TableSpec, bold_pages: frozenset[int] | set[int] = frozenset()
) -> list[LogicalTable]:
    """Whitespace-aligned tables rebuilt from the layout layer's lines (running
    headers and footers already removed); see `layout.tables` for how header,
    columns and rows are found. A table continues on the next page when that
    page repeats its header or its first lines sit in the table's columns.
    `bold_pages`: pages read as if spec.bold_header_rows were set."""
    from ..layout import layout_of
    from ..layout.tables import band_between_rows, find_headers, fits_columns, grid_rows, page_grid

    lay = None  # built on the first page that can hold the table: most documents have none
    out: list[LogicalTable] = []
    cur: LogicalTable | None = None
    grid: Grid | None = None
    heading: str | None = None  # the title over the last header (Row.heading)

    def add_rows(body: list, g: Grid, continued: bool, page_number: int) -> bool:
        nonlocal grid
        assert cur is not None
        key_cols = [i for i, f in enumerate(cur.fields) if f in spec.key_fields] or [0]
        own = [i for i in (cur.index(f) for f in spec.own_record_fields) if i is not None]
        first = re.compile(spec.own_record_start) if spec.own_record_start else None
        dated = [i for i in (cur.index(f) for f in spec.dated_record_fields) if i is not None]

        def starts(row: list[str], cells: list[str]) -> bool:
            return bool(own and first and _starts_own_record(own, row, cells, first)) or _starts_dated_record(
                dated, row, cells
            )

        use = starts if (own and first) or dated else None
        rows, ended, grid = grid_rows(body, g, key_cols, continued, use, keep_breaks=spec.keep_breaks)
        for k, cells in enumerate(rows):
            if not any(cells) or _is_units_row(cells):
                continue
            if k == 0 and continued and cur.rows and _is_split_tail(spec, cur, cells):
                _merge_into(cur.rows[-1], cells)  # the previous page's last row goes on
                cur.rows[-1].notes.append(f"row continues on page {page_number}")
                continue
            cur.rows.append(Row(cells, page_number, heading=heading))
        if rows:
            cur.last_page = page_number
        return ended

    for page in doc.pages:
        if not page.spans:
            cur = None
            continue
        if cur is None and spec.family and spec.family not in table_families(page.text):
            continue
        if lay is None:
            lay = layout_of(doc)
        lines = [ln for ln in lay.page(page.number).lines if ln.has_box]
        headers = find_headers(
            lines,
            lambda labels: _header_score(spec, labels),
            bold_header=spec.bold_header_rows or page.number in bold_pages,
        )
        # the lines before the first header (or the whole page) may go on with the open table
        above = lines[: headers[0].at] if headers else lines
        if cur is not None and grid is not None and page.number - cur.last_page == 1 and above:
            # the table's last rows, then prose under it ("Approved by the Board on ...", a
            # signature: NDPB and committee minutes' action tables): the rows above the prose
            # (not a bold band over the rows going on under it: `band_between_rows`)
            cut = next(
                (
                    n
                    for n, ln in enumerate(above)
                    if n
                    and _runs_across(ln, grid)
                    and not (n + 1 < len(above) and band_between_rows(ln, above[n + 1], grid))
                ),
                len(above),
            )
            rows_part = above[:cut]
            g = grid if fits_columns(rows_part, grid) else page_grid(rows_part, grid)
            if g is not None and (add_rows(rows_part, g, True, page.number) or cut < len(above)):
                cur = None
        elif not headers:
            cur = None
        for k, header in enumerate(headers):
            labels = header.grid.labels
            title = title_above(page, header.grid.top)
            heading = title
            if (
                cur is not None
                and page.number - cur.last_page <= 1
                and [squash(x) for x in cur.labels] == [squash(x) for x in labels]
            ):
                if grid is not None and header.grid.row_gap is None:
                    header.grid.row_gap = grid.row_gap  # the same table: its rows part as before
                grid = header.grid  # a repeated header
            else:
                cur = LogicalTable(
                    labels,
                    spec.fields_for(labels),
                    page.number,
                    title=title,
                    method="spans-borderless",
                    pieced_header=header.grid.pieced,
                )
                cur.last_page = page.number
                out.append(cur)
                grid = header.grid
            stop = headers[k + 1].at if k + 1 < len(headers) else len(lines)
            if add_rows(lines[header.body_from : stop], grid, False, page.number):
                cur = None
    return out


# A word run starting or ending this close to a column start (points) is in that column
# (the layout layer's own slack for column starts)
RUN_SLACK = 6.0


# Words part at under this many ems; a narrow column's gap is wider (1.5-2 ems in the written
# NDPB action table, where the layout's wider column gap joins "(Sept)" to its row's action)
RUN_GAP_EMS = 1.0


# ... and at over this many ems when the next word starts at a column start: a cell filled to its
# edge leaves the next cell under an em (0.7-1.0 ems in a trust board's landscape grid set in
# glyph runs: "Mrs Mere Fa'afetai | Owner, Bula Blooms | Nil"); a sentence's words part at about
# 0.3 ems in print (0.55 in the monospaced glyph runs of tests/test_risk_cards_nested_grid.py)
# and meet a column start only by chance
CELL_GAP_AT_START_EMS = 0.6


def _runs_across(line: Line, grid: Grid) -> bool:
    """A line whose words run on, at word spacing, over two of the table's column starts:
    a sentence under the table, not a row (rows' cells are parted by wide gaps)."""
    starts = grid.starts
    # word spacing measured by the smaller of two neighbouring runs: a sentence is set in one
    # size, while a glyph set large in a narrow column ("New" or an arrow at 16 pt between 10 pt
    # scores: district council registers) leaves less than its own em to the cells beside it
    x0 = 0.0
    prev = None
    for sp in line.spans:
        gap = sp.x0 - prev.x1 if prev is not None else 0.0
        if (
            prev is None
            or gap > RUN_GAP_EMS * min(em(sp), em(prev))
            or (
                gap > CELL_GAP_AT_START_EMS * min(em(sp), em(prev))
                and any(abs(sp.x0 - x) <= RUN_SLACK for x in starts)
            )
        ):
            x0 = sp.x0
        x1 = sp.x1
        prev = sp
        if sum(1 for x in starts if x0 + RUN_SLACK < x < x1 - RUN_SLACK) >= 2:
            return True
    return False


def _header_score(spec: TableSpec, labels: list[str]) -> int:
    """Fields a header line names, 0 unless it reads as the spec's header: a
    header line is mostly labels, so prose holding a couple of header words is not."""
    if len(labels) < spec.min_fields or not spec.is_header(labels):
        return 0
    n = sum(1 for f in spec.fields_for(labels) if f)
    return n if n >= max(spec.min_fields, len(labels) / 2) else 0


_FOOTER = re.compile(r"^(page\s+\d+(\s+of\s+\d+)?|\d{1,3})$", re.I)


def _is_footer(line: list[Span], page: Page) -> bool:
    text = " ".join(_stext(s) for s in line).strip()
    return bool(_FOOTER.match(text)) and line[0].top > page.height * 0.88


def _header_at(text: str, labels: Sequence[str]) -> int:
    """Where the table's header starts in the page text: the first line holding its first
    two labels' first lines (a title above may hold the first label's word: "Strategic Risk
    Register" over "Risk ID | Risk | ..."), else the first line opening with the first label's
    first word, else that word anywhere."""
    heads = [_WS.sub(" ", lab.strip().splitlines()[0]) for lab in labels if lab.strip()][:2]
    if not heads:
        return len(text)
    pos = 0
    for ln in text.splitlines(keepends=True):
        flat = _WS.sub(" ", ln)
        if all(h in flat for h in heads):
            return pos
        pos += len(ln)
    # a header broken over lines ("Risk\nID" over "Division ..."): the first label's first word
    # opening a line, before any line holding it (a title above: "Corporate Risk Register")
    word = heads[0].split(" ")[0]
    m = re.search(rf"(?m)^[ \t]*{re.escape(word)}\b", text)
    if m:
        return m.start()
    cut = text.find(word)
    return cut if cut >= 0 else len(text)


def heading_before(
    doc: Document, t: LogicalTable, pattern: re.Pattern[str], pages_back: int = 3
) -> str | None:
    """The last line matching `pattern` before the table: on its page above the
    header, else on the pages before (a title page or cover sheet)."""
    page = doc.page(t.page)
    text = page.text
    text = text[: _header_at(text, t.labels)]
    chunks = [text] + [doc.page(n).text for n in range(t.page - 1, max(0, t.page - 1 - pages_back), -1)]
    for chunk in chunks:
        hits = [ln for ln in chunk.splitlines() if pattern.search(ln)]
        if hits:
            return _WS.sub(" ", _CTRL.sub("", hits[-1])).strip()
    return None


# Zebra-striped tables (every other row filled, no rules: NZ and Australian councils' interests
# registers, many tables typeset with alternating row shading): the ruling finder takes each
# filled row for a one-row table and never sees the unfilled rows between them. A page holds such
# stripes when at least STRIPE_MIN_TABLES ruled "tables" of one x-extent (within STRIPE_X_SLACK)
# hold at most STRIPE_MAX_ROWS rows each and are parted by gaps of STRIPE_GAP_MIN points (one
# line of 8pt text: a gap that can hold a row) up to STRIPE_GAP_ROWS times the tallest stripe (a
# row of wrapped cells). Separately boxed rows stand closer; a table split by a heading once.
# Thresholds from the NZ committee register of written-dev13 (gaps 15-40pt, stripes 13-30pt).
STRIPE_MIN_TABLES = 3
STRIPE_MAX_ROWS = 2
STRIPE_X_SLACK = 2.0
STRIPE_GAP_MIN = 8.0
STRIPE_GAP_ROWS = 3.0


def striped_pages(doc: Document) -> set[int]:
    """Pages whose ruled tables are the filled rows of one zebra-striped table."""
    out: set[int] = set()
    for page in doc.pages:
        tabs = [t for t in page.tables if t.bbox and t.rows and len(t.rows) <= STRIPE_MAX_ROWS]
        if len(tabs) < STRIPE_MIN_TABLES:
            continue
        tabs.sort(key=lambda t: t.bbox[1])  # type: ignore[index]
        run = 1
        for a, b in zip(tabs, tabs[1:], strict=False):
            ax0, atop, ax1, abot = a.bbox  # type: ignore[misc]
            bx0, btop, bx1, bbot = b.bbox  # type: ignore[misc]
            tallest = max(abot - atop, bbot - btop)
            gap = btop - abot
            same = abs(ax0 - bx0) <= STRIPE_X_SLACK and abs(ax1 - bx1) <= STRIPE_X_SLACK
            run = run + 1 if same and STRIPE_GAP_MIN <= gap <= STRIPE_GAP_ROWS * tallest else 1
            if run >= STRIPE_MIN_TABLES:
                out.add(page.number)
                break
    # the table's last stripes run onto the next page, too few there to tell
    found = frozenset(out)
    for page in doc.pages:
        if (
            page.number - 1 in found
            and page.tables
            and all(t.bbox and len(t.rows) <= STRIPE_MAX_ROWS for t in page.tables)
        ):
            out.add(page.number)
    return out


def _bands_only(t: LogicalTable) -> bool:
    """Every row read holds one cell: band rows merged across the table ("Governance" over a
    register's risks grouped by category), drawn whole, where the rows between them were not."""
    return all(sum(1 for c in r.cells if c) <= 1 for r in t.rows)


def read_tables(doc: Document, spec: TableSpec, **kw) -> list[LogicalTable]:
    """Ruled tables where pdfplumber found them, else borderless tables from spans."""
    striped = striped_pages(doc) if spec.reread_striped else set()
    ruled = read_ruled_tables(doc, spec, skip_pages=striped, **kw)
    # a ruled header over a borderless body reads as a table of no rows (registers whose
    # header row alone is shaded and ruled): for specs that say so it does not stop the page
    # being read without rules; nor, for every spec, a header over body rows the ruling finder
    # could not part into cells (their first cell merged upwards), or whose rules end after a
    # filled band row (bottom borders only under it): no rows read but bands
    ruled_pages = {
        p
        for t in ruled
        if (t.rows and not _bands_only(t))
        or (not t.rows and t.ruled_body_rows > t.headless_body_rows + t.band_body_rows)
        or (
            not t.ruled_body_rows
            and not spec.reread_header_only
            and not (spec.reread_two_level_header_only and t.two_level_header)
        )
        for p in range(t.page, t.last_page + 1)
    }
    # a striped page's header is the filled band over the first row, bold in every register seen
    # (a landscape risk register's three-line wrapped header set as tight as its rows): a
    # regular line under it is a row
    bold = striped if spec.reread_striped else set()
    borderless = [
        t for t in read_borderless_tables(doc, spec, bold_pages=bold) if t.page not in ruled_pages and t.rows
    ]
    return sorted(ruled + borderless, key=lambda t: t.page)

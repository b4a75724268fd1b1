"""Registers of interests printed as one heading per member over a small table of that member's
interests.

Family: registers printed member by member, the member's name set apart above a table whose
columns name the interest, not the member ("Category of Interest | Details of Interest | Date
Registered", "Type of interest | Organisation / entity | Nature of interest | Date declared",
"Nature of Interest | Particulars", "Organization | Position / Nature of Interest | Type"): state
corporations' registers (Kenya, the Caribbean), New Zealand councils' registers of elected
members' interests, Australian health districts' board papers, appendices of Canadian hospital
boards' minutes. The heading takes several forms -- a bold name with post-nominals and the post
on the next line, a shaded band with the name and the post or ward at its right, "Name: ..."
label lines with "Position:" and the declaration's date under it -- and the table's header is
printed again under every heading or once at the top, its rows running over a page.

Read from the page's lines: the tables' headers (`layout.tables.find_headers`, scored by the
register's field words, no member column), the member headings (a bold name at the left,
titled or not, after a "Name:" label or not), the member's particulars under the heading
(labelled lines, or the one line between the heading and the header), and each member's rows
under the grid (`layout.tables.grid_rows`). Where the header is printed per member, rows are
read only under a header (a bold name after the last table -- a certificate's signatory -- is
no member); where it is printed once, under every heading until the next one.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from ..layout import layout_of
from ..layout.lines import Line, join_spans, line_from_spans
from ..layout.tables import (
    COLUMN_SLACK,
    Grid,
    Header,
    _is_prose,
    find_headers,
    grid_cells,
    header_cells,
    join_wrapped,
)
from ..model import Document
from ..table_headers import register_page
from .attendance import HONORIFIC_RE
from .interest_forms import _COMMA_POSTNOMINALS, _name_heading
from .interest_nil import NIL_PHRASE
from .interest_side_by_side import column_segments
from .tables import TableSpec, squash

# The fields a member's table names (no member column): the interest's kind, body, nature, date,
# the post held. At least two of them, one the body or the interest.
_TABLE_FIELDS = frozenset({"organisation", "nature", "declared_on", "category", "role", "managed", "value"})
_MEMBER_FIELDS = frozenset({"person", "forename", "surname"})
# A column of the interest's particulars beside a "Nature of interest" column: the particulars
# are the interest, the nature column its kind ("Nature of Interest | Particulars": Caribbean and
# Commonwealth state bodies' registers)
_PARTICULARS = re.compile(r"^(?:particulars|details|description|specifics)")
# The page words a member's table header holds (a cheap test before the layout is built)
_HEADER_WORDS = ("nature of", "organisation", "organization", "entity", "particulars", "details of",
                 "type of interest", "interest type", "category of interest")  # fmt: skip
# A register names at least this many members by headings (one heading over a table is a title)
MIN_MEMBERS = 2
# A member heading's label: "Name:", "Name of Director:", "Member:"
_NAME_LABEL = re.compile(
    r"^\s*(?:(?:full\s+)?name(?:\s+of\s+(?:the\s+)?(?:member|director|trustee|board\s+member|councillor|"
    r"governor|declarant))?|member|director|trustee|declarant)\s*:\s*",
    re.I,
)
# a particular under a member's heading whose label is neither the post's nor the date's: it
# keeps the lines under the heading the member's particulars (a label of a few words, its value)
_OTHER_LABEL = re.compile(r"^[A-Z][\w'’ ]{1,30}(?:\s*/\s*[^:/]{1,40})?:\s*\S")
# a bilingual label's other language after a slash: "Date of notification / Dyddiad hysbysu:"
# (Welsh bodies' registers)
_OTHER_LANGUAGE_LABEL = r"(?:\s*/\s*[^:/]{1,40})?"
# A particular's label under the heading: the post ("Position: Board Chair", "Office:"), the
# date the declaration was made or signed ("Date of declaration:", "Declaration signed:")
_POST_LABEL = re.compile(
    r"^\s*(?:position|post|role|office|title|designation|capacity)(?:\s+held)?\s*:\s*(?P<v>.*)$", re.I
)
_DATE_LABEL = re.compile(
    r"^\s*(?:date(?:\s+of)?(?:\s+(?:declaration|return|notification|signature|statement))?|"
    r"(?:declaration|return|form)?\s*(?:signed|made|received|dated)(?:\s+on)?|declared(?:\s+on)?|"
    # the date the member's entry was last updated: "Register last updated:", "Last amended:"
    # (Australian councils' registers, one table per member under a labelled header block)
    r"(?:register\s+|entry\s+)?(?:last\s+)?(?:updated|amended|reviewed)(?:\s+on)?)"
    rf"{_OTHER_LANGUAGE_LABEL}\s*:\s*(?P<v>.*)$",
    re.I,
)
# several particulars on one line, parted by a middle dot, a bar or a wide gap
_PARTICULAR_SEP = re.compile(r"\s*[·•|]\s*|\s{3,}")
# An elected member's office before the name, which is their post in the register ("Mayor Jane
# Roe", "Deputy Mayor ...", "Councillor ..." over NZ and Australian councils' tables; a ward or
# district set beside such a name is their seat, not their post)
_OFFICE = re.compile(
    r"^\s*(?P<o>(?:deputy\s+|pro\s+)?mayor|(?:deputy\s+)?(?:chair(?:person|man|woman)?)|councillor|cllr\.?|"
    r"cr\.?|alderman|regional\s+councillor|board\s+member)\s+(?=[A-Z])",
    re.I,
)
_OFFICE_WORD = {"cllr": "Councillor", "cr": "Councillor"}
# post-nominals with full stops after a comma: ", J.P.", ", LL.B.", ", P.Eng.", ", ICD.D", ", PhD"
_DOTTED_POSTNOMINALS = re.compile(
    r"(?:,\s*(?:[A-Z][A-Za-z]{0,4}\.){1,3}[A-Za-z]{0,4}\.?|,\s*[A-Z][a-z]?[A-Z][A-Za-z]{0,5})+\s*$"
)
# a post-nominal after the name without a comma: "Jane Roe AM", "John Doe JP" (two to five capitals)
_BARE_POSTNOMINAL = re.compile(r"^[A-Z]{2,5}$")
# a nickname in brackets between the forename and the surname
_NICKNAME = re.compile(r"\s\([A-Z][a-z]+\)\s")
# A row of a member's table is set further apart from the one above than a cell's wrapped lines by
# the cell's padding: at least this many line heights (HTML tables rendered to PDF with 2-3 px of
# padding: 0.27-0.45 line heights in the five written-dev18 layouts; Word tables without padding
# show one gap only and are parted by the first column's text alone)
ROW_PAD_HEIGHTS = 0.15
# A gap this many line heights under a row ends the member's table (the next heading's margin, a
# certificate under the register; rows are set under one line height apart)
TABLE_END_GAP_HEIGHTS = 1.2
# ... or this many times the gap between its rows, where the rows are padded wider than that
# (a Welsh authority's register: rows 8.5 to 10.2 points apart at a line height of 8)
ROW_GAP_SPREAD = 1.6
# A member's heading set in a shaded band over the table starts up to this many points in from
# the table's first column (the band's padding: 6 pt in a Welsh authority's register, where the
# column's text starts at the cell's edge); only where the first column is wider than twice that
BAND_PAD = 12.0
# The tenure set after a member's post on the line under the name: "Chair · appointed Sep 2019",
# "Trustee | elected 2022", "Member · since 2021" (member cards of trusts' and councils' registers)
_TENURE = re.compile(
    r"\s*[·•|]\s*(?:(?:re-?)?appointed|elected|co-?opted|since|term\s+(?:ends|expires|from)|"
    r"member\s+since)\b.*$",
    re.I,
)
# A nil row: "Nil", "None declared", "Nil interests declared", "No interests declared", a dash
_NIL = re.compile(rf"^\s*(?:[-–—]+|{NIL_PHRASE})\s*[.;]?\s*$", re.I)


@dataclass
class TableEntry:
    person: str
    role: str | None
    organisation: str | None
    nature: str | None
    category: str | None
    declared_on: str | None
    page: int


@dataclass
class _Member:
    person: str
    role: str | None
    declared_on: str | None
    office: bool  # the post came from the name's office title
    entries: list[TableEntry]
    labelled: bool = False  # a "Name:" label or labelled particulars ("Position:") under it


def _fields(grid: Grid, spec: TableSpec) -> list[str | None] | None:
    """The member table's field per column, or None when the header is not one."""
    # (the field words are British: "Organization" is read as "Organisation")
    fields = spec.fields_for([re.sub("organiz", "organis", lab, flags=re.I) for lab in grid.labels])
    if any(f in _MEMBER_FIELDS for f in fields if f):
        return None
    fields = list(fields)
    particulars = [
        k for k, lab in enumerate(grid.labels) if fields[k] is None and _PARTICULARS.match(squash(lab))
    ]
    if particulars and "nature" in fields and "category" not in fields:
        fields[fields.index("nature")] = "category"
    for k in particulars:
        if "nature" not in fields:
            fields[k] = "nature"
    if "nature" not in fields and "role" in fields:
        # "Organisation | Position / Nature of interest": the position held in the body is the interest
        fields[fields.index("role")] = "nature"
    named = [f for f in fields if f in _TABLE_FIELDS]
    if len(named) < 2 or not ({"organisation", "nature"} & set(named)):
        return None
    # at most one column the register's words do not name ("S/No.", a row number)
    if sum(1 for f in fields if f is None) > 1:
        return None
    return fields


def _score(spec: TableSpec):
    def score(labels: list[str]) -> int:
        if len(labels) < 2:
            return 0
        grid = Grid([0.0] * len(labels), list(labels), 0.0, 0.0, 0.0)
        fields = _fields(grid, spec)
        return sum(1 for f in fields if f) if fields else 0

    return score


def _clean_name(text: str) -> str | None:
    """The member's name from a heading: titles and post-nominals dropped ("Eng. Jane Roe, OGW",
    "Dr. Jane Roe, MD, FRCPC", "Jane Roe AM"), a nickname in brackets kept ("Margaret (Peggy) Roe")."""
    text = " ".join(text.split())
    text = _COMMA_POSTNOMINALS.sub("", text).strip(" ,")
    text = _DOTTED_POSTNOMINALS.sub("", text).strip(" ,")
    words = text.split()
    if len(words) >= 3 and _BARE_POSTNOMINAL.match(words[-1]):
        text = " ".join(words[:-1])
    plain = _NICKNAME.sub(" ", text)
    name = _name_heading(" ".join(plain.split()))
    if not name or name.split()[0].isupper():
        return None  # "APPENDIX A": a heading in capitals, not a name
    if plain != text:
        return " ".join(HONORIFIC_RE.sub("", text).split())
    return name


def _heading(
    line: Line, left: float | None, second: float | None = None
) -> tuple[str, str | None, bool] | None:
    """The member a heading line names: (name, post, post is the office title); the name in bold
    at the left, after a "Name:" label or not, its post in the cell beside it. `left` is the
    table's first column's start, `second` the next column's: a heading set in a shaded band,
    its text padded in from the table's edge, starts inside the first column."""
    if not line.spans:
        return None
    cells = header_cells(line)
    first = cells[0]
    if left is not None and first.x0 > left + COLUMN_SLACK and (second is None or first.x0 > left + BAND_PAD):
        return None
    text = " ".join(first.text.split())
    rest = cells[1:]
    labelled = _NAME_LABEL.match(text)
    if labelled:
        text = text[labelled.end() :].strip()
        if not text and rest:
            text, rest = " ".join(rest[0].text.split()), rest[1:]
    elif first.spans and first.spans[0].bold and not first.bold:
        # the name in bold and the post in regular type set close after it, read as one cell
        k = next(j for j, sp in enumerate(first.spans) if not sp.bold)
        text = " ".join(join_spans(first.spans[:k]).split())
        rest = [line_from_spans(first.spans[k:], line.page), *rest]
    elif not first.bold:
        return None
    if not text or _POST_LABEL.match(text) or _DATE_LABEL.match(text):
        return None
    # the post after the name on the same cell, past a comma-free bracket: "Jane Roe (Chair)"
    post = None
    if (m := re.match(r"^(?P<n>[^()]+?)\s*\((?P<p>[^()]{2,60})\)$", text)) and not HONORIFIC_RE.match(
        m.group("p")
    ):
        if _clean_name(m.group("n")) and not _clean_name(text):
            text, post = m.group("n"), m.group("p").strip()
    office = None
    if m := _OFFICE.match(text):
        office = m.group("o").rstrip(".")
        office = _OFFICE_WORD.get(office.lower(), " ".join(w.capitalize() for w in office.split()))
        text = text[m.end() :]
    name = _clean_name(text)
    if not name:
        return None
    if post is None and rest:
        side = " ".join(" ".join(c.text for c in rest).split())
        post = side or None
    if office:
        return name, office, True
    return name, post, False


def _particulars(line: Line) -> tuple[str | None, str | None] | None:
    """(post, date) from a labelled line under a heading, or None when the line has no label."""
    parts = [p for c in header_cells(line) for p in _PARTICULAR_SEP.split(" ".join(c.text.split())) if p]
    post = date = None
    found = False
    pending: str | None = None
    for p in parts:
        if pending is not None:
            if pending == "post":
                post = post or p
            else:
                date = date or p
            pending = None
            continue
        if m := _POST_LABEL.match(p):
            found = True
            if m.group("v").strip():
                post = post or m.group("v").strip()
            else:
                pending = "post"
        elif m := _DATE_LABEL.match(p):
            found = True
            if m.group("v").strip():
                date = date or m.group("v").strip()
            else:
                pending = "date"
        elif _OTHER_LABEL.match(p):
            found = True  # a particular not read ("Constituent authority: Teifi County Council")
    return (post, date) if found else None


def member_table_entries(doc: Document, spec: TableSpec) -> list[TableEntry]:
    """Every row of every member's table (see above); nothing unless MIN_MEMBERS members have rows."""
    low = doc.lower_text()
    if "interest" not in low or not any(w in low for w in _HEADER_WORDS):
        return []
    # a register's cue on some page (its title, "nature of interest", a nil answer) before the
    # layout is built: on the bulk corpus the words above alone let 37 minutes packs through
    if not any(register_page(p.text) for p in doc.pages):
        return []
    score = _score(spec)
    lay = None
    members: list[_Member] = []
    per_member_headers = 0
    headings = 0
    # the pages' lines, headers and headings, read first: the header count tells whether the
    # header is printed per member
    # (page, lines, headers, the lines are a column of cards side by side: no table runs into it)
    pages: list[tuple[int, list[Line], dict[int, Header], bool]] = []
    grid_seen = False
    for page in doc.pages:
        plow = page.text.lower()
        # until the first member's table is found, only a page naming an interest (its title, a
        # header label, a member's "nil interests") can hold one: on the bulk corpus 182 of the
        # 1077 pages holding a header word do
        if not grid_seen and ("interest" not in plow or not any(w in plow for w in _HEADER_WORDS)):
            continue
        lay = lay or layout_of(doc)
        lines = lay.page(page.number).lines
        headers = _headers(lines, score, spec)
        # members' cards two to a row (`interest_side_by_side`): a header word printed twice on
        # the page (once per card) before the columns are sought
        cards = (
            _card_columns(lines, score, spec)
            if sum(plow.count(w) for w in _CARD_WORDS) >= 2 * MIN_MEMBERS
            else None
        )
        if cards:
            grid_seen = True
            pages.extend((page.number, seg, hs, starts) for seg, hs, starts in cards)
            continue
        grid_seen = grid_seen or bool(headers)
        if grid_seen:
            pages.append((page.number, lines, headers, False))
    if not pages:
        return []
    for _, lines, headers, _ in pages:
        per_member_headers += len(headers)
        for i, ln in enumerate(lines):
            if i not in headers and _heading(ln, None):
                headings += 1
    if headings < MIN_MEMBERS:
        return []
    # a header under (nearly) every heading: rows are read under a header only
    repeated = per_member_headers >= max(MIN_MEMBERS, headings - 1)

    grid: Grid | None = None
    fields: list[str | None] | None = None
    member: _Member | None = None
    readable = False  # rows under the heading are the member's
    in_column = False  # the last lines read were a column of cards
    for page_no, lines, headers, column in pages:
        body: list[Line] = []
        if column or in_column:
            # a column of cards, or the lines across the page under them: the member and table
            # of the column before end there
            body = _flush(body, member, grid, fields, readable, page_no)
            grid = fields = member = None
            readable = False
        in_column = column

        skip_to = -1
        fresh = False  # a heading has just been read: its particulars may follow
        for i, ln in enumerate(lines):
            if i < skip_to:
                continue
            if i in headers:
                body = _flush(body, member, grid, fields, readable, page_no)
                h = headers[i]
                grid, fields = h.grid, _fields(h.grid, spec)
                skip_to = h.body_from
                readable = member is not None
                fresh = False
                continue
            left = grid.starts[0] if grid is not None else None
            second = grid.starts[1] if grid is not None and len(grid.starts) > 1 else None
            who = _heading(
                ln, left, second if second is not None and second > (left or 0) + 2 * BAND_PAD else None
            )
            if who is not None:
                body = _flush(body, member, grid, fields, readable, page_no)
                member = _Member(who[0], who[1], None, who[2], [], bool(_NAME_LABEL.match(ln.text)))
                members.append(member)
                readable = not repeated and grid is not None
                fresh = True
                continue
            if member is not None and fresh:
                if (got := _particulars(ln)) is not None:
                    post, date = got
                    if post:
                        # a labelled post ("Position: Deputy Mayor") is more particular than the
                        # title before the name ("Cr", "Councillor")
                        member.role = post
                    member.declared_on = member.declared_on or date
                    member.labelled = True
                    continue
                nxt = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
                if (
                    member.role is None
                    and not ln.bold
                    and len(header_cells(ln)) == 1
                    and (repeated or (nxt is not None and nxt in headers))
                    and i > 0
                    and ln.top - lines[i - 1].bottom < (ln.height or 8.0)
                ):
                    # the post on the line under the name, its tenure after a middle dot or a
                    # bar dropped
                    member.role = _TENURE.sub("", " ".join(ln.text.split())) or None
                    continue
                fresh = False
            if readable and grid is not None:
                body.append(ln)
        body = _flush(body, member, grid, fields, readable, page_no)
    # where the header is printed once, the members are told from the rows by their labels ("Name:",
    # "Position:"); a bold name alone over rows is a band inside one table (`interest_member_bands`)
    kept = [m for m in members if m.entries and (repeated or m.labelled)]
    if len({m.person for m in kept}) < MIN_MEMBERS:
        return []
    for m in kept:
        for e in m.entries:
            e.role = m.role
            e.declared_on = e.declared_on or m.declared_on
    return [e for m in kept for e in m.entries]


def _headers(lines: list[Line], score, spec: TableSpec) -> dict[int, Header]:
    """The member tables' headers among the lines, keyed by the header's own line."""
    headers = {}
    for h in find_headers(lines, score, bold_header=True):
        if _fields(h.grid, spec):
            # keyed by the header's own line: the lines over it taken for its labels may be
            # the member's heading and post, set close above the table
            at = next(
                (j for j in range(h.at, h.body_from) if score([c.text for c in header_cells(lines[j])])),
                h.at,
            )
            headers[at] = h
    return headers


# The header words of a member's card counted on a page before its columns are sought: printed
# once per card, so at least twice per row of two cards
_CARD_WORDS = ("nature of", "organisation", "organization", "particulars", "details of")


def _card_headers(lines: list[Line], score, spec: TableSpec) -> dict[int, Header]:
    """The headers of a column of cards, each sought within its card (from one member's heading
    to the next): the cards' tables set their columns apart each to its own widths, and a header's
    columns are placed by the rows under it (`layout.tables`), which must be its card's."""
    cuts = [i for i, ln in enumerate(lines) if _heading(ln, None)]
    bounds = [0, *[c for c in cuts if c > 0], len(lines)]
    out: dict[int, Header] = {}
    for a, b in zip(bounds, bounds[1:], strict=False):
        for k, h in _headers(lines[a:b], score, spec).items():
            out[a + k] = Header(h.grid, h.at + a, h.body_from + a)
    return out


def _card_columns(
    lines: list[Line], score, spec: TableSpec
) -> list[tuple[list[Line], dict[int, Header], bool]] | None:
    """The page's segments (lines, headers, a column's start) where it holds members' cards side by
    side: a run split at the gutter whose two columns each hold a member table's header."""
    segments = column_segments(lines)
    if not segments:
        return None
    out = [(seg, _card_headers(seg, score, spec) if starts else _headers(seg, score, spec), starts)
           for seg, starts in segments]  # fmt: skip
    columns = [hs for _, hs, starts in out if starts]

    def kinds(hs: dict[int, Header]) -> set[tuple]:
        return {tuple(f for f in _fields(h.grid, spec) or [] if f) for h in hs.values()}

    # both columns of a run (segments come in pairs) hold a header of the same fields: the cards'
    # header repeated across the gutter (one table split at its middle has other fields each side)
    if not any(kinds(columns[k]) & kinds(columns[k + 1]) for k in range(0, len(columns) - 1, 2)):
        return None
    return out


def _flush(
    body: list[Line],
    member: _Member | None,
    grid: Grid | None,
    fields: list[str | None] | None,
    readable: bool,
    page: int,
) -> list[Line]:
    """The member's rows read from the lines gathered (when rows are readable there); no lines left."""
    if body and member is not None and grid is not None and fields is not None and readable:
        _read_rows(body, grid, fields, member, page)
    return []


# a cell's text that stops on a joining word or a comma: its line wraps onto the next
_OPEN_END = re.compile(r"(?:[,–—/&(-]|\b(?:and|or|of|the|with|for|to|in|at|by|from|on|a|an))\s*$", re.I)


def _rows(body: list[Line], grid: Grid) -> list[list[str]]:
    """The member's rows from the lines under the grid. A row opens where the first column has
    text; where the table sets its rows further apart than a cell's lines (cell padding), only
    after such a gap, and not on a word in lower case (a first cell wrapped: "Community" /
    "organisations"). A gap of TABLE_END_GAP_HEIGHTS or a line across the columns ends the table."""
    lines = [ln for ln in body if ln.text.strip()]
    # (a running head above the rows is not at a column's start)
    while lines and not any(abs(lines[0].x0 - x) <= COLUMN_SLACK for x in grid.starts):
        lines = lines[1:]
    if not lines:
        return []
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False)]
    height = statistics.median(ln.height for ln in lines) or grid.line_height or 8.0
    tight = min(gaps) if gaps else 0.0
    padded = any(g > tight + ROW_PAD_HEIGHTS * height for g in gaps)
    # a table whose rows are padded wider than that (rows: lines with text in the first column
    # and another) ends only at a gap well over the narrowest gap above such a row; a note under the
    # table ("Certified a true record.") fills one column
    cells_of = [grid_cells(ln, grid) for ln in lines]
    filled = [sum(1 for c in cells if c.strip()) for cells in cells_of]
    opening = [gaps[i - 1] for i in range(1, len(lines)) if filled[i] >= 2 and cells_of[i][0].strip()]
    row_end = ROW_GAP_SPREAD * min(opening) if opening else 0.0
    rows: list[list[str]] = []
    for i, ln in enumerate(lines):
        if i and gaps[i - 1] > TABLE_END_GAP_HEIGHTS * height and (gaps[i - 1] > row_end or filled[i] < 2):
            break
        if _is_prose(ln, grid):
            if rows:
                break
            continue
        cells = cells_of[i]
        key = cells[0].strip()
        if not rows:
            new = True
        else:
            wide = gaps[i - 1] > tight + ROW_PAD_HEIGHTS * height
            # (a line with the first column empty goes on the row: the glyphs' boxes make a
            # line of short letters, "care", look set further apart than it is)
            new = (wide or not padded) and bool(key) and not key[:1].islower()
            # a first cell wrapped after an open word, the line's other cells empty: "5. Contracts
            # with the" / "Commissioners" (a category column of a register's form)
            new = new and not (_OPEN_END.search(rows[-1][0]) and not any(c.strip() for c in cells[1:]))
        if new:
            rows.append(cells)
        else:
            rows[-1] = [join_wrapped(a, b) if b else a for a, b in zip(rows[-1], cells, strict=True)]
    return rows


# A row of one cell across a member's table naming a class of interests: a band over the rows of
# that class ("Part B – Non-pecuniary interests", "Pecuniary interests": port and harbour trusts'
# and other boards' registers following the two-part forms of codes of conduct), not an entry
_CLASS_BAND = re.compile(
    r"^(?:(?:part|section|schedule)\s+[A-Z0-9]{1,3}\s*[–—:.-]\s*)?(?:(?:non-?|other\s+)?pecuniary"
    r"|other\s+registrable|disclosable\s+pecuniary)\s+interests?\s*$",
    re.I,
)


def _read_rows(body: list[Line], grid: Grid, fields: list[str | None], member: _Member, page: int) -> None:
    band = None
    for cells in _rows(body, grid):
        d: dict[str, str] = {}
        for f, c in zip(fields, cells, strict=False):
            c = " ".join(c.split())
            if f and c and f not in d:
                d[f] = c
        said = [d.get(f) for f in ("nature", "organisation") if d.get(f)]
        if not said:
            if d.get("category") and len(d) == 1 and _CLASS_BAND.match(d["category"]):
                band = d["category"]  # the class of the rows under it
                continue
            if d.get("category") and not _NIL.match(d["category"]) and len(d) == 1:
                said = [d["category"]]  # a row of one cell across the columns
                d = {"nature": d["category"]}
            else:
                continue
        if all(_NIL.match(s) for s in said) or (
            d.get("category") and _NIL.match(d["category"]) and not d.get("organisation")
        ):
            continue
        member.entries.append(
            TableEntry(
                person=member.person,
                role=member.role,
                organisation=d.get("organisation"),
                nature=d.get("nature"),
                category=band or d.get("category"),
                declared_on=d.get("declared_on"),
                page=page,
            )
        )


def table_category(text: str | None, classify) -> str | None:
    """The kind printed in the member's table: "Financial", "Indirect" are the register's classes
    (pecuniary, indirect); another kind ("Directorship", "Trusts") is kept as printed."""
    if not text:
        return None
    c = classify(text)
    return (
        c
        if c in ("pecuniary", "non-pecuniary", "indirect")
        and re.search(r"pecuniary|financial|indirect", text, re.I)
        else text
    )

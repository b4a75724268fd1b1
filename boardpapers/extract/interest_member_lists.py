"""Registers of interests printed as one list per member, with no category labels.

Family: councils' and boards' registers of members' interests laid out as flowing text, each
member's name as a (shaded, bold) heading and the member's interests as one entry per bullet or
line under it, with no form of categories repeated under every member:
  - New Zealand and Australian councils' registers of elected members' interests: "Mayor X",
    "Cr Y", "Deputy Mayor Z", "Ms W (Independent Chair, Audit and Risk Committee)" headings, then
    "Nature – Organisation (dd/mm/yyyy)" bullets, wrapped entries, a "Spouse / partner / family
    interests:" sub-list (a relative's: indirect) and "Nil interests declared";
  - boards' and trusts' registers written the other way round, "Organisation (role)" one a line
    under each member's name;
  - lists running from the first text column into the second and on to the next page, and a
    band (a heading across the page, "Appointed members") starting the columns again below it.
The readers of registers under recurring labels (interest_sections) find no labels here; the
layout layer merges the lines of two columns that share a baseline, so the page is read here as
cells (runs of spans split at wide gaps), each placed in the column its left edge falls in, and
read down each column of each band of the page in turn.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from statistics import median

from ..layout import Line, layout_of
from ..layout.lines import join_spans
from ..layout.tables import join_wrapped
from ..model import Document, Span
from .attendance import HONORIFIC_RE, NON_NAME, ORG_WORDS, PARTICLES, strip_honorifics
from .dates import find_date
from .interest_nil import NIL_PHRASE
from .interest_sections import (
    _CELL_GAP_SIZES,
    _MEMBER_LINE,
    _NAME_WORD,
    _NOT_NAME,
    _POST_LETTERS,
    _TITLE,
    _Cell,
    _goes_on,
    _runs,
)
from .records import Interest

# A register of this layout names at least this many members (the read one: 10).
MIN_MEMBERS = 3
# ... and at least this share of its entries have an entry's shape: "Nature – Organisation", a
# date in brackets at the end, "Organisation (role)", or a nil return (the read register: 42 of
# 43; members' reports in minutes under bold titled names are sentences of prose).
ENTRY_SHAPE_SHARE = 0.6
# An entry is a line or two of a list: the median entry of a register is at most this many words
# (the read register: 7; a paragraph of prose is longer).
MAX_MEDIAN_WORDS = 20
# Entries are dated in brackets at their end when at least this share of them are (the read
# register: all but the wrapped lines): an undated line then carries on the entry above.
DATED_SHARE = 0.5
# Spans of a layout line whose bottoms lie this many font sizes apart are on two baselines (the
# layout layer merges a column's line with the next column's when the baselines are close; a
# descender moves a glyph's bottom by about 0.2 sizes).
BASELINE_SIZES = 0.35
# a cell's left edge within this many points of a column's start is in that column (the layout
# layer's own slack, layout.tables.COLUMN_SLACK), and member headings starting within
# COLUMN_SPREAD points of each other start one column (a heading shaded with a small indent)
_SLACK = 6.0
COLUMN_SPREAD = 24.0
# The register's title is on the first member's page or at most this many pages before it.
TITLE_PAGES = 1
# A register has at least this many lines per member (the read register: 4.1; the variants: 5.6
# and 3.0; an attendance list of names with a post under each: 1).
MIN_LINES_PER_MEMBER = 1.5
# At most this share of the lines under the members are rows of three cells or more (the read
# register and the variants: none; a register printed as a grid, a category a column: most).
MAX_TABLE_ROW_SHARE = 0.2
# A sub-list's label: "Spouse / partner / family interests:", "Interests of close family:"
MAX_SUBLABEL_WORDS = 8

# the register's words in the plain text (the cheap gate before the layout): a title naming a
# register or declarations of interests
_REGISTER_TEXT = re.compile(
    r"\bregister\b[^\n]{0,60}\binterests?\b|\binterests?\b[^\n]{0,20}\bregister\b|"
    r"\b(?:declarations?|disclosures?|statements?|returns?)\s+of\s+(?:\w+\s+){0,3}interests?\b",
    re.I,
)
# the register's title: a register or registry of interests, statements or returns of
# interests, or members' (councillors', directors' ...) interests; at most MAX_TITLE_WORDS words
_TITLE_WORDS = re.compile(
    r"\bregist(?:er|ry)\b[^\n]{0,60}\binterests?\b|\binterests?\b[^\n]{0,20}\bregist(?:er|ry)\b"
    r"|\b(?:statements?|returns?|summary)\s+of\s+(?:[\w'’]+\s+){0,3}interests?\b"
    r"|\b(?:members?|councillors?|directors?|trustees?|governors?|commissioners?)['’]?\s+interests\b",
    re.I,
)
MAX_TITLE_WORDS = 15
# the office printed before a member's name that is the member's role (not an honorific)
_OFFICE = re.compile(
    r"^(?P<office>(?:Deputy\s+|Acting\s+|Pro\s+)?(?:Mayor|Reeve|Warden|Chair(?:person|man|woman)?)|Cr|Cllr"
    r"|Councillor|Alderman)\.?\s+(?=[A-Z])"
)
# a member's heading is at most this many characters (the read ones: 23 to 70, a post in
# brackets included)
MAX_HEAD_CHARS = 120
# a heading opening with a title or an office (a cheap test before the name's)
_TITLED = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Cr|Cllr|Councillor|Mayor|Deputy|Acting|Reeve|Warden"
    r"|Alderman|Chair(?:person|man|woman)?|Hon)\b"
)
# the post in brackets after the name: "Ms Kiri Te Rangi (Independent Chair, Risk Committee)"
_POST_BRACKETS = re.compile(r"\s*\((?P<post>[^()]{2,80})\)\s*$")
# the post after a dash: "Mr Sam Ngata – Iwi representative"
_POST_DASH = re.compile(r"\s+[—–]\s+(?P<post>.+)$")
# the date in brackets at an entry's end: "(12/11/2022)", "(3 March 2024)", "(declared 3/3/24)"
# or in a cell of its own after a wide gap (joined on with a dash: "Trustee – X – 12/11/2022")
_DATE_END = re.compile(
    r"(?:\s*\((?:(?:declared|registered|updated|dated)\s+)?(?P<date>[\d/.\-]{6,10}|\d{1,2}\s+\w+\s+\d{4})\)"
    r"|\s+[–—]\s+(?P<bare>\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))\s*\.?$",
    re.I,
)
# the dash between an entry's nature and its body: "Trustee – Manawarū Community Trust"
_ENTRY_DASH = re.compile(r"\s[–—]\s|\s-\s")
# an entry "Organisation (role)": a short role in brackets at the end
_ROLE_BRACKETS = re.compile(r"^(?P<org>.{3,}?)\s*\((?P<role>[^()]{2,60})\)\s*\.?$")
MAX_ROLE_WORDS = 6
# "Nature, Organisation": the nature before the comma is a post of a few words ("Board member",
# "Chief Executive", "Dairy farm owner")
MAX_NATURE_WORDS = 4
# the way of writing an entry that at least this share of a register's entries follow is its way
# (the read register: 40 of 43 with a dash; the variants: 41 of 44 in brackets, 12 of 19 commas)
STYLE_SHARE = 0.5
# a member who declares nothing: "Nil", "Nil interests declared", "No interests to declare",
# "None declared", "Nothing to declare", "N/A"
_NIL = re.compile(rf"^\s*(?:no|{NIL_PHRASE})\s*[.;]?\s*$", re.I)
# a sub-list of a relative's interests (indirect): "Spouse / partner / family interests:",
# "Family interests:", "Interests of dependants:"
_INDIRECT_LABEL = re.compile(
    r"\b(?:spouses?|partners?|famil(?:y|ies)|relatives?|dependants?|household|children|close\s+associates?)\b",
    re.I,
)
# a bullet glyph opening an entry
_BULLET = re.compile(r"^\s*[•·▪◦‣●■□○\-–*]\s*")


def _sub_lines(line: Line) -> list[list[Span]]:
    """A layout line's spans by baseline: the layout merges the lines of two columns whose
    baselines are close, and a line of one column may so take in the glyphs of the next line of
    the other (a smaller date in brackets)."""
    spans = [s for s in line.spans if s.text.strip()]
    if not spans:
        return []
    tol = BASELINE_SIZES * max(median(s.size for s in spans), 1.0)
    if max(s.bottom for s in spans) - min(s.bottom for s in spans) <= tol:
        return [sorted(spans, key=lambda s: s.x0)]
    groups: list[list[Span]] = []
    for s in sorted(spans, key=lambda s: s.bottom):
        if groups and s.bottom - groups[-1][-1].bottom <= tol:
            groups[-1].append(s)
        else:
            groups.append([s])
    return [sorted(g, key=lambda s: s.x0) for g in groups]


def _page_cells(lines: list[Line], seq: int) -> tuple[list[_Cell], int]:
    cells, seq = sized_page_cells(lines, seq)
    return [c for c, _ in cells], seq


def sized_page_cells(lines: list[Line], seq: int) -> tuple[list[tuple[_Cell, float]], int]:
    """A page's cells, by baseline (see _sub_lines), each with its median font size (the
    flowing-columns reader tells members' names by their size)."""
    out: list[tuple[_Cell, float]] = []
    for ln in lines:
        if not ln.has_box or not ln.spans:
            continue
        for spans in _sub_lines(ln):
            seq += 1
            first = True
            for run in _runs(spans):
                text = " ".join(join_spans(run).split())
                if not text:
                    continue
                chars = sum(len(s.text) for s in run)
                bold = sum(len(s.text) for s in run if s.bold) * 2 > chars
                size = median(s.size for s in run)
                top = min(s.top for s in run)
                out.append((_Cell(text, run[0].x0, run[-1].x1, top, ln.page, bold, seq, first, ln), size))
                first = False
    return out, seq


def _person(text: str) -> tuple[str, str | None, bool] | None:
    """(name, office, titled) of a member's heading text without its post: "Cr Peter van der
    Hoek" -> ("Peter van der Hoek", "Cr", True)."""
    text = _POST_LETTERS.sub("", text).strip(" ,")
    m = _OFFICE.match(text)
    office = " ".join(m.group("office").split()) if m else None
    titled = False
    while True:
        m = _TITLE.match(text) or _OFFICE.match(text) or HONORIFIC_RE.match(text)
        if not m or m.end() == 0:
            break
        titled = True
        text = text[m.end() :]
    text = strip_honorifics(text)
    words = text.split()
    if not 2 <= len(words) <= 6:
        return None
    if words[0] in PARTICLES or words[-1] in PARTICLES:
        return None
    if not all(_NAME_WORD.match(w) or w in PARTICLES for w in words):
        return None
    if sum(1 for w in words if w not in PARTICLES and len(w.rstrip(".")) > 1) < 2:
        return None
    if any(w in ORG_WORDS or w in NON_NAME or w in _NOT_NAME for w in words):
        return None
    return text, office, titled


def _member(cell: _Cell) -> tuple[str, str | None] | None:
    """(name, post) when a cell is a member's heading: a titled name ("Cr X", "Ms Y",
    "Chairperson Z"), with the post in brackets or after a dash."""
    text = cell.text
    # cheap tests first: every cell of a paper that passed the text gate is tried
    if len(text) > MAX_HEAD_CHARS or text.endswith((":", ".", ";", ",")):
        return None
    if not _TITLED.match(text):
        return None
    if find_date(text):
        return None
    post = None
    m = _POST_BRACKETS.search(text) or _POST_DASH.search(text)
    if m:
        post, text = " ".join(m.group("post").split()), text[: m.start()]
    got = _person(text)
    if got is None:
        return None
    name, office, titled = got
    if not titled:
        return None  # a bold line of two capitalised words is a place or an item as often
    return name, post or office


def _title(cells: list[_Cell]) -> str | None:
    """The register's title: the last heading line before its first member that names a
    register ("Register of Elected Members' Interests", "Members' Interests Register") or
    members' interests; an agenda item "Declarations of interest" is no register's title."""
    for c in reversed(cells):
        if (
            len(c.text.split()) <= MAX_TITLE_WORDS
            and (c.bold or c.line.heading)
            and _TITLE_WORDS.search(c.text)
        ):
            return c.text
    return None


def _columns(heads: list[_Cell]) -> list[float]:
    """The text columns' left edges: where members' headings start."""
    out: list[float] = []
    for x in sorted(c.x0 for c in heads):
        if not out or x > out[-1] + COLUMN_SPREAD:
            out.append(x)
    return out


def _column(columns: list[float], x: float) -> int:
    k = 0
    for i, s in enumerate(columns):
        if s <= x + _SLACK:
            k = i
    return k


def _reading_order(
    cells: list[_Cell], heads: set[int], columns: list[float], parts: dict[int, int]
) -> list[tuple[_Cell, bool]]:
    """The page's cells read down each column of each band in turn, each with whether it breaks
    the columns (a line across the gutter, or a heading of its own in one column)."""
    if not cells:
        return []
    col = [_column(columns, c.x0) for c in cells]
    breaks: list[int] = []
    for i, c in enumerate(cells):
        k = col[i]
        spans_gutter = k + 1 < len(columns) and c.x1 > columns[k + 1] + _SLACK
        # a heading of the paper between members ("Appointed members"): bold, a heading line,
        # nothing beside it in another column
        alone = (
            c.bold
            and c.line.heading
            and id(c) not in heads
            and not c.text.endswith(":")
            and (
                len(columns) == 1
                or not any(
                    col[j] != k
                    and d.page == c.page
                    and d.top < c.top + c.line.size
                    and c.top < d.top + d.line.size
                    for j, d in enumerate(cells)
                )
            )
        )
        if spans_gutter or alone:
            breaks.append(i)
    tops = sorted({cells[i].top for i in breaks})

    def band(c: _Cell) -> int:
        return bisect_right(tops, c.top + 0.5)

    brk = set(breaks)
    groups: dict[tuple[int, int], list[tuple[_Cell, bool]]] = {}
    for i, c in enumerate(cells):
        groups.setdefault((band(c), -1 if i in brk else col[i]), []).append((c, i in brk))
    out: list[tuple[_Cell, bool]] = []
    for key in sorted(groups):
        # down the column; the cells of one row (tops a point or two apart: a bracket, a smaller
        # date) are one cell
        row: list[tuple[_Cell, bool]] = []
        for item in sorted(groups[key], key=lambda t: t[0].top):
            if row and item[0].top >= row[0][0].top + 0.5 * max(row[0][0].line.size, 1.0):
                out.append(_join_row(row, parts))
                row = []
            row.append(item)
        out.append(_join_row(row, parts))
    return out


def _join_row(row: list[tuple[_Cell, bool]], parts: dict[int, int]) -> tuple[_Cell, bool]:
    """The cells of one row of one column as one cell, left to right, with a dash where a wide
    gap parts them: an entry printed as a row without rules ("Trustee    Manawarū Community
    Trust    12/11/2022"), a name and its post ("Cr Jane Smith    Deputy Mayor"). A stray
    comma or stop the layout set on the next line is dropped."""
    if len(row) == 1:
        return row[0]
    cells = sorted((c for c, _ in row), key=lambda c: c.x0)
    kept = [c for c in cells if any(ch.isalnum() for ch in c.text) or _BULLET.match(c.text)] or cells[:1]
    first = kept[0]
    text = first.text
    n = 1
    for prev, c in zip(kept, kept[1:], strict=False):
        wide = c.x0 - prev.x1 > _CELL_GAP_SIZES * max(c.line.size, 1.0)
        text = f"{text} – {c.text}" if wide else f"{text} {c.text}"
        n += wide
    joined = _Cell(
        text, first.x0, kept[-1].x1, first.top, first.page, first.bold, first.seq, first.first, first.line
    )
    parts[id(joined)] = n
    return joined, any(b for _, b in row)


def _role_brackets(text: str) -> re.Match[str] | None:
    m = _ROLE_BRACKETS.match(text)
    if m and len(m.group("role").split()) <= MAX_ROLE_WORDS and not find_date(m.group("role"), numeric=True):
        return m
    return None


def _goes_on_dated(entry: list[_Cell], cell: _Cell) -> bool:
    """A dated register's line carries on the entry above: the entry's date is still to come
    (at the end of its last line), or the entry is a row whose date stands in a cell of its own
    and this line has none (a wrapped first cell)."""
    dates = [m for x in entry if (m := _DATE_END.search(x.text))]
    if not dates:
        return True
    return bool(dates[-1].group("bare")) and not _DATE_END.search(cell.text)


def _comma(text: str) -> int:
    """Where a short nature ends before a comma ("Trustee, Tawhai Whānau Trust"), or -1."""
    at = text.find(", ")
    return at if 0 < at and len(text[:at].split()) <= MAX_NATURE_WORDS and "(" not in text[:at] else -1


def _split(text: str, style: str | None) -> tuple[str, str | None]:
    """(nature, organisation) of an entry's text, as the register writes its entries: "Nature –
    Organisation", "Organisation (role)" or "Nature, Organisation"."""
    if style == "dash" and (m := _ENTRY_DASH.search(text)):
        return text[: m.start()].strip(), text[m.end() :].strip() or None
    if style == "brackets" and (m := _role_brackets(text)):
        return m.group("role").strip(), m.group("org").strip()
    if style == "comma" and (at := _comma(text)) > 0:
        return text[:at].strip(), text[at + 1 :].strip() or None
    return text, None


def _shaped(text: str) -> bool:
    return bool(
        _ENTRY_DASH.search(text) or _DATE_END.search(text) or _ROLE_BRACKETS.match(text) or _NIL.match(text)
    )


def member_list_registers(doc: Document) -> list[Interest]:
    """Interests of registers printed one list per member with no category labels (see above)."""
    text = doc.text
    if "nterest" not in text and "NTEREST" not in text:
        return []
    # the pages read: from the first naming a register, those with a member's titled name on a
    # line and the page after each (a list running on); a pack's other pages are not laid out
    # into cells (a 106-page pack: 0.35 s when every page was)
    # (the regex only on pages holding the word: the scan of every page of a pack was 1.6% of
    # text-only ingest on the bulk corpus)
    start = next(
        (
            i
            for i, p in enumerate(doc.pages)
            if ("nterest" in p.text or "NTEREST" in p.text) and _REGISTER_TEXT.search(p.text)
        ),
        None,
    )
    if start is None:
        return []
    chosen = {start}
    named = 0
    for i in range(start, len(doc.pages)):
        n = len(_MEMBER_LINE.findall(doc.pages[i].text))
        if n:
            named += n
            chosen.update((i, i + 1))
    if named < MIN_MEMBERS:
        return []
    lay = layout_of(doc)
    cells: list[_Cell] = []
    seq = 0
    per_page: list[list[_Cell]] = []
    for i in sorted(chosen):
        if i >= len(doc.pages):
            continue
        got, seq = _page_cells(lay.page(doc.pages[i].number).lines, seq)
        per_page.append(got)
        cells += got
    members = {id(c): m for c in cells if (m := _member(c))}
    if len(members) < MIN_MEMBERS:
        return []
    columns = _columns([c for c in cells if id(c) in members])
    heads = set(members)
    parts: dict[int, int] = {}  # a joined row's cells (wide gaps between them)
    ordered = [x for page in per_page for x in _reading_order(page, heads, columns, parts)]
    # a member's heading is the name, perhaps with its post in a cell beside it
    members = {id(c): m for c, _ in ordered if parts.get(id(c), 1) <= 2 and (m := _member(c))}
    if len(members) < MIN_MEMBERS:
        return []
    first = next(i for i, (c, _) in enumerate(ordered) if id(c) in members)
    # the register's title heads its members: on the first member's page or the page before
    near = ordered[first][0].page - TITLE_PAGES
    register = _title([c for c, _ in ordered[:first] if c.page >= near])
    if register is None:
        return []

    # sections: (name, post, [(kind label, [cells])])
    sections: list[tuple[str, str | None, list[tuple[str | None, _Cell]]]] = []
    current: list[tuple[str | None, _Cell]] | None = None
    label: str | None = None
    for c, is_break in ordered[first:]:
        if id(c) in members:
            name, post = members[id(c)]
            current, label = [], None
            sections.append((name, post, current))
            continue
        if is_break:
            current = None
            continue
        if current is None:
            continue
        if not any(ch.isalnum() for ch in c.text) and not _BULLET.match(c.text):
            continue  # a stray comma or stop the layout set on the next line
        if c.text.endswith(":") and len(c.text.split()) <= MAX_SUBLABEL_WORDS:
            label = c.text
            continue
        current.append((label, c))
    if len(sections) < MIN_MEMBERS:
        return []

    # a register lists a few interests (or a nil return) under each member; a list of names with
    # a post under each (minutes' attendance) has one line a name
    if sum(len(body) for _, _, body in sections) < MIN_LINES_PER_MEMBER * len(sections):
        return []
    # rows of three cells or more under the members: a table (a grid with a column per category
    # of interest), not a list; the table readers' layout
    rows = [c for _, _, body in sections for _, c in body]
    if sum(1 for c in rows if parts.get(id(c), 1) >= 3) > MAX_TABLE_ROW_SHARE * len(rows):
        return []
    texts = [c.text for _, _, body in sections for _, c in body]
    if not texts:
        return []
    dated = sum(1 for t in texts if _DATE_END.search(t)) >= DATED_SHARE * len(texts)
    # each column's right edge: where its widest line ends
    rights: dict[int, float] = {}
    for _, _, body in sections:
        for _, c in body:
            k = _column(columns, c.x0)
            rights[k] = max(rights.get(k, 0.0), c.x1)

    entries: list[tuple[str, str | None, str | None, list[_Cell]]] = []
    for name, post, body in sections:
        open_entry: list[_Cell] | None = None
        open_label: str | None = None
        for lab, c in body:
            bullet = _BULLET.match(c.text)
            if bullet and not c.text[bullet.end() :].strip():
                open_entry = None  # a bullet glyph of its own: the next cell opens an entry
                continue
            if (
                open_entry is not None
                and lab == open_label
                and not bullet
                and open_entry[-1].page == c.page
                and (
                    # a dated register's entries each carry one date, at the end of the last line
                    # or on the first (a row): an entry goes on until its date, and an undated
                    # line carries on the entry above
                    _goes_on_dated(open_entry, c)
                    if dated
                    else _goes_on(open_entry[-1], c, open_entry, rights.get(_column(columns, c.x0), c.x1))
                )
            ):
                open_entry.append(c)
                continue
            open_entry, open_label = [c], lab
            entries.append((name, post, lab, open_entry))
    # each entry's text without its date (a row's date cell may stand before a wrapped line)
    joined = []
    for name, post, lab, entry in entries:
        text, raw = "", None
        for c in entry:
            t = _BULLET.sub("", c.text, count=1) if c is entry[0] else c.text
            m = _DATE_END.search(t)
            if m:
                raw, t = m.group("date") or m.group("bare"), t[: m.start()]
            text = join_wrapped(text, t.strip())
        joined.append((name, post, lab, entry, " ".join(text.split()), raw))
    if not joined:
        return []
    if sum(1 for *_, t, raw in joined if raw or _shaped(t)) < ENTRY_SHAPE_SHARE * len(joined):
        return []
    if median(len(t.split()) for *_, t, _ in joined) > MAX_MEDIAN_WORDS:
        return []

    # the register's way of writing an entry: "Nature – Organisation", "Organisation (role)" or
    # "Nature, Organisation", the way most of its entries are written (else not split)
    styles = {
        "dash": sum(1 for *_, t, _ in joined if _ENTRY_DASH.search(t)),
        "brackets": sum(1 for *_, t, _ in joined if _role_brackets(t)),
        "comma": sum(1 for *_, t, _ in joined if _comma(t) > 0),
    }
    style = max(styles, key=lambda k: styles[k])
    if styles[style] < STYLE_SHARE * len(joined):
        style = None
    out: list[Interest] = []
    for name, post, lab, entry, text, raw in joined:
        declared = (find_date(raw) or find_date(raw, numeric=True)) if raw else None
        if not text or _NIL.match(text):
            continue
        indirect = bool(lab and _INDIRECT_LABEL.search(lab))
        nature, organisation = _split(text, style)
        out.append(
            Interest(
                person=name,
                declared_on=declared,
                role=post,
                organisation=organisation,
                nature=nature,
                category="indirect" if indirect else "other",
                register=register,
                page=entry[0].page,
                notes=f"type of interest: {lab.rstrip(':').strip()}" if lab else None,
            )
        )
    return out

"""Columns beside the titles of an agenda read as text lines: a lead, purpose, paper or time
printed to the right of each item's title, under a header line ("Item | Business | Lead |
Pages", "Timing | Item | Lead") or, with no header, a paper's note at the right margin
("Verbal", "Enc. A (Pages 4 - 6)", "Presentation"). Free-text agendas of combined fire
authorities, joint committees, NHS boards and Cabinet Office boards set them so; without these
rules the column's words are glued onto the title ("AOB Chair", "Apologies for Absence Clerk").
Pure functions over layout lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..layout import Line
from ..layout.lines import join_spans
from ..model import Span

# Header words naming the title column, and the side columns by the field they hold
_TITLE_HEAD = r"items?|business|agenda\s+items?|titles?|subjects?|timing"
# A column naming the paper taken ("Paper", "Enc.", "Documentation", "Format": "Paper A", "Verbal")
# "Attachment" (Canadian hospital and school boards' agenda tables name the paper so)
_DOC_HEAD = r"papers?|enc(?:losures?|s?\.?)|documentation|format|attachments?"
_SIDE_HEADS = {
    "lead": r"leads?|presenters?|presented\s+by|led\s+by|owners?|sponsors?|lead\s+officers?|lead\s+members?|"
    r"responsible(?:\s+(?:officers?|persons?))?|resource\s+persons?|speakers?|"
    # "Responsible", "Resource person" (African, Caribbean and Philippine boards' agenda tables name
    # who takes an item so)
    # "Report author", "Contact officer", "Reporting officer" (English councils' and police and
    # crime panels' agenda tables name the officer who wrote the report)
    r"(?:report\s+)?authors?|contact\s+officers?|reporting\s+officers?",
    "purpose": r"purpose|action(?:\s+required)?|for",
    "pages": r"pages?|" + _DOC_HEAD + r"|report\s+no\.?",
    "time": r"times?|duration",
}
# The side columns' header words in one alternation (a header line read as text)
SIDE_HEAD_WORDS = "|".join(_SIDE_HEADS.values())
_HEAD_NAME = re.compile(
    r"^(?:(?:" + _TITLE_HEAD + "|" + "|".join(_SIDE_HEADS.values()) + r")(?:\s+|$))+$", re.I
)
_SIDE_NAME = {kind: re.compile(rf"(?:^|\s)(?:{pat})$", re.I) for kind, pat in _SIDE_HEADS.items()}
_TITLE_NAME = re.compile(rf"(?:^|\s)(?:{_TITLE_HEAD})$", re.I)

# Points left of a side column's header where its values may start: values are set flush left
# under the header (fire authority agenda: "Treasurer" at 399, "Lead" at 400) or centred and
# reaching back under the column before (Cabinet Office board agenda: "CEO John Hirst" from 417
# under "Lead" at 443, judged by the cell's centre)
COLUMN_EDGE = 4.0


@dataclass(frozen=True)
class SideColumn:
    kind: str  # "lead", "purpose", "pages" or "time"
    x0: float  # where the header's name starts


def header_columns(ln: Line) -> list[SideColumn] | None:
    """The side columns named by a header line ("Item Business | Lead | Pages"), left to right,
    right of its title column; None unless every cell is header names and both a title column
    and a side column right of it are named."""
    if not ln.has_box:
        return None
    cells = ln.cells()
    if len(cells) < 2 or not all(_HEAD_NAME.match(c.text.strip()) for c in cells):
        return None
    title_at = [k for k, c in enumerate(cells) if _TITLE_NAME.search(c.text.strip())]
    if not title_at:
        return None
    cols = []
    for c in cells[title_at[-1] + 1 :]:
        kind = next((k for k, rx in _SIDE_NAME.items() if rx.search(c.text.strip())), None)
        if kind is not None:
            cols.append(SideColumn(kind, c.x0))
    return cols or None


def split_columns(ln: Line, cols: list[SideColumn]) -> tuple[list[Span], dict[str, str]]:
    """The line's spans in the title column (and left of it), and the text of each side column
    it reaches. A cell (the line split at wide gaps) goes to the column its centre lies in; its
    spans from a later column's edge on go to that column (a lead and a page range the layout
    joined: "Deputy Chief Fire 8 – 10")."""
    edges = [c.x0 - COLUMN_EDGE for c in cols]

    def column_at(x: float) -> int:
        return max((k for k, e in enumerate(edges) if e <= x), default=-1)

    title: list[Span] = []
    sides: dict[int, list[Span]] = {}
    for cell in ln.cells() if ln.spans else []:
        home = column_at((cell.x0 + cell.x1) / 2)
        for s in cell.spans:
            k = max(home, column_at(s.x0))
            (title if k < 0 else sides.setdefault(k, [])).append(s)
    return title, {cols[k].kind: join_spans(spans) for k, spans in sorted(sides.items())}


# A paper's note in the right-hand column of a free-text agenda with no header: "Verbal",
# "Enc. A (Pages 4 - 6)", "Enc. E (supplementary", "Presentation", "To follow", "Paper C"
# (NHS trust board agendas)
_PAPER_CELL = re.compile(
    # "Handout" (US boards' agendas: the paper is handed out at the meeting)
    r"^(?:verbal|oral|presentation|slides|tabled|to\s+follow|attached|handout|"
    r"(?:enc(?:losure)?\.?|paper|appendix)\s*[A-Z0-9][\w.]*(?:\s*\(.*)?)$",
    re.I,
)
# The note starts right of this share of the page's width
PAPER_CELL_SHARE = 0.55
# Points the right edges of a note and its wrapped line ("pack)") may differ by
NOTE_EDGE = 3.0
_PAGES_IN_NOTE = re.compile(r"\(\s*pages?\s+(\d[\d\s\-–]*)\)", re.I)


def paper_note(ln: Line, page_width: float, note_x1: float | None) -> tuple[list[Span], str] | None:
    """(the spans left of it, the note) where the line's last cell is a paper's note at the
    right margin (see _PAPER_CELL), or the wrapped line of the note above, which ended at
    `note_x1`; None otherwise."""
    if not ln.has_box or not ln.spans:
        return None
    cells = ln.cells()
    last = cells[-1]
    if last.x0 < PAPER_CELL_SHARE * page_width:
        return None
    text = last.text.strip()
    wrapped = note_x1 is not None and abs(last.x1 - note_x1) <= NOTE_EDGE and len(text.split()) <= 2
    if not (_PAPER_CELL.match(text) or wrapped):
        return None
    left = [s for c in cells[:-1] for s in c.spans]
    return left, text


# A purpose in the right-hand column of a free-text agenda with no header, alone in its cell:
# "Decision", "Information", "For approval", "Discussion / Assurance" (school boards', NHS
# boards' and councils' agendas, also when listed at the head of minutes)
_PURPOSE_WORDS = (
    r"(?:decision|information|approval|discussion|assurance|noting|endorsement|ratification|"
    r"consultation|note|action|review|receipt)"
)
# ... "Action Item", "Information Item", "Discussion/Action Item" (US school boards' and
# councils' agendas name the kind of item so)
_PURPOSE_WORDS = rf"{_PURPOSE_WORDS}(?:\s+items?)?"
_PURPOSE_CELL = re.compile(
    rf"^(?:(?:for|to)\s+)?{_PURPOSE_WORDS}(?:\s*(?:/|&|and|or)\s*(?:(?:for|to)\s+)?{_PURPOSE_WORDS})*\.?$",
    re.I,
)


def purpose_note(ln: Line, page_width: float) -> tuple[list[Span], str] | None:
    """(the spans left of it, the purpose) where the line's last cell, past PAPER_CELL_SHARE of
    the width and apart from the title, is a purpose (see _PURPOSE_CELL); None otherwise."""
    if not ln.has_box or len(ln.spans) < 2 or ln.x1 < PAPER_CELL_SHARE * page_width:
        return None
    cells = ln.cells()
    last = cells[-1]
    if len(cells) < 2 or last.x0 < PAPER_CELL_SHARE * page_width:
        return None
    text = last.text.strip()
    if not _PURPOSE_CELL.match(text):
        return None
    return [s for c in cells[:-1] for s in c.spans], text


def note_pages(note: str) -> str | None:
    """The page range in a paper's note: "Enc. A (Pages 4 - 6)" -> "4 - 6"."""
    m = _PAGES_IN_NOTE.search(note)
    return m.group(1).strip() if m else None


def _key(text: str) -> str:
    return re.sub(r"[\s.]", "", text)


def text_of(text: str, spans: list[Span]) -> str:
    """The prefix of `text` (a line's text, perhaps the page's plain text for it) that holds
    the characters of `spans` (its first columns); the spans' own text where it does not."""
    own = join_spans(spans)
    want = _key(own)
    if not want:
        return ""
    got = 0
    for pos, ch in enumerate(text):
        got += len(_key(ch))
        if got == len(want):
            prefix = text[: pos + 1]
            return prefix if _key(prefix) == want else own
    return own


# ---- one header vocabulary for agenda tables read from span boxes -----------------------------

# The number column's header: "No.", "Item No.", "Ref", "#", "Number"; a bare "Item" only where
# another cell names the title column ("Item | Time | Title | Presented by | Purpose | Pages":
# health and wellbeing boards; "Item | Subject | Lead": English councils), else "Item" heads the
# titles ("No. | Item | Purpose | Presenter": ICB and NHS trust boards)
# "Minute", "Min. No." (FE college corporations and English councils number agenda rows by the
# minute each item will become)
_NUMBER_HEAD = re.compile(
    r"^(?:no\.?|item\s+no\.?|ref(?:erence)?\.?|number|#|min(?:ute)?s?\.?(?:\s+(?:no\.?|ref\.?))?)$", re.I
)
# "Particulars" (Indian and other South Asian bodies' agenda tables: "Item No. | Particulars |
# Page No.")
_TITLE_ONLY = re.compile(
    r"^(?:business|agenda\s+items?|titles?|subjects?|descriptions?|topics?|report\s+titles?|particulars)$",
    re.I,
)
# A header cell's field by its first words, in this order: "Lead Director", "Presented by",
# "Action required", "Time (mins)", "Pages"
_FIELD_START = (
    ("time", re.compile(r"^(?:times?|timing|duration)\b", re.I)),
    ("doc", re.compile(rf"^(?:{_DOC_HEAD})\b", re.I)),
    *((kind, re.compile(rf"^(?:{_SIDE_HEADS[kind]})\b", re.I)) for kind in ("lead", "purpose", "pages")),
)


def header_field(text: str, titled: bool) -> str | None:
    """The agenda field a table's header cell names: "number", "title", "time", "doc", "lead",
    "purpose" or "pages"; None for a word not in the vocabulary. `titled`: another cell of the
    header names the title column (then a bare "Item" heads the numbers)."""
    t = " ".join(text.split())
    if _NUMBER_HEAD.match(t) or (titled and re.fullmatch(r"items?", t, re.I)):
        return "number"
    if _TITLE_ONLY.match(t) or re.fullmatch(r"items?", t, re.I):
        return "title"
    return next((kind for kind, rx in _FIELD_START if rx.match(t)), None)


def names_title(texts: list[str]) -> bool:
    """Whether one of a header's cells names the title column by a word other than "Item"."""
    return any(_TITLE_ONLY.match(" ".join(t.split())) for t in texts)


# ---- a presenter column with no header, read from the layout ----------------------------------

# US boards' agendas (state licensing boards, port districts, special districts) set who presents
# each item in a right-hand column by tabs, with no header line (or a header the table reader
# cannot take): "III.  Public Comment .......... Chair Lindqvist" / wrapped "Board Counsel J. Ruiz-"
# + "Halloran, Sr. AAG". The column shows in the layout as several lines' cells starting at one x,
# right of PAPER_CELL_SHARE of the width, after a wide gap, each a few words.
# Lines whose cells start at one x before it is a column (3: three presenters is the fewest a
# one-page agenda of this kind prints; two lines meeting at one x is chance)
NAME_COLUMN_MIN_ROWS = 3
# Points the starts of one column's cells may differ by (tab stops set them on one x)
NAME_COLUMN_TOLERANCE = 2.0
# At most this many words in a cell of the column ("Board Counsel J. Ruiz-", "Tamsin
# Oyelaran-Pike,"); a line of a second text column runs longer
NAME_CELL_WORDS = 6
# The share of a candidate column's cells that may be longer (a page's second text column has
# mostly long lines; a presenter column none)
LONG_CELL_SHARE = 0.2
_WORDISH = re.compile(r"[A-Z][a-z]|[A-Z]{2}")
# A page reference in its own column: "(Pages 11 - 26)", "Page 13", "pp. 4-9" (English councils'
# and Canadian authorities' agendas); read by the readers of paper notes, never a name
_PAGE_REF_CELL = re.compile(r"^\(?\s*(?:pages?|pp?\.|pgs?\.?)\s*\d", re.I)
_TIME_OR_PAGE_CELL = re.compile(r"^[\d\s.:,\-–]*(?:[ap]\.?\s?m\.?)?[\d\s.:,\-–]*$", re.I)


def _side_start(ln: Line, page_width: float) -> Line | None:
    """The line's first cell right of PAPER_CELL_SHARE of the width, where one is."""
    if not ln.has_box or not ln.spans or ln.x1 < PAPER_CELL_SHARE * page_width:
        return None
    return next((c for c in ln.cells() if c.x0 >= PAPER_CELL_SHARE * page_width), None)


def name_column(lines: list[Line], page_width: float) -> float | None:
    """The x where a page's headerless presenter column starts (see NAME_COLUMN_MIN_ROWS), or
    None. Cells that are purposes, paper notes, times or page numbers do not count."""
    starts: list[tuple[float, bool]] = []  # (x0, a short name-like cell)
    for ln in lines:
        cell = _side_start(ln, page_width)
        if cell is None:
            continue
        text = cell.text.strip()
        if (
            _PURPOSE_CELL.match(text)
            or _PAPER_CELL.match(text)
            or _TIME_OR_PAGE_CELL.match(text)
            or _PAGE_REF_CELL.match(text)
        ):
            continue
        short = len(text.split()) <= NAME_CELL_WORDS and bool(_WORDISH.search(text))
        starts.append((cell.x0, short))
    best: float | None = None
    best_n = 0
    for x, short in starts:
        if not short:
            continue
        near = [s for x2, s in starts if abs(x2 - x) <= NAME_COLUMN_TOLERANCE]
        n = sum(near)
        if n >= NAME_COLUMN_MIN_ROWS and len(near) - n <= LONG_CELL_SHARE * len(near) and n > best_n:
            best, best_n = x, n
    return best


# Points of white space that part a column's cell from the title before it or the cell after it
# (tab-set columns: 21 pt between "Public" and "Board Counsel" in a state board's agenda, where
# words are 3 pt apart and the layout's own cell split, in ems, does not part them)
NAME_GAP = 12.0


def name_cells(ln: Line, x: float, page_width: float) -> tuple[list[Span], dict[str, str]] | None:
    """(the spans left of the column, its sides) where a span of the line starts at the
    presenter column's `x` after a gap of NAME_GAP: up to the next such gap it is the lead; the
    parts after it a purpose ("Action") or a page ("5", "3–4"). None where nothing starts at
    `x`."""
    if not ln.has_box or not ln.spans:
        return None
    spans = ln.spans
    at = next(
        (
            k
            for k, s in enumerate(spans)
            if abs(s.x0 - x) <= NAME_COLUMN_TOLERANCE and (k == 0 or s.x0 - spans[k - 1].x1 >= NAME_GAP)
        ),
        None,
    )
    if at is None:
        return None
    parts: list[list[Span]] = [[spans[at]]]
    for s in spans[at + 1 :]:
        if s.x0 - parts[-1][-1].x1 >= NAME_GAP:
            parts.append([s])
        else:
            parts[-1].append(s)
    sides: dict[str, str] = {}
    for part in parts:
        text = join_spans(part).strip()
        if _PAPER_CELL.match(text) or _PAGE_REF_CELL.match(text):
            return None  # a paper's note ("Verbal", "Enc. A", "(Pages 5 - 10)"): read by paper_note
        if _PURPOSE_CELL.match(text):
            sides.setdefault("purpose", text)
        elif re.search(r"\d[:.]\d\d", text) and _TIME_OR_PAGE_CELL.match(text):
            sides.setdefault("time", text)  # a slot time column after it ("6:00 p.m.")
        elif re.fullmatch(r"\d[\d\s\-–,]*", text):
            sides.setdefault("pages", text)
        elif "lead" not in sides and "purpose" not in sides:
            sides["lead"] = text
    return list(spans[:at]), sides

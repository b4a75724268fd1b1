"""Agenda items from a pack's front agenda.

Two main layouts: a table (rows start with an item number in the left column;
cells are found from the spans' boxes and classified by content and position)
and a numbered list in the text ("5. Title (Pages 11 - 84)", " 3.1 ...",
" (ii) ...", "VII." + "a)"). The list is chosen among the numbered lists of the
first pages by what they hold: ways to attend or comment (contact details) and
a notice's rules above the AGENDA title (no business words) are not the agenda,
nor a recommendation's numbered points. Without numbers: timed programmes and
"title – presenter" lines at one margin."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from ..layout import Line, PageLayout, layout_of, number_of
from ..layout.document import BAND_SHARE, PROTECTIVE_MARKING
from ..layout.lines import join_spans
from ..model import Document, Page, Span
from ..text import HONORIFIC_WORDS
from .agenda_columns import (
    SIDE_HEAD_WORDS,
    SideColumn,
    header_columns,
    header_field,
    name_cells,
    name_column,
    names_title,
    note_pages,
    paper_note,
    purpose_note,
    split_columns,
    text_of,
)
from .agenda_keyed import (
    AGENDA_KEY,
    introduced_agenda,
    keyed_agenda,
    minute_listed_agenda,
    presenter_column_agenda,
)
from .agenda_sidebar import drop_side_panel
from .agenda_twocolumn import TWO_COLUMN_PAGES, parallel_language_titles, two_column_list
from .dates import _TIME_RE, MONTHS, find_time
from .meetings import (
    _SUMMONS,
    COVER_HEADER_LINES,
    SUMMONS_LINES,
    minute_sections,
    report_addressee,
    titled_agenda,
    unspace,
)
from .records import AgendaItem

# An item number in an agenda table's number column; a star marks a starred item taken without
# discussion ("12*": university councils and English councils' starred business)
# "3.3a": a lettered sub-item set as a row of its own under "3.3" (ICB committee agenda tables);
# "6a" / "6(a)" under "6." (health and wellbeing board and council agenda tables);
# "A1", "A2.1", "B1": the items of an agenda parted into Part A (open) and Part B (in committee),
# numbered by their part's letter (South African municipal councils' and committees' index tables)
ROW_NUMBER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*(?:(?<=\.\d)[a-z]|(?<=\.\d\d)[a-z])?\.?\*?|\d{1,2}\(?[a-h]\)?|[-–•]|\(?[ivx]{1,4}\)|[a-z]\)"
    r"|[A-H]\d{1,2}(?:\.\d{1,2})?)$"
)
# A sub-item's decimal number set in from the items' numbers ("5" over "  5.1": university council
# agenda tables indent sub-items); points it may sit right of the number column (two ems)
SUB_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}\.?$")
SUB_NUMBER_INDENT = 24
# Points between the left edges of an agenda table's item numbers (one column of one table)
ROW_MARGIN_SLACK = 8
DIGIT_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$")
# A minute-style reference in the number column: year / running number with the body's prefix,
# "BoD 25/071", "TB/25/071", "25/071" (NHS trust boards and English councils number agenda items
# by the minute they will become). The prefix may wrap above the figures in a narrow cell ("BoD"
# over "25/071"): _joined_refs puts the two lines together.
REF_NUMBER = re.compile(r"^(?:[A-Z][A-Za-z]{0,5}(?:\s|\s?[./-]\s?)?)?\d{2}/(?P<seq>\d{2,4})$")
# "Item 3" in the number column under a header "Item" (academy trusts' and charities' agenda
# tables, printed at the head of their minutes)
ITEM_WORD_NUMBER = re.compile(r"^item\s+(?P<seq>\d{1,2})[a-z]?\.?$", re.I)
# A session-coded item number: the meeting's running number, a point, the item's two figures,
# "215.01", "215.02" for the items of the 215th meeting (Indian universities' syndicates, senates
# and academic councils, and other bodies that number their meetings, code agenda items so; the
# minutes head each item "Item No. 215.01"). Three figures before the point keep a clock ("10.05")
# and a sub-item ("5.1") out.
SESSION_NUMBER = re.compile(r"^\d{3}\.(?P<seq>\d{2})$")
_REF_PREFIX = re.compile(r"^[A-Z][A-Za-z]{0,5}[./-]?$")
_REF_FIGURES = re.compile(r"^[./-]?\d{2}/\d{2,4}$")
# Points the figures' line may start from the prefix's left edge, and the gap between the two
# lines as a share of the prefix's height (one wrapped cell: lines touch or nearly)
REF_WRAP_SLACK = 3.0
REF_WRAP_GAP_SHARE = 1.0
# A timing cell: "13:30", "13:30 – 13:35", with the slot's length below it ("(5 mins)") as the
# timed agendas of government boards and NHS trust boards print it; some Word text layers put
# spaces inside the figures ("15: 1 0", "15 .10").
# "2.00pm", "2.00 p.m.": English council and health and wellbeing board agendas print 12-hour
# times
_CLOCK = r"\d\s?\d?\s?[.:]\s?\d\s?\d(?:\s?[ap]\.?m\.?)?"
TIME_CELL = re.compile(
    rf"^{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?(?:\s*\(\s*\d[\d\s]*(?:mins?|minutes|hrs?|hours?)\.?\s*\))?$", re.I
)
PAGES_CELL = re.compile(
    r"^(?:\d+(?:\s*[-–]\s*\d*)?(?:\s+\d+(?:\s*[-–]\s*\d*)?)*(?:\s*\(\w+\))?|Annex\s+\w+|[-–])$", re.I
)
_PAGES_IN_DOC = re.compile(r"\(\s*(?:pp?\.?|pages?|pgs?\.?)\s*(\d+(?:\s*[-–]\s*\d+)?)\s*\)", re.I)
# A paper's reference in a Paper column right of the title: "GC12/Paper 2.1", "Paper 4", "Enc. B"
# (Pacific regional bodies' governing councils list the agenda in an annex to the record, an
# "Item | Title | Paper" table): the paper's, not the item's lead
PAPER_REF_CELL = re.compile(
    r"^(?:[A-Z][A-Za-z0-9]{0,10}\s?/\s?)?(?:paper|enc(?:losure)?\.?|doc(?:ument)?)\s*[A-Z0-9][\w./-]{0,8}$",
    re.I,
)
DOC_CELL = re.compile(r"^(?:paper|verbal|none|presentation|report|attached|to follow|tabled|slides)$", re.I)
PURPOSE = re.compile(
    r"\b(for\s+(?:approval|noting|discussion|endorsement|information|decision|assurance|agreement|"
    r"ratification|review|feedback|note|comment|consideration|action)\b.*)$",
    re.I,
)
# A header cell of an agenda table holds a few words ("Item", "Lead Director", "Paper/Verbal")
HEADER_CELL_CHARS = 40
# A 24-hour clock without a separator, in a table's Time column only: "1700", "0930" (Canadian
# hospital and military-style agendas); alone it could be a year or a page, so it is read as a
# time only under a header "Time"
# A dash alone in a cell: the cell is empty (hyphen, en dash, or the em dash of Canadian
# university boards' "Action" columns)
EMPTY_CELL = frozenset({"-", "–", "—"})
HHMM_CELL = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d(?:\s*h(?:rs|ours)?)?$")
HEADER_WORD = re.compile(r"^(item|lead|page|time|timing|documentation|purpose|presenter|paper)\b", re.I)


@dataclass
class Chunk:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool = False  # most of its characters are set in a bold face


@dataclass
class Cell:
    chunks: list[Chunk] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(c.x0 for c in self.chunks)

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.chunks)

    @property
    def lines(self) -> list[str]:
        return [c.text for c in sorted(self.chunks, key=lambda c: (c.top, c.x0))]

    @property
    def text(self) -> str:
        return norm(" ".join(self.lines))


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\x00", "")).strip()


def clean_spans(page: Page) -> list[Span]:
    out = []
    for s in page.spans or []:
        t = s.text.replace("\x00", "").strip()
        if not t:
            continue
        out.append(Span(t, s.x0, s.top, s.x1, s.bottom, s.size, s.bold, s.space_after))
    return out


# A text layer that sets every glyph on its own (kerned Word and browser PDFs: "M", "e", "e",
# "t"): most of a page's spans hold one or two characters. Where an agenda table's header is not
# found among such a page's spans, they are joined into words and cells and the table is looked
# for again (the ICB board front sheet and the university council agenda of the written set are
# printed so); half the spans, since a page of word spans has few one-letter words.
GLYPH_SPAN_CHARS = 2
GLYPH_SPAN_SHARE = 0.5


def glyph_spans(spans: list[Span]) -> bool:
    """Whether most spans hold a glyph or two (see GLYPH_SPAN_SHARE)."""
    short = sum(1 for s in spans if len(s.text) <= GLYPH_SPAN_CHARS)
    return bool(spans) and short > GLYPH_SPAN_SHARE * len(spans)


def joined_spans(spans: list[Span]) -> list[Span]:
    """Glyph spans joined into the cells' words (see GLYPH_SPAN_SHARE); a cell set wholly
    letter-spaced ("P r e s e n t e r": a header with CSS letter-spacing) closed up."""
    return [
        Span(_closed_up(c.text), c.x0, c.top, c.x1, c.bottom, c.bottom - c.top, c.bold, True)
        for c in _chunks(spans)
    ]


# A cell's text of single characters parted by single spaces, three or more
_LETTER_SPACED_CELL = re.compile(r"^\S(?: \S){2,}$")


# A page number of figures drawn one glyph a run, the gap after a "1" read as a space ("1 1",
# "1 7"): the ink of a tabular "1" is narrower than its advance, so its gap to the next figure
# exceeds a word gap at small sizes (Canadian university boards' agenda tables printed from a
# browser, a Page column at 7 pt)
_GAPPED_ONE = re.compile(r"^\d?1 \d$")


def _closed_up(text: str) -> str:
    if _GAPPED_ONE.match(text):
        return text.replace(" ", "")
    return text.replace(" ", "") if _LETTER_SPACED_CELL.match(text) else text


# Points a run may reach back under the one before it and still be the same word: kerned pairs
# set as two runs ("T" + "o declare", "T" + "easdale": Chromium-printed ICB agendas) overlap by
# up to about a point at body sizes; the reading layer gives each glyph once, so an overlap is
# never a glyph drawn twice
KERN_OVERLAP = 1.5


def _chunks(spans: list[Span]) -> list[Chunk]:
    """Join spans of one line that nearly touch (words of one cell)."""
    lines: list[list[Span]] = []
    # running sums of the lines' span centres, added in the same order as a
    # fresh sum() would (so the means are bit-for-bit the same), kept so each
    # span costs one pass over the lines rather than over all their spans
    mid_sums: list[float] = []
    for sp in sorted(spans, key=lambda s: s.top):
        mid = (sp.top + sp.bottom) / 2
        for k, line in enumerate(lines):
            if abs(mid_sums[k] / len(line) - mid) < 4:
                line.append(sp)
                mid_sums[k] += mid
                break
        else:
            lines.append([sp])
            mid_sums.append(0 + mid)
    out: list[Chunk] = []
    for line in lines:
        cur: Chunk | None = None
        members: list[Span] = []
        for sp in sorted(line, key=lambda s: s.x0):
            if cur is not None and -KERN_OVERLAP <= sp.x0 - cur.x1 < 5:
                members.append(sp)
                cur.x1 = sp.x1
                cur.bottom = max(cur.bottom, sp.bottom)
                cur.top = min(cur.top, sp.top)
                continue
            if cur is not None:
                _close_chunk(cur, members)
            cur = Chunk(sp.text, sp.x0, sp.x1, sp.top, sp.bottom)
            members = [sp]
            out.append(cur)
        if cur is not None:
            _close_chunk(cur, members)
    return out


def _close_chunk(cur: Chunk, members: list[Span]) -> None:
    cur.text = join_spans(members)  # the layout layer's word gaps ("Intro|ductions")
    heavy = sum(len(m.text) for m in members if m.bold)
    cur.bold = 2 * heavy > sum(len(m.text) for m in members)


def _cells(chunks: list[Chunk]) -> list[Cell]:
    cells: list[Cell] = []
    for ch in sorted(chunks, key=lambda c: (c.top, c.x0)):
        home = None
        for cell in cells:
            overlap = min(cell.x1, ch.x1) - max(cell.x0, ch.x0)
            if overlap > 0:
                home = cell
                break
        if home is None:
            cells.append(Cell([ch]))
        else:
            home.chunks.append(ch)
    return sorted(cells, key=lambda c: c.x0)


def normalise_pages(s: str) -> str | None:
    s = norm(s)
    if not s or s in {"-", "–"}:
        return None
    s = re.sub(r"\s*[-–]\s*", "-", s)
    s = re.sub(r"(\d)\s+(\d)", r"\1, \2", s)
    return s.strip("-, ") or None


def split_lead(text: str) -> tuple[str | None, str | None]:
    text = norm(text)
    m = PURPOSE.search(text)
    purpose = None
    if m:
        purpose = norm(m.group(1))
        purpose = purpose[:1].upper() + purpose[1:].lower()
        text = text[: m.start()].strip()
    text = text.strip(" -–,")
    return (text or None), purpose


# A sub-point under a cell's title: a bullet, or a dash with or without a space before a
# lower-case word ("- discussion", "-discussion" in the slot tables of board agendas)
SUB_POINT = re.compile(r"^(?:(?:o|•|▪|-|\uf0b7)(?:\s|$)|[-–](?=[a-z]))")


# A labelled note under an item's title in its cell: "Motion: That the Board ...",
# "Recommended Action: ...", "Recommendation: ..." (Canadian hospital, US college and English
# council agenda tables print the motion or the recommendation under the title); the label
# starts a line of its own below the title's first line, so it is not the title's
NOTE_LABEL = re.compile(
    r"^(?:motions?|(?:proposed\s+)?resolutions?|recommend(?:ation|ed\s+actions?)s?|"
    r"action\s+required|decision\s+required)\s*:",
    re.I,
)


# "To follow": a paper's note, not a purpose
_TO_FOLLOW = re.compile(r"^to\s+follow\b", re.I)


def _purpose_lines(cell: Cell) -> tuple[Cell, str | None]:
    """The title cell without the purpose set on lines of its own under the title, and that
    purpose: "Minutes of the meeting held on 13 May 2025" / "To approve", "Declarations of
    interest" / "To receive declarations; governors are reminded ..." (FE college corporations'
    and academy trusts' agenda tables print the purpose so, in the title's column; the text
    agendas' purpose-and-lead line, see _DETAIL_PURPOSE). The purpose opens a line below the
    title's first line, after a line that does not end mid-phrase; not under a bold title (its small print)."""
    chunks = sorted(cell.chunks, key=lambda c: (c.top, c.x0))
    for k in range(1, len(chunks)):
        b, prev = chunks[k], chunks[k - 1]
        if b.top <= chunks[0].bottom or not _DETAIL_PURPOSE.match(b.text) or _TO_FOLLOW.match(b.text):
            continue
        if chunks[0].bold and not b.bold:
            return cell, None  # small print under a bold title (see _title_from), not a purpose
        if _MID_PHRASE.search(prev.text.rstrip()):
            return cell, None
        rest = [c for c in chunks[k:] if not SUB_POINT.match(c.text)]
        if rest[-1].text.rstrip().endswith("."):
            # a sentence ending in a full stop ("To confirm as a correct record."): the small
            # print of a fire authority's or council's table, not a purpose phrase
            return cell, None
        return Cell(chunks[:k]), norm(" ".join(c.text for c in rest))
    return cell, None


# A report's reference code on the first line of its title cell, in bold over the title: "MPAC
# 05/05/2025", "EXCO 12/03/2025" (South African municipal councils' and committees' index tables
# print the resolution code each report will carry, then its title, then its officer in brackets)
_REPORT_CODE = re.compile(r"^[A-Z][A-Z&]{1,7}\s?\d{1,3}/\d{1,2}/\d{2,4}$")
# ... and the officer on a line of its own under the title, the whole line in brackets:
# "(Municipal Manager)", "(Chairperson: MPAC)"; a few words, not a sentence
_BRACKETED_LEAD = re.compile(r"^\((?P<lead>[A-Z][^()]{2,60})\)$")
BRACKETED_LEAD_WORDS = 6


def _coded_title(cell: Cell) -> tuple[Cell, str | None]:
    """The title cell without a report code over the title and a bracketed officer under it (see
    _REPORT_CODE), and that officer; the cell as it is unless its first line is such a code and
    lines follow it."""
    chunks = sorted(cell.chunks, key=lambda c: (c.top, c.x0))
    if len(chunks) < 2 or not _REPORT_CODE.match(chunks[0].text.strip()):
        return cell, None
    rest = [dataclasses.replace(c, bold=False) for c in chunks[1:]]
    lead = None
    m = _BRACKETED_LEAD.match(rest[-1].text.strip())
    if len(rest) > 1 and m and len(m.group("lead").split()) <= BRACKETED_LEAD_WORDS:
        lead, rest = norm(m.group("lead")), rest[:-1]
    return Cell(rest), lead


def _title_from(cell: Cell) -> str:
    """The cell's lines up to its first bullet or labelled note (sub-points and motions are not
    the title)."""
    chunks = sorted(cell.chunks, key=lambda c: (c.top, c.x0))
    cut = None
    for b in chunks[1:]:
        if SUB_POINT.match(b.text) or (b.top > chunks[0].bottom and NOTE_LABEL.match(b.text)):
            near = [c.top for c in chunks if abs(c.top - b.top) < 8 and c is not chunks[0]]
            top = min(near + [b.top])
            cut = top if cut is None else min(cut, top)
    kept = [c for c in chunks if cut is None or c.top < cut - 1]
    # a title in bold over a note in the regular weight ("Declarations of Interest" / "Members are
    # reminded to declare ...", "Proposed Precept 2025/26" / "To review the ...": English councils'
    # and police and crime panels' agenda tables): the title is the bold lines
    note = next((k for k, c in enumerate(kept) if not c.bold), None) if kept and kept[0].bold else None
    if note is not None and kept[note].top > kept[0].bottom and not any(c.bold for c in kept[note:]):
        kept = kept[:note]
    return norm(" ".join(c.text for c in _without_description(kept)))


# A description set under an item's title in the same cell and weight: a sentence of its own
# from a capital to a full stop, below a title that does not end in one ("Patient story" /
# "A patient and her daughter describe ..."; "Freedom to Speak Up: annual report" / "Themes from
# 212 concerns raised ...": NHS trust board agenda tables). At least this many words: a wrapped
# title's last words ("2025.") are not a sentence
DESCRIPTION_WORDS = 5
# ... unless the title's line above it runs to the cell's right edge (within this many points of
# the cell's widest line): a long title wrapped onto a line that starts with a capitalised word
# ("... the Visiting Faculty of the University" / "Teaching Departments for the year 2025-26.":
# university syndicates' agenda tables, whose titles are sentences ending in a full stop);
# half an em at the tables' 10-11 pt body sizes
FILLED_LINE_SLACK = 6.0


def _without_description(chunks: list[Chunk]) -> list[Chunk]:
    """The chunks of a title cell without a description sentence at its end (see
    DESCRIPTION_WORDS): lines from one that starts with a capital to the last, which ends with a
    full stop, under title lines of which none ends with one."""
    if len(chunks) < 2 or not chunks[-1].text.rstrip().endswith("."):
        return chunks
    for k in range(1, len(chunks)):
        head, tail = chunks[:k], chunks[k:]
        if chunks[k].top <= chunks[0].bottom or not chunks[k].text[:1].isupper():
            continue
        if any(c.text.rstrip().endswith(".") for c in head):
            return chunks
        if chunks[k - 1].x1 >= max(c.x1 for c in chunks) - FILLED_LINE_SLACK:
            continue  # a wrapped title (see FILLED_LINE_SLACK)
        if len(" ".join(c.text for c in tail).split()) >= DESCRIPTION_WORDS:
            return head
    return chunks


def _header_top(spans: list[Span]) -> tuple[float, list[Span]] | None:
    """The agenda table's header row: a line with "Item" and another header
    word (Lead, Page, Time, ...)."""
    by_line: dict[int, list[Span]] = {}
    for s in spans:
        by_line.setdefault(round(s.top / 6), []).append(s)
    for key in sorted(by_line):
        group = [s for k in (key, key + 1) for s in by_line.get(k, [])]
        # header cells are short; a sentence naming "any agenda item ... during this time"
        # (the public-comment notice of a US board agenda) is not a header row
        words = [
            w for s in group if len(s.text) <= HEADER_CELL_CHARS for w in re.findall(r"[A-Za-z]+", s.text)
        ]
        lw = {w.lower() for w in words}
        # (a glyph-per-span header is read from joined spans by the caller, under its guard)
        vocabulary = not glyph_spans(group) and _vocabulary_header(group)
        if ("item" in lw and sum(1 for w in lw if HEADER_WORD.match(w)) >= 3) or vocabulary:
            return min(s.top for s in group), group
    return None


# A header row named wholly in the header vocabulary holds at least this many distinct fields
# (the title column and two more: "No. | Subject | Lead officer | Pages"). The title column must be
# named by a word other than a bare "Item" (headers with "Item" are found by the rule above):
# "NO | ITEM | OWNER" and "NO | ACTION | OWNER" head the action logs parish council agendas carry
MIN_HEADER_FIELDS = 3


def _vocabulary_header(group: list[Span]) -> bool:
    """Whether a line's cells are all agenda header words (agenda_columns.header_field) naming
    MIN_HEADER_FIELDS fields or more, the title column named by a word other than "Item"
    (agenda_columns.names_title): the header of an
    agenda table that does not say "Item" ("No. | Subject | Lead officer | Pages": English
    councils; "Ref | Business | Action required | Time": ICB committees)."""
    chunks = _chunks(group)
    if any(len(c.text) > HEADER_CELL_CHARS for c in chunks):
        return False
    titled = names_title([c.text for c in chunks])
    fields = [header_field(c.text, titled) for c in chunks]
    return None not in fields and len(set(fields)) >= MIN_HEADER_FIELDS and titled


# A capital roman numeral in an agenda table's number column, "I" ... "XII", the decimal sub-items
# under it numbered by its value ("VIII" / "8.1"): Philippine state universities' boards of
# regents, Latin American and African boards number their agenda tables so. Read only as a run
# from "I" (or the one after the last read), so that a tick "X" or a stray capital is not an item.
ROMAN_ROW = re.compile(r"^(?P<num>[IVX]{1,5})\.?$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str) -> int:
    total = 0
    for k, ch in enumerate(numeral):
        v = _ROMAN_VALUES[ch]
        total += -v if k + 1 < len(numeral) and _ROMAN_VALUES[numeral[k + 1]] > v else v
    return total


def _roman_goes_on(text: str, last: int) -> bool:
    """Whether a roman row number is "I" or the one after the last roman number read."""
    m = ROMAN_ROW.match(text)
    return bool(m) and roman_value(m.group("num")) == last + 1


# A lettered group heading alone on its line in an agenda table's title column, between two
# numbered rows: "VIII Matters for Approval" / "A. Academic Matters" / "8.1 ..." (boards of
# regents' and other roman-numbered agenda tables group their sub-items so); not part of the row
# above it
_GROUP_HEADING = re.compile(r"^[A-H][.)]\s+[A-Z]")


def _group_heading(s: Span, spans: list[Span], row_marker: Span) -> bool:
    return (
        _GROUP_HEADING.match(s.text) is not None
        and s.top > row_marker.bottom + ROW_GAP_SHARE * max(row_marker.bottom - row_marker.top, 1.0)
        and not any(o is not s and abs(o.top - s.top) < 3 for o in spans)
    )


def _table_rows(
    page: Page,
    start: float | None,
    joined: bool = False,
    restart_ends: bool = False,
    time_x: float | None = None,
    last_roman: int = 0,
) -> list[tuple[str, list[Span]]]:
    """Rows of an agenda table on `page`; `last_roman`: the value of the last roman row number
    read on the pages before (a table continued onto the next page goes on "X" after "IX")."""
    spans = clean_spans(page)
    spans = [s for s in (joined_spans(spans) if joined else spans) if (start is None or s.top > start)]
    spans = [
        s
        for s in spans
        if (not re.match(r"^(page\s*\d*|\d{1,3})$", s.text, re.I) or s.top < page.height - 70)
        and not PROTECTIVE_MARKING.match(s.text)
    ]
    spans = _joined_refs(spans)
    digit_x = [s.x0 for s in spans if DIGIT_NUMBER.match(s.text) or _keyed_number(s.text)]
    if not digit_x:
        return []
    left = min(digit_x)
    spans = _parted_sub_numbers(spans, left)
    markers = []
    romans = last_roman
    for s in sorted(spans, key=lambda s: s.top):
        if (ROW_NUMBER.match(s.text) or _keyed_number(s.text)) and abs(s.x0 - left) < ROW_MARGIN_SLACK:
            markers.append(s)
        elif abs(s.x0 - left) < ROW_MARGIN_SLACK and _roman_goes_on(s.text, romans):
            markers.append(s)
            romans += 1
        elif (
            SUB_NUMBER.match(s.text)
            and ROW_MARGIN_SLACK <= s.x0 - left < SUB_NUMBER_INDENT
            and markers
            and _leading_int(s.text) == _leading_int(markers[-1].text)
        ):
            markers.append(s)  # "5.1" under "5" (a slot's time "14.00" under "3" is not)
        elif (
            SUB_NUMBER.match(s.text)
            and s.x0 - left >= SUB_NUMBER_INDENT
            and markers
            and _next_sub(s.text, markers[-1].text)
            and not any(
                o.x0 < s.x0 and o.x1 > left + ROW_MARGIN_SLACK and abs(o.top - s.top) < 3 for o in spans
            )
        ):
            # "38.1" set in the title column under "CB/25/38", the first on its line, with its own
            # presenter and paper cells (FE college corporations' agenda tables)
            markers.append(s)
    if time_x is not None and markers:
        markers += _timed_markers(spans, markers, time_x, left)
    # the table ends at the first left-margin line that is not an item number
    end = None
    first_top = min(m.top for m in markers) if markers else 0
    for s in sorted(spans, key=lambda s: s.top):
        if s.top > first_top and romans and ROMAN_ROW.match(s.text) and any(s is m for m in markers):
            continue  # a roman row number is a row, not the end of the table
        if s.top > first_top and (_at_number_column(s, left) or _across_number_column(s, left)):
            below = [m for m in markers if m.top > s.top]
            if not below:
                end = s.top
                break
    markers = sorted(markers, key=lambda s: s.top)
    if end is not None:
        markers = [m for m in markers if m.top < end]
    if restart_ends:
        cut = _restart(markers)
        if cut is not None:
            end = markers[cut].top
            markers = markers[:cut]
    rows = []
    for k, m in enumerate(markers):
        lo = m.top - 5
        hi = (markers[k + 1].top - 5) if k + 1 < len(markers) else (end - 1 if end else page.height - 60)
        # a line opening at the number column inside a row's span is a section heading
        # between two tables of one agenda ("Departmental update" above the next slots), not
        # part of the row: the slot tables of government and NHS board agendas are printed so
        # ... and a band across the table from left of the number column ("QUALITY AND SAFETY",
        # "BREAK 11:15 – 11:25" over the rows of NHS board agendas whose time column comes first)
        members = [
            s
            for s in spans
            if lo <= s.top < hi
            and s is not m
            and not _at_number_column(s, left)
            and not (_across_number_column(s, left) and not TIME_CELL.match(s.text))
            and not (s.x1 < left and SECTION_BAND.match(s.text))
            and not (romans and _group_heading(s, spans, m))
        ]
        rows.append((m.text, _cut_timed_break(m, members)))
    return rows


# A sub-item's number run together with its title in one span of the title column: "5.1\xa0 Minutes
# of the Board ..." indented under "5.0 Consent Agenda" (Ontario hospital and health-alliance
# board agenda tables set the sub-items inside the Topic cell, the Item cell left empty)
_GLUED_SUB = re.compile(r"^(\d{1,2}\.\d{1,2})[\s\xa0]+(?=[A-Z])")


def _parted_sub_numbers(spans: list[Span], left: float) -> list[Span]:
    """Spans of the title column opening with a sub-item number (see _GLUED_SUB) parted into the
    number and the rest, so that the number is read as a row marker like a number set apart."""
    out: list[Span] = []
    for s in spans:
        m = _GLUED_SUB.match(s.text) if s.x0 - left >= SUB_NUMBER_INDENT else None
        if m is None or len(s.text) <= m.end():
            out.append(s)
            continue
        cut = s.x0 + (s.x1 - s.x0) * m.end() / len(s.text)
        out.append(dataclasses.replace(s, text=m.group(1), x1=cut - 1))
        out.append(dataclasses.replace(s, text=s.text[m.end() :], x0=cut))
    return out


def _next_sub(text: str, last: str) -> bool:
    """Whether sub-item number `text` follows the marker read before it: "38.1" after "38" or
    "CB/25/38", "38.2" after "38.1" (a slot's time "10.05" under item 10 is not: the sub-items
    run from .1 in steps of one)."""
    major, minor = (int(x) for x in text.rstrip(".").split("."))
    if major != _leading_int(last):
        return False
    if SUB_NUMBER.match(last):
        return minor == int(last.rstrip(".").split(".")[1]) + 1
    return minor == 1


def _restart(markers: list[Span]) -> int | None:
    """The index of the first marker whose number falls below one read before it ("Item 1" or
    "1.1" after "Item 12"): in minutes that open with their agenda table, the minutes' own item
    headings and paragraphs follow under the same numbers at the same margin."""
    top = 0
    for k, m in enumerate(markers):
        n = _leading_int(m.text)
        if n and n < top:
            return k
        top = max(top, n)
    return None


# A gap between two lines of one row, as a share of the line's height, that parts two rows
# rather than wrapped lines of one cell (rows have padding; wrapped lines do not)
ROW_GAP_SHARE = 0.5


# A break's row printed as one line across the table, its time first: "11:05 – Comfort break"
# (NHS trust board agenda tables)
_TIMED_LINE = re.compile(rf"^{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?\s*[-–:]?\s*[A-Za-z]", re.I)


def _cut_timed_break(marker: Span, members: list[Span]) -> list[Span]:
    """The row without an unnumbered timed row below it ("Comfort break 12:10", "Close 13:00"
    under the last item of timed ICB and NHS board agenda tables): a line set apart by a gap
    that holds a time cell of its own starts a row with no number."""
    by_top = sorted(members, key=lambda s: s.top)
    prev_bottom = marker.bottom
    for k, s in enumerate(by_top):
        if s.top > marker.bottom and s.top - prev_bottom > ROW_GAP_SHARE * max(s.bottom - s.top, 1.0):
            line = [o for o in by_top if abs(o.top - s.top) < ROW_GAP_SHARE * max(s.bottom - s.top, 1.0)]
            first = min(line, key=lambda o: o.x0)
            if any(TIME_CELL.match(o.text) for o in line) or _TIMED_LINE.match(first.text):
                return by_top[:k]
        prev_bottom = max(prev_bottom, s.bottom)
    return members


def _at_number_column(span: Span, left: float) -> bool:
    return (
        abs(span.x0 - left) < ROW_MARGIN_SLACK
        and not ROW_NUMBER.match(span.text)
        and not _keyed_number(span.text)
    )


# A section band short enough to stay left of the number column: "PEOPLE", "GOVERNANCE" (NHS
# board agenda tables whose time column comes first print each section's name there)
SECTION_BAND = re.compile(r"^[A-Z][A-Z&,' -]{2,}$")


def _timed_markers(spans: list[Span], markers: list[Span], time_x: float, left: float) -> list[Span]:
    """Rows with a time in the time column and no number, below the first numbered row, where
    the time column comes before the numbers ("11.25am | | Karakia whakamutunga | – | Chair":
    a closing item unnumbered in New Zealand and NHS board agenda tables): an empty marker at the
    time's line, the time kept among the row's cells. _item_from_row keeps such a row only when
    it names a lead (a break names none)."""
    first = min(m.top for m in markers)
    out = []
    for s in spans:
        if (
            s.top > first
            and abs(s.x0 - time_x) < COLUMN_SLACK
            and s.x1 < left
            and (TIME_CELL.match(s.text) or HHMM_CELL.match(s.text))
            and not any(abs(m.top - s.top) < ROW_MARGIN_SLACK for m in markers)
        ):
            out.append(Span("", s.x0, s.top, s.x0, s.bottom, s.size, s.bold))
    return out


def _across_number_column(span: Span, left: float) -> bool:
    """A line from left of the number column running across it into the titles: a note set
    under a table whose time column comes first ("Next meeting: ..." under "Time | Item |
    Topic": Canadian hospital and NHS board agendas), never a cell of the table."""
    return span.x0 < left - ROW_MARGIN_SLACK and span.x1 > left + ROW_MARGIN_SLACK


def _keyed_number(text: str) -> re.Match[str] | None:
    """A row number other than figures: a minute-style reference, "Item 3" or a session-coded
    "215.03"."""
    return REF_NUMBER.match(text) or ITEM_WORD_NUMBER.match(text) or SESSION_NUMBER.match(text)


def _joined_refs(spans: list[Span]) -> list[Span]:
    """The spans with a reference's prefix and figures wrapped over two lines of one narrow cell
    ("BoD" over "25/071": NHS trust board agenda tables) joined into one span "BoD 25/071"."""
    prefixes = [s for s in spans if _REF_PREFIX.match(s.text)]
    if not prefixes:
        return spans
    figures = [s for s in spans if _REF_FIGURES.match(s.text)]
    gone: set[int] = set()
    joined: list[Span] = []
    for p in prefixes:
        height = max(p.bottom - p.top, 1.0)
        below = [
            f
            for f in figures
            if id(f) not in gone
            and abs(f.x0 - p.x0) <= REF_WRAP_SLACK
            and p.top < f.top
            and f.top - p.bottom <= REF_WRAP_GAP_SHARE * height
        ]
        if not below:
            continue
        f = min(below, key=lambda f: f.top)
        gone.update((id(p), id(f)))
        sep = "" if p.text[-1] in "./-" or f.text[0] in "./-" else " "
        joined.append(Span(p.text + sep + f.text, p.x0, p.top, max(p.x1, f.x1), f.bottom, p.size, p.bold))
    if not joined:
        return spans
    return [s for s in spans if id(s) not in gone] + joined


# What an agenda table's header cell names: the field of the cells under it, by the one header
# vocabulary (agenda_columns.header_field). Tables whose header names a Purpose column beside the
# Presenter ("No. | Item | Purpose | Presenter | Paper | Time": ICB and NHS trust board front
# sheets) put the purpose as printed ("Approve", "Note") in a cell of its own, before or after the
# lead; tables whose header names the title column and two more fields ("Item | Time | Title |
# Presented by | Purpose | Pages": health and wellbeing boards; "No. | Subject | Lead officer |
# Pages": English councils) are read column by column, whatever their order.
MIN_TITLED_FIELDS = 2


@dataclass
class Column:
    kind: str
    x0: float
    x1: float = 0.0  # the header cell's right edge


def table_columns(head: list[Span]) -> list[Column]:
    """The named columns of an agenda table's header row, by left edge; none unless the header
    names a purpose and a lead column, or the title column and MIN_TITLED_FIELDS side fields (the
    other tables are read by cell content)."""
    chunks = _chunks(head)
    titled = names_title([ch.text for ch in chunks])
    cols = [Column(header_field(ch.text, titled) or "other", ch.x0, ch.x1) for ch in chunks]
    kinds = {c.kind for c in cols}
    side = kinds & {"lead", "purpose", "pages", "time"}
    if not ({"purpose", "lead"} <= kinds or ("title" in kinds and titled and len(side) >= MIN_TITLED_FIELDS)):
        return []
    return sorted(cols, key=lambda c: c.x0)


_PAGES_WORD = re.compile(r"^(?:pages?|pp?\.)\s*(?=\d)", re.I)
# Points a cell may start left of its header's left edge and still sit under it
COLUMN_SLACK = 6


def _column_of(cell: Cell, columns: list[Column]) -> str | None:
    home = None
    for col in columns:
        if cell.x0 >= col.x0 - COLUMN_SLACK:
            home = col
    if home is not None and min(cell.x1, home.x1) <= max(cell.x0, home.x0):
        # a cell set right under a later header and reaching back left of it ("Pages 5 - 18"
        # right-aligned under "Pages", starting under "Report author": English councils' tables)
        later = [c for c in columns if c.x0 > home.x0 and min(cell.x1, c.x1) > max(cell.x0, c.x0)]
        if later:
            home = later[0]
    return home.kind if home is not None else None


def _item_from_row(
    number: str, spans: list[Span], page: Page, columns: list[Column] | None = None
) -> AgendaItem | None:
    cells = _cells(_chunks(spans))
    if not cells:
        return None
    title = lead = purpose = pages = time = None
    text_cells: list[Cell] = []
    named_lead = named_purpose = None
    titled = any(c.kind == "title" for c in columns or [])
    title_x0 = min((c.x0 for c in columns or [] if c.kind == "title"), default=0.0)
    number_x1 = max((c.x1 for c in columns or [] if c.kind == "number"), default=title_x0)
    for cell in cells:
        t = cell.text
        if TIME_CELL.match(t) and time is None:
            time = printed_time(re.sub(r"(?<=[\d.:])\s+(?=[\d.:])", "", t))
            continue
        kind = _column_of(cell, columns or []) if (text_cells or titled) else None
        if kind == "number" and cell.x1 > title_x0:
            kind = "title"  # a line reaching from the left margin into the titles (a note under the last row)
        elif kind == "number" and titled and cell.x0 > number_x1 + COLUMN_SLACK:
            # a short title wholly left of a title header centred over its wide column ("Apologies"
            # under "Item | Subject | Presenter": Pacific and other boards' agenda tables centre
            # their headers): it starts right of the number header's cell, so it is no number
            kind = "title"
        if kind == "time" and time is None and HHMM_CELL.match(t):
            time = t.split()[0]
            continue
        if titled and kind in {"number", "time", "pages"}:
            # by column in a titled table: a second line of the number cell, a slot not printed
            # as a clock ("Close"), a page range or a dash ("–": none)
            t = _PAGES_WORD.sub("", t)  # "Pages 5 - 18"
            if kind == "pages" and PAGES_CELL.match(t) and pages is None:
                pages = normalise_pages(t)
            continue
        if titled and kind == "lead" and t.strip() in EMPTY_CELL:
            continue
        if kind == "purpose":
            # a dash in the Purpose column is an empty cell (ICB committee agenda tables)
            named_purpose = None if t.strip() in EMPTY_CELL else t
            continue
        if kind == "lead":
            named_lead = t
            continue
        in_doc = _PAGES_IN_DOC.search(t)
        if in_doc and (kind == "doc" or (kind is None and text_cells and cell.x0 > page.width * 0.6)):
            # "A (pp. 3–9)", "Enc. 4 (pages 12-20)": the paper's pages in brackets after its letter,
            # in a Paper column or the last cell at the right (LEP, combined authority and NHS
            # board agenda tables)
            pages = pages or normalise_pages(in_doc.group(1))
            continue
        if kind == "doc":
            if ref := _PAGES_IN_COLUMN.search(t):
                # the paper's code and its pages stacked in one cell, "2025-09-4.1" over "pp. 5–11"
                # (a "Paper / Page" column: Canadian pension commissions' agenda tables)
                pages = pages or normalise_pages(ref.group(1))
            continue
        if PAGES_CELL.match(t) and text_cells and cell.x0 > page.width * 0.6:
            if t not in {"-", "–"} or pages is None:
                pages = normalise_pages(t) or pages
            continue
        if (DOC_CELL.match(t) or (text_cells and PAPER_REF_CELL.match(t))) and not (
            titled and kind == "title"
        ):
            continue  # a paper's note ("Presentation"), unless it is the title column's own word
        text_cells.append(cell)
    if not text_cells:
        return None
    if not number and (not named_lead or named_lead.strip() in EMPTY_CELL):
        return None  # a timed row with no number and no lead: a break (see _timed_markers)
    title_cell, coded_lead = _coded_title(text_cells[0])
    title_cell, purpose_line = _purpose_lines(title_cell) if named_purpose is None else (title_cell, None)
    # "Reports from governor groups:" over its sub-items' rows (see _parted_sub_numbers): the colon
    # leads into them, it is not part of the title
    title = _title_from(title_cell).rstrip(":").rstrip()
    if len(text_cells) > 1:
        lead, purpose = split_lead(text_cells[1].text)
    if purpose is None and not any(c.kind == "purpose" for c in columns or []):
        # (under a column of its own, a purpose is that column's: "Matters for Approval", a group
        # row with empty side cells, names no purpose of its own)
        _, purpose = split_lead(title)
    lead = named_lead or lead or coded_lead
    purpose = named_purpose or purpose or purpose_line
    num = number.rstrip("*").rstrip(".")
    if num in {"", "-", "–", "•"}:
        num = None
    bbox = (
        min(s.x0 for s in spans),
        min(s.top for s in spans),
        max(s.x1 for s in spans),
        max(s.bottom for s in spans),
    )
    return AgendaItem(
        number=num,
        title=title,
        lead=lead,
        purpose=purpose,
        pages=pages,
        time=time,
        page=page.number,
        bbox=bbox,
    )


# The header cell over an agenda table's number column: "No.", "Item", "Ref"; "Minute",
# "Min. No." (FE college corporations and English councils number agenda rows by the minute
# each item will become, "CB/25/31")
_NUMBER_HEADER = re.compile(
    r"^(?:no\.?|item(?:\s+no\.?)?|ref\.?|number|min(?:ute)?s?\.?(?:\s+(?:no\.?|ref\.?))?)$", re.I
)


def _numbers_first(head: list[Span]) -> bool:
    """Whether the header's leftmost cell is the number column's ("No. | Item | Purpose ..."),
    as in the tables read from joined glyph spans, or a time column of its own before the
    number column ("Time | Item | Topic | Presenter": Canadian hospital and NHS board agendas
    set the slot's clock left of the item number, each in its cell); a table led by its timings
    ("Timing | Item | Lead") with times and numbers in one column is left to the text reading."""
    chunks = sorted(_chunks(head), key=lambda c: c.x0)
    if not chunks:
        return False
    if _NUMBER_HEADER.match(chunks[0].text):
        return True
    titled = names_title([c.text for c in chunks])
    return (
        len(chunks) > 2
        and header_field(chunks[0].text, titled) == "time"
        and header_field(chunks[1].text, titled) == "number"
    )


def _leading_int(number: str | None) -> int:
    keyed = _keyed_number(number or "")
    if keyed:
        return int(keyed.group("seq"))  # "BoD 25/085" goes on from "BoD 25/084", "Item 4" from "Item 3"
    m = re.match(r"\d+", number or "")
    return int(m.group()) if m else 0


# The heading of the last meeting's minutes, which follow the agenda in a pack: "Minutes of ...",
# "MINUTES", "Meeting notes", and "Minute of the Meeting of NHS Glenbrae Board" (Scottish bodies
# write "minute" in the singular); the capitals before it may carry a dash: "BOARD OF COMMISSIONERS –
# REGULAR MEETING MINUTES" (US ports', districts' and commissions' packets, the last minutes after
# the agenda, the body's name and the meeting's kind a dash apart)
MINUTES_START = re.compile(
    r"^\s*(?-i:[A-Z ]+(?:[–—-] [A-Z ]+)?)?(?:minutes?(?: of\b|\s*$)|meeting notes\b)", re.I
)
# Lines at the top of a page read for the minutes' heading
MINUTES_HEAD_LINES = 8


def _minutes_open(page: Page) -> bool:
    """Whether the page opens the minutes of a meeting (within its first MINUTES_HEAD_LINES
    non-blank lines): an agenda table does not run on into them."""
    head = [ln for ln in page.lines if ln.strip()][:MINUTES_HEAD_LINES]
    return any(MINUTES_START.match(unspace(ln)) for ln in head)


# A continued agenda table's first row may skip this many numbers (an item withdrawn)
MAX_ROW_SKIP = 2


def _goes_on(first: str, last: str | None) -> bool:
    """Whether a page's first row carries on the numbering of the last item read: "5.3" or "6"
    after "5.2", not "3" after "10" (another table) nor "27.02.25" after "10" (an action log's
    dates on the first paper's page, in NHS committee packs)."""
    return 0 <= _leading_int(first) - _leading_int(last) <= MAX_ROW_SKIP


# A header row set letter-spaced ("T i m e  N o .  S u b j e c t  P r e s e n t e r": CSS
# letter-spacing on a table's header, each glyph a run of its own in the text layer) over rows in
# plain runs: school boards' and hospital boards' agenda tables. Closed up, the line names at
# least this many of the header words below (the page is then read from joined runs)
_SPACED_RUN = re.compile(r"(?:\b\w {1,3}){5}")
_SPACED_HEADER_WORDS = (
    "time",
    "item",
    "subject",
    "topic",
    "presenter",
    "lead",
    "purpose",
    "attachment",
    "paper",
)
MIN_SPACED_HEADER_WORDS = 3


def _spaced_header(page: Page) -> bool:
    """Whether a line of the page's text is an agenda table's header set letter-spaced."""
    for ln in page.lines:
        if " " in ln and _SPACED_RUN.search(ln):
            low = ln.replace(" ", "").lower()
            if sum(1 for w in _SPACED_HEADER_WORDS if w in low) >= MIN_SPACED_HEADER_WORDS:
                return True
    return False


def table_agenda(doc: Document, max_pages: int = 4, minutes: bool = False) -> list[AgendaItem]:
    """The items of an agenda table (a header row, then rows numbered at the left margin).
    `minutes`: the document is minutes opening with their agenda's table; the table ends where
    the numbering starts again (the minutes' headings)."""
    items: list[AgendaItem] = []
    in_table = False
    joined = False  # the table was found among glyph spans joined into words
    columns: list[Column] = []
    for page in doc.pages[:max_pages]:
        if page.spans is None:
            break
        spans = clean_spans(page)
        head = _header_top(spans)
        if head is None and (glyph_spans(spans) or _spaced_header(page)) and (not in_table or joined):
            head = _header_top(joined_spans(spans))
            if head is not None and not _numbers_first(head[1]):
                head = None
            joined = head is not None or joined
        elif head is not None:
            # a header in words over rows some of whose lines are glyph runs ("8.1 Minute of the
            # Private Session ..." under a reserved-business note: NHS Scotland board agendas
            # printed with mixed fonts): the rows are read from joined spans
            joined = glyph_spans(spans)
        if head is None and not in_table:
            continue
        if head is None and _minutes_open(page):
            break  # the pack's next paper, the last minutes (NHS Scotland board packs), not more rows
        start = None
        if head is not None:
            start = max(s.bottom for s in head[1]) - 1
            columns = table_columns(head[1])  # a continued table keeps the last header's columns
        numbers_x = next((c.x0 for c in columns if c.kind == "number"), None)
        time_x = next((c.x0 for c in columns if c.kind == "time"), None)
        rows = _table_rows(
            page,
            start,
            joined,
            restart_ends=minutes,
            time_x=time_x if time_x is not None and numbers_x is not None and time_x < numbers_x else None,
            last_roman=max(
                (roman_value(it.number) for it in items if ROMAN_ROW.match(it.number or "")), default=0
            ),
        )
        if head is None and rows and items and not _goes_on(rows[0][0], items[-1].number):
            break  # numbering that does not go on: another table (an action log's dates), not more items
        if not rows:
            if in_table:
                break
            continue
        in_table = True
        for number, members in rows:
            it = _item_from_row(number, members, page, columns)
            if it:
                items.extend(_embedded_subitems(it))
    return items


def _sub_mark(number: str) -> re.Pattern[str]:
    """A sub-item's number printed inside its parent's title cell: "10.1" under "10". (Letters in
    a cell, "Committee highlight reports: a) Audit b) Quality", are points of one item: ICB board
    agendas list the reports an item takes so.)"""
    return re.compile(rf"(?:^|\s)({re.escape(number)}\.(\d{{1,2}}))\s+(?=\S)")


def _embedded_subitems(item: AgendaItem) -> list[AgendaItem]:
    """An agenda table row whose title cell lists its sub-items: "Reports from governor groups:
    10.1 Membership and Engagement Group 10.2 Patient and Carer ..." (NHS foundation trusts'
    council of governors agendas; "5 Reports: 5.1 Audit 5.2 Quality" in other boards' tables).
    The sub-items are numbered .1, .2, ... in order; the row keeps its lead, purpose and time,
    the sub-items print none of their own."""
    if not item.number:
        return [item]
    marks = list(_sub_mark(item.number).finditer(item.title))
    if len(marks) < 2 or [int(m.group(2)) for m in marks] != list(range(1, len(marks) + 1)):
        return [item]
    head = item.title[: marks[0].start()].strip().rstrip(":").strip()
    if not head:
        return [item]
    out = [dataclasses.replace(item, title=head)]
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(item.title)
        out.append(
            AgendaItem(m.group(1), item.title[m.end() : end].strip(), None, None, None, None, item.page)
        )
    return out


def printed_time(text: str) -> str | None:
    """The first clock time in `text` as the agenda prints it ("5:30 p.m.", "2.00pm", "9.30am",
    "14:05"), once dates.find_time has found it a valid time: an agenda item's time is kept as
    written (SCHEMA.md; US boards print 12-hour times with "p.m.", English councils "2.00pm", Ontario
    and college boards "4.30" without a marker, none of which is turned into a 24-hour clock)."""
    if find_time(text) is None:
        return None
    m = _TIME_RE.search(text)
    return m.group(0).strip() if m else None


# ---- numbered list in the text -------------------------------------------------

LIST_ITEM = re.compile(
    rf"^\s*(?:\uf0b7\s*)?(?:(?:item|subject)\s+(?:no\.?\s*)?)?(\d{{1,2}}\s?\)\s+|\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}(?:\.\s*(?=[A-Z])|\.?\s+)|\([ivx]{{1,4}}\)\s+)"
    rf"(?!{MONTHS}\b|[ap]\.?m\b)(\S.*)$",
    re.I,
)
# "10.1.1": an item three levels down (Australian local government agendas number officers'
# reports under their directorate, "10.1 CHIEF EXECUTIVE OFFICER" / "10.1.1 ..."); read only
# under its second level (a date "27.02.25" opening a line is not one)
THIRD_LEVEL = re.compile(r"^(\d{1,2})\.\d{1,2}\.\d{1,2}$")


def _under_second_level(num: str, prev: str | None) -> bool:
    """Whether "10.1.2" follows its own second level: "10.1" or "10.1.1" read just before (an
    action's reference "05.18.07" under item 5 of a parish agenda is not a third level)."""
    head = num.rsplit(".", 1)[0]
    return prev is not None and (prev == head or prev.startswith(head + "."))


# A contents page's page number: a bare figure in a cell of its own at the right margin after the
# title (dot leaders between, or none), as the tables of contents of Australian and English
# councils' agendas print it. Right of this share of the page's width (a page number sits at the
# margin; the contents page of the written set's shire agenda puts it at 0.91).
# ... or the page range of the item's papers, under a lone "Pages" header at the right ("4 - 15":
# Canadian regional districts' agendas, English councils' contents lists)
CONTENTS_PAGE = re.compile(r"^\.*\s*(\d{1,3}(?:\s*[-–]\s*\d{1,3})?)$")
CONTENTS_PAGE_SHARE = 0.8


def _contents_page(ln: Line, page_width: float) -> str | None:
    """The page number printed at the right margin of an item's line on a contents page."""
    if not ln.has_box or not ln.spans:
        return None
    cells = ln.cells()
    if len(cells) < 2 or cells[-1].x0 < CONTENTS_PAGE_SHARE * page_width:
        return None
    m = CONTENTS_PAGE.match(cells[-1].text.strip())
    return m.group(1) if m else None


# A section of a US board agenda: "II. OPEN SESSION" (arabic numbering restarts in each)
ROMAN_ITEM = re.compile(r"^\s*([IVX]{1,4})(?:\.\s+|\s+(?=[A-Z]{2}))(\S.*)$")
# A lettered sub-item: "a. Playground Advisory Group", "(a) Regular Board Meeting Minutes", "b) ..."
# "16:00–16:05", "11.00 – 11.05": a numbered time slot whose title follows on the next line
# (or on the same line: "1) 11.00 - 11.10 Minutes and action points"; text layers of some
# Word exports put spaces inside the figures: "11 .00 - 11 . 10", "1 2.00").
TIME_RANGE = re.compile(r"^(?:\d\s?)?\d\s?[.:]\s?\d\s?\d\s*[–-]\s*(?:\d\s?)?\d\s?[.:]\s?\d\s?\d\b")
# An item's printed pages at the end of its title's line, in a right-hand column: "3. Minutes of
# the meeting held on 19 September 2025   Pages 5 - 12" (English county councils' front sheets),
# "4. Budget monitoring (Pages 13 - 24)", "5. Audit plan   pp. 25-32"
# ... "Pg. 27", "Pgs. 3-9" (US agendas refer to the packet's pages so)
_TRAILING_PAGES = re.compile(r"\s+\(?(?:pages?|pp\.?|pgs?\.?)\s+(\d+\s*[-–]\s*\d+|\d+)\)?\s*$", re.I)
# An item's printed pages on a line of their own: "(Pages 7 - 56)"
# ... or bare, a range: "Pages 23 - 41" (English national park and fire authorities' agendas); a
# bare "Page 2" is the page's own number
PAGES_LINE = re.compile(r"^\s*(?:\(\s*pages?\s+(\d[\d\s\-–]*)\)|pages?\s+(\d+\s*[-–]\s*\d+))\s*$", re.I)
ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _next_capital(mark: str) -> str:
    return chr(ord(mark) + 1) if mark else "A"


def _next_roman(mark: str) -> str | None:
    return ROMANS[ROMANS.index(mark) + 1] if mark in ROMANS[:-1] else None


# A roman point under a lettered sub-item: "ii. Budget", "iii) ..."
ROMAN_SUB = re.compile(r"^\s*([ivx]{2,4})[.)]\s+(\S.*)$")
LETTER_ITEM = re.compile(r"^\s*(?:\(([a-z])\)|([a-z])[.)])\s+(\S.*)$")
# A lettered sub-item whose stop the text layer lost: "d To consider the renewal ..." (parish
# council agendas printed from Word with a damaged font); read only in sequence at the letters' margin
BARE_LETTER = re.compile(r"^\s*([b-h])\s+(?=[A-Z])")
# A capital-lettered item under a roman section or a numbered item: "VI. CONSENT CALENDAR" /
# "A. Approval of Minutes" (US council and board agendas); read only in sequence from "A".
CAP_ITEM = re.compile(r"^\s*([A-Z])[.)]\s+(\S.*)$")
# An item numbered by its lettered section and a sequence: "D. CONSENT CALENDAR" / "D-1. Approval
# of Minutes", "E-2 Conditional Use Permit" (US city and county planning commissions' and councils'
# agendas number the matters of each lettered section so); read only under the section of that letter
# ("A.1 Call to Order" under "A. OPENING": US school boards' agendas join the letter and the
# sequence with a stop; the number keeps the separator printed)
_LETTER_SEQUENCE = re.compile(r"^[A-Z][-.]\d")
HYPHEN_ITEM = re.compile(r"^\s*([A-Z])(\s?[-–]\s?|\.)(\d{1,2})\.?\s+(\S.*)$")
STOP = re.compile(
    r"^\s*(?:[A-Z][A-Z ]{6,}$|\(during|\(at the time|(?i:date of (?:the )?next\b|this page is intentionally|page \d+$)"
    r"|(?i:signed)\b|_{5,}|\.{8,})",
)
# A Legistar file number on a line of its own ("23-0021"), printed in a column beside the title
_FILE_NUMBER_ONLY = re.compile(r"^\s*\d{2}-\d{4}\s*$")
# A Legistar file number (and the "REPORT" link label) before an item's title: "a) 23-0015
# RECOGNIZING ...", "b) REPORT" / "23-0021" / "CITY COUNCIL MEETING MINUTES" (US council agendas
# published from Legistar; the number and label are not part of the title)
_FILE_PREFIX = re.compile(r"^(?:REPORT\s+)?\d{2}-\d{4}\s+(?=\S)")
_LINK_LABEL_ONLY = re.compile(r"^\s*REPORT\s*$")
# A continuation line that is not part of the title: a bullet, a field label ("Recommendation(s):")
_NOT_TITLE = re.compile(r"^\s*(?:[\uf020-\uf0ff•●▪]|[-–]\s|[A-Z][\w/ ()]{2,30}:\s)")
# The heading of a sitting or of a second agenda in one document, after which numbering
# starts again at 1: "5:30 P.M.-STUDY SESSION, PART II", "IMMEDIATELY FOLLOWING THE SPECIAL
# SESSION - CLOSED SESSION" (US council agendas with several sessions), "Annual Meeting of
# the Parish Council" + "AGENDA" (an English parish council's ordinary and annual meetings
# printed in one file).
# ... and a part of the agenda: "PART B – ITEMS NOT OPEN TO THE PUBLIC" (English councils' front
# sheets), "Part 2 – Exempt items", "PART II: CONFIDENTIAL BUSINESS"
SECTION_WORDS = re.compile(
    r"\b(?:session|agenda|meeting)\b|\d[.:]\d\d\s*[ap]\.?\s?m\b|^\s*part\s+(?:[A-Z]|[IVX]{1,4}|\d)\s*(?:[-–—:]|$)",
    re.I,
)
# Sub-item numbers whose figures the text layer split with spaces ("8 .1", "1. 0 1", "2.0 7",
# "24 .01"): US school-board agendas typeset with scaled fonts.
_SPLIT_NUMBER = (
    (re.compile(r"^(\d{1,2}) \.(\d)"), r"\1.\2"),
    (re.compile(r"^(\d{1,2})\. ?0 ?(\d)\b"), r"\1.0\2"),
    (re.compile(r"^(\d{1,2}\.0) (\d)\b"), r"\1\2"),
    (re.compile(r"^([IVX]) ([IVX]{1,3})\."), r"\1\2."),  # "I II. ACTION ITEMS"
    (re.compile(r"^(\d{1,2}) \.\s"), r"\1. "),  # "1 . CALL TO ORDER"
    # "ITEM 1: *3903 HAINES STREET" (US planning-commission dockets number their hearings so),
    # "Agenda Item 3: Minutes of the last meeting"
    (re.compile(r"^\s*(?:agenda\s+)?item\s+(\d{1,2}(?:\.\d{1,2})?)\s*:\s+", re.I), r"\1. "),
    (re.compile(r"^\s*agenda\s+item\s+(\d{1,2})\b\.?\s*", re.I), r"\1. "),
)
# The end of an agenda: "Date of next Panel meeting:", "Signed", "This page is intentionally
# left blank" (what follows is the notice's footer or the papers); the accessibility notice
# US agendas print after the items ("In compliance with the Americans With Disabilities Act,
# if you need special assistance ...", "Pursuant to the Americans with Disabilities Act, ..."
# in city, school-board and college agendas of dev/us-public-bodies), followed by numbered
# joining instructions.
# The running header of a paper attached to an agenda item: "Item 9.1 – Attachment", "Agenda Item
# 7.B – Attachment 1", "Attachment 2 to Item 5" (US college and special district boards, councils and
# NHS boards print their papers after the agenda so)
_ATTACHMENT_HEAD = re.compile(
    r"^\s*(?:(?:agenda\s+)?item\s+[\w.]+\s*[-–—:]\s*(?:attachments?|appendix|annex|enclosure|exhibit)\b"
    r"|(?:attachment|appendix|annex|enclosure|exhibit)\s+[\w.]{0,4}\s*(?:to|for)\s+(?:agenda\s+)?item\s+[\w.]+\s*$)",
    re.I,
)
AGENDA_END = re.compile(
    r"^\s*(?:date of (?:the )?next\b|signed\b|this page is intentionally"
    r"|(?:in compliance with|pursuant to) the americans with disabilities act"
    # a row of dots alone on its line, where the clerk signs below the list: the notice's close
    # ("Counting on your usual co-operation." / "......" / the secretary's name and office:
    # Ghanaian assemblies' and parish councils' notices of meeting), not a contents leader
    r"|\.{8,}\s*$"
    # a letter's close under the list: "Yours faithfully," over the secretary's name and office
    # (notices of meeting in letter form: Southern African pension funds' and boards' notices, Indian
    # and UK councils' summonses), whose office line is no unnumbered item
    r"|yours\s+(?:faithfully|sincerely|truly)\b[,.]?\s*$)",
    re.I,
)
# A plain number indented this many points beyond the agenda's items is a numbered point
# inside an item's text ("1. Begin an environmental analysis ..." under a recommendation),
# not an item. Sub-items sit 15-30 pt in (dev/us-public-bodies), such points 100 pt or more.
CONTENT_INDENT = 45.0
# An unnumbered line within this many points of an item margin may be an unnumbered item.
MARGIN_TOLERANCE = 4.0
# An unnumbered item stands apart from the line above by at least this share of its height
# (wrapped lines of one paragraph sit 0.2-0.4 apart in the agendas of dev/us-public-bodies and
# parish-souldern, items 0.8 or more).
PARAGRAPH_GAP = 0.6
# An unnumbered item's first line holds at most this many words (the closed-session matters of
# dev/us-public-bodies run to 11; a notice's sentence in bold runs longer)
UNNUMBERED_MAX_WORDS = 12
# A bold heading of at most this many words at an item margin is an unnumbered item even when
# it names a session ("Closed Session" heading item 2 of a US school board's agenda)
SHORT_HEADING_WORDS = 3
# Wrapped title lines: at most this many below the item line.
MAX_TITLE_LINES = 4


# A front agenda starts on its first pages (US agendas open with a page or two of notices)
# and may run over several; a numbered list starting later is in a paper.
MAX_START_PAGE = 3


# How far ahead (in lines) a lettered list's "B." is looked for after its "A." (an item's
# description runs to 5-10 lines in the US agendas of dev/us-public-bodies).
LETTER_LOOKAHEAD = 20


def _lettered_list_ahead(lines: list[Line], k: int) -> bool:
    """Whether the "A." at lines[k] starts a lettered list: a "B." follows within a few
    lines at the same margin (where lines have boxes). A report's lone "A. Introduction"
    or a recommendation's "A. RECEIVE AND FILE" without a "B." at its margin is not one."""
    head = lines[k]
    for ln in lines[k + 1 : k + 1 + LETTER_LOOKAHEAD]:
        m = CAP_ITEM.match(_close_number(ln.text))
        if m and m.group(1) == "B":
            return not (head.has_box and ln.has_box) or abs(ln.x0 - head.x0) <= MARGIN_TOLERANCE
    return False


def _small_letter_list_ahead(lines: list[Line], k: int) -> bool:
    """Whether the "a)" at lines[k] starts a lettered list: a "b)" follows within a few lines at
    the same margin (where lines have boxes)."""
    head = lines[k]
    for ln in lines[k + 1 : k + 1 + LETTER_LOOKAHEAD]:
        m = LETTER_ITEM.match(ln.text)
        if m and (m.group(1) or m.group(2)) == "b":
            return not (head.has_box and ln.has_box) or abs(ln.x0 - head.x0) <= MARGIN_TOLERANCE
    return False


# A numbered paragraph of at least this many words with a sentence ending inside it, or a
# label and a sentence after it ("Management Reports: Reports from management and other
# documents are presented to the Board"), is prose (a rule), not an item's title; a page is
# prose when most of at least MIN_RULES_ITEMS numbered lines on it are so (the "order of
# business" pages of the US agendas of dev/us-public-bodies).
PROSE_WORDS = 12
MIN_RULES_ITEMS = 3
_SENTENCE_END = re.compile(r"[a-z]{2}[.;]\s+[A-Z]")
_LABEL_SENTENCE = re.compile(r"^[^:]{3,60}:\s+(?:\S+\s+){8}")


# Contact details in a numbered entry: a web or e-mail address, a telephone number ("2. ZOOM -
# https://...", "3. PHONE - Toll Free: (833) 548-0276", "4. EMAIL - ... cityclerk@..."): the
# numbered ways to attend or comment of a US agenda. A bare domain is not one ("data.gov.uk
# update" is an item of a UK transparency board's agenda).
_CONTACT_DETAIL = re.compile(
    r"@|\bwww\.|https?://|\(?\b\d{3}\)?[\s.-]\d{3}[-.]\d{4}\b|\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b"
    r"|\b\d{3,4}\s\d{3,4}\s\d{3,4}\b",
    re.I,
)
# The business of a meeting, in the words agendas open and close with (US and UK): a list
# holding one of them is an agenda whatever else its entries carry.
_BUSINESS = re.compile(
    r"\b(?:call to order|roll call|minutes|apologies|adjourn|declarations? of interest|public comment"
    r"|consent (?:calendar|agenda)|any other business|date of (?:the )?next)",
    re.I,
)
# The business words are looked for in an entry's first words only ("6. LIVE STREAM - www... and
# visit the Agendas/Minutes/Videos page" is not the minutes)
BUSINESS_HEAD_WORDS = 5
# An entry list is read this many lines ahead of its "1." (entries wrap over 2-3 lines).
INSTRUCTION_LOOKAHEAD = 30


# A sentence introducing numbered points ends with a colon and has at least this many words
# ("Recommendation: Staff recommends City Council:"); "AGENDA:" or "Business items:" do not.
LEAD_IN_WORDS = 4


def _lead_in(line: Line) -> bool:
    """A sentence of an item's text ending with a colon, introducing numbered points (the
    recommendations of a US council agenda: "Staff recommends City Council:" / "1. Award a
    contract ..." / "2. Authorize the Mayor ...")."""
    words = line.text.split()
    return (
        line.text.rstrip().endswith(":")
        and len(words) >= LEAD_IN_WORDS
        and any(w[:1].islower() for w in words)
    )


def _names_business(item: AgendaItem) -> bool:
    """Whether an item's first words name a meeting's business ("Apologies for Absence",
    "Minutes of the last meeting", "Call to Order")."""
    return bool(_BUSINESS.search(" ".join(item.title.split()[:BUSINESS_HEAD_WORDS])))


def _numbered_run(lines: list[Line], k: int) -> list[int]:
    """The indexes of the lines numbered 1, 2, 3 ... from lines[k] on (other lines between)."""
    run, want = [], 1
    for j in range(k, min(len(lines), k + INSTRUCTION_LOOKAHEAD)):
        m = LIST_ITEM.match(lines[j].text)
        if not m:
            continue
        num = m.group(1).strip().rstrip(".)").strip()
        if num != str(want):
            break
        run.append(j)
        want += 1
    return run


def _instruction_run(lines: list[Line], k: int) -> list[int]:
    """The lines of a numbered list starting at lines[k] ("1. IN PERSON - Council Chambers",
    "2. ZOOM - https://...", "3. PHONE - ...") when it is instructions rather than business:
    at least half its entries carry contact details and none names a meeting's business.
    Such lists (ways to attend, watch or comment) come before and among the items of US
    council and commission agendas, numbered from 1 like the agenda itself; [] otherwise."""
    run = _numbered_run(lines, k)
    if len(run) < 2:
        return []
    texts = [lines[j].text + " " + (lines[j + 1].text if j + 1 < len(lines) else "") for j in run]
    if any(_BUSINESS.search(" ".join(lines[j].text.split()[:BUSINESS_HEAD_WORDS])) for j in run):
        return []
    return run if 2 * sum(bool(_CONTACT_DETAIL.search(t)) for t in texts) >= len(run) else []


def _is_prose(item: AgendaItem) -> bool:
    title = item.title
    return len(title.split()) >= PROSE_WORDS and bool(
        _SENTENCE_END.search(title) or _LABEL_SENTENCE.match(title)
    )


# An item numbered by the meeting's date and a sequence: "11/09/22-1. Regular Meeting – ..."
# A top-level item number printed with a ".0": "1.0", "10.0"
_POINT_ZERO = re.compile(r"^\d{1,2}\.0$")
DATED_NUMBER = re.compile(r"^\s*(\d{1,2}/\d{1,2}/\d{2}-\d{1,2})\.?\s+(\S.*)$")
# An item number with a letter: "3a. Consideration of ...", "4b) ..."
LETTERED_NUMBER = re.compile(r"^\s*(\d{1,2})([a-z])[.)]\s+(\S.*)$")
# ... or with a stop between: "5.A Approval of Minutes", "6.B Youth Sports Field ..." (US city
# commissions' and councils' agendas letter the matters under a numbered section so: "5. CONSENT
# CALENDAR" / "5.A ..."); not "5. A review of ...", whose letter is a word
DOTTED_LETTER = re.compile(r"^\s*(\d{1,2})\.([A-Za-z])\.?\s+(?=\S)(?!\w\b)(\S.*)$")
# An item numbered by a capital letter and a figure, "C1 Confirmation of Public Excluded Minutes",
# "C2 Sale of Council Property" (New Zealand and Australian councils number the public-excluded or
# confidential items under the resolution to exclude the public so; English authorities' "E1"
# exempt items): read only from "1" and then in sequence under one letter, after the list started
PREFIXED_ITEM = re.compile(r"^\s*([A-Z]{1,2})(\d{1,2})\.?\s+(?=[A-Z])(\S.*)$")
# An item number run into its title by OCR ("7Planning"), read only as the next number
GLUED_NUMBER = re.compile(r"^\s*(\d{1,2})[A-Z][a-z]")


def _letter_number(parent: str, mark: str, bracketed: bool) -> str:
    """A lettered sub-item's number under its parent, as printed: "5(a)" for "(a)" under "5."
    (Southern African, Caribbean and Irish notices and agendas bracket the letters), "5a" for
    "a." or "a)"; "E-1.a" for a letter under a hyphenated number (a letter glued to it would read
    as part of it)."""
    if _LETTER_SEQUENCE.match(parent):
        return f"{parent}.{mark}"
    if bracketed and parent[-1:].isdigit():
        return f"{parent}({mark})"
    return f"{parent}{mark}"


def _close_number(text: str) -> str:
    for pat, rep in _SPLIT_NUMBER:
        text = pat.sub(rep, text, count=1)
    return text


def _wraps(prev: str, line: str, longest: int) -> bool:
    """Whether `line` carries on the title in `prev` (a wrapped line) rather than starting
    something else: the title was cut near the right margin, or ends or starts mid-phrase. A
    page range at the right margin ("Minutes   (Pages 5 - 8)": English councils' summonses) does
    not make a short title long."""
    prev = _TRAILING_PAGES.sub("", prev.rstrip()).rstrip()
    if prev.endswith(":") or _NOT_TITLE.match(line):
        return False
    if (
        line[:1].islower()
        or line.lstrip().startswith("(")
        or re.search(r"(?:[-–,(&]|\b(?:and|of|for|to|the|in|on))$", prev)
    ):
        return True
    return len(prev) >= 0.7 * longest


def _caps_wrap(current: dict, ln: Line, line: str) -> bool:
    """A title in capitals goes on in capitals on the next line, in the item line's weight where
    lines have boxes (the layout vetoes a gap in _same_block) (US council agendas print item titles in capitals and their descriptions, presenters and
    recommendations in mixed case: "a) RECOGNIZING JUNIOR LIFEGUARDS JACKSON LOWREY" / "AND
    JAMESON LOWREY FOR THEIR LIFESAVING EFFORTS")."""
    if not (
        (not ln.has_box or ln.bold == current["head"].bold)
        and not ln.numbered
        and current["lines"]
        and current["lines"][-1].isupper()
        and line.isupper()
        and not _FILE_NUMBER_ONLY.match(line)
    ):
        return False
    prev = current["lines"][-1].rstrip()
    # a short complete title ("XVI. ADJOURNMENT") is not carried on by the next heading
    # ("FUTURE MEETINGS AND CITY HOLIDAYS") unless one of the two lines breaks mid-phrase
    return (
        len(prev) >= CAPS_WRAP_MIN_CHARS
        or bool(_MID_PHRASE.search(prev))
        or bool(re.match(r"^(?i:and|or|of|for|to|the|by|with|in|on|at)\b", line.strip()))
    )


# A capitals title line at least this long may wrap without a mid-phrase break: wrapped title
# lines of the US council agendas of dev/us-public-bodies run 34-46 characters, complete
# one-line section titles ("ADJOURNMENT", "ROLL CALL") fewer than 30
CAPS_WRAP_MIN_CHARS = 30


def _plain_after_dash(line: Line) -> bool:
    """Whether the line is bold up to a dash and plain after it: a bold title with its presenter
    in plain ("5.0 Integrated Care Strategy refresh – Dr Rebecca Anand-Moss, Director of",
    "3.0 ... matters arising and action log –": NHS ICP and ICB agendas). Its wrapped line
    carries on the presenter, in plain, though the item line is mostly bold. A run-in heading
    with prose after it ("Adoption of the Calendar. Dr. Okafor presented ...") is no such line."""
    plain: list[str] = []
    bold_before = ""
    for span in reversed(line.spans):
        if span.bold:
            bold_before = span.text.strip()
            break
        plain.append(span.text)
    run = "".join(reversed(plain)).strip()
    return bool(run and bold_before) and (run[:1] in "–—-" or bold_before[-1:] in "–—-")


def _same_block(head: Line, prev: Line, line: Line) -> bool:
    """Layout vetoes on a wrapped title line (both lines with boxes): it keeps the item
    line's weight, does not start left of the item's number, and follows without a
    paragraph gap. A bold item heading over plain description lines ("3. RECOGNITION –
    CLASSIFIED EMPLOYEE OF THE MONTH" / "Janice Waits, Staff Secretary") stops there."""
    if not (head.has_box and line.has_box and prev.has_box) or line.page != prev.page:
        return True
    if head.bold != line.bold and not (head.bold and not line.bold and _plain_after_dash(prev)):
        return False
    if line.x0 < head.x0 - MARGIN_TOLERANCE:
        return False
    height = max(min(prev.height, line.height), 1.0)
    return line.top - prev.bottom <= 1.2 * height


_LETTER_TOKEN = re.compile(r"\(?(?:[A-Za-z]|[IVXLC]{1,6}|[ivxlc]{1,6})[.)]")


def _title_x(head: Line) -> float:
    """Where the title starts on an item's line: the first run after the runs of its leading
    number and slot time ("10.15 7.1. Integrated ...": a text layer of a run a glyph spells
    them in many runs)."""
    lead = 0  # characters of the leading number and time tokens
    lettered = False  # a letter or roman numeral read ("A.", "iv)"), once
    for token in head.text.split():
        if re.fullmatch(r"[\d.:()]+[a-z]?[.)]?", token):
            lead += len(token)
        elif not lettered and _LETTER_TOKEN.fullmatch(token):
            # "A. Chapter 4 Rules ..." of a US agenda's lettered sub-items: the title starts after
            # the letter, also where the text layer spells the letter and its stop in two runs
            lettered = True
            lead += len(token)
        else:
            break
    read = 0
    for k, s in enumerate(head.spans):
        if k and read >= lead:
            return s.x0
        read += len(s.text.replace(" ", ""))
    return head.spans[1].x0 if len(head.spans) > 1 else head.x0


def _layout_wraps(head: Line, prev: Line, line: Line) -> bool:
    """A wrapped title line by layout alone: the item line's weight and size, aligned under the
    title's first word (or the number), right below the line before, which ends mid-sentence.
    ("8 Scrutiny Review of Access to GPs and Primary" / "Medical Care" on a council front sheet,
    where the title is cut well before the right margin.)"""
    if not (head.has_box and line.has_box and prev.has_box) or line.page != prev.page:
        return False
    if head.bold != line.bold or abs(head.size - line.size) > 0.5 or prev.text.endswith((".", ":", ";")):
        return False
    if _NOT_TITLE.match(line.text):
        return False  # "Applications received : 18/00030/F ...": a field under the title
    if _DETAIL_PURPOSE.match(line.text.strip()) and not _MID_PHRASE.search(prev.text.rstrip()):
        # "Minutes" / "To confirm as a correct record ...": the item's purpose in the title's
        # weight under a short title (English councils' summonses), not the title going on
        return False
    title_x = _title_x(head)
    if not head.x0 - MARGIN_TOLERANCE <= line.x0 <= title_x + MARGIN_TOLERANCE:
        return False
    return line.top - prev.bottom <= 0.6 * max(min(prev.height, line.height), 1.0)


def _unnumbered_item(
    line: Line, prev: Line | None, text: str, margins: list[float], item_style: set[bool], height: float
) -> bool:
    """An item printed without a number at an item margin: "Other Matters" (a parish agenda's
    closing heading in the items' bold), "Closed Session", "CONFERENCE WITH LABOR NEGOTIATORS –
    Closed Session Pursuant to ..." (the matters of a US board's closed session, in capitals)."""
    if not line.has_box or not margins or text.endswith(":") or STOP.match(text):
        return False
    if not any(abs(line.x0 - m) <= MARGIN_TOLERANCE for m in margins):
        return False
    if not BAND_SHARE * height < line.top < (1 - BAND_SHARE) * height and any(map(str.isdigit, text)):
        return False  # a running header or footer the layout kept ("City of Sunnyvale Page 1 Printed on ...")
    if prev is not None and prev.has_box and line.top - prev.bottom < PARAGRAPH_GAP * max(line.height, 1.0):
        return False  # a wrapped line of the text above, not an item of its own
    if prev is not None and _MID_PHRASE.search(prev.text):
        return False  # "... FROM WHICH THE SAME ARE TO" / "BE PAID.": the sentence above goes on
    words = text.split()
    if not 2 <= len(words) <= UNNUMBERED_MAX_WORDS or not text[:1].isupper():
        return False
    if ":" in " ".join(words[:4]) or _CONTACT_DETAIL.search(text):
        return False  # a field ("Contact: ...", "Board of Trustees: ...") or a contact line
    caps = sum(1 for w in words[:3] if w.isupper() and len(w) > 1)
    return (line.bold and line.heading and True in item_style) or caps >= 2


# A line stopping on a word that cannot end a phrase: the next line carries it on
_MID_PHRASE = re.compile(r"(?:[,(&–-]|\b(?i:to|of|and|or|the|for|from|which|with|are|be|by|in|on|a|an|at))$")


def _is_section_head(line: Line, text: str) -> bool:
    return bool(SECTION_WORDS.search(text)) and len(text) < 120 and (line.heading or text.isupper())


_ORDINAL = re.compile(r"(?<=\d)\s*(?:st|nd|rd|th)\b")
_ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
_TRAILING_ORDINAL = re.compile(r"\s(?:st|nd|rd|th)$")
_SPACES = re.compile(r"\s+")
# The layout's text of a page is not trusted when it holds this much more text than the page's
# plain text (glyphs drawn twice for a bold effect: "TrTraransparency", novaPDF prints).
# (The layout's text is otherwise shorter: running headers and footers are taken out of it.)
DOUBLED_TEXT_SHARE = 1.005


def _text_key(text: str) -> str:
    """Text compared without spaces, full stops, apostrophes and ordinal suffixes: "2 3 0 1" +
    "." (a dot the layout set on a line of its own) still finds "23.01", and "Mayors Report"
    finds "Mayor’s Report" (an apostrophe the text layer set off the baseline, which the layout
    puts on another line)."""
    return _SPACES.sub("", _ORDINAL.sub("", text)).replace(".", "").replace("’", "").replace("'", "")


# The header and footer a web browser prints on a page it prints: the page's address, "1 of 8",
# the date and time of printing ("1 of 2 12/6/22, 9:07 PM"; US agendas published as web pages)
_BROWSER_STAMP = re.compile(
    r"https?://|^\s*\d{1,3} of \d{1,3}\b|\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}\s?[AP]M\b"
)


def _browser_furniture(line: Line, height: float) -> bool:
    """A line in the top or bottom band of a page holding a browser's print stamp."""
    in_band = line.top < BAND_SHARE * height or line.top > (1 - BAND_SHARE) * height
    return line.has_box and in_band and bool(_BROWSER_STAMP.search(line.text))


def _plain_parts(key: str, plain: list[tuple[str, str]]) -> str | None:
    """The plain text of a layout line that joins several plain-text lines, in their order, as
    one: "i) REPORT" + "FINDINGS TO HOLD REMOTE TELECONFERENCE/MEETINGS," for the layout's
    "i) REPORT FI N DI NGS TO HOLD ..." (a link label beside a title on one baseline, the title's
    letters spaced apart; Legistar agendas). None unless the parts cover the whole line."""
    parts: list[str] = []
    pos = 0
    for t, k in plain:  # (text, _text_key(text))
        if len(k) >= 2 and key.startswith(k, pos):
            parts.append(t)
            pos += len(k)
            if pos == len(key):
                return " ".join(parts) if len(parts) > 1 else None
    return None


def agenda_lines(page: PageLayout, plain: list[str]) -> list[Line]:
    """The layout's lines of a page with the text of the page's plain text where the two
    agree but for spacing: the layout joins text runs by their gaps, which splits words set
    with wide tracking ("p riorities") and moves superscript ordinals ("19" + "th") onto the
    line above; PDFium's plain text has neither fault. A page whose layout text is much
    longer than its plain text (doubled glyphs) is read from the plain text alone."""
    plain = [ln.strip() for ln in plain if ln.strip()]
    if page.has_boxes:
        page = dataclasses.replace(
            page, lines=[ln for ln in page.lines if not _browser_furniture(ln, page.height)]
        )
    if not page.has_boxes or not plain:
        return page.lines
    if page.number <= TWO_COLUMN_PAGES:
        # a roster panel down the left of the list: its names dropped (see agenda_sidebar)
        page = dataclasses.replace(page, lines=drop_side_panel(page.lines, page.width))
        # an order of business in two columns on the cover: read column by column
        page = dataclasses.replace(page, lines=two_column_list(page.lines, page.width))
        # ... or in two languages side by side: the other language's column dropped
        page = dataclasses.replace(page, lines=parallel_language_titles(page.lines, page.width))
    keyed = [(t, _text_key(t)) for t in plain]
    by_key = {k: t for t, k in keyed}
    layout_len = sum(len(_text_key(ln.text)) for ln in page.lines)
    if layout_len > DOUBLED_TEXT_SHARE * sum(len(k) for _, k in keyed):
        return [Line(text=t, page=page.number, numbered=number_of(t)) for t in plain]
    out = []
    for ln in page.lines:
        if ln.text in _ORDINAL_SUFFIXES:
            continue  # a superscript "th" set on a line of its own, above its figures
        text = (
            by_key.get(_text_key(ln.text))
            or by_key.get(_text_key(_TRAILING_ORDINAL.sub("", ln.text)))
            or _plain_parts(_text_key(ln.text), keyed)
        )
        if text is not None and text != ln.text:
            ln = dataclasses.replace(ln, text=text, numbered=number_of(text))
        out.append(ln)
    return out


# A slot time printed left of the item's number: "13:30 1.  Welcome, introductions ..." (timed
# ICB and NHS board agendas set as text, times down the left margin), or a roman numeral:
# "9:05 a.m.  II.  Approval of Agenda" (US state boards' and commissions' timed agendas)
_TIME_BEFORE_NUMBER = re.compile(
    r"^\s*(\d{1,2}[.:]\d{2})\s*(?:[ap]\.?m\.?)?\s+(?=(?:\d{1,2}(?:\.\d{1,2})?|(?-i:[IVX]{1,5}))[.)]?\s)",
    re.I,
)


def _number_x(ln: Line, slot: str) -> float:
    """The x where a line's item number starts, after the slot time `slot` printed before it
    ("5:30  1. Call to Order": the times' column and the numbers' are a gutter apart, and the
    items without a time start at the numbers' margin)."""
    want = sum(1 for ch in slot if not ch.isspace())
    seen = 0
    for s in ln.spans:
        if seen >= want:
            return s.x0
        seen += sum(1 for ch in s.text if not ch.isspace())
    return ln.x0


# A line ending in a figure and a hyphen: "Classified Services for the 2026-" (a year range the
# line broke at its hyphen; the next line opens with the range's end, "27 School Year")
_BROKEN_RANGE = re.compile(r"\d[-–]$")


# A slot time and a title with no item number: "11.15  Comfort break"
_TIMED_ROW = re.compile(r"^\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s+[A-Za-z]", re.I)


def _narrowed(ln: Line, text: str, spans: list[Span]) -> Line:
    """The line cut to its title column's text and spans (see agenda_columns): its right edge
    is the title's and so is its weight, so the wrapped-title tests see the title alone."""
    chars = sum(len(s.text) for s in spans)
    bold = 2 * sum(len(s.text) for s in spans if s.bold) > chars  # by characters, as the layout's
    return dataclasses.replace(ln, text=text, spans=spans, x1=max(s.x1 for s in spans), bold=bold)


# A duration alone in a timing column under an item's slot: "(5 mins)", "(1 0 mins)", "15 minutes"
# (Cabinet Office board agendas); it opens a line before a point of the item ("(15 mins) Plans
# for next 6 months:")
_DURATION = re.compile(r"^\s*\(?\s*\d[\d ]*\s*(?:mins?|minutes)\.?\s*\)?\s*", re.I)


def text_agenda(doc: Document, max_pages: int = 12) -> list[AgendaItem]:
    """A numbered list, read from the layout's lines: "1. Apologies", "6. Update from" +
    "a. Playground Advisory Group", "II. OPEN SESSION" + "1 Call to Order", "3.1 ...",
    "1) 11.00 - 11.10 Minutes and action points". Numbering may start again at 1 under the
    heading of a new sitting or a second agenda; otherwise a restart ends the list (numbered
    minute paragraphs after an agenda are not agenda items). Where lines have boxes, the
    layout decides more: a wrapped title keeps the item's weight and margin; a plain number
    indented far beyond the items is a point inside an item's text; an unnumbered line at an
    item margin in the items' style is an item with no number."""
    if doc.pages and report_addressee(
        [ln.strip() for ln in doc.pages[0].lines if ln.strip()][:COVER_HEADER_LINES]
    ):
        return []  # a report to a meeting: its numbered paragraphs are not an agenda
    lay = layout_of(doc)
    items: list[AgendaItem] = []
    current: dict | None = None
    parent: str | None = None  # the arabic item lettered sub-items belong to
    last_letter = ""  # the last lettered sub-item's letter ("(h)" then "(i)" is a letter)
    last_cap = ""  # the last capital-lettered item's letter
    last_prefixed: tuple[str, int] | None = None  # the last "C1"-style item's letter and figure
    in_roman = False  # inside a roman-numbered section
    last_roman = 0  # the value of the last roman-numbered section's numeral
    letter_x: float | None = None  # the margin of the lettered sub-items
    last_top = 0  # the last top-level arabic number in this section
    top_x: float | None = None  # the margin of this section's top-level numbers
    margins: list[float] = []  # x of the item lines (all levels)
    item_style: set[bool] = set()  # the weights (bold or not) of top-level item lines
    section_pending = False  # a sitting's heading since the last item
    last_page = 0  # the page of the last item
    after_section = False  # the line before was a sitting's heading
    # The numbering styles in the order they first appear: the first is the outer level. US
    # agendas letter their sections and number the items under each from 1 ("A. Roll Call" ...
    # "I. Management Reports" / "1. ..." / "J. Filed Items" / "1. ..."); UK agendas number the
    # items and letter the points under them. Either way an item resets the numbering below it.
    levels: list[str] = []

    def outer(style: str, other: str) -> bool:
        return style in levels and (other not in levels or levels.index(style) < levels.index(other))

    def flush():
        if current is not None:
            items.append(_text_item(current))

    def continues(ln: Line, line: str, indented: bool) -> bool:
        """The line carries on the current item's title (a wrapped line)."""
        caps = current is not None and _caps_wrap(current, ln, line)
        return (
            current is not None
            and 0 < len(current["lines"]) < MAX_TITLE_LINES
            and (caps or not STOP.match(line))
            and (
                caps
                or _wraps(current["lines"][-1], line, longest)
                or _layout_wraps(current["head"], current["prev"], ln)
            )
            and _same_block(current["head"], current["prev"], ln)
            and not (ln.numbered and indented)
            # "Staff recommends that the Commission:": a sentence introducing the item's points
            and not (line.rstrip().endswith(":") and line[:1].isupper() and not caps)
        )

    # side columns named by a header line ("Item | Business | Lead | Pages"), and the side
    # columns' text of the last line read, kept for the item the line joins
    cols: list[SideColumn] | None = None
    pending: tuple[Line, dict[str, str], bool] | None = None  # (line, sides, under a header)
    note_x1: float | None = None  # right edge of the last paper's note (see paper_note)

    def attach():
        nonlocal pending
        if pending is not None and current is not None and current.get("prev") is pending[0]:
            for kind, text in pending[1].items():
                current.setdefault("cols", {}).setdefault(kind, []).append(text)
            current["headed"] = current.get("headed") or pending[2]
        pending = None

    slot_x: float | None = None  # the margin of slot times printed left of the numbers
    started = closed = False
    start_limit = MAX_START_PAGE  # later by one for each page of rules read
    for page in lay.pages[:max_pages]:
        if not started and page.number > start_limit:
            break
        lines = agenda_lines(page, doc.pages[page.number - 1].lines)
        # a presenter column with no header (see agenda_columns.name_column): only where no
        # header names the columns, and cheap (the page's lines reach its right-hand side)
        name_x = name_column(lines, page.width) if not cols else None
        if page.number > 1 and any(
            # the minutes of the last meeting start ("Minutes of ...", "MINUTES"), not an item
            # "Minutes Approval 7:25 PM" of a US agenda
            MINUTES_START.match(unspace(ln.text))
            for ln in _lines_before_item(lines[:8])
        ):
            break
        found_here = False
        longest = max((len(ln.text) for ln in lines if len(ln.text) < 200), default=80)
        instructions = {
            j
            for k, ln in enumerate(lines)
            if (m1 := LIST_ITEM.match(ln.text)) and m1.group(1).strip().rstrip(".)").strip() == "1"
            for j in _instruction_run(lines, k)
        }
        points: set[int] = set()  # numbered points of a sentence in an item's text
        for k, ln in enumerate(lines):
            attach()
            prev_ln = lines[k - 1] if k else None
            duration = _DURATION.match(ln.text)
            if duration and started:
                rest = ln.text[duration.end() :]
                if not rest.strip():
                    continue  # not part of the title (the slot's time is read from its range)
                ln = dataclasses.replace(ln, text=rest, numbered=number_of(rest))
            if ln.has_box and (named := header_columns(ln)) is not None:
                cols = named
            elif ln.has_box and cols:
                title_spans, sides = split_columns(ln, cols)
                if sides:
                    title_text = text_of(ln.text, title_spans)
                    if not title_text.strip():
                        # a side column's wrapped line ("Officer" under "Deputy Chief Fire")
                        if current is not None:
                            pending = (current["prev"], sides, True)
                        continue
                    ln = _narrowed(ln, title_text, title_spans)
                    pending = (ln, sides, True)
            # before the notes and purposes: the line's lead comes before them ("Port Manager  Action  5")
            elif name_x is not None and (named_cut := name_cells(ln, name_x, page.width)) is not None:
                left, sides = named_cut
                if not left:
                    # the column's wrapped line ("Halloran, Sr. AAG" under "Board Counsel J. Ruiz-")
                    if current is not None:
                        pending = (current["prev"], sides, False)
                    continue
                ln = _narrowed(ln, text_of(ln.text, left), left)
                pending = (ln, sides, False)
            elif ln.has_box and (note := paper_note(ln, page.width, note_x1)) is not None:
                left, text = note
                note_x1 = ln.cells()[-1].x1
                pages_in = note_pages(text)
                if not left:
                    continue  # the note's wrapped line alone ("pack)")
                ln = _narrowed(ln, text_of(ln.text, left), left)
                if pages_in:
                    pending = (ln, {"pages": pages_in}, False)
            elif ln.has_box and (aim := purpose_note(ln, page.width)) is not None:
                ln = _narrowed(ln, text_of(ln.text, aim[0]), aim[0])
                pending = (ln, {"purpose": aim[1]}, False)
            if (
                started
                and not section_pending
                and prev_ln is not None
                and _lead_in(prev_ln)
                and (m1 := LIST_ITEM.match(ln.text))
                and m1.group(1).strip().rstrip(".)").strip() == "1"
            ):
                points.update(_numbered_run(lines, k))
            if k in instructions or k in points:
                # a numbered way to attend or comment, not an item (nor the end of the list)
                flush()
                current = None
                continue
            line = _close_number(re.sub(r"^\*+\s*", "", ln.text))
            slot = _TIME_BEFORE_NUMBER.match(line)
            # the time as printed, its "a.m." / "p.m." kept ("9:05 a.m.  II. ...")
            slot_time = printed_time(slot.group(0).strip()) if slot else None
            if slot and ln.has_box:
                slot_x = ln.x0
                # the item's margin is its number's, right of the slot time's column (the sides
                # read off this line before, "Enc. C (Pages 8 - 9)", follow it to its new copy)
                moved = dataclasses.replace(ln, x0=_number_x(ln, slot.group(0)))
                if pending is not None and pending[0] is ln:
                    pending = (moved, pending[1], pending[2])
                ln = moved
            elif (
                started
                and slot_x is not None
                and ln.has_box
                and abs(ln.x0 - slot_x) <= MARGIN_TOLERANCE
                and _TIMED_ROW.match(line)
            ):
                # "11.15  Comfort break": a timed row with no number in the slot times' column,
                # not item 11.15 (NHS board agendas set as text, times down the left margin)
                flush()
                current = None
                continue
            line = line[slot.end() :] if slot else line
            under_title = prev_ln is not None and bool(
                re.match(r"^\s*agenda\s*$", unspace(prev_ln.text), re.I)
            )
            if started and _ATTACHMENT_HEAD.match(line):
                # "Item 9.1 – Attachment" heading a page: a paper sent with the agenda begins (the
                # last minutes, a report), whose numbered paragraphs are no items
                flush()
                current, closed = None, True
                continue
            if closed:
                # after an agenda's end, only a second agenda's own title opens a new list
                if re.match(r"^\s*agenda\s*$", unspace(line), re.I):
                    closed, section_pending = False, True
                continue
            if (
                current is not None
                and current.get("fields")
                and ln.numbered
                and _field_run_on(current["fields"], ln, current["prev"])
                and _same_block(current["field_head"], current["prev"], ln)
            ):
                current["fields"][-1][1] += " " + line.strip()  # "17.32 and 17.64 of ...": not item 17.32
                current["prev"] = ln
                continue
            dated = DATED_NUMBER.match(line)
            if dated and started:
                # "11/09/22-2. Consideration of a Coastal Development Permit ...": numbered by the
                # meeting's date and a sequence (California city commissions); under the section
                flush()
                found_here = True
                last_page = page.number
                current = {
                    "number": dated.group(1),
                    "lines": [dated.group(2)],
                    "page": page.number,
                    "head": ln,
                }
                current["prev"] = ln
                continue
            lettered_num = LETTERED_NUMBER.match(line) or DOTTED_LETTER.match(line)
            if lettered_num and started and int(lettered_num.group(1)) in (last_top, last_top + 1):
                # "3a. Consideration and possible action to certify ..." (US council agendas number
                # a matter taken with an item by the item's number and a letter): the next item's
                # numbering goes on from the plain number
                flush()
                found_here = True
                last_page = page.number
                current = {
                    "number": lettered_num.group(1)
                    + ("." if lettered_num.re is DOTTED_LETTER else "")
                    + lettered_num.group(2),
                    "lines": [lettered_num.group(3)],
                    "page": page.number,
                    "head": ln,
                    "prev": ln,
                }
                continue
            prefixed = PREFIXED_ITEM.match(line) if started and not ln.numbered else None
            if prefixed and (
                prefixed.group(2) == "1"
                if last_prefixed is None or last_prefixed[0] != prefixed.group(1)
                else int(prefixed.group(2)) == last_prefixed[1] + 1
            ):
                flush()
                found_here = True
                last_page = page.number
                last_prefixed = (prefixed.group(1), int(prefixed.group(2)))
                current = {
                    "number": prefixed.group(1) + prefixed.group(2),
                    "lines": [prefixed.group(3)],
                    "page": page.number,
                    "head": ln,
                    "prev": ln,
                }
                continue
            glued = GLUED_NUMBER.match(line)
            if glued and started and int(glued.group(1)) == last_top + 1:
                line = f"{glued.group(1)} {line[glued.end(1) :]}"  # "7Planning": OCR lost the space
            bare = BARE_LETTER.match(line) if last_letter and letter_x is not None and ln.has_box else None
            if (
                bare
                and bare.group(1) == _next_capital(last_letter.upper()).lower()
                and abs(ln.x0 - letter_x) <= MARGIN_TOLERANCE
            ):
                # "c. To approve the budget ..." / "d To consider the renewal ...": the text layer
                # lost the next letter's stop; at the letters' margin, in sequence, it is item d
                line = f"{bare.group(1)}. {line[bare.end() :]}"
            roman = ROMAN_ITEM.match(line)
            m = LIST_ITEM.match(line)
            letter = LETTER_ITEM.match(line)
            roman_sub = ROMAN_SUB.match(line) if last_letter else None
            num = None
            title = ""
            indented = ln.has_box and top_x is not None and ln.x0 > top_x + CONTENT_INDENT
            cap = CAP_ITEM.match(line)
            if (
                cap
                and cap.group(1) == "A"
                and last_cap
                and started
                and len(items) >= 2
                and any(_LETTER_SEQUENCE.match(it.number or "") for it in items)
            ):
                # the lettering starts again at "A." after sections of "A.1"/"D-1" items: the
                # minutes that follow the agenda, by the same letters (US boards' minutes)
                flush()
                return _trim(items)
            hyphen = HYPHEN_ITEM.match(line) if last_cap and started and not indented else None
            if hyphen and hyphen.group(1) != last_cap:
                hyphen = None
            if cap and not (started and (parent or in_roman or outer("cap", "arabic"))):
                # a list lettered from "A." at the outer level: only with its "B." ahead
                cap = cap if cap.group(1) == "A" and _lettered_list_ahead(lines, k) else None
            if hyphen:
                # "D-1. Approval of Minutes" under "D. CONSENT CALENDAR": the section's matter; its
                # lettered points ("a. Staff presentation") are numbered under it ("E-3.a")
                sep = "." if hyphen.group(2) == "." else "-"
                num, title = f"{hyphen.group(1)}{sep}{hyphen.group(3)}", hyphen.group(4)
                parent, last_letter, letter_x = num, "", None
            elif cap and cap.group(1) == _next_capital(last_cap) and not indented:
                num, title, last_cap = cap.group(1), cap.group(2), cap.group(1)
                if "cap" not in levels:
                    levels.append("cap")
                if outer("cap", "arabic"):
                    parent, last_top, top_x, last_letter = None, 0, None, ""
            elif roman and (started or roman.group(1) == "I") and (not ln.has_box or not indented):
                num, title = roman.group(1), roman.group(2)
                value = roman_value(num)
                if started and in_roman and value <= last_roman and not section_pending and len(items) >= 2:
                    # the roman numbering starts again with no new sitting's heading: the minutes
                    # that follow the agenda, headed by the same numerals (US packets print the
                    # last meeting's minutes "I. CALL TO ORDER" ... after the agenda)
                    flush()
                    return _trim(items)
                last_roman = value
                # lettered sub-items straight under a section belong to it: "VII. PROCLAMATIONS"
                # / "a) RECOGNIZING ..." numbered "VIIa" (US council agendas); an arabic item
                # under the section takes over as their parent
                parent, last_top, top_x, section_pending, last_letter = num, 0, None, False, ""
                in_roman, last_cap = True, ""
            elif (
                m
                and (
                    not re.match(r"^\d", m.group(2)[:1] or "")
                    or re.match(r"^\d{2}/\d", m.group(2))
                    # "4.2 575 East Middlefield Road", "6.1 2025 and 2065 San Luis Avenue": a sub-item
                    # whose title starts with a street number
                    or re.match(r"^\d{1,2}\.\d{1,2}\s", m.group(1))
                    or TIME_RANGE.match(m.group(2))
                )
                and not re.match(r"of\s+\d", m.group(2))  # a "1 of 5" page footer of a printed web page
                # "... as defined in paragraph" / "3 of Part 1 of Schedule 12A ...": a sentence's
                # wrapped line opening with a figure (the exempt-information notice of English
                # authorities' agendas), not item 3
                and not (
                    m.group(2)[:1].islower()
                    and prev_ln is not None
                    and re.search(r"[a-z,]\s*$", prev_ln.text) is not None
                )
                and not FILE_ITEM.match(line)  # "1 A 16-0344 ...": read with its file number below
                # "... for the 2026-" / "27 School Year": a year range broken at its hyphen, the
                # wrapped line opening with the range's second figure, not item 27
                and not (
                    current is not None
                    and current["lines"]
                    and _BROKEN_RANGE.search(current["lines"][-1]) is not None
                    and not m.group(1).rstrip().endswith((".", ")"))
                )
            ):
                num = m.group(1).strip()
                num = num if num.startswith("(") else re.sub(r"[\s.)]+$", "", num)
                # "1.0 Welcome" ... "5.0" / "5.1" ... "10.0": the top-level item printed with a
                # ".0" (NHS ICP and ICB agendas number items so); it is item 1 for the list's
                # sequence, the printed number is kept
                top_num = num[:-2] if _POINT_ZERO.match(num) else num
                title = m.group(2).lstrip("-–—: ")
                # ... or far beyond lettered items that have no arabic parent: the numbered claims
                # "1) Delay Claim ..." inside closed-session item "b) CONFERENCE WITH LEGAL COUNSEL"
                # (US council agendas)
                beyond_letters = (
                    ln.has_box
                    and top_x is None
                    and letter_x is not None
                    and ln.x0 > letter_x + CONTENT_INDENT
                )
                if THIRD_LEVEL.match(num) and not _under_second_level(
                    num, current["number"] if current is not None else (items[-1].number if items else None)
                ):
                    num = None
                elif top_num.isdigit() and (indented or beyond_letters):
                    num = None  # a numbered point inside an item's text
                elif num.startswith("(") and last_letter and parent and ord(num[1]) == ord(last_letter) + 1:
                    last_letter = num[1]
                    num, title = (
                        _letter_number(parent, last_letter, True),
                        m.group(2),
                    )  # "(h)" then "(i)": a letter
                elif num.startswith("(") and current is not None:
                    # a roman sub-item belongs to the item above it: "4.2(i)"
                    base = re.sub(r"\(.*$", "", current["number"] or "")
                    num = f"{base}{num}" if base else num
                elif top_num.isdigit():
                    restart = int(top_num) == 1 and section_pending
                    if (
                        started
                        and int(top_num) <= last_top
                        and not (int(top_num) == 1 and last_top == 0)
                        and not restart
                    ):
                        flush()
                        if len(items) >= 2:
                            return _trim(items)  # numbering restarts: the list is over
                        items, current = [], None  # one stray number before the real list
                        margins, item_style = [], set()
                    if restart or top_x is None:
                        top_x = ln.x0 if ln.has_box else None
                    last_top, parent, last_letter, section_pending = int(top_num), num, "", False
                    if "arabic" not in levels:
                        levels.append("arabic")
                    if not outer("cap", "arabic"):
                        last_cap = ""
                    item_style.add(ln.bold)
                elif not started:
                    num = None
                if num is not None and not started and top_num not in {"1", "(i)"} and not under_title:
                    # a list starts at 1, or under the agenda's title at any number (a supplement
                    # carrying only the items added: "AGENDA" / "8 Scrutiny Review of ...")
                    num = None
                if num is not None and title:
                    timed = TIME_RANGE.match(title)
                    if timed:
                        # "1 16:00–16:05" + "Welcome and Introductions": the title is on the next line
                        title = title[timed.end() :].strip()
            elif (
                letter
                and not started
                and (letter.group(1) or letter.group(2)) == "a"
                and _small_letter_list_ahead(lines, k)
                # an item's file number or business words: not a notice's lettered conditions
                # ("a. Disorderly behavior toward the Board ..." of a US board's rules of conduct)
                and bool(_FILE_PREFIX.match(letter.group(3)) or _BUSINESS.search(letter.group(3)[:60]))
            ):
                # "a) 23-0028 MINUTES: ..." / "b) 23-0025 CONFERENCE WITH LEGAL COUNSEL:" under an
                # unnumbered "RECESS TO CLOSED SESSION" before the open session's list (US council
                # agendas): lettered items with no parent
                num, title, parent, last_letter = "a", letter.group(3), "", "a"
                letter_x = ln.x0 if ln.has_box else None
            elif (letter or roman_sub) and started and parent is not None:
                mark = (letter.group(1) or letter.group(2)) if letter else roman_sub.group(1)
                title = letter.group(3) if letter else roman_sub.group(2)
                deeper = ln.has_box and letter_x is not None and ln.x0 > letter_x + MARGIN_TOLERANCE
                if _next_roman(last_letter) == mark:
                    # "i. Meeting dates for 2016" then "ii. Roles & Responsibilities": sub-items
                    # numbered in roman numerals, one level
                    num, last_letter = f"{parent}{mark}", mark
                elif (
                    last_letter
                    and re.fullmatch(r"[ivx]+", mark)
                    and (deeper or len(mark) > 1 or (not ln.has_box and mark == "i" and last_letter != "h"))
                ):
                    # "6. Update" / "a. Playground Advisory Group" / "i. Rospa inspection": a roman
                    # point under the lettered sub-item (parish agendas number three levels so)
                    num = f"{parent}{last_letter}{mark}"
                else:
                    # "E-1" + "a": "E-1.a" (a letter glued to a hyphenated number would read as
                    # part of it)
                    num, last_letter = _letter_number(parent, mark, bool(letter and letter.group(1))), mark
                    letter_x = ln.x0 if ln.has_box else None
            if num is not None:
                title = _FILE_PREFIX.sub("", title)
                if (
                    title.startswith("REPORT ")
                    and k + 1 < len(lines)
                    and _FILE_NUMBER_ONLY.match(lines[k + 1].text)
                ):
                    title = title[len("REPORT ") :]  # the link label beside the title, its file number below
                title_below = bool(_LINK_LABEL_ONLY.match(title))
                if title_below:
                    title = ""  # the title follows under the file number
                flush()
                started = found_here = True
                after_section = False
                last_page = page.number
                if ln.has_box:
                    margins.append(ln.x0)
                head_pages = _TRAILING_PAGES.search(title)
                if head_pages and head_pages.start() > 0:
                    title = title[: head_pages.start()]  # "3. Minutes of ...   Pages 5 - 12"
                contents = _contents_page(ln, page.width)
                if contents and title.rstrip(" .").endswith(contents) and title.rstrip(" .") != contents:
                    title = title.rstrip(" .")[: -len(contents)].rstrip(
                        " ."
                    )  # "4. PUBLIC QUESTION TIME .... 3"
                else:
                    contents = None
                current = {"number": num, "lines": [title] if title else [], "page": page.number, "head": ln}
                if head_pages and head_pages.start() > 0:
                    current["pages"] = normalise_pages(head_pages.group(1))
                elif contents:
                    current["pages"] = normalise_pages(contents)
                current["prev"] = ln
                current["title_below"] = title_below
                if m and TIME_RANGE.match(m.group(2)):
                    current["time"] = printed_time(re.sub(r"(?<=[\d.:])\s+(?=[\d.:])", "", m.group(2)))
                elif slot_time:
                    current["time"] = slot_time
                continue
            pages_line = PAGES_LINE.match(line)
            if not pages_line and started and ln.has_box and "age" in line:
                # "(Pages 7 - 56)" in a right-hand column beside the item's description
                cells = ln.cells()
                pages_line = PAGES_LINE.match(cells[-1].text) if len(cells) > 1 else None
                if pages_line:
                    if current is not None:
                        current.setdefault(
                            "pages", normalise_pages(pages_line.group(1) or pages_line.group(2))
                        )
                    elif items and items[-1].pages is None:
                        items[-1].pages = normalise_pages(pages_line.group(1) or pages_line.group(2))
                    pages_line = None
                    line = " ".join(c.text for c in cells[:-1])
            if pages_line and started:
                # "(Pages 7 - 56)" on a line of its own under an item's text (modern.gov front sheets)
                if current is not None:
                    current.setdefault("pages", normalise_pages(pages_line.group(1) or pages_line.group(2)))
                elif items and items[-1].pages is None:
                    items[-1].pages = normalise_pages(pages_line.group(1) or pages_line.group(2))
                continue
            if unspace(line) != line and not ln.numbered:
                line = unspace(line)  # "A G E N D A", "M I N U T E S": a letter-spaced heading
            if started and AGENDA_END.match(line):
                flush()
                current, closed = None, True
                continue
            if (
                started
                and _is_section_head(ln, line)
                and not (current is not None and current.get("title_below"))
                and not continues(ln, line, indented)
                and not (
                    len(line.split()) <= SHORT_HEADING_WORDS
                    and _unnumbered_item(ln, prev_ln, line, margins, item_style, page.height)
                )
            ):
                # a sitting's heading among the items, or a page's own "AGENDA" (a second
                # agenda); a running header of the papers after the agenda is neither
                flush()
                current = None
                if page.number == last_page or re.match(r"^\s*agenda\s*$", line, re.I):
                    section_pending = True
                if re.match(r"^\s*agenda\s*$", line, re.I) and not any(map(_names_business, items)):
                    # the numbered list above the agenda's own title names no business (a notice's
                    # public-speaking rules, ways to join): it is not the agenda, the list below is
                    items, parent, last_letter, last_cap, in_roman, letter_x = [], None, "", "", False, None
                    last_top, top_x, margins, item_style, levels = 0, None, [], set(), []
                after_section = True
                continue
            if (
                after_section
                and not ln.numbered
                and prev_ln is not None
                and _same_block(prev_ln, prev_ln, ln)
            ):
                continue  # the wrapped tail of a sitting's heading
            after_section = False
            if started and _unnumbered_item(ln, prev_ln, line, margins, item_style, page.height):
                flush()
                current = {"number": None, "lines": [line], "page": page.number, "head": ln, "prev": ln}
                found_here = True
                continue
            if current is not None and _FILE_NUMBER_ONLY.match(line):
                continue  # the file number printed beside an item's title (or between its label and title)
            if current is not None and not current["lines"]:
                # the title under a numbered time slot; "(5 mins)" is not part of it
                rest = re.sub(r"^\(?\d+\s*mins?\.?\)?\s*", "", line.strip())
                if rest and (current.get("title_below") or not STOP.match(rest)):
                    current["lines"].append(rest)
                    current["prev"] = ln
                continue
            if current is not None and current.get("fields") is not None:
                fields = current["fields"]
                labelled = _FIELD_LINE.match(line)
                # a value's wrapped line: in the values' column, or back at the labels' margin
                # when the value stopped mid-sentence ("Presenter: Marcus Hale, Community
                # Development" / "Director")
                run_on = not labelled and _field_run_on(fields, ln, current["prev"])
                if (labelled and not ln.numbered or run_on) and _same_block(
                    current["field_head"], current["prev"], ln
                ):
                    if labelled:
                        fields.extend(_split_fields(line, ln))
                    else:
                        fields[-1][1] += " " + line.strip()
                    current["prev"] = ln
                    continue
                flush()
                current = None
                continue
            if (
                current is not None
                and current["lines"]
                and current.get("detail") is None
                and not ln.numbered
                and _FIELD_LINE.match(line)
                and _same_block(
                    current["prev"], current["prev"], dataclasses.replace(ln, bold=current["prev"].bold)
                )
            ):
                # "Recommendation: Approve as submitted.", "Project Planner: Nadia Karimi, Associate
                # Planner": labelled fields under an item's title (US planning commissions' and
                # councils' agendas); the lead and purpose are read from them (see _FIELD_LEAD)
                current["fields"] = _split_fields(line, ln)
                current["field_head"] = ln
                current["prev"] = ln
                continue
            if current is not None and current.get("detail") is not None:
                if (
                    _same_block(current["prev"], current["prev"], ln)
                    and not ln.numbered
                    # a sentence ended, or a heading in capitals: the page's footer or next section
                    and not current["detail"][-1].endswith(".")
                    and bool(_DETAIL_PURPOSE.match(current["detail"][0]))  # a presenter is one line
                    and not line.strip().isupper()
                ):
                    current["detail"].append(line.strip())  # the purpose and lead run on
                    current["prev"] = ln
                    continue
                if (
                    _REPORT_OF.match(current["detail"][0])
                    and _FIELD_LINE.match(line)
                    and not ln.numbered
                    and _same_block(current["prev"], current["prev"], ln)
                ):
                    # "Report of the Director of Place" / "Purpose: To approve ..." / "Key Decision:
                    # Yes": labelled fields under the report's author (English councils' Cabinet
                    # summonses); read as the fields under a title are
                    current["fields"] = _split_fields(line, ln)
                    current["field_head"] = ln
                    current["prev"] = ln
                    continue
                flush()
                current = None
                continue
            if current is not None:
                if (STOP.match(line) and not continues(ln, line, indented)) or not line.strip():
                    flush()
                    current = None
                    continue
                if current["lines"] and _BRACKETED_PAPER_CODE.fullmatch(line):
                    # the paper's code alone under the title ("[BT 02/25/07(b)]"): the title's,
                    # cut from it when the item is made; the lead and purpose may follow
                    current["lines"].append(line.strip())
                    current["prev"] = ln
                    continue
                if (
                    _slot_cells(line)
                    or (not continues(ln, line, indented) and _detail_opens(line, current["lines"]))
                    # "Principal Officer – For confirmation" indented under the title as a wrapped
                    # line would be: its lead and purpose, not the title's (see _LEAD_DASH_PURPOSE)
                    or (current["lines"] and _lead_dash_detail(line))
                ):
                    current["detail"] = [line.strip()]
                    current["prev"] = ln
                    continue
                if continues(ln, line, indented):
                    wrapped = line.strip()
                    contents = _contents_page(ln, page.width) if "pages" not in current else None
                    if (
                        contents
                        and wrapped.rstrip(" .").endswith(contents)
                        and wrapped.rstrip(" .") != contents
                    ):
                        # the page number at the right of a wrapped title's last line (a contents
                        # list at the head of NSW councils' minutes sets it level with the end)
                        wrapped = wrapped.rstrip(" .")[: -len(contents)].rstrip(" .")
                        current["pages"] = normalise_pages(contents)
                    current["lines"].append(wrapped)
                    current["prev"] = ln
                else:
                    flush()
                    current = None
        attach()
        here = [it for it in items if it.page == page.number]
        if current is not None and current["page"] == page.number:
            here.append(_text_item(current))
        if len(here) >= MIN_RULES_ITEMS and 2 * sum(map(_is_prose, here)) > len(here):
            # a page of meeting rules describing the order of business in numbered paragraphs
            # ("1. Preliminary Matters: The Board President will begin the meeting ..."), before
            # the agenda itself on a later page: not items; the agenda may start after it
            items, current = [it for it in items if it.page != page.number], None
            parent, last_letter, last_cap, in_roman, letter_x = None, "", "", False, None
            last_top, top_x, margins, item_style, levels = 0, None, [], set(), []
            section_pending, after_section, started = False, False, bool(items)
            start_limit += 1
            continue
        if started and not found_here:
            break
    attach()
    flush()
    return _section_purposes(_trim(items))


# A lettered sub-item's number under its section's: "5a", "5(a)", "5.a" under "5"
_LETTERED_SUB = re.compile(r"^(?P<parent>\d{1,2})(?:[a-z]|\([a-z]\)|\.[a-z])$")


def _section_purposes(items: list[AgendaItem]) -> list[AgendaItem]:
    """Lettered sub-items without a purpose of their own take their section's, printed in brackets
    after the section's heading in capitals: "5. CONSENT CALENDAR (Action)" over "a. Approval of
    Minutes ...", "6. MANAGER'S REPORT (Information)" (US special districts' and school boards'
    agendas mark a whole section so)."""
    sections: dict[str, str] = {}
    for it in items:
        if it.number and it.number.isdigit():
            is_section = (
                bool(it.purpose) and it.title.upper() == it.title and any(c.isalpha() for c in it.title)
            )
            sections = {it.number: it.purpose} if is_section else {}
            continue
        m = _LETTERED_SUB.match(it.number or "")
        if m and it.purpose is None and m.group("parent") in sections:
            it.purpose = sections[m.group("parent")]
    return items


def _lines_before_item(lines: list[Line]) -> list[Line]:
    """The lines before the first numbered or lettered one: a "CITY COUNCIL MEETING MINUTES"
    under "b) 23-0021" is an item's title, not the heading of the minutes that follow."""
    for k, ln in enumerate(lines):
        text = _close_number(ln.text)
        if LIST_ITEM.match(text) or LETTER_ITEM.match(text) or ROMAN_ITEM.match(text):
            return lines[:k]
    return lines


def _trim(items: list[AgendaItem]) -> list[AgendaItem]:
    """Without unnumbered lines at the end on a page after the last numbered item: the first
    heading of the minutes or papers that follow ("Welcome and Updates" over "1. The Chair
    thanked members ...")."""
    last = max((it.page for it in items if it.number is not None), default=0)
    while items and items[-1].number is None and items[-1].page > last:
        items.pop()
    return items


# A clock time closing an item's line: the time column of a timed agenda read as text ("2 Minutes
# of the last meeting 10:05", "Finance report 10.15am"); "... to commence at 6:30 P.M." is the title
_TRAILING_TIME = re.compile(r"(?<!\bat)(?<!\bby)(?<!\bfrom)\s+(\d{1,2}[.:]\d{2})\s*(?:[ap]\.?m\.?)?$", re.I)


# The line under an item's title that says what the item is for and who brings it: "For approval
# – Chair", "For information – Paul Ridgeway, Chief Executive", "To declare any interest ... –
# Chair", or the presenter alone ("Chair", "Committee Chairs") (ICB and NHS board agendas set as
# text). The purpose opens with "For" or "To"; the lead follows the last dash.
_DETAIL_PURPOSE = re.compile(r"^(?:For|To)\s+[a-z]")
_DETAIL_DASH = re.compile(r"^(?P<purpose>.*\S)\s+[–—]\s+(?P<lead>[A-Z][^–—]*)$")
_ROLE_WORD = re.compile(
    r"\b(?:chair|chairs|chairman|chairperson|adviser|advisor|consultant|director|officer|chief|executive|secretary|manager|clerk|lead|head|"
    r"members?|treasurer|governor|principal|registrar|vice-chancellor|mayor|leader|supervisor)\b",
    re.I,
)
# A presenter named alone under the title holds at most this many words ("Director of Corporate
# Governance" is four)
DETAIL_LEAD_WORDS = 8
# A paper's note after the title: "(Verbal)", "(Enc. D - to follow)", "(Presentation)"
_PAPER_NOTE = re.compile(
    r"\s*\((?:verbal|oral|paper|presentation|slides|tabled|attached|to follow|"
    r"enc(?:losure)?\.?\s*[\w.]+(?:\s*[-–]\s*to follow)?|"
    # "(Copy herewith.)" (see _COPY_NOTE)
    r"cop(?:y|ies)\s+(?:herewith|attached|enclosed)\.?)\)\s*$",
    re.I,
)


# The lead first and the purpose after the last comma: "Chair, To approve", "Director of Finance,
# Approval", "Chief Operating Officer / Director of Quality and Nursing, Assurance / Approval"
# (NHS trust board agendas, an italic line under each title); a joint lead ("A / B") may run to
# two words more than a presenter alone
_PURPOSE_WORD = (
    r"(?:assurance|approval|discussion|information|decision|noting|endorsement|ratification|review)"
)
_DETAIL_COMMA = re.compile(
    rf"^(?P<lead>[A-Z].*?),\s+(?P<purpose>(?:To|For)\s+[a-z]+(?:\s+[a-z]+)?|(?i:{_PURPOSE_WORD}"
    rf"(?:\s*/\s*{_PURPOSE_WORD})*))\.?$"
)


# The lead first and the purpose after a dash: "Chairperson – For adoption", "Principal Officer –
# For confirmation", "Chairperson, Investment Committee – For noting" (Eswatini, South African and
# other Southern African funds' and boards' notices, an indented line under each title; the purpose
# in italics)
_LEAD_DASH_PURPOSE = re.compile(
    r"^(?P<lead>[A-Z][^–—]*?)\s+[–—]\s+(?P<purpose>(?:For|To)\s+[a-z][^–—]*?)\.?$"
)


def _lead_dash_detail(text: str) -> tuple[str, str] | None:
    """(purpose, lead) of a "Lead – Purpose" line (see _LEAD_DASH_PURPOSE): the lead a role or a
    name, its words capitalised."""
    m = _LEAD_DASH_PURPOSE.match(text.strip())
    if not m:
        return None
    words = [w for w in m.group("lead").replace(",", " ").split() if w not in {"/", "&"}]
    if len(words) > DETAIL_LEAD_WORDS or not all(
        w[:1].isupper() or w.lower() in {"of", "and", "the", "for"} for w in words
    ):
        return None
    return m.group("purpose"), m.group("lead").strip()


def _comma_detail(text: str) -> tuple[str, str] | None:
    """(purpose, lead) of a "Lead, Purpose" line (see _DETAIL_COMMA)."""
    m = _DETAIL_COMMA.match(text.strip())
    if not m:
        return None
    words = [w for w in m.group("lead").replace(",", " ").split() if w not in {"/", "&"}]
    if len(words) > DETAIL_LEAD_WORDS + 2 or not all(
        w[:1].isupper() or w.lower() in {"of", "and", "the", "for", "&", "/"} for w in words
    ):
        return None
    return m.group("purpose"), m.group("lead").strip()


# The cells of an item's slot line under its title, parted by bars or bullets: "10:20-10:55 |
# Paper B | For decision", "Paper B1 | For information", "12:25-12:30 | Verbal" (NHS ICP and ICB
# agendas set as text), "10.15 • Enc. 3 • To approve" (the same line with bullets): the slot's
# time, the paper's reference and the purpose, never a title
_SLOT_SEPARATOR = re.compile(r"\s+[|•·]\s+|\s*\|\s*")
_SLOT_CELL = re.compile(
    rf"^(?:{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?|(?:paper|enc(?:losure)?\.?|item|appendix|annex|report)\s*"
    r"[A-Z0-9][\w.]*|verbal|oral|presentation|slides|tabled|to follow|(?:for|to)\s+[a-z].*)$",
    re.I,
)
MIN_SLOT_CELLS = 2


def _slot_cells(line: str) -> list[str] | None:
    """The cells of a slot line (see _SLOT_CELL), or None when the line is not one."""
    cells = [c.strip() for c in _SLOT_SEPARATOR.split(line.strip()) if c.strip()]
    if len(cells) < MIN_SLOT_CELLS or not all(_SLOT_CELL.match(c) for c in cells):
        return None
    return cells


# The report an item takes, its author's post and the purpose after it: "Report of the Director of
# Corporate Services (NPA 25/09). For decision.", "Report of the Chief Executive (NPA 25/08)."
# (English national park, fire and combined authorities' agendas); "Report of the Head of Legal
# Services. To approve." alike
# ... and the line alone, without a full stop: "Report of the Head of Pensions", "Report of the
# Director of Finance (s151 Officer)" (English county councils' committee agendas): a bracket
# naming a paper's code ("(NPA 25/09)": capitals and a number) is the paper's, any other
# ("(s151 Officer)") is part of the post
# ... and "Report by the Treasurer. (Copy herewith.)": Scottish councils' and joint boards' lists
# of BUSINESS say "by" and note that the paper goes with the notice (see _COPY_NOTE)
_COPY_NOTE = r"\((?i:cop(?:y|ies)\s+(?:herewith|attached|enclosed|to\s+follow))\.?\)"
_REPORT_OF = re.compile(
    r"^Report\s+(?:of|by)\s+(?:the\s+)?(?P<lead>[A-Z][^().]*?(?:\s*\((?![A-Z]{2,}[^)]*\d)(?!(?i:cop(?:y|ies))\s)[^()]*\))?)"
    r"\s*(?:\((?=[A-Z]{2,}[^)]*\d)[^)]*\))?\s*(?:\.(?:\s+(?P<purpose>(?:For|To)\s+[a-z].*?))?)?"
    rf"\s*(?:{_COPY_NOTE})?\s*$"
)


# A presenter named by post and name on a line of its own under the title: "Chair Marcus T.
# Whitfield", "Trustee Rev. Samuel Dunston Jr.", "Commissioner Ana Ruiz" (US transit, county and
# district boards' agendas name who takes an item so); the lead is the name
_POST_NAME_LEAD = re.compile(
    r"^(?:(?:Vice|Deputy)[- ])?(?:Chair(?:man|woman|person)?|Trustee|Commissioner|Councilmember|Council\s+Member|"
    r"Supervisor|Director|Mayor|President|Secretary|Treasurer|Clerk|CEO|Superintendent|Alderman|Alderperson)\s+"
    r"(?:(?:Rev|Dr|Hon|Mr|Mrs|Ms|Mx)\.?\s+)?(?P<name>[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}"
    r"(?:,?\s+(?:Jr|Sr)\.?|\s+I{2,3})?)$"
)


# The proposing department in brackets on the line under a subject, perhaps with a note after a
# dash: "(Accounts Department) – The statement ... is enclosed as Annexure 'A'.", "(Market
# Department)", or a member's proposal, "(Proposal received from Hon'ble Member Shri ...)" (Indian
# municipal councils' and corporations' notices of a general meeting list each subject so); the
# bracket's text is the item's lead
_BRACKETED_PROPOSER = re.compile(
    r"^\((?P<lead>[A-Z][^()]{2,80}?\b(?:Department|Dept\.?|Section|Branch|Division|Directorate|Cell)"
    r"|Proposal\s+(?:received\s+)?from\s+[^()]{3,100}?)\)(?:\s*[–—-]\s+\S.*)?$"
)


def _detail_opens(line: str, title: list[str]) -> bool:
    """Whether the line opens an item's purpose-and-lead detail (see _DETAIL_PURPOSE), under the
    title lines `title` read so far."""
    text = line.strip()
    if (
        _DETAIL_PURPOSE.match(text)
        or (title and _comma_detail(text))
        or (title and _lead_dash_detail(text))
        or _slot_cells(text)
        or _REPORT_OF.match(text)
        or (title and _BRACKETED_PROPOSER.match(text))
    ):
        return True
    words = text.split()
    # a presenter alone: the title must have ended (not a wrapped title's last word, "... Capital
    # Projects Purchasing" / "Manager")
    ended = bool(title) and len(title) < MAX_TITLE_LINES and not _MID_PHRASE.search(title[-1].rstrip())
    if ended and _POST_NAME_LEAD.match(text):
        return True
    return (
        ended
        and 0 < len(words) <= DETAIL_LEAD_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ":", ","))
        # "Janice Waits, Staff Secretary" under "RECOGNITION – EMPLOYEE OF THE MONTH" is the
        # item's subject: a presenter alone is a role ("Chair", "Committee Chairs")
        and "," not in text
        and bool(_ROLE_WORD.fullmatch(words[-1]))
        and all(w[:1].isupper() or w.lower() in {"of", "and", "the", "for", "&", "/"} for w in words)
    )


def _detail_fields(detail: list[str]) -> tuple[str | None, str | None]:
    """(purpose, lead) from an item's detail lines."""
    text = norm(" ".join(detail))
    report = _REPORT_OF.match(text)
    if report:
        return report.group("purpose"), report.group("lead")
    proposer = _BRACKETED_PROPOSER.match(text)
    if proposer:
        return None, proposer.group("lead")
    slot = _slot_cells(text)
    if slot:
        purposes = [c for c in slot if _DETAIL_PURPOSE.match(c)]
        return (purposes[0].rstrip(".") if purposes else None), None
    comma = _comma_detail(text) or _lead_dash_detail(text)
    if comma:
        return comma
    m = _DETAIL_DASH.match(text)
    if m:
        purpose = m.group("purpose") if _DETAIL_PURPOSE.match(m.group("purpose")) else None
        return purpose, m.group("lead").strip()
    if _DETAIL_PURPOSE.match(text):
        return text.rstrip("."), None
    post_name = _POST_NAME_LEAD.match(text)
    if post_name:
        return None, post_name.group("name")
    return None, text


# A labelled field under an item's title: "Case No.: PLN25-0088", "Staff Recommendation: Approve
# ...", "Presenter: Marcus Hale, Community Development Director" (US planning commissions' and
# councils' agendas; English committee agendas print "Lead officer:" / "Purpose:" alike)
_FIELD_LINE = re.compile(r"^\s*[A-Z][\w'’/ ().-]{1,30}?\s*:\s+\S")
# The labels naming who brings the item, and what it is for
_LEAD_LABELS = (
    r"presenter|presented\s+by|presenting|(?:project|case|lead)\s+planner|planner|staff\s+contact|"
    r"contact\s+officer|lead\s+officer|lead\s+member|lead|responsible\s+officer|report\s+author|author|"
    r"sponsor|executive\s+sponsor|speaker|"
    # "Staff: Marcus Hale, Recreation Superintendent. Recommendation: ..." (US city commissions'
    # agendas name the officer bringing the item so)
    r"staff"
)
# (a "Recommendation:" or "Action Required:" is not read as the purpose: the truth of the US
# agendas of the tune set leaves it out)
_PURPOSE_LABELS = r"purpose|decision\s+required"
_FIELD_LEAD = re.compile(rf"^(?:{_LEAD_LABELS})$", re.I)
_FIELD_PURPOSE = re.compile(rf"^(?:{_PURPOSE_LABELS})$", re.I)
# A second field of the two vocabularies on one line, after a sentence: "Recommendation: Review
# and provide direction to staff. Presenter: Marcus Hale, ..."
# ... and a recommendation after the presenter: "Staff: Marcus Hale, Director. Recommendation: ..."
_INLINE_FIELD = re.compile(
    rf"(?<=[.;])\s+(?=(?i:{_LEAD_LABELS}|{_PURPOSE_LABELS}|(?:staff\s+)?recommendations?)\s*:\s)"
)


def _value_x(ln: Line) -> float | None:
    """Where a labelled field's value starts on its line: the run after the label's colon
    (None when the label and value are one run, or the line has no boxes)."""
    if not ln.has_box:
        return None
    for k, span in enumerate(ln.spans):
        if ":" in span.text:
            if span.text.split(":", 1)[1].strip() or k + 1 >= len(ln.spans):
                return None
            return ln.spans[k + 1].x0
    return None


def _split_fields(line: str, ln: Line) -> list[list]:
    """[label, value, the label's x, the value's x] of each labelled field on a line."""
    out: list[list] = []
    for part in _INLINE_FIELD.split(line.strip()):
        label, _, value = part.partition(":")
        out.append([label.strip(), value.strip(), ln.x0 if ln.has_box else None, _value_x(ln)])
    return out


def _field_run_on(fields: list[list], ln: Line, prev: Line) -> bool:
    """Whether a line carries on the last labelled field's value: set at the values' column
    ("Staff Recommendation: Recommend that ... Chapters 17.20," / "17.32 and 17.64 of the ...",
    a wrapped line that may open with a figure), or back at the labels' margin when the value
    stopped mid-sentence ("Presenter: Marcus Hale, Community Development" / "Director")."""
    label_x, value_x = fields[-1][2], fields[-1][3]
    if not (ln.has_box and prev.has_box) or label_x is None:
        return False
    if value_x is not None and abs(ln.x0 - value_x) <= MARGIN_TOLERANCE:
        return True
    return (
        abs(ln.x0 - label_x) <= MARGIN_TOLERANCE
        and not ln.numbered
        and not _FIELD_LINE.match(ln.text)
        and not fields[-1][1].endswith((".", ":", ";"))
    )


_SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})[.;]$")


def _text_item(cur: dict) -> AgendaItem:
    item = _text_item_base(cur)
    for label, value, *_x in cur.get("fields") or ():
        label = " ".join(label.split())
        if value and item.lead is None and _FIELD_LEAD.match(label):
            item.lead = _SENTENCE_STOP.sub("", norm(value))  # the stop before a next field
        elif value and item.purpose is None and _FIELD_PURPOSE.match(label):
            item.purpose = norm(value)
    if cur.get("detail"):
        purpose, lead = _detail_fields(cur["detail"])
        if not cur.get("headed"):
            # where a header names the columns beside the titles, a sentence under the title is
            # its explanatory small print, not a purpose ("To confirm as a correct record." of a
            # fire authority's Item | Business | Lead | Pages agenda)
            item.purpose = item.purpose or purpose
        item.lead = item.lead or lead
        slot = _slot_cells(norm(" ".join(cur["detail"])))
        if slot and not item.time and (t := printed_time(slot[0][:5])):
            item.time = t  # "10:20-10:55 | Paper B | ...": the slot's start
    for kind, parts in cur.get("cols", {}).items():
        # a side column beside the title (see agenda_columns): what it says is the field
        # a name the column broke at its hyphen ("Ruiz-" + "Halloran") is one word again
        text = norm(re.sub(r"(?<=[a-z])- (?=[A-Z])", "-", " ".join(parts)))
        if kind == "lead" and text:
            item.lead = text
        elif kind == "purpose" and text and text not in {"-", "–"}:
            item.purpose = text
        elif kind == "pages" and re.match(r"^\d", text):
            item.pages = normalise_pages(text)
        elif kind == "pages" and text and item.pages is None:
            item.pages = text  # "to follow", as printed
        elif kind == "time" and (t := printed_time(text)):
            item.time = item.time or t
        if item.pages is None and kind != "pages" and (ref := _PAGES_IN_COLUMN.search(text)):
            # "pp. 5–11" under the paper's code in a "Paper / Page" column whose stacked header
            # the header line did not name (Canadian pension commissions' agenda tables), read
            # into the column beside it
            item.pages = normalise_pages(ref.group(1))
    note = _PAPER_NOTE.search(item.title)
    if note and note.start() > 0:
        item.title = item.title[: note.start()]
    code = _BRACKETED_PAPER_CODE.search(item.title)
    if code and code.start() > 0:
        item.title = item.title[: code.start()]
    return item


# A page reference in a side column's text: "pp. 5–11", "p. 4" (see _text_item)
_PAGES_IN_COLUMN = re.compile(r"(?:^|\s)pp?\.\s*(\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\b")


# A paper's reference code in square brackets after the title, or on the title's last line:
# "Minutes of the 1st Ordinary Meeting held on 13 March 2025 [BT 02/25/05(a)]" (Eswatini and other
# Southern African funds' and boards' notices reference each board paper so); a figure in it, so
# that a bracketed word of the title ("[Confidential]") stays
_BRACKETED_PAPER_CODE = re.compile(r"\s*\[(?=[^\]]*\d)[A-Z][\w ./()-]{2,30}\]\s*$")


# The presenter after a title's last spaced dash: "Welcome and apologies – Councillor Janet
# Sowerbutts, Chair", "Declarations of interest – Chair", "ICP forward plan 2025/26 – Lesley
# Harbottle, ICP Business Manager" (NHS ICP and ICB agendas set as text); a dash inside a word or
# figure ("2026–2030", "Anand-Moss") is not one
_TITLE_DASH = re.compile(r"\s[–—-]\s")
_HONORIFIC_START = re.compile(
    r"^(?:" + "|".join(w.replace(" ", r"\s+") for w in HONORIFIC_WORDS) + r")\.?\s+[A-Z]", re.I
)
# At most this many words in a presenter with their role and organisation (the longest in the
# ICP agenda: "Dr Rebecca Anand-Moss, Director of Strategy and Partnerships, NHS Pennine Vale ICB")
MAX_PRESENTER_WORDS = 14


# Words of a report's subject, not of a presenter unless a role's "of" / "for" / "and" leads to
# them ("Director of Strategy and Performance"): "Confidential – Chief Executive Officer Annual
# Performance Review" names the business (Australian councils' confidential items), not a person
_SUBJECT_WORD = re.compile(
    r"(?<!\bof\s)(?<!\bfor\s)(?<!\band\s)(?<!&\s)\b(?:review|report|update|plan|strategy|policy|budget|appraisal|appointment|recruitment|"
    r"remuneration|contract|accounts|statement|performance)\b",
    re.I,
)


def _dash_presenter(text: str) -> tuple[str, str] | None:
    """(title, presenter) of "title – presenter" where the presenter is a person or role: the
    name (capitalised words) first, then their role and organisation after commas; a person with
    a title ("Dr ...", "Councillor ..."), a role word ("Chair", "Chief Executive") in one of the
    parts. "Planning application – Land at Mill Road" and "Budget – Quarter 2" are titles."""
    dashes = list(_TITLE_DASH.finditer(text))
    if not dashes:
        return None
    title, lead = text[: dashes[-1].start()].strip(), text[dashes[-1].end() :].strip()
    parts = [p.strip() for p in lead.split(",")]
    if (
        not title
        or len(lead.split()) > MAX_PRESENTER_WORDS
        or not parts[0]
        or not _PRESENTER.match(parts[0])
        or not all(p[:1].isupper() for p in parts)
        or _SUBJECT_WORD.search(parts[0])
    ):
        return None
    person = bool(_HONORIFIC_START.match(parts[0])) or any(_ROLE_WORD.search(p) for p in parts)
    return (title, lead) if person else None


# A "time certain" note (US agendas: a public hearing set for a fixed hour, "6:30 p.m." at the
# right margin over "(time certain)", or "Time Certain: 6:30 p.m."): the note and its clock time,
# which the layout may join into the title's lines, are the item's time
_TIME_CERTAIN = re.compile(r"\s*\(?\btime\s+certain\b\)?:?", re.I)
_CLOCK_IN_TITLE = re.compile(r"(?<!\bat)(?<!\bby)\s+(\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?)(?=\s|$)", re.I)


def _time_certain(text: str) -> tuple[str, str | None]:
    """The title without a "time certain" note and its clock time, and the time (see above)."""
    if "certain" not in text.lower() or not (note := _TIME_CERTAIN.search(text)):
        return text, None
    rest = (text[: note.start()] + text[note.end() :]).strip()
    clock = _CLOCK_IN_TITLE.search(" " + rest)
    if not clock:
        return text, None
    rest = (" " + rest)[: clock.start()] + (" " + rest)[clock.end() :]
    return norm(rest), printed_time(clock.group(1))


# A notice of motion listed under its mover: "Cllr. Declan O'Doherty: “That Kilbarron Municipal
# District requests ...”" (Irish municipal districts' and UK councils' notices of meeting list each
# motion so); the mover brings the item
_MOTION_MOVER = re.compile(r"^(?:Cllr\.?|Councill?or)\s+(?P<name>[A-Z][^:“\"]{2,50}?):\s+[“\"‘']?That\b")


# The packet page at the end of a title that wrapped onto more lines: "... Accessory Dwelling" /
# "Units (pg. 27)" (US assemblies' and councils' outline agendas print the page in the packet so);
# a title on one line loses it as its line is read (see _TRAILING_PAGES)
# ... or bare at the right margin, level with the wrapped title's last line: "... Surplus" /
# "Property and Authorizing its Disposal      pg. 22" (US special districts' agendas)
_WRAPPED_PACKET_PAGE = re.compile(
    r"(?:\(\s*(?:pgs?\.?|pp?\.)\s*(\d+(?:\s*[-–]\s*\d+)?)\s*\)|(?<=\s)pgs?\.\s*(\d+(?:\s*[-–]\s*\d+)?))\s*$",
    re.I,
)


def _text_item_base(cur: dict) -> AgendaItem:
    lines = cur["lines"]
    first_time = _TRAILING_TIME.search(lines[0]) if len(lines) > 1 and not cur.get("time") else None
    if first_time and (t := printed_time(first_time.group(0).strip())):
        # a time in the column right of a title that wraps: the end of the item's first line,
        # not the end of its title (bilingual and other agendas with a time column, no header)
        cur = {**cur, "time": t, "lines": [lines[0][: first_time.start()], *lines[1:]]}
    text = norm(" ".join(cur["lines"]))
    text, certain = _time_certain(text)
    if certain and not cur.get("time"):
        cur = {**cur, "time": certain}
    pages = cur.get("pages")
    trailing = _TRAILING_TIME.search(text)
    if trailing and not cur.get("time") and find_time(trailing.group(0).strip()):
        cur = {**cur, "time": printed_time(trailing.group(0).strip())}
        text = text[: trailing.start()].rstrip(" -–,")
    m = re.search(r"\(\s*pages?\s+([\d\s\-–]+)\)", text, re.I) or _WRAPPED_PACKET_PAGE.search(text)
    if m:
        pages = normalise_pages(m.group(1) or m.group(2))
        text = (text[: m.start()] + text[m.end() :]).strip()
    lead = None
    m = re.search(r"\s*\(\*?([^()]*?)\*?\)\s*$", text)
    if m and re.search(
        r"\b(director|officer|chair|manager|head|lead|chief|member|clerk|treasurer|attorney|secretary)\b",
        m.group(1),
        re.I,
    ):
        lead = m.group(1).strip("* ")
        text = text[: m.start()].strip()
    text = text.replace("*", "").strip().rstrip(":").strip()
    mover = _MOTION_MOVER.match(text) if lead is None else None
    if mover:
        lead = mover.group("name")  # the title keeps the mover and the motion as printed
    presenter = _dash_presenter(text) if lead is None else None
    if presenter:
        text, lead = presenter
    purpose = None
    m = re.search(
        r"\s*\((approval|information|discussion|decision|noting|assurance|endorsement|action)\)\s*$",
        text,
        re.I,
    )
    if m:
        text = text[: m.start()].strip()
        return AgendaItem(
            number=cur["number"],
            title=text,
            lead=lead,
            purpose=f"For {m.group(1).lower()}",
            pages=pages,
            time=cur.get("time"),
            page=cur["page"],
        )
    # a purpose printed in a column beside the title: the title's own "for discussion of ..." is
    # part of it ("Vote to convene ... for discussion of the annual evaluation" | "Action Item")
    if text.upper() != text and not cur.get("cols", {}).get("purpose"):
        lead2, purpose = split_lead(text)
        if purpose and len((lead2 or "").split()) < 2:
            # "Accept for Information Quarterly Report ...": the phrase is the title's verb's object
            purpose = None
        elif purpose:
            text = lead2 or text
    return AgendaItem(
        number=cur["number"],
        title=text,
        lead=lead,
        purpose=purpose,
        pages=pages,
        time=cur.get("time"),
        page=cur["page"],
    )


# ---- items carrying a file number (Legistar-style US agendas) ----------------------

# "A 16-0361", "1.A 16-0344 Approve City Council Meeting Minutes", "16-0359": agenda systems
# used by many US councils print each item's file number beside its number; in the text
# layer the title follows on the same line or sits just above.
# Legistar also prints the file number with a four-digit year under the item's text:
# "33. 2017-0346" (LA Metro board and committee agendas); that form stands alone on its line.
FILE_ITEM = re.compile(
    r"^\s*(?:(?P<num>\d{1,2}(?:\.[A-Z])?|[A-Z])\.?\s+)?"
    r"(?:(?P<file>\d{2}-\d{4})\b\s*(?P<title>.*)|(?P<yfile>(?:19|20)\d{2}-\d{4})\s*)$"
)
# A title field above a file number: "SUBJECT: STATE AND FEDERAL REPORT" (the recommendation
# text between the two is not the title)
SUBJECT_FIELD = re.compile(r"^\s*(?:subject|title)\s*:\s*(\S.*)$", re.I)
# A subject field is looked for this many lines above its file number (the recommendation and
# its lettered points run to 15 lines in the LA Metro agendas of dev/us-public-bodies)
MAX_SUBJECT_LINES_ABOVE = 20
# Lines of title above a file number: at most this many (titles wrap over 2-4 lines)
MAX_TITLE_LINES_ABOVE = 5
# Only an agenda with at least this many file-numbered lines is read this way
MIN_FILE_ITEMS = 3


def _subject_above(lines: list[str], k: int) -> str | None:
    """The "SUBJECT:" field above the file number at lines[k] (before the file number
    above it), with its wrapped lines in capitals."""
    start = max(0, k - MAX_SUBJECT_LINES_ABOVE)
    for j in range(k - 1, start - 1, -1):
        if FILE_ITEM.match(lines[j]):
            return None
        m = SUBJECT_FIELD.match(lines[j])
        if m:
            parts = [m.group(1).strip()]
            for nxt in lines[j + 1 : k]:
                nxt = nxt.strip()
                if not nxt or not nxt.isupper() or nxt.endswith(":") or len(parts) >= MAX_TITLE_LINES:
                    break
                parts.append(nxt)
            return " ".join(parts)
    return None


def file_number_agenda(doc: Document, skip: set[str], max_pages: int = 12) -> list[AgendaItem]:
    items: list[AgendaItem] = []
    for page in doc.pages[:max_pages]:
        lines = [ln.rstrip() for ln in page.lines]
        for k, line in enumerate(lines):
            m = FILE_ITEM.match(line)
            if not m:
                continue
            title = (m.group("title") or "").strip()
            subject = None if title else _subject_above(lines, k)
            if subject:
                title = subject
            subs: list[tuple[str, str]] = []
            if not title:
                above: list[str] = []
                heading = None
                for prev in reversed(lines[max(0, k - MAX_TITLE_LINES_ABOVE) : k]):
                    p = prev.strip()
                    if re.match(r"^[A-Z][\w/ ]{2,30}:$", p):
                        heading = p.rstrip(":")
                    if (
                        not p
                        or p in skip
                        or FILE_ITEM.match(p)
                        or LIST_ITEM.match(p)
                        or LETTER_ITEM.match(p)  # "b) REPORT" / "23-0021": the lettered item's own line
                        or (above and (p.endswith(".") or STOP.match(p)))
                        or re.match(r"^[A-Z][\w/ ]{2,30}:", p)
                    ):
                        break
                    above.insert(0, p)
                    if STOP.match(p):
                        break
                lettered = [CAP_ITEM.match(a) for a in above]
                if heading and m.group("num") and lettered and lettered[0] and lettered[0].group(1) == "A":
                    # "CLOSED SESSION:" / "A. Public Employee Discipline" / "B. ..." / "47. 2017-0436":
                    # the heading is the item, its lettered matters its sub-items
                    subs = [(x.group(1), x.group(2)) for x in lettered if x]
                    title = heading
                else:
                    title = " ".join(above)
            if not title:
                continue
            items.append(
                AgendaItem(
                    number=m.group("num"),
                    title=norm(title),
                    lead=None,
                    purpose=None,
                    pages=None,
                    time=None,
                    page=page.number,
                )
            )
            items.extend(
                AgendaItem(f"{m.group('num')}.{mark}", norm(text), None, None, None, None, page.number)
                for mark, text in subs
            )
    return items


# ---- timed programmes without item numbers -------------------------------------------

# A row of a programme opening with its time slot: "15:20 – 15:45 History and top level ..."
TIME_SLOT = re.compile(r"^\s*(\d{1,2}[.:]\d{2})\s*(?:[-–—]|to)\s*\d{1,2}[.:]\d{2}\b\s*(.*)$")
# A programme has at least this many time slots in one column on a page
MIN_TIME_SLOTS = 3
# A slot's title cell that holds no title: "n/a", "?", "-"
_NO_TITLE = re.compile(r"^\W*(?:n/?a|tbc|tba)?\W*$", re.I)
# A title set beside its slot's row, centred on a tall row, sits at most this many line
# heights above or below the slot's time (the inaugural ODUG agenda: up to 3)
SLOT_REACH_LINES = 4.0


def _slot_title(cells: list[Line], rest: str) -> str | None:
    """The title printed on a slot's own row: the text after the time in its cell, else the
    next cell; None when that is a placeholder ("n/a", "?")."""
    text = rest.strip() or (cells[1].text.strip() if len(cells) > 1 else "")
    return None if _NO_TITLE.match(text) else text


def timed_programme(doc: Document, max_pages: int = 4) -> list[AgendaItem]:
    """A programme in a table of time slots without item numbers ("Time" / "14:30 – 15:20" /
    "Introductions around the table (all)"): one item per slot, titled by the text on the
    slot's row or, where that cell is empty or a placeholder, by the nearest line at the titles'
    margin (in a tall row the title is centred, away from the time). Points indented under a
    title (the slot's sub-topics) and cells further right (papers, presenters) are not items.
    Workshop and user-group agendas of ../shared/corpus/bulk/cabinet-office."""
    lay = layout_of(doc)
    for page in lay.pages[:max_pages]:
        if not page.has_boxes:
            continue  # no line with a box (its lines are not built)
        slots = [(ln, m) for ln in page.lines if ln.has_box and (m := TIME_SLOT.match(ln.text))]
        if len(slots) < MIN_TIME_SLOTS:
            continue
        x = sorted(ln.x0 for ln, _ in slots)[len(slots) // 2]
        slots = [(ln, m) for ln, m in slots if abs(ln.x0 - x) <= MARGIN_TOLERANCE]
        if len(slots) < MIN_TIME_SLOTS:
            continue
        rows = []
        for ln, m in slots:
            cells = ln.cells()
            first = TIME_SLOT.match(cells[0].text)
            title = _slot_title(cells, first.group(2) if first else m.group(2))
            rows.append({"line": ln, "time": m.group(1).replace(".", ":"), "title": title})
        slot_lines = {id(ln) for ln, _ in slots}
        reach = SLOT_REACH_LINES * max(slots[0][0].height, 1.0)
        top, bottom = rows[0]["line"].top - reach, rows[-1]["line"].bottom + reach
        # the titles' margin: the leftmost margin right of the times shared by two lines or more
        # (a column header "Time Supporting Documents" stands alone)
        others = [
            ln
            for ln in page.lines
            if ln.has_box
            and id(ln) not in slot_lines
            and ln.x0 > x + MARGIN_TOLERANCE
            and top <= ln.top <= bottom
        ]
        shared = [ln.x0 for ln in others if sum(abs(o.x0 - ln.x0) <= MARGIN_TOLERANCE for o in others) >= 2]
        if shared:
            col = min(shared)
            for ln in others:
                if abs(ln.x0 - col) > MARGIN_TOLERANCE:
                    continue
                empty = [r for r in rows if r["title"] is None and abs(r["line"].top - ln.top) <= reach]
                if not empty:
                    continue
                r = min(empty, key=lambda r: abs(r["line"].top - ln.top))
                if r.get("dist", 1e9) > abs(r["line"].top - ln.top):
                    r["found"], r["dist"] = ln.cells()[0].text, abs(r["line"].top - ln.top)
        out = []
        for r in rows:
            title = r["title"] or r.get("found")
            if not title:
                continue
            out.append(_text_item({"number": None, "lines": [title], "page": page.number, "time": r["time"]}))
        if len(out) >= MIN_TIME_SLOTS:
            return out
    return []


# A session heading of an event's programme ending with its time: "Linked Data – What and Why
# 10:30-12:00", "Buffet Lunch 13:00-13:30"
SESSION_HEAD = re.compile(r"^(?P<title>.*\S)\s+(?P<start>\d{1,2}[.:]\d{2})\s*[-–]\s*\d{1,2}[.:]\d{2}$")
# A programme has at least this many timed session headings
MIN_SESSIONS = 3
# A line under a session starting with a dash or bullet is a point of the talk above it
_POINT = re.compile(r"^\s*(?:[-–•\uf0b7\uf0a7]|\d+\))")


def session_programme(doc: Document, max_pages: int = 4) -> list[AgendaItem]:
    """An event's programme of timed sessions ("Linked Data – What and Why 10:30-12:00", bold)
    with the talks of each indented beneath ("Welcome and objectives of the workshop" and the
    speaker in a column to the right): one item per talk, its first cell; a session without
    talks ("Buffet Lunch 13:00-13:30") is an item itself. Points under a talk ("- What is
    Linked Data?"), wrapped lines and the speakers' column are not items; a heading without a
    time ends the programme. Workshop programmes of ../shared/corpus/bulk/cabinet-office."""
    lay = layout_of(doc)
    # (pages without boxes have no line with a box: their lines are not built)
    lines = [ln for page in lay.pages[:max_pages] if page.has_boxes for ln in page.lines if ln.has_box]
    heads = [k for k, ln in enumerate(lines) if (ln.bold or ln.heading) and SESSION_HEAD.match(ln.text)]
    if len(heads) < MIN_SESSIONS:
        return []
    out: list[AgendaItem] = []
    for n, k in enumerate(heads):
        head = lines[k]
        sm = SESSION_HEAD.match(head.text)
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        talks: list[AgendaItem] = []
        talks_x = head.x0  # the talks' margin, from the first talk
        prev = head
        for ln in lines[k + 1 : end]:
            if (
                ln.bold
                and ln.size > head.size - 0.5
                and not SESSION_HEAD.match(ln.text)
                and ln.x0 <= head.x0 + 1
            ):
                if ln.top - prev.bottom > prev.height:
                    end = -1  # a heading without a time: the programme is over
                    break
                prev = ln
                continue  # the wrapped tail of the session's heading
            first = ln.cells()[0]
            text = first.text.strip()
            if talks and text[:1].islower() and abs(first.x0 - talks_x) <= MARGIN_TOLERANCE:
                # "Regroup and feedback from breakout" / "sessions.": a wrapped title
                talks[-1].title = norm(f"{talks[-1].title} {text}").rstrip(".")
                prev = ln
                continue
            if (
                ln.x0 <= head.x0 + MARGIN_TOLERANCE
                or _POINT.match(text)
                or not text[:1].isupper()
                or (talks and first.x0 > talks_x + 150)
            ):
                prev = ln
                continue
            if not talks:
                talks_x = first.x0
            time = printed_time(sm.group("start")) if not talks else None
            talks.append(AgendaItem(None, norm(text), None, None, None, time, ln.page))
            prev = ln
        if not talks:
            talks = [
                AgendaItem(
                    None,
                    norm(sm.group("title")),
                    None,
                    None,
                    None,
                    sm.group("start").replace(".", ":"),
                    head.page,
                )
            ]
        out.extend(talks)
        if end == -1:
            break
    return out


# ---- unnumbered "title – presenter" lines -------------------------------------------

# The dash before a presenter: a hyphen or dash with a space on at least one side ("Roll Call –
# Phil Whittington", "Illinois Prisons- Alyssa Williams-James Pagano", "Document –Nikki Robinson");
# a dash inside a word ("Williams-James") is part of a name
_PRESENTER_DASH = re.compile(r"\s[-–—]\s*|[-–—]\s")
# A presenter: a few capitalised words or initials, names joined by "/", "&", "and" or a hyphen
# ("Director Jeffreys", "Alyssa Williams/James Pagano", "Board Members"); no figures, no sentence
_PRESENTER = re.compile(r"^[A-Z][\w'’.]*(?:(?:\s+|\s*[/&-]\s*|\s+and\s+)[A-Z][\w'’.]*){0,7}$")
# A programme of presenter lines holds at least this many entries at one margin
MIN_PRESENTER_ITEMS = 3
# A presenter line's text is at most this long (a sentence of prose with a dash runs longer)
MAX_PRESENTER_LINE = 160


# A time opening a presenter line: "10.30 Welcome and introductions – Chair"
_LEADING_TIME = re.compile(r"^(\d{1,2}[.:]\d{2})\s*(?:[ap]\.?m\.?)?\s+(?=\S)", re.I)


def _presenter_split(text: str) -> tuple[str, str] | None:
    """("Welcome, Introductions and Roll Call", "Phil Whittington") from "Welcome, Introductions
    and Roll Call – Phil Whittington": the title before the last spaced dash, the presenter after."""
    if len(text) > MAX_PRESENTER_LINE:
        return None
    dashes = list(_PRESENTER_DASH.finditer(text))
    if not dashes:
        return None
    last = dashes[-1]
    title, lead = text[: last.start()].strip(), text[last.end() :].strip()
    if (
        not title
        or not _PRESENTER.match(lead)
        or len(lead.split()) > 8
        or re.search(r"['’]s$", lead)
        or lead.isupper()  # "18/01177/LB The Mallards – APPROVED": a status, not a person
    ):
        # "... Capital Projects – Director’s" / "Document – Nikki Robinson": a possessive is the
        # title's wrapped word, not a presenter
        return None
    return title, lead


def _phrase_titles(items: list[AgendaItem]) -> bool:
    """Whether most titles read as phrases, with a lower-case word ("Approval of Minutes",
    "Welcome, Introductions and Roll Call"), as agenda titles do: in a membership or attendee
    list ("Chair – Professor Sir Nigel Shadbolt", "Jane Smith – Cabinet Office") every word is
    capitalised."""
    phrases = sum(any(w[:1].islower() for w in it.title.split()) for it in items)
    return 2 * phrases > len(items)


# At most this share of a run's presenters may be a single word ("Chair", "Secretariat", "All")
SINGLE_WORD_PRESENTERS = 2 / 3


def _named_presenters(items: list[AgendaItem]) -> bool:
    """Whether the run's presenters are mostly named people or groups (two words or more): in a
    parish council's list of planning applications the word after the dash is a status
    ("16/00964/F – Cedar House, Garage | Approved", "Pending", "Refused", "Update")."""
    single = sum(len((it.lead or "").split()) == 1 for it in items)
    return single <= SINGLE_WORD_PRESENTERS * len(items)


def presenter_agenda(doc: Document, max_pages: int = 2) -> list[AgendaItem]:
    """An agenda of unnumbered lines, each "title – presenter", one per line at one left margin
    and set apart by a gap ("Approval of Minutes from August 6, 2019 – Board Members", "IDOC
    Reports - Director Jeffreys"): US state boards' and advisory panels' one-page agendas. A title
    may wrap onto the line above its presenter (no gap between the two). At least three entries
    in a row at one margin; any other line at that margin ends the run. Lines need boxes."""
    lay = layout_of(doc)
    for page in lay.pages[:max_pages]:
        lines = [
            ln
            for ln in page.lines
            if ln.has_box and BAND_SHARE * page.height < ln.top < (1 - BAND_SHARE) * page.height
        ]
        runs: list[list[AgendaItem]] = [[]]
        margin: float | None = None
        pending: list[Line] = []  # wrapped title lines above their presenter
        for ln in lines:
            text = norm(ln.text)
            split = _presenter_split(text)
            at_margin = margin is None or abs(ln.x0 - margin) <= MARGIN_TOLERANCE
            if split and at_margin:
                if pending and ln.top - pending[-1].bottom > PARAGRAPH_GAP * max(ln.height, 1.0):
                    pending = []  # a line standing apart is not this title's first line
                title = norm(" ".join([p.text for p in pending] + [split[0]]))
                slot = _LEADING_TIME.match(title)  # "10.30 Welcome and introductions – Chair"
                time = printed_time(slot.group(1)) if slot else None
                title = title[slot.end() :] if slot else title
                runs[-1].append(AgendaItem(None, title, split[1], None, None, time, page.number))
                margin, pending = ln.x0 if margin is None else margin, []
                continue
            if (
                margin is not None
                and at_margin
                and not pending
                and (text[:1].isupper() or text[:1].isdigit())
            ):
                pending = [ln]  # perhaps a title's first line
                continue
            if runs[-1]:
                runs.append([])
            margin, pending = None, []
        best = max(runs, key=len)
        if len(best) >= MIN_PRESENTER_ITEMS and _phrase_titles(best) and _named_presenters(best):
            return best
    return []


# The column header of an agenda set as a table at the head of minutes: "Item Description",
# "Item No. Title", "Agenda item Subject" (the Open Data User Group's minutes open so)
# ... with the side columns after it: "Item | Business | Lead | Paper | Purpose" (academy trusts'
# board minutes open with the agenda table so)
AGENDA_TABLE_HEADER = re.compile(
    r"^\s*(?:agenda\s+)?item(?:\s+no\.?)?\s+(?:description|title|subject|business)"
    rf"(?:\s+(?:{SIDE_HEAD_WORDS})(?:\s+nos?\.)?)*\s*$",
    re.I,
)


# The title of an agenda listed at the head of minutes, on a line of its own: "AGENDA", "Order of
# Business" (school boards', councils' and committees' minutes list the agenda under the
# attendance, then minute each item under the same numbers)
# "Order of the Day", "Business to be transacted", "Items of business" (the key lines of
# agenda_keyed.AGENDA_KEY: Commonwealth state boards' and Scottish bodies' minutes)
_LISTED_AGENDA_TITLE = re.compile(
    r"^\s*(?:agenda|order\s+of\s+business|agenda\s+items|orders?\s+of\s+the\s+day|"
    r"business\s+to\s+be\s+transacted|items\s+of\s+business)\s*:?\s*$",
    re.I,
)


# The first line of an agenda lettered by section under its title: "A. OPENING" (a section of
# items "A.1", "A.2" or "A-1"), or its first item "A.1 Call to Order" (US school boards' and
# councils' minutes that open with the agenda as adopted); number_of reads no capital letters
_LETTERED_AGENDA_START = re.compile(r"^\s*A(?:[.)]\s+[A-Z]|\s?[-–.]\s?1\.?\s+[A-Z])")


def minutes_open_with_agenda(doc: Document) -> bool:
    """Whether the first page of minutes carries the meeting's agenda as a table under a
    column header "Item Description", or as a numbered list under a title line "AGENDA" (see
    _LISTED_AGENDA_TITLE): the items are then the agenda's, not minute paragraphs. The list
    reader stops where the numbering starts again (the minutes of the first item)."""
    if not doc.pages:
        return False
    lines = [ln for ln in doc.pages[0].lines if ln.strip()]
    if any(AGENDA_TABLE_HEADER.match(ln) for ln in lines):
        return True
    keyed = [
        nxt
        for ln, nxt in zip(lines, lines[1:], strict=False)
        if ("genda" in ln or "usiness" in ln or "GENDA" in ln or "USINESS" in ln or " of the " in ln.lower())
        and _LISTED_AGENDA_TITLE.match(ln)
    ]
    if any(number_of(nxt.strip()) is not None or _LETTERED_AGENDA_START.match(nxt) for nxt in keyed):
        return True
    # ... or in a numbered minute "2. AGENDA" whose items are numbered "2.1", "2.2", ...
    if any("genda" in ln or "GENDA" in ln for ln in lines) and minute_listed_agenda(doc):
        return True
    # ... or as a list a sentence introduces in the minute adopting it ("The Board Secretary
    # presented the proposed agenda, as follows:", see agenda_keyed.AGENDA_INTRO_END)
    if any("genda" in ln or "GENDA" in ln for ln in lines) and introduced_agenda(doc):
        return True
    # ... or as an unnumbered list, the presenter's column first (agenda_keyed.presenter_column_agenda)
    return bool(keyed) and bool(_presenter_column_agenda(doc))


def _presenter_column_agenda(doc: Document) -> list[AgendaItem]:
    """agenda_keyed.presenter_column_agenda, read once a document (the minutes gate and the
    reader both ask)."""
    key = "presenter_column_agenda"
    if key not in doc.derived:
        doc.derived[key] = presenter_column_agenda(doc)
    return [dataclasses.replace(it) for it in doc.derived[key]]


# The fields of a report's cover sheet: "Report title", "Executive lead", "Report author" (NHS
# trusts' and ICBs' board report covers, a table of fields over the report's numbered sections);
# two of them in the first lines of the first page make it a report, whose numbered sections are
# not agenda items
# "Authors" / "Accountable Executive Director" (a mental health trust's "REPORT TO THE TRUST BOARD"
# cover, whose "1.0 Background" sections follow on the next page)
# University committee papers' cover tables add "Agenda item 9 | Paper reference ARC/25/41" and
# "Action required The Committee is asked to ..." (audit and risk committees of universities)
_COVER_SHEET_FIELD = re.compile(
    r"^\s*(?:report\s+title|title\s+of\s+(?:the\s+)?report|report\s+authors?|authors?|executive\s+lead|"
    r"executive\s+sponsor|lead\s+director|responsible\s+director|accountable\s+(?:executive\s+)?director|previously\s+considered\s+by|"
    r"agenda\s+item\s+(?:no\.?\s*)?\d+\s+paper\s+(?:ref(?:erence)?|no\.?|number)|action\s+required|"
    # ... and a cover's rows of label and value without colons: "Agenda item 11", "Report of <name>",
    # "Classification Open" (housing associations', charities' and trusts' board report covers); not
    # "Purpose" nor "Presented by", which agendas print under their items too
    r"agenda\s+item\s*(?:no\.?)?\s*:?\s*[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?\s*$|report\s+(?:of|by|from)\s*:?\s+(?-i:[A-Z][a-z]+\s+(?=[A-Z]))|"
    r"(?:security\s+)?classification\s*:?\s+(?=\w)|paper\s+(?:ref(?:erence)?|no\.?|number)\b|"
    # "Prepared by Siobhan McInerney, Manager Enterprise Risk" beside "Executive sponsor" (Australian
    # local health districts' board paper covers)
    r"prepared\s+by\b|"
    # "Responsible officer: <name>", "Directorate: Office of the General Manager", "File reference:
    # ARIC/25/14" under the item's heading (NSW and Victorian councils' committee reports)
    r"(?:responsible\s+officer|directorate|file\s+(?:ref(?:erence)?|no\.?|number))\s*:)",
    re.I,
)
MIN_COVER_FIELDS = 2


# ... and the fields a cover sets in its second column, after the first field's value on the same
# line: "Meeting Board meeting – 26 June 2025  Agenda item 7.2", "Executive sponsor <name>  Prepared
# by <name>" (cover tables of two label / value pairs a row: Australian local health districts)
_COVER_SECOND_FIELD = re.compile(
    r"\s(?:prepared\s+by\s+(?=[A-Z])|agenda\s+item\s*(?:no\.?)?\s*:?\s*[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?\s*$)",
    re.I,
)


# ... and the item a report is for with its title on one line under the meeting's name: "Agenda
# item 5 – Matters arising and Board action log" (Scottish housing associations', charities' and
# councils' report headers); counted once, as an agenda could print its items so
_COVER_ITEM_TITLE = re.compile(
    r"^\s*agenda\s+item\s*(?:no\.?)?\s*[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?\s*[-–—:]\s+\S", re.I
)


def report_cover_sheet(doc: Document) -> bool:
    """Whether the first page opens with a report's cover sheet (see _COVER_SHEET_FIELD), or
    with the one agenda item the paper is for (see _one_item_paper)."""
    lines = [ln for ln in (doc.pages[0].lines if doc.pages else []) if ln.strip()]
    head = lines[: COVER_HEADER_LINES * 2]
    fields = sum(1 for ln in head if _COVER_SHEET_FIELD.match(ln)) + sum(
        1 for ln in head if _COVER_SECOND_FIELD.search(ln)
    )
    fields += any(_COVER_ITEM_TITLE.match(ln) for ln in head)
    return fields >= MIN_COVER_FIELDS or _one_item_paper(lines)


# The section headings of a report's template, alone on a line, numbered or not: "PURPOSE",
# "1 RECOMMENDATIONS", "2. Background", "Financial Implications" (the papers of UK, Singaporean,
# Australian and other Commonwealth bodies: a report numbers its paragraphs "1.", "2.1" under them,
# which are no agenda items). An agenda's items seldom are two of these words; "Introduction",
# "Discussion" and "For decision" / "For information" are left out, as agendas use them too (a
# workshop's programme, a section band over items).
_REPORT_SECTION = re.compile(
    r"^\s*(?:\d{1,2}(?:\.0)?\.?\s+)?(?:purpose(?:\s+of\s+(?:the\s+)?(?:report|paper))?|background|"
    r"recommendations?|consultations?|executive\s+summary|"
    r"(?:financial|resource|legal|risk|equality|staffing|policy)\s+implications)\s*:?\s*$",
    re.I,
)
# Distinct report section headings on page 1 that make it a report (two: one may be an item)
MIN_REPORT_SECTIONS = 2


def report_paper(doc: Document) -> bool:
    """Whether page 1 is set out under a report's section headings (see _REPORT_SECTION)."""
    if not doc.pages:
        return False
    found = set()
    for ln in doc.pages[0].lines:
        if len(ln) < 60 and (m := _REPORT_SECTION.match(ln)):
            found.add(re.sub(r"^[\d.\s]+|\W+$", "", m.group(0).strip().lower()))
    return len(found) >= MIN_REPORT_SECTIONS


def _one_item_paper(lines: list[str]) -> bool:
    """A page headed by the one item it is a paper for, "Agenda Item No. 03: Progress of
    Implementation of Board Decisions", and no other "Agenda item" line: a board paper whose
    numbered paragraphs are its text (Sri Lankan and other Commonwealth statutory boards' papers,
    Scottish and English report headers); an agenda printing its items so prints several."""
    head = lines[:COVER_HEADER_LINES]
    if not any(_COVER_ITEM_TITLE.match(ln) for ln in head):
        return False
    return sum(1 for ln in lines if _AGENDA_ITEM_WORDS.match(ln)) == 1


_AGENDA_ITEM_WORDS = re.compile(r"^\s*agenda\s+item\b", re.I)


# Lines at the head of page 1 within which a minutes heading (or, for untitled minutes, the
# attendance label's meeting) makes the whole document minutes
MINUTES_OPEN_LINES = 8


def minutes_document(doc: Document) -> bool:
    """Whether the document opens as the minutes of a meeting: a minutes heading ("Minutes of
    ...", "Cofnodion / Minutes", "... – MINUTES") in the first lines of page 1, or untitled
    minutes whose first page carries "Present" / "Apologies" (a Record of Decisions, a US school
    board's minutes). Its numbered headings are minute headings, not a front agenda (the
    convention of the truth sets); minutes that open with the agenda as a table ("Item
    Description") are read by the caller before this gate."""
    first = doc.pages[0].number if doc.pages else None
    return any(f.meeting.page == first and f.line_index < MINUTES_OPEN_LINES for f in minute_sections(doc))


# The title of a stand-alone paper that keeps a log or a register, in the first lines of page 1:
# "Board of Trustees – Action Log", "Corporate Risk Register", "Register of Members' Interests"
# (charities', councils' and NHS bodies' action logs and registers circulated as board papers).
# Their numbered headings ("1. Open actions", "2. Closed since last meeting") are sections of the
# log, not agenda items; a page titled an agenda is read whatever else it names.
_LOG_PAPER_TITLE = re.compile(
    r"\b(?:action\s+(?:log|tracker|list)|actions?\s+log|risk\s+register|"
    # "Register of Members' Interests", and with the returns named: "Register of Disclosures of
    # Interests", "Register of Declarations of Interest" (NSW councils' returns, boards' registers)
    r"register\s+of\s+(?:\w+[’']?\s+)?interests|register\s+of\s+(?:disclosures?|declarations?|returns?)\s+of\s+"
    r"(?:\w+\s+)?interests?|"
    # ... and by who discloses: "Register of Disclosures by Councillors and Designated Persons"
    # (NSW councils' registers of returns)
    r"register\s+of\s+(?:disclosures?|declarations?|returns?)\s+(?:by|from)\s+(?:\w+\s+){0,3}(?:members|councillors|directors|persons|officers|trustees|governors)|"
    # "Summary of 2024 Annual Statements of Outside Interests" (US districts' boards), "Directors'
    # Interests Register" (NZ and Australian companies' and boards' registers)
    r"statements?\s+of\s+(?:\w+\s+){0,2}interests|interests\s+register)\b",
    re.I,
)
LOG_TITLE_LINES = 2


def log_paper(doc: Document) -> bool:
    """Whether page 1 is titled as an action log or a register (see _LOG_PAPER_TITLE) and not as
    an agenda."""
    head = [ln for ln in (doc.pages[0].lines if doc.pages else []) if ln.strip()][:LOG_TITLE_LINES]
    return any(_LOG_PAPER_TITLE.search(ln) for ln in head) and not titled_agenda(doc)


# Lines at the head of page 2 where a summons' agenda title is looked for
SUMMONS_AGENDA_LINES = 6


def summons_then_agenda(doc: Document) -> bool:
    """Whether page 1 is a summons or a letter calling the meeting ("You are invited to attend a
    meeting of the CABINET to be held in ... on ...") and page 2 opens with a line "AGENDA"
    (English councils' summonses print the letter on a page of its own, the agenda after it):
    the pack's agenda, whether or not the letter's meeting was recognised."""
    if len(doc.pages) < 2:
        return False
    head = [ln for ln in doc.pages[1].lines if ln.strip()][:SUMMONS_AGENDA_LINES]
    if not any(("genda" in ln or "GENDA" in ln) and AGENDA_KEY.match(ln) for ln in head):
        return False
    return any(_SUMMONS.search(ln) for ln in doc.pages[0].lines[:SUMMONS_LINES])


# Letters and figures of two titles compared to tell whether two readers read the same list (one
# reader may keep a page number the other reads apart: "Opening of Meeting 2")
SAME_TITLE_CHARS = 20


def _number_key(number: str | None) -> str:
    """An item number's letters and figures, lower-cased ("i." and "(i)" alike)."""
    return re.sub(r"[^a-z0-9]", "", (number or "").lower())


def _same_title(a: str, b: str) -> bool:
    ka, kb = (re.sub(r"[^a-z0-9]", "", t.lower())[:SAME_TITLE_CHARS] for t in (a, b))
    n = min(len(ka), len(kb))
    return n > 0 and ka[:n] == kb[:n]


# The heading of an agenda printed as an annex of minutes, alone on its line: "ANNEX 1 – AGENDA",
# "Appendix A: Provisional Agenda", "Annexure II - Agenda" (intergovernmental councils' and regional
# organisations' summary records and records of proceedings print the agenda adopted at the meeting
# as an annex after the record, with the list of participants; Commonwealth and UN-style reports of
# meetings do likewise)
_ANNEX_AGENDA = re.compile(
    r"^\s*(?:annex(?:ure)?|appendix|attachment)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\s*[-–—:.]?\s*"
    r"(?:(?:provisional|adopted|annotated)\s+)?agenda\s*$",
    re.I,
)
# Lines under the annex heading within which the agenda's first item or its table header must come
ANNEX_AGENDA_LINES = 3


def _annex_agenda_page(doc: Document) -> int | None:
    """The index of the page whose lines carry an annexed agenda's heading (see _ANNEX_AGENDA)
    with a numbered item or a table header within ANNEX_AGENDA_LINES lines under it."""
    for k, page in enumerate(doc.pages):
        lines = [unspace(ln.strip()) for ln in page.lines if ln.strip()]
        for i, ln in enumerate(lines):
            if ("genda" in ln or "GENDA" in ln) and _ANNEX_AGENDA.match(ln):
                after = lines[i + 1 : i + 1 + ANNEX_AGENDA_LINES]
                if any(number_of(a) is not None or AGENDA_TABLE_HEADER.match(a) for a in after) or any(
                    re.match(r"^\s*(?:item|no\.?)\s+\w", a, re.I) for a in after
                ):
                    return k
    return None


def annexed_agenda(doc: Document) -> list[AgendaItem]:
    """The agenda printed as an annex of minutes (see _ANNEX_AGENDA): the agenda table read from
    the annex's page on (its header row under the annex heading: "Item | Title | Paper"). Minutes'
    own headings ("AGENDA ITEM 1: OPENING OF THE MEETING") are never read as its items: the table
    reader starts under the table's header row. Read once a document (the gate in
    structure._agenda and extract_agenda both ask)."""
    key = "annexed_agenda"
    if key not in doc.derived:
        k = _annex_agenda_page(doc)
        items: list[AgendaItem] = []
        if k is not None:
            annex = dataclasses.replace(doc, pages=doc.pages[k:], derived={})
            items = table_agenda(annex)
        doc.derived[key] = items
    return [dataclasses.replace(it) for it in doc.derived[key]]  # type: ignore[attr-defined]


def extract_agenda(doc: Document, skip: set[str] | None = None) -> list[AgendaItem]:
    """Front-agenda items: the table layout when there is one, else the
    numbered list, with the file-numbered items of a Legistar-style agenda.
    `skip`: running header and footer lines. None from a report's cover sheet nor from
    minutes (see minutes_document), unless the minutes open with the agenda's table."""
    if report_cover_sheet(doc) or log_paper(doc) or report_paper(doc):
        return []
    minutes = minutes_document(doc)
    if minutes and not minutes_open_with_agenda(doc):
        # ... but for the agenda the minutes print as an annex after the record (see annexed_agenda)
        return annexed_agenda(doc)
    items = table_agenda(doc, minutes=minutes)
    if items:
        return items
    items = text_agenda(doc)
    if minutes:
        # minutes listing their agenda under a line "AGENDA" (or in a minute "2. AGENDA"): the
        # numbered lines under that line, where the list reader took another numbered list (the
        # members present, numbered above the agenda in Kenyan and Caribbean state boards'
        # minutes) or the minute headings; the list reader's items where it read the same list
        # (it reads side columns, pages and times too)
        keyed = keyed_agenda(doc)
        if keyed and introduced_agenda(doc):
            # the agenda a sentence introduces in the minute adopting it: the list reader read the
            # minute headings, which repeat its titles on later pages (Pacific commissions' summary
            # records, Philippine cooperatives' minutes)
            return keyed
        if keyed and not (items and _same_title(items[0].title, keyed[0].title)):
            return keyed
        if keyed and items and _number_key(items[0].number) != _number_key(keyed[0].number):
            # the same first title under other numbers: the list reader read the minute headings
            # ("1.0 OPENING PRAYER AND CALL TO ORDER"), which repeat the titles of the agenda the
            # keyed reader read above them ("i. Opening Prayer and Call to Order" under "2.0
            # ADOPTION OF AGENDA": West African and Caribbean boards' minutes)
            return keyed
        if (
            keyed
            and len(items) > len(keyed)
            and all(_same_title(a.title, b.title) for a, b in zip(items, keyed, strict=False))
        ):
            # the list reader read on past the agenda into the minutes (a resolution's lettered
            # points, an action schedule's numbered rows: Pacific and African boards' minutes);
            # the keyed reader ends the list at the first minute heading
            items = items[: len(keyed)]
    items = items or timed_programme(doc) or session_programme(doc) or presenter_agenda(doc)
    # none of the layouts above: the numbered lines under a line that says "agenda", in whatever
    # numbering the body uses ("25/112" + "a)": English town councils' summonses)
    items = items or keyed_agenda(doc)
    # ... nor numbered at all: an unnumbered list under "Agenda", the presenter's column first
    # (university courts' minutes open with their agenda so)
    items = items or _presenter_column_agenda(doc)
    n_files = sum(1 for p in doc.pages[:12] for ln in p.lines if FILE_ITEM.match(ln))
    if n_files >= MIN_FILE_ITEMS:
        seen = {(it.number, it.title[:30]) for it in items}
        extra = [
            it for it in file_number_agenda(doc, skip or set()) if (it.number, it.title[:30]) not in seen
        ]
        items = sorted(items + extra, key=lambda it: it.page)
    return items

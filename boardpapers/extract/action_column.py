"""Actions of minutes laid out as a table with an action column: "Item | Discussion / Minute
| Action", the owners' initials ("FB", "DO / SW") in the right-hand column of the minute's
row, as NHS trust boards and committees (and many councils) publish their minutes. The
column names who; what they are to do is the paragraph of the row's discussion that says
it ("GL agreed to circulate ...", "it was agreed that the People Committee would review
...")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..layout import Line, layout_of, line_from_spans
from ..layout.lines import em, join_spans
from ..model import Document
from .minute_actions import DIRECTIVE_OPENING, OWNER_ROLE, due_in
from .normalise import date_or_raw
from .records import Action
from .tables import squash

# The header of such a table: an item or minute column, a discussion column, and the
# action column last ("Item | Discussion / Minute | Action", "Minute | Notes | Action by",
# "No. | Item | Lead").
_ACTION_LABEL = re.compile(r"^(?:actions?(?:by|owner)?|owner|lead|bywhom|responsib\w*|who)$")
# ... or the action label paired, after a slash, with a follow-up column's or the label's other
# language ("Action / Follow-up": US special districts' minutes tables; "Gweithredu / Action":
# Welsh community councils' bilingual minutes)
_ACTION_PART = re.compile(r"^(?:actions?|follow-?ups?)$")
_ITEM_LABEL = re.compile(
    # "Min. No.", "Minute No." (parish and harbour commissioners' minutes), "Topic" (US boards'
    # "Topic | Discussion | Action" minutes)
    r"^(?:item|minute|min\.?|no\.?|ref\.?|agendaitem|itemno\.?|min\.?no\.?|minuteno\.?|topic"
    # "S/N", "S/No.", "Sl. No.", "Para" (serial or paragraph numbers: Singapore town councils' and
    # other Commonwealth statutory bodies' minutes, "S/N | Matters | Action By")
    r"|s/no?\.?|(?:sl|sr|s)\.?no\.?|paras?\.?|paragraph)$"
)
# ... "Matters", "Proceedings", "Deliberations" (Commonwealth bodies' minutes tables)
_DISCUSSION_LABEL = re.compile(
    r"discussion|minute|notes?|summary|item|subject|business|matters?|proceedings|deliberations?"
)
# Header cells of such a table: at most this many (trackers have more columns).
MAX_HEADER_CELLS = 4
# ... or one more where the item label opens the header and a discussion label follows it: "Item |
# Subject | Discussion | Resolution / Outcome | Action by" (Australian water corporations' and
# other statutory boards' minutes tables, the resolution in its own column before the action's)
MAX_WIDE_HEADER_CELLS = 5
# A mark's run starts at most this many points left of the "Action" label (labels are set
# centred or flush left over their column; the marks at the column's left edge or centre).
LABEL_SLACK = 6.0
# An item cell opening a row: a minute number or reference ("BoD/24/033", "12.", "5(a)"), also
# after the committee's letters ("QSE 25/17": Welsh health boards' committee minutes).
_ITEM_REF = re.compile(r"^(?:[A-Z]{1,6}\s)?(?=\S*\d)\S{1,15}$")
# ... or an item's number and its title in one cell ("3. Public Comment", "4c. Medical Staff":
# US boards' minutes tables whose left column is the agenda topic)
_NUMBERED_TOPIC = re.compile(r"^\d{1,3}[a-z]?\.\s+[A-Z]")
# A line pitch this much wider than the document's usual one starts a new paragraph
# (Word's space after a paragraph: 4-6 pt on a 12-13 pt pitch).
PARAGRAPH_PITCH = 1.2
# An owner's mark: initials or a role word, stacked marks joined ("DO /" over "SW").
# (initials of up to four letters here: a table's column holds nothing else, where the margin
# reader's three keeps words of running text out)
# ... or an officer's title ("Treasurer": fire authorities' and councils' minute tables), and a
# directorate in brackets after initials ("ACFO (P&C)")
# ... or initials with an apostrophe ("JO'D", "SO’B": Irish surnames in NHS and council minutes)
# ... or with a small particle inside ("OaG" for Owain ap Gwilym, "IMcK": Welsh and Scottish names)
_INITIALS = r"(?:[A-Z]{1,2}['’][A-Z]{1,2}|[A-Z]{2,4}|[A-Z]{1,2}[a-z]{1,2}[A-Z])"
# ... or an acting post's initials ("GM (ag.)", "CEO (Acting)": Caribbean and other Commonwealth
# statutory corporations' minutes)
_QUALIFIER = r"\((?:[A-Z&]{1,6}|[Aa]g\.?|[Aa]cting|[Ii]nterim)\)"
_OWNER = rf"(?:(?:{_INITIALS}|{OWNER_ROLE}|Treasurer|Secretary|Monitoring Officer)(?:\s*{_QUALIFIER})?)"
_MARK = re.compile(rf"^{_OWNER}(?:\s*(?:/|&|,|and)\s*{_OWNER})*\s*(?:/|&|,|and)?$")
# ... or, in the columns of small statutory bodies' minutes (parish, town and community councils,
# drainage boards, harbour commissioners), a post or a member by title and surname: "Town Clerk",
# "Mr Kinvig", "Engineer", "Clerc / Clerk" (the post in both languages), "Town Clerk / Cllr" over
# "Mountford-Lee": capitalised words only, none of them a word of what was done ("Noted")
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Cyng)\.?"
# ... a post abbreviated ("Corp. Sec.", "Marine Supt.", "Fin. Mgr.": Caribbean and other
# Commonwealth statutory corporations' minutes); not an initial ("T. Okafor" alone is no mark)
_CAP_WORD = r"[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)*(?:(?<=[a-z])\.)?"
_NAMED = rf"(?:(?:{_TITLE}\s+)?{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}}|{_TITLE})"
_NAMED_MARK = re.compile(
    rf"^(?:{_OWNER}|{_NAMED})(?:\s*(?:/|&|,|and)\s*(?:{_OWNER}|{_NAMED}))*\s*(?:/|&|,|and)?$"
)
_NOT_OWNER_WORDS = {
    "Noted", "None", "Nil", "No", "Approved", "Agreed", "Resolved", "Carried", "Received", "Deferred",
    "Defeated", "Lost",
    "Information", "Decision", "Discussion", "Assurance", "Complete", "Completed", "Closed", "Ongoing",
    "Open", "Action", "Actions", "See", "Above", "Below", "Report", "New", "Overdue", "Pending",
}  # fmt: skip
# A mark names at most this many words ("Town Clerk / Cllr Mountford-Lee": 5)
NAMED_MARK_WORDS = 6
# The last word of a mark whose name goes on on the line below ("Town Clerk / Cllr" / "Mountford-Lee")
_OPEN_MARK = re.compile(rf"(?:/|&|,|\band|\b{_TITLE})$")


def _broken_post(last: str, mark: str) -> bool:
    """Whether two marks stacked in the column are one post's title wrapped ("Marine" over
    "Supt."): one word each, neither initials nor a post the column names alone ("Clerk" over
    "Chair" are two owners)."""
    return (
        len(last.split()) == 1
        and len(mark.split()) == 1
        and not _MARK.match(last)
        and not _MARK.match(mark)
        and not last.endswith(".")
    )


def _is_mark(text: str) -> bool:
    if _MARK.match(text):
        return True
    if " " not in text.strip() and text.endswith("."):
        return False  # "Board." ending an action written out in the column; "Supt." joins a mark above
    words = text.replace("/", " ").replace("&", " ").replace(",", " ").split()
    return (
        bool(_NAMED_MARK.match(text))
        and len(words) <= NAMED_MARK_WORDS
        and not any(w.rstrip(".") in _NOT_OWNER_WORDS for w in words)
    )


# A due date set under the owner's initials in the action column ("KP" over "04/07/25", "JO'D"
# over "Sep-25": NHS committee minutes' action columns)
_DUE_CELL = re.compile(
    r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[A-Z][a-z]{2,8}\.?[-\s]\d{2}(?:\d{2})?|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{2,4})$"
)
# The owner and the due date labelled under the action written out in the column ("Present a
# revised falls improvement trajectory ..." / "Owner: MJ" / "By: September 2025": NHS committees'
# "Item | Discussion | Action / Owner" minutes)
_OWNER_LABEL = re.compile(
    r"^(?:Owner|Lead|Responsib\w*|Action\s+by|By\s+whom)\s*:\s*(?P<who>\S.{0,60})$", re.I
)
_DUE_LABEL = re.compile(
    r"^(?:By|Due(?:\s+date)?|Deadline|Timescale|Target\s+date|Timeline)\s*:\s*(?P<due>\S.{0,40})$", re.I
)
# A directorate set under the initials it qualifies: "ACFO" over "(P&C)"
_MARK_QUALIFIER = re.compile(rf"^{_QUALIFIER}$")
# What an action's paragraph says: someone agreed or undertook to do something, or would
# bring, report, review ...; something is to be presented; the meeting asked that ...
_DO = (
    r"(?:bring|circulate|review|report|respond|present|provide|share|write|arrange|submit|prepare|"
    r"update|investigate|confirm|check|follow|take|amend|send|produce|develop|publish|seek|discuss|"
    r"commission)"
)
_CUE = re.compile(
    rf"\b(?:agreed|undertook|offered|asked)\s+to\s+\w+|\b(?:would|will|to)\s+(?:\w+\s+)?{_DO}\b|"
    r"\b(?:would|will|to)\s+be\s+(?:brought|presented|reported|circulated|reviewed|shared|amended|provided)\b|"
    r"\b(?:asked|requested)\s+(?:that|for|a|an)\b|\bbe\s+amended\b",
)


@dataclass
class _Para:
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", " ".join(ln.text for ln in self.lines)).strip()


@dataclass
class _Row:
    item: str
    page: int
    paras: list[_Para] = field(default_factory=list)
    marks: list[tuple[str, Line]] = field(default_factory=list)
    dues: dict[int, str] = field(default_factory=dict)  # mark index -> the date set under it
    # the action written out in the action column over its owner's mark ("Patient Safety Lead
    # to present the cross-site learning framework in April 2025." over "CO'S": Welsh health
    # boards' committee minutes): mark index -> (text, first line)
    written: dict[int, tuple[str, Line]] = field(default_factory=dict)
    pending: list[tuple[str, Line]] = field(default_factory=list)
    column: list[tuple[str, Line]] = field(default_factory=list)  # the action column's lines, in order
    first: Line | None = None  # the row's first line (the minute's number and heading)
    inferred: bool = False  # under a header labelling the action column alone (see _Columns)

    def add_mark(self, mark: str, ln: Line) -> None:
        self.marks.append((mark, ln))
        if self.pending:
            text = re.sub(r"\s+", " ", " ".join(t for t, _ in self.pending)).strip()
            self.written[len(self.marks) - 1] = (text, self.pending[0][1])
            self.pending = []


@dataclass
class _Columns:
    body: float | None  # the discussion column starts here (None: to be read from the rows)
    edge: float  # the action column starts here
    inferred: bool = False  # the discussion column's start read from the rows, not a label


def _is_action_label(label: str) -> bool:
    if _ACTION_LABEL.match(label):
        return True
    parts = [p for p in label.split("/") if p]
    return 2 <= len(parts) <= 3 and any(_ACTION_PART.match(p) for p in parts)


# What the last label of a header holds (_ACTION_LABEL, _ACTION_PART), as a substring
_LABEL_WORDS = ("action", "owner", "lead", "who", "responsib", "follow")


# An action label alone on its line heads the column when it starts beyond this share of the
# page's width (parish and drainage boards' minutes print only "ACTION" over the right-hand
# column, the minute numbers and text unlabelled; their column starts at ~0.8 of the width)
LONE_LABEL_SHARE = 0.65


def _header(ln: Line, width: float = 0.0) -> _Columns | None:
    cells = ln.cells()
    if not 1 <= len(cells) <= MAX_WIDE_HEADER_CELLS:
        return None
    labels = [squash(c.text) for c in cells]
    if not _is_action_label(labels[-1]):
        return None
    if len(cells) == 1:
        if not width or cells[0].x0 < LONE_LABEL_SHARE * width:
            return None
        return _Columns(body=None, edge=cells[0].x0 - LABEL_SLACK)
    if len(cells) == 2:
        if _ITEM_LABEL.match(labels[0]) and _body_start(cells[0]) is None:
            # "Minute | Action", "Min. | Action": the item label over the minute numbers, the
            # discussion column unlabelled (town and community councils' minutes)
            return _Columns(body=None, edge=cells[-1].x0 - LABEL_SLACK)
        if not _DISCUSSION_LABEL.search(labels[0]):
            return None
        body = _body_start(cells[0])
        return _Columns(body=-1.0 if body is None else body - LABEL_SLACK, edge=cells[-1].x0 - LABEL_SLACK)
    if (
        len(cells) <= MAX_HEADER_CELLS
        and _ITEM_LABEL.match(labels[0])
        and _DISCUSSION_LABEL.search(labels[1])
    ):
        return _Columns(body=cells[1].x0 - LABEL_SLACK, edge=cells[-1].x0 - LABEL_SLACK)
    # the item label and the subject's run into one cell, closer than the column gap ("Item
    # Subject | Discussion | Resolution / Outcome | Action by"), or a wider header (see
    # MAX_WIDE_HEADER_CELLS): the discussion column starts at the second label, and a discussion
    # label stands among the cells before the action column's
    start = cells[1].x0 if _ITEM_LABEL.match(labels[0]) else _body_start(cells[0])
    if start is None or not any(_DISCUSSION_LABEL.search(x) for x in labels[1:-1]):
        return None
    return _Columns(body=start - LABEL_SLACK, edge=cells[-1].x0 - LABEL_SLACK)


# Rows read to find where an unlabelled discussion column starts: at least this many rows open
# with a minute number followed by text (a header alone over one row is no table)
MIN_INFERRED_ROWS = 2


def _inferred_body(lines: list[Line], header: Line, edge: float) -> float | None:
    """Where the discussion column starts under a header that labels only the action column
    (or the item column over the minute numbers): the left edge of the text after the minute
    numbers opening rows below the header on its page ("25/034   MATTERS ARISING")."""
    starts = []
    for ln in lines:
        if ln.page != header.page or ln.top <= header.top:
            continue
        start = _after_ref(ln)
        if start is not None and start < edge:
            starts.append(start)
    if len(starts) < MIN_INFERRED_ROWS:
        return None
    starts.sort()
    return starts[len(starts) // 2] - LABEL_SLACK


def _apart(item: Line, body: Line) -> bool:
    """Whether a line's item part and discussion part are set apart as two columns' text (by at
    least ITEM_GAP_EMS), as against one line of prose running across both."""
    a = max(item.spans, key=lambda sp: sp.x1)
    b = min(body.spans, key=lambda sp: sp.x0)
    return b.x0 - a.x1 > ITEM_GAP_EMS * max(em(a), em(b))


# A gap this many ems wide parts a wrapped item title from the discussion beside it: twice a
# word space (a quarter em, up to ~0.3 in justified text); the narrowest column gap seen, NHS
# committee minutes in landscape, is ~0.9 em
ITEM_GAP_EMS = 0.6


def _after_ref(ln: Line) -> float | None:
    """Where the text after a line's opening minute number starts, the number set apart by at
    least LABEL_GAP_EMS ("FC24/119    PUBLIC PARTICIPATION", closer than the layout's column gap
    in town councils' minutes), else None."""
    spans = sorted(ln.spans, key=lambda sp: sp.x0)
    for k in range(1, len(spans)):
        a, b = spans[k - 1], spans[k]
        if b.x0 - a.x1 > LABEL_GAP_EMS * max(em(a), em(b)):
            ref = join_spans(spans[:k]).strip()
            return b.x0 if _ITEM_REF.match(ref) else None
    return None


# Two labels of one header cell part at a gap this many ems wide (word spacing is a quarter em):
# "Minute     Item" over a narrow minute-number column and the discussion (NHS committee minutes
# in landscape, the labels closer than the layout's column gap)
LABEL_GAP_EMS = 1.0


def _body_start(cell: Line) -> float | None:
    """Where the discussion column starts when a header cell runs an item label and a discussion
    label together ("Minute Item"): the x of the second label, else None."""
    spans = sorted(cell.spans, key=lambda s: s.x0)
    gaps = [(b.x0 - a.x1, k) for k, (a, b) in enumerate(zip(spans, spans[1:], strict=False), 1)]
    if not gaps:
        return None
    gap, k = max(gaps)
    if gap <= LABEL_GAP_EMS * max(em(spans[k - 1]), em(spans[k])):
        return None
    left = squash(join_spans(spans[:k]))
    right = squash(join_spans(spans[k:]))
    if _ITEM_LABEL.match(left) and _DISCUSSION_LABEL.search(right):
        return spans[k].x0
    return None


def _split(ln: Line, cols: _Columns) -> tuple[Line | None, Line | None, str]:
    """A table line as (item part, discussion part, action-column text)."""
    item = [s for s in ln.spans if s.x0 < cols.body]
    body = [s for s in ln.spans if cols.body <= s.x0 < cols.edge]
    mark = [s for s in ln.spans if s.x0 >= cols.edge]
    return (
        line_from_spans(item, ln.page) if item else None,
        line_from_spans(body, ln.page) if body else None,
        join_spans(mark).strip() if mark else "",
    )


def _rows(doc: Document) -> list[_Row]:
    lay = layout_of(doc)
    widths = {p.number: p.width or 0.0 for p in lay.pages}
    # (pages without boxes have no line with a box: their lines are not built)
    lines = [ln for p in lay.pages if p.has_boxes for ln in p.lines if ln.has_box and ln.spans]
    rows: list[_Row] = []
    cols: dict[int, _Columns] = {}
    headers: set[int] = set()
    for ln in lines:
        low = ln.text.lower()
        if not any(w in low for w in _LABEL_WORDS):
            continue  # the cheap test before the line's cells are read
        c = _header(ln, widths.get(ln.page, 0.0))
        if c is not None and c.body is None:
            c.body = _inferred_body(lines, ln, c.edge)
            if c.body is None:
                continue  # no minute numbers under it: not the header of a minutes table
            c.inferred = True
        if c is not None:
            cols[ln.page] = c
            headers.add(id(ln))
    if not cols:
        return []
    pitches = sorted(
        b.top - a.top for a, b in zip(lines, lines[1:], strict=False) if a.page == b.page and b.top > a.top
    )
    usual = pitches[len(pitches) // 2] if pitches else 12.0
    prev: Line | None = None
    rows_open = False
    active: _Columns | None = None
    page = 0
    for ln in lines:
        if ln.page != page:
            # a table running on over pages without its header repeated (fire authority and
            # council minutes printed from Word): the columns of the page before
            active = cols.get(ln.page) or (active if rows_open and ln.page == page + 1 else None)
            page = ln.page
        c = active
        if c is None or id(ln) in headers:
            continue
        if _is_action_label(squash(ln.text)):
            continue  # the column's label repeated over a page
        item, body, mark = _split(ln, c)
        if item is not None and item.text.strip():
            ref = item.text.strip()
            if body is None or not (_ITEM_REF.match(ref) or _NUMBERED_TOPIC.match(ref)):
                if body is not None and rows and rows_open and _apart(item, body):
                    # the item's title wrapped in its own column ("4c. Medical Staff" /
                    # "Credentialing"): the row goes on
                    item = None
                else:
                    rows_open = False  # prose across the page (the next meeting's date): the table ended
                    continue
        if item is not None and item.text.strip():
            rows_open = True
            rows.append(_Row(item.text.strip(), ln.page, first=ln, inferred=c.inferred))
            rows[-1].paras.append(_Para([body]))  # the minute's title
            if mark:
                rows[-1].column.append((mark, ln))
            prev = body
            labelled = _OWNER_LABEL.match(mark)
            if labelled or _is_mark(mark):
                rows[-1].add_mark(labelled.group("who").strip() if labelled else mark, ln)
            elif mark:
                rows[-1].pending.append((mark, ln))
            continue
        if not rows or not rows_open:
            continue
        row = rows[-1]
        if mark:
            row.column.append((mark, ln))
            last = row.marks[-1] if row.marks else None
            labelled = _OWNER_LABEL.match(mark)
            due = _DUE_LABEL.match(mark)
            if labelled:
                row.add_mark(labelled.group("who").strip(), ln)
            elif due and last and len(row.marks) - 1 not in row.dues:
                row.dues[len(row.marks) - 1] = due.group(
                    "due"
                ).strip()  # "Owner: MJ" over "By: September 2025"
            elif _MARK_QUALIFIER.match(mark) and last and ln.top - last[1].bottom < usual:
                row.marks[-1] = (f"{last[0]} {mark}", last[1])  # "ACFO" + "(P&C)"
            elif _DUE_CELL.match(mark) and last and len(row.marks) - 1 not in row.dues:
                row.dues[len(row.marks) - 1] = mark  # "KP" over "04/07/25"
            elif last and not row.pending and _broken_post(last[0], mark) and ln.top - last[1].bottom < usual:
                # a post's title wrapped in the narrow column: "Marine" / "Supt.", "Finance" /
                # "Manager" (Caribbean and other Commonwealth statutory corporations' minutes)
                row.marks[-1] = (f"{last[0]} {mark}", last[1])
            elif not _is_mark(mark):
                if (
                    mark[:1].islower()
                    and last
                    and not row.pending
                    and not _MARK.match(last[0])
                    and len(row.marks) - 1 not in row.written
                    and ln.top - last[1].bottom < usual
                ):
                    # "Committee Secretariat" / "to re-schedule for April" / "2025." / "DM": a post
                    # opening an action written out in the column, not a mark
                    row.marks.pop()
                    row.pending.append(last)
                row.pending.append((mark, ln))
                continue
            elif last and _OPEN_MARK.search(last[0]) and ln.top - last[1].bottom < usual:
                row.marks[-1] = (f"{last[0]} {mark}", last[1])  # a stacked mark: "DO /" + "SW"
            elif (
                last
                and len(row.marks) == 1
                and last[1] is row.first
                and ln.top - last[1].bottom < usual
                and not row.pending
            ):
                # initials stacked beside the minute's heading and the line under it ("RJC" over
                # "HT": drainage boards' and parish councils' minutes): the minute's joint owners
                row.marks[-1] = (f"{last[0]}, {mark}", last[1])
            else:
                row.add_mark(mark, ln)
        if body is None:
            continue
        new_para = (
            prev is None
            or len(row.paras) == 1  # the title stands alone
            or (prev.page == body.page and body.top - prev.top > PARAGRAPH_PITCH * usual)
            or (prev.page != body.page and row.paras[-1].text.endswith("."))
        )
        if new_para:
            row.paras.append(_Para([body]))
        else:
            row.paras[-1].lines.append(body)
        prev = body
    return _heading_marked(rows)


# Under a header that labels the action column alone, at least this share of the marks stand
# beside their minute's heading (small bodies' columns: one entry per minute, top-aligned), or
# the column is a margin of initials beside the sentences they own (read by minute_actions'
# margin reader, sentence by sentence): in the written sets' parish, town council and drainage
# board minutes all marks do (5 to 7 a document); in a library mutual's board minutes in the
# corpus, 0 of 11; in a county council's scrutiny minutes numbered per paragraph, 1
HEADING_MARK_SHARE = 0.8
MIN_HEADING_MARKS = 2


def _beside_heading(row: _Row, ln: Line) -> bool:
    """Whether a mark stands beside its minute's heading: on the row's first line, which is a
    heading as against the first line of a numbered paragraph whose sentence goes on in lower
    case on the next ("8.2  Members discussed the ... non-" / "recurring measures": NHS boards'
    paragraphs with initials in a margin, read by the margin reader). A row numbered per
    paragraph ("7.2", "10.2") is its own heading: the column's mark top-aligned with the
    paragraph's number is the paragraph's (Caribbean and other Commonwealth statutory
    corporations' minutes, "Members expressed concern ... The Financial" / "Controller to
    provide ..." beside "FC"; the margin reader keeps rows of whole minutes, "8." / "Members
    discussed")."""
    if ln is not row.first:
        return False
    if _PARAGRAPH_NUMBER.match(row.item):
        return True
    nxt = row.paras[1].lines[0].text.lstrip() if len(row.paras) > 1 else ""
    return not nxt[:1].islower()


# A paragraph's number under its minute's: "7.2", "10.12", "5.1(a)"
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}\.\d{1,2}(?:\([a-z]\))?\.?$")


def _heading_marked(rows: list[_Row]) -> list[_Row]:
    marks = [_beside_heading(r, ln) for r in rows if r.inferred for _, ln in r.marks]
    if marks and (sum(marks) < MIN_HEADING_MARKS or sum(marks) < HEADING_MARK_SHARE * len(marks)):
        return [r for r in rows if not r.inferred]
    return rows


_SURNAME = re.compile(rf"\b{_TITLE}\s+([A-Z][\w'’-]+)")


def _owner_words(owner: str) -> list[str]:
    words = re.findall(rf"{_INITIALS}|All|Clerk|Chair|Treasurer|Secretary", owner)
    # a member by title and surname ("Cllr Pemberton", "Mr Kinvig"): the surname
    words += _SURNAME.findall(owner)
    return words


# A sentence ends at a full stop before a capital (not "Mr." / "Dr." / "No.", nor "i.e.")
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Dr|Ms|No|St))(?<!\bMrs)[.!?]\s+(?=[A-Z])")


def _sentences(para: _Para) -> list[_Para]:
    """A paragraph as its sentences, each with the lines it touches: a minute written as one
    block (no paragraph spacing: fire authority and council minutes) whose action is one
    sentence among its discussion ("The Treasurer would circulate the published accounts ...")."""
    starts, pos = [], 0
    for ln in para.lines:
        starts.append(pos)
        pos += len(re.sub(r"\s+", " ", ln.text).strip()) + 1
    text = " ".join(re.sub(r"\s+", " ", ln.text).strip() for ln in para.lines)
    cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    if len(cuts) <= 2:
        return [para]
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        touched = [ln for ln, st in zip(para.lines, starts, strict=True) if st < b and st + len(ln.text) >= a]
        out.append(_Sentence(touched or para.lines[:1], text[a:b].strip()))
    return out


# A minute written as one paragraph of at least this many sentences is read sentence by
# sentence (the written set's action paragraphs run 1-3 sentences, the action referring back
# to the one before: "GL agreed to circulate this ..."; fire authority minutes' blocks run 5-9)
BLOCK_MIN_SENTENCES = 4


def _units(para: _Para) -> list[_Para]:
    """The paragraph whole, or its sentences when it is a whole minute in one block."""
    parts = _sentences(para)
    return parts if len(parts) >= BLOCK_MIN_SENTENCES else [para]


@dataclass
class _Sentence(_Para):
    own_text: str = ""

    @property
    def text(self) -> str:
        return self.own_text


# A sentence directing someone, as small statutory bodies' minutes write the action their column
# marks: "The Clerk to write again to ...", "Mr Kinvig to arrange ...", "The Clerk will submit
# ...", "The Clerk was asked to write ...", "... asked the Clerk to report it ...", "it was agreed
# that the Chairman and Clerk sign ..." (the subject a post or a name, capitalised; not a
# resolution's "RESOLVED to accept")
_SUBJECT_WORDS = (
    r"(?!(?:RESOLVED|AGREED|NOTED|It|This|That|There|These|Members)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
)
_DIRECTION = re.compile(
    rf"\b(?:{_TITLE}\s+)?{_SUBJECT_WORDS}\s+(?:to|will|would|should|shall)\s+(?!be\b)[a-z]{{3,}}"
    r"|\b(?:was|were|is|are)\s+(?:asked|instructed|requested|directed)\s+to\s+[a-z]+"
    rf"|\b(?:asked|instructed|requested|directed)\s+(?:the\s+)?{_SUBJECT_WORDS}\s+to\s+[a-z]+"
    rf"|\bagreed\s+that\s+(?:the\s+)?{_SUBJECT_WORDS}(?:\s+and\s+(?:the\s+)?{_SUBJECT_WORDS})?\s+[a-z]+"
)


def _reads_as_action(text: str) -> bool:
    return bool(_CUE.search(text) or _DIRECTION.search(text))


def _score(para: _Para, owners: list[str], directions: bool = False) -> int:
    """How well a paragraph reads as the action of a mark's owners; `directions`: a sentence
    directing someone counts as the cue does (in rows where no sentence has the cue: the
    directing sentences of small bodies' minutes, as against NHS boards' paragraphs where
    "the Trust would respond ..." reports and the cue's "agreed to" sets the action)."""
    text = para.text
    s = sum(1 for o in owners if re.search(rf"\b{re.escape(o)}\b", text))
    if _CUE.search(text) or (directions and _DIRECTION.search(text)):
        s += 2
    if any(
        re.search(
            rf"\b{re.escape(o)}\b(?:\s+(?:and|&)\s+[A-Z]{{2,4}})?\s+(?:agreed|undertook|would|will|to)\b",
            text,
        )
        for o in owners
    ):
        s += 2
    if DIRECTIVE_OPENING.match(text):
        # a sentence opening with whom it directs ("Ms Kerr to publish ...") over one the cue
        # finds in passing ("... in the terms set out in Appendix 2 to the report": Scottish
        # IJBs' minutes, the direction closing the item)
        s += 1
    return s


def _distance(para: _Para, mark: Line) -> float:
    first = para.lines[0]
    if first.page != mark.page:
        return 1e6 + abs(first.page - mark.page)
    return min(abs(ln.top - mark.top) for ln in para.lines if ln.page == mark.page)


def _column_action(
    row: _Row, mark: int, owner: str, meeting_date: str | None, text: str, said: str, page: int, source: str
) -> Action:
    """An action of the action column: due by the column's date for the mark, else by a date in
    `said` (the text the action was read from)."""
    return Action(
        ref=None,
        text=text,
        owner=owner,
        assigned_on=meeting_date,
        due=date_or_raw(row.dues[mark]) if mark in row.dues else due_in(said),
        status=None,
        status_raw=None,
        update=None,
        page=page,
        tracker="minutes",
        notes=f"{source} from the action column of minute {row.item}",
    )


# A follow-up written in the action column with no owner's mark under it, its owner the
# sentence's subject: "CEO to respond to Mr. Whitcomb in writing.", "Executive Assistant to
# schedule ..." (US boards' "Topic | Discussion | Action / Follow-up" minutes, where the column
# also holds the motions: "Commissioner X moved, Commissioner Y seconded, to approve ...")
_WRITTEN_OWNER = re.compile(
    r"^(?P<owner>(?:[A-Z]{2,5}|[A-Z][a-z]+)(?:\s+(?:[A-Z]{2,5}|[A-Z][a-z]+|of|and|&)){0,4}?)\s+to\s+(?=[a-z])"
)
# The whole of a row's action column as one task and its owner, a person by initial(s) and surname
# (or a title and surname), before the task or after it, set off by a dash: "G. Fitzgerald – algae
# monitoring briefing to April meeting", "N. Campbell-Reid to arrange" (Australian statutory boards'
# "Action by" columns), "Trajectory by specialty to the September meeting – P Venkatesh", "Publish
# – M Haldane" (Scottish health boards' committee minutes); the column wraps anywhere, the surname
# too ("N. Campbell" / "Reid")
_PERSON_OWNER = rf"(?:(?:[A-Z]\.?\s?){{1,3}}|{_TITLE}\s+)[A-Z][\w'’]+(?:[-\s][A-Z][\w'’]+)?"
_OWNER_THEN_TASK = re.compile(
    rf"^(?P<owner>{_PERSON_OWNER})(?:\s+to\s+(?=[a-z])|\s+[–—-]\s+(?P<task>\S.*))", re.S
)
_TASK_THEN_OWNER = re.compile(rf"^(?P<task>\S.*?)\s+[–—-]\s+(?P<owner>{_PERSON_OWNER})\.?$", re.S)


def _column_task(row: _Row, meeting_date: str | None) -> Action | None:
    """The row's action column read whole as one owner and task (see _OWNER_THEN_TASK), else None."""
    if not row.column:
        return None
    text = re.sub(r"\s+", " ", " ".join(t for t, _ in row.column)).strip()
    m = _OWNER_THEN_TASK.match(text) or _TASK_THEN_OWNER.match(text)
    # (a motion's result in capitals closing the column, "Moved: Levi Anguttitauruq – CARRIED", is
    # no owner: Canadian education authorities' "Motion / Action" columns)
    if m is None or m.group("owner").split()[0].rstrip(".").capitalize() in _NOT_OWNER_WORDS:
        return None
    task = m.group("task") or text
    return _minutes_action(
        task, m.group("owner"), meeting_date, row.column[0][1].page,
        f"owner and task in the action column of minute {row.item}",
    )  # fmt: skip


def _minutes_action(text: str, owner: str, meeting_date: str | None, page: int, notes: str) -> Action:
    """An action read from a minutes table's action column: no ref, status or update printed."""
    return Action(
        ref=None,
        text=text,
        owner=owner,
        assigned_on=meeting_date,
        due=due_in(text),
        status=None,
        status_raw=None,
        update=None,
        page=page,
        tracker="minutes",
        notes=notes,
    )


def _written_actions(row: _Row, meeting_date: str | None) -> list[Action]:
    """The sentences of a row's action column, left over once its marks took theirs, that
    say who is to do what."""
    out: list[Action] = []
    if not row.pending:
        return out
    text = re.sub(r"\s+", " ", " ".join(t for t, _ in row.pending)).strip()
    for sentence in _SENTENCE_END.split(text):
        sentence = sentence.strip()
        m = _WRITTEN_OWNER.match(sentence)
        if m is None or m.group("owner").split()[0] in _NOT_OWNER_WORDS:
            continue
        sentence = sentence if sentence.endswith((".", "!", "?")) else f"{sentence}."
        out.append(
            _minutes_action(
                sentence, m.group("owner"), meeting_date, row.pending[0][1].page,
                f"written in the action column of minute {row.item}",
            )
        )  # fmt: skip
    return out


# An action label opening a line of a row's discussion ("Action: Clerk to ...")
_LABELLED = re.compile(r"(?:^|\n|\.\s)(?:Actions?|ACTIONS?)\s*:\s*\S")
# Under a header labelling the action column alone, when this share of the marked rows hold such
# a label, the labels say what the actions are (in the read town council's minutes 7 of 10 do;
# in the parish and drainage boards' none)
LABELLED_ROW_SHARE = 0.5


def _row_text(row: _Row) -> str:
    return "\n".join(ln.text for p in row.paras for ln in p.lines)


def _directing_sentence(row: _Row, owners: list[str]) -> str | None:
    """In a row numbered per paragraph ("7.2", beside one mark), the sentence that says who is to
    do what, the paragraph's discussion before it ("Members expressed concern at the level of
    fuel expenditure. The Financial Controller to provide ...", "... The Council requested the
    Managing Agent to complete ...": Caribbean statutory corporations' and Singapore town
    councils' minutes, "S/N | Matters | Action By"); of several, the one naming the mark's owner,
    else the last (the direction closes the paragraph); a paragraph of one such sentence whole,
    its first line no title. None where the row is not numbered per
    paragraph or no sentence directs anyone."""
    if not _PARAGRAPH_NUMBER.match(row.item):
        return None
    text = re.sub(r"\s+", " ", " ".join(p.text for p in row.paras)).strip()
    sentences = [x.strip() for x in _SENTENCE_END.split(text) if x.strip()]
    found = [(k, x) for k, x in enumerate(sentences) if _reads_as_action(x)]
    if not found:
        return None
    _, best = max(found, key=lambda kx: (_score(_Sentence([], kx[1]), owners, True), kx[0]))
    return best if best.endswith((".", "!", "?")) else f"{best}."


def actions_from_action_column(doc: Document, meeting_date: str | None) -> list[Action]:
    """One action per owner mark in the action column of a minutes table: the row's
    paragraph (or the sentence of a paragraph) that best reads as that owner's action."""
    out: list[Action] = []
    rows = _rows(doc)
    marked = [r for r in rows if r.inferred and r.marks]
    if marked and sum(1 for r in marked if _LABELLED.search(_row_text(r))) >= LABELLED_ROW_SHARE * len(
        marked
    ):
        # the minutes label their actions themselves ("Action: Clerk to forward ..." under the
        # paragraph, the column repeating the owner: town councils' minutes): minute_actions
        # reads the labels, the column is only their index
        rows = [r for r in rows if not r.inferred]
    for row in rows:
        whole = _column_task(row, meeting_date)
        if whole is not None:
            out.append(whole)
            continue
        out.extend(_written_actions(row, meeting_date))
        used: set[int] = set()
        for m, (owner_text, mark_line) in enumerate(row.marks):
            owner = re.sub(r"\s*(?:/|&|,|and)$", "", owner_text).strip()

            if m in row.written:
                text, first = row.written[m]
                out.append(
                    _column_action(row, m, owner, meeting_date, text, text, first.page, "action and owner")
                )
                continue
            owners = _owner_words(owner)
            said = _directing_sentence(row, owners) if len(row.marks) == 1 else None
            if said is not None:
                out.append(_column_action(row, m, owner, meeting_date, said, said, row.page, "owner"))
                continue
            # a minute written as one block (no paragraph spacing) is read sentence by sentence
            block = len(row.paras) == 2
            units = [row.paras[0]] + [u for p in row.paras[1:] for u in (_units(p) if block else [p])]
            body = list(enumerate(units))[1:] or list(enumerate(units))
            directions = not any(_CUE.search(u.text) for _, u in body)
            best = max(
                body,
                key=lambda kp: (
                    _score(kp[1], owners, directions) - (3 if kp[0] in used else 0),
                    -_distance(kp[1], mark_line),
                ),
            )
            used.add(best[0])
            para = best[1]
            # the minute's title says what "the report", "the plan", "this" of the paragraph are
            title = row.paras[0].text.rstrip(" .:")
            if len(units) > 1 and not any(_reads_as_action(u.text) for u in units):
                # no sentence of the minute says what is to be done: the mark stands against the
                # minute as a whole (parish and town councils' columns name the officer who
                # follows a minute up, as against a sentence directing them)
                text = f"{title}: " + " ".join(p.text for p in row.paras[1:])
                out.append(_column_action(row, m, owner, meeting_date, text, text, row.page, "owner"))
                continue
            if para is row.paras[0]:
                text = para.text
            elif best[0] == 1 and para.text[:1].islower():
                # the row's first line is not a title but the paragraph's opening, cut mid-sentence
                # (rows numbered per paragraph, "61.2": NHS committee minutes)
                text = f"{row.paras[0].text} {para.text}"
            else:
                text = f"{title}: {para.text}"
            out.append(
                _column_action(row, m, owner, meeting_date, text, para.text, para.lines[0].page, "owner")
            )
    return out

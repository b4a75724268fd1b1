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
from .minute_actions import OWNER_ROLE, due_in
from .normalise import date_or_raw
from .records import Action
from .tables import squash

# The header of such a table: an item or minute column, a discussion column, and the
# action column last ("Item | Discussion / Minute | Action", "Minute | Notes | Action by",
# "No. | Item | Lead").
_ACTION_LABEL = re.compile(r"^(?:actions?(?:by|owner)?|owner|lead|bywhom|responsib\w*|who)$")
_ITEM_LABEL = re.compile(r"^(?:item|minute|min\.?|no\.?|ref\.?|agendaitem|itemno\.?)$")
_DISCUSSION_LABEL = re.compile(r"discussion|minute|notes?|summary|item|subject|business")
# Header cells of such a table: at most this many (trackers have more columns).
MAX_HEADER_CELLS = 4
# A mark's run starts at most this many points left of the "Action" label (labels are set
# centred or flush left over their column; the marks at the column's left edge or centre).
LABEL_SLACK = 6.0
# An item cell opening a row: a minute number or reference ("BoD/24/033", "12.", "5(a)"), also
# after the committee's letters ("QSE 25/17": Welsh health boards' committee minutes).
_ITEM_REF = re.compile(r"^(?:[A-Z]{1,6}\s)?(?=\S*\d)\S{1,15}$")
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
_OWNER = rf"(?:(?:{_INITIALS}|{OWNER_ROLE}|Treasurer|Secretary|Monitoring Officer)(?:\s*\([A-Z&]{{1,6}}\))?)"
_MARK = re.compile(rf"^{_OWNER}(?:\s*(?:/|&|,|and)\s*{_OWNER})*\s*(?:/|&|,|and)?$")
# A due date set under the owner's initials in the action column ("KP" over "04/07/25", "JO'D"
# over "Sep-25": NHS committee minutes' action columns)
_DUE_CELL = re.compile(
    r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[A-Z][a-z]{2,8}\.?[-\s]\d{2}(?:\d{2})?|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{2,4})$"
)
# A directorate set under the initials it qualifies: "ACFO" over "(P&C)"
_MARK_QUALIFIER = re.compile(r"^\([A-Z&]{1,6}\)$")
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

    def add_mark(self, mark: str, ln: Line) -> None:
        self.marks.append((mark, ln))
        if self.pending:
            text = re.sub(r"\s+", " ", " ".join(t for t, _ in self.pending)).strip()
            self.written[len(self.marks) - 1] = (text, self.pending[0][1])
            self.pending = []


@dataclass
class _Columns:
    body: float  # the discussion column starts here
    edge: float  # the action column starts here


def _header(ln: Line) -> _Columns | None:
    cells = ln.cells()
    if not 2 <= len(cells) <= MAX_HEADER_CELLS:
        return None
    labels = [squash(c.text) for c in cells]
    if not _ACTION_LABEL.match(labels[-1]):
        return None
    if len(cells) == 2:
        if not _DISCUSSION_LABEL.search(labels[0]):
            return None
        body = _body_start(cells[0])
        return _Columns(body=-1.0 if body is None else body - LABEL_SLACK, edge=cells[-1].x0 - LABEL_SLACK)
    if not (_ITEM_LABEL.match(labels[0]) and _DISCUSSION_LABEL.search(labels[1])):
        return None
    return _Columns(body=cells[1].x0 - LABEL_SLACK, edge=cells[-1].x0 - LABEL_SLACK)


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
    lines = [ln for ln in layout_of(doc).lines() if ln.has_box and ln.spans]
    rows: list[_Row] = []
    cols: dict[int, _Columns] = {}
    for ln in lines:
        c = _header(ln)
        if c is not None:
            cols[ln.page] = c
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
        if c is None or _header(ln) is not None:
            continue
        item, body, mark = _split(ln, c)
        if item is not None and item.text.strip():
            if body is None or not _ITEM_REF.match(item.text.strip()):
                rows_open = False  # prose across the page (the next meeting's date): the table ended
                continue
            rows_open = True
            rows.append(_Row(item.text.strip(), ln.page))
            rows[-1].paras.append(_Para([body]))  # the minute's title
            prev = body
            if _MARK.match(mark):
                rows[-1].add_mark(mark, ln)
            elif mark:
                rows[-1].pending.append((mark, ln))
            continue
        if not rows or not rows_open:
            continue
        row = rows[-1]
        if mark:
            last = row.marks[-1] if row.marks else None
            if _MARK_QUALIFIER.match(mark) and last and ln.top - last[1].bottom < usual:
                row.marks[-1] = (f"{last[0]} {mark}", last[1])  # "ACFO" + "(P&C)"
            elif _DUE_CELL.match(mark) and last and len(row.marks) - 1 not in row.dues:
                row.dues[len(row.marks) - 1] = mark  # "KP" over "04/07/25"
            elif not _MARK.match(mark):
                row.pending.append((mark, ln))
                continue
            elif last and re.search(r"(?:/|&|,|and)$", last[0]) and ln.top - last[1].bottom < usual:
                row.marks[-1] = (f"{last[0]} {mark}", last[1])  # a stacked mark: "DO /" + "SW"
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
    return rows


def _owner_words(owner: str) -> list[str]:
    return re.findall(rf"{_INITIALS}|All|Clerk|Chair|Treasurer|Secretary", owner)


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


def _score(para: _Para, owners: list[str]) -> int:
    text = para.text
    s = sum(1 for o in owners if re.search(rf"\b{re.escape(o)}\b", text))
    if _CUE.search(text):
        s += 2
    if any(
        re.search(
            rf"\b{re.escape(o)}\b(?:\s+(?:and|&)\s+[A-Z]{{2,4}})?\s+(?:agreed|undertook|would|will|to)\b",
            text,
        )
        for o in owners
    ):
        s += 2
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


def actions_from_action_column(doc: Document, meeting_date: str | None) -> list[Action]:
    """One action per owner mark in the action column of a minutes table: the row's
    paragraph (or the sentence of a paragraph) that best reads as that owner's action."""
    out: list[Action] = []
    for row in _rows(doc):
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
            # a minute written as one block (no paragraph spacing) is read sentence by sentence
            block = len(row.paras) == 2
            units = [row.paras[0]] + [u for p in row.paras[1:] for u in (_units(p) if block else [p])]
            body = list(enumerate(units))[1:] or list(enumerate(units))
            best = max(
                body,
                key=lambda kp: (
                    _score(kp[1], owners) - (3 if kp[0] in used else 0),
                    -_distance(kp[1], mark_line),
                ),
            )
            used.add(best[0])
            para = best[1]
            # the minute's title says what "the report", "the plan", "this" of the paragraph are
            title = row.paras[0].text.rstrip(" .:")
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

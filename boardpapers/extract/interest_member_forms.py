"""Registers of interests printed as one statutory form per member, read by the entries' font.

Family: councils' registers of members' interests printed one form per member under a
statutory code -- English Localism Act forms (subject | prescribed description | your
interests | spouse's interests), Scottish Councillors' Code categories as bold headings over the
Code's description, Welsh bilingual numbered rows (category | details | date registered),
Northern Irish numbered sections over a "Details of interest | Interest held by" table, Irish
section 171 declarations as lettered questions with the answers under them. The form's shape
differs; what the forms share is the member's block above the form ("Name of member
Councillor ...", a titled name in bold), the categories at the left as rows or headings, and
the member's answers set in one font -- the font of the "None" / "Nil." / "Dim / None" answers
of the categories left empty -- at the left edges of those answers (one column, or the member's
and the spouse's columns). The statute's wording (smaller print, or the heading's own font
where a question wraps under its letter) and columns no "None" stands in ("Interest held by",
dates) are not entries.

So: the entry font and the answer columns are learnt from the empty answers; every cell set in
that font at an answer column is an entry, the text left of the answer columns opens or
continues the category, and a member's name opens a new form. One record per printed entry
(an item mark "(i)", "(a)" or a new row opens one); empty answers are skipped. A fallback: it
runs when no other register reader found anything (`interests.extract_interests`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..layout import layout_of
from ..layout.lines import Line, em, line_from_spans
from ..layout.tables import COLUMN_SLACK, header_cells
from ..model import Document
from .interest_forms import _PERSON_LABEL, FormEntry, _name_heading
from .interest_member_tables import _POST_LABEL

# An empty answer: "None", "Nil.", "N/A", "Dim / None" (Welsh bilingual forms), "Nil return",
# "No interests" -- the cells that show the entry font and the answer columns.
_EMPTY = re.compile(
    r"^\s*(?:(?:dim|dim\s*/\s*none|none|nil|n/?a|nil\s+return|no\s+interests?(?:\s+to\s+declare)?|"
    r"nothing\s+to\s+declare|not\s+applicable)\s*\.?\s*/?\s*)+$",
    re.I,
)
# A form needs this many empty answers to learn its font from (one "None" could be any table's)
MIN_EMPTY_ANSWERS = 2
# a word every answer _EMPTY matches holds, to count them in plain text
_EMPTY_WORD = re.compile(r"\b(?:none|nil|n/?a|dim|no\s+interests?|nothing\s+to\s+declare|not\s+applicable)\b")
# Font sizes within this many points are one font (text layers give sizes to a tenth of a point
# and a few hundredths apart for the same face; the statute's small print is 1.5-2 points smaller
# in the five layouts read)
_SIZE_SLACK = 0.5
# a gap wider than this many points between two runs is a word space or a gutter, not a kern
_RUN_GAP = 1.5
# A run starting at an answer column after a gap this many ems wide opens that column's cell; a
# narrower gap is a word space of a wider cell whose word happens to start there (a one-column
# Part of a form under a Part with member | spouse columns). Measured on the five statutory
# layouts of written-dev14 and a university council's forms: word spaces 0.23-0.38 em, gutters
# between answer columns 0.59-0.79 em.
_GUTTER_EMS = 0.5
# A title that names a member in their form's heading; Welsh bilingual "Cynghorydd / Councillor"
_TITLE = re.compile(
    r"^\s*(?:(?:cynghorydd|comhairleoir)\s*/\s*)?(?P<t>councillor|cllr\.?|alderman|aldermen|"
    r"cynghorydd|comhairleoir|senator|trustee)\s+",
    re.I,
)
# the member's other particulars printed after their name on the same cell: "Municipal District:"
_INLINE_PARTICULAR = re.compile(r"\s{2,}|\s(?=[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s*:)")
# A cell that is only an item or category mark: "1", "(i)", "(a)", "2."
_MARK_ONLY = re.compile(r"^\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]?\s*$", re.I)
# A category's heading opening with its number or letter, or "Category One:", "Part 2 –"
_CATEGORY_START = re.compile(
    r"^\s*(?:\(?(?:\d{1,2}|[a-h])[.)](?:\s|$)|\d{1,2}(?:\s+[A-Z]|$)|(?:category|part|section|schedule)\s+\w+\s*[:.–—-])",
    re.I,
)
# an answer's line opening with its own item mark: "(b) Member, ..." (Welsh forms' lettered
# memberships), "(ii) Dwelling, ..."
_ITEM_START = re.compile(r"^\s*\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s")
# a cell holding only a date: the date an entry was registered, in a column of its own
_DATE_ONLY = re.compile(
    r"^\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{1,2}|"
    r"[A-Za-z]{3,9}\s+\d{4})\s*$"
)
# an entry opening with a label of one or two capitalised words: "Freehold: ...", "Leasehold:
# ...", "Hospitality: ..." (a member's holdings or gifts listed each under its kind)
_ENTRY_LABEL = re.compile(r"^\s*[A-Z][a-z]+(?:\s[A-Za-z][a-z]+)?:\s")
_ROMAN = re.compile(r"^\s*\(?[ivx]{1,4}[.)]", re.I)
# The date a member's form was made, after a date or signature label: "Date of last amendment:
# 30 April 2025", "Signed: 15/05/2025", "Date: 17/02/2025" (the last one of the form wins: the
# date of the latest amendment or the signature under the form)
# ... or after the register's date of update in the member's header block: "Register last
# updated: 12 May 2025", "Last amended:" (Australian councils' registers, one table per member)
_FORM_DATE = re.compile(
    r"\b(?:date(?:\s+of)?(?:\s+[a-z]+){0,3}|signed|llofnodwyd\s*/\s*signed|"
    r"(?:last\s+)?(?:updated|amended|reviewed)(?:\s+on)?)\s*:\s*"
    r"(?P<d>\d{1,2}(?:st|nd|rd|th)?[\s./-]+(?:[A-Za-z]{3,9}|\d{1,2})[\s./-]+\d{2,4})",
    re.I,
)
_TITLE_WORD = {
    "cr": "Councillor",
    "cllr": "Councillor",
    "cynghorydd": "Councillor",
    "comhairleoir": "Councillor",
}


def _cells(line: Line, columns: list[float]) -> list[Line]:
    """The line's cells, cut also where the font size changes (an answer set close after the
    statute's small print) and where a run starts at an answer column."""
    out: list[Line] = []
    for cell in header_cells(line):
        group = [cell.spans[0]] if cell.spans else []
        for sp in cell.spans[1:]:
            prev = group[-1]
            # (a gap before it: the text layer may give every character a run of its own)
            gap = sp.x0 - prev.x1
            at_column = (
                gap > _RUN_GAP
                and gap > _GUTTER_EMS * em(sp)
                and any(abs(sp.x0 - x) <= COLUMN_SLACK for x in columns)
            )
            if abs(sp.size - prev.size) > _SIZE_SLACK or at_column:
                out.append(line_from_spans(group, line.page))
                group = [sp]
            else:
                group.append(sp)
        out.append(line_from_spans(group, line.page) if group else cell)
    return out


def _member(cells: list[Line]) -> tuple[str, str | None] | None:
    """The member a line names: a name label and the titled name ("Name of member Councillor
    Jane Roe", "Name | Alderman John Doe MBE"), or a titled name in bold. (name, title)."""
    first = " ".join(cells[0].text.split())
    m = _PERSON_LABEL.match(first)
    if m and not re.match(r"^\s*name\s+of\s+(?:the\s+)?(?:company|body|organi)", first, re.I):
        rest = m.group("rest").strip(" :") or (" ".join(cells[1].text.split()) if len(cells) > 1 else "")
        rest = _INLINE_PARTICULAR.split(rest, maxsplit=1)[0]
        title = _TITLE.match(rest)
        name = _name_heading(_TITLE.sub("", rest).strip())
        if name and (title or m.group("rest").strip(" :") or len(cells) > 1):
            return name, title.group("t") if title else None
        return None
    title = _TITLE.match(first)
    if title and cells[0].bold:
        name = _name_heading(_TITLE.sub("", _INLINE_PARTICULAR.split(first, maxsplit=1)[0]).strip())
        if name:
            return name, title.group("t")
    return None


def _role(title: str | None) -> str | None:
    if not title:
        return None
    t = title.rstrip(".").lower()
    return _TITLE_WORD.get(t, t.capitalize())


@dataclass
class _Form:
    person: str
    role: str | None
    entries: list[FormEntry]
    text: list[str]
    started: bool = False  # a category has opened


def member_form_entries(doc: Document) -> list[FormEntry]:
    """Every entry of every member's form (see above), the answer's lines joined with newlines;
    nothing unless at least two members' forms hold entries."""
    low = doc.lower_text()
    if "interest" not in low or not any(w in low for w in ("none", "nil", "n/a")):
        return []
    # at least MIN_EMPTY_ANSWERS empty answers on pages with boxes, counted in their plain text
    # before the layout is built (every answer _EMPTY takes holds one of these words)
    boxed = [p.text.lower() for p in doc.pages if p.spans]
    if sum(len(_EMPTY_WORD.findall(t)) for t in boxed) < MIN_EMPTY_ANSWERS:
        return []
    lay = layout_of(doc)
    pages = [(p.number, lay.page(p.number).lines) for p in doc.pages]
    # the entry font and the answer columns, from the empty answers
    sizes: Counter[float] = Counter()
    xs: list[float] = []
    for _, lines in pages:
        for ln in lines:
            if not ln.has_box:
                continue
            for c in header_cells(ln):
                for part in _cells_by_size(c, ln.page):
                    if _EMPTY.match(part.text) and part.text.strip():
                        sizes[round(part.size, 1)] += 1
                        xs.append(part.x0)
    if sum(sizes.values()) < MIN_EMPTY_ANSWERS:
        return []
    size = sizes.most_common(1)[0][0]
    columns: list[float] = []
    for x in sorted(xs):
        if not columns or x - columns[-1] > COLUMN_SLACK:
            columns.append(x)
    forms: list[_Form] = []
    form: _Form | None = None
    category = ""
    label_x: float | None = None  # where the category's label starts
    label_font: tuple[float, bool] = (0.0, False)  # the label's size and weight
    open_entry: dict[int, FormEntry] = {}  # the entry being read in each answer column
    # each entry's lines as printed (text, right edge, column), by id; each column's right edge
    printed: dict[int, list[tuple[str, float, float, int]]] = {}
    right: dict[int, float] = {}
    blocks: dict[int, int] = {}  # each entry's category (by id)
    block = 0  # the category being read, counted; and the answer columns each one fills
    filled: dict[int, set[int]] = {}
    for page_no, lines in pages:
        for ln in lines:
            if not ln.has_box or not ln.text.strip():
                continue
            cells = _cells(ln, columns)
            who = _member(cells)
            if who:
                form = _Form(who[0], _role(who[1]), [], [])
                forms.append(form)
                category, open_entry, label_x = "", {}, None
                continue
            if form is None:
                continue
            form.text.append(ln.text)
            left = [c for c in cells if c.x0 < columns[0] - COLUMN_SLACK]
            answers = [
                (k, c)
                for c in cells
                for k, x in enumerate(columns)
                if abs(c.x0 - x) <= COLUMN_SLACK
                and abs(c.size - size) <= _SIZE_SLACK
                and not c.bold
                and not _DATE_ONLY.match(c.text)
            ]
            # an item mark alone before the answer ("(i) | Farmland ...") opens an entry, not a category
            marked = bool(left) and all(_MARK_ONLY.match(c.text) for c in left) and bool(answers)
            label = " ".join(" ".join(c.text for c in left if not _MARK_ONLY.match(c.text)).split())
            # a category opens with its number ("1.", "(a)", "Category One:"), or as a bold label
            # with its answers beside it (a table's row); not on its label's wrapped lines, which go
            # on in lower case ("Employment," / "office, trade,"), nor on a table's repeated header
            head = " ".join(c.text for c in left).strip()
            starts = (
                bool(head)
                and not marked
                and not head[:1].islower()
                and (
                    (_CATEGORY_START.match(head) and not _ROMAN.match(head))
                    or (any(c.bold for c in left) and bool(answers))
                )
            )
            if starts:
                # (a heading's text beside its mark, not in the entries' font: "(a) | Any occupation")
                label = label or " ".join(
                    " ".join(
                        c.text for c in cells if (k := c) not in left and abs(k.size - size) > _SIZE_SLACK
                    ).split()
                )
                category, open_entry, form.started = label, {}, True
                block += 1
                # (a category in one cell beside the answers; a subject and the statute's
                # description in two cells are a form's label, not a wrapped table cell)
                named = [c for c in left if not _MARK_ONLY.match(c.text)]
                label_x = named[0].x0 if len(named) == 1 else None
                label_font = (named[0].size, named[0].bold) if len(named) == 1 else label_font
            elif category and not answers and left and len(left) == len(cells) and all(c.bold for c in left):
                # the bold label wrapped (not a table's header row, whose cells run on to the right:
                # "Particulars of the interest | Whose interest")
                category = f"{category} {label}"
            elif (
                category
                and label
                # (a wrapped cell goes on in lower case or a figure: "interests in corporations",
                # "$500"; a capital opens a note under the table, "Date of last amendment: ...")
                and not label[:1].isupper()
                and not marked
                and label_x is not None
                and all(abs(c.x0 - label_x) <= COLUMN_SLACK for c in left)
                # (in the label's own font: the statute's description under a category is set
                # smaller or in another weight)
                and all(abs(c.size - label_font[0]) <= _SIZE_SLACK and c.bold == label_font[1] for c in left)
                # (every other cell an answer: a table's header row under the category,
                # "Particulars of the interest | Whose interest", is not its label)
                and len(left) + len(answers) == len(cells)
            ):
                # the category's cell wrapped beside the answers, in the category's column:
                # "Shareholdings and financial" / "interests in corporations" (forms printed as
                # one table per member, category | particulars); the entries read beside its
                # first lines are under the whole label
                category = f"{category} {label}"
                for e in form.entries:
                    if blocks.get(id(e)) == block:
                        e.category = category
            if not form.started:
                # the member's particulars, above the form's first category: a labelled post
                # ("Position: Mayor", "Role: Deputy Chair") is the member's post where the name
                # has no title (a form's title, "Councillor", is kept: the registers read give it);
                # the value in the label's cell or the cell after it (another particular may
                # follow on the line in a cell of its own)
                if form.role is None and (post := _POST_LABEL.match(" ".join(cells[0].text.split()))):
                    after = " ".join(cells[1].text.split()) if len(cells) > 1 else ""
                    form.role = post.group("v").strip() or after or None
                continue
            filled.setdefault(block, set()).update(k for k, _ in answers)
            for k, c in answers:
                text = " ".join(c.text.split())
                if _EMPTY.match(text):
                    open_entry.pop(k, None)
                    continue
                entry = open_entry.get(k)
                if entry is None or marked or starts or _ITEM_START.match(text):
                    entry = FormEntry(form.person, form.role, None, category, text, page_no)
                    form.entries.append(entry)
                    open_entry[k] = entry
                    printed[id(entry)] = []
                else:
                    entry.answer = f"{entry.answer}\n{text}"
                printed[id(entry)].append((text, c.x0, c.x1, k))
                blocks[id(entry)] = block
                right[k] = max(right.get(k, 0.0), c.x1)
    kept = [f for f in forms if f.entries]
    if len(kept) < MIN_EMPTY_ANSWERS:
        return []

    # a column's right edge: the widest line printed in it, counted apart where the category
    # fills the next column too (member | spouse columns side by side, each narrower than the
    # one answer column of another Part of the form) and then no further than the next column
    def beside(e: FormEntry, k: int) -> bool:
        return k + 1 in filled.get(blocks[id(e)], ())

    widest: dict[tuple[int, bool], float] = {}
    for f in kept:
        for e in f.entries:
            for _, _, x1, k in printed[id(e)]:
                key = (k, beside(e, k))
                widest[key] = max(widest.get(key, 0.0), x1)
    for f in kept:
        parted: list[FormEntry] = []
        for e in f.entries:
            edges = {
                k: min(widest.get((k, True), right[k]), columns[k + 1])
                if beside(e, k)
                else widest.get((k, False), right[k])
                for k in right
            }
            parted.extend(_parted(e, printed[id(e)], edges))
        f.entries = parted
    for f in kept:
        dates = [m.group("d") for t in f.text for m in _FORM_DATE.finditer(t)]
        for e in f.entries:
            e.declared_on = " ".join(dates[-1].split()) if dates else None
    return [e for f in kept for e in f.entries]


def _cells_by_size(cell: Line, page: int) -> list[Line]:
    if len(cell.spans) < 2:
        return [cell]
    out: list[Line] = []
    group = [cell.spans[0]]
    for sp in cell.spans[1:]:
        if abs(sp.size - group[-1].size) > _SIZE_SLACK:
            out.append(line_from_spans(group, page))
            group = [sp]
        else:
            group.append(sp)
    out.append(line_from_spans(group, page))
    return out


def _parted(
    entry: FormEntry, lines: list[tuple[str, float, float, int]], right: dict[int, float]
) -> list[FormEntry]:
    """The entry's printed lines (text, left, right, column) parted into the entries they are: a
    line opens an entry of its own when the line above stopped so short of its column's right
    edge that this line's first word would have fitted there (registers printing one interest a
    line, most lines short); or when the entry so far closed its last bracket and this line
    opens in capitals (entries ending in the member's part: "... Union (member)" / "Conservative
    Party (member)"); or when the entry opened with a label and so does this line ("Freehold:
    ..." / "Freehold: ..."). The lines of one entry are joined, a word broken at its hyphen
    without a space."""
    out: list[str] = []
    prev: tuple[str, float, float, int] | None = None
    for text, x0, x1, k in lines:
        if prev is None or not out:
            out.append(text)
        else:
            ptext, px0, px1, _ = prev
            per_char = (px1 - px0) / max(len(ptext), 1)
            first = text.split()[0] if text.split() else ""
            fits = px1 + per_char * (len(first) + 1) < right[k] - COLUMN_SLACK
            closed = ptext.endswith(")") and out[-1].count("(") == out[-1].count(")")
            labelled = bool(_ENTRY_LABEL.match(out[-1]) and _ENTRY_LABEL.match(text))
            if (fits or closed or labelled) and not ptext.endswith(("-", ",")) and not text[:1].islower():
                out.append(text)
            else:
                out[-1] = f"{out[-1]}{text}" if ptext.endswith("-") else f"{out[-1]} {text}"
        prev = (text, x0, x1, k)
    return [replace(entry, answer=" ".join(a.split())) for a in out] if out else [entry]


_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def preferred_reading(by_heading: list[FormEntry], by_font: list[FormEntry]) -> list[FormEntry]:
    """Of the two readings of members' forms, the one to keep: this module's (by the entries'
    font) when it finds more members than the headings reading (`interest_forms.heading_entries`,
    which loses members whose form has no heading it knows); and, on as many members, when the
    headings reading holds every entry this one read and more besides, in answers of one cell
    each (no organisation | nature tables). Those extra answers are what the font reading leaves
    out on purpose: a table's column header ("Details of interest | Interest held by"), the
    "Self" / "Spouse" cell joined to the entry, the statute's question wrapped onto a line of its
    own (Northern Irish boxed sections, Irish lettered paragraphs). A members' table of bodies
    (organisation | nature: university councils', hospital boards' forms) stays with the
    headings reading, which reads both columns where this one reads the first."""
    members_heading = {e.person for e in by_heading}
    members_font = {e.person for e in by_font}
    if len(members_font) > len(members_heading):
        return by_font
    if (
        not by_font
        or members_font != members_heading
        or len(by_heading) <= len(by_font)
        or any(e.organisation is not None for e in by_heading)
    ):
        return by_heading
    said: dict[str, set[str]] = {}
    for e in by_heading:
        said.setdefault(e.person, set()).update(_words(e.answer))
    # every word of every entry read by font is in the same member's answers read by heading
    # (words, not whole answers: the headings reading may cut one entry over two lines)
    if all(_words(e.answer) <= said[e.person] for e in by_font):
        return by_font
    return by_heading

"""Registers of interests printed as one section per member, each under the same category labels.

Family: councils' and public boards' registers and annual disclosure statements laid out per
member, the form's categories repeated under every member's name:
  - NZ councils' registers of elected members' interests: "Cr Daniel McKinnon" heading, a post
    and date line ("Coastal Ward | Return received 14 January 2025"), bold category
    sub-headings ("Employment", "Trusts and Māori land") in two columns, the answers indented
    under each, one per line, or "Nil";
  - English national park and council registers: one page per member, the numbered categories of
    the regulations as bold run-in labels in two columns ("4. Land: None", "1. Employment,
    office, ...:" with the answers on the lines under it);
  - Canadian statements of disclosure: "Name: Councillor X   Office: Councillor", five numbered
    questions ("1. Sources of income.") each with its printed explanation, then the answers;
  - Caribbean and other boards' standing registers: "Mr. X — Chairman (declaration dated ...)"
    over a small label | answer table ("Directorships | Nil").
The person is the section's heading and the category a label inside it, so neither the table
readers (a name column) nor the forms readers (a label | answer box per member) see them. The
signature that tells such a register from minutes with names in bold: three members or more,
and labels that recur under most members' headings (a form's categories).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace

from ..layout import Line, layout_of
from ..layout.lines import join_spans
from ..layout.tables import join_wrapped
from ..model import Document, Span
from .attendance import HONORIFIC_RE, NON_NAME, ORG_WORDS, PARTICLES, strip_honorifics
from .dates import find_date
from .interest_nil import NIL_PHRASE
from .normalise import interest_category
from .records import Interest

# A register of this layout names at least this many members (the read ones: 5 to 7).
MIN_MEMBERS = 3
# A label is one of the form's categories when it recurs under at least this share of the
# members (a member may leave out a category with nothing to declare; all five read registers
# repeat every label under every member) ...
LABEL_SHARE = 0.5
# ... and the form has at least this many such labels (the read forms: 5, 6, 7 and 11 categories).
MIN_FORM_LABELS = 2
# A form's labels side by side on one line: at most this many columns (the read forms: 1 or 2).
MAX_LABEL_COLUMNS = 2
# The headed forms' reader took a register's labels for entries when this share of its records
# open with one (the read two-column run-in register: 5 of 12; its own forms' entries: none).
HEADED_LABEL_SHARE = 1 / 3
# At least this share of a form's labels name a kind of interest (the read registers: 6 of 6, 5 of
# 5, 6 of 6 and 12 of 13; a bulk corpus's application forms under each applicant: 1 of 10).
CATEGORY_SHARE = 0.5
# A line under the labels is the form's printed words (a question's explanation, a closing
# declaration) when it recurs under this share of the members: the form prints it under every
# one (an Australian council's summary of returns: "<council> – Councillor allowance" is an
# answer under 4 of its 5 members)
FORM_LINE_SHARE = 1.0
# Sections side by side: a section's first column starting within this many points of another's
# is in the same column of blocks (three layout slacks; the read two-block page: 36 and 324 pt)
BLOCK_SLACK = 3 * 6.0
# Lines between a member's heading and the first label that state the post and the date.
MAX_HEAD_LINES = 3
# a cell's left edge within this many points of a column's start is in that column (the layout
# layer's own slack, layout.tables.COLUMN_SLACK)
_SLACK = 6.0
# A gap wider than this many font sizes between two runs splits a line into cells (the layout
# layer's Line.cells uses 2.0; a label and its answer in a small table sit 1.2 sizes apart).
_CELL_GAP_SIZES = 1.0

# A label's wrapped line is at most this many font sizes below the line above it (line spacing
# is 1.2 to 1.5 sizes; the next label of a form set in lower case is two lines or more below)
_WRAP_LINES = 1.8

# the words of a register of interests or of disclosure statements (a cheap gate on the text)
_GATE_WORDS = ("interest", "disclos", "declar")
# a line of the plain text that opens with a titled name or a name label (the gate before the
# layout): "Cr Daniel McKinnon", "Name: Councillor X", "Mr. Ravi Persad-Maharaj — Chairman"
# (the number may be a section's: "2.3 Prof. X", registers numbered as a report's sections)
_MEMBER_LINE = re.compile(
    r"^\s*(?:\d{1,2}(?:[.)]|\.\d{1,2}\.?)[ \t]+)?(?:(?i:name)[ \t]*:[ \t]*)?(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Cr|Cllr"
    r"|Councillor|Mayor|Deputy[ \t]+Mayor|Reeve|Alderman|Eng|Engr|CPA|Hon|Sr|Sister|Trustee|Commissioner)\.?[ \t]+[A-Z]",
    re.M,
)
# ... counted over "\n" + the text as a line break and what follows: the same matches (each ends on
# a capital, never just after a line break), with a first character the regex engine skips to
# rather than trying `^` at every position (2.5x faster; 0.33% of text-only ingest on the bulk corpus)
_MEMBER_LINE_SCAN = re.compile("\n" + _MEMBER_LINE.pattern.removeprefix("^"))
# titles and offices printed before a member's name: local government ("Mayor", "Deputy Mayor",
# "Cr", "Councillor", "Reeve"), professional titles of boards ("Eng.", "CPA", "Hon.") on top of
# the honorifics of attendance.HONORIFIC_RE
_TITLE = re.compile(
    r"^(?:(?:Deputy\s+|Acting\s+|Pro\s+)?(?:Mayor|Reeve|Warden)\b\.?|Cr\.?|Crs\.?|Councillor|Cllr\.?|Alderman|"
    r"Ald\.|Eng\.|Engr\.|CPA|CA|Hon\.?|Honourable|Hon'ble|"
    # a nurse's "Sister" ("Sr. Mary Odhiambo": hospital boards' nursing members)
    r"Sr\.|Sister|"
    # the office of an elected school trustee or commissioner as a title: "Trustee Janet McAlister
    # (Chair) — Zone 1" (Ontario and US school boards' registries of trustees' statements)
    r"Trustee|Commissioner)\s+"
)
# a name label alone in its cell, the name in the next cell of its line: "Name:", "Member's name:"
_BARE_NAME_LABEL = re.compile(r"^\s*(?:(?:member'?s?\s+|full\s+)?name)\s*:\s*$", re.I)
# "Name: Councillor Jean-Luc Tremblay" (a form's name label), "3. Dr. Fatuma Hassan Abdi"
_NAME_LABEL = re.compile(
    r"^\s*(?:\d{1,2}(?:[.)]|\.\d{1,2}\.?)\s+)?(?:(?:Member'?s?\s+|Full\s+)?name\s*:\s*)?", re.I
)
# the post printed after the name on its line: "Office: Mayor" (a second label), "— Chairman"
_OFFICE = re.compile(r"\s+(?:office|position|post|role|title)\s*:\s*(?P<post>.*)$", re.I)
_NAME_DASH = re.compile(r"\s+[—–]\s+|\s+-\s+")
# "(declaration dated 17th January, 2025)", "(form dated ...": the date of the return, after the
# post, perhaps cut by the line's end
_DATED = re.compile(r"\s*\((?:[\w ]{0,30}?\s)?(?:dated|filed|received|made|signed)\b.*$", re.I)
# the post in brackets after the name: "Cr Jane Smith (Mayor)", "(Deputy Chair)" (a title
# word first: a name in brackets, "(Bill)", is part of the name)
_POST_BRACKETS = re.compile(
    r"\s+\((?P<post>(?:Deputy\s+|Acting\s+|Vice[- ])?(?:Mayor|Chair\w*|President|Reeve|Warden|Leader|Speaker)"
    r"[^()]{0,40})\)\s*$"
)
# post-nominal letters after a comma: "Peter Mutai, OGW", "Carol-Ann MacDougall, CPA, CA", and
# degrees in mixed case (two capitals at least), a speciality in brackets after one: "MBChB",
# "MMed (Paeds)", "BScN", "PhD", "CPA(K)" (boards' registers naming members with their degrees)
_POST_LETTERS = re.compile(
    r"(?:,\s*(?:[A-Z][A-Z.()&]{1,8}|[A-Z][a-z]*[A-Z][A-Za-z.&]*(?:\s*\([A-Za-z]{1,8}\))?))+\s*$"
)
# a word of a person's name: capitalised, an initial ("K."), or a name in brackets ("(Bill)")
_NAME_WORD = re.compile(r"^\(?[A-Z][\w'’.-]*\)?$")
# a label's number or letter: "4.", "11)", "(c)", "c)" (forms numbering their categories, or
# lettering them as heads of a policy: "(a) Employment and remunerated positions")
_LABEL_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]|\(?[a-h]\))\s*")
# a lettered label opens a label of its own, not the wrapped line of the one above
_LETTERED_LABEL = re.compile(r"^\([a-h]\)\s")
# words of headings and bodies that attendance's NON_NAME and ORG_WORDS leave out
_NOT_NAME = {"Meeting", "Chartered", "Accountants", "Limited", "Inc.", "Register", "Statement", "Statements"}
# a post or date line's parts: "Deputy Mayor, Coastal Ward | Return received 30 January 2025"
_PARTS = re.compile(r"\s+[|·•]\s+|\s{3,}")
# an answer that declares nothing: "Nil", "None", "Not applicable", "N/A", "No interests",
# "None declared", "Nil return"
_NOTHING = re.compile(rf"^\s*(?:-+|–|{NIL_PHRASE})\s*\.?\s*$", re.I)
# a numbered label of a form read from plain text: "1. Sources of income.", "4. Land: None"
_NUMBERED_LABEL = re.compile(
    r"^\s*(?P<num>\d{1,2})[.)]\s+(?P<label>[A-Z][^:]{1,80}?)(?:[.:]\s*(?P<rest>.*))?$"
)
# a numbered question of a form on a line of its own: "7. Any shareholding in a company which ..."
_NUMBERED_QUESTION = re.compile(r"^\s*(?P<num>\d{1,2})[.)]\s+(?P<label>[A-Z][^:]{10,200}?)[.:?]?\s*$")
# the letters of a lettered list run on one line: "(a) Mannin Marine ... (b) Peel Trust"
_LETTERED = re.compile(r"(?:^|\s+)\([a-h]\)\s+")
# items separated by semicolons
_SEMICOLON = re.compile(r"\s*;\s+")
# a word of three letters or more: a label names its category in words
_WORD = re.compile(r"[^\W\d_]{3,}")
# a label of the form's head, not a category of interest: "Date of statement", "Position",
# "Ward and party", "Date of last amendment"
_HEAD_FIELD = re.compile(
    r"^(?:date\b|position\b|office\b|post\b|role\b|ward\b|party\b|name\b|signed\b|signature\b)", re.I
)
# a dated line closing a member's section: "Date of declaration: 14 July 2025", "Signed and
# dated: 3 May 2025", "Date: 1/8/2025" (registers printing each member's date under their answers)
_FOOT_DATE = re.compile(r"^\s*(?:date|signed|dated|declared)\b[^:]{0,40}:\s*\S", re.I)
# a head field naming the seat a member holds: "Area: City of Timmins (Wards 1–3)", "Ward:
# Coastal", "Electoral division: ..." (up to another field's label, "Statement filed:", which
# the layout may run on without a space)
_SEAT_FIELD = re.compile(
    r"^(?:area|ward|district|division|electoral\s+(?:area|division)|constituency|zone)\s*:\s*(?P<seat>.+?)"
    r"(?:\s*(?:[–—-]\s+)?(?-i:[A-Z][a-z]+(?:\s+[a-z]+){0,2}):.*)?$",
    re.I,
)
# a head field naming the member's post
_POST_FIELD = re.compile(r"^(?:position|office|post|role)\b", re.I)
# a label's words: at most this many (the longest read label: "11. Bodies whose principal purposes
# include the influence of public opinion or policy (including any political party or trade
# union)", 21 words)
MAX_LABEL_WORDS = 24
# an answer's line that goes on from the line above: the line above ends inside a phrase
_OPEN_END = re.compile(r"(?:[,–—/&(-]|\b(?:and|or|of|the|with|for|to|in|at|by|from|on|a|an))\s*$", re.I)
# an entry whose sentence closes at its line's end: a full stop after a word of three small letters
# or a bracket ("... Pretoria." / "Smallholding (4 ha), ..."; not "St." or "Ltd." inside a name)
_SENTENCE_END = re.compile(r"(?:[a-z]{3}|\))\.$")
# the dash between an entry's post and its body: "Director – Tane Holdings Limited"
_ENTRY_DASH = re.compile(r"\s[–—]\s")
# a register's title is at most this many words ("Statements of Disclosure filed by Members of
# Council – 2025 annual filing", 13; a preface's sentence is longer)
MAX_TITLE_WORDS = 15
# a register's title wraps over at most this many more lines (the read titles: one or three)
MAX_TITLE_LINES = 2
# a numbered heading of the paper's parts: "2. Declarations by Members", "3.1 Register"
_SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]")
# the register's title above the first member: "Register of Elected Members' Interests",
# "Statements of Disclosure ...", "Directors' Standing Register of Interests"
_REGISTER_TITLE = re.compile(
    r"\bregister\b|\binterests?\b|\bdisclosures?\b|\bdeclarations?\b|\bstatements?\s+of\b|\breturns?\s+of\b",
    re.I,
)
# the kind of interest a form's label names, when it does not say (pecuniary ...) itself: a
# relative's interests are indirect; memberships and bodies non-pecuniary; income, property,
# business and gifts pecuniary (first match wins)
_LABEL_KINDS = (
    ("indirect", re.compile(r"\b(?:spouse|relatives?|family\s+members?|close\s+associates?)\b", re.I)),
    (
        "non-pecuniary",
        re.compile(
            r"\b(?:memberships?|associations?|bodies|charit\w*|voluntary|volunteer\w*|committees|other\s+interests|clubs?|societ(?:y|ies))\b",
            re.I,
        ),
    ),
    (
        "pecuniary",
        re.compile(
            r"\b(?:employment|occupation|directorships?|shareholdings?|shares|property|land|assets|income|compan(?:y|ies)"
            r"|liabilit\w*|gifts?|hospitality|business|trusts?|contracts?|sponsorship|securities"
            # paid advice: "Consultancies and retainerships", "Remunerated consultancies"
            # (Southern African and UK parliamentary-style registers' categories)
            r"|consultanc(?:y|ies)|retainer(?:ship)?s?)\b",
            re.I,
        ),
    ),
)
# column band headings over a register's labels: "Disclosable Pecuniary Interests", "Other
# Registrable Interests" (English councils' codes of conduct: the second are non-pecuniary)
_OTHER_REGISTRABLE = re.compile(r"\bother\s+registrable\b", re.I)


@dataclass
class _Cell:
    text: str
    x0: float
    x1: float
    top: float
    page: int
    bold: bool
    seq: int
    first: bool  # the first cell of its line
    line: Line


@dataclass
class _Label:
    cell: _Cell
    text: str
    last: _Cell  # its last line (a label may wrap)
    entries: list[list[_Cell]] = field(default_factory=list)
    band: str | None = None  # the category of the column band it sits under


@dataclass
class _Section:
    person: str
    head: _Cell
    post: str | None
    head_lines: list[str] = field(default_factory=list)
    cells: list[_Cell] = field(default_factory=list)
    columns: list[float] = field(default_factory=list)
    # the date the member's section closes on: "Date of declaration: 14 July 2025"
    foot_date: str | None = None


def _runs(spans: list[Span]) -> list[list[Span]]:
    """A line's spans in cells: split at wide gaps and where the face turns from bold to
    regular or back at a word's edge (a bold label and its answer on one line)."""
    out: list[list[Span]] = [[spans[0]]]
    for s in spans[1:]:
        prev = out[-1][-1]
        size = max(s.size, prev.size, 1.0)
        gap = s.x0 - prev.x1
        word_edge = gap > 0.15 * size or prev.space_after or not prev.text.strip() or not s.text.strip()
        if gap > _CELL_GAP_SIZES * size or (s.bold != prev.bold and word_edge and s.text.strip()):
            out.append([s])
        else:
            out[-1].append(s)
    return out


def _cells(line: Line, seq: int) -> list[_Cell]:
    if not line.has_box or not line.spans:
        text = " ".join(line.text.split())
        return (
            [_Cell(text, 0.0, float(len(text)), 0.0, line.page, line.bold, seq, True, line)] if text else []
        )
    out: list[_Cell] = []
    for run in _runs(list(line.spans)):
        text = " ".join(join_spans(run).split())
        if not text:
            continue
        chars = sum(len(s.text) for s in run)
        bold = sum(len(s.text) for s in run if s.bold) * 2 > chars
        out.append(_Cell(text, run[0].x0, run[-1].x1, line.top, line.page, bold, seq, not out, line))
    return out


def _name(text: str) -> str | None:
    """A person's name as printed: two to six words, each capitalised, an initial or a name in
    brackets; titles and post-nominals dropped."""
    text = _POST_LETTERS.sub("", text).strip(" ,")
    while True:
        m = _TITLE.match(text) or HONORIFIC_RE.match(text)
        if not m or m.end() == 0:
            break
        text = text[m.end() :]
    text = strip_honorifics(text)
    words = text.split()
    # (a particle inside the name in lower case: "Kiprop arap Lagat", "Jan van Dijk")
    if not 2 <= len(words) <= 6 or not all(
        _NAME_WORD.match(w) or (0 < i < len(words) - 1 and w in PARTICLES) for i, w in enumerate(words)
    ):
        return None
    if sum(1 for w in words if not w.startswith("(") and len(w.rstrip(".")) > 1) < 2:
        return None
    return text


def _member(cell: _Cell) -> tuple[str, str | None] | None:
    """(name, post) when a cell opens a member's section: a name label ("Name: Mayor X"), or a
    titled name, or a bold name, perhaps numbered, with the post after a dash ("Mr. X — Chairman
    (declaration dated ...)") or after a second label ("Office: Mayor")."""
    if not cell.first:
        return None
    raw = cell.line.text if not cell.line.has_box else cell.text
    raw = " ".join(raw.split())
    labelled = bool(re.match(r"^\s*(?:\d{1,2}[.)]\s+)?(?:(?:member'?s?\s+|full\s+)?name)\s*:", raw, re.I))
    text = _NAME_LABEL.sub("", raw, count=1)
    post = None
    m = _OFFICE.search(text)
    if m:
        post, text = m.group("post").strip() or None, text[: m.start()]
    text = _DATED.sub("", text)
    parts = _NAME_DASH.split(text, maxsplit=1)
    if len(parts) == 2:
        text, post = parts[0], (post or parts[1].strip() or None)
    m = _POST_BRACKETS.search(text)
    if m:
        text, post = text[: m.start()], (post or m.group("post"))
    titled = bool(_TITLE.match(text) or HONORIFIC_RE.match(text))
    if not (labelled or titled):
        return None  # a bold line alone is an item's or a category's heading as often as a name
    if text.isupper() and not (labelled or titled):
        return None  # "DECLARATION OF CONFLICTS OF INTEREST", "CARONI WETLANDS ...": headings
    name = _name(text)
    if name is None or any(w in ORG_WORDS or w in NON_NAME or w in _NOT_NAME for w in name.split()):
        return None  # "Ordinary Council Meeting", "Lee Chartered Accountants": a body or a heading
    return name, post


def _label(cell: _Cell) -> tuple[str, str | None] | None:
    """(label, answer on the same cell) when a cell is one of the form's labels: bold text, or a
    numbered line of a plain-text page ("1. Sources of income.", "4. Land: None")."""
    if cell.bold:
        if len(cell.text.split()) > MAX_LABEL_WORDS or not _WORD.search(cell.text):
            return None  # "1", "10:10": an agenda's item number or time in bold
        return cell.text, None
    if cell.line.has_box:
        # a numbered question of a form printed in a regular face, the answers indented under it
        # ("1. The name of any company ... of which you are a director ..."; Manx and other
        # island boards' statutory forms): a label when it recurs under the members (the form
        # labels' test in labelled_member_sections)
        m = _NUMBERED_QUESTION.match(cell.text) if cell.first else None
        if not m or len(m.group("label").split()) > MAX_LABEL_WORDS:
            return None
        return f"{m.group('num')}. {m.group('label')}", None
    m = _NUMBERED_LABEL.match(cell.text)
    if not m or len(m.group("label").split()) > MAX_LABEL_WORDS // 2:
        return None
    return f"{m.group('num')}. {m.group('label')}", (m.group("rest") or "").strip() or None


def _key(text: str) -> str:
    """A label's text compared across members: words only, no numbering."""
    # (a comma the layout set on another baseline and dropped: "boards committees and ...")
    return " ".join(re.sub(r"[:,;]", " ", _LABEL_NUMBER.sub("", text).lower()).split())


def _category(label: str, band: str | None) -> str:
    bare = _LABEL_NUMBER.sub("", label).strip(" .:")
    cat = interest_category(bare) or "other"
    if cat == "other":
        # a relative's interests first; else the kind the label names first, its head noun
        # ("Companies and other bodies": a business interest)
        found = [
            (m.start(), i, kind) for i, (kind, words) in enumerate(_LABEL_KINDS) if (m := words.search(bare))
        ]
        if found:
            return found[0][2] if found[0][2] == "indirect" else min(found)[2]
    if cat == "other" and band:
        cat = "non-pecuniary" if _OTHER_REGISTRABLE.search(band) else (interest_category(band) or "other")
    return cat


def _first_word_width(cell: _Cell) -> float:
    word = cell.text.split()[0] if cell.text.split() else ""
    if not cell.line.has_box:
        return float(len(word))
    return (cell.x1 - cell.x0) * len(word) / max(len(cell.text), 1)


def _goes_on(prev: _Cell, cell: _Cell, entry: list[_Cell], right: float) -> bool:
    """The cell carries on the entry above rather than starting a new one."""
    first = cell.text[:1]
    if first.islower() or first in "()&":
        return True
    if _OPEN_END.search(prev.text):
        return True
    joined = " ".join(c.text for c in entry)
    if joined.count("(") > joined.count(")"):
        return True
    if _ENTRY_DASH.search(joined) and _ENTRY_DASH.search(cell.text):
        return False  # "Partner – Raman & Lee" then "Shareholder – Southern Dairy": two entries
    if cell.line.has_box and cell.x0 < entry[0].x0 - _SLACK:
        return True  # back to the margin under a run-in answer
    if _SENTENCE_END.search(prev.text) and first.isupper():
        return False  # the entry above closed its sentence on its line; this one opens the next
    # the first word would have fitted at the end of the line above: a new entry
    space = 1.0 if not cell.line.has_box else 0.3 * max(cell.line.size, 1.0)
    return prev.x1 + space + _first_word_width(cell) > right + (_SLACK if cell.line.has_box else 0.0)


def _sections(
    cells: list[_Cell], styled: dict[int, tuple[str, str | None]] | None = None
) -> tuple[list[_Section], int]:
    sections: list[_Section] = []
    first_index = -1
    skip = -1
    for i, c in enumerate(cells):
        if i == skip:
            continue
        # members' headings known by their style (interest_section_columns), else by a title
        m = styled.get(id(c)) if styled is not None else _member(c)
        if m is None and _BARE_NAME_LABEL.match(c.text) and i + 1 < len(cells) and cells[i + 1].seq == c.seq:
            # a name label in its own cell, the name in the next cell of the line ("Name:   Ms X":
            # Scottish boards' registers print the member's particulars as a label | value block)
            nxt = cells[i + 1]
            joined = _Cell(f"{c.text} {nxt.text}", c.x0, nxt.x1, c.top, c.page, c.bold, c.seq, True, c.line)
            m = _member(joined)
            if m:
                skip = i + 1
        if m:
            if first_index < 0:
                first_index = i
            sections.append(_Section(m[0], c, m[1]))
        elif sections:
            sections[-1].cells.append(c)
    return sections, first_index


def _heads_member(cell: _Cell | None) -> bool:
    """Whether a line's first cell is a titled member's heading."""
    return cell is not None and bool(_TITLE.match(cell.text)) and bool(_member(cell))


def _member_columns(cells: list[_Cell]) -> list[_Cell]:
    """The cells in reading order where members' sections stand side by side, two or more to a
    row of the page (Ontario school boards' registries print trustees' statements so, a heading
    per trustee at the top of each block): a page where a member's heading opens a cell that is
    not its line's first is read down each column of blocks in turn, the cells of a line split
    at the column where those headings start."""
    out: list[_Cell] = []
    page_cells: dict[int, list[_Cell]] = {}
    for c in cells:
        page_cells.setdefault(c.page, []).append(c)
    for page in page_cells.values():
        opening = {c.seq: c for c in page if c.first}  # each line's first cell
        # (not a name in the cell after its label: "Name:   Councillor X", a label | value block)
        starts = sorted(
            c.x0
            for k, c in enumerate(page)
            if not c.first
            and c.line.has_box
            and _TITLE.match(c.text)
            and not (k and page[k - 1].seq == c.seq and page[k - 1].text.rstrip().endswith(":"))
            and _member(replace(c, first=True))
            # ... beside another member's heading opening the same line: two blocks side by side
            # (a titled name inside a table's row or a sentence is no second block)
            and _heads_member(opening.get(c.seq))
        )
        if not starts:
            out += page
            continue
        split = starts[0] - _SLACK
        left = [c for c in page if c.x0 < split]
        right = [c for c in page if c.x0 >= split]
        seen: set[int] = set()
        for c in right:  # the first cell of its line in its column opens a member's heading
            if c.seq not in seen:
                seen.add(c.seq)
                c.first = True
        out += left + right
    return out


def _register_title(cells: list[_Cell]) -> str | None:
    """The register's title: the last title line before its first member (a heading, or a
    short line of a plain-text page)."""
    for i in range(len(cells) - 1, -1, -1):
        c = cells[i]
        if len(c.text.split()) > MAX_TITLE_WORDS or not _REGISTER_TITLE.search(c.text):
            continue
        if _SECTION_NUMBER.match(c.text):
            continue  # "2. Declarations by Members": a numbered part of the paper, not its title
        if c.bold or c.line.heading or not c.line.has_box:
            # a title wrapped over lines of its face: "REGISTER OF INTERESTS OF MEMBERS OF THE
            # BOARD OF" / "MANAGEMENT" / "2025/26"
            text, last = c.text, c
            for nxt in cells[i + 1 : i + 1 + MAX_TITLE_LINES]:
                if nxt.seq != last.seq + 1 or nxt.page != c.page or nxt.bold != c.bold:
                    break
                if nxt.line.has_box and abs(nxt.line.size - c.line.size) > 0.5:
                    break
                if len(text.split()) + len(nxt.text.split()) > MAX_TITLE_WORDS:
                    break
                text, last = f"{text} {nxt.text}", nxt
            return text
    return None


def _date_after(doc: Document, sec: _Section) -> str | None:
    """The date on the lines after a member's heading in the page's text (the layout drops a
    line that recurs on every page, such as "Local government: ... Date filed: ...", as
    furniture)."""
    page = doc.pages[sec.head.page - 1] if 0 < sec.head.page <= len(doc.pages) else None
    if page is None:
        return None
    at = page.text.find(sec.head.text)
    if at < 0:
        return None
    lines = page.text[at:].splitlines()[: MAX_HEAD_LINES + 1]
    return find_date(" ".join(lines))


# The declaration's own date among the particulars under a member's heading, after its label:
# "Appointed 18 May 2021; current term to 31 March 2028 | Date of declaration: 02/07/2025"
# (Australian hospital and health boards' registers, one banded block per member): the other
# dates there are the member's appointment and term
_DECLARATION_DATE = re.compile(
    r"\b(?:date\s+(?:of\s+)?(?:declaration|return|statement|signature|notification)|date\s+(?:declared|signed|lodged)"
    r"|declared\s+on|declaration\s+dated)\s*:?\s*(?P<rest>[^|;·]{1,30})",
    re.I,
)


def _declaration_date(head: str) -> str | None:
    """The date after a declaration-date label in a member's heading lines (see above)."""
    m = _DECLARATION_DATE.search(head)
    return find_date(m.group("rest"), numeric=True) if m else None


def _head_cells(sec: _Section) -> list[str]:
    """The texts of the section's cells before its first label (the member's particulars, in
    cells of their own where the line is set in columns: "... | Date of declaration: 02/07/2025")."""
    out: list[str] = []
    for c in sec.cells:
        if _label(c):
            break
        out.append(c.text)
    return out


# The post printed after the name in a cell of its own, set apart in another face: "Dr Margaret
# Costigan" (bold) "— Board Chair" (Australian hospital and health boards' member blocks)
_DASH_POST = re.compile(r"^\s*[—–-]\s*(?P<post>\S.{0,60})$")


def _dash_post(sec: _Section) -> str | None:
    """The post in the heading line's next cell after a dash (see above)."""
    nxt = next((c for c in sec.cells if c.seq == sec.head.seq), None)
    m = _DASH_POST.match(nxt.text) if nxt is not None else None
    return " ".join(m.group("post").split()) if m else None


def _pos(c: _Cell) -> tuple[int, float]:
    """A cell's place in reading order down its page: its top, or its line's number in the
    document when the page was read as plain text."""
    return (c.page, c.top if c.line.has_box else float(c.seq))


def _wrapped_capitals(prev: _Label, text: str) -> bool:
    """A line in capitals carrying on the numbered label in capitals above it: itself unnumbered,
    no answer read under the label yet."""
    return (
        not prev.entries
        and bool(_LABEL_NUMBER.match(prev.text))
        and not _LABEL_NUMBER.match(text)
        and prev.text.isupper()
        and text.isupper()
    )


def _read_section(sec: _Section, form: set[str]) -> list[_Label]:
    """The section's labels, each with the answer cells under it (in `entries`, one cell each,
    in reading order: down a column, then down the next)."""
    labels: list[_Label] = []
    answers: list[_Cell] = []
    sec.head_lines = []
    sec.foot_date = None
    for c in sec.cells:
        if labels and _FOOT_DATE.match(c.text) and (d := find_date(c.text)):
            # the member's date under their last answer, not an answer
            sec.foot_date = sec.foot_date or d
            continue
        lab = _label(c)
        if lab:
            text, rest = lab
            # a bold line that starts in lower case carries on the label above it in its column,
            # on the line under it (a form whose labels are all set in lower case, "employment
            # and sources of income", has answers between them)
            prev = next((x for x in reversed(labels) if abs(x.cell.x0 - c.x0) <= _SLACK), None)
            # (a form whose numbered labels are set in capitals wraps them onto an unnumbered line
            # in capitals, before any answer: "2. REMUNERATED EMPLOYMENT OR WORK" / "OUTSIDE THE
            # COUNCIL", registers printing each category head in full under the member's name)
            capitals_wrap = (prev is labels[-1] if labels else False) and _wrapped_capitals(prev, text)
            if (
                prev is not None
                and (
                    text[:1].islower()
                    or (text[:1] == "(" and not _LETTERED_LABEL.match(text))
                    or capitals_wrap
                )
                and prev.last.page == c.page
                and (not c.line.has_box or c.top - prev.last.top <= _WRAP_LINES * max(c.line.size, 1.0))
            ):
                prev.text = join_wrapped(prev.text, text)
                prev.last = c
                continue
            labels.append(_Label(c, text, c))
            if rest:
                labels[-1].entries.append(
                    [_Cell(rest, c.x1, c.x1, c.top, c.page, False, c.seq, False, c.line)]
                )
            continue
        if not labels and (not c.line.has_box or c.x0 <= sec.head.x0 + _SLACK):
            if len(sec.head_lines) < MAX_HEAD_LINES:
                sec.head_lines.append(c.text)
            continue
        if _key(c.text) in form:
            continue  # a form's printed explanation under a question, or its closing words
        answers.append(c)
    starts = sorted({lb.cell.x0 for lb in labels})
    columns: list[float] = []
    for x in starts:
        if not columns or x > columns[-1] + _SLACK:
            columns.append(x)

    def column(x: float) -> int:
        # the last column starting at or left of x (columns ascend): -1 left of them all
        return bisect_right(columns, x + _SLACK) - 1

    # each label's column, and the labels of each column on each page, computed once: sections of
    # minutes that pass the plain-text gate hold hundreds of bold cells and answers, and matching
    # every answer against every label's column was about 6% of text-only ingest (bulk corpus)
    label_column = {id(lb): column(lb.cell.x0) for lb in labels}
    by_column: dict[tuple[int, int], list[_Label]] = {}
    for lb in labels:
        by_column.setdefault((label_column[id(lb)], lb.cell.page), []).append(lb)
    # ... each column's labels on a page in reading order down it (a stable sort: of labels at one
    # place, the first read stays first), with their places, so the label over an answer is found
    # by bisection: `max(above, key=_pos)` over the labels at or above it, the first of the
    # highest place (minutes' sections with hundreds of bold cells matched every answer against
    # every label of its column: ~5% of text-only ingest on the bulk corpus's largest paper)
    down: dict[tuple[int, int], tuple[list[_Label], list[float]]] = {}
    for key, in_col in by_column.items():
        ordered = sorted(in_col, key=lambda lb: _pos(lb.cell)[1])
        down[key] = ordered, [_pos(lb.cell)[1] for lb in ordered]
    # ... and all labels in reading order by page, column and place, and by line, for the answers
    # with no label above them in their column (found the same way)
    by_place = sorted(labels, key=lambda lb: (lb.cell.page, label_column[id(lb)], _pos(lb.cell)[1]))
    places_all = [(lb.cell.page, label_column[id(lb)], _pos(lb.cell)[1]) for lb in by_place]
    by_seq = sorted(labels, key=lambda lb: lb.cell.seq)
    seqs = [lb.cell.seq for lb in by_seq]

    for c in answers:
        k = column(c.x0)
        if k < 0:
            continue
        if c.line.has_box and k + 1 < len(columns) and c.x1 > columns[k + 1] + _SLACK:
            continue  # runs across the next column: prose under the register, not an answer
        ordered, places = down.get((k, c.page), ([], []))
        # (the column's labels are on the answer's page: only their places down it differ)
        n_above = bisect_right(places, _pos(c)[1] + (_SLACK if c.line.has_box else 0))
        if n_above:
            owner = ordered[bisect_left(places, places[n_above - 1])]
        else:
            # the top of a column goes on from the foot of the column before it (or of the page
            # before): the last label read before this column
            # (the labels whose page and column come before the answer's: their places sort
            # before any place in the answer's column)
            n_before = bisect_left(places_all, (c.page, k, -math.inf))
            if n_before:
                owner = by_place[bisect_left(places_all, places_all[n_before - 1])]
            else:
                # (a section read down flowing text columns that runs on at the head of a column
                # holding none of its labels: the last label read before the cell)
                n_read = bisect_left(seqs, c.seq)
                if not n_read:
                    continue
                owner = by_seq[bisect_left(seqs, seqs[n_read - 1])]
        owner.entries.append([c])
    for lb in labels:
        lb.entries.sort(key=lambda e: (e[0].page, column(e[0].x0) if e[0].line.has_box else 0, _pos(e[0])[1]))
    sec.columns = columns
    return labels


def _header_row(labels: list[_Label]) -> bool:
    """Labels side by side on one line, more than a form's two columns: the header of a table
    under each member ("Type of interest | Details | From | To"), the person-block registers'
    layout (interest_blocks), not labels with answers under or after them."""
    per_line = Counter((lb.cell.page, lb.cell.seq) for lb in labels)
    return bool(per_line) and max(per_line.values()) > MAX_LABEL_COLUMNS


def _items(text: str) -> list[str]:
    """An answer's items when it lists several on one line: lettered "(a) X (b) Y", or names
    separated by semicolons ("X Limited; Y Limited.": every part opens with a capital, so a
    post's "Retired principal; pension, ..." stays one)."""
    if _LETTERED.match(text):
        parts = [p.strip() for p in _LETTERED.split(text) if p.strip()]
        if len(parts) >= 2:
            return parts
    parts = [p.strip() for p in _SEMICOLON.split(text)]
    if (
        len(parts) >= 2
        and all(p[:1].isupper() or p[:1].isdigit() for p in parts)
        and not any(_CLAUSE_OPENING.match(p) for p in parts[1:])
    ):
        return parts
    return [text]


# A part after a semicolon opening with a pronoun is a clause of the same entry: "Central
# Queensland University holds a student clinical placement agreement with the HHS; I do not
# negotiate or manage the agreement" (members' own words qualifying an entry)
_CLAUSE_OPENING = re.compile(r"^(?:I|We|He|She|They|It|This)\b")
# A nil answer with its reason after a dash: "Nil – retired", "None - not employed" (the member
# declares nothing under the head; boards' member blocks)
_NIL_REASON = re.compile(r"^\s*(?:nil|none)\s*[–—-]\s*[a-z][\w ]{0,30}\.?\s*$", re.I)
# A page's running footer read into the last member's answers: a line holding a page number in a
# cell of its own ("OFFICIAL – Public | Register of Interests ... – Version 2.0 | Page 1")
_PAGE_NUMBER = re.compile(r"^\s*page\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*$", re.I)


def _entries(lab: _Label, rights: dict[int, float], columns: list[float]) -> list[list[_Cell]]:
    """A label's answer cells joined into entries: a cell goes on the entry above when it reads
    as a wrapped line of it (see _goes_on), else starts a new one."""
    out: list[list[_Cell]] = []
    for (c,) in lab.entries:
        if out and len(out[-1]) == 1 and _NOTHING.match(out[-1][0].text):
            break  # "None." answers the label: what follows it is the form's closing words
        k = max((i for i, s in enumerate(columns) if s <= c.x0 + _SLACK), default=0)
        right = rights.get(k, c.x1)
        if out and out[-1][-1].page == c.page and _goes_on(out[-1][-1], c, out[-1], right):
            out[-1].append(c)
        else:
            out.append([c])
    return out


def labelled_member_sections(doc: Document) -> list[Interest]:
    """Interests of registers printed one section per member under recurring labels (see above)."""
    low = doc.lower_text()
    if not any(w in low for w in _GATE_WORDS):
        return []
    # members' headings in the plain text first (a title or a name label opening a line): the
    # layout is built and read only for a paper that names enough members so
    if len(_MEMBER_LINE_SCAN.findall("\n" + doc.text)) >= MIN_MEMBERS:
        lay = layout_of(doc)
        cells: list[_Cell] = []
        seq = 0
        for p in doc.pages:
            for ln in lay.page(p.number).lines:
                seq += 1
                cells += _cells(ln, seq)
        # (sections side by side read down each column of blocks in turn: _member_columns)
        return read_register(doc, _member_columns(cells), None)
    return []


def read_register(
    doc: Document, cells: list[_Cell], styled: dict[int, tuple[str, str | None]] | None
) -> list[Interest]:
    """The records of a register read from its cells in reading order; `styled`: the members'
    headings by cell id when they are known by their style (interest_section_columns), else
    they are found by a title or a name label."""
    sections, first_index = _sections(cells, styled)
    if len(sections) < MIN_MEMBERS:
        return []
    # the form's labels: those recurring under most members that have labels (a minutes' list of
    # members or its attendance table names them too, with no labels under them)
    first_read = [(sec, _read_section(sec, set())) for sec in sections]
    labelled = [(sec, labels) for sec, labels in first_read if labels and not _header_row(labels)]
    if len(labelled) < MIN_MEMBERS:
        return []
    need = max(2, LABEL_SHARE * len(labelled))
    label_counts = Counter(k for _, labels in labelled for k in {_key(lb.text) for lb in labels})
    form_labels = {k for k, n in label_counts.items() if n >= need and k}
    if len(form_labels) < MIN_FORM_LABELS:
        return []
    # a register printing only the heads a member declared under ("Only the heads under which a
    # member has declared an interest are shown"): a head recurring under fewer members, or
    # under one, is the form's too when it names a kind of interest and is marked as the
    # recurring ones are (lettered "(e) Gifts ...", numbered "4. Land"), or recurs at all
    marked = {
        bool(_LABEL_NUMBER.match(lb.text))
        for _, labels in labelled
        for lb in labels
        if _key(lb.text) in form_labels
    }
    for _, labels in labelled:
        for lb in labels:
            k = _key(lb.text)
            if not k or k in form_labels or _HEAD_FIELD.match(k) or _category(k, None) == "other":
                continue
            if label_counts[k] >= 2 or (marked == {True} and _LABEL_NUMBER.match(lb.text)):
                form_labels.add(k)
    # ... that name kinds of interest (employment, land, gifts, memberships, a spouse's ...) at
    # least half of the time: an application form's questions ("Why do you think you can
    # represent ...?") recur under every applicant too
    if sum(1 for k in form_labels if _category(k, None) != "other") < CATEGORY_SHARE * len(form_labels):
        return []
    # ... and the form's printed words under them (a question's explanation, a closing
    # declaration): lines recurring in the same way
    line_counts = Counter(
        k
        for sec, _ in labelled
        for k in {_key(c.text) for c in sec.cells if not _label(c) and not _NOTHING.match(c.text)}
    )
    # (under every member: an answer many members share, "<council> – Councillor
    # allowance" under "Sources of income", recurs under most but not all of them)
    form = {k for k, n in line_counts.items() if n >= max(need, FORM_LINE_SHARE * len(labelled)) and k}
    start = next(
        sec.head.seq for sec, labels in labelled if any(_key(lb.text) in form_labels for lb in labels)
    )
    register = _register_title([c for c in cells if c.seq < start])
    read = [(sec, _read_section(sec, form)) for sec, _ in labelled]
    # each column's right edge (by its place, first, second, ...): where its widest line ends;
    # sections side by side (_member_columns) have columns of their own, told by where the
    # section's first column starts
    starts: list[float] = []
    for sec, _ in read:
        x = sec.columns[0] if sec.columns else 0.0
        if not any(abs(x - g) <= BLOCK_SLACK for g in starts):
            starts.append(x)

    def block(sec: _Section) -> int:
        x = sec.columns[0] if sec.columns else 0.0
        return next(i for i, g in enumerate(starts) if abs(x - g) <= BLOCK_SLACK)

    rights: dict[tuple[int, int], float] = {}
    for sec, labels in read:
        for lab in labels:
            for (c,) in lab.entries:
                k = max((i for i, s in enumerate(sec.columns) if s <= c.x0 + _SLACK), default=0)
                rights[block(sec), k] = max(rights.get((block(sec), k), 0.0), c.x1)
    # (a register read down flowing text columns by its members' style: each text column's right
    # edge, by where it starts on the page, over all the sections in it: a member's section may
    # run from the foot of one column to the head of the next, and a column's few short lines
    # give no edge of their own)
    page_columns: list[list[float]] = []  # [start, right edge]
    for sec, labels in read if styled is not None else ():
        for lab in labels:
            for (c,) in lab.entries:
                x = max((s for s in sec.columns if s <= c.x0 + _SLACK), default=0.0)
                got = next((g for g in page_columns if abs(g[0] - x) <= BLOCK_SLACK), None)
                if got is None:
                    page_columns.append([x, c.x1])
                else:
                    got[1] = max(got[1], c.x1)
    footers = {c.seq for c in cells if _PAGE_NUMBER.match(c.text)}
    out: list[Interest] = []
    for sec, labels in read:
        # (the heading's whole line, unless the cells were read down columns: a line of the
        # layout may then hold another column's text)
        head = " ".join([sec.head.line.text if styled is None else sec.head.text, *sec.head_lines])
        declared = (
            _declaration_date(" ".join([head, *_head_cells(sec)]))
            or find_date(head)
            or sec.foot_date
            or _date_after(doc, sec)
        )
        post = sec.post or _dash_post(sec)
        if sec.head_lines:
            first = _PARTS.split(sec.head_lines[0])[0].strip()
            seat = _SEAT_FIELD.match(first)
            if seat:
                # the seat the member holds, after the post in the heading ("Chair; City of X")
                post = "; ".join(x for x in (post, seat.group("seat").strip(" –-")) if x)
            elif (
                post is None
                and first
                and not find_date(first)
                and ":" not in re.sub(r"\([^()]*\)", "", first)
                and len(first.split()) <= 12
            ):
                post = first
        # the member's particulars as labels of their own under the name ("Position:   Chair",
        # "Date of last amendment:   6 February 2025": a label | value block heading each member)
        for lab in labels:
            if not lab.entries or not _HEAD_FIELD.match(_key(lab.text)):
                continue
            value = " ".join(c.text for e in lab.entries for c in e).strip()
            if _POST_FIELD.match(_key(lab.text)):
                post = post or value or None
            elif _key(lab.text).startswith("date") and find_date(value):
                declared = find_date(value)
        band: dict[int, str] = {}
        for lab in labels:
            col = round(lab.cell.x0)
            if not lab.entries:
                # a column's band heading over its labels: "Disclosable Pecuniary Interests"
                if interest_category(lab.text) != "other" or _OTHER_REGISTRABLE.search(lab.text):
                    band[col] = lab.text
                continue
            if _key(lab.text) not in form_labels or _HEAD_FIELD.match(_key(lab.text)):
                continue  # a label of one member only: a heading of the paper, not the form's
            kind = _LABEL_NUMBER.sub("", lab.text).strip(" .:")
            # (each block's own edges where sections stand side by side on a page; a register read
            # down flowing columns by its members' style keeps the edges of all its sections, a
            # column's few short lines giving no edge of their own)
            own = (
                {k: x for (b, k), x in rights.items() if b == block(sec)}
                if styled is None
                else {
                    k: max((g[1] for g in page_columns if abs(g[0] - s) <= BLOCK_SLACK), default=0.0)
                    for k, s in enumerate(sec.columns)
                }
            )
            for entry in _entries(lab, own, sec.columns):
                text = ""
                for c in entry:
                    text = join_wrapped(text, c.text)
                if any(c.seq in footers for c in entry):
                    continue
                for item in _items(text.strip()):
                    if not item or _NOTHING.match(item) or _NIL_REASON.match(item):
                        continue
                    out.append(
                        Interest(
                            person=sec.person,
                            declared_on=declared,
                            role=post,
                            organisation=None,
                            nature=item,
                            category=_category(lab.text, band.get(col)),
                            register=register,
                            page=entry[0].page,
                            notes=f"type of interest: {kind}",
                        )
                    )
    return out


# The statutory description a model register-of-interests form prints under each category's
# name in its left column, read as an answer: "Any employment, office, trade, profession or
# vocation carried on for profit or gain.", "Any beneficial interest in land which is within the
# area of the Authority.", "Any body directed to charitable purposes" (the Relevant Authorities
# (Disclosable Pecuniary Interests) Regulations 2012's schedule and the model code's other
# registrable interests, as English councils, national park authorities and other relevant
# authorities print them beside "Yourself" / "Spouse or partner" columns). A member's entry never
# opens so (no entry of the read sets' truth does).
_PRINTED_DESCRIPTION = re.compile(
    r"^\s*any\s+(?:employment|payment|contract|beneficial\s+interest|licen[cs]e|tenancy|body|bodies"
    r"|gifts?|land|other\s+(?:interest|financial\s+benefit))\b",
    re.I,
)
# A reading took the form's printed descriptions for entries when this share of its records are
# one (the read national park authority's register read by sections: 44 of 50; its members'
# entries: none).
PRINTED_DESCRIPTION_SHARE = 1 / 4


def printed_description(nature: str | None) -> bool:
    """Whether an answer read is a model form's printed statutory description (see above)."""
    return bool(_PRINTED_DESCRIPTION.match(nature or ""))


def _took_descriptions(records: list[Interest]) -> bool:
    return sum(printed_description(r.nature) for r in records) >= PRINTED_DESCRIPTION_SHARE * len(records)


def prefer_sections(sections: list[Interest], headed: list[Interest]) -> bool:
    """Whether this reader's records of a paper stand over the headed forms' reader's
    (interest_member_forms, interest_forms.heading_entries), which reads members' forms printed
    as headings: this reader's when the other found nothing, or took this reader's category
    labels for entries (at least HEADED_LABEL_SHARE of its natures open with one: "8. Bodies to
    which appointed ...: None" when the labels run in), its layout not being that reader's."""
    if not sections:
        return False
    if not headed:
        return True
    # never when this reader took a model form's printed statutory descriptions for entries (the
    # English model form's left column under each category's name: a label to this reader, and
    # the description under it an answer) and the headed forms' reader did not
    if _took_descriptions(sections) and not _took_descriptions(headed):
        return False
    # ... or took the form's printed words for entries: one nature under every member (a
    # numbered question's wrapped second line, "a nominal value of £25,000.")
    people = {r.person for r in headed}
    by_nature: dict[str, set[str]] = {}
    for r in headed:
        by_nature.setdefault(_key(r.nature or ""), set()).add(r.person)
    if len(people) >= MIN_MEMBERS and any(k and len(p) == len(people) for k, p in by_nature.items()):
        return True
    kinds = {_key(r.notes.split(":", 1)[1]) for r in sections if r.notes and ":" in r.notes}
    kinds.discard("")
    took = sum(1 for r in headed if r.nature and any(_key(r.nature).startswith(k) for k in kinds))
    return took >= HEADED_LABEL_SHARE * len(headed)

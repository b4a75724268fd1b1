"""Registers of interests printed as members' statements: a name heading, then the statutory
categories numbered and run in, the entries of a category one after another on its lines.

Family: registers of statements of interests furnished under ethics legislation and printed as
flowing text, in one column or in two columns that a statement flows across (and on to the next
page):
  - Irish state bodies' and Oireachtas-style registers (Ethics in Public Office Acts, Second
    Schedule): "SURNAME, Forename (position)", then "1. Occupational Income etc.: <entry>;
    <entry>", "3. Directorships: Nil", closed by "(Statement furnished <date>)"; a whole
    statement of "Nil";
  - other registers written the same way: a name heading ("SURNAME, Forename" or a titled name
    "Dr Forename Surname (position)") over numbered categories with the answer after a colon,
    several entries parted by semicolons.
No label recurs as a cell of its own (the category and its answer share the line), and the two
columns share lines in the layout, so neither interest_sections nor interest_member_lists reads
them: the page is split at the columns' left edges (where the members' headings start), read
down each column of each band in turn, and parsed as a stream of lines. A fallback: it runs only
when no other register reader found anything (`interests.extract_interests`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..layout import layout_of
from ..layout.lines import join_spans
from ..layout.tables import join_wrapped
from ..model import Document, Span
from .attendance import PARTICLES
from .dates import find_date
from .interest_nil import NIL_ANSWER
from .interest_sections import _REGISTER_TITLE, MAX_TITLE_WORDS, _category
from .records import Interest

# A register of statements names at least this many members (the read one: 11).
MIN_MEMBERS = 3
# ... and at least this share of its members' statements hold a numbered category (a members'
# list of "SURNAME, Forename" names in minutes has none)
CATEGORY_SHARE = 0.5
# Spans whose middles are within this many font sizes of a row's first are on that row (lines
# are about 1.2 sizes apart; a glyph's box moves its middle by a fifth of a size at most)
ROW_SIZES = 0.45
# The gutter between two columns: a stretch of the middle of the page at least MIN_GUTTER points
# wide (the read register: about 40) where the text covering each GUTTER_BIN points is at most
# GUTTER_SHARE of the median cover (a preface across the columns covers it a little: the read
# register, a sixth of the median)
GUTTER_BIN = 2.0
MIN_GUTTER = 12.0
GUTTER_SHARE = 0.25
# a span across the gutter's middle by more than this many points runs across the columns
_SLACK = 2.0
# a member's heading that wraps (a long position in brackets) goes on for at most this many lines
MAX_HEAD_LINES = 3
# a category's label wraps over at most this many lines before its colon ("8. Remunerated
# Position held as a Political or Public / Affairs Lobbyist, Consultant or Adviser: ...")
MAX_LABEL_LINES = 2

# the words of a register of statements (a cheap gate on the text)
_GATE_WORDS = ("interest", "statement", "disclos")
# a surname word in capitals ("CEALLAIGH", "O'MALLEY", "FITZGERALD-BURKE", "BÚRCA"), a name
# particle in lower case ("de", "van", "tSAOI": a lower-case prefix on a capitalised word)
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+"
_PARTICLE = (
    r"(?:[a-z]{1,3}[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]*|"
    + "|".join(sorted(map(re.escape, PARTICLES), key=len, reverse=True))
    + ")"
)
# (a one-letter prefix, "Ó CEALLAIGH"; at least two capitals running somewhere in it)
_SURNAME = rf"(?=[^,]{{0,40}}[A-ZÀ-ÖØ-Þ]{{2}})(?:(?:{_PARTICLE}|{_CAP_WORD}|[A-ZÀ-ÖØ-Þ])\s+){{0,3}}(?:{_PARTICLE}|{_CAP_WORD})"
# titles dropped before the forename: "KOWALCZYK, Dr Marta"
_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Rev|Cllr|Councillor|Senator|Deputy)\.?\s+)"
# a member's heading: "Ó CEALLAIGH, Pádraig (Chairperson)", "de BÚRCA, Máire (Member)",
# "MAC AN tSAOI, Ciarán (Member, nominated by the" (the bracket closes on the next line)
_HEAD = re.compile(
    rf"^(?P<surname>{_SURNAME}),\s+{_HONORIFIC}?(?P<forename>[A-ZÀ-Þ][\w'’\-]+(?:\s+[A-ZÀ-Þ][\w'’\-]+){{0,2}})"
    r"\s*(?:\((?P<post>[^()]*)(?P<close>\))?)?\s*$"
)
# the same heading anywhere in the plain text (the gate, before the layout is built)
_HEAD_IN_TEXT = re.compile(rf"(?:^|\s\s)(?:{_SURNAME}),\s+{_HONORIFIC}?[A-ZÀ-Þ][\w'’\-]+\s*\(", re.M)
_CAPS_COMMA = re.compile(r"[A-ZÀ-ÖØ-Þ]{2},\s+(?:[A-Z][a-z]{1,9}\.?\s+)?[A-ZÀ-Þ][\w'’\-]+\s*\(")
# a numbered category run in: "1. Occupational Income etc.: Consulting engineer, ..."
_CATEGORY = re.compile(r"^(?P<num>\d{1,2})\s*[.)]\s+(?P<label>[A-Z][^:;]{1,120}?)\s*:\s*(?P<rest>.*)$")
_CATEGORY_START = re.compile(r"^\d{1,2}\s*[.)]\s+[A-Z]")
# the statement's closing line: "(Statement furnished 29 January 2025)", "(Received 3 May 2025)"
_CLOSE = re.compile(
    r"^\(\s*(?:statement\s+)?(?:furnished|received|lodged|made|dated|signed|submitted)\b[^()]*\)\s*\.?$", re.I
)
# entries of a category parted by semicolons outside brackets
_SEMI = re.compile(r";\s*")


@dataclass
class _Row:
    text: str
    page: int
    bold: bool


def _mid(s: Span) -> float:
    return (s.top + s.bottom) / 2


def _rows(spans: list[Span]) -> list[list[Span]]:
    """Spans in rows by their middle (a glyph's box, "y" under "B", moves its top and bottom
    but hardly its middle), each row left to right."""
    out: list[list[Span]] = []
    first = 0.0
    for s in sorted(spans, key=_mid):
        if out and _mid(s) - first <= ROW_SIZES * max(s.size, 1.0):
            out[-1].append(s)
        else:
            out.append([s])
            first = _mid(s)
    return [sorted(r, key=lambda s: s.x0) for r in out]


def _body_spans(doc: Document) -> list[list[Span]]:
    """Each page's spans without its furniture (running heads, page numbers)."""
    lay = layout_of(doc)
    out = []
    for p in doc.pages:
        furniture = {
            (round(s.x0, 1), round(s.top, 1)) for ln in lay.page(p.number).furniture for s in ln.spans
        }
        out.append(
            [s for s in p.spans if s.text.strip() and (round(s.x0, 1), round(s.top, 1)) not in furniture]
        )
    return out


def _gutter(pages: list[list[Span]], width: float) -> tuple[float, float] | None:
    """The gap between two text columns: the widest stretch of the middle of the page that
    (almost) no text covers (a preface or a closing line runs across it)."""
    bins = [0] * (int(width // GUTTER_BIN) + 2)
    for spans in pages:
        for s in spans:
            for b in range(max(0, int(s.x0 // GUTTER_BIN)), min(len(bins), int(s.x1 // GUTTER_BIN) + 1)):
                bins[b] += 1
    lo, hi = int(width * 0.3 // GUTTER_BIN), int(width * 0.7 // GUTTER_BIN)
    used = sorted(b for b in bins if b)
    if not used:
        return None
    low = GUTTER_SHARE * used[len(used) // 2]
    best: tuple[int, int] | None = None
    run = -1
    for b in range(lo, hi + 1):
        if bins[b] <= low:
            run = b if run < 0 else run
            if best is None or b - run > best[1] - best[0]:
                best = (run, b)
        else:
            run = -1
    if best is None or (best[1] - best[0] + 1) * GUTTER_BIN < MIN_GUTTER:
        return None
    return best[0] * GUTTER_BIN, (best[1] + 1) * GUTTER_BIN


def _stream(doc: Document) -> list[_Row]:
    """The register's lines in reading order: down each column of each band of each page (a
    line across the gutter, such as the preface, starts a new band)."""
    pages = _body_spans(doc)
    width = max((p.width for p in doc.pages), default=0.0)
    gutter = _gutter(pages, width) if width else None
    out: list[_Row] = []
    for p, spans in zip(doc.pages, pages, strict=True):
        if gutter is None:
            out += [_Row(" ".join(join_spans(r).split()), p.number, _bold(r)) for r in _rows(spans)]
            continue
        # the gutter's middle: a column's ragged lines may reach into the gap, never across it
        mid = sum(gutter) / 2
        groups: dict[tuple[int, int], list[Span]] = {}
        band = 0
        for row in _rows(spans):
            if any(s.x0 < mid - _SLACK and s.x1 > mid + _SLACK for s in row):
                band += 1
                groups[(band, 0)] = row
                band += 1
                continue
            for s in row:
                groups.setdefault((band, 0 if s.x0 < mid else 1), []).append(s)
        for key in sorted(groups):
            out += [_Row(" ".join(join_spans(r).split()), p.number, _bold(r)) for r in _rows(groups[key])]
    return [r for r in out if r.text]


def _bold(spans: list[Span]) -> bool:
    chars = sum(len(s.text) for s in spans)
    return sum(len(s.text) for s in spans if s.bold) * 2 > chars


def _person(surname: str, forename: str) -> str:
    """'Forename Surname' with a surname printed in capitals in title case ("Ó CEALLAIGH" ->
    "Ó Ceallaigh", "O'MALLEY" -> "O'Malley"); a particle in lower case kept as printed."""
    words = []
    for w in surname.split():
        if w.isupper() and len(w) > 1:
            w = re.sub(
                r"(^|[-'’])(\w)(\w*)", lambda m: m.group(1) + m.group(2).upper() + m.group(3).lower(), w
            )
        words.append(w)
    return f"{forename} {' '.join(words)}"


@dataclass
class _Statement:
    person: str
    post: str | None
    page: int
    categories: list[tuple[str, list[tuple[str, int]]]]  # label, its text pieces with pages
    declared: str | None = None


def _entries(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A category's answer split into entries at semicolons outside brackets, each with the page
    its first words are on."""
    text = ""
    marks: list[tuple[int, int]] = []  # (offset, page)
    for piece, page in pieces:
        marks.append((len(text) + (1 if text else 0), page))
        text = join_wrapped(text, piece) if text else piece
    out: list[tuple[str, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text + ";"):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            entry = text[start:i].strip(" .;")
            if entry and not NIL_ANSWER.match(entry):
                page = max((pg for off, pg in marks if off <= start), default=marks[0][1] if marks else 0)
                out.append((entry, page))
            start = i + 1
    return out


def _statements(rows: list[_Row]) -> tuple[list[_Statement], int]:
    out: list[_Statement] = []
    first = -1
    i = 0
    cur: _Statement | None = None
    while i < len(rows):
        row = rows[i]
        m = _HEAD.match(row.text)
        if m:
            post = m.group("post")
            j = i
            # the position in brackets wraps on to the next lines
            while post is not None and not m.group("close") and j + 1 < len(rows) and j - i < MAX_HEAD_LINES:
                j += 1
                post = f"{post} {rows[j].text}"
                if ")" in rows[j].text:
                    post = post[: post.rindex(")")]
                    break
            if first < 0:
                first = i
            cur = _Statement(
                _person(m.group("surname"), m.group("forename")),
                " ".join(post.split()) if post else None,
                row.page,
                [],
            )
            out.append(cur)
            i = j + 1
            continue
        if cur is None:
            i += 1
            continue
        if _CLOSE.match(row.text):
            cur.declared = find_date(row.text)
            cur = None
            i += 1
            continue
        if _CATEGORY_START.match(row.text):
            # the label may wrap before its colon
            text = row.text
            j = i
            while ":" not in text and j + 1 < len(rows) and j - i + 1 < MAX_LABEL_LINES:
                j += 1
                text = f"{text} {rows[j].text}"
            c = _CATEGORY.match(text)
            if c:
                label = f"{c.group('num')}. {c.group('label').strip()}"
                rest = c.group("rest").strip()
                cur.categories.append((label, [(rest, rows[j].page)] if rest else []))
                i = j + 1
                continue
        if cur.categories:
            cur.categories[-1][1].append((row.text, row.page))
        i += 1
    return out, first


def _register(rows: list[_Row]) -> str | None:
    for row in reversed(rows):
        if len(row.text.split()) <= MAX_TITLE_WORDS and re.search(r"\bregister\b", row.text, re.I):
            return row.text
    for row in reversed(rows):
        if len(row.text.split()) <= MAX_TITLE_WORDS and _REGISTER_TITLE.search(row.text):
            return row.text
    return None


def statement_registers(doc: Document) -> list[Interest]:
    """Interests of registers printed as members' statements with numbered run-in categories
    (see above)."""
    low = doc.lower_text()
    if not any(w in low for w in _GATE_WORDS) or ":" not in low:
        return []
    # a capitalised surname, comma, forename and bracket ("FITZGERALD, Aoife ("): a cheap count
    # before the heading regex (on the bulk corpus 2 of 251 documents pass it, against 108 for
    # the capitals and comma alone)
    if len(_CAPS_COMMA.findall(doc.text)) < MIN_MEMBERS or len(_HEAD_IN_TEXT.findall(doc.text)) < MIN_MEMBERS:
        return []
    rows = _stream(doc)
    statements, first = _statements(rows)
    if len(statements) < MIN_MEMBERS:
        return []
    if sum(1 for s in statements if s.categories) < CATEGORY_SHARE * len(statements):
        return []
    register = _register(rows[:first]) if first > 0 else None
    out: list[Interest] = []
    for st in statements:
        for label, pieces in st.categories:
            kind = re.sub(r"^\s*\d{1,2}[.)]\s*", "", label).strip(" .:")
            for entry, page in _entries(pieces):
                out.append(
                    Interest(
                        person=st.person,
                        declared_on=st.declared,
                        role=st.post,
                        organisation=None,
                        nature=entry,
                        category=_category(label, None),
                        register=register,
                        page=page,
                        notes=f"type of interest: {kind}",
                    )
                )
    return out

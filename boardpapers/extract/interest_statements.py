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
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from ..layout import layout_of
from ..layout.lines import join_spans
from ..layout.tables import join_wrapped
from ..model import Document, Span
from .attendance import HONORIFIC, NON_NAME, ORG_WORDS, PARTICLES, POSTNOMINAL_WORDS
from .dates import find_date
from .interest_nil import NIL_ANSWER, NIL_SENTENCE
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
    size = 0.0
    for s in sorted(spans, key=_mid):
        if out and _mid(s) - first <= ROW_SIZES * max(s.size, 1.0):
            out[-1].append(s)
            if s.size > size:
                # a superscript ("20th") opened the row: the row's middle is its text's
                first, size = _mid(s), s.size
        else:
            out.append([s])
            first, size = _mid(s), s.size
    return [sorted(r, key=lambda s: s.x0) for r in out]


def _body_spans(doc: Document) -> list[list[Span]]:
    """Each page's spans without its furniture (running heads, page numbers)."""
    lay = layout_of(doc)
    out = []
    for p in doc.pages:
        if not p.spans:  # a page read from text alone has no spans: nothing to read
            out.append([])
            continue
        furniture = {
            (round(s.x0, 1), round(s.top, 1)) for ln in lay.page(p.number).furniture for s in ln.spans
        }
        out.append(
            [
                s
                for s in p.spans or ()
                if s.text.strip() and (round(s.x0, 1), round(s.top, 1)) not in furniture
            ]
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
    """Interests of registers printed as members' statements: with numbered run-in categories
    (see above), else written as prose (`prose_statements`, below)."""
    low = doc.lower_text()
    if not any(w in low for w in _GATE_WORDS):
        return []
    return (":" in low and _categorised_statements(doc)) or prose_statements(doc)


def _categorised_statements(doc: Document) -> list[Interest]:
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


# --------------------------------------------------------------------------------------------
# Statements written as prose: one paragraph per member.
#
# Family: registers and annual statements of interests whose statements are written as
# sentences, not under category labels: Caribbean, African and Canadian statutory boards' and
# colleges' "statement of governors' / directors' interests", company directors' disclosure
# registers, Irish Ethics Acts summaries written out. A paragraph (numbered "(4)", "4." or not)
# opens with the member's name ("Dr Amara Lewis-Williams, Attorney-at-Law, is a partner in ...",
# "(3) Professor X Y, Chairman. Professor Y is ...") and goes on in sentences whose subject is
# the member ("Ms Y is ...", "She sits ...") or a relative ("Her brother ... is employed by ..."),
# closed by the statement's date ("(Statement dated 2 June 2025.)", "Date of statement: ...").
# Each interest is a clause: sentences, parted further at semicolons and at "..., and a(n) ...".
# The structural cue: a name opening a paragraph and the same surname (or He/She) opening the
# sentences after it, for at least MIN_MEMBERS members.

# the verbs of a sentence about a member's interests ("is a director", "holds shares", "sits on")
_PREDICATE = (
    r"(?:is|was|are|am|has|have|holds?|owns?|sits?|serves?|practises?|practices?|works?|receives?|"
    r"acts?|chairs?|runs?|lets?|rents?|accepted|received|remains?|continues?|also|"
    # "Dr X declares that she is ...", "Mr Y reports ..." (a statement's own verbs; minutes' past
    # "declared" is left to the readers of declarations at meetings)
    r"declares|discloses|reports|states)"
)
# the member as a sentence's subject without the name: "She is ...", "I am ..." (a statement in
# the member's words), "The member is ..."
_MEMBER_PRONOUN = (
    r"(?:he|she|they|(?-i:I)|the\s+(?:member|director|governor|trustee|councillor|commissioner))"
)
# a personal name: up to four capitalised words (hyphens, apostrophes, a particle, a nickname in
# quotes), at least two
_NAME_WORD = r"(?:[A-ZÀ-Þ][\w'’\-]*[a-zà-ÿ][\w'’\-]*|[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+)"
_NAME = (
    rf"(?:{_NAME_WORD}|[A-Z]\.)(?:\s+(?:[\"“][^\"”]{{1,20}}[\"”]|[A-Z]\.|"
    + "|".join(sorted(map(re.escape, PARTICLES), key=len, reverse=True))
    + rf"|{_NAME_WORD})){{1,4}}"
)
# a member paragraph's opening: its number, a title, the name, then a comma, a full stop or the
# end of the line
_PROSE_HEAD = re.compile(
    rf"^(?:\(\d{{1,3}}\)|\d{{1,3}}(?:\.\d{{1,2}})?[.)]?)?\s*(?P<title>(?:{HONORIFIC}\s+)*)(?P<name>{_NAME})"
    rf"(?P<tail>\s*[,.(:].*|\s+[–—-]\s.*|\s+(?={_PREDICATE}\b).*|\s*$)"
)
# a numbered paragraph or heading of the paper that is not a member's ("(12) Where an item ...")
_PARA_NUMBER = re.compile(r"^(?:\(\d{1,3}\)|\d{1,3}(?:\.\d{1,2})*[.)]?)\s+\S")
# the statement's date as a sentence of its own: "(Statement dated 2 June 2025.)", "[Statement
# dated ...]", "Date of statement: ...", "Statement received 3 May 2025."
_DATE_WORDS = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})"
)
_PROSE_CLOSE = re.compile(
    r"[(\[]?\s*(?:(?:statement|declaration|disclosure|return|form)\s+(?:furnished|received|lodged|made|dated|signed|"
    r"submitted|filed|completed|updated)(?:\s+on)?|date\s+of\s+(?:statement|declaration|disclosure|return)"
    r"|(?:dated|signed|filed|received|declared|submitted|updated)(?:\s+on)?)\s*:?\s*"
    rf"{_DATE_WORDS}\s*\.?\s*[)\]]?\s*\.?",
    re.I,
)
# a sentence's end: a full stop (not of a title or an initial, "Mr.", "St.", "Co. Mayo"; "Inc."
# and "Ltd." end sentences too) before a capital or a bracket
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bProf)(?<!\bRev)(?<!\bJr)(?<!\bSr)"
    r"(?<!\bCo)[.!?]\)?\s+(?=[A-Z(\[\"“])"
)
# an interest's clauses within a sentence: at semicolons, and at "..., and a director of ..."
_CLAUSE = re.compile(
    r"\s*;\s*|,?\s+and\s+(?=(?:an?|he|she|they|holds|owns|is|has|serves|acts|works|practises|chairs)\s)", re.I
)
# a relative's interest (indirect): "His wife, Mrs X, is ...", "her brother is employed by ..."
_PROSE_RELATIVE = re.compile(
    r"^(?:his|her|their|my|the\s+member['’]?s|(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w\-]*['’]s)\s+(?:[\w-]+\s+)?(?:spouse|husband|wife|partner|son|daughter|brother|"
    r"sister|father|mother|parent|child|children|relative|niece|nephew|son-in-law|daughter-in-law|"
    r"(?:step|half)-?\w+)\b",
    re.I,
)
# clauses that are no interest: retirement, studies, a member's withdrawal from business, the
# statement's own words about itself
_NOT_INTEREST = re.compile(
    # (... "a retired local authority housing officer"; a negated clause, "not let to any tenant
    # nominated by the Association"; a past interest's end, "that interest has ceased": Irish
    # housing bodies' directors' statements in prose)
    r"^(?:is\s+)?(?:an?\s+)?(?:now\s+)?retired\b|^not\s|\b(?:has|have)\s+(?:now\s+)?ceased\b|^(?:is\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:student|pensioner)\s+(?:of|at)\b"
    r"|^no\s|\b(?:withdr[ae]ws?|withdrawn|take[sn]?\s+no\s+part|will\s+not|does\s+not|did\s+not|has\s+stated)\b",
    re.I,
)
# a pronoun as a later sentence's subject
_PRONOUN_IN = re.compile(r"\b(?:[Hh]e|[Ss]he|I)\b")
# the words before an interest in the member's sentence: "is (also) ...", "declares that she is
# ...", "has disclosed the following interests: ..."
_OPENING = re.compile(
    r"^(?:(?:has\s+)?(?:declares|declared|discloses|disclosed|reports|reported|states|stated)\s+"
    r"(?:that\s+|the\s+following(?:\s+interests?)?\s*:?\s*)?(?:(?:he|she|they|I)\s+)?)?(?:is|are|am)?\s*(?:also\s+)?",
    re.I,
)
# "... and sits on ...": a second predicate of the member
_AND_VERB = re.compile(rf",?\s+and\s+(?={_PREDICATE}\b)")
# a gift or hospitality accepted: neither a post nor a holding ("other")
_GIFT = re.compile(
    r"\b(?:gifts?|(?:accepted|received)\s+hospitality|hospitality\s+(?:from|of|provided|received)|complimentary|"
    r"tickets?|sponsorship|sponsored)\b",
    re.I,
)
# words of an unpaid role (non-pecuniary) ...
_UNPAID = re.compile(
    r"\b(?:unpaid|honorary|voluntary|volunteer|unremunerated|pro\s+bono|without\s+remuneration)\b", re.I
)
# ... of a paid one or a holding (pecuniary) ...
_PAID = re.compile(
    r"\b(?:director|partner|employed|employee|owner|owns?|shareholder|shares|salary|stipend|fees?|paid|"
    r"remunerat\w*|consultan\w*|practises?|proprietor|let\s+to|landlord|contract\w*)\b",
    re.I,
)
# ... and of a membership (non-pecuniary): a member, trustee or patron, or an office in a club,
# association, society or charity
_MEMBERSHIP = re.compile(
    r"\b(?:member|trustee|patron|governor|elder|steward)\b|"
    r"\b(?:club|association|society|guild|foundation|federation|league|church|parish|charity|party|union)\b",
    re.I,
)
# an organisation named after a preposition: capitalised words joined by "of", "and", "for", "&"
_ORG_AFTER = re.compile(
    r"\b(?:of|in|at|for|by|with|from|to|on)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’&.\-]*(?:\s+(?:(?:of|and|for|&|de|du|la)\s+(?:the\s+)?)?[A-Z][\w'’&.\-]*)*)"
)
_ORG_ENDS = re.compile(
    r"\b(?:Limited|Ltd|Inc|LLP|PLC|Company|Partners|Chambers|Studio|Services|Council|Association|Club|"
    r"Society|Guild|Foundation|Trust|University|College|Academy|School|Ministry|Department|Authority|"
    r"Board|Bank|Union|Federation|Orchestra|Church|Hospital|Agency|Corporation|Commission|Group|Party)\b"
)
# a post-nominal after the name: capitals, perhaps with dots ("FCCA", "CMT", "C.P.A.")
_POSTNOMINAL_WORD = re.compile(rf"^(?:[A-Z]{{2,6}}|(?:[A-Z]\.){{2,5}}|(?:{POSTNOMINAL_WORDS}))$")
# statements follow one another: this many lines in a row outside any statement (a running head
# left in the text is one) part two runs of them
RUN_GAP = 2
# a post after the name is at most this many words ("Deputy Chairman", "Permanent Secretary
# nominated by the Ministry of Finance": 7)
MAX_POST_WORDS = 8
# A line's start or "." / ")" and spaces, as `(?:^|[.)]\s+)` with re.M counts them over a text when
# matched over "\n" + the text: a first character from a set lets the regex engine skip to the
# candidates instead of trying every position (the two gates below were 1.6% of text-only ingest
# CPU on the bulk corpus, half that so). A match ends on a word, never just after a line break,
# so the counts are the same.
_SENTENCE_START = r"[\n.)](?:(?<=\n)|(?<=[.)])\s+)"
# the gate: a titled name (perhaps its post between commas) opening a sentence on a member's
# interests, in the plain text ("Ms Baptiste is ...", "Dr Efua Mensah-Bonsu, Board Chair, is ...")
# (both gates open a line or follow "." or ")" and spaces: `_SENTENCE_START`, over "\n" + the text)
_PROSE_GATE = re.compile(
    rf"{_SENTENCE_START}(?:{HONORIFIC})\s+(?:[A-Z][\w'’\-]+\s+){{0,2}}[A-Z][\w'’\-]+"
    rf"(?:,[^,.\n]{{0,60}},|\s*\([^()]{{1,60}}\))?\s+{_PREDICATE}\b"
)


_NO_SUBJECT = re.compile(r"(?!)")


# ... or a pronoun doing so ("She is a director of ...", "I am ...")
_PRONOUN_GATE = re.compile(rf"{_SENTENCE_START}(?i:{_MEMBER_PRONOUN})\s+{_PREDICATE}\b")


@dataclass
class _ProseMember:
    person: str
    surname: str
    post: str | None
    page: int
    text: list[tuple[str, int]]  # the paragraph's lines after the name, with pages
    row: int  # the index of the name's line
    run: int = 0  # the run of statements one after another that it is in
    confirmed: bool = False
    subject: _Subject | re.Pattern[str] = _NO_SUBJECT


@lru_cache(maxsize=256)
def _subject(surname: str) -> re.Pattern[str]:
    return re.compile(
        rf"^(?:(?:{HONORIFIC})\s+)*(?:[A-Z][\w'’\-]*\s+){{0,2}}{re.escape(surname)}(?:\s*\([^()]*\))?\s+(?=\w)"
        rf"|^{_MEMBER_PRONOUN}\s+(?=\w)",
        re.I,
    )


@cache
def _any_subject() -> re.Pattern[str]:
    """`_subject`'s pattern for every surname, compiled once (compiling it takes ~8 ms:
    HONORIFIC's alternatives, case-blind; a register of 12 members took 12 compilations): it
    matches "SURNAME\\nTEXT", the surname read from the first line into a group and matched in
    the text by back-reference, case-blind like the literal of `_subject` (see _Subject)."""
    return re.compile(
        rf"(?P<surname>[^\n]*)\n(?:(?:(?:{HONORIFIC})\s+)*(?:[A-Z][\w'’\-]*\s+){{0,2}}(?P=surname)"
        rf"(?:\s*\([^()]*\))?\s+(?=\w)|{_MEMBER_PRONOUN}\s+(?=\w))",
        re.I,
    )


@lru_cache(maxsize=1024)
def _odd_case(ch: str) -> bool:
    """A character that a case-blind literal and a case-blind back-reference may match
    differently: re matches a literal's case variants ("ı" for "i", "ſ" for "s": one upper case,
    two lower), a back-reference only characters of the same lower case."""
    up, low = ch.upper(), ch.lower()
    # (or whose lower case is such a character: "ẞ", "ß")
    return len(up) != 1 or up.lower() != low or (low != ch and _odd_case(low))


def _has_odd_case(text: str) -> bool:
    return not text.isascii() and any(_odd_case(ch) for ch in set(text) if not ch.isascii())


# The pronoun half of `_subject`'s pattern, compiled once
_PRONOUN_SUBJECT = re.compile(rf"^{_MEMBER_PRONOUN}\s+(?=\w)", re.I)


class _Subject:
    """What `_subject(surname)`'s pattern matches at the start of a text (the member, or a
    pronoun, as its subject), without compiling a pattern per member. A text without the
    surname (searched with the same flag) cannot match the pattern's first half, so its match is
    the pronoun half's (both anchored at the start); any other is `_any_subject`'s on
    "SURNAME\\nTEXT", the same span after the surname's line, but for a text or surname with a
    character whose case variants the literal and the back-reference treat differently
    (`_odd_case`), read with `_subject`'s own pattern."""

    def __init__(self, surname: str) -> None:
        self.surname = surname
        self._name = re.compile(re.escape(surname), re.I)
        self._odd = _has_odd_case(surname)

    def span(self, text: str) -> tuple[int, int] | None:
        """The (start, end) of the pattern's match at the start of `text`, if it matches."""
        if not self._name.search(text):
            m = _PRONOUN_SUBJECT.match(text)
            return m.span() if m else None
        if self._odd or _has_odd_case(text):
            m = _subject(self.surname).match(text)
            return m.span() if m else None
        m = _any_subject().match(f"{self.surname}\n{text}")
        if m is None:
            return None
        return 0, m.end() - len(self.surname) - 1  # (anchored at the text's start)

    def match(self, text: str) -> bool:
        return self.span(text) is not None

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        """`_subject(surname).sub(repl, text, count)` for a plain `repl`: the pattern is anchored
        at the start, so it replaces one match at most."""
        assert "\\" not in repl
        span = self.span(text)
        return text if span is None else text[: span[0]] + repl + text[span[1] :]


def _prose_head(row: _Row, after_break: bool) -> tuple[str, str, str | None, str] | None:
    """(person, surname, post, the rest of the line) of a line opening a member's paragraph
    (`after_break`: the line above ended a sentence or a heading)."""
    m = _PROSE_HEAD.match(row.text)
    lead = _CAPS_LEAD.match(row.text)
    if lead and (not m or m.group("name").isupper()):
        # a heading in capitals ("DR AMARA OKAFOR (Chair)", "ENGR. MUSA DANJUMA"): its title and
        # name read in title case (the same length: the post is taken from the printed line)
        m = _PROSE_HEAD.match(row.text[: lead.end()].title() + row.text[lead.end() :])
    if not m:
        return None
    name = re.sub(r"\s*[\"“][^\"”]*[\"”]", "", m.group("name")).strip()
    words = name.split()
    if len(words) < 2 or any(w.title() in NON_NAME or w.title() in ORG_WORDS for w in words):
        return None
    post, rest = _post_and_rest(m.group("tail").strip())
    # an untitled name opens a member's paragraph numbered, in bold, or as the subject of the
    # paragraph's first sentence ("Amara Lewis-Williams, Attorney-at-Law, is a partner in ...")
    if not (
        m.group("title")
        or _PARA_NUMBER.match(row.text)
        or row.bold
        or (after_break and rest.startswith(_SUBJECT_MARK))
    ):
        return None
    return name, name.split()[-1], post, rest


# a line's opening words in capitals, up to a bracket, comma, colon or dash
_CAPS_LEAD = re.compile(r"^[^a-z,(:–—]*[A-Z]{2}[^a-z,(:–—]*?(?=\s*[,(:–—]|\s*$)")
_LEADING_POSTNOMINALS = re.compile(
    rf"^(?:,?\s*(?:{POSTNOMINAL_WORDS}|[A-Z]{{2,5}})\b\.?)+(?=\s*(?:[,–—-]|$))"
)
# the member named as the subject of the paragraph's first clause ("X, Treasurer, is ...")
_SUBJECT_MARK = "<subject> "


def _post_and_rest(tail: str) -> tuple[str | None, str]:
    """The member's post after the name ("Chairman.", ", FCCA, Honorary Treasurer.", ",
    Attorney-at-Law, is a partner in ...", "(Vice-Chair) holds ...") and the rest of the
    line."""
    # post-nominals, then a dash before the post: ", OGW – Chairperson"
    tail = _LEADING_POSTNOMINALS.sub("", tail).lstrip(" ,–—-")
    if re.match(rf"^{_PREDICATE}\b", tail):
        return None, _SUBJECT_MARK + tail
    m = re.match(r"^\((?P<post>[^()]{1,80})\)\s*[,.]?\s*", tail) or re.match(
        rf"^(?P<post>[^.;]*?)(?:[.;]\s+|\.$|\s+[—–]\s+|,?\s+(?={_PREDICATE}\b)|$)", tail
    )
    if not m:
        return None, tail
    rest = tail[m.end() :]
    if re.match(rf"^{_PREDICATE}\b", rest):
        rest = _SUBJECT_MARK + rest
    post_text = re.split(r"\s+[—–-]\s+", m.group("post"))[0]
    words = [w.strip() for w in post_text.split(",")]
    words = [w for w in words if w and not _POSTNOMINAL_WORD.match(w.strip(". "))]
    post = ", ".join(words).strip(" ,.") or None
    if post and (len(re.sub(r"\(.*", "", post).split()) > MAX_POST_WORDS or not post[0].isupper()):
        return None, tail
    return post, rest


def _organisation(clause: str) -> str | None:
    """The body a clause names: the first capitalised name after a preposition (not the post
    after "as") of two words or more with a body's word ("... Limited", "Ministry of ..."), else
    one word that is a body's ("the Academy"), else the first of two words or more."""
    head = re.split(r",\s+(?:which|who|an?\s|whose|where|that)\b", clause, maxsplit=1)[0]
    found = [m for m in _ORG_AFTER.finditer(head) if not head[: m.start()].rstrip().endswith(" as")]
    names = [m.group("org").rstrip(".") for m in found]
    for ok in (
        lambda n: len(n.split()) >= 2 and _ORG_ENDS.search(n),
        lambda n: _ORG_ENDS.search(n),
        lambda n: len(n.split()) >= 2,
    ):
        for name in names:
            if ok(name):
                return name
    return None


def _prose_category(clause: str, relative: bool) -> str:
    if relative:
        return "indirect"
    if _GIFT.search(clause):
        return "other"
    if _UNPAID.search(clause):
        return "non-pecuniary"
    if _PAID.search(clause):
        return "pecuniary"
    if _MEMBERSHIP.search(clause):
        return "non-pecuniary"
    return "pecuniary"


def _breaks(row: _Row) -> bool:
    """Whether a line ends a paragraph: a sentence's or a statement's end, or a heading."""
    return row.bold or row.text.rstrip().endswith((".", ")", "]", ":")) or _closes(row.text)


def _closes(text: str) -> bool:
    """Whether a line ends with the statement's date ("... (Statement dated 2 June 2025.)")."""
    m = _PROSE_CLOSE.search(text)
    return bool(m) and m.end() >= len(text.rstrip()) - 1


def _prose_members(rows: list[_Row]) -> list[_ProseMember]:
    """The members' paragraphs whose sentences have the member as subject."""
    out: list[_ProseMember] = []
    cur: _ProseMember | None = None
    run = outside = 0
    for i, row in enumerate(rows):
        head = _prose_head(row, i == 0 or _breaks(rows[i - 1]))
        if head:
            person, surname, post, rest = head
            run += outside >= RUN_GAP
            outside = 0
            cur = _ProseMember(person, surname, post, row.page, [(rest, row.page)] if rest else [], i, run)
            cur.subject = _Subject(surname)
            cur.confirmed = rest.startswith(_SUBJECT_MARK)
            out.append(cur)
            continue
        if cur is None:
            outside += 1
            continue
        if _PARA_NUMBER.match(row.text) or (row.text.isupper() and len(row.text.split()) <= MAX_TITLE_WORDS):
            cur = None  # another numbered paragraph or a heading ends the statement
            continue
        opens = bool(cur.subject.match(row.text))
        if not cur.text and cur.post and cur.post.count("(") > cur.post.count(")"):
            # the post in brackets wraps on to the next line
            cur.post = f"{cur.post} {row.text.rstrip('.')}"
            continue
        if not cur.text and cur.post is None and not opens and not row.text.rstrip().endswith("."):
            # a heading of the name alone, the post on the line under it ("Chair — Appointed by ...")
            post, _ = _post_and_rest(row.text)
            if post:
                cur.post = post
                continue
        if opens and cur.text and not cur.text[-1][0].rstrip().endswith((".", "!", "?")):
            # a line opening with the member as subject starts a sentence (after a post line)
            cur.text[-1] = (cur.text[-1][0].rstrip() + ".", cur.text[-1][1])
        cur.text.append((row.text, row.page))
        if _closes(row.text):
            cur = None
    for m in out:
        body = " ".join(t for t, _ in m.text)
        m.confirmed = m.confirmed or any(m.subject.match(s) for s in _SENTENCE_END.split(body))
    members = [m for m in out if m.confirmed]
    # a member named in a paragraph of minutes before the register ("Mr X left the meeting") is
    # no statement: when one run of statements holds a register's worth, only such runs are read
    sizes = Counter(m.run for m in members)
    if any(n >= MIN_MEMBERS for n in sizes.values()):
        members = [m for m in members if sizes[m.run] >= MIN_MEMBERS]
    return members


def _prose_interests(member: _ProseMember, register: str | None) -> list[Interest]:
    text = ""
    marks: list[tuple[int, int]] = []
    for piece, page in member.text:
        marks.append((len(text) + (1 if text else 0), page))
        text = join_wrapped(text, piece) if text else piece
    declared = None
    close = _PROSE_CLOSE.search(text)
    if close:
        declared = find_date(close.group(0))
        text = text[: close.start()] + text[close.end() :]
    subject = member.subject
    out: list[Interest] = []
    pos = 0
    for sentence in _SENTENCE_END.split(text):
        start = text.find(sentence, pos)
        pos = max(pos, start)
        page = max((pg for off, pg in marks if off <= pos), default=member.page)
        sentence = sentence.strip()
        about = sentence.startswith(_SUBJECT_MARK.strip()) or subject.match(sentence)
        sentence = sentence.removeprefix(_SUBJECT_MARK.strip()).strip()
        if not sentence or NIL_SENTENCE.search(sentence):
            continue
        relative = bool(_PROSE_RELATIVE.match(sentence))
        # a sentence is the member's when the member, a pronoun or a relative is its subject, or
        # a pronoun comes later ("In April 2025 he accepted ..."): not a post line, a running
        # head, or the paper's own remarks
        if not (about or relative or _PRONOUN_IN.search(sentence)):
            continue
        if relative:
            # a relative's sentence is one entry, less a clause after a semicolon that is no
            # interest ("Her brother ... is a director of ... Ltd, which tendered ...; Dr Tynan
            # withdrew from the Board's consideration ...": the member's own recusal)
            kept = [c for c in _SEMI.split(sentence) if c.strip() and not _NOT_INTEREST.search(c.strip())]
            clauses = ["; ".join(kept)] if kept else []
        else:
            clauses = [c for c in _CLAUSE.split(sentence) if c and c.strip()]
        for clause in clauses:
            clause = clause.strip(" .,;")
            rel = relative or bool(_PROSE_RELATIVE.match(clause))
            if not rel:
                clause = subject.sub("", clause, count=1)
                clause = _OPENING.sub("", clause, count=1)
            # "a final-year student of the Academy and sits on the Board as ...": the part after
            # a clause that is no interest may be one
            parts = _AND_VERB.split(clause, maxsplit=1)
            if len(parts) == 2 and _NOT_INTEREST.search(parts[0]):
                clause = parts[1]
            if len(clause.split()) < 2 or _NOT_INTEREST.search(clause) or NIL_SENTENCE.search(clause):
                continue
            out.append(
                Interest(
                    person=member.person,
                    declared_on=declared,
                    role=member.post,
                    organisation=_organisation(clause),
                    nature=clause,
                    category=_prose_category(clause, rel),
                    register=register,
                    page=page,
                )
            )
    return out


def prose_statements(doc: Document) -> list[Interest]:
    """Interests of registers whose members' statements are written as prose (see above)."""
    text = "\n" + doc.text  # (see _SENTENCE_START)
    gate = len(_PROSE_GATE.findall(text))
    if gate < MIN_MEMBERS and gate + len(_PRONOUN_GATE.findall(text)) < MIN_MEMBERS:
        return []
    rows = _stream(doc)
    members = _prose_members(rows)
    if len(members) < MIN_MEMBERS:
        return []
    register = _prose_register(rows[: members[0].row])
    if register is None:
        # no register's, statement's or interests' title above the first statement: prose under
        # names that is no register (a compilation of applications answering a form's questions
        # in prose, under the applicants' names, read 100 "interests" from a Cabinet Office paper)
        return []
    return [r for m in members for r in _prose_interests(m, register)]


def _prose_register(rows: list[_Row]) -> str | None:
    """The register's title above the first statement: a short line naming a register, a
    statement or interests that is no sentence of the preface; the nearest in bold or in
    capitals (a register appended to minutes comes after their headings), else the first."""
    titles = [
        r
        for r in rows
        if len(r.text.split()) <= MAX_TITLE_WORDS
        and not r.text.rstrip().endswith((".", ",", ";"))
        and not _PARA_NUMBER.match(r.text)  # a numbered part of a report ("3. Disclosure statements")
        and _REGISTER_TITLE.search(r.text)
    ]
    marked = [r.text for r in titles if r.bold or r.text.isupper()]
    return marked[-1] if marked else titles[0].text if titles else None

"""Agenda items read under a line that says "agenda", in the body's own numbering.

A fallback for when the agenda readers in agenda.py find nothing: a page that prints "AGENDA"
(or "Order of Business", "Business to be transacted", "Summons") on a line of its own, then
numbered lines. The first numbered line sets the body's numbering style -- "1.", "4.2",
"25/112" (English town and parish councils number minutes and agenda items by year and
sequence), "A1" (NHS and university committees letter their sections), "Item 3" -- and each
next item must carry the next number in that style; lines numbered in a lower style ("a)",
"(i)", "4.2" under "4", "9a") are sub-items under the item above them, numbered as the
parent's number and their own ("25/107 a)"). Unnumbered lines set in at the title's margin
carry the title on. The list ends where the numbering restarts or breaks (the minutes of the
same meeting, numbered again from the first item, follow an agenda in a summons + agenda +
minutes pack), at a line that opens minutes, or at an unnumbered line at the margin."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..layout import Line, layout_of
from ..model import Document
from .agenda_twocolumn import TWO_COLUMN_PAGES, two_column_list
from .meetings import boilerplate
from .records import AgendaItem

# The line that opens an agenda: alone on its line, with at most a few words of qualification
# ("AGENDA", "Agenda – Part A", "Order of Business", "Business to be transacted", "Summons")
AGENDA_KEY = re.compile(
    r"^\s*(?:(?:the\s+)?agenda(?:\s+(?:for\s+the\s+meeting|part\s+\w+|\(part\s+\w+\)))?|"
    r"(?:order|orders)\s+of\s+(?:business|the\s+day)|business\s+to\s+be\s+transacted|summons|"
    r"items\s+of\s+business)\s*:?\s*$",
    re.I,
)
# The agenda listed inside a numbered minute of minutes: "2. AGENDA", "3. Adoption of the Agenda",
# then an introducing sentence and the items numbered under the minute's number ("2.1 ...",
# "2.2 ...": Caribbean and African state boards' minutes list the agenda they approved so); the
# minute may be numbered "2.0" and its items lettered or in roman numerals ("i. Opening Prayer",
# "(a) ...": West African and Caribbean statutory boards' minutes, see _minute_sub)
MINUTE_AGENDA_KEY = re.compile(
    r"^\s*(?P<n>\d{1,2}(?:\.0)?)\.?\s+(?:(?:approval|adoption|confirmation)\s+of\s+(?:the\s+)?)?agenda\s*:?\s*$",
    re.I,
)
# A sentence that introduces the agenda as a list inside minutes: "The Board Secretary presented
# the proposed agenda, as follows:" under "II. APPROVAL OF THE AGENDA" (Philippine electric
# cooperatives' and other boards' minutes), "2.1 The provisional agenda (PIHMSC/C24/1) was adopted
# without amendment:" (Pacific regional commissions' summary records), "The agenda was approved as
# follows:" -- a line ending with a colon, the word "agenda" in it or in the line before
AGENDA_INTRO_END = re.compile(r":\s*$")
# ... the meeting's agenda, not a part of it: "The Consent Agenda consisted of the following:" over
# "a. Minutes ...", "b. Accounts payable warrants" (US county commissions' minutes list the consent
# items so, lettered)
AGENDA_WORD = re.compile(r"(?<!\bconsent\s)\bagenda\b", re.I)
# An introducing sentence is a sentence, not a paragraph (a longer line ending with a colon is a
# resolution's preamble), nor a key line of a few words ("Agenda for the meeting:")
MAX_INTRO_WORDS = 30
MIN_INTRO_WORDS = 5
# A line of superscript ordinal suffixes the layout set apart from its line ("th th" over "the 13
# Ordinary Meeting held on 12 December"): not a line of the list. An apostrophe near it rides up
# with it ("' st" over "Managing Director's Report for the Quarter ended 31 December": Word
# minutes with a possessive beside a superscript ordinal, Kenyan and Caribbean boards' agendas)
_ORDINAL_LINE = re.compile(r"^\s*(?:(?:st|nd|rd|th|['’‘`])\s*)+$")
# Pages an agenda may start on (a cover letter or a summons before it; later pages are papers)
MAX_KEY_PAGE = 4
# Pages read from the key on (an agenda runs over a page or two)
MAX_AGENDA_PAGES = 3
# The first items must follow the key closely (a stray "Agenda" line over prose is no agenda)
FIRST_ITEM_WITHIN = 6
# At least this many top-level items make an agenda (two numbered lines may be a list in a letter)
MIN_ITEMS = 3
# Lines a title may wrap over
MAX_TITLE_LINES = 4
# Points a wrapped title's line may sit from the title's margin
TITLE_MARGIN_SLACK = 12.0
# Lines that open minutes: the agenda is over
MINUTES_LINE = re.compile(r"^\s*(?:(?:draft|unconfirmed|confirmed)\s+)?minutes\b", re.I)
# A page number or furniture alone on a line ("1", "- 2 -", "Page 3 of 9")
FURNITURE = re.compile(r"^\s*(?:[-–]?\s*\d{1,3}\s*[-–]?|page\s+\d+(?:\s+of\s+\d+)?)\s*$", re.I)

# A minute's points are sentences: more words than this, or a full stop after a lower-case word
MAX_TITLE_WORDS = 25
_SENTENCE_STOP = re.compile(r"[a-z]{2}[.;]$")

# The end of a title that goes on on the next line: a joining word or a comma, dash or ampersand
_OPEN_END = re.compile(r"(?:[,&–-]|\b(?i:of|and|or|the|for|to|in|on|with|from|by|at|a|an))\s*$")

# The numbers an item may carry, in the order tried: each names its style and its sequence value
_TOKENS: list[tuple[str, re.Pattern[str]]] = [
    # "25/112": year / running number (English town and parish councils)
    ("slashed", re.compile(r"^(?P<num>\d{1,3}/(?P<seq>\d{1,4}))\.?\s+(?P<rest>\S.*)$")),
    # "A1", "B12.": a section letter and a number (NHS committees, university boards)
    ("letter-digit", re.compile(r"^(?P<num>[A-Z](?P<seq>\d{1,2}))\.?\s+(?P<rest>\S.*)$")),
    # "Item 3", "Item 3:": the word before the number
    ("item-word", re.compile(r"^(?i:item)\s+(?P<num>(?P<seq>\d{1,3}))[.:]?\s+(?P<rest>\S.*)$")),
    # "6.1.1": a third level under a decimal sub-item (Kenyan and other Commonwealth state
    # corporations' boards list a committee's report as "6.1" and its matters as "6.1.1", "6.1.2")
    ("decimal3", re.compile(r"^(?P<num>\d{1,2}\.\d{1,2}\.(?P<seq>\d{1,2}))\.?\s+(?P<rest>\S.*)$")),
    # "4.2", "4.2.": a decimal sub-number (a sub-item under "4", or the items of section 4)
    ("decimal", re.compile(r"^(?P<num>\d{1,2}\.(?P<seq>\d{1,2}))\.?\s+(?P<rest>\S.*)$")),
    # "9a", "9(a)": a lettered sub-number
    ("digit-letter", re.compile(r"^(?P<num>\d{1,2}\(?(?P<seq>[a-z])\)?)[.)]?\s+(?P<rest>\S.*)$")),
    # "1.", "1)", "1": a plain number
    (
        "plain",
        re.compile(
            # (not a date "12 March", nor "10 am"; a title may open with "Declaration")
            r"^(?P<num>(?P<seq>\d{1,2}))[.)]?\s+(?P<rest>(?!(?i:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|"
            r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|"
            r"dec(?:ember)?|am|pm)\b))\S.*)$"
        ),
    ),
    # "(a)", "a)", "a.": a letter
    ("letter", re.compile(r"^(?P<num>\((?P<seq>[a-h])\)|(?P<seq2>[a-h])[.)])\s+(?P<rest>\S.*)$")),
    # "(i)", "ii)", "iii.": a roman numeral
    ("roman", re.compile(r"^(?P<num>\((?P<seq>[ivx]{1,5})\)|(?P<seq2>[ivx]{1,5})[.)])\s+(?P<rest>\S.*)$")),
]
_ONES = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
# i ... xx: an agenda listed in roman numerals runs past x ("xiii. Date of Next Meeting")
ROMANS = tuple(("x" * (n // 10)) + _ONES[n % 10] for n in range(1, 21))
# A top-level number may skip this many (an item withdrawn and left out of the printed list)
MAX_SKIP = 2


@dataclass
class Token:
    style: str
    number: str  # as printed, brackets kept: "25/112", "a)", "(i)"
    seq: int  # its place in its sequence: 112, 1 ("a"), 1 ("i")
    rest: str


def token_of(text: str) -> Token | None:
    """The item number that starts a line, in whichever style it is printed."""
    s = text.strip()
    for style, pat in _TOKENS:
        m = pat.match(s)
        if not m:
            continue
        seq = m.group("seq") or m.groupdict().get("seq2") or ""
        if style == "roman":
            value = ROMANS.index(seq) + 1 if seq in ROMANS else 0
        elif seq.isdigit():
            value = int(seq)
        else:
            value = ord(seq) - ord("a") + 1
        number = m.group("num")
        if style == "roman" and number.endswith("."):
            number = number[:-1]  # "iii." printed, item "iii"
        return Token(style, number, value, m.group("rest").strip())
    return None


@dataclass
class _Item:
    number: str
    page: int
    title_x: float
    lines: list[str] = field(default_factory=list)
    heading: bool = False  # the item's line is set as a heading (bold or capitals)
    number_x: float | None = None  # where the item's number starts

    def sentence(self) -> bool:
        """Whether the title reads as a sentence: a full stop after a word, or more words than
        a title has."""
        title = " ".join(self.lines).strip()
        return len(title.split()) > MAX_TITLE_WORDS or bool(_SENTENCE_STOP.search(title))

    def open_title(self) -> bool:
        """Whether the title stops mid-phrase: a bracket left open, or a last word that cannot end
        a title ("... Consumables (Tender No.", "... Report of the")."""
        title = " ".join(self.lines)
        return title.count("(") > title.count(")") or bool(_OPEN_END.search(title))

    def record(self) -> AgendaItem:
        title = re.sub(r"\s+", " ", " ".join(self.lines)).strip()
        return AgendaItem(self.number, title, None, None, None, None, self.page)


def _title_x(ln: Line, tok: Token | None = None) -> float:
    """Where the item's title starts: the line's second cell, else the first span after the
    item's number (a line set one span per glyph or per word, number and title in one cell:
    a wrapped line must sit under the title, not under the number)."""
    cells = ln.cells()
    if len(cells) > 1:
        return cells[1].x0
    if tok is not None and ln.spans:
        text = ln.text.strip()
        want = len("".join(text[: len(text) - len(tok.rest)].split()))
        got = 0
        for k, s in enumerate(ln.spans):
            if got >= want:
                return s.x0 if k else ln.x0
            chars = "".join(s.text.split())
            if k == 0 and got + len(chars) > want and s.text[:1].strip():
                # the number and the title's first words in one run (a browser's text layer sets
                # a line's words as one run): the title's edge where its first letter falls in
                # the run (after the number, its point and the space)
                head = len(s.text) - len(s.text.lstrip()) + len(text[: len(text) - len(tok.rest)])
                return s.x0 + (s.x1 - s.x0) * min(head, len(s.text)) / max(len(s.text), 1)
            got += len(chars)
    return ln.x0


def _introduced_list(lines: list[Line], k: int) -> bool:
    """Whether line k is a sentence introducing the agenda as a list (see AGENDA_INTRO_END): it, or
    the line before it in its paragraph, names the agenda, it ends with a colon, and the next line
    opens an item numbered first in its style ("1.", "i.")."""
    text = lines[k].text.strip()
    if not AGENDA_INTRO_END.search(text) or not MIN_INTRO_WORDS <= len(text.split()) <= MAX_INTRO_WORDS:
        return False
    if AGENDA_KEY.match(text) or MINUTE_AGENDA_KEY.match(text):
        return False  # the key line itself ("Agenda:"), read as a key
    said = AGENDA_WORD.search(text) or (
        k > 0 and AGENDA_WORD.search(lines[k - 1].text) and not lines[k - 1].heading
    )
    if not said:
        return False
    nxt = next((x.text for x in lines[k + 1 :] if x.text.strip()), "")
    tok = token_of(nxt)
    return tok is not None and tok.seq == 1 and tok.style in ("plain", "roman")


def _agenda_start(doc: Document) -> tuple[int, int, str | None, bool] | None:
    """(page index, line index, the minute's number, whether a sentence introduced the list) of
    the first line after the agenda's key line; the number is that of a numbered minute "2.
    AGENDA" (see MINUTE_AGENDA_KEY), whose items must then be numbered "2.1", "2.2", ..., else
    None. A sentence introducing the list ("... presented the proposed agenda, as follows:",
    see AGENDA_INTRO_END) under the minute's heading starts the list in its own numbering."""
    lay = layout_of(doc)
    for p, page in enumerate(lay.pages[:MAX_KEY_PAGE]):
        for k, ln in enumerate(page.lines):
            if _introduced_list(page.lines, k):
                return p, k + 1, None, True
            if "genda" not in ln.text and "GENDA" not in ln.text and not AGENDA_KEY.match(ln.text):
                continue
            ahead = page.lines[k + 1 : k + 1 + FIRST_ITEM_WITHIN]
            if any(
                _introduced_list(page.lines, j)
                for j in range(k + 1, min(k + 1 + FIRST_ITEM_WITHIN, len(page.lines)))
            ):
                continue  # the sentence under the key introduces the list (read at that line)
            if AGENDA_KEY.match(ln.text) and any(token_of(x.text) for x in ahead):
                return p, k + 1, None, False
            minute = MINUTE_AGENDA_KEY.match(ln.text)
            if minute and any(_minute_sub(x.text, minute.group("n")) for x in ahead):
                return p, k + 1, minute.group("n"), False
    return None


def _minute_sub(text: str, minute: str) -> bool:
    """Whether the line opens an item numbered under the minute's number ("2.1 ..." under "2"),
    or the first of a list in a style of its own under the minute: "i." / "(i)" or "(a)" / "a)"."""
    tok = token_of(text)
    if tok is None:
        return False
    if tok.style == "decimal":
        # not under a minute "2.0": minutes numbered so number their paragraphs "2.1", "2.2"
        return tok.number.split(".")[0] == minute and not minute.endswith(".0")
    return tok.style in ("roman", "letter") and tok.seq == 1


def minute_listed_agenda(doc: Document) -> bool:
    """Whether a numbered minute "2. AGENDA" lists the agenda's items as "2.1", "2.2", ..."""
    start = _agenda_start(doc)
    return start is not None and start[2] is not None


def introduced_agenda(doc: Document) -> bool:
    """Whether the agenda is a list introduced by a sentence (see AGENDA_INTRO_END): minutes that
    print the agenda they adopted inside the minute adopting it."""
    start = _agenda_start(doc)
    return start is not None and start[3]


def keyed_agenda(doc: Document) -> list[AgendaItem]:
    """The items under the agenda's key line (see the module docstring)."""
    start = _agenda_start(doc)
    if start is None:
        return []
    lay = layout_of(doc)
    items: list[_Item] = []
    top: Token | None = None  # the last top-level item's number
    parent: _Item | None = None
    sub: Token | None = None  # the last sub-item's number under the parent
    third: Token | None = None  # the last "6.1.1"-style item under a decimal sub-item
    p0, k0, minute, _ = start
    done = False
    # the running header or footer between two pages of the list ("BCAC – Minutes of the 4th
    # Regular Meeting ... Chairperson's Initials: ____ 1": Caribbean and other boards' minutes
    # whose agenda runs over a page break) is not the line that ends it
    running = {" ".join(x.split()) for x in boilerplate(doc)}
    for page in lay.pages[p0 : p0 + MAX_AGENDA_PAGES]:
        lines = page.lines
        if page.has_boxes and page.number <= TWO_COLUMN_PAGES:
            # a list set in two columns read column by column (agenda_twocolumn; the lines before
            # the list, the key among them, keep their places)
            lines = two_column_list(lines, page.width)
        for ln in lines[k0 if page is lay.pages[p0] else 0 :]:
            text = ln.text.strip()
            if (
                not text
                or FURNITURE.match(text)
                or _ORDINAL_LINE.match(text)
                or " ".join(text.split()) in running
            ):
                continue
            if MINUTES_LINE.match(text):
                done = True
                break
            tok = token_of(text)
            if minute is not None and top is None and tok and not _minute_sub(text, minute):
                tok = None  # the minute's own sentence, before its list of items
            if tok and (top is None or (tok.style == top.style)):
                if top is not None and not 0 < tok.seq - top.seq <= MAX_SKIP:
                    done = True  # numbering restarts or jumps: the agenda is over
                    break
                top, sub, third = tok, None, None
                parent = _Item(tok.number, page.number, _title_x(ln, tok), [tok.rest], ln.heading, ln.x0)
                items.append(parent)
                continue
            if (
                tok
                and tok.style == "decimal3"
                and sub is not None
                and sub.style == "decimal"
                and tok.number.startswith(sub.number + ".")
                and tok.seq == (third.seq + 1 if third is not None else 1)
            ):
                third = tok  # "6.1.1" under "6.1": a third level, numbered as printed
                items.append(_Item(tok.number, page.number, _title_x(ln, tok), [tok.rest], ln.heading))
                continue
            if tok and parent is not None and (sub is None or tok.style == sub.style):
                if sub is not None and tok.seq != sub.seq + 1:
                    done = True
                    break
                if sub is None and tok.seq != 1:
                    done = True
                    break
                sub, third = tok, None
                number = (
                    tok.number if tok.number.startswith(parent.number) else f"{parent.number} {tok.number}"
                )
                items.append(_Item(number, page.number, _title_x(ln, tok), [tok.rest], ln.heading, ln.x0))
                continue
            last = items[-1] if items else None
            if (
                last is not None
                and not tok
                and len(last.lines) < MAX_TITLE_LINES
                and abs(ln.x0 - last.title_x) <= TITLE_MARGIN_SLACK
                # a heading under an item set in plain type opens what follows the list ("MIN.
                # NO. DELIBERATIONS AND RESOLUTIONS" under "9. Any Other Business": Kenyan and
                # Caribbean boards' minutes, their column headings at the agenda's margin)
                and not (ln.heading and not last.heading)
            ):
                last.lines.append(text)  # the title wraps
                continue
            if (
                last is not None
                and not tok
                and len(last.lines) < MAX_TITLE_LINES
                and last.number_x is not None
                and abs(ln.x0 - last.number_x) <= TITLE_MARGIN_SLACK
                and last.open_title()
            ):
                # the title wraps back to its number's margin, stopped mid-phrase ("8.2 Award of
                # Contract – Supply of ... (Tender No." / "CRHA/PROC/T/017/2025)": minutes typed
                # with the agenda's list indented by spaces, Caribbean and African boards')
                last.lines.append(text)
                continue
            if items:
                done = True  # an unnumbered line at another margin: the agenda is over
                break
        if done:
            break
    if sum(1 for it in items if " " not in it.number) < MIN_ITEMS:
        return []
    if minute is not None and 2 * sum(map(_Item.sentence, items)) > len(items):
        return []  # the minute's lettered points are sentences (amendments, remarks), not titles
    return [it.record() for it in items]


# ---- an unnumbered agenda with the presenter's column first ----------------------------------
#
# Minutes and papers that print the agenda under a key line "Agenda" with no item numbers, each
# row the presenter at the left and the item's title in a column of its own to the right, with
# section bands set at the title's margin and a paper's note at the right margin:
#   Agenda
#                    OPENING BUSINESS
#   Convener         Welcome and apologies
#   Clerk to Court   Matters arising and action log                 Paper B
# (Scottish university courts' and other governing bodies' minutes open so). The title column
# is found from the rows themselves: the left edge most rows' second cells share.

# Points a title-column line may start from the column's edge; the edges of the cells are
# bucketed by this many points to find the column
TITLE_COLUMN_SLACK = 6.0
# The presenter column's cell holds a name or a role, not a sentence
MAX_PRESENTER_WORDS = 6
# Lines read after the key line (an agenda on the first page or two of minutes)
MAX_LIST_LINES = 80
# At least this share of the items carry a presenter in the left column (else it is another
# layout, read elsewhere)
MIN_PRESENTER_SHARE = 2 / 3
# A starred item's presenter cell ("*": taken without discussion)
_STAR = re.compile(r"^\s*\*+\s*$")
# A section band: capitals, or bold (see _band)
_CAPS = re.compile(r"^[^a-z]*[A-Z]{3}[^a-z]*$")


# A paper's reference at the end of a title line, when the layout set it in the title's cell
# ("... with the   Paper 3": a long title reaching the paper column)
_TRAILING_PAPER = re.compile(
    r"\s+(?:paper|enc(?:losure)?\.?|appendix|annex|doc(?:ument)?)\s+[A-Z0-9][\w.]{0,4}$", re.I
)


def _band(ln: Line) -> bool:
    return ln.bold or bool(_CAPS.match(ln.text.strip()))


def _title_column(lines: list[Line]) -> float | None:
    """The left edge shared by most rows' second cells, or None."""
    counts: dict[int, int] = {}
    for ln in lines:
        cells = ln.cells()
        if len(cells) >= 2:
            key = round(cells[1].x0 / TITLE_COLUMN_SLACK)
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    key, n = max(counts.items(), key=lambda kv: kv[1])
    return key * TITLE_COLUMN_SLACK if n >= MIN_ITEMS else None


def presenter_column_agenda(doc: Document) -> list[AgendaItem]:
    """The items of an unnumbered agenda whose presenter column comes first (see above)."""
    from ..layout.lines import join_spans
    from .agenda_columns import paper_note

    lay = layout_of(doc)
    lines: list[tuple[int, Line]] = []
    for p, page in enumerate(lay.pages[:MAX_KEY_PAGE]):
        for k, ln in enumerate(page.lines):
            if (
                not lines
                and AGENDA_KEY.match(ln.text)
                and not token_of(next((x.text for x in page.lines[k + 1 :] if x.text.strip()), ""))
            ):
                rest = [(page.number, x) for x in page.lines[k + 1 :]]
                nxt = [(q.number, x) for q in lay.pages[p + 1 : p + MAX_AGENDA_PAGES] for x in q.lines]
                lines = (rest + nxt)[:MAX_LIST_LINES]
                break
        if lines:
            break
    if not lines:
        return []
    body: list[tuple[int, Line]] = []
    for pno, ln in lines:
        text = ln.text.strip()
        if MINUTES_LINE.match(text):
            break
        if text and not FURNITURE.match(text):
            body.append((pno, ln))
    col = _title_column([ln for _, ln in body])
    if col is None:
        return []
    edge = col - TITLE_COLUMN_SLACK
    items: list[AgendaItem] = []
    in_item = False
    leads: dict[int, list[str]] = {}
    pending: list[str] = []  # a presenter's cell set on a baseline of its own ("*")
    for pno, ln in body:
        note = paper_note(ln, lay.pages[pno - 1].width, None)
        spans = note[0] if note else ln.spans
        left = [s for s in spans if s.x1 <= edge + TITLE_COLUMN_SLACK and s.x0 < edge]
        right = [s for s in spans if s.x0 >= edge]
        if len(left) + len(right) != len(spans):
            break  # a line running across the column's edge: prose, the list is over
        title = _TRAILING_PAPER.sub("", join_spans(right)) if right else ""
        if right and _band(ln) and not left:
            in_item, pending = False, []  # a section band ("ITEMS FOR APPROVAL"), not an item
            continue
        if right and (left or pending or not in_item):
            items.append(AgendaItem(None, title, None, None, None, None, pno))
            leads[len(items) - 1] = [join_spans(left)] if left else pending
            in_item, pending = True, []
        elif left and in_item and not pending and leads[len(items) - 1]:
            leads[len(items) - 1].append(join_spans(left))  # the presenter's cell wraps
        elif left:
            pending = [join_spans(left)]
            in_item = False
        elif right:
            items[-1].title = f"{items[-1].title} {title}"  # the title wraps
        else:
            break
    for k, parts in leads.items():
        lead = re.sub(r"\s+", " ", " ".join(parts)).strip()
        items[k].lead = None if _STAR.match(lead) else lead
    named = [parts for parts in leads.values() if any(ch.isalpha() or ch == "*" for ch in " ".join(parts))]
    if (
        len(items) < MIN_ITEMS
        or len(named) < MIN_PRESENTER_SHARE * len(items)
        or any(len(" ".join(parts).split()) > MAX_PRESENTER_WORDS for parts in leads.values())
        or any(token_of(it.title) or not it.title[:1].isupper() for it in items)
    ):
        return []
    return items

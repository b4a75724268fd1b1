"""Registers of interests laid out one block per person.

Family: Board registers of interests published from Word templates (NI HSC trusts, many English
NHS trusts and ICBs): each member's block is a name heading ("Mr Colm Devlin-Hughes", bold or
larger), the post under it ("Chair"), then a small table without a name column ("Type of
interest | Details | From | To") or a line "No interests declared.", and a closing line
("Declaration signed: yes"). A member's table may run over a page break without its header.

The generic table readers need a name column to tell whose row it is; here the person is the
heading above each table, so the blocks are read from the layout's lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..layout import Line, layout_of
from ..layout.paragraphs import paragraphs
from ..layout.tables import Grid, grid_cells, header_cells, join_wrapped
from ..model import Document
from .attendance import HONORIFIC_RE, NON_NAME, ORG_WORDS, ROLE_WORDS, strip_honorifics
from .normalise import interest_category, iso_date, looks_like_category
from .records import Interest
from .tables import TableSpec

# The register's title line: "Register of Interests – Trust Board Members 2024/25",
# "Register of Board Members' Interests"
_REGISTER = re.compile(r"register\s+of\s+(?:[\w'’-]+\s+){0,3}?interests", re.I)
# a run's left edge within this many points of a column start is in that column (the layout
# layer's own slack, layout.tables.COLUMN_SLACK)
_SLACK = 6.0
# A member's post sits on at most this many lines between the name heading and the table.
MAX_POST_LINES = 2
# "Mr Colm Devlin-Hughes – Chair", "Dr Aoife McCallion, Chief Executive": name and post on one line
_NAME_POST = re.compile(r"^(?P<name>[^,–—]+?)\s*(?:[,–—]|\s-\s)\s*(?P<post>\S.*)$")
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")


def _header_fields(line: Line, spec: TableSpec) -> list[str | None] | None:
    """The fields a line's cells name when it reads as a block's table header: three or more
    interest fields, every cell but one a label, and no name column."""
    cells = header_cells(line)
    if len(cells) < 3:
        return None
    fields = spec.fields_for([c.text for c in cells])
    named = [f for f in fields if f]
    if len(named) < 3 or len(named) < len(cells) - 1:
        return None
    if any(f in spec.key_fields for f in named):
        return None  # a register with a name column: interests_from_tables reads it
    if not any(f in ("category", "nature") for f in named):
        return None
    return fields


def _looks_like_name(text: str) -> bool:
    """A person's name, titled or not: two to five capitalised words, no colon or full stop
    ending a sentence."""
    if ":" in text or text.endswith("."):
        return False
    words = strip_honorifics(text).split()
    return 2 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words)


def _person_above(above: list[Line]) -> tuple[str, str | None] | None:
    """(name, post) from the lines between the previous block and a table's header: the name
    is a heading or titled line at most MAX_POST_LINES above the header, the lines under it
    the post; or one line holding both ("Name – Post")."""
    for back in range(1, min(len(above), MAX_POST_LINES + 1) + 1):
        line = above[-back]
        text = " ".join(line.text.split())
        post_lines = [" ".join(ln.text.split()) for ln in above[len(above) - back + 1 :]]
        if (line.heading or line.bold or HONORIFIC_RE.match(text)) and _looks_like_name(text):
            return strip_honorifics(text), " ".join(post_lines) or None
        m = _NAME_POST.match(text)
        if m and not post_lines and _looks_like_name(m.group("name")):
            return strip_honorifics(m.group("name")), m.group("post").strip()
    return None


@dataclass
class _Block:
    person: str
    post: str | None
    fields: list[str | None]
    grid: Grid
    rows: list[tuple[list[str], int]] = field(default_factory=list)


def _in_table(line: Line, cells: list[str], grid: Grid) -> bool:
    """A line of the block's table: text in two columns, a wrapped line of a cell right of the
    first, or the first cell going on ("interest" under "Non-financial professional") or a new
    type of interest. A heading (the next member), a note in the first column ("Declaration
    signed: yes", "No interests declared.") or prose across the columns ends the table."""
    if line.heading:
        return False
    filled = [k for k, c in enumerate(cells) if c]
    if not filled:
        return False
    if len(header_cells(line)) == 1 and len(grid.starts) > 2 and line.x1 > grid.starts[2] + _SLACK:
        return False  # one run across the columns: prose under the register
    if len(filled) >= 2 or filled[0] > 0:
        return True
    first = cells[0]
    return first[:1].islower() or (looks_like_category(first) and ":" not in first)


def _records(
    block: _Block, register: str | None, nothing: Callable[[dict[str, str]], bool]
) -> list[Interest]:
    out: list[Interest] = []
    for cells, page in block.rows:
        d = {f: c for f, c in zip(block.fields, cells, strict=False) if f}
        if nothing(d) or not (d.get("nature") or d.get("organisation")):
            continue
        notes = []
        declared = d.get("declared_on") or (d.get("held_from") if iso_date(d.get("held_from")) else None)
        if d.get("held_from") and not declared:
            notes.append(f"held from {d['held_from']}")
        cat_raw = d.get("category") or None
        if cat_raw and interest_category(cat_raw) == "other":
            notes.append(f"type of interest: {cat_raw}")
        out.append(
            Interest(
                person=block.person,
                declared_on=iso_date(declared) or declared,
                role=d.get("role") or block.post,
                organisation=d.get("organisation") or None,
                nature=d.get("nature") or None,
                category=interest_category(cat_raw),
                register=register,
                page=page,
                notes="; ".join(notes) or None,
            )
        )
    return out


def person_block_registers(
    doc: Document, spec: TableSpec, nothing: Callable[[dict[str, str]], bool]
) -> list[Interest]:
    """The blocks' interests; `spec` maps the small tables' header labels (interests' register
    spec), `nothing(row)` says a row records no interest ("Nil")."""
    if not _REGISTER.search(doc.text):
        return []
    lay = layout_of(doc)
    out: list[Interest] = []
    register: str | None = None
    block: _Block | None = None
    above: list[Line] = []  # the lines since the last table: where the next member is named
    for page in doc.pages:
        if not lay.page(page.number).has_boxes:
            continue  # no line with a box (its lines are not built)
        for line in lay.page(page.number).lines:
            if not line.has_box:
                continue
            text = " ".join(line.text.split())
            if register is None and _REGISTER.search(text) and len(text) < 120:
                register = text
            fields = _header_fields(line, spec)
            if fields is not None:
                if block is not None:
                    out += _records(block, register, nothing)
                person = _person_above(above)
                starts = [c.x0 for c in header_cells(line)]
                grid = Grid(starts, [], line.top, line.bottom, line.height)
                block = _Block(person[0], person[1], fields, grid) if person else None
                above = []
                continue
            if block is not None:
                cells = grid_cells(line, block.grid)
                if _in_table(line, cells, block.grid):
                    if block.rows and not (cells[0][:1].isupper() or cells[0][:1].isdigit()):
                        row = block.rows[-1][0]
                        for k, c in enumerate(cells):
                            if c:
                                row[k] = join_wrapped(row[k], c)
                    else:
                        block.rows.append((cells, page.number))
                    continue
                out += _records(block, register, nothing)
                block = None
            above.append(line)
    if block is not None:
        out += _records(block, register, nothing)
    return out


# --- Registers as one section per member, prose or lines under a name heading ------------------
# Family: annual disclosure statements of appointed boards (Ontario agencies, NZ and Australian
# statutory boards, charities' trustee registers): each member is a heading holding the name
# ("3.2 Dr. Anika Sharma-Boyle", a bold "Carol-Ann MacDougall, CPA, CA"), an optional post line
# under it ("Vice-Chair — Appointed by Order in Council ...; term ends ..."), then one paragraph
# or line per interest until the next member's heading; "Ms. Gauthier has no interests to
# disclose." records none. The sections' heading is the person, so no table reader sees them.

# the document speaks of members' interests being disclosed or registered (cheap gate first)
_SECTION_WORDS = ("disclos", "register", "declar")
# A register of this layout names at least this many members by heading (one named heading
# over prose is a report's author or a profile, not a register).
MIN_MEMBER_SECTIONS = 3
# post-nominals after the name in a heading: "Carol-Ann MacDougall, CPA, CA"
_POST_NOMINALS = re.compile(r"(?:,\s*[A-Z][A-Za-z.()&]{1,8})+\s*$")
# a line that records no interest: "Ms. Gauthier has no interests to disclose.", "Nil return",
# "No interests declared", "None."
_NO_INTERESTS = re.compile(
    r"\b(?:ha[sd]|have)\s+no\s+(?:\w+\s+){0,2}interests?\b|^\s*no\s+(?:\w+\s+){0,2}interests?\b"
    r"|^\s*(?:nil|none)(?:\s+return|\s+declared)?\s*\.?\s*$",
    re.I,
)
# the register's title, a heading above the members' sections: "Register of Members' Interests",
# "Annual Public Disclosure of Directors' Interests", "Statement of Interests", "Interests
# register" (not "Declarations of interest", an item of minutes, unless it heads the paper)
_SECTION_REGISTER = re.compile(
    r"\b(?:registers?|statements?|disclosures?|returns?)\s+of\s+(?:[\w'’]+\s+){0,3}?interests?\b"
    r"|\binterests?\s+(?:registers?|disclosures?|statements?)\b",
    re.I,
)
# the register's title is among this many first lines of the paper (a title block: body name,
# title, subtitle; the read Ontario statement's title is its first line)
TITLE_LINES = 4
# the post line under the name: "Chair — Appointed by ...", "Director; Chair, Audit Committee"
# (the post is the part before a dash); a line ending a sentence is an interest, not a post
_POST_DASH = re.compile(r"\s+[—–]\s+|\s+-\s+")
# a post line holds at most this many words before any dash (longest seen: "Director; Chair,
# Audit and Finance Committee", 7)
MAX_POST_WORDS = 10
# posts of appointed boards beyond attendance's ROLE_WORDS: "Chairperson", "Vice-Chair",
# "Co-Chair", "Trustee", "Board Member" (lower-cased first word of the post line)
_POST_STARTS = ("chair", "vice", "co-", "deputy", "trustee", "board", "non-executive", "lay")


def _member_name(line: Line) -> str | None:
    """The member a heading names: the heading's text after its number, titles and
    post-nominals dropped, when it reads as a person's name."""
    if not (line.heading or line.bold):
        return None
    text = " ".join((line.numbered.rest if line.numbered else line.text).split())
    text = _POST_NOMINALS.sub("", text).strip()
    if any(w in ORG_WORDS or w in NON_NAME for w in text.split()):
        return None  # "Consent Calendar", "Finance Committee": an item or a body
    if text.isupper():
        return None  # "CONFLICT OF INTEREST DISCLOSURES", "III. APPROVAL OF MINUTES": minutes' items
    if not _looks_like_name(text) or not (HONORIFIC_RE.match(text) or len(text.split()) <= 4):
        return None
    return strip_honorifics(text)


def _post_of(text: str) -> str | None:
    """The post a section's first paragraph states, or None when it is an interest."""
    head = _POST_DASH.split(text, maxsplit=1)[0].strip()
    if len(head.split()) > MAX_POST_WORDS:
        return None
    first = head.split()[0].strip(",;") if head.split() else ""
    if first not in ROLE_WORDS and not first.lower().startswith(_POST_STARTS):
        return None
    if head is text and text.rstrip().endswith("."):
        return None
    return head.rstrip(";,")


def member_section_registers(doc: Document) -> list[Interest]:
    """Interests of registers laid out one section per member (see above)."""
    low = doc.lower_text()
    if "interest" not in low or not any(w in low for w in _SECTION_WORDS):
        return []
    # the title test below, on the first page's plain text first: it holds the title if a first
    # line of its boxes does, and the layout is built only then (the test ahead of the layout
    # ruled out 43 of the bulk corpus's 251 documents, each a layout built for nothing)
    if not doc.pages or not doc.pages[0].spans or not _SECTION_REGISTER.search(doc.pages[0].text):
        return []
    lay = layout_of(doc)
    # (pages without boxes have no line with a box: their lines are not built)
    lines = [
        ln for p in doc.pages if lay.page(p.number).has_boxes for ln in lay.page(p.number).lines if ln.has_box
    ]
    if sum(1 for ln in lines if _member_name(ln)) < MIN_MEMBER_SECTIONS:
        return []
    # the paper is the register: its title among the first lines of its first page
    first = doc.pages[0].number if doc.pages else 0
    register = next(
        (
            " ".join(ln.text.split())
            for ln in lines[:TITLE_LINES]
            if ln.page == first and ln.heading and len(ln.text) < 120 and _SECTION_REGISTER.search(ln.text)
        ),
        None,
    )
    if register is None:
        return []
    sections: list[tuple[str, list[Line]]] = []
    current: list[Line] | None = None
    run = longest = 0  # member headings in a row, no other heading between them
    for ln in lines:
        name = _member_name(ln)
        if name:
            current = []
            sections.append((name, current))
            run += 1
            longest = max(longest, run)
        elif ln.heading:
            current = None  # another heading ends the member's section
            run = 0
        elif current is not None:
            current.append(ln)
    # minutes name speakers or items in bold between other headings; a register's members
    # follow one another under its title
    if longest < MIN_MEMBER_SECTIONS:
        return []
    out: list[Interest] = []
    for person, body in sections:
        paras = paragraphs(body)
        post = _post_of(paras[0].text) if paras else None
        for para in paras[1:] if post else paras:
            text = " ".join(para.text.split())
            if _NO_INTERESTS.search(text):
                continue
            out.append(
                Interest(
                    person=person,
                    declared_on=None,
                    role=post,
                    organisation=None,
                    nature=text,
                    category=None,
                    register=register,
                    page=para.page,
                )
            )
    return out

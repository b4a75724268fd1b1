"""The cells of a register printed one section per member in flowing text columns, its members'
names untitled: the reading order and the member headings that interest_sections reads.

Family: annual disclosure statements and registers laid out as a newsletter, two (or more) text
columns running down each page, each member's section under a name set in one style of its own
("Sharon McNeil-Ducharme, Chair" / "Robert (Bob) Kowalchuk": bold, larger than the text; no
"Cr", "Mr" or "Name:" before it), the form's category labels repeated under every name:
  - Canadian school boards' and municipalities' trustee disclosure statements;
  - South African and Kenyan boards' declaration summaries, Australian and New Zealand boards'
    registers set in two columns.
interest_sections finds such a register's members by a title or a name label, and reads its
cells line by line across the page; the layout layer merges the lines of two columns that share
a baseline, so a name in the second column cut the first column's sections. Here the pages are
read as member_lists reads flowing lists (cells by baseline, down each column of each band), and
the members are the name-shaped cells that share one style (face and size) and recur: the
structure, not a word list, tells a member's heading from an item's.
"""

from __future__ import annotations

import re
from collections import Counter

from ..layout import Line, layout_of
from ..model import Document
from .attendance import HONORIFIC_RE
from .dates import find_date
from .interest_member_lists import _columns, _person, _reading_order, sized_page_cells
from .interest_sections import _GATE_WORDS, _NAME_DASH, _Cell, _key, read_register
from .interest_statements import _SURNAME
from .interest_statements import _person as _uninverted
from .records import Interest

# A register of this layout names at least this many members (the read one: 6), and as many
# headings share the name style.
MIN_MEMBERS = 3
# A form's label is a short line recurring on at least MIN_MEMBERS lines of the plain text, and a
# register has at least this many such labels naming kinds of interest (the read register: 6
# labels, each under all 6 members): the cheap gate before the layout.
MIN_RECURRING_LABELS = 2
MAX_LABEL_WORDS = 12
# the words of a form's label naming a kind of interest (a subset of interest_sections'
# _LABEL_KINDS, for the gate on plain text)
_KIND_WORDS = re.compile(
    r"\b(?:employment|occupation|income|directorships?|business|shareholdings?|shares|property|land|gifts?"
    r"|hospitality|memberships?|bodies|boards?|volunteer\w*|famil(?:y|ies)|spouse|relatives?|contracts?"
    r"|trusts?|securities|investments?|sponsorships?|consultanc(?:y|ies)|retainerships?)\b",
    re.I,
)
# a member's heading is at most this many characters (the read ones: 12 to 34)
MAX_HEAD_CHARS = 80
# a post after the name's dash is at most this many characters (the read ones: up to 61,
# "Public Member (appointed by the Lieutenant-Governor in Council)")
MAX_POST_CHARS = 80
# the post after the name's comma: "Sharon McNeil-Ducharme, Chair", "X, Vice-Chair"
_COMMA_POST = re.compile(r",\s+(?P<post>[^,]{2,40})$")
# a name printed surname first, the surname in capitals, the forenames after a comma, perhaps
# after a title: "NKOSI, Sipho Jabulani", "VAN DER MERWE, Dr Annelie", "BOTHA, Adv. Pieter-Jan"
# (registers and lists ordered by surname: Southern African, Irish and parliamentary registers)
# (the comma may be set on a baseline of its own and dropped: "KEANE Prof. Liam")
_INVERTED = re.compile(rf"^(?P<surname>{_SURNAME}),?\s+(?P<rest>[^,]{{2,60}})$")
# a cell of punctuation only: a comma or stop the layout set on a baseline of its own
_PUNCT_ONLY = re.compile(r"^[,.;:]+$")
_FORENAMES = re.compile(r"^[A-ZÀ-Þ][\w'’\-]+(?:\s+[A-ZÀ-Þ][\w'’\-]+){0,2}$")
# the punctuation a label's key drops
_PUNCT = str.maketrans(",;:", "   ")
# a cell's face and size keyed to this many points (a name style set at 16.7 pt)
_SIZE_STEP = 0.5


def _recurring_labels(text: str) -> set[str]:
    """A form's labels in the plain text: short lines naming kinds of interest, each recurring on
    MIN_MEMBERS lines or more (lower-cased, as printed); empty unless MIN_RECURRING_LABELS."""
    counts: Counter[str] = Counter(
        low for ln in text.splitlines() if 2 <= len((low := ln.strip().lower()).split()) <= MAX_LABEL_WORDS
    )
    # a label whose comma the layout dropped on some lines counts with the others
    folded: Counter[str] = Counter()
    for k, n in counts.items():
        folded[_folded(k)] += n
    kinds = {k for k, n in folded.items() if n >= MIN_MEMBERS and _KIND_WORDS.search(k)}
    if len(kinds) < MIN_RECURRING_LABELS:
        return set()
    return {k for k in counts if _folded(k) in kinds}


def _folded(line: str) -> str:
    """A line as a label's key: its commas, semicolons and colons dropped, its spaces single. A
    line with none of them, no double space and no other white space (`isprintable`) is its own
    key, tested first: the fold of every distinct line of every paper was 1.0% of text-only
    ingest on the bulk corpus, the shortcut a third of that."""
    if line.isprintable() and "," not in line and ";" not in line and ":" not in line and "  " not in line:
        return line
    return " ".join(line.translate(_PUNCT).split())


def _cells(lines: list[Line], seq: int) -> tuple[list[tuple[_Cell, float]], int]:
    """A page's cells, by baseline, each with its size (interest_member_lists.sized_page_cells)."""
    return sized_page_cells(lines, seq)


def _heading_name(text: str) -> tuple[str, str | None] | None:
    """(name, post) of a cell that may head a member's section: a name, perhaps with its post
    after a comma."""
    if len(text) > MAX_HEAD_CHARS + MAX_POST_CHARS or text.endswith((":", ".", ";")) or find_date(text):
        return None
    m = _INVERTED.match(text)
    if m:
        forenames = HONORIFIC_RE.sub("", m.group("rest"), count=1)
        if _FORENAMES.match(forenames):
            return _uninverted(m.group("surname"), forenames), None
    post = None
    # the post after a dash: "Danielle Thibodeau, RMT — President (Elected, District 2)"
    # (health-profession regulators' and boards' registers; the post may hold commas of its own)
    parts = _NAME_DASH.split(text, maxsplit=1)
    if len(parts) == 2:
        text, post = parts[0], parts[1].strip() or None
    m = _COMMA_POST.search(text) if post is None else None
    if m:
        post, text = m.group("post").strip(), text[: m.start()]
    if len(text) > MAX_HEAD_CHARS:
        return None
    got = _person(text)  # a name of two to six words, particles ("van", "de") inside it
    return (got[0], post) if got else None


def flowing_member_cells(doc: Document) -> tuple[list[_Cell], dict[int, tuple[str, str | None]]] | None:
    """(cells in reading order, member headings by cell id) of a register of sections under
    untitled names in one recurring style, or None."""
    low = doc.lower_text()
    if not any(w in low for w in _GATE_WORDS):
        return None
    labels = _recurring_labels(doc.text)
    if not labels:
        return None
    # the pages holding the labels (a pack's other pages are not laid out into cells)
    pages = [p for p in doc.pages if any(ln.strip().lower() in labels for ln in p.text.splitlines())]
    lay = layout_of(doc)
    sized: list[list[tuple[_Cell, float]]] = []
    seq = 0
    for p in pages:
        got, seq = _cells(lay.page(p.number).lines, seq)
        sized.append([(c, size) for c, size in got if not _PUNCT_ONLY.match(c.text)])
    # the member headings: name-shaped cells in one face and size, larger than the text's,
    # recurring; the most frequent such style
    named: dict[int, tuple[str, str | None]] = {}
    styles: Counter[tuple[bool, float]] = Counter()
    style_of: dict[int, tuple[bool, float]] = {}
    body = lay.body_size or 0.0
    for page in sized:
        for c, size in page:
            if not c.bold or size <= body:
                continue
            m = _heading_name(c.text)
            if m is None:
                continue
            named[id(c)] = m
            style_of[id(c)] = (c.bold, round(size / _SIZE_STEP) * _SIZE_STEP)
            styles[style_of[id(c)]] += 1
    # a member is named once; a text recurring in the style is a label ("A. Real Property", a
    # statutory return's Part over each member's tables), not a name
    said = Counter(named[k][0] for k in named)
    for k in [k for k in named if said[named[k][0]] > 1]:
        styles[style_of[k]] -= 1
        del named[k]
    if not +styles:
        return None
    style, n = styles.most_common(1)[0]
    if n < MIN_MEMBERS:
        return None
    heads = {k: v for k, v in named.items() if style_of[k] == style}
    columns = _columns([c for page in sized for c, _ in page if id(c) in heads])
    # the form's labels (bold lines recurring under the members) are no headings of the paper
    # breaking the columns into bands: only lines across the gutter and lone headings are
    texts = Counter(_key(c.text) for page in sized for c, _ in page if c.bold)
    keep = set(heads) | {
        id(c) for page in sized for c, _ in page if c.bold and texts[_key(c.text)] >= MIN_MEMBERS
    }
    parts: dict[int, int] = {}
    ordered: list[_Cell] = []
    members: dict[int, tuple[str, str | None]] = {}
    for page in sized:
        for c, _ in _reading_order([c for c, _ in page], keep, columns, parts):
            cell = _Cell(c.text, c.x0, c.x1, c.top, c.page, c.bold, len(ordered) + 1, True, c.line)
            if id(c) in heads:
                members[id(cell)] = heads[id(c)]
            ordered.append(cell)
    if len(members) < MIN_MEMBERS:
        return None
    return ordered, members


def flowing_member_sections(doc: Document) -> list[Interest]:
    """Interests of a register of sections under untitled names in one style, perhaps in flowing
    text columns (see above), read as interest_sections reads its registers."""
    got = flowing_member_cells(doc)
    return read_register(doc, *got) if got else []

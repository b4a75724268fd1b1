"""Registers of interests grouped under a band per member.

Family: registers printed as one table whose columns name the interest, not the member
("Entity | Nature of interest | Date of entry", "Organisation | Position | Date registered"),
each member's rows under a band row of their own: the member's name alone on a line at the
table's left edge, in bold, their post in brackets after it ("Jane Roe (Chair)"). New Zealand
and Australian trusts' and companies' interests registers, charity boards' registers and board
packs' "Interests Register" items print them so. The generic table readers need a member column;
this read keeps the band's member for the rows under it, over a page break too when the header
is printed again.

Read from the page's lines: a band is one bold cell at the first column's edge naming a person;
a row opens at the first column's edge; a line set closer to the one above than the rows are
(`WRAP_GAP_HEIGHTS`) is that row's cells wrapped. A line of one cell reaching past the second
column (the text after the table) ends it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..layout import layout_of
from ..layout.lines import Line, join_spans
from ..layout.tables import COLUMN_SLACK, header_cells
from ..model import Document
from .attendance import PARTICLES
from .interest_forms import _name_heading
from .tables import TableSpec

# The fields a banded register's header names (no member column): the body, the interest, its
# date or category. At least two of them, one the body or the interest.
_BAND_FIELDS = ("organisation", "nature", "declared_on", "category", "role")
_MEMBER_FIELDS = ("person", "forename", "surname")
# A register names at least this many members by bands (one band over a table is a heading)
MIN_MEMBERS = 2
# A line set closer than this many line heights below the one above is its cells wrapped (a
# table's rows are set further apart: Word's cell padding, as `interest_forms._WRAP_GAP_HEIGHTS`)
WRAP_GAP_HEIGHTS = 0.6
# "Hinemoa Parata-Walker (Chair)": the member's post in brackets after the name
_BRACKETED_POST = re.compile(r"^(?P<name>.*?)\s*\((?P<post>[^()]{1,60})\)\s*$")
# the page's words a banded register's header needs (a cheap test before the layout is built)
_HEADER_WORDS = ("entity", "organisation", "organization", "nature of", "company", "body")
# ... and a line of the page's text naming the body or the interest and another field beside it
# ("Entity  Nature of interest  Date of entry", "Organisation  Position  Date"): the header line,
# tested on the text before the layout is built (without it the layout was built for most packs
# naming an organisation and an interest anywhere: 5% of text-only ingest on the bulk corpus)
_HEADER_TEXT_LINE = re.compile(
    r"^(?=[^\n]*\b(?:entity|organi[sz]ation|company|body|nature\s+of)\b)"
    r"(?=[^\n]*\b(?:nature|date|position|role|category|type|interest|office)\b)"
    # a header's few words, not a sentence (the read headers: 3 to 7 words)
    r"[ \t]*(?:\S+[ \t]+){0,9}\S+[ \t]*$",
    re.I | re.M,
)
# The words of _HEADER_TEXT_LINE's first lookahead: it is tried only at the lines holding one
# (found in the lower-cased page by substring search; as a search over the page it was 0.7% of
# text-only ingest CPU on the bulk corpus, 4x the cost of the same answer so). Letters that re's
# case-insensitive match reads as "i" or "s" but lower() does not give ("İ", "ı", "ſ"; "İ" also
# lengthens the lower-cased text) send a page to the plain search. Keep in step with the lookahead.
_HEADER_LINE_WORDS = ("entity", "organisation", "organization", "company", "body", "nature")


def _header_text_line(text: str, low: str) -> bool:
    """`_HEADER_TEXT_LINE.search(text)` (`low`: the text lower-cased)."""
    if "İ" in text or "ı" in text or "ſ" in text:
        return bool(_HEADER_TEXT_LINE.search(text))
    starts = set()
    for word in _HEADER_LINE_WORDS:
        at = low.find(word)
        while at >= 0:
            starts.add(low.rfind("\n", 0, at) + 1)
            at = low.find(word, at + len(word))
    return any(_HEADER_TEXT_LINE.match(text, start) for start in sorted(starts))


# the lower-case particles of a surname ("Peter van der Berg", "Ana de la Cruz"), read as
# capitalised words when the band is tested for a name
_PARTICLE = re.compile(
    r"(?<=\s)(?:" + "|".join(sorted(p for p in PARTICLES if p.isalpha() and p.islower())) + r")(?=\s)"
)


@dataclass
class BandEntry:
    person: str
    role: str | None
    organisation: str | None
    nature: str | None
    declared_on: str | None
    category: str | None
    page: int


def _header(line: Line, spec: TableSpec) -> tuple[list[float], list[str | None]] | None:
    if not line.bold:
        return None  # (tested first: header_cells is the costly part, and most lines are regular)
    cells = header_cells(line)
    if len(cells) < 2:
        return None
    fields = spec.fields_for([c.text for c in cells])
    if any(f is None or f in _MEMBER_FIELDS for f in fields):
        return None
    named = [f for f in fields if f in _BAND_FIELDS]
    if len(named) < 2 or not ({"organisation", "nature"} & set(named)):
        return None
    return [c.x0 for c in cells], fields


def _band_member(line: Line, first: float) -> tuple[str, str | None] | None:
    if not line.bold:
        return None
    cells = header_cells(line)
    if len(cells) != 1 or abs(cells[0].x0 - first) > COLUMN_SLACK:
        return None
    text = " ".join(cells[0].text.split())
    post = None
    if m := _BRACKETED_POST.match(text):
        text, post = m.group("name"), m.group("post").strip()
    if not _name_heading(_PARTICLE.sub(lambda m: m.group(0).title(), text)):
        return None
    name = _name_heading(_PARTICLE.sub(lambda m: m.group(0).title(), text))
    # the particles as printed
    return (text if name and len(name.split()) == len(text.split()) else name or text), post


def _column(x0: float, starts: list[float]) -> int:
    k = 0
    for i, s in enumerate(starts):
        if x0 >= s - COLUMN_SLACK:
            k = i
    return k


def _close(
    out: list[BandEntry],
    members: set[str],
    row: list[str] | None,
    grid: tuple[list[float], list[str | None]] | None,
    person: tuple[str, str | None] | None,
    page: int,
) -> None:
    """The row read so far, as the band's member's entry."""
    if row is None or person is None or grid is None:
        return
    d = {f: " ".join(c.split()) for f, c in zip(grid[1], row, strict=True) if f and c.strip()}
    if "nature" not in grid[1] and d.get("role"):
        # "Organisation | Position": the position held in the body is the interest; the
        # member's own post is the band's
        d["nature"] = d.pop("role")
    if d.get("nature") or d.get("organisation"):
        out.append(
            BandEntry(
                person=person[0],
                role=person[1],
                organisation=d.get("organisation"),
                nature=d.get("nature"),
                declared_on=d.get("declared_on"),
                category=d.get("category"),
                page=page,
            )
        )
        members.add(person[0])


def band_entries(doc: Document, spec: TableSpec) -> list[BandEntry]:
    low = doc.lower_text()
    if "interest" not in low or not any(w in low for w in _HEADER_WORDS):
        return []
    lay = None
    out: list[BandEntry] = []
    members: set[str] = set()
    person: tuple[str, str | None] | None = None
    for page in doc.pages:
        plow = page.text.lower()
        if not any(w in plow for w in _HEADER_WORDS) or (
            person is None and not _header_text_line(page.text, plow)
        ):
            person = None
            continue
        lay = lay or layout_of(doc)
        lines = lay.page(page.number).lines
        grid: tuple[list[float], list[str | None]] | None = None
        row: list[str] | None = None
        prev: Line | None = None

        for line in lines:
            if grid is None:
                grid = _header(line, spec)
                prev = line if grid else None
                continue
            starts = grid[0]
            if (member := _band_member(line, starts[0])) is not None:
                _close(out, members, row, grid, person, page.number)
                row = None
                person, prev = member, line
                continue
            cells = header_cells(line)
            if not cells:
                continue
            height = line.height or 8.0
            wrapped = (
                row is not None and prev is not None and line.top - prev.bottom <= WRAP_GAP_HEIGHTS * height
            )
            if not wrapped and (
                abs(cells[0].x0 - starts[0]) > COLUMN_SLACK or (len(cells) == 1 and cells[0].x1 > starts[1])
            ):
                # a line not opening at the first column, or one cell across the columns: the
                # table has ended
                _close(out, members, row, grid, person, page.number)
                row, grid, person = None, None, None
                continue
            if not wrapped:
                _close(out, members, row, grid, person, page.number)
                row = [""] * len(starts)
            assert row is not None
            # (the line's runs by column: a cell may run up to the next column's text)
            parts: list[list] = [[] for _ in starts]
            for sp in line.spans:
                parts[_column(sp.x0, starts)].append(sp)
            for k, spans in enumerate(parts):
                if spans:
                    row[k] = f"{row[k]} {join_spans(spans)}".strip()
            prev = line
        _close(out, members, row, grid, person, page.number)
    if len(members) < MIN_MEMBERS:
        return []
    return out

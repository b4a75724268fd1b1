"""Registers of interests printed transposed: one column per member, one row per category.

Family: registers laid out with the members across the top and the categories down the side
("Category | Ms A. Smith / Board Chair | Mr B. Jones / Deputy Chair | ..."; "Employment /
principal occupation", "Directorships and board positions", "Shareholdings", "Memberships",
"Gifts, benefits and hospitality" down the first column): Australian health services' and
company boards' attachments to minutes, small boards' one-page summaries. A board larger than
the page is wide prints it as two or more such tables, each with its own members across the top.
A cell lists the member's entries of that category one a line, "Nil" where there are none.

Read from the ruled tables the page's table finder gave (cells keep their line breaks): a table
whose first row holds, after the corner cell, at least `MIN_MEMBER_COLUMNS` cells each opening
with a person's name (their post on the lines under it), and whose first column is mostly
category headings (`interest_grid.is_category_header`). A table on the next page with the same
number of columns and no member row goes on under the members of the one before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document
from .attendance import ROLE_WORDS, TITLE_WORDS, strip_honorifics
from .interest_grid import column_category, is_category_header, ruled_cell_entries
from .tables import clean_cell

# The corner cell over the category column: "Category", "Type of interest", "Interest", or blank
_CORNER = re.compile(
    r"^(?:(?:category|type|nature|class)(?:\s+of\s+interests?)?|interests?(?:\s+(?:category|type))?"
    r"|registrable\s+interests?|declared\s+interests?)?\s*:?$",
    re.I,
)
# A transposed register has at least this many member columns (one would be a form of one
# member's, "Category | Details": read by the register readers)
MIN_MEMBER_COLUMNS = 2
# ... and at least this share of its first-column cells are category headings (the categories
# seen: "Employment / principal occupation", "Directorships and board positions",
# "Shareholdings and other financial interests", "Memberships and affiliations", "Gifts,
# benefits and hospitality"; a row such as "Related parties (family members ...)" is not one)
MIN_CATEGORY_SHARE = 0.5
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$|^(?:de|da|van|von|der|den|du|la|le|ní|ó|mac|bin|al)$")
# words opening the lines of a member's post under the name: "Board Chair", "Deputy Chair",
# "Director", "Non-executive Director", "Chief Executive (ex officio)"
_POST_WORDS = ROLE_WORDS | TITLE_WORDS | {
    "Board", "Deputy", "Vice", "Non-executive", "Non-Executive", "Executive", "Independent",
    "Director", "Chair", "Chairperson", "Chairman", "Member", "Trustee", "Governor",
    "Commissioner", "Secretary", "Treasurer", "Chief", "Associate", "Lay", "Co-opted", "Ex",
}  # fmt: skip
# A member cell's name: two to six words once titles are dropped (post-nominals kept)
MAX_NAME_WORDS = 6


@dataclass
class TransposedEntry:
    person: str
    role: str | None
    category: str | None  # pecuniary | non-pecuniary | indirect | other
    category_label: str  # the row's heading as printed
    text: str  # the entry, its wrapped lines joined
    page: int


def _member(cell: str | None) -> tuple[str, str | None] | None:
    """(name, post) of a member's header cell: the name's lines (wrapped, or broken at a
    hyphen), then the post from the first line opening with a word of office; None when the
    cell does not open with a name."""
    lines = [ln.strip() for ln in (cell or "").splitlines() if ln.strip()]
    if not lines:
        return None
    at = next((k for k in range(1, len(lines)) if lines[k].split()[0].strip(",") in _POST_WORDS), len(lines))
    name = ""
    for ln in lines[:at]:
        name = name + ln if name.endswith("-") and name[-2:-1].isalpha() else f"{name} {ln}".strip()
    words = strip_honorifics(name).split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or not all(_NAME_WORD.match(w) for w in words):
        return None
    if is_category_header(name):
        return None
    post = " ".join(lines[at:]) or None
    return strip_honorifics(name), post


def _members(row: list[str | None]) -> list[tuple[str, str | None]] | None:
    if len(row) < MIN_MEMBER_COLUMNS + 1 or not _CORNER.match(clean_cell(row[0])):
        return None
    got = [_member(c) for c in row[1:]]
    if not all(got):
        return None
    return [g for g in got if g]


def _is_category_column(rows: list[list[str | None]]) -> bool:
    firsts = [clean_cell(r[0]) for r in rows if r and r[0]]
    if not firsts:
        return False
    return sum(1 for c in firsts if is_category_header(c)) >= MIN_CATEGORY_SHARE * len(firsts)


def _column_width(rows: list[list[str | None]], col: int) -> int:
    """The longest printed line of a column, in characters (`ruled_cell_entries`)."""
    return max(
        (len(x.strip()) for r in rows if col < len(r) and r[col] for x in (r[col] or "").splitlines()),
        default=0,
    )


def transposed_entries(doc: Document) -> list[TransposedEntry]:
    out: list[TransposedEntry] = []
    members: list[tuple[str, str | None]] | None = None  # the member columns in force
    last_page = -1
    for page in doc.pages:
        for tab in page.tables:
            rows = [r for r in tab.rows if r and any(c and c.strip() for c in r)]
            if len(rows) < 2:
                continue
            head = _members(rows[0])
            if head is not None:
                members, body = head, rows[1:]
            elif members is not None and page.number - last_page == 1 and len(rows[0]) == len(members) + 1:
                body = rows  # the table goes on over the page without its member row
            else:
                members = None
                continue
            if not _is_category_column(body):
                members = None
                continue
            last_page = page.number
            widths = {k: _column_width(body, k + 1) for k in range(len(members))}
            for r in body:
                label = clean_cell(r[0])
                if not label:
                    continue
                for k, (person, post) in enumerate(members):
                    raw = r[k + 1] if k + 1 < len(r) else None
                    if not raw or not raw.strip():
                        continue
                    for entry in ruled_cell_entries(raw, widths[k]):
                        out.append(
                            TransposedEntry(
                                person=person,
                                role=post,
                                category=column_category(label),
                                category_label=label,
                                text=entry,
                                page=page.number,
                            )
                        )
    return out

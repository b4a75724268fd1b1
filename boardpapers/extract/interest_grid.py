"""Registers of interests printed as a grid: one row per member, one column per category.

Family: summaries of a register laid out landscape, the header naming the categories rather than
fields ("Councillor | Ward | Employment, office, trade, profession or vocation | Sponsorship |
Contracts | Land | Licences | Corporate tenancies | Securities | Other registrable interests |
Last updated": English councils under the Localism Act 2011). The same layout serves other codes'
categories: "Remuneration | Related undertakings | Houses, land and buildings | Gifts and
hospitality" (Scottish councillors and board members), "Financial interests | Non-financial
professional interests | Non-financial personal interests | Indirect interests" (NHS bodies after
the Managing Conflicts of Interest guidance), "Directorships | Shareholdings | Memberships"
(charities, housing associations). A cell lists the member's entries of that category one a line,
"None" where there is none.

A column is a category when its header is one (`CATEGORY_HEADER`); the header is then the
category of every entry in the column. The person and date columns are read by the register
spec's own synonyms. A grid needs a person column and at least `MIN_CATEGORY_COLUMNS` category
columns: a register with a single "Category" column is a list of interests, read elsewhere.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..layout.tables import WRAPPED
from ..model import Document
from .attendance import ROLE_WORDS, strip_honorifics
from .interest_header_grid import METHOD as HEADER_ROW_METHOD
from .interest_header_grid import header_row_grids
from .normalise import PECUNIARY_CATEGORY, interest_category
from .tables import LogicalTable, TableSpec, read_borderless_tables, read_ruled_tables

# The header of a column holding one category of interest (matched on the label in lower case,
# whitespace collapsed). Where the words come from: the English DPI categories and the Scottish
# Code's (normalise.PECUNIARY_CATEGORY); "Other registrable interests" / "Other interests" (English
# codes' Part 2); NHS registers' "Financial interests", "Non-financial professional interests",
# "Indirect interests"; "Gifts and hospitality"; charity and housing registers' "Directorships",
# "Shareholdings", "Memberships", "Trusteeships"; US disclosure forms' "Real property",
# "Sources of income", "Business interests".
CATEGORY_HEADER = re.compile(
    r"^(?:other\s+(?:registrable\s+|registerable\s+|personal\s+|relevant\s+)?interests?"
    r"|(?:direct\s+|indirect\s+)?(?:non[\s-]*)?(?:financial|pecuniary)(?:\s+\w+)?\s+interests?"
    r"|indirect\s+interests?|personal\s+interests?|gifts?\b|hospitality\b"
    # "Membership category" / "Membership type" is the member's seat on the board (a post), not
    # a category of interest
    r"|directorships?\b|shareholdings?\b|memberships?\b(?!\s+(?:category|type|class)\b)|trusteeships?\b"
    # NZ councils' registers under the Local Government Act 2002 Part 4A and company boards':
    # "Companies and directorships", "Trusts and incorporated societies", "Other organisations"
    # (a grid of categories, one column each)
    r"|compan(?:y|ies)\s+(?:and|&)\s+directorships?\b|trusts?\s+(?:and|&)\s+(?:incorporated\s+)?societies\b"
    r"|other\s+(?:organisations?|organizations?|bodies)\b"
    # "Employment" on its own (university councils' and charity registers: "Employment |
    # Directorships | Trusteeships"), "Outside employment", "Paid employment"
    r"|(?:(?:outside|other|paid|current)\s+)?employment\b"
    # ("Immovable property": South African public bodies' and TVET councils' declarations, the
    # civil-law term for land and buildings)
    r"|(?:real|immovable)\s+(?:property|estate)|sources?\s+of\s+income|business\s+interests?"
    # US local government disclosures (Texas Local Government Code ch. 176 and authorities'
    # ethics policies): "Business Entities (officer, director, partner ...)", "Family Members
    # Employed by or Contracting with the Authority"
    r"|business\s+entit(?:y|ies)\b|family\s+members?\b"
    # academy trusts' registers (the Academy Trust Handbook's three headings): "Business and
    # pecuniary interests", "Governance roles in other educational institutions", "Relatives
    # employed by the Trust" / "Material interests arising from relationships between members,
    # trustees and staff"; other bodies' "Governorships", "Positions held in other bodies"
    r"|business\s+(?:and|&)\s+(?:pecuniary|financial)\s+interests?|governance\s+roles?\b|governorships?\b"
    r"|(?:roles?|positions?|appointments?|offices?)\s+(?:held\s+)?(?:in|with)\s+other\s+"
    r"|relatives?\b|relationships?\s+(?:with|between)\b|(?:material\s+)?interests?\s+arising\s+from\s+relationships?"
    # statutory boards whose Act lists the relatives' interests as a paragraph of its own: "(f)
    # Interests of spouse or close relatives", "Interests of family members" (East African
    # boards' grids, one lettered column per paragraph)
    r"|interests?\s+of\s+(?:(?:a|the|your|my)\s+)?(?:spouses?|partners?|family|relatives|close\s+relatives|dependants?|immediate\s+family)\b)"
)

# A grid names at least this many categories in its header (one would be a list's "Category"
# column; the smallest grids seen print "Financial | Non-financial" side by side)
MIN_CATEGORY_COLUMNS = 2

# The register spec's fields a grid also has: whose row it is, their post, the date of the entry
_GRID_FIELDS = ("forename", "surname", "person", "role", "declared_on")

_CATEGORY_FIELD = "category:"


# The kind of interest a category column holds where its header does not say "pecuniary" or
# "financial" (charity, university and housing registers: "Employment | Directorships |
# Trusteeships | Other interests"): paid work, company offices and holdings are pecuniary, unpaid
# offices and memberships are not, family members' interests are indirect
_PECUNIARY_COLUMN = re.compile(
    r"employment|directorships?|shareholdings?|remunerat|sources?\s+of\s+income|business\s+interests?"
    r"|(?:real|immovable)\s+(?:property|estate)|contracts?\b"
)
_NON_PECUNIARY_COLUMN = re.compile(
    r"^(?:trusteeships?|memberships?|governance\s+roles?|governorships?)\b"
    # "Professional, association and volunteer roles", "Voluntary and community roles",
    # "Honorary positions" (regulatory colleges' and charities' registers: unpaid offices)
    r"|^(?:professional|voluntary|volunteer|unpaid|honorary|community)\b(?!.*\b(?:income|fees|remunerat|paid\b))"
    r"|^(?:roles?|positions?|appointments?|offices?)\s+(?:held\s+)?(?:in|with)\s+other\b"
)
_INDIRECT_COLUMN = re.compile(
    r"\b(?:family|spouses?|partners?|relatives?|relationships?|close\s+(?:associates|connections))\b"
)
# An entry naming a family member's interest: "Spouse: Consultant Cardiologist, ...",
# "Husband is a director of ...", "Partner - GP partner, ..."
_FAMILY_ENTRY = re.compile(
    r"^(?:my\s+)?(?:spouse|wife|husband|civil\s+partner|son|daughter|brother|sister)\b", re.I
)


# A category column headed by its number in the code of conduct before its name: "Category 1
# Remuneration", "Category 8 Non-Financial Interests" (Scottish boards' registers printing the
# Code's eight categories side by side), "Part 2 Other interests", "Class 3 Contracts". The number
# and its word are dropped before the name is read; such a numbered "Category" header is a
# category column whatever its name ("Category 2 Other Roles").
# A bare enumerator before the name is dropped too: "(a) Employment / Occupation", "b) Directorships",
# "3. Land and property", "(iv) Gifts" (registers of statutory bodies and trusts whose charter
# lists the categories as lettered or numbered paragraphs and whose grid heads each column so);
# the name after it must still be a category's.
_NUMBERED_CATEGORY = re.compile(
    r"^(?:(?:category|part|class|section)\s+(?:\d{1,2}|[ivx]{1,4}|[a-h])\b\s*[.:)–—-]?"
    r"|\((?:\d{1,2}|[ivx]{1,4}|[a-h])\)|(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)])\s*"
)


def _category_name(label: str) -> str:
    """The header's name, its number ("Category 3") dropped."""
    text = " ".join(label.split()).lower()
    return _NUMBERED_CATEGORY.sub("", text) or text


def column_category(label: str | None) -> str | None:
    """pecuniary | non-pecuniary | indirect | other for a category column's header."""
    label = _category_name(label) if label else label
    cat = interest_category(label)
    if cat != "other":
        return cat
    text = " ".join(label.split()).lower()
    if text.startswith("other"):
        return cat  # "Other interests (incl. memberships, shareholdings, family)": a mix
    if _INDIRECT_COLUMN.search(text):
        return "indirect"
    if _NON_PECUNIARY_COLUMN.match(text):
        return "non-pecuniary"
    if _PECUNIARY_COLUMN.search(text):
        return "pecuniary"
    return cat


def _entry_category(entry: str, label: str) -> str | None:
    """The column's category; in a column of other interests an entry naming a family member
    ("Spouse: Consultant ...") is indirect. In a column of disclosable pecuniary interests the
    spouse's entry stays pecuniary (the Localism Act counts a spouse's interests as the member's)."""
    cat = column_category(label)
    return "indirect" if cat == "other" and _FAMILY_ENTRY.match(entry) else cat


def heading_category(heading: str | None) -> str | None:
    """The category named by a heading over a register's table ("Part B – Directorships,
    Partnerships and Shareholdings", "Category 3: Contracts", "Gifts and hospitality"): the
    heading when it names a category (`is_category_header`), or is numbered as a part or
    category of the code and its name reads as one kind of interest (`column_category`: "Part C
    – Professional and Volunteer Roles"; not "Part A – Trustees", a part of the document listing
    one group of members); else None. Registers printed by category: one table per part, the
    part's heading the category of every row under it."""
    if not heading:
        return None
    text = " ".join(heading.split())
    if len(text) > MAX_HEADING_CHARS or not _PART_OPENING.match(text):
        # the lines over a part's table read with the part's heading ("... Order-in-Council
        # 2024/203 Part A — Employment, business and professional activities": the rows of a
        # table of names the reader did not take for a table run into it): the heading is the
        # part's words from its number on
        parts = list(_PART_WORD.finditer(text))
        if parts:
            text = text[parts[-1].start() :]
    if len(text) > MAX_HEADING_CHARS:
        return None
    if is_category_header(text):
        return text
    low = text.lower()
    m = _NUMBERED_CATEGORY.match(low)
    if m and re.match(r"(?:category|part|class)\b", low) and m.end() < len(text):
        return text if column_category(text) != "other" else None
    return None


# A part's number opening its heading, and found inside the text over a table: "Part A —",
# "Category 3:", "Section 2."
_PART_OPENING = re.compile(r"^(?:part|category|class|section)\s+(?:\d{1,2}|[ivx]{1,4}|[a-h])\b", re.I)
_PART_WORD = re.compile(
    r"(?<![\w/-])(?:Part|PART|Category|CATEGORY|Section|SECTION)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\s*[.:)–—-]\s"
)
# A part's heading is short: the longest seen ("Part B — Directorships and offices held in
# corporations, societies and First Nation development corporations", a Canadian Crown
# corporation's register) is 107 characters
MAX_HEADING_CHARS = 120


def is_category_header(label: str) -> bool:
    text = " ".join(label.split()).lower()
    m = _NUMBERED_CATEGORY.match(text)
    if m and text.startswith("category") and m.end() < len(text):
        return True
    text = _category_name(text)
    return bool(CATEGORY_HEADER.match(text) or PECUNIARY_CATEGORY.match(text))


class GridSpec(TableSpec):
    """The register spec's person, post and date synonyms, and one field per category column
    ("category:<label>"), so that each category column is a field of its own."""

    def label_fields(self, labels: Sequence[str]) -> list[str | None]:
        out: list[str | None] = []
        for lab in labels:
            if is_category_header(lab):
                out.append(_CATEGORY_FIELD + " ".join(lab.split()))
            else:
                out.append(self.field_for(lab))
        return out

    def is_header(self, labels: Sequence[str]) -> bool:
        fields = self.fields_for(labels)
        cats = sum(1 for f in fields if f and f.startswith(_CATEGORY_FIELD))
        keyed = any(f in self.key_fields for f in fields)
        return keyed and cats >= MIN_CATEGORY_COLUMNS and super().is_header(labels)


def grid_spec(register_spec: TableSpec) -> GridSpec:
    return GridSpec(
        synonyms={f: p for f, p in register_spec.synonyms.items() if f in _GRID_FIELDS},
        min_fields=MIN_CATEGORY_COLUMNS + 1,
        key_fields=register_spec.key_fields,
        family=register_spec.family,
        keep_breaks=True,
    )


@dataclass
class GridEntry:
    person: str
    role: str | None
    declared_on: str | None
    category: str | None  # pecuniary | non-pecuniary | indirect | other
    category_label: str  # the column's header as printed
    text: str  # the entry, its wrapped lines joined
    page: int


# A line opening with a label names whose or what the entry is: "Spouse: Practice nurse, ...",
# "Spouse/partner: Finance manager", "Partner: ...", "Unpaid: ..."
_LABEL = re.compile(r"^[A-Z][\w/-]*(?:\s[\w/-]+)?:\s")

# An entry ending in a company's legal form has named its body in full ("Director, Holroyd
# Advisory Ltd" / "Non-executive Director ...": directorships listed one after another in a
# narrow column, the line after it read as wrapped because the next word would not have fitted)
BODY_CLOSED = re.compile(r"\b(?:Ltd|Limited|plc|PLC|LLP|CIC|Inc|LLC)\.?$")
# An entry printed "Body – Capacity" or "Body – 60%" has closed on its capacity or holding: the
# line after it opening in capitals is the next entry ("Nadroga Provincial Council – Chairman" /
# "Sigatoka Valley Farmers ...": one holding a line in a bulleted cell whose bullets are drawn,
# not printed as text; trust boards' and councils' grids)
_CAPACITY_CLOSED = re.compile(r"[–—-]\s*(?:[A-Z][\w'’-]*\s+){0,2}[\w'’-]+$|[–—-]\s*\d{1,3}(?:\.\d+)?\s?%\)?$")
# A line opening with a company's legal form goes on the body's name above ("Chand Motors (Fiji)"
# / "Pte Ltd"), South African companies' bracketed form too ("Midlands Agri-Skills Training" /
# "(Pty) Ltd (100%)")
_LEGAL_FORM_FIRST = re.compile(
    r"^(?:(?:Pte|Pty|Pvt|Private)\.?\s+|\((?:Pty|Pvt|Pte)\)\s+)?(?:Ltd|Limited|plc|PLC|LLP|Inc|LLC)\b"
)


def _capacity_closed(entry: str) -> bool:
    """The entry ends on "– <capacity>" or "– <n>%" (`_CAPACITY_CLOSED`)."""
    m = _CAPACITY_CLOSED.search(entry)
    if m is None:
        return False
    words = m.group(0).strip("–—- ").lower().split()
    return "%" in m.group(0) or (bool(words) and words[-1] in _CAPACITY_WORDS)


# An employment status opening a line, no comma after it: "Self-employed chartered surveyor
# trading as ..." under "Councillor, Stirling Council" (Scottish councillors' Remuneration
# category, English members' Employment heads): an entry of its own
# ... or retired from one ("Retired; in receipt of a pension from ...")
STATUS_START = re.compile(r"^(?:Self[- ]employed|Employed\s+(?:by|as)|Retired\b(?!\)))")


def _next_office(prev: str, ln: str) -> bool:
    """A wrapped line opening a second office after an entry of the form "Capacity, Body"
    ("Member, Royal" / "College of Nursing" / "Volunteer, Kirriemuir Men's Shed";
    "Councillor, Angus" / "Council" / "Self-employed bookkeeper, ...": narrow grid columns of
    Scottish joint boards' and councils' registers, one office a line, each wrapping): the width
    alone cannot tell it from a wrap, the two capacities can."""
    return (
        capacity_of(prev) in ("first", "last")
        and not _RUNS_ON.search(prev)
        and not prev.endswith((",", "–", "-", "&"))
        and (capacity_of(ln) == "first" or bool(STATUS_START.match(ln)))
    )


def cell_entries(cell: str) -> list[str]:
    """The entries of a cell, one a line as printed. The reader marks a line the cell wrapped
    onto (`WRAPPED`); it goes on the entry above unless that entry closed its brackets at the
    line's end ("Wealdbridge (let residential)" / "Garage site rear of ...": a line the width
    could not tell) or on a company's legal form ("..., Holroyd Advisory Ltd" / "Non-executive
    Director, ...") and the line opens in capitals, or it opens with a label ("Spouse: Practice
    nurse, ..."). A line not
    wrapped begins an entry unless the one above left a bracket open, broke a word or ended
    on a comma, or the line opens in lower case."""
    entries: list[str] = []
    for raw in cell.split("\n"):
        wrapped = raw.startswith(WRAPPED)
        ln = raw.strip()
        if not ln:
            continue
        if entries:
            prev = entries[-1]
            opened = prev.count("(") > prev.count(")")
            closed = prev.endswith(")") and not opened
            if _LEGAL_FORM_FIRST.match(ln):
                joins = True
            elif _LABEL.match(ln) or (wrapped and (closed or BODY_CLOSED.search(prev)) and ln[0].isupper()):
                joins = False
            elif wrapped and not opened and not prev.endswith(",") and _RELATIVE_COMMA.match(ln):
                joins = False  # "Brother, Mr Martin Ward, is a director of ...": a relative's entry
            elif wrapped and ln[0].isupper() and _capacity_closed(prev):
                joins = False
            elif wrapped and not opened and _next_office(prev, ln):
                joins = False
            elif wrapped:
                joins = True
            else:
                # "Director (unpaid), Castle Ward" / "Community Larder CIC": the body's name goes
                # on to its legal form, on a line of its own with no role before it
                tail = (
                    "," not in ln and BODY_CLOSED.search(ln) and "," in prev and not BODY_CLOSED.search(prev)
                )
                # a line ending on a word that runs on ("Member of the Board of Galway and" /
                # "Roscommon Education and Training Board") goes on to the next line
                runs_on = bool(_RUNS_ON_WORD.search(prev))
                joins = (
                    opened or prev.endswith(("-", ",", "–", "&")) or ln[0].islower() or bool(tail) or runs_on
                )
            if joins:
                broken = prev.endswith("-") and prev[-2:-1].isalpha()
                entries[-1] = prev + ln if broken else f"{prev} {ln}"
                continue
        entries.append(ln)
    return entries


# A grid read from ruling lines gives each cell's lines joined; the page's table keeps the
# breaks. A line of such a cell opens an entry of its own when it opens with the holder's
# capacity before a comma ("Director (unpaid), Hyndburn ...", "Board member, ...", "Professor of
# Education, ...") or a relative before a dash ("Niece – Sophie Ingham, ..."): registers list
# one holding a line so (academy trusts', charities' and councils' grids). A line opening with
# other words before its comma ("High School, Whalley", "Chartered Accountants, Burnley") is
# the entry above wrapped.
_CAPACITY_START = re.compile(
    r"^(?P<cap>[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,3})(?:\s+\([^()]{1,40}\))?,(?:\s|$)"
)
_CAPACITY_WORDS = frozenset(
    "director governor trustee partner member chair chairman chairperson chairwoman vice-chair shareholder "
    "holder owner proprietor landlord employee manager officer consultant adviser advisor inspector author "
    "professor lecturer teacher fellow president treasurer secretary volunteer patron councillor founder "
    "associate practitioner clerk examiner assessor moderator elder minister ambassador commissioner "
    "lead head principal deputy coordinator representative nominee sponsor contractor".split()
)
_RELATIVE = (
    r"(?:spouse|wife|husband|civil\s+partner|partner|son|daughter|brother|sister|mother|father"
    r"|niece|nephew|cousin|aunt|uncle|grand(?:son|daughter|mother|father)|(?:step|half)[\s-]?\w+)"
    r"(?:[\s-]in[\s-]law)?"
)
# A relative's entry naming the relative after a comma: "Brother, Mr Denis Baguma, is a
# procurement officer ...", "Spouse, Mrs. Agnes Lubega, operates ..." (East African and Irish
# boards' registers); "Partner, ..." is a capacity (a firm's partner), not a relative
_RELATIVE_COMMA = re.compile(
    r"^(?:spouse|wife|husband|civil\s+partner|son|daughter|brother|sister|mother|father|niece|nephew)"
    r"(?:[\s-]in[\s-]law)?,\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z]",
    re.I,
)
# A line's last word that runs on into the next line: a conjunction or preposition
_RUNS_ON_WORD = re.compile(r"\s(?:and|or|of|the|for|to|in|with|at|by|on)$")
# "Niece – Sophie Ingham, ...", "Spouse: ...", "My husband, Mr ..., is employed by ...";
# "Daughter is a registered student ...", "Husband employed as ..." (registers listing a member's
# interests one a line in a cell: university courts', NZ boards' and charities' registers)
_RELATIVE_START = re.compile(
    rf"^(?:(?:my\s+)?{_RELATIVE}\s*[–—:-]\s|my\s+{_RELATIVE}\b"
    rf"|{_RELATIVE}\s+(?:is|was|has|works|holds|owns|employed)\b)",
    re.I,
)


# Characters are not all one width: a first word whose count overshoots the column's longest line
# by up to a tenth may still have fitted on the line above
FIT_SLACK = 1.1
# A line opening with a capacity word ("Director, ...") is let overshoot by a quarter: the word
# is good evidence of an entry, the count alone of a wrap ("Son – Tom Amos, Site" / "Manager,
# Brook Academy" overshoots by more)
FIRST_SLACK = 1.25


# The last word of a line that runs on into a capacity on the next: "Chair and Non-Executive" /
# "Director, ..." is one office
_RUNS_ON = re.compile(
    r"\b(?:and|or|of|the|for|to|in|with|&|executive|non-executive|deputy|vice|managing|assistant|associate"
    r"|senior|joint|acting|interim"
    # a rank before the office: "Salaried General" / "Practitioner, ...", "Chief" / "Executive, ..."
    r"|general|chief"
    # a grade of membership before "Member, <institution>": "Corporate" / "Member, Uganda
    # Institution of Professional Engineers", "Honorary", "Life", "Fellow" (professional bodies'
    # grades, printed so in narrow membership columns)
    r"|corporate|honorary|life|founding|ordinary|affiliate|full|student|graduate)$",
    re.I,
)


def capacity_of(line: str) -> str | None:
    """'first' when the line opens with a capacity word ("Director, ...", "Shareholder (above
    5%), ..."), 'last' when the words before its comma end with one ("Audit Manager, ..."),
    'relative' for a relative's entry ("Niece – ..."), else None."""
    if _RELATIVE_START.match(line):
        return "relative"
    m = _CAPACITY_START.match(line)
    if not m:
        return None
    words = m.group("cap").lower().split()
    if words[0] in _CAPACITY_WORDS:
        return "first"
    return "last" if words[-1] in _CAPACITY_WORDS else None


# A line opening with a capacity word and no comma after it: "Director and shareholder (over",
# "Member of the Board of" (a bulleted list of a member's interests in one cell, the line
# broken before the body's name: university courts' registers)
_BARE_CAPACITY = re.compile(r"^(?P<w>[A-Z][a-z-]+)\b(?!,)")


def ruled_cell_entries(raw: str, width: int, bare_capacity: bool = False) -> list[str]:
    """The entries of a ruled grid's cell as the page's table printed it, line breaks kept
    (`capacity_of`): a relative's entry, or a capacity word first ("Director, ...") unless the line
    above runs on into it (`_RUNS_ON`) or the word could not have fitted there (`FIRST_SLACK`;
    a line closing on a company's legal form ends its entry), or one last ("Audit Manager, ...") when the line's first
    word would have fitted on the line above (`width`: the column's longest line, in characters),
    so it was not wrapped there ("Niece – Sophie Ingham, Year 2" / "Class Teacher, ..." is one
    entry; `FIT_SLACK`). A word
    broken at its hyphen is joined without a space. `bare_capacity`: a line opening with a
    capacity word before no comma ("Director and shareholder (over") may open an entry too."""
    entries: list[str] = []
    for ln in (x.strip() for x in raw.splitlines()):
        if not ln:
            continue
        if entries:
            prev = entries[-1]
            open_end = prev.count("(") > prev.count(")") or prev.endswith((",", "&", "–", "-"))
            last = prev.split("\n")[-1]
            need = len(last) + 1 + len(ln.split()[0])
            cap = capacity_of(ln)
            if cap is None and bare_capacity and (m := _BARE_CAPACITY.match(ln)):
                cap = "first" if m.group("w").lower() in _CAPACITY_WORDS else None
            starts = (
                cap == "relative"
                or (
                    cap == "first"
                    and not _RUNS_ON.search(last)
                    and (need <= width * FIRST_SLACK or BODY_CLOSED.search(last))
                )
                or (cap == "last" and need <= width * FIT_SLACK)
                or _next_office(" ".join(prev.split()), ln)
            )
            if open_end or not starts:
                entries[-1] = f"{prev}\n{ln}"
                continue
        entries.append(ln)
    return [e.replace("-\n", "-").replace("\n", " ") for e in entries]


# A bullet printed before each of a cell's entries: "• Rector, Parish of ... • Trustee, ..." (a
# grid's cell listing one member's interests of a category as a bulleted list; the ruled reading
# joins the cell's lines, bullets and all: English school governing boards' landscape registers)
_BULLET = re.compile(r"(?:^|\s)[•▪●◦‣]\s+")


def bulleted_entries(entry: str) -> list[str]:
    """An entry opening with a bullet parted at its bullets, each the text after one; else the entry."""
    if not re.match(r"^\s*[•▪●◦‣]\s", entry):
        return [entry]
    return [p for x in _BULLET.split(entry) if (p := x.strip())]


def _cell_key(text: str) -> str:
    return "".join(text.split())


def _column_width(doc: Document, t: LogicalTable, col: int, cache: dict[int, dict[str, str]]) -> int:
    """The longest printed line of a ruled grid's column, in characters."""
    width = 0
    for row in t.rows:
        if col < len(row.cells) and (raw := _raw_cells(doc, row.page, cache).get(_cell_key(row.cells[col]))):
            width = max(width, *(len(x.strip()) for x in raw.splitlines()))
    return width


def _raw_cells(doc: Document, page: int, cache: dict[int, dict[str, str]]) -> dict[str, str]:
    """The page's table cells printed over several lines, by their joined text."""
    if page not in cache:
        cache[page] = {
            _cell_key(c): c for tab in doc.page(page).tables for r in tab.rows for c in r if c and "\n" in c
        }
    return cache[page]


# "Adeyemi, Folasade": surname first, as registers sorted by surname print it
_SURNAME_FIRST = re.compile(r"^(?P<sur>[^,\s][^,]*?)\s*,\s*(?P<fore>[^,]+)$")


_POST_NOMINAL = re.compile(r"^[A-Z]{2,5}$")


def _person(cell: str) -> str:
    name = " ".join(cell.split()).strip(" ,")
    name = re.sub(r"\s+,", ",", name)
    m = _SURNAME_FIRST.match(name)
    if m and len(m.group("sur").split()) <= 2:
        # post-nominal letters after the forenames go after the name: "Hargreaves, Peter MBE"
        fore = m.group("fore").split()
        post = [w for w in fore[1:] if _POST_NOMINAL.match(w)]
        fore = [w for w in fore if w not in post]
        name = " ".join([*fore, m.group("sur"), *post])
    return strip_honorifics(name)


# The date of the member's return printed in the name cell under the name and seat ("Date of
# return: 03/03/2025", "Last updated 12 May 2025", "Registered: 01/04/2024"): landscape registers
# of Scottish and English boards keep the member's details in one cell
_CELL_DATE = re.compile(
    r"\b(?:date\s+of\s+(?:return|registration|declaration|notification|(?:last\s+)?update)"
    r"|date\s+(?:registered|received|updated|declared|notified|signed)|last\s+updated|updated|registered"
    r"|signed|received)\s*:?\s*(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})",
    re.I,
)
# A word opening the member's seat after their name in such a cell ("Chair; Voting Member (Angus
# Council)", "Non-voting Member (Chief Officer)", "Vice Chair", "Co-opted member"): a post word or
# a qualifier of the seat
_SEAT_WORDS = frozenset(w.lower() for w in ROLE_WORDS) | frozenset(
    "vice voting non-voting co-opted coopted independent ex-officio elected appointed nominated councillor"
    " trustee non-executive executive chairperson".split()
)


def _name_cell(cell: str) -> tuple[str, str | None, str | None] | None:
    """A name cell holding the member's seat and the date of their return after the name:
    (name, seat, date), or None when the cell is a name only. The name is the words before the
    first word of the seat (`_SEAT_WORDS`, or a word carrying ";", "(" or ","), past the
    honorific; it has two words or more."""
    text = " ".join(cell.split())
    date = None
    if (m := _CELL_DATE.search(text)) is not None:
        date = m.group("date")
        text = (text[: m.start()] + " " + text[m.end() :]).strip(" ,;")
    words = strip_honorifics(text).split()
    cut = None
    for n, w in enumerate(words):
        if n >= 2 and (w.strip(";,()").lower() in _SEAT_WORDS or w[:1] == "(" or w[-1:] in ";,"):
            cut = n
            break
    if cut is None and date is None:
        return None
    name, seat = (words, []) if cut is None else (words[:cut], words[cut:])
    return " ".join(name), " ".join(seat).strip(" ;,") or None, date


def _role_of_label(label: str) -> str | None:
    """The name column's header when it is the members' office rather than "Name"
    ("Councillor", "Trustee", "Board member"): every member's role in the register."""
    text = " ".join(label.split())
    if not text or re.search(r"name", text, re.I):
        return None
    return re.sub(r"(?<=[a-z])s$", "", text)  # "Councillors" heads a column of councillors


def borderless_breaks(doc: Document, spec: TableSpec) -> dict[tuple[int, str], str]:
    """The cells of the page's borderless tables read with their line breaks kept (a line the
    cell wrapped onto marked `WRAPPED`), by page and joined text (`_cell_key`): for readers of a
    table whose cells were read joined. Registers printed one row per member with every interest
    of the member one a line in a single "Interests declared" cell and no ruling lines (Irish
    universities' and state bodies' registers, charities' trustees' registers): the breaks tell
    the entries apart."""
    out: dict[tuple[int, str], str] = {}
    for t in read_borderless_tables(doc, dataclasses.replace(spec, keep_breaks=True)):
        for row in t.rows:
            for cell in row.cells:
                if cell and "\n" in cell:
                    out.setdefault((row.page, _cell_key(cell)), cell)
    return out


def _grid_tables(doc: Document, spec: GridSpec) -> list[LogicalTable]:
    """The grid read from the page's words where it can be (the reader keeps the line breaks of
    a cell listing several entries); from ruling lines, a cell one entry, where not."""
    borderless = [t for t in read_borderless_tables(doc, spec) if t.rows]
    if any(_is_grid(t) for t in borderless):
        ruled = [t for t in read_ruled_tables(doc, spec) if t.rows]
        if _same_grids(ruled, borderless) or _ruled_finer(ruled, borderless):
            return ruled
        # a grid under a pieced header alone is left to the readers that took it before (an
        # academy trust's register, its entries parted by blank lines in a cell, reads better
        # by its member table reader)
        borderless = [t for t in borderless if not t.pieced_header]
        if any(_is_grid(t) for t in borderless):
            return borderless
    ruled = [] if borderless else read_ruled_tables(doc, spec)
    if any(t.rows for t in ruled):
        return ruled
    # a grid under a filled header row, its rows parted by hairlines the finder does not rule
    # (see `interest_header_grid`): read only when neither reader found a grid with rows
    return header_row_grids(doc, spec)


def _same_grids(ruled: list[LogicalTable], borderless: list[LogicalTable]) -> bool:
    """Both readers found the same grids (pages, kinds of column, rows), the words reader only
    from a header pieced together from lines none of which holds every column (`layout.tables`:
    labels centred over 2-4 lines, a Ugandan board's landscape register; a one-line "Date
    Filed" beside labels wrapped to four, a US disclosure summary). Its columns start at
    the centred labels, where the rules give each cell's width: the ruled reading tells a
    wrapped line from an entry of its own (`ruled_cell_entries`), the words' estimate misses by
    a word near the cell's edge. Grids under a header line are read from words as before (a
    borough's register grid reads better so)."""
    if not any(t.pieced_header for t in borderless):
        return False

    def key(ts: list[LogicalTable]) -> list[tuple[int, int, list[str]]]:
        return [(t.page, len(t.rows), [(f or "").split(":")[0] for f in t.fields]) for t in ts if _is_grid(t)]

    return bool(ruled) and key(ruled) == key(borderless)


def _ruled_finer(ruled: list[LogicalTable], borderless: list[LogicalTable]) -> bool:
    """The ruling lines part the same grids (same pages) into more columns than the words did: two
    columns' header words ran together over a narrow gutter ("Relationships with staff Date of /
    other governors declaration": an English school federation's landscape register of
    governors, its date column set close beside the last category's), and the cells under them
    with it. The rules give each column its own cell."""
    rg = [t for t in ruled if _is_grid(t)]
    bg = [t for t in borderless if _is_grid(t)]
    return (
        bool(rg)
        and [t.page for t in rg] == [t.page for t in bg]
        and all(len(r.fields) > len(b.fields) for r, b in zip(rg, bg, strict=True))
    )


def _is_grid(t: LogicalTable) -> bool:
    """A table with a member column and enough category columns."""
    cats = sum(1 for f in t.fields if f and f.startswith(_CATEGORY_FIELD))
    return cats >= MIN_CATEGORY_COLUMNS and any(f in ("person", "surname") for f in t.fields)


# A note across a member's row that their return is missing, its words falling into the category
# columns: "Declaration not received at date of compilation", "Return outstanding", "No
# declaration received" (registers compiled from members' annual returns)
_NO_RETURN = re.compile(
    r"^\s*(?:(?:declaration|return|form)\s+(?:not\s+(?:yet\s+)?received|outstanding)"
    r"|no\s+(?:declaration|return|form)\s+(?:yet\s+)?received)\b",
    re.I,
)


def grid_entries(doc: Document, register_spec: TableSpec) -> list[GridEntry]:
    out: list[GridEntry] = []
    raw_cells: dict[int, dict[str, str]] = {}
    for t in _grid_tables(doc, grid_spec(register_spec)):
        cats = [(i, f) for i, f in enumerate(t.fields) if f and f.startswith(_CATEGORY_FIELD)]
        key = next((t.index(f) for f in ("person", "surname") if t.index(f) is not None), None)
        if key is None or len(cats) < MIN_CATEGORY_COLUMNS:
            continue
        header_role = _role_of_label(t.labels[key])
        widths = {i: _column_width(doc, t, i, raw_cells) for i, _ in cats}
        last: tuple[str, str | None, str | None, int] | None = None  # person, role, date, page
        for n, row in enumerate(t.rows):
            d = row.as_dict(t)
            name = d.get("person") or " ".join(x for x in (d.get("forename"), d.get("surname")) if x)
            if name:
                person = _person(name)
                role = " ".join(d["role"].split()) if d.get("role") else header_role
                declared = " ".join(d["declared_on"].split()) if d.get("declared_on") else None
                # the seat and date of return printed under the name in its cell
                if d.get("person") and not d.get("role") and (split := _name_cell(name)):
                    person = _person(split[0])
                    role = split[1] or role
                    declared = declared or split[2]
            elif last and row.page > last[3] and t.rows[n - 1].page == last[3]:
                # a member's row run over a page break, the name cell not repeated under the
                # page's header: the rest of the row above (academy trusts' and councils' grids)
                person, role, declared = last[0], last[1], last[2]
            else:
                last = None
                continue
            last = (person, role, declared, row.page)
            if _NO_RETURN.search(
                " ".join(" ".join(row.cells[i].split()) for i, _ in cats if i < len(row.cells))
            ):
                continue  # the member's return is missing: a note across the row, no interest
            for i, f in cats:
                label = f[len(_CATEGORY_FIELD) :]
                cell = row.cells[i] if i < len(row.cells) else ""
                if t.method == HEADER_ROW_METHOD:
                    entries = [e for e in cell.split("\n") if e]  # split into entries by its reader
                else:
                    raw = None if "\n" in cell else _raw_cells(doc, row.page, raw_cells).get(_cell_key(cell))
                    entries = ruled_cell_entries(raw, widths[i]) if raw else cell_entries(cell)
                entries = [part for entry in entries for part in bulleted_entries(entry)]
                for entry in entries:
                    out.append(
                        GridEntry(
                            person=person,
                            role=role,
                            declared_on=declared,
                            category=_entry_category(entry, label),
                            category_label=label,
                            text=entry,
                            page=row.page,
                        )
                    )
    return out

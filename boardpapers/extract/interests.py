"""Registers of interests (tables) and declarations made at a meeting (minutes)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ..model import Document
from ..names import forenames_compatible, parse_name
from ..text import fold
from .attendance import ROLE_WORDS, TITLE_WORDS, strip_honorifics
from .body_name import ORGANISATION_NOUNS
from .interest_blocks import member_section_registers, person_block_registers
from .interest_boxed_forms import boxed_form_entries
from .interest_forms import FormEntry, form_entries, heading_entries
from .interest_grid import _FAMILY_ENTRY as FAMILY_ENTRY
from .interest_grid import (
    BODY_CLOSED,
    STATUS_START,
    borderless_breaks,
    capacity_of,
    cell_entries,
    column_category,
    grid_entries,
    heading_category,
    is_category_header,
    ruled_cell_entries,
)
from .interest_grid import MIN_CATEGORY_COLUMNS as GRID_MIN_CATEGORY_COLUMNS
from .interest_member_bands import band_entries
from .interest_member_forms import member_form_entries, preferred_reading
from .interest_member_generic import generic_member_registers
from .interest_member_lists import member_list_registers
from .interest_member_tables import member_table_entries, table_category
from .interest_nil import NIL_PHRASE
from .interest_positions import position_registers
from .interest_section_columns import flowing_member_sections
from .interest_sections import labelled_member_sections, prefer_sections
from .interest_statements import prose_statements, statement_registers
from .interest_transposed import transposed_entries
from .normalise import interest_category, iso_date, looks_like_category, meeting_date_before
from .records import Attendance, Interest
from .tables import LogicalTable, Row, TableSpec, clean_cell, read_tables, squash, text_before_cells

# A register's column listing all of a member's interests: "Interests declared", "Declared
# interests" (charity trustees' and university courts' registers, one row per member); not a bare
# "Interest", which heads a column of other tables (a 2-field header of that read false tables in
# the borderless set's ICB packs)
# "Interest declared" (Irish state bodies' summaries of members' statements: "Board member |
# Interest declared | Statement furnished")
_INTERESTS_LABEL = re.compile(r"^(?:interests?(?:declared|registered)|(?:declared|registered)interests?)$")


class RegisterSpec(TableSpec):
    """The register's header: three fields, or a member's name column and a column of the
    member's interests on their own ("Trustee | Trustee since | Interests declared": charity
    registers, one row per member). `min_fields` is 2 so that such a header is scored."""

    def is_header(self, labels: Sequence[str]) -> bool:
        fields = self.fields_for(labels)
        named = [f for f in fields if f]
        if len(named) >= 3:
            return True
        return (
            len(named) == 2
            and fields[0] in self.key_fields
            and any(
                f == "nature" and _INTERESTS_LABEL.match(squash(lab))
                for f, lab in zip(fields, labels, strict=False)
            )
        )


# Checked in order: the first matching field wins ("Nature of Business /
# Organisation" is the organisation, "Nature of Interest / Position" the nature).
INTEREST_SPEC = RegisterSpec(
    synonyms={
        "forename": r"^(?:fore|first|given)nam",
        "surname": r"^(?:surname|lastname|familyname)",
        # the board's own word for its members heads the name column: "Commissioner" (national
        # public bodies' registers), "Trustee", "Governor"
        # "Name of Board Member", "Name of the Council Member", "Name of Committee Member" (registers
        # of East African and Commonwealth boards: the body's word before "member")
        "person": r"^(?:(?:full)?name(?:of(?:the)?(?:(?:board|council|committee|management|governing)(?:body)?)?"
        r"(?:member|councillor|person|commissioner|trustee|governor|declarant|director))?"
        # "Council member", "Committee member" (regulatory colleges' and councils' registers)
        r"|(?:board|council|committee)?member|councillor|commissioner|trustee|governor|declarant)$"
        # "Member name", "Member's name", "Trustee name", "Board member's full name"
        r"|^(?:(?:board|council|committee)?member|councillor|commissioner|trustee|governor)(?:['’]?s)?(?:full)?name$"
        # "Member / Officer" (Western Australian councils' declarations: members and staff declare)
        r"|^(?:(?:council)?member|councillor)/(?:officer|staff|employee)$"
        # "Trustee / Officer", "Director / Officer" (US nonprofit boards' disclosure summaries)
        r"|^(?:trustee|director|governor)s?/(?:officer|staff|employee)s?$"
        # "Director / Position & County" (Texas river authorities' annual disclosures: the seat
        # printed under the name), "Trustee / Title"
        r"|^(?:trustee|director|governor|member|councillor|commissioner)s?/(?:position|title|office|role|post)"
        # "Director" (company and statutory corporation boards' registers: Australian water and
        # energy corporations, UK companies' "Register of Directors' Interests"), "Board member"
        r"|^(?:director|boardmember)s?(?:name)?$"
        # "Elected member" (NZ and Australian councils' registers), "Member of Court" (Scottish
        # university courts'), "Member of the Board", "Lay member": the seat's kind or the body
        # named with the word for a member
        r"|^(?:elected|appointed|lay|independent)members?$"
        r"|^members?of(?:the)?(?:court|council|board|senate|governingbody|authority|committee)$"
        # "Name / Position", "Name and title" (registers of school boards and public bodies listing
        # members and senior staff: the name with the post printed under it, split by
        # `_name_and_post`)
        # ... "Name and position on the Board" (Ugandan and East African statutory boards'
        # registers laid out landscape, one row per member: the seat printed under the name)
        r"|^name(?:/|and)(?:position|role|title|post|office)"
        r"(?:(?:on|in|at)(?:the)?(?:board|council|committee|authority|governingbody|body))?$",
        # "Date from" / "Date to": registers giving the interest's period date it by its start
        # (NHS trust registers after the Managing Conflicts of Interest guidance)
        "declared_on": r"^dateof(?:declaration|interest|registration)|^date(?:declared|registered)?$"
        r"|^datefrom$|^(?:start|commence)"
        # "Last updated" (registers printed as a grid: the date of the member's latest notification)
        r"|^(?:last|date)?updated$"
        # "Date Disclosed" (US disclosure summaries; "Date" often printed on the line above)
        r"|^(?:date)?disclosed(?:on)?$"
        # "Filed", "Date filed" (North American boards' annual declarations: the date the
        # director filed the form)
        r"|^(?:date)?filed(?:on)?$"
        # "Date notified" (Australian and NZ directors' registers), "Date of notification",
        # "Date received" (the date the declaration reached the secretary)
        r"|^(?:date)?(?:notified|received)(?:on)?$|^dateofnotification"
        # "Date signed", "Date of signature" (registers compiled from signed declaration forms,
        # one row per member: South African councils' and boards' registers)
        r"|^date(?:signed|ofsignature)$"
        # "Meeting date" (registries of declarations made at meetings: the date declared)
        r"|^(?:meeting)date$|^dateofmeeting$"
        # "Date of entry", "Date entered" (NZ and Australian companies' interests registers: the
        # date the interest was entered in the register)
        r"|^dateof(?:entry|entering)$|^date(?:entered|ofentryinregister)$"
        # "Statement furnished", "Date statement furnished", "Date of statement" (Irish state
        # bodies' registers under the Ethics in Public Office Acts: the date of the member's
        # annual statement of interests)
        r"|^(?:date)?(?:of)?statement(?:furnished|received|lodged|made)?$|^(?:date)?(?:furnished|lodged)$",
        # a bare "From" / "To" pair is the period the interest was held: a full date in it is
        # the date the entry was registered (ICB registers: "01/07/2022"), a year or month only
        # when the interest began (registers annexed to minutes and board packs: "From 2019",
        # "Apr 2021"), kept in notes
        "held_from": r"^from$",
        # "Entity" (US disclosure summaries: the party the interest is with)
        # "Organization / Person" (North American spelling: Ontario hospital boards' summaries of
        # directors' annual declarations)
        "organisation": r"organi[sz]ation|business|company|^body|employer|entity"
        # "Donor / source", "Provided by", "Offered by" (members' gifts and benefits registers: the
        # giver is the party the interest is with)
        r"|^donor|^(?:provided|offered|given)by",
        "category": r"typeof(?:the)?interest|^category(?!of(?:membership|member|governor|trustee|appointment))"
        r"|^type$|^interesttype",
        # "Registered interest" (Scottish boards' registers under the Ethical Standards in Public
        # Life Act: Member | Category | Registered interest | Date registered)
        # "General nature of pecuniary interest" (Ontario municipalities' registries of
        # declarations under the Municipal Conflict of Interest Act, s. 6.1)
        "nature": r"^(?:general)?nature|^interest|^(?:registered|declared)interest|^details|^description|^comments"
        # "Disclosed Interest" (US disclosure summaries), "Relationship" (related-party registers)
        r"|^disclosedinterest|^relationship"
        # "Disclosure" (Canadian Crown corporations' registers of directors' disclosures: "Director
        # | Disclosure | Date disclosed", one table per part of the disclosure statement)
        r"|^disclosures?$"
        # "Reason" (NSW councils' Disclosures of Interest table under the Model Code of Conduct:
        # Councillor / Officer | Item | Type of interest | Reason): what the interest is
        r"|^reason(?:for(?:the)?(?:declaration|disclosure|interest))?$",
        "role": r"(?<!dis)position|^role|role$|^title|^job|^office|^post$|^designation"
        # the member's kind of seat: "Membership category" (university councils), "Governor type",
        # "Type of trustee", "Category of governor" (school and college governing bodies)
        r"|^(?:membership|member|governor|trustee)(?:category|type|class)$"
        r"|^(?:category|type|class)of(?:membership|member|governor|trustee|appointment)",
        # a table of declarations at the head of minutes: "Name | Agenda item | Interest declared |
        # Action taken" (ICB committees after NHS England's conflicts of interest guidance);
        # the item and the management of the conflict are kept in notes
        "item": r"^(?:agenda)?items?(?:no\.?)?$"
        # "Minute / matter", "Minute no." (a table of the declarations recorded in a year's
        # minutes, appended to a register: Zambian and other Commonwealth statutory boards)
        r"|^(?:minute|min\.?)(?:no\.?|ref(?:erence)?)?(?:/(?:matter|item|subject))?$",
        # a gift's "Est. value" and what became of it, "Disposition" (gifts and benefits registers),
        # kept in notes
        "value": r"^(?:est(?:imated)?\.?|approx(?:imate)?\.?)?value",
        "disposition": r"^disposition|^(?:retained|declined|accepted)(?:/|or)",
        "managed": r"^actiontaken|^action(?:agreed|required)?$|^(?:howmanaged|management)"
        # "Conflict management" (NZ boards' interests registers), "Mitigation"
        r"|^conflictmanagement|^mitigation",
    },
    min_fields=2,  # RegisterSpec.is_header: three fields, or name and interests
    key_fields=("forename", "surname", "person"),
    completing_fields=("category", "nature"),
    own_record_fields=("category", "nature"),
    # the type of interest starts afresh: "Financial", "Non-financial professional", "Indirect"
    own_record_start=r"(?i)^(?:(?:non[\s-]*)?(?:pecuniary|financial)|indirect|direct)\b",
    dated_record_fields=("declared_on",),
    reread_header_only=True,
    reread_striped=True,
    bold_header_rows=True,
    family="interests",
    merged_tail_rows=True,
)

# A register row that records no interest: "Nil", "None", "No interests to declare" in every
# interest cell (NHS trust and council registers list members with nothing to declare so);
# "None | No interests declared | –" (FE college corporations' registers)
# "Dim / None" (bilingual Welsh forms: the other language's word before a slash)
# ... the nil return's own note in brackets after it: "No interests declared (nil return received
# 22 Apr 2024)" (a Bermudan ports authority's register, one row per interest)
_NIL_NOTE = r"(?:\s*\([^()]*\b(?:nil|return|received|declared|dated|updated|lodged)\b[^()]*\))?"
_NIL = re.compile(rf"^(?:[^\W\d_]{{2,12}}\s*/\s*(?=n))?(?:[-–—]+|{NIL_PHRASE}){_NIL_NOTE}\.?$", re.I)


def _records_nothing(d: dict[str, str]) -> bool:
    # the interest's own cells say nil: a category named beside them ("Employment | Nil") is
    # the heading of nothing (NZ and Australian councils' registers, a row per category)
    vals = [d.get(f) for f in ("nature", "organisation") if d.get(f)] or [d.get("category")]
    return bool(vals[0]) and all(_NIL.match(v.strip()) for v in vals if v)


# A few words that are roles rather than organisations: used to repair rows
# where the organisation and nature cells were swapped.
_ROLE_WORDS = re.compile(
    r"^(?:member|trustee|director|non-executive director|chair(?:man|person)?|governor|liveryman|freeman|"
    r"patron|partner|employee|shareholder|treasurer|secretary|president|vice[- ]chair|ambassador|volunteer)$",
    re.I,
)


# The register's title on its own: "Register of Members’ Interests", "Register of Board members'
# interests" (up to where the line's words part at a wide gap)
_REGISTER_LINE = re.compile(r"register\s+of\s+(?:[\w'’-]+ ){0,3}?interests(?: ?[^\n ]+)*", re.I)


def _register_title(doc: Document, t: LogicalTable) -> str | None:
    page = doc.page(t.page)
    m = re.search(
        # "Register of Members' Interests", "Register of Commissioners’ Interests" (national public
        # bodies), "Register of Board Members' Financial Interests"
        # ... "Register of Directors' Disclosures" (Canadian Crown corporations' boards)
        r"[^\n]*\n?[^\n]*register of (?:[\w'’-]+ ){0,3}?(?:interests|disclosures)[^\n]*",
        page.text,
        re.I,
    )
    if m:
        return re.sub(r"\s+", " ", m.group(0)).strip()
    return t.title


def _repair(t: LogicalTable, row: Row) -> None:
    """Shifted columns and swapped organisation/nature cells, noted on the row."""
    cells = row.cells
    cat = t.index("category")
    if cat is not None and not cells[cat]:
        # the row's cells were shifted left: the last filled cell is the category
        filled = [i for i, c in enumerate(cells) if c]
        if filled and filled[-1] < cat and looks_like_category(cells[filled[-1]]):
            shift = cat - filled[-1]
            cells[:] = [""] * shift + cells[: len(cells) - shift]
            row.notes.append(f"cells shifted {shift} column(s) left in the source; realigned")
    org, nat = t.index("organisation"), t.index("nature")
    if org is not None and nat is not None and _ROLE_WORDS.match(cells[org]) and cells[nat]:
        if not _ROLE_WORDS.match(cells[nat]):
            cells[org], cells[nat] = cells[nat], cells[org]
            row.notes.append("organisation and nature cells swapped in the source; repaired")


def _repair_names(flat_text: str, row: Row, d: dict[str, str]) -> None:
    """Forename and surname cells swapped: the reversed name occurs elsewhere in
    the document (attendance lists, minutes) and the name as read does not.
    `flat_text` is the document text with whitespace collapsed."""
    fore, sur = d.get("forename"), d.get("surname")
    if not fore or not sur:
        return
    if flat_text.count(f"{fore} {sur}") <= 1 and f"{sur} {fore}" in flat_text:
        d["forename"], d["surname"] = sur, fore
        row.notes.append("forename and surname cells swapped in the source; repaired")


def _raw_cell(doc: Document, page: int, text: str) -> str | None:
    """The cell as the table reader printed it, line breaks kept, whose joined text is `text`."""
    for tab in doc.page(page).tables:
        for raw in tab.rows:
            for c in raw:
                if c and "\n" in c and clean_cell(c) == text:
                    return c
    return None


# A name cell's second line is the member's post when it holds a word of office: "Fiona MacLachlan
# / Chair", "Morag Guthrie / Non-Executive / (Council)", "Kirsteen Lamond / Employee Director"
# (registers of interests with no Position column: Scottish health boards, English trusts)
_OFFICE_WORDS = ROLE_WORDS | TITLE_WORDS | {
    "Non-Executive", "Non-executive", "Executive", "Vice", "Associate", "Nurse", "Medical", "Employee",
    # the kinds of governor of FE corporations and school governing bodies: "Independent
    # Governor", "Staff Governor (Support Staff)", "Student Governor", "Co-opted Governor"
    "Independent", "Staff", "Student", "Co-opted", "Parent", "Foundation", "Elected", "Governor",
    # NZ boards' "Future Director (non-voting)"; university courts' "Lay Member"
    "Future", "Lay",
    # school boards' members and officers (BC and Ontario boards of education: "Trustee",
    # "Vice-Chair" and "Secretary-Treasurer" under the name; a hyphened post is read by its head)
    "Trustee",
}  # fmt: skip


# A board office printed under a name, read from a cell whose lines were joined (borderless tables):
# "Helen Margaret Ashby-Laird Chair", "Thomas Nguyen Deputy Chair" (directors' registers),
# "Alan Reid Vice-Chair", "Mary Hope Treasurer" (charity trustees' registers)
_TRAILING_POST = re.compile(
    r"^(?P<name>\S+(?:\s+\S+)+?)\s+(?P<post>(?:(?:Deputy|Vice|Acting|Interim)[\s-]+)?"
    r"(?:Chair(?:man|woman|person)?|President|Treasurer|Secretary))$"
)


def _trailing_post(cell: str) -> tuple[str, str | None]:
    """A joined name cell split into name and the board office printed last (`_TRAILING_POST`)."""
    m = _TRAILING_POST.match(cell.strip())
    if not m or len(strip_honorifics(m.group("name")).split()) < 2:
        return cell, None
    return m.group("name"), m.group("post")


def _office_word(word: str) -> bool:
    """A word of office opening a name cell's line, or the head of a hyphened post ("Vice-Chair",
    "Secretary-Treasurer")."""
    word = word.strip(",")
    return word in _OFFICE_WORDS or ("-" in word and word.split("-")[0] in _OFFICE_WORDS)


def _name_and_post(doc: Document, page: int, cell: str) -> tuple[str, str | None]:
    """A name cell printing the member's post on the lines under the name, split in two when
    the second line opens with a word of office; a name wrapped over lines ("Professor Dame /
    Alison Pryce-Whitley (Chair)", "Sir Marcus Holroyd- / Finch") is kept whole."""
    raw = _raw_cell(doc, page, cell)
    if raw is None:
        return _trailing_post(cell)
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    if len(lines) < 2 or len(lines[0].split()) < 2 or lines[0].endswith("-"):
        return cell, None
    # the post starts at the first line opening with a word of office; the lines above are the
    # name, wrapped or not ("Helen Margaret / Ashby-Laird / Chair": directors' registers in
    # narrow name columns)
    at = next((k for k in range(1, len(lines)) if _office_word(lines[k].split()[0])), None)
    if at is None or lines[at - 1].endswith("-"):
        return cell, None  # "Professor Dame / Alison Pryce-Whitley (Chair)": the name goes on
    return " ".join(lines[:at]), " ".join(lines[at:])


# A declaration made at a meeting, read from a table in the minutes (see the "item" column)
AT_MEETING_NOTE = "declared at the meeting"

# The type of a declared interest in brackets at the end of its words: "... Fenmoor Central PCN
# (financial)", "(non-financial professional)", "(indirect)" (ICB committee minutes' tables)
_DECLARED_TYPE = re.compile(
    r"\((?P<type>(?:non[\s-]*)?(?:financial|pecuniary)(?:\s+(?:professional|personal))?|indirect)"
    r"(?:\s+interest)?\)\s*\.?$",
    re.I,
)


def _declared_type(nature: str) -> str | None:
    m = _DECLARED_TYPE.search(nature)
    return m.group("type") if m else None


# the cells that make a register row an interest of its own, not the tail of the row before
INTEREST_FIELDS = ("organisation", "nature", "declared_on")


def _second_nature(t: LogicalTable, row: Row) -> str | None:
    """A second column naming the interest, after the first: "Interest | Entity | Nature of
    interest" (Australian directors' registers: the kind, then its particulars), "Description |
    Details" (charity registers). The spec keeps one column per field; this one is read here."""
    labelled = INTEREST_SPEC.label_fields(t.labels)
    cols = [i for i, f in enumerate(labelled) if f == "nature" and t.fields[i] is None]
    parts = [clean_cell(row.cells[i]) for i in cols if i < len(row.cells) and clean_cell(row.cells[i])]
    return " – ".join(parts) or None


# A register's kind of interest put last in its words: "Partner – pecuniary", "Director (unpaid)
# – non-pecuniary", "Son is managing director – indirect", "Trustee (non-financial)"
_CATEGORY_SUFFIX = re.compile(
    r"(?:[–—-]|\()\s*(?P<cat>(?:non[\s-]*)?(?:pecuniary|financial)|indirect)\b\)?(?:\s*\([^()]{0,30}\))?\s*\.?$",
    re.I,
)


def _category_suffix(nature: str | None) -> str | None:
    m = _CATEGORY_SUFFIX.search(nature or "")
    return m.group("cat") if m else None


def _title_date(t: LogicalTable) -> str | None:
    """The meeting date a table of declarations names in its title: "Conflicts of interest
    declared at Board Meeting No. 412, 27 March 2025"."""
    m = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b", t.title or "")
    return iso_date(m.group(0)) if m else None


# ---- registers printing a member's interests one a line (or separated by semicolons) in a cell
# Family: registers of non-council boards with one row per member (university courts: a bulleted
# list in an "Interests declared" cell; charity trustees' registers: entries separated by
# semicolons; NZ and Australian company boards: "Interest | Nature of interest | Date of entry"
# cells holding parallel line-broken lists, the n-th line of each belonging together).

# A cell line that is one value and never wraps: a date, a year, a dash (the anchor of parallel
# line-broken cells: one line per interest)
_ATOMIC_LINE = re.compile(
    r"^(?:[-–—]+|n/?a|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})$", re.I
)
# "; " outside brackets parts the entries of a charity register's cell
_SEMICOLON = re.compile(r";\s+")


def _semicolon_parts(text: str) -> list[str]:
    """`text` split at semicolons outside brackets, the closing full stop dropped."""
    parts: list[str] = []
    depth = 0
    start = 0
    for m in _SEMICOLON.finditer(text):
        depth = text.count("(", 0, m.start()) - text.count(")", 0, m.start())
        if depth == 0 and not text[m.end() : m.end() + 1].islower():
            # a clause opening in lower case goes on the entry ("Retired; pension from ...",
            # "Shareholder (15%); no directorship"): entries open with a capital
            parts.append(text[start : m.start()])
            start = m.end()
    parts.append(text[start:])
    return [p.strip().rstrip(".").strip() for p in parts if p.strip(" .")]


def _paired_lines(lines: list[str], n: int) -> list[str] | None:
    """A column's cell lines joined down to `n` entries, paired with an anchor column's n lines:
    a line opening in lower case or after an open bracket, a comma or a hyphen goes on the line
    above; then the longest lines (those that filled the column and wrapped) take the next."""
    out = list(lines)
    k = 1
    while k < len(out) and len(out) > n:
        prev = out[k - 1]
        if out[k][:1].islower() or prev.count("(") > prev.count(")") or prev.endswith((",", "-", "–", "&")):
            out[k - 1 : k + 1] = [f"{prev} {out[k]}"]
        else:
            k += 1
    while len(out) > n:
        j = max(range(len(out) - 1), key=lambda i: len(out[i]))
        out[j : j + 2] = [f"{out[j]} {out[j + 1]}"]
    return out if len(out) == n else None


def _parallel_entries(doc: Document, t: LogicalTable, row: Row) -> list[dict[str, str]] | None:
    """A ruled row whose interest cells list several interests one a line, in parallel: the
    lines of a column of dates or dashes (`_ATOMIC_LINE`) count the interests; the other
    columns' lines are paired with them (`_paired_lines`)."""
    cols = {
        f: i for f in ("organisation", "nature", "declared_on", "managed") if (i := t.index(f)) is not None
    }
    # a second column naming the interest ("Interest | Nature of interest"): `_second_nature`
    labelled = INTEREST_SPEC.label_fields(t.labels)
    cols.update({f"nature{i}": i for i, f in enumerate(labelled) if f == "nature" and t.fields[i] is None})
    raws = {
        f: _raw_cell(doc, row.page, clean_cell(row.cells[i])) for f, i in cols.items() if i < len(row.cells)
    }
    lines = {f: [x.strip() for x in r.splitlines() if x.strip()] for f, r in raws.items() if r}
    anchors = [ls for ls in lines.values() if len(ls) >= 2 and all(_ATOMIC_LINE.match(x) for x in ls)]
    if not anchors:
        return None
    n = len(anchors[0])
    paired: dict[str, list[str]] = {}
    for f, i in cols.items():
        ls = lines.get(f) or ([clean_cell(row.cells[i])] if i < len(row.cells) and row.cells[i] else [])
        got = _paired_lines(ls, n) if ls else None
        if ls and got is None:
            return None
        paired[f] = got or [""] * n
    out = []
    for k in range(n):
        e = {f: paired[f][k] for f in paired if not f.startswith("nature")}
        e["nature"] = " – ".join(paired[f][k] for f in paired if f.startswith("nature") and paired[f][k])
        out.append(e)
    return out


# ---- registers stacking one member's interests in its Nature and Organisation cells
# Family: registers with one row per member and parallel "Nature of interest | Organisation" cells
# holding several interests, one per printed line (line breaks) or parted by semicolons (school
# boards' registers of disclosures, charity and housing association registers): the n-th entry of
# one cell belongs with the n-th of the other. A cell's lines are joined where a line wraps; the
# count of entries is the smaller of the two cells' counts, and the other cell's lines are grouped
# into that many entries at the breaks most likely to be the author's (`_break_cost`).

# A line that goes on the one above: opening in lower case or with a bracket, or after an open
# bracket, a comma, a hyphen or a word that cannot end a name ("Delta Chamber of" / "Commerce")
_RUNS_ON_WORD = re.compile(r"(?:\b(?:of|and|the|for|in|on|to|at|by|with)|[,&(–-])$", re.I)
# Words that end an organisation's name (a line ending in one closes an entry; a line opening with
# one goes on the line above): the body-name nouns and a few more kinds of body
_ORG_TAIL = ORGANISATION_NOUNS | {
    "club",
    "legislature",
    "commerce",
    "inc",
    "llc",
    "cooperative",
    "co-op",
    "bank",
}
# Approximate advance widths (thousandths of an em) of a proportional serif face, used to judge
# whether a cell line's next word would have fitted on it (so the break was the author's)
_ADVANCE = {
    c: w
    for chars, w in (
        ("ijlt", 278), ("fr", 333), ("s", 389), ("acez", 444), ("w", 722), ("m", 778), ("IJ", 360),
        ("EFLPSTZ", 590), ("BCR", 667), ("ADGHKNOQUVXY", 722), ("M", 889), ("W", 944),
        (" .,;:", 250), ("()-'’&", 333),
    )
    for c in chars
}  # fmt: skip


def _advance(text: str) -> int:
    return sum(_ADVANCE.get(c, 500) for c in text)


def _stacked_groups(lines: list[str], org: bool) -> list[list[str]]:
    """A cell's lines grouped into entries where a line surely goes on the one above (`_RUNS_ON_WORD`;
    in an organisation cell, a line opening with a word ending a name: "Acme Holdings" / "Limited")."""
    groups: list[list[str]] = []
    for ln in lines:
        prev = groups[-1][-1] if groups else ""
        if groups and (
            ln[:1].islower()
            or (org and re.sub(r"\W", "", ln.split()[0]).lower() in _ORG_TAIL)
            or ln[:1] in "(&"
            or _RUNS_ON_WORD.search(prev)
            or prev.count("(") > prev.count(")")
        ):
            groups[-1].append(ln)
        else:
            groups.append([ln])
    return groups


def _break_cost(prev: str, nxt: str, width: int) -> float:
    """How likely the break between two entries of a cell is a wrap, not the author's: the share of
    the column's widest line the previous line would fill with the next line's first word; less
    where the previous line ends an organisation's name, more where the next one does."""
    first = nxt.split()[0]
    cost = (_advance(prev) + _advance(" " + first)) / max(width, 1)
    if re.sub(r"\W", "", prev.split()[-1]).lower() in _ORG_TAIL:
        cost -= 0.5
    if re.sub(r"\W", "", first).lower() in _ORG_TAIL:
        cost += 0.5
    return cost


def _regroup(groups: list[list[str]], n: int, width: int) -> list[str]:
    """`groups` joined down to `n` entries, keeping the n-1 breaks least likely to be wraps."""
    costs = sorted(range(1, len(groups)), key=lambda k: _break_cost(groups[k - 1][-1], groups[k][0], width))
    keep = sorted(costs[: n - 1])
    out, start = [], 0
    for k in [*keep, len(groups)]:
        out.append(" ".join(ln for g in groups[start:k] for ln in g).replace("- ", "-"))
        start = k
    return out


def _stacked_entries(
    doc: Document, t: LogicalTable, row: Row, d: dict[str, str], widths: dict[int, int]
) -> list[dict[str, str]] | None:
    """The (nature, organisation) pairs of a row stacking several interests in both cells, or None."""
    nat, org = t.index("nature"), t.index("organisation")
    if nat is None or org is None or not d.get("nature") or not d.get("organisation") or _is_gifts_table(t):
        return None  # a gift's description wraps over lines of its own (gifts registers: one gift a row)
    by_semicolon = [_semicolon_parts(d["nature"]), _semicolon_parts(d["organisation"])]
    if len(by_semicolon[0]) >= 2 and len(by_semicolon[0]) == len(by_semicolon[1]):
        return [{"nature": a, "organisation": b} for a, b in zip(*by_semicolon, strict=True)]
    if any(len(x) > 1 for x in by_semicolon):
        return None  # semicolons in one cell only, or unequal counts: read as one interest
    cells = []
    for i in (nat, org):
        raw = _raw_cell(doc, row.page, clean_cell(row.cells[i]))
        if raw is None:
            return None
        lines = [x.strip() for x in raw.splitlines() if x.strip()]
        if -1 - i not in widths:  # the column's widest printed line, once per table
            widths[-1 - i] = max(_advance(x.strip()) for r in t.rows for x in _cell_lines(doc, r, i))
        cells.append((_stacked_groups(lines, i == org), widths[-1 - i]))
    n = min(len(g) for g, _ in cells)
    if n < 2:
        return None
    (ng, nw), (og, ow) = cells
    return [
        {"nature": a, "organisation": b}
        for a, b in zip(_regroup(ng, n, nw), _regroup(og, n, ow), strict=True)
    ]


def _cell_lines(doc: Document, row: Row, col: int) -> list[str]:
    if col >= len(row.cells) or not row.cells[col]:
        return [""]
    raw = _raw_cell(doc, row.page, clean_cell(row.cells[col]))
    return raw.splitlines() if raw else [clean_cell(row.cells[col])]


def _column_lines_width(doc: Document, t: LogicalTable, col: int) -> int:
    """The longest printed line of a ruled table's column, in characters."""
    width = 0
    for r in t.rows:
        if col < len(r.cells) and r.cells[col] and (raw := _raw_cell(doc, r.page, clean_cell(r.cells[col]))):
            width = max(width, *(len(x.strip()) for x in raw.splitlines()))
    return width


def _role_and_body(entry: str) -> tuple[str | None, str]:
    """(organisation, nature) of an entry printed "Role, Organisation" ("Trustee, Mearns Heritage
    Trust", "Director (unremunerated), Mearns Enterprise Company"); else (None, entry)."""
    if capacity_of(entry) in ("first", "last"):
        # the first comma outside brackets: "President (sabbatical, salaried), Students' Association"
        at = next(
            (
                k
                for k, ch in enumerate(entry)
                if ch == "," and entry.count("(", 0, k) == entry.count(")", 0, k)
            ),
            -1,
        )
        if at > 0 and entry[at + 1 :].strip():
            return entry[at + 1 :].strip(), entry[:at].strip()
    return None, entry


# The borderless table reader's method name (`tables.read_borderless_tables`)
_BORDERLESS = "spans-borderless"


def _broken_key(row: Row, col: int) -> tuple[int, str]:
    return row.page, "".join(row.cells[col].split())


def _member_entries(
    doc: Document,
    t: LogicalTable,
    row: Row,
    d: dict[str, str],
    widths: dict[int, int],
    breaks: Callable[[], dict[tuple[int, str], str]] | None = None,
) -> list[dict[str, str]] | None:
    """The interests of a register row printing one member's several interests in a cell, or
    None where the row is one interest. Only registers without a category column (a "Type of
    interest" column makes each row one interest): the lines of parallel cells paired, or the
    entries of the one interest cell (one a line, `ruled_cell_entries`; or parted by semicolons)."""
    if t.index("category") is not None:
        return None
    parallel = _parallel_entries(doc, t, row) or _stacked_entries(doc, t, row, d, widths)
    if parallel is not None:
        return parallel
    f = "nature" if d.get("nature") and not d.get("organisation") else None
    if f is None:
        return None
    i = t.index(f)
    assert i is not None
    raw = _raw_cell(doc, row.page, clean_cell(row.cells[i]))
    if t.method == _BORDERLESS and breaks is not None and (kept := breaks().get(_broken_key(row, i))):
        # a borderless table's cell read joined: its lines as printed, the lines it wrapped onto
        # marked by where they would have fitted (`interest_grid.borderless_breaks`), one entry a
        # line; a better guide than the page table's lines counted in characters
        entries = cell_entries(kept)
    elif raw is not None:
        if i not in widths:
            widths[i] = _column_lines_width(doc, t, i)
        entries = ruled_cell_entries(raw, widths[i], bare_capacity=True)
    else:
        entries = [clean_cell(row.cells[i])]
    entries = [p for e in entries for p in _semicolon_parts(e)]
    if len(entries) < 2:
        return None
    out = []
    for e in entries:
        org, nature = _role_and_body(e)
        out.append({"organisation": org or "", "nature": nature})
    return out


# Registers after NHS England's conflicts of interest guidance (ICBs' decision-makers registers)
# tick the type of interest in sub-columns ("Type of interest: F | NFPr | NFPe") and say in a
# column of its own whether it is the member's or a relative's: "Direct or indirect?",
# "Is the interest direct or indirect?". A relative's interest is the "indirect" category; a
# bare tick names no type (the table reader joins the sub-columns into one cell).
_DIRECT_LABEL = re.compile(r"^(?:is(?:the|this)?interest)?direct(?:or|/)indirect")
_INDIRECT = re.compile(r"^\s*indirect\b", re.I)
_TICK = re.compile(r"^[\s✓✔☑✗✘xX]+$")


# A column ticked for a member with nothing to declare: "Nil declaration", "Nil return", "No
# interests" (school boards' and public bodies' registers listing every member and officer); a
# ticked row records no interest
_NIL_LABEL = re.compile(r"^(?:nil|no)(?:declarations?|returns?|interests?(?:todeclare)?)$|^nothingtodeclare$")
# a date wrapped at its hyphen in a narrow column: "2025-09-" / "02"
_WRAPPED_DATE = re.compile(r"^(\d{4}-\d{1,2}-)\s+(\d{1,2})$")
# a date whose first two digits the borderless reader parted at a kerned gap: "1 7/01/2025"
# (narrow date columns set in proportional figures; the "1" is the narrowest glyph)
_GAPPED_DATE = re.compile(r"^(\d)\s(\d[/.-]\d{1,2}[/.-]\d{2,4})$")


def _nil_column(t: LogicalTable) -> int | None:
    return next(
        (
            k
            for k, (lab, f) in enumerate(zip(t.labels, t.fields, strict=False))
            if f is None and _NIL_LABEL.match(squash(lab))
        ),
        None,
    )


def _direct_column(t: LogicalTable) -> int | None:
    """The column saying whether an interest is direct or indirect, when no field reads it."""
    for k, (lab, f) in enumerate(zip(t.labels, t.fields, strict=False)):
        if f is None and _DIRECT_LABEL.match(squash(lab)):
            return k
    return None


# ---- registers grouped under category bands
# Family: summaries of members' statements arranged by category of interest in the order of the
# statutory form (Irish state bodies under the Ethics in Public Office Acts: "1. Occupational
# income ..." ... "10. Interests of a spouse ..."; other codes' registers grouped "Directorships",
# "Land", "Gifts"), a shaded band row per category across the table and the members' rows
# under it, each naming its member. The band is the category of the rows under it.

# A band's words numbered as the form numbers its categories: "3. Directorships", "(4) Land"
_NUMBERED_BAND = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\)|[A-J][.)])\s+(?P<words>[A-Z].*)$")
# A short band ("3. Directorships") fits in the name column and is read as a line of the name cell
# of the member row above it: the numbered words after the name
_TRAILING_BAND = re.compile(r"^(?P<name>\S.*?[^\d\s])\s+(?P<band>\d{1,2}[.)]\s+[A-Z].*)$")


def _band_words(row: Row, t: LogicalTable) -> str | None:
    """The category a band row names (its words without the number): a row of one filled cell,
    the first, numbered or a category heading (`is_category_header`), in a register whose name
    column is the first and with no category column of its own."""
    filled = [k for k, c in enumerate(row.cells) if c.strip()]
    if (
        filled != [0]
        or t.index("category") is not None
        or t.fields[0] not in ("person", "surname", "forename")
    ):
        return None
    text = " ".join(row.cells[0].split())
    m = _NUMBERED_BAND.match(text)
    if m:
        return m.group("words")
    return text if is_category_header(text) else None


def _split_trailing_band(row: Row, t: LogicalTable) -> str | None:
    """A numbered band read into the name cell of the row above it (`_TRAILING_BAND`): cut off
    the cell and returned."""
    m = _TRAILING_BAND.match(" ".join(row.cells[0].split()))
    if not m or t.index("category") is not None:
        return None
    row.cells[0] = m.group("name")
    return m.group("band")


# ---- members' gifts and benefits registers
# Family: "Member | Date received | Donor / source | Description of gift or benefit | Est. value |
# Disposition" (Ontario municipal bodies' gifts registries; UK and Australian boards' gifts and
# hospitality registers): each row one gift, the donor the organisation; no category column, the
# register's subject is the category ("other"), value and disposition kept in notes.
_GIFT_LABEL = re.compile(r"gift|hospitality|donor|^(?:provided|offered|given)by", re.I)


def _is_gifts_table(t: LogicalTable) -> bool:
    """A register of gifts: a column of the giver or of values, or a label naming gifts."""
    return t.index("category") is None and (
        t.index("value") is not None or any(_GIFT_LABEL.search(squash(lab)) for lab in t.labels)
    )


# An agenda item's number run into the name cell of a declarations table whose narrow "Item"
# column sits close to the names ("Cr Mick Tanner 9.2", "Cr Leanne 10.1 O’Brien": NSW councils'
# Disclosures of Interest tables, Councillor | Item | Type of interest | Reason): no part of a name
_ITEM_IN_NAME = re.compile(r"\s+\d{1,2}(?:\.\d{1,2})+(?=\s|$)")


# A category cell printing the code's lettered head and its name: "A – Employment", "D – Land and
# property", "G – Family" (a Bermudan statutory authority's register, one row per interest, the
# heads A–G of its code in a column): the name is read as a grid's column header is
_CODED_HEAD = re.compile(r"^\s*[A-H]\s*[–—-]\s+(?P<name>\w.*)$")


def _coded_category(cat_raw: str | None) -> str | None:
    """pecuniary | non-pecuniary | indirect | other for a table's category cell (see above)."""
    m = _CODED_HEAD.match(cat_raw or "")
    return column_category(m.group("name")) if m else interest_category(cat_raw)


def _category_grid(t: LogicalTable) -> bool:
    """A table with one column per category and no nature or category column of its own: a grid
    (`grid_registers`). A column the spec took for the nature whose header is itself a category's
    ("Relationships with staff / other governors" beside "Business interests" and "Governance
    roles in other educational institutions": English school governing boards' registers under
    the DfE's three headings) is one of the grid's category columns."""
    if sum(1 for lab in t.labels if is_category_header(lab)) < GRID_MIN_CATEGORY_COLUMNS:
        return False
    own = [lab for lab, f in zip(t.labels, t.fields, strict=False) if f in ("category", "nature")]
    return all(is_category_header(lab) for lab in own)


def interests_from_tables(doc: Document) -> list[Interest]:
    out: list[Interest] = []
    flat_text = ""
    meeting_dates: list[tuple[int, str | None]] | None = None

    def dates_for(page: int) -> str | None:
        nonlocal meeting_dates
        if meeting_dates is None:
            meeting_dates = _meeting_dates(doc)
        return _date_on(meeting_dates, page)

    kept: list[dict[tuple[int, str], str]] = []

    def breaks() -> dict[tuple[int, str], str]:
        # read once, and only for a borderless register whose member rows hold one cell of entries
        if not kept:
            kept.append(borderless_breaks(doc, INTEREST_SPEC))
        return kept[0]

    for t in read_tables(doc, INTEREST_SPEC):
        if not any(f in t.fields for f in ("forename", "surname", "person")):
            continue
        if not any(f in t.fields for f in ("category", "nature", "declared_on")):
            continue  # a list of names and organisations (attendees, stakeholders), not a register
        if _category_grid(t):
            continue  # one column per category, no nature column: a grid, read by `grid_registers`
        register = _register_title(doc, t)
        direct_col = _direct_column(t)
        nil_col = _nil_column(t)
        flat_text = flat_text or " ".join(doc.text.split())
        person = role = declared = None
        nothing_above = False  # the row above was a member's "Nil" row
        widths: dict[int, int] = {}  # the interest columns' longest printed line (`_member_entries`)
        band: str | None = None  # the category band over the rows (`_band_words`)
        banded = False  # the table has numbered bands: one may end a name cell
        next_band: str | None = None
        for row in t.rows:
            if next_band is not None:
                band, next_band = next_band, None
            if row.band and t.index("category") is None:
                # a ruled table's band (one merged cell across four columns or more)
                m = _NUMBERED_BAND.match(row.band)
                if m or is_category_header(row.band):
                    band = m.group("words") if m else row.band
            if (words := _band_words(row, t)) is not None:
                band, banded = words, banded or bool(_NUMBERED_BAND.match(row.cells[0].strip()))
                person = None  # the rows under a band name their members
                continue
            if banded and (cut := _split_trailing_band(row, t)) is not None:
                next_band = _NUMBERED_BAND.match(cut).group("words")  # type: ignore[union-attr]
            _repair(t, row)
            d = row.as_dict(t)
            if d.get("declared_on") and (
                m := _WRAPPED_DATE.match(d["declared_on"]) or _GAPPED_DATE.match(d["declared_on"])
            ):
                d["declared_on"] = m.group(1) + m.group(2)
            if not d.get("declared_on") and iso_date(d.get("held_from")):
                d["declared_on"] = d["held_from"]
            _repair_names(flat_text, row, d)
            name = d.get("person") or " ".join(x for x in (d.get("forename"), d.get("surname")) if x)
            name = _ITEM_IN_NAME.sub("", name)
            if name and d.get("person") and t.index("role") is None:
                name, post = _name_and_post(doc, row.page, name)
                d["role"] = post or ""
            if nothing_above and any("merged over this row" in n for n in row.notes):
                # a "Nil" member has no second row: this row's own name cell was lost by the
                # table reader (merged down over a page break); read it from the page's text
                lost = text_before_cells(
                    doc.page(row.page),
                    [
                        c
                        for f, c in zip(t.fields, row.cells, strict=False)
                        if f not in ("person", "forename", "surname", "role")
                    ],
                )
                if lost:
                    name, d["role"] = lost, ""
                    row.notes = [n for n in row.notes if "merged over this row" not in n]
                    row.notes.append("name cell not read as a table cell; taken from the page text")
            nothing_above = _records_nothing(d)
            if name:
                person, role, declared = name, d.get("role") or None, d.get("declared_on") or None
            elif person is None:
                continue
            elif (
                out
                and out[-1].person == person
                and not any(d.get(f) for f in INTEREST_FIELDS)
                and interest_category(d.get("category")) in (None, "other")
            ):
                # "Chief Executive -" / (next page) "Homerton University Hospital": a row cut at a
                # page break, its tail carrying no interest of its own, at most the end of the
                # category's words ("Non-pecuniary" / "interest") (registers printed as tables)
                last = out[-1]
                if d.get("role"):
                    last.role = f"{last.role} {d['role']}" if last.role else d["role"]
                    role = last.role
                continue
            elif d.get("role"):
                role = f"{role} {d['role']}" if role else d["role"]
            nil_ticked = (
                nil_col is not None
                and nil_col < len(row.cells)
                and bool(row.cells[nil_col].strip())
                and bool(_TICK.match(row.cells[nil_col]))
                and not (d.get("nature") or d.get("organisation"))
            )
            if nil_ticked or _records_nothing(d) or not any(d.get(f) for f in ("category", *INTEREST_FIELDS)):
                # nothing declared, or a band row grouping the members under it ("Division of
                # Medicine", "Trust Board – Executive Directors": NHS trust registers)
                continue
            entries = _member_entries(doc, t, row, d, widths, breaks)
            # a register printed by category, one ruled table per part under the part's heading
            # ("Part C – Professional, Association and Volunteer Roles")
            part = heading_category(row.heading) if t.index("category") is None else None
            if entries is not None:
                # one member's several interests in one row: a record each
                for e in entries:
                    if _records_nothing(e) or _GRID_NO_ENTRY.match(e.get("nature") or ""):
                        continue
                    if not (e.get("nature") or e.get("organisation")):
                        continue
                    when = e.get("declared_on") if iso_date(e.get("declared_on")) else None
                    out.append(
                        Interest(
                            person=person,
                            declared_on=iso_date(when) or iso_date(declared) or declared,
                            role=d.get("role") or role,
                            organisation=e.get("organisation") or None,
                            nature=e.get("nature") or None,
                            category=interest_category(_category_suffix(e.get("nature")))
                            or column_category(part),
                            register=register,
                            page=row.page,
                            notes="; ".join(
                                [
                                    *row.notes,
                                    *(
                                        [f"managed: {e['managed']}"]
                                        if e.get("managed") and not _NIL.match(e["managed"])
                                        else []
                                    ),
                                ]
                            )
                            or None,
                        )
                    )
                continue
            more = _second_nature(t, row)
            if more:
                d["nature"] = f"{d['nature']} – {more}" if d.get("nature") else more
            cat_raw = d.get("category") or _category_suffix(d.get("nature")) or None
            if cat_raw is None and band is not None:
                cat_raw = band
            by_heading = False
            if cat_raw is None and part is not None:
                cat_raw, by_heading = part, True
            if cat_raw and _TICK.match(cat_raw):
                cat_raw = None  # a tick under one of the type's sub-columns: which one is not read
            if direct_col is not None and _INDIRECT.match(row.cells[direct_col]):
                cat_raw = "indirect"
            notes = list(row.notes)
            at_meeting = t.index("item") is not None
            if at_meeting:
                # "Type: Indirect / material" (a column of its own), else the type in brackets
                cat_raw = d.get("category") or _declared_type(d.get("nature") or "")
                when = _title_date(t) or dates_for(row.page)
                declared = declared or when
                notes.append(AT_MEETING_NOTE)
                notes += [
                    f"{lab}: {d[f]}" for lab, f in (("item", "item"), ("managed", "managed")) if d.get(f)
                ]
            if cat_raw is None and _is_gifts_table(t):
                cat_raw = "gift or hospitality"
            notes += [f"{f}: {d[f]}" for f in ("value", "disposition") if d.get(f)]
            if d.get("held_from") and d.get("declared_on") != d.get("held_from"):
                notes.append(f"held from {d['held_from']}")
            if cat_raw and interest_category(cat_raw) == "other":
                notes.append(f"type of interest: {cat_raw}")
            out.append(
                Interest(
                    person=person,
                    declared_on=iso_date(d.get("declared_on") or declared)
                    or d.get("declared_on")
                    or declared,
                    role=d.get("role") or role,
                    organisation=d.get("organisation") or None,
                    nature=d.get("nature") or None,
                    category=(
                        column_category(cat_raw)
                        if cat_raw == band or by_heading
                        else _coded_category(cat_raw)
                    )
                    if cat_raw or not at_meeting
                    else "declared-at-meeting",
                    register=None if at_meeting else register,
                    page=row.page,
                    notes="; ".join(notes) or None,
                )
            )
    return out


# ------------------------------------------------------------------ statutory notification forms

# English councils publish each councillor's register entry as the statutory notification form
# (Localism Act 2011 and the DPI Regulations 2012): "Name of Councillor:" / "Date of notification:"
# fields above ruled tables whose rows are the numbered sections ("1. Employment, office, trade,
# profession or vocation" ... "7. Securities", then "8. Other Registrable Interests"), with the
# entries in a "Councillor" column and, in Part 1, a "Spouse / civil partner" column.
# "Name of Councillor", "Name of member", "Councillor's name", "Member name"
_FORM_NAME_LABEL = r"(?:name\s+of\s+(?:the\s+)?(?:councillor|member)|(?:councillor|member)['’]?s?\s+name)"
_FORM_NAME = re.compile(rf"^\s*{_FORM_NAME_LABEL}\s*:?\s*$", re.I)
_FORM_DATE_LABEL = r"date\s+of\s+(?:notification|declaration|registration)"
_FORM_DATE = re.compile(rf"^\s*{_FORM_DATE_LABEL}\s*:?\s*$", re.I)
# The same fields printed as lines of text above the form's tables, label and answer parted by
# a colon: "Name of member:   Councillor Jennifer Ashby-Coles" / "Position:  Chairman of the
# Council" / "Date of notification: 8th May 2025" (parish councils' forms typed in Word)
_FORM_NAME_LINE = re.compile(rf"^\s*{_FORM_NAME_LABEL}\s*:\s*(?P<v>\S.*?)\s*$", re.I | re.M)
_FORM_DATE_LINE = re.compile(rf"^\s*{_FORM_DATE_LABEL}\s*:\s*(?P<v>\S.*?)\s*$", re.I | re.M)
_FORM_ROLE_LINE = re.compile(r"^\s*(?:position|role|office\s+held)\s*:\s*(?P<v>\S.*?)\s*$", re.I | re.M)
# Part 2's entries as a numbered list under its heading: "1. | Member, National Farmers' Union"
_BARE_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\s*$")
_OTHER_PART = re.compile(r"other\s+regist(?:e)?rable\s+interests|non-?pecuniary\s+interests", re.I)
_FORM_SECTION = re.compile(r"^\s*\d{1,2}\.\s+\S")
_FORM_REGISTER = re.compile(r"register\s+of\s+(?:members|councillors)['’]?\s+interests", re.I)
# A form's answers that name no interest: "None", "Retired" (no employment), "Sensitive interest
# - see note below" (withheld under s.32 of the Localism Act: nothing to name)
# - see note below" (withheld under s.32 of the Localism Act: nothing to name), "As for member" /
# "As above" (a spouse column repeating the member's entry)
# "None – election expenses self-funded": nothing declared, with the reason (councils' forms)
_NO_ENTRY = re.compile(
    r"^(?:retired|sensitive\s+interest\b.*|as\s+(?:for\s+(?:the\s+)?member|above)\.?|(?:nil|none)\s+[–—-]\s.*)$",
    re.I,
)
# An entry of a cell listing several opens "Role, Body": "Member, UNISON", "Director, Frost ..."
_ENTRY_START = re.compile(r"^[A-Z0-9][\w'’&.-]*(?:\s+[\w'’&.-]+){0,2}(?:\s+\([^()]{1,30}\))?,\s")


# "Pharmacist, Chaudhry Pharmacy" / "Ltd, Northgate": a company's legal form closes the line above
_LEGAL_FORM_FIRST = re.compile(r"^(?:Ltd|Limited|plc|PLC|LLP|CIC|Inc|LLC|Co)\b")
# "Gift: engraved silver quaich ...", "Hospitality: two tickets ..." (gifts and hospitality boxes)
_LABELLED_ENTRY = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+)?:\s+\S")

_CLOSED_SENTENCE = re.compile(r"(?<=\)\.)\s+(?=[A-Z][a-z])")

# An answer written as the member's own sentence ("My spouse is a co-owner of ...", "I am an
# occasional paid instructor for ...": forms asking questions) runs on to its full stop, whatever
# the next line opens with
_OPEN_STATEMENT = re.compile(r"^(?:I|My|Our)\s")


def _cell_entries(cell: str, width: int) -> list[str]:
    """The entries of a form cell, one a line as printed, their wrapped lines joined. A line
    begins an entry of its own when it opens "Role, Body", the line above closes its brackets
    and does not break a word, and the role is a known one ("Member, ...") or the line's first
    word would have fitted on the line above (`width`: the longest line of the column, in
    characters), so it was not wrapped there ("Long Acre Farm, Brigg" / "Lane, Netherby")."""
    entries: list[str] = []
    for ln in (x.strip() for x in cell.splitlines()):
        if not ln:
            continue
        if entries:
            prev = entries[-1]
            last = prev.splitlines()[-1]
            first = ln.split()[0]
            # a capacity with its qualifier ("Director (unremunerated), ...", "Board member
            # (unpaid), ..."), a relative ("My husband, ...") or a labelled line ("Gift: ...",
            # "Hospitality: ..."): one entry a line in a declaration form's box
            cap = capacity_of(ln)
            role = (
                (_ROLE_WORDS.match(ln.split(",")[0]) if "," in ln else None)
                or cap in ("first", "relative")
                or _LABELLED_ENTRY.match(ln)
            )
            starts = (
                (_ENTRY_START.match(ln) or cap or _LABELLED_ENTRY.match(ln) or STATUS_START.match(ln))
                and not (_OPEN_STATEMENT.match(prev) and not last.rstrip().endswith((".", ";")))
                and not _LEGAL_FORM_FIRST.match(ln)
                and prev.count("(") <= prev.count(")")
                and not last.endswith("-")
                # a line after one closing on a company's legal form ("... Caledon Living plc" /
                # "Board member, ...") was not wrapped even when that line was the column's longest
                and (role or len(last) + 1 + len(first) <= width or (cap and BODY_CLOSED.search(last)))
            )
            if not starts:
                entries[-1] = f"{prev}\n{ln}"
                continue
        entries.append(ln)
    # "Farmer (self-" / "employed)": a word broken at its hyphen is joined without a space
    joined = [e.replace("-\n", "-").replace("\n", " ") for e in entries]
    # two entries run on in one cell, the first closing its brackets and sentence: "Lower Hadley
    # Farm (approx. 142 ha, freehold). Tenancy of Glebe Field ..." (parish councils' forms)
    return [part for e in joined for part in _CLOSED_SENTENCE.split(e) if part]


def _entry_organisation(entry: str) -> str | None:
    """The body an entry names after its role: "Member, UNISON" -> "UNISON"."""
    parts = [p.strip() for p in re.sub(r"\s*\([^)]*\)", "", entry).split(",")]
    if len(parts) >= 2 and re.match(r"^[A-Z][\w\s-]{0,30}$", parts[0]) and len(parts[0].split()) <= 3:
        role = parts[0].lower()
        if _ROLE_WORDS.match(role) or role.split()[-1] in {"manager", "solicitor", "consultant", "officer"}:
            return parts[1] or None
        if len(parts[0].split()) <= 2 and parts[0].split()[-1].lower() in {"anaesthetist", "farmer"}:
            return parts[1] or None
    return None


# A form's header band printing its fields side by side, label | value | label | value:
# "Member | Councillor Jane Smith | Ward | Abbotsmead" / "Political group | ... | Date of
# notification | 20 May 2023" / "Executive role | Cabinet Member for Finance" (district councils)
_BARE_MEMBER = re.compile(r"^\s*(?:member|councillor)\s*:?\s*$", re.I)
_COUNCILLOR_TITLE = re.compile(r"^\s*(?:councillor|cllr)\b", re.I)
_FORM_ROLE = re.compile(r"^\s*(?:(?:executive|cabinet)\s+)?(?:role|position|office\s+held)\s*:?\s*$", re.I)


def _form_fields(r: list[str], dated: bool) -> dict[str, str]:
    """The form's fields a row of its header band holds: person, declared, role. A bare
    "Member" label names the person only when its value is titled "Councillor" or the table
    has a date of notification (otherwise it is any table's column header)."""
    out: dict[str, str] = {}
    for j in range(len(r) - 1):
        label, value = r[j], r[j + 1]
        if not value.strip():
            continue
        if _FORM_NAME.match(label) or (
            _BARE_MEMBER.match(label) and (dated or _COUNCILLOR_TITLE.match(value))
        ):
            out.setdefault("person", value)
        elif _FORM_DATE.match(label):
            out.setdefault("declared", value)
        elif _FORM_ROLE.match(label):
            out.setdefault("role", value)
    return out


def statutory_forms(doc: Document) -> list[Interest]:
    out: list[Interest] = []
    person = declared = register = None
    role = None

    def form_entry(entry: str, category: str, page_no: int, notes: str | None = None) -> Interest:
        """One entry of the form being read (its person, date, role and register so far)."""
        return Interest(
            person=person,
            declared_on=declared,
            role=role,
            organisation=_entry_organisation(entry),
            nature=entry,
            category=category,
            register=register,
            page=page_no,
            notes=notes,
        )

    for page in doc.pages:
        if not page.tables:
            continue  # the form's fields and entries are read from its tables
        named = _FORM_NAME_LINE.search(page.text)
        if named:
            person, declared, role = strip_honorifics(named.group("v")), None, None
            m = _FORM_REGISTER.search(page.text)
            register = " ".join(m.group(0).split()).title().replace(" Of ", " of ") if m else None
            if dated := _FORM_DATE_LINE.search(page.text):
                declared = iso_date(re.split(r"\(", dated.group("v"))[0])
            if posted := _FORM_ROLE_LINE.search(page.text):
                role = posted.group("v")
        other_part = bool(_OTHER_PART.search(page.text))
        read_here = len(out)
        other_read = False  # Part 2 read from this page's tables
        for tab in page.tables:
            rows = [[c or "" for c in r] for r in tab.rows]
            cols: list[tuple[int, str]] = []  # (column, whose) of this table's entry columns
            dated = any(_FORM_DATE.match(c) for r in rows for c in r)
            for r in rows:
                if len(r) >= 2 and (field := _form_fields(r, dated)):
                    if "person" in field:
                        person, declared, role = strip_honorifics(field["person"]), None, None
                        m = _FORM_REGISTER.search(page.text)
                        register = " ".join(m.group(0).split()).title().replace(" Of ", " of ") if m else None
                    if "declared" in field:
                        declared = iso_date(re.split(r"\(|\n", field["declared"].strip())[0])
                    if "role" in field and person is not None:
                        role = " ".join(field["role"].split())
                elif len(r) >= 3 and re.search(r"councillor|member", r[-1] + r[-2], re.I) and not cols:
                    # the header: "Subject | Prescribed description | Councillor | Spouse / civil partner"
                    cols = [
                        (i, "spouse" if re.search(r"spouse|partner", c, re.I) else "self")
                        for i, c in enumerate(r)
                        if re.search(r"^\s*(?:councillor|member)\s*$|spouse|partner", c, re.I)
                    ]
            if person is None:
                continue
            sections = [r for r in rows if len(r) >= 3 and _FORM_SECTION.match(r[0])]
            if not sections and cols:
                # the section's number in a column of its own: "1. | Employment, office, ... |
                # <member> | <spouse>" (district councils' registers printed one page a member)
                sections = [r[1:] for r in rows if len(r) >= 4 and _BARE_NUMBER.match(r[0]) and r[1].strip()]
                cols = [(i - 1, whose) for i, whose in cols if i >= 1]
            if not sections and other_part:
                sections = [r for r in rows if len(r) == 2 and _BARE_NUMBER.match(r[0])]
                other_read = other_read or bool(sections)
            if not sections:
                continue
            use = cols or [(len(sections[0]) - 1, "self")]  # Part 2: the entries fill the last column
            for col, whose in use:
                width = max((len(x) for r in sections for x in r[col].splitlines()), default=0)
                for r in sections:
                    # the section's heading, its first line, not the statute's words under it
                    # ("5. Licences / Any licence (alone or jointly with others) ...")
                    subject = " ".join((r[0].strip().splitlines() or [""])[0].split())
                    category = (
                        "non-pecuniary"
                        if re.search(r"other|non-?pecuniary", subject, re.I) or _BARE_NUMBER.match(subject)
                        else "pecuniary"
                    )
                    for entry in _cell_entries(r[col], width):
                        if _NIL.match(entry) or _NO_ENTRY.match(entry):
                            continue
                        notes = "spouse or civil partner's interest" if whose == "spouse" else None
                        out.append(form_entry(entry, category, page.number, notes))
        other_read = other_read or any(i.category == "non-pecuniary" for i in out[read_here:])
        if person is not None and len(out) > read_here and not other_read:
            for entry in _other_part_lines(page.text):
                out.append(form_entry(entry, "non-pecuniary", page.number))
    return out


# Part 2 printed as lines of text under its heading, below the form's Part 1 table: "Part 2 –
# Other registrable interests" / the Code's description of them / "Trustee, Abbotsmead
# Community Centre Association" / "Member, Liberal Democrats" (district councils' registers
# printed one page a member). The entries are the lines opening "Role, Body" after the heading;
# the description (lower-case wrapped lines, no role before a comma) and the page's footer are not.
_OTHER_PART_HEADING = re.compile(
    r"^\s*(?:part\s+(?:2|two|b)\s*[–—:.-]?\s*)?other\s+regist(?:e)?rable\s+interests\s*:?\s*$", re.I | re.M
)


def _other_part_lines(text: str) -> list[str]:
    m = _OTHER_PART_HEADING.search(text)
    if not m:
        return []
    out: list[str] = []
    for ln in text[m.end() :].splitlines():
        ln = " ".join(ln.split())
        if not ln:
            continue
        if _ENTRY_START.match(ln) or capacity_of(ln):
            out.append(ln)
        elif out:
            break  # the entries have ended: the page's footer, the next section
    return out


# ------------------------------------------------------------------ declarations at a meeting

# A minute's reference before its heading: "B24/59" (housing association boards), "TB/25/002" (NHS
# trust boards), "QSE(25)17" (Welsh health board committees), "PB 25/10", "CFA/24/35"
# "25/31" (NHS Scotland board minutes: the year, then the minute's number)
_MINUTE_REF = r"(?:[A-Z]{1,5}\s?/?\s?\(?\d{2,4}\)?[/.]?\d{1,4}\)?|\d{2}/\d{1,3})"
# "MIN. 03/47/2025:", "MIN. TLWWDA/BRD/14/2025:" (Kenyan state corporations' and county boards'
# minutes: the minute's number, the meeting's, the year, after the body's and organ's codes)
_MIN_REF = r"(?:MIN\.?\s*(?:[A-Z]{2,10}/){0,3}\d{1,3}/\d{1,4}(?:/\d{2,4})?\s*[:.–-]?)"
# an item's number in Roman numerals, capitals: "IV", "VIII"
_ROMAN = r"[IVXL]{1,6}"
_DECL_HEADING = re.compile(
    # (a minute numbered within the meeting's number: "87.3 Disclosure of interest by Directors")
    # (or in Roman numerals: "IV. DECLARATIONS OF CONFLICT OF INTEREST", US special districts' and
    # port commissions' minutes number their items I, II, III; capitals only, not an agenda's "iii.")
    rf"^\s*(?:minute\s+)?(?:\d+(?:\.\d+)?\.?\s*|{_MINUTE_REF}\.?\s+|{_MIN_REF}\s+|(?-i:{_ROMAN})\.\s+)?(?:to\s+receive\s+any\s+)?"
    # the opening item of committee and council minutes: "Minute 1 Welcome, apologies and
    # declarations of interest" (university councils), "Apologies and declarations of interest"
    r"(?:(?:welcome|apologies(?:\s+for\s+absence)?|introductions?|quoracy)[\s,]+(?:and\s+)?)*"
    # "Declarations of business and pecuniary interests" (academy trusts), "of Members' interests";
    # "Disclosures of Interests" (Australian councils under the Model Code of Meeting Practice).
    # Not "Conflicts of interest": records of decisions print it as a field of every decision
    r"(?:declarations?|disclosures?)\s+of\s+(?:[\w'’-]+\s+){0,3}?interests?(?:\s+by\s+members)?\b"
    # the rest of the line: in minutes printed in two columns (the item's heading left, its
    # minute right: Scottish IJB and health board committees) the minute's first line
    r"(?P<tail>.*)$",
    re.I | re.M,
)
# A minute headed by the conflicts themselves, alone on its numbered line: "3. CONFLICTS OF
# INTEREST", "IV. Potential Conflicts of Interest" (US and Canadian boards' and commissions' minutes).
# Numbered only: a line in capitals with no number ("CONFLICTS OF INTEREST") is as often a
# policy's or a register's section heading; taking it cost an unread set one false declaration.
# Not run into text ("Conflicts of interest: none" is a field of every decision in records of
# decisions), not under any other words
_CONFLICT_HEADING = re.compile(
    rf"^[ \t]*(?:(?:\d{{1,2}}(?:\.\d{{1,2}})?\.?|{_ROMAN}\.|[A-Z]\.)[ \t]+)"
    # (on one line: "DECLARATION OF\nCONFLICT OF\nINTEREST" wrapped in a narrow column is the
    # declarations heading's own tail)
    r"(?i:(?:potential[ \t]+|possible[ \t]+)?conflicts?[ \t]+of[ \t]+interests?"
    r"(?:[ \t]+(?:disclosures?|declarations?|statements?))?)"
    r"[ \t]*(?P<tail>)$",
    re.M,
)
# the next minute: "5. Minutes", or "4 Issues from the floor" as parish minutes number them
_NEXT_HEADING = re.compile(
    r"^\s*\d+\.\s+[A-Z]|^\s*\d{1,2}\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[A-Z][a-z]"
    r"|^\s*Minute\s+\d+\s+[A-Z]"  # "Minute 2 Minutes of the meeting held on ..." (university councils)
    rf"|^\s*{_MINUTE_REF}\.?\s+[A-Z][a-z]"  # "B24/60 Minutes of the previous meeting"
    # "25/041 MINUTES OF THE PREVIOUS MEETING" (minutes numbered year/minute, headings in
    # capitals: Channel Islands and UK statutory boards); "MIN. 04/47/2025: CONFIRMATION ..."
    rf"|^\s*{_MINUTE_REF}\.?\s+[A-Z]{{2,}}\b|^\s*{_MIN_REF}\s*[A-Z]"
    # "6 MAYORAL MINUTE": a numbered heading in capitals (Australian and New Zealand councils' minutes)
    r"|^\s*\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&,-]*)*\s*$"
    # "V. PUBLIC COMMENT", "VI. Consent Agenda": the next item numbered in Roman numerals (one
    # letter only before a word in capitals: "V. Kumar declared" is an initial)
    r"|^\s*(?:[IVXL]{2,6}\.\s+[A-Z]|[IVX]\.\s+[A-Z]{2,}\b)",
    re.M,
)
# a heading numbered within its section or meeting: "87.3 DISCLOSURE OF INTEREST", "3.0 Declarations"
_DECIMAL_HEAD = re.compile(r"^[ \t]*\d{1,3}\.\d{1,2}\.?[ \t]+[A-Z]", re.M)
_NONE = re.compile(r"^\s*(?:none|nil|no\s+(?:additional\s+)?declarations?\b|there\s+were\s+no\b)", re.I)
# The verbs a declaration is made with besides "declared": "NR (RFO) expressed an interest in
# planning application 15/00380/TCA", "Cllr X disclosed a pecuniary interest", "registered an
# interest" (parish, council and board minutes word them all so)
_DECLARING = r"declared|expressed|disclosed|registered|declares|expresses|discloses"
# the post a declarer's name is followed by in brackets: "NR (RFO)", "Jane Smith (Clerk)"
_POST = r"(?:\([^()]{1,40}\)\s+)"
# the lower-case particles inside a surname: "Peter Van der Merwe", "Peter de Garis", "Kipchumba
# arap Rotich", "Ahmed bin Salleh" (Dutch, Afrikaans, Norman-French, Kalenjin and Malay names)
_PARTICLES = (
    # ... and a Malay, Tamil or Indian patronymic: "Ravindran s/o Krishnan", "Nur Aisyah binte Rosli"
    # (Singaporean and Malaysian minutes)
    r"(?:(?:van|von|der|den|de|del|della|di|da|du|dos|das|le|la|arap|bin|binti|binte|bte|ibn|al|ter|ten|ap"
    r"|s/o|d/o|a/l|a/p)\s+)*"
)
# Professional, service and national styles before a name, one list for the declarer pattern
# (_PERSON) and the style stripper (_STYLE): "CPA Mercy Kamau", "Eng. Benard Ochieng", "Amb.",
# "Arch." (Kenyan state corporations' minutes), "Captain Peter de Garis", "Capt." (harbour and port
# boards); "Barr. Emeka J. Nwosu" (a barrister), "Engr.", "Alhaji", "Hajiya", "Pharm." (Nigerian
# federal and state boards' minutes); "Mdm Goh Siew Lan" (a married woman), "Er. Kelvin Ng" (a
# registered professional engineer) (Singapore town councils' and statutory boards' minutes)
_PROFESSIONAL_STYLES = (
    r"CPA|Eng\.?|Amb\.?|Arch\.?|Capt(?:ain|\.)?|Barr\.?|Engr\.?|Alhaji|Alh\.|Hajiya|Pharm\.|Mdm\.?|Madam|Er\."
)
_MALAY_STYLES = (
    r"Encik|En\.|Puan(?:\s+Sri)?|Pn\.|Cik|Tuan|Haji|Hajah|Hj\.|Hjh\.|Dato['’]?(?:\s+(?:Seri|Sri))?"
    r"|Datuk(?:\s+Seri)?|Datin|Tan\s+Sri|Toh\s+Puan|YBhg\.?|YB|Ir\.|Ts\."
)
_PERSON = (
    # one title or several: "The Rt Revd Dr Jonathan Mabry", "Professor Dame Alison ..." (boards of
    # national public bodies seat bishops and peers)
    # (with a full stop too: "Mr. Kwame O. Phillip", as Caribbean, Kenyan and Indian minutes write it)
    r"(?:(?:The\s+)?(?:(?:Rt|Right|Very)\.?\s+)?(?:Councillors?|Cllrs?\.?|Mrs?\.?|Ms\.?|Miss|Dr\.?|Professor|Prof\.?"
    r"|Sir|Dame|Lord|Lady|Baroness|Revd|Rev\.?|Reverend|Canon|Hon\.?"
    # Indian honorifics: "Shri Jaswinder Singh Gill", "Smt. Radhika Iyer" (Indian boards' minutes);
    # "Member Hughes-Fairbairn" (Canadian conservation authorities' and boards' minutes)
    r"|Shri|Smt\.?|Sri|Kum\.?|Member"
    # US city councils and boards: "Mayor Pro Tem Atencio", "Councilmember Hsu", "Commissioner Ruiz"
    r"|Mayor(?:\s+Pro\s+Tem(?:pore)?)?|Vice\s+Mayor|Deputy\s+Mayor|Council\s?(?:member|woman|man)"
    # US special districts' and school boards' members: "Director Okafor", "Trustee Alvarez"
    r"|Commissioner|Supervisor|Alder(?:man|woman|person)|Director|Trustee"
    # ... and by the office they hold on the board: "President Kowalczyk", "Vice President Nakamura",
    # "Chair Sherwood" (US library, water and hospital districts name their officers so)
    r"|(?:Vice[\s-]+)?(?:President|Chair(?:man|woman|person)?)|Secretary|Treasurer"
    # "Cr O'Donnell" (New Zealand and Australian councils), "Regent Subramaniam" (US university
    # boards of regents)
    r"|Cr\.?|Regent"
    rf"|{_PROFESSIONAL_STYLES}"
    # Malaysian honorifics and styles: "Encik Chong Kah Meng", "Puan Siti Hajar binti Yusof",
    # "Tuan Haji Roslan bin Ismail", "YBhg. Dato' Sri ..." (Malaysian statutory bodies' minutes)
    rf"|{_MALAY_STYLES}"
    # a second title in brackets: "Dr. (Smt.) Lata Venkatesh" (Indian universities' minutes)
    r"|\((?:Smt|Shri|Sri|Kum|Mrs|Ms|Miss)\.?\))\s+)+"
    # an Irish or accented name: "Councillor Ó Murchú", "Cllr Ní Mhurchú" (Northern Irish and Irish councils)
    # (a curly apostrophe too: "Mr T H O’Brien")
    rf"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+{_PARTICLES}[A-ZÀ-ÖØ-Þ][\w'’.-]*){{0,3}}"
    # an initial and a surname: "D. O'Neill", "A.J. Varghese" (Canadian and Australian boards'
    # minutes name directors so)
    r"|(?:[A-Z]\.\s?){1,2}[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?"
    # a name without a title, not the body itself: "The Board noted that the register ..."
    r"|(?!(?:The|This|That|These|All|Any|No|It|Members?|Board|Committee|Council)\b)"
    rf"[A-Z][a-z'’-]+(?:\s+{_PARTICLES}[A-Z][\w'’-]+){{1,2}}"
    # nor a body named in a running header: "Planning Committee – 11.11.2025" (council minutes)
    r"(?<!Committee)(?<!Board)(?<!Council)(?<!Panel)(?<!Cabinet)"
    # initials, as parish minutes name councillors: "RD declared an interest", "NR (RFO) expressed ..."
    rf"|[A-Z]{{2,3}}(?=\s+{_POST}?(?:{_DECLARING}))"
)
# A declaration's own number under the declarations minute: "1.2", "(a)", "(1)", "(ii)" (English
# district councils' planning minutes number each member's declaration "(1)", "(2)")
_DECL_NUMBER = r"(?:\d+(?:\.\d+)*\.?\s+|\d{2}/\d{1,3}\.\d{1,2}\.?\s+|\(?[a-z]\)\s+|\(\d{1,2}\)\s+|\((?:i{1,3}|iv|vi{0,3}|ix|x)\)\s+)"
# a later name of a list of declarers: a _PERSON, or an initial and surname without a title or a
# full stop ("D Whitcombe"), the list's first name carrying the title for all
_LISTED = rf"(?:{_PERSON}|[A-Z]\.?\s[A-Z][a-z][\w'’-]*)"
_DECL_LINE = re.compile(
    rf"^(?:{_DECL_NUMBER}|[•●\uf0b7-]\s+)?(?P<person>{_PERSON})"
    # "reminded the Committee that his wife is ..." restates a standing interest (NHS committee minutes)
    # an aside between the name and the verb: "Professor Rennick, for transparency, reminded members"
    # a dash after the name, not a hyphen inside it ("Councillors T Ashworth-Lyle and ...")
    rf"(?:\s*[–—]\s*|\s+-\s*|(?:,\s+[a-z][^,]{{0,30}},)?\s+{_POST}?"
    rf"(?=declared|reiterated|reminded|stated|noted|also\s+declared|advised|{_DECLARING}))"
    r"(?P<nature>.+)$"
)
# The telling of a holding or a relative's business reaches the abstention it calls for within this
# many characters (the written-dev17 school board's runs ~260, over a sentence break and a page foot)
RECUSAL_AFTER_CHARS = 400
# The reason an abstention or a withdrawal gives when it is for an interest: "due to a conflict of
# interest", "because of his employment with", "as her husband is a partner in" (US, Australian and
# Commonwealth boards' minutes)
_INTEREST_REASON = (
    r"(?:due\s+to|because(?:\s+of)?|owing\s+to|as|since|given|citing)\s+(?:(?:a|an|his|her|their)\s+)"
    r"(?:[\w-]+\s+){0,3}?(?:conflict|interest|employ\w*|relationship|affiliation|association|involvement"
    r"|ownership|shareholding|business|firm|company|clients?|brother|sister|son|daughter|wife|husband"
    r"|spouse|partner|relative|family)"
)
# "Councillor Smith declared a personal interest in item 6 ...": a declaration anywhere in minutes
_DECLARED = re.compile(
    # "Both Nick Oakhill and Barbara McGarry declared an interest in ...": one record each
    # a numbered paragraph may open with it: "1.3 Dr Qureshi, Professor Mottram and Mr Whitlow declared"
    # ... or after an inline heading: "Declarations of Conflict of Interest: C. St-Onge declared"
    # (Canadian hospital boards run the minute's heading into its first sentence)
    # (a paragraph numbered under its minute, "25/040.1", or in Roman numerals, "(ii)")
    # ... or after a clause that leads the sentence: "Before the item was taken up, Dr. ... informed"
    rf"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=,\s))\s*(?:\(?[a-z]\)\s+|\(\d{{1,2}}\)\s+|\d+\.\d+\.?\s+|\d{{2}}/\d{{1,3}}\.\d{{1,2}}\.?\s+"
    r"|\((?:i{1,3}|iv|vi{0,3}|ix|x)\)\s+)?(?:Both\s+)?"
    # after a clause saying when: "Before consideration of Item 7.C, Trustee McCutcheon stated that
    # he owns ...", "Prior to the vote, Director ..." (US school and special district boards)
    r"(?:(?:Before|Prior\s+to|During|Under)\s+(?:[^,.;\n]|\.(?=\w)){3,60},\s+)?"
    # an officer named by post, then name: "The General Manager, Mr Craig Dwyer, declared ..."
    # (Australian and New Zealand councils minute their staff's disclosures so)
    r"(?:The\s+(?P<apposed>[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+){0,3}),\s+)?"
    # the next names of a list share the first one's plural title: "Councillors T Ashworth-Lyle
    # and D Whitcombe" (English councils print an initial without its full stop)
    rf"(?P<person>(?:{_PERSON})(?:\s*,\s*(?:{_LISTED}))*(?:\s+and\s+(?:{_LISTED}))?)"
    rf"(?(apposed),)\s+{_POST}?(?:(?:also|each|both)\s+)?"
    # "declared a non-pecuniary conflict of interest in item 7.4" (New Zealand councils), "a less
    # than significant non-pecuniary conflict of interest" (the NSW Model Code of Conduct's words)
    rf"(?:(?:{_DECLARING})\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){{0,4}}(?:conflicts?\s+of\s+)?interests?\b"
    # no article: "declared non-registrable interests in agenda item 7" (English councils under the
    # 2020 Model Code); "expressed interest in joining" is no declaration, so only these two verbs
    # ("declared no interests" declares nothing)
    # (lower-case words only: a table's header "Name Position Interest declared Type of interest")
    r"|(?:declared|disclosed)\s+(?:(?!no\b|nil\b|none\b)[a-z][\w-]*\s+){0,4}(?:conflicts?\s+of\s+)?interests?\b"
    # a disclosure about oneself: "Regent Subramaniam disclosed that he serves as an unpaid
    # member of the board of ..." (US boards of regents), "disclosed that her husband is employed"
    # ... or declared so: "Mr. Rotich declared that his brother had been offered employment by the
    # contractor" (Kenyan state corporations' and Channel Islands boards' minutes), not "declared
    # that he had no interest"
    r"|(?:disclosed|declared)\s+that\s+(?:he|she|they|his|her|their)\b(?!\s+(?:has|had|have|did)\s+(?:no|not)\b)"
    # ... or that a body is a relative's, to the board: "Supervisor Strahan disclosed to the
    # Board that Strahan Gravel, LLC, one of the bidders, is owned by his brother-in-law" (US
    # county boards minute a relative's interest so)
    # ... or informed the body so: "Dr. (Smt.) Lata Venkatesh informed the Syndicate that one of the
    # candidates recommended ..., Ms. Kavya Venkatesh, is her niece" (Indian universities' minutes)
    r"|(?:disclosed|informed)\s+(?:to\s+)?(?:the\s+[A-Za-z]+\s+)?that\s+(?=(?:[^.]|(?<=Inc)\.|(?<=Ltd)\.|(?<=Co)\.|(?<=LLC)\."
    r"|(?:(?<=\bMs)|(?<=\bMr)|(?<=\bMrs)|(?<=\bDr)|(?<=\bSmt)|(?<=\bShri))\.(?=\s[A-Z])){0,200}?\b(?:his|her|their)\s+"
    r"(?:brother|sister|son|daughter|wife|husband|spouse|partner|father|mother|parent|child|cousin"
    r"|nephew|niece|uncle|aunt|relative|family)(?:s|-in-law)?\b)"
    # "Mayor Pro Tem Atencio recused himself from this item, stating that his employer ..." (US
    # city councils minute a conflict as a recusal, not a declaration)
    r"|recused\s+(?:himself|herself|themselves|themself)\b"
    # a conflict announced, not declared: "Commissioner Ruiz announced a potential conflict of
    # interest", "Director Hale noted an actual conflict of interest" (US special districts under
    # state ethics laws: Oregon's ORS 244 names potential and actual conflicts)
    r"|(?:announced|noted|identified|reported|acknowledged|raised|stated)\s+(?:for\s+the\s+record\s+)?"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}conflicts?\s+of\s+interest\b"
    # an abstention, a withdrawal or a recusal with the interest that called for it: "Director Lowe
    # abstained from the vote due to her employment with ...", "Cr Ahmed did not participate in
    # the discussion because of a conflict of interest", "left the meeting for this item owing to
    # his pecuniary interest" (an abstention for absence, "abstained as she was not present", is none)
    r"|(?:abstained|did\s+not\s+(?:participate|take\s+part|vote)|left\s+the\s+(?:room|meeting|chamber|dais))\b"
    rf"(?=[^.;]{{0,80}}?\b{_INTEREST_REASON})"
    # "Director Okafor stated that he has a potential conflict of interest because ..." (US
    # special district boards), "Supervisor Lindqvist announced that he has a financial interest
    # in the decision" (US county boards)
    r"|(?:stated|announced|indicated|advised|explained|noted)\s+that\s+(?:he|she|they)\s+(?:has|had|have)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:conflict\s+of\s+interest|(?:financial|pecuniary|personal|prejudicial"
    r"|material|business)\s+interest)\b"
    # an abstention with its reason: "Director Nguyen stated that he would abstain because his
    # son-in-law is employed by ..." (US special districts' boards)
    r"|(?:stated|announced|indicated|advised|explained|noted)\s+that\s+(?:he|she|they)\s+would\s+"
    r"(?:abstain|recuse)\b(?=[^.]{0,120}?\b(?:because|as|since|due\s+to)\b)"
    # what one holds or a relative is, told to the board, then the abstention it calls for:
    # "Trustee McCutcheon stated that he owns more than ten percent of ... He has filed an affidavit
    # of substantial interest ...", "President Kowalczyk stated that her brother-in-law is a part
    # owner of ... and that she would not participate", "... so that he could abstain" (US school,
    # library and hospital district minutes: the interest is never called one in the sentence)
    r"|(?:stated|announced|advised|reported|indicated|explained|informed\s+the\s+[A-Za-z]+)\s+that\s+"
    r"(?:he|she|they|his|her|their)\b(?!\s+(?:has|had|have|did|does|do)\s+(?:no|not)\b)"
    rf"(?=[\s\S]{{0,{RECUSAL_AFTER_CHARS}}}?\b(?:(?i:he|she|they)\s+(?:would|will|could|did|should|must)\s+(?:not\s+participate|abstain|recuse)"
    r"|(?:substantial|remote)\s+interest|abstained\s+from|recused\s+(?:himself|herself|themselves)|left\s+the\s+(?:room|meeting|dais)))"
    r")"
    # the sentence runs on over a decimal point and a company's abbreviation ("Coastline
    # Coatings, Inc., the apparent low bidder")
    # (only where it goes on after one: "Sierra Pipeline Constructors, Inc.\nMotion by ..." ends at it)
    # ... and over an item's number with a letter ("an interest in Item 8.B because": US boards'
    # sub-items)
    # ... and over a minute's or item's abbreviation before its number: "a pecuniary interest in Min.
    # 06/14/2025 in that ..." (Kenyan state corporations' minutes), "Item No. 7"
    # ... and over a Malaysian company's "Sdn. Bhd." ("Kinta Aggregates Sdn. Bhd., one of the tenderers")
    # ... and over a Roman item number with a letter: "on item VIII.C, as she" (US boards)
    r"(?P<rest>[^.]*(?:(?:\.(?=\d)|(?<=\d)\.(?=[A-Za-z]\b)|(?<=[IVXL])\.(?=[A-Z]\b)|(?:(?<=\bInc)|(?<=\bLtd)|(?<=\bCo)|(?<=\bCorp)|(?<=\bBhd))\.(?=\s*[,;)a-z])"
    r"|(?<=\bSdn)\.(?=\s?Bhd\b)"
    # ... and over a title's full stop before a name ("..., Ms. Kavya Venkatesh, is her niece")
    r"|(?:(?<=\bMs)|(?<=\bMr)|(?<=\bMrs)|(?<=\bDr)|(?<=\bSmt)|(?<=\bShri))\.(?=\s[A-Z])"
    r"|(?:(?<=\bMin)|(?<=\bNo))\.(?=\s?\d))[^.]*)*)\.?",
)
# The words a declaration cannot do without; _DECLARED is tried only near them. Found with
# str.find, one word at a time: the same hits as the alternation's finditer (no word is a prefix
# of another or overlaps one) at a fraction of the cost of trying 13 branches at every position
# of a pack (1.3% of ingest on the bulk corpus).
_DECLARATION_WORDS = (
    *_DECLARING.split("|"),
    "recused",
    "not take part",
    "not vote",
    "informed the",
    "abstain",
    "would recuse",
    "not participate",
    "substantial interest",
    "remote interest",
    "conflict of interest",
    *(
        f"{kind} interest"
        for kind in ("financial", "pecuniary", "personal", "prejudicial", "material", "business")
    ),
)


def _declaration_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of every declaration word in the text, in order, not overlapping."""
    hits: list[tuple[int, int]] = []
    for word in _DECLARATION_WORDS:
        at = text.find(word)
        while at >= 0:
            hits.append((at, at + len(word)))
            at = text.find(word, at + len(word))
    hits.sort()
    out: list[tuple[int, int]] = []
    for start, end in hits:
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


# How far before its verb a declaration may start: the declarers' names, titles and posts
# ("Councillors A, B (Chair), C and D", "Director Okafor stated that he has a potential"). The
# longest in the labelled sets is under 200 characters.
DECLARERS_MAX_CHARS = 600
# How far after its verb the declaration's sentence may run (to its full stop).
DECLARATION_REST_MAX_CHARS = 3000


def _declared_matches(text: str) -> Iterator[re.Match[str]]:
    """_DECLARED's matches, as `finditer` over the whole text gives them, scanning only the
    stretch before and after each word a declaration needs: the pattern tried at every position
    of a long pack was this extractor's costliest step (0.38 s over the 251 bulk PDFs, which
    hold no declaration), against a few milliseconds for the windows."""
    last_end = 0
    for hit_start, hit_end in _declaration_words(text):
        if hit_start < last_end:
            continue  # inside the last declaration
        pos = max(last_end, hit_start - DECLARERS_MAX_CHARS)
        end = min(len(text), hit_end + DECLARATION_REST_MAX_CHARS)
        m = _DECLARED.search(text, pos, end)
        while m and m.start() <= hit_start:
            yield m
            last_end = m.end()
            m = _DECLARED.search(text, last_end, end) if last_end < end else None


# (not after a title's full stop: "Mrs. Naserian ...", as Kenyan, Caribbean and Indian minutes write it)
# (nor after an item's number with a letter: "would abstain on item 7.B. Dr. Esquibel-Thorne ...")
_SENTENCE = re.compile(
    r"(?:(?<=[a-z0-9)][.;])|(?<=\d\.[A-Z]\.))(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bEng\.)(?<!\bNo\.)\s+(?=[A-Z])"
)
# the reporting words before a restated interest: "reminded the Committee that", "advised the Board that"
_LEAD_IN = re.compile(
    r"^(?:(?:reminded|advised|informed|reiterated\s+to)\s+(?:the\s+)?(?:committee|board|council|meeting|members|"
    r"trustees|governors|panel)\s+that,?\s+|(?:declared|disclosed)\s+that\s+)",
    re.I,
)


# An item's heading line: "10.a Award of Construction Contract ..." (US city council minutes),
# "7. Heritage at Risk: ...", "B24/64 Development programme" (a minute reference)
_ITEM_HEAD = re.compile(
    rf"^[ \t]*(?:\d{{1,3}}(?:\.\d{{1,3}})*\.?[a-z]?\.?|{_MINUTE_REF}\.?)[ \t]+[A-Z][^\n]*", re.M
)
# A numbered paragraph, not an item's heading: a sentence ends on its first line ("10.2 The
# Director reported ... . Members asked") or a person opens it ("10.3 Councillor Hsu asked ...")
_PARAGRAPH = re.compile(
    r"[a-z)]\.\s+[A-Z]|^\s*\S+\s+(?:Mr|Mrs|Ms|Dr|Cllr|Councillor|Councilmember|Mayor|The\s+\w+\s+(?:reported|noted|asked|said))\b"
)
# the telling of a relative's interest, not what is declared: "Dr. (Smt.) Lata Venkatesh informed
# the Syndicate that" (the declarer is the record's person)
_TOLD_THAT = re.compile(r"^.{0,120}?\binformed\s+(?:the\s+[A-Za-z]+\s+)?that\s+")
# "recused himself from this item": the item meant is the one the sentence is minuted under
_THIS_ITEM = re.compile(r"\b(?:this|the)\s+item\b(?!\s*\d)", re.I)


def _name_this_item(nature: str, text: str, pos: int) -> str:
    """ "... from this item, ..." -> "... from this item (10.a Award of ...), ...": a declaration
    made under another item names it by the heading above it."""
    m = _THIS_ITEM.search(nature)
    if not m:
        return nature
    heads = [
        h
        for h in _ITEM_HEAD.finditer(text, max(0, pos - 3000), pos)
        if not _DECL_HEADING.match(h.group(0)) and not _PARAGRAPH.search(h.group(0))
    ]
    if not heads:
        return nature
    head = " ".join(heads[-1].group(0).split()).rstrip(",;:")
    return f"{nature[: m.end()]} ({head}){nature[m.end() :]}"


def _meeting_dates(doc: Document) -> list[tuple[int, str | None]]:
    from .meetings import minute_sections

    return [(f.meeting.page, f.meeting.date) for f in minute_sections(doc)]


def _date_on(dates: list[tuple[int, str | None]], page: int) -> str | None:
    out = None
    for p, d in dates:
        if p <= page and d:
            out = d
    return out


# What a sentence under the declarations heading must mention to be a declaration: an interest,
# a post held, or a family member's ("reminded the board that her husband is a partner in ...")
_DECLARED_SUBJECT = re.compile(
    # ... or a stake: "disclosed that she is a partner of ...", "a shareholder in", "owns land at"
    r"interest|declar|member|employ|director|trustee|involved|as an?\b|partner|sharehold|\bowns?\b"
    # ... or the abstention or recusal it calls for: "disclosed that she is a clinical supervisor at
    # ... and would abstain on item 7.B" (US licensing and special district boards)
    r"|abstain|recus|conflict"
    r"|\b(?:spouse|husband|wife|son|daughter|brother|sister)\b",
    re.I,
)


# Where the declarations minute's text breaks into one paragraph per declaration: a blank line, or
# a line opening with a paragraph number ("1.2", "(a)", "(1)": English councils' minutes) or a
# declarer's title ("Councillor", "Cllr", "Cr": Australian and New Zealand councils)
_DECL_BLOCK_SPLIT = re.compile(
    r"\n\s*\n|\n(?=\s*(?:\d+\.\d+\.?\s|Councillor|Cllr|Cr\.?\s|\(?[a-z]\)\s|\(\d{1,2}\)\s"
    # "25/040.2": the minute's reference and the paragraph's number (minutes numbered year/minute);
    # "(ii)" (Kenyan state corporations' minutes number declarations in Roman numerals)
    r"|\d{2}/\d{1,3}\.\d{1,2}\.?\s|\((?:i{1,3}|iv|vi{0,3}|ix|x)\)\s))"
)


# What a sentence under the declarations minute says when it declares nothing: a member's nil
# return ("Councillor R Dunn declared no interests", "Mr Hale stated that he had no interest to
# declare": English councils' and boards' minutes), or a wish ("Ms Lowe expressed interest in
# joining the working group": "expressed an interest in item 5" is a parish minute's declaration)
_NIL_DECLARATION = re.compile(
    r"(?:declared|stated|advised|confirmed|indicated)\s+(?:that\s+(?:he|she|they)\s+(?:had|has|have)\s+)?"
    r"(?:no|nil)\b|expressed\s+interest\b",
    re.I,
)
# An adviser's ruling on a declaration, not one: "General Counsel advised that this is a
# non-financial interest that does not require recusal", "The Clerk noted that it was not a
# conflict" (US boards' counsel and clerks rule under the conflicts minute)
_RULING = re.compile(
    r"^(?:advised|noted|stated|confirmed|ruled|determined|indicated|explained)\s+(?:the\s+\w+\s+)?that\s+"
    r"(?:this|that|these|it|there|such)\s+(?:is|was|were|would|does|did|constitutes?)\b",
    re.I,
)
# a declaration paragraph's own number: "1.3", "(a)", "(2)"
_PARAGRAPH_NUMBER = re.compile(
    r"^(?:\d+\.\d+\.?|\d{2}/\d{1,3}\.\d{1,2}\.?|\(\d{1,2}\)|\(?[a-z]\)|\((?:i{1,3}|iv|vi{0,3}|ix|x)\))\s+"
)


def declarations_at_meeting(doc: Document) -> list[Interest]:
    out: list[Interest] = []
    text = doc.text
    page_starts = [0]
    for p in doc.pages[:-1]:
        page_starts.append(page_starts[-1] + len(p.text) + 2)
    dates: list[tuple[int, str | None]] | None = None

    def date_for(pos: int, page: int) -> str | None:
        nonlocal dates
        found = meeting_date_before(text, pos)
        if found:
            return found
        if dates is None:
            dates = _meeting_dates(doc)
        return _date_on(dates, page)

    # a heading _DECL_HEADING reads names declarations or disclosures: a paper holding neither word
    # is not scanned line by line (0.5% of text-only ingest on the bulk corpus, where 66 papers of
    # 250 hold one); IGNORECASE also takes "ı", "İ" (lower-cased as "i" and a combining dot) and
    # "ſ" for "i" and "s", so a paper holding one of those is scanned
    low = doc.lower_text()
    headed = "declar" in low or "disclo" in low or any(c in low for c in "ıſ\u0307")
    heads = list(_DECL_HEADING.finditer(text)) if headed else []
    if "conflict" in low:
        heads = sorted([*heads, *_CONFLICT_HEADING.finditer(text)], key=lambda h: h.start())
    for n, h in enumerate(heads):
        if re.search(r"\bregister\b|\bpaper\b|\bchair\b\s*$", h.group(0), re.I) and "\t" in h.group(0):
            continue
        start = h.end()
        tail = h.group("tail")
        if tail and any(w in tail for w in ("declared", "disclosed", "declares", "discloses")):
            # the minute runs on from its heading on the same line (two-column minutes): read it
            start = h.start("tail")
        nxt = _NEXT_HEADING.search(text, start)
        end = min(nxt.start() if nxt else len(text), start + 3000)
        # ... and at the next declarations heading: a record of decisions prints a "Declarations
        # of interest" row under each decision (English councils' Cabinet decision notices), and
        # a declaration under a later decision is that heading's, read once
        later = next((x.start() for x in heads[n + 1 :] if x.start() >= start), None)
        end = min(end, later) if later is not None else end
        if _DECIMAL_HEAD.match(h.group(0)):
            # a heading numbered "87.3" / "3.0" ends at the next so numbered line ("87.4 ...",
            # "4.0 Approval of Minutes": an agenda's list printed before the minutes)
            # ... but "3.0 DECLARATION OF INTEREST" holds its paragraphs "3.1", "3.2" (Nigerian and
            # other Commonwealth boards' minutes number a minute N.0 and its paragraphs N.1, N.2):
            # it ends at the next N.0 or another minute's number
            major = re.match(r"\s*(\d+)\.(\d+)", h.group(0))
            own = major.group(1) if major and int(major.group(2)) == 0 else None
            sib = _DECIMAL_HEAD.search(text, start, end)
            while sib and own and re.match(rf"\s*{own}\.[1-9]", sib.group(0)):
                sib = _DECIMAL_HEAD.search(text, sib.end(), end)
            end = sib.start() if sib else end
        body = text[start:end]
        page = sum(1 for s in page_starts if s <= start)
        date = date_for(h.start(), page)
        cursor = 0
        for raw in _DECL_BLOCK_SPLIT.split(body):
            # each paragraph on the page it starts on: a minute's declarations run over a page
            # break ("2.3 Er. Kelvin Ng declared ..." at the top of the next page of a minutes table)
            at = body.find(raw, cursor)
            if at >= 0:
                cursor = at + len(raw)
            block_page = sum(1 for s in page_starts if s <= start + max(at, 0) + len(raw) - len(raw.lstrip()))
            block = re.sub(r"\s+", " ", raw).strip()
            if not block or _NONE.match(re.sub(r"^\d+(?:\.\d+)*\.?\s*", "", block)):
                continue
            # two declarations in one paragraph are two records
            whole_sentences = _SENTENCE.split(block)
            sentences = [
                y
                for x in whole_sentences
                for y in re.split(rf"\s+and\s+(?=(?:{_PERSON})\s+(?:also\s+)?declared\b)", x)
                if y.strip()
            ]
            matches = [(x, _DECL_LINE.match(x)) for x in sentences]
            matches = [(x, m) for x, m in matches if m]
            if len({m.group("person") for _, m in matches}) < 2:
                whole = _DECL_LINE.match(block)
                # a paragraph opening "No new declarations were made." and going on "Mr X
                # reminded governors that his partner ...": the sentence that names a declarer
                # (a whole sentence: "A, B and Mr C declared ..." is read below, one record each)
                own = [(x, m) for x, m in matches if x in whole_sentences]
                matches = [(block, whole)] if whole or not own else own[:1]
            for sentence, m in matches:
                if (
                    not m
                    or not _DECLARED_SUBJECT.search(sentence)
                    or _NIL_DECLARATION.match(m.group("nature"))
                    or _RULING.match(m.group("nature"))
                ):
                    continue
                nature = m.group("nature").strip().rstrip(".;")
                # what was declared, without the telling of it: "reminded the Committee that his
                # wife is ..." -> "his wife is ...", and the chair's ruling after it
                nature = _LEAD_IN.sub("", nature)
                if len(matches) == 1 and sentence is block:
                    nature = _SENTENCE.split(nature)[0].rstrip(".")
                nature = re.sub(r"^as\s+(?:an?\s+)?", "", nature, flags=re.I)
                if re.fullmatch(r"[A-Z]{2,3}", m.group("person")):
                    nature = sentence.strip()  # initials: the sentence says who and what
                    nature = re.sub(r"^\(?[a-z]\)\s+", "", nature)
                person, office = _declarer(m.group("person").strip())
                out.append(
                    Interest(
                        person=person,
                        declared_on=date,
                        role=office,
                        organisation=None,
                        nature=nature,
                        category="declared-at-meeting",
                        # a declaration at a meeting is in no register (SCHEMA: register null); the
                        # minute it was made under is kept in notes
                        register=None,
                        page=block_page,
                        notes=f"declared under: {' '.join(text[h.start() : start].split()) or ' '.join(h.group(0).split())}",
                    )
                )
    out += [r for r in _registry_entries(doc) if (r.person, r.page) not in {(i.person, i.page) for i in out}]
    # declarations made under other items: "Cllr Smith declared a personal interest in ..."
    seen = {(i.person, i.page) for i in out}
    seen_people = {i.person for i in out}
    for m in _declared_matches(text):
        page = sum(1 for s in page_starts if s <= m.start())
        for person in re.split(r"\s*,\s*|\s+and\s+", m.group("person").strip()):
            name, office = _declarer(re.sub(r"\s+", " ", person))
            # "The General Manager, Mr Craig Dwyer, declared": the post named before the name
            office = office or m.group("apposed")
            if (name, page) in seen or name in seen_people:
                continue
            seen.add((name, page))
            out.append(
                Interest(
                    person=name,
                    declared_on=date_for(m.start(), page),
                    role=office,
                    organisation=None,
                    nature=_name_this_item(
                        _TOLD_THAT.sub(
                            "", _PARAGRAPH_NUMBER.sub("", re.sub(r"\s+", " ", m.group(0)).strip()), count=1
                        ),
                        text,
                        m.start(),
                    ),
                    category="declared-at-meeting",
                    register=None,
                    page=page,
                )
            )
    return out


# A registry of the declarations made at meetings over a year, one entry a paragraph: "Trustee
# Amrit Sandhu — Regular Meeting of the Board, January 27, 2025 — Item 7.3, Award of Tender ..."
# over "Nature of interest: Indirect pecuniary interest; the trustee's spouse is employed by ...
# The trustee left the meeting for the item and did not vote." (Ontario school boards' and
# municipalities' registries under the Municipal Conflict of Interest Act, s. 6.1)
_REGISTRY_ENTRY = re.compile(
    r"^(?P<office>Trustee|Councillor|Member|Director)\s+(?P<person>[A-Z][\w'’.()-]*(?:\s+[A-Z][\w'’.()-]*){1,3})"
    r"\s+[—–]\s+[^—–\n]{3,120}?,\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\s+[—–]\s+\S[^\n]*\n"
    r"(?i:nature\s+of\s+(?:the\s+)?interest)\s*:\s*(?P<nature>[^\n]+(?:\n(?![A-Z][a-z]+\s+[A-Z][^\n]*\s[—–]\s)[^\n]+){0,3})",
    re.M,
)


def _registry_entries(doc: Document) -> list[Interest]:
    """The entries of a registry of declarations made at meetings (`_REGISTRY_ENTRY`): the
    declarer, the meeting's date, and the interest as its first sentence says it."""
    out: list[Interest] = []
    for page in doc.pages:
        if "nature of" not in page.text.lower():
            continue
        for m in _REGISTRY_ENTRY.finditer(page.text):
            nature = " ".join(m.group("nature").split())
            nature = re.split(r"(?<=[a-z)])\.\s+(?=The\s|He\s|She\s|They\s)", nature)[0].rstrip(".") + "."
            out.append(
                Interest(
                    person=" ".join(m.group("person").split()),
                    declared_on=iso_date(m.group("date")) or m.group("date"),
                    role=m.group("office"),
                    organisation=None,
                    nature=nature,
                    category="declared-at-meeting",
                    register=None,
                    page=page.number,
                )
            )
    return out


# The titles a declarer is minuted by, besides strip_honorifics' list: "The Rt Revd", "Baroness",
# and US civic offices ("Mayor Pro Tem Atencio"): the office is the person's role
_OFFICE = re.compile(
    r"^\s*(?P<office>Mayor(?:\s+Pro\s+Tem(?:pore)?)?|Vice\s+Mayor|Deputy\s+Mayor|Council\s?(?:member|woman|man)"
    r"|Commissioner|Supervisor|Alder(?:man|woman|person)|Director|Trustee|Regent"
    r"|(?:Vice[\s-]+)?(?:President|Chair(?:man|woman|person)?)|Secretary|Treasurer)\s+(?=[A-Z])"
)
_STYLE = re.compile(
    r"^\s*(?:The\s+)?(?:(?:Rt|Right|Very)\.?\s+)?(?:(?:Lord|Lady|Baroness|Hon\.?|Shri|Smt\.?|Sri|Kum\.?|Member"
    rf"|{_PROFESSIONAL_STYLES}|{_MALAY_STYLES})\s+)*(?=\S)"
)
# a second title in brackets after the first: "Dr. (Smt.) Lata Venkatesh"
_BRACKETED_TITLE = re.compile(r"^\((?:Smt|Shri|Sri|Kum|Mrs|Ms|Miss)\.?\)\s+")


def _declarer(person: str) -> tuple[str, str | None]:
    """A declarer's name without titles (SCHEMA), and the office a title names."""
    m = _OFFICE.match(person)
    office = " ".join(m.group("office").split()) if m else None
    if office is None and re.match(r"^\s*(?:Councillor|Cllr\.?|Cr\.?)\s", person):
        office = "Councillor"  # the member's office when the attendance list gives no other
    name = strip_honorifics(_STYLE.sub("", person[m.end() :] if m else person, count=1))
    name = strip_honorifics(_STYLE.sub("", _BRACKETED_TITLE.sub("", name), count=1))
    return (name or person), office


def _surname_key(name: str) -> str:
    """The last word of a name, folded as the people layer folds names ("Ó Murchú" = "O Murchu",
    "O’Hara" = "O'Hara"); a hyphenated surname stays one key ("osei bonsu")."""
    return fold(name.split()[-1]) if name.split() else ""


# A declarer named by initials, as the attendance list introduces them: "Paul Dinsdale (PD)",
# "Fiona MacLeod-Hart (FMH)", "James McKenzie (JMcK)" (housing association and NHS committee
# minutes: "PD declared an interest in item ...")
_INITIALS = re.compile(r"^[A-Z](?:[A-Z]|[a-z](?=[A-Z])){1,4}$")


def _initials_of(name: str) -> set[str]:
    """The ways a name is initialled: each word's first letter, hyphened and O'-names as two
    words ("AOB", "MOD"), or every capital ("JMK" for "James McKenzie")."""
    plain = strip_honorifics(name)
    words = re.split(r"[\s'’-]+", plain)
    return {"".join(w[0] for w in words if w).upper(), "".join(ch for ch in plain if ch.isupper())}


# a name given as initials and a surname: "D. O'Neill", "A.J. Varghese"
_INITIAL_NAME = re.compile(r"^([A-Z])\.\s?(?:[A-Z]\.\s?)?[A-Z][\w'’-]+$")


def _name_from_initials(i: Interest, attendance: list[Attendance]) -> None:
    """The declarer's name and role from the one attendee of that meeting with those initials."""
    caps = "".join(ch for ch in i.person if ch.isupper())
    same = {
        a.name: a
        for a in attendance
        if (not i.declared_on or not a.meeting_date or a.meeting_date == i.declared_on)
        and caps in _initials_of(a.name)
    }
    if len(same) == 1:
        a = next(iter(same.values()))
        # the list's "(PD)" may lead the role the attendance reader kept
        i.person, i.role = a.name, re.sub(r"^\(\w+\)\s*", "", a.role or "") or None


def roles_from_attendance(interests: list[Interest], attendance: list[Attendance]) -> None:
    """A declarer's role is the one the attendance list gives them (minutes name a declarer by
    title and surname: "Mr Pennant declared ..."; the list "Rhodri Pennant, Non-executive
    director"). Only a surname that one person of that meeting's attendance carries, and
    whose forenames agree with any the declaration gives."""
    for i in interests:
        at_meeting = i.category == "declared-at-meeting" or AT_MEETING_NOTE in (i.notes or "")
        if at_meeting and len(i.person.split()) == 1 and not _INITIALS.match(i.person):
            # "Commissioner Lindahl disclosed ...": the surname alone; the one attendee of that
            # meeting who bears it gives the full name (US boards' minutes name members by office
            # and surname; SCHEMA: the name without titles)
            full = {
                strip_honorifics(a.name)
                for a in attendance
                if _surname_key(a.name) == _surname_key(i.person)
                and (not i.declared_on or not a.meeting_date or a.meeting_date == i.declared_on)
            }
            if len(full) == 1:
                i.person = next(iter(full)) or i.person
        if not at_meeting or (i.role and i.role != "Councillor"):
            continue
        if _INITIALS.match(i.person):
            _name_from_initials(i, attendance)
            continue
        key = _surname_key(i.person)
        initials = _INITIAL_NAME.match(i.person)
        if initials:
            # "D. O'Neill declared ...": the one attendee of that surname with that first initial
            # gives the full name, and the role when the list has one (Canadian and Australian
            # boards' minutes name directors by initial)
            full = {
                a.name: a
                for a in attendance
                if _surname_key(a.name) == key
                and strip_honorifics(a.name)[:1] == initials.group(1)
                and (not i.declared_on or not a.meeting_date or a.meeting_date == i.declared_on)
            }
            if len(full) == 1:
                a = next(iter(full.values()))
                i.person, i.role = strip_honorifics(a.name), a.role or i.role
            continue
        same = [
            a
            for a in attendance
            if a.role
            and _surname_key(a.name) == key
            and (not i.declared_on or not a.meeting_date or a.meeting_date == i.declared_on)
        ]
        if len({a.name for a in same}) != 1:
            continue
        # "Dr Saoirse Kavanagh" from a table: the forenames given agree, folded as the surname is
        # (a patronymic folds to two words: "Ravindran s/o Krishnan" -> "ravindran s o krishnan")
        given = [
            g
            for w in strip_honorifics(i.person).split()[:-1]
            for g in (fold(w).split() if "/" in w else [fold(w)])
        ]
        if given and not all(g in fold(same[0].name).split() for g in given):
            continue
        i.role = same[0].role


# A grid cell's line that names no interest: "Retired", "Retired police officer (pension)" (no
# employment; no body named), "Nil – carer", "None (spouse)"
# ... "N/A – full-time employee of the College" (the column does not apply to a staff member: South
# African TVET college councils' grids)
_GRID_NO_ENTRY = re.compile(r"^(?:retired\b[^,;]*|(?:nil|none|n/a)\s*[-–—:(].*)$", re.I)


# ... or the title in the other order, opening a line at the head of the page: "Interests
# Register – Board of Trustees", "Members' Interests Register 2025" (NZ and Australian bodies'
# registers read from member cards and tables); a line of prose saying "the interests register
# is kept ..." is further down the page, so only the page's head is read
_INTERESTS_REGISTER_LINE = re.compile(r"^[ \t]*(?:[\w'’-]+ ){0,2}?interests?\s+register\b[^\n]*", re.I | re.M)
# the head of the page the title is sought in: its first this many characters (running head,
# title and subtitle of the registers read: under 300)
_REGISTER_HEAD_CHARS = 400


def _page_register(doc: Document, page: int, seen: dict[int, str | None]) -> str | None:
    """The register's title printed on a page ("Register of Members' Interests"), read once per page."""
    if page not in seen:
        text = doc.page(page).text
        m = _REGISTER_LINE.search(text)
        head = text[:_REGISTER_HEAD_CHARS]
        if m is None and "register" in head.lower():
            m = _INTERESTS_REGISTER_LINE.search(head)
        seen[page] = " ".join(m.group(0).split()) if m else None
    return seen[page]


def grid_registers(doc: Document) -> list[Interest]:
    """Registers printed as a grid, one column per category (see `interest_grid`): one record
    per entry of a cell; the entry as printed is the nature, the body it names left in it."""
    out: list[Interest] = []
    registers: dict[int, str | None] = {}
    last_register: str | None = None
    for e in grid_entries(doc, INTEREST_SPEC):
        if _NIL.match(e.text) or _NO_ENTRY.match(e.text) or _GRID_NO_ENTRY.match(e.text):
            continue
        # a grid run on over pages repeats its header row, not the register's title: a page
        # without one is still the titled register's (landscape grids of two pages or more)
        last_register = _page_register(doc, e.page, registers) or last_register
        out.append(
            Interest(
                person=e.person,
                declared_on=iso_date(e.declared_on) or e.declared_on,
                role=e.role,
                organisation=None,
                nature=e.text,
                category=e.category,
                register=last_register,
                page=e.page,
                notes=f"column: {e.category_label}",
            )
        )
    return out


def band_registers(doc: Document) -> list[Interest]:
    """Registers grouped under a band per member, the table's columns naming the interest (see
    `interest_member_bands`): one record per row; a relative's entry ("Spouse employed as
    ...") is indirect."""
    out: list[Interest] = []
    registers: dict[int, str | None] = {}
    for e in band_entries(doc, INTEREST_SPEC):
        text = e.nature or e.organisation or ""
        if _NIL.match(text) or _NO_ENTRY.match(text) or _NIL.match(e.organisation or "-"):
            continue
        category = interest_category(e.category) if e.category else None
        if category is None and FAMILY_ENTRY.match(e.nature or ""):
            category = "indirect"
        out.append(
            Interest(
                person=e.person,
                declared_on=iso_date(e.declared_on) or e.declared_on,
                role=e.role,
                organisation=e.organisation,
                nature=e.nature,
                category=category,
                register=_page_register(doc, e.page, registers),
                page=e.page,
            )
        )
    return out


def transposed_registers(doc: Document) -> list[Interest]:
    """Registers printed with the members across the top and the categories down the side
    (see `interest_transposed`): one record per entry of a cell, split into role and body
    where it reads "Role, Body"; the row's heading is the category."""
    out: list[Interest] = []
    registers: dict[int, str | None] = {}
    for e in transposed_entries(doc):
        if _NIL.match(e.text) or _NO_ENTRY.match(e.text) or _GRID_NO_ENTRY.match(e.text):
            continue
        org, nature = _role_and_body(e.text)
        out.append(
            Interest(
                person=e.person,
                declared_on=None,
                role=e.role,
                organisation=org,
                nature=nature,
                category=e.category,
                register=_page_register(doc, e.page, registers),
                page=e.page,
                notes=f"type of interest: {e.category_label}",
            )
        )
    return out


def _member_forms(doc: Document) -> list[FormEntry]:
    """Members' declarations printed per member: read by the entries' font (statutory forms,
    `interest_member_forms`) or as headings (members' tables of bodies), whichever
    `interest_member_forms.preferred_reading` keeps; or one ruled box per member read from the
    page's tables (`interest_boxed_forms`) when that names more members, or as many and holds as
    many entries or more."""
    reading = preferred_reading(heading_entries(doc), member_form_entries(doc))
    boxed = boxed_form_entries(doc)
    members, others = len({e.person for e in boxed}), len({e.person for e in reading})
    if boxed and (members > others or (members == others and len(boxed) >= len(reading))):
        return boxed
    if boxed and members == others:
        # the headings' reading cut the boxes' cells at their wrapped lines ("... at Derwent
        # Pumps" / "Ltd, which services ..."): every answer it read is in the boxes' answers
        # ... and at least one of its pieces is a wrapped line's tail, not an entry (it opens in
        # lower case or with a company's legal form): where its pieces are whole entries, a box
        # holding several was split rightly and the headings' reading stands
        inside = " ".join(" ".join(e.answer.split()) for e in boxed)
        cut = any(_WRAPPED_TAIL.match(e.answer) or _LEGAL_FORM_FIRST.match(e.answer) for e in reading)
        if cut and all(" ".join(e.answer.split()) in inside for e in reading):
            return boxed
    return reading


# the words that name the kind of interest in a heading itself
_KIND_WORDS = re.compile(r"pecuniary|financial|indirect", re.I)


def _form_category(heading: str | None) -> str | None:
    """A form's section heading as a kind of interest where it names one the way a grid's column
    header does ("Employment, profession and business activities" pecuniary, "Interests of
    spouse, common-law partner or dependent children" indirect: directors' annual declaration
    forms with numbered sections); else the heading as printed, and as printed where its own words
    say the kind ("Schedule 1 – Financial interests: ...")."""
    if not heading or _KIND_WORDS.search(heading):
        return heading or None
    kind = column_category(heading)
    return kind if kind not in (None, "other") else heading


def form_registers(doc: Document, headings: bool = False) -> list[Interest]:
    """Registers printed as one label | answer form per person (see `interest_forms`): one
    record per entry of an answer, the heading as printed the category; "None" answers and
    "Retired" (no employment) declare nothing."""
    out: list[Interest] = []
    registers: dict[int, str | None] = {}
    # declarations printed as headings and indented answers: a fallback (`extract_interests`)
    entries = _member_forms(doc) if headings else form_entries(doc)
    # a paper of members' forms titled as a whole ("Directors' Annual Declarations of Interests –
    # 2025") and no "Register of ..." line on the forms' pages: the paper's title is the register's
    paper_title = _register_paper_title(doc) if entries else None
    # the form's answer column (or box) is one width for every member: its longest line
    width = max((len(x) for e in entries if e.organisation is None for x in e.answer.splitlines()), default=0)
    for e in entries:
        # a row of an organisation | nature table is one entry, the body in its own cell
        for entry in [e.answer] if e.organisation is not None else _cell_entries(e.answer, width):
            if _NIL.match(entry) or _NO_ENTRY.match(entry) or _header_row(e.category, entry):
                continue
            out.append(
                Interest(
                    person=e.person,
                    declared_on=iso_date(e.declared_on) or e.declared_on,
                    role=e.role,
                    organisation=e.organisation or _entry_organisation(entry),
                    nature=entry,
                    category=_form_category(e.category),
                    register=_page_register(doc, e.page, registers) or paper_title,
                    page=e.page,
                )
            )
    return out


def member_table_registers(doc: Document) -> list[Interest]:
    """The records of a register printed one member's table under each member's heading
    (`interest_member_tables`)."""
    out = []
    registers: dict[int, str | None] = {}
    for e in member_table_entries(doc, INTEREST_SPEC):
        out.append(
            Interest(
                person=e.person,
                declared_on=iso_date(e.declared_on) or e.declared_on,
                role=e.role,
                organisation=e.organisation,
                nature=e.nature,
                category=table_category(e.category, interest_category),
                register=_page_register(doc, e.page, registers),
                page=e.page,
            )
        )
    return out


def extract_interests(doc: Document) -> list[Interest]:
    return _full_names_of_initials(_extract_interests(doc))


def _extract_interests(doc: Document) -> list[Interest]:
    found = _registers_and_declarations(doc)
    # registers printed one member's table under each member's heading (`interest_member_tables`):
    # kept only where they read more register rows than every other reading of the document (a
    # register of category rows per member, or one the sections and list readers read, is theirs)
    member_tables = member_table_registers(doc)
    if member_tables and _sound_rows(member_tables) >= _sound_rows(found):
        return member_tables + _other_tables(found, member_tables) + declarations_at_meeting(doc)
    return found


# A member named by initials and surname: "Y. Banda", "C. M. Lungu", "M.C. Bwalya"
_INITIALLED = re.compile(r"^(?:[A-Z]\.\s*){1,3}[A-Z][\w'’-]+$")


def _full_names_of_initials(records: list[Interest]) -> list[Interest]:
    """A record naming its member by initials and surname takes the full name another record of
    the document gives the member, where exactly one name has that surname and whole forenames
    those initials open: registers whose members' statements print the full name and whose
    appended table of the declarations made at meetings prints "Mr. Y. Banda" (Commonwealth
    statutory boards)."""
    full = {
        name: parse_name(name)
        for r in records
        if r.person and not _INITIALLED.match(name := strip_honorifics(r.person))
    }
    for r in records:
        written = strip_honorifics(r.person or "")
        if not _INITIALLED.match(written):
            continue
        short = parse_name(written)
        same = [
            name
            for name, p in full.items()
            if p.forename
            and p.surname_key == short.surname_key
            and len(p.initials) >= len(short.initials)
            and forenames_compatible(short, p)
        ]
        if len(same) == 1:
            r.person = same[0]
    return records


def _other_tables(found: list[Interest], member_tables: list[Interest]) -> list[Interest]:
    """The rows other readers read of a table the members' tables leave out (the staff's table
    of the register, one row per entry, under the members' cards): rows of persons the members'
    tables do not name, whose entries they do not hold."""
    # (names padded with spaces, so that one name inside another is matched on whole words: "Ann
    # Lee" is not in "Joann Leeds"; a record with no person names no one)
    named = {f" {n} " for r in member_tables if (n := _words_of(r.person))}
    said = {(_words_of(r.organisation), _words_of(r.nature)) for r in member_tables}

    def named_by_tables(person: str) -> bool:
        # (a member's name read with their post or seat after it is a member the tables name)
        padded = f" {_words_of(person)} "
        return any(n in padded or padded in n for n in named)

    return [
        r
        for r in found
        if r.category != "declared-at-meeting"
        and r.person
        and not named_by_tables(r.person)
        and (_words_of(r.organisation), _words_of(r.nature)) not in said
    ]


# A reading's record that is a table's header row taken for an entry ("Particulars", "Type of
# interest"), or the tail of a wrapped cell taken for one ("a spouse": entries open with a capital
# or a digit); not counted when readings of one register are weighed
_LABEL_AS_ENTRY = re.compile(
    r"^(?:(?:type|nature|category|kind)\s+of\s+(?:registrable\s+|registered\s+)?interest|particulars|details\b)",
    re.I,
)
_WRAPPED_TAIL = re.compile(r"^[a-z]")
# A member's table's caption row read as a category and its answer: "Category of interest (Second
# Schedule) | Particulars" over each member's numbered categories (statutory boards' forms, one
# boxed table per member), the answer's caption also written out ("Details of interest declared",
# "Particulars of interests registered": Northern Ireland public bodies' forms)
_CAPTION_ANSWER = re.compile(
    r"^\s*(?:(?:particulars|details|description|entries|nature)(?:\s+of\s+(?:the\s+)?interests?)?"
    r"(?:\s+(?:declared|registered|held))?|interests?(?:\s+(?:declared|registered|held))?"
    # "Registered interest" (Scottish registers' caption over the answers)
    r"|(?:registered|declared)\s+interests?)\s*$",
    re.I,
)


# The answer columns' captions of the model register-of-interests form ("Interest | Yourself |
# Your spouse or civil partner, or person you live with as such": English councils' and national
# park authorities' Part 1 tables), read as a row under the caption "Interest"; the spouse's
# caption wraps, its last line read alone
_ANSWER_COLUMN_CAPTION = re.compile(
    r"^\s*(?:yourself|(?:your\s+)?spouse\b.*|(?:or\s+)?(?:a\s+)?person\s+you\s+live\s+with\s+as\s+such)\s*$",
    re.I,
)


def _header_row(category: str | None, answer: str) -> bool:
    if _ANSWER_COLUMN_CAPTION.match(answer) and _words_of(category) in ("interest", "interests"):
        return True
    return bool(_CAPTION_ANSWER.match(answer) and _LABEL_AS_ENTRY.match(category or ""))


def _sound_rows(records: list[Interest]) -> int:
    """Register rows of a reading that are entries: not declarations at a meeting, not a header
    row or a wrapped cell's tail read as an entry."""
    return sum(
        r.category != "declared-at-meeting"
        and not _WRAPPED_TAIL.match(r.nature or "")
        and not _LABEL_AS_ENTRY.match(r.nature or "")
        and not _LABEL_AS_ENTRY.match(r.category or "")
        for r in records
    )


def _words_of(text: str | None) -> str:
    return " ".join((text or "").lower().split())


# The title of a paper that is a register: among the first lines of its first page (the read
# one: the fourth), a line of at most TITLE_WORDS words, not an agenda item's number, naming
# statements / a register / declarations of interests ("STATEMENTS OF INTERESTS OF BOARD MEMBERS
# FOR THE YEAR 2025", "Register of Members' Interests")
TITLE_LINES = 8
TITLE_WORDS = 14
_REGISTER_PAPER_TITLE = re.compile(
    r"^(?!\d)(?:.*\s)?(?:registers?|statements?|declarations?|disclosures?|returns?)\s+of\s+"
    r"(?:[\w'’]+\s+){0,3}interests?\b",
    re.I,
)


def _register_paper_title(doc: Document) -> str | None:
    """The title line of a paper titled as a register of interests (see above), if it is one."""
    if not doc.pages:
        return None
    lines = [" ".join(t.split()) for t in doc.pages[0].text.splitlines() if t.strip()][:TITLE_LINES]
    return next(
        (ln for ln in lines if len(ln.split()) <= TITLE_WORDS and _REGISTER_PAPER_TITLE.match(ln)), None
    )


def _titled_register(doc: Document) -> bool:
    """Whether the paper is titled as a register of interests (see above): a board pack or minutes
    whose prose names members (reports, minutes' discussion) is not one."""
    return _register_paper_title(doc) is not None


def _registers_and_declarations(doc: Document) -> list[Interest]:
    registers = (
        interests_from_tables(doc)
        + grid_registers(doc)
        + transposed_registers(doc)
        + band_registers(doc)
        + person_block_registers(doc, INTEREST_SPEC, _records_nothing)
        + statutory_forms(doc)
        + form_registers(doc)
    )
    at_meeting = declarations_at_meeting(doc)
    if registers:
        # a registry in two parts: a table of the declarations made at meetings, then each
        # member's annual statement under the form's recurring labels on pages of their own
        # (Ontario school boards' registries under the MCIA): the sections' reader reads the
        # statements; what it reads that no register reader read (another reading of the same
        # register repeats its entries' words) is added
        said = [_words_of(r.nature or r.organisation) for r in registers]
        # (likewise a table of the declarations made at meetings after the members' statements
        # summarised in prose, a paragraph each: statutory boards' published statements,
        # `interest_statements.prose_statements`)
        rest = [
            r
            for r in labelled_member_sections(doc) or (_titled_register(doc) and prose_statements(doc)) or []
            if not any(_words_of(r.nature) in s or (s and s in _words_of(r.nature)) for s in said)
        ]
        return registers + rest + at_meeting
    # members' declarations printed per member, a heading or name label over their interests:
    # read only when no other register reader found anything, as their layouts hold the same
    # cues. Such a register (two members or more) is the paper: the words of its preface ("each
    # member's declaration of interests ...") are no declaration at a meeting.
    # A register printed one section per member under the form's recurring category labels
    # (`interest_sections`) is read so when the headed forms' reader found nothing or took that
    # register's labels for entries (`interest_sections.prefer_sections`).
    # Last, a register printed as one list of entries per member with no category labels, in
    # flowing text columns (`interest_member_lists`: its entries are list-shaped, "Nature –
    # Organisation (date)" or "Organisation (role)"), else a register whose members are sections
    # of prose or lines under name headings (both read only when the headed forms above found
    # nothing: their members are headings too)
    # (or under untitled names in one style, in flowing text columns: interest_section_columns)
    sections = labelled_member_sections(doc) or flowing_member_sections(doc)
    headed = form_registers(doc, headings=True)
    if prefer_sections(sections, headed):
        return sections + at_meeting
    if headed:
        # minutes with the register's notifications appended (standards committees' minutes
        # noting members' forms received): the declarations made at the meeting are on the pages
        # before the forms', where no preface of the register is
        first = min(r.page for r in headed)
        return headed + [d for d in at_meeting if d.page < first]
    # ... last, members' statements with numbered run-in categories (`interest_statements`)
    # ... and, when none of them read anything, registers printed one member at a time in other
    # shapes (`interest_member_generic`: a name line, its post and date, the member's entries)
    return (
        member_list_registers(doc)
        or member_section_registers(doc)
        or statement_registers(doc)
        or generic_member_registers(doc)
        # ... or, last, members' principal and ancillary positions in prose (`interest_positions`)
        or position_registers(doc)
    ) + at_meeting

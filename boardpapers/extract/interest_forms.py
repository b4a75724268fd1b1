"""Registers of interests printed as one key/value form per person.

Family: registers where each member's declaration is a two-column form, label | answer, the
labels being the register's headings rather than column headers: national museums' and NDPBs'
trustee registers ("Name of Trustee: ..." / "Position" / "1. Remunerated employment ..." /
"Date of declaration"), school and college governors' declaration forms ("Name of governor" /
"Business interests" / "Date"), charity trustees' annual declarations ("Trustee name" /
"Directorships" / "Signed"). The person is the answer of a name label, the categories are the
labels that are not the person's particulars, and an answer of "None" declares nothing.

The generic table readers need a header row naming the fields; a form has none, so its rows
are read one label at a time. Forms with a member column and a spouse column (English
councils' statutory notification forms, three columns and more) are `interests.statutory_forms`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..layout import is_heading, layout_of
from ..layout.lines import Line, em, group_lines, line_from_spans
from ..layout.tables import COLUMN_SLACK, Grid, grid_cells, header_cells, join_wrapped
from ..model import Document
from ..table_headers import register_page
from .attendance import HONORIFIC, HONORIFIC_RE, PARTICLES, strip_honorifics
from .interest_grid import capacity_of
from .interest_nil import NIL_PHRASE

# The label that names the person the form is about: "Name of Trustee:", "Name of governor",
# "Trustee name", "Member's name", "Name" — with the name after a colon in the same cell or in
# the next cell.
# A label printed in two languages, the other language's words before a slash: "Enw / Name:",
# "Dyddiad / Date:" (Welsh bodies' bilingual forms), "Nom / Name" (Canadian federal and New
# Brunswick forms), "Ainm / Name" (Irish): the words before the slash are passed over
_OTHER_LANGUAGE = r"(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*/\s*)?"
_PERSON_LABEL = re.compile(
    r"^\s*"
    + _OTHER_LANGUAGE
    # the body's own word may stand before "member": "Name of Council member", "Name of
    # Authority member", "Name of Committee member" (colleges' and authorities' forms); not before
    # the other words ("Name of Contact Officer: ..." heads a report's contact, not a member)
    + r"(?:(?:full\s+)?name(?:\s+of\s+(?:the\s+)?(?:(?:[A-Za-z]+\s+)?member|trustee|governor|director|"
    r"councillor|declarant|commissioner|non-executive(?:\s+director)?|officer))?"
    r"|(?:trustee|member|governor|director|councillor|declarant)['’]?s?\s+name)\s*:?\s*(?P<rest>.*)$",
    re.I,
)
# The person's particulars: their post, how they came to the board, the form's date and
# signature. Not interests.
# ("Office" alone, a form's label beside the member's name: "Name ... | Office | Chair")
_ROLE_LABEL = re.compile(r"^\s*(?:position|role|post|office(?:\s+held)?(?!\s*\w)|designation|title)\b", re.I)
# the same with the body's word before it: "Board position", "Council role"
_QUALIFIED_ROLE_LABEL = re.compile(r"^\s*(?:[A-Za-z]+\s+)?(?:position|role|office\s+held)\b", re.I)
_DATE_LABEL = re.compile(
    r"^\s*(?:date(?:\s+of\s+(?:declaration|notification|registration|return|signature))?|date\s+(?:signed|"
    r"declared|registered|updated)|last\s+updated)\s*:?\s*$",
    re.I,
)
_PARTICULAR_LABEL = re.compile(
    r"^\s*(?:basis\s+of\s+appointment|appointed|appointment|term\s+of\s+office|date\s+appointed|"
    r"signed|signature|declaration|committees?|address|email|telephone|"
    # how the member sits on the board: "Category of membership" (Australian university councils)
    r"(?:category|class|type)\s+of\s+(?:membership|member|appointment))\b",
    re.I,
)
# A form's heading numbered as the statute or policy numbers it: "1. Remunerated employment",
# "(b) Directorships", "3) Shareholdings"
_NUMBERED = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-h]\))\s+")
# The words a register's un-numbered headings use (ones a form may hold without numbers):
# employment, directorships, shareholdings, memberships, gifts and hospitality, land, contracts,
# sponsorship, family members' interests, and the word "interests" itself.
_CATEGORY_WORDS = re.compile(
    r"employment|directorships?|shareholdings?|securities|memberships?|gifts?|hospitality|land|"
    r"propert(?:y|ies)|contracts?|sponsorship|tenanc|spouse|partner|family|interests?|consultanc|"
    r"trusteeships?|charit|political|business|investments?|loyalt|"
    # the statutory headings of Scottish public bodies' and Irish state boards' registers:
    # "Remuneration", "Related undertakings", "Houses, land and buildings", "Interest in shares",
    # "Occupational income", "Travel facilities"
    r"remunerat|undertakings?|shares|income|travel|houses|buildings|occupation|"
    # the Councillors' Code of Conduct's (Scotland) categories as registers print them:
    # "Category Two: Other Roles", "Category Four: Election Expenses"
    r"other\s+roles|election\s+expenses|"
    r"^\s*category\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.I,
)
# A form has at least this many category rows: one labelled pair could be anything (a form's
# "Name: ... / Position: ..." header band over an ordinary table).
MIN_CATEGORY_ROWS = 2


@dataclass
class FormEntry:
    """One category answer of one person's form: the answer cell as printed."""

    person: str
    role: str | None
    declared_on: str | None
    category: str
    answer: str
    page: int
    # the body named in its own column of a form's organisation | nature table (the answer is then
    # the nature column): None when the answer is one cell of text
    organisation: str | None = None


def _pairs(doc: Document) -> Iterator[tuple[int, str, str]]:
    """(page, label, answer) per row of a two-column table; a row with one filled cell gives
    an empty answer (a name label carrying its name after a colon). A one-column box whose
    first row is a numbered heading gives the heading and the rows under it as one answer
    (`_stacked`)."""
    for page in doc.pages:
        for tab in page.tables:
            width = max((len(r) for r in tab.rows), default=0)
            if width == 1:
                if pair := _stacked(tab.rows):
                    yield page.number, *pair
                continue
            if width != 2:
                continue
            for r in tab.rows:
                label, answer = (r[0] or "").strip(), (r[1] or "").strip()
                if label:
                    yield page.number, label, answer


def _stacked(rows: list[list[str | None]]) -> tuple[str, str] | None:
    """A declaration form printed as one box per category, the heading over the answer
    ("2. Directorships (remunerated or not, ...)" / "Director, ... Ltd" / "Trustee, ..."):
    university courts' and councils' member declarations, NDPB board members' forms. Only a
    numbered heading counts: a one-column table is otherwise any boxed text."""
    cells = [(r[0] or "").strip() for r in rows if r]
    if len(cells) < 2 or not _NUMBERED.match(cells[0]):
        return None
    return cells[0].split("\n")[0], "\n".join(c for c in cells[1:] if c)


def _person(label: str, answer: str) -> str | None:
    m = _PERSON_LABEL.match(label)
    if not m:
        return None
    name = (m.group("rest") or answer).strip()
    return strip_honorifics(" ".join(name.split())) or None if name else None


def _is_category(label: str) -> bool:
    return bool(_NUMBERED.match(label) or _CATEGORY_WORDS.search(label))


def _label(label: str) -> str:
    """The heading as printed, number dropped and wrapped lines joined."""
    return " ".join(_NUMBERED.sub("", label).split())


# The date a member signed their form printed as a line under it, not in the form's table:
# "Signed: [signature redacted]   Date: 2 October 2024", "Date signed: 23/09/2024"
_SIGNED_DATE = re.compile(
    r"\bdate(?:\s+(?:signed|of\s+(?:declaration|signature)))?\s*:\s*"
    r"(?P<d>\d{1,2}(?:st|nd|rd|th)?[\s./-]+(?:[A-Za-z]{3,9}|\d{1,2})[\s./-]+\d{2,4}"
    # the month first, as North American forms print it: "Date: September 18, 2024"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})",
    re.I,
)


def _signed_dates(doc: Document, forms: list[list[FormEntry]]) -> None:
    """A form with no date field takes the signature line's date printed on the page where its
    last box is: the forms ending on a page take that page's signed dates in order, when there
    are as many of them as forms (university courts' and boards' declaration forms printed one
    or two to a page)."""
    ending: dict[int, list[list[FormEntry]]] = {}
    for form in forms:
        ending.setdefault(form[-1].page, []).append(form)
    for page, group in ending.items():
        if all(e.declared_on for f in group for e in f):
            continue
        dates = [m.group("d") for m in _SIGNED_DATE.finditer(doc.page(page).text)]
        if len(dates) != len(group):
            continue
        for form, date in zip(group, dates, strict=True):
            for e in form:
                e.declared_on = e.declared_on or " ".join(date.split())


def form_entries(doc: Document) -> list[FormEntry]:
    """Every category answer of every person's form, in the order printed. A form whose
    category rows are fewer than MIN_CATEGORY_ROWS is not a register's form: none of its
    entries are kept."""
    form: list[FormEntry] = []
    person: str | None = None
    role: str | None = None

    forms: list[list[FormEntry]] = []

    def close() -> None:
        if len(form) >= MIN_CATEGORY_ROWS:
            forms.append(list(form))
        form.clear()

    for page, label, answer in _pairs(doc):
        name = _person(label, answer)
        if name:
            close()
            person, role = name, None
            continue
        if person is None:
            continue
        if _ROLE_LABEL.match(label):
            role = " ".join(answer.split()) or None
            for e in form:
                e.role = e.role or role
        elif _DATE_LABEL.match(label):
            for e in form:
                e.declared_on = " ".join(answer.split()) or None
        elif _PARTICULAR_LABEL.match(label):
            continue
        elif _is_category(label):
            form.append(FormEntry(person, role, None, _label(label), answer, page))
    close()
    _signed_dates(doc, forms)
    return [e for f in forms for e in f]


# --- Declarations printed as headings, not tables -------------------------------------------
# Family: registers printed one declaration per member as running text (Irish state boards'
# statements under the Ethics in Public Office Acts, Scottish councils' registers "Category One"
# to "Category Eight", Australian university councils' numbered Yes/No questionnaires): the
# member's heading (a name heading, or a "Name ..." line), their particulars ("Position: ...",
# "Date of statement: ..."), then per category a heading at the left margin (numbered, or a bold
# "Category ..." line) with the answers indented under it. An answer "None"/"Nil"/"No" declares
# nothing; "Yes" over details is the question's answer, not an entry. The member carries over
# page breaks until the next member's heading.

# an answer is indented at least this many points more than its category's heading
_ANSWER_INDENT = 8.0
_CATEGORY_HEADING = re.compile(r"^\s*(?:category|part|section|schedule)\s+(?:\w+)\s*[:.–—-]\s*\S", re.I)
_TITLED = re.compile(r"^\s*(?:councillor|cllr|alderman|senator|trustee)\s+", re.I)
# (a nickname in quotes is one of the name's words: Robert “Bob” Ashdown)
_NAME_WORD = re.compile(r"^[“\"‘]?[A-ZÀ-ÖØ-Þ][\w'’.-]*[”\"’]?$")
# ... or in brackets between the forename and the surname: Robert (Bob) Ashdown (Australian and
# NZ councils' registers name members so; a bracket at the end is a post: "Jane Roe (Chair)"),
# the nickname in quotes inside them too: Robert ('Bob') Featherstone (English registers)
_NICKNAME_WORD = re.compile(r"^\([“\"‘']?[A-ZÀ-ÖØ-Þ][\w'’.-]*\)$")
# "Yes" (with its own full stop or a colon) opening an answer: the question's answer
_YES = re.compile(r"^\s*yes\b[.:;,]?\s*", re.I)
# an answer saying nothing: "No", "Nil", "No. Nil", "None."
# ("Dim / None": the answer printed in both languages of a bilingual form)
_NOTHING = re.compile(
    r"^\s*"
    + _OTHER_LANGUAGE
    + rf"(?:(?:yes|no|nil|none)[.,;]?\s*(?:nil|none)|yes|no|{NIL_PHRASE})\s*\.?\s*$",
    re.I,
)
# The label before a Yes/No question's details: "If yes, give details:", "If so, please
# specify:", "Details:" (tick-box declaration forms of boards and public bodies); the details
# "N/A" or a dash say nothing
_DETAILS_LABEL = re.compile(
    r"^\s*(?:if\s+(?:yes|so)\b[^:]{0,40}|(?:give\s+|further\s+)?details?)\s*:\s*", re.I
)
_NO_DETAILS = re.compile(r"^\s*(?:n/?a|[-–—]+)\.?\s*$", re.I)
# an answer this far right of its heading is not under it (a running header left on the page)
_ANSWER_REACH = 80.0
# A question's tick-box answer, the boxes and their options on one line: "☐ None to declare
# ☒ Interests declared below" (university governors' and NHS declaration forms): it says whether
# entries follow, and is none itself
_TICK_BOXES = re.compile(r"^\s*[☐☒☑□■✓✔✗✘]\s*\S.*[☐☒☑□■✓✔✗✘]")
# A section's one tick-box saying nothing, ticked or not, printed at the head of its answer cell:
# "☒ No interests to declare in this section" (the section is empty), "☐ No interests to declare
# in this section" over the entries (Canadian federal Crown corporations' and port authorities'
# annual declaration forms, one boxed form per director with numbered sections): never an entry
_TICK_NIL = re.compile(rf"^\s*[☐☒☑□■✓✔✗✘]\s*(?:{NIL_PHRASE})\s*[.;]?\s*$", re.I)
# A form's running counter printed on its title line, "Form 2 of 7", "Page 1 of 3": not an answer
_FORM_COUNTER = re.compile(r"^\s*(?:form|page|sheet|part)\s+\d{1,3}\s+of\s+\d{1,3}\s*$", re.I)
# A date label that dates the member's appointment or term, not their declaration: "Date of
# appointment | June 1, 2021", "Date appointed", "Date of election" (directors' forms print it
# beside the member's name; the declaration's date is the signature's, `_SIGNED_DATE`)
_TENURE_DATE_LABEL = re.compile(
    r"^\s*date\s+(?:of\s+)?(?:first\s+|re-?)?(?:appoint|elect|join|birth|term|expir|cessation|resign)", re.I
)


def _declaration_date_label(label: str) -> bool:
    """A form's date label that dates the declaration (see `_TENURE_DATE_LABEL`)."""
    return bool(re.match(r"^\s*date\b", label, re.I)) and not _TENURE_DATE_LABEL.match(label)


# The captions over a small table inside a form's answer cell, in the statutory wording "X of each
# Y" (Australian councillors' returns of interests: "Address of each parcel of real property ...",
# "Name and address of each creditor", "Source / description of occupation or office")
_COLUMN_CAPTION = re.compile(
    r"^\s*(?:name|address|description|nature|particulars|source|dates?)(?:\s*(?:and|/)\s*\w+)*\s+(?:of|on)\s+"
    r"(?:each|the\s+each|occupation|any)\b",
    re.I,
)
# a bullet before an entry: "• Director, ..."
_BULLET = re.compile(r"^\s*[•▪●◦‣–-]\s+")
# the member's place on the board printed as their post: "Category of membership: Independent
# Governor" (UK university governors' forms), "Constituency: Public, North"
_MEMBERSHIP_LABEL = re.compile(
    r"^\s*(?:(?:category|class|type)\s+of\s+(?:membership|member|appointment)|constituency)\b", re.I
)
_ITEM_MARK = re.compile(r"^\s*\(?[a-z0-9]{1,2}[.)]\s+", re.I)
_LABEL_VALUE = re.compile(r"^\s*(?P<label>[A-Za-z][\w ’'/-]{1,40}?)\s*:\s*(?P<value>\S.*)$")


def _name_heading(text: str) -> str | None:
    """A member's name printed as a heading: two to six capitalised words, titled or not."""
    if ":" in text or text.endswith(".") or any(ch.isdigit() for ch in text):
        return None
    name = strip_honorifics(_TITLED.sub("", text)).strip()
    words = name.split()
    # a body's heading in capitals ("COUNTY COUNCIL") is not a person's: at most one word
    # (postnominals "AO", "CPA") in capitals
    shouting = sum(1 for w in words if len(w) > 1 and w.isupper())
    # (a particle inside the name: "Gareth ap Dafydd", "Johannes van Rooyen")
    if (
        2 <= len(words) <= 6
        and all(
            _NAME_WORD.match(w) or (0 < i < len(words) - 1 and (w in PARTICLES or _NICKNAME_WORD.match(w)))
            for i, w in enumerate(words)
        )
        and shouting <= 1
    ):
        return name
    return None


# A particular's label printed inside the value of the label before it, the two on one line
# of plain text: "Director name: Jane Roe Board position: Chair" (one word of the body's before
# the label's head word at most, so that the name's last word stays with the name)
_INLINE_LABEL = re.compile(
    r"\s(?=(?:[A-Z][a-z]+\s+)?(?:position|role|date|term|ward|title)\b[\w ]{0,24}:)", re.I
)
# post-nominals after a name and a comma: "Jane Roe, CPA", "John Doe, FCA, MBA"
_COMMA_POSTNOMINALS = re.compile(r"(?:,\s*[A-Z][A-Za-z]*[A-Z]\.?)+\s*$")
# Lines a form's row wrapped onto are closer to it than this many line heights; the form's rows
# are set further apart (Word's cell padding: 1.5-3 line heights, as `tables.IN_ROW_GAP_HEIGHTS`)
_WRAP_GAP_HEIGHTS = 0.6


def _pairs_of(cells: list[str]) -> list[tuple[str, str]]:
    """(label, value) pairs of a form's row: cells carrying "Label: value", or a label cell
    then its value cell ("Name | Jane Roe | Date of statement | 3 March 2025"); a value that
    runs on into the next label ("Jane Roe Board position: Chair") is cut there."""
    out: list[tuple[str, str]] = []
    pending: str | None = None
    for raw in cells:
        text = " ".join(raw.split())
        if not text:
            continue
        if pending is None and (m := _LABEL_VALUE.match(text)):
            label, value = m.group("label"), m.group("value")
            parts = _INLINE_LABEL.split(value, maxsplit=1)
            out.append((label, parts[0].strip()))
            if len(parts) == 2 and (m2 := _LABEL_VALUE.match(parts[1])):
                out.append((m2.group("label"), m2.group("value")))
        elif pending is None:
            pending = text.rstrip(": ")
        else:
            out.append((pending, text))
            pending = None
    return out


# A row of a form's identity grid holds at least this many cells: two label | value pairs
# ("Name of Director | Peter Ng | Position | Director")
_PAIRED_ROW_CELLS = 4


def _next_row(starts: list[float], ks: list[int], cells: list[Line]) -> bool:
    """Whether a line set close under a form's row of label | value pairs is the grid's next row,
    not the row's cells wrapped: it fills every one of the row's columns and each of its labels
    (the even columns) opens with a capital ("Nominating group | ... | Date of appointment | ...":
    directors' declaration forms set their identity grid tight, a descender in the name making
    the gap look like a wrap). A wrapped label goes on in lower case ("Director" / "name:")."""
    if len(starts) < _PAIRED_ROW_CELLS or ks != list(range(len(starts))):
        return False
    return all(cells[k].text.strip()[:1].isupper() for k in range(0, len(starts), 2))


def _form_row(lines: list[Line], i: int) -> tuple[list[str], int]:
    """The cells of a form's row starting at lines[i], with the lines its cells wrapped onto
    (every cell of such a line starts where one of the row's cells does, with no row gap over
    it: a name wrapped in its value cell, "Director" over "name:" in a narrow label cell); and
    the index of the line after the row."""
    line = lines[i]
    cells = header_cells(line)
    texts = [c.text for c in cells]
    starts = [c.x0 for c in cells]
    j = i + 1
    if len(cells) < 2 or not line.has_box:
        return texts, j
    while j < len(lines):
        nxt = lines[j]
        if nxt.page != line.page or nxt.top - lines[j - 1].bottom > _WRAP_GAP_HEIGHTS * (line.height or 8.0):
            break
        ks = [
            next((k for k, s in enumerate(starts) if abs(c.x0 - s) <= COLUMN_SLACK), None)
            for c in header_cells(nxt)
        ]
        if not ks or None in ks:
            break
        if _next_row(starts, ks, header_cells(nxt)):
            break
        if ks == [0] and len(texts) > 1 and all(_LABEL_VALUE.match(" ".join(t.split())) for t in texts):
            # a line of "Label: value" pairs set as running text ("Enw / Name: ... Cyngor /
            # Appointing Council: Carmarthenshire County" / "Council"): the line wrapped at the
            # margin goes on the last pair, not the first
            ks = [len(texts) - 1]
        for k, c in zip(ks, header_cells(nxt), strict=True):
            texts[k] = join_wrapped(texts[k], c.text)  # type: ignore[index]
        j += 1
    return texts, j


def _centred_row(lines: list[Line], i: int) -> tuple[list[str], int] | None:
    """A form's row whose labels are centred beside values wrapped over two lines, the values'
    lines above and below the labels' ("Kevin MacDonald" / "Director name: | Board position:" /
    "CPA": Word cells set to centre vertically): the cells in order, each value's lines joined,
    and the index of the line after the row. None unless every cell of lines[i] is a label
    ending in a colon and a line close above holds cells between them."""
    line = lines[i]
    labels = header_cells(line)
    if not line.has_box or not labels or not all(c.text.rstrip().endswith(":") for c in labels):
        return None

    def values(ln: Line) -> list[Line] | None:
        if ln.page != line.page or not ln.has_box:
            return None
        gap = line.top - ln.bottom if ln.top < line.top else ln.top - line.bottom
        if gap > _WRAP_GAP_HEIGHTS * (line.height or 8.0):
            return None
        cells = header_cells(ln)
        if any(abs(c.x0 - lab.x0) <= COLUMN_SLACK for c in cells for lab in labels):
            return None
        return cells

    above = values(lines[i - 1]) if i > 0 else None
    if not above:
        return None
    below = values(lines[i + 1]) if i + 1 < len(lines) else None
    parts: list[tuple[float, str]] = [(c.x0, c.text) for c in labels]
    for c in above:
        extra = [b.text for b in below or [] if abs(b.x0 - c.x0) <= COLUMN_SLACK]
        parts.append((c.x0, join_wrapped(c.text, extra[0]) if extra else c.text))
    parts.sort(key=lambda p: p[0])
    return [t for _, t in parts], i + (2 if below else 1)


def _member_name(label: str, value: str) -> str | None:
    """The member named by a "Name" label's value."""
    # the whole label names the person ("Name", "Director name", "Name of trustee")
    m = _PERSON_LABEL.match(label)
    if not m or m.group("rest").strip(" :"):
        return None
    return _name_heading(_COMMA_POSTNOMINALS.sub("", value).strip())


# --- A member's interests as a table under their name ----------------------------------------
# Family: members' forms whose interests are a small table, organisation | nature (| paid Y/N),
# under the member's name or under each numbered category (university councils' statements of
# interests "Entity / organisation | Nature of interest", hospital and charity boards' annual
# conflict-of-interest disclosures "Organization | Nature of relationship | Compensated? Y/N").
# The table's header names its columns in these words (most of each cell's words; a cell may
# carry the body's own abbreviation, "Potential conflict with GSHC?"); one column names the body,
# in any place ("Category of interest | Name of entity | Nature of interest", Australian
# university councils), a "Direct or indirect" column says whose interest the row is (Ontario
# hospital boards' annual forms).
_COLUMN_WORD = re.compile(
    r"^(?:entity|entities|organi[sz]ations?|body|bodies|company|companies|employer|business|name|"
    r"nature|type|kind|category|description|details?|of|the|interests?|relationship|position|role|held|"
    r"compensated|remunerated|paid|y|n|yes|no|value|and|or|direct|indirect|potential|actual|"
    r"perceived|conflict|with|date|declared|registered)$",
    re.I,
)
# a header cell has at most this many words (a column header is a few words; "Position held /
# nature of relationship" is five) and at least this share of them in the column words
_MAX_HEADER_WORDS = 8
_MIN_HEADER_SHARE = 0.6
_BODY_COLUMN = re.compile(r"\b(?:entit|organi[sz]ation|bod(?:y|ies)|compan|employer|business)", re.I)
_CATEGORY_COLUMN = re.compile(r"^\s*(?:category|type|kind)\b", re.I)
_NATURE_COLUMN = re.compile(r"\b(?:nature|position|role|relationship|details?|description|interest)", re.I)
_DIRECT_COLUMN = re.compile(r"^\s*direct\b.*\bindirect\b", re.I)
_INDIRECT = re.compile(r"^\s*indirect\b", re.I)


def _header_words(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text)
    if not words or len(words) > _MAX_HEADER_WORDS:
        return False
    return sum(1 for w in words if _COLUMN_WORD.match(w)) >= _MIN_HEADER_SHARE * len(words)


@dataclass
class _Columns:
    """Which column of a member's interests table holds what (None: no such column)."""

    body: int
    nature: int | None
    category: int | None
    direct: int | None
    # the spouse's column of the model form (see `_MODEL_FORM_SELF`): `body` is then "Yourself"
    spouse: int | None = None


# --- The model register-of-interests form's Part 1 table ----------------------------------------
# Family: the English model form of a member's register entry (councils, national park
# authorities and other relevant authorities under the Localism Act 2011): a table "Interest |
# Yourself | Your spouse or civil partner, or person you live with as such", each row the
# interest's name over its printed statutory description ("Land" / "Any beneficial interest in
# land which is within the area of the Authority.") beside the member's and the spouse's answers.
_MODEL_FORM_SELF = re.compile(r"^\s*yourself\s*$", re.I)
_MODEL_FORM_LABEL = re.compile(
    r"^\s*(?:interests?|(?:disclosable\s+pecuniary\s+)?interests?\s+held)\s*$", re.I
)
_MODEL_FORM_SPOUSE = re.compile(r"\b(?:spouse|partner|person\s+you\s+live\s+with)\b", re.I)
# the spouse's caption's lines: "Your spouse or civil partner, or" / "person you live with as such"
_MODEL_FORM_SPOUSE_CAPTION = re.compile(
    r"^\s*(?:your\s+spouse\b|spouse\b|(?:or\s+)?(?:a\s+)?person\s+you\s+live\s+with\b)", re.I
)
# the kind of interest the table's rows are: the form's Part 1, disclosable pecuniary interests
_MODEL_FORM_PART = "Disclosable pecuniary interest"
# the spouse's answer pointing at the member's own ("As yourself (joint owner)"): no entry of its own
_AS_YOURSELF = re.compile(r"^\s*as\s+(?:yourself|above)\b", re.I)


def _model_form_header(cells: list[str]) -> bool:
    """The header of the model form's Part 1 table (see above): the label column's "Interest"
    and the member's own "Yourself"."""
    return any(_MODEL_FORM_SELF.match(c) for c in cells) and any(_MODEL_FORM_LABEL.match(c) for c in cells)


def _model_form_columns(labels: list[str]) -> _Columns:
    texts = [" ".join(x.split()) for x in labels]
    own = next(k for k, t in enumerate(texts) if _MODEL_FORM_SELF.match(t))
    label = next((k for k, t in enumerate(texts) if _MODEL_FORM_LABEL.match(t)), None)
    spouse = next(
        (k for k, t in enumerate(texts) if k not in (own, label) and _MODEL_FORM_SPOUSE.search(t)), None
    )
    return _Columns(own, None, label, None, spouse)


def _model_form_answers(row: list[str], cols: _Columns) -> list[tuple[str, str | None]]:
    """A model form's row's answers (answer, "indirect" for the spouse's): the member's and the
    spouse's cells, a cell saying nothing or pointing at the member's answer left out."""
    out: list[tuple[str, str | None]] = []
    for k, kind in ((cols.body, None), (cols.spouse, "indirect")):
        cell = " ".join(row[k].split()) if k is not None else ""
        if cell and not _NOTHING.match(cell) and not _AS_YOURSELF.match(cell):
            out.append((cell, kind))
    return out


def _columns(labels: list[str]) -> _Columns | None:
    texts = [" ".join(x.split()) for x in labels]
    if _model_form_header(texts):
        return _model_form_columns(labels)
    body = next(
        (k for k, t in enumerate(texts) if _BODY_COLUMN.search(t) and not _CATEGORY_COLUMN.match(t)), None
    )
    if body is None:
        return None
    category = next((k for k, t in enumerate(texts) if k != body and _CATEGORY_COLUMN.match(t)), None)
    direct = next((k for k, t in enumerate(texts) if _DIRECT_COLUMN.match(t)), None)
    nature = next(
        (k for k, t in enumerate(texts) if k not in (body, category, direct) and _NATURE_COLUMN.search(t)),
        None,
    )
    return _Columns(body, nature, category, direct)


def _column_header(line: Line) -> Grid | None:
    """A form's table header: two cells or more, each in column words, one naming the body."""
    if not line.has_box:
        return None
    cells = header_cells(line)
    if len(cells) >= 2 and _model_form_header([" ".join(c.text.split()) for c in cells]):
        return Grid([c.x0 for c in cells], [c.text for c in cells], line.top, line.bottom, line.height or 8.0)
    if len(cells) < 2 or not all(_header_words(c.text) for c in cells):
        return None
    if not any(_BODY_COLUMN.search(c.text) for c in cells):
        return None
    return Grid([c.x0 for c in cells], [c.text for c in cells], line.top, line.bottom, line.height or 8.0)


def _header_wrap(grid: Grid, prev: Line, line: Line) -> bool:
    """A header's cells wrapped onto the next line ("Position held / nature of" over
    "relationship", "Direct or" over "indirect"): every cell starts at a header column, with no
    row gap over the line, in a few words."""
    if not line.has_box or line.page != prev.page:
        return False
    if line.top - prev.bottom > _WRAP_GAP_HEIGHTS * grid.line_height:
        return False
    cells = header_cells(line)
    return bool(cells) and all(
        len(c.text.split()) <= 4 and any(abs(c.x0 - s) <= COLUMN_SLACK for s in grid.starts) for c in cells
    )


def _header_beside(grid: Grid, line: Line) -> bool:
    """A line of column words set beside the header, a little higher or lower (a "Compensated? /
    Y/N" label wrapped in a narrower cell right of the header's): its cells are more columns."""
    if (
        not line.has_box
        or line.bottom < grid.top - grid.line_height
        or line.top > grid.bottom + grid.line_height
    ):
        return False
    cells = header_cells(line)
    # (the model form's spouse caption wrapped over and under its header line: see
    # `_MODEL_FORM_SELF`)
    model = any(_MODEL_FORM_SELF.match(x) for x in grid.labels)
    return bool(cells) and all(
        (_header_words(c.text) or (model and _MODEL_FORM_SPOUSE_CAPTION.search(c.text)))
        and c.x0 > grid.starts[-1] + COLUMN_SLACK
        for c in cells
    )


def _split_cell(cell: Line, starts: list[float], min_gap: float = 0.0) -> list[Line]:
    """A cell whose text crosses a column start cut at the word that begins there: two cells'
    text the text layer gave as one, the first cell's line ending just short of the next cell
    ("Tremblay Bélanger LLP (barristers and" + "Partner" in a form's organisation | position
    table). The word is found among the cell's runs, or where the cell is one run, from its
    width per character. `min_gap`: the least gap before the word (a gutter, not a space)
    when nothing else says the cell is two; the word is then found among the runs only."""
    inside = [x for x in starts if cell.x0 + COLUMN_SLACK < x < cell.x1 - COLUMN_SLACK]
    if not inside:
        return [cell]
    x = inside[0]
    spans = cell.spans
    if len(spans) > 1:
        cut = next(
            (
                k
                for k in range(1, len(spans))
                # a run starting at the column start (the runs are word groups; a run inside a word
                # starting within the slack of a column start has not been seen)
                if abs(spans[k].x0 - x) <= COLUMN_SLACK and spans[k].x0 - spans[k - 1].x1 >= min_gap
            ),
            None,
        )
        if cut is None:
            return [cell]
        rest = line_from_spans(spans[cut:], cell.page)
        return [line_from_spans(spans[:cut], cell.page), *_split_cell(rest, starts, min_gap)]
    sp = spans[0] if spans else None
    if sp is None or len(sp.text) < 2 or min_gap > 0:
        return [cell]
    per_char = (sp.x1 - sp.x0) / len(sp.text)
    cuts = [m.start() for m in re.finditer(r"(?<=\s)\S", sp.text)]
    best = min(cuts, key=lambda c: abs(sp.x0 + c * per_char - x), default=None)
    if best is None or abs(sp.x0 + best * per_char - x) > COLUMN_SLACK:
        return [cell]
    left = replace(sp, text=sp.text[:best].rstrip(), x1=sp.x0 + (best - 1) * per_char)
    right = replace(sp, text=sp.text[best:], x0=sp.x0 + best * per_char)
    return [line_from_spans([left], cell.page), *_split_cell(line_from_spans([right], cell.page), starts)]


def _split_line(line: Line, grid: Grid) -> list[Line]:
    """The line's cells, cut at column starts (`_split_cell`) only in a row that has a cell of
    its own besides: a paragraph under the table is one cell, its words falling anywhere."""
    cells = header_cells(line)
    if len(cells) < 2:
        return cells
    return [part for c in cells for part in _split_cell(c, grid.starts)]


def _ends_table(line: Line, grid: Grid, cells: list[Line]) -> bool:
    """A line that is not a row of the table: left of its first column, or text running over a
    column start (a paragraph under the table). `cells`: _split_line(line, grid)."""
    if not line.has_box or line.x0 < grid.starts[0] - COLUMN_SLACK:
        return True
    # the model form's next part ("Part 2 – Other Registrable Interests") under its Part 1 table
    if any(_MODEL_FORM_SELF.match(x) for x in grid.labels) and _CATEGORY_HEADING.match(line.text):
        return True
    for c in cells:
        k = grid.column_of(c.x0)
        if k + 1 < len(grid.starts) and c.x1 > grid.starts[k + 1] + COLUMN_SLACK:
            return True
    return False


def _row_cells(line: Line, grid: Grid, cells: list[Line]) -> list[str]:
    """grid_cells with a cell crossing a column start cut there. `cells`: _split_line(line, grid)."""
    if len(cells) < 2:
        return grid_cells(line, grid)
    per: list[list[str]] = [[] for _ in grid.starts]
    for c in cells:
        per[grid.column_of(c.x0)].append(c.text)
    return [" ".join(p) for p in per]


def _member_label(line: Line) -> bool:
    """A line opening with a label that names the next member ("Director name:", "Name of member")."""
    cells = header_cells(line)
    m = _PERSON_LABEL.match(cells[0].text) if cells else None
    return bool(m) and not m.group("rest").strip(" :")


def _table_rows(lines: list[Line], i: int, grid: Grid) -> tuple[list[list[str]], int]:
    """The rows of a form's table from lines[i] on, and the index of the line after it: a row
    starts with text in the first column after a row gap; lines with no row gap over them, or
    with the first column empty, are its cells wrapped."""
    rows: list[list[str]] = []
    j = i
    prev: Line | None = None
    while j < len(lines):
        ln = lines[j]
        split = _split_line(ln, grid) if ln.has_box else []  # the line's cells, cut once for both tests
        if ln.page != lines[i].page or _ends_table(ln, grid, split) or _column_header(ln) is not None:
            break
        # the next member's form: their name label, or its value printed above a label centred
        # beside it (`_centred_row`)
        nxt = lines[j + 1] if j + 1 < len(lines) else None
        if _member_label(ln) or (
            nxt is not None
            and nxt.page == ln.page
            and nxt.top - ln.bottom <= _WRAP_GAP_HEIGHTS * (ln.height or 8.0)
            and _member_label(nxt)
        ):
            break
        cells = _row_cells(ln, grid, split)
        gap = ln.top - prev.bottom if prev is not None else None
        if cells[0] and (not rows or (gap is not None and gap > _WRAP_GAP_HEIGHTS * (ln.height or 8.0))):
            rows.append(cells)
        elif rows:
            rows[-1] = [join_wrapped(a, b) if b else a for a, b in zip(rows[-1], cells, strict=True)]
        else:
            break
        prev = ln
        j += 1
    return rows, j


# a line naming a member by a label: "Name: ...", "Director name | ...", "Full name ...", "Name of
# trustee: ...": the label opens the line (at most two words before "name") and a colon or a
# capitalised value follows it. Prose ("... the name of the licence and in the", "name and we would
# produce") is not one ("Name of Director:", "Name of Trustee:" capitalised as forms print
# them are); the looser "name" anywhere passed 24 of the bulk corpus's 251 documents
# (standards, guidance), none a register, and built their layout for nothing.
_NAME_LABEL_LINE = re.compile(
    r"^\s*"
    + _OTHER_LANGUAGE
    + r"(?:[A-Za-z'’]+\s+){0,2}?[Nn]ame\b(?:\s+of\s+(?:the\s+)?[A-Za-z'’]+(?:\s+[Mm]ember)?)?\s*(?::\s*\S|\s+[A-Z])"
)


# what a member heading or a name label line needs, tested on a page's whole text first (one scan
# instead of three patterns a line): an honorific or a title opening a line (a line as splitlines
# parts them), or the word "name" (its own scan first: a plain word is found at a fraction of the
# cost of trying the titles at every position)
_NAME_CUE = re.compile(r"[Nn]ame\b")
# (the text's first line, else a line break before the title: one pattern opening on "(?m)^"
# is tried at every position of the page, about 3x the time over the bulk corpus's pages)
_TITLE_CUE = rf"\s*(?:{HONORIFIC}\s|(?i:councillor|cllr|alderman|senator|trustee)\s)"
_TITLED_FIRST_LINE = re.compile(_TITLE_CUE)
_TITLED_LINE_CUE = re.compile(rf"[\n\x85\u2028\u2029]{_TITLE_CUE}")


def _member_line_cue(text: str) -> bool:
    return bool(_NAME_CUE.search(text) or _TITLED_FIRST_LINE.match(text) or _TITLED_LINE_CUE.search(text))


def _may_hold_members(doc: Document) -> bool:
    """Whether the text has the member headings heading_entries needs (a titled name alone on a
    line, or a "Name" label) for at least MIN_CATEGORY_ROWS members, tested on the page text
    before the layout is built: this reader is the fallback of every document that declares
    nothing, and most of them (minutes with a "Declarations of interest" item) have no such
    headings; building their layout for it cost about 15% of the extract stage on the bulk corpus."""
    seen = 0
    for page in doc.pages:
        if not _member_line_cue(page.text):
            continue  # no line of the page can be a member heading or a name label
        for raw in page.lines:
            text = " ".join(raw.split())
            titled = HONORIFIC_RE.match(text) or _TITLED.match(text)
            if (titled and _name_heading(text)) or _NAME_LABEL_LINE.search(text):
                seen += 1
                if seen >= MIN_CATEGORY_ROWS:
                    return True
    return False


# A two-column category row under a member's name: the category's label at the left, the answer
# in a column to its right on the same line ("4. Land | Agricultural land at ..." in Irish state
# boards' statements, "Contracts | None" in Scottish health boards' registers, the table
# unruled or its header not repeated over a page break). A label has at most this many words
# (the Ethics Acts' longest heading, "Remunerated position as a political or public affairs
# lobbyist, consultant or adviser", wraps in its cell after six or seven)
_MAX_LABEL_WORDS = 12
# A numbered label may be the statute's whole question, its first line running across the left
# column ("(v) Any land in which you have a beneficial interest and which is in" / "the area of
# the Authority": Welsh and English members' statutory notification forms, 15 words on the
# line): the number says it is a label
_MAX_NUMBERED_LABEL_WORDS = 18
_LIST_AFTER_COLON = re.compile(r":\s+(?:\([a-z]\)|[a-z])")
_NUMBER_CELL = re.compile(r"^\s*(?:\(?\d{1,2}[.)]?|\(?[a-h]\))\s*$")
# a member's particulars printed on one line, parted by a middle dot or a bar: "Chair · Date of
# last amendment: 14 March 2025", "Position: Board member | Date of statement: 17 January 2025"
_PARTICULAR_SEP = re.compile(r"\s+[·|]\s+")


# a label running into its answer is parted from it by the columns' gutter, at least this many
# line heights (a word space is about a quarter; the Irish statements' gutter is one)
_GUTTER_HEIGHTS = 0.5


def _category_row(line: Line, known_x: float | None = None) -> tuple[str, str, float, float, float] | None:
    """(label, answer, label's left edge, answer's left and right edges) of a two-column
    category row.
    `known_x`: the answer column's left edge on the rows before, where a label's last line
    runs into its answer in one text run ("Remunerated position as a political Nil")."""
    cells = header_cells(line)
    if cells and _NUMBER_CELL.match(cells[0].text):
        cells = cells[1:]
    if len(cells) == 1 and known_x is not None:
        cells = _split_cell(cells[0], [known_x], _GUTTER_HEIGHTS * (line.height or 8.0))
    if len(cells) < 2:
        return None
    label = " ".join(cells[0].text.split()).rstrip(":")
    most = _MAX_NUMBERED_LABEL_WORDS if line.numbered is not None else _MAX_LABEL_WORDS
    # (a numbered question may list its heads after a colon: "(ix) Membership ... of: (a) a public
    # authority ...")
    colon = ":" in label and not (line.numbered is not None and _LIST_AFTER_COLON.search(label))
    if not label or len(label.split()) > most or colon:
        return None
    if _ROLE_LABEL.match(label) or _DATE_LABEL.match(label) or _PARTICULAR_LABEL.match(label):
        return None
    if not (line.numbered is not None or _CATEGORY_WORDS.search(label)):
        return None
    answer = " ".join(" ".join(c.text.split()) for c in cells[1:])
    if _TICK_BOXES.match(answer) or _FORM_COUNTER.match(answer):
        # a Yes/No question's boxes beside it: the details are printed under the question
        return None
    return _label(label), answer, cells[0].x0, cells[1].x0, cells[-1].x1


def _part_cell(e: FormEntry, cell: list[tuple[str, float, float]] | None, right: float) -> list[FormEntry]:
    """A two-column row's answer cell parted into its entries, one a line as printed: a line
    opens an entry when the line above ended short of the column's right edge (`right`, the
    furthest any answer line reaches) by more than the line's first word, so it was not
    wrapped there (Irish statements and Scottish registers print one interest a line)."""
    if not cell or len(cell) < 2:
        return [e]
    entries: list[str] = []
    prev: tuple[str, float, float] | None = None
    # a cell listing its entries under item marks, "(a) Governor, ..." / "(d) Member, ...", (the
    # heads of a statutory question): a line with its own mark opens an entry
    listed = bool(_ITEM_MARK.match(cell[0][0]))
    for text, x0, x1 in cell:
        if prev is not None and entries and listed and _ITEM_MARK.match(text):
            entries.append(text)
            prev = (text, x0, x1)
            continue
        if prev is not None and entries:
            ptext, px0, px1 = prev
            per_char = (px1 - px0) / max(len(ptext), 1)
            first = text.split()[0] if text.split() else ""
            if px1 + per_char * (len(first) + 1) > right - COLUMN_SLACK or ptext.endswith("-"):
                entries[-1] = f"{entries[-1]} {text}" if not ptext.endswith("-") else entries[-1] + text
                prev = (text, x0, x1)
                continue
        entries.append(text)
        prev = (text, x0, x1)
    return [replace(e, answer=x) for x in entries if not _NOTHING.match(x)]


# Registers printed in two text columns (Scottish integration joint boards' and councils'
# registers, a member's name heading over "Category N:" headings, the members running down the
# left column and on in the right): the reader needs the columns one after the other, where the
# page's lines join the two columns' rows. A page is in two columns when member or category
# headings start at two left edges, at least MIN_COLUMN_HEADINGS at each, the right one at least
# MIN_RIGHT_COLUMN_SHARE of the text width in (a label | answer table has its headings in the
# left column only). A line whose runs on either side of the right column's edge are closer than
# MIN_GUTTER_SIZES font sizes runs across the page (a title, an introduction): it cuts the
# page into blocks, each read left column first. (Word's column spacing is 36 pt, 3 em of
# 12-pt text; the written register's gutter is 2 em; a word space is 0.25 em.)
MIN_COLUMN_HEADINGS = 2
# The columns are looked for only on a register's pages, told from their text first
# (table_headers.register_page: the register named on the page, or a page after one answering
# "Nil"/"None")
MIN_RIGHT_COLUMN_SHARE = 0.3
MIN_GUTTER_SIZES = 1.0


def _column_heading(cell: Line) -> bool:
    text = " ".join(cell.text.split())
    if not (cell.bold or cell.heading):
        return False
    if _CATEGORY_HEADING.match(text):
        return True
    return bool((HONORIFIC_RE.match(text) or _TITLED.match(text)) and _name_heading(text))


def _right_column(lines: list[Line]) -> float | None:
    """The right column's left edge of a page of headings set in two text columns, if it is one."""
    boxed = [ln for ln in lines if ln.spans]
    if not boxed:
        return None
    left = min(ln.x0 for ln in boxed)
    width = max(ln.x1 for ln in boxed) - left
    starts = [c.x0 for ln in boxed for c in header_cells(ln) if _column_heading(c)]
    if len(starts) < 2 * MIN_COLUMN_HEADINGS:
        return None
    near = [x for x in starts if x - left <= COLUMN_SLACK]
    far = sorted(x for x in starts if x - left >= MIN_RIGHT_COLUMN_SHARE * width)
    if len(near) < MIN_COLUMN_HEADINGS or len(far) < MIN_COLUMN_HEADINGS:
        return None
    edge = far[0]
    if far[MIN_COLUMN_HEADINGS - 1] - edge > COLUMN_SLACK:
        return None
    return edge - COLUMN_SLACK


@dataclass
class _Column:
    """Where a line stands across the page: the left edge of its column's text and the right
    edge its lines reach (the page's text, or one of two columns)."""

    left: float
    right: float


def _columns_of(lines: list[Line], body: float, two: bool) -> list[tuple[Line, _Column]]:
    """A page's lines in reading order, each with its column: read in two text columns (see
    above) when `two` and the page is set so, each block between lines across the page left
    column first, else as they are, all in one column."""
    boxed = [ln for ln in lines if ln.spans]
    edge = _right_column(lines) if two else None
    if edge is None:
        whole = _Column(min((ln.x0 for ln in boxed), default=0.0), max((ln.x1 for ln in boxed), default=0.0))
        return [(ln, whole) for ln in lines]
    page = lines[0].page
    blocks: list[tuple[list, list, Line | None]] = []
    left_spans: list = []
    right_spans: list = []
    for ln in lines:
        lefts = [s for s in ln.spans if (s.x0 + s.x1) / 2 < edge]
        rights = [s for s in ln.spans if (s.x0 + s.x1) / 2 >= edge]
        if any(s.x0 < edge < s.x1 for s in ln.spans) or (
            lefts
            and rights
            and min(s.x0 for s in rights) - max(s.x1 for s in lefts) < MIN_GUTTER_SIZES * em(rights[0])
        ):
            # a line across the columns: the block above ends
            blocks.append((left_spans, right_spans, ln))
            left_spans, right_spans = [], []
            continue
        left_spans.extend(lefts)
        right_spans.extend(rights)
    blocks.append((left_spans, right_spans, None))
    sides = [[s for b in blocks for s in b[k]] for k in (0, 1)]
    cols = [
        _Column(min((s.x0 for s in side), default=0.0), max((s.x1 for s in side), default=0.0))
        for side in sides
    ]
    across = _Column(min(ln.x0 for ln in boxed), max(ln.x1 for ln in boxed))
    out: list[tuple[Line, _Column]] = []
    for left_part, right_part, cut in blocks:
        for k, part in enumerate((left_part, right_part)):
            # the columns' lines again from their runs: a satellite run (a comma set lower)
            # joins the line of its own column
            for g in group_lines(part):
                ln = line_from_spans(g, page)
                ln.heading = is_heading(ln, body)
                out.append((ln, cols[k]))
        if cut is not None:
            out.append((cut, across))
    return out


# a line that cannot open an interest: it starts in lower case or with a company's legal form
# ("Ltd.", "plc") left over from the line above
_CONTINUATION = re.compile(r"^(?:[a-z(]|(?:Ltd|Limited|plc|PLC|LLP|LLC|Inc|CIC)\b)")


def _wrapped(above: tuple[str, float, float, float], text: str) -> bool:
    """Whether an answer's line is the line above wrapped: the line above (its text, left and
    right edges, and its column's right edge) reached so near the column's right edge that
    the line's first word would not have fitted after it (registers printing one interest a
    line, most lines short: Scottish and Irish registers, as `_part_cell`)."""
    prev, x0, x1, right = above
    if prev.endswith("-") or _CONTINUATION.match(text):
        return True
    per_char = (x1 - x0) / max(len(prev), 1)
    first = text.split()[0] if text.split() else ""
    return x1 + per_char * (len(first) + 1) > right - COLUMN_SLACK


def heading_entries(doc: Document) -> list[FormEntry]:
    """Every category answer of members' declarations printed as headings and indented answers
    (see above), or as a labelled name over a table of the member's interests; members with fewer
    than MIN_CATEGORY_ROWS categories and no such table are not kept."""
    low = doc.lower_text()  # substring tests: a case-insensitive regex over the whole text cost more
    if not any(w in low for w in ("interest", "disclos", "declar")) or not _may_hold_members(doc):
        return []

    lay = layout_of(doc)
    lines: list[Line] = []
    column: dict[int, _Column] = {}  # by id(line)
    after_register = False
    for page in doc.pages:
        page_lines = lay.page(page.number).lines
        if not page_lines:
            continue
        # (the cheap text test first: a register's page, its title on it or carried on)
        after_register = register_page(page.text, after_register)
        for ln, col in _columns_of(page_lines, lay.body_size, after_register and bool(page.spans)):
            lines.append(ln)
            column[id(ln)] = col
    forms: list[list[FormEntry]] = []
    form: list[FormEntry] = []
    person: str | None = None
    role: str | None = None
    declared: str | None = None
    tabled = False  # the member's interests include a table's rows
    heading_x: float | None = None  # the current category heading's left edge
    # answer lines as printed (text, page), or a table's rows (nature, page, organisation, and
    # "indirect" when its direct/indirect column says so)
    answers: list[tuple[str, int, str | None, str | None]] = []
    joining = False  # the heading's wrapped lines still follow
    # the answer column's left edge of a two-column category row ("Land | Agricultural land ...",
    # see `_category_row`) whose answer lines still follow; its lines are kept as printed, one
    # a line, for form_registers to part into entries as a form's answer cell
    answer_x: float | None = None
    label_x = 0.0
    known_answer_x: float | None = None  # the answer column of the rows read before
    # the answer cell's lines as printed (text, left, right) of the row being read, and per
    # category entry read so (by id) its lines, parted into entries once the column's right
    # edge is known (`_part_cell`)
    cell_geometry: list[tuple[str, float, float]] = []
    cell_lines: dict[int, list[tuple[str, float, float]]] = {}
    # an indented answer's line as printed: (text, left and right edges, its column's right
    # edge), by its
    # index in `answers`, to tell a wrapped line from an entry of its own (`_wrapped`)
    answer_ends: dict[int, tuple[str, float, float, float]] = {}
    col_left: float | None = None  # the left edge of the column being read

    def flush() -> None:
        nonlocal answers, heading_x, answer_x, answer_ends
        if form and answers and answer_x is not None:
            head = form[-1]
            if _TICK_NIL.match(answers[0][0]):
                # the section's "no interests" box heading its answer cell (see `_TICK_NIL`)
                answers = answers[1:]
                del cell_geometry[:1]
            if len(answers) > 1 and _COLUMN_CAPTION.match(answers[0][0]):
                # the captions of a small table in the answer cell, not an entry
                answers = answers[1:]
                del cell_geometry[:1]
            cell = "\n".join(a[0] for a in answers)
            if answers and not _NOTHING.match(cell):
                head.answer, head.page = cell, answers[0][1]
                cell_lines[id(head)] = list(cell_geometry)
        elif form and answers:
            # one entry per printed item: a line opens one after a line closing a sentence or
            # when it carries its own item mark "(a)"; otherwise it is the line above wrapped
            head = form.pop()
            entries: list[tuple[str, int, str | None, str | None]] = []
            prev_end: tuple[str, float, float, float] | None = None  # the line above's (see answer_ends)
            for k, (text, pg, org, kind) in enumerate(answers):
                above, prev_end = prev_end, answer_ends.get(k)
                if org is not None:
                    entries.append((text, pg, org, kind))
                    continue
                if _YES.match(text) and not entries:
                    text = _YES.sub("", text)
                text = _DETAILS_LABEL.sub("", text)
                if not text or _NOTHING.match(text) or _TICK_BOXES.match(text) or _NO_DETAILS.match(text):
                    continue
                text = _BULLET.sub("", text)
                wrapped = above is not None and _wrapped(above, text)
                if (
                    entries
                    and entries[-1][2] is None
                    and not _ITEM_MARK.match(text)
                    # (a full line's stop before a line starting in lower case or a figure is
                    # an abbreviation's: "approx." over "300 hectares)")
                    and (not entries[-1][0].endswith((".", ";")) or (wrapped and not text[:1].isupper()))
                    and (above is None or wrapped)
                ):
                    entries[-1] = (f"{entries[-1][0]} {text}", entries[-1][1], None, None)
                else:
                    entries.append((_ITEM_MARK.sub("", text), pg, None, None))
            for text, pg, org, kind in entries:
                parts = text.split("; ") if org is None else [text]
                if len(parts) < 2 or not all(capacity_of(x) in ("first", "last") for x in parts):
                    parts = [text]  # one entry's clauses ("Attorney-at-Law, ...; the firm acts for ...")
                for part in parts:
                    form.append(FormEntry(head.person, head.role, None, kind or head.category, part, pg, org))
            if not entries:
                form.append(head)
        answers = []
        answer_ends = {}
        answer_x = None
        cell_geometry.clear()

    def close() -> None:
        nonlocal tabled
        flush()
        if len(form) >= MIN_CATEGORY_ROWS or (tabled and form):
            for e in form:
                e.declared_on = e.declared_on or declared
            forms.append(list(form))
        form.clear()
        tabled = False

    i = 0
    while i < len(lines):
        line = lines[i]
        page_no = line.page
        text = " ".join(line.text.split())
        if not text:
            i += 1
            continue
        col = column[id(line)]
        if col_left is not None and abs(col.left - col_left) > COLUMN_SLACK:
            # the text goes on in the next column: the edges read so far move with it
            shift = col.left - col_left
            heading_x = heading_x + shift if heading_x is not None else None
            answer_x = answer_x + shift if answer_x is not None else None
            known_answer_x = known_answer_x + shift if known_answer_x is not None else None
            label_x += shift
        col_left = col.left
        under = heading_x is not None and line.x0 >= heading_x + _ANSWER_INDENT
        # a heading names a member only with their title ("Ms", "Councillor", "Dr"); an
        # untitled name needs its "Name" label
        titled = bool(HONORIFIC_RE.match(text) or _TITLED.match(text))
        name = _name_heading(text) if (line.heading or line.bold) and titled and not under else None
        pairs: list[tuple[str, str]] = []
        after = i + 1
        if not name:
            # an answer's lines are not a form's row: its cells are not merged over lines
            cells, after = ([c.text for c in header_cells(line)], i + 1) if under else _form_row(lines, i)
            # (a row of labels alone, each ending in a colon: no answer's line, even indented)
            if (centred := _centred_row(lines, i)) is not None:
                cells, after = centred
            pairs = _pairs_of(cells)
            name = next((n for lab, val in pairs if (n := _member_name(lab, val))), None)
        if name:
            close()
            person, role, declared, heading_x, joining = name, None, None, None, False
            # the member's particulars printed in the row of their name ("Board position: Chair",
            # "Date of statement | 3 March 2025")
            for lab, val in pairs:
                if _QUALIFIED_ROLE_LABEL.match(lab) or _MEMBERSHIP_LABEL.match(lab):
                    role = role or val
                elif _declaration_date_label(lab):
                    declared = declared or val
            i = after
            continue
        if person is None:
            i += 1
            continue
        if grid := _column_header(line):
            # a table of the member's interests: under the current category, or under the name
            beside = [lines[i - 1]] if i > 0 and _header_beside(grid, lines[i - 1]) else []
            j = i + 1
            while j < len(lines) and _header_beside(grid, lines[j]):
                beside.append(lines[j])
                j += 1
            for c in (c for ln in beside for c in header_cells(ln)):
                if all(abs(c.x0 - s) > COLUMN_SLACK for s in grid.starts):
                    grid.starts.append(c.x0)
                    grid.labels.append(c.text)
            while j < len(lines) and _header_wrap(grid, lines[j - 1], lines[j]):
                for k, c in enumerate(grid_cells(lines[j], grid)):
                    if c:
                        grid.labels[k] = f"{grid.labels[k]} {c}"
                j += 1
            cols = _columns(grid.labels)
            rows, after = _table_rows(lines, j, grid) if cols else ([], j)
            if heading_x is None:
                flush()
                form.append(FormEntry(person, role, None, "", "", page_no))
                heading_x = line.x0 - _ANSWER_INDENT
            for row in rows if cols else []:
                if cols.spouse is not None or _MODEL_FORM_SELF.match(grid.labels[cols.body]):
                    # the model form's row: the member's and the spouse's answers, no body column
                    # (each answer its own entry, not lines of one cell to join)
                    form.extend(
                        FormEntry(person, role, None, kind or _MODEL_FORM_PART, a, page_no)
                        for a, kind in _model_form_answers(row, cols)
                    )
                    continue
                org = row[cols.body].strip()
                nature = row[cols.nature].strip() if cols.nature is not None else ""
                if cols.nature is not None and not nature:
                    continue
                if not (nature or org) or _NOTHING.match(nature or org):
                    continue
                kind = "indirect" if cols.direct is not None and _INDIRECT.match(row[cols.direct]) else None
                answers.append((nature or org, page_no, org, kind))
            tabled = tabled or bool(rows)
            joining = False
            i = max(after, i + 1)
            continue
        if answer_x is not None:
            prev = lines[i - 1]
            close_below = prev.page == page_no and line.top - prev.bottom <= _WRAP_GAP_HEIGHTS * (
                line.height or 8.0
            )
            now = header_cells(line)
            if close_below and now and all(c.x0 >= answer_x - COLUMN_SLACK for c in now):
                # the answer cell's next line
                answers.append((text, page_no, None, None))
                cell_geometry.append((text, now[0].x0, now[-1].x1))
                i += 1
                continue
            if close_below and now and abs(now[0].x0 - label_x) <= COLUMN_SLACK and line.numbered is None:
                # the label wrapped in its cell, the answer's line beside it
                form[-1].category = f"{form[-1].category} {' '.join(now[0].text.split())}"
                if rest := [c for c in now[1:] if c.x0 >= answer_x - COLUMN_SLACK]:
                    answers.append((" ".join(" ".join(c.text for c in rest).split()), page_no, None, None))
                    cell_geometry.append((answers[-1][0], rest[0].x0, rest[-1].x1))
                i += 1
                continue
            flush()
        if (row := _category_row(line, known_answer_x)) is not None:
            flush()
            heading_x, joining = None, False
            form.append(FormEntry(person, role, None, row[0], "", page_no))
            label_x, answer_x = row[2], row[3]
            known_answer_x = answer_x
            answers = [(row[1], page_no, None, None)]
            cell_geometry.append((row[1], row[3], row[4]))
            i += 1
            continue
        i += 1
        numbered = line.numbered is not None
        if (numbered or (_CATEGORY_HEADING.match(text) and (line.bold or line.heading))) and (
            heading_x is None or line.x0 < heading_x + _ANSWER_INDENT
        ):
            flush()
            label = line.numbered.rest if numbered and line.numbered else text
            form.append(FormEntry(person, role, None, " ".join(label.split()), "", page_no))
            heading_x, joining = line.x0, True
            continue
        if under and heading_x is not None:
            if line.x0 <= heading_x + _ANSWER_REACH:
                joining = False
                if line.has_box:
                    answer_ends[len(answers)] = (text, line.x0, line.x1, col.right)
                answers.append((text, page_no, None, None))
            continue
        if heading_x is not None and joining:
            form[-1].category = f"{form[-1].category} {text}"
            continue
        # a line at the margin: the member's particulars, or the end of the category
        flush()
        heading_x = None
        if not form and _PARTICULAR_SEP.search(text):
            # the member's particulars on one line, the first part unlabelled their post
            for k, part in enumerate(_PARTICULAR_SEP.split(text)):
                if m := _LABEL_VALUE.match(part):
                    lab, val = m.group("label"), m.group("value")
                    if _ROLE_LABEL.match(lab):
                        role = role or val
                    elif _declaration_date_label(lab):
                        declared = declared or val
                elif k == 0 and len(part.split()) <= _MAX_LABEL_WORDS:
                    role = role or part
            i = after
        elif pairs and not form:
            # (every pair of the row: "Type of return | ... | Date lodged | 12 September 2025")
            for lab, val in pairs:
                if (
                    _ROLE_LABEL.match(lab)
                    or _MEMBERSHIP_LABEL.match(lab)
                    or re.match(r"^\s*ward\b", lab, re.I)
                ):
                    role = role or val
                elif _declaration_date_label(lab):
                    declared = declared or val
            i = after
        if m := _SIGNED_DATE.search(text):
            declared = declared or " ".join(m.group("d").split())
    close()
    if cell_lines:
        right = max(x1 for cell in cell_lines.values() for _, _, x1 in cell)
        forms = [[part for e in f for part in _part_cell(e, cell_lines.get(id(e)), right)] for f in forms]
    # a register declares for several members: one heading-and-numbered-items run alone is
    # a paper's sections under its title, not a member's declaration
    if len({f[0].person for f in forms}) < MIN_CATEGORY_ROWS:
        return []
    # (a form closed by a declaration sentence whose date label wraps on to the next line,
    # "Signed: ... Date of" / "declaration: 13 January 2025", is dated from the page's text)
    _signed_dates(doc, forms)
    return [e for f in forms for e in f if e.answer]

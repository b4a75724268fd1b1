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
from dataclasses import dataclass

from ..layout import layout_of
from ..layout.tables import header_cells
from ..model import Document
from .attendance import HONORIFIC_RE, strip_honorifics

# The label that names the person the form is about: "Name of Trustee:", "Name of governor",
# "Trustee name", "Member's name", "Name" — with the name after a colon in the same cell or in
# the next cell.
_PERSON_LABEL = re.compile(
    r"^\s*(?:(?:full\s+)?name(?:\s+of\s+(?:the\s+)?(?:trustee|member|board\s+member|governor|director|"
    r"councillor|declarant|commissioner|non-executive(?:\s+director)?|officer))?"
    r"|(?:trustee|member|governor|director|councillor|declarant)['’]?s?\s+name)\s*:?\s*(?P<rest>.*)$",
    re.I,
)
# The person's particulars: their post, how they came to the board, the form's date and
# signature. Not interests.
_ROLE_LABEL = re.compile(r"^\s*(?:position|role|post|office\s+held|designation|title)\b", re.I)
_DATE_LABEL = re.compile(
    r"^\s*(?:date(?:\s+of\s+(?:declaration|notification|registration|return|signature))?|date\s+(?:signed|"
    r"declared|registered|updated)|last\s+updated)\s*:?\s*$",
    re.I,
)
_PARTICULAR_LABEL = re.compile(
    r"^\s*(?:basis\s+of\s+appointment|appointed|appointment|term\s+of\s+office|date\s+appointed|"
    r"signed|signature|declaration|committees?|address|email|telephone)\b",
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
    r"trusteeships?|charit|political|business|investments?|loyalt",
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
    r"(?P<d>\d{1,2}(?:st|nd|rd|th)?[\s./-]+(?:[A-Za-z]{3,9}|\d{1,2})[\s./-]+\d{2,4})",
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
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
# "Yes" (with its own full stop or a colon) opening an answer: the question's answer
_YES = re.compile(r"^\s*yes\b[.:;,]?\s*", re.I)
# an answer saying nothing: "No", "Nil", "No. Nil", "None."
_NOTHING = re.compile(r"^\s*(?:yes|no|nil|none)(?:[.,;]?\s*(?:nil|none))?\s*\.?\s*$", re.I)
# an answer this far right of its heading is not under it (a running header left on the page)
_ANSWER_REACH = 80.0
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
    if 2 <= len(words) <= 6 and all(_NAME_WORD.match(w) for w in words) and shouting <= 1:
        return name
    return None


def _cells_pair(line) -> tuple[str, str] | None:  # noqa: ANN001 - a layout Line
    """(label, value) of a particulars line: "Label: value" or label and value in two cells."""
    text = " ".join(line.text.split())
    if m := _LABEL_VALUE.match(text):
        return m.group("label"), m.group("value")

    cells = header_cells(line)
    if len(cells) == 2:
        return " ".join(cells[0].text.split()), " ".join(cells[1].text.split())
    return None


# a line naming a member by a label: "Name: ...", "Director name | ...", "Full name ..."
_NAME_LABEL_LINE = re.compile(r"\bname\b\s*:?\s+\S", re.I)


def _may_hold_members(doc: Document) -> bool:
    """Whether the text has the member headings heading_entries needs (a titled name alone on a
    line, or a "Name" label) for at least MIN_CATEGORY_ROWS members, tested on the page text
    before the layout is built: this reader is the fallback of every document that declares
    nothing, and most of them (minutes with a "Declarations of interest" item) have no such
    headings; building their layout for it cost about 15% of the extract stage on the bulk corpus."""
    seen = 0
    for page in doc.pages:
        for raw in page.lines:
            text = " ".join(raw.split())
            titled = HONORIFIC_RE.match(text) or _TITLED.match(text)
            if (titled and _name_heading(text)) or _NAME_LABEL_LINE.search(text):
                seen += 1
                if seen >= MIN_CATEGORY_ROWS:
                    return True
    return False


def heading_entries(doc: Document) -> list[FormEntry]:
    """Every category answer of members' declarations printed as headings and indented answers
    (see above); members with fewer than MIN_CATEGORY_ROWS categories are not kept."""
    if not re.search(r"interest|disclos|declar", doc.text, re.I) or not _may_hold_members(doc):
        return []

    lay = layout_of(doc)
    forms: list[list[FormEntry]] = []
    form: list[FormEntry] = []
    person: str | None = None
    role: str | None = None
    declared: str | None = None
    heading_x: float | None = None  # the current category heading's left edge
    answers: list[tuple[str, int]] = []
    joining = False  # the heading's wrapped lines still follow

    def flush() -> None:
        nonlocal answers, heading_x
        if form and answers:
            # one entry per printed item: a line opens one after a line closing a sentence or
            # when it carries its own item mark "(a)"; otherwise it is the line above wrapped
            head = form.pop()
            entries: list[tuple[str, int]] = []
            for text, pg in answers:
                if _YES.match(text) and not entries:
                    text = _YES.sub("", text)
                if not text or _NOTHING.match(text):
                    continue
                if entries and not _ITEM_MARK.match(text) and not entries[-1][0].endswith((".", ";")):
                    entries[-1] = (f"{entries[-1][0]} {text}", entries[-1][1])
                else:
                    entries.append((_ITEM_MARK.sub("", text), pg))
            for text, pg in entries:
                form.append(FormEntry(head.person, head.role, None, head.category, text, pg))
            if not entries:
                form.append(head)
        answers = []

    def close() -> None:
        flush()
        if len(form) >= MIN_CATEGORY_ROWS:
            for e in form:
                e.declared_on = e.declared_on or declared
            forms.append(list(form))
        form.clear()

    for page in doc.pages:
        for line in lay.page(page.number).lines:
            text = " ".join(line.text.split())
            if not text:
                continue
            under = heading_x is not None and line.x0 >= heading_x + _ANSWER_INDENT
            # a heading names a member only with their title ("Ms", "Councillor", "Dr"); an
            # untitled name needs its "Name" label
            titled = bool(HONORIFIC_RE.match(text) or _TITLED.match(text))
            name = _name_heading(text) if (line.heading or line.bold) and titled and not under else None
            pair = None if name else _cells_pair(line)
            if pair and _PERSON_LABEL.match(pair[0]) and pair[0].lower().rstrip(": ").endswith("name"):
                name = _name_heading(pair[1])
            if name:
                close()
                person, role, declared, heading_x, joining = name, None, None, None, False
                continue
            if person is None:
                continue
            numbered = line.numbered is not None
            if (numbered or (_CATEGORY_HEADING.match(text) and (line.bold or line.heading))) and (
                heading_x is None or line.x0 < heading_x + _ANSWER_INDENT
            ):
                flush()
                label = line.numbered.rest if numbered and line.numbered else text
                form.append(FormEntry(person, role, None, " ".join(label.split()), "", page.number))
                heading_x, joining = line.x0, True
                continue
            if under and heading_x is not None:
                if line.x0 <= heading_x + _ANSWER_REACH:
                    joining = False
                    answers.append((text, page.number))
                continue
            if heading_x is not None and joining:
                form[-1].category = f"{form[-1].category} {text}"
                continue
            # a line at the margin: the member's particulars, or the end of the category
            flush()
            heading_x = None
            if pair and not form:
                if _ROLE_LABEL.match(pair[0]) or re.match(r"^\s*ward\b", pair[0], re.I):
                    role = role or pair[1]
                elif re.match(r"^\s*date\b", pair[0], re.I):
                    declared = declared or pair[1]
            if m := _SIGNED_DATE.search(text):
                declared = declared or " ".join(m.group("d").split())
    close()
    # a register declares for several members: one heading-and-numbered-items run alone is
    # a paper's sections under its title, not a member's declaration
    if len({f[0].person for f in forms}) < MIN_CATEGORY_ROWS:
        return []
    return [e for f in forms for e in f if e.answer]

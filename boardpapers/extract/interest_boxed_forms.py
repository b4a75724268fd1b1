"""Registers of interests printed as one ruled box per member, read from the page's tables.

Family: registers whose members' declarations are each one ruled table -- the member's row at
the top of the box (a "Member: ... | Position: ..." band, a "Name of councillor | Cr ... |
Position | ..." row, or the member's titled name beside their post and "Declared dd/mm/yyyy"),
then the form's rows: Part or Schedule bands across the box ("PART A – FINANCIAL INTERESTS"),
coded or worded questions at the left ("A1 | Employment, office, trade ...", "Financial
interests") and the member's answer in the cell at the right, a "From" year or a date beside it
at most; a category spanning several rows leaves its cell empty under the first. Seen in small
island commissions' registers (Parts A/B/C with coded questions), NHS foundation trusts'
registers of governors' interests (one boxed table per governor, category | description |
from), and councils' returns whose id box names the member above the return.

The generic table readers need one header row naming the fields over every member's rows; a
box per member has none (or only a "Category | Description | From" row inside each box), so it
is read box by box: the member from the box's first row, the categories from the rows' left
cells, one answer per row (split into entries one a line by `interests.form_registers`). A box
broken at a page break goes on in the first table of the next page. A fallback: it runs when no
other register reader found anything (`interests.extract_interests`).
"""

from __future__ import annotations

import re

from ..model import Document
from .attendance import HONORIFIC_RE, strip_honorifics
from .interest_forms import (
    _COMMA_POSTNOMINALS,
    _PERSON_LABEL,
    _ROLE_LABEL,
    MIN_CATEGORY_ROWS,
    FormEntry,
    _is_category,
    _name_heading,
)
from .interest_nil import NIL_PHRASE

# a member's particulars in one cell, parted by a bar or a middle dot: "Member: Jane Roe |
# Position: Chair", "Public Governor, North · Declared 03/04/2025"
_SEP = re.compile(r"\s+[|·•]\s+")
# the label naming the member in their box: the person labels of `interest_forms`, and the
# member's kind alone before a colon ("Member:", "Governor:", "Councillor:")
_MEMBER_LABEL = re.compile(
    r"^\s*(?:member|governor|councillor|trustee|director|board\s+member|declarant)\s*:\s*(?P<rest>\S.*)$",
    re.I,
)
_LABEL_VALUE = re.compile(r"^\s*(?P<label>[A-Za-z][\w ’'/-]{1,40}?)\s*:\s*(?P<value>\S.*)$")
# the date the member declared, in their particulars: "Declared 03/04/2025", "Date lodged:
# 12 September 2025", "Signed 2 May 2025"
_DATE = r"\d{1,2}(?:st|nd|rd|th)?[\s./-]+(?:[A-Za-z]{3,9}|\d{1,2})[\s./-]+\d{2,4}"
_DECLARED = re.compile(
    rf"\b(?:declared|dated?|signed|registered|lodged|updated|amended|received)\b[^:\d]{{0,30}}:?\s*(?P<d>{_DATE})",
    re.I,
)
_DATE_ONLY = re.compile(rf"^\s*(?:{_DATE}|(?:19|20)\d\d|[A-Za-z]{{3,9}}\s+\d{{4}})\s*$")
# a label of the member's particulars, not a category: "Date of registration / last amendment",
# "Date lodged", "Type of return", "Period", "Ward", "Constituency"
_PARTICULAR = re.compile(
    r"^\s*(?:date|type\s+of\s+return|period|ward|constituency|electoral|basis\s+of|term\s+of|appointed|"
    r"signed|signature|category\s+of\s+membership)\b",
    re.I,
)
# A Part's band across the box: "PART A – FINANCIAL INTERESTS", "Schedule 2: Non-financial",
# "Section 3 Family interests"
_BAND = re.compile(r"^\s*(?:part|schedule|section)\s+[A-Z0-9]{1,3}\b", re.I)
# an answer declaring nothing: "Nil", "None", "Not applicable", "No interests declared in any
# category.", and a bare "No" answering a form's question ("3. Financial interests. Do you own
# shares ...? | No": statutory forms whose categories are asked as questions), a reason in
# brackets after it ("None (retired)")
_NOTHING = re.compile(rf"^\s*(?:no|{NIL_PHRASE})\s*(?:\([^()]{{1,30}}\))?\s*[.;]?\s*$", re.I)
# A numbered question's heading before the question itself: "1. Employment. List your current
# employer(s) ..." -> "1. Employment" (forms that print the category, then what to declare under it)
_QUESTION_HEADING = re.compile(r"^(?P<head>\(?\w{1,3}[.)]\s+[^.?]{3,60}?)\.\s+[A-Z][^.?]{12,}")
# the words of a box's column header row inside it: "Category | Description of interest | From"
_HEADER_WORDS = frozenset(
    "category categories description details detail nature interest interests of the from to since "
    "date year held type kind name and or organisation organization body position "
    # "Category of registrable interest | Registered interest" (Scottish councillors' registers)
    "registrable registered".split()
)


def _header_row(vals: list[str]) -> bool:
    words = [w.lower() for v in vals for w in re.findall(r"[A-Za-z]+", v)]
    return bool(words) and all(w in _HEADER_WORDS for w in words)


# Titles of office or calling before a name that the shared honorifics do not hold: Channel
# Islands' "Advocate" and "Deputy" (a States member), a nurse's "Sister", "Alderman", "Senator"
_OFFICE_TITLE = re.compile(r"^\s*(?:advocate|deputy|sister|alderman|senator|judge)\s+(?=\S+\s+\S)", re.I)


def _name(text: str) -> str | None:
    """A member's name as their box prints it: titled or not, post-nominals dropped."""
    # (post-nominals after a comma dropped first: "Jane Roe, RRT", "John Doe, CPA, MBA")
    name = _name_heading(_COMMA_POSTNOMINALS.sub("", strip_honorifics(" ".join(text.split()))))
    return _OFFICE_TITLE.sub("", name) if name else None


class _Member:
    def __init__(self, person: str) -> None:
        self.person = person
        self.role: str | None = None
        self.declared: str | None = None

    def particulars(self, parts: list[str]) -> None:
        """The member's post and declaration date, from "Label: value" parts or unlabelled."""
        for part in parts:
            if m := _DECLARED.search(part):
                self.declared = self.declared or m.group("d")
                part = part[: m.start()].strip(" ,;·")
            if not part:
                continue
            if m := _LABEL_VALUE.match(part):
                if _ROLE_LABEL.match(m.group("label")):
                    self.role = self.role or m.group("value").strip()
                continue
            # the first unlabelled part after the name is the member's post
            if self.role is None and not _DATE_ONLY.match(part):
                self.role = part


def _cells(row: list[str | None]) -> list[str]:
    """The row's cells, each line's spaces squeezed (an answer's lines are kept: one entry a line)."""
    return ["\n".join(" ".join(ln.split()) for ln in (c or "").splitlines() if ln.strip()) for c in row]


def _member_row(row: list[str]) -> _Member | None:
    """The member a box's first row names (see the module's doc), with their particulars."""
    parts = [p for c in row if c for p in _SEP.split(" ".join(c.split())) if p.strip()]
    if not parts:
        return None
    first = parts[0]
    m = _MEMBER_LABEL.match(first) or _PERSON_LABEL.match(first)
    if m:
        rest = m.group("rest").strip(" :")
        if rest:
            name, others = _name(rest), parts[1:]
        elif len(parts) > 1:
            name, others = _name(parts[1]), parts[2:]
        else:
            return None
        if not name:
            return None
        member = _Member(name)
        # label | value cells after the name: "Position | Mayor (A Ward)"
        k = 0
        flat: list[str] = []
        while k < len(others):
            if not _LABEL_VALUE.match(others[k]) and k + 1 < len(others) and _ROLE_LABEL.match(others[k]):
                flat.append(f"{others[k]}: {others[k + 1]}")
                k += 2
            else:
                flat.append(others[k])
                k += 1
        member.particulars([p for p in flat if _LABEL_VALUE.match(p) or _DECLARED.search(p)])
        return member
    # a titled name alone in its cell ("Mrs Patricia Oyelaran-Smith"), the member's post and date
    # beside it
    titled = bool(HONORIFIC_RE.match(first))
    name = _name(first)
    if not name or (not titled and len(parts) < 2):
        return None
    member = _Member(name)
    member.particulars(parts[1:])
    if not titled and member.declared is None:
        return None
    return member


def boxed_form_entries(doc: Document) -> list[FormEntry]:
    """Every answer of every member's box (see above), its lines joined with newlines; nothing
    unless at least MIN_CATEGORY_ROWS members' boxes hold answers or declare nothing."""
    if not any(p.tables for p in doc.pages):
        return []
    low = doc.lower_text()
    if "interest" not in low:
        return []
    forms: list[tuple[_Member, list[FormEntry]]] = []
    member: _Member | None = None
    entries: list[FormEntry] = []
    answered: set[int] = set()  # the members whose boxes hold a category's answer, "Nil" or not
    for page in doc.pages:
        for t, tab in enumerate(page.tables):
            rows = [_cells(r) for r in tab.rows]
            rows = [r for r in rows if any(r)]
            if not rows:
                continue
            who = _member_row(rows[0])
            if who is None and len(rows) > 1 and sum(1 for c in rows[0] if c) == 1:
                # the form's title band across the top of the box ("FORM 3 ANNUAL DECLARATION OF
                # INTERESTS ... Declaration 2 of 6"), the member's row under it
                who = _member_row(rows[1])
                if who is not None:
                    rows = rows[1:]
            if who is not None:
                member, entries = who, []
                forms.append((member, entries))
                rows = rows[1:]
            elif member is None or t > 0:
                # (a box goes on over a page break only in the next page's first table)
                member = None
                continue
            part = ""
            category = ""
            for row in rows:
                vals = [c for c in row if c]
                label = " ".join(vals[0].split())
                if len(vals) > 1 and re.match(r"^\s*date\b", label, re.I):
                    # the form's date: "Date of registration / last amendment | 14 April 2025"
                    if _DATE_ONLY.match(vals[-1]):
                        member.declared = member.declared or " ".join(vals[-1].split())
                    continue
                dated = next((k for k, v in enumerate(vals) if k and re.match(r"^\s*date\b", v, re.I)), None)
                if dated is not None:
                    # the member's particulars in label | value pairs: "Political group | ... | Date
                    # of notification | 12 May 2025" (the id box above a councillor's form)
                    if dated + 1 < len(vals) and _DATE_ONLY.match(vals[dated + 1]):
                        member.declared = member.declared or " ".join(vals[dated + 1].split())
                    continue
                # the row's cells, a trailing year or date column ("From", "Date registered") dropped
                cells = list(row)
                while cells and (not cells[-1] or _DATE_ONLY.match(cells[-1])) and len(cells) > 1:
                    cells.pop()
                vals = [c for c in cells if c]
                if not vals:
                    continue
                if _header_row([" ".join(v.split()) for v in vals]):
                    continue
                if len(vals) == 1 and cells[0]:
                    text = " ".join(vals[0].split())
                    if _NOTHING.match(text):
                        answered.add(id(member))
                    elif m := _DECLARED.search(text):
                        # the signature line across the foot of the box: "Signature: ... Date: 9
                        # January 2025"
                        member.declared = member.declared or m.group("d")
                    elif _BAND.match(text) or (text.isupper() and len(text.split()) > 1):
                        part, category = text, text
                    continue
                if not cells[0]:
                    # a category spanning rows: the answer under the one above
                    label, answer = category, vals[-1]
                else:
                    label, answer = " ".join(" ".join(vals[:-1]).split()), vals[-1]
                    if _ROLE_LABEL.match(label):
                        member.role = member.role or answer
                        continue
                    if _PARTICULAR.match(label) or not (_is_category(label) or part):
                        continue
                    if m := _QUESTION_HEADING.match(label):
                        label = m.group("head")
                    category = label if not part else f"{part}: {label}"
                answered.add(id(member))
                if not _NOTHING.match(answer):
                    entries.append(FormEntry(member.person, member.role, None, category, answer, page.number))
    kept = [(m, es) for m, es in forms if es]
    if len(answered) < MIN_CATEGORY_ROWS or not kept:
        return []
    for m, es in kept:
        for e in es:
            e.role = e.role or m.role
            e.declared_on = m.declared
    return [e for _, es in kept for e in es]

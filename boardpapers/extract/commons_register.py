"""The House of Commons Register of Members' Financial Interests layout:
per-member entries ("Surname, Given (Constituency)") under numbered
categories ("1. Employment and earnings", "7. (i) Shareholdings ..."), each
entry closed by "(Registered <date>[; updated <date>])"; an entry without one
(e.g. family members employed) ends at the next category or member heading
and has no declared_on.

Text only (no tables, no spans), one pass over the lines: a 438-page register
parses in well under a second once read.
"""

from __future__ import annotations

import re

from ..model import Document
from ..text import squash_spaces
from .normalise import iso_date
from .records import Interest

# Category number -> (record category, canonical name). The register's own
# names are kept in `notes`; these only decide the category.
CATEGORIES: dict[str, tuple[str, str]] = {
    "1": ("pecuniary", "Employment and earnings"),
    "2": ("pecuniary", "Donations and other support for activities as an MP"),
    "3": ("pecuniary", "Gifts, benefits and hospitality from UK sources"),
    "4": ("pecuniary", "Visits outside the UK"),
    "5": ("pecuniary", "Gifts and benefits from sources outside the UK"),
    "6": ("pecuniary", "Land and property"),
    "7": ("pecuniary", "Shareholdings"),
    "8": ("other", "Miscellaneous"),
    "9": ("indirect", "Family members employed and paid from parliamentary expenses"),
    "10": ("indirect", "Family members engaged in lobbying the public sector"),
}

_CAT_LINE = re.compile(
    r"^(?P<num>10|[1-9])\.\s*(?:\((?P<sub>[a-z]|i{1,3}|iv)\)\s*)?(?P<name>"
    r"Employment and earnings|Donations|Support|Any other support|Gifts|Visits outside|Land and property|"
    r"Shareholdings|Other shareholdings|Miscellaneous|Family members)[^\n]*$"
)
_NAME_WORD = r"[A-Z][\w'’-]*"
_MEMBER = re.compile(
    rf"^(?P<surname>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}), (?P<given>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)?\.?\s?"
    rf"{_NAME_WORD}(?: {_NAME_WORD}\.?){{0,5}}) \((?P<seat>[^()]{{3,80}})\)\s*$"
)
_REGISTERED = re.compile(r"\(Registered\s+(?P<date>\d{1,2}\s+[A-Za-z]+\s+\d{4})(?P<rest>[^)]*)\)", re.S)
_LATE = re.compile(r"^(?:This is a late entry|Paragraph \d+ of chapter|.{0,40}rectification procedure)", re.I)
_TITLE = re.compile(r"register of members.? (?:financial )?interests[^\n]*(?:\n\s*as at [^\n]+)?", re.I)


def looks_like_commons_register(doc: Document) -> bool:
    head = "\n".join(p.text for p in doc.pages[:3])
    return (
        bool(_TITLE.search(head))
        and len(_REGISTERED.findall(head)) >= 3
        and bool(any(_MEMBER.match(ln.strip()) for ln in head.splitlines()))
    )


def _organisation(text: str) -> str | None:
    m = re.search(r"Name of donor:\s*([^\n]+?)(?:\s+Address of donor:|$)", text)
    if m:
        return m.group(1).strip()
    text = re.sub(r"^(?:(?:Since|From|Until|Between|On)\s[^,]{3,40},\s*)+", "", text)
    m = re.match(
        r"^(?:an?\s+|the\s+)?[A-Za-z -]{0,40}?(?:\(unpaid\)\s+)?(?:of|at|for|with)\s+(?:the\s+)?([A-Z][^,;:.]{2,80})",
        text,
    )
    if (
        m
        and text[:1].islower()
        or (m and re.match(r"^(?:Member|Trustee|Director|Chair|Patron|President)", text))
    ):
        return m.group(1).strip()
    m = re.match(r"^(?:Payments? from\s+)?(?:the\s+)?([A-Z][^,;:]{2,80})", text)
    return m.group(1).strip() if m else None


def parse_commons_register(doc: Document) -> list[Interest]:
    head = "\n".join(p.text for p in doc.pages[:2])
    tm = _TITLE.search(head)
    register = squash_spaces(tm.group(0)) if tm else "Register of Members' Financial Interests"
    out: list[Interest] = []
    person = role = None
    cat_num: str | None = None
    cat_label: str | None = None
    context: str | None = None  # a "Payments from X:" line heading several entries
    buf: list[str] = []
    buf_page = 0

    def flush_entry(text: str, page: int) -> None:
        nonlocal context
        text = squash_spaces(text)
        if not text or person is None or cat_num is None:
            return
        m = _REGISTERED.search(text)
        declared = iso_date(m.group("date")) if m else None
        nature = _REGISTERED.sub("", text).strip()
        org_src = nature if not context else context
        category = CATEGORIES.get(cat_num, ("other", ""))[0]
        notes = f"category {cat_label}"
        if m and m.group("rest").strip(" ;"):
            notes += f"; {m.group('rest').strip(' ;')}"
        out.append(
            Interest(
                person=person,
                declared_on=declared,
                role=role,
                organisation=_organisation(org_src),
                nature=f"{context} {nature}".strip() if context else nature,
                category=category,
                register=register,
                page=page,
                notes=notes,
            )
        )

    flat = [
        (page.number, ln.strip())
        for page in doc.pages
        for ln in page.lines
        if ln.strip() and not re.fullmatch(r"\d{1,3}", ln.strip()) and not ln.strip().startswith("_____")
    ]
    for i, (number, line) in enumerate(flat):
        if line:
            nxt = flat[i + 1][1] if i + 1 < len(flat) else ""
            mm = _MEMBER.match(line)
            # a member heading is followed by a category heading or "Nil"
            if mm and (nxt == "Nil" or _CAT_LINE.match(nxt)):
                if buf:
                    flush_entry(" ".join(buf), buf_page)
                buf, context = [], None
                person = f"{mm.group('given').strip()} {mm.group('surname').strip()}"
                role = f"MP for {mm.group('seat').strip()}"
                cat_num = cat_label = None
                continue
            cm = _CAT_LINE.match(line)
            if cm and person:
                if buf:
                    flush_entry(" ".join(buf), buf_page)
                buf, context = [], None
                cat_num = cm.group("num")
                cat_label = line
                continue
            if cat_label and not buf and line[:1].islower() and cat_label == flat[i - 1][1]:
                cat_label = f"{cat_label} {line}"  # a category heading wrapped over two lines
                continue
            if person is None or cat_num is None:
                continue
            if line == "Nil":
                continue
            if _LATE.match(line) and out and out[-1].person == person and not buf:
                out[-1].notes = f"{out[-1].notes}; {line}"
                continue
            if not buf:
                buf_page = number
            buf.append(line)
            joined = " ".join(buf)
            if _REGISTERED.search(joined):
                # text after the closing bracket on the same line belongs to this entry's notes
                flush_entry(joined, buf_page)
                buf = []
            elif (
                line.endswith(":")
                and not line.endswith("Hours:")
                and not re.search(r"(?:Name|Address) of donor|Date received|received £", joined)
            ):
                context = re.sub(r"\s+", " ", joined)  # "Payments from the Guardian, ..., for articles:"
                buf = []
    if buf:
        flush_entry(" ".join(buf), buf_page)
    return out

"""Registers of interests printed one member at a time, read when no other reader found anything.

Family: boards', trusts', councils' and colleges' registers printed member by member in shapes
the other readers were not built on: a member's name as an anchor line (bold, or in capitals,
perhaps numbered "3. DR. X Y", with titles "Rev. Canon Dr.", "PROF. (MRS.)", post-nominals
"OD, JP", "ESQ.") with the post after a comma on the same line or on the next line; a date line
near it ("Declared: 10 February 2025", "Declaration signed: 14th November, 2024", "Statement
filed ..."); then the member's entries up to the next member: lines, bullets or sentences, each
perhaps under a label or a lettered / numbered head ("(a) Employment/office:", "2. Memberships")
that names its category; "Nil" / "None" entries are nil returns. Members may run down two text
columns of a page.

It is the last fallback of extract_interests (see there): every reader built on one register's
layout runs first. Precision comes from the gate (a register's words in the text), at least
MIN_MEMBERS anchors that parse as persons' names, and their bodies having a register's shape
(a few short entries, not paragraphs of prose).
"""

from __future__ import annotations

import re
from statistics import median

from ..layout import layout_of
from ..layout.tables import join_wrapped
from ..model import Document
from .attendance import NON_NAME, ORG_WORDS, PARTICLES
from .dates import find_date
from .interest_member_lists import (
    _REGISTER_TEXT,
    _SLACK,
    _TITLE_WORDS,
    _column,
    _columns,
    _page_cells,
    _reading_order,
)
from .interest_nil import NIL_PHRASE
from .interest_sections import _NOT_NAME, _goes_on
from .normalise import interest_category
from .records import Interest

# A register's title is at most this many words (a preface's sentence is longer)
MAX_TITLE_WORDS = 15
# The first member is on the title's page or at most this many pages after it
TITLE_PAGES = 1
# A register names at least this many members (the read ones: 7 and 8)
MIN_MEMBERS = 3
# ... and at least this share of its members have a body (an entry, a nil return or a date line)
# under them (a list of names with nothing under them is a list of attendees)
BODY_SHARE = 0.6
# An entry is a line, a bullet or a sentence or two: the median entry is at most this many words
# (the read ones: 4 to 9; minutes' paragraphs under a bold name are longer)
MAX_MEDIAN_WORDS = 22
# ... and a member's body is a few entries: at most this many cells a member on the median
# (the read ones: 3 to 12; a report's section under a name runs on)
MAX_MEDIAN_CELLS = 16
# At most this share of the cells under the members are rows of three cells or more (the read
# ones: none; a register printing a table of the code's paragraphs under each member: most)
MAX_TABLE_ROW_SHARE = 0.2
# The lines after the members' names left unread (after a heading or a line across the
# columns ends a member's body) are at most this many times those read (the read ones: under
# 1; a register printing each member's form as a table under a heading row: tens)
MAX_SKIPPED_RATIO = 2.0
# A member's anchor line is at most this many characters (the read ones: up to 75)
MAX_ANCHOR_CHARS = 110
# A post printed on the line under the name is at most this many words (the read ones: 1 to 9)
MAX_POST_WORDS = 10
# A label or head is at most this many words ("(c) Contracts with Council:")
MAX_LABEL_WORDS = 8
# "Nature, Organisation": the nature before the first comma is a post of at most this many words
# ("Professor of Community Health Nursing, University of ...")
MAX_NATURE_WORDS = 6

# the register's words in the plain text, a cheap test before the regex
_GATE = ("nterest", "NTEREST")
# titles before a member's name, in any case: "Mrs.", "Rev. Canon Dr.", "PROF. (MRS.)", "ALHAJI",
# "Hon.", "Fr.", "Cr", "Cllr"
_TITLE = re.compile(
    r"^(?:the\s+)?(?:\((?:mrs|mr|ms|miss|dr)\.?\)|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd|reverend|"
    r"canon|fr|father|sr|sister|hon|honourable|rt|right|very|cr|cllr|councillor|alhaji|alhaja|hajia|nana|chief|"
    r"mayor|deputy\s+mayor|eng|engr|justice|judge|lady|lord|imam|pastor|bishop|archbishop"
    # a seat or office printed before the name ("Director Maria X", "Alternate Director Y")
    r"|(?:alternate\s+|associate\s+|deputy\s+)?(?:director|trustee|governor|commissioner|supervisor|delegate))\.?(?:\s+|$)",
    re.I,
)
# post-nominal letters after the name: "OD", "JP", "ESQ.", "CPA", "MD", "FRCPC", "PhD"
_POST_NOMINAL = re.compile(r"^(?:[A-Z][A-Za-z]{0,1}[A-Z.]{0,6}|Esq\.?|ESQ\.?|PhD|Ph\.D\.|MSc|BSc|MBA)$")
_TRAILING_LETTERS = re.compile(r"^[A-Z]{2,5}$")
# a member's number: "1.", "12)", "(3)"
_NUMBER = re.compile(r"^\s*\(?\d{1,3}[.)]\s+")
# a word of a name: capitalised or in capitals, an initial, hyphens and apostrophes
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
# a date line near the member's name: "Declared: 10 February 2025", "Declaration signed: 14th
# November, 2024", "Statement filed 3 March 2025", "Date of declaration: ...", "Signed ...",
# "Received ...", "Updated ..."
_DATE_LINE = re.compile(
    r"^\s*(?:date\s+(?:of\s+)?(?:declaration|return|statement|signature)|date\s+(?:declared|signed|received|filed)"
    r"|declared|declaration|statement|return|form|signed|dated|received|filed|updated|last\s+updated)\b",
    re.I,
)
# a lettered or numbered head opening a line, with its label and what follows: "(a) Employment/
# office: Professor ...", "b) Shareholdings", "2. Memberships:" ("– " joins a wide gap)
_HEAD = re.compile(r"^\s*\(?(?P<mark>[a-h]|[ivx]{1,4}|\d{1,2})[.)]\s+(?P<rest>.*)$")
# a label and its answer: "Employment/office: Professor ...", "Heads (a) to (e): Nil"
_LABEL = re.compile(r"^(?P<label>[^:]{2,60}?)\s*:\s*(?:[–—]\s*)?(?P<rest>.*)$")
# a nil return, with a head's "under all heads"
_NIL = re.compile(
    rf"^\s*(?:no|{NIL_PHRASE})(?:\s+(?:under|in)\s+(?:all|any|each|every)\s+(?:heads?|categor(?:y|ies)|sections?|parts?))?\s*[.;]?\s*$",
    re.I,
)
# a head of a preface's list: "(a) remunerated employment, office ...;" up to the next head
_LEGEND = re.compile(r"\(([a-h])\)\s+([^;()]{3,120}?)\s*(?=;|\(|\.\s|\.$|$)")
# an entry declaring a relative's interest: "Her spouse, ...", "His brother ...", "Spouse is ..."
_RELATIVE = re.compile(
    r"^(?:(?:his|her|their|my|the\s+member'?s)\s+)?(?:spouse|husband|wife|partner|son|daughter|brother|sister"
    r"|father|mother|parent|child|relative)\b",
    re.I,
)
# an agenda item's words about declarations: "2. To receive any declarations of interest"
_AGENDA_ITEM = re.compile(
    r"^\s*\(?\d{1,2}[.)]?\s|\b(?:to\s+receive|to\s+note|to\s+declare|any\s+declarations?)\b", re.I
)
# a date in words or figures inside a line
_DATE_IN = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
)
# a bullet glyph opening an entry
_BULLET = re.compile(r"^\s*[•·▪◦‣●■□○\-–*]\s+")
# the dash between an entry's organisation and its role (or role and organisation)
_DASH = re.compile(r"\s[–—]\s|\s-\s")
# "Organisation (role)": a short role in brackets at the end
_ROLE_BRACKETS = re.compile(r"^(?P<org>.{3,}?)\s*\((?P<role>[^()]{2,50})\)\s*\.?$")
# a sentence's end inside an entry: ". " then a capital, not after a title or an initial
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Co|No|Jr|Sr|Fr))(?<!\bMrs)(?<!\bRev)(?<!\bHon)\.\s+(?=[A-Z])"
)
# an organisation named in a sentence: capitalised words ending with an organisation's word
_ORG_IN_SENTENCE = re.compile(
    r"((?:[A-Z][\w'’&.-]*\s+(?:(?:and|&)\s+)?){0,6}"
    r"(?:Limited|Ltd\.?|LLP|Inc\.?|PLC|plc|Services|Association|Society|Trust|Council|Company|Group|Partners"
    r"|Associates|Foundation|Bank|Hospital|University|College|Church|Diocese|Authority|Board|Network))\b"
)
# an entry of at least this many words, or opening with a pronoun, is a sentence ("Her husband
# is a Director of ...", "Holds 2,000 ordinary shares in ...": the read ones 8 to 30 words)
SENTENCE_WORDS = 12
_PRONOUNS = {"His", "Her", "Their", "Its", "My", "The", "A", "An", "Holds", "Owns", "Has", "Is"}
# heads of members' codes by their words, where the shared vocabulary finds no category
_HEAD_WORDS = (
    (re.compile(r"spouse|partner|relative|famil|household|dependant|indirect", re.I), "indirect"),
    (
        re.compile(
            r"member|voluntary|charit|trustee|society|association|non-?profit|civic|affiliation|non-?pecuniary",
            re.I,
        ),
        "non-pecuniary",
    ),
    (
        re.compile(
            r"employ|office|profession|vocation|remunerat|director|share|securit|contract|land|propert|gift"
            r"|hospitality|sponsor|business|income|tenanc|invest",
            re.I,
        ),
        "pecuniary",
    ),
)
_ORG_WORDS = ORG_WORDS | {
    "Limited", "Ltd.", "Society", "Association", "Bank", "Church", "Diocese", "Club", "College", "School",
    "Company", "Network", "Institute", "Board", "Committee", "Chamber", "Union", "Fund",
}  # fmt: skip


# the small words of a heading that are in no person's name
_LINKS = {"of", "and", "the", "for", "to", "in", "on", "at", "with", "by", "&"}


def _titlecase(text: str) -> str:
    """A name printed in capitals in title case: "EFUA MENSAH-BONSU" -> "Efua Mensah-Bonsu"."""
    if text.upper() != text:
        return text
    return re.sub(r"[A-Z][A-Z'’]*", lambda m: m.group(0).capitalize(), text)


def _name(text: str) -> str | None:
    """The member's name without titles and post-nominals, or None when the text is no name."""
    while True:
        m = _TITLE.match(text)
        if not m or m.end() == 0:
            break
        text = text[m.end() :]
    words = text.split()
    if text.upper() != text:
        # post-nominals after a name in mixed case, with no comma: "Priya X CA", "Dame Y DNZM"
        while len(words) > 2 and _TRAILING_LETTERS.match(words[-1]):
            words.pop()
    if not 2 <= len(words) <= 5:
        return None
    if words[0] in PARTICLES or words[-1] in PARTICLES:
        return None
    if any(w.lower() in _LINKS for w in words):
        return None  # "REPUBLIC OF GHANA", "BOARD AND COMMITTEES"
    if not all(_NAME_WORD.match(w) or w in PARTICLES for w in words):
        return None
    if sum(1 for w in words if len(w.rstrip(".")) > 1) < 2:
        return None
    if any(
        w.capitalize() in _ORG_WORDS or w in _ORG_WORDS or w.capitalize() in NON_NAME or w in _NOT_NAME
        for w in words
    ):
        return None
    return _titlecase(" ".join(words))


def _anchor(text: str, bold: bool) -> tuple[str, str | None, bool] | None:
    """(name, post, titled) when a line is a member's anchor: "Mrs. X Y, OD, JP, Chairman",
    "3. DR. X Y", "X Y" (bold)."""
    if len(text) > MAX_ANCHOR_CHARS or text.endswith((":", ";")):
        return None
    bare = _NUMBER.sub("", text, count=1)
    numbered = len(bare) != len(text)
    text = bare
    parts = [p.strip() for p in text.split(",")]
    head = parts[0]
    capitals = head.upper() == head and any(ch.isalpha() for ch in head)
    titled = bool(_TITLE.match(head))
    if not (bold or capitals or titled):
        return None
    if capitals and not (titled or numbered):
        return None  # a heading in capitals ("REPUBLIC OF X", "MID-VALLEY TRANSIT DISTRICT")
    if find_date(text):
        return None
    name = _name(head.rstrip("."))
    if name is None:
        return None
    rest = parts[1:]
    while rest and _POST_NOMINAL.match(rest[0]):
        rest = rest[1:]
    post = ", ".join(rest).strip(" .") or None
    if post and len(post.split()) > MAX_POST_WORDS:
        return None
    return name, post, titled or capitals


def _legend(text: str) -> dict[str, str]:
    """The heads a register's preface names, by letter: "(a) business positions and
    employment; (b) investments ..." -> {"a": "business positions and employment", ...}."""
    return {m.group(1): m.group(2).strip() for m in _LEGEND.finditer(text)}


def _gate(doc: Document) -> int:
    """The index of the first page naming a register (its title), or -1: the pages before it
    are not laid out into cells."""
    for i, p in enumerate(doc.pages):
        t = p.text
        if any(g in t for g in _GATE) and (_REGISTER_TEXT.search(t) or _TITLE_WORDS.search(t)):
            return i
    return -1


def _split(text: str, org_first: bool) -> tuple[str, str | None]:
    """(nature, organisation) of an entry: "Organisation – role" (or "Role – organisation", as
    the register writes most), "Role, Organisation", "Organisation (role)"; a sentence is its
    own nature, the organisation the company it names."""
    m = _DASH.search(text)
    if m:
        a, b = text[: m.start()].strip(), text[m.end() :].strip()
        return (b, a) if org_first else (a, b)
    words = text.split()
    at = text.find(", ")
    if (
        words[0] not in _PRONOUNS
        and 0 < at
        and len(text[:at].split()) <= MAX_NATURE_WORDS
        and text[:at].count("(") == text[:at].count(")")
    ):
        return text[:at].strip(), text[at + 2 :].strip(" .") or None
    if len(words) >= SENTENCE_WORDS or words[0] in _PRONOUNS:
        m = _ORG_IN_SENTENCE.search(text)
        return text, (m.group(1).strip() if m else None)
    m = _ROLE_BRACKETS.match(text)
    if m and len(m.group("role").split()) <= MAX_NATURE_WORDS:
        return m.group("role").strip(), m.group("org").strip()
    return text.rstrip("."), None


def _category(label: str | None) -> str | None:
    """The category a label or head names: the shared vocabulary first, then the heads of
    members' codes ("Employment/office", "Directorships/shares", "Memberships",
    "Spouse/relatives")."""
    if not label:
        return None
    got = interest_category(label)
    if got != "other":
        return got
    for pattern, category in _HEAD_WORDS:
        if pattern.search(label):
            return category
    return got


def _org_side(text: str) -> int:
    """+1 when the text before a dash holds an organisation's word, -1 when after, 0 else."""
    m = _DASH.search(text)
    if not m:
        return 0
    a = any(w.strip(".,()") in _ORG_WORDS for w in text[: m.start()].split())
    b = any(w.strip(".,()") in _ORG_WORDS for w in text[m.end() :].split())
    return int(a) - int(b)


def generic_member_registers(doc: Document) -> list[Interest]:
    """Interests of registers printed one member at a time (see above)."""
    start = _gate(doc)
    if start < 0:
        return []
    lay = layout_of(doc)
    per_page = []
    seq = 0
    for p in lay.pages[start:]:
        got, seq = _page_cells(p.lines, seq)
        per_page.append(got)
    cells = [c for page in per_page for c in page]
    anchors = {id(c): a for c in cells if (a := _anchor(c.text, c.bold))}
    if len(anchors) < MIN_MEMBERS:
        return []
    # the text columns: where at least two members' names start (a lone name elsewhere is a
    # centred heading or a signature)
    starts = _columns([c for c in cells if id(c) in anchors])
    columns = [
        x
        for x in starts
        if sum(1 for c in cells if id(c) in anchors and _column(starts, c.x0) == starts.index(x)) >= 2
    ] or starts[:1]
    parts: dict[int, int] = {}
    ordered = [x for page in per_page for x in _reading_order(page, set(anchors), columns, parts)]
    anchors = {id(c): a for c, _ in ordered if parts.get(id(c), 1) <= 1 and (a := _anchor(c.text, c.bold))}
    if len(anchors) < MIN_MEMBERS:
        return []
    # the register's title, then its first member on the title's page or the next: a title
    # naming a register or members' interests, or declarations of interest that are no agenda
    # item ("2. To receive any declarations of interest")
    first = -1
    register = None
    title_at = -1
    for i, (c, _) in enumerate(ordered):
        if id(c) in anchors:
            if title_at >= 0 and c.page <= ordered[title_at][0].page + TITLE_PAGES:
                first = i
                break
            continue
        if (
            len(c.text.split()) <= MAX_TITLE_WORDS
            and (c.bold or c.line.heading or title_at < 0)
            and (_TITLE_WORDS.search(c.text) or _REGISTER_TEXT.search(c.text))
            and not _AGENDA_ITEM.search(c.text)
        ):
            title_at = i
    if first < 0:
        return []
    register = ordered[title_at][0].text

    legend = _legend(" ".join(c.text for c, _ in ordered[:first]))
    # each column's right edge on each page: where its widest line ends
    rights: dict[tuple[int, int], float] = {}
    for c, _ in ordered:
        key = (c.page, _column(columns, c.x0))
        rights[key] = max(rights.get(key, 0.0), c.x1)
    rows = wide = skipped = 0  # the cells under the members, and those that are rows of three cells or more
    # members: name, post, declared, [(label, [cells])]
    members: list[dict] = []
    cur: dict | None = None
    last_page = ordered[first][0].page
    for c, is_break in ordered[first:]:
        if c.page > last_page + 1:
            break  # a page with no member: the register has ended (a pack's other papers)
        if id(c) in anchors:
            last_page = c.page
            name, post, _ = anchors[id(c)]
            cur = {
                "name": name,
                "post": post,
                "date": None,
                "entries": [],
                "label": None,
                "cells": 0,
                "x0": c.x0,
                "indent": None,
            }
            members.append(cur)
            continue
        if is_break or cur is None:
            cur = None
            skipped += 1
            continue
        text = " ".join(c.text.split())
        if not any(ch.isalnum() for ch in text):
            continue
        if (
            cur["indent"] is not None
            and c.x0 <= cur["x0"] + _SLACK
            and cur["indent"] > cur["x0"] + _SLACK
            and not _DATE_LINE.match(text)
        ):
            # back at the names' margin under indented entries: the register's closing words
            cur = None
            continue
        cur["cells"] += 1
        rows += 1
        wide += parts.get(id(c), 1) >= 3
        if _DATE_LINE.match(text) and len(text.split()) <= MAX_LABEL_WORDS + 4:
            d = find_date(text)
            if d and cur["date"] is None:
                cur["date"] = d
            cur["open"] = None
            continue
        if cur["post"] is None and not cur["entries"] and cur["cells"] == 1 and cur["label"] is None:
            if (
                len(text.split()) <= MAX_POST_WORDS
                and not _DASH.search(text)
                and not _HEAD.match(text)
                and ":" not in text
                and not _NIL.match(text)
                and not c.bold
            ):
                cur["post"] = text.strip(" .")
                continue
        label = None
        rest = text
        m = _HEAD.match(text)
        if m:
            rest = m.group("rest")
            lm = _LABEL.match(rest)
            if lm and len(lm.group("label").split()) <= MAX_LABEL_WORDS:
                label, rest = lm.group("label"), lm.group("rest")
            elif (
                len(rest.split()) <= MAX_LABEL_WORDS
                and not _DASH.search(rest)
                and not rest.endswith((".", ";"))
                and ", " not in rest
            ):
                label, rest = rest.rstrip(":"), ""
            else:
                # a lettered paragraph of run-in sentences: its head is named in the register's
                # preface ("... under the following paragraphs: (a) business positions ...")
                label = legend.get(m.group("mark"), "")
        else:
            lm = _LABEL.match(text)
            if lm and len(lm.group("label").split()) <= MAX_LABEL_WORDS and not _BULLET.match(text):
                label, rest = lm.group("label"), lm.group("rest")
        if label is not None:
            cur["label"] = label or None
            cur["open"] = None
            if not rest.strip():
                continue
        bullet = _BULLET.match(rest)
        if bullet:
            rest = rest[bullet.end() :]
        opened = cur.get("open")
        if (
            label is None
            and not bullet
            and opened is not None
            and opened[-1].page == c.page
            and (
                c.x0 > opened[0].x0 + _SLACK
                or _goes_on(opened[-1], c, opened, rights.get((c.page, _column(columns, c.x0)), c.x1))
            )
        ):
            opened.append(c)
            cur["entries"][-1][1].append(rest)
            continue
        cur["open"] = [c]
        cur["entries"].append((cur["label"], [rest], c.page))
        if cur["indent"] is None:
            cur["indent"] = c.x0
    if len(members) < MIN_MEMBERS:
        return []
    if wide > MAX_TABLE_ROW_SHARE * rows or skipped > MAX_SKIPPED_RATIO * rows:
        return []  # a table under each member (a form's grid): the table readers' layout
    with_body = sum(1 for m in members if m["entries"] or m["date"])
    if with_body < BODY_SHARE * len(members):
        return []
    if median(m["cells"] for m in members) > MAX_MEDIAN_CELLS:
        return []
    joined = []
    for m in members:
        for label, texts, page in m["entries"]:
            text = ""
            for t in texts:
                text = join_wrapped(text, t.strip())
            text = " ".join(text.split())
            if not text:
                continue
            for piece in _SENTENCE_END.split(text) if label is not None else [text]:
                joined.append((m, label, piece.strip(), page))
    if not joined:
        return []
    if median(len(t.split()) for _, _, t, _ in joined) > MAX_MEDIAN_WORDS:
        return []
    org_first = sum(_org_side(t) for _, _, t, _ in joined) > 0
    out: list[Interest] = []
    for m, label, text, page in joined:
        if not text or _NIL.match(text):
            continue
        if (d := _DATE_IN.search(text)) and len((text[: d.start()] + text[d.end() :]).split()) <= 2:
            continue  # a place and date of signing ("Ho, 31st December, 2024")
        nature, organisation = _split(text, org_first)
        out.append(
            Interest(
                person=m["name"],
                declared_on=m["date"],
                role=m["post"],
                organisation=organisation,
                nature=nature,
                category="indirect" if _RELATIVE.match(text) else _category(label),
                register=register,
                page=page,
                notes=f"type of interest: {label}" if label else None,
            )
        )
    return out

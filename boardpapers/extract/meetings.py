"""Meetings: the meeting a pack is for (kind="meeting") and the meetings whose
minutes or notes it carries (kind="minutes"). Found by wording and position:
an agenda front page, a "Minutes of ..." / "MEETING NOTES" heading with a
date close by."""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from dataclasses import dataclass, replace

from ..model import Document
from .body_name import ORGANISATION_NOUNS, prominent_organisation, wrapped_name
from .dates import (
    DATE_RE,
    complete_date,
    find_date,
    find_day_month,
    find_numeric_date,
    find_time,
    find_worded_date,
)
from .records import Meeting

BODY_NOUNS = (
    r"Board|Boards|Cabinet|Committee|Council|Group|Panel|Forum|Commission|Partnership|Executive|"
    r"Assembly|Authority|Trust|Parish Meeting|"  # an English parish's annual meeting of electors
    # a university's executive and academic bodies: "Syndicate" (Indian universities), "Senate"
    # (Commonwealth and Indian universities' academic boards)
    r"Syndicate|Senate"
)
# A capitalised name ending in a body noun: "Hackney Integrated Commissioning Board"; a board
# named by its members alone: "Board of Directors (Public)" (NHS foundation trusts' report cover
# sheets), "Board of Trustees" (academy trusts)
# A board named by its members: "Board of Trustees", "Board of Water and Power Commissioners",
# "Board of Directors", "Board of Governors" (US college, utility and district boards; English
# school and university boards)
# A body noun after another, the board of a body: "Trust Board" (NHS trusts), "Partnership Board"
# (safeguarding and health partnerships), "Authority Board", "Council Executive"; the lazy name
# would stop at the first noun ("Public Trust" in "Minutes of the Public Trust Board meeting")
# A committee's sub-committee: "Licensing Sub-Committee (B)" (its panel's letter or number in
# brackets is part of its name, as "Planning Committee (A)"), "Planning Sub-committee",
# "Finance Subcommittee" (English borough licensing panels, US boards)
_SUB_NOUN = r"Sub-?[Cc]ommittee"
_SECOND_NOUNS = r"Board|Committee|Cabinet|Executive|Panel"
# "Board of Regents" (US state universities), "Board of Visitors" (Virginia), "Board of Curators"
# "Board of Management" (Irish schools, Scottish colleges, Nigerian and Kenyan federal and county
# institutions, Indian institutes: the board that manages the body it is named after)
_MEMBERS_NOUNS = (
    r"Trustees|Directors|Commissioners|Governors|Supervisors|Education|Regents|Visitors|Curators|Management"
)
# A capital letter opening a word of a name, accented ones too: "Ōpuha District Council", "Ōtautahi
# Community Board" (Māori place names with macrons in New Zealand bodies' names), "Île-Bizard",
# "École" (French Canadian), "Ŵy" (Welsh)
_UPPER = "A-ZÀ-ÖØ-ÞĀĒĪŌŪŴŶŁŚŹŻĆŃČŠŽ"
_BODY_RE = re.compile(
    rf"\b((?:[{_UPPER}][\w'’&-]*|&|and|of|for|the)(?:\s+(?:[{_UPPER}][\w'’&-]*|&|and|of|for))*?\s+(?:{_SUB_NOUN}|{BODY_NOUNS})"
    rf"(?:\s+(?:{_SECOND_NOUNS})\b)?"
    rf"(?:\s+of(?:\s+(?:[{_UPPER}][\w'’&-]*|and|&))*?\s+(?:{_MEMBERS_NOUNS}))?"
    rf"|Cabinet(?! Office)|Board of (?:Directors|Trustees|Governors|Regents|Management)"
    # "Brackenfield Primary Academy Local Governing Body" (academies' and schools' governors)
    rf"|(?:[{_UPPER}][\w'’&-]*\s+){{0,5}}(?:Local\s+)?Governing Body)\b"
    # not a room named after the body that sits in it: "District Office Board Room", "Committee
    # Room 2", "Council Chamber" (a venue line under US school board and English council headings)
    r"(?!\s+(?:Room|Rooms|Chamber|Chambers)\b)"
    rf"(?:\s*\((?P<sub>[^)]*(?:{BODY_NOUNS})[^)]*|[A-Z]|\d{{1,2}})\))?"
)
_MINUTES_HEAD = re.compile(
    r"^\s*(?:(?:(?!The\b|That\b|These\b|This\b|Those\b|RESOLVED\b|To\b)[A-Z][\w&'’-]*\s+(?:[–-]\s+)?){0,6}(?i:minutes)\b|(?i:meeting notes)\b|"
    r"(?i:notes of (?:the )?meeting)\b|(?i:summary of the) .{0,60}\b(?i:session|meeting)\b|"
    # the Scottish singular: "Minute of the Meeting of NHS Glenbrae Board held in public on ...",
    # "Minute of meeting held on Tuesday 8 July 2025" (NHS Scotland boards, Scottish councils)
    r"(?:[A-Z][\w&'’-]*\s+){0,4}(?i:minute of (?:the )?(?:\w+\s+){0,2}meeting)\b)",
)
# A society's general meeting: the name before "AGM" / "EGM" / "(Extra)ordinary/Annual General Meeting"
_GENERAL_MEETING_HEAD = re.compile(
    r"^\s*([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})\s+(?:AGM|EGM|(?:Annual|Extraordinary|Special)\s+"
    r"General\s+Meeting)\b\s*[-–:]?\s*(?i:minutes)\b"
)
# ("Participants : List of participants is attached at Annexure-'Ka'": Bangladeshi and other South
# Asian government boards' minutes head the record with Chairperson / Date / Venue / Participants)
_ATTENDANCE_WORD = re.compile(
    r"^\s*(?:(present|attendees|attendance|members present)\b|participants\s*:)|\bmembers\b[^:]{0,40}:", re.I
)
# ... or its Westminster-tradition name, "Order Paper" on a line of its own (New Zealand and
# Australian councils' and Canadian boards' committee agendas)
_AGENDA_WORD = re.compile(
    r"^\s*(?:(?:provisional|draft|revised|final|supplementary|outline)\s+)?agenda\b|\bagenda\s*$"
    r"|^\s*order\s+paper\s*$",
    re.I,
)
# An agenda's title inside a heading line: "CITY COUNCIL AGENDA AND NOTICE" (US councils print
# the body and the notice title in one run with the place beside it), "Notice and Agenda",
# "Agenda & Summons".
_AGENDA_TITLE = re.compile(
    r"\bAGENDA\b|(?i:\b(?:notice|summons) (?:and|&) agenda\b|\bagenda (?:and|&) (?:notice|summons)\b)"
)
# Lines at the top of a page where an agenda's title is looked for.
AGENDA_TITLE_LINES = 8
# The header row of an agenda set as a table, on a front sheet with no "Agenda" title: "No. Item
# Purpose Presenter Paper Time" (English ICB and NHS trust board front sheets that open with the
# meeting's name, date and venue and go straight into the table). "Item" and at least two more
# column names, nothing else on the line.
_AGENDA_COLUMN = (
    r"(?:no\.?|ref\.?|item|items|purpose|presenter|presented\s+by|lead|paper|papers|enc\.?|time|timing|"
    r"page|pages|action|owner|report|subject|title|description|format)"
)
_AGENDA_TABLE_HEAD = re.compile(
    rf"^(?=.*\bitem\b)(?:{_AGENDA_COLUMN}\s*[|/]?\s*){{3,}}$",
    re.I,
)
_REMOTE = re.compile(
    r"microsoft teams|\bzoom\b|remote meeting|\bvirtual(?:ly)? meeting|\bonline\b|\bwebex\b", re.I
)
_LOCATION = re.compile(
    r"\b(room|hall|chambers?|courthouse|house|office|library|centre|center|building|street|road|whitehall|"
    r"venue|town hall)\b",
    re.I,
)
# "Special", "Regular", "Adjourned": the kind of meeting, never part of the body's name
_NOT_BODY_START = {
    "The",
    "Of",
    "And",
    "For",
    "Meeting",
    "Meetings",
    "Joint",
    "Minutes",
    "Agenda",
    "Special",
    "Regular",
    "Adjourned",
    # "Ordinary Council Meeting" under the council's name (New Zealand and Australian councils' agendas)
    "Ordinary",
    "Extraordinary",
    # a register's title before the body it lists: "Register of Interests of Council Members"
    # (university councils' and boards' registers of interests)
    "Register",
    "Registers",
    "Interests",
}


_DIGITS = re.compile(r"\d+")


def _mask(text: str) -> str:
    return " ".join(_DIGITS.sub("#", text.lower()).split())


def boilerplate(doc: Document) -> set[str]:
    """Running headers and footers, as the exact lines of the page texts: lines
    found on most pages, page numbers masked ("8 Provisional", "9 Provisional").
    Cached on the document. (The layout layer's furniture would also do, but
    building the layout for every document costs more than this whole extractor.)"""
    cached = doc.derived.get("boilerplate")
    if isinstance(cached, set):
        return cached
    out: set[str] = set()
    if doc.page_count >= 3:
        seen: dict[str, int] = {}
        for page in doc.pages:
            for ln in {_mask(x) for x in page.lines if x.strip()}:
                seen[ln] = seen.get(ln, 0) + 1
        need = max(3, doc.page_count * 0.6)
        masks = {ln for ln, c in seen.items() if c >= need and len(ln) < 120}
        masks.discard("")
        out = {x.strip() for page in doc.pages for x in page.lines if x.strip() and _mask(x) in masks}
    doc.derived["boilerplate"] = out
    return out


def _running_date(doc: Document) -> str | None:
    """The one full date the document's running headers and footers carry (see boilerplate), or
    None when they carry none or several. Cached on the document."""
    key = "running_date"
    if key in doc.derived:
        cached = doc.derived[key]
        return cached if isinstance(cached, str) else None
    dates = {d for d in (find_date(x) for x in boilerplate(doc) if any(c.isdigit() for c in x)) if d}
    out = dates.pop() if len(dates) == 1 else None
    doc.derived[key] = out
    return out


@dataclass
class Found:
    meeting: Meeting
    line_index: int  # index of the heading line on its page
    heading: str = ""  # the heading line as printed


def smart_title(s: str) -> str:
    """Title-case an ALL-CAPS heading, keep small words lower-case."""
    if s.upper() != s:
        return s
    small = {"and", "of", "for", "the", "in", "on", "to", "a"}
    words = []
    for i, w in enumerate(s.lower().split()):
        # each part of a hyphened word: "SUB-COMMITTEE" -> "Sub-Committee", a body's noun
        words.append(w if (i and w in small) else "-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    out = " ".join(words)
    return re.sub(r"\(([a-z])", lambda m: "(" + m.group(1).upper(), out)


_BOARD_OF_BODY = re.compile(r"\s+of the ([A-Z][\w'’&-]*(?:\s+(?:(?:for|of|and|&)\s+)?[A-Z][\w'’&-]*){1,6})")


# ... and a council's: "the Council of Kgalagadi East Local Municipality", "Council of the University of
# Kestrel": a name of two words or more after "of"
_COUNCIL_OF_BODY = re.compile(
    r"\s+of ((?:the )?[A-Z][\w'’&-]*(?:\s+(?:(?:for|of|and|&)\s+)?[A-Z][\w'’&-]*){1,6})"
)


_SESSION_NOUN = re.compile(r"^(?:Public|Private)\s+(Board|Committee|Council)$")

# A board named after the profession or field it governs: "Board of Speech-Language Pathology and
# Audiology", "Wyoming Board of Nursing", "State Board of Pharmacy", "Board of Health" (US state
# licensing boards, county boards of health): "of" and capitalised words, no "the", the name ending
# before a meeting's words or the line's punctuation
_BOARD_OF_SUBJECT = re.compile(
    r"\s+of\s+([A-Z][\w'’-]*(?:\s+(?:(?:and|&|of|for)\s+)?[A-Z][\w'’-]*){0,5})(?=\s*(?:$|[,.;:(–—]|\s-\s|\s[a-z]))"
)
# Words that end a board's subject: the meeting's own words after the name ("Board of Nursing
# Regular Meeting Agenda")
_SUBJECT_STOP = {
    "Meeting",
    "Meetings",
    "Minutes",
    "Agenda",
    "Regular",
    "Special",
    "Annual",
    "Notice",
    "Held",
    "Public",
    "Open",
    "Closed",
    "Session",
    "Workshop",
    "Hearing",
    "On",
    "At",
}


# A board named by its members at a line's start, which _BODY_RE reads itself
_OPENING_BOARD_RE = re.compile(rf"^Board of (?:{_MEMBERS_NOUNS})\b")


def _board_subject(text: str, at: int) -> str | None:
    """The field a board is named after, from "of" at `at` (see _BOARD_OF_SUBJECT), or None."""
    subject = _BOARD_OF_SUBJECT.match(text, at)
    if not subject:
        return None
    words = list(itertools.takewhile(lambda w: w not in _SUBJECT_STOP, subject.group(1).split()))
    while words and words[-1] in {"and", "&", "of", "for"}:
        words.pop()
    return " ".join(words) or None


def find_bodies(line: str) -> list[str]:
    """Body names in a line, e.g. "Meeting-in-common of the Hackney Integrated
    Commissioning Board" -> ["Hackney Integrated Commissioning Board"]."""
    text = smart_title(line.strip())
    if text.startswith("(") or not text:
        return []
    out = []
    start = 0
    opening = _board_subject(text, len("Board")) if text.startswith("Board of ") else None
    if opening and not _OPENING_BOARD_RE.match(text):
        # the line opens with the board's name, no word before it for _BODY_RE to start on
        out.append(f"Board of {opening}")
        start = len("Board of ") + len(opening)
    for m in _BODY_RE.finditer(text, start):
        name = m.group(1).strip()
        words = name.split()
        while words and (words[0] in _NOT_BODY_START or words[0].lower() in {"and", "of", "for", "the"}):
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        # "Public Board Meeting", "Private Board": the session, not a name; the bare noun is left
        # (Welsh health boards' and NHS trusts' headings name the session; the body is elsewhere)
        name = _SESSION_NOUN.sub(r"\1", name)
        subject = _board_subject(text, m.end()) if name.endswith("Board") and not m.group("sub") else None
        if subject:
            out.append(f"{name} of {subject}")
            continue
        if name.lower() in {"board", "boards", "committee", "council", "group"}:
            of = _BOARD_OF_BODY.match(text, m.end())
            if of and name.lower() == "board":
                # "the 142nd meeting of the Board of the Office for Veterinary Practice Standards":
                # an arm's-length body's board, named after the body it governs
                out.append(f"Board of the {of.group(1)}")
            council = _COUNCIL_OF_BODY.match(text, m.end()) if name.lower() == "council" else None
            if council:
                # "Minutes of the Ordinary Meeting of the Council of Kgalagadi East Local Municipality":
                # a municipality's or a university's council, named after the body it governs
                # (South African, Indian and Commonwealth municipal and university minutes)
                out.append(f"Council of {council.group(1)}")
            continue
        if m.group("sub"):
            name = f"{name} ({m.group('sub').strip()})"
        out.append(name)
    return out


# A UK postcode ends a venue's address: "Tanner's Yard, 40 Bankside Row, London SE1 9XJ (hybrid)"
# under a public body's minutes heading, with no word _LOCATION knows
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")
_VENUE_LABEL = re.compile(r"^(?:venue|place|location|lleoliad)\s*:?$", re.I)


def _labelled_below(lines: list[str]) -> str | None:
    """A venue label alone on its line with the place under it ("Venue" / "The Sanderling Room,
    Merrow House, ..., WX4 7QH," / "and via MS Teams": NHS and ICB minutes and agendas set as a
    label | value table, Welsh boards' bilingual labels "Lleoliad:" / "Venue:"), the place's
    wrapped lines joined and a bracketed aside cut off where it wraps."""
    for k, ln in enumerate(lines):
        if not _VENUE_LABEL.match(ln.strip()):
            continue
        rest = [x.strip() for x in lines[k + 1 : k + 4] if x.strip() and not _VENUE_LABEL.match(x.strip())]
        if not rest:
            return None
        place = rest[0]
        if place.count("(") > place.count(")"):
            place = re.sub(r"\s*\([^)]*$", "", place)  # "(link in" / "calendar invitation)": an aside
        elif len(rest) > 1 and (place.endswith(",") or rest[1][:1].islower()) and len(rest[1]) < 60:
            place = f"{place} {rest[1]}"
        return place.strip().rstrip(".,") or None
    return None


# The parts of a heading line parted by bullets: "Monday, April 14, 2025 • 6:30 p.m. • District
# Administration Center, Board Room, 1450 Orchard" / "Lane, Riverside Hollow" (US school and
# county boards print the date, time and place on one line so)
_BULLET = re.compile(r"\s+[•·|]\s+")
# A place's wrapped last line is at most this many characters
PLACE_TAIL_CHARS = 60


def _bulleted_place(lines: list[str]) -> str | None:
    """The place among the bullet-parted parts of a date line, with its wrapped tail."""
    for k, ln in enumerate(lines):
        parts = _BULLET.split(ln.strip())
        if len(parts) < 2 or not any(find_date(p) for p in parts):
            continue
        for part in parts:
            if find_date(part) or find_time(part) or not (_LOCATION.search(part) or _POSTCODE.search(part)):
                continue
            nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
            if (
                part is parts[-1]
                and nxt
                and len(nxt) < PLACE_TAIL_CHARS
                and not re.search(r"[.;:]$", part)
                and not find_date(nxt)
                and not _BULLET.search(nxt)
                and not re.match(r"^(?:[IVX]+\.|\d+\.)\s", nxt)
            ):
                part = f"{part} {nxt}"
            return part.rstrip(".,")
    return None


def _location(lines: list[str]) -> str | None:
    # a labelled place wins: "Location: Y3 - G29 (in-person) & Zoom (online)" is a room
    below = _labelled_below(lines) or _bulleted_place(lines)
    if below:
        return below
    for ln in lines:
        s = ln.strip().rstrip(",")
        m = re.match(r"^(?:venue|place|location)\s*:?\s+(.+)$", s, re.I) or re.search(
            # after other labels on one line: "Date: 30.01.25 Time: 09.30 Venue: Lakeland Room, ..."
            # (NHS trusts' minutes heading a pack's enclosure)
            r"(?<=\S)\s+(?:venue|place|location)\s*:\s*(.+)$",
            s,
            re.I,
        )
        if m:
            return m.group(1).strip().rstrip(".,")
    remote = [ln.strip() for ln in lines if _REMOTE.search(ln)]
    venue = _venue_line(lines)
    # "Members of the public may attend in person or join by Zoom": a note on how to follow a
    # meeting held in a room (US agendas' notices, UK hybrid meetings), not its place; the room
    # named in the heading wins
    if venue and remote and all(_JOINING_NOTE.search(r) for r in remote):
        return venue
    if remote:
        return "remote"
    return venue


# A remote link offered besides the room: "join by Zoom", "attend in person or online", "watch
# the livestream", "dial in"
_JOINING_NOTE = re.compile(
    r"\b(?:join(?:ing)?|attend\s+in\s+person|in\s+person\s+or|watch|view(?:ing)?|live-?stream(?:ed)?|"
    r"dial(?:ling)?[\s-]+in|webinar\s+id)\b",
    re.I,
)


def _venue_line(lines: list[str]) -> str | None:
    """The first short line naming a room, a building or a postcode."""
    for k, ln in enumerate(lines):
        s = ln.strip()
        if (
            len(s) < 90
            and (_LOCATION.search(s) or _POSTCODE.search(s))
            and not re.search(r"\b(minutes|agenda|item)\b", s, re.I)
        ):
            if find_date(s) and "," in s:
                s = s.split(",")[-1].strip()
            if s.endswith(",") and k + 1 < len(lines) and len(lines[k + 1].strip()) < 60:
                s = s + " " + lines[k + 1].strip()
            return s.strip().rstrip(".,") or None
    return None


def _held_in(line: str) -> str | None:
    """ "... held in the Village Hall on ...", "... 2018 – 9:00am at Carbon Arc Bar & Board"."""
    m = (
        re.search(
            # "held on 18th March 2014 at 7.30pm in the Village Hall" (the time is not the place); the
            # place ends at the attendance list that follows in the joined heading lines
            # "held on 28.11.24 at 10:00am, Conference Room 1, ..." (NHS trust minutes: the place after
            # the time and a comma, no "in")
            r"\bheld\b(?: on [^,:]*?)? (?:in|at) (?:the )?"
            r"(?:(?:\d{1,2}\s?[ap]\.?m\.?|\d{1,2}[.:]\d\d(?:\s?[ap]\.?m\.?)?)(?:,? (?:in|at) (?:the )?|, ))?"
            r"(.+?)(?: on \w|$|:|\s+(?=(?:present|apologies|in attendance)\b))",
            line,
            re.I,
        )
        or re.search(
            r"\d(?:\s?[ap]\.?m\.?|\s?(?:19|20)\d\d)\b,? (?:in|at) (?:the )?(.+?)(?: on \w|$|:)", line, re.I
        )
        or re.search(
            # "held on Tuesday 8 July 2025, 2.00pm, Seminar Room 2, Glenbrae Royal Infirmary / MS Teams
            # (unapproved)": date, time and place parted by commas (NHS Scotland committee minutes)
            r"\bheld on [^,:]*?(?:19|20)\d\d,\s*\d{1,2}(?:[.:]\d\d)?\s?(?:[ap]\.?m\.?)?,\s*(.+?)"
            r"(?:\s+\(|$|:|\s+(?=(?:present|apologies|in attendance)\b))",
            line,
            re.I,
        )
    )
    if m and not re.match(r"public|private", m.group(1), re.I):
        return smart_title(m.group(1).strip().rstrip(".,"))
    return None


# Capitals parted by single spaces, four or more, and further such words after a word gap of two
# or more spaces (the reading layer writes a letter-spaced run's word gaps as three spaces:
# reading/letter_spacing.py)
_LETTER_SPACED = re.compile(r"\b(?:[A-Z] ){3,}[A-Z]\b(?: {2,}[A-Z](?: [A-Z])*\b)*")
_WORD_GAP = re.compile(r" {2,}")


def _closed_up(run: str) -> str:
    return " ".join(word.replace(" ", "") for word in _WORD_GAP.split(run))


def unspace(line: str) -> str:
    """A letter-spaced heading closed up, its word gaps kept: "A G E N D A" -> "AGENDA",
    "H U O N   R A N G E S   C O U N C I L" -> "HUON RANGES COUNCIL" (council and board
    notices, agendas and cover pages set the body's name and AGENDA / MINUTES / BUSINESS /
    NOTICE in spaced capitals)."""
    return _LETTER_SPACED.sub(lambda m: _closed_up(m.group(0)), line)


_SPLIT_ORDINAL = re.compile(r"(\b\d{1,2})\s*\n\s*(st|nd|rd|th)\b", re.I)


def join_lines(lines: list[str]) -> str:
    """Heading lines joined into one, with a superscript ordinal put back
    ("ON 19" + "th MAY 2016" -> "ON 19th MAY 2016"): text layers of Word
    files set "th" on its own line."""
    return re.sub(r"\s+", " ", _SPLIT_ORDINAL.sub(r"\1\2", "\n".join(ln.strip() for ln in lines))).strip()


_WEEKDAY_RE = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_WEEKDAYS = ["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"]
_FULL_DATE_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@functools.lru_cache(maxsize=8)
def _context_years(doc_key: str, title: str, head_text: str) -> tuple[int, ...]:
    """Years the document itself speaks of, most telling first: a date in its
    title metadata ("CSS Minutes - 2024-10-09"), then the years of the full
    dates in its text, most frequent first."""
    years: list[int] = [int(y) for y in _FULL_DATE_YEAR.findall(title or "")]
    counts: dict[int, int] = {}
    for ln in head_text.splitlines():
        d = find_date(ln, numeric=True)
        if d:
            counts[int(d[:4])] = counts.get(int(d[:4]), 0) + 1
    years += sorted(counts, key=lambda y: -counts[y])
    return tuple(dict.fromkeys(years))


def year_for(doc: Document, day_month: tuple[int, str], text: str) -> str | None:
    """Complete a day and month without a year ("Date: Wednesday 9th October")
    from the document's own context: a year from its title or other dates,
    checked against the weekday when one is given (a nearby year with the
    right weekday beats a frequent year with the wrong one)."""
    head = "\n".join(p.text for p in doc.pages[:6])
    years = _context_years(doc.sha256 or doc.path, doc.title or "", head)
    if not years:
        return None
    wd = _WEEKDAY_RE.search(text)
    if wd is None:
        return complete_date(day_month, years[0])
    want = _WEEKDAYS.index(wd.group(1).lower())
    for y in list(years) + [y + k for y in years[:1] for k in (-1, 1)]:
        iso = complete_date(day_month, y)
        if iso and datetime.date.fromisoformat(iso).weekday() == want:
            return iso
    return None


def _year_hint(doc: Document, page_lines: list[str]) -> int | None:
    for ln in page_lines[:12]:
        d = find_numeric_date(ln)
        if d:
            return int(d[:4])
    return None


def _meeting_date(window: list[str]) -> str | None:
    for ln in window:
        d = find_date(ln)
        if d:
            return d
    return None


# "held on" in the sentence under a minutes heading, and the text after it where the date is
_HELD_ON = re.compile(r"\bheld\s+on\b(?P<rest>.*)$", re.I)
# How far after "held on" its date may start (the date comes first: "held on 12.08.2025 at ...";
# a later date in the sentence is another meeting's)
HELD_ON_DATE_CHARS = 20


def _held_on_numeric_date(lines: list[str]) -> str | None:
    """The numeric date after "held on" in the lines under a minutes heading, read across the line
    break when the date wraps to the next line; the heading block ends at the attendance list."""
    for k, ln in enumerate(lines):
        if _ATTENDANCE_WORD.search(ln):
            break
        m = _HELD_ON.search(ln)
        if not m:
            continue
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        rest = f"{m.group('rest')} {nxt}".strip()
        return find_numeric_date(rest[:HELD_ON_DATE_CHARS])
    return None


def _bodies_above(before: list[str]) -> list[str]:
    """Bodies named in the heading lines above a minutes title: the nearest
    line naming one, plus the other "Meeting-in-common of ..." lines of a
    meeting in common. Parenthetical "(comprising ...)" lines are ignored."""
    text = re.sub(
        r"\((?:comprising|including)[^()]*\)|\([^()]*\n[^()]*\)", "", "\n".join(before), flags=re.S | re.I
    )
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    for k in range(len(lines) - 1, -1, -1):
        found = find_bodies(lines[k])
        if not found:
            continue
        bodies = list(found)
        if re.search(r"in-common|\bjoint\b", lines[k], re.I):
            for ln in lines[:k]:
                if re.search(r"in-common|\bjoint\b", ln, re.I):
                    bodies = [b for b in find_bodies(ln) if b not in bodies] + bodies
        return bodies
    return []


# The parent organisation's name on a line of its own over a committee's minutes ("Harrowfield
# Teaching Hospitals NHS Foundation Trust" / "Minutes of the meeting of the Board of Directors";
# "Ashdown Vale Partnership NHS Foundation Trust" / "QUALITY COMMITTEE" / "Minutes of ..."): NHS
# trusts, ICBs and universities head their committees' minutes so, and every one of them has a
# "Board of Directors" and a "Quality Committee", so the committee's name alone says little.
# English councils print the council's name over "Cabinet" too, but their committees are known
# by the committee's name alone (the stores' and benchmarks' convention): not joined.
_PARENT_LINE = re.compile(
    r"^(?:NHS\s+)?(?:[A-Z][\w'’&.-]*\s+|(?:and|of|for|&)\s+)+(?:Trust|University|"
    r"Integrated Care Board|ICB)$|^University of(?:\s+[A-Z][\w'’&.-]*)+$"
)
# Lines above a minutes heading where the parent's name is looked for
PARENT_LINES_ABOVE = 3


def _with_parent(bodies: list[str], before: list[str]) -> list[str]:
    """A committee's name with its parent organisation's in front, where the parent is printed
    on its own line just above the heading and the committee's name does not already hold it."""
    if len(bodies) != 1:
        return bodies
    for ln in reversed(before[-PARENT_LINES_ABOVE:]):
        parent = smart_title(ln.strip())
        if not _PARENT_LINE.match(parent) or parent == bodies[0]:
            continue
        if parent.lower() in bodies[0].lower() or bodies[0].lower() in parent.lower():
            return bodies
        return [f"{parent} {bodies[0]}"]
    return bodies


# A municipality's own name on a line of its own: "THE CORPORATION OF THE TOWNSHIP OF BRENNOCK
# FALLS" (Ontario townships), "SHIRE OF MARRABOOL" (Western Australian shires), "City of Sunnyvale",
# "Town of Yarmouth", "County of Brant", "District of Muskoka", "Municipality of ...", "Village of"
_MUNICIPALITY_LINE = re.compile(
    r"^(?:The\s+)?(?:Corporation\s+of\s+(?:the\s+)?)?(?:Township|City|Town|Village|County|Shire|Borough|"
    r"(?:London|Royal|Metropolitan)\s+Borough|District|Municipality|Regional\s+Municipality|Municipal\s+District)"
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}$"
    # ... or the council's full name: "YARRABOOL SHIRE COUNCIL", "Marlow Springs City Council" over
    # "MINUTES OF THE ORDINARY MEETING OF COUNCIL" (Australian, New Zealand and US municipal minutes)
    r"|^(?:[A-Z][\w'’.-]*\s+){1,4}(?:Shire|City|Town|Township|Village|District|Borough|County|Regional|"
    r"Municipal)\s+Council$"
)
# The council of a municipality named by its bare noun and the kind of meeting: "MINUTES OF THE
# REGULAR MEETING OF COUNCIL", "Ordinary Council Meeting", "Special Council"
# ("Ordinary Meeting of Council" is the meeting's kind before the bare noun)
_BARE_COUNCIL = re.compile(
    r"^(?:(?:Ordinary|Regular|Special|Extraordinary|Annual|Statutory)\s+(?:Meeting\s+of\s+(?:the\s+)?)?)?Council$"
)


def _council_of_municipality(bodies: list[str], before: list[str]) -> list[str]:
    """The municipality's name for minutes of its council named by the bare noun (see
    _BARE_COUNCIL) or not at all, where the municipality's name is printed on its own line just
    above the heading: the council of a township or shire is the municipality (Canadian,
    Australian and US municipal minutes are filed so). A committee's minutes keep the committee's
    name ("LONDON BOROUGH OF KINGSFOLD" / "MINUTES OF THE LICENSING SUB-COMMITTEE (B)")."""
    if bodies and not all(_BARE_COUNCIL.match(b) for b in bodies):
        return bodies
    for ln in reversed(before[-PARENT_LINES_ABOVE:]):
        name = smart_title(ln.strip())
        if _MUNICIPALITY_LINE.match(name):
            return [name]
    return bodies


_DATE_LINE = re.compile(r"^\s*(?:date|minutes|held|on|meeting|when)\b|\bheld\b|^\W*\w+day\b", re.I)


def _date_lines(lines: list[str]) -> list[str]:
    """The lines under a minutes title that may carry its date ("Date: ...",
    "Minutes from Monday, January 29, 2018 ...", "held on ..."): the heading
    block ends at the attendance list."""
    out = []
    for ln in lines:
        if _ATTENDANCE_WORD.search(ln):
            break
        if _DATE_LINE.search(ln):
            out.append(ln.strip())
    return out


def _is_heading(lines: list[str], i: int) -> bool:
    """A minutes title rather than a reference to minutes in running text:
    near the top of its page, or followed by an attendance list."""
    nonempty_before = sum(1 for ln in lines[:i] if ln.strip())
    if nonempty_before <= 4:
        return True
    nxt = next((ln.strip() for ln in lines[i + 1 : i + 3] if ln.strip()), "")
    if _WEEKDAY_RE.match(nxt) and find_date(nxt):
        # the meeting's date on the line under the title ("Thursday 21 November 2024, 10.00"), as
        # public bodies' board minutes print it, when text above the title (a margin of paragraph
        # numbers, a logo's words) comes first in the page's text
        return True
    return any(_ATTENDANCE_WORD.search(ln) for ln in lines[i + 1 : i + 16])


# A minuted sentence, not a heading: "The minute of the meeting held on 25 June 2025 was approved
# as an accurate record, on the motion of" (a verb in the past, passive or perfect); or its
# auxiliary closing the line, the verb wrapped to the next: "The minute of the meeting of the
# Integration Joint Board held on 23 April 2025 was" / "approved as a correct record" (Scottish IJB
# and council minutes)
_FINITE_VERB = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b"
    r"|\b(?:was|were|has been|have been|had been)$"
)


def _minuted_sentence(line: str) -> bool:
    """Whether a line that names minutes is a sentence of the minutes (a finite verb in it, or
    opening with "The" and running on with a comma), not their title."""
    return bool(_FINITE_VERB.search(line)) or bool(re.match(r"^The\b.*,.*\w$", line))


# A heading wrapped over two lines: "MINUTES OF THE REGULAR MEETING OF THE" / "BOARD OF REGENTS OF
# CUMBERLAND STATE UNIVERSITY"; "Minutes of the 142nd meeting of the Board of the Office for
# Veterinary" / "Practice Standards" (the line ends with a function word, or the next line carries
# on in the heading's case, with no date, label or sentence of its own)
_RUNS_ON_WORD = re.compile(r"\b(?:of|the|for|and|to|on|in|at)$", re.I)
_CONTINUATION = re.compile(r"^[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|&|for|the)){0,7}$")
WRAP_MAX_CHARS = 70


def _wrapped_heading(lines: list[str], i: int) -> str:
    """The heading at lines[i], with its second line when it wraps (see _CONTINUATION)."""
    line = lines[i].strip()
    if i + 1 >= len(lines) or find_date(line):
        return line
    nxt = lines[i + 1].strip()
    if not nxt or len(nxt) > WRAP_MAX_CHARS or find_date(nxt) or ":" in nxt:
        return line
    caps_both = line.isupper() == nxt.isupper()
    if _CONTINUATION.match(nxt) and caps_both and (_RUNS_ON_WORD.search(line) or len(line) > 60):
        return f"{line} {nxt}"
    return line


# A bilingual heading prints both languages on one line, parted by a slash: "Cofnodion /
# Minutes" (Welsh public bodies, Welsh first), "Minutes / Cofnodion", "Procès-verbal / Minutes"
# (Canadian bilingual bodies), "Minutes / Miontuairiscí" (Irish)
_BILINGUAL_SPLIT = re.compile(r"\s+/\s+")


def _minutes_half(line: str) -> str:
    """The half of a bilingual heading that reads as a minutes title, else the line."""
    if "/" not in line or not _BILINGUAL_SPLIT.search(line) or _MINUTES_HEAD.match(line):
        return line  # (asked of every line: the cheap tests first)
    return next((h for h in _BILINGUAL_SPLIT.split(line) if _MINUTES_HEAD.match(h)), line)


def find_minutes(doc: Document, year_hint: str | None = None) -> list[Found]:
    """Minutes/notes headings: "Minutes of meeting held in public on 12
    November 2020", "MINUTES AND DECISION RECORD" + date line,
    "HEALTH AND WELLBEING BOARD ... MEETING NOTES – 10 NOVEMBER 2020".
    Cached on the document: meetings, attendance, decisions, actions and
    segmentation all ask."""
    if year_hint is None:
        own = find_own_meeting(doc)
        year_hint = own.date if own else None
    key = f"minutes:{year_hint}"
    cached = doc.derived.get(key)
    if isinstance(cached, list):
        return cached
    out = _find_minutes(doc, year_hint)
    doc.derived[key] = out
    return out


# The sign-off under minutes: "Minutes approved by the Board of Directors on: ________", "Minutes
# confirmed as a true record" (hospital, council and charity minutes end so), or any line with a
# blank to fill in: a form's line, not the minutes' heading
_SIGN_OFF = re.compile(
    r"^\s*minutes\s+(?:(?:were|was)\s+)?(?:approved|confirmed|signed|adopted|accepted|certified)\b|.*_{4,}|"
    # the clerk's credit at the foot: "Minutes prepared by <name>, Recording Secretary", "Minutes
    # taken by", "Minutes respectfully submitted by" (US boards' and districts' minutes end so)
    r"^\s*minutes\s+(?:respectfully\s+)?(?:prepared|recorded|taken|submitted|written)\s+by\b",
    re.I,
)


# A line at least this long is running prose, not a heading or a body's name over one (the
# written sets' headings and names run to about 50 characters; prose lines run 80-110)
PROSE_LINE_CHARS = 60


# The roll under a minutes heading: its posts ("Kerry Whitcombe (Chief Executive)") are no body's name
_ROLL_LINE = re.compile(
    r"^\s*(?:(?:members|also|others?|staff|officers)\s+)?(?:present|apologies|attendees|(?:in\s+)?attendance)\b",
    re.I,
)
# "... Meeting (Public Session) of Aorangi Regional Water Limited held on ...": the organisation
# named after the meeting, up to "held" / "on" / a date or the line's end
_MEETING_OF_ORG = re.compile(
    r"\b(?i:meeting)\b(?:\s*\([^()]*\))?\s+(?i:of)\s+(?:(?i:the)\s+)?"
    r"((?:[A-Z][\w'’&.-]*|of|and|for|&)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|&)){0,8})"
)


def _organisation_of_meeting(line: str) -> list[str]:
    """The organisation named after "meeting ... of" in a heading, when it ends in a word naming a
    kind of organisation (Limited, Trust, Society, ...: see body_name.ORGANISATION_NOUNS)."""
    m = _MEETING_OF_ORG.search(line)
    if not m:
        return []
    words = m.group(1).split()
    while words and words[-1].lower() in {"of", "and", "for", "&"}:
        words.pop()
    if len(words) < 2 or not words[0][:1].isupper():
        return []
    if re.sub(r"\W", "", words[-1]).lower() not in ORGANISATION_NOUNS:
        return []
    return [smart_title(" ".join(words))]


def _find_minutes(doc: Document, year_hint: str | None) -> list[Found]:
    out: list[Found] = []
    for page in doc.pages:
        lines = page.lines
        for i, raw in enumerate(lines):
            line = _minutes_half(raw.strip())
            if out and _SITTING_HEAD.match(line):
                sitting = _later_sitting(out[-1], line, page.number, i)
                if sitting is not None:
                    out.append(sitting)
                continue
            if not _MINUTES_HEAD.match(line) or len(line) > 160 or re.match(r"^\d", line):
                continue
            if re.search(r"\b(previous|to confirm|to receive|to approve)\b|(?<!^)\bdraft\b", line, re.I):
                # a reference to other minutes ("To approve the draft minutes of ..."); a heading
                # opening "Draft Minutes of the meeting held on ..." is these minutes, not yet
                # approved (parish councils publish them so)
                continue
            prev = next((ln.strip() for ln in reversed(lines[:i]) if ln.strip()), "")
            if (
                prev
                and not re.search(r"[.:;]$", prev)
                and re.match(r"^(?:to\s+)?(?:approve|confirm|adopt|receive|accept|note)\b", prev, re.I)
            ):
                continue  # the wrapped tail of an agenda item: "Approve Joint ... Successor" / "Agency Meeting Minutes of ..."
            if line[:1].islower() and len(prev) >= PROSE_LINE_CHARS and not re.search(r"[.:;!?]$", prev):
                # "... (England) Regulations 2012. The full" / "minutes of the meeting will be
                # submitted to the next meeting ...": a sentence wrapped from a line of prose above
                # (a record of decisions' preamble), not a heading
                continue
            if _SIGN_OFF.match(line):
                continue
            bare = bool(re.match(r"^minutes$", line, re.I))
            if not _is_heading(lines, i) or _minuted_sentence(line):
                continue
            if out and line in boilerplate(doc):
                continue  # a running footer ("City Council Summary Minutes – 10/06/2025 5")
            line = _wrapped_heading(lines, i)
            joined = join_lines(lines[i : i + 4])
            after = [ln.strip() for ln in lines[i : i + 4]]
            before = [ln.strip() for ln in lines[max(0, i - 8) : i]]
            date = find_date(line) or find_date(joined) or _meeting_date(after[1:])
            if not date:
                date = _meeting_date(_date_lines(lines[i + 1 : i + 9]))
            if not date and bare:
                # a bare "Minutes" title under the meeting's name and date
                date = _meeting_date([ln.strip() for ln in lines[i + 1 : i + 6]]) or _meeting_date(
                    list(reversed(before))
                )
            if not date:
                dm = find_day_month(joined)
                year = _year_hint(doc, lines)
                if dm and year:
                    date = complete_date(dm, year)
                elif dm and year_hint:
                    date = complete_date(dm, int(year_hint[:4]))
                    if date and date > year_hint:
                        date = complete_date(dm, int(year_hint[:4]) - 1)
            if not date:
                # a year-less date ("Date: Wednesday 9th October"): the year from the document's context
                for ln in [joined] + _date_lines(lines[i + 1 : i + 9]):
                    dm = find_day_month(ln)
                    if dm:
                        date = year_for(doc, dm, ln)
                        break
            if not date:
                # a numeric date in the heading itself ("Minutes of the Public Trust Board meeting held on
                # 28.11.24 at 10:00am": NHS trust minutes) or on the next lines
                date = next((find_numeric_date(ln) for ln in after[:3] if find_numeric_date(ln)), None)
            if not date:
                # the opening sentence's numeric date wrapped under its "held on": "The meeting of the
                # Governing Body of ... was held on" / "12.08.2025 at 11:30 AM in the Conference
                # Hall" (Indian and other South Asian office minutes print dd.mm.yyyy in running prose)
                date = _held_on_numeric_date(lines[i + 1 : i + 9])
            if not date:
                # a form: "Date 21st August 2013" a few lines below
                for ln in lines[i + 1 : i + 8]:
                    if re.match(r"^\s*date\b", ln, re.I):
                        date = find_date(ln, numeric=True)
                        break
            if not date:
                # the date written in words under the heading: "held in Kilmory Village Hall / on the
                # evening of Tuesday the eleventh of March, two thousand and twenty-five" (Scottish
                # community councils' and societies' AGM minutes)
                date = find_worded_date(joined)
            if not date:
                # the date only in the running header or footer ("Integration Joint Board |
                # Wednesday 11 June 2025 | DRAFT"): Scottish IJB and council minutes whose title
                # block gives the venue and time but no date; not for a heading that is itself
                # running furniture ("Minutes – 4"), nor a second time for one date
                running = _running_date(doc) if raw.strip() not in boilerplate(doc) else None
                if running and not any(f.meeting.date == running for f in out):
                    date = running
            if not date:
                continue
            if any(
                f.meeting.date == date
                and (abs(f.meeting.page - page.number) <= 1 or f.heading == line)
                and not _another_sitting(f.heading, line)
                for f in out
            ) or (any(f.meeting.date == date for f in out) and line in boilerplate(doc)):
                continue  # a running header ("Annual General Meeting - Minutes 29th April 2026")
            bodies = find_bodies(line)
            title = line
            if not bodies:
                for ln in lines[i + 1 : i + 8]:
                    m = re.match(r"^\s*title of meeting\s+(.+)$", ln, re.I)
                    if m:
                        title = m.group(1).strip()
                        bodies = [re.sub(r"\s+meeting$", "", re.sub(r"\s+[-–]\s+", " ", title), flags=re.I)]
                        break
            noun = re.match(rf"^(?:{BODY_NOUNS})\b", line)
            if (
                not bodies
                and noun
                and before
                and before[-1]
                and not find_date(before[-1])
                and len(before[-1]) < 80
            ):
                # a heading stacked over two lines: the organisation above, "Commission Meeting Minutes"
                bodies = [f"{before[-1]} {noun.group(0)}"]
            if not bodies:
                bodies = _bodies_above(before)
            if not bodies:
                # "CSS AGM - Minutes", "Society EGM Minutes": a name before a general meeting
                gm = _GENERAL_MEETING_HEAD.match(line)
                if gm:
                    bodies = [gm.group(1).strip()]
            if not bodies:
                # the body's bare noun on a line of its own over the heading: "UNIVERSITY OF
                # BRACKENRIDGE" / "COUNCIL" / "MINUTES of the meeting held on ..." (a university
                # council's minutes; the parent's name is joined below)
                bare_noun = next(
                    (ln for ln in before[-2:] if re.fullmatch(rf"(?i:{BODY_NOUNS})", ln.strip())), None
                )
                if bare_noun:
                    bodies = [smart_title(bare_noun.strip())]
            if not bodies:
                # "Minutes of the Board Meeting (Public Session) of Aorangi Water Limited held on":
                # the organisation whose meeting it is, named after the meeting (companies', trusts'
                # and charities' boards, whose names end in no meeting noun)
                bodies = _organisation_of_meeting(line)
            if not bodies:
                for ln in lines[i + 1 : i + 6]:
                    if _ROLL_LINE.match(ln):
                        break  # the roll: "In attendance: A (Chief Executive)" names posts, not bodies
                    b = find_bodies(ln)
                    if b:
                        bodies = b[:1]
                        break
            bodies = _with_parent(bodies, before)
            bodies = _council_of_municipality(bodies, before)
            window = [ln.strip() for ln in lines[i : i + 10]]
            if bare:
                window = [line] + before[-4:] + window[1:]
            loc = (
                _held_in(" ".join(window[:4]))
                or _held_in(" ".join(_date_lines(lines[i + 1 : i + 9])))
                or _location(window[1:6] + [line])
            )
            if loc:
                loc = re.sub(r"^at (?:the )?", "", loc)
            if (
                not find_date(line)
                and (len(line) > 50 or re.search(r"\b(?:held|on)$", line))  # "... meeting held on" / date
                and i + 1 < len(lines)
                and find_date(lines[i + 1])
            ):
                title = f"{line} {lines[i + 1].strip()}".rstrip(".")
            if bare:
                title = _meeting_under_bare_title(lines[i + 1 : i + 3]) or title
            tm = None
            for ln in window[:8]:
                if (
                    re.search(r"\b(commenced|time|start)\b", ln, re.I)
                    or ln == line
                    or (bare and find_date(ln))
                ):
                    tm = find_time(ln)
                    if tm:
                        break
            meeting = Meeting(
                body=" and ".join(dict.fromkeys(bodies)) or None,
                date=date,
                title=smart_title(title) if title else None,
                location=loc,
                page=page.number,
                start_time=tm,
                kind="minutes",
            )
            out.append(Found(meeting, i, line))
        if not any(f.meeting.page == page.number for f in out):
            form = _form_minutes(doc, page.number, lines)
            if form is not None and not any(f.meeting.date == form.meeting.date for f in out):
                out.append(form)
    return out


# A later sitting of a meeting within its minutes: "RECONVENED MEETING – TUESDAY 20 MAY 2025,
# 1.00PM, COUNCIL CHAMBERS", "Adjourned meeting resumed on 3 June 2025", "Resumed Meeting: ..."
# (New Zealand and Australian councils and English committees adjourn part of the business to
# another day and minute both sittings in one document, each with its own attendance)
_SITTING_HEAD = re.compile(r"^\s*(?:reconvened|resumed|adjourned)\s+meeting\b", re.I)


def _later_sitting(earlier: Found, line: str, page_number: int, index: int) -> Found | None:
    """The sitting a _SITTING_HEAD line opens: the earlier minutes' body on the line's own date
    (None without a date, or on the earlier sitting's date: a reference back, not a new sitting)."""
    date = find_date(line)
    if not date or date == earlier.meeting.date or len(line) > 160:
        return None
    head = re.split(r"\s+[–—-]\s+|:", line, maxsplit=1)[0]
    rest = line[len(head) :]
    place = [p.strip(" .,") for p in rest.split(",") if _LOCATION.search(p) and not find_date(p)]
    meeting = replace(
        earlier.meeting,
        date=date,
        title=smart_title(head.strip()),
        location=smart_title(place[-1]) if place else earlier.meeting.location,
        page=page_number,
        start_time=find_time(rest),
    )
    return Found(meeting, index, line)


# The kind of a meeting named in its minutes' heading: "Minutes of the Annual General Meeting",
# "Minutes of the Ordinary Meeting held ... immediately following the Annual General Meeting"
_SITTING_KIND = re.compile(
    r"\b((?:(?:annual|extraordinary|special|ordinary|regular|general|statutory|emergency|public|private)\s+)+)"
    r"meeting\b",
    re.I,
)


def _another_sitting(earlier: str, heading: str) -> bool:
    """Two minutes headings on one date that name different kinds of meeting: an AGM and the
    ordinary meeting held after it the same evening (community councils, societies, parish
    councils print both in one document), not a running header repeating one heading."""
    a, b = _SITTING_KIND.search(earlier or ""), _SITTING_KIND.search(heading)
    return bool(a and b) and a.group(1).lower().split() != b.group(1).lower().split()


# A meeting's name under a bare "MINUTES" title holds at most this many words
MEETING_NAME_WORDS = 8


def _meeting_under_bare_title(below: list[str]) -> str | None:
    """The meeting's name on the line under a bare "MINUTES" title: "SHIRE OF MARRABOOL" /
    "MINUTES" / "Ordinary Council Meeting" (Australian shire and council minutes), "Special
    Meeting of Council"; not a date or a place."""
    nxt = next((ln.strip() for ln in below if ln.strip()), "")
    if (
        re.search(r"\bmeeting\b", nxt, re.I)
        and len(nxt.split()) <= MEETING_NAME_WORDS
        and not find_date(nxt)
        and not re.match(r"(?i)held\b", nxt)
    ):
        return nxt
    return None


# A meeting's header set as a form of label | value cells, with no "Minutes of ..." title:
# "Meeting | Board   Date | 23.10.24" / "Time | 14:00 – 17:05" / "Venue | Riverside House, ..." /
# "Chair | ..." (English housing associations, academy trusts and charities head their board
# minutes so, the organisation's name in a line above). The text layer runs a row's cells into one
# line, so a line may hold two labels.
_FORM_LABEL = (
    r"Meeting(?: of)?|Name of meeting|Date(?: of meeting)?|Time|Venue|Location|Place|"
    r"Chair(?:ed by)?|Clerk|Minute[- ]taker"
)
_FORM_LINE = re.compile(rf"^(?:{_FORM_LABEL})\b\s*:?\s+\S")
_FORM_SPLIT = re.compile(rf"(?:^|\s)({_FORM_LABEL})\b\s*:?\s+(?=\S)")
# Lines at the top of a page where a header form is looked for (the organisation's name and a
# strapline above it, then the form's rows with their wrapped values: fernhill-tyne-homes has 8)
FORM_HEAD_LINES = 14
# Lines under the form where the attendance list that makes it minutes must start
FORM_ATTENDANCE_LINES = 3
# An organisation's name over the form is at most this many words (a strapline is longer)
FORM_ORG_WORDS = 12
_FORM_ATTENDANCE = re.compile(r"^(?:[\w ]{0,30}\b)?(?:present|attendees|attendance|apologies)\b", re.I)


@dataclass
class HeaderForm:
    fields: dict[str, str]  # label (lower-case, first word) -> value, wrapped lines joined
    start: int  # index of the form's first row
    end: int  # index after its last row
    above: list[str]  # the lines over the form (the organisation's name)


def header_form(lines: list[str]) -> HeaderForm | None:
    """A header form (see _FORM_LABEL) at the top of a page, with a "Meeting" row and a
    "Date" row, or None."""
    head = [ln.strip() for ln in lines[:FORM_HEAD_LINES]]
    start = next((k for k, ln in enumerate(head) if _FORM_LINE.match(ln)), None)
    if start is None:
        return None
    fields: dict[str, str] = {}
    label = None
    end = start
    for k in range(start, len(head)):
        ln = head[k]
        if _FORM_LINE.match(ln):
            parts = _FORM_SPLIT.split(ln)
            # parts: ["", label, value, label, value, ...]
            for j in range(1, len(parts) - 1, 2):
                label = parts[j].split()[0].lower()
                if label == "name":
                    label = "meeting"
                fields.setdefault(label, parts[j + 1].strip())
            end = k + 1
        elif label is not None and ln and not _FORM_ATTENDANCE.match(ln) and len(ln) < 60 and k == end:
            # a value wrapped in its cell: "14:00 –" / "17:05"; "... Tynemouth Park" / "NE31 8HD ..."
            fields[label] = f"{fields[label]} {ln}".strip()
            end = k + 1
        else:
            break
    if "meeting" not in fields or "date" not in fields:
        return None
    if re.match(r"(?i)(?:details|information|arrangements)\b", fields["meeting"]):
        return None  # a heading over labelled lines ("Meeting details" / "Date: ..."), not a row
    return HeaderForm(fields, start, end, head[:start])


def _form_minutes(doc: Document, page_number: int, lines: list[str]) -> Found | None:
    """Minutes headed by a header form with the attendance list right under it."""
    form = header_form(lines)
    if form is None or any(_AGENDA_WORD.search(ln) or _AGENDA_TITLE.search(ln) for ln in form.above):
        return None  # an agenda naming who is to attend
    below = [ln.strip() for ln in lines[form.end : form.end + FORM_ATTENDANCE_LINES]]
    if not any(_FORM_ATTENDANCE.match(ln) for ln in below):
        return None
    value = form.fields["date"]
    date = find_date(value, numeric=True)
    if date is None:
        dm = find_day_month(value)
        date = year_for(doc, dm, value) if dm else None
    if date is None:
        return None
    name = form.fields["meeting"]
    # the organisation's name: a short line over the form, one naming a body first (a strapline,
    # "A charitable Registered Society ...", may sit between)
    names = [ln for ln in form.above if ln and len(ln.split()) <= FORM_ORG_WORDS and not find_date(ln)]
    org = next((ln for ln in names if find_bodies(ln)), names[0] if names else None)
    # the body: the organisation's line when it names the meeting ("X Homes Limited – Board of
    # Management" over "Meeting | Board"), else the organisation's name before the meeting's
    body = name
    if org and name.lower() not in org.lower():
        body = f"{org} {name}"
    elif org:
        body = org
    place = form.fields.get("venue") or form.fields.get("location") or form.fields.get("place")
    meeting = Meeting(
        body=body,
        date=date,
        title=name,
        location=place.rstrip(".,") if place else None,
        page=page_number,
        start_time=find_time(form.fields.get("time", "")),
        kind="minutes",
    )
    return Found(meeting, form.start, lines[form.start].strip())


# A title stacked over short lines: "Open Data User Group" / "Inaugural meeting" / "10 July 2012"
# (a slide pack's title slide, a cover page); each line at most this many words.
STACKED_TITLE_WORDS = 6
# Lines under the title where its date is looked for: the next two, or three on a bilingual
# cover that repeats the title in the second language before the date ("TRUST BOARD – MEETING IN
# PUBLIC" / "Bwrdd yr Ymddiriedolaeth – Cyfarfod Cyhoeddus" / "Thursday 23rd January 2025":
# Welsh NHS bodies' and councils' covers)
STACKED_DATE_LINES = 3


def _stacked_date(lines: list[str], j: int) -> bool:
    """A short line holding a full date, alone or with the next short line: a raised ordinal
    breaks "Thursday 23rd" / "January 2025, 10:00" into two lines of the text layer."""
    ln = lines[j]
    if len(ln.split()) > STACKED_TITLE_WORDS:
        return False
    if find_date(ln):
        return True
    if j + 1 < len(lines) and re.search(r"\d", ln) and len(lines[j + 1].split()) <= STACKED_TITLE_WORDS:
        return find_date(join_lines(lines[j : j + 2])) is not None
    return False


def _stacked_meeting_title(head: list[str]) -> str | None:
    """A short "... meeting" heading line with a date alone on one of the next lines."""
    for k, ln in enumerate(head[:12]):
        if not re.search(r"\bmeeting\b", ln, re.I) or len(ln.split()) > STACKED_TITLE_WORDS:
            continue
        if re.search(r"[.;,]$", ln):
            continue
        for j in range(k + 1, min(len(head), k + 1 + STACKED_DATE_LINES)):
            if _stacked_date(head, j):
                return ln
    return None


_REPORT_TO = re.compile(r"^(?:report to (?:the )?|to\s*:\s*)", re.I)
# The header of a report's cover: "From: ..." / "By: ..." / "To: Cabinet – 4 March 2025" /
# "Subject: ..." / "Decision No: ..." (English county and district councils' committee reports)
_COVER_FIELD = re.compile(r"^(?:from|by|subject|decision (?:no|number)\.?|classification)\s*:", re.I)
# Lines at the top of a page where a report's cover header is looked for
COVER_HEADER_LINES = 10


def report_addressee(head: list[str]) -> str | None:
    """The "To: <meeting>, <date>" line of a report's cover header (with a "From:", "By:" or
    "Subject:" line beside it), if the page opens with one."""
    top = head[:COVER_HEADER_LINES]
    to = next((ln for ln in top if re.match(r"^to\s*:\s*\S", ln, re.I)), None)
    if to and find_date(to) and any(_COVER_FIELD.match(ln) for ln in top):
        return to
    return None


# Lines below an agenda's date line where the body's own name is looked for
BODY_BELOW_DATE_LINES = 10


# A date line under a meeting's heading holds at most this many words
DATE_LINE_WORDS = 6


def _meeting_heading_over_date(head: list[str]) -> int | None:
    """The index of a heading in capitals naming a meeting with the date alone on the next
    line ("SPECIAL MEETING OF THE CONDUIT FINANCING COMMITTEE MEMBERS" / "Tuesday, December 8,
    2020"): the meeting's date, where a public notice opens with the date it was posted
    (US state and city authorities' notices of special meetings)."""
    for k in range(len(head) - 1):
        ln = head[k].strip()
        if not (ln.isupper() and re.search(r"\bMEETING\b", ln)) or re.search(r"\bNEXT\b|\bNOTICE\b", ln):
            continue
        nxt = head[k + 1]
        if len(nxt.split()) <= DATE_LINE_WORDS and find_date(nxt):
            return k
    return None


# A committee's paper headed by its parent's name then "<Committee> – Action Tracker" (ICBs' and
# NHS trusts' action trackers, logs and work plans): the paper is the committee's, not the parent's
_COMMITTEE_PAPER = re.compile(
    r"^(?P<name>.+?\b(?:Committee|Sub-Committee|Panel|Group|Forum))\s+[–—-]\s+"
    r"(?i:action (?:tracker|log)|actions? schedule|forward plan|work ?plan|decision log)\b"
)


# A notice under the parent's letterhead naming the committee that is to meet: "Notice is hereby
# given that a meeting of the Strategy and Finance Committee will be held on:" (New Zealand and
# Australian councils' order papers and notices of meeting)
_NOTICE_OF_MEETING = re.compile(
    r"\bnotice is (?:hereby )?given that (?:an? |the )?(?:\w+ )?meeting of (?:the )?(?P<name>[A-Z].+?)"
    r"\s+(?:will|shall|is to)\b",
    re.I,
)


def _noticed_committee(bodies: list[str], head: list[str]) -> str | None:
    """The committee a notice of meeting names under its parent's letterhead (see
    _NOTICE_OF_MEETING), when it is another body than the one found."""
    joined = join_lines(head)
    if "given that" not in joined.lower():
        return None
    m = _NOTICE_OF_MEETING.search(joined)
    if not m:
        return None
    name = smart_title(m.group("name").strip())
    if find_bodies(name) != [name] or any(name in b for b in bodies):
        return None
    return name


def _committee_of_paper(bodies: list[str], head: list[str]) -> list[str]:
    """The committee named with its paper under the parent organisation's own line."""
    if not re.search(r"\b(?:Integrated Care Board|ICB|Trust|University)$", bodies[0]):
        return bodies
    for ln in head:
        m = _COMMITTEE_PAPER.match(ln.strip())
        if m:
            return [f"{bodies[0]} {smart_title(m.group('name'))}"]
    return bodies


def titled_agenda(doc: Document) -> bool:
    """Whether the first page is titled an agenda in its top lines (see _AGENDA_TITLE) or opens
    an agenda table (see _AGENDA_TABLE_HEAD), whether or not its meeting's date was found."""
    if not doc.pages:
        return False
    head = [unspace(ln.strip()) for ln in doc.pages[0].lines if ln.strip()][:AGENDA_TITLE_LINES]
    return any(
        _AGENDA_LINE.match(ln) or _AGENDA_TITLE.search(ln) or _AGENDA_TABLE_HEAD.match(ln) for ln in head
    )


def find_own_meeting(doc: Document) -> Meeting | None:
    """The meeting an agenda pack or report is for, from its first page.

    Cached on the document (every extractor asks, ~5 times a document); each caller
    gets its own copy, since callers may fill in fields of the record they return."""
    if not doc.pages:
        return None
    key = "own_meeting"
    if key not in doc.derived:
        doc.derived[key] = _convened_on(doc, 0) or _convened_beside_roster(doc)
    own = doc.derived[key]
    return replace(own) if isinstance(own, Meeting) else None


# A running header or footer naming the meeting a paper goes to and its place on the agenda:
# "Trust Board (Public) - 2 May 2024 - Agenda item 5", "Audit and Governance Committee 12.02.25 –
# Item 9 – Appendix A" (NHS trusts' action logs and fire authorities' risk registers, which are
# papers to a meeting and name it nowhere else); looked for among a first page's first and last
# lines. The item parted from the meeting by a bar or a middle dot as well as a dash, or by a space
# alone after the date: "Commission | Audit, Finance and Risk Committee | September 17, 2025 |
# Agenda Item 5.1", "Sport Trust · Board of Trustees Meeting · 24 July 2025 Item 2.2" (Canadian
# agencies' briefing notes and New Zealand trusts' registers tabled at a meeting)
# ... or the paper's own number in the item's place: "Board of Directors – 26 June 2025 – Paper BD
# 25/31", "Trust Board – 3 April 2025 – Paper 7" (hospital authorities' and NHS boards' papers)
_RUNNING_ITEM = re.compile(
    r"(?:[-–—|·•]\s*|(?<=\d)\s+)(?:(?:agenda\s+)?item|paper)\s+(?:no\.?\s*)?(?-i:[A-Z]{1,4}[\s/-]?)?\d", re.I
)
RUNNING_LINES = 3


def _running_meeting(page_lines: list[str], number: int) -> Meeting | None:
    """The meeting a paper's running header or footer names (see _RUNNING_ITEM)."""
    edge = page_lines[:RUNNING_LINES] + page_lines[-RUNNING_LINES:]
    for ln in edge:
        m = _RUNNING_ITEM.search(ln)
        if not m:
            continue
        head = ln[: m.start()]
        date = find_date(head) or find_numeric_date(head)
        bodies = find_bodies(head)
        if not (date and bodies):
            continue
        body = bodies[-1]
        if len(bodies) > 1 and _PARENT_LINE.match(bodies[0]):
            body = f"{bodies[0]} {bodies[-1]}"  # "<NHS Trust> Trust Board (Public) - 2 May 2024"
        named = _named_segment(head, bodies[-1])
        if named and body == bodies[-1]:
            body = named[0]
        return Meeting(
            body=body,
            date=date,
            title=named[1] if named else None,
            location=None,
            page=number,
            kind="meeting",
        )
    return None


# The parts of a running header or footer: "Commission | Audit, Finance and Risk Committee |
# September 17, 2025", "Sport Trust · Board of Trustees Meeting · 24 July 2025"
_FURNITURE_SPLIT = re.compile(r"\s+[|·•–—-]\s+")
_MEETING_TAIL = re.compile(r"\s+meeting$", re.I)


def _named_segment(head: str, body: str) -> tuple[str, str | None] | None:
    """The part of a running header or footer that names the body found, as (body, title): the
    body's whole name where the body pattern stopped short of it, at a comma or at a word it
    takes for the meeting's kind ("Audit, Finance and Risk Committee": committees named by a list
    of their remits; "Joint Independent Audit Committee"), and the part as printed for a title
    where it is more than the name ("Board of Trustees Meeting"); None when no part names it."""
    for seg in _FURNITURE_SPLIT.split(head.strip()):
        seg = seg.strip()
        core = _MEETING_TAIL.sub("", seg)
        if not core.endswith(body) or re.search(r"\d", core):
            continue
        prefix = core[: -len(body)].replace(",", " ").split()
        if all(w[:1].isupper() or w in {"and", "&", "of", "for"} for w in prefix):
            return core, (seg if seg != body else None)
    return None


# A line dating another meeting: the next one, minutes of one "held on" a date; but "A meeting of
# Council will be held on Wednesday 26 March 2025" (a university council's notice) is the own
_OWN_HELD = re.compile(r"^(?:the\s+)?(?:meeting\s+)?held\s+on\b", re.I)
# A line that opens with "Meeting held on" / "Held on" dates the document's own meeting: a
# Record of Decisions' or notes' sub-title under the body's name ("Cabinet – Record of Decisions" /
# "Meeting held on Tuesday 15th July 2025 at 10.00am, Council Chamber"; "Held on 3 March 2025 at
# County Hall"; "Decisions of the meeting held on ..."), not another meeting's minutes; nor does
# "TO BE HELD ON WEDNESDAY, 14 MAY 2025" under an agenda's title (the meeting to come)
_NOT_OWN_DATE = re.compile(
    r"\b(next meeting|(?<!will be )(?<!to be )(?<!^meeting )(?<!^the meeting )(?<!^decisions of the meeting )(?<!^)held on"
    r"|minutes)\b",
    re.I,
)


# An agenda row dating another meeting: "1.3 Unconfirmed minutes of the meeting held on 28"
_OTHER_MEETING_ROW = re.compile(rf"^\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+.*{_NOT_OWN_DATE.pattern}", re.I)


# A summons or notice letter dates itself, then names the meeting's date in a sentence: "You are
# hereby summoned to attend the Meeting of the Full Council which will be held in the Council
# Chamber ... on Monday 9th June 2025 at 7.00pm" (English parish and town councils), "Notice is
# given that a meeting of the Board will take place on ..." (societies), "The Committee is
# convened to meet on ..." (Scottish bodies), "... shall be held at 6 p.m. on June 5" (US boards).
# ... "You are requested to attend a meeting of the Board to be" / "held in Committee Room 2 ... on
# Friday, 5" (Scottish joint boards' and Irish councils' notice letters, where "to be held" may
# wrap over two lines)
_SUMMONS = re.compile(
    r"\b(?:summon(?:s|ed)|notice is (?:hereby )?given|(?:will|shall|is to|are to|to) (?:be held|take place|meet)"
    r"|convened to meet|(?:requested|required) to attend)\b",
    re.I,
)
# The summons sentence is looked for in the first lines of the page, and read over this many lines
SUMMONS_LINES = 25
SUMMONS_SENTENCE_LINES = 3
# ... and up to this many when its lines end in commas (a place wrapping over a fourth and fifth line)
SUMMONS_MAX_LINES = 5


# A letter's own date: a line holding only a date, perhaps labelled ("Date: 27 January 2025",
# "3 June 2025"), as the clerk's summons and despatch letters date themselves
# ... after the letter's reference on the same line: "Our Ref: GMD/MTG/05/25  6th May 2025",
# "No. GIT/Senate/2025/77  Dated: 02.07.2025" (Irish councils' and Indian universities' notices
# of meeting head the letter so)
# ... or as the paper's issue date: "Issued: 3 June 2025", "Date of issue: 2 May 2025",
# "Despatched: 24 March 2025" (hospital committees' and councils' agendas, whose meeting date is in
# the "to be held on ..." line under the title)
_LETTER_DATE_LABEL = re.compile(
    r"^\s*(?:(?:(?:our|your)\s+)?(?:ref(?:erence)?\.?\s*(?:no\.?)?|no)\.?\s*:?\s*[\w./-]*\d[\w./-]*\s+)?"
    r"(?:(?:date[d]?|issued|date of issue|despatched|dispatched|circulated)\s*:?\s*)?",
    re.I,
)
# A letter addressed to the members with its date at the line's end: "To: Members of the
# Strathlennox Valuation Joint Board   29 August 2025" (Scottish joint boards' and Irish councils'
# notice letters: the addressee at the left, the letter's date at the right of one line)
_TO_MEMBERS = re.compile(
    r"^\s*to\s*:?\s*(?:all\s+|each\s+|the\s+)?(?:members?|councillors?|trustees|governors|directors)\b", re.I
)
# A letter's heading naming the meeting is looked for within this many lines under its date
LETTER_HEADING_LINES = 4


def _letter_date(line: str) -> bool:
    if DATE_RE.fullmatch(_LETTER_DATE_LABEL.sub("", line).strip().rstrip(".")):
        return True
    if not _TO_MEMBERS.match(line):
        return False
    ends = [m.end() for m in DATE_RE.finditer(line)]
    return bool(ends) and not line[ends[-1] :].strip(" .")


def _dated_heading(lines: list[str]) -> int | None:
    """Index of a line naming a body and a date, parted by a dash or comma ("CABINET - THURSDAY,
    30 JANUARY 2025", "Planning Committee – 12 March 2025", "AUDIT COMMITTEE, 5 JUNE 2024")."""
    for k, ln in enumerate(lines):
        m = re.match(r"^(.{3,80}?)\s*(?:[-–—,]\s*)(.*)$", ln.strip())
        if not m or not find_date(m.group(2)) or not DATE_RE.fullmatch(m.group(2).strip().rstrip(".")):
            continue
        name = smart_title(m.group(1)).rstrip(" :")
        if find_bodies(name) == [name] or re.fullmatch(rf"(?i:{BODY_NOUNS})", name):
            return k
    return None


def summoned_index(lines: list[str]) -> int:
    """Index of the line opening the summons sentence that names a date (see _dated_summons): not
    an earlier summons line whose sentence names none ("Members are requested to attend a meeting
    of the" / "LICENSING COMMITTEE" / "to be held in the Council Chamber ... on" / "Thursday, 9
    October 2025": the sentence from "to be held", so the committee's line stays above it); 0 when
    none."""
    found = _dated_summons(lines)
    return found[0] if found else 0


def _summons_sentence(lines: list[str]) -> str | None:
    """The sentence of a summons (see _SUMMONS) that names a date, joined over its wrapped lines."""
    found = _dated_summons(lines)
    return found[1] if found else None


def _dated_summons(lines: list[str]) -> tuple[int, str] | None:
    """The index of the first summons line (see _SUMMONS) whose sentence names a date, and that
    sentence joined over its wrapped lines."""
    for k, ln in enumerate(lines):
        if not _SUMMONS.search(ln):
            continue
        wrapped = lines[k : k + SUMMONS_SENTENCE_LINES]
        # the sentence ends at an agenda table's header row under it ("... in the Board Room,
        # 5/F, Administration Block" / "Item Subject Paper No. Presented by Purpose Time")
        wrapped = wrapped[
            : next((j for j, w in enumerate(wrapped) if _AGENDA_TABLE_HEAD.match(w)), len(wrapped))
        ]
        # ... and goes on while its last line ends in a comma: "... at 10:00 a.m. in the Council
        # Chamber," / "Administrative Complex, Tableland." (the place wrapping onto a fourth line)
        end = k + len(wrapped)
        while (
            wrapped
            and wrapped[-1].rstrip().endswith(",")
            and end < len(lines)
            and end < k + SUMMONS_MAX_LINES
        ):
            wrapped.append(lines[end])
            end += 1
        sentence = join_lines(wrapped)
        sentence = re.split(r"(?<=[a-z\d])\.\s+[A-Z]", sentence)[0]
        if not find_date(sentence) and _AS_FOLLOWS.search(sentence):
            sentence = f"{sentence} {join_lines(_fields_below(lines[end:]))}"
        if find_date(sentence):
            return k, sentence
    return None


# A summons that gives the date, time and place as labelled fields under it: "... will be held as
# follows:" / "Date: Thursday, 12 June 2025" / "Time: 09:30 hours" / "Venue: Boardroom, ..."
# (Southern African and other Commonwealth pension funds' and boards' notice letters); the fields
# are read as the sentence's end, from the lines under it up to this many
_AS_FOLLOWS = re.compile(r"\bas follows\s*:\s*$", re.I)
_NOTICE_FIELD = re.compile(r"^(?:date|day|time|venue|place|location)\s*:", re.I)
NOTICE_FIELD_LINES = 4


def _fields_below(lines: list[str]) -> list[str]:
    """The labelled fields (see _NOTICE_FIELD) on the lines opening `lines`."""
    out: list[str] = []
    for ln in lines[:NOTICE_FIELD_LINES]:
        if not _NOTICE_FIELD.match(ln):
            break
        out.append(ln)
    return out


def _summoned_date(lines: list[str]) -> str | None:
    """The date a summons sentence names."""
    sentence = _summons_sentence(lines)
    return find_date(sentence) if sentence else None


# The meeting a summons names: "the Meeting of the Full Council", "an Extraordinary Meeting of the
# Parish Council", "the Annual Meeting of the Town Council"; "the April Meeting of the Members of
# Glenmore Municipal District" (Irish municipal districts' notices)
_SUMMONED_MEETING = re.compile(
    r"\b((?:[A-Z][a-z]+\s+){0,2}Meeting of (?:the )?(?:Members of (?:the )?)?(?:[A-Z][\w'’&-]*\s*)+?)"
    r"(?=\s+(?:which|to be|will|on|at|in|held)\b|[,.]|$)"
)


# "... requested to attend a meeting of the Strathlennox Valuation Joint Board": the meeting named in
# lower case, read as "Meeting of the ..." (notice letters that give the meeting no heading)
# A capitals title line that continues "AGENDA" above it: "OF THE ORDINARY MEETING OF THE MUNICIPAL
# PUBLIC ACCOUNTS COMMITTEE" (South African municipalities' agenda covers)
_OF_THE_OPENING = re.compile(r"^of\s+(?:the\s+)?(?=\S)", re.I)
_A_MEETING_OF = re.compile(r"\ban?\s+meeting of\b(?=\s+(?:the\s+)?[A-Z])")


# A summons giving date, time, then place: "... will be held on Friday, 22 August 2025, at 9:00 in
# the morning at the Conference Hall, <building>, with an online option via Zoom" (notice memos of
# Philippine, African and Latin American boards); the place ends at the remote option
_HELD_ON_AT = re.compile(
    r"\bheld on\b[^.;]*?(?:19|20)\d\d,?\s+(?:at|from)\s+\d{1,2}(?:[.:]\d\d)?\s*"
    r"(?:[ap]\.?\s?m\.?|o'clock|in the (?:morning|afternoon|evening))?,?\s+(?:at|in)\s+(?:the\s+)?"
    r"(.+?)(?:,?\s+(?:with|and|or)\b[^,]*\b(?:online|zoom|teams|virtual|remote)|\s+via\b|$)",
    re.I,
)


# The place on the line under "TO BE HELD ON WEDNESDAY, 14 MAY 2025 AT 10:00": "IN THE COUNCIL
# CHAMBER, ENKWAZINI CIVIC CENTRE, NKWAZI" (South African municipalities' and Hong Kong hospital
# committees' agenda covers, which set date, time and place as three centred lines)
_PLACE_LINE = re.compile(r"^(?:in|at)\s+the\s+(?!attendance\b)", re.I)


def _place_below_held_on(lines: list[str]) -> str | None:
    """The place a "held on <date> at <time>" line continues into on the next line."""
    if len(lines) < 2 or not _PLACE_LINE.match(lines[1]) or not re.search(r"\bheld on\b", lines[0], re.I):
        return None
    m = _HELD_ON_AT.search(join_lines(lines))
    return smart_title(m.group(1).strip(" ,.")) if m else None


# A place that runs on into the meeting's time: "at the Assembly Hall, Adeiso, at 10:00 a.m.
# prompt" (Ghanaian assemblies' and English parish councils' notices name the place, then the time)
_TIME_TAIL = re.compile(
    r",?\s+at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?\s?m\.?|hrs|hours|o'clock)?(?:\s+prompt(?:ly)?)?\.?$", re.I
)


def _summoned_meeting(lines: list[str]) -> tuple[str | None, str | None]:
    """The title and place a summons sentence names ("... the Meeting of the Full Council which
    will be held in the Council Chamber, The Guildhall ... on Monday 9th June 2025")."""
    sentence = _summons_sentence(lines)
    if sentence is None:
        return None, None
    m = _SUMMONED_MEETING.search(sentence) or _SUMMONED_MEETING.search(
        _A_MEETING_OF.sub("Meeting of", sentence, 1)
    )
    place = re.search(r"\bheld (?:in|at) (?:the )?(.+?)(?:,?\s+on\s+\w+day\b|\s+on\s+\d|$)", sentence, re.I)
    if place is None:
        place = _HELD_ON_AT.search(sentence)
    return (m.group(1).strip() if m else None), (place.group(1).strip(" ,.") if place else None)


# A report cover sheet's "Meeting" row giving the meeting whole in one cell: "Meeting | Board of
# Directors meeting held in public, Thursday 4 September 2025, 09:30, Boardroom, Wexcombe General
# Hospital, ..." (NHS trusts' and ICBs' cover sheets over a BAF or a report; councils' "Meeting:
# Cabinet, 4 March 2025, Council Chamber"): the name before the date, the place after the time
_MEETING_FIELD = re.compile(r"^(?i:meeting|name of meeting|meeting name)\s*:?\s+(?=[A-Z])(?P<value>.+)$")
_WEEKDAY_BEFORE = re.compile(
    r"(?:,?\s*(?:on\s+)?(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*|\s*(?:[,–—-]|\bon)\s*)$"
)
_TIME_LEAD = re.compile(
    r"^[\s,–—-]*(?:(?:at|from)\s+)?(?:\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s*[-–—]\s*\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?)?",
    re.I,
)


def _meeting_field(head: list[str], lines: list[str], number: int) -> Meeting | None:
    """The meeting a cover sheet's "Meeting" row names with its date (see _MEETING_FIELD); the
    body's full name from the paper's running footer when that names the same meeting."""
    for ln in head:
        m = _MEETING_FIELD.match(ln.strip())
        if not m:
            continue
        value = m.group("value")
        d = DATE_RE.search(value)
        if not d:
            continue
        name = _WEEKDAY_BEFORE.sub("", value[: d.start()]).strip(" ,–—-")
        bodies = find_bodies(name)
        if not bodies:
            continue
        body = bodies[0]
        running = _running_meeting(lines, number)
        if running and running.body and running.date == find_date(value) and running.body.endswith(body):
            body = running.body  # "<NHS Foundation Trust> Board of Directors" in the footer
        rest = value[d.end() :]
        place = _TIME_LEAD.sub("", rest).strip(" ,.–—-")
        place = re.sub(r"^(?:in|at)\s+(?:the\s+)?", "", place, flags=re.I)
        return Meeting(
            body=body,
            date=find_date(value),
            title=smart_title(name),
            location=place or None,
            page=number,
            start_time=find_time(rest),
            kind="meeting",
        )
    return None


# The formula US minute books open each meeting's record with: "BE IT REMEMBERED that a Regular
# Meeting of the Board of Supervisors ... was begun and holden ... on Monday, the fifth (5th) day
# of May, 2025" (county boards of supervisors and commissioners in the southern states)
# ... and a summons letter's invitation: "You are invited to attend a meeting of the" / "CABINET" /
# "to be held in the Council Chamber ... on" / "Wednesday, 17 September 2025" (English councils'
# summonses over an agenda; "You are summoned to attend ...", "Members are requested to attend")
_CONVENING_FORMULA = re.compile(
    r"^\s*(?:BE\s+IT\s+(?:REMEMBERED|KNOWN)\b|(?:you\s+are|members\s+are)\s+(?:hereby\s+)?"
    r"(?:invited|summoned|requested|required)\s+to\s+attend\b)",
    re.I,
)
# The formula's sentence names the date within this many lines
CONVENING_DATE_LINES = 4


# The end of a summons' invitation, the body's name on the next line: "... to attend a meeting of the"
_INVITED_TO = re.compile(r"\battend\s+(?:an?|the)\s+(?:\w+\s+)?meeting\s+of(?:\s+the)?\s*$", re.I)


def _convening_formula(head: list[str]) -> str | None:
    """The line opening a minute book's convening formula (see _CONVENING_FORMULA) when its
    sentence dates the meeting."""
    for k, ln in enumerate(head[:20]):
        if _CONVENING_FORMULA.match(ln) and find_date(join_lines(head[k : k + CONVENING_DATE_LINES])):
            return ln
    return None


# The stacked heading opening a page that repeats page 1's first lines ("STATE OF MISSISSIPPI" /
# "COUNTY OF PELHAM" / "RECESS MEETING"): the next meeting's record in a minute book that prints
# each meeting under the same heading; this many of the first lines are compared
REPEATED_HEAD_LINES = 2


def repeated_heading_meetings(doc: Document, own: Meeting) -> list[Meeting]:
    """Meetings on later pages opening with page 1's heading lines (see REPEATED_HEAD_LINES),
    each with a date of its own. Cached on the document."""
    key = f"repeated_heading:{own.date}"
    cached = doc.derived.get(key)
    if isinstance(cached, list):
        return [replace(m) for m in cached]
    out: list[Meeting] = []
    if doc.page_count >= 2:
        first = [unspace(ln.strip()) for ln in doc.pages[0].lines if ln.strip()][:REPEATED_HEAD_LINES]
        skip = boilerplate(doc)
        if (
            len(first) == REPEATED_HEAD_LINES
            and not any(find_date(x) or x in skip for x in first)
            and not any(_MINUTES_HEAD.match(x) for x in first)
        ):
            for index in range(1, doc.page_count):
                nonblank = (x for x in doc.pages[index].lines if x.strip())
                top = [unspace(ln.strip()) for ln in itertools.islice(nonblank, REPEATED_HEAD_LINES)]
                if top != first:
                    continue
                m = _convened_on(doc, index)
                if m is None or m.date is None or any(m.date == o.date for o in [own, *out]):
                    continue
                if m.body is None or _same_body_noun(m.body, own.body):
                    m.body = own.body
                out.append(m)
    doc.derived[key] = out
    return [replace(m) for m in out]


# "meeting of June 19, 2025", "meeting held on 3 May 2025": the meeting's own date follows
_MEETING_OF_DATE = re.compile(r"\bmeeting\s+(?:held\s+)?(?:of|on)\s+", re.I)


# A running footer marking a paper as an attachment to an agenda item, "Agenda Item 7.B –
# Attachment 1", "Agenda item 5 - Appendix A" (registers and reports sent with an agenda): it
# does not make the page an agenda
_ITEM_ATTACHMENT = re.compile(
    r"^\s*agenda\s+item\s+[\w.]+\s*[-–—:]\s*(?:attachment|appendix|annex|enclosure|exhibit)\b", re.I
)


# A line going on with a paragraph (it opens in lower case): "... Returns are tabled at the first
# Council meeting after 30 June" or "supplied by members following the inaugural meeting on 30
# October 2025" in a register's or policy's preamble dates some meeting in passing, not the
# document's own; on a page that is neither an agenda nor a report it does not make one
_PROSE_LINE = re.compile(r"^[a-z]")


# A meeting's heading dated with figures and stops, day first: "112th MEETING OF THE BOARD OF
# DIRECTORS – 26.08.2025" (Sri Lankan, South Asian and continental European boards' papers; the
# stops are day-first wherever they are used, unlike US slashes, so the date is read only so)
_DOTTED_DATE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?![\d.])")


def _dotted_meeting_date(line: str) -> str | None:
    """The day-first dotted date of a line naming a meeting (see _DOTTED_DATE), else None."""
    if "." not in line or not re.search(r"\bmeeting\b", line, re.I):
        return None
    m = _DOTTED_DATE.search(line)
    return find_numeric_date(m.group(0)) if m else None


# A memorandum's header: "TO / FOR", "FROM", "SUBJECT / RE", "DATE" labels in a left column, with or
# without colons ("FOR The Honorable Chairperson and Members of the Board of Regents" / "FROM ..." /
# "SUBJECT Notice of the 4th Regular Meeting of the Board of Regents" / "DATE 08 August 2025":
# Philippine state universities' and agencies' notice memos, US city staff memos, East African
# boards' internal memos). Where its subject names a meeting, the memo is that meeting's notice:
# the meeting's date is in the summons sentence below the memo's own date.
_MEMO_FROM = re.compile(r"^(?:from\s*:?|de\s*:)\s*\S", re.I)
_MEMO_SUBJECT = re.compile(
    r"^(?:subject|subj\.?|re|regarding|asunto|objet|assunto)\s*(?::\s*|\s)(?P<value>.*\bmeeting\b.*)$", re.I
)
# "Notice of the ..." / "Invitation to the ..." opening a memo's subject: the meeting is the rest
_NOTICE_OF = re.compile(r"^(?:(?:notice|notification|invitation|convening)\s+(?:of|to)\s+(?:the\s+)?)", re.I)
# Lines at the top of a page where a memorandum's header is looked for (its labels sit under a
# letterhead of up to five lines: country, body, address, office, memo number)
MEMO_HEADER_LINES = 14


def _memo_subject(head: list[str]) -> str | None:
    """The meeting a memorandum's subject line names (see _MEMO_SUBJECT), when the page opens
    with a memo header (a "From" line above or beside it)."""
    top = head[:MEMO_HEADER_LINES]
    if not any(_MEMO_FROM.match(ln) for ln in top):
        return None
    for ln in top:
        m = _MEMO_SUBJECT.match(ln)
        if m:
            return _NOTICE_OF.sub("", m.group("value").strip()).strip() or None
    return None


# A roster of the board and its officers printed down the margin of an agenda's first page
# ("BOARD OF TRUSTEES" / "Linda Ortega-Haines" / "President" / "City of Marsh Harbor" ... "DISTRICT
# MANAGER" / ...; US special districts', city councils' and school boards' agenda covers): the
# text reads the margin column first, so the agenda's own title ("AGENDA" / "REGULAR MEETING OF
# THE BOARD OF TRUSTEES" / "Tuesday, October 14, 2025 – 2:00 p.m.") comes below the lines where
# a cover's meeting is looked for. The title is looked for as a line "AGENDA" of its own at or
# after this line (the date search's window, see _convened_on) ...
ROSTER_FROM_LINE = 25
# ... and before this one (a roster of up to a dozen members and officers, three lines each)
ROSTER_TO_LINE = 60
# A roster's lines are short (a name, an office, a seat: "City of Marsh Harbor"); this share of
# the lines above the title at least are no longer than ROSTER_LINE_CHARS (the letterhead's name
# and address may be longer); minutes' run-on headings and declaration tables are not rosters
ROSTER_SHORT_SHARE = 0.8
ROSTER_LINE_CHARS = 40


def _convened_beside_roster(doc: Document) -> Meeting | None:
    """The meeting of an agenda whose first page reads a margin roster before its title (see
    ROSTER_FROM_LINE): the meeting read from the title line "AGENDA" on."""
    if not doc.pages:
        return None
    lines = [unspace(ln.strip()) for ln in doc.pages[0].lines if ln.strip()]
    if any(find_date(ln) for ln in lines[:ROSTER_FROM_LINE]):
        return None  # a date above: the cover's own reading stands
    if any(_MINUTES_HEAD.match(ln) for ln in lines[:ROSTER_FROM_LINE]):
        return None  # minutes, their agenda listed under the roll ("AGENDA:" / "1. Call to Order")
    title = next(
        (k for k in range(ROSTER_FROM_LINE, min(ROSTER_TO_LINE, len(lines))) if _AGENDA_LINE.match(lines[k])),
        None,
    )
    if title is None:
        return None
    short = sum(1 for ln in lines[:title] if len(ln) <= ROSTER_LINE_CHARS)
    if short < ROSTER_SHORT_SHARE * title:
        return None
    return _convened_on(doc, 0, start=title)


def _convened_on(doc: Document, index: int, start: int = 0) -> Meeting | None:
    """The meeting whose agenda or report front page is page `index` (0-based), read from its
    `start`th non-blank line on (past a margin roster, see _convened_beside_roster)."""
    page = doc.pages[index]
    lines = [unspace(ln.strip()) for ln in page.lines if ln.strip()][start:]
    head = lines[:40]
    if any(_MINUTES_HEAD.match(ln) and not re.match(r"^\d", ln) for ln in head[:8]):
        return None
    if _form_minutes(doc, page.number, lines) is not None:
        return None  # minutes under a header form
    is_agenda = (
        any(_AGENDA_WORD.search(ln) and not _ITEM_ATTACHMENT.match(ln) for ln in head)
        or any(_AGENDA_TITLE.search(ln) for ln in head[:AGENDA_TITLE_LINES])
        or any(re.match(r"^item\s*(no\.?)?$", ln, re.I) for ln in head)
        or any(_AGENDA_TABLE_HEAD.match(ln) for ln in head)
    )
    report = next((ln for ln in head[:5] if re.match(r"^report to (?:the )?", ln, re.I)), None)
    addressed = report_addressee(head)
    if report is None and addressed:
        report = addressed
    field = _meeting_field(head[:COVER_HEADER_LINES], lines, page.number)
    if field is not None:
        return field
    if not (is_agenda or report):
        running = _running_meeting(lines, page.number)
        if running is not None:
            return running
    memo = _memo_subject(head) if not (is_agenda or report) else None
    meeting_line = (
        next(
            (
                ln
                for ln in head
                if (re.search(r"\bmeeting\b", ln, re.I) or _OWN_HELD.match(ln))
                and (find_date(ln) or find_day_month(ln) or _dotted_meeting_date(ln))
                and (is_agenda or report or not _PROSE_LINE.match(ln) or _OWN_HELD.match(ln))
            ),
            None,
        )
        or _stacked_meeting_title(head)
        or _convening_formula(head)
        or memo
    )
    if not (is_agenda or report or meeting_line):
        return None
    date = None
    date_idx = None
    footer: Meeting | None = None
    at = _RUNNING_ITEM.search(meeting_line) if meeting_line else None
    if at and not (is_agenda or report) and meeting_line in lines[-RUNNING_LINES:]:
        # the meeting named only by the paper's running footer, "Board meeting 20 March 2025 –
        # Item 3" (a register or report sent to a meeting): where the page's own first date is
        # another ("As at 28 February 2025", the date of a register), the meeting is the
        # footer's, its body the paper's letterhead (the first lines naming one)
        named = meeting_line[: at.start()]
        footer_date = find_date(named)
        if footer_date:
            body = next((found[0] for ln in head[:RUNNING_LINES] if (found := find_bodies(ln))), None)
            title = smart_title(named.strip(" -–—|"))
            footer = Meeting(
                body=body, date=footer_date, title=title, location=None, page=page.number, kind="meeting"
            )
    for k, ln in enumerate(head[:25]):
        if _NOT_OWN_DATE.search(ln):
            continue
        # a date may be stacked over lines: "on Thursday" / "16" / "th March 2017 7:30pm"; the
        # stack stops at a line dating another meeting (an agenda row "1.3 Unconfirmed minutes of
        # the meeting held on 28" / "November 2024" is not the meeting's own date)
        stack = head[k : k + 3]
        stack = stack[
            : next((j for j in range(1, len(stack)) if _OTHER_MEETING_ROW.match(stack[j])), len(stack))
        ]
        d = (
            find_date(ln)
            or (find_date(join_lines(stack)) if re.search(r"\d|day\b", ln) else None)
            or _dotted_meeting_date(ln)
        )
        if d:
            # "Fiscal year April 1, 2024 to March 31, 2025 | Report to the Board, meeting of June
            # 19, 2025": the date after "meeting of/on" is the meeting's, the others a period's
            # (reports to a board with the year they cover in the same line)
            of = _MEETING_OF_DATE.search(ln)
            d = (find_date(ln[of.end() :]) if of else None) or d
            date, date_idx = d, k
            break
    if date is None:
        # a date line without its year ("Date: Wednesday 9th October"): the year from the
        # document's own context, checked against the weekday
        for k, ln in enumerate(head[:25]):
            if not _DATE_LINE.search(ln) or _NOT_OWN_DATE.search(ln):
                continue
            dm = find_day_month(ln)
            if dm:
                date, date_idx = year_for(doc, dm, ln), k
                break
    # the line the date is printed on (a stacked date's search may start on a line above)
    printed = (
        next(
            (j for j in range(date_idx, min(date_idx + 3, len(head))) if find_date(head[j]) == date), date_idx
        )
        if date_idx is not None
        else None
    )
    letter = printed is not None and _letter_date(head[printed])
    summons_lines = head[printed + 1 : SUMMONS_LINES] if letter and printed is not None else []
    summoned = _summoned_date(summons_lines)
    summoned_title, summoned_place = None, None
    if summoned and summoned != date:
        # the first date is the letter's; the meeting's is in the summons sentence below it
        date, date_idx = summoned, printed + 1 + summoned_index(summons_lines)
        summoned_title, summoned_place = _summoned_meeting(summons_lines)
    elif letter:
        dated = _dated_heading(head[printed + 1 : printed + 1 + LETTER_HEADING_LINES])
        if dated is not None and find_date(head[printed + 1 + dated]) != date:
            # "Date: 27 January 2025" / "Dear Member" / "CABINET - THURSDAY, 30 JANUARY 2025": the
            # meeting's name and date as the letter's heading (English councils' despatch letters)
            date_idx = printed + 1 + dated
            date = find_date(head[date_idx])
    headed = _meeting_heading_over_date(head)
    if headed is not None and find_date(head[headed + 1]) != date:
        # the first date is the notice's own; the meeting's is under its heading
        date, date_idx = find_date(head[headed + 1]), headed + 1
    else:
        headed = None
    if footer is not None and date != footer.date:
        return footer
    if date is None:
        return None
    bodies: list[str] = []
    if report:
        bodies = find_bodies(_REPORT_TO.sub("", report).split(":")[0])
    if headed is not None:
        # the meeting's heading names its body, unless a line of the head is the body's own name
        # ("Rancho Palos Verdes City Council" over "CITY COUNCIL MEETING AND IMPROVEMENT
        # AUTHORITY REGULAR MEETING")
        own = [
            b
            for ln in head[: headed + 1]
            for b in find_bodies(ln)
            if smart_title(ln.strip()).rstrip(" :") == b
        ]
        bodies = own[:1] or find_bodies(head[headed])[:1]
    if memo and not bodies:
        bodies = find_bodies(memo)[:1]  # a notice memo's subject names the meeting's body
    invited = None
    if not bodies:
        for k, ln in enumerate(head[: date_idx + 1]):
            core = re.sub(r"\s*\b(agenda|minutes)\s*$", "", ln.strip(), flags=re.I)
            found = find_bodies(core)
            if len(found) == 1 and smart_title(core).rstrip(" :") == found[0] and found[0] not in bodies:
                bodies.append(found[0])
                if k and _INVITED_TO.search(head[k - 1]):
                    invited = found[0]
        if invited and len(bodies) == 2 and bodies[1] == invited:
            # "Wexcombe District Council" (the letterhead) ... "You are invited to attend a meeting
            # of the" / "CABINET": the council's meeting body, not two bodies
            bodies = [f"{bodies[0]} {invited}" if bodies[0].endswith("Council") else invited]
        if len(bodies) == 1:
            bodies = _committee_of_paper(bodies, head[: date_idx + 1])
    if not bodies:
        bodies = _wrapped_letterhead(head[: min(date_idx + 1, LETTERHEAD_LINES + 1)])
    if not bodies:
        for ln in head[: date_idx + 1]:
            if re.search(r"\bmeeting-in-common|\bcomprising\b|^meetings? in-common", ln, re.I):
                continue
            for b in find_bodies(ln):
                if b not in bodies:
                    bodies.append(b)
    if not bodies:
        # a name stacked over lines above the agenda's title: "Adult Social Care" / "and Health
        # Select" / "Committee" / "Agenda" (English council front sheets set in a narrow column)
        stack: list[str] = []
        for ln in head[:date_idx]:
            if _AGENDA_WORD.search(ln) or _AGENDA_TITLE.search(ln):
                break
            stack.append(ln)
        if len(stack) >= 2:
            bodies = find_bodies(" ".join(stack))[:1]
    if not bodies:
        # the body's name on a line of its own below the date (US agenda covers that open with
        # the date and time: "Thursday, June 15, 2017" / "11:30 AM" / "Metro" / "Los Angeles
        # County Metropolitan Transportation Authority")
        for ln in head[date_idx + 1 : date_idx + 1 + BODY_BELOW_DATE_LINES]:
            found = find_bodies(ln)
            if len(found) == 1 and smart_title(ln.strip()).rstrip(" :") == found[0]:
                bodies = found
                break
    if not bodies:
        for ln in head[: date_idx + 1]:
            if ln.isupper() and 3 < len(ln) < 40 and not _AGENDA_WORD.search(ln):
                bodies = [smart_title(ln)]
                break
    # drop a body that is only part of a longer one found ("Board" in "X Board"),
    # and a plural ("the two ... Boards") when the single bodies are named
    if not bodies:
        # the body's name under a date line: "CITY OF MOUNTAIN VIEW TUESDAY, APRIL 5, 2016" over
        # "CITY COUNCIL AGENDA AND NOTICE ..." (the name before the agenda's title)
        for ln in head[date_idx + 1 : date_idx + 3]:
            core = _AGENDA_TITLE.split(ln)[0] if _AGENDA_TITLE.search(ln) else ""
            found = find_bodies(core) if core.strip() else []
            if found:
                bodies = found[:1]
                break
    bodies = [b for b in bodies if not any(b != o and b in o for o in bodies)]
    if len(bodies) > 1:
        bodies = [b for b in bodies if not b.endswith("s")] or bodies
    date_line = head[date_idx]
    noticed = _noticed_committee(bodies, head[: date_idx + 1]) if len(bodies) <= 1 else None
    if noticed:
        # the parent's letterhead over "a meeting of the <Committee>": the committee's meeting
        bodies = [f"{bodies[0]} {noticed}"] if bodies else [noticed]
    title = head[headed] if headed is not None else memo or summoned_title or invited or noticed
    for ln in head[: date_idx + 1] if title is None else []:
        if re.search(r"\bmeeting\b", ln, re.I) and not re.search(r"in-common", ln, re.I):
            title = ln
            break
    if (title is None or _OWN_HELD.match(title)) and _OWN_HELD.match(date_line) and date_idx > 0:
        title = head[date_idx - 1]  # the heading over "Meeting held on ..." ("Cabinet – Record of Decisions")
    if title is not None and _OF_THE_OPENING.match(title) and title.split()[-1].isupper():
        # "AGENDA" / "OF THE ORDINARY MEETING OF THE ... COMMITTEE": the title goes on from the word above
        title = _OF_THE_OPENING.sub("", title)
    if title is None and addressed and bodies:
        title = bodies[0]  # "To: Cabinet, 30 January 2025": the meeting is the body's
    if title is None:
        title = (
            report
            or next((ln for ln in head[:3] if _AGENDA_WORD.search(ln) or _AGENDA_TITLE.search(ln)), None)
            or head[0]
        )
    tm = find_time(date_line) or next(
        (find_time(ln) for ln in head[date_idx : date_idx + 3] if find_time(ln)), None
    )
    if meeting_line and not tm:
        tm = find_time(meeting_line)
    after = head[date_idx : date_idx + 6]
    # a summons naming the place in its sentence: "... to be held in the" / "Main Hall, Ashcombe
    # Village Hall, Church Lane on Monday 9th September 2024 at 7.30pm" (English parish councils)
    summons = join_lines(head[max(0, date_idx - 1) : date_idx + 1])
    held = head[date_idx : date_idx + (2 if date_line.rstrip().endswith(",") else 1)]
    loc = (
        summoned_place
        or _place_below_held_on(head[date_idx : date_idx + 2])
        or (_held_in(summons) if re.search(r"\bto be held\b", summons, re.I) else None)
        or _location(after)
        or (_held_in(join_lines(held)) if _OWN_HELD.match(date_line) else None)
    )
    return Meeting(
        body=" and ".join(bodies) or None,
        date=date,
        title=smart_title(title.rstrip(" ,")),
        location=_TIME_TAIL.sub("", loc) if loc else None,
        page=page.number,
        start_time=tm,
        kind="meeting",
    )


# The lines of a page's top where a letterhead's name is looked for
LETTERHEAD_LINES = 3


def _wrapped_letterhead(head: list[str]) -> list[str]:
    """The body named by a letterhead wrapped over two capital lines ("NGWEMPISI MUNICIPAL
    EMPLOYEES' PENSION" / "FUND": Southern African funds' and US districts' notice letters, see
    body_name.WRAPPED_NAME_SCORE), before the bodies a tagline or an address line names."""
    for k in range(min(LETTERHEAD_LINES, len(head) - 1)):
        name = wrapped_name(head[k], head[k + 1])
        if name:
            return [smart_title(name)]
    return []


# A second agenda in one document starts on a page of its own under a line "AGENDA" (an
# English parish council's ordinary meeting and its annual meeting on the same evening);
# looked for on this many pages after the first.
SECOND_AGENDA_PAGES = 6
_AGENDA_LINE = re.compile(r"^\s*agenda\s*:?\s*$", re.I)


_MEETING_KIND = re.compile(r"\b(?:annual|extraordinary|special|ordinary|general|adjourned|joint)\b", re.I)


def _same_meeting_again(later: Meeting, earlier: Meeting) -> bool:
    """An agenda page for the meeting a cover page already named: "Board of Directors / Meeting
    held in Public / Thursday 27 March 2025 at 09.30" then "AGENDA / Board of Directors – Part 1
    (Public) / Thursday 27 March 2025, 09.30" (NHS trusts' board packs). Same body, date and start
    time, and a title naming no kind of meeting: a parish council's "Annual Meeting of the Parish
    Council" follows its ordinary meeting on one evening, at the same advertised time."""
    return (
        not _MEETING_KIND.search(later.title or "")
        and later.date == earlier.date
        and (later.body or "").lower() == (earlier.body or "").lower()
        and later.start_time is not None
        and later.start_time == earlier.start_time
    )


# A numbered agenda item opening a line: "1. Apologies for Absence", "3 Minutes"
_NUMBERED_ITEM = re.compile(r"^\d{1,2}\.?\s+[A-Z]")


def later_agendas(doc: Document, own: Meeting) -> list[Meeting]:
    """Meetings convened by further agendas in the same document: a page whose top lines hold
    a line "AGENDA" with a date and a body, other than the first page's meeting."""
    out: list[Meeting] = []
    for index in range(1, min(doc.page_count, 1 + SECOND_AGENDA_PAGES)):
        lines = [unspace(ln.strip()) for ln in doc.pages[index].lines[: AGENDA_TITLE_LINES + 4]]
        if not any(_AGENDA_LINE.match(ln) for ln in lines):
            continue
        first_item = next((k for k, ln in enumerate(lines) if _NUMBERED_ITEM.match(ln)), len(lines))
        if not any(find_date(ln) or find_day_month(ln) for ln in lines[:first_item]):
            # "AGENDA" / "1. Apologies for Absence": the summons' agenda going on, its dates
            # the items' (a committee's recommendations "of 2 September 2025"), no meeting's own
            continue
        m = _convened_on(doc, index)
        if m is None or m.body is None:
            continue
        if any(m.date == o.date and m.title == o.title for o in [own, *out]):
            continue
        if any(_same_meeting_again(m, o) for o in [own, *out]):
            continue
        out.append(m)
    return out


# A meeting convened by the same notice to follow another: "SPECIAL CITY COUNCIL MEETING
# (Immediately Following Joint Meeting of the City Council and Redevelopment Successor Agency)"
# (US city agendas where a joint meeting with a successor agency or authority comes first).
_FOLLOWING_MEETING = re.compile(r"^(?P<head>[A-Z][A-Z ,&'’-]*\bMEETING)\s*\(?\s*(?i:immediately following)\b")


def following_meetings(doc: Document, own: Meeting) -> list[Meeting]:
    """Meetings headed on the agenda's pages as following the first one, on its date."""
    out: list[Meeting] = []
    for page in doc.pages[: 1 + SECOND_AGENDA_PAGES]:
        for ln in page.lines:
            m = _FOLLOWING_MEETING.match(ln.strip())
            bodies = find_bodies(m.group("head")) if m else []
            if bodies and not any(o.page == page.number and o.body == bodies[0] for o in out):
                out.append(
                    Meeting(
                        body=bodies[0],
                        date=own.date,
                        title=smart_title(m.group("head")),
                        location=own.location,
                        page=page.number,
                        start_time=None,
                        kind="meeting",
                    )
                )
    return out


def extract_meetings(doc: Document) -> list[Meeting]:
    out: list[Meeting] = []
    own = find_own_meeting(doc)
    if own:
        out.append(own)
        out.extend(later_agendas(doc, own))
        out.extend(following_meetings(doc, own))
        out.extend(repeated_heading_meetings(doc, own))
    found = find_minutes(doc, own.date if own else None)
    if own is None and not found:
        # minutes with no "Minutes" title (see _untitled_minutes), when their body is named
        found = [f for f in minute_sections(doc) if f.meeting.body]
    for f in found:
        if own and f.meeting.date == own.date and f.meeting.page == own.page:
            continue
        if own and f.meeting.date == own.date and _same_body_noun(f.meeting.body, own.body):
            # the agenda and the minutes of one meeting in one document: one meeting, also when
            # the minutes name the body by its meeting ("Full Council") and the summons by its
            # name ("Ashcombe Regis Town Council"): English town councils print both in one pack
            continue
        if (
            own
            and f.meeting.date == own.date
            and (_names_one_body(f.meeting.body, own) or _GENERIC_BOARD.match(f.meeting.body or ""))
        ):
            # the notice or agenda, then the minutes of that meeting (US special districts and
            # school boards publish both as one document; harbour and drainage boards print the
            # notice over the minutes): one meeting
            continue
        out.append(f.meeting)
    for m in out:
        if m.body is None:
            m.body = _body_from_page(doc, m.page)
        elif _KIND_OF_BOARD.match(m.body):
            # a heading naming only the kind of meeting ("Minutes of the 42nd Full Board Meeting",
            # "Meeting of the Authority", "Regular Board Meeting": state agencies', national park
            # authorities' and regional districts' minutes and agendas): the organisation named in
            # the page's letterhead, where there is one
            m.body = _body_from_page(doc, m.page) or m.body
        elif _MEMBERS_TITLE_BOARD.match(m.body):
            m.body = _organisation_board(_body_from_page(doc, m.page, boards=False), m.body)
    return out


# A board named by its members' title or its function alone: "Board of Management", "Board of Fire
# Commissioners", "Board of Trustees" (housing associations, US fire protection and water districts,
# charities); the truth sets and the bodies' own papers join it to the organisation printed in the
# letterhead: "Clydeside Linn Housing Association – Board of Management", "Cedar Hollow Fire
# Protection District Board of Fire Commissioners"
_MEMBERS_TITLE_BOARD = re.compile(
    r"^(?:the\s+)?Board\s+of\s+(?:(?:[A-Z][a-z]+\s+){0,3}(?:Directors|Trustees|Commissioners|Supervisors|Governors)"
    r"|Education|Management)$"
)


_COUNCIL_FOR = re.compile(r"\bCouncil\s+for\b", re.I)


def _organisation_board(organisation: str | None, board: str) -> str:
    """The board's name joined to its organisation's, unless the organisation's name is itself a
    board's or already holds it."""
    if not organisation:
        return board
    org = smart_title(organisation.strip())
    if re.search(r"\b(?:board|committee|council(?!\s+for\b))\b", org, re.I) or board.lower() in org.lower():
        return board
    if _COUNCIL_FOR.search(org):
        # an organisation named "Council for ...", see body_name._BOARD_WORD: named alone, since
        # joined to its board the name would read as two bodies (a decision's body is one)
        return org
    return org + " " + re.sub(r"^the\s+", "", board, flags=re.I)


# A body named only by the kind of its meeting and its board's noun: "Full Board", "Regular Board
# Meeting", "Authority", "Special Board" (not "Full Council": English councils' meetings of all
# members are known so, and the truth sets keep that name)
_KIND_OF_BOARD = re.compile(
    r"^(?:the\s+)?(?:(?:full|regular|ordinary|special|extraordinary|plenary)\s+)?(?:board|authority)(?:\s+meeting)?$",
    re.I,
)

# A board named by its members' title alone, no proper name: "Board of Directors", "Board of Fire
# Commissioners", "Board of Trustees", "Board" (US special districts' and school boards' minutes)
_GENERIC_BOARD = re.compile(
    r"^(?:the\s+)?Board(?:\s+of\s+(?:[A-Z][a-z]+\s+)?(?:Directors|Trustees|Commissioners|Supervisors|Governors|Education))?$",
    re.I,
)


# Words of a body's own name two of its names share at their start ("Tamarack Creek Health" and
# "Tamarack Creek Public Hospital District No. 2": a district's trading name and its legal name)
SHARED_NAME_WORDS = 2


def _names_one_body(minutes_body: str | None, own: Meeting) -> bool:
    """Whether the minutes found on the own meeting's date are that meeting's, the notice or
    agenda and the minutes of one meeting printed in one document (US special districts and
    school boards publish the agenda with the minutes so; harbour and drainage boards print the
    notice over the minutes): the minutes name no body, or the notice's body or title holds the
    minutes' body ("Lone Pine Irrigation District" / "Agenda – Regular Meeting of the Board of
    Directors" and "Board of Directors"), or the minutes name a board by its members alone
    (_MEMBERS_BOARD), or the two names open with the same words of a name
    (see SHARED_NAME_WORDS)."""
    if not minutes_body or _MEMBERS_BOARD.match(minutes_body):
        return True
    mine = minutes_body.lower()
    theirs = (own.body or "").lower()
    if theirs and (mine in theirs or theirs in mine or mine in (own.title or "").lower()):
        return True
    a, b = minutes_body.split()[:SHARED_NAME_WORDS], (own.body or "").split()[:SHARED_NAME_WORDS]
    return (
        len(a) == SHARED_NAME_WORDS
        and a == b
        and all(w[:1].isupper() for w in a)
        and not any(w.lower() in _GENERIC_NAME_WORDS for w in a)
    )


# A board named by its members alone, "Board of Trustees", "Board of Directors": every district's
# and trust's board is called so; on the notice's date, in its document, it is the notice's body
_MEMBERS_BOARD = re.compile(rf"^(?:the\s+)?board\s+of\s+(?:\w+\s+)?(?:{_MEMBERS_NOUNS})$", re.I)
# Words that open many bodies' names and say nothing of whose they are ("Board of", "City
# Council", "The Board")
_GENERIC_NAME_WORDS = {"the", "board", "of", "city", "county", "council", "committee", "joint", "full"}


def _same_body_noun(a: str | None, b: str | None) -> bool:
    """Two names for one body on one date: equal, or ending in the same body noun ("Full
    Council" and "Ashcombe Regis Town Council"; "Board" and "Acme Homes Board")."""
    if not a or not b:
        return a == b
    if a.lower() == b.lower():
        return True
    last_a, last_b = a.split()[-1].lower(), b.split()[-1].lower()
    return last_a == last_b and re.fullmatch(rf"(?i:{BODY_NOUNS})", last_a) is not None


# Later pages read for a running header that repeats the body's name
RUNNING_HEADER_PAGES = 3


def _body_from_page(doc: Document, page_number: int, *, boards: bool = True) -> str | None:
    """A fallback for a meeting found without its body: the most prominent organisation name
    at the top of the meeting's page (see body_name.prominent_organisation)."""
    index = next((k for k, p in enumerate(doc.pages) if p.number == page_number), None)
    if index is None:
        return None
    later = [p.lines for p in doc.pages[index + 1 : index + 1 + RUNNING_HEADER_PAGES]]
    name = prominent_organisation(doc.pages[index].lines, later, boards=boards)
    return smart_title(name) if name else None


_MINUTES_SIGN = re.compile(
    r"^\s*(?:[o●•▪\uf0b7-]\s+)?(?:[A-Z][a-z]+\s+)?(?:present|attendees|apologies|absent)\b|"
    # a record's own heading alone on its line: "RECORD OF PROCEEDINGS", "SUMMARY RECORD"
    # (intergovernmental councils' and regional organisations' records, whose list of
    # participants is annexed at the end)
    r"^\s*(?:record\s+of\s+proceedings|summary\s+record)\s*$",
    re.I | re.M,
)


def minute_sections(doc: Document, own_date: str | None = None) -> list[Found]:
    """Where the minutes of a document start, for attendance and decisions:
    its minutes headings, or else, for minutes printed without one (a body's
    name and date over "Attendees | Apologies", as working groups and US
    boards print them), page 1 when its first lines carry an attendance label."""
    found = find_minutes(doc, own_date)
    if found or not doc.pages:
        return found
    head = "\n".join(doc.pages[0].lines[:60])
    if not _MINUTES_SIGN.search(head):
        return []
    if re.search(r"\bagenda\b", doc.title or "", re.I) and not re.search(
        r"\bminutes\b", doc.title or "", re.I
    ):
        return []  # an agenda naming who is to attend ("Attendees" of a meeting not yet held)
    own = find_own_meeting(doc) or _untitled_minutes(doc.pages[0].lines[:30])
    # ... and each later meeting under the same heading, from its page's top
    return [Found(own, 0)] + [Found(m, 0) for m in repeated_heading_meetings(doc, own)]


# A committee's name and its paper under the council's name: "CABINET – RECORD OF DECISIONS",
# "Planning Committee – Decisions", "Licensing Sub-Committee – Minutes"
_COMMITTEE_RECORD = re.compile(
    r"^(?P<name>[A-Za-z][\w&' -]{2,60}?)\s+[–—-]\s+(?i:record\s+of\s+decisions|decisions?(?:\s+notice)?|minutes)$"
)
# Lines above an untitled minutes' date line where the body's name is looked for
UNTITLED_NAME_LINES = 4


def _untitled_minutes(lines: list[str]) -> Meeting:
    """The meeting of minutes printed with no "Minutes" title: the body's name on a line of its
    own over labelled date, time and venue lines, then "Present" ("STRATEGIC POLICING AND
    ACCOUNTABILITY BOARD" / "Date: Tuesday 21st January 2025 Time: 14:00 – 16:30" / "Venue: ..." /
    "Present ...": police and crime commissioners' boards, working groups and US boards print their
    minutes so). The body is None when no line above the date is wholly a body's name."""
    lines = [ln.strip() for ln in lines]
    # the date's line, or the first of the lines a stacked date is set over
    k = next((k for k, ln in enumerate(lines) if find_date(ln)), None)
    if k is None:
        k = next((k for k in range(len(lines)) if find_date(join_lines(lines[k : k + 3]))), None)
    if k is None:
        return Meeting(body=None, date=None, title=None, location=None, page=1, kind="minutes")
    date = find_date(join_lines(lines[k : k + 3]))
    name = next(
        (
            ln
            for ln in reversed(lines[max(0, k - UNTITLED_NAME_LINES) : k])
            if find_bodies(ln) == [smart_title(ln).rstrip(" :")]
        ),
        None,
    )
    below = list(itertools.takewhile(lambda ln: not _ATTENDANCE_WORD.search(ln), lines[k : k + 4]))
    body = find_bodies(name)[0] if name else None
    title = smart_title(name) if name else None
    if name:
        # "SEVERNVALE COUNTY COUNCIL" / "CABINET – RECORD OF DECISIONS" / "Meeting held on ...": the
        # council's committee named with its paper between the council's name and the date is the
        # body that met (English county and district councils' records of decisions)
        at = lines.index(name)
        for ln in lines[at + 1 : k]:
            m = _COMMITTEE_RECORD.match(ln)
            found = find_bodies(smart_title(m.group("name"))) if m else []
            if found and found[0].lower() not in body.lower():
                body, title = f"{body} {found[0]}", smart_title(ln)
                break
    return Meeting(
        body=body,
        date=date,
        title=title,
        location=_location(below) if name else None,
        page=1,
        start_time=find_time(lines[k]),
        kind="minutes",
    )

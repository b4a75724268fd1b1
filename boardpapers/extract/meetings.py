"""Meetings: the meeting a pack is for (kind="meeting") and the meetings whose
minutes or notes it carries (kind="minutes"). Found by wording and position:
an agenda front page, a "Minutes of ..." / "MEETING NOTES" heading with a
date close by."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document
from .dates import complete_date, find_date, find_day_month, find_numeric_date, find_time
from .records import Meeting

BODY_NOUNS = (
    r"Board|Boards|Cabinet|Committee|Council|Group|Panel|Forum|Commission|Partnership|Executive|"
    r"Assembly|Authority|Trust"
)
# A capitalised name ending in a body noun: "Hackney Integrated Commissioning Board"
_BODY_RE = re.compile(
    rf"\b((?:[A-Z][\w'’&-]*|&|and|of|for|the)(?:\s+(?:[A-Z][\w'’&-]*|&|and|of|for))*?\s+(?:{BODY_NOUNS})"
    rf"|Cabinet(?! Office))\b(?:\s*\((?P<sub>[^)]*(?:{BODY_NOUNS})[^)]*)\))?"
)
_MINUTES_HEAD = re.compile(
    r"^\s*(?:(?:(?!The\b|That\b|RESOLVED\b|To\b)[A-Z][\w&'’-]*\s+(?:[–-]\s+)?){0,6}(?i:minutes)\b|(?i:meeting notes)\b|"
    r"(?i:notes of (?:the )?meeting)\b|(?i:summary of the) .{0,60}\b(?i:session|meeting)\b)",
)
_ATTENDANCE_WORD = re.compile(
    r"^\s*(present|attendees|attendance|members present)\b|\bmembers\b[^:]{0,40}:", re.I
)
_AGENDA_WORD = re.compile(r"^\s*agenda\b|\bagenda\s*$", re.I)
_REMOTE = re.compile(
    r"microsoft teams|\bzoom\b|remote meeting|\bvirtual(?:ly)? meeting|\bonline\b|\bwebex\b", re.I
)
_LOCATION = re.compile(
    r"\b(room|hall|chamber|house|office|library|centre|center|building|street|road|whitehall|"
    r"venue|town hall)\b",
    re.I,
)
_NOT_BODY_START = {"The", "Of", "And", "For", "Meeting", "Meetings", "Joint", "Minutes", "Agenda"}


@dataclass
class Found:
    meeting: Meeting
    line_index: int  # index of the heading line on its page


def smart_title(s: str) -> str:
    """Title-case an ALL-CAPS heading, keep small words lower-case."""
    if s.upper() != s:
        return s
    small = {"and", "of", "for", "the", "in", "on", "to", "a"}
    words = []
    for i, w in enumerate(s.lower().split()):
        words.append(w if (i and w in small) else w[:1].upper() + w[1:])
    out = " ".join(words)
    return re.sub(r"\(([a-z])", lambda m: "(" + m.group(1).upper(), out)


def find_bodies(line: str) -> list[str]:
    """Body names in a line, e.g. "Meeting-in-common of the Hackney Integrated
    Commissioning Board" -> ["Hackney Integrated Commissioning Board"]."""
    text = smart_title(line.strip())
    if text.startswith("(") or not text:
        return []
    out = []
    for m in _BODY_RE.finditer(text):
        name = m.group(1).strip()
        words = name.split()
        while words and (words[0] in _NOT_BODY_START or words[0].lower() in {"and", "of", "for", "the"}):
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        if name.lower() in {"board", "boards", "committee", "council", "group"}:
            continue
        if m.group("sub"):
            name = f"{name} ({m.group('sub').strip()})"
        out.append(name)
    return out


def _location(lines: list[str]) -> str | None:
    for ln in lines:
        s = ln.strip()
        if _REMOTE.search(s):
            return "remote"
    for ln in lines:
        s = ln.strip().rstrip(",")
        m = re.match(r"^(?:venue|place|location)\s*:?\s+(.+)$", s, re.I)
        if m:
            return m.group(1).strip().rstrip(".,")
    for k, ln in enumerate(lines):
        s = ln.strip()
        if len(s) < 90 and _LOCATION.search(s) and not re.search(r"\b(minutes|agenda|item)\b", s, re.I):
            if find_date(s) and "," in s:
                s = s.split(",")[-1].strip()
            if s.endswith(",") and k + 1 < len(lines) and len(lines[k + 1].strip()) < 60:
                s = s + " " + lines[k + 1].strip()
            return s.strip().rstrip(".,") or None
    return None


def _held_in(line: str) -> str | None:
    m = re.search(r"\bheld\b(?: on [^,:]*?)? (?:in|at) (?:the )?(.+?)(?: on \w|$|:)", line)
    if m and not re.match(r"public|private", m.group(1), re.I):
        return m.group(1).strip().rstrip(".,")
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


def _is_heading(lines: list[str], i: int) -> bool:
    """A minutes title rather than a reference to minutes in running text:
    near the top of its page, or followed by an attendance list."""
    nonempty_before = sum(1 for ln in lines[:i] if ln.strip())
    if nonempty_before <= 4:
        return True
    return any(_ATTENDANCE_WORD.search(ln) for ln in lines[i + 1 : i + 16])


def find_minutes(doc: Document, year_hint: str | None = None) -> list[Found]:
    """Minutes/notes headings: "Minutes of meeting held in public on 12
    November 2020", "MINUTES AND DECISION RECORD" + date line,
    "HEALTH AND WELLBEING BOARD ... MEETING NOTES – 10 NOVEMBER 2020"."""
    out: list[Found] = []
    if year_hint is None:
        own = find_own_meeting(doc)
        year_hint = own.date if own else None
    for page in doc.pages:
        lines = page.lines
        for i, raw in enumerate(lines):
            line = raw.strip()
            if not _MINUTES_HEAD.match(line) or len(line) > 160 or re.match(r"^\d", line):
                continue
            if re.search(r"\b(previous|draft|to confirm|to receive|to approve)\b", line, re.I):
                continue
            bare = bool(re.match(r"^minutes$", line, re.I))
            if not _is_heading(lines, i):
                continue
            joined = " ".join(ln.strip() for ln in lines[i : i + 3])
            after = [ln.strip() for ln in lines[i : i + 4]]
            before = [ln.strip() for ln in lines[max(0, i - 8) : i]]
            date = find_date(line) or find_date(joined) or _meeting_date(after[1:])
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
                date = next((find_numeric_date(ln) for ln in after[1:3] if find_numeric_date(ln)), None)
            if not date:
                # a form: "Date 21st August 2013" a few lines below
                for ln in lines[i + 1 : i + 8]:
                    if re.match(r"^\s*date\b", ln, re.I):
                        date = find_date(ln, numeric=True)
                        break
            if not date:
                continue
            if any(f.meeting.date == date and abs(f.meeting.page - page.number) <= 1 for f in out):
                continue
            bodies = find_bodies(line)
            title = line
            if not bodies:
                for ln in lines[i + 1 : i + 8]:
                    m = re.match(r"^\s*title of meeting\s+(.+)$", ln, re.I)
                    if m:
                        title = m.group(1).strip()
                        bodies = [re.sub(r"\s+meeting$", "", re.sub(r"\s+[-–]\s+", " ", title), flags=re.I)]
                        break
            if not bodies:
                bodies = _bodies_above(before)
            if not bodies:
                for ln in lines[i + 1 : i + 6]:
                    b = find_bodies(ln)
                    if b:
                        bodies = b[:1]
                        break
            window = [ln.strip() for ln in lines[i : i + 10]]
            if bare:
                window = [line] + before[-4:] + window[1:]
            loc = _held_in(" ".join(window[:4])) or _location(window[1:6] + [line])
            if loc:
                loc = re.sub(r"^at (?:the )?", "", loc)
            if not find_date(line) and len(line) > 50 and i + 1 < len(lines) and find_date(lines[i + 1]):
                title = f"{line} {lines[i + 1].strip()}".rstrip(".")
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
            out.append(Found(meeting, i))
    return out


def find_own_meeting(doc: Document) -> Meeting | None:
    """The meeting an agenda pack or report is for, from its first page."""
    if not doc.pages:
        return None
    page = doc.pages[0]
    lines = [ln.strip() for ln in page.lines if ln.strip()]
    head = lines[:40]
    if any(_MINUTES_HEAD.match(ln) and not re.match(r"^\d", ln) for ln in head[:8]):
        return None
    is_agenda = any(_AGENDA_WORD.search(ln) for ln in head) or any(
        re.match(r"^item\s*(no\.?)?$", ln, re.I) for ln in head
    )
    report = next((ln for ln in head[:5] if re.match(r"^report to (?:the )?", ln, re.I)), None)
    meeting_line = next(
        (ln for ln in head if re.search(r"\bmeeting\b", ln, re.I) and (find_date(ln) or find_day_month(ln))),
        None,
    )
    if not (is_agenda or report or meeting_line):
        return None
    date = None
    date_idx = None
    for k, ln in enumerate(head[:25]):
        if re.search(r"\b(next meeting|held on|minutes)\b", ln, re.I):
            continue
        d = find_date(ln)
        if d:
            date, date_idx = d, k
            break
    if date is None:
        return None
    bodies: list[str] = []
    if report:
        bodies = find_bodies(re.sub(r"^report to (?:the )?", "", report, flags=re.I).split(":")[0])
    if not bodies:
        for ln in head[: date_idx + 1]:
            core = re.sub(r"\s*\b(agenda|minutes)\s*$", "", ln.strip(), flags=re.I)
            found = find_bodies(core)
            if len(found) == 1 and smart_title(core).rstrip(" :") == found[0] and found[0] not in bodies:
                bodies.append(found[0])
    if not bodies:
        for ln in head[: date_idx + 1]:
            if re.search(r"\bmeeting-in-common|\bcomprising\b|^meetings? in-common", ln, re.I):
                continue
            for b in find_bodies(ln):
                if b not in bodies:
                    bodies.append(b)
    if not bodies:
        for ln in head[: date_idx + 1]:
            if ln.isupper() and 3 < len(ln) < 40 and not _AGENDA_WORD.search(ln):
                bodies = [smart_title(ln)]
                break
    # drop a body that is only part of a longer one found ("Board" in "X Board"),
    # and a plural ("the two ... Boards") when the single bodies are named
    bodies = [b for b in bodies if not any(b != o and b in o for o in bodies)]
    if len(bodies) > 1:
        bodies = [b for b in bodies if not b.endswith("s")] or bodies
    date_line = head[date_idx]
    title = None
    for ln in head[: date_idx + 1]:
        if re.search(r"\bmeeting\b", ln, re.I) and not re.search(r"in-common", ln, re.I):
            title = ln
            break
    if title is None:
        title = report or next((ln for ln in head[:3] if _AGENDA_WORD.search(ln)), None) or head[0]
    tm = find_time(date_line) or next(
        (find_time(ln) for ln in head[date_idx : date_idx + 3] if find_time(ln)), None
    )
    if meeting_line and not tm:
        tm = find_time(meeting_line)
    after = head[date_idx : date_idx + 6]
    loc = _location(after)
    return Meeting(
        body=" and ".join(bodies) or None,
        date=date,
        title=smart_title(title.rstrip(" ,")),
        location=loc,
        page=page.number,
        start_time=tm,
        kind="meeting",
    )


def extract_meetings(doc: Document) -> list[Meeting]:
    out: list[Meeting] = []
    own = find_own_meeting(doc)
    if own:
        out.append(own)
    for f in find_minutes(doc, own.date if own else None):
        if own and f.meeting.date == own.date and f.meeting.page == own.page:
            continue
        out.append(f.meeting)
    return out

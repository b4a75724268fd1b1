"""Actions recorded inline in minutes (the tables of action trackers are in actions.py).

Three wordings, each seen in several bodies' minutes:
- "ACTION: Alex Harris" under the paragraph it belongs to (NHS and council minutes);
- "Action(s): <who> to <do what> ... Due: March 2011" (Cabinet Office boards), and
  "ACTION: <do what> (Olivia Burman)" with the owner in brackets;
- "Action HP: Do the RA" with the owner's initials, followed by deeper bullets that report
  on it ("Action Complete", "Delivery has been delayed to the 14th"): committee minutes
  written as bullet lists (student societies, working groups).
A due date is read from "Due: ..." or "by 28 February 2014" in the text. `assigned_on` is
the date of the minuted meeting the action sits in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document
from .dates import find_date
from .meetings import minute_sections
from .normalise import action_status, date_or_raw, meeting_date_before
from .records import Action

_ACTION_NAME = re.compile(r"^\s*ACTIONS?\s*:\s*(?P<owner>[A-Z][^\n]{1,80}?)\s*$", re.M)
_ACTION_TEXT = re.compile(
    r"^\s*Actions?\s*:\s*(?P<text>(?:(?!\n\s*(?:Due|Actions?)\s*:).){1,700}?)"
    r"(?:\n\s*Due\s*:\s*(?P<due>[^\n]+)|(?<=\.)(?=[ \t]*\n)(?![ \t]*\n\s*Due\s*:)|(?=\n\s*Actions?\s*:))",
    re.M | re.S,
)
_BULLET = re.compile(r"(?:^|\n)\s*(?:[\uf0b7•\-–]|\d+(?:\.\d+)+\.?)\s+")
_NOISE = re.compile(r"^\s*(?:page\s+\d+|\d+|unclassified|created with novapdf.*)\s*$", re.I | re.M)
# "ACTION: Review the policy (Olivia Burman)": the owner in brackets at the end
_OWNER_IN_BRACKETS = re.compile(r"\s*\((?P<owner>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3})\)\s*\.?$")
# "... by 28 February 2014", "... by the end of March 2014"
_BY_DATE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?((?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\s+\d{4})\b")

# "Action HP: Do the RA", "○ Action AA & SB: Buy plates"
_INITIALS_ACTION = re.compile(
    r"^\s*(?P<mark>[●○■•◦▪\-–]\s*)?Action\s+(?P<owner>[A-Z]{1,4}(?:\s*(?:&|and|/|,)\s*[A-Z]{1,4})*)\s*:\s*(?P<text>\S.*)$"
)
# Bullet marks by depth, as word processors emit them for nested lists
_DEPTH = {"●": 0, "•": 0, "○": 1, "◦": 1, "■": 2, "▪": 2, "-": 3, "–": 3}
_MARK = re.compile(r"^\s*([●○■•◦▪\-–])\s+")


def _due_in(text: str) -> str | None:
    m = _BY_DATE.search(text)
    if not m:
        return None
    return find_date(m.group(1)) or m.group(1)


def _owner_and_text(body: str) -> tuple[str | None, str]:
    m = _OWNER_IN_BRACKETS.search(body)
    if m:
        return m.group("owner"), body[: m.start()].strip()
    owner_m = re.match(
        r"^(?:The\s+)?(?P<owner>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|and|of|for)){0,6}?)\s+(?:to|will|requested)\s",
        body,
    )
    return (owner_m.group("owner") if owner_m else None), body


@dataclass
class _Section:
    page: int
    line: int
    date: str | None


def _sections(doc: Document) -> list[_Section]:
    return [_Section(f.meeting.page, f.line_index, f.meeting.date) for f in minute_sections(doc)]


def _date_at(sections: list[_Section], page: int, line: int) -> str | None:
    date = None
    for s in sections:
        if (s.page, s.line) <= (page, line):
            date = s.date
    return date


def _initials_actions(doc: Document, sections: list[_Section]) -> list[Action]:
    out: list[Action] = []
    for page in doc.pages:
        lines = page.lines
        for k, line in enumerate(lines):
            m = _INITIALS_ACTION.match(line)
            if not m:
                continue
            depth = _DEPTH.get((m.group("mark") or "").strip(), -1)
            text = m.group("text").strip()
            follow: list[str] = []
            for nxt in lines[k + 1 : k + 12]:
                mk = _MARK.match(nxt)
                if mk is None:
                    if nxt.strip()[:1].islower():  # a wrapped line
                        if follow:
                            follow[-1] += " " + nxt.strip()
                        else:
                            text += " " + nxt.strip()
                        continue
                    break
                if _DEPTH.get(mk.group(1), 0) <= depth or _INITIALS_ACTION.match(nxt):
                    break
                follow.append(nxt[mk.end() :].strip())
            update = follow[0] if follow else None
            status = next((action_status(f) for f in follow if action_status(f) == "closed"), None) or "open"
            out.append(
                Action(
                    ref=None,
                    text=text,
                    owner=m.group("owner"),
                    assigned_on=_date_at(sections, page.number, k),
                    due=_due_in(text),
                    status=status,
                    status_raw=update if status == "closed" else None,
                    update=update,
                    page=page.number,
                    tracker="minutes",
                )
            )
    return out


def actions_from_minutes(doc: Document) -> list[Action]:
    out: list[Action] = []
    text = doc.text
    starts = [0]
    for p in doc.pages[:-1]:
        starts.append(starts[-1] + len(p.text) + 2)

    def page_at(pos: int) -> int:
        return sum(1 for s in starts if s <= pos)

    for m in _ACTION_NAME.finditer(text):
        owner = m.group("owner").strip()
        if len(owner.split()) > 8 or re.search(r"\bto\b", owner):
            continue  # "ACTION: X to do Y" is handled below
        before = _NOISE.sub("", text[max(0, m.start() - 1500) : m.start()]).rstrip()
        parts = _BULLET.split(before)
        para = re.sub(r"\s+", " ", parts[-1]).strip() if parts else ""
        if not para:
            continue
        out.append(
            Action(
                ref=None,
                text=para,
                owner=owner,
                assigned_on=meeting_date_before(text, m.start()),
                due=_due_in(para),
                status=None,
                status_raw=None,
                update=None,
                page=page_at(m.start()),
                tracker="minutes",
            )
        )
    for m in _ACTION_TEXT.finditer(text):
        body = _NOISE.sub("", m.group("text"))
        body = re.sub(r"\s+", " ", body).strip()
        if not body or re.match(r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}$", body):
            continue
        owner, body = _owner_and_text(body)
        out.append(
            Action(
                ref=None,
                text=body,
                owner=owner,
                assigned_on=meeting_date_before(text, m.start()),
                due=date_or_raw(m.group("due")) or _due_in(body),
                status=None,
                status_raw=None,
                update=None,
                page=page_at(m.start()),
                tracker="minutes",
            )
        )
    sections = _sections(doc) if any("Action " in p.text for p in doc.pages) else []
    if sections or "Action " in text:
        out.extend(_initials_actions(doc, sections))
    # the meeting date, where the text-position heuristic found none
    if out and any(a.assigned_on is None for a in out):
        sections = sections or _sections(doc)
        if len({s.date for s in sections}) == 1:
            for a in out:
                if a.assigned_on is None:
                    a.assigned_on = sections[0].date
    return out

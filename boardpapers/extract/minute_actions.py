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


# Initials in the right margin beside a minute ("AM", "AM &" + "BM" over a page break): the
# owners of that minute's action, as parish and working-group minutes mark them in an
# unheaded action column. A mark starts beyond this share of the page width.
MARGIN_SHARE = 0.85
_MARGIN_MARK = re.compile(r"^(?:[A-Z]{2,3}(?:\s*[&/,]\s*[A-Z]{2,3})*\s*&?|&)$")
_PARA_START = re.compile(r"^(?:[a-z]\)|\d{1,2}(?:\.\d{1,2})*\.?)$")


def _margin_actions(doc: Document, sections: list[_Section]) -> list[Action]:
    """Minutes whose paragraphs carry their owners' initials in the right margin."""
    marks: list[tuple[int, tuple[str, int], str]] = []  # (page, (paragraph mark, nth), owner text)
    last_para: tuple[int, tuple[str, int]] | None = None
    for page in doc.pages:
        if not page.spans or not page.width:
            continue
        spans = sorted(page.spans, key=lambda s: (s.top, s.x0))
        starts = [s for s in spans if _PARA_START.match(s.text.strip()) and s.x0 < 0.3 * page.width]
        for s in spans:
            t = s.text.strip()
            if s.x0 < MARGIN_SHARE * page.width or not _MARGIN_MARK.match(t):
                continue
            above = [p for p in starts if p.top <= s.top + 2]
            para = last_para
            if above:
                m = above[-1].text.strip()
                para = (page.number, (m, sum(1 for p in above if p.text.strip() == m)))
            if para is None:
                continue
            if marks and marks[-1][1] == para[1] and (marks[-1][2].endswith("&") or t.startswith("&")):
                marks[-1] = (marks[-1][0], para[1], f"{marks[-1][2]} {t}".strip())
            elif marks and marks[-1][1] == para[1] and marks[-1][2].rstrip().endswith("&"):
                marks[-1] = (marks[-1][0], para[1], f"{marks[-1][2]} {t}")
            else:
                marks.append((para[0], para[1], t))
        if starts:
            m = starts[-1].text.strip()
            last_para = (page.number, (m, sum(1 for p in starts if p.text.strip() == m)))
    out: list[Action] = []
    per_para: dict[tuple[int, tuple[str, int]], int] = {}
    for page_no, para, _ in marks:
        per_para[(page_no, para)] = per_para.get((page_no, para), 0) + 1
    for page_no, para, owner in marks:
        if per_para[(page_no, para)] > 1:
            # several owners beside one numbered paragraph: its unnumbered sub-paragraphs
            # ("Playground: ...", "NBW – ...") are the actions, and where each starts is not
            # known from the text; left out rather than guessed
            continue
        owner = re.sub(r"\s+", " ", owner).strip(" &")
        text = _paragraph(doc, page_no, para, set(owner.split()))
        if not text or not re.search(r"[A-Z]{2}", owner):
            continue
        out.append(
            Action(
                ref=None,
                text=text,
                owner=owner,
                assigned_on=_date_at(sections, page_no, 0),
                due=_due_in(text),
                status=None,
                status_raw=None,
                update=None,
                page=page_no,
                tracker="minutes",
                notes="owner read from initials in the margin",
            )
        )
    return out


def _paragraph(doc: Document, page_no: int, para: tuple[str, int], marks: set[str]) -> str | None:
    """The text of the minute paragraph that starts with the nth `mark` ("g)") on the page,
    running on to the next paragraph mark (over a page break), margin initials removed."""
    mark, nth = para
    lines: list[str] = []
    started = False
    seen = 0
    for page in doc.pages[page_no - 1 : page_no + 1]:
        for ln in page.lines:
            t = ln.strip()
            head = t.split(" ", 1)[0] if t else ""
            if not started:
                if page.number == page_no and head == mark:
                    seen += 1
                    if seen == nth:
                        started = True
                        lines.append(t[len(mark) :].strip())
                continue
            if _PARA_START.match(head) or re.match(r"^\d{1,2}\s+[A-Z]", t):
                return _clean_para(lines, marks)
            if _MARGIN_MARK.match(t) or re.match(r"^\d{1,4}$", t):
                continue
            lines.append(t)
    return _clean_para(lines, marks) if lines else None


def _clean_para(lines: list[str], marks: set[str]) -> str:
    text = " ".join(x for x in lines if x)
    if marks:
        # the margin initials, run into the text by the text layer: "... ask them if AM AM & they"
        alt = "|".join(re.escape(m) for m in sorted(marks | {"&"}, key=len, reverse=True))
        text = re.sub(rf"(?:\s+(?:{alt}))+(?=\s+[a-z])", "", text)
    return re.sub(r"\s+", " ", text).strip()


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
    if not out:
        sections = sections or _sections(doc)
        if sections:
            out.extend(_margin_actions(doc, sections))
    # the meeting date, where the text-position heuristic found none
    if out and any(a.assigned_on is None for a in out):
        sections = sections or _sections(doc)
        if len({s.date for s in sections}) == 1:
            for a in out:
                if a.assigned_on is None:
                    a.assigned_on = sections[0].date
    return out

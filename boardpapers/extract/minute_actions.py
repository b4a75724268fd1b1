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

from ..layout import Line, layout_of, line_from_spans, span_text
from ..layout.lines import COLUMN_GAP_SIZES, join_spans
from ..model import Document, Span
from .dates import find_date
from .meetings import minute_sections
from .minute_tasks import bare_tasks
from .normalise import action_status, date_or_raw, meeting_date_before
from .records import Action

# "ACTION: Alex Harris", and "Action: JH" set right under its paragraph (housing association and
# NHS board minutes): the owner alone, the action the paragraph above
# Bilingual minutes print the label in both languages, the owner too, in the same order:
# "Gweithredu / Action: Clerc / Clerk" (Welsh community councils), "Action / Gníomh: Clerk /
# Cléireach" (Irish bodies), "Suivi / Action: Greffier / Clerk" (Canadian bodies)
_ACTION_NAME = re.compile(
    r"^\s*(?:(?P<before>[^\W\d_][\w'’.-]*)\s*/\s*)?(?P<label>ACTIONS?|Actions?)(?:\s*/\s*(?P<after>[^\W\d_][\w'’.-]*))?"
    r"\s*:\s*(?P<owner>[A-Z][^\n]{1,80}?)\s*$",
    re.M,
)


# The line after an owner line opening in lower case: the "owner" is an action's text wrapping on
_LOWER_NEXT = re.compile(r"\n[ \t]*[a-z]")
# Lower-case words of an "owner" that are not the joining words of a post ("Director of Finance"):
# this many make it a sentence
_LOWER_WORD = re.compile(r"(?<![\w'’-])(?!(?:of|for|and|the|to)\b)[a-z][\w'’-]*")
LOWER_WORDS_OF_TEXT = 2


# A sentence worded as an action: "X to be circulated / shared / reported ...", "Examinations
# Committee to review ...": what is to be done, by a passive infinitive or a named subject's "to"
_ACTION_WORDED = re.compile(
    r"^[A-Z][^.;:]{0,160}?\bto\s+be\s+[a-z]+(?:ed|en|t)\b|^[A-Z][\w'’-]*(?:\s+[A-Z]?[\w'’()-]*){0,5}\s+to\s+[a-z]{3,}\b"
)


def _label_owner(m: re.Match[str]) -> str:
    """The owner of an `_ACTION_NAME` line, in the label's English where both languages are
    printed: "Clerc / Clerk" under "Gweithredu / Action" is "Clerk"."""
    owner = m.group("owner").strip()
    parts = [p.strip() for p in owner.split(" / ")]
    if len(parts) == 2 and (m.group("before") or m.group("after")):
        return parts[1] if m.group("before") else parts[0]
    return owner


# The label an action written in minutes starts with, in the forms seen across bodies:
# "Action:", "Actions:", "ACTION :" (parish and council minutes), "Action 3:" (numbered
# actions of Cabinet Office boards and panels), "Outstanding Action from 25th July
# meeting:" (actions carried forward in the "matters arising" item of panel minutes).
# A label may follow the paragraph's number ("5.4  Action: OPD to ...": committee minutes
# written as numbered paragraphs, as trust committees and university councils write them).
# ... or a minute's number with the year's count before it, "25/042.3  ACTION: Harbour Master to
# ..." (Channel Islands and English statutory boards and councils number minute paragraphs so):
# the paragraph's number is the action's ref
_PARA_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+|\d{2,4}/\d{1,4}(?:\.\d{1,2}){0,2}\.?\s+)"
_MINUTE_PARA = re.compile(r"^\s*(\d{2,4}/\d{1,4}(?:\.\d{1,2}){0,2})\.?\s")
_LABEL = re.compile(
    rf"^\s*(?:[•\uf0b7\-–]\s*|{_PARA_NUMBER})?(?:(?P<carried>Outstanding|Carried\s+forward|OUTSTANDING|CARRIED\s+FORWARD)\s+)?"
    # ("Action B25/034-A: ...": a coded reference, the minute's number and a letter, as Welsh and
    # other UK sponsored bodies number actions under a minute)
    r"(?:Actions?|ACTIONS?)(?:\s+(?:point\s+)?(?P<ref>\d{1,3}|[A-Z]{1,4}\d{2,4}/\d{1,4}-[A-Z0-9]{1,3}))?"
    r"(?:\s+from\s+(?:the\s+)?(?P<from>[^:\n]{3,40}?)\s+meeting)?(?:\s*:|\s+[-–]\s)\s*(?P<text>.*)$"
)
_DUE_LINE = re.compile(r"^\s*(?:Due(?:\s+date)?|Deadline|Timescale|By\s+when)\s*:\s*(?P<due>.+)$", re.I)
# "Item 2: ...", "Agenda item 4" and "TB(5)2 ..." open the next item: an action's text stops there.
_ITEM_START = re.compile(r"^\s*(?:(?:agenda\s+)?item\s+\d|[A-Z]{2,5}\s*\(\d+\)\s*\d)", re.I)
# The cheap test on the plain text before the layout is built: a line opening with a label.
_LABEL_ANYWHERE = re.compile(
    rf"^[ \t]*(?:\S|{_PARA_NUMBER})?[ \t]*"
    r"(?:(?:outstanding|carried\s+forward)\s+)?actions?(?:\s+(?:point\s+)?(?:\d{1,3}|[a-z]{1,4}\d{2,4}/\d{1,4}-[a-z0-9]{1,3}))?"
    r"(?:\s+from\s+[^:\n]{3,40}?\s+meeting)?(?:[ \t]*:|[ \t]+[-–][ \t])",
    re.I | re.M,
)
# A numbered paragraph's start ("69.2  The Board ...") and how far above an owner line it may be
_HEADING_LINE = re.compile(r"(?:^|\n)\s*\d{1,2}\.\s+[^\n]*\n")
_NUMBERED_PARA = re.compile(r"(?:^|\n)\s*\d{1,3}\.\d{1,2}\.?\s+")
NUMBERED_PARA_MAX_CHARS = 800
_NO_ACTION = re.compile(r"^(?:none|nil|n/?a|no\s+(?:further\s+)?actions?(?:\s+\w+)?|noted|-+)\.?$", re.I)
# US boards' action minutes: "ACTION: Approved Consent Calendar Items 4A through 4D." over a
# "Moved: ...; Second: ...; Ayes: ..." line, "ACTION: Continued to the December 4 meeting.",
# "ACTION: No action taken." The label records what the board did with the item (a decision,
# read by the decision extractor), not a task for someone: its text opens with the verb in the
# past tense.
_BOARD_ACTION = re.compile(
    r"^(?:approved|adopted|awarded|continued|ratified|accepted|denied|authori[sz]ed|rejected|tabled"
    r"|received\s+and\s+filed|no\s+action(?:\s+(?:was\s+)?taken)?|motion\s+(?:carried|failed|passed))\b",
    re.I,
)
_NAME_ONLY = re.compile(r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}$")
# A vertical gap wider than the document's usual gap between lines by this many line
# heights starts a new paragraph (Word's paragraph spacing is 0.5-1 line; the usual gap
# is ~0.2 line in single-spaced minutes, ~1 line in double-spaced ones).
PARAGRAPH_GAP_HEIGHTS = 0.5
# A line ending this share of the text width short of the right margin is a paragraph's
# last line (word wrapping leaves at most a long word's width, ~10%, unused).
SHORT_LINE_SHARE = 0.2
# An action's text runs over at most this many lines (the longest seen: 5).
MAX_ACTION_LINES = 10
_BULLET = re.compile(r"(?:^|\n)\s*(?:[\uf0b7•\-–]|\d+(?:\.\d+)+\.?)\s+")
_NOISE = re.compile(r"^\s*(?:page\s+\d+|\d+|unclassified|created with novapdf.*)\s*$", re.I | re.M)
# "ACTION: Review the policy (Olivia Burman)": the owner in brackets at the end
# Who an action is for, as minutes write it. A capitalised word (a name, initials, a
# body: "Olivia Burman", "NO", "DCLG") or a role noun ("Panel members", "PDC project team").
_NAME_WORD = r"[A-Z][\w'’.-]*"
_ROLE_WORD = (
    r"(?:members?|team|group|officers?|staff|leads?|chair|clerk|secretariat|secretary|representatives?|"
    r"colleagues|partners|board|panel|committee|council|councillors|directors?|managers?|office|"
    r"department|project|working|steering|task|finish|from|of|for|and|the)"
)
_NAMES = (
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
    rf"(?:\s*(?:,|/|&|\band\b)\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})*"
)
# "... (Olivia Burman).", "(Panel and Olivia Burman)", "(Steve Peters, Gesche Schmid)",
# "(Tim Allen - short paper to Panel)", "(Secretariat to set up telekits ...)": the owner in
# brackets closing the action (panel and board minutes).
_OWNER_IN_BRACKETS = re.compile(r"\((?P<inner>[^()]{2,160})\)\s*\.?\s*$")
_BRACKET_HEAD = re.compile(r"\s+(?:-|–|to)\s+|:")
# "Panel members to ...", "David Evans/ICO to ...", "Secretariat will ...": the subject of
# the action sentence.
_SUBJECT = re.compile(
    rf"^(?P<owner>(?:The\s+)?{_NAME_WORD}(?:\s*(?:/|&)\s*{_NAME_WORD}|\s+(?:{_NAME_WORD}|{_ROLE_WORD})){{0,6}}?)"
    r"\s+(?:to|will|should|requested|is\s+to|are\s+to)\s+(?P<verb>\w+)(?:\s+(?P<next>\w+))?"
)
# "LA – next report to include ...": initials (or a name) and a dash before the action
# (numbered committee minutes: "Action: LA – ...").
_DASH_OWNER = re.compile(
    rf"^(?P<owner>[A-Z]{{2,4}}(?:\s*(?:/|&|and)\s*[A-Z]{{2,4}})*|{_NAME_WORD}\s+{_NAME_WORD})\s+[–-]\s+\S"
)
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z])")
# "... by 28 February 2014", "... by the end of March 2014", "by NOON 21st October"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_BY_DATE = re.compile(
    # "no later than June 3, 2025" (US council minutes' directions to staff), "before April 30, 2025"
    r"\b(?:by|no\s+later\s+than|before)\s+(?:the\s+end\s+of\s+|end\s+of\s+|noon\s+(?:on\s+)?|NOON\s+(?:on\s+)?|close\s+of\s+play\s+(?:on\s+)?)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri)day,?\s+)?"
    rf"({_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}(?:\s+\d{{4}})?|"
    r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))(?![\d/])"
)

# "Action HP: Do the RA", "○ Action AA & SB: Buy plates"
_INITIALS_ACTION = re.compile(
    r"^\s*(?P<mark>[●○■•◦▪\-–]\s*)?Action\s+(?P<owner>[A-Z]{1,4}(?:\s*(?:&|and|/|,)\s*[A-Z]{1,4})*)\s*:\s*(?P<text>\S.*)$"
)
# Bullet marks by depth, as word processors emit them for nested lists
_DEPTH = {"●": 0, "•": 0, "○": 1, "◦": 1, "■": 2, "▪": 2, "-": 3, "–": 3}
_MARK = re.compile(r"^\s*([●○■•◦▪\-–])\s+")


# "... report to the April 15, 2025 meeting", "... to the Board in May 2025", "... report the
# outcome to the Authority in March 2025": the meeting an action comes back to (US council, NHS
# board and fire authority minutes); a month needs its year here ("in March" alone is too loose)
_AT_MEETING = re.compile(
    # "to / at the October 14, 2025 regular meeting" (US boards: one word may qualify the meeting),
    # "for the October 15, 2025 meeting" (Canadian police commissions: a breakdown asked for then)
    rf"\b(?:to|at|for)\s+the\s+((?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})|(?:\d{{1,2}}\s+)?{_MONTH}\s+\d{{4}})\s+"
    r"(?:[a-z]+\s+)?meeting\b"
    # "in March 2025" only after what is to be done then ("would report the outcome ... in March
    # 2025"): "this pooling was approved by ICB in February 2018" dates the past
    rf"|\b(?:report|reported|reporting|bring|brought|present|presented|return|back|review|circulate|share|"
    rf"provide)\b[^.;]{{0,80}}?\bin\s+({_MONTH}\s+\d{{4}})\b"
    # the meeting named by its month alone, kept as written: "report back to the June meeting",
    # "report at the March 25 meeting", "briefing to April meeting", "to ARC May meeting" (a
    # committee's letters before it): town councils' and boards' minutes
    rf"|\b(?:to|at)\s+(?:the\s+)?((?:[A-Z]{{2,5}}\s+)?{_MONTH}(?:\s+\d{{1,2}})?\s+meeting)\b"
    # ... or as the next meeting, kept as written: "report to the next Board meeting", "to report
    # to the next ordinary meeting" (Bangladeshi and Pakistani government boards' decisions)
    r"|\b(?:to|at|before)\s+the\s+(next\s+(?:[A-Z][a-z]+\s+|ordinary\s+|regular\s+|special\s+){0,2}meeting)\b"
)


def due_in(text: str) -> str | None:
    """A due date written into an action: "by 28 February 2014", "by the end of March",
    "by NOON 21st October", "by 31/03/24", "to the April 15, 2025 meeting", "in March 2025"
    (ISO where the date is full)."""
    m = _BY_DATE.search(text)
    if m:
        return date_or_raw(m.group(1))
    m = _AT_MEETING.search(text)
    if m:
        return date_or_raw(m.group(1) or m.group(2)) if m.group(1) or m.group(2) else m.group(3) or m.group(4)
    return None


def _is_acronym_of(short: str, before: str) -> bool:
    """ "(PDC)" after "Public Data Corporation": a definition, not an owner."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", before)[-len(short) - 2 :]).upper()
    return short.isupper() and short in initials


def action_owner(body: str) -> str | None:
    """The owner of an action sentence: a name in closing brackets, else the subject
    of the first sentence that reads "<who> to/will <do>" (a passive "X to be arranged"
    names a thing, not who does it, unless X is a person or a group)."""
    m = _OWNER_IN_BRACKETS.search(body)
    if m:
        head = _BRACKET_HEAD.split(m.group("inner"), maxsplit=1)[0].strip()
        if re.fullmatch(_NAMES, head) and not _is_acronym_of(head, body[: m.start()]):
            return head
    m = _DASH_OWNER.match(body)
    if m:
        return m.group("owner")
    for sentence in _SENTENCE.split(body):
        sm = _SUBJECT.match(sentence)
        if sm is None:
            continue
        owner = sm.group("owner")
        passive = sm.group("verb") == "be" and (sm.group("next") or "").endswith("ed")
        if passive and not re.search(rf"\b{_ROLE_WORD}$|^[A-Z]{{2,4}}$|^{_NAME_WORD}\s+{_NAME_WORD}$", owner):
            continue
        return owner
    return None


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
                    due=due_in(text),
                    status=status,
                    status_raw=update if status == "closed" else None,
                    update=update,
                    page=page.number,
                    tracker="minutes",
                )
            )
    return out


# Initials in the right margin beside a minute ("AM", "AM &" over "BM", "AM" over "(DB)",
# "All", "Clerk"): the owners of the action in the sentence beside them, as parish and
# working-group minutes mark them in an unheaded (or "Action"-headed) column. A mark starts
# beyond this share of the page width ...
MARGIN_SHARE = 0.85
# ... or, where the column sits inside the text block (a right tab stop: "...refurbishment.
# <tab> Clerk", as parish clerks type them), after a gap of at least this many line heights
# from the text of its line (word spacing is ~0.3 line; justified lines stay under 1).
MARK_GAP_HEIGHTS = 3.0
# ... and in the right part of the text block (beyond this share of its width from its left).
MARK_COLUMN_SHARE = 0.6
# An owner named by role where initials would stand (parish clerks' margins; NHS board minutes'
# action columns): the one list both the margin reader and extract/action_column use
OWNER_ROLE = r"(?:All|Clerk|Chair(?:man)?|RFO|CEO|CFO)"
# Margin initials: two or three capitals, or with an apostrophe or "Mc" where surnames have them
# ("JO'D", "BMc", "DMcC": Irish and Scottish surnames in council, NHS and parish minutes)
_MARGIN_INITIALS = r"(?:[A-Z]{1,2}['’][A-Z]{1,2}|[A-Z]{1,2}Mc[A-Z]?|[A-Z]{2,3})"
_MARGIN_MARK = re.compile(
    rf"^(?:(?:{_MARGIN_INITIALS}|{OWNER_ROLE})(?:\s*(?:[&/,]|and)\s*(?:{_MARGIN_INITIALS}|{OWNER_ROLE}))*\s*&?"
    r"|&\s*(?:[A-Z]{2,3})?|\([A-Z]{2,3}\))$"
)
# What a sentence reads as when it sets an action: someone agreed, undertook, offered or
# volunteered to do something; would / will / is to do it (a verb of the things boards ask
# officers to do); something would be or is to be done; the meeting asked or requested that ...
# (NHS board and council scrutiny minutes with an action column beside each paragraph, parish
# minutes' margin initials). extract/action_column keeps its own narrower _CUE: this one, tried
# there, took a paragraph's decision sentences ("would be published") for actions
_DO_VERB = (
    r"(?:bring|circulate|review|report|respond|present|provide|share|write|arrange|submit|prepare|"
    r"update|investigate|confirm|check|follow|take|amend|send|produce|develop|publish|seek|discuss|"
    r"commission|include|raise|contact|chase|look|liaise|obtain|organise|organize|draft|add|clarify|"
    r"explore|consider|meet|ask|speak|forward|feed|circulated?|convene|set|agree|establish|action)"
)
_DONE_VERB = (
    r"(?:brought|presented|reported|circulated|reviewed|shared|amended|provided|added|submitted|sent|"
    r"included|conveyed|sought|obtained|arranged|organised|organized|prepared|updated|investigated|"
    r"looked|raised|contacted|written|drafted|considered|explored|clarified|forwarded|published|asked|"
    r"chased|checked|confirmed|discussed|repaired|replaced|removed|installed|ordered)"
)
ACTION_CUE = re.compile(
    rf"\b(?:agreed|undertook|offered|volunteered|asked|requested)\s+to\s+\w+"
    rf"|\b(?:would|will|to|should|shall)\s+(?:\w+\s+)?{_DO_VERB}\b"
    rf"|\b(?:would|will|to|should|shall)\s+be\s+{_DONE_VERB}\b"
    r"|\b(?:asked|requested)\s+(?:that|for|a|an)\b|\bbe\s+amended\b|\bvolunteered\b"
)
# A sentence opening with whom it directs and what they are to do, the directive form of Irish
# and Scottish boards' minutes and IJBs' ("Finance Manager to revise the draft 2027 budget ...",
# "Treasurer and CEO to re-score the funding risk ...", "Ms Kerr to publish the Strategy ...",
# "The Chief Finance Officer to bring a progress report ..."): a post or a name (capitalised
# words, one or two joined by "and"), "to" and a verb in lower case, whatever the verb (the
# cue's verb list leaves out "revise", "re-score" ...); not a resolution's or a report's opening
# ("RESOLVED to", "It was agreed to", "This is to", "Members to note")
_OPENING_SUBJECT = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4}"
)
DIRECTIVE_OPENING = re.compile(
    r"^(?:The\s+)?(?!(?:RESOLVED|AGREED|NOTED|It|This|That|There|These|Those|Members|Board|Committee)\b)"
    rf"{_OPENING_SUBJECT}(?:\s+(?:and|&)\s+(?:the\s+)?{_OPENING_SUBJECT})?\s+to\s+(?!be\b)[a-z][a-z-]{{2,}}\b"
)
# Vote words in the right-hand column of a roll call are not initials.
_NOT_INITIALS = {"AYE", "NAY", "YES", "FOR"}
# A run closer than this many line heights to the text before it is the rest of that word, not a
# mark: an upper-case heading split at a letter ("LITTLE WESSINGT" + "ON", 0.06 line apart, in a
# district council's planning minutes). Parish clerks' right-tab marks sit 0.35-0.85 line from
# justified text, word spaces ~0.25.
MARK_WORD_GAP_HEIGHTS = 0.15
# ... and a run closer than this to body text on its line is that line's last word, an acronym
# ending a justified line that runs into the margin ("Ms. Sisneros explained that HUD", 0.2 line
# after "that": US housing authorities' minutes), not a mark set off at a tab (0.35 and more)
MARK_AFTER_TEXT_HEIGHTS = 0.3
# A mark belongs to the body line whose centre is within this many line heights of its own.
MARK_REACH_HEIGHTS = 1.0
# Beside a line of prose: a line of fewer words is a table or list row.
MIN_MARKED_WORDS = 4
_BULLET_START = re.compile(r"^\s*[•\uf0b7▪◦●○■]\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\d])")


@dataclass
class _Mark:
    page: int
    line: int  # index of the body line beside it in the document's lines
    owner: str
    mid: float  # vertical centre of the last mark of a stack
    last: int = -1  # the body line beside the last mark of a stack ("AM &" ... "BM")
    mid: float  # vertical centre of the last mark of a stack


def _mark_edge(page_lines: list[Line], width: float) -> float:
    """Where a page's margin marks start: MARGIN_SHARE of the page width, or further left
    where marks stand at a right tab stop inside the text block (the leftmost such mark:
    the last run of its line, in the right part of the block, after a wide gap)."""
    edge = MARGIN_SHARE * width
    boxed = [ln for ln in page_lines if ln.has_box and ln.spans]
    if len(boxed) < 5:
        return edge
    lefts = sorted(ln.x0 for ln in boxed)
    rights = sorted(ln.x1 for ln in boxed)
    left, right = lefts[len(lefts) // 5], rights[int(0.8 * (len(rights) - 1))]
    column = left + MARK_COLUMN_SHARE * (right - left)
    tabbed = [
        ln.spans[-1].x0
        for ln in boxed
        if len(ln.spans) >= 2
        and column <= ln.spans[-1].x0 < edge
        and ln.spans[-1].x0 - ln.spans[-2].x1 >= MARK_GAP_HEIGHTS * max(ln.height, 1.0)
        and _MARGIN_MARK.match(span_text(ln.spans[-1]))
    ]
    return min(tabbed) - 1.0 if tabbed else edge


# Runs joined into one mark are letters only (a stack's "BM" + "," stays a mark and its comma)
_LETTERS = re.compile(r"^[A-Za-z'’]+$")


def _margin_runs(ln: Line, edge: float) -> list[tuple[Span, str]]:
    """A line's runs with their text, the runs of one word in the margin joined: initials set
    letter by letter ("L" + "W", "BM" + "c", "A" + "V": PDF writers that kern each capital
    emit a run per letter). A line whose text left of the margin is set letter by letter (a
    spaced-out title running into the margin) is left as it is."""
    runs: list[tuple[Span, str]] = []
    gap = MARK_WORD_GAP_HEIGHTS * max(ln.height, 1.0)
    body = [sp for sp in ln.spans if sp.x0 < edge]
    spaced = 2 * sum(1 for sp in body if len(sp.text.strip()) == 1) > len(body)
    for sp in ln.spans:
        t = span_text(sp)
        if (
            runs
            and not spaced
            and sp.x0 >= edge
            and runs[-1][0].x0 >= edge
            and sp.x0 - runs[-1][0].x1 < gap
            and _LETTERS.match(t)
            and _LETTERS.match(runs[-1][1])
        ):
            last, lt = runs[-1]
            runs[-1] = (
                Span(lt + t, last.x0, min(last.top, sp.top), sp.x1, max(last.bottom, sp.bottom)),
                lt + t,
            )
            continue
        runs.append((sp, t))
    return runs


def _page_marks(page_lines: list[Line], edge: float, offset: int) -> list[_Mark]:
    """Margin initials on a page (runs starting at `edge` or beyond), each tied to the body
    line beside it (its index in the document's lines: the page's first line is at `offset`),
    stacked marks ("AM &" + "BM", "AM" + "(DB)") joined."""
    body_mid = [
        ((ln.top + ln.bottom) / 2, ln.height or 10.0) if any(sp.x0 < edge for sp in ln.spans) else None
        for ln in page_lines
    ]
    marks: list[_Mark] = []
    # the vertical centres of every short run in the margin (marks, "&" and "," of stacks)
    margin_mids = [
        (sp.top + sp.bottom) / 2
        for ln in page_lines
        if ln.x1 >= edge
        for sp in ln.spans
        if sp.x0 >= edge and len(span_text(sp).strip()) <= 6
    ]
    for ln in page_lines:
        if ln.x1 < edge:
            continue  # nothing in the margin (most lines)
        table_row: bool | None = None
        prev_x1 = None
        prev_body = False
        for sp, t in _margin_runs(ln, edge):
            gap = MARK_AFTER_TEXT_HEIGHTS if prev_body else MARK_WORD_GAP_HEIGHTS
            in_word = prev_x1 is not None and sp.x0 - prev_x1 < gap * max(ln.height, 1.0)
            prev_x1 = sp.x1
            prev_body = sp.x0 < edge
            if sp.x0 < edge or not _MARGIN_MARK.match(t) or t in _NOT_INITIALS or in_word:
                continue
            if table_row is None:
                table_row = len(ln.cells()) >= 3
            if table_row:
                break
            mid = (sp.top + sp.bottom) / 2
            near = [
                (abs(bm[0] - mid), k)
                for k, bm in enumerate(body_mid)
                if bm is not None and abs(bm[0] - mid) <= MARK_REACH_HEIGHTS * bm[1]
            ]
            if not near and not t[:1].isalpha():
                continue  # a lone "&" or "(DB)" out of reach of any line
            if not near:
                h = max(sp.bottom - sp.top, 1.0)
                if any(0 < mid - m2 <= STACK_HEIGHTS * h for m2 in margin_mids):
                    continue  # the lower rows of a stack ("BM ," / "JM &" / "AM") stay with its top
                # a mark set on a row of its own just above the line it belongs to (parish
                # clerks' margin initials raised above the paragraph's first line): the next
                # body line starting within a line height below the mark's foot
                below = next(
                    (
                        k
                        for k, bm in enumerate(body_mid)
                        if bm is not None and 0 <= page_lines[k].top - sp.bottom <= MARK_REACH_HEIGHTS * bm[1]
                    ),
                    None,
                )
                if below is None:
                    continue
                near = [(0.0, below)]
            k = min(near)[1]
            height = body_mid[k][1] if body_mid[k] else 10.0
            stacked = marks and (marks[-1].owner.endswith("&") or t.startswith(("&", "(")))
            if stacked and mid - marks[-1].mid <= STACK_HEIGHTS * height:
                marks[-1].owner = f"{marks[-1].owner} {t}"
                marks[-1].mid = mid  # a chain: "AM" / "&" / "BM"
                marks[-1].last = offset + k
                continue
            if not any(ch.isalpha() for ch in t):
                # a lone "&" continuing no stack: its line's own last word, run into the margin (a
                # US board's roll call: "Marcus Feld, District Counsel (Feld &" / "Ochoa LLP)")
                continue
            marks.append(_Mark(ln.page, offset + k, t, mid, offset + k))
    return marks


# Marks stacked over at most this many line heights are one owner list ("AM &" / "BM").
STACK_HEIGHTS = 3.0


def _body(ln: Line, edges: dict[int, float]) -> str:
    edge = edges.get(ln.page, 1e9)
    return join_spans([sp for sp in ln.spans if sp.x0 < edge]) if ln.has_box else ln.text


def _body_x1(ln: Line, edges: dict[int, float]) -> float:
    edge = edges.get(ln.page, 1e9)
    return max((sp.x1 for sp in ln.spans if sp.x0 < edge), default=ln.x1)


def _marked_sentence(
    lines: list[Line],
    k: int,
    edges: dict[int, float],
    right: dict[int, float],
    k_last: int = -1,
    others: frozenset[int] = frozenset(),
) -> str | None:
    """The sentence of the paragraph around line k that goes on at the end of line k
    (the sentence margin initials sit beside), on to the sentence at the end of line
    k_last for a stack of marks; the paragraph may go on over a page break. When that
    sentence reads as no action, the first later sentence of the paragraph that does, short
    of the lines of other marks (`others`)."""
    k_last = max(k, k_last)

    def margin_only(ln: Line) -> bool:
        return ln.has_box and not _body(ln, edges)

    def starts_paragraph(ln: Line) -> bool:
        return not margin_only(ln) and (bool(ln.numbered) or ln.heading or bool(_BULLET_START.match(ln.text)))

    def short(ln: Line) -> bool:
        r = right.get(ln.page)
        return bool(r) and not margin_only(ln) and _body_x1(ln, edges) < r - SHORT_LINE_SHARE * (r - ln.x0)

    first = k
    while first > 0 and not starts_paragraph(lines[first]) and k - first < MAX_PARAGRAPH_LINES:
        prev = lines[first - 1]
        if not margin_only(prev) and (prev.heading or _gap_breaks(prev, lines[first]) or short(prev)):
            break
        first -= 1
    last = k
    while (
        last + 1 < len(lines) and last - k < MAX_PARAGRAPH_LINES and (last < k_last or not short(lines[last]))
    ):
        nxt = lines[last + 1]
        if starts_paragraph(nxt) or (not margin_only(nxt) and _gap_breaks(lines[last], nxt)):
            break
        last += 1
    texts: list[tuple[int, str]] = [(i, _body(lines[i], edges)) for i in range(first, last + 1)]
    texts = [(i, t) for i, t in texts if t]
    if not texts:
        return None
    head = lines[texts[0][0]]
    t0 = texts[0][1]
    if head.numbered and t0.startswith(head.numbered.number):
        t0 = t0[len(head.numbered.number) :].lstrip(" .)")
    texts[0] = (texts[0][0], _BULLET_START.sub("", t0))
    upto = len(" ".join(t for i, t in texts if i <= k))
    upto_last = len(" ".join(t for i, t in texts if i <= k_last))
    para = " ".join(t for _, t in texts)
    if len(para.split()) < MIN_MARKED_WORDS:
        return None
    pos = 0
    picked: list[str] = []
    pieces = _SENTENCE_END.split(para)
    at = len(pieces)
    for n, piece in enumerate(pieces):
        end = pos + len(piece)
        if end >= upto - 1:
            picked.append(piece.strip())
            at = n
            if end >= upto_last - 1:
                break
        pos = end + 1
    if k == texts[0][0] and len(picked) == 1 and not ACTION_CUE.search(picked[0]):
        # initials set at the top of their paragraph (a minutes table's action column, cells
        # aligned to the top: NHS board and council scrutiny minutes) mark the paragraph: its
        # action is the sentence that reads as one, before the text beside the next mark
        nxt = min((i for i in others if k < i <= last), default=None)
        limit = len(" ".join(t for i, t in texts if i <= nxt)) if nxt is not None else None
        pos = end + 1
        for piece in pieces[at + 1 :]:
            end = pos + len(piece)
            if limit is not None and end >= limit - 1:
                break  # the sentence the next mark sits beside, or beyond it
            if ACTION_CUE.search(piece) or DIRECTIVE_OPENING.match(piece.strip()):
                return _ENUMERATOR.sub("", piece.strip())
            pos = end + 1
    return _ENUMERATOR.sub("", " ".join(p for p in picked if p)) or None


# A sub-paragraph's enumerator opening a marked sentence ("(3) Dr Varghese would ...", "(b) the
# Committee's concern ... be conveyed": council committee minutes' numbered paragraphs)
_ENUMERATOR = re.compile(r"^\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+(?=\S)")


# A paragraph around a margin mark is read over at most this many lines each way.
MAX_PARAGRAPH_LINES = 12


def _gap_breaks(a: Line, b: Line) -> bool:
    """A vertical gap of more than a line between two lines of a page: a new paragraph."""
    return a.page == b.page and a.has_box and b.has_box and b.top - a.bottom > max(a.height, 1.0)


def _margin_actions(doc: Document, sections: list[_Section]) -> list[Action]:
    """Minutes whose sentences carry their owners' initials in the right margin."""
    if not any(_has_margin_mark(p) for p in doc.pages):
        return []  # a cheap look at the runs first: most minutes have no margin marks
    lay = layout_of(doc)
    lines = list(lay.lines())
    edges = {p.number: _mark_edge(p.lines, p.width) for p in lay.pages if p.has_boxes and p.width}
    right: dict[int, float] = {}
    for n, xs in _group_x1(lines, edges).items():
        right[n] = sorted(xs)[int(0.8 * (len(xs) - 1))]
    out: list[Action] = []
    offset = 0
    prev: Action | None = None
    prev_line = -10
    pending_and = False  # the last mark ended with "&": its owners go on over the page break
    per_page: list[tuple[int, list[_Mark]]] = []
    for page in lay.pages:
        per_page.append(
            (page.number, _page_marks(page.lines, edges[page.number], offset) if page.number in edges else [])
        )
        offset += len(page.lines)
    marked = frozenset(m.line for _, marks in per_page for m in marks)
    for page_number, marks in per_page:
        for j, mark in enumerate(marks):
            if j == 0 and prev is not None and pending_and:
                prev.owner = f"{prev.owner} & {mark.owner.strip(' &')}"  # "AM &" / page break / "BM"
                pending_and = mark.owner.endswith("&")
                more = _marked_sentence(lines, mark.line, edges, right, mark.last)
                if more and more not in prev.text:
                    prev.text = f"{prev.text} {more}"
                continue
            text = _marked_sentence(lines, mark.line, edges, right, mark.last, marked)
            if not text:
                continue
            pending_and = mark.owner.endswith("&")
            owner = re.sub(r"\s+", " ", mark.owner).strip(" &")
            if prev is not None and prev.text == text and mark.line - prev_line <= 2:
                prev.owner = f"{prev.owner}, {owner}"  # initials stacked beside one sentence
                continue
            if any(a.page == page_number and a.text == text and a.owner == owner for a in out[-5:]):
                continue  # the same text printed twice over itself
            prev = Action(
                ref=None,
                text=text,
                owner=owner,
                assigned_on=_date_at(sections, page_number, 0),
                due=due_in(text),
                status=None,
                status_raw=None,
                update=None,
                page=page_number,
                tracker="minutes",
                notes="owner read from initials in the margin",
            )
            prev_line = mark.line
            out.append(prev)
    return out


def _has_margin_mark(page) -> bool:
    """A cheap look at the runs: a mark-like run beyond MARGIN_SHARE, or in the right half of
    the page after a wide gap from a run on its line (a tab stop)."""
    if not page.spans or not page.width:
        return False
    edge = MARGIN_SHARE * page.width
    for s in page.spans:
        if s.x0 < page.width / 2 or not _MARGIN_MARK.match(span_text(s)):
            continue
        if s.x0 >= edge:
            return True
        h = max(s.bottom - s.top, 1.0)
        mid = (s.top + s.bottom) / 2
        if any(
            o.x1 <= s.x0 - MARK_GAP_HEIGHTS * h and abs((o.top + o.bottom) / 2 - mid) < h / 2
            for o in page.spans
        ):
            return True
    return False


def _group_x1(lines: list[Line], edges: dict[int, float]) -> dict[int, list[float]]:
    """Per page, where each line's body text (margin marks left out) ends."""
    per: dict[int, list[float]] = {}
    for ln in lines:
        if ln.has_box and ln.page in edges:
            per.setdefault(ln.page, []).append(_body_x1(ln, edges))
    return {n: xs for n, xs in per.items() if len(xs) >= 5}


def _labelled_actions(doc: Document, starts: list[int]) -> list[Action]:
    """Actions written after an action label ("Action:", "ACTION :", "Action 3:",
    "Outstanding Action from 25th July meeting:"): the text runs over the wrapped
    lines after the label, to a "Due:" line, a new paragraph, heading or item,
    or the end of a sentence at a line's end."""
    if not _LABEL_ANYWHERE.search(doc.text) or not reads_as_minutes(doc):
        return []
    out: list[Action] = []
    lines = list(layout_of(doc).lines())
    usual_gap = _usual_gap(lines)
    right = _right_edges(lines)
    text = doc.text
    for i, ln in enumerate(lines):
        if "ction" not in ln.text and "CTION" not in ln.text:
            continue
        col = _label_cell(ln)
        gap = COLUMN_GAP_SIZES
        if col is None and _MID_LINE_LABEL.search(ln.text):
            gap = NARROW_GUTTER_SIZES
            col = _label_cell(ln, gap)
        if col is None:
            continue
        cell, left, stop = col
        m = _LABEL.match(cell.text)
        assert m is not None
        parts = [m.group("text").strip()]
        if (
            parts[0]
            and (_NAME_ONLY.match(parts[0]) or _owner_only(parts[0]))
            and ln.text.strip() == cell.text.strip()
            and (parts[0][:2].isupper() or not _wraps_on(lines, i, left, stop))
        ):
            continue  # "Action: Registrar" alone on its line: an owner under its action (read above)
        due: str | None = None
        prev = cell
        for nxt in lines[i + 1 : i + 1 + MAX_ACTION_LINES]:
            nxt = _column_part(nxt, left, stop, gap)
            if nxt is None:
                break
            d = _DUE_LINE.match(nxt.text)
            if d:
                due = d.group("due").strip()
                break
            edge = right.get(prev.page) if stop is None else None
            if _ends_action(parts[-1], prev, nxt, usual_gap, edge):
                break
            parts.append(nxt.text.strip())
            prev = nxt
        body = re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip()
        body = re.sub(r"\s+([.,;:])", r"\1", body)
        if not body or _NO_ACTION.match(body) or _BOARD_ACTION.match(body):
            continue  # "Action: none", "Actions: N/A"; "ACTION: Approved Item 4E." (a decision)
        if _NAME_ONLY.match(body) or _owner_only(body):
            continue  # "ACTION: Alex Harris" under its paragraph: read by actions_from_minutes
        owner = action_owner(body)
        trailer = _OWNER_DUE_TRAILER.search(body)
        if trailer:
            # "... to the Audit and Risk Committee. – Angharad Lewis, 30 June 2025."
            body, owner, due = body[: trailer.start()], trailer.group("owner"), trailer.group("due")
        pos = starts[ln.page - 1] + max(0, doc.pages[ln.page - 1].text.find(ln.text[:40]))
        meeting = meeting_date_before(text, pos)
        carried = m.group("carried")
        if carried and meeting is None:
            dates = {sec.date for sec in _sections(doc)}
            meeting = dates.pop() if len(dates) == 1 else None
        assigned = meeting
        notes = None
        if carried and m.group("from"):
            assigned = _earlier_date(m.group("from"), meeting) or m.group("from")
            notes = f"carried forward from the {m.group('from')} meeting"
        out.append(
            Action(
                ref=m.group("ref") or ((para := _MINUTE_PARA.match(ln.text)) and para.group(1)) or None,
                text=body,
                owner=owner,
                assigned_on=assigned,
                due=date_or_raw(due) if due else due_in(body),
                status="open" if carried else None,
                status_raw=carried,
                update=None,
                page=ln.page,
                tracker="minutes",
                notes=notes,
            )
        )
    return out


# A labelled action closed by its owner and due after a dash: "Action B25/035-A: Confirm the
# reserves treatment ... and report to the Audit and Risk Committee. – Angharad Lewis, 30 June
# 2025." (Welsh and other UK sponsored bodies' minutes): a name of two to four capitalised words,
# a comma, then the due as written
_OWNER_DUE_TRAILER = re.compile(
    r"(?<=[.;])\s+[–—-]\s+(?P<owner>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3}),\s+(?P<due>[^.;]{3,40}?)\.?$"
)


# Lower-case words an owner line may hold: "Director of Finance", "All partners / RF".
_OWNER_FILLER = {"of", "for", "and", "the", "partners", "members", "team", "officers", "group"}


# An owner line holds at most this many words ("Honorary Treasurer / Director of Finance and
# Resources": 7)
OWNER_MAX_WORDS = 8


def _owner_only(body: str) -> bool:
    """ "Action: Director of Finance", "ACTION: AM / KW – December 2024": an owner (and a
    date) set right-aligned under the paragraph that states the action (trust and HWB
    minutes), not an action's text."""
    # a short trailer after a dash is a due date ("– December 2024"); a long one, the action
    words = re.sub(r"\s+[–-]\s+\S+(?:\s+\S+){0,2}$", "", body).replace("/", " ").replace("&", " ").split()
    # "Vice-President (Education)", "Honorary Treasurer / Director of Finance and Resources": a
    # post with its portfolio in brackets, or two posts (learned societies' councils)
    words = [w.strip("()") for w in words if w.strip("()")]
    return (
        bool(words)
        and len(words) <= OWNER_MAX_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _OWNER_FILLER for w in words)
    )


# A minutes table whose "Motion / Action" column sits a narrow gutter (under one font size) from
# the discussion column: "... The Grade 12 class  ACTION: Principal to send the 2026" (Canadian
# district education authorities' minutes tables): a capitals label after the discussion's text
# is read with the column split at gaps of this many font sizes (the table's gutter is 0.8)
_MID_LINE_LABEL = re.compile(r"\S\s+ACTIONS?\s*:")
NARROW_GUTTER_SIZES = 0.6


def _label_cell(ln: Line, gap: float = COLUMN_GAP_SIZES) -> tuple[Line, float | None, float | None] | None:
    """The part of a line that starts with an action label, and the column it sets
    (left and right bounds; None where the label's part is the first or last of the
    line): a two-column page's right column can hold the action."""
    if _LABEL.match(ln.text):
        parts = ln.cells(gap) if ln.has_box else [ln]
        if len(parts) == 1:
            return ln, None, None
        if _LABEL.match(parts[0].text):
            return parts[0], None, parts[1].x0
        # "03.18.05 | ACTION: ..." (a paragraph number in a column of its own): the label's cell below
    if not ln.has_box:
        return None
    parts = ln.cells(gap)
    for k, c in enumerate(parts[1:], start=1):
        if _LABEL.match(c.text):
            stop = parts[k + 1].x0 if k + 1 < len(parts) else None
            return c, c.x0 - COLUMN_SLACK, stop
    return None


# Slack (points) when a wrapped line's left edge is compared with its column's.
COLUMN_SLACK = 12.0


def _wraps_on(lines: list[Line], i: int, left: float | None, stop: float | None) -> bool:
    """Whether the text of line i goes on on the next line in lower case ("ACTION: Report" /
    "annually to the Board on": an action written in a narrow column of a minutes table, as
    against an owner set under its action)."""
    if i + 1 >= len(lines) or lines[i + 1].page != lines[i].page:
        return False
    nxt = _column_part(lines[i + 1], left, stop)
    return nxt is not None and nxt.text.strip()[:1].islower()


def _column_part(
    ln: Line, left: float | None, stop: float | None, gap: float = COLUMN_GAP_SIZES
) -> Line | None:
    """The part of `ln` inside the column [left, stop) (the whole line when the column
    is the page's); None when nothing of the line is in it."""
    if (left is None and stop is None) or not ln.has_box:
        return ln
    inside = [
        c
        for c in ln.cells(gap)
        if (left is None or c.x0 >= left) and (stop is None or c.x0 < stop - COLUMN_SLACK)
    ]
    if not inside:
        return None
    if len(inside) == 1:
        return inside[0]
    return line_from_spans([sp for c in inside for sp in c.spans], ln.page)


def _right_edges(lines: list[Line]) -> dict[int, float]:
    """Per page, where full lines of text end (the 80th percentile of line ends)."""
    per: dict[int, list[float]] = {}
    for ln in lines:
        if ln.has_box:
            per.setdefault(ln.page, []).append(ln.x1)
    return {p: sorted(xs)[int(0.8 * (len(xs) - 1))] for p, xs in per.items() if len(xs) >= 5}


def _usual_gap(lines: list[Line]) -> float:
    """The median vertical gap between consecutive lines of a page (line spacing)."""
    gaps = sorted(
        b.top - a.bottom
        for a, b in zip(lines, lines[1:], strict=False)
        if a.has_box and b.has_box and a.page == b.page and b.top > a.bottom
    )
    return gaps[len(gaps) // 2] if gaps else 0.0


# What minutes (and notes of meetings, action logs) show on their first pages and
# reports, strategies and guidance do not: a minutes title, or an attendance label.
_MINUTES_SIGN = re.compile(
    r"\bminutes\b|\bnotes\s+of\b|\bmeeting\s+notes\b|\baction\s+(?:log|notes|points)\b|"
    r"^\s*(?:[A-Z][a-z]+\s+)?(?:present|attendees|attending|apologies|in\s+attendance)\b",
    re.I | re.M,
)
# Minutes say what they are within their first pages.
MINUTES_SIGN_PAGES = 2


def reads_as_minutes(doc: Document) -> bool:
    """A report's "Action: Departments will ..." boxes are commitments of a plan, not
    actions minuted at a meeting: labelled actions are read only in documents that read
    as minutes."""
    return any(_MINUTES_SIGN.search(p.text) for p in doc.pages[:MINUTES_SIGN_PAGES])


def _ends_action(so_far: str, prev: Line, nxt: Line, usual_gap: float, right: float | None) -> bool:
    """Whether `nxt` no longer belongs to the action text ending in `so_far`."""
    t = nxt.text.strip()
    # a heading, unless the action is itself set in the same bold type as the line
    heading = nxt.heading and not (prev.bold and nxt.bold and abs(nxt.size - prev.size) < 0.5)
    if not t or _LABEL.match(t) or _ITEM_START.match(t) or heading or nxt.numbered:
        return True
    if (
        right
        and prev.has_box
        and prev.x1 < right - SHORT_LINE_SHARE * (right - prev.x0)
        and not t[:1].islower()
    ):
        return True  # the line above stopped short of the margin: its paragraph ended there
    if prev.has_box and nxt.has_box and nxt.page == prev.page:
        if nxt.top - prev.bottom > usual_gap + PARAGRAPH_GAP_HEIGHTS * max(prev.height, 1.0):
            return True  # a gap: a new paragraph
    if so_far.endswith((".", "!", ")")) and (t[:1].isupper() or t[:1].isdigit()):
        return True  # the sentence ended at the line's end; a new one (or paragraph "5.7") starts
    return False


def _earlier_date(text: str, meeting: str | None) -> str | None:
    """ISO date of "25th July" (no year) before the meeting of `meeting` (ISO)."""
    full = find_date(text)
    if full or not meeting:
        return full
    for year in (int(meeting[:4]), int(meeting[:4]) - 1):
        d = find_date(f"{text} {year}")
        if d and d < meeting:
            return d
    return None


# How minutes title a member of a board or council before the surname ("Director Ruiz"), and whom a
# member directs: staff or an officer by role ("the General Manager", "the Director of Finance")
_MEMBER_TITLE = (
    r"(?:(?:Vice\s+)?(?:President|Chair(?:man|woman|person)?|Mayor)|Director|Commissioner|Trustee|Supervisor"
    r"|Council(?:member|or|woman|man)|Board\s+Member|Alderman|Alderperson)"
)
# ("the Chancellor": the chief executive of a US community college district, as its board's
# minutes direct them)
_OFFICER_POST = (
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Manager|Administrator|Attorney|Clerk|Engineer|Superintendent|Chancellor"
    r"|Counsel|Treasurer|Secretary|Officer|Director\s+of\s+(?:[A-Z]\w+\s+){0,2}?[A-Z]\w+)"
)
_STAFF_OR_OFFICER = rf"staff|the\s+{_OFFICER_POST}"
# An officer who gives an undertaking at a meeting: a post as above, or the chief executive
_UNDERTAKING_POST = rf"(?:{_OFFICER_POST}|(?:[A-Z][\w-]*\s+){{0,2}}Chief\s+Executive)"
# Words opening a sentence's subject that is no person's name ("The Annual Meeting will ...",
# "Staff will ...": a direction to staff is the branches' above)
_NOT_A_PERSON = (
    r"(?:The|This|That|These|Those|It|Its|Staff|Council|Board|Committee|District|Commission|City|County)"
)
# "The Institutional Services Department", "The Finance Services Department Manager": a unit (or
# its head) of two to five capitalised words ending in a unit's or post's word
_UNIT_SUBJECT = r"The\s+(?:[A-Z][\w'’&-]*\s+){1,4}(?:Department|Division|Office|Unit|Section|Secretariat)(?:\s+(?:Manager|Head))?"
# Verbs of an undertaking: the task verbs, and those of a campaign or joint work an officer or
# unit takes on ("will conduct an information campaign", "will coordinate with the Municipal
# Engineer")
_WILL_VERB = rf"(?:{_DO_VERB}|conduct|coordinate|pursue)"
# A post directed in the subjunctive: an officer as above, or an executive or other director
# ("the Executive Director": Caribbean arts and heritage councils' chief officer)
_DIRECTED_POST = rf"(?:{_UNDERTAKING_POST}|(?:[A-Z][\w-]*\s+){{1,2}}Director)"
# A word of a person's name or title: capitalised, in lower case after (not a body's acronym:
# "NEL ICS Exec will submit a response ..."), or an initial ("J. Tran")
_PERSON_WORD = r"(?:[A-Z][a-z][\w'’-]*\.?|[A-Z]\.)"
# Direction to staff minuted without an action label (US city council and county board minutes):
# "it was the consensus of the Council to direct staff to prepare ...", "Council directed staff to
# ...", "City Manager Delacroix stated that staff will bring a report to the April 15 meeting"
_DIRECTION = re.compile(
    r"\b(?:consensus|direction)\s+of\s+the\s+(?:[A-Z]\w+\s+){0,3}(?:Council|Board|Commission|Committee)\s+"
    r"to\s+direct\s+(?P<owner>staff|the\s+(?:City|County|Town)\s+\w+)\s+to\b"
    # "Council directed staff to ...", "The Board directed the General Manager to report back ..." (US
    # special districts' and city boards' minutes direct an officer by title as often as staff)
    rf"|\b(?:Council|Board|Commission|Committee)\s+(?:unanimously\s+)?directed\s+(?P<owner2>{_STAFF_OR_OFFICER})\s+to\b"
    # ... the direction in the subjunctive: "The Board directed that the Executive Director write to
    # the Chief Executive Officer ..." (Caribbean and Commonwealth statutory boards' minutes)
    rf"|\b(?:Council|Board|Commission|Committee)\s+(?:unanimously\s+)?(?:directed|instructed|requested)\s+that\s+"
    rf"(?P<subjunctive>staff|the\s+{_DIRECTED_POST})\s+(?={_WILL_VERB}\b)"
    # the direction minuted in the passive: "Staff was directed to post ...", "Staff were asked to
    # return ..." (US boards' minutes, after the motion it follows from)
    # ... or an officer by post: "The Chancellor was asked to bring an analysis ... to the
    # November meeting", "the General Manager was directed to ..." (US college and special
    # district boards' minutes, after a motion)
    rf"|\b(?P<passive>[Ss]taff|[Tt]he\s+{_OFFICER_POST})\s+(?:was|were|is|are)\s+(?:directed|asked|instructed|requested)"
    r"\s+to\s+[a-z]"
    r"|\b(?P<officer>(?:City|County|Town|Village)\s+(?:Manager|Administrator|Attorney|Clerk|Engineer))\s+"
    r"(?:[A-Z][\w'’-]+\s+)?(?:stated|said|indicated|confirmed|advised)\s+that\s+staff\s+(?:will|would)\s+"
    r"(?:bring|return|report|prepare|provide|present|come\s+back)\b"
    # an officer's undertaking minuted in the text: "Mr. Tuohy agreed to circulate the programme to
    # Members", "Ms. Nolan agreed to include this from the December report" (Irish county and
    # municipal district minutes), "Dr Patel undertook to write to the practice" (English and
    # Welsh committee minutes): a titled person agreeing to a task verb
    r"|\b(?P<person>(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:agreed|undertook|offered)\s+to\s+"
    r"(?:circulate|include|provide|arrange|bring|report|send|forward|investigate|examine|review|follow\s+up"
    r"|liaise|write|contact|prepare|update|check|look\s+into|revert|respond|share|confirm|raise|clarify)\b"
    # ... or an officer by post: "The Chief Executive undertook to provide members with a
    # breakdown ...", "the Deputy Chief Fire Officer undertook to reply in writing" (Irish ETBs'
    # and English fire authorities' minutes, an officer's undertaking to a member's question)
    rf"|\b[Tt]he\s+(?P<post>{_UNDERTAKING_POST})\s+(?:undertook|offered)\s+to\s+"
    r"(?:circulate|include|provide|arrange|bring|report|send|forward|investigate|examine|review|follow\s+up"
    r"|liaise|write|contact|prepare|update|check|look\s+into|revert|respond|reply|share|confirm|raise|clarify)\b"
    # a member's or the presiding officer's direction or request to staff or a named officer (US
    # special districts', city and county boards' minutes, under "STAFF DIRECTION:" or "Directors'
    # requests"): "President Delgado directed the Operations Manager to contact ...", "Director
    # Ruiz requested that the General Manager provide ...", "Commissioner Ybarra asked staff to ..."
    rf"|\b{_MEMBER_TITLE}\s+[A-Z][\w'’-]+\s+(?:directed|asked|requested)\s+(?P<directed>{_STAFF_OR_OFFICER})\s+to\s+[a-z]"
    rf"|\b{_MEMBER_TITLE}\s+[A-Z][\w'’-]+\s+requested\s+that\s+(?P<requested>{_STAFF_OR_OFFICER})\s+"
    r"(?!(?:be|is|was|were|had|has|have|would|will)\b)[a-z]{3,}\b"
    # a person's undertaking in the future tense, opening its sentence: "Brooke Halderman will obtain
    # quotes from at least two caterers and report at the September meeting.", "He will bring a
    # draft schedule of the ditch viewing to the September meeting." (US conservation district,
    # township and special district minutes minute a staff member's report so); kept only with
    # the meeting or date it comes back by (_directions), the subject a name of two or three
    # capitalised words, or "He" / "She" for the subject of the sentence before
    rf"|(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=[.!?][”\"]\s))(?P<will>(?!{_NOT_A_PERSON}\b){_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}}|He|She"
    # ... or a department or its head: "The Institutional Services Department will conduct an
    # information campaign ... before August 1, 2025." (Philippine cooperative and local
    # government minutes name the unit that undertakes a task)
    rf"|{_UNIT_SUBJECT}"
    # ... or an officer by post in a decision's "shall": "2. The Secretary, BCNCDB shall pursue the
    # matter ... and report to the next Board meeting." (South Asian government boards' minutes
    # number their decisions so; the post may carry its body's acronym)
    rf"|The\s+{_UNDERTAKING_POST}(?:,\s+[A-Z]{{2,10}})?(?=\s+shall\b))"
    rf"\s+(?:will|shall)\s+(?=(?:\w+\s+)?{_WILL_VERB}\b)"
    # a labelled direction naming who acts: "Direction to staff: the General Manager to return with
    # ...", "Staff direction: staff to report back ..." (US special districts' and city boards' minutes)
    r"|\b(?:[Dd]irection\s+to\s+[Ss]taff|[Ss]taff\s+[Dd]irection|DIRECTION\s+TO\s+STAFF|STAFF\s+DIRECTION)\s*:\s*"
    rf"(?P<labelled>{_STAFF_OR_OFFICER}|[Tt]he\s+(?:[A-Z][\w-]*\s+){{0,3}}(?:Manager|Engineer|Officer|Clerk))\s+to\s+[a-z]"
)
# A sentence's bounds in running text: a full stop (not of "p.m." or an initial) before a capital
# (a sentence also ends before the next numbered paragraph's number on a new line: "... to the
# November meeting." / "4.3 The Board noted the report.")
# (nor after a title: "contact Mr. Lindqvist", as US minutes write it)
# (a full stop inside a closing quotation mark too: a resolution minuted as a quotation)
_SENTENCE_STOP = re.compile(
    r"(?<![A-Z])(?<!\b[ap]\.m)(?<!\bNo)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)\.[”\"]?"
    r"(?:\s+(?=[A-Z])|[ \t]*\n\s*(?=\d))"
    # ... and a bracketed action tag closing the sentence before: "... meeting. [Action: CFO] The
    # Board also desired ..." (Indian companies' board minutes)
    r"|(?<=\])\s+(?=[A-Z])"
)


# What a direction's sentence does not run back over: a heading line without lower-case letters
# ("10. DIRECTORS' REQUESTS FOR FUTURE AGENDA ITEMS"), an upper-case label ("STAFF DIRECTION:"
# after a roll-call vote's "ABSENT: Whitcomb", as US boards minute a direction under its item)
# ... nor over a line a label opens, whole: a roll-call vote's tally ("ABSENT: McCready" over "The Board
# directed the General Manager to ...": US boards minute the direction right under the vote)
_LEAD_IN = re.compile(r"(?m)^[^a-z\n]{4,}\n|^[A-Z][A-Z'’ ]{2,}:[^\n]*\n|\b[A-Z][A-Z'’ ]{2,}:[ \t]*")


# What every branch of _DIRECTION needs, as printed (the pattern is case-sensitive), tested by
# plain substring search before the regex: a directing verb (the first, second, passive, fifth and
# sixth branches: "to direct", "directed", "asked", "instructed", "requested"); "staff" with a
# reporting verb (the third: "stated that staff will ..."); or an undertaking verb with a title
# (the fourth: "Mr. Tuohy agreed to circulate ..."). On the bulk corpus's pages this passes 679
# of 3,686 pages where the single words "staff" and "agreed" let 1,009 through.
_DIRECTING = ("direct", "Direction", "DIRECTION", "asked", "instructed", "requested")
_REPORTING = ("stated", "said", "indicated", "confirmed", "advised")
_UNDERTAKING = ("agreed", "undertook", "offered")
_TITLES = ("Mr", "Ms", "Dr", "Miss")  # "Mrs" holds "Mr"
# ... or a post's last word with an undertaking (the fourth branch's post form)
_POST_ENDINGS = ("Officer", "Executive", "Director", "Manager", "Clerk", "Secretary", "Treasurer")


# ... or an undertaking's "will" and a task verb (the "will" branch)
_WILL_DO = re.compile(rf"\b(?:will|shall)\s+(?:\w+\s+)?{_WILL_VERB}\b")


def _may_direct(text: str) -> bool:
    return (
        ((" will " in text or " shall " in text) and _WILL_DO.search(text) is not None)
        or any(w in text for w in _DIRECTING)
        or ("staff" in text and any(w in text for w in _REPORTING))
        or (any(w in text for w in _UNDERTAKING) and any(w in text for w in _TITLES + _POST_ENDINGS))
    )


def _directions(doc: Document, starts: list[int]) -> list[Action]:
    """Directions to staff in minutes that label no actions: the sentence giving the direction,
    the owner the officer or "staff" directed, due "no later than ..." / "to the ... meeting"."""
    out: list[Action] = []
    for page in doc.pages:
        # _DIRECTION spaces its words with \s+, so it reads the page's text, line breaks and all (a
        # sentence ends before the next item's number on a new line: _SENTENCE_STOP), on the pages
        # _may_direct lets through (the regex tried at every position of every page was 1.3% of
        # ingest on the bulk corpus)
        if not _may_direct(page.text):
            continue
        text = page.text
        for m in _DIRECTION.finditer(text):
            begin = max((b.end() for b in _SENTENCE_STOP.finditer(text, 0, m.start() + 1)), default=0)
            line_start = text.rfind("\n", 0, begin) + 1  # a heading's number may end a "sentence"
            begin = max(
                begin, max((b.end() for b in _LEAD_IN.finditer(text, line_start, m.start() + 1)), default=0)
            )
            stop = _SENTENCE_STOP.search(text, m.end())
            sentence = re.sub(r"\s+", " ", text[begin : stop.start() + 1 if stop else len(text)]).strip()
            if m.group("will"):
                undertaking = _undertaking(text, m, sentence, begin, page.number)
                if undertaking:
                    out.append(undertaking)
                continue
            owner = (
                m.group("owner")
                or m.group("owner2")
                or m.group("passive")
                or m.group("officer")
                or m.group("person")
                or m.group("post")
                or m.group("directed")
                or m.group("subjunctive")
                or m.group("requested")
                or m.group("labelled")
            )
            out.append(
                Action(
                    ref=None,
                    text=sentence,
                    owner=re.sub(r"^[Tt]he\s+", "", re.sub(r"\s+", " ", owner)),
                    assigned_on=None,
                    due=due_in(sentence),
                    status=None,
                    status_raw=None,
                    update=None,
                    page=page.number,
                    tracker="minutes",
                    notes="an undertaking in the minutes' text"
                    if m.group("person") or m.group("post")
                    else "a direction to staff in the minutes' text",
                )
            )
    return out


# "Nathan Kline reported on ...": the name opening the sentence before "He will ..."
_SENTENCE_SUBJECT = re.compile(rf"^\s*(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s+[a-z]+ed\b")


def _undertaking(text: str, m: re.Match[str], sentence: str, begin: int, page: int) -> Action | None:
    """A person's undertaking "<Name> will <do> ..." (see _DIRECTION's "will" branch): what they
    will do, from the verb, as the action (its subject is the owner); None without the meeting or
    date it is due by ("She will leave the room" is no action), or when "He" / "She" has no name
    opening the sentence before it."""
    due = due_in(sentence)
    if due is None:
        return None
    owner = re.sub(r"^The\s+", "", m.group("will"))  # "The Finance Department" -> the unit
    if owner in ("He", "She"):
        before = text[max(0, begin - TAG_SENTENCE_MAX_CHARS) : begin]
        stops = list(_SENTENCE_STOP.finditer(before[:-1] if before.endswith(" ") else before))
        prev = before[stops[-1].end() :] if stops else before
        # the sentence before, from its first line (a heading line may stand above it:
        # "Program Administrator's Report" / "Nathan Kline reported on ...")
        subject = next((x for ln in prev.splitlines() if (x := _SENTENCE_SUBJECT.match(ln))), None)
        if not subject or re.match(rf"{_NOT_A_PERSON}\b", subject.group("name")):
            return None
        owner = subject.group("name")
    verb = re.search(r"\s(?:will|shall)\s", sentence)
    task = sentence[verb.end() :] if verb else sentence
    return Action(
        ref=None,
        text=task[:1].upper() + task[1:],
        owner=owner,
        assigned_on=None,
        due=due,
        status=None,
        status_raw=None,
        update=None,
        page=page,
        tracker="minutes",
        notes="an undertaking in the minutes' text",
    )


# "... agreed to report it to the Quality Committee. Action: HO", "... a revised trajectory.
# Action: LH / OB", "Action:" at a line's end with the initials on the next: an action tag closing
# the paragraph's sentence (English mental health and community trust board minutes); or
# "... from Q1 2025/26. Action: RQ to bring an outcomes framework to the March Board." after a
# sentence on the same line. A tag opening its line is _ACTION_NAME's and _LABEL's.
_INITIALS = rf"(?:[A-Z]{{2,4}}|{OWNER_ROLE})"
# ... or in square brackets, the post's unit after it: "... at the next meeting. [Action: CFO]",
# "[Action: CGM (Projects)]" (Indian companies' and state corporations' board minutes)
_TRAILING_TAG = re.compile(
    rf"(?<=[.;!?)])[ \t]+\[?(?:Actions?|ACTIONS?)[ \t]*:[ \t]*\n?[ \t]*"
    rf"(?P<owner>{_INITIALS}(?:[ \t]*\([A-Z][^()\n]{{0,30}}\))?(?:[ \t]*[/&,][ \t]*{_INITIALS})*)"
    rf"(?P<to>[ \t]+to[ \t]+)?(?=[ \t]*(?:\n|$|\S))"
)
# ... and the tag naming a post or a person before "to" and what they are to do: "... a clearer
# picture of the recovery trajectory. ACTION: Director of Regulation to bring a recovery plan
# ... to the November meeting." (arm's-length bodies' board minutes), "Action: Head of Finance
# to ...", "Action: Sarah Kemp and the Clerk to ..." (committee minutes); the owner's words are
# capitalised but for joining words, and a lower-case verb follows "to"
_TRAILING_POST_TAG = re.compile(
    r"(?<=[.;!?)])[ \t]+(?:Actions?|ACTIONS?)[ \t]*:\s*"
    rf"(?P<owner>{_NAME_WORD}(?:[ \t\n]+(?:{_NAME_WORD}|of|and|for|the|&)){{0,6}}?)[ \t\n]+to[ \t\n]+(?=[a-z])"
)
# A tag's sentence begins after the paragraph's previous full stop, within this many characters
TAG_SENTENCE_MAX_CHARS = 600


# A resolution's lettered limbs: "(a) to note ...; (b) to request that ..." under "The Committee
# agreed:"
_LIMB = re.compile(r"(?:^|(?<=\s))\((?:[a-h]|i{1,3}|iv|v)\)\s+")


def _last_limb(sentence: str) -> str | None:
    """The last limb of a resolution set as lettered limbs, where an owner line closes it
    ("The Committee agreed: (a) to note ...; and (b) to request that the Chief Officer bring ..."
    over "Action: Chief Officer": Scottish IJB and council committees' minutes): the limb the
    action follows from (the earlier ones note or approve). None where the text is no such list."""
    limbs = list(_LIMB.finditer(sentence))
    if len(limbs) < 2 or limbs[0].start() != 0:
        return None
    last = sentence[limbs[-1].end() :].strip()
    return last or None


def _tag_sentence(text: str, pos: int) -> str:
    """The sentence a trailing tag closes: back from `pos` to the previous sentence's full stop
    or the paragraph's start (a blank line, or a minute heading's line)."""
    lines = text[max(0, pos - TAG_SENTENCE_MAX_CHARS) : pos].split("\n")
    para: list[str] = []
    for ln in reversed(lines):
        if para and (not ln.strip() or not re.search(r"[a-z]", ln) or ln.rstrip().endswith(":")):
            break  # a blank line, or a heading (capitals only, or a label) above the paragraph
        para.insert(0, ln)
    flat = re.sub(r"\s+", " ", " ".join(para)).strip()
    stops = list(_SENTENCE_STOP.finditer(flat))
    return flat[stops[-1].end() :] if stops else flat


def _trailing_tags(doc: Document, starts: list[int]) -> list[Action]:
    out: list[Action] = []
    text = doc.text
    tags = list(_TRAILING_TAG.finditer(text))
    taken = {m.start() for m in tags}
    tags += [m for m in _TRAILING_POST_TAG.finditer(text) if m.start() not in taken]
    for m in tags:
        owner = re.sub(r"\s+", " ", m.group("owner"))
        if "to" not in m.groupdict() or m.group("to"):
            stop = _SENTENCE_STOP.search(text, m.end(), m.end() + TAG_SENTENCE_MAX_CHARS)
            end = stop.start() + 1 if stop else text.find("\n\n", m.end())
            body = re.sub(r"\s+", " ", text[m.start("owner") : end if end > 0 else len(text)]).strip()
        else:
            rest = text[m.end() : text.find("\n", m.end())] if "\n" in text[m.end() :] else text[m.end() :]
            if rest.strip(" .\t]"):
                continue  # "Action: HO and ...": not a tag closing its sentence
            body = _tag_sentence(text, m.start())
        if not body:
            continue
        out.append(
            Action(
                ref=None,
                text=body,
                owner=owner,
                assigned_on=meeting_date_before(text, m.start()),
                due=due_in(body),
                status="open",
                status_raw=None,
                update=None,
                page=sum(1 for s in starts if s <= m.start("owner")),
                tracker="minutes",
            )
        )
    return out


# The heading of a list of the meeting's actions closing minutes: "Follow-up items:", "Action
# items:", "Actions agreed", "Summary of actions", "Staff follow-up:" (US commissions' and English
# committees' minutes set their actions as a bulleted list under such a heading)
_LIST_HEADING = re.compile(
    r"^\s*(?:(?:staff\s+)?follow[- ]?ups?(?:\s+(?:items|actions|tasks))?|action\s+(?:items|points|list)"
    r"|actions?\s+(?:agreed|arising|required|to\s+be\s+taken)|summary\s+of\s+actions|actions?"
    r"|directions?\s+to\s+staff|tasks\s+assigned)\s*:?\s*$",
    re.I,
)
# A point of such a list: a bullet, or a number ("1.", "2)")
_LIST_POINT = re.compile(r"^\s*(?:[•\uf0b7▪◦●○■*\-–]|\d{1,2}[.)]|\(?[a-z]\))\s+(?=\S)")
# Its owner: who is "to" (or "will") do it: "Staff to prepare ...", "Staff (Lindqvist) to bring
# ...", "Recording Secretary to post ...", "Director Vance will provide ..."
_LIST_OWNER = re.compile(
    r"^(?P<owner>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|and|the|&|\([^()]{1,40}\))){0,5})\s+(?:to|will)\s+(?=[a-z])"
)
# A point wraps onto at most this many lines
LIST_POINT_LINES = 5


def _headed_lists(doc: Document, starts: list[int]) -> list[Action]:
    """The points of a list under an actions heading (see _LIST_HEADING), where the minutes
    label no actions otherwise: each point an action, its owner who is "to" do it."""
    out: list[Action] = []
    for page in doc.pages:
        lines = page.lines
        for k, head in enumerate(lines):
            if not _LIST_HEADING.match(head) or k + 1 >= len(lines) or not _LIST_POINT.match(lines[k + 1]):
                continue
            points: list[list[str]] = []
            for ln in lines[k + 1 :]:
                t = ln.strip()
                mark = _LIST_POINT.match(t)
                if mark:
                    points.append([t[mark.end() :]])
                    continue
                last = points[-1]
                if (
                    not t
                    or len(last) >= LIST_POINT_LINES
                    or t.endswith(":")
                    or (last[-1].endswith((".", "!", ";")) and not t[:1].islower())
                ):
                    break  # the list ended: a sentence after it, a signature, the page's footer
                last.append(t)
            pos = starts[page.number - 1] + page.text.find(head)
            for parts in points:
                body = re.sub(r"\s+", " ", " ".join(parts)).strip()
                owner = _LIST_OWNER.match(body)
                out.append(
                    Action(
                        ref=None,
                        text=body,
                        owner=owner.group("owner") if owner else None,
                        assigned_on=meeting_date_before(doc.text, pos),
                        due=due_in(body),
                        status=None,
                        status_raw=None,
                        update=None,
                        page=page.number,
                        tracker="minutes",
                        notes="a point of the minutes' list of actions",
                    )
                )
    # a list whose points name no one is some other list ("Actions" over a report's proposals)
    return out if sum(1 for a in out if a.owner) * 2 >= len(out) else []


def minuted_tasks(doc: Document) -> list[Action]:
    """ "The Clerk to write again to ...": tasks minuted with no label, column or list (see
    minute_tasks), in documents that read as minutes; the caller's fallback where no other reader
    found an action (the same sentences stand beside a column's mark or over a tracker's row)."""
    sections = minute_sections(doc) if reads_as_minutes(doc) else []
    if not sections:
        return []  # an agenda's "Chairman to sign the Declaration of Acceptance": no minutes heading
    # the one meeting minuted, where no minutes heading or date line stands before the task (a
    # bilingual "Tarikh / Date : Selasa, 8 Julai 2025 (Tuesday, 8 July 2025)" field)
    dates = {f.meeting.date for f in sections}
    only = dates.pop() if len(dates) == 1 else None
    text = doc.text
    starts = [0]
    for p in doc.pages[:-1]:
        starts.append(starts[-1] + len(p.text) + 2)
    out = []
    for pos, a in bare_tasks(doc):
        a.assigned_on = meeting_date_before(text, starts[a.page - 1] + pos) or only
        a.due = due_in(a.text)
        out.append(a)
    return out


def actions_from_minutes(doc: Document, *, margin: bool = True) -> list[Action]:
    """Actions written in minutes; `margin` False where the document's actions are in
    trackers (a tracker's owner column is not a margin of initials)."""
    out: list[Action] = []
    text = doc.text
    starts = [0]
    for p in doc.pages[:-1]:
        starts.append(starts[-1] + len(p.text) + 2)

    def page_at(pos: int) -> int:
        return sum(1 for s in starts if s <= pos)

    prev_end = 0  # where the last owner line ended: a paragraph does not run back over it
    for m in _ACTION_NAME.finditer(text):
        owner = _label_owner(m)
        since, prev_end = prev_end, m.end()
        if _BOARD_ACTION.match(owner):
            continue  # "ACTION: Approved Item 4E." (US action minutes): a decision
        if len(owner.replace(" / ", " ").split()) > 8 or re.search(r"\bto\b", owner):
            continue  # "ACTION: X to do Y" is handled below
        if not m.group("label").isupper() and not (_NAME_ONLY.match(owner) or _owner_only(owner)):
            continue  # "Action: Circulate the paper": an action's text, read by _labelled_actions
        if not owner[:2].isupper() and (
            _LOWER_NEXT.match(text, m.end()) or len(_LOWER_WORD.findall(owner)) >= LOWER_WORDS_OF_TEXT
        ):
            # "ACTION: Present an" / "update on emergency ...", "ACTION: Report progress against the
            # HMICFRS action" / "plan, ...": the text of an action wrapping on in a minutes table's
            # narrow column (health authorities' and fire authorities' minutes), not an owner
            continue
        before = _NOISE.sub("", text[max(0, m.start() - 1500) : m.start()]).rstrip()
        parts = _BULLET.split(before)
        if not m.group("label").isupper():
            # "69.2 The Board DEFERRED ..." / "Action: JH": only under a numbered paragraph, which
            # says where the action's text begins (elsewhere the owner line closes a paragraph
            # the action list restates: NHS committee and parish minutes)
            bilingual = bool(m.group("before") or m.group("after"))
            if bilingual:
                # bilingual minutes: not running back over the last owner line
                before = _NOISE.sub("", text[max(since, m.start() - 1500) : m.start()]).rstrip()
            parts = _NUMBERED_PARA.split(before[-NUMBERED_PARA_MAX_CHARS:])
            if len(parts) < 2 and bilingual:
                # the paragraph under its item's heading line ("10. Materion i'w hadrodd /
                # Matters to report")
                parts = _HEADING_LINE.split(before[-NUMBERED_PARA_MAX_CHARS:])
            if len(parts) < 2:
                # "Post-implementation review of the CRM migration to be reported to the Audit and
                # Risk Committee." / "Action: Chief Executive": the sentence right above the owner
                # line, worded as what is to be done (learned societies' and charities' council
                # minutes set each action so under its paragraph of discussion)
                sentence = _tag_sentence(text, m.start())
                limb = _last_limb(sentence)
                if limb is None and not _ACTION_WORDED.match(sentence):
                    continue
                parts = [limb or sentence]
        para = re.sub(r"\s+", " ", parts[-1]).strip() if parts else ""
        if not para:
            continue
        out.append(
            Action(
                ref=None,
                text=para,
                owner=owner,
                assigned_on=meeting_date_before(text, m.start()),
                due=due_in(para),
                status=None,
                status_raw=None,
                update=None,
                page=page_at(m.start()),
                tracker="minutes",
            )
        )
    out.extend(_labelled_actions(doc, starts))
    if "Action" in text or "ACTION" in text:
        out.extend(_trailing_tags(doc, starts))
    sections = _sections(doc) if any("Action " in p.text for p in doc.pages) else []
    if sections or "Action " in text:
        out.extend(_initials_actions(doc, sections))
    if not out and reads_as_minutes(doc):
        out.extend(_headed_lists(doc, starts))
    if not out and margin:
        sections = sections or _sections(doc)
        if sections:
            out.extend(_margin_actions(doc, sections))
    if not out:
        out.extend(_directions(doc, starts))
    # the meeting date, where the text-position heuristic found none
    if out and any(a.assigned_on is None for a in out):
        sections = sections or _sections(doc)
        if len({s.date for s in sections}) == 1:
            for a in out:
                if a.assigned_on is None:
                    a.assigned_on = sections[0].date
    return out

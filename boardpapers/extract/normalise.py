"""Small normalisers shared by the accountability extractors: dates, interest
categories, action status words, risk direction arrows and words (trends), scores."""

from __future__ import annotations

import re

from .dates import find_date, find_numeric_date

_FULL_NUMERIC = re.compile(r"^\s*\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})\s*$")


def iso_date(text: str | None) -> str | None:
    """ISO date for a cell holding a full date (day, month and year; UK
    day-first), else None. The parsing itself is extract.dates'."""
    if not text:
        return None
    t = text.strip().replace("\u2010", "-").replace("\u2011", "-")
    if _FULL_NUMERIC.match(t):
        return find_numeric_date(t.replace("-", "/"))
    return find_date(t)


def date_or_raw(text: str | None) -> str | None:
    """ISO when a full date, else the text as written (e.g. "Dec-20", "Ongoing")."""
    if not text or not text.strip():
        return None
    return iso_date(text) or re.sub(r"[\u2010\u2011]", "-", text.strip())


_DATE_WORDS = r"(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})"
# The date a set of minutes is of: a line that is only a date, or a minutes
# heading "Minutes of (the) meeting held (in public) on <date>". Not "the minutes
# of the meeting held on ... were approved": that names an earlier meeting.
_MEETING_DATE = re.compile(
    rf"^[\s*]*(?:(?:\w+day,?\s+)?{_DATE_WORDS}\s*$|"
    # "Minute of the Meeting of NHS Glenbrae Board held in public on Tuesday 27 May 2025" (Scottish
    # bodies minute in the singular and name the body before "held")
    rf"(?:minutes?|notes)\s+of\s+(?:the\s+)?meeting\s+(?:of\s+[\w&'’ -]{{1,80}}?\s+)?held[\w\s]*?\s+on\s+"
    rf"(?:\w+day,?\s+)?{_DATE_WORDS})",
    re.I | re.M,
)


def meeting_date_before(text: str, pos: int) -> str | None:
    """ISO date of the meeting whose minutes contain position `pos`: the last
    minutes heading or date-only line before it."""
    best = None
    for m in _MEETING_DATE.finditer(text, 0, pos):
        best = m
    if not best:
        return None
    return iso_date(best.group(1) or best.group(2))


# ------------------------------------------------------------------ interest categories


# The registrable categories that are money or property by their nature: the Scottish Code of
# Conduct's (Ethical Standards in Public Life etc. (Scotland) Act 2000: "Remuneration", "Related
# undertakings", "Contracts", "Election expenses", "Houses, land and buildings", "Interest in shares
# and securities") and the English disclosable pecuniary interests (Localism Act 2011 regulations:
# "Employment, office, trade, profession or vocation", "Sponsorship", "Land", "Licences",
# "Corporate tenancies", "Securities"). "Gifts and hospitality" stays "other".
PECUNIARY_CATEGORY = re.compile(
    r"^(?:remuneration|related\s+undertakings?|contracts?|election\s+expenses|houses?,?\s+land"
    r"|(?:interests?\s+in\s+)?shares|(?:interests?\s+in\s+)?securities|employment,?\s+office"
    r"|sponsorship|land\b|licen[cs]es?\b|corporate\s+tenanc)"
)


def interest_category(text: str | None) -> str | None:
    """pecuniary | non-pecuniary | indirect | other (None when blank)."""
    if not text or not text.strip():
        return None
    t = text.lower()
    if "indirect" in t:
        return "indirect"
    if re.search(r"non[\s-]*(?:pecuniary|financial)", t):
        return "non-pecuniary"
    if re.search(r"pecuniary|financial", t) or PECUNIARY_CATEGORY.match(t):
        return "pecuniary"
    return "other"


def looks_like_category(text: str | None) -> bool:
    return bool(text) and bool(re.search(r"pecuniary|financial|indirect|interest\b", text or "", re.I))


# ------------------------------------------------------------------ action status

# "Superseded", "Transferred" (to another committee's log): off this log (ICB committee trackers)
# "Implemented" (audit recommendation follow-up trackers: "Implemented", "Partially Implemented",
# "Not Implemented")
# "Complied" (trackers of the implementation of earlier board decisions and directions:
# "Complied", "Partially complied", "Not complied", as Commonwealth statutory bodies and
# universities report on the directions of their boards)
_CLOSED = re.compile(
    r"\b(closed?|complete[d]?|done|achieved|delivered|finished|resolved|superseded|transferred|implemented"
    r"|complied)\b",
    re.I,
)
# Begun or not begun, not finished: still open ("Being implemented": under way)
_NOT_FINISHED = re.compile(
    r"\b(?:not|partially|partly)\s+(?:yet\s+)?(?:complete[d]?|implemented|complied)\b|\bbeing\s+implemented\b",
    re.I,
)
# "On agenda" (coming to this meeting), "Revised date" (moved, still to do): NHS and ICB trackers
_OPEN = re.compile(
    r"\b(open|on-?going|on\s*track|in\s*progress|progress(?:ing)?|pending|outstanding|overdue|due|"
    r"plan\s+in\s+place|agreed\s+to\s+progress|not\s+started|no\s+action|underway|new|amber|red|green|"
    r"on\s+(?:the\s+)?agenda|revised\s+(?:due\s+)?date)\b",
    re.I,
)


# "No action to be taken", "No further action required": nothing is left to do.
_NOTHING_TO_DO = re.compile(
    r"\bno\s+(?:further\s+)?action\s+(?:is\s+)?(?:to\s+be\s+taken|required|needed)\b", re.I
)


# A status written first in a combined "Status / Comment" cell, as a short phrase of its own: "In
# progress. Fencing complete; fountain on order.", "Not commenced." (councils' resolution trackers
# and action logs): the phrase says the status, the comment after it reports. (Not a date: "Due
# 30 June; completed 12 June".)
# the shortest lead: "Ongoing. Survey completed; awaiting approval" is open (its first word), not
# the lead "Ongoing. Survey completed" (matters-arising status cells: Commonwealth boards' minutes)
_LEAD_STATUS = re.compile(r"^\s*((?:\S+\s+){0,2}?\S+?)\s*[.;:–-](?:\s|$)")
# "Not commenced", "Not yet begun": still open
_NOT_BEGUN = re.compile(r"\bnot\s+(?:yet\s+)?(?:commenced|begun|started)\b", re.I)


def action_status(raw: str | None) -> str | None:
    if not raw or not raw.strip():
        return None
    raw = re.sub(r"(?<=\w)-\s+(?=[a-z])", "-", raw)  # a word broken at a hyphen in a narrow cell: "On- going"
    lead = _LEAD_STATUS.match(raw)
    if lead and lead.end() < len(raw.rstrip()) and not any(ch.isdigit() for ch in lead.group(1)):
        status = _status_of(lead.group(1))
        if status != "other":
            return status
    return _status_of(raw)


# Closure proposed to the meeting, not yet agreed: "Propose to close", "Proposed for closure",
# "Recommend closure" (action logs of partnership boards and trusts, whose status key reads "the
# lead considers the action complete and asks the Board to close it"): open until the board closes
# it, unless the status also says the work is done ("Complete – propose closure": closed)
_CLOSE_PROPOSED = re.compile(
    r"\b(?:propos(?:e|ed|al)|recommend(?:ed|ation)?|request(?:ed)?)\s+(?:to\s+|for\s+)?clos(?:e|ure)\b", re.I
)
_DONE = re.compile(
    r"\b(?:closed|complete[d]?|done|achieved|delivered|finished|superseded|implemented|complied)\b", re.I
)


def _status_of(raw: str) -> str:
    if _NOT_BEGUN.search(raw) or _NOT_FINISHED.search(raw):
        return "open"
    if _CLOSE_PROPOSED.search(raw) and not _DONE.search(raw):
        return "open"
    if _CLOSED.search(raw):
        return "closed"
    if _NOTHING_TO_DO.search(raw):
        return "closed"
    if _OPEN.search(raw):
        return "open"
    return "other"


# ------------------------------------------------------------------ risk direction

_ARROWS = {
    "↑": "up",
    "⬆": "up",
    "▲": "up",
    "↓": "down",
    "⬇": "down",
    "▼": "down",
    "↔": "same",
    "►": "same",  # (a level arrow beside "TREND" in university registers' cards)
    "⬌": "same",
    "→": "same",
    "◄►": "same",
    "=": "same",
}


def printed_direction(text: str | None) -> str | None:
    """A risk's direction as printed ("↔", "▲ Increasing", "Stable", "No change", "New"): the
    cell's or label's text with its whitespace collapsed, arrow glyphs kept; None when blank.
    `trend` reads it as a word."""
    t = " ".join((text or "").split())
    return t or None


def trend(text: str | None) -> str | None:
    """The printed direction as one word: up | down | same | new (None when it reads as none of
    them). The one mapping from a register's arrows and words to a trend: the extractors, the
    store's migration of rows written before `trend` existed, and `Risk` itself use it."""
    if not text or not text.strip():
        return None
    t = text.strip()
    for k, v in _ARROWS.items():
        if k in t:
            return v
    low = t.lower()
    if re.search(r"\bnew\b", low):
        return "new"
    if re.search(r"\b(up|increas\w*|worse\w*|higher)\b", low):
        return "up"
    if re.search(r"\b(down|decreas\w*|reduc\w*|improv\w*|lower)\b", low):
        return "down"
    if re.search(r"\b(same|static|stable|steady|unchanged|no change)\b", low):
        return "same"
    return None


def looks_like_direction(text: str | None) -> bool:
    return trend(text) is not None and len((text or "").strip()) <= 12


def score(text: str | None) -> float | None:
    if not text:
        return None
    m = re.fullmatch(r"\s*£?\s*(\d+(?:\.\d+)?)\s*(?:m|%)?\s*", text.replace(",", ""))
    return float(m.group(1)) if m else None


# A risk register's title line: "Corporate Risk Register", "Register of escalated risks",
# "Board Assurance Framework" (read by the table, card and block readers of risks)
RISK_REGISTER_TITLE = re.compile(
    r"risks?\s+register|escalated\s+risks|register\s+of\s+(?:escalated\s+)?risks|board\s+assurance\s+framework",
    re.I,
)
# A title is a short line: longer ones are sentences that mention the register
TITLE_MAX_CHARS = 80


def title_line(text: str, title: re.Pattern[str]) -> str | None:
    """The first short line of `text` that `title` finds, stripped."""
    if not title.search(text):
        return None  # one scan of the whole text: most documents name no register (1.7% of bulk ingest)
    return next(
        (ln.strip() for ln in text.splitlines() if title.search(ln) and len(ln.strip()) <= TITLE_MAX_CHARS),
        None,
    )

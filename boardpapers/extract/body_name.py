"""The body a meeting belongs to, when its heading does not name it.

Minutes and agendas often print the organisation's name on a line of its own at the top of
the first page and a heading that names only the meeting: "BRINDLE VALE HOMES LIMITED" over
"Minutes of the meeting of the Board held on ..." (housing associations), "Heritage Places
England" over "Minutes of the 142nd meeting of the Board" (arm's-length bodies), "UNIVERSITY OF
X" / "THE UNIVERSITY COURT" over "Minute of the meeting held on ..." (Scottish universities),
"School District No. 47 (Fraser Ridge)" over "BOARD OF EDUCATION – PUBLIC MEETING AGENDA"
(Canadian school boards), a running header "ACME HOMES | Board – 24.06.25 – Minutes".

Rather than match each form, `prominent_organisation` scores every short name-like segment of
the page's first lines: a word naming a kind of organisation, capitals, standing just above the
document's title, repeating at the top of later pages (a running header), earliness. The best
segment wins if it scores at least MIN_SCORE. It is a fallback: it runs only when the meeting
readers found a meeting but no body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_date, find_time

# Lines at the top of a page where covers and minutes print the organisation's name
HEAD_LINES = 12
# Lines at the top of later pages where a running header is looked for
RUNNING_HEAD_LINES = 3
# A name has at most this many words and characters (the longest in the written sets:
# "Bwrdd Iechyd Prifysgol Dyffryn Teifi" / "School District No. 47 (Fraser Ridge)")
NAME_MAX_WORDS = 9
NAME_MAX_CHARS = 80
# An organisation noun alone is enough (2); an all-capital or title-adjacent name without one
# needs two more signs
MIN_SCORE = 2

# Words that say a name is an organisation's: the meeting nouns (Board, Council, ...) plus the
# kinds of bodies that hold them (companies, universities, districts, health boards, museums) and
# the national bodies named after their country ("Historic England", "Sport Wales")
ORGANISATION_NOUNS = frozenset(
    """board boards cabinet committee council group panel forum commission partnership executive assembly
    authority trust limited ltd plc llp cic company corporation university college school schools academy
    district county borough city town parish society association foundation museum museums gallery library
    agency office department ministry service services institute institution homes housing health hospital
    hospitals police fire court senate governors directors trustees regents nhs icb alliance federation
    network fund charity england wales scotland ireland""".split()
)
# Words that never stand in an organisation's name at the top of a page: the document's own
# title words, labels, security markings and places
_NOT_NAME = re.compile(
    r"\b(?:minutes?|agenda|meeting|notes|present|apologies|attendance|attendees|official|confidential|"
    r"unconfirmed|draft|restricted|sensitive|part [ab]|page|item|room|road|street|lane|avenue|square|"
    r"chamber|building|teams|zoom|via|held|tel|email|www|dear)\b",
    re.I,
)
_PERSON_START = re.compile(r"^(?:mr|mrs|ms|miss|dr|cllr|councillor|professor|prof|sir|dame|rev)\b\.?", re.I)
# Segments of a line: parts set apart by a bar, a slash (bilingual names), a dash, a middle dot or
# bullet ("Aorangi Water Limited · Board Meeting (Public) · 18 March 2025": New Zealand and
# Australian boards' running footers) or wide spaces
_SEGMENT_SPLIT = re.compile(r"\s+[|/–—·•]\s+|\s+-\s+|\s{3,}")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "&", "on", "in", "at", "y", "a"})
# a word may join two names with an en dash as well as a hyphen ("Tana–Lakes", "Hawke's
# Bay–Tairāwhiti": regional agencies named after the places they serve)
_NAME_WORD = re.compile(r"^(?:\(?[A-Z][\w'’.&–-]*\)?|\(?\d{1,4}\)?|No\.?|&)$")


@dataclass(frozen=True)
class Candidate:
    """A name-like segment at the top of a page and the score it earned."""

    text: str
    line: int
    score: int


def _name_like(segment: str) -> bool:
    """A short run of capitalised words (small linking words allowed), with no date, time,
    label or sentence punctuation: the shape of an organisation's name."""
    words = segment.split()
    if not words or len(words) > NAME_MAX_WORDS or len(segment) > NAME_MAX_CHARS:
        return False
    if segment.endswith((".", ":", ",", ";")) or ":" in segment or "@" in segment:
        return False
    if find_date(segment) or find_time(segment) or _NOT_NAME.search(segment) or _PERSON_START.match(segment):
        return False
    if not words[0][:1].isupper() and words[0].lower() != "the":
        return False
    return all(_NAME_WORD.match(w) or w.lower() in _SMALL_WORDS for w in words)


def _has_org_noun(segment: str) -> bool:
    return any(re.sub(r"\W", "", w).lower() in ORGANISATION_NOUNS for w in segment.split())


def _segments(line: str) -> list[str]:
    parts = (_REGISTRATION_NUMBER.sub("", s).strip() for s in _SEGMENT_SPLIT.split(line.strip()))
    return [s for s in parts if s]


def _running_segments(later_pages: list[list[str]]) -> set[str]:
    """Segments printed at the top or foot of later pages: a running header repeats the body's name."""
    out: set[str] = set()
    for lines in later_pages:
        nonempty = [ln for ln in lines if ln.strip()]
        for ln in nonempty[:RUNNING_HEAD_LINES] + nonempty[-RUNNING_HEAD_LINES:]:
            out.update(s.lower() for s in _segments(ln))
    return out


# (not "Council for": a body named as a council for its field, "Belize Council for the Arts and
# Culture", "Council for British Archaeology", "National Council for Voluntary Organisations": arts
# councils, research councils and sector bodies are organisations with a board of their own)
_BOARD_WORD = re.compile(r"\b(?:board|committee|council(?!\s+for\b)|trustees|governors|directors)\b", re.I)
# A registration number in brackets after the organisation's name is not part of the name: "Sport
# Ruahine Trust (Charities Register CC21874)", "(Registered Charity No. 1234567)", "(Company No.
# SC123456)", "(ABN 12 345 678 901)" (charities' and companies' letterheads, which print the
# number their regulator gave them beside the name)
_REGISTRATION_NUMBER = re.compile(
    r"\s*\((?=[^()]*\d)[^()]*\b(?:charit(?:y|ies)|compan(?:y|ies)|regist(?:er|ered|ration)|reg\.|"
    r"incorporat\w*|ABN|ACN|EIN)\b[^()]*\)",
    re.I,
)
_TITLE_WORDS = re.compile(r"\b(?:minutes?|agenda|meeting|notes)\b", re.I)


def score_candidates(lines: list[str], later_pages: list[list[str]]) -> list[Candidate]:
    """Every name-like segment of a page's first lines with its score (see module docstring)."""
    nonempty = [ln for ln in lines if ln.strip()]
    # the page's last lines too: a running header drawn after the body text comes last in the
    # text layer (Welsh health boards' bilingual minutes)
    head = nonempty[:HEAD_LINES] + nonempty[HEAD_LINES:][-RUNNING_HEAD_LINES:]
    running = _running_segments(later_pages)
    out: list[Candidate] = []
    for k, ln in enumerate(head):
        above_title = k + 1 < len(head) and bool(_TITLE_WORDS.search(head[k + 1]))
        for seg in _segments(ln):
            seg = re.sub(r"^the\s+", "", seg, flags=re.I)
            if not _name_like(seg):
                continue
            score = 0
            if _has_org_noun(seg):
                score += 2
            if seg.isupper() and len(seg) > 3:
                score += 1
            if above_title:
                score += 1
            if seg.lower() in running:
                score += 1
            out.append(Candidate(seg, k, score))
        wrapped = wrapped_name(ln, head[k + 1] if k + 1 < len(head) else "")
        if wrapped:
            out.append(Candidate(wrapped, k, WRAPPED_NAME_SCORE))
    return out


# A capitalised name set large in a letterhead wraps onto a second line with its organisation noun:
# "COYOTE SLOUGH MOSQUITO AND VECTOR CONTROL" / "DISTRICT" (US special districts' and agencies'
# long legal names); the two lines joined are the name, scored as an organisation noun (2) in
# capitals (1) and put ahead of the second line alone by its earlier line
WRAPPED_NAME_SCORE = 3
# The first line runs near the column's width (this many words at least) and the second is its
# short tail (fewer words): "ATTACHMENT D.1" over a district's name is a label, not a wrap
WRAPPED_FIRST_WORDS = 3


def wrapped_name(line: str, below: str) -> str | None:
    """The organisation's name a capitalised line begins and the line below ends (see
    WRAPPED_NAME_SCORE): the first line without an organisation noun, the joined name with one."""
    first, second = line.strip(), below.strip()
    if not (first.isupper() and second.isupper() and len(first) > 3):
        return None
    if len(_segments(first)) != 1 or len(_segments(second)) != 1 or _has_org_noun(first):
        return None
    if len(first.split()) < WRAPPED_FIRST_WORDS or len(second.split()) >= len(first.split()):
        return None
    joined = f"{first} {second}"
    return joined if _name_like(joined) and _has_org_noun(second) else None


def prominent_organisation(
    lines: list[str], later_pages: list[list[str]] | None = None, *, boards: bool = True
) -> str | None:
    """The most prominent organisation name among a page's first lines, or None.

    `lines` are the page's lines; `later_pages` the lines of the next pages, where a running
    header repeating the name adds to its score. Ties go to the earlier line. The name is
    returned as printed (the caller title-cases it)."""
    scored = score_candidates(lines, later_pages or [])
    if not boards:
        # the organisation a board belongs to, not the board ("Red River Plains University" over
        # "Board of Governors")
        # with a word naming a kind of organisation ("Action Log" over a trust's board is a title)
        scored = [c for c in scored if not _BOARD_WORD.search(c.text) and _has_org_noun(c.text)]
    best = max(scored, key=lambda c: (c.score, -c.line), default=None)
    if best is None or best.score < MIN_SCORE:
        return None
    return best.text

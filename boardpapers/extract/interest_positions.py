"""Registers printed as members' principal and ancillary positions, a prose paragraph per member.

Family: the statements of "principal and ancillary positions" (hoofd- en nevenfuncties) that
Dutch and Flemish governance codes require supervisory and executive boards to publish
(universities and universities of applied sciences under the WHW, hospitals, housing
associations, pension funds, cultural foundations): a member's name on a line of its own, their
post on the next, then a paragraph with run-in labels,
    "Principal position: Mayor of the Municipality of Overbetuwe. Ancillary positions: Chair of
    the Supervisory Board of Stichting Woonwaarde Betuwe (housing association) (paid); Member of
    the Board of Trustees of the Gelders Orkest Foundation (unpaid)."
closed by the statement's date ("Statement last updated 14 January 2025"). One record per
principal position (paid: pecuniary) and one per ancillary position, parted at semicolons
outside brackets, pecuniary when marked "(paid)" and non-pecuniary when "(unpaid)";
"Ancillary positions: none." declares nothing more. No category column, no numbered categories
and no table, so none of the other register readers reads them: a fallback
(`interests.extract_interests`), run when no other reader found anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document
from ..text import HONORIFIC_WORDS, split_outside_brackets
from .dates import find_date
from .interest_statements import _organisation
from .records import Interest

# A register of positions names at least this many members (the read one: 8)
MIN_MEMBERS = 3
# a member's name line holds at most this many words (titles and post-nominals included:
# "Prof. dr. Jan-Willem Oosterhuis" is four)
MAX_NAME_WORDS = 7
# the member's paragraph opens at most this many lines under the post line (the read register:
# the next line)
MAX_LEAD_LINES = 3

_GATE = re.compile(r"\b(?:ancillary|additional|side|secondary)\s+(?:positions?|functions?)\s*:", re.I)
# A necessary part of _GATE's match, case by case as re.I reads it ("tion" of "positions" and
# "functions", then the colon; İ and ı are i, ſ is s to re.I): searched first, case-sensitive, in a
# tenth of _GATE's time over a document's text; most documents hold no such word before a colon
_GATE_PART = re.compile(r"[tT][iIİı][oO][nN][sSſ]?\s*:")
_PRINCIPAL = re.compile(
    r"\b(?i:principal|main|primary)\s+(?i:position|occupation|function)s?\s*:\s*(?P<v>.+?)\.(?=\s+[A-Z]|\s*$)"
)
_ANCILLARY = re.compile(
    r"\b(?i:ancillary|additional|side|secondary)\s+(?i:positions?|functions?)\s*:\s*(?P<v>.+?)\.(?=\s+[A-Z]|\s*$)"
)
_NONE = re.compile(r"^\s*(?:none|nil|n/?a|not applicable|-|–)\s*\.?\s*$", re.I)
_DATED = re.compile(r"\b(?:last\s+updated|updated(?:\s+on)?|statement\s+(?:of|dated))\b[^.]{0,20}", re.I)
# the paid / unpaid marker in brackets closing an entry
_MARK = re.compile(r"\s*\((?P<m>paid|unpaid|remunerated|unremunerated|not remunerated)\)\s*$", re.I)
# a post line's words (the line under the name)
_POST = re.compile(
    r"\b(?:member|chair(?:man|woman|person)?|vice|president|director|secretary|treasurer|rector|"
    r"trustee|governor|dean|commissioner)\b",
    re.I,
)
# a name line's words: capitalised words and name particles, titles ("Prof.", "dr.", "Drs.",
# "Ir.") and post-nominals ("RA", "MBA")
_PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "el",
    "ten",
    "ter",
    "te",
    "op",
    "het",
    "la",
    "le",
    "von",
    "du",
    "da",
    "'t",
}
# Titles a name line may open with: the honorifics every reader strips (text.HONORIFIC_WORDS) and
# the Dutch academic and courtesy titles of the Dutch-code registers this reader serves (drs, ir,
# ing, dhr, mevr, ds)
DUTCH_TITLES = ("drs", "ir", "ing", "dhr", "mevr", "ds")
_TITLE = re.compile(
    r"^(?:" + "|".join(w for w in HONORIFIC_WORDS + DUTCH_TITLES if " " not in w) + r")\.?$", re.I
)
_POSTNOMINAL = re.compile(r"^(?:[A-Z]{2,4}|MSc|MBA|PhD|LLM|MA|BSc|RC|RA|CPA|EMIA)$")
_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’\-]*[a-zà-ÿ][\w'’\-]*$")


@dataclass
class _Member:
    person: str
    post: str
    page: int
    body: list[str]


def _name(line: str) -> str | None:
    """The member's name a name line prints, titles and post-nominals dropped; None when it is
    not a name line."""
    words = line.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or any(c in line for c in ":;,") or line.endswith("."):
        return None
    kept: list[str] = []
    for i, w in enumerate(words):
        if _TITLE.match(w) and not kept:
            continue
        if _POSTNOMINAL.match(w) and kept and i == len(words) - 1:
            continue
        if w.lower() in _PARTICLES and kept:
            kept.append(w)
        elif _NAME_WORD.match(w):
            kept.append(w)
        else:
            return None
    if len(kept) < 2 or kept[-1].lower() in _PARTICLES:
        return None
    return " ".join(kept)


def _members(doc: Document) -> list[_Member]:
    lines = [(p.number, " ".join(t.split())) for p in doc.pages for t in p.text.splitlines()]
    lines = [(n, t) for n, t in lines if t]
    out: list[_Member] = []
    i = 0
    while i < len(lines) - 2:
        page, text = lines[i]
        post = lines[i + 1][1]
        person = _name(text)
        lead = " ".join(t for _, t in lines[i + 2 : i + 2 + MAX_LEAD_LINES + 2])
        if (
            person
            and _POST.search(post)
            and not post.endswith(".")
            and (_PRINCIPAL.search(lead) or _GATE.search(lead))
        ):
            out.append(_Member(person, post, page, []))
            i += 2
            continue
        if out:
            out[-1].body.append(text)
        i += 1
    return out


def _record(m: _Member, nature: str, category: str | None, dated: str | None) -> Interest:
    return Interest(
        person=m.person,
        declared_on=dated,
        role=m.post,
        organisation=_organisation(nature),
        nature=nature,
        category=category,
        register=None,
        page=m.page,
    )


def _interests(m: _Member) -> list[Interest]:
    body = " ".join(m.body)
    dated = find_date(d.group(0) + body[d.end() : d.end() + 30]) if (d := _DATED.search(body)) else None
    out: list[Interest] = []
    if (p := _PRINCIPAL.search(body)) and not _NONE.match(p.group("v")):
        out.append(_record(m, p.group("v").strip(), "pecuniary", dated))
    if (a := _ANCILLARY.search(body)) and not _NONE.match(a.group("v")):
        for part in (x.strip() for x in split_outside_brackets(a.group("v"), ";") if x.strip()):
            mark = _MARK.search(part)
            category = None
            if mark:
                category = (
                    "non-pecuniary" if mark.group("m").lower().startswith(("un", "not")) else "pecuniary"
                )
                part = part[: mark.start()].strip()
            if part and not _NONE.match(part):
                out.append(_record(m, part, category, dated))
    return out


def position_registers(doc: Document) -> list[Interest]:
    """Every member's principal and ancillary positions (see above); nothing when fewer than
    MIN_MEMBERS members state them."""
    if not _GATE_PART.search(doc.text) or not _GATE.search(doc.text):
        return []
    members = [
        m for m in _members(doc) if _PRINCIPAL.search(" ".join(m.body)) or _ANCILLARY.search(" ".join(m.body))
    ]
    if len(members) < MIN_MEMBERS:
        return []
    return [r for m in members for r in _interests(m)]

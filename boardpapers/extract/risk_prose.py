"""Risks reported as prose, one paragraph per risk under a heading naming it.

The family: committee reports on a strategic risk register that carry no register table but a
numbered paragraph per risk (Scottish IJB and council audit and risk committee reports, NHS board
cover papers, university court papers):

    4.2   Risk 2: Workforce
          There is a risk that the Partnership cannot recruit and retain sufficient staff ...
          Risk owner: Head of People. Initial score 20 (5x4); current score 16 (4x4), increased
          from 12 ...; target 8 (2x4). Movement: Increased.

The heading gives the reference and title, the text before the first label the description, and
the labelled phrases the owner, each phase's score ("current score 16 (4x4)", "Initial 16 (4x4)",
"Current risk rating: High (12) – likelihood 3, impact 4", "target 4 x 2 = 8") and the direction
("Movement: Decreased (from 16)"). Read only when no panel or register table gave a risk (a
fallback): the text is the last resort of a document that names its risks.
"""

from __future__ import annotations

import re

from ..model import Document
from .normalise import printed_direction
from .records import Risk, ScoreTriple
from .risk_panels import BAND_WORDS, impact_first, label_of

# "Risk 2: Workforce", "4.2 Risk 2 – Workforce", "Strategic Risk SR3: Cyber security": a heading
# line naming the risk, the title capitalised (not "Risk 2 (Workforce) has increased ...")
_HEADING = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?"
    r"(?P<ref>(?:(?:Strategic|Corporate|Principal|Key)[ \t]+)?(?:Risk|RISK)[ \t]+(?:[A-Z]{1,4}[-\s]?)?\d{1,3}[a-z]?)"
    r"[ \t]*(?::|–|—|[ \t]-[ \t])[ \t]*(?P<title>[A-Z][^\n]{2,120})$"
)
# A line ending a risk's paragraph: the next numbered paragraph or section ("4.8 Operational risks
# ...", "5. Implications"), or a page's furniture ("Page 2 of 3")
_ENDS = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?\s|\d{1,2}\.\s+[A-Z]|Page\s+\d+(?:\s+of\s+\d+)?$)")

_PHASE = r"(?P<phase>initial|inherent|gross|original|current|residual|net|target)"
# A phase's score as prose writes it, after the phase word and an optional "risk score" /
# "rating" and colon: "25 (5x5)", "4 x 5 = 20", "High (12) – likelihood 3, impact 4", "16"
_PHASE_SCORE = re.compile(
    rf"\b{_PHASE}(?:\s+risk)?(?:\s+(?:score|rating|level))?\s*(?::|is|of)?\s*"
    r"(?:"
    r"(?P<s1>\d{1,2})\s*\(\s*[LP]?\s*(?P<a1>\d)\s*[x×*]\s*[ICS]?\s*(?P<b1>\d)\s*\)"
    r"|[LP]?\s*(?P<a2>\d)\s*[x×*]\s*[ICS]?\s*(?P<b2>\d)\s*=\s*(?P<s2>\d{1,2})\b"
    rf"|(?:{BAND_WORDS}\s*)?\(?\s*(?P<s3>\d{{1,2}})\s*\)?\s*[-–—,:]?\s*(?:\(\s*)?likelihood\s*:?\s*(?P<a3>\d)\s*[,;]?\s*(?:and\s+)?"
    r"(?:impact|consequence|severity)\s*:?\s*(?P<b3>\d)"
    rf"|(?:{BAND_WORDS}\s*)?\(?\s*(?P<s4>\d{{1,2}})\b(?!\s*(?:%|per|[x×*]|/|\.\d))"
    r")",
    re.I,
)
# "Risk owner: Chief Officer." (the value runs to the sentence's end)
_OWNER = re.compile(
    r"\b(?:risk\s+owner|owner|lead\s+officer|executive\s+lead|responsible\s+officer)\s*:\s*(?P<v>[^.;]{2,80}?)\s*[.;](?:\s|$)",
    re.I,
)
# "Movement: No change.", "Trend: Decreased (from 16)", "Direction of travel: ↑"
_DIRECTION = re.compile(
    r"\b(?:movement|trend|direction(?:\s+of\s+travel)?)\s*:\s*(?P<v>[↑↓↔▲▼►◄]|[A-Za-z][A-Za-z ]{1,20}?)\s*(?:[.(,;]|$)",
    re.I,
)
# Where the description stops: the first label or score phrase of the paragraph
_FIRST_LABEL = re.compile(
    rf"\b(?:(?:risk\s+)?owner|lead\s+officer|executive\s+lead|responsible\s+officer|movement|trend)\s*:|\b{_PHASE}\s+(?:risk\s+)?(?:score|rating)\b",
    re.I,
)


def _scores(body: str, swap: bool) -> dict[str, ScoreTriple]:
    out: dict[str, ScoreTriple] = {}
    for m in _PHASE_SCORE.finditer(body):
        phase = label_of(m.group("phase"))  # the panels' vocabulary: "current" -> residual
        if phase in out:
            continue  # the first score of a phase ("current score 16 ..., increased from 12")
        if m.group("s1"):
            a, b, s = int(m.group("a1")), int(m.group("b1")), int(m.group("s1"))
            if a * b != s:
                continue  # "25 (2024)": not the score's factors
        elif m.group("s2"):
            a, b, s = int(m.group("a2")), int(m.group("b2")), int(m.group("s2"))
        elif m.group("s3"):
            out[phase] = ScoreTriple(
                likelihood=float(m.group("a3")), impact=float(m.group("b3")), score=float(m.group("s3"))
            )
            continue  # each factor named: no key needed
        else:
            out[phase] = ScoreTriple(likelihood=None, impact=None, score=float(m.group("s4")))
            continue
        if swap:
            a, b = b, a  # the key scores impact first
        out[phase] = ScoreTriple(likelihood=float(a), impact=float(b), score=float(s))
    return out


def prose_risks(doc: Document, register: str | None = None) -> list[Risk]:
    """One risk per heading naming a risk whose paragraph scores at least one phase."""
    text = doc.text
    low = text.lower()
    if "risk " not in low or ("score" not in low and "rating" not in low):
        return []  # most documents: no scores written out
    if not _HEADING.search(text):
        return []
    swap = impact_first(text)
    out: list[Risk] = []
    pages = doc.pages
    for k, page in enumerate(pages):
        if not _HEADING.search(page.text):
            continue
        # a paragraph may go on over the page's end: the next page's lines follow
        lines_after = "\n".join(p.text for p in pages[k : k + 2]).split("\n")
        starts = {m.start(): m for m in _HEADING.finditer(page.text)}
        offset = 0
        for n, line in enumerate(lines_after):
            m = starts.get(offset) if offset < len(page.text) else None
            offset += len(line) + 1
            if m is None:
                # (a heading line indented: the match starts at the line's start too)
                continue
            body_lines = []
            for ln in lines_after[n + 1 :]:
                s = ln.strip()
                if _HEADING.match(ln) or _ENDS.match(s):
                    break
                body_lines.append(s)
            body = " ".join(x for x in body_lines if x)
            phases = _scores(body, swap)
            if not phases:
                continue
            owner = _OWNER.search(body)
            direction = _DIRECTION.search(body)
            first = _FIRST_LABEL.search(body)
            desc = (body[: first.start()] if first else body).strip()
            title = m.group("title").strip()
            out.append(
                Risk(
                    ref=" ".join(m.group("ref").split()),
                    description=desc or title,
                    workstream=None,
                    owner=owner.group("v").strip() if owner else None,
                    inherent=phases.get("inherent"),
                    residual=phases.get("residual"),
                    target=phases.get("target"),
                    direction=printed_direction(direction.group("v")) if direction else None,
                    page=page.number,
                    register=register,
                    extra={"title": title},
                )
            )
    return out

"""Decisions recorded in minutes: "RESOLVED that ...", " APPROVED ...",
"AGREED -" + paragraph, a "Decision" paragraph, "The Board approved ...",
"The minutes ... were confirmed", "It was agreed that ...". Each is linked to
the minute item it sits under and to the minuted meeting's date; in a
meeting in common the body named above the decision ("The City Integrated
Commissioning Board") is `decided_by`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document
from .meetings import BODY_NOUNS, find_bodies, find_minutes
from .records import Decision, Meeting

VERBS = (
    "resolved|approved|noted|endorsed|agreed|ratified|adopted|accepted|confirmed|decided|supported|"
    "recommended|received|delegated|authorised|authorized|deferred|rejected|welcomed"
)
BULLET = r"(?:[\uf0b7•▪\-–o]\s*|\(?[a-z0-9]{1,3}[.)]\s*)*"
# RESOLVED that ..., APPROVED the minutes, AGREED -, ENDORSED the ... (upper case)
CAPS = re.compile(
    rf"^\s*{BULLET}(RESOLVED|APPROVED|NOTED|ENDORSED|AGREED|RATIFIED|ADOPTED|ACCEPTED|DECIDED|"
    rf"CONFIRMED|SUPPORTED|RECOMMENDED|RECEIVED|DELEGATED|AUTHORISED|DEFERRED|REJECTED)\b"
)
BARE = re.compile(r"^\s*(Confirmed|Agreed|Approved|Noted|Resolved|Endorsed)\.?\s*$")
# The Board approved ..., the Cabinet agreed ...
BODY_VERB = re.compile(
    rf"\b[Tt]he (?:[A-Z][\w&]*\s+){{0,5}}(?:{BODY_NOUNS}|Members|Group)\s+(?:also\s+|then\s+|unanimously\s+)?"
    r"(approved|agreed|endorsed|noted|resolved|ratified|adopted|accepted)\b"
)
PASSIVE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|These|[Tt]hose)\s+(?:[\w-]+\s+){0,2}"
    r"(?:minutes|notes|application|applications|recommendations?|proposals?|report|plan|strategy|"
    r"presentation|update|policy|budget|accounts|terms of reference)\b[^.;]{0,90}?\b(?:was|were)\s+"
    r"(agreed|approved|confirmed|endorsed|accepted|noted|ratified|adopted|received)\b"
)
IT_WAS = re.compile(r"\bIt was (?:also\s+)?(agreed|resolved|decided)\b")
THAT_BE = re.compile(rf"^\s*That\b.*?\bbe\s+({VERBS})\b", re.I)
DECISION_HEAD = re.compile(r"^\s*(?:decision|decisions|resolution|resolved)\s*[:\-–]?\s*$", re.I)
ITEM_MARK = re.compile(r"^\s*\(Item\s+\d+\)\s*$")
ITEM_HEAD = re.compile(r"^\s*(?:\uf0b7\s*)?(\d{1,3})\.?\s+([A-Z(\"'‘].{2,150})$")
END_MARK = re.compile(
    r"^\s*(?:title of report|report of|subject|report to|report title)\s*:|^\s*CHAIR\s*$|"
    r"\baction (?:tracker|log)\s*$",
    re.I,
)
DECIDER = re.compile(rf"^\s*(?:[\d.]+\s*)?(?:The\s+)?((?:[A-Z][\w&]*\s+){{1,6}}(?:{BODY_NOUNS}))\s*:?\s*$")
SUBITEM = re.compile(r"^\s*(?:\(?[a-zA-Z0-9]{1,3}[.)]|[\uf0b7•▪o-])\s+")


@dataclass
class Line:
    page: int
    text: str


def _stream(doc: Document, start_page: int, start_line: int, stop: tuple[int, int] | None) -> list[Line]:
    out: list[Line] = []
    for page in doc.pages[start_page - 1 :]:
        lines = page.lines
        first = start_line if page.number == start_page else 0
        for k in range(first, len(lines)):
            if stop and (page.number, k) >= stop:
                return out
            t = lines[k].rstrip()
            if re.match(r"^\s*page \d+\s*$", t, re.I) or re.match(r"^\s*\d{1,3}\s*$", t):
                continue
            if page.number != start_page or k > first:
                if END_MARK.search(t):
                    if re.match(r"^\s*CHAIR\s*$", t):
                        return out
                    if k < 6 or END_MARK.match(t):
                        return out
            out.append(Line(page.number, t))
    return out


def _sentence_end(lines: list[Line], i: int, start_col: int, colon_lists: bool = True) -> tuple[str, int]:
    """Text from lines[i][start_col:] to the end of its sentence (or, after a
    closing colon, of the enumerated list that follows). Returns (text, last index)."""
    parts = [lines[i].text[start_col:].strip()]
    j = i
    while True:
        cur = " ".join(parts).rstrip()
        if re.search(r"[.;]$", cur) and not cur.endswith("etc."):
            break
        if re.search(r"[.;]\s+[A-Z]", cur[len(parts[0]) // 2 :] if len(parts) == 1 else cur):
            cur = re.split(r"(?<=[.;])\s+(?=[A-Z])", cur)[0]
            return cur, j
        if j + 1 >= len(lines) or j - i > 25:
            break
        nxt = lines[j + 1].text
        if (
            CAPS.match(nxt)
            or DECISION_HEAD.match(nxt)
            or ITEM_MARK.match(nxt)
            or _is_item_head(lines, j + 1)
            or DECIDER.match(nxt)
        ):
            break
        if cur.endswith(":"):
            if not colon_lists:
                break
        elif SUBITEM.match(nxt) and not cur.endswith((",", "and", "or", "-", "–")):
            if not re.search(r":\s*$", " ".join(p for p in parts if SUBITEM.match(p) is None)) and not any(
                p.endswith(":") for p in parts
            ):
                break
        parts.append(nxt.strip())
        j += 1
    text = " ".join(parts)
    return re.sub(r"\s+", " ", text).strip(), j


def _is_item_head(lines: list[Line], k: int, marks: bool = False) -> bool:
    t = lines[k].text
    if marks:
        return bool(ITEM_HEAD.match(t)) and any(ITEM_MARK.match(x.text) for x in lines[k + 1 : k + 3])
    m = ITEM_HEAD.match(t)
    if not m:
        return False
    title = m.group(2).strip()
    if title.endswith((".", ",", ";")) or len(title) > 130:
        return False
    if CAPS.match(title) or re.match(r"^(The|This|It|He|She|We|They|That|Members|There)\b", title):
        return False
    return True


def _outcome_of(text: str) -> str | None:
    m = re.search(rf"\b({VERBS})\b", text, re.I) or re.search(r"\b(note|agree|approve|endorse)\b", text, re.I)
    if not m:
        return None
    v = m.group(1).lower()
    return {"note": "noted", "agree": "agreed", "approve": "approved", "endorse": "endorsed"}.get(v, v)


def _single_body(meeting: Meeting) -> str | None:
    if meeting.body and " and " not in meeting.body:
        return meeting.body
    if meeting.body and not find_bodies(meeting.body)[1:]:
        return meeting.body
    return None


def decisions_in(lines: list[Line], meeting: Meeting) -> list[Decision]:
    out: list[Decision] = []
    use_marks = any(ITEM_MARK.match(ln.text) for ln in lines)
    item_no: str | None = None
    item_title: str | None = None
    decider: str | None = None
    default_body = _single_body(meeting)
    consumed: set[int] = set()

    def add(outcome: str, text: str, k: int, by: str | None = None) -> None:
        text = re.sub(r"^\s*[\uf0b7•▪]\s*", "", text).strip()
        text = re.sub(r"^\d+\.\s+(?=[A-Z])", "", text)
        out.append(
            Decision(
                item_number=item_no,
                item_title=item_title,
                decided_by=by or decider or default_body,
                outcome=outcome.lower(),
                text=text,
                meeting_date=meeting.date,
                page=lines[k].page,
            )
        )

    k = 0
    while k < len(lines):
        t = lines[k].text
        if k in consumed:
            k += 1
            continue
        if _is_item_head(lines, k, use_marks):
            m = ITEM_HEAD.match(t)
            num = m.group(1)
            if use_marks or item_no is None or not item_no.isdigit() or int(num) > int(item_no):
                item_no, decider = num, None
                title = m.group(2).strip()
                if not use_marks:
                    # a title may wrap onto a second line ending the heading
                    nxt = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
                    if nxt and (title.endswith(("–", "-", "*", "and")) or nxt.endswith("*")) and len(nxt) < 80:
                        title = f"{title} {nxt}"
                else:
                    nxt = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
                    if nxt and not ITEM_MARK.match(nxt):
                        title = f"{title} {nxt}"
                item_title = re.sub(r"\s+", " ", title.replace("*", "")).strip(" –-")
                k += 1
                continue
        dm = DECIDER.match(t)
        if dm and not CAPS.match(t):
            names = find_bodies(dm.group(1))
            if names:
                decider = names[0]
                k += 1
                continue
        m = CAPS.match(t)
        if m:
            rest = t[m.end() :].strip(" -–:")
            if not rest and k + 1 < len(lines):
                text, j = _sentence_end(lines, k + 1, 0)
                add(m.group(1), text, k)
            else:
                text, j = _sentence_end(lines, k, m.start(1))
                add(m.group(1), text, k)
            k = j + 1
            continue
        m = BARE.match(t)
        if m:
            add(m.group(1), t.strip(), k)
            k += 1
            continue
        if DECISION_HEAD.match(t) and k + 1 < len(lines):
            text, j = _sentence_end(lines, k + 1, 0)
            oc = _outcome_of(text)
            if oc:
                add(oc, text, k + 1)
                k = j + 1
                continue
        window = t + " " + (lines[k + 1].text if k + 1 < len(lines) else "")
        found = None
        for pat in (BODY_VERB, PASSIVE, IT_WAS):
            for mm in pat.finditer(window):
                if mm.start() < len(t) and (found is None or mm.start() < found.start()):
                    found = mm
        if found:
            text, j = _sentence_end(lines, k, found.start())
            add(found.group(1), text, k)
            # further decisions later on the same line(s)
            k = j + 1 if j > k else k + 1
            continue
        k += 1
    return out


def extract_decisions(doc: Document, meetings: list[Meeting] | None = None) -> list[Decision]:
    found = find_minutes(doc, next((m.date for m in meetings or [] if m.kind == "meeting"), None))
    out: list[Decision] = []
    for n, f in enumerate(found):
        stop = (found[n + 1].meeting.page, found[n + 1].line_index) if n + 1 < len(found) else None
        lines = _stream(doc, f.meeting.page, f.line_index + 1, stop)
        out.extend(decisions_in(lines, f.meeting))
    return out

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
from .dates import MONTHS
from .meetings import BODY_NOUNS, find_bodies, minute_sections
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
IT_WAS = re.compile(r"\b[Ii]t was (?:also\s+)?(agreed|resolved|decided)\b")
# "2.4. The City ICB NOTED the Register of Interests."
BODY_CAPS = re.compile(
    rf"^\s*(?:[\d.]+\s*)?The\s+((?:[A-Z][\w&]*\s+){{1,6}}?(?:{BODY_NOUNS}|[A-Z]{{2,5}}))\s+"
    r"(RESOLVED|APPROVED|NOTED|ENDORSED|AGREED|RATIFIED|ADOPTED|ACCEPTED)\b"
)
THAT_BE = re.compile(rf"^\s*That\b.*?\bbe\s+({VERBS})\b", re.I)
DECISION_HEAD = re.compile(r"^\s*(?:decision|decisions|resolution|resolved)\s*[:\-–]?\s*$", re.I)
ITEM_MARK = re.compile(r"^\s*\(Item\s+\d+\)\s*$")
ITEM_HEAD = re.compile(rf"^\s*(?:\uf0b7\s*)?(\d{{1,3}})\.?\s+(?!{MONTHS}\b)([A-Z(\"'‘].{{2,150}})$")
ITEM_HEAD_MARKED = re.compile(r"^\s*(\d{1,3})\.\s+(\S.{2,150})$")
END_MARK = re.compile(
    r"^\s*(?:title of report|report of|subject|report to|report title)\s*:|^\s*CHAIR\s*$|"
    r"\baction (?:tracker|log)\s*$",
    re.I,
)
DECIDER = re.compile(
    rf"^\s*(?:\uf0b7\s*)?(?:[\d.]+\s*)?The\s+((?:[A-Z][\w&]*\s+){{1,6}}(?:{BODY_NOUNS}|[A-Z]{{2,5}}))\s*:?\s*$"
)
SUBITEM = re.compile(r"^\s*(?:\(?[a-zA-Z0-9]{1,3}[.)]|[\uf0b7•▪o-])\s+")


@dataclass
class Line:
    page: int
    text: str


def boilerplate(doc: Document) -> set[str]:
    """Running headers and footers: lines found on most pages."""
    if doc.page_count < 3:
        return set()
    seen: dict[str, int] = {}
    for page in doc.pages:
        for ln in {x.strip() for x in page.lines if x.strip()}:
            seen[ln] = seen.get(ln, 0) + 1
    return {ln for ln, c in seen.items() if c >= max(3, doc.page_count * 0.6) and len(ln) < 120}


def _stream(doc: Document, start_page: int, start_line: int, stop: tuple[int, int] | None) -> list[Line]:
    out: list[Line] = []
    skip = boilerplate(doc)
    for page in doc.pages[start_page - 1 :]:
        lines = page.lines
        first = start_line if page.number == start_page else 0
        for k in range(first, len(lines)):
            if stop and (page.number, k) >= stop:
                return out
            t = lines[k].rstrip()
            if re.match(r"^\s*page \d+\s*$", t, re.I) or re.match(r"^\s*\d{1,3}\s*$", t) or t.strip() in skip:
                continue
            if page.number != start_page or k > first:
                # a numbered minute heading ("4. MINUTES ... AND ACTION LOG") is not a new paper
                if END_MARK.search(t) and not re.match(r"^\s*\d{1,3}(?:\.\d{1,2})*\.?\s", t):
                    if re.match(r"^\s*CHAIR\s*$", t):
                        return out
                    if k < 6 or END_MARK.match(t):
                        return out
            out.append(Line(page.number, t))
    return out


def _sentence_end(lines: list[Line], i: int, start_col: int, use_marks: bool = False) -> tuple[str, int]:
    text, j, _ = _sentence_span(lines, i, start_col, use_marks)
    return text, j


def _sentence_span(
    lines: list[Line], i: int, start_col: int, use_marks: bool = False
) -> tuple[str, int, int]:
    """Text from lines[i][start_col:] to the end of its sentence or, after a
    closing colon, of the enumerated list that follows. Returns (text, last index)."""
    parts = [lines[i].text[start_col:].strip()]
    j = i
    in_list = parts[0].endswith(":")
    seen_sub = False
    list_style: str | None = None
    while True:
        cur = " ".join(parts).rstrip()
        if not in_list:
            if re.search(r"[.;]$", cur):
                break
            m = re.search(r"(?<=[a-z0-9)][.;])\s+(?=[A-Z])", cur)
            if m:
                sentence = cur[: m.start()].strip()
                tail = cur[m.end() :]
                line_j = lines[j].text
                col = line_j.find(tail[:20]) if tail else len(line_j)
                return sentence, j, col if col >= 0 else len(line_j)
        if j + 1 >= len(lines) or j - i > 30:
            break
        nxt = lines[j + 1].text
        if (
            CAPS.match(nxt)
            or DECISION_HEAD.match(nxt)
            or ITEM_MARK.match(nxt)
            or DECIDER.match(nxt)
            or BODY_CAPS.match(nxt)
        ):
            break
        is_sub = bool(SUBITEM.match(nxt))
        style = _sub_style(nxt) if is_sub else None
        if in_list:
            if is_sub and list_style and style != list_style:
                break
            list_style = list_style or style
            if use_marks and _is_item_head(lines, j + 1, True):
                break
            if not is_sub and seen_sub and re.search(r"[.;]$", cur):
                break
            if not is_sub and not seen_sub and not use_marks and _is_item_head(lines, j + 1):
                break
            seen_sub = seen_sub or is_sub
        else:
            if _is_item_head(lines, j + 1, use_marks) or (is_sub and not cur.endswith((",", "and", "or"))):
                break
            if cur.endswith(":"):
                in_list = True
        parts.append(nxt.strip())
        if parts[-1].endswith(":"):
            in_list = True
        j += 1
    text = " ".join(parts)
    return re.sub(r"\s+", " ", text).strip(), j, len(lines[j].text)


def _sub_style(line: str) -> str:
    m = SUBITEM.match(line)
    tok = m.group(0).strip() if m else ""
    if re.match(r"^\(?\d", tok):
        return "num"
    if re.match(r"^\(?[a-zA-Z]", tok) and len(tok) > 1:
        return "alpha"
    return "bullet"


def _is_item_head(lines: list[Line], k: int, marks: bool = False) -> bool:
    t = lines[k].text
    if marks:
        if not ITEM_HEAD_MARKED.match(t) or CAPS.match(t):
            return False
        for x in lines[k + 1 : k + 4]:
            if ITEM_MARK.match(x.text):
                return True
            if ITEM_HEAD_MARKED.match(x.text):
                return False
        return False
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
        text = re.sub(r"^\s*[\uf0b7•▪]\s*", "", text).strip().replace("\uf0b7", "•")
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
    col = 0
    while k < len(lines):
        t = lines[k].text
        cur_col, col = col, 0
        if cur_col:
            t = t[cur_col:]
        if k in consumed:
            k += 1
            continue
        if _is_item_head(lines, k, use_marks):
            m = (ITEM_HEAD_MARKED if use_marks else ITEM_HEAD).match(t)
            num = m.group(1)
            if use_marks or item_no is None or not item_no.isdigit() or 0 < int(num) - int(item_no) <= 3:
                item_no, decider = num, None
                title = m.group(2).strip()
                if not use_marks:
                    # a title may wrap onto a second line ending the heading
                    nxt = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
                    if (
                        nxt
                        and (title.endswith(("–", "-", "*", "and")) or nxt.endswith("*"))
                        and len(nxt) < 80
                    ):
                        title = f"{title} {nxt}"
                else:
                    for nxt in lines[k + 1 : k + 3]:
                        if ITEM_MARK.match(nxt.text):
                            break
                        title = f"{title} {nxt.text.strip()}"
                item_title = re.sub(r"\s+", " ", title.replace("*", "")).strip(" –-")
                k += 1
                continue
        dm = DECIDER.match(t)
        if dm and not CAPS.match(t):
            names = find_bodies(dm.group(1))
            decider = names[0] if names else dm.group(1).strip()
            k += 1
            continue
        m = BODY_CAPS.match(t)
        if m:
            text, j = _sentence_end(lines, k, m.start(2), use_marks)
            add(m.group(2), text, k, by=m.group(1).strip())
            k = j + 1
            continue
        m = CAPS.match(t)
        if m:
            rest = t[m.end() :].strip(" -–:")
            if not rest and k + 1 < len(lines):
                text, j = _sentence_end(lines, k + 1, 0, use_marks)
                add(m.group(1), text, k)
            else:
                text, j = _sentence_end(lines, k, m.start(1), use_marks)
                add(m.group(1), text, k)
            k = j + 1
            continue
        m = BARE.match(t)
        if m:
            add(m.group(1), t.strip(), k)
            k += 1
            continue
        if DECISION_HEAD.match(t) and k + 1 < len(lines):
            text, j = _sentence_end(lines, k + 1, 0, use_marks)
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
            text, j, endcol = _sentence_span(lines, k, found.start() + cur_col, use_marks)
            add(found.group(1), text, k)
            # further decisions later on the last line of this one
            if endcol < len(lines[j].text.rstrip()) and (j > k or endcol > cur_col):
                k, col = j, endcol
            else:
                k = j + 1
            continue
        k += 1
    return out


def extract_decisions(doc: Document, meetings: list[Meeting] | None = None) -> list[Decision]:
    found = minute_sections(doc, next((m.date for m in meetings or [] if m.kind == "meeting"), None))
    out: list[Decision] = []
    for n, f in enumerate(found):
        stop = (found[n + 1].meeting.page, found[n + 1].line_index) if n + 1 < len(found) else None
        lines = _stream(doc, f.meeting.page, f.line_index + 1, stop)
        out.extend(decisions_in(lines, f.meeting))
    return out

"""Segmentation: which PDF pages hold each agenda item's paper.

Printed page numbers in the agenda rarely equal PDF page numbers. First try a
constant offset read from "Page N" footers, accepted only when the item's
title (or a cover sheet) is found where the offset points. Otherwise look for
each paper's start by its cover sheet ("Title of report:", "Report of:",
"Subject:") or heading, in agenda order, with fuzzy title matching. Each
paper's cover-sheet fields are read into `AgendaItem.cover`."""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz

from ..model import Document
from .dates import find_date
from .meetings import find_minutes
from .records import AgendaItem

FOOTER = re.compile(r"^\s*page\s+(\d{1,4})\s*$", re.I)
COVER_TITLE = re.compile(r"^\s*(?:title of (?:the )?report|report title|title|subject)\s*:?\s+(\S.*)$", re.I)
COVER_FIELDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "title",
        re.compile(r"^\s*(?:title of (?:the )?report|report title|title|subject)\s*:?\s+(\S.*)$", re.I),
    ),
    ("date_of_meeting", re.compile(r"^\s*(?:date of (?:the )?meeting|meeting date)\s*:?\s*(.*)$", re.I)),
    (
        "lead_officer",
        re.compile(
            r"^\s*(?:lead officer|lead director|accountable (?:executive )?director|sponsor)\s*:?\s*(.*)$",
            re.I,
        ),
    ),
    ("author", re.compile(r"^\s*(?:author|authors|report author|contact officer)\s*:?\s*(.*)$", re.I)),
    ("report_of", re.compile(r"^\s*report of\s*:?\s*(.*)$", re.I)),
    ("committees", re.compile(r"^\s*committee\(s\)\s*:?\s*(.*)$", re.I)),
    ("public", re.compile(r"^\s*public\s*/\s*non-public\s*:?\s*(.*)$", re.I)),
]
RECS_HEAD = re.compile(r"^\s*(?:\d+\.?\s*)?recommendations?\s*:?\s*$", re.I)
RECS_END = re.compile(
    r"^\s*(?:\d+\.?\s*)?(?:strategic objectives|links to key priorities|specific implications|"
    r"background|purpose|reasons? for recommendations?|report|main report|executive summary|"
    r"appendices|contact officer|sign-off|equalities|\[recommendations)",
    re.I,
)


def _footer_offset(doc: Document) -> int | None:
    offsets: dict[int, int] = {}
    n = 0
    for page in doc.pages:
        lines = [ln for ln in page.lines if ln.strip()]
        for ln in lines[-3:] + lines[:2]:
            m = FOOTER.match(ln)
            if m:
                off = page.number - int(m.group(1))
                offsets[off] = offsets.get(off, 0) + 1
                n += 1
                break
    if not offsets:
        return None
    off, count = max(offsets.items(), key=lambda kv: kv[1])
    return off if count >= max(3, n // 2) else None


def _first_page(pages: str | None) -> int | None:
    if not pages:
        return None
    m = re.match(r"^(\d+)", pages)
    return int(m.group(1)) if m else None


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", " ", s.lower()).strip()


def _page_titles(doc: Document, page_no: int) -> list[tuple[str, int]]:
    """Candidate title strings of a page: cover-sheet title fields (joined
    with a wrapped second line) and the first heading lines."""
    lines = doc.page(page_no).lines
    out: list[tuple[str, int]] = []
    for k, ln in enumerate(lines):
        m = COVER_TITLE.match(ln)
        if m:
            t = m.group(1).strip()
            if k + 1 < len(lines) and not re.search(r":", lines[k + 1]) and len(lines[k + 1]) < 80:
                t = f"{t} {lines[k + 1].strip()}"
            out.append((t, k))
    head = [ln.strip() for ln in lines[:4] if ln.strip() and not FOOTER.match(ln)]
    for k, ln in enumerate(head[:3]):
        if len(ln) > 9 and re.match(r"^[A-Z0-9]", ln) and len(ln) < 120:
            out.append((ln, -1 - k))
    return out


def _score(title: str, candidate: str) -> float:
    a, b = _norm(title), _norm(candidate)
    if not a or not b:
        return 0.0
    sc = max(fuzz.token_set_ratio(a, b), fuzz.partial_ratio(a, b) * 0.95)
    if len(b) < 0.6 * len(a):
        sc *= len(b) / (0.6 * len(a))
    return sc


def read_cover(doc: Document, page_no: int, line_from: int = 0) -> dict[str, Any] | None:
    """Cover-sheet fields of a paper starting on `page_no` (looks at that page
    and the next)."""
    cover: dict[str, Any] = {}
    lines: list[str] = []
    for p in (page_no, page_no + 1):
        if p <= doc.page_count:
            lines.extend(doc.page(p).lines[line_from if p == page_no else 0 :])
    for k, ln in enumerate(lines[:120]):
        for key, pat in COVER_FIELDS:
            if key in cover:
                continue
            m = pat.match(ln)
            if m and m.group(1).strip():
                val = m.group(1).strip()
                if (
                    key == "title"
                    and k + 1 < len(lines)
                    and ":" not in lines[k + 1]
                    and len(lines[k + 1]) < 80
                ):
                    nxt = lines[k + 1].strip()
                    if (
                        nxt
                        and not any(p.match(nxt) for _, p in COVER_FIELDS)
                        and not RECS_HEAD.match(nxt)
                        and not re.match(r"^\d+\.?\s", nxt)
                        and nxt.upper() != nxt
                    ):
                        val = f"{val} {nxt}"
                cover[key] = re.sub(r"\s+", " ", val)
                if key == "date_of_meeting":
                    iso = find_date(re.sub(r"(\d)\s+(st|nd|rd|th)\b", r"\1\2", val))
                    if iso:
                        cover["date_of_meeting_iso"] = iso
                break
        if "recommendations" not in cover and RECS_HEAD.match(ln):
            recs = []
            for nxt in lines[k + 1 : k + 40]:
                if FOOTER.match(nxt):
                    continue
                if RECS_END.match(nxt) or any(p.match(nxt) for _, p in COVER_FIELDS):
                    break
                if nxt.strip():
                    recs.append(nxt.strip())
            if recs:
                cover["recommendations"] = re.sub(r"\s+", " ", " ".join(recs))
    if "title" not in cover:
        return None
    return cover


COVER_MIN = 40.0
HEADING_MIN = 65.0


def _align(items: list[AgendaItem], cands: list[tuple[int, int, str, bool]]) -> dict[int, tuple[int, int]]:
    """Order-preserving best matching of items to candidate starts
    (page, line, text, is_cover) by dynamic programming."""
    n, m = len(items), len(cands)
    val = [[0.0] * m for _ in range(n)]
    for i, it in enumerate(items):
        paged = _first_page(it.pages) is not None
        for j, (_, _, text, is_cover) in enumerate(cands):
            sc = _score(it.title, text)
            if not paged:
                # an item printed without pages: only a close cover-sheet match
                if is_cover and sc >= 75:
                    val[i][j] = sc
                continue
            if is_cover and sc >= COVER_MIN:
                val[i][j] = sc
            elif not is_cover and sc >= HEADING_MIN:
                strict = max(
                    fuzz.token_sort_ratio(_norm(it.title), _norm(text)),
                    fuzz.ratio(_norm(it.title), _norm(text)),
                )
                if strict >= HEADING_MIN or _norm(it.title) in _norm(text):
                    val[i][j] = sc - 15
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = val[i][j] + best[i + 1][j + 1] if val[i][j] > 0 else -1.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], take)
    out: dict[int, tuple[int, int]] = {}
    i = j = 0
    while i < n and j < m:
        if val[i][j] > 0 and best[i][j] == val[i][j] + best[i + 1][j + 1]:
            out[i] = (cands[j][0], cands[j][1])
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return out


def segment(doc: Document, items: list[AgendaItem]) -> None:
    """Fill `pdf_pages` and `cover` of the agenda items in place."""
    if not items:
        return
    agenda_end = max(it.page for it in items)
    offset = _footer_offset(doc)
    starts: dict[int, tuple[int, int]] = {}
    # 1. a footer offset, accepted only when the titles agree
    if offset is not None:
        for i, it in enumerate(items):
            printed = _first_page(it.pages)
            if printed is None:
                continue
            p = printed + offset
            if agenda_end < p <= doc.page_count:
                if max((_score(it.title, t) for t, _ in _page_titles(doc, p)), default=0) >= 80:
                    starts[i] = (p, 0)
        if len(starts) < max(2, sum(1 for it in items if _first_page(it.pages)) // 2):
            starts = {}
    # 2. cover sheets and headings, in agenda order; the minutes of the last meeting
    if not starts:
        cands: list[tuple[int, int, str, bool]] = []
        minutes = [f for f in find_minutes(doc) if f.meeting.page > agenda_end]
        for p in range(agenda_end + 1, doc.page_count + 1):
            for text, line in _page_titles(doc, p):
                cands.append((p, max(line, 0), text, line >= 0))
            for f in minutes:
                if f.meeting.page == p:
                    line = f.line_index if f.line_index >= 12 else 0
                    cands.append((p, line, "minutes of the previous meeting", True))
            if any(
                re.search(r"\b(register|declarations?) of interests?\b", ln, re.I)
                for ln in doc.page(p).lines[:5]
            ):
                cands.append((p, 0, "declarations of interests", True))
        cands.sort(key=lambda c: (c[0], c[1]))
        starts = _align(items, cands)
    ordered = sorted(starts.items())
    for n, (i, (p, line)) in enumerate(ordered):
        if n + 1 < len(ordered):
            np_, nline = ordered[n + 1][1]
            end = np_ if nline > 5 else np_ - 1  # the next paper starts mid-page
        else:
            end = doc.page_count
        end = max(p, end)
        items[i].pdf_pages = f"{p}-{end}" if end > p else str(p)
        items[i].cover = read_cover(doc, p, line)

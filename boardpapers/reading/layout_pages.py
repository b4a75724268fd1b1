"""Cheap decisions, from the plain text alone, about which pages need more
than text: spans with boxes (layout-aware extractors) and pdfplumber tables
(about 120 ms a page, so only where a table we extract is likely).

A page is a table page when the header vocabulary of one table family (see
TABLE_HEADER_FAMILIES) shows at least one *strong* header term (words that
rarely occur outside a table header, e.g. "Date of Declaration", "Assigned
to", "Residual") and at least two distinct terms of that family in all.
Pages that follow a table page and still look like the same table (a term of
the family, or mostly short cell-like lines) are continuation pages:
`continues_table` decides those, with the previous page's families.
"""

from __future__ import annotations

import functools
import re

# Per family: (strong header terms, weak terms). Matching is case-insensitive
# on the page text, where PDFium often breaks a header cell over lines, so
# multi-word terms allow any whitespace between words.
_FAMILY_TERMS: dict[str, tuple[str, str]] = {
    "interests": (
        r"forename|surname|date\s+of\s+declaration|nature\s+of\s+(?:the\s+)?interest|type\s+of\s+interest|"
        r"register\s+of\s+(?:members'?\s+)?(?:financial\s+)?interests|interests?\s+declared|"
        r"date\s+of\s+interest|is\s+the\s+interest\s+direct|declarations?\s+of\s+interests?",
        r"pecuniary|non-?\s*pecuniary|position\s+held|financial\s+interest|non-financial|"
        r"indirect\s+interest|position\s*/\s*role|organisation\s+of",
    ),
    "actions": (
        r"ref(?:erence)?\.?\s+no\.?|action\s+(?:log|tracker)|assigned\s+to|assigned\s+date|assigned\s+from|"
        r"action\s+owner|due\s+date|date\s+raised|date\s+agreed|completion\s+due|actions?\s+from\s+last\s+meeting|"
        r"status\s+update|status\s+(?:as\s+)?at\b|(?:completed|outstanding|open|closed)\s+actions",
        r"status|update|progress|deadline|target\s+date|date\s+(?:opened|closed)|owner|milestones?",
    ),
    "risks": (
        r"risk\s+description|risk\s+register|likelihood|severity|inherent|residual|target\s+(?:risk\s+)?score|"
        r"risk\s+score|risk\s+owner|risk\s+title|risk\s+event|risk\s+direction|financial\s+exposure|"
        r"source\s*/\s*cause\s+of\s+risk|risks\s+and\s+mitigations|probability\s+of\s+risk|prob\.?\s*%",
        r"impact|mitigat\w*|controls?|consequence|lead\s+officer|workstream",
    ),
}

# Applied to lower-cased text: re.IGNORECASE makes these alternations ~2.5x slower.
TABLE_HEADER_FAMILIES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    name: (re.compile(rf"\b(?:{strong})\b"), re.compile(rf"\b(?:{weak})\b"))
    for name, (strong, weak) in _FAMILY_TERMS.items()
}

# Agenda front sheets are read from span boxes on these pages; a longer agenda
# falls back to the text-based reader. 4 pages cost 0.2x of raw text speed on
# the bulk corpus for no extra agenda items there or in corpus/.
LAYOUT_FRONT_PAGES = 2
_WS = re.compile(r"\s+")


def _hits(pat: re.Pattern[str], text: str) -> set[str]:
    return {_WS.sub(" ", m.group(0)) for m in pat.finditer(text)}


def table_families(text: str) -> list[str]:
    """Families with a strong header term and at least two distinct terms on the page."""
    return list(_table_families(text))


# Ingest asks twice per page (pdf_reader.wants_spans, then tables_reader.table_pages),
# about 0.5 ms each; the cache holds a whole pack's pages between the two passes.
@functools.lru_cache(maxsize=2048)
def _table_families(text: str) -> tuple[str, ...]:
    fams = []
    text = text.lower()
    for name, (strong, weak) in TABLE_HEADER_FAMILIES.items():
        if not strong.search(text):  # most pages: one failed scan, no sets built
            continue
        s = _hits(strong, text)
        if len(s | _hits(weak, text)) >= 2:
            fams.append(name)
    return tuple(fams)


def wants_tables(text: str) -> bool:
    return bool(table_families(text))


def looks_tabular(text: str) -> bool:
    """Mostly short lines: PDFium's text of a ruled table is one line per cell line."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 8:
        return False
    short = sum(1 for ln in lines if len(ln.strip()) <= 30)
    return short / len(lines) >= 0.6


def continues_table(text: str, previous_families: list[str]) -> list[str]:
    """Families a page continues from the previous (table) page: a strong term of
    the family on this page, or a page that looks like table cells."""
    if not previous_families:
        return []
    low = text.lower()
    out = [name for name in previous_families if TABLE_HEADER_FAMILIES[name][0].search(low)]
    if not out and looks_tabular(text):
        out = list(previous_families)
    return out


# Pages of minutes (attendance, decisions, declarations, inline actions): the
# layout layer needs their fonts (bold decision verbs, headings) and boxes (two
# columns of names). 5% of the bulk corpus's pages carry one of these cues.
_MINUTES_CUES = re.compile(
    r"\b(?:minutes\s+of|present\s*:|apologies|in\s+attendance|attendees|resolved|"
    r"declarations?\s+of\s+interests?|actions?\s*:)"
)
# Minutes go on over pages without a cue: numbered paragraphs ("6.4 ...") carry them.
_NUMBERED_PARAGRAPH = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})+\.?\s+\S", re.M)


def minutes_page(text: str, after_minutes: bool = False) -> bool:
    """A page of minutes: a minutes cue on it, or numbered paragraphs right
    after such a page."""
    if _MINUTES_CUES.search(text.lower()):
        return True
    return after_minutes and bool(_NUMBERED_PARAGRAPH.search(text))


def wants_spans(text: str, page_number: int, after_minutes: bool = False) -> bool:
    """Spans for the front pages (agenda layout), table pages and minutes pages."""
    return page_number <= LAYOUT_FRONT_PAGES or wants_tables(text) or minutes_page(text, after_minutes)

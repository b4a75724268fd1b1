"""Cheap decisions, from the plain text alone, about which pages need more
than text: spans with boxes (layout-aware extractors) and pdfplumber tables
(about 120 ms a page, so only where a table we extract is likely)."""

from __future__ import annotations

import re

# Header words of the tables we extract, by family. A page is a table page when
# it has at least two header words of one family.
TABLE_HEADER_FAMILIES: dict[str, re.Pattern[str]] = {
    "interests": re.compile(
        r"\b(forename|surname|date of declaration|nature of (?:the )?interest|type of interest|"
        r"declaration of interests?|register of interests|interest declared|position held|"
        r"financial interest|non-financial|pecuniary|date of interest|is the interest direct)\b",
        re.I,
    ),
    "actions": re.compile(
        r"\b(ref(?:erence)? no\.?|action(?:s)? (?:log|tracker)|assigned to|action owner|due date|"
        r"target date|status|update|progress|date raised|date (?:opened|closed)|owner)\b",
        re.I,
    ),
    "risks": re.compile(
        r"\b(risk description|risk register|likelihood|severity|impact|inherent|residual|"
        r"target score|risk score|risk owner|mitigat\w*|controls?)\b",
        re.I,
    ),
}

LAYOUT_FRONT_PAGES = 4


def table_families(text: str) -> list[str]:
    """Families whose header vocabulary shows at least twice (distinct words) on the page."""
    fams = []
    for name, pat in TABLE_HEADER_FAMILIES.items():
        hits = {m.group(0).lower() for m in pat.finditer(text)}
        if len(hits) >= 2:
            fams.append(name)
    return fams


def wants_tables(text: str) -> bool:
    return bool(table_families(text))


def wants_spans(text: str, page_number: int) -> bool:
    """Spans for the front pages (agenda layout) and for table pages."""
    return page_number <= LAYOUT_FRONT_PAGES or wants_tables(text)

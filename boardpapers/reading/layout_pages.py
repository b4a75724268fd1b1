"""Cheap decisions, from the plain text alone, about which pages need more
than text: spans with boxes (layout-aware extractors) and pdfplumber tables
(about 120 ms a page, so only where a table we extract is likely).

A page is a table page when the header vocabulary of one table family (see
table_headers.TABLE_HEADER_FAMILIES) shows at least one *strong* header term (words that
rarely occur outside a table header, e.g. "Date of Declaration", "Assigned
to", "Residual") and at least two distinct terms of that family in all.
Pages that follow a table page and still look like the same table (a term of
the family, or mostly short cell-like lines) are continuation pages:
`continues_table` decides those, with the previous page's families.
"""

from __future__ import annotations

import re

from ..table_headers import TABLE_HEADER_FAMILIES, _alternatives, table_families

# Agenda front sheets are read from span boxes on these pages; a longer agenda
# falls back to the text-based reader. 4 pages cost 0.2x of raw text speed on
# the bulk corpus for no extra agenda items there or in corpus/.
LAYOUT_FRONT_PAGES = 2
# ... when they hold a word of an agenda or a meeting's record, or follow a page that got spans
# (an agenda's or minutes' second page, its headings told by their bold face): a front page
# without either (a
# report's or a policy's first pages, 5 in 6 of the bulk corpus's 395 front pages that are
# neither minutes, table nor register pages) has nothing the span readers look for.
# ("business" only as an agenda names it: "business" alone is on most report covers)
_FRONT_CUES = re.compile(
    r"agenda|\bitems?\b|meeting|summons|minutes|order\s+of\s+business|business\s+(?:to\s+be|of\s+the)"
    r"|other\s+business|\bpresent\b"
)


def wants_tables(text: str) -> bool:
    return bool(table_families(text))


def looks_tabular(text: str) -> bool:
    """Mostly short lines: PDFium's text of a ruled table is one line per cell line."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 8:
        return False
    short = sum(1 for ln in lines if len(ln.strip()) <= 30)
    return short / len(lines) >= 0.6


# A row's coded reference opening its line: a stem of letters (and digits) then a separator and a
# number, the stem shared by the table's rows ("GC12/A6", "GC12/A7" in an intergovernmental
# council's annexed matrix of actions; "ACT-12", "A.3.2", "BM/24/07" in action logs); the
# separator is required, so "2025" or "Item 4" never opens a coded row
_CODED_ROW = re.compile(r"^[ \t]*([A-Z][A-Z0-9]{0,7}[/.\-](?:[A-Z0-9]{1,6}[/.\-])*[A-Z]{0,3})\d{1,3}\b", re.M)
# At least this many lines open with a code of one stem: a page of the table's rows, as a page
# of prose or another table opens at most one line with a given code
MIN_CODED_ROWS = 2


def coded_rows(text: str) -> bool:
    """At least MIN_CODED_ROWS lines open with reference codes of one stem ("GC12/A6 Consult ...",
    "GC12/A7 Sign ..."): the rows of a coded action table or log that went on over the page
    break without its header, its rows' second lines too long for `looks_tabular`."""
    stems: dict[str, int] = {}
    for m in _CODED_ROW.finditer(text):
        stems[m.group(1)] = stems.get(m.group(1), 0) + 1
    return any(n >= MIN_CODED_ROWS for n in stems.values())


def continues_table(text: str, previous_families: list[str]) -> list[str]:
    """Families a page continues from the previous (table) page: a strong term of
    the family on this page, or a page that looks like table cells or opens lines with the
    coded references of the table's rows (`coded_rows`)."""
    if not previous_families:
        return []
    low = text.lower()
    out = [name for name in previous_families if TABLE_HEADER_FAMILIES[name][0].search(low)]
    if not out and (looks_tabular(text) or coded_rows(text)):
        out = list(previous_families)
    return out


def page_table_families(
    text: str, landscape: bool, previous: list[str], previous_landscape: bool
) -> list[str]:
    """The table families a page holds or carries on: its own header vocabulary, else the
    previous table page's families when this page looks like their continuation, else those of
    a landscape table page before a landscape page (a landscape run of pages goes on with its
    table). `previous`: the previous page's result ([] after a page without a text layer)."""
    fams = table_families(text)
    if not fams:
        fams = continues_table(text, previous)
    if not fams and previous and landscape and previous_landscape:
        fams = list(previous)
    return fams


# Pages of minutes (attendance, decisions, declarations, inline actions): the
# layout layer needs their fonts (bold decision verbs, headings) and boxes (two
# columns of names). 5% of the bulk corpus's pages carry one of these cues.
_MINUTES_CUES = re.compile(
    r"\b(?:minutes\s+of|present\s*:|apologies|in\s+attendance|attendees|resolved|"
    r"declarations?\s+of\s+interests?|actions?\s*:)"
)


def _word_first(alternative: str) -> re.Pattern[str]:
    """An alternative of `_MINUTES_CUES` ("minutes\\s+of") as a pattern opening on its literal
    word, the word boundary before it tested after it by a look-behind ("minutes(?<!\\w{8})\\s+of"):
    the regex engine then finds the word by a fast literal search instead of trying the
    alternation at every position. The same pages match; over the bulk corpus's pages holding a
    cue word the test ran 2.4x faster (0.5% of text-only ingest CPU before)."""
    word = re.match(r"[a-z]+", alternative)
    assert word, alternative  # every cue opens on a word
    lit, rest = word.group(0), alternative[word.end() :]
    if rest[:1] in ("?", "*", "+", "{"):  # the last letter is optional ("declarations?")
        lit, rest = lit[:-1], lit[-1] + rest
    return re.compile(rf"{lit}(?<!\w{{{len(lit) + 1}}}){rest}")


_MINUTES_CUE_PATTERNS = [
    _word_first(a) for a in _alternatives(_MINUTES_CUES.pattern.removeprefix(r"\b(?:")[:-1])
]

# Minutes go on over pages without a cue: numbered paragraphs ("6.4 ...") carry them,
# or owners' initials in a margin column, which PDFium's text gives as lines of their own
# ("KD", "AM &", "NO/CF"; parish and small-board minutes).
_NUMBERED_PARAGRAPH = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})+\.?\s+\S", re.M)
_INITIALS_LINE = re.compile(r"^[ \t]*[A-Z]{2,3}(?:[ \t]*[&/,][ \t]*[A-Z]{2,3})*[ \t]*&?[ \t]*$", re.M)
# At least this many such lines: one could be a stray heading.
MIN_INITIALS_LINES = 2


# A word every minutes cue holds: one substring test each rules out most pages before the regex
# (a third of its cost on the bulk corpus's pages)
_MINUTES_CUE_WORDS = ("minutes", "present", "apolog", "attend", "resolved", "declaration", "action")


def minutes_page(text: str, after_minutes: bool = False, low: str | None = None) -> bool:
    """A page of minutes: a minutes cue on it, or numbered paragraphs right
    after such a page. `low`: the text lower-cased, if the caller has it."""
    low = text.lower() if low is None else low
    if any(w in low for w in _MINUTES_CUE_WORDS) and any(p.search(low) for p in _MINUTES_CUE_PATTERNS):
        return True
    return after_minutes and (
        bool(_NUMBERED_PARAGRAPH.search(text)) or len(_INITIALS_LINE.findall(text)) >= MIN_INITIALS_LINES
    )


def wants_spans(
    text: str,
    page_number: int,
    after_minutes: bool = False,
    *,
    minutes: bool | None = None,
    low: str | None = None,
    after_spans: bool = False,
) -> bool:
    """Spans for the front pages (agenda layout), table pages and minutes pages.
    `minutes`: minutes_page(text, after_minutes), if the caller has it already; `low`: the
    text lower-cased; `after_spans`: the page before got spans (a front agenda's second page
    goes on without the cue words of its first)."""
    front = page_number <= LAYOUT_FRONT_PAGES and (
        after_minutes or after_spans or bool(_FRONT_CUES.search(text.lower() if low is None else low))
    )
    if front or wants_tables(text):
        return True
    return minutes_page(text, after_minutes, low) if minutes is None else minutes

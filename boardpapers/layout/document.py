"""The layout of a whole document, computed once: `layout_of(doc)`.

Per page: lines (box, size, bold, paragraph number), with running headers
and footers taken out (kept in `PageLayout.furniture`); per document: the
body font size and the heading lines.

Running headers and footers: a line in the top or bottom band of a page
whose text, with digits masked, recurs in the same band on many pages, and
page numbers ("Page 3", "3 of 12", "- 3 -", a bare number) and protective markings
("UNCLASSIFIED", "OFFICIAL") in those bands.
On pages read without boxes the bands are the first and last lines of the
text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..model import Document
from .lines import Line, page_lines

# Top and bottom bands where running headers and footers sit: 9% of the page
# height (A4: 76 pt, about five lines of 10-pt text; Word's default margins are 72 pt).
BAND_SHARE = 0.09
# Without boxes: the first and last lines of the page text.
TEXT_BAND_LINES = 2
# A masked text in a band on at least this share of the pages (and at least
# MIN_REPEATS pages) is furniture.
REPEAT_SHARE = 0.4
MIN_REPEATS = 3
PAGE_NUMBER = re.compile(
    r"^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:of|/)\s*\d+|[-–]\s*\d+\s*[-–]|\d{1,4}|[ivxlc]{1,6})$",
    re.I,
)
# A UK government protective marking at the head and foot of a page (Government Security
# Classifications and the older GPMS markings): furniture in its band even on a one-page paper,
# where it cannot recur (Cabinet Office board agendas print "UNCLASSIFIED" so)
PROTECTIVE_MARKING = re.compile(
    r"^(?:UNCLASSIFIED|PROTECT|RESTRICTED|OFFICIAL(?:[-\s]SENSITIVE)?|NOT PROTECTIVELY MARKED)$"
)
# A heading is at least this much larger than the body text ...
HEADING_SIZE_RATIO = 1.15
# ... or bold / all capitals and at most this many words.
HEADING_MAX_WORDS = 16
_DIGITS = re.compile(r"\d+")
_WS = re.compile(r"\s+")


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    lines: list[Line]  # furniture removed, top to bottom
    furniture: list[Line] = field(default_factory=list)  # running headers, footers, page numbers
    has_boxes: bool = False

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines)


@dataclass
class DocumentLayout:
    pages: list[PageLayout]
    body_size: float = 0.0  # the most common font size by characters (0.0 unknown)

    def page(self, number: int) -> PageLayout:
        return self.pages[number - 1]

    def lines(self, first_page: int = 1, last_page: int | None = None) -> Iterator[Line]:
        """All lines in reading order (page by page, top to bottom)."""
        for p in self.pages[first_page - 1 : last_page]:
            yield from p.lines

    def headings(self) -> list[Line]:
        return [ln for p in self.pages for ln in p.lines if ln.heading]

    def numbered(self) -> list[Line]:
        return [ln for p in self.pages for ln in p.lines if ln.numbered]


def _mask(text: str) -> str:
    return _WS.sub(" ", _DIGITS.sub("#", text.lower())).strip()


def _bands(page: PageLayout, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    if page.has_boxes:
        band = page.height * BAND_SHARE
        return (
            [ln for ln in lines if ln.bottom <= band],
            [ln for ln in lines if ln.top >= page.height - band],
        )
    return lines[:TEXT_BAND_LINES], lines[-TEXT_BAND_LINES:]


def _is_table_row(line: Line) -> bool:
    """Three or more cells: a repeated table header is not a running header."""
    return line.has_box and len(line.cells()) >= 3


def _remove_furniture(pages: list[PageLayout]) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    banded: list[tuple[list[Line], list[Line]]] = []
    for p in pages:
        top, bottom = _bands(p, p.lines)
        banded.append((top, bottom))
        seen = {("top", _mask(ln.text)) for ln in top} | {("bottom", _mask(ln.text)) for ln in bottom}
        counts.update(seen)
    need = max(MIN_REPEATS, REPEAT_SHARE * len(pages))
    # a line in the same band on every page of a two-page paper is furniture too (a committee
    # report's appendix footer "Audit and Governance Committee 12.02.25 – Item 9 – Appendix A")
    repeated = {k for k, n in counts.items() if n >= need or n == len(pages) == 2}
    for p, (top, bottom) in zip(pages, banded, strict=True):
        drop: set[int] = set()
        for zone, lines in (("top", top), ("bottom", bottom)):
            for ln in lines:
                if _is_table_row(ln):
                    continue
                if (
                    PAGE_NUMBER.match(ln.text)
                    or PROTECTIVE_MARKING.match(ln.text)
                    or (zone, _mask(ln.text)) in repeated
                ):
                    drop.add(id(ln))
        if drop:
            p.furniture = [ln for ln in p.lines if id(ln) in drop]
            p.lines = [ln for ln in p.lines if id(ln) not in drop]


def _body_size(pages: list[PageLayout]) -> float:
    sizes: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            if ln.size:
                sizes[round(ln.size * 2) / 2] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def is_heading(line: Line, body_size: float) -> bool:
    """Larger than the body text, or a short bold or all-capitals line that
    does not read as a sentence."""
    # Called for every line of every document: the character tests run in C
    # (filter/map over str methods), not in Python generator expressions.
    text = line.numbered.rest if line.numbered else line.text
    # at most one word past the limit is split off: a body line (most lines) is not split whole
    words = text.split(None, HEADING_MAX_WORDS)
    if not words or len(words) > HEADING_MAX_WORDS:
        return False
    letters = "".join(filter(str.isalpha, text))
    if not letters:
        return False
    if text.endswith((",", ";")) or (text.endswith(".") and len(words) > 6):
        return False
    if body_size and line.size >= body_size * HEADING_SIZE_RATIO:
        return True
    if line.bold:
        return True
    return len(letters) >= 4 and sum(map(str.isupper, letters)) >= 0.9 * len(letters)


def build_layout(doc: Document) -> DocumentLayout:
    pages = []
    for p in doc.pages:
        lines = page_lines(p)
        pages.append(
            PageLayout(
                number=p.number,
                width=p.width,
                height=p.height,
                lines=lines,
                has_boxes=bool(p.spans),
            )
        )
    _remove_furniture(pages)
    body = _body_size(pages)
    for p in pages:
        for ln in p.lines:
            ln.heading = is_heading(ln, body)
    return DocumentLayout(pages=pages, body_size=body)


def layout_of(doc: Document) -> DocumentLayout:
    """The document's layout, built on first use and kept on the Document."""
    lay = doc.derived.get("layout")
    if not isinstance(lay, DocumentLayout):
        lay = build_layout(doc)
        doc.derived["layout"] = lay
    return lay

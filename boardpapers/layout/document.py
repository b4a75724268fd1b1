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
from .lines import Line, page_lines, text_line, text_lines

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


class _TextPageLayout(PageLayout):
    """A page read without spans (boxes), its lines (from the plain text) built when first read.

    Why: most of the layout's readers read only the pages with boxes (borderless tables, columns
    of names, bold headings), and a long paper's pages are mostly text-only: their lines were
    about half the layout layer's CPU on the bulk corpus, mostly for pages no reader opened. What
    the document-wide passes need of such a page is read from its text up front (its first and
    last lines, for the running headers and footers; its lines have no font size, so none counts
    for the body size); its lines then come out as build_layout made them before: the same
    furniture test (`_drop_furniture`) and headings (`_mark_headings`) with the document's
    figures. Assigning `lines` (dataclasses.replace does) gives a plain page."""

    _pending: tuple[str, set[tuple[str, str]], float] | None = None
    _lines: list[Line]
    _furniture: list[Line]

    @property  # type: ignore[override]
    def lines(self) -> list[Line]:
        if self._pending is not None:
            self._build()
        return self._lines

    @lines.setter
    def lines(self, value: list[Line]) -> None:
        self._pending = None
        self._lines = value

    @property  # type: ignore[override]
    def furniture(self) -> list[Line]:
        if self._pending is not None:
            self._build()
        return self._furniture

    @furniture.setter
    def furniture(self, value: list[Line]) -> None:
        self._furniture = value

    def _build(self) -> None:
        assert self._pending is not None
        text, repeated, body = self._pending
        self._pending = None
        self._lines = text_lines(text, self.number)
        _drop_furniture(self, repeated)
        _mark_headings(self, body)


def _text_band_texts(text: str) -> tuple[list[str], list[str]]:
    """The texts of `text_lines(text)[:TEXT_BAND_LINES]` and `[-TEXT_BAND_LINES:]` (a page's
    bands without boxes, `_bands`), reading only the lines they need."""
    raws = text.splitlines()
    top: list[str] = []
    for raw in raws:
        line = text_line(raw)
        if line:
            top.append(line)
            if len(top) == TEXT_BAND_LINES:
                break
    bottom: list[str] = []
    for raw in reversed(raws):
        line = text_line(raw)
        if line:
            bottom.insert(0, line)
            if len(bottom) == TEXT_BAND_LINES:
                break
    return top, bottom


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


def _band_key(zone: str, text: str) -> tuple[str, str]:
    return zone, _mask(text)


def _repeated_bands(bands: list[tuple[list[str], list[str]]]) -> set[tuple[str, str]]:
    """The (zone, masked text) pairs in a page's band on enough of the pages (`bands`: each
    page's top and bottom band texts) to be running headers and footers."""
    counts: Counter[tuple[str, str]] = Counter()
    for top, bottom in bands:
        counts.update({_band_key("top", t) for t in top} | {_band_key("bottom", t) for t in bottom})
    need = max(MIN_REPEATS, REPEAT_SHARE * len(bands))
    # a line in the same band on every page of a two-page paper is furniture too (a committee
    # report's appendix footer "Audit and Governance Committee 12.02.25 – Item 9 – Appendix A")
    return {k for k, n in counts.items() if n >= need or n == len(bands) == 2}


def _drop_furniture(p: PageLayout, repeated: set[tuple[str, str]]) -> None:
    """The page's running headers and footers, page numbers and protective markings moved from
    its lines to its furniture."""
    top, bottom = _bands(p, p.lines)
    drop: set[int] = set()
    for zone, lines in (("top", top), ("bottom", bottom)):
        for ln in lines:
            if _is_table_row(ln):
                continue
            if (
                PAGE_NUMBER.match(ln.text)
                or PROTECTIVE_MARKING.match(ln.text)
                or _band_key(zone, ln.text) in repeated
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


def _mark_headings(p: PageLayout, body_size: float) -> None:
    for ln in p.lines:
        ln.heading = is_heading(ln, body_size)


def build_layout(doc: Document) -> DocumentLayout:
    pages: list[PageLayout] = []
    bands: list[tuple[list[str], list[str]]] = []
    for p in doc.pages:
        if p.spans:
            page = PageLayout(
                number=p.number, width=p.width, height=p.height, lines=page_lines(p), has_boxes=True
            )
            top, bottom = _bands(page, page.lines)
            bands.append(([ln.text for ln in top], [ln.text for ln in bottom]))
        else:  # lines built when read (_TextPageLayout)
            page = _TextPageLayout(number=p.number, width=p.width, height=p.height, lines=[])
            bands.append(_text_band_texts(p.text))
        pages.append(page)
    repeated = _repeated_bands(bands)
    boxed = [p for p in pages if not isinstance(p, _TextPageLayout)]
    for p in boxed:
        _drop_furniture(p, repeated)
    body = _body_size(boxed)  # lines from plain text have no size
    for p in boxed:
        _mark_headings(p, body)
    for p, d in zip(pages, doc.pages, strict=True):
        if isinstance(p, _TextPageLayout):
            p._pending = (d.text, repeated, body)
    return DocumentLayout(pages=pages, body_size=body)


def layout_of(doc: Document) -> DocumentLayout:
    """The document's layout, built on first use and kept on the Document."""
    lay = doc.derived.get("layout")
    if not isinstance(lay, DocumentLayout):
        lay = build_layout(doc)
        doc.derived["layout"] = lay
    return lay
